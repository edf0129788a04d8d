"""Extraction -> rdflib Graph, following the publishing contract (shared/eval/README.md).

Each fact appears twice: as a plain triple (for simple SPARQL) and as a kg:Statement carrying
its evidence, factuality and modality. A fact the article does not assert (negated, possible,
conditional, requested, desired, attempted, asked or depicted: "urged Israel to consider pauses": consider
is asked for, not done) has only the statement, whose kg:factuality says why. No blank nodes:
every node gets an IRI minted from content, so reruns serialise byte-identically.
"""
from __future__ import annotations

from decimal import Decimal

from rdflib import Dataset, Graph, Literal, URIRef, namespace
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD
from rdflib.term import Node

from kg.errors import unicode_name
from kg.graph.namespace import (
    DEFAULT_IRIS,
    KG,
    OA,
    SCHEMA,
    CachedTerms,
    Iris,
    predicate_iri,
    slug,
)
from kg.model import (
    Document,
    Entity,
    EntityType,
    Extraction,
    Factuality,
    Relation,
    Span,
)

# The vocabularies written for every fact, their terms looked up once (see CachedTerms).
KG, OA, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, XSD = (
    CachedTerms(ns) for ns in (KG, OA, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, XSD)
)

ENTITY_CLASS = {
    EntityType.PERSON: KG.Person,
    EntityType.ORGANIZATION: KG.Organization,
    EntityType.PLACE: KG.Place,
    EntityType.EVENT: KG.Event,
    EntityType.CONCEPT: KG.Concept,
}
FACTUALITY = {value: getattr(KG, value.name.title()) for value in Factuality}  # kg:Asserted, kg:Negated...
CONTEXT_CHARS = 32  # prefix/suffix length of a TextQuoteSelector
Triple = tuple[URIRef, URIRef, Node]


def new_graph(iris: Iris = DEFAULT_IRIS) -> Graph:
    g = Graph()
    _bind(g, iris)
    return g


def new_dataset(iris: Iris = DEFAULT_IRIS) -> Dataset:
    """An empty Dataset for one named graph per document (`dataset.graph(document_iri(d))`).

    Its default graph is the union of the named graphs, so looking a node up in the dataset
    sees what every document said about it.
    """
    dataset = Dataset(default_union=True)
    _bind(dataset, iris)
    return dataset


def union_graph(graph: Graph, iris: Iris = DEFAULT_IRIS) -> Graph:
    """All triples of a Dataset (every named graph and the default graph) as one plain Graph,
    with the kg prefixes bound. A plain Graph is returned as it is."""
    if not graph.context_aware:
        return graph
    union = new_graph(iris)
    for s, p, o, _ in graph.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def _bind(g: Graph, iris: Iris) -> None:
    for prefix, ns in iris.prefixes.items():
        g.bind(prefix, ns)
    for prefix, ns in (("skos", namespace.SKOS), ("owl", namespace.OWL), ("xsd", namespace.XSD)):
        g.bind(prefix, ns)


def entity_iri(entity: Entity, iris: Iris = DEFAULT_IRIS) -> URIRef:
    """ent:TYPE/SLUG for a named entity, shared by every article that names it; ent:TYPE/DOC/SLUG
    for a generic description, which is its article's own ("people" in two articles are two nodes)."""
    if entity.scope:
        return iris.ent[f"{entity.type.value.lower()}/{entity.scope}/{slug(entity.label)}"]
    return iris.ent[f"{entity.type.value.lower()}/{slug(entity.label)}"]


def document_iri(document: Document, iris: Iris = DEFAULT_IRIS) -> URIRef:
    return iris.doc[document.id]


def extraction_graph(
    extraction: Extraction, graph: Graph | None = None, *, labels: Graph | None = None, min_confidence: float = 0.0,
    iris: Iris = DEFAULT_IRIS,
) -> Graph:
    """Add one document's extraction to `graph` (a new graph when None) and return it.

    An entity that already has an rdfs:label in `labels` (default: `graph`) keeps it, and this
    document's name for it becomes a skos:altLabel. Pass the Dataset as `labels` when `graph` is
    one of its named graphs, so that an entity has one label across all documents. IRIs are
    minted under `iris`. `min_confidence`: see `extraction_triples`.
    """
    g = graph if graph is not None else new_graph(iris)
    known = labels if labels is not None else g
    chosen = {}
    for entity in extraction.entities:
        node = entity_iri(entity, iris)
        if (label := _label(known, node)) is not None:
            chosen[node] = label
    for triple in extraction_triples(extraction, chosen, iris, min_confidence=min_confidence):
        g.add(triple)
    return g


