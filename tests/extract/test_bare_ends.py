"""Ends named by a bare common noun whose content the sentence puts elsewhere (kg.extract.bare_ends):
sentences written for the tests, with the end's words -> whether it is an unresolved definite
description and whether its label leaves out a possessor or a complement."""
from __future__ import annotations

import pytest

from kg.extract.bare_ends import dropped_complement, trailing_complement, unresolved_description
from kg.model import Entity, EntityType, Relation, Span


def end_in(text: str, words: str, label: str) -> tuple[Entity, Relation]:
    """An entity labelled `label` mentioned once, at `words` in `text`, and a relation of that sentence."""
    start = text.index(words)
    entity = Entity(key="e1", label=label, type=EntityType.CONCEPT, mentions=(Span(start, start + len(words)),))
    return entity, Relation(subject="e0", predicate="p", object="e1", sentence=Span(0, len(text)))


@pytest.mark.parametrize("text, words, label, unresolved, stripped", [
    # a definite description of one noun that no name resolved
    ("The issue has drawn interest from Brussels.", "issue", "issue", True, False),
    ("Ana Ruiz discussed this problem with the minister.", "problem", "problem", True, False),
    # its complement carries what it is
    ("The trial of Tom Reed has opened in Leeds.", "trial", "trial", True, True),
    ("Ana Ruiz said she respects the views of her critics.", "views", "views", True, True),
    # a possessor before it, or a complement after a bare noun
    ("Korvex responded to the bank's rebuff on Monday.", "rebuff", "rebuff", False, True),
    ("Ana Ruiz told Radio Nine's evening programme she would stay.", "programme", "programme", False, True),
    ("Ana Ruiz took responsibility for the new policies.", "responsibility", "responsibility", False, True),
    ("Tom Reed has dropped hints that he will retire.", "hints", "hints", False, True),
    # a name, a noun with its modifiers in the label, or a noun with no article: neither
    ("Korvex bought Velta Bank in March.", "Velta Bank", "Velta Bank", False, False),
    ("Korvex reported a sharp rise in profits.", "sharp rise", "sharp rise", False, False),
    ("Ana Ruiz won approval from the board.", "approval", "approval", False, False),
])
def test_bare_ends(text, words, label, unresolved, stripped):
    entity, rel = end_in(text, words, label)
    assert unresolved_description(entity, rel, text) is unresolved
    assert dropped_complement(entity, rel, text) is stripped


@pytest.mark.parametrize("text, words, label, trailing", [
    # a noun with its modifiers whose of-phrase, that-clause or against-phrase the label leaves out
    ("Ana Ruiz overtook the combined length of two terms.", "combined length", "combined length", True),
    ("Tom Reed explained his long-held view that taxes should fall.", "long-held view", "long-held view", True),
    ("Korvex built a strong case against the merger.", "strong case", "strong case", True),
    ("Korvex responded to the bank's rebuff on Monday.", "rebuff", "rebuff", False),  # "on Monday" says when
    # a complement already in the label, a phrase that narrows it, a name: none
    ("Korvex placed a firm order for 30 of the aircraft.", "firm order", "firm order for 30 of the aircraft", False),
    ("Korvex reported a sharp rise in profits.", "sharp rise", "sharp rise", False),
    ("Ana Ruiz praised the work of Velta Bank.", "Velta Bank", "Velta Bank", False),
])
def test_trailing_complement(text, words, label, trailing):
    entity, rel = end_in(text, words, label)
    assert trailing_complement(entity, rel, text) is trailing
