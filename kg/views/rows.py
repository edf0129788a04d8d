"""What the views draw, read from a pyoxigraph Store with SPARQL: plain rows, no RDF objects.

The views read graphs through pyoxigraph because it parses and answers in Rust: the whole BBC
corpus (71 MB of Turtle) is read in seconds, where an rdflib Graph takes minutes and gigabytes.
An rdflib Graph is accepted too (`as_oxigraph` copies it into an in-memory Store). The default
graph of every query is the union of the named graphs, so a kg store (one graph per article)
and a file read the same.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import pyoxigraph as ox
import rdflib
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from kg.errors import QueryError
from kg.graph.namespace import PREFIXES
from kg.graph.rdf import ENTITY_CLASS

SPARQL_PREFIXES = {
    **{prefix: str(ns) for prefix, ns in PREFIXES.items()},
    "rdf": str(RDF), "rdfs": str(RDFS), "skos": str(SKOS), "xsd": str(XSD), "prov": str(PROV),
}
# kg class IRI -> its local name ("Person"), in the order of kg.model.EntityType.
ENTITY_TYPE_NAMES: dict[str, str] = {str(iri): t.value for t, iri in ENTITY_CLASS.items()}
_CLASS_VALUES = " ".join(f"<{iri}>" for iri in ENTITY_TYPE_NAMES)

_ENTITY_TYPES = f"SELECT ?e ?class WHERE {{ VALUES ?class {{ {_CLASS_VALUES} }} ?e a ?class . FILTER(isIRI(?e)) }}"
_LABELS = "SELECT ?e ?label WHERE { ?e rdfs:label ?label }"
_ALIASES = "SELECT ?e ?alias WHERE { ?e skos:altLabel ?alias }"
_MENTIONS = "SELECT ?e ?doc WHERE { ?e kg:mentionedIn ?doc }"
_STATEMENTS = """
SELECT ?st ?s ?p ?o ?neg ?mod ?req ?cond ?attr ?date ?doc WHERE {
  ?st a kg:Statement ; rdf:subject ?s ; rdf:object ?o .
  OPTIONAL { ?st rdf:predicate ?p } OPTIONAL { ?st kg:negated ?neg } OPTIONAL { ?st kg:modality ?mod }
  OPTIONAL { ?st kg:requested ?req } OPTIONAL { ?st kg:conditional ?cond }
  OPTIONAL { ?st kg:attributedTo ?attr } OPTIONAL { ?st kg:date ?date } OPTIONAL { ?st prov:wasDerivedFrom ?doc }
}"""
_PREDICATE_LABELS = "SELECT ?p ?label WHERE { ?st a kg:Statement ; rdf:predicate ?p . ?p rdfs:label ?label }"
_EVIDENCE = """
SELECT ?node ?ev ?sel ?exact WHERE {
  ?node kg:evidence ?ev . ?ev oa:hasSelector ?sel . ?sel a oa:TextQuoteSelector ; oa:exact ?exact
}"""
_DOCUMENTS = """
SELECT ?doc ?title ?date ?url WHERE {
  ?doc a kg:Document .
  OPTIONAL { ?doc schema:headline ?title } OPTIONAL { ?doc schema:datePublished ?date }
  OPTIONAL { ?doc schema:url ?url }
}"""
_QUOTES = """
SELECT ?q ?speaker ?text ?doc WHERE {
  ?q a kg:Quote ; kg:speaker ?speaker . OPTIONAL { ?q kg:text ?text } OPTIONAL { ?q prov:wasDerivedFrom ?doc }
}"""
_COUNT = "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {pattern} }}"


@dataclass(frozen=True)
class EntityRow:
    iri: str
    label: str
    types: tuple[str, ...]  # kg class names, sorted
    aliases: tuple[str, ...]  # sorted, without the label
    documents: tuple[str, ...]  # IRIs of the documents naming it, sorted


@dataclass(frozen=True)
class FactRow:
    """One kg:Statement, with its factuality and the first (in IRI order) sentence of evidence."""

    iri: str
    subject: str
    predicate: str  # the predicate's rdfs:label
    object: str
    negated: bool = False
    modality: str | None = None
    requested: bool = False
    conditional: bool = False
    attributed_to: str | None = None  # an entity IRI
    date: str | None = None  # ISO day
    sentence: str | None = None
    document: str | None = None  # IRI


@dataclass(frozen=True)
class DocumentRow:
    iri: str
    title: str | None = None
    date: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class QuoteRow:
    iri: str
    speaker: str  # entity IRI
    text: str
    sentence: str | None = None
    document: str | None = None


@dataclass(frozen=True)
class GraphRows:
    """Everything the views read, each kind sorted by IRI."""

    entities: tuple[EntityRow, ...]
    facts: tuple[FactRow, ...]
    documents: tuple[DocumentRow, ...]
    quotes: tuple[QuoteRow, ...]


def as_oxigraph(source: rdflib.Graph | ox.Store) -> ox.Store:
    """`source` as a pyoxigraph Store: a Store as it is, an rdflib Graph (or the union of a
    Dataset) copied into a new in-memory one."""
    if isinstance(source, ox.Store):
        return source
    if isinstance(source, rdflib.Graph):
        store = ox.Store()
        triples = source.triples((None, None, None))  # a Dataset's triples are its union
        data = rdflib.Graph()
        for triple in triples:
            data.add(triple)
        store.load(data.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
        return store
    raise TypeError(f"expected a pyoxigraph Store or an rdflib Graph, not {type(source).__name__}")


def select(store: ox.Store, sparql: str) -> list[tuple[str | None, ...]]:
    """The rows of a SELECT over the union of the store's graphs, each term as its plain value."""
    try:
        answer = store.query(sparql, prefixes=SPARQL_PREFIXES, use_default_graph_as_union=True)
        names = [v.value for v in answer.variables]
        return [tuple(None if s[n] is None else s[n].value for n in names) for s in answer]
    except (SyntaxError, RuntimeError, ValueError, OSError) as exc:
        raise QueryError(f"reading the graph failed: {exc}") from exc


