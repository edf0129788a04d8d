"""Is this English? The extractor's rules and model are English; other languages would come out
as confident nonsense, so they are refused with a clear message instead. Plain Python."""
from __future__ import annotations

import re

FUNCTION_WORDS = frozenset(
    """the a an of to in and or but is are was were be been has have had it its this that these
    those on at by for with from as not no he she they we you i his her their our who which what
    said says will would can could than then there here after before about into over""".split()
)
MIN_WORDS = 25  # shorter texts are let through: too little to judge
MIN_FUNCTION_SHARE = 0.10  # English prose runs at 0.15-0.5 (BBC corpus minimum 0.15); French or German prose near 0.05
MIN_LATIN_SHARE = 0.5  # letters outside the Latin script: Arabic, Cyrillic, CJK...
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def english_share(text: str) -> float:
    """Share of words that are common English function words (0..1)."""
    words = [w.lower() for w in WORD.findall(text)]
    return sum(w in FUNCTION_WORDS for w in words) / len(words) if words else 0.0


def not_english_reason(text: str) -> str | None:
    """Why the text does not look like English, or None when it does (or is too short to tell)."""
    letters = [ch for ch in text if ch.isalpha()]
    if len(WORD.findall(text)) < MIN_WORDS:
        return None
    latin = sum(ch.isascii() or "\u00c0" <= ch <= "\u024f" for ch in letters) / len(letters)
    if latin < MIN_LATIN_SHARE:
        return "is not in English (mostly non-Latin script); kg reads English articles only"
    share = english_share(text)
    if share < MIN_FUNCTION_SHARE:
        return f"does not look like English ({share:.0%} common English words); kg reads English articles only"
    return None
