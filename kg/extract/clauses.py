"""Clause analysis over the spaCy parse: who does what to whom, per verb.

One implementation, two outputs: `kg.extract.rules` turns a `ClauseFrame` into relations between
mentions (the knowledge graph) and `kg.extract.openie` into token-span extractions (CaRB). A frame
keeps spaCy tokens, so it never leaves the extraction stage; both callers turn it into plain
values. The rules are English rules over dependency labels (ClearNLP scheme, as in
en_core_web_sm), named as constants below.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from kg.extract.control import (
    absolute_subject,
    actor,
    aim_of_passive,
    can_act,
    comment_infinitive,
    comment_participle,
    disposition_holders,
    gerund_control,
    gerund_held, gerund_subject,
    left_behind,
    owned_gerund,
    particle_objects,
    prepositional_controller,
    result_participle,
    task_holder,
)
from kg.extract.lexicon import CHOOSING_VERBS, CONTENT_VERBS, EVENT_HOSTS, OBJECT_CONTROL_VERBS, TIME_CAUSE_PREPS, UNDERGO_VERBS, UNDERGONE_NOUNS
from kg.extract.labelling import contrary_turn, feeling_phrase, no_argument_phrase
from kg.extract.lists import COORDINATORS, listed_example, misattached_list, shared_modifier, with_conjuncts
from kg.extract.names import word_of_a_title
from kg.extract.passives import (
    LINKING_VERBS,
    PASSIVE_SUBJECT_DEPS,
    RELATIVE_PRONOUNS,
    SUBJECT_DEPS,
    agents,
    is_passive,
    misread_clause,
    passive_gerund,
    patients,
    predicated,
    reduced_passive,
    shares_passive, small_clause_passive,
    thing_before,
    trailing_passive,
)
from kg.extract.unasserted import held_noun

OBJECT_DEPS = {"dobj", "dative"}  # direct objects ("call it X": X is an oprd, a name given, not an object)
INHERIT_SUBJECT_DEPS = {"xcomp", "advcl", "conj", "pcomp", "acomp", "prep"}  # clauses that share their governor's subject
SPEECH_VERBS = {
    "say", "tell", "add", "respond", "reply", "ask", "explain", "state", "write", "note", "insist",
    "warn", "argue", "declare", "announce", "claim", "continue", "conclude", "recall", "tweet", "acknowledge",
}
# Speech verbs whose object is what is said, never a noun a relative clause is about: in "...,
# business lobby group the CBI says" the clause hung on "group" reports the sentence.
REPORT_ONLY_VERBS = {"say", "add", "insist", "argue", "explain", "warn", "note"}
ROSTER_NOUNS = {"list", "shortlist", "team", "panel", "squad"}  # "drew up a list of executives to replace X": they would
QUANTITY_HEADS = {  # "some of the citizens", "a series of pauses": the real argument is the of-object
    "some", "many", "most", "all", "several", "few", "one", "two", "three", "each", "any", "none", "both",
    "series", "number", "lot", "lots", "couple", "group", "part", "majority", "handful", "dozens", "hundreds",
    "thousands", "millions", "half", "kind", "type", "set", "range", "wave", "string",
    "succession", "spate", "flurry", "raft", "barrage", "barrel", "barrels", "tonnes", "gallons", "ounces",
    "mixture", "combination", "collection", "array", "variety", "plethora", "multitude", "likes",
    "nobody", "neither", "nothing",
}
# "nobody from the bench", "nothing in the Budget [that would ...]": the bench, the Budget, negated
NEGATIVE_QUANTIFIERS = {"nobody", "none", "nothing", "neither"}
NEGATIVE_QUANTIFIER_PREPS = ("of", "from", "in", "at", "among", "within")
INTENT_NOUNS = {  # "criticised attempts to bring in X": what is criticised is X
    "attempt", "plan", "effort", "move", "bid", "proposal", "call", "decision", "threat", "promise", "push",
    "pledge", "drive", "campaign", "order", "demand", "request",
    "intention", "willingness", "desire", "determination", "wish", "ambition", "hope", "keenness", "readiness", "aim",
}
MAKING_KNOWN = frozenset({"announce", "unveil", "outline", "reveal", "express", "reiterate", "confirm", "show"})  # "unveiled plans to"
INTENT_VERBS = {"make", "launch", "mount", "lead", "begin", "start", "step", "renew", "redouble",  # "made an attempt to"
                "submit", "table", *MAKING_KNOWN}
EXAMPLE_PREPS = {"like", "including", "as"}  # "such as rotating", "including sharing": examples, not acts
PURPOSE_MARKS = {"so", "as", "order"}  # "so as to attract", "in order to win": a purpose, sharing the subject
COMPLEMENT_DEPS = {"attr", "acomp", "oprd"}  # what a linking verb says of its subject
DIRECTION_WORDS = {"forward", "forwards", "backwards"}  # after a verb's object, its particle: "take Britain forward"
WH_TAGS = {"WDT", "WP", "WP$", "WRB"}  # relative and interrogative words
CIRCUMSTANTIAL_NOUNS = {"time", "day", "year", "way", "reason", "moment", "place", "week", "month", "night", "morning"}
MODAL_SPELLINGS = {"'ll": "will", "wo": "will", "ca": "can", "'d": "would"}  # clitic -> the modal it stands for
MAX_CLIMB = 6  # how far up the tree subject inheritance may go


class SubjectRule(Enum):
    """How a clause got its subject; later steps of a chain are counted in `ClauseFrame.steps`."""

    DIRECT = "direct"  # the verb's own nsubj/csubj
    RELATIVE = "relative"  # a relative pronoun, standing for its antecedent ("the road that links")
    AGENT = "agent"  # a passive verb's by-phrase ("was closed by the council")
    MODIFIED_NOUN = "modified noun"  # a clause on a noun: the noun ("officials waiting", "hostages freed by")
    OBJECT_CONTROL = "object control"  # "urged the regulator to review": the governor's object
    INHERITED = "inherited"  # control, coordination, adverbial clauses: the governor's subject
    NONE = "none"  # no subject found


@dataclass(frozen=True)
class ClauseFrame:
    """What one verb says. `subjects` and `objects` are logical roles (a passive's agent is its
    subject, its patient an object); a relative pronoun is replaced by its antecedent, and
    coordinated arguments are listed each. Tokens are spaCy `Token`s of the verb's `Doc`."""

    verb: object
    subjects: tuple
    objects: tuple
    complements: tuple  # what a linking verb says of the subject: "is [a lawyer]", "is [responsible]"
    clausal_objects: tuple  # "said [that prices rose]"
    prep_objects: tuple  # (holder, preposition, object): the holder is the verb or one of its acomps,
    # or an object whose list the parser broke; the object is a noun (pobj) or a clause ("involved in [opposing]", pcomp)
    particle: str  # "up" in "picked up", "" when none
    passive: bool
    negated: bool
    modality: str | None  # will, would, can, may... (of the verb or a governor it is controlled by)
    rule: SubjectRule
    steps: int  # inference steps behind the subject (0: stated in the verb's own clause)


