"""Dates: date expressions resolved against the article's date, and the day a clause names."""
from __future__ import annotations

import datetime as dt

from kg.extract.clauses import (
    MAX_CLIMB,
    control_chain,
)
from kg.extract.mentions import entity_of
from kg.extract.state import State
from kg.extract.timex import Tense, resolve_date
from kg.model import (
    DateMention,
    Span,
)


def _tense(verb) -> Tense:
    if verb is None:
        return Tense.PAST
    for node in control_chain(verb):
        if any(c.lower_ in ("will", "'ll", "shall") for c in node.children if c.dep_ == "aux"):
            return Tense.FUTURE
    if verb.tag_ in ("VBZ", "VBP"):
        return Tense.PRESENT
    if verb.tag_ == "VB" and not any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in ("would", "could") for c in verb.children):
        return Tense.FUTURE if any(c.lower_ in ("will", "'ll") for c in verb.children) else Tense.PRESENT
    return Tense.PAST


def _governing_verb(token):
    node = token
    for _ in range(MAX_CLIMB):
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def dates(state: State, doc, offset: int) -> None:
    anchor = state.document.date
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        value = resolve_date(ent.text, anchor, _tense(_governing_verb(ent.root)))
        if value is not None:
            state.dates.append(DateMention(ent.text, value, Span(offset + ent.start_char, offset + ent.end_char)))


def clause_date(state: State, verb) -> dt.date | None:
    """The day a date expression attached to this verb names ("said Thursday", "on October 20")."""
    anchor = state.document.date
    for child in verb.children:
        candidates = [child] if child.dep_ in ("npadvmod", "tmod") else []
        if child.dep_ == "prep":
            candidates = [c for c in child.children if c.dep_ == "pobj"]
        for cand in candidates:
            if cand.ent_type_ == "DATE":
                ent = entity_of(cand)
                if ent is not None:
                    value = resolve_date(ent.text, anchor, _tense(verb))
                    if value is not None:
                        return value
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i:
        return clause_date(state, verb.head)  # "visited the crossing on Friday and met Brandt there"
    return None
