"""The public Python API: what the notebooks use and what the `kg` command calls.

    import kg
    from kg.api import query
    result = kg.build(["examples/ceasefire-talks.txt"], out="output")
    result.query("who-said-what", speaker="Varga")              # a named query
    query("output/graph.ttl", "SELECT ?s WHERE { ?s a kg:Person }")
    kg.view(result, "output/varga.html", entity="Varga", depth=1)
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph
from rdflib import Dataset, Graph

from kg.errors import QueryError
from kg.graph import rdf
from kg.graph.formats import read_files
from kg.pipeline.builder import BuildResult
from kg.store import sparql as query_stage
from kg.store.embedded import open_store
from kg.views import exports, network, pagedata
from kg.views import html as views
from kg.views import quotes as quote_list
from kg.views.rows import GraphRows, read_rows

GraphSource = BuildResult | Graph | str | Path | Iterable[str | Path]


def as_graph(source: GraphSource) -> Graph:
    """An rdflib Graph (the union of all named graphs) from a build result, a graph or graph files."""
    if isinstance(source, BuildResult):
        return source.graph
    if isinstance(source, Dataset):
        return rdf.union_graph(source)
    if isinstance(source, Graph):
        return source
    paths = [source] if isinstance(source, (str, Path)) else list(source)
    return rdf.union_graph(read_files(paths))


def as_store(source: GraphSource) -> pyoxigraph.Store:
    """An in-memory pyoxigraph store holding the graph, for SPARQL."""
    if isinstance(source, BuildResult):
        return source.sparql_store  # made once per result, however many questions are asked
    if isinstance(source, Graph):
        return query_stage.graph_store(source)
    paths = [source] if isinstance(source, (str, Path)) else list(source)
    return query_stage.load_graph_files(paths)


def query(source: GraphSource, text: str, /, **params: object) -> query_stage.QueryResult:
    """Run SPARQL text, or the named query `text` with `params`, over the graph. SPARQL text
    may bind variables too, which must be in the SELECT list (an oxigraph rule):
    `query(g, "SELECT ?x ?name WHERE { ?x rdfs:label ?name }", name="Israel")`."""
    return query_stage.ask(as_store(source), text, **params)


def view(
    source: GraphSource | None,
    path: str | Path,
    *,
    entity: str | None = None,
    depth: int = 2,
    quotes: bool = False,
    title: str | None = None,
    store: str | Path | None = None,
) -> Path:
    """Write an HTML view of the graph (whole, one entity's neighbourhood, or the quotes list)
    to `path`. `source`: a build result, an rdflib graph or graph files; or None and `store`,
    the folder of a kg store (read, not changed)."""
    rows = _rows(source, store)  # the store is closed (a file's is freed) before the page is made
    if quotes:
        return quote_list.write_quotes(rows, Path(path), title=title or _quotes_title(rows))
    net = network.to_networkx(rows)
    if not entity:
        return views.write_html(net, Path(path), title=title or _whole_title(rows))
    centre = network.neighbourhood(net, entity, 0)
    around = network.neighbourhood(net, entity, depth)
    shown = network.neighbourhood(net, entity, depth + 1)  # one more ring, for double-click
    if shown.number_of_nodes() - around.number_of_nodes() > EXPANSION_NODE_LIMIT:
        shown = around
    drawn = [v for v in around if v in centre or pagedata.node_type(around.nodes[v]) in pagedata.NAMED_TYPES]
    name = sorted(centre.nodes[v]["label"] for v in centre)
    heading = name[0] if len(name) == 1 else f"{len(name)} entities matching {entity!r}"
    return views.write_html(shown, Path(path), title=title or f"{heading}: {depth} step{'s' * (depth != 1)} around",
                            drawn=drawn)


def export(source: GraphSource | None, path: str | Path, fmt: str, *, store: str | Path | None = None) -> list[Path]:
    """Write the entity graph for Gephi, Cytoscape or Neo4j (fmt: graphml, gexf, cytoscape, csv);
    returns the files written."""
    rows = _rows(source, store)
    return exports.write_export(network.to_networkx(rows), Path(path), exports.ExportFormat.from_label(fmt))


def central_entities(source: GraphSource | None, n: int = 10, *, store: str | Path | None = None) -> list[tuple[str, float, int]]:
    """(label, PageRank, degree) of the n most central entities."""
    with _source_store(source, store) as oxigraph:
        return network.central_entities(network.link_network(oxigraph), n)


def counts(source: GraphSource | None, *, store: str | Path | None = None) -> dict[str, int]:
    """Documents, entities by type, statements, negated statements and quotes."""
    with _source_store(source, store) as oxigraph:
        return network.graph_counts(oxigraph)


def stats(source: GraphSource | None, n: int = 10, *, store: str | Path | None = None):
    """counts() and central_entities() at once, reading the graph once."""
    with _source_store(source, store) as oxigraph:
        return network.graph_counts(oxigraph), network.central_entities(network.link_network(oxigraph), n)


EXPANSION_NODE_LIMIT = 3000  # an entity page embeds one more ring of neighbours up to this many nodes


@contextmanager
def _source_store(source: GraphSource | None, store: str | Path | None) -> Iterator[pyoxigraph.Store]:
    """A pyoxigraph Store over the source: a kg store opened read-only, else graph files parsed
    by pyoxigraph (not rdflib: seconds, not minutes, for a corpus)."""
    if store is not None:
        if source is not None and not (isinstance(source, (list, tuple)) and not source):
            raise QueryError("give graph files or --store, not both")
        with open_store(store, create=False) as opened:
            yield opened.oxigraph
        return
    if source is None or (isinstance(source, (list, tuple)) and not source):
        raise QueryError("give graph files or a store")
    yield as_store(source)


def _rows(source: GraphSource | None, store: str | Path | None) -> GraphRows:
    with _source_store(source, store) as oxigraph:
        return read_rows(oxigraph)


def _whole_title(rows: GraphRows) -> str:
    if len(rows.documents) == 1 and rows.documents[0].title:
        return rows.documents[0].title
    return f"{len(rows.documents):,} article{'s' * (len(rows.documents) != 1)}"


def _quotes_title(rows: GraphRows) -> str:
    return f"Who said what: {_whole_title(rows)}"
