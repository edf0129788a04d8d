"""A score right after a name ("beat Ian Dunn 6-4 6-3", "lost to Williams 1-6,4-6"): the small model
tags the score as words of the person's name and hangs the name on its last number, so the object of
"beat" is "3" and no fact names the loser; or it leaves the name a modifier of the verb ("beat
Hewitt[npadvmod] 1-6 6-3"). The score says by how much; the name holds the argument's place."""
from __future__ import annotations

import re

from kg.extract.hyphens import DASHES

SCORE_NUMBER = re.compile(r"^\d{1,2}(,\d{1,2})?$")  # "6", "6,4" (two sets with a comma and no space)


def score_number(token) -> bool:
    """Whether `token` is a number of a score: "6", or "6,4" where the tokenizer kept two sets one word."""
    return SCORE_NUMBER.match(token.text) is not None


def scores_after_names(doc) -> None:
    """Hang, in place, each score after a name on the name, and the name where the score stood (the
    name's own words end before the score: `kg.extract.names`)."""
    i = 1
    while i < len(doc):
        run = _score_run(doc, i)
        name = doc[i - 1]
        if not run or name.pos_ != "PROPN":
            i += max(len(run), 1)
            continue
        inside = {t.i for t in run}
        top = next((t for t in run if t.head.i not in inside), None)
        if top is not None and name.head.i in inside:
            for word in doc[max(0, name.left_edge.i):name.i]:
                if word.head.i in inside:
                    word.head = name
            name.head, name.dep_ = (name, "ROOT") if top.head.i == top.i else (top.head, top.dep_)
        for token in run:
            for child in [c for c in token.children if c.i not in inside]:
                if child.i != name.i and child.head.i == token.i:
                    child.head = name.head if name.dep_ != "ROOT" else name
            token.head, token.dep_ = name, "punct" if token.text in DASHES else "npadvmod"
        if name.dep_ == "npadvmod" and name.head.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in name.head.children):
            name.dep_ = "dobj"  # "beat Hewitt[npadvmod] 1-6 6-3": whom he beat
        i = run[-1].i + 1


def _score_run(doc, start: int) -> list:
    """The tokens of a score from `start` ("6 - 4 6 - 3"), with at least one number, dash, number; else []."""
    end = start
    while end < len(doc) and (score_number(doc[end]) or doc[end].text in DASHES):
        end += 1
    run = list(doc[start:end])
    scored = any(score_number(a) and b.text in DASHES and score_number(c) for a, b, c in zip(run, run[1:], run[2:]))
    return run if scored and score_number(run[0]) else []