def read_rows(source: rdflib.Graph | ox.Store) -> GraphRows:
    """Entities, statements between entities, documents and quotes of the graph."""
    store = as_oxigraph(source)
    types: dict[str, set[str]] = defaultdict(set)
    for iri, cls in select(store, _ENTITY_TYPES):
        types[iri].add(ENTITY_TYPE_NAMES[cls])
    labels: dict[str, set[str]] = defaultdict(set)
    for iri, label in select(store, _LABELS):
        if iri in types:
            labels[iri].add(label)
    aliases: dict[str, set[str]] = defaultdict(set)
    for iri, alias in select(store, _ALIASES):
        if iri in types:
            aliases[iri].add(alias)
    mentions: dict[str, set[str]] = defaultdict(set)
    for iri, doc in select(store, _MENTIONS):
        if iri in types:
            mentions[iri].add(doc)
    entities = []
    for iri in sorted(types):
        # Several rdfs:labels happen when graphs from different runs are merged: the smallest is
        # the label, the others become aliases, so the choice does not depend on parse order.
        names = sorted(labels[iri])
        label = names[0] if names else _local_name(iri)
        entities.append(EntityRow(
            iri, label, tuple(sorted(types[iri])), tuple(sorted((aliases[iri] | set(names[1:])) - {label})),
            tuple(sorted(mentions[iri])),
        ))
    sentences = _first_evidence(store)
    return GraphRows(
        tuple(entities), _facts(store, types.keys(), sentences), _documents(store), _quotes(store, types.keys(), sentences)
    )


def _first_evidence(store: ox.Store) -> dict[str, str]:
    best: dict[str, tuple[str, str, str]] = {}
    for node, evidence, selector, exact in select(store, _EVIDENCE):
        key = (evidence, selector, exact)
        if node not in best or key < best[node]:
            best[node] = key
    return {node: key[2] for node, key in best.items()}


def _facts(store: ox.Store, entities, sentences: dict[str, str]) -> tuple[FactRow, ...]:
    predicate_labels: dict[str, str] = {}
    for p, label in select(store, _PREDICATE_LABELS):
        if p not in predicate_labels or label < predicate_labels[p]:
            predicate_labels[p] = label
    facts: dict[str, FactRow] = {}
    for st, s, p, o, neg, mod, req, cond, attr, date, doc in select(store, _STATEMENTS):
        if s not in entities or o not in entities:
            continue  # a statement about something that is not an entity has no place here
        row = FactRow(
            st, s, predicate_labels.get(p, _local_name(p)) if p else "", o,
            negated=neg == "true", modality=mod, requested=req == "true", conditional=cond == "true",
            attributed_to=attr if attr in entities else None, date=date, sentence=sentences.get(st), document=doc,
        )
        # Functional properties given twice (merged runs) would repeat the row: keep the smallest.
        if st not in facts or _row_key(row) < _row_key(facts[st]):
            facts[st] = row
    return tuple(facts[k] for k in sorted(facts))


def _documents(store: ox.Store) -> tuple[DocumentRow, ...]:
    docs: dict[str, DocumentRow] = {}
    for iri, title, date, url in select(store, _DOCUMENTS):
        row = DocumentRow(iri, title, date, url)
        if iri not in docs or _row_key(row) < _row_key(docs[iri]):
            docs[iri] = row
    return tuple(docs[k] for k in sorted(docs))


def _quotes(store: ox.Store, entities, sentences: dict[str, str]) -> tuple[QuoteRow, ...]:
    quotes: dict[str, QuoteRow] = {}
    for iri, speaker, text, doc in select(store, _QUOTES):
        if speaker not in entities:
            continue
        row = QuoteRow(iri, speaker, text or "", sentences.get(iri), doc)
        if iri not in quotes or _row_key(row) < _row_key(quotes[iri]):
            quotes[iri] = row
    return tuple(quotes[k] for k in sorted(quotes))


def count_rows(source: rdflib.Graph | ox.Store) -> dict[str, int]:
    """How much the graph holds: documents, entities (all, then per type), statements, negated
    statements and quotes. Every key is present, with 0 when there is none."""
    store = as_oxigraph(source)

    def count(pattern: str) -> int:
        [(n,)] = select(store, _COUNT.format(pattern=pattern))
        return int(n)

    counts = {"documents": count("?x a kg:Document")}
    counts["entities"] = count(f"VALUES ?c {{ {_CLASS_VALUES} }} ?x a ?c . FILTER(isIRI(?x))")
    for iri, name in ENTITY_TYPE_NAMES.items():
        counts[name] = count(f"?x a <{iri}> . FILTER(isIRI(?x))")
    counts["statements"] = count("?x a kg:Statement")
    counts["negated"] = count("?x a kg:Statement ; kg:negated true")
    counts["quotes"] = count("?x a kg:Quote")
    return counts


def _row_key(row: object) -> tuple[str, ...]:
    return tuple("" if v is None else str(v) for v in vars(row).values())


def _local_name(iri: str) -> str:
    return iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
