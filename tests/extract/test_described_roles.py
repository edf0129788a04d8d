"""Roles a description states with no name beside it (kg.extract.described_roles): sentences
written for the tests."""
from __future__ import annotations

import pytest

from tests.extract.test_possessives import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, expected",
    [
        # a body named before the role noun, in a definite or a subject's indefinite description
        ("Tom Reed fell. The Arsenal keeper was left on the ground.", ("keeper", "keeper of", "Arsenal")),
        ("Kestrel said so. A Kestrel spokesperson said sales would grow.", ("Kestrel spokesperson", "spokesperson of", "Kestrel")),
        ("The Liberal Democrat leader said the tax was unfair.", ("Liberal Democrat leader", "leader of", "Liberal Democrat")),
        # a possessive owner: a name, or a pronoun standing for one
        ("Rock band Velvet Crows' guitarist quits", ("guitarist", "guitarist of", "Velvet Crows")),
        ("Vantor Motors' chairman resigned on Monday.", ("chairman", "chairman of", "Vantor Motors")),
        # a post with an of-phrase of its own keeps it: the part of the body the post is in
        ("Delco's head of research Ana Ruiz said the drug worked.", ("Ana Ruiz", "head of research of", "Delco")),
        # a named body after the role noun
        ("The drummer with rock band Velvet Crows has left the group.", ("drummer", "drummer with", "Velvet Crows")),
        ("A spokesman for Vantor Motors declined to comment.", ("spokesman", "spokesman for", "Vantor Motors")),
        ("The head of marketing at Vantor Motors resigned on Monday.", ("head of marketing", "head of marketing at", "Vantor Motors")),
        # a city before a trade says where the person works
        ("Vantor said its Berlin lawyer would appeal.", ("lawyer", "be based in", "Berlin")),
        # a name in apposition holds the role itself
        ("The Turkish trade minister, Ayla Demir, said talks went well.", ("Ayla Demir", "trade minister of", "Turkey")),
        # "former" on the body before the role is the role's ("(former Wales coach)")
        ("Graham Hale (former Wales coach) said we should be bold in France.", ("Graham Hale", "former coach of", "Wales")),
    ],
)
def test_a_description_states_a_role(nlp, text, expected):
    assert expected in triples(text, nlp)


@pytest.mark.parametrize(
    "text, predicate",
    [
        # an indefinite object is someone unknown, maybe no one yet
        ("Harbour want a new keeper.", "keeper of"),
        ("The strike killed a senior Velta commander.", "senior commander of"),
        # "his own keeper" is the keeper of his side, not his
        ("Tom Reed deflected the ball past his own keeper.", "own keeper of"),
        # a capitalised word opening a title is no body ("Dancer In The Dark director")
        ("She works with Night In The City director Lars Holm.", "director of"),
        # the adjective of a people says where someone is from
        ("The Brazilian striker scored twice.", "striker of"),
        ("Tom Bellamy scored twice. The Welsh striker has rejected a move to Birmingham.", "striker of"),  # untagged, as a name
        ("Investors prefer Mr Reed's policies to those of his Democrat challenger, Tom Kerry.", "challenger of"),  # a peer
        # a prize's category is no post: "best director" is what was won
        ("Tom Hale's Velta Nights won four prizes on Sunday. The film also won best director for Hale.", "good director for"),
        # a noun that names a thing as often as a role
        ("Kestrel's new media player went on sale.", "medium player of"),
        # a party's word after a place that owns the post: the holder's party, no post of the party's
        ("Leeds's Labour mayor Tom Reed refused to apologise.", "mayor of"),
        # a people's word after a person's possessive is the holder's nationality, no remit of the post
        ("Maria Dale praised her Russian coach Ivan Petrov.", "Russian coach of"),
    ],
)
def test_a_description_states_no_role(nlp, text, predicate):
    assert all(p != predicate for _s, p, _o in triples(text, nlp))


@pytest.mark.parametrize(
    "text, owner, remit",
    [
        # a place between a possessive owner and the post is the post's remit, worded into the post, not a second owner
        ("Harbour Weekly's US editor Mike Dunn said the film would do well.", ("Mike Dunn", "US editor of", "Harbour Weekly"), "US"),
        ("The paper's US editor, Mike Dunn, praised the film.", None, "US"),
        ("Korvex's French manager Ana Ruiz resigned.", ("Ana Ruiz", "French manager of", "Korvex"), "France"),
        ("Tom Reed, Korvex's European president, said sales rose.", ("Tom Reed", "European president of", "Korvex"), "Europe"),
        ("Velta Telecom has drafted in its UK chief executive Tom Reed to run the unit.",
         ("Tom Reed", "UK chief executive of", "Velta Telecom"), "UK"),
        # ... and so is a body before a spokesman's or a minister's post: the brief, not the employer
        ("Vince Hale, the party's Treasury spokesman, said the tax would fall.", None, "Treasury"),
        ("Vince Hale, Labour's Treasury spokesman, said the tax would fall.", ("Vince Hale", "spokesman of", "Labour"), "Treasury"),
    ],
)
def test_a_place_after_an_owner_is_a_remit(nlp, text, owner, remit):
    found = triples(text, nlp)
    assert owner is None or owner in found
    assert not any(o == remit and p.endswith(" of") for _s, p, o in found)


@pytest.mark.parametrize(
    "text, peer, kept",
    [
        # a fellow defender of someone's is their peer: the holder is none of the owner's
        ("Tom Reed, Velta's fellow defender, was angry.", "Velta", None),
        ("Velta's fellow defender Tom Reed was angry.", "Velta", None),
        ("Dunn's fellow Cardiff defender Rhys Weston has a knock.", "Dunn", None),
    ],
)
def test_a_fellow_is_a_peer(nlp, text, peer, kept):
    found = triples(text, nlp)
    assert not any(o == peer for _s, _p, o in found), found
    assert kept is None or kept in found, found


def test_a_description_naming_a_body_is_not_the_last_subject(nlp):
    """"the Arsenal keeper" after "Prso ... Tom Reed" is whoever the text tied to Arsenal, not the
    subject in view: left a node of its own."""
    found = triples("Rangers' striker Dan Prso was sent off for pushing Tom Reed and leaving the Arsenal keeper on the ground.", nlp)
    assert ("Dan Prso", "keeper of", "Arsenal") not in found
    assert ("keeper", "keeper of", "Arsenal") in found


@pytest.mark.parametrize(
    "text, expected",
    [
        # a members' word opening a sentence, its capitalised first word lost there, is the one
        # party the article named with it; with none named it stays what it says
        ("The Liberal Democrats won the seat. Liberal Democrat leader Tom Reed was pleased.",
         ("Tom Reed", "leader of", "Liberal Democrats")),
        ("Democrat leader Ana Ruiz said the bill would fail.", ("Ana Ruiz", "leader of", "Democrat")),
    ],
)
def test_a_party_by_its_members_word(nlp, text, expected):
    assert expected in triples(text, nlp)
