"""A scheduled fact keeps the words of the plan it rests on in its predicate (kg.extract.plans):
sentences written for the tests."""
from __future__ import annotations

import pytest

from kg.extract.plans import planned
from kg.model import Factuality
from kg.pipeline.builder import extract_document
from kg.read.text import document_from_text

pytestmark = pytest.mark.model


def facts(text: str, nlp) -> dict[tuple[str, str, str], Factuality]:
    """(subject label, predicate, object label) -> factuality, of each relation extracted from `text`."""
    ex = extract_document(document_from_text(text, source="t.txt"), nlp)
    label = {e.key: e.label for e in ex.entities}
    return {(label[r.subject], r.predicate, label[r.object]): r.factuality for r in ex.relations}


@pytest.mark.parametrize("text, expected", [
    # a verb of planning or deciding before the infinitive
    ("Vantor Motors plans to buy Korvex next year.", ("Vantor Motors", "plan to buy", "Korvex")),
    ("Kestrel Systems is planning to hold daily briefings.", ("Kestrel Systems", "plan to hold", "briefings")),
    ("Vantor Motors agreed to buy Korvex for $2bn.", ("Vantor Motors", "agree to buy", "Korvex")),
    ("The Nexacom board decided to close the Leeds plant.", ("Nexacom board", "decide to close", "Leeds plant")),
    # a noun of planning
    ("The Green Party has unveiled plans to build 5,000 new homes.", ("Green Party", "plan to build", "5,000 new homes")),
    # a timetable after "be"
    ("Kestrel Systems is due to open a store in Leeds.", ("Kestrel Systems", "be due to open", "store")),
    ("Tom Reed said he was going to close the plant.", ("Tom Reed", "be going to close", "plant")),
    # a conjunct shares its first verb's plan
    ("Vantor Motors plans to sell Korvex and buy Nexacom.", ("Vantor Motors", "plan to buy", "Nexacom")),
])
def test_plans_worded_into_the_predicate(nlp, text, expected):
    found = facts(text, nlp)
    assert expected in found, found
    assert found[expected] is Factuality.SCHEDULED


@pytest.mark.parametrize("text, expected", [
    # a bare future is the verb's tense, not a plan
    ("Vantor Motors will close the plant in May.", ("Vantor Motors", "close", "plant")),
    # a plan carried out is a plain act
    ("Vantor Motors bought Korvex, as it had planned.", ("Vantor Motors", "buy", "Korvex")),
    # "went to" is a journey, not a "going to"
    ("Ana Ruiz went to meet Tom Reed in Lisbon.", ("Ana Ruiz", "meet", "Tom Reed")),
])
def test_no_plan_words(nlp, text, expected):
    assert expected in facts(text, nlp)


@pytest.mark.parametrize("text, words", [
    # a phrasal "set out to" is an aim, not a timetable
    ("The Kestrel panel had set out to study the Lisbon reports.", "be set to"),
    # an infinitive far from the verb is no part of the agreeing
    ("Tom Reed agreed with everything Ana Ruiz has done to reform the Kestrel clinic.", "agree to"),
    # a participle before the infinitive says whose plans they are, not the subject's
    ("The panel will assess the reforms agreed in Lisbon to make Vantor Motors profitable.", "agree to"),
])
def test_words_of_no_plan(nlp, text, words):
    found = facts(text, nlp)
    assert not any(p.startswith(words) for _, p, _ in found), found


def test_planned_words_come_once():
    assert planned("buy", "plan to") == "plan to buy"
    assert planned("plan to buy", "plan to") == "plan to buy"
    assert planned("buy", None) == "buy"


def test_every_plan_word_is_a_cue_the_factuality_schedules():
    """A plan word the factuality does not read as scheduling would never be worded in: dead."""
    from kg.extract.factuality_cues import GOVERNING_ADJECTIVES, GOVERNING_NOUNS, GOVERNING_VERBS
    from kg.extract.plans import PLAN_NOUNS, PLAN_VERBS, TIMING_WORDS

    assert all(GOVERNING_VERBS.get(lemma) is Factuality.SCHEDULED for lemma in PLAN_VERBS)
    assert all(Factuality.SCHEDULED in (GOVERNING_VERBS.get(lemma), GOVERNING_ADJECTIVES.get(lemma)) for lemma in TIMING_WORDS)
    assert all(GOVERNING_NOUNS.get(lemma) is Factuality.SCHEDULED for lemma in PLAN_NOUNS)