def extraction_triples(
    extraction: Extraction, labels: dict[URIRef, Literal], iris: Iris = DEFAULT_IRIS, *, min_confidence: float = 0.0
) -> list[Triple]:
    """The triples of one document's extraction, each once, in a fixed order.

    `labels` maps entity IRIs to the rdfs:label they already have (from earlier documents); an
    entity not in it gets its own name, which is added to `labels`, so that passing one dict
    along a corpus gives every entity one label. Other names become skos:altLabels. IRIs are
    minted under `iris`.

    An asserted fact whose confidence is below `min_confidence` stays a statement, with its
    confidence, but gets no plain triple; the document node records the threshold as
    kg:minConfidence. (A build passes the threshold fitted with the confidence model,
    kg.extract.confidence; here the default keeps every asserted fact.)
    """
    threshold = min_confidence
    out: dict[Triple, None] = {}  # insertion-ordered set
    add = out.setdefault
    document = extraction.document
    doc = document_iri(document, iris)
    for triple in _document_triples(doc, document, extraction):
        add(triple)
    add((doc, KG.minConfidence, Literal(Decimal(f"{threshold:.2f}"))))

    nodes = {e.key: entity_iri(e, iris) for e in extraction.entities}
    for entity in extraction.entities:
        node = nodes[entity.key]
        add((node, RDF.type, ENTITY_CLASS[entity.type]))
        label = labels.setdefault(node, Literal(entity.label))  # one label however many documents
        add((node, RDFS.label, label))
        for alias in (entity.label, *entity.aliases):
            if Literal(alias) != label:
                add((node, SKOS.altLabel, Literal(alias)))
        add((node, KG.mentionedIn, doc))

    for index, rel in enumerate(extraction.relations, start=1):
        s, o = nodes[rel.subject], nodes[rel.object]
        p = predicate_iri(rel.predicate, iris)
        add((p, RDF.type, OWL.ObjectProperty))
        add((p, RDFS.label, Literal(rel.predicate)))
        add((p, RDFS.subPropertyOf, KG.relatedTo))
        if is_plain(rel, threshold):  # what the text denies, asks for or only thinks possible is no fact
            add((s, p, o))
        st = URIRef(f"{doc}/statement/{index}")
        add((st, RDF.type, KG.Statement))
        add((st, RDF.subject, s))
        add((st, RDF.predicate, p))
        add((st, RDF.object, o))
        add((st, KG.factuality, FACTUALITY[rel.factuality]))
        add((st, KG.negated, Literal(rel.negated)))
        add((st, KG.confidence, Literal(Decimal(f"{rel.confidence:.2f}"))))
        if rel.modality:
            add((st, KG.modality, Literal(rel.modality)))
        if rel.attributed_to:
            add((st, KG.attributedTo, nodes[rel.attributed_to]))
        if rel.date:
            add((st, KG.date, Literal(rel.date, datatype=XSD.date)))
        add((st, PROV.wasDerivedFrom, doc))
        add((st, KG.evidence, _evidence(out, doc, document, rel.sentence)))

    for index, quote in enumerate(extraction.quotes, start=1):
        if quote.speaker is None:
            continue  # a quote without a speaker is not publishable (see ontology/shapes)
        q = URIRef(f"{doc}/quote/{index}")
        add((q, RDF.type, KG.Quote))
        add((q, KG.speaker, nodes[quote.speaker]))
        add((q, KG.text, Literal(quote.text)))
        add((q, PROV.wasDerivedFrom, doc))
        add((q, KG.evidence, _evidence(out, doc, document, quote.sentence)))
    return list(out)


def is_plain(rel: Relation, min_confidence: float) -> bool:
    """Whether `rel` is written as a plain triple: the article asserts it (or announces it) and
    its confidence reaches `min_confidence`."""
    return rel.factuality.asserted and rel.confidence >= min_confidence


def _label(graph: Graph, node: URIRef) -> Literal | None:
    """The rdfs:label of `node` in `graph`, or in any graph of a Dataset (whose `value()` goes
    through an API rdflib deprecates)."""
    if graph.context_aware:
        return next((label for _, _, label, _ in graph.quads((node, RDFS.label, None, None))), None)
    return graph.value(node, RDFS.label)


def _document_triples(doc: URIRef, document: Document, extraction: Extraction) -> list[Triple]:
    triples = [(doc, RDF.type, KG.Document), (doc, RDF.type, SCHEMA.NewsArticle)]
    if document.title:
        triples.append((doc, SCHEMA.headline, Literal(document.title)))
    if document.date:
        triples.append((doc, SCHEMA.datePublished, Literal(document.date, datatype=XSD.date)))
    if document.url:
        triples.append((doc, SCHEMA.url, Literal(document.url, datatype=XSD.anyURI)))
    triples.append((doc, KG.contentHash, Literal(document.content_hash)))
    triples.append((doc, KG.sourcePath, Literal(unicode_name(document.source))))  # a file name may not be UTF-8
    triples.append((doc, SCHEMA.text, Literal(document.text)))
    triples.extend((doc, KG.mentionsDate, Literal(m.value, datatype=XSD.date)) for m in extraction.dates)
    return triples


def _evidence(out: dict[Triple, None], doc: URIRef, document: Document, span: Span) -> URIRef:
    """The W3C Web Annotation node for one passage of the document `doc`, its triples added to
    `out` the first time; passages shared by facts share the node."""
    ev = URIRef(f"{doc}/passage/{span.start}-{span.end}")
    if (ev, RDF.type, KG.Evidence) in out:
        return ev
    text = document.text
    quote_sel = URIRef(f"{ev}/quote")
    position_sel = URIRef(f"{ev}/position")
    for triple in (
        (ev, RDF.type, KG.Evidence),
        (ev, RDF.type, OA.SpecificResource),
        (ev, OA.hasSource, doc),
        (ev, OA.hasSelector, quote_sel),
        (ev, OA.hasSelector, position_sel),
        (quote_sel, RDF.type, OA.TextQuoteSelector),
        (quote_sel, OA.exact, Literal(span.of(text))),
        (quote_sel, OA.prefix, Literal(text[max(0, span.start - CONTEXT_CHARS) : span.start])),
        (quote_sel, OA.suffix, Literal(text[span.end : span.end + CONTEXT_CHARS])),
        (position_sel, RDF.type, OA.TextPositionSelector),
        (position_sel, OA.start, Literal(span.start)),
        (position_sel, OA.end, Literal(span.end)),
    ):
        out.setdefault(triple)
    return ev
