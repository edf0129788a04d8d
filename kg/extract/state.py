"""What the rules of one document share while it is read: the mentions found so far, by token,
and what has been found for the graph. Never leaves the extraction stage."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from operator import itemgetter

from kg.extract.clauses import ClauseFrame, clause_frame
from kg.model import (
    DateMention,
    Document,
    Mention,
    RawQuote,
    RawRelation,
)


@dataclass
class State:
    """Mutable bookkeeping while one document is read; never leaves the extraction stage."""

    document: Document
    mentions: list[Mention] = field(default_factory=list)
    by_token: dict[tuple[int, int], int | None] = field(default_factory=dict)
    # Passages in text order, none overlapping another (found paragraph by paragraph, each in
    # order), so `passage_at` finds one by binary search.
    quote_of_char: list[tuple[int, int, int]] = field(default_factory=list)  # (start, end, quote index)
    marked: list[tuple[int, int]] = field(default_factory=list)  # every passage between quote marks, quotation or not
    relations: list[RawRelation] = field(default_factory=list)
    quotes: list[RawQuote] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    nicknames: list[tuple[int, int]] = field(default_factory=list)
    frames: dict[tuple[int, int], ClauseFrame] = field(default_factory=dict)  # (paragraph, token) -> its frame
    groups: list[tuple[int, int, str, tuple[int, ...]]] = field(default_factory=list)  # lists of names (kg.extract.collectives)


def frame_of(state: State, para_index: int, verb) -> ClauseFrame:
    """`clause_frame(verb)`, worked out once per document: a speech verb's frame is asked for by
    its relations, by every clause it reports (attribution) and by the quotes around it."""
    key = (para_index, verb.i)
    if key not in state.frames:
        state.frames[key] = clause_frame(verb)
    return state.frames[key]


def passage_at(passages: list[tuple[int, ...]], char: int) -> int | None:
    """The position in `passages` ((start, end, ...) in text order, not overlapping) of the one
    holding the character offset `char`, or None: a binary search, so a long article whose every
    mention asks stays fast."""
    at = bisect_right(passages, char, key=_START) - 1
    return at if at >= 0 and passages[at][0] <= char < passages[at][1] else None


_START = itemgetter(0)
