"""The plan a scheduled fact rests on, worded into its predicate: "Vantor plans to buy Korvex"
gives Vantor -plan to buy-> Korvex, not Vantor -buy-> Korvex, which reads as a purchase made. A
plain triple is all most readers of a graph see; its factuality (kg:scheduled) says the same to a
query. Only the words of a plan, a decision or a timetable are kept ("is set to", "is due to",
"agreed to"); a bare "will" stays the tense of the verb, as a news report uses it for what is fixed."""
from __future__ import annotations

from kg.model import Factuality

# A verb governing the infinitive, by lemma -> the words it puts before the predicate.
PLAN_VERBS = {
    "plan": "plan to", "intend": "intend to", "prepare": "prepare to", "arrange": "arrange to",
    "agree": "agree to", "decide": "decide to", "schedule": "be scheduled to",
}
# A word after "be" that times the infinitive: "is set to trial", "is due to open", "is going to close".
TIMING_WORDS = {"set": "be set to", "due": "be due to", "about": "be about to", "go": "be going to"}
# A noun whose infinitive the plan is: "unveiled plans to build", "the decision to close".
PLAN_NOUNS = {"plan": "plan to", "decision": "decide to", "agreement": "agree to"}


def plan_words(verb, fact: Factuality) -> str | None:
    """The words of the plan, decision or timetable whose infinitive `verb` heads (or shares, as a
    conjunct: "plans to raise X and cut Y"), or None when no such word governs it or the clause is
    not `scheduled` (a plan denied or only possible says so through its factuality)."""
    if fact is not Factuality.SCHEDULED:
        return None
    node = verb
    while node.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
        node = node.head
    to = next((c for c in node.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    head, lemma = node.head, node.head.lemma_.lower()
    if to is None or not 0 < to.i - head.i <= (1 if node.dep_ == "acl" else 2):
        return None  # "agreed with everything she did to change it": the infinitive is no part of the agreeing
    if node.dep_ == "acl" and head.pos_ == "NOUN":
        return PLAN_NOUNS.get(lemma)
    if node.dep_ != "xcomp" or head.dep_ in ("acl", "amod") or any(c.dep_ == "prt" for c in head.children):
        return None  # "the plans agreed in 2000 to make", "had set out to look at": no plan of the clause's subject
    if lemma in TIMING_WORDS:
        after_be = head.dep_ == "acomp" or any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" for c in head.children)
        return TIMING_WORDS[lemma] if after_be and (lemma != "go" or head.tag_ == "VBG") else None  # not "went to see"
    return PLAN_VERBS.get(lemma) if head.pos_ in ("VERB", "AUX") else None


def planned(predicate: str, words: str | None) -> str:
    """`predicate` after the plan's `words`, once: "plan to" + "buy" -> "plan to buy"."""
    return predicate if not words or predicate.startswith(words) else f"{words} {predicate}"


PROVEN = ("prove", "become")  # "it was to prove his last match": what came to pass


def past_plan(governor) -> bool:
    """A plan or a schedule in the past perfect ("had been due to take on Blair", "had planned to retire") or
    "was to" ("Tulip Fever, which was to star Jude Law"; not "was to prove his last"): one overtaken or given up."""
    if governor is None:
        return False
    verbs = [governor, governor.head] if governor.dep_ == "acomp" else [governor]  # "had been due"
    perfect = any(c.dep_ == "aux" and c.lower_ == "had" for verb in verbs for c in verb.children) \
        and not any(c.dep_ == "prt" for c in governor.children)  # "had set out to look at": an aim it went on to carry out
    was_to = governor.lemma_ == "be" and governor.tag_ == "VBD" and governor.i + 1 < len(governor.doc) \
        and governor.nbor().lower_ == "to" and any(c.dep_ == "xcomp" and c.lemma_ not in PROVEN for c in governor.children)
    return perfect or was_to
