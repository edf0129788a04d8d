"""A persistent knowledge graph that grows article by article: an embedded Oxigraph store.

Each document lives in its own named graph, named by the document IRI, holding everything kg
writes for it (document node, statements, evidence, quotes, and the label, type and names of
every entity it mentions). So:

- building the same article again changes nothing (its content hash is already there);
- an edited article (same source path, new text) replaces its old graph;
- removing an article drops its graph, and with it exactly what it brought: an entity stays
  while another document still names it, and a store whose articles are all removed is empty;
- each document is written in one transaction (one SPARQL update that drops the old graph and
  inserts the new one), so a crash leaves either the old version or the new one.

Entities are matched across documents by kg.graph.identity before a document is written, so the
store keeps one node per person, organisation or place, with one rdfs:label.

    store = open_store("output/store")
    for report in store.add(extractions):
        print(report)
    store.query("SELECT (COUNT(*) AS ?n) WHERE { ?p a kg:Person }")
    store.remove("articles/monday.txt")

A store is a folder: Oxigraph's files plus `kg-store.json`, which marks it as kg's (the
folder can also be served as it is by `oxigraph serve --location DIR`). One process at a time
may open it.
"""
from __future__ import annotations

import json
import re
import weakref
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path

import pyoxigraph as ox
import rdflib

from kg.errors import GraphError, StoreError, unicode_name
from kg.graph import rdf
from kg.graph.formats import RdfFormat, parse, serialize
from kg.graph.identity import EntityRegistry, KnownEntity
from kg.graph.namespace import DEFAULT_IRIS, Iris
from kg.model import Document, Extraction
from kg.store import health
from kg.store.health import StoreHealth
from kg.store.sparql import (
    QUERY_PREFIXES,
    BindingValue,
    QueryResult,
    query_prefixes,
    run_named,
    run_query,
)

MARKER = "kg-store.json"  # the file that makes a folder a kg store
STORE_FORMAT = 1  # bumped when the layout of the graphs changes incompatibly
FLUSH_QUADS = 25_000  # quads written between flushes to disk: memory stays flat in long builds
_DOCUMENT_ID = re.compile(r"[0-9a-f]{16}")
# Stores this process has open (RocksDB refuses a second open); an entry goes with its KgStore.
_OPEN_HERE: weakref.WeakValueDictionary[Path, KgStore] = weakref.WeakValueDictionary()
_CLASS_TYPE = {str(cls): etype for etype, cls in rdf.ENTITY_CLASS.items()}

_DOCUMENTS_SPARQL = """
SELECT ?doc ?hash ?path ?title WHERE {
  GRAPH ?doc { ?doc a kg:Document ; kg:contentHash ?hash ; kg:sourcePath ?path .
               OPTIONAL { ?doc schema:headline ?title } }
}"""
_DOCUMENT_GRAPHS_SPARQL = "SELECT DISTINCT ?doc WHERE { GRAPH ?doc { ?doc a kg:Document } }"
_ENTITIES_SPARQL = """
SELECT ?doc ?entity ?class ?label ?alias WHERE {
  VALUES ?class { kg:Person kg:Organization kg:Place kg:Event kg:Concept }
  GRAPH ?doc { ?entity a ?class ; rdfs:label ?label . OPTIONAL { ?entity skos:altLabel ?alias } }
}"""


class IngestStatus(Enum):
    ADDED = "added"
    REPLACED = "replaced"  # the source path was built before from other text
    UNCHANGED = "unchanged"  # the same text is already in the store


@dataclass(frozen=True)
class StoredDocument:
    """One document graph of the store."""

    iri: str
    content_hash: str
    source: str
    title: str | None = None

    @property
    def id(self) -> str:
        return self.iri.rsplit("/", 1)[-1]  # a document IRI is BASE/doc/ID, whatever the base


@dataclass(frozen=True)
class IngestReport:
    """What adding one document did: `added` quads written, `removed` quads of the versions
    it replaced; for an unchanged document, `same_as` is the stored copy."""

    source: str
    iri: str
    status: IngestStatus
    added: int = 0
    removed: int = 0
    same_as: StoredDocument | None = None

    def __str__(self) -> str:
        if self.status is IngestStatus.UNCHANGED:
            elsewhere = self.same_as is not None and self.same_as.source != self.source
            return f"unchanged {self.source}" + (f" (same text as {self.same_as.source})" if elsewhere else "")
        if self.status is IngestStatus.REPLACED:
            return f"replaced  {self.source} ({self.added} triples in, {self.removed} out)"
        return f"added     {self.source} ({self.added} triples)"


