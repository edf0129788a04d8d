"""Quote speakers across an article: each quote's (speaker, first words), on articles written for
these tests."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from kg.extract import resolve
from kg.extract import rules as extract
from kg.pipeline.builder import extract_document
from kg.read.text import document_from_text

pytestmark = pytest.mark.model


def speakers(text: str, nlp) -> list[tuple[str | None, str]]:
    ex = extract_document(document_from_text(text, source="t.txt"), nlp)
    label = {e.key: e.label for e in ex.entities}
    return [(label.get(q.speaker), " ".join(q.text.split()[:3])) for q in ex.quotes]


@pytest.mark.parametrize("text, expected", [
    # a quote ending on a question mark, with its speech verb in the sentence the tagger split off after it
    ('Tom Hale spoke first. "I will never apologise," he said. But Maria Lopez is angry. '
     '"How can you be happy when you see your face on the cover?" Lopez said.',
     [("Tom Hale", "I will never"), ("Maria Lopez", "How can you")]),
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
    # a verb that only introduces words in its own sentence ("admitted:", "observed,") gives them their speaker
    ('Tom Hale, the manager, said: "Tickets sold well." Leeds student Carla Dunn admitted: "I came to see the band." '
     'Less impressed was Ian Moss, who observed, "They have not progressed."',
     [("Tom Hale", "Tickets sold well."), ("Carla Dunn", "I came to"), ("Ian Moss", "They have not")]),
    # a rank standing for the player in focus ("the world number one") keeps that player the one a "he" after it means
    ('Roger Hale beat Tom Dunn on Monday. Hale was not worried despite being taken to three sets. The world number one '
     'was forced to go the distance against Ivan Lubic in the Rotterdam final. "I definitely had a slow start," he said.',
     [("Roger Hale", "I definitely had")]),
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
    # the person a quote names is not the "he" who speaks it: the speaker is someone outside it
    ('Chancellor Tom Reed said taxes would fall. Economist Paul Kerr disagreed. '
     '"Mr Reed has misread the figures," he told the BBC.',
     [("Paul Kerr", "Mr Reed has")]),
    ('Prime Minister John Marsh promised to act. Reporter Paul Kerr said the cabinet met on Monday. '
     '"The prime minister has given clear orders," he told the BBC.',
     [("Paul Kerr", "The prime minister")]),
    ('Coach Peter Hale picked Sam Ward for the final. Luis Mendes, the captain, said the team was ready. '
     '"Mr Hale made the right call," he told reporters.',
     [("Luis Mendes", "Mr Hale made")]),
    # a quote with no speech verb right after a sentence a speech verb heads is that sentence's speaker's
    ('Inspector Tom Hale said the burglar had fled. "He was disturbed by the owner," he said. '
     'Sharon Cole listed the stolen rings. She said she wished she had worn them. "I always take them off at night."',
     [("Tom Hale", "He was disturbed"), ("Sharon Cole", "I always take")]),
    ('Ian Dunn praised the side. "We were superb," he said. Jo Baume, the manager, said the club was delighted. '
     '"We expected a hard game but nothing like this."',
     [("Ian Dunn", "We were superb,"), ("Jo Baume", "We expected a")]),
    # and so is a quote opening a paragraph, after one that ends on such a sentence
    ('Inspector Tom Hale said the burglar had fled. "He was disturbed by the owner," he said. '
     'Ozzy Cole said he was "just coming to grips" with what had happened.\n\n"We lived in a quiet street for years."',
     [("Tom Hale", "He was disturbed"), ("Ozzy Cole", "We lived in")]),
    # ... but a speech verb deep inside that sentence is not its speaker's ("rather than respond")
    ('Dr Tom Hale spoke on Monday. "It was hard," he said. But he said the health service had to act rather than '
     'respond only to illness. "We need a new approach."',
     [("Tom Hale", "It was hard,"), ("Tom Hale", "We need a")]),
    # "he said" after a sentence in which a named person said something without quoting it is that
    # person, not one the reported clause names
    ('"You need time," Tom Hale said. However, Ed Moss said he did not feel the market was as weak as Mr Hale '
     'believed. "It is true that we have severe problems in Leeds," he argued.',
     [("Tom Hale", "You need time,"), ("Ed Moss", "It is true")]),
    # an honorific inside what the tagger took for one name starts the person's name: the place
    # before it is where the speech was given
    ('In a talk at the Policy Exchange Ms Field said: "We will not give up the fight for the north."',
     [("Field", "We will not")]),
    ('At the Adam Smith Institute Mr Reed said of the plan: "It is clever and fluent, but it is not wise."',
     [("Reed", "It is clever")]),
])
def test_quote_speakers(text, expected, nlp):
    assert speakers(text, nlp) == expected


def test_a_statement_of_an_organisation_is_the_organisation(nlp):
    text = '"He was sent off for violent conduct in the last minute," said an Interpol statement.'
    assert speakers(text, nlp) == [("Interpol", "He was sent")]



def test_a_quoted_phrase_is_not_the_speech_verbs(nlp):
    """'The plan is "all about the banks," the senator said', parsed with "about" on "said" (as
    the small model does): the phrase is inside the quote marks, so it is the quote's, and
    "the senator said about the banks" is no fact. A phrase after the verb stays the verb's."""
    words = ["The", "plan", "is", '"', "all", "about", "the", "banks", ",", '"', "the", "senator", "said", "."]
    spaces = [True, True, True, False, True, True, True, False, False, True, True, True, False, False]
    heads = [1, 2, 12, 12, 5, 12, 7, 5, 12, 12, 11, 12, 12, 12]
    deps = ["det", "nsubj", "ccomp", "punct", "advmod", "prep", "det", "pobj", "punct", "punct", "det", "nsubj", "ROOT", "punct"]
    pos = ["DET", "NOUN", "AUX", "PUNCT", "ADV", "ADP", "DET", "NOUN", "PUNCT", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"]
    tags = ["DT", "NN", "VBZ", "``", "RB", "IN", "DT", "NNS", ",", "''", "DT", "NN", "VBD", "."]
    lemmas = ["the", "plan", "be", '"', "all", "about", "the", "bank", ",", '"', "the", "senator", "say", "."]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    doc.user_data["offset"] = 0
    document = document_from_text(doc.text, source="t.txt")
    ex = resolve.resolve(extract.extract(document, [doc]))
    label = {e.key: e.label for e in ex.entities}
    assert not any(r.predicate == "say about" for r in ex.relations), [(label[r.subject], r.predicate) for r in ex.relations]
    ex = extract_document(document_from_text('"We are worried," the mayor said about the closures.', source="t.txt"), nlp)
    label = {e.key: e.label for e in ex.entities}
    assert ("mayor", "say about", "closures") in {(label[r.subject], r.predicate, label[r.object]) for r in ex.relations}
