"""The library entry points that the CLI and the notebooks call: article files in, graph out."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, Graph

from kg import rdf
from kg.errors import InputError, OutputError
from kg.formats import RdfFormat, serialize
from kg.ingest import read_documents
from kg.language import not_english_reason
from kg.parallel import extract_document, extractions  # noqa: F401  (extract_document is public API)
from kg.model import Document, EntityType, Extraction
from kg.write import write_atomic


@dataclass(frozen=True)
class BuildSummary:
    documents: int
    entities: int
    relations: int
    quotes: int
    skipped: tuple[str, ...] = ()

    def __str__(self) -> str:
        text = f"{self.documents} documents, {self.entities} entities, {self.relations} relations, {self.quotes} quotes"
        return text + (f" ({len(self.skipped)} skipped)" if self.skipped else "")


@dataclass(frozen=True)
class BuildResult:
    """`graph` holds every triple (the union); `dataset` the same triples in one named graph
    per document, named by the document IRI."""

    graph: Graph
    summary: BuildSummary
    files: tuple[Path, ...] = ()
    dataset: Dataset | None = None

    def query(self, text: str, /, **params: object):
        """SPARQL text, or a named query with its parameters, over this graph (see kg.api.query)."""
        from kg.api import query

        return query(self, text, **params)




def build_graph(
    documents: Iterable[Document], *, progress: Callable[[int, int, Document], None] | None = None
) -> tuple[Graph, BuildSummary]:
    """The RDF graph of all `documents`, merged on entity IRIs."""
    dataset, summary = build_dataset(documents, progress=progress)
    return rdf.union_graph(dataset), summary


def build_dataset(
    documents: Iterable[Document], *, progress: Callable[[int, int, Document], None] | None = None, workers: int = 1
) -> tuple[Dataset, BuildSummary]:
    """The RDF dataset of all `documents`: one named graph per document (its IRI), holding its
    document node, statements, evidence, quotes, and the entities and facts it states. An entity
    named by several documents appears in each of their graphs, with one rdfs:label overall."""
    dataset = rdf.new_dataset()
    counts = [0, 0, 0]
    named = set()
    documents = list(documents)
    for index, extraction in enumerate(extractions(documents, workers=workers), start=1):
        document = extraction.document
        rdf.extraction_graph(extraction, dataset.graph(rdf.document_iri(document)), labels=dataset)
        counts[0] += 1
        counts[1] += sum(1 for r in extraction.relations if not r.negated)
        counts[2] += sum(1 for q in extraction.quotes if q.speaker is not None)
        named.update(rdf.entity_iri(e) for e in extraction.entities)
        if progress:
            progress(index, len(documents), document)
    return dataset, BuildSummary(documents=counts[0], entities=len(named), relations=counts[1], quotes=counts[2])


def build(
    paths: Iterable[str | Path],
    *,
    out: str | Path | None = None,
    html: bool = True,
    keep_going: bool = False,
    progress: Callable[[int, int, Document], None] | None = None,
    on_skip: Callable[[str, str], None] | None = None,
    formats: Iterable[RdfFormat] = (RdfFormat.TURTLE,),
    workers: int = 1,
) -> BuildResult:
    """Read articles (files or folders), build their graph, and write `out/graph.<ext>` for
    each of `formats` (default: graph.ttl) and `out/graph.html` when `out` is given. TriG and
    N-Quads keep one named graph per document. Nothing is written unless every step succeeded."""
    formats = tuple(dict.fromkeys(formats))
    if not formats:
        raise OutputError("give at least one output format")
    skipped: list[str] = []

    def skip(path: str, reason: str) -> None:
        skipped.append(f"{path}: {reason}")
        if on_skip:
            on_skip(path, reason)

    documents = list(_english_only(read_documents(paths, keep_going=keep_going, on_skip=skip), keep_going, skip))
    if not documents:
        raise InputError("no article could be read" + (f": {skipped[0]}" if skipped else ""))
    dataset, summary = build_dataset(documents, progress=progress, workers=workers)
    graph = rdf.union_graph(dataset)
    summary = BuildSummary(summary.documents, summary.entities, summary.relations, summary.quotes, tuple(skipped))
    files: list[Path] = []
    if out is not None:
        out = Path(out)
        texts = [(out / f"graph.{fmt.extension}", serialize(dataset, fmt)) for fmt in formats]
        page = _html(graph, documents) if html else None
        for path, text in texts:
            files.append(write_atomic(path, text))
        if page is not None:
            files.append(write_atomic(out / "graph.html", page))
    return BuildResult(graph=graph, summary=summary, files=tuple(files), dataset=dataset)


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


def _html(graph: Graph, documents: list[Document]) -> str:
    from kg import network, views

    title = documents[0].title if len(documents) == 1 and documents[0].title else f"{len(documents)} articles"
    return views.render_html(network.to_networkx(graph), title=title)