def is_clause_head(token) -> bool:
    """A verb heading a clause (not an auxiliary), or a word the tagger took for an adjective
    where it is a passive participle ("Staff were informed[JJ] of the decision")."""
    if token.pos_ in ("VERB", "AUX"):  # not "compared with X", which the parser too reads as a preposition
        return token.dep_ not in ("aux", "auxpass") and not word_of_a_title(token) and not (token.dep_ == "prep" and token.lemma_ == "compare")
    children = {c.dep_ for c in token.children}
    return token.pos_ == "ADJ" and bool(children & PASSIVE_SUBJECT_DEPS) and "auxpass" in children


def clause_frame(verb) -> ClauseFrame:
    """The frame of the clause `verb` heads (see `is_clause_head`)."""
    subjects, rule, steps = _subjects(verb)
    passive = is_passive(verb)
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    misread = [n for c in verb.children if misread_noun_conjunct(c) for n in _noun_list_from(c)]
    if passive:
        objects = patients(verb)
    elif not objects:
        objects = _gap_object(verb) or _shared_object(verb)
    prep_objects = []
    for holder in [verb] + [c for c in verb.children if c.dep_ == "acomp"]:
        for prep in holder.children:
            if prep.dep_ != "prep" or _parenthetical_speech(holder, prep) or no_argument_phrase(prep):
                continue
            for pobj in with_conjuncts([c for c in prep.children if c.dep_ in ("pobj", "pcomp")]):
                if not feeling_phrase(prep, pobj) and not gerund_held(holder, pobj):  # "saved to the delight of the fans": no argument
                    prep_objects.append((holder, prep, relative_antecedent(pobj)))
    listed = {o.i: found for o in objects if (found := misattached_list(o)) is not None}
    moved = {name.i for _, _, names in listed.values() for name in names}
    for o in objects:
        if o.i in listed:  # "programmes from PBS, the NBA and C-SPAN": index programmes from each
            holder, prep, names = listed[o.i]
            prep_objects = [p for p in prep_objects if p[1].i != prep.i]
            prep_objects.extend((holder, prep, name) for name in names)
    raised = _raised_objects(verb)
    prep_objects.extend((verb, prep, relative_antecedent(obj)) for prep, obj in raised)
    stranded = {prep.i for prep, _ in raised}
    return ClauseFrame(
        verb=verb,
        subjects=tuple(subjects),
        objects=tuple(relative_antecedent(o) for o in with_conjuncts(objects) + misread if o.i not in moved),
        complements=tuple(c for c in verb.children if c.dep_ in COMPLEMENT_DEPS),
        clausal_objects=tuple(c for c in verb.children if c.dep_ == "ccomp"),
        prep_objects=tuple(prep_objects),
        particle=" ".join(c.lower_ for c in verb.children if (c.dep_ == "prt" or c.dep_ == "advmod" and c.lower_ in DIRECTION_WORDS
                                                             and any(o.dep_ == "dobj" and o.i < c.i for o in verb.children))
                          and c.i not in stranded),  # "take Britain forward"
        passive=passive,
        negated=negated(verb),
        modality=modality(verb),
        rule=rule,
        steps=steps,
    )


