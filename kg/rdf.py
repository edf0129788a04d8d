"""Extraction -> rdflib Graph, following the publishing contract (shared/eval/README.md).

Each fact appears twice: as a plain triple (for simple SPARQL) and as a kg:Statement carrying
its evidence, polarity and modality. A negated or a requested fact ("urged Israel to consider
pauses": consider is asked for, not done) has only the statement. No blank nodes:
every node gets an IRI minted from content, so reruns serialise byte-identically.
"""
from __future__ import annotations

from decimal import Decimal

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.model import Document, Entity, EntityType, Extraction, Span
from kg.namespace import DOC, ENT, KG, OA, PREFIXES, SCHEMA, predicate_iri, slug

ENTITY_CLASS = {
    EntityType.PERSON: KG.Person,
    EntityType.ORGANIZATION: KG.Organization,
    EntityType.PLACE: KG.Place,
    EntityType.EVENT: KG.Event,
    EntityType.CONCEPT: KG.Concept,
}
CONTEXT_CHARS = 32  # prefix/suffix length of a TextQuoteSelector


def new_graph() -> Graph:
    g = Graph()
    _bind(g)
    return g


def new_dataset() -> Dataset:
    """An empty Dataset for one named graph per document (`dataset.graph(document_iri(d))`).

    Its default graph is the union of the named graphs, so looking a node up in the dataset
    sees what every document said about it.
    """
    dataset = Dataset(default_union=True)
    _bind(dataset)
    return dataset


def union_graph(graph: Graph) -> Graph:
    """All triples of a Dataset (every named graph and the default graph) as one plain Graph,
    with the kg prefixes bound. A plain Graph is returned as it is."""
    if not graph.context_aware:
        return graph
    union = new_graph()
    for s, p, o, _ in graph.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def _bind(g: Graph) -> None:
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    for prefix, ns in (("skos", SKOS), ("owl", OWL), ("xsd", XSD)):
        g.bind(prefix, ns)


def entity_iri(entity: Entity) -> URIRef:
    return ENT[f"{entity.type.value.lower()}/{slug(entity.label)}"]


def document_iri(document: Document) -> URIRef:
    return DOC[document.id]


def extraction_graph(extraction: Extraction, graph: Graph | None = None, *, labels: Graph | None = None) -> Graph:
    """Add one document's extraction to `graph` (a new graph when None) and return it.

    An entity that already has an rdfs:label in `labels` (default: `graph`) keeps it, and this
    document's name for it becomes a skos:altLabel. Pass the Dataset as `labels` when `graph` is
    one of its named graphs, so that an entity has one label across all documents.
    """
    g = graph if graph is not None else new_graph()
    known = labels if labels is not None else g
    document = extraction.document
    doc = document_iri(document)
    _add_document(g, document, extraction)

    iris = {e.key: entity_iri(e) for e in extraction.entities}
    for entity in extraction.entities:
        node = iris[entity.key]
        g.add((node, RDF.type, ENTITY_CLASS[entity.type]))
        # One rdfs:label per entity even when several documents name it differently.
        label = _label(known, node)
        if label is None:
            label = Literal(entity.label)
        g.add((node, RDFS.label, label))
        for alias in (entity.label, *entity.aliases):
            if Literal(alias) != label:
                g.add((node, SKOS.altLabel, Literal(alias)))
        g.add((node, KG.mentionedIn, doc))

    for index, rel in enumerate(extraction.relations, start=1):
        s, o = iris[rel.subject], iris[rel.object]
        p = predicate_iri(rel.predicate)
        g.add((p, RDF.type, OWL.ObjectProperty))
        g.add((p, RDFS.label, Literal(rel.predicate)))
        g.add((p, RDFS.subPropertyOf, KG.relatedTo))
        if not rel.negated and not rel.requested:  # what the text denies or only asks for is no fact
            g.add((s, p, o))
        st = DOC[f"{document.id}/statement/{index}"]
        g.add((st, RDF.type, KG.Statement))
        g.add((st, RDF.subject, s))
        g.add((st, RDF.predicate, p))
        g.add((st, RDF.object, o))
        g.add((st, KG.negated, Literal(rel.negated)))
        g.add((st, KG.confidence, Literal(Decimal(f"{rel.confidence:.2f}"))))
        if rel.modality:
            g.add((st, KG.modality, Literal(rel.modality)))
        if rel.requested:
            g.add((st, KG.requested, Literal(True)))
        if rel.conditional:
            g.add((st, KG.conditional, Literal(True)))
        if rel.attributed_to:
            g.add((st, KG.attributedTo, iris[rel.attributed_to]))
        if rel.date:
            g.add((st, KG.date, Literal(rel.date, datatype=XSD.date)))
        g.add((st, PROV.wasDerivedFrom, doc))
        g.add((st, KG.evidence, _evidence(g, document, rel.sentence)))

    for index, quote in enumerate(extraction.quotes, start=1):
        if quote.speaker is None:
            continue  # a quote without a speaker is not publishable (see ontology/shapes)
        q = DOC[f"{document.id}/quote/{index}"]
        g.add((q, RDF.type, KG.Quote))
        g.add((q, KG.speaker, iris[quote.speaker]))
        g.add((q, KG.text, Literal(quote.text)))
        g.add((q, PROV.wasDerivedFrom, doc))
        g.add((q, KG.evidence, _evidence(g, document, quote.sentence)))
    return g


