"""ontology/kg.ttl: every kg term is documented and every class and object property is tied to a
shared vocabulary (schema.org, PROV-O, SKOS, RDF, Web Annotation), so outside tools read it."""
from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.graph.namespace import KG, ontology_text

SHARED_VOCABULARIES = (
    "https://schema.org/", "http://www.w3.org/ns/prov#", "http://www.w3.org/2004/02/skos/core#",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.w3.org/ns/oa#", "http://purl.org/dc/terms/",
)
ONTOLOGY = Graph().parse(data=ontology_text(), format="turtle")
TERMS = sorted({s for s in ONTOLOGY.subjects() if isinstance(s, URIRef) and s.startswith(str(KG._NS))})


def outside_links(term: URIRef) -> set[URIRef]:
    """Superclasses, super-properties, equivalents and inverses of `term` (transitively through kg
    terms) that belong to a shared vocabulary."""
    seen, todo, found = set(), [term], set()
    while todo:
        node = todo.pop()
        if node in seen:
            continue
        seen.add(node)
        for link in (RDFS.subClassOf, RDFS.subPropertyOf, OWL.equivalentClass, OWL.inverseOf):
            for target in ONTOLOGY.objects(node, link):
                if str(target).startswith(SHARED_VOCABULARIES):  # URIRef.startswith takes no tuple
                    found.add(target)
                else:
                    todo.append(target)
    return found


@pytest.mark.parametrize("term", TERMS, ids=lambda t: str(t).split("#")[1])
def test_every_term_has_one_label_and_one_comment(term):
    assert len(list(ONTOLOGY.objects(term, RDFS.label))) == 1
    comments = list(ONTOLOGY.objects(term, RDFS.comment))
    assert len(comments) == 1 and "\n" not in comments[0]


@pytest.mark.parametrize(
    "term, expected",
    [
        (KG.Person, {"https://schema.org/Person", "http://www.w3.org/ns/prov#Person"}),
        (KG.Organization, {"https://schema.org/Organization", "http://www.w3.org/ns/prov#Organization"}),
        (KG.Place, {"https://schema.org/Place"}),
        (KG.Event, {"https://schema.org/Event"}),
        (KG.Concept, {"http://www.w3.org/2004/02/skos/core#Concept"}),
        (KG.Document, {"https://schema.org/NewsArticle", "http://www.w3.org/ns/prov#Entity"}),
        (KG.Quote, {"https://schema.org/Quotation"}),
        (KG.Statement, {"http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement"}),
        (KG.speaker, {"http://www.w3.org/ns/prov#wasAttributedTo", "https://schema.org/spokenByCharacter"}),
        (KG.mentionedIn, {"https://schema.org/mentions"}),
        (KG.factuality, {"http://purl.org/dc/terms/type"}),
    ],
)
def test_classes_and_properties_are_aligned(term, expected):
    assert {str(t) for t in outside_links(term)} >= expected


def test_every_class_and_object_property_reaches_a_shared_vocabulary():
    kinds = (OWL.Class, OWL.ObjectProperty)
    unaligned = [t for t in TERMS if any((t, RDF.type, k) in ONTOLOGY for k in kinds) and not outside_links(t)]
    # kg:relatedTo and kg:evidence are kg's own: no shared term means "any fact" or "passage of".
    assert unaligned == [KG.evidence, KG.relatedTo]
