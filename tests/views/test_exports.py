"""kg export: GraphML and GEXF read back by networkx with the same nodes and edges; Cytoscape JSON;
CSV for Neo4j; attribute values that GraphML and GEXF accept."""
from __future__ import annotations

import csv
import json

import networkx as nx
import pytest
from store_articles import articles

from kg import api
from kg.cli import main
from kg.errors import OutputError
from kg.graph.rdf import extraction_graph
from kg.views.exports import ExportFormat, export_graph, write_export
from kg.views.network import to_networkx

CONTROL = "tab\there, bell\x07 and a \ud800 lone surrogate"


@pytest.fixture
def graph() -> nx.MultiDiGraph:
    rdf = extraction_graph(articles()[0]) + extraction_graph(articles()[1])
    g = to_networkx(rdf)
    u, v, attrs = next(iter(g.edges(data=True)))
    g.add_edge(u, v, key="parallel", **{**attrs, "statement": "parallel", "sentence": "A second fact."})
    return g


def _scalars(g: nx.MultiDiGraph) -> set[type]:
    values = [v for _, a in g.nodes(data=True) for v in a.values()]
    values += [v for *_, a in g.edges(data=True) for v in a.values()]
    return {type(v) for v in values}


def test_attributes_are_plain_scalars(graph):
    assert _scalars(export_graph(graph)) <= {str, int, bool}


@pytest.mark.parametrize("fmt, read", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graphml_and_gexf_read_back_with_the_same_nodes_and_edges(graph, tmp_path, fmt, read):
    path = tmp_path / f"g.{fmt}"
    assert write_export(graph, path, ExportFormat(fmt)) == [path]
    back = read(path)
    assert sorted(back.nodes) == sorted(graph.nodes)
    assert sorted((u, v) for u, v in back.edges()) == sorted((u, v) for u, v in graph.edges())
    labels = {v: a["label"] for v, a in back.nodes(data=True)}
    assert labels == {v: a["label"] for v, a in graph.nodes(data=True)}
    sentences = sorted(a["sentence"] for *_, a in back.edges(data=True))
    assert sentences == sorted(a["sentence"] for *_, a in graph.edges(data=True))
    negated = [a["negated"] for *_, a in back.edges(data=True)]
    assert all(isinstance(n, bool) for n in negated)


def test_text_xml_cannot_hold_is_replaced_not_fatal(graph, tmp_path):
    first = next(iter(graph))
    graph.nodes[first]["label"] = CONTROL
    back = nx.read_graphml(write_export(graph, tmp_path / "g.graphml", ExportFormat.GRAPHML)[0])
    assert back.nodes[first]["label"] == "tab\there, bell\ufffd and a \ufffd lone surrogate"


def test_cytoscape_json_and_csv(graph, tmp_path):
    [path] = write_export(graph, tmp_path / "g.json", ExportFormat.CYTOSCAPE)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert len(data["elements"]["nodes"]) == graph.number_of_nodes()
    assert len(data["elements"]["edges"]) == graph.number_of_edges()
    nodes_csv, edges_csv = write_export(graph, tmp_path / "neo4j", ExportFormat.CSV)
    with open(nodes_csv, encoding="utf-8", newline="") as f:
        nodes = list(csv.DictReader(f))
    with open(edges_csv, encoding="utf-8", newline="") as f:
        edges = list(csv.DictReader(f))
    assert {n["id"] for n in nodes} == set(graph.nodes) and len(edges) == graph.number_of_edges()
    assert {e["source"] for e in edges} <= {n["id"] for n in nodes}
    blinken = next(n for n in nodes if n["label"] == "Antony J. Blinken")
    assert blinken["type"] == "Person" and blinken["articles"] == "1"


def test_csv_into_a_file_is_refused(graph, tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(OutputError, match="folder"):
        write_export(graph, tmp_path / "file", ExportFormat.CSV)


def test_export_is_deterministic_and_from_the_cli(tmp_path, capsys):
    rdf = tmp_path / "g.ttl"
    rdf.write_text(extraction_graph(articles()[0]).serialize(format="turtle"), encoding="utf-8")
    for name in ("a", "b"):
        assert main(["export", str(rdf), "--format", "gexf", "--out", str(tmp_path / f"{name}.gexf")]) == 0
    assert (tmp_path / "a.gexf").read_bytes() == (tmp_path / "b.gexf").read_bytes()
    assert b"lastmodifieddate" not in (tmp_path / "a.gexf").read_bytes()  # no date of the day it was written
    assert "wrote" in capsys.readouterr().out
    assert api.export(rdf, tmp_path / "c.graphml", "graphml") == [tmp_path / "c.graphml"]
