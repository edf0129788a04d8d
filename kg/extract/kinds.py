"""Relative clauses that say which kind of people or things a rule is about, not what anyone
did: in "Head teachers can exclude pupils who commit violence" no pupil is said to have
committed anything; the clause defines the pupils the rule covers ("if pupils commit violence,
they can be excluded"). Its act is conditional (kg.extract.factuality).

The marks of such a clause: it is in the simple present, with no auxiliary, and it restricts a
bare plural (no article, possessive or number: "pupils", not "the pupils" or "two pupils") that
is an argument of a clause that states a rule (with a modal: "can exclude", "must report"). A
habit in the simple present ("Korvex employs engineers who design chips") is left asserted. An
infinitive with its own "for" subject that a dummy "it" judges ("it is a crime for firms to
bribe officials") covers a kind of act the same way (`ruled_act`).
"""
from __future__ import annotations

PRESENT_TAGS = ("VBP", "VBZ")  # "commit", "sells"
RULE_MODALS = frozenset({"can", "could", "may", "might", "must", "should", "shall", "will", "would"})
SPECIFYING_DEPS = ("det", "poss", "nummod")  # "the pupils", "its pupils", "two pupils": particular ones


def _simple_present(verb, tags=PRESENT_TAGS) -> bool:
    return verb.tag_ in tags and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _rule(verb) -> bool:
    """Whether the clause of `verb` states a rule: it has a modal ("can exclude", "must report")."""
    return any(c.dep_ == "aux" and c.lower_ in RULE_MODALS for c in verb.children)


def kind_clause(verb) -> bool:
    """Whether `verb` heads (or is a conjunct of) a simple-present relative clause on a bare
    plural that is an argument of a rule: "can exclude pupils who commit violence"."""
    head = verb
    while head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"):
        head = head.head
    # a conjunct may be tagged as a bare verb: "who commit or threaten[VB] violence"
    if head.dep_ != "relcl" or not (_simple_present(head) and _simple_present(verb, (*PRESENT_TAGS, "VB"))):
        return False
    noun = head.head
    if noun.tag_ != "NNS" or any(c.dep_ in SPECIFYING_DEPS for c in noun.children):
        return False
    governor = noun.head
    while governor.dep_ in ("prep", "conj") and governor.head is not governor:
        governor = governor.head
    return governor.pos_ in ("VERB", "AUX") and _rule(governor)


def ruled_act(verb) -> bool:
    """Whether `verb` is an infinitive with a subject of its own, after "for", that a present
    copula with a dummy "it" names ("it is a crime for firms to bribe officials"): what a rule
    covers, no act anyone is said to have done. (After an adjective, "it is hard for labels to
    fight piracy", the adjective says how sure the act is: kg.extract.factuality.)"""
    marks = {c.lower_ for c in verb.children if c.dep_ in ("mark", "aux")}
    copula = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if not {"for", "to"} <= marks or copula is None or copula.lemma_ != "be" or not _simple_present(copula):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ == "it" for c in copula.children) \
        and any(c.dep_ == "attr" and c.pos_ == "NOUN" for c in copula.children)
