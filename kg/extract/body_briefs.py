"""A body's name that lists its brief ("the Department for Culture, Media and Sport", "the
Internet Corporation for Assigned Names and Numbers", "the Parliamentary Group on Betting and
Gaming"): the tagger ends the name at the first item, or at the "and", and makes the items bodies
of their own ("Media", "Sport", "Numbers"). A body's word, then "for" or "on", then capitalised
items joined by commas and a last "and", all capitalised, is one name: a reader signs no fact of
"Gaming" or of "the Parliamentary Group on Betting".

So is a country whose name joins two ("Trinidad and Tobago", "Bosnia and Herzegovina"): the
tagger reads two places, and a player who represents Trinidad and Tobago represents neither alone."""
from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from kg.extract.lexicon import CALENDAR_WORDS

BODY_HEAD_WORDS = {"office", "department", "ministry", "commission", "institute", "centre", "center", "council",  # a body's own
                   "agency", "association", "society", "foundation", "federation", "committee", "bureau",  # last word, before
                   "authority", "organisation", "organization", "fund", "secretariat", "board"}  # "for" or "of" (also repair_modifiers)
BODY_WORDS = BODY_HEAD_WORDS | {"corporation", "group", "academy", "trust", "union", "alliance", "school"}  # before a brief
BRIEF_LINKS = {"for", "on"}
JOINED_COUNTRIES = {("trinidad", "tobago"), ("bosnia", "herzegovina"), ("antigua", "barbuda"), ("serbia", "montenegro"),
                    ("turks", "caicos")}


def _capitals(doc, i: int, end: int) -> int:
    """The end of the run of capitalised words starting at `i` (`i` itself when none), within `end`."""
    while i < end and doc[i].is_title and doc[i].is_alpha and not doc[i].is_sent_start and doc[i].lower_ not in CALENDAR_WORDS:
        i += 1
    return i


def _brief_end(doc, link: int, end: int) -> int | None:
    """The end of a brief listed after the link word at `link` ("for Culture, Media and Sport"),
    or None when the words after it are no list ending in "and" and a capitalised item."""
    i = _capitals(doc, link + 1, end)
    if i == link + 1:
        return None
    while i < end and doc[i].text == "," and (after := _capitals(doc, i + 1, end)) > i + 1:
        i = after
    i += i < end and doc[i].text == ","  # "Vision, Speech, and Signal Processing"
    if i >= end or doc[i].lower_ != "and" or (last := _capitals(doc, i + 1, end)) == i + 1:
        return None
    return last


def lists_brief(ent) -> bool:
    """Whether the name `ent` is a body's listing its brief ("Centre for Vision, Speech and Signal
    Processing"): its commas are the list's, not ones between two names."""
    return any(t.lower_ in BRIEF_LINKS and t.i > ent.start and ent.doc[t.i - 1].lower_ in BODY_WORDS for t in ent)


def bodies_listing_their_brief(doc) -> None:
    """Mend, in place, the names of bodies that list their brief and of countries joined from two:
    one name each (see the module's docstring)."""
    spans = []
    for sentence in doc.sents:
        i = sentence.start
        while i < sentence.end:
            start = i
            head_end = _capitals(doc, i, sentence.end)
            if head_end > start and head_end < sentence.end and doc[head_end - 1].lower_ in BODY_WORDS \
                    and doc[head_end].lower_ in BRIEF_LINKS and (end := _brief_end(doc, head_end, sentence.end)) is not None:
                for ent in doc.ents:  # a name the tagger found across either end ("the Centre for Vision") goes in whole
                    start, end = (ent.start if ent.start < start < ent.end else start), (ent.end if ent.start < end < ent.end else end)
                spans.append(SpacySpan(doc, start, end, label="ORG"))
                i = end
                continue
            pair = (doc[i].lower_, doc[i + 2].lower_) if i + 2 < sentence.end and doc[i + 1].lower_ == "and" else None
            if pair in JOINED_COUNTRIES and doc[i].is_title and doc[i + 2].is_title:
                spans.append(SpacySpan(doc, i, i + 3, label="GPE"))
                i += 3
                continue
            i = max(i + 1, head_end)
    if spans:
        doc.set_ents(spans, default="unmodified")
