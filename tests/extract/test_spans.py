"""Span trimming for open-IE arguments (kg.extract.spans.trimmed): no model needed."""
from __future__ import annotations

import pytest

from kg.extract.spans import trimmed


@pytest.mark.parametrize(
    "words, expected",
    [
        # edge punctuation goes
        (", the old mill .", "the old mill"),
        # a coordinator left at the end once the conjunct after it was cut goes too
        ("the leader of the guild and", "the leader of the guild"),
        ("bread , cheese or", "bread , cheese"),
        ("the first vote , but", "the first vote"),
        # inside the span, and at its start, a coordinator stays
        ("rock and roll", "rock and roll"),
        ("and the rest", "and the rest"),
    ],
)
def test_trimmed(words, expected):
    tokens = words.split()
    lo, hi = trimmed(0, len(tokens) - 1, tokens)
    assert " ".join(tokens[lo : hi + 1]) == expected
