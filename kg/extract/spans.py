"""The values open information extraction hands out, and the token spans its arguments are made
of: a head's phrase (its subtree, cut where it would swallow the relation or a remark set off
by a comma),
trimmed of edge punctuation, with brackets and quote marks balanced.

Spans index the words of a pre-tokenised sentence; spaCy tokens go in, plain values come out.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from kg.extract.clauses import SubjectRule

# a relative clause set off by a comma ("the company , which ...") says something of its own
# about its noun, with an extraction of its own: the argument stops before it. One without
# ("the man who trembled") picks the noun out and stays. (Participles, and appositions outside
# subjects, stay too: on CaRB dev, cutting them lost more recall than it gained precision.)
ARGUMENT_CUT_DEPS = {"relcl"}
NONRESTRICTIVE_MARKS = {",", "--", "-", ":", ";", "-LRB-", "(", "-LSB-", "["}  # what sets a remark off
PAIRED_MARKS = {"-LRB-": "-RRB-", "(": ")", "-LSB-": "-RSB-", "[": "]", "``": "''", '"': '"'}  # opener -> closer
BRACKETS = {"-LRB-", "(", "-LSB-", "["}
CLOSING_MARKS = {closer: opener for opener, closer in PAIRED_MARKS.items() if closer != opener}
COORDINATION_DEPS = {"conj", "cc", "preconj"}  # what a conjunct's phrase leaves to the others
EDGE_PUNCT = {",", ".", ":", ";", "--", "-", "!", "?"}
TRAILING_COORDINATORS = {"and", "or", "but", "nor"}  # never the last word of a phrase
# the copula a participle, an apposition or a noun's place leaves out ("a tank [be] founded in
# 2005", "Nancy Craig, [be] manager"): the sentence states no tense or number for it
IMPLIED_BE = "be"


class ExtractionRule(Enum):
    """What an extraction comes from."""

    CLAUSE = "clause"  # a verb's clause frame (kg.extract.clauses), as for `kg build`
    APPOSITION = "apposition"  # "X, the chairman of Y" -> (X; be; the chairman of Y)
    NOUN_LOCATION = "noun location"  # "countries in Europe" -> (countries; be in; Europe)
    CONTAINMENT = "containment"  # "Austin , Texas" -> (Austin; be in; Texas)
    TITLE = "title"  # "Soviet leader Mikhail Gorbachev" -> (Mikhail Gorbachev; be; Soviet leader)
    EXAMPLE = "example"  # "symbols such as the zodiac" -> (symbols; be such as; the zodiac)
    POSSESSION = "possession"  # "the firm 's chairman" -> (the firm; has; chairman)
    PURPOSE = "purpose"  # "a plan to pay off debts" -> (a plan; be to pay off; debts)


@dataclass(frozen=True)
class Argument:
    """Tokens [start, end) of the sentence, and their text joined by single spaces."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class OpenExtraction:
    relation: str  # words of the sentence, single-spaced, plus a copula where the sentence implies one
    arguments: tuple[Argument, ...]  # arg1 (the subject), then arg2, arg3...
    confidence: float  # in [0, 1]
    rule: ExtractionRule
    subject_rule: SubjectRule | None = None  # for a clause: how its subject was found


def phrase(head, blocked: set[int], words: list[str], *, cut: set[str] = frozenset()) -> Argument | None:
    """The phrase headed by `head`: its subtree, cut before any part that holds a blocked token
    (the verb, the relation), before relative clauses set off by a comma anywhere in it ("the
    bridge , [which was closed ...]", see `restrictive`) and before the head's own children
    labelled in `cut`, trimmed of
    edge punctuation, with brackets and quote marks balanced; None when nothing is left."""
    lo, hi = head.left_edge.i, head.right_edge.i
    for node in head.subtree:
        if node.i == head.i:
            continue
        n_lo, n_hi = node.left_edge.i, node.right_edge.i
        holds_blocked = any(n_lo <= b <= n_hi for b in blocked)
        if not (holds_blocked or (node.dep_ in ARGUMENT_CUT_DEPS and not restrictive(node, words)) or (node.dep_ in cut and node.head.i == head.i)):
            continue
        if node.i > head.i:
            hi = min(hi, n_lo - 1)
        else:
            lo = max(lo, n_hi + 1)
    lo, hi = balanced(*trimmed(lo, hi, words), words)
    if lo > hi or any(lo <= b <= hi for b in blocked):
        return None
    return Argument(lo, hi + 1, " ".join(words[lo : hi + 1]))


