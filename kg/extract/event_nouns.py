"""Relations an event noun states with its doer and its prepositional phrases, worded with the
noun's verb: "Xstrata's purchase of WMC" -> Xstrata -buy-> WMC, "its filing in a US court" ->
it -file in-> US court, "a takeover of Delta by Orion" -> Orion -take over-> Delta, "her
reservations about the awards" -> she -have reservations about-> awards. The doer is the
possessor, or the by-phrase when there is one (then the possessor is what was done to:
"Delta's takeover by Orion"). Without a doer the noun states nothing here: "the sale of the
unit to a rival" does not say who sold."""
from __future__ import annotations

from kg.extract.clauses import is_clause_head
from kg.extract.relations import relate
from kg.extract.state import State
from kg.model import Factuality

# The verb of an event noun whose possessor (with no by-phrase) did it, and the prepositions that
# introduce what it was done to ("of" unless said). A noun that needs an object ("sale") states
# nothing of its possessor without one: "the company's sale to a rival" is the company sold.
TRANSITIVE_NOUNS = {
    "sale": ("sell", {"of"}),
    "purchase": ("buy", {"of"}),
    "acquisition": ("acquire", {"of"}),
    "takeover": ("take over", {"of"}),
    "attack": ("attack", {"on", "against"}),
    "invasion": ("invade", {"of"}),
    "victory": ("beat", {"over", "against"}),
    "criticism": ("criticise", {"of"}),
}
# Nouns whose possessor did them with or without an object: "its filing for bankruptcy".
INTRANSITIVE_NOUNS = {
    "filing": ("file", {"of"}),
    "bid": ("bid", set()),
    "visit": ("visit", {"to"}),
    "return": ("return", set()),
    "move": ("move", set()),
    "qualification": ("qualify", set()),
    "resignation": ("resign", set()),
    "appeal": ("appeal", set()),
    "complaint": ("complain", set()),
    "campaign": ("campaign", set()),
    "call": ("call", set()),
    "support": ("support", {"for"}),
    "opposition": ("oppose", {"to"}),
}
# Nouns of an attitude its possessor has: "her reservations about the awards" -> have reservations about.
ATTITUDE_NOUNS = {"reservation", "doubt", "concern", "misgiving", "worry", "fear"}
ATTITUDE_PREPS = {"about", "over"}
MADE_NOUNS = {"bid", "offer", "proposal"}  # what its doer makes: "a bid by Orion" -> Orion -make-> bid
# Prepositions whose object an event noun's verb takes as a phrase: "bid for", "filing in", "return to".
EVENT_PREPS = {"for", "to", "in", "into", "from", "against", "on", "with", "at", "over", "as", "about"}
DOER_TYPES = {"PERSON", "ORG", "GPE", "NORP"}  # names that can do something
# Possessive pronouns that stand for a doer; not "their", which too often finds the nearest plural noun.
DOER_PRONOUNS = {"its", "his", "her", "our", "my"}
# A goal, which a name before it scored: "a late Ruiz goal" -> Ruiz -score-> goal.
GOAL_NOUNS = {"goal", "equaliser", "equalizer"}
# A shot, which scored only when a win came with it or from it ("beat them with a Ruiz strike",
# "Ruiz's header won it"); "a save from Ruiz's header" was no goal, "the prize's winner" no scorer.
SHOT_NOUNS = {"strike", "header", "volley", "shot", "drive", "winner"}
WIN_VERBS = {"win", "beat", "give", "earn", "secure", "clinch", "snatch", "seal", "settle", "level", "draw"}
SUBJECT_PRONOUNS = {"his": "he", "her": "she", "its": "it", "our": "we", "my": "i"}  # the subject a possessive agrees with
LIGHT_VERBS = {"make", "launch", "mount", "stage", "lodge", "table", "submit"}  # verbs that only say an event noun happened
# Adjectives that say an event has not happened as such: "Chelsea's expected complaint", "its planned takeover"
MODIFIER_CUES = {
    **dict.fromkeys(("expected", "possible", "potential", "likely", "rumoured", "rumored", "mooted", "alleged",
                     "prospective", "suspected"), Factuality.POSSIBLE),
    **dict.fromkeys(("planned", "proposed", "intended", "scheduled", "forthcoming"), Factuality.SCHEDULED),
    **dict.fromkeys(("attempted", "would-be", "failed", "aborted", "abandoned", "rejected"), Factuality.ATTEMPTED),
}  # a failed bid was made, so only its aim is not done: the making is said as the clause says it
EVENT_NOUNS = TRANSITIVE_NOUNS.keys() | INTRANSITIVE_NOUNS.keys() | MADE_NOUNS | ATTITUDE_NOUNS | GOAL_NOUNS | SHOT_NOUNS  # nouns this module reads


