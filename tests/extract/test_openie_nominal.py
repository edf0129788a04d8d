"""Open-IE relations a noun phrase implies (kg.extract.nominal): the copula they leave out is
written "be", since the sentence gives it no tense or number of its own."""
from __future__ import annotations

import pytest

from kg.extract.openie import ExtractionRule, extract_sentence

pytestmark = pytest.mark.model

APPOSITION, LOCATION, TITLE = ExtractionRule.APPOSITION, ExtractionRule.NOUN_LOCATION, ExtractionRule.TITLE
EXAMPLE, PURPOSE, POSSESSION = ExtractionRule.EXAMPLE, ExtractionRule.PURPOSE, ExtractionRule.POSSESSION


def tuples(sentence: str, rule: ExtractionRule) -> set[tuple[str, ...]]:
    """(relation, arg1, arg2...) of the extractions of one rule."""
    return {(ex.relation, *(a.text for a in ex.arguments)) for ex in extract_sentence(sentence.split()) if ex.rule is rule}


@pytest.mark.parametrize(
    "rule, sentence, expected",
    [
        # an apposition in a past-tense sentence: still the tenseless copula
        (APPOSITION, "Maria Lopez , the head of the orchestra , resigned last spring .", ("be", "Maria Lopez", "the head of the orchestra")),
        (APPOSITION, "The twins , two keen sailors , crossed the bay .", ("be", "The twins", "two keen sailors")),
        # the name is the subject even when the description comes first
        (APPOSITION, "A retired pilot , Tom Hale , bought the old airfield .", ("be", "Tom Hale", "A retired pilot")),
        # a town named with the state it is in
        (APPOSITION, "The company moved to Austin , Texas , last year .", ("be in", "Austin", "Texas")),
        # a named place after a noun
        (LOCATION, "Two old bridges in Prague were closed for repairs .", ("be in", "Two old bridges", "Prague")),
        (LOCATION, "She visited a small museum in Lisbon .", ("be in", "a small museum", "Lisbon")),
        # a title before a person's name, with or without an article
        (TITLE, "The committee invited veteran actor Paul Newman to the gala .", ("be", "Paul Newman", "veteran actor")),
        (TITLE, "Former senator Anna Berg opened the debate .", ("be", "Anna Berg", "Former senator")),
        (TITLE, "The board thanked chief engineer Omar Haddad .", ("be", "Omar Haddad", "chief engineer")),
        # a to-infinitive with an object gives the noun before it its aim
        (PURPOSE, "The council approved a plan to rebuild the old harbour .", ("be to rebuild", "a plan", "the old harbour")),
        (PURPOSE, "Her decision to sell the farm surprised her brothers .", ("be to sell", "Her decision", "the farm")),
        (PURPOSE, "The union rejected an attempt to cut overtime pay .", ("be to cut", "an attempt", "overtime pay")),
        (PURPOSE, "The town has a duty to protect its forests .", ("be to protect", "a duty", "its forests")),
        # a possessive naming a tie: the possessor has one, with the words before the noun
        (POSSESSION, "The firm 's new chairman resigned on Monday .", ("has", "The firm", "new chairman")),
        (POSSESSION, "Kesey 's son wrote a book .", ("has", "Kesey", "son")),
        (POSSESSION, "She met the mayor 's brother in Rome .", ("has", "the mayor", "brother")),
        (POSSESSION, "The twins ' father sold the boat .", ("has", "The twins", "father")),
    ],
)
def test_noun_phrase_relations(rule, sentence, expected):
    found = tuples(sentence, rule)
    assert expected in found, f"{expected} not in {sorted(found)}"


@pytest.mark.parametrize(
    "sentence",
    [
        "Mr. Jones signed the lease .",  # an honorific is no description
        "The city 's mayor John Reed spoke first .",  # a possessor before the name: not a bare title
        "Paul Newman arrived late .",  # nothing before the name
    ],
)
def test_no_title_without_descriptive_words(sentence):
    assert not tuples(sentence, TITLE)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # one extraction per example, the relation naming how they are introduced
        ("The festival featured bands such as Blur , Pulp and Oasis .", {("be such as", "bands", x) for x in ("Blur", "Pulp", "Oasis")}),
        ("She collects instruments , including violins and cellos .", {("be including", "instruments", x) for x in ("violins", "cellos")}),
        ("He admired painters like Turner and Constable .", {("be like", "painters", x) for x in ("Turner", "Constable")}),
        # "&" ends a name, it does not start a new example
        ("The index tracks firms such as Procter & Gamble and Unilever .", {("be such as", "firms", "Procter & Gamble"), ("be such as", "firms", "Unilever")}),
    ],
)
def test_examples_of_a_noun(sentence, expected):
    assert tuples(sentence, EXAMPLE) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "She worked as a nurse in Leeds .",  # "as" without "such": a role, not examples
        "The plan , such as it is , was approved .",  # "such as" with no noun phrase after it
    ],
)
def test_no_examples_without_such_as_including_or_like(sentence):
    assert not tuples(sentence, EXAMPLE)


@pytest.mark.parametrize(
    "rule, sentence",
    [
        (PURPOSE, "He took a loan in order to buy a truck ."),  # "in order to": a conjunction, no noun with an aim
        (PURPOSE, "She wanted a chance to rest ."),  # no object: nothing a reader would write down
        (PURPOSE, "They asked the mayor to close the road ."),  # the infinitive belongs to the verb
        (POSSESSION, "Iraq 's oil exports fell ."),  # a thing owned or made, not a tie
        (POSSESSION, "The bank 's decision surprised traders ."),  # an act of the possessor
        (POSSESSION, "His father sold the boat ."),  # a possessive pronoun: no possessor to name
        # a part singled out by a focusing adverb is no apposition
        (APPOSITION, "The rain ruined the harvest , especially the grapes ."),
        (APPOSITION, "The storm damaged the houses , particularly the old cottages ."),
        (APPOSITION, "He read everything , even the footnotes ."),
    ],
)
def test_no_noun_phrase_relation(rule, sentence):
    assert not tuples(sentence, rule)
