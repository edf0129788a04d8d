"""What the views draw, read from a pyoxigraph Store with SPARQL: plain rows, no RDF objects.

The views read graphs through pyoxigraph because it parses and answers in Rust: the whole BBC
corpus (71 MB of Turtle) is read in seconds, where an rdflib Graph takes minutes and gigabytes.
An rdflib Graph is accepted too (`as_oxigraph` copies it into an in-memory Store). The default
graph of every query is the union of the named graphs, so a kg store (one graph per article)
and a file read the same.
"""
from __future__ import annotations

import csv
import io
from collections import defaultdict
from dataclasses import dataclass

import pyoxigraph as ox
import rdflib
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from kg.errors import QueryError
from kg.graph.namespace import KG, OA, PREFIXES, SCHEMA
from kg.graph.rdf import ENTITY_CLASS

SPARQL_PREFIXES = {
    **{prefix: str(ns) for prefix, ns in PREFIXES.items()},
    "rdf": str(RDF), "rdfs": str(RDFS), "skos": str(SKOS), "xsd": str(XSD), "prov": str(PROV),
}
# kg class IRI -> its local name ("Person"), in the order of kg.model.EntityType.
ENTITY_TYPE_NAMES: dict[str, str] = {str(iri): t.value for t, iri in ENTITY_CLASS.items()}
_CLASS_VALUES = " ".join(f"<{iri}>" for iri in ENTITY_TYPE_NAMES)

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
    factuality: str = "asserted"  # the kg:Factuality concept, in lower case: asserted, negated, possible...
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
    """Entities, statements between entities, documents and quotes of the graph.

    Read with one triple pattern per property over all graphs of the store, not with joins: on
    a store on disk a pattern is a range scan, a join of optional properties is not. When a property has several values (graphs of different runs merged), the smallest
    is taken, so the rows do not depend on the order the store returns them in.
    """
    store = as_oxigraph(source)
    types: dict[str, set[str]] = defaultdict(set)
    for cls, name in ENTITY_TYPE_NAMES.items():
        for subject in _subjects(store, str(RDF.type), cls):
            types[subject].add(name)
    entities = types.keys()
    all_labels = _all_values(store, RDFS.label, None)  # entities' and predicates'
    labels = {e: all_labels[e] for e in entities if e in all_labels}
    aliases = _all_values(store, SKOS.altLabel, entities)
    mentions = _all_values(store, KG.mentionedIn, entities)
    rows = []
    for iri in sorted(types):
        # Several rdfs:labels happen when graphs from different runs are merged: the smallest is
        # the label, the others become aliases, so the choice does not depend on parse order.
        names = sorted(labels.get(iri, ()))
        label = names[0] if names else _local_name(iri)
        rows.append(EntityRow(
            iri, label, tuple(sorted(types[iri])), tuple(sorted((aliases.get(iri, set()) | set(names[1:])) - {label})),
            tuple(sorted(mentions.get(iri, ()))),
        ))
    subjects = _value(store, RDF.subject, None)  # statement -> its subject
    statements = set(subjects)
    quotes = _subjects(store, str(RDF.type), str(KG.Quote))
    sentences = _first_evidence(store, statements | quotes)
    derived = _value(store, PROV.wasDerivedFrom, statements | quotes)
    return GraphRows(tuple(rows), _facts(store, subjects, entities, sentences, derived, all_labels), _documents(store),
                     _quotes(store, quotes, entities, sentences, derived))


def read_links(source: rdflib.Graph | ox.Store) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """What ranking needs and no more: entity IRI -> label, and the (subject, object) of every
    statement between entities, in statement IRI order."""
    store = as_oxigraph(source)
    entities = set()
    for cls in ENTITY_TYPE_NAMES:
        entities |= _subjects(store, str(RDF.type), cls)
    labels = {e: min(v) for e, v in _all_values(store, RDFS.label, entities).items()}
    subject = _value(store, RDF.subject, None)
    obj = _value(store, RDF.object, subject.keys())
    pairs = [(subject[st], obj[st]) for st in sorted(subject) if subject[st] in entities and obj.get(st) in entities]
    return {e: labels.get(e, _local_name(e)) for e in sorted(entities)}, pairs


def _subjects(store: ox.Store, predicate: str, obj: str) -> set[str]:
    """IRIs that have `predicate` `obj` in any graph."""
    return {row[0] for row in _csv_rows(store, f"SELECT DISTINCT ?s WHERE {{ ?s <{predicate}> <{obj}> . FILTER(isIRI(?s)) }}")}


