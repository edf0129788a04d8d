"""The library entry points that the CLI and the notebooks call: article files in, graph out."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sized
from dataclasses import dataclass, field
from functools import cached_property
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Dataset, Graph, URIRef

from kg.errors import InputError, OutputError
from kg.extract.confidence import default_threshold
from kg.graph import rdf
from kg.graph.atomic import StagedFiles, remove_stale_temporaries
from kg.graph.formats import READ_EXTENSIONS, RdfFormat, read_files, serialize
from kg.graph.identity import EntityRegistry
from kg.graph.namespace import DEFAULT_IRIS, Iris
from kg.graph.writers import StreamWriter
from kg.model import Document, Extraction
from kg.pipeline.outputs import remove_stale, write_manifest
from kg.pipeline.workers import extract_document, extractions  # noqa: F401  (extract_document is public API)
from kg.read.files import count_documents, read_documents
from kg.read.language import not_english_reason
from kg.store import sparql
from kg.store.embedded import IngestReport, IngestStatus, KgStore

if TYPE_CHECKING:
    from distributed import Client

# graph.html draws the first this many articles: about 5,000 entities of news, as many as a
# browser draws readably; the view's memory then stops growing with the corpus.
VIEW_DOCUMENTS = 250
# Formats written a document at a time; the others need the whole graph in memory.
STREAMED = (RdfFormat.TURTLE, RdfFormat.NTRIPLES, RdfFormat.TRIG, RdfFormat.NQUADS)
OUTPUT_FILE = re.compile(r"graph\.[a-z]+")  # the files `build` writes into its folder


@dataclass(frozen=True)
class BuildSummary:
    documents: int
    entities: int
    relations: int
    quotes: int
    skipped: tuple[str, ...] = ()
    duplicates: int = 0  # articles whose text an earlier one had: one document, built once

    def __str__(self) -> str:
        text = ", ".join(
            _count(n, word) for n, word in
            ((self.documents, "document"), (self.entities, "entity"), (self.relations, "relation"), (self.quotes, "quote"))
        )
        notes = [f"{len(self.skipped)} skipped"] if self.skipped else []
        if self.duplicates:
            notes.append(f"{_count(self.duplicates, 'duplicate')} skipped")
        return text + (f" ({', '.join(notes)})" if notes else "")


def _count(n: int, word: str) -> str:
    """"1 document", "2 documents", "3 entities"."""
    if n == 1:
        return f"1 {word}"
    return f"{n} {word[:-1] + 'ies' if word.endswith('y') else word + 's'}"


@dataclass(frozen=True)
class BuildResult:
    """What `build` made: the summary, the files written, and the graph.

    `graph` holds every triple (the union); `dataset` the same triples in one named graph per
    document, named by the document IRI. A build that wrote files streamed the graph into them
    without keeping it, and reads it back from them on first use of `graph` or `dataset`;
    `dataset` is None when no file keeps the named graphs (only TriG and N-Quads do)."""

    summary: BuildSummary
    files: tuple[Path, ...] = ()
    kept: Dataset | None = field(default=None, repr=False)  # the graph, when it was kept in memory
    removed: tuple[Path, ...] = ()  # an earlier build's files in `out` that this one did not write again
    iris: Iris = DEFAULT_IRIS  # where the graph's IRIs were minted

    @cached_property
    def dataset(self) -> Dataset | None:
        if self.kept is not None:
            return self.kept
        named = [path for path in self.files if _format_of(path) in (RdfFormat.TRIG, RdfFormat.NQUADS)]
        return read_files(named[:1]) if named else None

    @cached_property
    def graph(self) -> Graph:
        if self.kept is not None:
            return rdf.union_graph(self.kept, self.iris)
        written = [path for path in self.files if _format_of(path) is not None]
        if not written:
            raise OutputError("this build kept no graph and wrote no graph file")
        return rdf.union_graph(read_files(written[:1]), self.iris)

    @cached_property
    def sparql_store(self):
        """The graph in an in-memory pyoxigraph store, built on first use and kept for later queries."""
        return sparql.graph_store(self.graph)

    def query(self, text: str, /, **params: object):
        """SPARQL text, or a named query with its parameters, over this graph (see kg.api.query)."""
        return sparql.ask(self.sparql_store, text, **params)


def _add_named_graph(dataset: Dataset, iri: URIRef, triples: Iterable[rdf.Triple]) -> None:
    graph = dataset.graph(iri)
    dataset.addN((s, p, o, graph) for s, p, o in triples)


def _format_of(path: Path) -> RdfFormat | None:
    return READ_EXTENSIONS.get(path.suffix.lower()) if path.name.startswith("graph.") else None


class _Tally:
    """Counts for the BuildSummary, document by document."""

    def __init__(self, min_confidence: float) -> None:
        self.documents = self.entities = self.relations = self.quotes = self.duplicates = 0
        self.scoped = 0  # generic descriptions, each its article's own (the registry keeps none)
        self.min_confidence = min_confidence

    def add(self, extraction: Extraction, entities: int) -> None:
        """Count one (resolved) extraction; `entities` is the number of named entities known after it."""
        self.documents += 1
        self.scoped += sum(1 for e in extraction.entities if e.scope)
        self.entities = entities + self.scoped
        self.relations += sum(1 for r in extraction.relations if rdf.is_plain(r, self.min_confidence))
        self.quotes += sum(1 for q in extraction.quotes if q.speaker is not None)

    def summary(self, skipped: Iterable[str] = ()) -> BuildSummary:
        return BuildSummary(self.documents, self.entities, self.relations, self.quotes, tuple(skipped), self.duplicates)

    def distinct(self, documents: Iterable[Document]) -> Iterator[Document]:
        """`documents` but those whose text came before (same content hash: the same document
        IRI), counted as duplicates."""
        seen: set[str] = set()
        for document in documents:
            if document.content_hash in seen:
                self.duplicates += 1
                continue
            seen.add(document.content_hash)
            yield document


def document_graphs(
    documents: Iterable[Document], tally: _Tally, *,
    progress: Callable[[int, int | None, Document], None] | None = None, workers: int = 1, client: Client | None = None,
    iris: Iris = DEFAULT_IRIS,
) -> Iterator[tuple[URIRef, list[rdf.Triple]]]:
    """Each document's IRI and triples, in input order, as extraction goes: entities matched
    across documents (kg.graph.identity), one rdfs:label per entity; a text met before is
    skipped and counted in `tally`. Only what identity needs of
    earlier documents is kept."""
    total = len(documents) if isinstance(documents, Sized) else None
    registry = EntityRegistry(removable=False, iris=iris)  # one node per person, organisation or place across documents
    labels: dict = {}
    documents = tally.distinct(documents)
    if client is None:
        extracted = extractions(documents, workers=workers)
    else:
        extracted = extractions(documents, client=client)
    for index, extraction in enumerate(extracted, start=1):
        extraction = registry.resolve(extraction)
        registry.add_extraction(extraction)
        tally.add(extraction, len(registry))
        yield rdf.document_iri(extraction.document, iris), rdf.extraction_triples(
            extraction, labels, iris, min_confidence=tally.min_confidence)
        if progress:
            progress(index, total, extraction.document)


def build_dataset(
    documents: Iterable[Document], *, progress: Callable[[int, int | None, Document], None] | None = None,
    workers: int = 1, client: Client | None = None, base: str | None = None, min_confidence: float | None = None,
) -> tuple[Dataset, BuildSummary]:
    """The RDF dataset of all `documents`: one named graph per document (its IRI), holding its
    document node, statements, evidence, quotes, and the entities and facts it states. An entity
    named by several documents appears in each of their graphs, with one rdfs:label overall.

    `documents` is read as extraction goes: from a generator, only the dataset grows with the
    corpus. `progress(done, total, document)` follows each document; `total` is len(documents)
    when it has one, else None. `workers` and `client`: where to extract, see kg.pipeline.workers;
    `base`: where IRIs are minted, as for `build`; `min_confidence`: see `build`."""
    iris = Iris.of(base)
    dataset = rdf.new_dataset(iris)
    tally = _Tally(_threshold(min_confidence))
    for iri, triples in document_graphs(documents, tally, progress=progress, workers=workers, client=client, iris=iris):
        _add_named_graph(dataset, iri, triples)
    return dataset, tally.summary()


def build(
    paths: Iterable[str | Path],
    *,
    out: str | Path | None = None,
    html: bool = True,
    keep_going: bool = False,
    progress: Callable[[int, int | None, Document], None] | None = None,
    on_skip: Callable[[str, str], None] | None = None,
    on_warning: Callable[[str, str], None] | None = None,
    formats: Iterable[RdfFormat | str] | str = (RdfFormat.TURTLE,),
    workers: int = 1,
    client: Client | None = None,
    base: str | None = None,
    min_confidence: float | None = None,
) -> BuildResult:
    """Read articles (files, folders, JSON Lines), build their graph, and write `out/graph.<ext>`
    for each of `formats` (RdfFormats or names as `kg build --format` takes them: "trig",
    "ttl", "json-ld"...; default: graph.ttl) and `out/graph.html` when `out` is given. TriG and
    N-Quads keep one named graph per document. Nothing is written unless every step succeeded.
    The files kg wrote are listed in `out/kg-build.json`; an earlier build's graph files that
    this build did not write again are removed (see kg.pipeline.outputs) and listed in `removed`.

    Articles stream from the files through extraction into the output: Turtle, N-Triples, TriG
    and N-Quads are written a document at a time (to temporary files, renamed at the end), so
    memory does not grow with the corpus; JSON-LD and RDF/XML, and a build without `out`, keep
    the graph in memory; the HTML view keeps what it draws, the first VIEW_DOCUMENTS articles
    (a bigger picture cannot be read; `kg view` draws any part of the files). With `progress`, the articles are
    counted first so that `total` is known. `workers` > 1 extracts on that many processes,
    `client` (a dask.distributed.Client) on a Dask cluster. `base`: the IRI under which the
    entities, documents and predicates are minted (default: kg's own, https://example.org/kg/).
    `on_skip(path, reason)` hears of each
    article skipped (with `keep_going`), `on_warning(path, message)` of each read by a guess (an
    encoding; see kg.read.files.read_documents).

    Every relation carries the fitted probability that a careful reader signs it
    (kg.extract.confidence); one below `min_confidence` (default: the threshold fitted with the
    model) stays a statement with no plain triple. Each document node records the threshold
    (kg:minConfidence)."""
    formats = tuple(dict.fromkeys(_formats(formats)))
    iris = Iris.of(base)
    if not formats:
        raise OutputError("give at least one output format")
    skipped: list[str] = []

    def skip(path: str, reason: str) -> None:
        skipped.append(f"{path}: {reason}")
        if on_skip:
            on_skip(path, reason)

    paths = [paths] if isinstance(paths, (str, Path)) else list(paths)
    read = read_documents(paths, keep_going=keep_going, on_skip=skip, on_warning=on_warning)
    documents = _english_only(read, keep_going, skip)
    first = next(documents, None)
    if first is None:
        raise InputError("no article could be read" + (f": {skipped[0]}" if skipped else ""))
    counted = _with_total(progress, count_documents(paths)) if progress else None
    streamed = [fmt for fmt in formats if fmt in STREAMED] if out is not None else []
    kept = rdf.new_dataset(iris) if out is None or len(streamed) < len(formats) else None
    view = rdf.new_graph(iris) if out is not None and html else None
    if view is not None:
        from kg.views.network import DRAWN_PREDICATES
    tally = _Tally(_threshold(min_confidence))
    if out is not None:
        remove_stale_temporaries(Path(out), OUTPUT_FILE)  # left by a build that was killed
    with StagedFiles() as staged:  # every file is renamed into place only once all are written
        files = {fmt: staged.open(Path(out) / f"graph.{fmt.extension}") for fmt in streamed}
        writers = [StreamWriter(file, fmt.label, iris=iris) for fmt, file in files.items()]
        for iri, triples in document_graphs(chain([first], documents), tally, progress=counted,
                                            workers=workers, client=client, iris=iris):
            for writer in writers:
                writer.add(triples, iri)
            if kept is not None:
                _add_named_graph(kept, iri, triples)
            if view is not None and tally.documents <= VIEW_DOCUMENTS:
                view.addN((s, p, o, view) for s, p, o in triples if p in DRAWN_PREDICATES)
        result = BuildResult(tally.summary(skipped), kept=kept, iris=iris)
        if out is None:
            return result
        out = Path(out)
        for fmt in formats:
            if fmt not in STREAMED:
                staged.write(out / f"graph.{fmt.extension}", serialize(kept if fmt.named_graphs else result.graph, fmt, iris=iris))
        if view is not None:
            staged.write(out / "graph.html", _html(view, first, tally.documents))
        written = staged.commit()
    order = {fmt.extension: index for index, fmt in enumerate(formats)}
    written.sort(key=lambda path: order.get(path.suffix[1:], len(order)))
    removed = remove_stale(out, written)  # before the manifest that forgets them
    write_manifest(out, written)
    return BuildResult(result.summary, tuple(written), kept=kept, removed=tuple(removed), iris=iris)


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
    on_warning: Callable[[str, str], None] | None = None,
    on_report: Callable[[IngestReport], None] | None = None,
    workers: int = 1,
    min_confidence: float | None = None,
) -> StoreBuildResult:
    """Read articles (files or folders) and add them to `store` (see kg.store.embedded): articles whose
    text the store holds are not extracted again, edited ones replace their old version. Each
    article is written in its own transaction as soon as it is extracted, so an error stops the
    build with the articles before it stored. `min_confidence`: see `build`."""
    skipped: list[str] = []

    def skip(path: str, reason: str) -> None:
        skipped.append(f"{path}: {reason}")
        if on_skip:
            on_skip(path, reason)

    read = read_documents(paths, keep_going=keep_going, on_skip=skip, on_warning=on_warning)
    documents = list(_english_only(read, keep_going, skip))
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

    reports = store.add(stream(), on_report=on_report, min_confidence=_threshold(min_confidence))
    return StoreBuildResult(tuple(reports), len(store), tuple(skipped))


def _formats(formats: Iterable[RdfFormat | str] | str) -> Iterator[RdfFormat]:
    """RdfFormats from what `build` is given: RdfFormats or the names the command line takes."""
    for value in [formats] if isinstance(formats, (str, RdfFormat)) else formats:
        yield from RdfFormat.coerce(value)


def _threshold(min_confidence: float | None) -> float:
    """The minimum confidence of a plain triple: `min_confidence`, or the fitted default."""
    if min_confidence is None:
        return default_threshold()
    if not 0.0 <= min_confidence <= 1.0:
        raise InputError(f"the minimum confidence is a probability, from 0 to 1; got {min_confidence}")
    return min_confidence


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
    from kg.views import html as views
    from kg.views import network

    if count == 1 and first.title:
        title = first.title
    elif count > VIEW_DOCUMENTS:
        title = f"the first {VIEW_DOCUMENTS:,} of {count:,} articles (kg view draws any part of graph.ttl)"
    else:
        title = f"{count} articles"
    return views.render_html(network.to_networkx(graph), title=title)
