"""Works a title credits to a name (kg.extract.credits): sentences written for the tests."""
from __future__ import annotations

import pytest

from tests.extract.test_possessives import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text, expected",
    [
        # a capitalised function word marks a work's title
        ("She met Night At The Museum director Shawn Levy in May.", ("Shawn Levy", "direct", "Night At The Museum")),
        ("Fans cheered Gone With The Wind author Ida Marsh.", ("Ida Marsh", "write", "Gone With The Wind")),
        # a name joined to such a title is a work too
        ("She works with Moonfall and Dawn Over The Sea director Piet Kloos.", ("Piet Kloos", "direct", "Moonfall")),
        ("She works with Moonfall and Dawn Over The Sea director Piet Kloos.", ("Piet Kloos", "direct", "Dawn Over The Sea")),
        # a title opening with a possessive or an article written with a capital keeps it (kg.extract.names.title_opener)
        ("He praised My Friend In The North director Lukas Novak.", ("Lukas Novak", "direct", "My Friend In The North")),
    ],
)
def test_a_title_credits_a_work(nlp, text, expected):
    assert expected in triples(text, nlp)


@pytest.mark.parametrize(
    "text",
    [
        # nothing marks the words as a work's title, or they name a body
        "He met Harbour director Piet Kloos.",
        "He met Bank of England director Ada Holm.",
        # a list of people and their works: the name before "and" is no work of the director
        "Ida Marsh for Winter Roads and My Friend In The North director Lukas Novak were nominated.",
        # a role noun that credits nothing
        "She met Night At The Museum fan Shawn Levy.",
    ],
)
def test_no_work_is_credited(nlp, text):
    assert not any(p in ("direct", "write") and o in ("Ida Marsh", "Winter", "Winter Roads", "Harbour", "Bank of England", "Night At The Museum")
                   for _s, p, o in triples(text, nlp))