def _parenthetical_speech(verb, prep) -> bool:
    """"as proved, he claimed, by the defection": a phrase after the comma that closes a speech
    verb set in commas belongs to the sentence around it, not to the saying."""
    return verb.lemma_.lower() in SPEECH_VERBS and verb.i < prep.i and any(t.text == "," for t in verb.doc[verb.i + 1:prep.i])


def _gap_object(verb) -> list:
    """The noun a relative clause without a pronoun is about, when the clause has a subject of
    its own and no object: "a post [he held]" -> post ("the day [he arrived]" is not an object)."""
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return []
    if verb.lemma_.lower() in LINKING_VERBS | REPORT_ONLY_VERBS or any(t.tag_ in WH_TAGS or t.lower_ in RELATIVE_PRONOUNS for t in verb.subtree if t.i < verb.i):
        return []  # "over which he presided", "the man he is": not an object gap; "..., lobby group the CBI says": a report
    if not any(c.dep_ in SUBJECT_DEPS for c in verb.children) or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return []
    if any(c.dep_ == "prep" and not any(o.dep_ in ("pobj", "pcomp") for o in c.children) for c in verb.children):
        return []  # "the city he lived in": the noun is the preposition's object
    noun = verb.head
    if noun.ent_type_ in ("DATE", "TIME") or noun.lemma_.lower() in CIRCUMSTANTIAL_NOUNS or held_noun(verb) is not None:
        return []  # "the claim [he had reneged on a promise]": what is claimed, no object
    return [noun]


def _shared_object(verb) -> list:
    """"will sell or merge [hundreds of thrifts]": a verb with nothing after it but "or" and
    another verb shares that verb's object."""
    right = [c for c in verb.children if c.i > verb.i]
    conj = [c for c in right if c.dep_ == "conj" and c.pos_ == "VERB"]
    if not conj or any(c.dep_ not in ("cc", "conj", "punct") for c in right):
        return []
    if not any(c.dep_ == "cc" and c.lower_ == "or" for c in right):
        return []  # "compete and run races": with "and" the first verb often stands alone
    if conj[0].i - verb.i > 3 or any(c.dep_ in SUBJECT_DEPS for c in conj[0].children):
        return []
    return [c for c in conj[0].children if c.dep_ in OBJECT_DEPS]


