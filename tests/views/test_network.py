"""kg.views.network: RDF -> networkx graphs, neighbourhoods, centrality and counts."""
from __future__ import annotations

import datetime as dt

import networkx as nx
import pytest
from rdflib import Literal
from rdflib.namespace import RDF

from kg.errors import QueryError
from kg.graph.namespace import DOC, KG
from kg.graph.rdf import extraction_graph
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
from kg.views.network import (
    central_entities,
    graph_counts,
    neighbourhood,
    quote_network,
    to_networkx,
)

TEXT = (
    "Biden urged Hamas to release the hostages. "
    "Hamas did not accept the ceasefire on Monday. "
    '"We will keep working," Biden said in Gaza.'
)


def _span(sentence: str) -> Span:
    start = TEXT.index(sentence)
    return Span(start, start + len(sentence))


URGE = _span("Biden urged Hamas to release the hostages.")
REFUSE = _span("Hamas did not accept the ceasefire on Monday.")
SAID = _span('"We will keep working," Biden said in Gaza.')


@pytest.fixture(scope="module")
def extraction() -> Extraction:
    doc = Document(
        text=TEXT, source="news/one.txt", paragraphs=(Span(0, len(TEXT)),),
        title="Talks stall", date=dt.date(2024, 3, 4),
    )
    return Extraction(
        document=doc,
        entities=(
            Entity("biden", "Joe Biden", EntityType.PERSON, aliases=("Biden", "President Biden")),
            Entity("hamas", "Hamas", EntityType.ORGANIZATION),
            Entity("gaza", "Gaza", EntityType.PLACE),
            Entity("ceasefire", "ceasefire", EntityType.CONCEPT),
            Entity("hostages", "hostages", EntityType.CONCEPT),
        ),
        relations=(
            Relation("biden", "urge", "hamas", URGE, factuality=Factuality.REQUESTED),
            Relation("hamas", "release", "hostages", URGE, factuality=Factuality.REQUESTED),
            Relation("hamas", "accept", "ceasefire", REFUSE, factuality=Factuality.NEGATED, date=dt.date(2024, 3, 4)),
        ),
        quotes=(
            Quote("We will keep working,", Span(1, 22), SAID, speaker="biden"),
            Quote("Nobody said this.", Span(1, 5), SAID, speaker=None),  # not published
        ),
    )


@pytest.fixture(scope="module")
def rdf(extraction):
    return extraction_graph(extraction)


def _by_label(g: nx.MultiDiGraph) -> dict[str, str]:
    return {attrs["label"]: node for node, attrs in g.nodes(data=True)}


def test_counts(rdf):
    assert graph_counts(rdf) == {
        "documents": 1, "entities": 5, "Person": 1, "Organization": 1, "Place": 1, "Event": 0,
        "Concept": 2, "statements": 3, "negated": 1, "quotes": 1,
    }


def test_nodes_are_entities_with_opaque_ids_in_iri_order(rdf):
    g = to_networkx(rdf)
    assert list(g) == [f"n{i}" for i in range(5)]
    iris = [g.nodes[n]["iri"] for n in g]
    assert iris == sorted(iris)
    biden = g.nodes[_by_label(g)["Joe Biden"]]
    assert biden["types"] == ["Person"]
    assert biden["aliases"] == ["Biden", "President Biden"]
    assert biden["iri"].endswith("entity/person/joe-biden")


def test_edges_carry_statement_details_and_negation(rdf):
    g = to_networkx(rdf)
    ids = _by_label(g)
    assert g.number_of_edges() == 3
    [(_, refused)] = g[ids["Hamas"]][ids["ceasefire"]].items()
    assert refused["predicate"] == "accept"
    assert refused["negated"] is True
    assert refused["sentence"] == "Hamas did not accept the ceasefire on Monday."
    assert refused["document_title"] == "Talks stall"
    assert refused["date"] == "2024-03-04"
    [(_, urged)] = g[ids["Joe Biden"]][ids["Hamas"]].items()
    assert urged["negated"] is False
    assert urged["date"] is None
    assert urged["sentence"] == "Biden urged Hamas to release the hostages."


def test_statement_about_a_non_entity_is_left_out(rdf):
    graph = rdf + rdf  # a copy
    st = DOC["x/statement/99"]
    graph.add((st, RDF.type, KG.Statement))
    graph.add((st, RDF.subject, next(iter(graph.subjects(RDF.type, KG.Person)))))
    graph.add((st, RDF.object, DOC["not-an-entity"]))
    graph.add((st, KG.negated, Literal(False)))
    assert to_networkx(graph).number_of_edges() == 3


