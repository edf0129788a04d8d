"""Open-IE relations between named places that a phrase states without a verb: a place named
with the larger place it is in ("Lancaster , Pa.", "the Monroe , Conn. , couple" -> (Lancaster;
be in; Pa.)), most often parsed as modifiers of the noun after them; a pair parsed as an
apposition is left to `kg.extract.nominal.apposition`.
"""
from __future__ import annotations

from kg.extract.spans import IMPLIED_BE, Argument, ExtractionRule, OpenExtraction

CONTAINMENT_CONFIDENCE = 0.6  # "Austin , Texas": Austin is in Texas
PLACE_LABELS = {"GPE", "LOC"}  # named places that hold other places (spaCy labels)
CLAUSE_POS = {"VERB", "AUX"}  # two places meeting only at a verb are in different phrases of its clause
LIST_WORDS = {"and", "or", "&"}  # a coordinator near two places: a list, not a place and its region


def containing_places(doc, words: list[str]) -> list[OpenExtraction]:
    """(place; be in; larger place) for each pair of named places that only a comma separates,
    unless the pair belongs to a list ("Paris , London and Berlin": the parser joins them as
    conjuncts, or a coordinator or a third place follows or precedes) or the two meet only at a
    verb ("in Flanders , the Region assigned ...": the comma closes a phrase of the clause)."""
    places = [e for e in doc.ents if e.label_ in PLACE_LABELS]
    out = []
    for inner, outer in zip(places, places[1:]):
        if outer.start != inner.end + 1 or words[inner.end] != ",":
            continue
        if outer.root.dep_ in ("conj", "appos") or _listed(doc, inner.start - 1, -1) or _listed(doc, outer.end, 1):
            continue  # conjuncts are a list; an apposition has its own rule (nominal.apposition)
        if _meeting_point(inner.root, outer.root).pos_ in CLAUSE_POS:
            continue
        arg1 = Argument(inner.start, inner.end, " ".join(words[inner.start : inner.end]))
        arg2 = Argument(outer.start, outer.end, " ".join(words[outer.start : outer.end]))
        out.append(OpenExtraction(f"{IMPLIED_BE} in", (arg1, arg2), CONTAINMENT_CONFIDENCE, ExtractionRule.CONTAINMENT))
    return out


def _meeting_point(a, b):
    """The nearest token that is `a` or `b` or governs both."""
    above_a = [a, *a.ancestors]
    governs_b = {t.i for t in (b, *b.ancestors)}
    return next(t for t in above_a if t.i in governs_b)


def _listed(doc, i: int, step: int) -> bool:
    """Whether the token at i (before or after a pair of places, step -1 or 1) continues a list:
    a coordinator, or a comma and then another named place."""
    if not 0 <= i < len(doc):
        return False
    if doc[i].lower_ in LIST_WORDS:
        return True
    beyond = i + step
    return doc[i].text == "," and 0 <= beyond < len(doc) and (doc[beyond].lower_ in LIST_WORDS or doc[beyond].ent_type_ in PLACE_LABELS)
