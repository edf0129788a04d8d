"""Open-IE relations a noun phrase implies (kg.extract.nominal): the copula they leave out is
written "be", since the sentence gives it no tense or number of its own."""
from __future__ import annotations

import pytest

from kg.extract.openie import ExtractionRule, extract_sentence

pytestmark = pytest.mark.model

APPOSITION, LOCATION, TITLE = ExtractionRule.APPOSITION, ExtractionRule.NOUN_LOCATION, ExtractionRule.TITLE


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
        # a named place after a noun
        (LOCATION, "Two old bridges in Prague were closed for repairs .", ("be in", "Two old bridges", "Prague")),
        (LOCATION, "She visited a small museum in Lisbon .", ("be in", "a small museum", "Lisbon")),
        # a title before a person's name, with or without an article
        (TITLE, "The committee invited veteran actor Paul Newman to the gala .", ("be", "Paul Newman", "veteran actor")),
        (TITLE, "Former senator Anna Berg opened the debate .", ("be", "Anna Berg", "Former senator")),
        (TITLE, "The board thanked chief engineer Omar Haddad .", ("be", "Omar Haddad", "chief engineer")),
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
