"""Works a title credits to a name: "Dogville and Dancer In The Dark director Lars von Trier" ->
von Trier -direct-> Dogville, -direct-> Dancer In The Dark. Only a title the words mark as a
work's counts: a capitalised function word inside it ("In The"), which no body's name has, or a
work's tag; a name joined to such a title by "and" is a work too. "Titanic director James
Cameron" says nothing the words show, and "Bank of England director" names a body
(`kg.extract.roles.title_role`)."""
from __future__ import annotations

from kg.extract.mentions import name_start
from kg.extract.names import opens_sentence
from kg.extract.relations import relate
from kg.extract.state import State

CREDIT_VERBS = {  # what the holder of a work's title did to it
    "director": "direct", "writer": "write", "author": "write", "screenwriter": "write", "creator": "create",
    "composer": "compose", "choreographer": "choreograph",
}
FUNCTION_TAGS = {"ADP", "DET", "CCONJ", "PRON", "PART"}  # small words a title capitalises: "In", "The", "To"
WORK_LABELS = {"WORK_OF_ART"}
# Tags of a name before "and" that is no work; nor is one after "for", which pairs a person with a
# work in a list ("Ida Marsh for Winter Roads and My Summer Of Love director Ola Berg").
NOT_WORK_LABELS = {"PERSON", "GPE", "DATE"}


def credited_works(state: State, para_index: int, ent, offset: int) -> None:
    """The works a role noun right before the person name `ent` credits to it."""
    doc = ent.doc
    start = name_start(doc, ent.start, ent.end)
    if ent.label_ != "PERSON" or start < 2:
        return
    role = doc[start - 1]
    verb = CREDIT_VERBS.get(role.lower_) if role.is_lower else None
    if verb is None:
        return
    first = _title_start(doc, role.i)
    if first is None:
        return
    works = [_first_word(doc[first:role.i])]
    if (joined := _joined_title(doc, first)) is not None:
        works.append(_first_word(joined))
    for work in works:
        relate(state, para_index, ent.root, verb, work, confidence=0.7)


def _joined_title(doc, first: int):
    """The name joined by "and" to the title that starts at token `first` ("Dogville" in "Dogville
    and Dancer In The Dark director"): a work too, unless a tag or a "for" before it says otherwise."""
    if first < 2 or doc[first - 1].lower_ != "and" or not _capitalised(doc[first - 2]):
        return None
    other = doc[_capitalised_run_start(doc, first - 1) : first - 1]
    if any(t.ent_type_ in NOT_WORK_LABELS for t in other) or other.start and doc[other.start - 1].lower_ == "for":
        return None
    return other


def _title_start(doc, end: int) -> int | None:
    """The first token of the work's title that ends before token `end`, or None when the words
    before `end` are no title marked as a work's."""
    start = _capitalised_run_start(doc, end)
    if start == end:
        return None
    words = doc[start:end]
    marked = any(t.pos_ in FUNCTION_TAGS and not opens_sentence(t) for t in words[1:]) or any(
        t.ent_type_ in WORK_LABELS for t in words)
    return start if marked else None


def _capitalised_run_start(doc, end: int) -> int:
    """Where the run of capitalised words ending before token `end` begins (`end` when there is none)."""
    start = end
    while start > 0 and _capitalised(doc[start - 1]) and not opens_sentence(doc[start - 1]):
        start -= 1
    return start


def _first_word(title):
    """The token a title's mention is built from: its first word that is no function word ("Summer"
    of "My Summer Of Love", whose mention runs on over "Of Love")."""
    return next((t for t in title if t.pos_ not in FUNCTION_TAGS), title[0])


def _capitalised(token) -> bool:
    """A word written with a capital (or in capitals): "Dark", "ET"."""
    return token.is_title or token.is_upper and token.is_alpha
