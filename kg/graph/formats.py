"""RDF syntaxes: write a graph or a dataset deterministically, and read graph files by extension.

A Dataset from kg.pipeline.builder holds one named graph per document, named by the document IRI. TriG
and N-Quads keep those graphs; Turtle, N-Triples, JSON-LD and RDF/XML hold triples only, so they
get the union of all graphs. The same triples always give the same text, whatever order rdflib's
store hands them out in (it keeps named graphs in a set, whose order changes from one process to
the next). That holds for graphs without blank nodes, which is what kg writes.

Files are read with pyoxigraph, a strict parser that never fetches anything from the network,
and the quads are handed over as an rdflib Dataset. RDF/XML with a document type declaration is
refused before parsing: its entity declarations can expand a small file into gigabytes (the
"billion laughs"), which pyoxigraph would try to hold. pyoxigraph reads no term (or N-Triples
line) longer than MAX_TERM_BYTES; a file holding one is one GraphError naming the limit.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from enum import Enum
from importlib import resources
from pathlib import Path
from xml.sax.saxutils import escape

import pyoxigraph
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF, XSD
from rdflib.term import Node

from kg.errors import GraphError
from kg.graph.namespace import DEFAULT_IRIS, Iris
from kg.graph.rdf import new_dataset, union_graph
from kg.graph.writers import TurtleTerms, nt_line, turtle_prefixes


class RdfFormat(Enum):
    """An RDF syntax: its name on the command line, the extension kg writes, its media type and
    whether it keeps named graphs."""

    # label, extension, media type, named graphs, other names (as rdflib and Apache Jena spell them)
    TURTLE = ("turtle", "ttl", "text/turtle", False, ())
    TRIG = ("trig", "trig", "application/trig", True, ())
    NQUADS = ("nquads", "nq", "application/n-quads", True, ("n-quads",))
    NTRIPLES = ("ntriples", "nt", "application/n-triples", False, ("n-triples", "nt11"))
    JSONLD = ("jsonld", "jsonld", "application/ld+json", False, ("json-ld",))
    RDFXML = ("rdfxml", "rdf", "application/rdf+xml", False, ("xml", "rdf/xml", "pretty-xml"))

    def __init__(self, label: str, extension: str, media_type: str, named_graphs: bool, aliases: tuple[str, ...]) -> None:
        self.label = label
        self.extension = extension
        self.media_type = media_type
        self.named_graphs = named_graphs
        self.names = (label, extension, *aliases)  # every name it answers to, lower case

    @classmethod
    def from_label(cls, label: str) -> RdfFormat:
        """The format named `label`: kg's name ("turtle", "nquads", "jsonld", "rdfxml"), its
        extension ("ttl", "nq", "rdf") or the name rdflib or Jena gives it ("n-quads", "json-ld",
        "xml"), case-insensitively."""
        wanted = label.strip().lower().removeprefix(".")
        for fmt in cls:
            if wanted in fmt.names:
                return fmt
        known = ", ".join(f.label for f in cls)
        raise GraphError(f"unknown RDF format {label!r}; choose from {known} (or ttl, nt, n-triples, nq, "
                         "n-quads, json-ld, xml, rdf)")

    @classmethod
    def coerce(cls, value: RdfFormat | str) -> list[RdfFormat]:
        """The formats `value` names: an RdfFormat, one name, or names separated by commas."""
        if isinstance(value, cls):
            return [value]
        if not isinstance(value, str):
            raise GraphError(f"an RDF format is a name such as 'turtle' or an RdfFormat, not {value!r}")
        return [cls.from_label(name) for name in value.split(",") if name.strip()]

    @classmethod
    def for_path(cls, path: str | Path) -> RdfFormat:
        """The format of a file, from its extension (.ttl .trig .nq .nt .jsonld .rdf .xml)."""
        suffix = Path(path).suffix.lower()
        fmt = READ_EXTENSIONS.get(suffix)
        if fmt is None:
            known = " ".join(READ_EXTENSIONS)
            raise GraphError(f"{path}: unknown RDF file extension {suffix!r}; use one of {known}")
        return fmt

    @property
    def oxigraph(self) -> pyoxigraph.RdfFormat:
        return pyoxigraph.RdfFormat.from_media_type(self.media_type)


READ_EXTENSIONS = {f".{fmt.extension}": fmt for fmt in RdfFormat} | {".xml": RdfFormat.RDFXML}
MAX_TERM_BYTES = 16 * 1024 * 1024  # pyoxigraph's parser buffer: the longest term it reads
PROLOG_BYTES = 1 << 20  # how far into an RDF/XML file its root element is looked for
# Where an XML prolog ends: the start tag of the root element.
_ELEMENT_START = re.compile(rb"<[A-Za-z_:]")
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)\b", re.IGNORECASE)
# Characters XML 1.0 cannot carry at all, even escaped; RDF/XML refuses a literal holding one.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_CDATA = re.compile(r"(<!\[CDATA\[.*?\]\]>)", re.DOTALL)
# JSON numbers and booleans that read back as exactly the same literal.
_NATIVE_JSON = {XSD.boolean: re.compile(r"true|false"), XSD.integer: re.compile(r"-?(?:0|[1-9][0-9]{0,14})")}


def json_ld_context() -> dict[str, str]:
    """The JSON-LD context shipped as ontology/context.jsonld: prefix -> namespace IRI."""
    text = resources.files("kg.ontology").joinpath("context.jsonld").read_text(encoding="utf-8")
    return json.loads(text)["@context"]


# --- writing -------------------------------------------------------------------------------


def serialize(graph: Graph, fmt: RdfFormat, *, iris: Iris = DEFAULT_IRIS) -> str:
    """`graph` (a Graph or a Dataset) as text in `fmt`. A plain Graph written as TriG or
    N-Quads goes to the default graph; a Dataset written in a triple format is merged. The
    ent:, doc: and rel: prefixes are those of `iris`, the base the graph was minted under."""
    if fmt.named_graphs:
        quads = _quads(graph)
        if fmt is RdfFormat.TRIG:
            return _trig(quads, iris)
        return "".join(sorted({nt_line(*quad) for quad in quads}))
    union = union_graph(graph, iris)
    if fmt is RdfFormat.TURTLE:
        terms = TurtleTerms(turtle_prefixes(iris))
        return terms.header() + terms.block(union)
    if fmt is RdfFormat.NTRIPLES:
        return "".join(sorted({nt_line(*triple) for triple in union}))
    if fmt is RdfFormat.JSONLD:
        return _json_ld(union, iris)
    return _rdf_xml(union)


def _quads(graph: Graph) -> list[tuple[Node, Node, Node, Node | None]]:
    """The quads of a Dataset, or the triples of a Graph; None names the default graph."""
    if not graph.context_aware:
        return [(s, p, o, None) for s, p, o in graph]
    return [(s, p, o, None if g == DATASET_DEFAULT_GRAPH_ID else g) for s, p, o, g in graph.quads((None, None, None, None))]


def _trig(quads: list[tuple[Node, Node, Node, Node | None]], iris: Iris) -> str:
    """TriG: the default graph's triples first, then each named graph in IRI order."""
    graphs: dict[Node | None, list[tuple[Node, Node, Node]]] = {}
    for s, p, o, g in quads:
        graphs.setdefault(g, []).append((s, p, o))
    terms = TurtleTerms(turtle_prefixes(iris))
    parts = [terms.header(), terms.block(graphs.pop(None, ()))]
    parts.extend(terms.named_graph(name, graphs[name]) for name in sorted(graphs, key=str))
    return "".join(parts)


