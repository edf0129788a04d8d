"""Abstract nouns that only point back ("the issue", "this problem") are no node of the graph
(kg.extract.shell_nouns); with a word of their own they name a thing: sentences written for the
tests -> the labels of the entities."""
from __future__ import annotations

import pytest

from kg.pipeline.builder import extract_document
from kg.read.text import document_from_text

pytestmark = pytest.mark.model


def labels(text: str, nlp) -> set[str]:
    ex = extract_document(document_from_text(text, source="t.txt"), nlp)
    return {e.label for e in ex.entities}


@pytest.mark.parametrize("text, absent", [
    ("The issue has drawn strong interest in Brussels.", "issue"),
    ("Ana Ruiz discussed this problem with the Velta Bank board.", "problem"),
    ("The trend has spread quickly across Europe.", "trend"),
    ("Korvex said the move would cut costs at its Leeds plant.", "move"),
    ("The row flared again at a meeting in Madrid.", "row"),
    # a conjunct is no word of its own
    ("Ana Ruiz discussed this problem and other matters with Tom Reed.", "problem"),
    # a noun of a number after a demonstrative points back at a figure the text gave
    ("Velta Bank lost $2bn last year. Its claim against Korvex is based on that figure.", "figure"),
])
def test_bare_shell_noun_is_no_entity(nlp, text, absent):
    found = labels(text, nlp)
    assert absent not in found, found


@pytest.mark.parametrize("text, kept", [
    # a modifier, a possessor or a complement says which issue: a thing
    ("The pension issue has drawn strong interest in Brussels.", "pension issue"),
    ("Korvex solved the problem of late deliveries.", "problem of late deliveries"),
    ("The dispute over fishing rights hurt Velta Bank.", "dispute"),
    # not after "the", "this" or "that": not pointing back
    ("Korvex faces problems in its Leeds plant.", "problems"),
    ("The figures showed a fall in sales at Velta Bank.", "figures"),  # published numbers, not a figure pointed back at
])
def test_shell_noun_with_content_stays(nlp, text, kept):
    found = labels(text, nlp)
    assert kept in found, found