def _raised_objects(verb) -> list:
    """"applied for and won a grant", "searches for and links to news": a preposition left with
    no object right before "and"/"or" and a coordinated word takes what follows that word (its
    object, else its first preposition's object): [(preposition, object)], coordinated ones each."""
    doc = verb.doc
    for prep in verb.children:
        if prep.dep_ not in ("prep", "prt") or prep.tag_ != "IN" or prep.i < verb.i or prep.i + 2 >= len(doc):
            continue
        if any(c.dep_ in ("pobj", "pcomp") for c in prep.children) or doc[prep.i + 1].lower_ not in COORDINATORS:
            continue
        other = doc[prep.i + 2]
        if other.dep_ != "conj" or other.head.i != verb.i or any(c.dep_ in SUBJECT_DEPS for c in other.children):
            continue
        objects = [c for c in other.children if c.dep_ == "dobj"]
        if not objects:
            first = next((c for c in other.children if c.dep_ == "prep" and c.i > other.i), None)
            objects = [_through_bare_noun(c) for c in first.children if c.dep_ == "pobj"] if first is not None else []
        return [(prep, obj) for obj in with_conjuncts(objects)]
    return []


def _through_bare_noun(pobj):
    """"in favour of the bill", "on behalf of staff": the of-object of a bare singular noun that
    makes a compound preposition; other objects as they are."""
    if pobj.tag_ != "NN" or any(c.dep_ in ("det", "poss", "amod", "compound") for c in pobj.children):
        return pobj
    inner = of_object(pobj)
    return inner if inner is not None else pobj


def misread_noun_conjunct(token) -> bool:
    """"criticised attempts to X, plans to Y, ...": a present-tense form after a comma that the
    parser coordinated with a past-tense verb having an object, and that has no subject, auxiliary
    or object of its own, is a plural noun going on with the object list (coordinated verbs share
    their tense: "criticised X and plans Y" is not English)."""
    head = token.head
    return (
        token.dep_ == "conj" and token.tag_ == "VBZ" and head.tag_ == "VBD" and head.i < token.i
        and token.doc[token.i - 1].text == ","
        and not any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS | OBJECT_DEPS | {"aux", "auxpass"} for c in token.children)
        and any(c.dep_ == "dobj" and c.i < token.i for c in head.children)
    )


def _noun_list_from(token) -> list:
    """A misread noun and the nouns coordinated after it, less a bare noun that modifies the
    next one with it ("[stop and search] powers": stop is no item of the list)."""
    nouns = [token] + [c for c in token.conjuncts if c.i > token.i and c.pos_ in ("NOUN", "PROPN")]
    return [n for n in nouns if not shared_modifier(n)]


