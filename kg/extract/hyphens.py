"""Hyphens and dashes between words: a hyphen written inside a word ("mid-size", "son-in-law")
joins its pieces into one word; a dash with spaces around it sets an aside off. Also words the
tokenizer or the parser split ("de-escalation" read as two nouns, "a McGeady shot" as a name and a verb)."""
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


def split_prefix(token):
    """The first piece of a word the tokenizer split at its hyphen and the parser read as two
    nouns in the same role ("de" in "de-escalation"), or None."""
    doc, i = token.doc, token.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return None
    prefix = doc[i - 2]
    same_role = prefix.dep_ == token.dep_ and prefix.head.i == token.head.i and prefix.pos_ == token.pos_
    return prefix if same_role and prefix.is_alpha else None


def split_modifier(token) -> bool:
    """Whether `token` ends a name after "a" or "an" that the parser cut from the noun it qualifies
    ("a McGeady shot", where "shot" was read as a verb): a name with an indefinite article names a
    kind of thing of that person's, and the next word is that thing."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.pos_ == "PROPN" and after is not None and after.tag_ in ("NN", "NNS", "VBD") and after.head.i == token.head.i != after.i \
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)


def split_stem(token):
    """The last piece when `token` is the first piece of such a split word, else None."""
    doc, i = token.doc, token.i
    if i + 2 >= len(doc):
        return None
    stem = doc[i + 2]
    prefix = split_prefix(stem)
    return stem if prefix is not None and prefix.i == i else None
