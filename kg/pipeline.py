"""The library entry points that the CLI and the notebooks call: article files in, graph out."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sized
from dataclasses import dataclass
from functools import cached_property
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Dataset, Graph

from kg import rdf
from kg.errors import InputError, OutputError
from kg.formats import RdfFormat, serialize
from kg.identity import EntityRegistry
from kg.ingest import count_documents, read_documents
from kg.language import not_english_reason
from kg.parallel import extract_document, extractions  # noqa: F401  (extract_document is public API)
from kg.model import Document, Extraction
from kg.store import IngestReport, IngestStatus, KgStore
from kg.write import write_atomic

if TYPE_CHECKING:
    from distributed import Client


@dataclass(frozen=True)
class BuildSummary:
    documents: int
    entities: int
    relations: int
    quotes: int
    skipped: tuple[str, ...] = ()

    def __str__(self) -> str:
        text = ", ".join(
            _count(n, word) for n, word in
            ((self.documents, "document"), (self.entities, "entity"), (self.relations, "relation"), (self.quotes, "quote"))
        )
        return text + (f" ({len(self.skipped)} skipped)" if self.skipped else "")


def _count(n: int, word: str) -> str:
    """"1 document", "2 documents", "3 entities"."""
    if n == 1:
        return f"1 {word}"
    return f"{n} {word[:-1] + 'ies' if word.endswith('y') else word + 's'}"


@dataclass(frozen=True)
class BuildResult:
    """`graph` holds every triple (the union); `dataset` the same triples in one named graph
    per document, named by the document IRI."""

    graph: Graph
    summary: BuildSummary
    files: tuple[Path, ...] = ()
    dataset: Dataset | None = None

    @cached_property
    def sparql_store(self):
        """The graph in an in-memory pyoxigraph store, built on first use and kept for later queries."""
        from kg.api import graph_store

        return graph_store(self.graph)

    def query(self, text: str, /, **params: object):
        """SPARQL text, or a named query with its parameters, over this graph (see kg.api.query)."""
        from kg.api import query

        return query(self, text, **params)




def build_dataset(
    documents: Iterable[Document], *, progress: Callable[[int, int | None, Document], None] | None = None,
    workers: int = 1, client: Client | None = None,
) -> tuple[Dataset, BuildSummary]:
    """The RDF dataset of all `documents`: one named graph per document (its IRI), holding its
    document node, statements, evidence, quotes, and the entities and facts it states. An entity
    named by several documents appears in each of their graphs, with one rdfs:label overall.

    `documents` is read as extraction goes: from a generator, only the dataset grows with the
    corpus. `progress(done, total, document)` follows each document; `total` is len(documents)
    when it has one, else None. `workers` and `client`: where to extract, see kg.parallel."""
    dataset = rdf.new_dataset()
    counts = [0, 0, 0]
    named = set()
    total = len(documents) if isinstance(documents, Sized) else None
    registry = EntityRegistry()  # one node per person, organisation or place across documents
    if client is None:
        extracted = extractions(documents, workers=workers)
    else:
        extracted = extractions(documents, client=client)
    for index, extraction in enumerate(extracted, start=1):
        document = extraction.document
        extraction = registry.resolve(extraction)
        registry.add_extraction(extraction)
        rdf.extraction_graph(extraction, dataset.graph(rdf.document_iri(document)), labels=dataset)
        counts[0] += 1
        counts[1] += sum(1 for r in extraction.relations if not r.negated)
        counts[2] += sum(1 for q in extraction.quotes if q.speaker is not None)
        named.update(rdf.entity_iri(e) for e in extraction.entities)
        if progress:
            progress(index, total, document)
    return dataset, BuildSummary(documents=counts[0], entities=len(named), relations=counts[1], quotes=counts[2])


def build(
    paths: Iterable[str | Path],
    *,
    out: str | Path | None = None,
    html: bool = True,
    keep_going: bool = False,
    progress: Callable[[int, int | None, Document], None] | None = None,
    on_skip: Callable[[str, str], None] | None = None,
    formats: Iterable[RdfFormat] = (RdfFormat.TURTLE,),
    workers: int = 1,
    client: Client | None = None,
) -> BuildResult:
    """Read articles (files, folders, JSON Lines), build their graph, and write `out/graph.<ext>`
    for each of `formats` (default: graph.ttl) and `out/graph.html` when `out` is given. TriG and
    N-Quads keep one named graph per document. Nothing is written unless every step succeeded.
    Articles stream from the files through extraction into the graph; with `progress`, the
    articles are counted first so that `total` is known. `workers` > 1 extracts on that many
    processes, `client` (a dask.distributed.Client) on a Dask cluster."""
    formats = tuple(dict.fromkeys(formats))
    if not formats:
        raise OutputError("give at least one output format")
    skipped: list[str] = []

    def skip(path: str, reason: str) -> None:
        skipped.append(f"{path}: {reason}")
        if on_skip:
            on_skip(path, reason)

    paths = [paths] if isinstance(paths, (str, Path)) else list(paths)
    documents = _english_only(read_documents(paths, keep_going=keep_going, on_skip=skip), keep_going, skip)
    first = next(documents, None)
    if first is None:
        raise InputError("no article could be read" + (f": {skipped[0]}" if skipped else ""))
    counted = _with_total(progress, count_documents(paths)) if progress else None
    dataset, summary = build_dataset(chain([first], documents), progress=counted, workers=workers, client=client)
    graph = rdf.union_graph(dataset)
    summary = BuildSummary(summary.documents, summary.entities, summary.relations, summary.quotes, tuple(skipped))
    files: list[Path] = []
    if out is not None:
        out = Path(out)
        # triple formats are written from the union graph, made once above
        texts = [(out / f"graph.{fmt.extension}", serialize(dataset if fmt.named_graphs else graph, fmt))
                 for fmt in formats]
        page = _html(graph, first, summary.documents) if html else None
        for path, text in texts:
            files.append(write_atomic(path, text))
        if page is not None:
            files.append(write_atomic(out / "graph.html", page))
    return BuildResult(graph=graph, summary=summary, files=tuple(files), dataset=dataset)


@dataclass(frozen=True)
class StoreBuildResult:
    """What `build_store` did: one report per article read, in order."""

    reports: tuple[IngestReport, ...]
    quads: int  # in the store afterwards
    skipped: tuple[str, ...] = ()

    def __str__(self) -> str:
        counts = Counter(r.status for r in self.reports)
        done = ", ".join(f"{counts[s]} {s.value}" for s in IngestStatus if counts[s])
        text = f"{_count(len(self.reports), 'document')}: {done}; the store holds {self.quads} triples"
        return text + (f" ({len(self.skipped)} skipped)" if self.skipped else "")


def build_store(
    paths: Iterable[str | Path],
    store: KgStore,
    *,
    keep_going: bool = False,
    progress: Callable[[int, int, Document], None] | None = None,
    on_skip: Callable[[str, str], None] | None = None,
    on_report: Callable[[IngestReport], None] | None = None,
    workers: int = 1,
) -> StoreBuildResult:
    """Read articles (files or folders) and add them to `store` (see kg.store): articles whose
    text the store holds are not extracted again, edited ones replace their old version. Each
    article is written in its own transaction as soon as it is extracted, so an error stops the
    build with the articles before it stored."""
    skipped: list[str] = []

    def skip(path: str, reason: str) -> None:
        skipped.append(f"{path}: {reason}")
        if on_skip:
            on_skip(path, reason)

    documents = list(_english_only(read_documents(paths, keep_going=keep_going, on_skip=skip), keep_going, skip))
    if not documents:
        raise InputError("no article could be read" + (f": {skipped[0]}" if skipped else ""))
    known = {d.content_hash for d in store.documents()}
    todo = []
    for document in documents:  # each new text once, however many files hold it
        if document.content_hash not in known:
            known.add(document.content_hash)
            todo.append(document)
    chosen = {id(d) for d in todo}
    extracted = extractions(todo, workers=workers)

    def stream() -> Iterator[Extraction]:
        done = 0
        for document in documents:
            if id(document) not in chosen:
                yield Extraction(document=document)  # stored already: add() reports it unchanged
                continue
            extraction = next(extracted)
            done += 1
            if progress:
                progress(done, len(todo), document)
            yield extraction

    reports = store.add(stream(), on_report=on_report)
    return StoreBuildResult(tuple(reports), len(store), tuple(skipped))


def _english_only(documents: Iterable[Document], keep_going: bool, skip: Callable[[str, str], None]) -> Iterator[Document]:
    """The documents in English; another language is an InputError (or skipped with keep_going)."""
    for document in documents:
        reason = not_english_reason(document.text)
        if reason is None:
            yield document
        elif keep_going:
            skip(document.source, reason)
        else:
            raise InputError(f"{document.source}: {reason}")


def _with_total(
    progress: Callable[[int, int | None, Document], None], total: int
) -> Callable[[int, int | None, Document], None]:
    """`progress` told `total`, the number of articles counted before reading them."""

    def counted(done: int, _: int | None, document: Document) -> None:
        progress(done, total, document)

    return counted


def _html(graph: Graph, first: Document, count: int) -> str:
    from kg import network, views

    title = first.title if count == 1 and first.title else f"{count} articles"
    return views.render_html(network.to_networkx(graph), title=title)
