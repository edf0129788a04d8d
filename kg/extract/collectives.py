"""Collective referents: "the trio", "the pair" and "the two" stand for the names the
text last listed together, as many as the word counts ("Ana Ruiz, who won, Tom Hale and Li Wei
... Last week the trio attended": each of the three attended). A list is found on the surface of
a sentence, names of one kind joined by commas and a final "and", as the parser often leaves one
of them out of the coordination ("For Ana Ruiz, who won, Tom Hale and Li Wei the month has ...").
Lists are noted paragraph by paragraph in `State.groups`; a collective word takes the latest list
of its size from its own paragraph or the one before, and nothing when there is none. A list
with a word before its first name that goes on with it ("Big Lo, Tom Hale and Li Wei", where the
tagger found no name in "Big Lo") is longer than its names, so no count fits it; and "both"
is left alone, as it as often means two things the text never listed together."""
from __future__ import annotations

from kg.extract.lexicon import COLLECTIVE_NOUNS
from kg.extract.mentions import mention
from kg.extract.state import State

# Number words that, after "the" and with no noun of their own, count the things last listed ("the two met")
COUNTED_WORDS = {"two": 2, "three": 3, "four": 4}
LISTED_TYPES = {"PERSON", "ORG", "GPE", "NORP"}  # names a collective word may stand for
PEOPLE = {"PERSON"}  # what a collective noun ("the trio") counts; "the two" counts any names
GAP_WORDS = {",", "and"}  # what may stand between two names of a list
LOOK_BACK = 1  # how many paragraphs before its own a collective word looks back over


def note_lists(state: State, para_index: int, doc) -> None:
    """Record the lists of names in paragraph `doc` (see the module docstring) as
    (paragraph, character offset, entity label, member mention ids) in `state.groups`."""
    for sentence in doc.sents:
        names = [e for e in sentence.ents if e.label_ in LISTED_TYPES]
        run: list = []
        for ent in names:
            if run and (ent.label_ != run[-1].label_ or not _list_gap(run[-1], ent)):
                _note(state, para_index, run)
                run = []
            run.append(ent)
        _note(state, para_index, run)


def _note(state: State, para_index: int, run: list) -> None:
    """Note a run of names as a list when it has two or more, ends with "and" and starts the list."""
    if len(run) < 2 or not any(t.lower_ == "and" for t in run[0].doc[run[-2].end : run[-1].start]):
        return
    doc, start = run[0].doc, run[0].start
    if start >= 2 and doc[start - 1].text == "," and doc[start - 2].pos_ in ("NOUN", "PROPN"):
        return  # "Big Lo, Tom Hale and Li Wei": an item before the names that the tagger missed
    ids = [mention(state, para_index, ent.root) for ent in run]
    if None not in ids and len(set(ids)) == len(ids):
        state.groups.append((para_index, run[0].start_char, run[0].label_, tuple(ids)))


def _list_gap(before, after) -> bool:
    """Whether only a comma or "and" stands between two names, or a relative clause or an
    apposition set off by commas on the first ("Ana Ruiz, who won the race, and Tom Hale")."""
    doc = before.doc
    aside = {t.i for c in before.root.children if c.dep_ in ("relcl", "appos") for t in c.subtree}
    gap = doc[before.end : after.start]
    return len(gap) > 0 and all(t.lower_ in GAP_WORDS or t.i in aside for t in gap) \
        and any(t.lower_ in GAP_WORDS for t in gap)


def collective_size(token) -> tuple[int, set | None] | None:
    """(how many, the entity labels they may have, None for any) when `token` is a collective
    word standing alone: "the trio", "the pair", "the two"; else None."""
    children = list(token.children)
    lower = token.lemma_.lower()
    if lower in COLLECTIVE_NOUNS and token.tag_ == "NN" and len(children) == 1 and children[0].lower_ == "the":
        return COLLECTIVE_NOUNS[lower], PEOPLE
    if token.lower_ in COUNTED_WORDS and token.dep_ in ("nsubj", "nsubjpass") and len(children) == 1 and children[0].lower_ == "the":
        return COUNTED_WORDS[token.lower_], None
    return None


def _owned_as_one(verb) -> bool:
    """Whether an argument of `verb` (its object, or a preposition's) is owned by an "its"."""
    arguments = [c for c in verb.children if c.dep_ in ("dobj", "attr")] + [
        o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any(c.lower_ == "its" and c.dep_ == "poss" for a in arguments for c in a.children)


def collective_members(state: State, para_index: int, token, verb=None) -> list[int]:
    """The mention ids a collective word stands for (see `collective_size`), or [] when it is
    none or no list of its size came just before, or when the clause of `verb` calls it "its"
    ("The trio ... changing its name to Muse": the band acts as one, not its members)."""
    size = collective_size(token)
    if size is None or verb is not None and _owned_as_one(verb):
        return []
    count, labels = size
    char = token.doc.user_data["offset"] + token.idx
    for para, start, label, ids in reversed(state.groups):
        if start < char and para >= para_index - LOOK_BACK and len(ids) == count and (labels is None or label in labels):
            return list(ids)
    return []

