"""Finds directly quoted passages in a paragraph by their quote marks. Plain text, no spaCy.

Curly, straight and guillemet double quotes are read; single quotes are left alone (they are
mostly apostrophes and scare quotes). Unbalanced marks are recovered from, never fatal: a quote
still open at the end of the paragraph runs to its end (the journalistic convention for a quote
continuing into the next paragraph), and a new opening mark inside an open quote closes it.
"""
from __future__ import annotations

import re

OPENING = "“„«"
CLOSING = "”»"
STRAIGHT = '"'
QUOTE_MARKS = frozenset(OPENING + CLOSING + STRAIGHT)  # any mark that opens or closes a direct quote
MIN_WORDS = 3  # fewer words in marks are scare quotes or titles, not a quotation


def quoted_ranges(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of the text between quote marks, marks excluded, in order."""
    ranges: list[tuple[int, int, bool]] = []
    start: int | None = None
    for i, ch in enumerate(text):
        opening = ch in OPENING or (ch == STRAIGHT and _opens(text, i))
        closing = ch in CLOSING or (ch == STRAIGHT and not opening)
        if start is None:
            if opening:
                start = i + 1
        elif opening and ch != STRAIGHT or (ch == STRAIGHT and opening and _opens_strongly(text, i)):
            ranges.append((start, i, False))
            start = i + 1
        elif closing:
            ranges.append((start, i, True))
            start = None
    if start is not None:
        ranges.append((start, len(text), False))
    return [(s, e, closed) for s, e, closed in ranges if text[s:e].strip()]


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([—–-:") and not after.isspace()


def _opens_strongly(text: str, i: int) -> bool:
    """A straight quote inside an open quote starts a new one only after a sentence end."""
    return _opens(text, i) and text[:i].rstrip()[-1:] in ".!?"


def is_quotation(passage: str, *, at_paragraph_start: bool) -> bool:
    """Whether quoted words are a quotation (a sentence someone said) rather than scare quotes."""
    words = passage.split()
    if len(words) < MIN_WORDS:
        return False
    first = passage.lstrip(" .…'‘")[:1]
    return first.isupper() or first.isdigit() or at_paragraph_start


_DOUBLE_QUOTES = '"“”„'
# an opening single quote at the start of a word with no closing one after it: "economic 'miracle"
_OPENING = re.compile(r"(?:(?<=\s)|^)['‘`](?=\w)")
_CLOSING = re.compile(r"(?<=\w\w)(?<!s)['’](?=\s|$)")  # at a word's end, not a plural's possessive ("Oasis'")
_UNPAIRED_OPENING = re.compile(r"(?:(?<=\s)|^)['‘`](?=\w)(?![^'’]*['’](?:\s|$))")


def without_stray_quotes(text: str) -> str:
    """A name without the quote marks that belong to the sentence, not to it: double quotes left
    unpaired ('Dubious" assumptions', '"Alternative Budget'), a pair around the whole name, and
    an opening single quote never closed. Paired ones stay ('David "Fathead" Newman', "'pay
    later' Budget"), and so do apostrophes (O'Brien's, Oasis')."""
    text = text.strip()
    if sum(text.count(q) for q in _DOUBLE_QUOTES) % 2:
        text = " ".join("".join(ch for ch in text if ch not in _DOUBLE_QUOTES).split())
    elif len(text) > 2 and text[0] in _DOUBLE_QUOTES and text[-1] in _DOUBLE_QUOTES \
            and not any(q in text[1:-1] for q in _DOUBLE_QUOTES):
        text = text[1:-1].strip()
    text = _UNPAIRED_OPENING.sub("", text)
    closing = _CLOSING.search(text)
    if closing and not _OPENING.search(text, 0, closing.start()):
        text = text[: closing.start()] + text[closing.end():]  # "later' Budget": its opening mark was cut off
    return text
