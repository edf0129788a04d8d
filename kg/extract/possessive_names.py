"""Names a business carries in an owner's form ("Foster's", "Sainsbury's", "Christie's"). The
tagger cuts the "'s" off as a possessive marker, so "Foster's spent A$584m" gives a node "Foster",
typed a person, for the brewer. The form shows where the "'s" owns nothing: it hangs on the
subject of a clause ("Foster's spent", "Sainsbury's is"), not on a name before a noun ("Foster's
offer"). A name the article writes that way, and never without the "'s", is the business's whole
name in every one of its mentions ("Foster's takeover offer" is the brewer's offer); a name also
written bare ("Chelsea's win ... Chelsea beat") is an owner's, whatever the parser made of one "'s".
"""
from __future__ import annotations

POSSESSIVE_NAMES = "possessive_names"  # doc.user_data key: the article's names written only with "'s"
OWNER_MARKS = {"'s", "\u2019s"}
STANDING_DEPS = {"nsubj", "nsubjpass"}  # where a name with "'s" owns no noun


def possessive_names(docs: list) -> None:
    """Record, in each of the article's `docs` (its parsed paragraphs), the names (lower case, words
    joined by spaces) that stand as a subject with "'s" at least once and never appear without it."""
    standing, bare = set(), set()
    for doc in docs:
        for token in doc:
            if token.pos_ != "PROPN" or token.dep_ == "compound":
                continue
            words = _name_words(token)
            marked = token.i + 1 < len(doc) and doc[token.i + 1].lower_ in OWNER_MARKS and doc[token.i + 1].head.i == token.i
            if not marked:
                bare.add(words)
            elif token.dep_ in STANDING_DEPS:
                standing.add(words)
    names = frozenset(standing - bare)
    for doc in docs:
        doc.user_data[POSSESSIVE_NAMES] = names


def possessive_end(doc, start: int, end: int) -> int:
    """`end`, or one more when the name doc[start:end] is one the article writes with its "'s" (see
    the module's doc) and its "'s" follows."""
    names = doc.user_data.get(POSSESSIVE_NAMES, ())
    if end < len(doc) and doc[end].lower_ in OWNER_MARKS and names and " ".join(t.lower_ for t in doc[start:end]) in names:
        return end + 1
    return end


def _name_words(token) -> str:
    """The name a proper noun ends, with the proper nouns compounded on it before it, in lower case."""
    start = token.i
    while start > 0 and token.doc[start - 1].dep_ == "compound" and token.doc[start - 1].pos_ == "PROPN" \
            and token.doc[start - 1].head.i == token.i:
        start -= 1
    return " ".join(t.lower_ for t in token.doc[start : token.i + 1])