def test_conversion_is_deterministic(extraction):
    first, second = to_networkx(extraction_graph(extraction)), to_networkx(extraction_graph(extraction))
    assert list(first.nodes(data=True)) == list(second.nodes(data=True))
    assert list(first.edges(keys=True, data=True)) == list(second.edges(keys=True, data=True))


def test_quote_network_links_speaker_to_quote(rdf):
    q = quote_network(rdf)
    speaker = _by_label(to_networkx(rdf))["Joe Biden"]
    assert sorted(q) == sorted([speaker, "q0"])  # same id as in to_networkx
    assert q.nodes["q0"]["title"] == "We will keep working,"
    assert q.nodes["q0"]["types"] == ["Quote"]
    [(u, v, attrs)] = q.edges(data=True)
    assert (u, v) == (speaker, "q0")
    assert attrs["predicate"] == "said"
    assert attrs["sentence"] == '"We will keep working," Biden said in Gaza.'
    assert attrs["date"] == "2024-03-04"


def test_long_quote_label_is_clipped_and_title_is_whole(extraction):
    words = "word " * 40
    long = Extraction(document=extraction.document, entities=extraction.entities,
                      quotes=(Quote(words.strip(), Span(0, 5), SAID, speaker="biden"),))
    node = quote_network(extraction_graph(long)).nodes["q0"]
    assert node["title"] == words.strip()
    assert node["label"].endswith("…") and len(node["label"]) <= 61


def _chain() -> nx.MultiDiGraph:
    """a -> b <- c -> d, plus e alone; labels are the upper-case names."""
    g = nx.MultiDiGraph()
    for name in "abcde":
        g.add_node(name, label=name.upper() + " Corp", aliases=[f"alias {name}"], types=["Organization"])
    g.add_edge("a", "b")
    g.add_edge("c", "b")
    g.add_edge("c", "d")
    return g


@pytest.mark.parametrize(
    "name, depth, expected",
    [
        ("b corp", 0, {"b"}),
        ("B CORP", 1, {"a", "b", "c"}),  # case-insensitive; c -> b counts though it points in
        ("b corp", 2, {"a", "b", "c", "d"}),
        ("alias d", 1, {"c", "d"}),  # aliases match too
        ("e corp", 3, {"e"}),
    ],
)
def test_neighbourhood_depth(name, depth, expected):
    sub = neighbourhood(_chain(), name, depth)
    assert set(sub) == expected


def test_neighbourhood_keeps_edges_between_kept_nodes():
    sub = neighbourhood(_chain(), "b corp", 1)
    assert sorted(sub.edges()) == [("a", "b"), ("c", "b")]


def test_neighbourhood_without_match_suggests_close_labels():
    with pytest.raises(QueryError, match='Close labels: "B Corp"'):
        neighbourhood(_chain(), "B Crop", 1)


@pytest.mark.parametrize("name, depth", [("  ", 1), ("b", -1)])
def test_neighbourhood_rejects_bad_arguments(name, depth):
    with pytest.raises(QueryError):
        neighbourhood(_chain(), name, depth)


def test_central_entities_on_a_star():
    g = nx.MultiDiGraph()
    g.add_node("hub", label="Hub")
    for leaf in ["d", "b", "c", "a"]:
        g.add_node(leaf, label=leaf.upper())
        g.add_edge("hub", leaf)  # edges point away from the hub: direction must not matter
    g.add_edge("a", "hub")  # a parallel edge makes A the best-connected leaf
    ranked = central_entities(g, n=3)
    assert [label for label, _, _ in ranked] == ["Hub", "A", "B"]
    assert [degree for _, _, degree in ranked] == [5, 2, 1]
    assert ranked[0][1] > ranked[1][1] > ranked[2][1] > 0
    assert sum(rank for _, rank, _ in central_entities(g, n=10)) == pytest.approx(1.0)


def test_central_entities_of_empty_graph():
    assert central_entities(nx.MultiDiGraph()) == []


def test_link_network_ranks_like_the_full_network(rdf):
    from kg.views.network import link_network

    links = link_network(rdf)
    assert list(links) == list(to_networkx(rdf))
    assert central_entities(links, 5) == central_entities(to_networkx(rdf), 5)
    assert links.number_of_edges() == 3
