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
    # ... and what someone said, proposed or decided, told just before
    ("Velta chairman Tom Reed has denied the claims.", "claims"),
    ("The Greens oppose the plans.", "plans"),
    ("Ana Ruiz said she was pleased with the decision.", "decision"),
    ("Velta Bank rejected the offer on Monday.", "offer"),
])
def test_bare_shell_noun_is_no_entity(nlp, text, absent):
    found = labels(text, nlp)
    assert absent not in found, found


@pytest.mark.parametrize("text, kept", [
    # a modifier, a possessor or a complement says which issue: a thing
    ("The pension issue has drawn strong interest in Brussels.", "pension issue"),
    ("Korvex solved the problem of late deliveries.", "problem of late deliveries"),
    ("Velta Bank rejected the offer of $2bn on Monday.", "offer of $2bn"),
    ("The dispute over fishing rights hurt Velta Bank.", "dispute"),
    # not after "the", "this" or "that": not pointing back
    ("Korvex faces problems in its Leeds plant.", "problems"),
    ("The figures showed a fall in sales at Velta Bank.", "figures"),  # published numbers, not a figure pointed back at
])
def test_shell_noun_with_content_stays(nlp, text, kept):
    found = labels(text, nlp)
    assert kept in found, found


@pytest.mark.parametrize("text, content, frame", [
    # a noun of plan, wish or view whose content a clause after it says is no node: the content is the
    # fact, as sure as the noun makes it, done by whoever the plan or the wish is
    ("Velta has unveiled plans to open 20 new stores in Wales.", ("Velta", "plan to open", "20 new stores", "scheduled"), "plans"),
    ("Tom Hale has expressed a willingness to join Leeds.", ("Tom Hale", "join", "Leeds", "desired"), "willingness"),
    ("Ana Ruiz showed great determination to win the race.", ("Ana Ruiz", "win", "race", "desired"), "determination"),
])
def test_the_content_of_a_frame_noun_is_the_fact(nlp, text, content, frame):
    ex = extract_document(document_from_text(text, source="t.txt"), nlp)
    label = {e.key: e.label for e in ex.entities}
    found = {(label[r.subject], r.predicate, label[r.object], r.factuality.name.lower()) for r in ex.relations}
    assert content in found and frame not in label.values(), (found, sorted(label.values()))


@pytest.mark.parametrize("text, kept", [
    # a frame the verb does something with, not one it makes known, is a thing: "denied accusations", "resisted pressure"
    ("Tom Hale denied accusations that he had threatened the referee.", ("Tom Hale", "deny", "accusations")),
    ("Velta has resisted pressure to sell its Leeds plant.", ("Velta", "resist", "pressure")),
    # an indefinite work or prize says what kind of thing it was; "his game" in sport is the one he plays
    ("Tom Hale won an award for his work with refugees.", ("Tom Hale", "win award for", "work")),
])
def test_a_frame_acted_on_stays(nlp, text, kept):
    ex = extract_document(document_from_text(text, source="t.txt"), nlp)
    label = {e.key: e.label for e in ex.entities}
    assert kept in {(label[r.subject], r.predicate, label[r.object]) for r in ex.relations}


@pytest.mark.parametrize("text, kept, vague", [
    # a work or an event called only "the song" or "the event", which no name resolved, makes no fact
    ("Velta Nights topped the chart again. The song was written by Tom Hale.", ("Velta Nights", "top", "chart"), "song"),
    ("Ana Ruiz spoke in Leeds on Monday. The event was organised by the Velta Trust.", ("Ana Ruiz", "speak in", "Leeds"), "event"),
])
def test_a_bare_work_or_event_makes_no_fact(nlp, text, kept, vague):
    ex = extract_document(document_from_text(text, source="t.txt"), nlp)
    label = {e.key: e.label for e in ex.entities}
    found = {(label[r.subject], r.predicate, label[r.object]) for r in ex.relations}
    assert kept in found and not any(vague in (s, o) for s, _p, o in found), found