def _label(graph: Graph, node: URIRef) -> Literal | None:
    """The rdfs:label of `node` in `graph`, or in any graph of a Dataset (whose `value()` goes
    through an API rdflib deprecates)."""
    if graph.context_aware:
        return next((label for _, _, label, _ in graph.quads((node, RDFS.label, None, None))), None)
    return graph.value(node, RDFS.label)


def _add_document(g: Graph, document: Document, extraction: Extraction) -> None:
    doc = document_iri(document)
    g.add((doc, RDF.type, KG.Document))
    g.add((doc, RDF.type, SCHEMA.NewsArticle))
    if document.title:
        g.add((doc, SCHEMA.headline, Literal(document.title)))
    if document.date:
        g.add((doc, SCHEMA.datePublished, Literal(document.date, datatype=XSD.date)))
    if document.url:
        g.add((doc, SCHEMA.url, Literal(document.url, datatype=XSD.anyURI)))
    g.add((doc, KG.contentHash, Literal(document.content_hash)))
    g.add((doc, KG.sourcePath, Literal(document.source)))
    g.add((doc, SCHEMA.text, Literal(document.text)))
    for mention in extraction.dates:
        g.add((doc, KG.mentionsDate, Literal(mention.value, datatype=XSD.date)))


def _evidence(g: Graph, document: Document, span: Span) -> URIRef:
    """The W3C Web Annotation node for one passage; passages shared by facts share the node."""
    doc = document_iri(document)
    ev = DOC[f"{document.id}/passage/{span.start}-{span.end}"]
    if (ev, RDF.type, KG.Evidence) in g:
        return ev
    text = document.text
    quote_sel = URIRef(f"{ev}/quote")
    position_sel = URIRef(f"{ev}/position")
    g.add((ev, RDF.type, KG.Evidence))
    g.add((ev, RDF.type, OA.SpecificResource))
    g.add((ev, OA.hasSource, doc))
    g.add((ev, OA.hasSelector, quote_sel))
    g.add((ev, OA.hasSelector, position_sel))
    g.add((quote_sel, RDF.type, OA.TextQuoteSelector))
    g.add((quote_sel, OA.exact, Literal(span.of(text))))
    g.add((quote_sel, OA.prefix, Literal(text[max(0, span.start - CONTEXT_CHARS) : span.start])))
    g.add((quote_sel, OA.suffix, Literal(text[span.end : span.end + CONTEXT_CHARS])))
    g.add((position_sel, RDF.type, OA.TextPositionSelector))
    g.add((position_sel, OA.start, Literal(span.start)))
    g.add((position_sel, OA.end, Literal(span.end)))
    return ev
