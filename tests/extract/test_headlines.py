"""Telegraphic headlines (kg.extract.headlines): "NAME verbs NOUN ..." as the article's first line,
which the model reads as one noun phrase, is re-parsed as subject - verb - object when the body
names the subject; other headlines keep their parse."""
from __future__ import annotations

import pytest

from kg.extract.parse import parse
from kg.read.text import document_from_text
from tests.extract.test_pronoun_antecedents import triples as facts

pytestmark = pytest.mark.model


def _headline(text: str, nlp):
    return parse(document_from_text(text, source="t.txt"), nlp)[0]


@pytest.mark.parametrize("text, verb, fact", [
    # the verb read as a plural noun, the subject (a surname) as its adjective
    ("Webb attacks Rovers over transfer fee\n\nFormer captain Tom Webb has criticised Rovers for selling their best player.",
     "attacks", ("Tom Webb", "attack", "Rovers")),
    ("Kerr eyes Scotland job\n\nFormer Rangers manager Sam Kerr has said he wants to manage Scotland.",
     "eyes", ("Sam Kerr", "eye", "job")),
    # the verb the parser heads the line with already: the surname is still the body's person
    ("Mills backs Labour on tax\n\nThe actor John Mills has said he supports Labour's plans.",
     "backs", ("John Mills", "back", "Labour")),
])
def test_telegraphic_headline_has_its_verb(nlp, text, verb, fact):
    token = next(t for t in _headline(text, nlp) if t.text == verb)
    assert token.dep_ == "ROOT" and token.tag_ == "VBZ", (token.dep_, token.tag_)
    assert fact in facts(text, nlp)


@pytest.mark.parametrize("text", [
    # the first word is no name of the body's: a noun phrase
    "Giant attacks shock village\n\nA giant has attacked the village of Hale, police said.",
    "Tough rules for ringtone sellers\n\nNew rules for firms selling ringtones were set out by Ofcom.",
    # a name, but a preposition right after the -s word: a noun phrase ("fans in clash")
    "Rovers fans in clash with police\n\nFans of Rovers fought with police in Leeds on Saturday.",
    # the line has a finite verb of its own
    "Oil prices rise after Leeds blast\n\nOil prices rose after a blast at a depot in Leeds.",
])
def test_other_headlines_stay(nlp, text):
    headline = text.split("\n")[0]
    assert [(t.dep_, t.head.i, t.tag_) for t in _headline(text, nlp)] == [(t.dep_, t.head.i, t.tag_) for t in nlp(headline)]
