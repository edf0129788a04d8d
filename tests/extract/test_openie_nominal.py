"""Open-IE relations a noun phrase implies: the copula they leave out is written "be", since the
sentence gives it no tense or number of its own."""
from __future__ import annotations

import pytest

from kg.extract.openie import ExtractionRule, extract_sentence

pytestmark = pytest.mark.model


def tuples(sentence: str, rule: ExtractionRule) -> set[tuple[str, ...]]:
    """(relation, arg1, arg2...) of the extractions of one rule."""
    return {(ex.relation, *(a.text for a in ex.arguments)) for ex in extract_sentence(sentence.split()) if ex.rule is rule}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # past tense around the apposition: still the tenseless copula
        ("Maria Lopez , the head of the orchestra , resigned last spring .", ("be", "Maria Lopez", "the head of the orchestra")),
        # a plural name list with its description
        ("The twins , two keen sailors , crossed the bay .", ("be", "The twins", "two keen sailors")),
        # the name is the subject even when the description comes first
        ("A retired pilot , Tom Hale , bought the old airfield .", ("be", "Tom Hale", "A retired pilot")),
    ],
)
def test_apposition_uses_the_tenseless_copula(sentence, expected):
    found = tuples(sentence, ExtractionRule.APPOSITION)
    assert expected in found, f"{expected} not in {sorted(found)}"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Two old bridges in Prague were closed for repairs .", ("be in", "Two old bridges", "Prague")),
        ("She visited a small museum in Lisbon .", ("be in", "a small museum", "Lisbon")),
    ],
)
def test_noun_location_uses_the_tenseless_copula(sentence, expected):
    found = tuples(sentence, ExtractionRule.NOUN_LOCATION)
    assert expected in found, f"{expected} not in {sorted(found)}"
