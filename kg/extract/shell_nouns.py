"""Abstract nouns that point back at a stretch of the text, not at a thing: "the issue", "this
problem", "the trend". Alone after a definite article or a demonstrative they stand for what the
sentences before said (a dispute, a rise in advertising), which the graph has no node for, so
"the issue attracted interest" or "Kirchner discussed this problem" tells a reader nothing. Such a
noun is no mention, as "this place" or "other officials" are none (kg.extract.mentions). With any
word of its own ("the water issue", "the problem of debt", "Argentina's problem") it names a thing
and stays.
"""
from __future__ import annotations

from kg.extract.clauses import MAKING_KNOWN
from kg.extract.factuality_cues import GOVERNING_NOUNS
from kg.extract.lists import list_remainder

# Shell nouns (Schmid 2000) that, bare, only refer back: never a named or countable thing.
SHELL_NOUNS = frozenset({
    "issue", "problem", "trend", "matter", "situation", "move", "idea", "question", "affair", "phenomenon",
    "development", "incident", "episode", "row", "dispute", "controversy", "furore", "furor", "saga",
    # ... and what someone said, proposed or decided, as the text has just told it: "denied the claims",
    # "opposes the plans", "was pleased with the decision"
    "claim", "allegation", "accusation", "suggestion", "remark", "comment", "plan", "proposal", "offer",
    "decision", "ruling", "verdict", "position", "case",
})
POINTING_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
# Nouns of a number that, after a demonstrative, point back at a figure the text gave ("the claim is
# based on that figure", "this sum"); "the figures showed" names published numbers and stays.
FIGURE_NOUNS = frozenset({"figure", "amount", "sum", "number", "total", "level", "tally"})
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
# Modifiers that make a common noun name no particular thing: "other officials", "a similar
# message" point away from what the text names, so they are no node of the graph. ("such
# pauses" points back at pauses the text named: it stays.)
NON_SPECIFIC_MODIFIERS = {"other", "another", "similar"}
COORDINATION_DEPS = ("cc", "conj", "punct")  # "this problem and other issues": no word of its own


def anaphoric_shell(token) -> bool:
    """Whether `token` is a shell noun whose only dependent (besides a conjunct) is "the", "this"
    or "that", or a noun of a number whose only dependent is a demonstrative ("that figure")."""
    lemma = token.lemma_.lower()
    if token.pos_ != "NOUN" or lemma not in SHELL_NOUNS | FIGURE_NOUNS:
        return False
    children = [c for c in token.children if c.dep_ not in COORDINATION_DEPS]
    pointing = POINTING_DETERMINERS if lemma in SHELL_NOUNS else DEMONSTRATIVES
    return len(children) == 1 and children[0].dep_ == "det" and children[0].lower_ in pointing


def non_specific(token) -> bool:
    """Whether a non-specific modifier makes `token` name no particular thing ("other officials"),
    unless it ends a list as the rest of the items' kind ("maps, guides and other books")."""
    return any(c.dep_ in ("amod", "det") and c.lower_ in NON_SPECIFIC_MODIFIERS for c in token.lefts) and not list_remainder(token)


def content_frame(token) -> bool:
    """Whether `token` is a noun of plan or wish that its owner makes known, with an infinitive
    after it that says its content ("unveiled plans to open 20 stores", "expressed a willingness
    to come"): the content is the fact, done by the one who made it known and as sure as the noun
    makes it (kg.extract.factuality); "unveiled plans" alone tells a reader nothing."""
    verb = token.head
    if token.pos_ != "NOUN" or token.dep_ != "dobj" or token.lemma_.lower() not in GOVERNING_NOUNS or verb.lemma_.lower() not in MAKING_KNOWN:
        return False
    return any(c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in token.children)