@dataclass(frozen=True)
class RemoveReport:
    documents: tuple[StoredDocument, ...]
    removed: int  # quads

    def __str__(self) -> str:
        names = ", ".join(d.source for d in self.documents)
        return f"removed {names} ({self.removed} triples)"


def source_key(source: str) -> str:
    """How a document's source is recorded: the absolute path when it names an existing file
    (so "a.txt" and "./a.txt" are one article), else the text as given; bytes of a name that are
    not UTF-8 as `\\xNN` (kg.errors.unicode_name)."""
    path = Path(source)
    try:
        return unicode_name(str(path.resolve()) if path.is_file() else source)
    except OSError:  # a name too long or unreadable as a path is no file
        return unicode_name(source)


def open_store(path: str | Path, *, create: bool = True, base: str | None = None) -> KgStore:
    """Open the kg store in folder `path`, creating it (and the folder) when `create` and the
    folder is missing or empty. `base` is where its IRIs are minted: recorded in the store's
    kg-store.json when it is made (default: kg's own), and checked when it is opened (None: the
    recorded one). Raises StoreError when the folder holds something else, another process has
    the store open, or `base` is not the store's."""
    return KgStore(Path(path), create=create, base=base)


def check_store(path: str | Path) -> StoreHealth:
    """`kg store check`: whether the store in `path` opens and every quad reads back, without
    changing a file. Raises StoreError saying what is damaged and how to recover."""
    path = Path(path)
    _check_folder(path, create=False, base=None)
    return health.check_store(path, _DOCUMENT_GRAPHS_SPARQL, QUERY_PREFIXES)


