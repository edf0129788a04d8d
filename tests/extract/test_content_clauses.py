"""A clause a noun takes with "that" and a perfect ("hints that his patience had run out") is what
the noun says, not a participle describing the noun: the noun is no object of its verb. Sentences
written for these tests; a row is (sentence, a relation that must be found, one that must not)."""
from __future__ import annotations

import pytest

from tests.extract.test_extract import facts

pytestmark = pytest.mark.model

CASES = [
    ("The chairman dropped hints that his patience had begun to run out.",
     ("chairman", "drop", "hints", False), ("patience", "begin", "hints", False)),
    ("The minister gave signs that the policy had started to fail.",
     ("minister", "give", "signs", False), ("policy", "start", "signs", False)),
    ("The club denied rumours that the striker had signed a new deal.",
     ("striker", "sign", "new deal", False), ("striker", "sign", "rumours", False)),
    # a past participle with no subject of its own still describes its noun
    ("The hostages freed by the rebels returned home.", ("rebels", "free", "hostages", False), None),
]


@pytest.mark.parametrize("text, found, absent", CASES, ids=[c[0] for c in CASES])
def test_a_perfect_clause_on_a_noun_has_its_own_subject(text, found, absent, nlp):
    _, got = facts(text, nlp)
    assert found in got and absent not in got, got
