"""A reflexive pronoun ("himself", "themselves") names the clause's own subject: a fact of a thing
with itself tells a reader nothing, so it is never an argument (articles written for the tests)."""
from __future__ import annotations

import pytest

from kg.pipeline.builder import extract_document
from kg.read.text import document_from_text

pytestmark = pytest.mark.model


def facts(text: str, nlp) -> set:
    ex = extract_document(document_from_text(text, source="t.txt"), nlp)
    label = {e.key: e.label for e in ex.entities}
    return {(label[r.subject], r.predicate, label[r.object]) for r in ex.relations}


@pytest.mark.parametrize("text, kept, wrong_object", [
    ("Agassi beat Ivan Petrov. The Russian hit himself on the head in one outburst.",
     ("Agassi", "beat", "Ivan Petrov"), "Ivan Petrov"),
    ("Jo Lamb praised Tom Reyes. Later she blamed herself for the defeat.",
     ("Jo Lamb", "praise", "Tom Reyes"), "Tom Reyes"),
])
def test_reflexive_is_no_argument(nlp, text, kept, wrong_object):
    found = facts(text, nlp)
    assert kept in found, found
    later = {f for f in found if f != kept}
    assert not any(wrong_object in (s, o) for s, _, o in later), later