def _ordered_copy(graph: Graph) -> Graph:
    """A copy whose store hands out triples in sorted order (SimpleMemory keeps insertion order)."""
    copy = Graph(store="SimpleMemory")
    for prefix, namespace in graph.namespaces():
        copy.bind(prefix, namespace, override=True, replace=True)
    for triple in sorted(graph, key=_triple_key):
        copy.add(triple)
    return copy


def _triple_key(triple: tuple[Node, Node, Node]) -> tuple[str, ...]:
    return tuple(term.n3() for term in triple)


def _rdf_xml(graph: Graph) -> str:
    for s, _, o in graph:
        if isinstance(o, Literal) and (bad := _NOT_XML.search(str(o))):
            raise GraphError(
                f"RDF/XML cannot hold the character U+{ord(bad.group()):04X} in a literal of {s}; "
                "write Turtle, TriG, N-Triples, N-Quads or JSON-LD instead"
            )
    try:
        text = _ordered_copy(graph).serialize(format="pretty-xml")
    except ValueError as exc:  # a predicate IRI that cannot be split into namespace + XML name
        raise GraphError(f"RDF/XML cannot write this graph: {exc}; use another format") from None
    return _sorted_namespaces(_keep_carriage_returns(text))


def _keep_carriage_returns(xml: str) -> str:
    """An XML parser reads a raw carriage return as a line feed; only a character reference keeps
    it, and a reference is not read inside CDATA. So the CDATA sections rdflib writes for literals
    holding < and > become escaped text (which every parser reads, unlike CDATA mixed with
    references), and each carriage return becomes &#13;. Outside CDATA, < is always escaped, so
    the split finds exactly the CDATA sections."""
    parts = _CDATA.split(xml)
    for index in range(1, len(parts), 2):
        parts[index] = escape(parts[index][len("<![CDATA[") : -len("]]>")])
    return "".join(parts).replace("\r", "&#13;")


