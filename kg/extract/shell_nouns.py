"""Abstract nouns that point back at a stretch of the text, not at a thing: "the issue", "this
problem", "the trend". Alone after a definite article or a demonstrative they stand for what the
sentences before said (a dispute, a rise in advertising), which the graph has no node for, so
"the issue attracted interest" or "Kirchner discussed this problem" tells a reader nothing. Such a
noun is no mention, as "this place" or "other officials" are none (kg.extract.mentions). With any
word of its own ("the water issue", "the problem of debt", "Argentina's problem") it names a thing
and stays.
"""
from __future__ import annotations

# Shell nouns (Schmid 2000) that, bare, only refer back: never a named or countable thing.
SHELL_NOUNS = frozenset({
    "issue", "problem", "trend", "matter", "situation", "move", "idea", "question", "affair", "phenomenon",
    "development", "incident", "episode", "row", "dispute", "controversy", "furore", "furor", "saga",
})
POINTING_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
COORDINATION_DEPS = ("cc", "conj", "punct")  # "this problem and other issues": no word of its own


def anaphoric_shell(token) -> bool:
    """Whether `token` is a shell noun whose only dependent (besides a conjunct) is "the", "this"
    or "that"."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in SHELL_NOUNS:
        return False
    children = [c for c in token.children if c.dep_ not in COORDINATION_DEPS]
    return len(children) == 1 and children[0].dep_ == "det" and children[0].lower_ in POINTING_DETERMINERS