class KgStore:
    """A kg store (see the module docstring). Use it as a context manager, or call close(),
    to let another process open it."""

    def __init__(self, path: Path, *, create: bool = True, base: str | None = None) -> None:
        self.path = path
        self._store: ox.Store | None = None
        self.iris = _check_folder(path, create=create, base=base)
        key = path.resolve()
        if key in _OPEN_HERE:
            raise StoreError(f"the store {path} is open already in this process; close it first")
        if health.has_database(path):  # an existing store: never let RocksDB create over it
            health.check_existing(path)
        try:
            self._store = ox.Store(str(path))
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise StoreError(
                    f"another process (kg, or oxigraph serve) is using the store {path}; wait for it to end or use another store"
                ) from None
            raise StoreError(f"cannot open the store {path}: {exc}") from None
        except RuntimeError as exc:  # RocksDB found damage the checks did not
            raise health.damaged(path, str(exc).splitlines()[0]) from None
        self._key = key
        _OPEN_HERE[key] = self

    # -- life cycle

    def __enter__(self) -> KgStore:
        return self

    def __exit__(self, exc_type: object, *exc_info: object) -> None:
        try:
            self.close()
        except StoreError:
            if exc_type is None:
                raise  # else the error already on its way says what went wrong first

    def close(self) -> None:
        """Write everything to disk and release the store (Oxigraph unlocks it when the
        object goes away). A failed write (a full disk) is a StoreError; the store is
        released all the same."""
        if self._store is None:
            return
        store, self._store = self._store, None
        _OPEN_HERE.pop(self._key, None)
        try:
            store.flush()
        except OSError as exc:
            raise StoreError(f"cannot write to the store {self.path}: {exc}") from None

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying pyoxigraph Store (read it; change it only through this class)."""
        if self._store is None:
            raise StoreError(f"the store {self.path} is closed")
        return self._store

    def __len__(self) -> int:
        """The number of quads."""
        return len(self.oxigraph)

    def export(self, fmt: RdfFormat) -> str:
        """The whole store as RDF text in `fmt` (TriG and N-Quads keep one graph per document),
        written deterministically like `kg build` output."""
        data = self.oxigraph.dump(format=ox.RdfFormat.N_QUADS)
        return serialize(parse(data, RdfFormat.NQUADS, source=str(self.path)), fmt, iris=self.iris)

    # -- reading

    def documents(self) -> list[StoredDocument]:
        """Every document in the store, sorted by source."""
        rows = self.oxigraph.query(_DOCUMENTS_SPARQL, prefixes=QUERY_PREFIXES)
        documents = {
            row["doc"].value: StoredDocument(
                row["doc"].value, row["hash"].value, row["path"].value, row["title"].value if row["title"] else None
            )
            for row in rows
        }
        return sorted(documents.values(), key=lambda d: (d.source, d.iri))

    def status(self, document: Document) -> IngestStatus:
        """What add() would do with `document`: whether it needs extracting at all."""
        stored = self.documents()
        if any(d.content_hash == document.content_hash for d in stored):
            return IngestStatus.UNCHANGED
        key = source_key(document.source)
        return IngestStatus.REPLACED if any(d.source == key for d in stored) else IngestStatus.ADDED

    def query(self, sparql: str, *, bindings: Mapping[str, BindingValue] | None = None) -> QueryResult:
        """A SELECT or ASK query over the union of the document graphs (see kg.store.sparql.run_query)."""
        return run_query(self.oxigraph, sparql, bindings=bindings, prefixes=query_prefixes(self.iris))

    def run_named(self, query_name: str, /, **params: object) -> QueryResult:
        """A named query of kg/queries (see kg.store.sparql.run_named)."""
        return run_named(self.oxigraph, query_name, **params)

    # -- changing

    def add(
        self, extractions: Iterable[Extraction], *, on_report: Callable[[IngestReport], None] | None = None,
        min_confidence: float = 0.0,
    ) -> list[IngestReport]:
        """Write each extraction's document graph, one transaction per document, after mapping
        its entities onto the store's (kg.graph.identity). A document whose text is already stored is
        skipped; one whose source path holds other text replaces it. Reports come back in order
        (and go to `on_report` as each document is done). An asserted fact below `min_confidence`
        is a statement without a plain triple (kg.graph.rdf; `build_store` passes the fitted threshold)."""
        stored = {d.iri: d for d in self.documents()}
        registry = self._registry()
        reports = []
        unflushed = 0
        for extraction in extractions:
            report = self._add_one(extraction, stored, registry, min_confidence)
            reports.append(report)
            unflushed += report.added
            if unflushed >= FLUSH_QUADS:  # else RocksDB's write buffers grow by hundreds of MB
                self._flush()
                unflushed = 0
            if on_report:
                on_report(report)
        return reports

    def remove(self, *documents: str) -> RemoveReport:
        """Remove documents, all in one transaction: each is the path it was built from, its id
        (16 hex digits) or its IRI. Nothing is removed when one of them is not in the store."""
        stored = self.documents()
        matches: dict[str, StoredDocument] = {}
        for given in documents:
            document = self._full_iri(given)
            key = source_key(document)
            found = [d for d in stored if document in (d.iri, d.id, d.source) or d.source == key]
            if not found:
                raise StoreError(
                    f"no document {given!r} in the store {self.path}; give the path it was built from, its id "
                    f"or its IRI (doc:ID or the full IRI) (kg query --store {self.path} 'SELECT ?doc ?path WHERE {{ ?doc kg:sourcePath ?path }}' "
                    "lists them)"
                )
            matches.update((d.iri, d) for d in found)
        removed = sum(self._count(iri) for iri in matches)
        self._update(" ;\n".join(f"DROP SILENT GRAPH <{iri}>" for iri in matches))
        return RemoveReport(tuple(matches.values()), removed)

    def _full_iri(self, document: str) -> str:
        """`doc:ID`, as every kg output file writes a document, or `<IRI>` as the full IRI; anything
        else as it is."""
        if document.startswith("doc:"):
            return str(self.iris.doc) + document.removeprefix("doc:")
        if document.startswith("<") and document.endswith(">"):
            return document[1:-1]
        return document

    def _add_one(
        self, extraction: Extraction, stored: dict[str, StoredDocument], registry: EntityRegistry,
        min_confidence: float,
    ) -> IngestReport:
        document = extraction.document
        key = source_key(document.source)
        iri = str(rdf.document_iri(document, self.iris))
        old = [d for d in stored.values() if d.source == key and d.iri != iri]
        same = stored.get(iri)
        if same is not None and not old:
            return IngestReport(document.source, iri, IngestStatus.UNCHANGED, same_as=same)
        removed = sum(self._count(d.iri) for d in old)
        drops = [f"DROP SILENT GRAPH <{d.iri}>" for d in old]
        if same is not None:  # the text is stored under another path; only its old version goes
            self._update(" ;\n".join(drops))
            for d in old:
                registry.remove(d.iri)
                del stored[d.iri]
            return IngestReport(document.source, iri, IngestStatus.UNCHANGED, removed=removed, same_as=same)
        for d in old:
            registry.remove(d.iri)  # an edited article is matched as if its old version were gone
        resolved = registry.resolve(replace(extraction, document=replace(document, source=key)))
        graph = rdf.extraction_graph(resolved, iris=self.iris, min_confidence=min_confidence)
        quads = sorted({_quad(triple, iri) for triple in graph}, key=str)
        self._update(" ;\n".join([*drops, _insert_data(quads)]))  # one transaction
        for d in old:
            del stored[d.iri]
        stored[iri] = StoredDocument(iri, document.content_hash, key, document.title)
        registry.add_extraction(resolved)
        status = IngestStatus.REPLACED if old else IngestStatus.ADDED
        return IngestReport(document.source, iri, status, added=len(quads), removed=removed)

    def _registry(self) -> EntityRegistry:
        """The entities of every document graph, fed to a new registry."""
        rows = self.oxigraph.query(_ENTITIES_SPARQL, prefixes=QUERY_PREFIXES)
        labels: dict[tuple[str, str], tuple[str, str]] = {}
        aliases: dict[tuple[str, str], set[str]] = defaultdict(set)
        for row in rows:
            at = (row["doc"].value, row["entity"].value)
            label = (row["class"].value, row["label"].value)
            labels[at] = min(labels.get(at, label), label)
            if row["alias"] is not None:
                aliases[at].add(row["alias"].value)
        by_document: dict[str, list[KnownEntity]] = defaultdict(list)
        for (doc, entity), (cls, label) in sorted(labels.items()):
            by_document[doc].append(KnownEntity(entity, _CLASS_TYPE[cls], label, frozenset(aliases[(doc, entity)])))
        registry = EntityRegistry(iris=self.iris)
        for doc, entities in by_document.items():
            registry.add(doc, entities)
        return registry

    def _flush(self) -> None:
        try:
            self.oxigraph.flush()
        except OSError as exc:
            raise StoreError(f"cannot write to the store {self.path}: {exc}") from None

    def _count(self, iri: str) -> int:
        return sum(1 for _ in self.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(iri)))

    def _update(self, update: str) -> None:
        """Run one SPARQL update: Oxigraph applies all of it or nothing."""
        if not update:
            return
        try:
            self.oxigraph.update(update)
        except (SyntaxError, OSError, ValueError) as exc:
            raise StoreError(f"cannot write to the store {self.path}: {exc}") from None


def _check_folder(path: Path, *, create: bool, base: str | None) -> Iris:
    """Make sure `path` is a kg store, or an empty or missing folder that may become one (with
    `base`); return where the store mints its IRIs."""
    marker = path / MARKER
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path} is a file, not a kg store; give a folder")
    asked = Iris.of(base)
    if marker.is_file():
        try:
            recorded = json.loads(marker.read_text(encoding="utf-8"))
            version = recorded.get("kg_store")
            stored = Iris.of(recorded.get("base"))
        except (OSError, ValueError, AttributeError, TypeError, GraphError) as exc:
            raise StoreError(f"{path} has an unreadable {MARKER} ({exc}); is it a kg store?") from None
        if version != STORE_FORMAT:
            raise StoreError(f"{path} is a kg store of format {version!r}; this kg reads format {STORE_FORMAT}")
        if base is not None and asked != stored:
            raise StoreError(f"the store {path} mints its IRIs under {stored.base}, not {asked.base}; leave out "
                             "--base or give that one, or build into another store")
        return stored
    if path.is_dir() and any(path.iterdir()):
        raise StoreError(f"{path} is not a kg store (it has no {MARKER}); give an empty or new folder")
    if not create:
        raise StoreError(f"there is no kg store at {path}; make one with: kg build --store {path} ARTICLE...")
    try:
        path.mkdir(parents=True, exist_ok=True)
        fields = {"kg_store": STORE_FORMAT} | ({} if asked == DEFAULT_IRIS else {"base": asked.base})
        marker.write_text(json.dumps(fields) + "\n", encoding="utf-8")
    except OSError as exc:
        raise StoreError(f"cannot create a store at {path}: {exc}") from None
    return asked


def _quad(triple: tuple[rdflib.term.Node, ...], graph: str) -> ox.Quad:
    s, p, o = (_term(t) for t in triple)
    return ox.Quad(s, p, o, ox.NamedNode(graph))


def _term(term: rdflib.term.Node) -> ox.NamedNode | ox.Literal:
    if isinstance(term, rdflib.URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, rdflib.Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise StoreError(f"kg writes no blank nodes, yet the graph holds {term!r}")  # see kg.graph.rdf


def _insert_data(quads: Iterable[ox.Quad]) -> str:
    """A SPARQL INSERT DATA of `quads`. Terms are written by pyoxigraph in N-Triples syntax,
    which SPARQL reads back as the same terms (tests/test_store.py checks hostile text)."""
    by_graph: dict[str, list[str]] = defaultdict(list)
    for q in quads:
        by_graph[str(q.graph_name)].append(f"{q.subject} {q.predicate} {q.object} .")
    blocks = [f"GRAPH {g} {{\n" + "\n".join(lines) + "\n}" for g, lines in by_graph.items()]
    return "INSERT DATA {\n" + "\n".join(blocks) + "\n}" if blocks else ""