def _all_values(store: ox.Store, predicate: object, subjects) -> dict[str, set[str]]:
    """subject -> every value of `predicate` (IRI or literal text), for subjects in `subjects`
    (None: all)."""
    found: dict[str, set[str]] = defaultdict(set)
    for subject, value in _csv_rows(store, f"SELECT DISTINCT ?s ?o WHERE {{ ?s <{predicate}> ?o }}"):
        if subjects is None or subject in subjects:
            found[subject].add(value)
    return found


def _csv_rows(store: ox.Store, sparql: str) -> list[list[str]]:
    """The rows of a SELECT (IRIs and literals as their plain text), without the header.

    The answer is serialized by Oxigraph (SPARQL CSV) and split by the csv module: both in
    native code, several times faster on a store on disk than a Python object per term."""
    try:
        answer = store.query(sparql, prefixes=SPARQL_PREFIXES, use_default_graph_as_union=True)
        text = answer.serialize(format=ox.QueryResultsFormat.CSV).decode("utf-8")
    except (SyntaxError, RuntimeError, ValueError, OSError) as exc:
        raise QueryError(f"reading the graph failed: {exc}") from exc
    return list(csv.reader(io.StringIO(text, newline="")))[1:]


def _value(store: ox.Store, predicate: object, subjects) -> dict[str, str]:
    """subject -> the smallest value of `predicate`, for subjects in `subjects`."""
    return {s: min(v) for s, v in _all_values(store, predicate, subjects).items()}


def _first_evidence(store: ox.Store, nodes) -> dict[str, str]:
    """node -> the exact text of the first (in IRI order: passage, then selector) quote selector
    of its evidence (only quote selectors have oa:exact)."""
    evidence = _all_values(store, KG.evidence, nodes)
    selectors = _all_values(store, OA.hasSelector, {e for values in evidence.values() for e in values})
    exact = _value(store, OA.exact, {s for values in selectors.values() for s in values})
    first = {}
    for node, passages in evidence.items():
        for passage in sorted(passages):
            texts = [exact[s] for s in sorted(selectors.get(passage, ())) if s in exact]
            if texts:
                first[node] = texts[0]
                break
    return first


def _facts(store: ox.Store, subject: dict[str, str], entities, sentences: dict[str, str], document: dict[str, str],
           labels: dict[str, set[str]]) -> tuple[FactRow, ...]:
    statements = subject.keys()
    predicate = _value(store, RDF.predicate, statements)
    obj = _value(store, RDF.object, statements)
    negated = _value(store, KG.negated, statements)
    modality = _value(store, KG.modality, statements)
    factuality = _value(store, KG.factuality, statements)
    attributed = _value(store, KG.attributedTo, statements)
    date = _value(store, KG.date, statements)
    facts = []
    for st in sorted(statements):
        s, p, o = subject.get(st), predicate.get(st), obj.get(st)
        if s not in entities or o not in entities:
            continue  # a statement about something that is not an entity has no place here
        facts.append(FactRow(
            st, s, (min(labels[p]) if p in labels else _local_name(p)) if p else "", o,
            negated=negated.get(st) == "true", modality=modality.get(st),
            factuality=_local_name(factuality[st]).lower() if st in factuality else "asserted",
            attributed_to=attributed[st] if attributed.get(st) in entities else None, date=date.get(st),
            sentence=sentences.get(st), document=document.get(st),
        ))
    return tuple(facts)


def _documents(store: ox.Store) -> tuple[DocumentRow, ...]:
    documents = _subjects(store, str(RDF.type), str(KG.Document))
    title = _value(store, SCHEMA.headline, documents)
    published = _value(store, SCHEMA.datePublished, documents)
    url = _value(store, SCHEMA.url, documents)
    return tuple(DocumentRow(d, title.get(d), published.get(d), url.get(d)) for d in sorted(documents))


def _quotes(store: ox.Store, quotes: set[str], entities, sentences: dict[str, str],
            document: dict[str, str]) -> tuple[QuoteRow, ...]:
    speaker = _value(store, KG.speaker, quotes)
    text = _value(store, KG.text, quotes)
    return tuple(
        QuoteRow(q, speaker[q], text.get(q, ""), sentences.get(q), document.get(q))
        for q in sorted(quotes) if speaker.get(q) in entities
    )


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


def _local_name(iri: str) -> str:
    return iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