def _subjects(verb, depth: int = 0) -> tuple[list, SubjectRule, int]:
    """(subject tokens, rule, inference steps) for a verb, inheriting through control
    ("agreed to suspend"), object control ("urge Israel to consider"), participles and
    relative clauses."""
    direct = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and not listed_example(c) and not small_clause_passive(verb)]
    if direct and _timed_apposition(direct[0]):
        return [], SubjectRule.NONE, 0
    if direct:
        relative = direct[0].lower_ in RELATIVE_PRONOUNS
        rule = SubjectRule.RELATIVE if relative else SubjectRule.DIRECT
        named = [relative_antecedent(t) for t in direct]  # "Reed, who had four nominations, and Ruiz": Reed's alone
        return [n for n in with_conjuncts(named) if not relative or n in named or n.i < verb.i], rule, int(relative)
    passive = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
    if passive and depth > 0:  # "Labour was united in relying on fear": Labour relies
        return with_conjuncts([relative_antecedent(t) for t in passive]), SubjectRule.INHERITED, 0
    if depth > 0 and reduced_passive(verb):  # "Once made homeless after investing": the one made homeless invests
        return with_conjuncts(patients(verb)), SubjectRule.INHERITED, 0
    if passive or is_passive(verb) and (agents(verb) or small_clause_passive(verb)) or reduced_passive(verb) or shares_passive(verb) or passive_gerund(verb):
        return with_conjuncts(agents(verb)), SubjectRule.AGENT, 0  # "was arrested and released": by nobody named
    if depth >= MAX_CLIMB:
        return [], SubjectRule.NONE, 0
    head = conjunct_head(verb)
    described = _described_object(verb)
    if described is not None:  # "publishing a Budget based on dodgy numbers": the Budget is based on them
        return [described], SubjectRule.MODIFIED_NOUN, 1
    if misread_clause(verb):
        return [head], SubjectRule.DIRECT, 0  # "..., and the courts sent in bailiffs"
    if verb.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN"):
        if verb.tag_ == "VBN":  # "hostages freed by Hamas": the noun is the object
            return with_conjuncts(agents(verb)), SubjectRule.AGENT, 0
        if verb.dep_ == "acl" and verb.tag_ == "VB" and head.dep_ == "dobj" and can_act(head) and _infinitive(verb):
            return [head], SubjectRule.OBJECT_CONTROL, 1  # "set up a disciplinary body to look into claims": the body looks
        if verb.tag_ == "VB" and (verb.dep_ == "acl" or _infinitive(verb)):  # also one parsed as relative ("a box to challenge X")
            # "using this climate of fear to strip away liberties": an infinitive after a noun is done by the subject of
            # the clause around it; after "plans to", by nobody we know; after "his decision to", by him
            governor = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if (holders := disposition_holders(head)) is not None:  # "disapproved of the tendency to censor": not his censoring
                return holders, SubjectRule.INHERITED if holders else SubjectRule.NONE, int(bool(holders))
            if head.lemma_.lower() in INTENT_NOUNS and (owner := [c for c in head.children if c.dep_ == "poss"]):
                return owner, SubjectRule.INHERITED, 1  # "announced his decision to quit UKIP", "criticised Ruiz's plan to close"
            if governor is None or head.lemma_.lower() in INTENT_NOUNS and not _own_intent(head, governor) \
                    or head.dep_ == "pobj" and head.head.lower_ in TIME_CAUSE_PREPS | {"during"} or contrary_turn(head):
                return [], SubjectRule.NONE, 0  # "after surgery to treat X": the surgery's aim; ", only for a trip by X to give": X's
            found, _, steps = _subjects(governor, depth + 1)
            return found, SubjectRule.INHERITED, steps + 1
        return [predicated(head)], SubjectRule.MODIFIED_NOUN, 1
    if verb.dep_ == "xcomp" and verb.tag_ == "VBG" and head.lemma_.lower() in CONTENT_VERBS:
        return [], SubjectRule.NONE, 0  # "the tactic involved signing people up": done by whoever does it, not the tactic
    if (verb.dep_ == "xcomp" or verb.dep_ == "advcl" and _infinitive(verb)) \
            and (doers := aim_of_passive(verb, head)) is not None:  # "were delayed to give the actors a rest"
        return doers, SubjectRule.AGENT if doers else SubjectRule.NONE, int(bool(doers))
    if verb.dep_ == "xcomp":
        # "visited Kenya to highlight X", "used the money to buy": the subject's purpose, not the object's act
        objects = [c for c in head.children if c.dep_ in ("dobj", "dative")] + particle_objects(head) \
            if head.lemma_.lower() in OBJECT_CONTROL_VERBS else []
        objects = [] if objects and left_behind(head, objects) else objects  # "left Leeds to join Celtic": the leaver joins
        if objects:  # object control: "urge Israel to consider", "asked him to call"; "ordered the contracts to be examined": by whom, unsaid
            return (with_conjuncts(objects), SubjectRule.OBJECT_CONTROL, 1) if not is_passive(verb) else ([], SubjectRule.NONE, 0)
        raised = [relative_antecedent(c) for c in head.children if c.dep_ in PASSIVE_SUBJECT_DEPS] or (
            patients(head) if shares_passive(head) else [])
        if raised:  # "the ceiling is scheduled to fall", "... and is set to have": the ceiling falls
            return with_conjuncts(raised), SubjectRule.INHERITED, 1
        if verb.tag_ == "VBG" and (owner := gerund_subject(verb)) is not None:  # "led to the band undertaking a tour"
            return with_conjuncts([owner]), SubjectRule.OBJECT_CONTROL, 1
    if verb.dep_ in ("xcomp", "advcl") and _infinitive(verb) and (controller := prepositional_controller(head)):
        return with_conjuncts([relative_antecedent(controller)]), SubjectRule.OBJECT_CONTROL, 1
    if verb.dep_ == "pcomp" and head.lower_ == "against" and head.head.pos_ in ("VERB", "AUX") and head.head.lemma_.lower() not in CHOOSING_VERBS:
        # "cautioned members against using earpieces": the members would use them; "campaigned
        # against building the road": not the campaigners; "decided against selling": the deciders
        warned = [c for c in head.head.children if c.dep_ == "dobj" and can_act(c)]
        return (with_conjuncts(warned), SubjectRule.OBJECT_CONTROL, 1) if warned else ([], SubjectRule.NONE, 0)
    if controlled := gerund_control(verb) or owned_gerund(verb):  # "blamed the firm for losing": the object; "X's role in making": X
        return with_conjuncts([relative_antecedent(controlled[1])]), SubjectRule.OBJECT_CONTROL, 1
    if verb.dep_ == "pcomp" and head.lower_ == "by" and _small_clause(head.head):
        # "make Windows more secure by including software": the maker includes it, not Windows
        found, _, steps = _subjects(head.head.head, depth + 1)
        return found, SubjectRule.INHERITED, steps + 2
    if verb.dep_ == "advcl" and _infinitive(verb):
        if head.lemma_.lower() in UNDERGO_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in UNDERGONE_NOUNS for c in head.children):
            return [], SubjectRule.NONE, 0  # "had surgery to repair his knee": the surgeons repair it
        actors = [a for c in head.children if c.dep_ == "dobj" for a in [_quantified(c)]
                  if can_act(a) or a.i != c.i and actor(a)] + particle_objects(head)  # "a list of executives to replace X"
        if actors and not left_behind(head, actors):  # "sent troops to protect civilians": the object acts
            return with_conjuncts(actors), SubjectRule.OBJECT_CONTROL, 1
    if verb.dep_ == "conj" and head.pos_ not in ("VERB", "AUX"):
        return [], SubjectRule.NONE, 0  # "nickel, copper, coking coal": a verb-looking word in a noun list
    if verb.dep_ == "conj" and verb.tag_ != head.tag_ and not any(c.dep_ == "cc" for c in [*head.children, *verb.children]):
        return [], SubjectRule.NONE, 0  # "criticised attempts to ..., plans to ...": a list's noun read as a verb (cf. misread_noun_conjunct)
    if verb.dep_ == "pcomp" and head.lower_ in EXAMPLE_PREPS:
        return [], SubjectRule.NONE, 0  # "features like rotating screens": an example, done by nobody named
    if verb.dep_ in ("advcl", "conj", "xcomp") and (name := absolute_subject(verb) or task_holder(verb)) is not None:  # "X replacing Y and Z returning", "his job is to"
        return with_conjuncts([name]), SubjectRule.OBJECT_CONTROL, 1
    if trailing_passive(verb) or comment_participle(verb) or comment_infinitive(verb) or result_participle(verb) and (negated(head) or head.lemma_.lower() in ("fail", "refuse")):
        return [], SubjectRule.NONE, 0  # "did not bid, leaving the way open for X"; "- mirroring the Oscars"; ", conducted as part of"
    if verb.dep_ in INHERIT_SUBJECT_DEPS and head.i != verb.i:
        marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
        if verb.dep_ == "advcl" and marks and not marks <= PURPOSE_MARKS:
            return [], SubjectRule.NONE, 0  # "because he left": its own clause, subject missing
        found, _, steps = _subjects(head, depth + 1)
        return found, SubjectRule.INHERITED, steps + 1
    return [], SubjectRule.NONE, 0


