"""The public Python API: what the notebooks use and what the `kg` command calls.

    import kg
    from kg.api import query
    result = kg.build(["examples/ceasefire-talks.txt"], out="output")
    result.query("who-said-what", speaker="Varga")              # a named query
    query("output/graph.ttl", "SELECT ?s WHERE { ?s a kg:Person }")
    kg.view(result, "output/varga.html", entity="Varga", depth=1)
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph
from rdflib import Dataset, Graph

from kg.graph import rdf
from kg.graph.formats import read_files
from kg.pipeline.builder import BuildResult
from kg.store import sparql as query_stage
from kg.views import html as views
from kg.views import network

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
    source: GraphSource,
    path: str | Path,
    *,
    entity: str | None = None,
    depth: int = 2,
    quotes: bool = False,
    title: str | None = None,
) -> Path:
    """Write an HTML view of the graph (whole, one entity's neighbourhood, or quotes) to `path`."""
    graph = as_graph(source)
    net = network.quote_network(graph) if quotes else network.to_networkx(graph)
    what = "quotes" if quotes else "graph"
    if entity:
        net, what = network.neighbourhood(net, entity, depth), f"around {entity!r}"
    return views.write_html(net, Path(path), title=title or what)


def central_entities(source: GraphSource, n: int = 10) -> list[tuple[str, float, int]]:
    """(label, PageRank, degree) of the n most central entities."""
    return network.central_entities(network.to_networkx(as_graph(source)), n)


def counts(source: GraphSource) -> dict[str, int]:
    """Documents, entities by type, statements, negated statements and quotes."""
    return network.graph_counts(as_graph(source))