def _sorted_namespaces(xml: str) -> str:
    """rdflib writes the xmlns attributes of rdf:RDF, one per line, in set order; sort them."""
    head, end, body = xml.partition("\n>\n")
    lines = head.split("\n")
    if "<rdf:RDF" not in lines:
        raise GraphError("rdflib wrote RDF/XML in an unexpected layout; kg cannot make it deterministic")
    first = lines.index("<rdf:RDF") + 1
    lines[first:] = sorted(lines[first:])
    return "\n".join(lines) + end + body


def _json_ld(graph: Graph, iris: Iris) -> str:
    """Flattened JSON-LD compacted with the shipped context (its ent, doc and rel those of
    `iris`): one node object per subject in sorted order, keys and values sorted, single values
    unwrapped."""
    context = json_ld_context()
    if iris != DEFAULT_IRIS:
        context |= {"ent": str(iris.ent), "doc": str(iris.doc), "rel": str(iris.rel)}
    namespaces = sorted(((iri, prefix) for prefix, iri in context.items()), key=lambda item: -len(item[0]))

    def compact(iri: URIRef) -> str:
        for namespace, prefix in namespaces:
            rest = iri[len(namespace):]
            # a suffix starting with "//" would make "prefix://..." read as an absolute IRI
            if iri.startswith(namespace) and rest and not rest.startswith("//"):
                return f"{prefix}:{rest}"
        return str(iri)

    def node_id(term: Node) -> str:
        return f"_:{term}" if isinstance(term, BNode) else compact(term)

    def value(term: Node) -> object:
        if not isinstance(term, Literal):
            return {"@id": node_id(term)}
        if term.language:
            return {"@value": str(term), "@language": term.language}
        if term.datatype is None:
            return str(term)
        pattern = _NATIVE_JSON.get(term.datatype)
        if pattern is not None and pattern.fullmatch(str(term)):
            return json.loads(str(term))
        return {"@value": str(term), "@type": compact(term.datatype)}

    nodes: dict[Node, dict[str, list]] = {}
    for s, p, o in graph:
        properties = nodes.setdefault(s, {})
        if p == RDF.type and not isinstance(o, Literal):
            properties.setdefault("@type", []).append(node_id(o))
        else:
            properties.setdefault(compact(p), []).append(value(o))
    flat = []
    for subject in sorted(nodes, key=lambda term: (isinstance(term, BNode), str(term))):
        node: dict[str, object] = {"@id": node_id(subject)}
        for key, values in sorted(nodes[subject].items()):
            values.sort(key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
            node[key] = values[0] if len(values) == 1 else values
        flat.append(node)
    document = {"@context": context, "@graph": flat}
    return json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


# --- reading -------------------------------------------------------------------------------


def parse(data: str | bytes, fmt: RdfFormat, *, base_iri: str | None = None, source: str = "data") -> Dataset:
    """Parse RDF text into a Dataset: quads keep their graph, triples go to the default graph.
    `source` names the input in error messages."""
    if fmt is RdfFormat.RDFXML:
        check_rdf_xml(source, data[:PROLOG_BYTES].encode("utf-8") if isinstance(data, str) else data[:PROLOG_BYTES])
    return _read(source, fmt, lambda: pyoxigraph.parse(data, format=fmt.oxigraph, base_iri=base_iri))


def read_files(paths: Iterable[str | Path]) -> Dataset:
    """One Dataset holding every file of `paths`, each parsed by its extension."""
    dataset = new_dataset()
    for path in map(Path, paths):
        fmt = RdfFormat.for_path(path)
        if not path.is_file():
            raise GraphError(f"{path}: no such file")
        base = path.resolve().as_uri()
        if fmt is RdfFormat.RDFXML:
            check_rdf_xml_file(path)
        _read(str(path), fmt, lambda: pyoxigraph.parse(path=path, format=fmt.oxigraph, base_iri=base), dataset)
    return dataset


def _read(
    source: str, fmt: RdfFormat, open_quads: Callable[[], Iterator[pyoxigraph.Quad]], dataset: Dataset | None = None
) -> Dataset:
    """Add the quads of `open_quads()` to `dataset` (a new one when None); parse errors, which
    pyoxigraph raises while iterating, become one GraphError naming `source`."""
    dataset = dataset if dataset is not None else new_dataset()
    graphs: dict[object, Graph] = {pyoxigraph.DefaultGraph(): dataset.graph(DATASET_DEFAULT_GRAPH_ID)}
    try:
        for quad in open_quads():
            name = quad.graph_name
            if name not in graphs:
                graphs[name] = dataset.graph(_term(name))
            graphs[name].add((_term(quad.subject), _term(quad.predicate), _term(quad.object)))
    except (SyntaxError, ValueError, OSError) as exc:
        raise GraphError(f"{source}: cannot read it as {fmt.label}: {exc}") from None
    except MemoryError as exc:
        raise GraphError(too_long(source, exc)) from None
    return dataset


def too_long(source: str, exc: MemoryError) -> str:
    """The message for a file the parser ran out of room on."""
    if "buffer maximal size" in str(exc):
        return (f"{source}: holds a term or line longer than {MAX_TERM_BYTES:,} bytes, the most the RDF parser "
                "(pyoxigraph) reads in one piece; kg build refuses articles that would write one")
    return f"{source}: ran out of memory reading it"


def check_rdf_xml_file(path: Path) -> None:
    """Refuse an RDF/XML file with a document type declaration (see check_rdf_xml)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(PROLOG_BYTES)
    except OSError as exc:
        raise GraphError(f"{path}: cannot be read: {exc.strerror}") from None
    check_rdf_xml(str(path), head)


def check_rdf_xml(source: str, head: bytes) -> None:
    """Refuse RDF/XML whose prolog (`head`: the start of the file) declares a DTD or entities:
    nested entity declarations make a few hundred bytes expand into gigabytes."""
    root = _ELEMENT_START.search(head)
    if _DTD.search(head, 0, root.start() if root else len(head)):
        raise GraphError(
            f"{source}: declares a DTD (<!DOCTYPE ...> or <!ENTITY ...>), which kg does not read: entity "
            "declarations can expand a small file into gigabytes; remove the declaration and write the IRIs out"
        )


def _term(term: object) -> Node:
    if isinstance(term, pyoxigraph.NamedNode):
        return URIRef(term.value)
    if isinstance(term, pyoxigraph.BlankNode):
        return BNode(term.value)
    if isinstance(term, pyoxigraph.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(term.value, datatype=None if datatype == str(XSD.string) else URIRef(datatype))
    raise ValueError(f"RDF-star triples are not supported: {term}")
