"""networkx graph (kg.views.network) -> files for graph tools: GraphML and GEXF (Gephi, yEd),
Cytoscape JSON (Cytoscape, cytoscape.js), and two CSV files for Neo4j's LOAD CSV.

Every file is written by networkx (or the csv module) and atomically. Attribute values are
plain str, int, float or bool, as GraphML and GEXF require: lists are joined with "; ", a
missing value is "" (or 0), and characters XML 1.0 cannot hold become U+FFFD.
"""
from __future__ import annotations

import csv
import io
import json
import re
from enum import Enum
from pathlib import Path

import networkx as nx

from kg.errors import OutputError
from kg.graph.atomic import write_atomic
from kg.views.pagedata import node_type

LIST_SEPARATOR = "; "
# Characters XML 1.0 forbids (C0 controls but tab, newline and return; surrogates; U+FFFE/F).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_GEXF_DATE = re.compile(rb'<meta lastmodifieddate="[0-9-]*">')
NODE_FIELDS = ("label", "type", "types", "aliases", "iri", "articles", "facts", "quotes")
EDGE_FIELDS = ("predicate", "negated", "modality", "factuality", "attributed_to", "sentence",
               "document", "document_title", "date", "statement")


class ExportFormat(Enum):
    GRAPHML = "graphml"
    GEXF = "gexf"
    CYTOSCAPE = "cytoscape"
    CSV = "csv"

    @classmethod
    def from_label(cls, label: str) -> ExportFormat:
        try:
            return cls(label.strip().lower())
        except ValueError:
            known = ", ".join(f.value for f in cls)
            raise OutputError(f"unknown export format {label!r}; use one of {known}") from None


def export_graph(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of `g` whose attributes are all GraphML/GEXF-safe scalars (see the module docstring)."""
    out = nx.MultiDiGraph()
    for v, attrs in g.nodes(data=True):
        out.add_node(str(v), **{
            "label": _text(attrs.get("label", "")), "type": node_type(attrs),
            "types": _text(LIST_SEPARATOR.join(map(str, attrs.get("types", ())))),
            "aliases": _text(LIST_SEPARATOR.join(map(str, attrs.get("aliases", ())))),
            "iri": _text(attrs.get("iri", "")), "articles": len(attrs.get("documents", ())),
            "facts": int(g.degree(v)), "quotes": len(attrs.get("quotes", ())),
        })
    for u, v, key, attrs in g.edges(keys=True, data=True):
        out.add_edge(str(u), str(v), key=str(key), **{
            "predicate": _text(attrs.get("predicate")), "negated": bool(attrs.get("negated")),
            "modality": _text(attrs.get("modality")), "factuality": _text(attrs.get("factuality") or "asserted"),
            "attributed_to": _text(attrs.get("attributed_to")),
            "sentence": _text(attrs.get("sentence")), "document": _text(attrs.get("document")),
            "document_title": _text(attrs.get("document_title")), "date": _text(attrs.get("date")),
            "statement": _text(attrs.get("statement", key)),
        })
    return out


def write_export(g: nx.MultiDiGraph, path: Path, fmt: ExportFormat) -> list[Path]:
    """Write `g` in `fmt` to `path` (for csv, a folder that receives nodes.csv and edges.csv).
    Returns the files written."""
    graph = export_graph(g)
    path = Path(path)
    if fmt is ExportFormat.GRAPHML:
        buffer = io.BytesIO()
        nx.write_graphml(graph, buffer, encoding="utf-8", prettyprint=True)
        return [write_atomic(path, buffer.getvalue())]
    if fmt is ExportFormat.GEXF:
        buffer = io.BytesIO()
        nx.write_gexf(graph, buffer, encoding="utf-8", prettyprint=True)
        # networkx stamps today's date (optional in GEXF): dropped, so the same graph gives the same file.
        return [write_atomic(path, _GEXF_DATE.sub(b"<meta>", buffer.getvalue(), count=1))]
    if fmt is ExportFormat.CYTOSCAPE:
        data = nx.cytoscape_data(graph)
        return [write_atomic(path, json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n")]
    if path.exists() and not path.is_dir():
        raise OutputError(f"{path} is a file; csv export writes nodes.csv and edges.csv into a folder")
    return [write_atomic(path / "nodes.csv", _csv(("id", *NODE_FIELDS), (
        (v, *(attrs[f] for f in NODE_FIELDS)) for v, attrs in graph.nodes(data=True)))),
        write_atomic(path / "edges.csv", _csv(("source", "target", *EDGE_FIELDS), (
            (u, v, *(attrs[f] for f in EDGE_FIELDS)) for u, v, attrs in graph.edges(data=True))))]


def _csv(header: tuple[str, ...], rows) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(["true" if v is True else "false" if v is False else v for v in row])
    return buffer.getvalue()


def _text(value: object) -> str:
    return "" if value is None else _NOT_XML.sub("\ufffd", str(value))
