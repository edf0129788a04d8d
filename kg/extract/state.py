"""What the rules of one document share while it is read: the mentions found so far, by token,
and what has been found for the graph. Never leaves the extraction stage."""
from __future__ import annotations

from dataclasses import dataclass, field

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
    quote_of_char: list[tuple[int, int, int]] = field(default_factory=list)  # (start, end, quote index)
    marked: list[tuple[int, int]] = field(default_factory=list)  # every passage between quote marks, quotation or not
    relations: list[RawRelation] = field(default_factory=list)
    quotes: list[RawQuote] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    nicknames: list[tuple[int, int]] = field(default_factory=list)
