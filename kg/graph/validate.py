"""Check a graph against the SHACL shapes of ontology/shapes.ttl (pyshacl) and report what breaks.

The shapes state what a triple store or Linked Data user may rely on: one rdfs:label per entity,
statements with subject, predicate, object, polarity, document and evidence (exact text and
offsets), quotes with one speaker and one text, xsd:date dates, documents with a content hash.
A Dataset is validated as the union of its graphs, which is what a SPARQL user sees.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH, SKOS, XSD
from rdflib.term import Node

from kg.graph.formats import read_files
from kg.graph.namespace import PREFIXES
from kg.graph.rdf import union_graph

# Prefixes for the text report, longest namespace first so ent: wins over a shorter match.
_REPORT_PREFIXES = sorted(
    {**{p: str(ns) for p, ns in PREFIXES.items()}, "rdf": str(RDF), "rdfs": str(RDFS), "skos": str(SKOS),
     "xsd": str(XSD), "sh": str(SH)}.items(),
    key=lambda item: -len(item[1]),
)
# Control characters and bidi overrides that could change how a report line prints.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


class Violation(NamedTuple):
    """One broken constraint: the node that breaks it, the property (None for a constraint on
    the node itself) and what is wrong."""

    focus: Node
    path: Node | None
    message: str


@dataclass(frozen=True)
class ValidationReport:
    """`violations` are sorted by focus node, path and message, without duplicates."""

    conforms: bool
    violations: tuple[Violation, ...]

    def text(self) -> str:
        """One line per violation ("focus  path  message"), then "N violations" or "conforms"."""
        lines = [
            f"{_show(v.focus)}  {_show(v.path) if v.path is not None else '-'}  {_one_line(v.message)}"
            for v in self.violations
        ]
        count = len(self.violations)
        lines.append("conforms" if self.conforms else f"{count} violation" + ("" if count == 1 else "s"))
        return "\n".join(lines) + "\n"


def shapes_text() -> str:
    """The Turtle source of the SHACL shapes, as shipped with the package."""
    return resources.files("kg.ontology").joinpath("shapes.ttl").read_text(encoding="utf-8")


def validate(graph: Graph) -> ValidationReport:
    """Validate `graph` (a Graph, or a Dataset taken as the union of its graphs) against the
    shapes, without inference."""
    import pyshacl  # slow to import; only `kg validate` needs it

    shapes = Graph().parse(data=shapes_text(), format="turtle")
    conforms, results, _ = pyshacl.validate(
        union_graph(graph), shacl_graph=shapes, inference="none", allow_warnings=False, allow_infos=False
    )
    found = set()
    for result in results.subjects(RDF.type, SH.ValidationResult):
        message = results.value(result, SH.resultMessage)
        if message is None:
            message = f"breaks {_show(results.value(result, SH.sourceConstraintComponent))}"
        found.add(Violation(results.value(result, SH.focusNode), results.value(result, SH.resultPath), str(message)))
    violations = tuple(sorted(found, key=_order))
    return ValidationReport(conforms=bool(conforms) and not violations, violations=violations)


def validate_files(paths: Iterable[str | Path]) -> ValidationReport:
    """Read graph files (by extension, see kg.graph.formats) into one dataset and validate it."""
    return validate(read_files(paths))


def _order(v: Violation) -> tuple[str, str, str]:
    return (_sort_key(v.focus), _sort_key(v.path), v.message)


def _sort_key(term: Node | None) -> str:
    return "" if term is None else str(term)


def _show(term: Node | None) -> str:
    """A term as a short token: a prefixed name when a kg prefix fits, else <IRI>, _:b, or a
    quoted literal."""
    if isinstance(term, URIRef):
        for prefix, namespace in _REPORT_PREFIXES:
            if term.startswith(namespace) and len(term) > len(namespace):
                return f"{prefix}:{term[len(namespace):]}"
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, Literal):
        return _one_line(repr(str(term)))
    return _one_line(str(term))


def _one_line(text: str) -> str:
    return _UNPRINTABLE.sub("\ufffd", " ".join(text.split()))
