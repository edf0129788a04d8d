"""Hyphens and dashes between words: a hyphen written inside a word ("mid-size", "son-in-law")
joins its pieces into one word; a dash with spaces around it sets an aside off."""
from __future__ import annotations

DASHES = {"-", "–", "—", "--"}


def glued_hyphen(doc, i: int) -> bool:
    """Whether token i is a hyphen written inside a word ("mid-size"), not a dash between words."""
    return (0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i].whitespace_
            and not doc[i - 1].whitespace_ and doc[i - 1].is_alpha)


def spaced_dash(token) -> bool:
    """A dash with a space on either side: one that sets an aside off, not a hyphen ("COX-2")."""
    doc, i = token.doc, token.i
    return token.text in DASHES and bool(token.whitespace_) and i > 0 and bool(doc[i - 1].whitespace_)


def hyphen_prefix(token) -> bool:
    """"mid" in "mid-size": the first piece of a hyphenated word names nothing alone."""
    return not token.whitespace_ and token.i + 1 < len(token.doc) and glued_hyphen(token.doc, token.i + 1)


def whole_word(token) -> str:
    """A noun's word with the pieces hyphened onto it after it ("son-in-law", "editor-in-chief"),
    lower case; the noun's lemma when none is."""
    doc, i, pieces = token.doc, token.i, [token.lower_]
    while i + 2 < len(doc) and glued_hyphen(doc, i + 1) and not doc[i + 1].whitespace_:
        pieces.append(doc[i + 2].lower_)
        i += 2
    return "-".join(pieces) if len(pieces) > 1 else token.lemma_.lower()


def hyphenated_start(doc, start: int, piece=None) -> int:
    """`start` moved left over the pieces of a hyphenated word it begins inside ("size" -> "mid-size"),
    each one that `piece` accepts when given."""
    while start >= 2 and glued_hyphen(doc, start - 1) and (piece is None or piece(doc[start - 2])):
        start -= 2
    return start


WORD_PREFIXES = {"anti", "pro", "ex", "non", "post", "pre", "mid", "co", "neo", "pan", "semi", "multi", "cross", "inter", "all", "self"}


def capitalised_start(doc, start: int) -> int:
    """`start` moved left over the capitalised pieces of a hyphenated name it begins inside
    ("Life 2" -> "Half-Life 2"): not over a prefix ("Anti-Blair", "Pro-Europe") or a name of its
    own ("Blair-Brown")."""
    return hyphenated_start(doc, start, lambda t: t.is_title and t.is_alpha and not t.ent_type_ and t.lower_ not in WORD_PREFIXES)
