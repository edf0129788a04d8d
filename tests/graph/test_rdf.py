"""The RDF layer: the publishing contract, strict IRIs whatever the text, determinism, formats."""
from __future__ import annotations

import datetime as dt
import re

import pyoxigraph
import pytest
from rdflib import Graph, Literal
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import RDF, RDFS, SKOS

from kg.graph.namespace import KG, OA, ontology_text
from kg.graph.rdf import entity_iri, extraction_graph
from kg.model import (
    Document,
    Entity,
    EntityType,
    Extraction,
    Factuality,
    Quote,
    Relation,
    Span,
)

HOSTILE = ['Tom "Bomb" <script>alert(1)</script>', "Ann\\ > } # ;. @prefix x: <y> .", "Zoë\nO’Brien", "خالد", "  "]


def sample(names=("Antony J. Blinken", "Israel")) -> Extraction:
    text = "Blinken urged Israel to act. Israel did not agree. “We will act,” Blinken said."
    doc = Document(text=text, source="a b<c>.txt", paragraphs=(Span(0, len(text)),), title="T <b>", date=dt.date(2023, 11, 3))
    a, b = names
    return Extraction(
        document=doc,
        entities=(Entity("e0", a, EntityType.PERSON, ("Blinken",)), Entity("e1", b, EntityType.PLACE)),
        relations=(
            Relation("e0", "urge", "e1", Span(0, 28), modality="will", date=dt.date(2023, 11, 2), confidence=0.9),
            Relation("e1", "agree to", "e0", Span(29, 50), factuality=Factuality.NEGATED),
        ),
        quotes=(Quote("We will act,", Span(52, 64), Span(51, 80), "e0"),),
    )


def test_fact_is_asserted_and_reified_with_its_sentence():
    g = extraction_graph(sample())
    blinken = next(g.subjects(RDFS.label, Literal("Antony J. Blinken")))
    israel = next(g.subjects(RDFS.label, Literal("Israel")))
    urge = next(p for p in g.predicates(blinken, israel))
    assert g.value(urge, RDFS.label) == Literal("urge")
    st = next(g.subjects(RDF.predicate, urge))
    exact = g.value(g.value(g.value(st, KG.evidence), OA.hasSelector) , OA.exact)
    selectors = list(g.objects(g.value(st, KG.evidence), OA.hasSelector))
    exacts = [g.value(s, OA.exact) for s in selectors if g.value(s, OA.exact) is not None]
    starts = [g.value(s, OA.start) for s in selectors if g.value(s, OA.start) is not None]
    assert exacts == [Literal("Blinken urged Israel to act.")] and starts == [Literal(0)]
    assert exact is None or str(exact) == "Blinken urged Israel to act."


def test_negated_fact_is_only_a_statement():
    g = extraction_graph(sample())
    blinken = next(g.subjects(RDFS.label, Literal("Antony J. Blinken")))
    israel = next(g.subjects(RDFS.label, Literal("Israel")))
    assert list(g.predicates(israel, blinken)) == []
    negated = [st for st in g.subjects(KG.negated, Literal(True))]
    assert len(negated) == 1 and g.value(negated[0], RDF.subject) == israel


def test_quote_has_speaker_and_text():
    g = extraction_graph(sample())
    (quote,) = list(g.subjects(RDF.type, KG.Quote))
    assert str(g.value(g.value(quote, KG.speaker), RDFS.label)) == "Antony J. Blinken"
    assert str(g.value(quote, KG.text)) == "We will act,"


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_names_give_valid_iris_and_parse_everywhere(name):
    g = extraction_graph(sample((name, "Israel")))
    for term in {t for triple in g for t in triple}:
        if not isinstance(term, Literal):
            assert not re.search(r"[\s<>\"{}|\\^`]", str(term)), term
    turtle = g.serialize(format="longturtle")
    store = pyoxigraph.Store()
    store.load(turtle.encode("utf-8"), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(g)
    back = Graph().parse(data=turtle, format="turtle")
    assert isomorphic(back, g), graph_diff(to_isomorphic(back), to_isomorphic(g))


def test_output_is_byte_identical_across_runs():
    first = extraction_graph(sample()).serialize(format="longturtle")
    second = extraction_graph(sample()).serialize(format="longturtle")
    assert first == second


@pytest.mark.parametrize("fmt", ["nt", "xml", "json-ld", "longturtle"])
def test_round_trip_per_format(fmt):
    g = extraction_graph(sample())
    back = Graph().parse(data=g.serialize(format=fmt), format={"longturtle": "turtle"}.get(fmt, fmt))
    assert isomorphic(back, g)


def test_namespace_and_ontology_agree():
    onto = Graph().parse(data=ontology_text(), format="turtle")
    declared = {str(s) for s in onto.subjects() if str(s).startswith(str(KG._NS))}
    in_code = {str(KG[name]) for name in KG.__annotations__}
    assert declared == in_code
    for term in declared:
        assert onto.value(term_ref := onto.namespace_manager.expand_curie(f"kg:{term.split('#')[1]}"), RDFS.label) is not None, term_ref
        assert onto.value(term_ref, RDFS.comment) is not None


def test_altlabels_are_written():
    g = extraction_graph(sample())
    blinken = next(g.subjects(RDFS.label, Literal("Antony J. Blinken")))
    assert set(g.objects(blinken, SKOS.altLabel)) == {Literal("Blinken")}


def test_requested_fact_is_only_a_statement():
    ex = sample()
    ex = Extraction(
        document=ex.document, entities=ex.entities,
        relations=(Relation("e1", "consider", "e0", Span(0, 28), factuality=Factuality.REQUESTED),), quotes=(),
    )
    g = extraction_graph(ex)
    blinken = next(g.subjects(RDFS.label, Literal("Antony J. Blinken")))
    israel = next(g.subjects(RDFS.label, Literal("Israel")))
    assert list(g.predicates(israel, blinken)) == []
    (st,) = list(g.subjects(KG.factuality, KG.Requested))
    assert g.value(st, RDF.subject) == israel


@pytest.mark.parametrize(
    "first, second",
    [("$2bn", "£2bn"), ("€40m", "¥40m"), ("$1.5m", "US$1.5m")],
)
def test_amounts_in_other_currencies_get_other_iris(first, second):
    def amount(label):
        return Entity(key=label, label=label, type=EntityType.CONCEPT, scope="doc1")

    assert entity_iri(amount(first)) != entity_iri(amount(second))
    assert entity_iri(amount(first)) == entity_iri(amount(first))