def _small_clause(token) -> bool:
    """"Windows more secure" after "make": an adjective with its own subject, complementing a verb."""
    return token.pos_ == "ADJ" and token.dep_ in ("ccomp", "xcomp", "oprd") and token.head.pos_ in ("VERB", "AUX") \
        and any(c.dep_ in SUBJECT_DEPS for c in token.children)


def _timed_apposition(subject) -> bool:
    """"For Arnold, Kumar and McKendry the past month has thrust them into the limelight": a
    stretch of time parsed as an apposition of a named subject is the clause's real subject, and
    the names before it are who the sentence is about, not the doers."""
    return any(c.dep_ == "appos" and c.i > subject.i and c.pos_ == "NOUN" and not any(g.dep_ == "prep" for g in c.children)
               and (c.ent_type_ in ("DATE", "TIME") or c.lemma_.lower() in CIRCUMSTANTIAL_NOUNS - {"way", "reason", "place"}) for c in subject.children)


def _own_intent(noun, governor) -> bool:
    """"spoke in a bid to convince", "made an attempt to seize": the intent is the governor's
    subject's own (not so in "criticised attempts to bring in", "plans to lower")."""
    if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "as") and noun.head.head.i == governor.i:
        return True
    return noun.dep_ == "dobj" and noun.head.i == governor.i and governor.lemma_.lower() in INTENT_VERBS


