"""Turtle, TriG, N-Triples and N-Quads text, written by kg itself a document at a time.

`kg build` streams: each document's triples are written as soon as it is extracted, so the
graph of a whole corpus never has to sit in memory. A Turtle or N-Triples file holds the union
of the documents: a triple that several documents state (an entity's type and label, a
predicate's declaration) is written once, by the first. N-Quads and TriG keep one named graph
per document, each complete. Within a document, subjects, predicates and objects come sorted,
so the same input always gives the same bytes.

Terms are written in their most portable form: strings in one line with escapes, IRIs as
prefixed names only where the local part is plain letters, digits, "_", "-" and inner ".";
an IRI holding a character that no RDF syntax allows raw is refused (kg never mints one).
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import TextIO

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD
from rdflib.term import Node

from kg.errors import GraphError
from kg.graph.namespace import DEFAULT_IRIS, Iris

Triple = tuple[Node, Node, Node]


def turtle_prefixes(iris: Iris = DEFAULT_IRIS) -> dict[str, str]:
    """Every prefix kg writes, for a graph minted under `iris`."""
    return {
        **{prefix: str(ns) for prefix, ns in iris.prefixes.items()},
        "owl": str(OWL), "rdf": str(RDF), "rdfs": str(RDFS), "skos": str(SKOS), "xsd": str(XSD),
    }


TURTLE_PREFIXES = turtle_prefixes()
INDENT = "    "
_RDF_TYPE = RDF.type  # looked up once: rdflib makes a namespace's term anew at every use
_XSD_STRING = XSD.string

_ECHAR = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_STRING_ESCAPES = re.compile(r'["\\\x00-\x1f\x7f]')
_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_PLAIN_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?")
_PLAIN_BNODE = re.compile(r"[A-Za-z0-9_]+")
_BARE = {
    str(XSD.boolean): re.compile(r"true|false"),
    str(XSD.integer): re.compile(r"[+-]?[0-9]+"),
    str(XSD.decimal): re.compile(r"[+-]?[0-9]*\.[0-9]+"),
}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    return _ECHAR.get(char) or f"\\u{ord(char):04X}"


def _string(value: str) -> str:
    return '"' + _STRING_ESCAPES.sub(_escape, value) + '"'


def _iri(value: str) -> str:
    if _NOT_IN_IRI.search(value):
        raise GraphError(f"cannot write the IRI {value!r}: it holds a character IRIs do not allow")
    return f"<{value}>"


def _bnode(node: BNode) -> str:
    # a label of other characters is replaced by a stable one of the same node
    if _PLAIN_BNODE.fullmatch(node):
        return f"_:{node}"
    return f"_:b{hashlib.sha256(str(node).encode('utf-8')).hexdigest()[:16]}"


def nt_term(term: Node) -> str:
    """`term` as N-Triples (and N-Quads) write it."""
    if isinstance(term, URIRef):
        return _iri(term)
    if isinstance(term, Literal):
        text = _string(term)
        if term.language:
            return f"{text}@{term.language}"
        if term.datatype is not None and term.datatype != _XSD_STRING:
            return f"{text}^^{_iri(term.datatype)}"
        return text
    if isinstance(term, BNode):
        return _bnode(term)
    raise GraphError(f"cannot write {term!r} as RDF")


def nt_line(s: Node, p: Node, o: Node, graph: Node | None = None) -> str:
    """One N-Triples line, or an N-Quads line when `graph` names a graph."""
    name = "" if graph is None else " " + nt_term(graph)
    return f"{nt_term(s)} {nt_term(p)} {nt_term(o)}{name} .\n"


class TurtleTerms:
    """Terms as Turtle writes them, prefixed with `prefixes` where that is safe."""

    def __init__(self, prefixes: Mapping[str, str] = TURTLE_PREFIXES) -> None:
        # longest namespace first, so that "…/kg/ontology#" wins over "…/kg/"
        self._namespaces = sorted(((ns, prefix) for prefix, ns in prefixes.items()), key=lambda item: -len(item[0]))
        # A plain local name holds no "/" or "#", so a namespace ending in one of them can only
        # be the IRI up to its last "/" or "#": one lookup instead of a scan.
        self._by_namespace = {ns: prefix for ns, prefix in self._namespaces if ns.endswith(("/", "#"))}
        self._scan = [(ns, prefix) for ns, prefix in self._namespaces if not ns.endswith(("/", "#"))]
        self._cache: dict[str, str] = {}

    def header(self) -> str:
        names = sorted((prefix, ns) for ns, prefix in self._namespaces)
        return "".join(f"@prefix {prefix}: {_iri(ns)} .\n" for prefix, ns in names) + "\n"

    def term(self, term: Node) -> str:
        if isinstance(term, URIRef):
            return self.iri(term)
        if isinstance(term, Literal):
            if term.language:
                return f"{_string(term)}@{term.language}"
            datatype = term.datatype
            if datatype is None or datatype == _XSD_STRING:
                return _string(term)
            bare = _BARE.get(str(datatype))
            if bare is not None and bare.fullmatch(term):
                return str(term)
            return f"{_string(term)}^^{self.iri(datatype)}"
        if isinstance(term, BNode):
            return _bnode(term)
        raise GraphError(f"cannot write {term!r} as RDF")

    def iri(self, iri: str) -> str:
        iri = str(iri)  # rdflib's URIRef hashes and compares slowly; a plain str is fast
        text = self._cache.get(iri)
        if text is not None:
            return text
        end = max(iri.rfind("/"), iri.rfind("#")) + 1
        prefix = self._by_namespace.get(iri[:end])
        if prefix is not None and _PLAIN_LOCAL.fullmatch(iri, end):
            text = self._cache[iri] = f"{prefix}:{iri[end:]}"  # vocabulary terms recur
            return text
        for namespace, prefix in self._scan:
            if iri.startswith(namespace) and _PLAIN_LOCAL.fullmatch(iri, len(namespace)):
                text = self._cache[iri] = f"{prefix}:{iri[len(namespace):]}"
                return text
        return _iri(iri)

    def block(self, triples: Iterable[Triple], indent: str = "") -> str:
        """Turtle statements for `triples`: one per subject, subjects, predicates (rdf:type
        first, as "a") and objects sorted."""
        grouped: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for s, p, o in triples:
            grouped[self.term(s)]["a" if p == _RDF_TYPE else self.iri(p)].add(self.term(o))
        parts = []
        for subject in sorted(grouped):
            predicates = grouped[subject]
            lines = [
                f"{indent}{INDENT}{predicate} {', '.join(sorted(predicates[predicate]))}"
                for predicate in sorted(predicates, key=lambda p: (p != "a", p))
            ]
            parts.append(f"{indent}{subject}\n" + " ;\n".join(lines) + " .\n\n")
        return "".join(parts)

    def named_graph(self, name: Node, triples: Iterable[Triple]) -> str:
        """A TriG graph block: `name { ... }` holding `triples`."""
        return f"{self.term(name)} {{\n{self.block(triples, INDENT).rstrip()}\n}}\n\n"


class StreamWriter:
    """Writes one RDF syntax to `out`, a document's triples at a time (`add`).

    Triple formats (Turtle, N-Triples) write the union: a triple already written is left out.
    Quad formats (TriG, N-Quads) write each call as the named graph `graph`."""

    def __init__(self, out: TextIO, syntax: str, *, iris: Iris = DEFAULT_IRIS) -> None:
        if syntax not in ("turtle", "ntriples", "trig", "nquads"):
            raise ValueError(f"no streaming writer for {syntax}")
        self._out = out
        self._syntax = syntax
        self._written: set[Triple] = set()  # by triple formats: those several documents may state
        self._graphs: set[Node] = set()
        self._terms = TurtleTerms(turtle_prefixes(iris))
        if syntax in ("turtle", "trig"):
            out.write(self._terms.header())

    @property
    def named_graphs(self) -> bool:
        return self._syntax in ("trig", "nquads")

    def add(self, triples: Iterable[Triple], graph: URIRef) -> None:
        """Write `triples`, those of the document graph `graph`. A triple about another subject
        than the document and the nodes under its IRI (an entity's label, a predicate's
        declaration) may come again with another document; triple formats write it once."""
        if graph in self._graphs:
            return  # the same document again: already written
        self._graphs.add(graph)
        if self.named_graphs:
            self._write_graph(triples, graph)
            return
        under = f"{graph}/"
        fresh = []
        for triple in triples:
            if triple[0] != graph and not triple[0].startswith(under) and triple[2] != graph:
                if triple in self._written:
                    continue
                self._written.add(triple)
            fresh.append(triple)
        if self._syntax == "turtle":
            self._out.write(self._terms.block(fresh))
        else:
            self._out.write("".join(sorted(nt_line(*triple) for triple in fresh)))

    def _write_graph(self, triples: Iterable[Triple], graph: URIRef) -> None:
        if self._syntax == "trig":
            self._out.write(self._terms.named_graph(graph, triples))
        else:
            self._out.write("".join(sorted({nt_line(*triple, graph) for triple in triples})))
