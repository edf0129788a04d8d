"""A body's name that lists its brief ("the Department for Culture, Media and Sport", "the
Internet Corporation for Assigned Names and Numbers", "the Parliamentary Group on Betting and
Gaming"): the tagger ends the name at the first item, or at the "and", and makes the items bodies
of their own ("Media", "Sport", "Numbers"). A body's word, then "for" or "on", then capitalised
items joined by commas and a last "and", all capitalised, is one name: a reader signs no fact of
"Gaming" or of "the Parliamentary Group on Betting".

So is a minister's brief listed before the post ("Culture, Media and Sport Secretary Tessa Jowell"):
one brief, and the parser, which often reads the items as a list the person ends, is mended so the
person is the argument.

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
POST_WORDS = {"secretary", "minister"}  # a brief listed before one of them is the post's, not a body
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


def _named_brief_end(doc, link: int, end: int) -> int | None:
    """The end of a brief of one item after "for" on a body's own word ("Commission for Racial
    Equality chairman X": the tagger finds no name, or "Racial Equality"), up to a person's name."""
    at = link + 1
    while at < end and doc[link].lower_ == "for" and doc[link - 1].lower_ in BODY_HEAD_WORDS and doc[at].is_title \
            and doc[at].is_alpha and doc[at].ent_type_ != "PERSON" and doc[at].lower_ not in CALENDAR_WORDS:
        at += 1
    return at if at > link + 1 and (at >= end or doc[at].lower_ not in ("and", "&", "of")) else None  # "for Latin America and the Caribbean"


def _posted_brief(doc, i: int, end: int) -> int | None:
    """The post word's index when capitalised items from `i`, joined by commas and an "and"
    ("Culture, Media and Sport"), stand before "Secretary" or "Minister" and a person's name; else None."""
    at, commas, joined = i, 0, False
    while True:
        item = at
        while at < end and doc[at].is_title and doc[at].is_alpha and doc[at].lower_ not in POST_WORDS and doc[at].ent_type_ != "PERSON":
            at += 1
        if at == item or at >= end or joined and doc[at].lower_ not in POST_WORDS:
            return None
        if doc[at].text == "," or doc[at].lower_ == "and":
            commas, joined = commas + (doc[at].text == ","), doc[at].lower_ == "and" or at + 1 < end and doc[at + 1].lower_ == "and"
            at += 1 + (doc[at].text == "," and at + 1 < end and doc[at + 1].lower_ == "and")
            continue
        post_ok = doc[at].lower_ in POST_WORDS and doc[at].is_title and _name_end(doc, at + 1, end) > at + 1
        return at if joined and commas and post_ok else None


def _name_end(doc, start: int, end: int) -> int:
    """The end of the person's name (capitalised proper nouns the tagger calls a person or nothing) from `start`."""
    at = start
    while at < end and doc[at].is_title and doc[at].pos_ == "PROPN" and doc[at].ent_type_ in ("PERSON", ""):
        at += 1
    return at


def _mend_posted_brief(doc, start: int, post: int) -> None:
    """Hang the brief and its post on the person's name after them, where the parser made the
    first item the argument and the name a last item of its list ("backed by [Culture], Media and
    Sport Secretary Tessa [Jowell]")."""
    person = doc[post + 1:_name_end(doc, post + 1, len(doc))]
    root, first = person.root, doc[start]
    if start <= first.head.i < person.end or not first.is_ancestor(root):
        return
    head, dep = (root, "ROOT") if first.head.i == first.i else (first.head, first.dep_)
    root.head, root.dep_ = head, dep  # first, so that no step below hangs a word under its own descendant
    for token in doc[start:post + 1]:
        for child in [c for c in token.children if not start <= c.i < person.end]:
            child.head = root
    for token in doc[start:post]:
        token.head, token.dep_ = doc[post], "punct" if token.text == "," else "cc" if token.lower_ == "and" else "compound"
    doc[post].head, doc[post].dep_ = root, "compound"


def lists_brief(ent) -> bool:
    """Whether the name `ent` is a body's listing its brief ("Centre for Vision, Speech and Signal
    Processing"), or a post's ("Culture, Media and Sport Secretary X"): its commas are the list's,
    not ones between two names."""
    doc = ent.doc
    return any(t.lower_ in BRIEF_LINKS and t.i > ent.start and doc[t.i - 1].lower_ in BODY_WORDS for t in ent) \
        or ent.end < len(doc) and doc[ent.end].lower_ in POST_WORDS and _posted_brief(doc, ent.start, min(len(doc), ent.end + 2)) == ent.end  # a post's


def bodies_listing_their_brief(doc) -> None:
    """Mend, in place, the names of bodies that list their brief and of countries joined from two:
    one name each (see the module's docstring)."""
    spans = []
    for sentence in doc.sents:
        i = sentence.start
        while i < sentence.end:
            start = i
            head_end = _capitals(doc, i + 1, sentence.end) if i == sentence.start and doc[i].is_title else _capitals(doc, i, sentence.end)
            if head_end > start and head_end < sentence.end and doc[head_end - 1].lower_ in BODY_WORDS \
                    and doc[head_end].lower_ in BRIEF_LINKS and (end := _brief_end(doc, head_end, sentence.end)
                                                                 or _named_brief_end(doc, head_end, sentence.end)) is not None:
                for ent in doc.ents:  # a name the tagger found across either end ("the Centre for Vision") goes in whole
                    start, end = (ent.start if ent.start < start < ent.end else start), (ent.end if ent.start < end < ent.end else end)
                spans.append(SpacySpan(doc, start, end, label="ORG"))
                i = end
                continue
            if doc[i].is_title and (i == sentence.start or not doc[i - 1].is_title) and (post := _posted_brief(doc, i, sentence.end)):
                _mend_posted_brief(doc, i, post)
                spans.append(SpacySpan(doc, i, post, label="ORG"))
                i = post + 1
                continue
            pair = (doc[i].lower_, doc[i + 2].lower_) if i + 2 < sentence.end and doc[i + 1].lower_ == "and" else None
            if pair in JOINED_COUNTRIES and doc[i].is_title and doc[i + 2].is_title:
                spans.append(SpacySpan(doc, i, i + 3, label="GPE"))
                i += 3
                continue
            i = max(i + 1, head_end)
    if spans:
        doc.set_ents(spans, default="unmodified")