def event_noun_relations(state: State, para_index: int, noun, offset: int) -> None:
    """The relations the event noun `noun` states with its doer (see the module docstring)."""
    lemma = noun.lemma_.lower()
    if lemma in GOAL_NOUNS or lemma in SHOT_NOUNS and _won_with(noun):
        _scorer(state, para_index, noun)
        return
    possessor = next((c for c in noun.children if c.dep_ == "poss" and _doer(c)), None)
    if possessor is not None and possessor.tag_ == "PRP$":
        possessor = _subject_named(possessor)
    agents = [c for prep in _preps(noun, {"by"}) for c in _pobjs(prep) if _doer(c)]
    clause = None if possessor is not None else _clause(noun)  # "its bid" is a bid, whatever the clause says of it
    modified = next((MODIFIER_CUES[c.lower_] for c in noun.lefts if c.dep_ == "amod" and c.lower_ in MODIFIER_CUES), None)
    if lemma in ATTITUDE_NOUNS:
        if possessor is not None:
            for prep in _preps(noun, ATTITUDE_PREPS):
                for obj in _pobjs(prep):
                    relate(state, para_index, possessor, f"have {noun.lower_} {prep.lower_}", obj,
                           confidence=0.6, clause=clause, modified=modified)
        return
    if lemma in MADE_NOUNS and (agents or possessor is not None):
        relate(state, para_index, agents[0] if agents else possessor, "make", noun, confidence=0.6, clause=clause,
               modified=modified if modified in (Factuality.POSSIBLE, Factuality.SCHEDULED) else None)
    verb, object_preps = TRANSITIVE_NOUNS.get(lemma) or INTRANSITIVE_NOUNS.get(lemma) or (None, set())
    if verb is None:
        return
    objects = [c for prep in _preps(noun, object_preps) for c in _pobjs(prep)]
    if agents:
        doer = agents[0]
        if possessor is not None and not objects:
            objects = [possessor]  # "Delta's takeover by Orion": Delta was taken over
    elif possessor is not None and (objects or lemma in INTRANSITIVE_NOUNS):
        doer = possessor
    else:
        return
    for obj in objects:
        relate(state, para_index, doer, verb, obj, confidence=0.6, clause=clause, modified=modified)
    for prep in _phrase_preps(noun, EVENT_PREPS - object_preps):
        for obj in _pobjs(prep):
            relate(state, para_index, doer, f"{verb} {prep.lower_}", obj, confidence=0.6, clause=clause, modified=modified)


def _scorer(state: State, para_index: int, noun) -> None:
    """"a late Ruiz strike", "Ruiz's header": the named person before a goal noun scored it."""
    if noun.pos_ != "NOUN":
        return
    for child in noun.children:
        if child.dep_ in ("compound", "poss") and child.ent_type_ == "PERSON" and child.i < noun.i:
            relate(state, para_index, child, "score", noun, confidence=0.6, clause=_clause(noun))


def _won_with(shot) -> bool:
    """Whether a win came from the shot: its subject ("Ruiz's header won it") or a with- or
    thanks-to phrase of the winning verb ("beat City with a Ruiz strike")."""
    head = shot.head
    if shot.dep_ == "nsubj":
        return head.lemma_.lower() in WIN_VERBS
    if shot.dep_ == "pobj" and head.lower_ in ("with", "to", "through"):
        verb = head.head
        return verb.pos_ == "VERB" and verb.lemma_.lower() in WIN_VERBS
    return False


def _subject_named(pronoun):
    """The name a possessive pronoun stands for when a clause around it has one as its subject
    ("Weaver makes his return", "Delta is waiting to see what happens to its filing"), else None:
    a pronoun whose antecedent is further off is left alone here."""
    node = pronoun.head
    while node.head.i != node.i:
        node = node.head
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            subject = subjects[0]
            if subject.pos_ == "PROPN" and _doer(subject) and not (
                    pronoun.lower_ in ("his", "her") and subject.ent_type_ in ("ORG", "GPE", "NORP")):
                return subject
            if subject.lower_ == SUBJECT_PRONOUNS.get(pronoun.lower_):
                return subject  # "despite her doubts, she ...": the subject pronoun's antecedent
            if subject.pos_ != "PRON":
                return None  # "Markets fell after its filing": the nearest subject is not the doer
    return None


def _doer(token) -> bool:
    """A possessor that can do something: a name of a person or body, or a pronoun for one."""
    if token.tag_ == "PRP$":
        return token.lower_ in DOER_PRONOUNS
    return token.ent_type_ in DOER_TYPES or token.pos_ == "PROPN" and not token.ent_type_ and token.text[:1].isupper()


def _preps(noun, words: set[str]) -> list:
    return [c for c in noun.children if c.dep_ == "prep" and c.lower_ in words]


def _phrase_preps(noun, words: set[str]) -> list:
    """The noun's prepositional phrases, with those the parser hung on the light verb whose object
    it is ("makes his return in a reserve game") and a for-phrase it hung on the noun's last
    phrase ("a bid by Orion for Delta", "its filing in a court for bankruptcy protection")."""
    preps = _preps(noun, words)
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in LIGHT_VERBS:
        preps += _preps(noun.head, words)
    inner = [c for p in _preps(noun, EVENT_PREPS | {"by"}) for c in _pobjs(p)]
    if inner and "for" in words and not any(p.lower_ == "for" for p in preps):
        preps += _preps(inner[-1], {"for"})
    return preps


def _pobjs(prep) -> list:
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return objects + [c for o in objects for c in o.conjuncts if c.i > o.i]


def _clause(noun):
    """The clause the noun phrase is part of, whose factuality its relations take."""
    node = noun
    while node.head.i != node.i:
        node = node.head
        if is_clause_head(node):
            return node
    return None