def _described_object(verb):
    """The object a past participle right after it describes, when the parser hung the
    participle on the verb instead ("publishing a Budget [based on numbers]"); None otherwise,
    and when the participle has an agent of its own ("a report written by experts")."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("prep", "advcl") or verb.head.i == verb.i:
        return None
    if any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by" for c in verb.children):
        return None
    objects = [c for c in verb.head.children if c.dep_ == "dobj"]
    if objects and objects[0].right_edge.i == verb.i - 1:
        return objects[0]
    return None


def _infinitive(verb) -> bool:
    """"to pay": a bare infinitive with "to" and no subordinating word of its own."""
    children = list(verb.children)
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children) and not any(
        c.dep_ in ("mark", "nsubj") for c in children
    )


def _quantified(noun):
    """"millions of people" -> people, "a list of executives" -> executives: the of-object of a
    number word or of a list of people."""
    if (noun.lower_ in QUANTITY_HEADS or noun.lemma_.lower() in ROSTER_NOUNS) and (inner := of_object(noun)) is not None:
        return inner
    return noun


def of_object(token):
    """The object of the token's of-phrase ("some [of the citizens]", "nobody [from the bench]"), or None."""
    preps = NEGATIVE_QUANTIFIER_PREPS if token.lower_ in NEGATIVE_QUANTIFIERS else ("of",)
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def relative_antecedent(token):
    """The noun a relative pronoun stands for ("the road that links": road); other tokens as they are."""
    if token.lower_ not in RELATIVE_PRONOUNS:
        return token
    node = token.head
    for _ in range(MAX_CLIMB):
        if node.dep_ == "relcl":
            if token.lower_ == "which" and node.head.ent_type_ == "PERSON" and (thing := thing_before(token)) is not None:
                return thing  # "Ian Dunn, head of Velta, which represents ...": a which is no person
            return predicated(_event_at(node.head) if token.lower_ in ("which", "that") and token.dep_ == "dobj" else node.head, token)
        if node.head.i == node.i:
            break
        node = node.head
    return token


def _event_at(noun):
    """The game or the meeting a place is named for, when a relative clause whose object is "which"
    follows the place: "the game at Bolton, which Arsenal lost" (not Bolton; but "the game at Velta
    Park, which holds 30,000": the park); other nouns as they are."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("at", "in", "against") or noun.pos_ != "PROPN":
        return noun
    host = next((c for c in prep.head.children if c.dep_ == "dobj" and c.right_edge.i == prep.i - 1), prep.head)
    return host if host.lemma_.lower() in EVENT_HOSTS else noun  # the phrase hung on the event or on the verb after it


def conjunct_head(token):
    """The token's head, or for a verb the parser coordinated with an existential "there was"
    though it goes on a relative clause before it ("nothing that would put more police on the
    streets, make hospitals cleaner or give parents more choice"), that relative clause's verb."""
    head = token.head
    if token.dep_ != "conj" or token.pos_ != "VERB" or any(c.dep_ in SUBJECT_DEPS for c in token.children):
        return head
    if not any(c.dep_ == "expl" for c in head.children):
        return head
    relatives = [t for t in token.doc[head.i + 1 : token.i]
                 if t.dep_ == "relcl" and t.pos_ == "VERB" and any(a.i == head.i for a in t.head.ancestors)]
    return relatives[-1] if relatives else head


def control_chain(verb):
    """The verb and the governors whose subject it shares (xcomp chain)."""
    node = verb
    yield node
    while node.dep_ in ("xcomp", "acomp") and node.head.i != node.i:
        node = node.head
        yield node


def negated(verb) -> bool:
    """Whether the verb, or a governor it is controlled by, is negated ("did not", "never", "without")."""
    if verb.dep_ == "pcomp" and verb.head.lower_ == "without":  # "without stopping Israel"
        return True
    for node in control_chain(verb):
        if any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never") for c in node.children):
            return True
    return False


def modality(verb) -> str | None:
    """The modal verb of the clause or of a governor it is controlled by, normalised ("wo" -> "will")."""
    for node in control_chain(verb):
        modal = next((c.lower_ for c in node.children if c.tag_ == "MD"), None)
        if modal:
            return MODAL_SPELLINGS.get(modal, modal)
    return None
