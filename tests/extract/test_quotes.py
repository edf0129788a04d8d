"""Quote speakers across an article: each quote's (speaker, first words), on articles written for
these tests."""
from __future__ import annotations

import pytest

from kg.pipeline.builder import extract_document
from kg.read.text import document_from_text

pytestmark = pytest.mark.model


def speakers(text: str, nlp) -> list[tuple[str | None, str]]:
    ex = extract_document(document_from_text(text, source="t.txt"), nlp)
    label = {e.key: e.label for e in ex.entities}
    return [(label.get(q.speaker), " ".join(q.text.split()[:3])) for q in ex.quotes]


@pytest.mark.parametrize("text, expected", [
    # a quote with no speech verb of its own goes on with the last speaker, not the person it names
    ('Rafael Moreno said: "It was a great night for us.\n\n'
     '"Daniel Ortiz can play anywhere on the pitch and he knows it."',
     [("Rafael Moreno", "It was a"), ("Rafael Moreno", "Daniel Ortiz can")]),
    # "He added:" after a quote continues its speaker, though another man was named in between
    ('Rafael Moreno said: "We were lucky tonight." Moreno praised Daniel Ortiz for his late goal. '
     'The team scored twice after the break. He added: "Ortiz is the best player in the league."',
     [("Rafael Moreno", "We were lucky"), ("Rafael Moreno", "Ortiz is the")]),
    # ... unless another person spoke or acted as a subject since: then the pronoun is theirs
    ('Rafael Moreno said: "We were lucky tonight." Daniel Ortiz admitted he was tired. '
     'He said: "I could barely run in the last minutes."',
     [("Rafael Moreno", "We were lucky"), ("Daniel Ortiz", "I could barely")]),
    # the speaker after the verb ("added Welch")
    ('"We will be back next year," said Anna Keller. "I am proud of this team," added Laura Brandt.',
     [("Anna Keller", "We will be"), ("Laura Brandt", "I am proud")]),
    # a quote with its own speech verb is its own quote, not the end of the one before
    ('"We will be back next year," Anna Keller told reporters. "I am proud of this team," she added.',
     [("Anna Keller", "We will be"), ("Anna Keller", "I am proud")]),
    # "said a spokesman for X": a later "he said" is the spokesman, not an earlier name
    ('Kelly Moran sang at the opening. A spokesman for the Arts Council said the show would return. '
     '"Work is going on to bring it back next spring," he said.',
     [("spokesman", "Work is going")]),
])
def test_quote_speakers(text, expected, nlp):
    assert speakers(text, nlp) == expected


def test_a_statement_of_an_organisation_is_the_organisation(nlp):
    text = '"He was sent off for violent conduct in the last minute," said an Interpol statement.'
    assert speakers(text, nlp) == [("Interpol", "He was sent")]
