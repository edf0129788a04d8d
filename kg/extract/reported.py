"""Reported speech: whether a clause a speech verb reports is quoted word for word, and what a
"would" in it says: the plan of whoever speaks ("said he would appeal", "Velta said it would cut
jobs": scheduled), or a view of what will happen ("claimed the Tories would cut £35bn", "analysts
said Velta would", "said the Bill would allow": possible). Under a present saying, "would" is
no future of the past but what would hold were something so ("the party says it would cut tax":
conditional). Tokens in, a factuality out."""
from __future__ import annotations

from kg.extract.lexicon import (
    FORECASTER_NOUNS,
    FORECASTING_VERBS,
    ORGANIZATION_HEADS,
    PERSON_ROLE_HEADS,
)
from kg.extract.quotemarks import QUOTE_MARKS
from kg.model import Factuality

AGENT_ENTITY_TYPES = {"PERSON", "ORG", "GPE", "NORP"}
AGENT_PRONOUNS = {"he", "she", "they", "we", "i"}
# Laws, deals and plans: what one "would" do is a forecast of its effect, even named ("the Mental
# Capacity Bill would allow euthanasia"), not a plan somebody announced.
INSTRUMENT_NOUNS = {"bill", "act", "law", "treaty", "directive", "regulation", "deal", "agreement", "plan", "scheme",
                    "proposal", "reform", "measure", "policy", "budget", "report", "rule", "system", "move", "change"}
# steps taken, aimed at something: the instruments that are no text ("the treaty was designed to" says what it does)
STEP_NOUNS = INSTRUMENT_NOUNS - {"bill", "act", "law", "treaty", "directive", "regulation", "agreement", "report", "rule", "system"} \
    | {"campaign", "initiative", "programme", "step", "package", "overhaul", "shake-up", "restructuring"}
STATE_VERBS = ("be", "become", "remain")  # "would be the next application": what the subject is, no act


def reported_would(node) -> Factuality | None:
    """What "would" says in the reported clause `node`: a forecast after a verb of claiming or
    warning or a forecaster's report; a condition when its subject is only "a" one ("a Labour
    government would"); a plan when its subject can plan; else nothing said here."""
    if _forecast_reported(node):
        return Factuality.POSSIBLE
    if node.dep_ == "ccomp" and node.head.tag_ in ("VBZ", "VBP"):
        return Factuality.CONDITIONAL  # "The Lib Dems say they would fund care by a new tax": what they would do, in power
    if _indefinite_subject(node):
        return Factuality.CONDITIONAL  # "said a Conservative government would bring": a doer that is not there yet
    if _agent_subject(node) or _speaker_itself(node):
        return Factuality.SCHEDULED
    return None


def direct_quote(governor, node) -> bool:
    """Whether a quote mark stands between a speech verb and its clause: "told the radio: 'Liverpool
    would think about a bid'" quotes the speaker's own words, whose "would" is no reported "will";
    a phrase of the quote the parser hung on the verb ('"all about X," he said') is the quote's."""
    start, end = sorted((governor.i, node.left_edge.i))
    return any(t.tag_ in ("``", "''") or t.text in QUOTE_MARKS for t in governor.doc[start:end + 1])


def _agent_subject(node) -> bool:
    """The clause's subject is someone who can plan: a person, a body, a country, or a pronoun for
    one; and the clause is an act, not what its subject is ("would be the next application")."""
    return node.lemma_.lower() not in STATE_VERBS and any(
        c.dep_ == "nsubj" and (_can_plan(c) or c.pos_ == "PROPN")
        and c.lemma_.lower() not in INSTRUMENT_NOUNS  # "said the Mental Capacity Bill would allow X": a forecast of its effect
        for c in node.children
    )


def _can_plan(word) -> bool:
    """Whether `word` names someone who can plan: a person, a body, a country, or a pronoun for one."""
    return word.ent_type_ in AGENT_ENTITY_TYPES or word.lower_ in AGENT_PRONOUNS or word.lemma_.lower() in PERSON_ROLE_HEADS | ORGANIZATION_HEADS


def _forecast_reported(node) -> bool:
    """A reported clause whose report is a view of what will happen: a verb of claiming or warning,
    or a speaker whose trade is forecasting or commenting ("analysts said", "BBC correspondent James
    Hardy said Mr Brown would draw dividing lines")."""
    speaker = next((c for c in node.head.children if c.dep_ == "nsubj"), None)
    trades = [] if speaker is None else [speaker, *(c for c in speaker.children if c.dep_ in ("compound", "appos"))]
    return node.dep_ == "ccomp" and (node.head.lemma_.lower() in FORECASTING_VERBS
                                     or any(t.lemma_.lower() in FORECASTER_NOUNS for t in trades))  # "BBC correspondent X said"


def _speaker_itself(node) -> bool:
    """"Velta said it would cut 500 jobs": the "it" of a body's reported clause is the body."""
    speaker = next((c for c in node.head.children if c.dep_ == "nsubj"), None) if node.dep_ == "ccomp" else None
    return speaker is not None and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in node.children) and (
        speaker.ent_type_ == "ORG" or speaker.lemma_.lower() in ORGANIZATION_HEADS) and node.lemma_.lower() not in STATE_VERBS


def planner_subject(verb) -> bool:
    """Whether the subject of `verb` is someone who can plan (a person, a body, a country, a he, she,
    we or they): "Tom Day is set to join Preston" is a plan, "PVRs are set to replace video
    recorders" a forecast."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and (_can_plan(c) or c.pos_ == "PROPN" and c.is_title) for c in verb.children)


def measure_designed(verb) -> bool:
    """"The move is designed to help News Corp attract investment": what a step taken is for, its aim, not
    its effect (the design of a device or a text is what it does: "the phone is designed to play music",
    "the treaty was designed to settle disputes")."""
    return verb.lemma_.lower() == "design" and any(c.dep_ == "nsubjpass" and c.lemma_.lower() in STEP_NOUNS for c in verb.children)


def government_to_be(verb) -> bool:
    """"A Conservative government will axe 162 quangos": what a government not yet in office would do, were
    it elected, whoever says it; "the government will" is the one in office, and its plan is news."""
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "'d") for c in verb.children) \
        and _indefinite_subject(verb, ("government", "administration"))


def _indefinite_subject(verb, heads=None) -> bool:
    """Whether a subject of `verb` is only "a" or "an" one ("a Labour government"), of `heads` when given."""
    return any(c.dep_ == "nsubj" and (heads is None or c.lemma_.lower() in heads)
               and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children) for c in verb.children)