def list_item(item, blocked: set[int], words: list[str]) -> Argument | None:
    """The phrase of one item of a coordinated list, without the items after it but with the end
    of its own name ("Eli Lilly [& Co]")."""
    arg = phrase(item, blocked, words, cut=COORDINATION_DEPS)
    rest = [list_item(c, blocked, words) for c in item.children if c.dep_ == "conj" and joined_by_ampersand(c)]
    ends = [r.end for r in rest if r is not None]
    if arg is None or not ends:
        return arg
    return Argument(arg.start, max(ends), " ".join(words[arg.start : max(ends)]))


def joined_by_ampersand(conjunct) -> bool:
    """"Eli Lilly & Co", "Procter & Gamble": a conjunct joined by "&" ends a name, not a list item."""
    head = conjunct.head
    return any(c.dep_ == "cc" and c.text == "&" and head.i < c.i < conjunct.i for c in head.children)


def trimmed(lo: int, hi: int, words: list[str]) -> tuple[int, int]:
    """[lo, hi] without punctuation at either edge, nor a coordinator left at the end where the
    conjunct after it was cut ("the leader of the guild and [...]")."""
    while lo <= hi and words[lo] in EDGE_PUNCT:
        lo += 1
    while hi >= lo and (words[hi] in EDGE_PUNCT or words[hi].lower() in TRAILING_COORDINATORS):
        hi -= 1
    return lo, hi


def balanced(lo: int, hi: int, words: list[str]) -> tuple[int, int]:
    """[lo, hi] with its brackets and quote marks paired: a closing mark just after the span
    (maybe past a comma) joins it, an unpaired one at an edge leaves it, and brackets around the
    whole span go ("( UConn )" -> "UConn"; a quotation keeps its marks)."""
    depth = {}
    for i in range(lo, hi + 1):
        if words[i] in PAIRED_MARKS:
            depth[words[i]] = depth.get(words[i], 0) + 1
        elif words[i] in CLOSING_MARKS and depth.get(CLOSING_MARKS[words[i]], 0) > 0:
            depth[CLOSING_MARKS[words[i]]] -= 1
    for opener, open_count in depth.items():
        if open_count:
            closer = PAIRED_MARKS[opener]
            ahead = [j for j in (hi + 1, hi + 2) if j < len(words) and words[j] == closer]
            if ahead and all(words[k] in EDGE_PUNCT for k in range(hi + 1, ahead[0])):
                hi = ahead[0]
            elif words[lo] == opener:
                lo += 1
    if lo <= hi and words[hi] in CLOSING_MARKS and CLOSING_MARKS[words[hi]] not in words[lo:hi]:
        hi -= 1
    if lo < hi and words[lo] in BRACKETS and words[hi] == PAIRED_MARKS[words[lo]] and words[lo] not in words[lo + 1 : hi]:
        lo, hi = lo + 1, hi - 1
    return trimmed(lo, hi, words)


def restrictive(clause, words: list[str]) -> bool:
    """A relative clause that picks out its noun ("the man [who trembled]"), set off by no comma,
    dash or bracket, unlike one that adds a remark about it ("the company , [which ...]")."""
    before = clause.left_edge.i - 1
    return before >= 0 and words[before] not in NONRESTRICTIVE_MARKS
