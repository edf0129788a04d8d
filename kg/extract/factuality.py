"""Factuality: how the article puts the act of a clause, from how the clause is embedded.

`factuality(verb)` reads the cues on the clause itself (negation, a negative subject, a modal, an
if-clause, a question mark), then climbs to the words that govern it ("tried to [leave]",
"is expected to [win]", "urged Israel to [consider]", "a bid to [convince]", "keen to [make]") and
reads what each of those says of its complement, from the word lists of kg.extract.factuality_cues.
The first cue that makes the act no fact decides; "will", "plans to", "is due to" make it
scheduled, which is still a fact. Reported speech is no cue: "officials said X did Y" states X
did Y (its attribution is kept apart), and climbing stops at the speech verb.
"""
from __future__ import annotations

from kg.extract.clauses import MAX_CLIMB, MODAL_SPELLINGS, SPEECH_VERBS, conjunct_head
from kg.extract.control import ENGAGING_VERBS, gerund_control, pressed, prospect_of
from kg.extract.factuality_cues import (
    ASKING_VERBS, BELIEF_ADJECTIVES, BELIEF_VERBS, CONDITION_MARKERS, EMBEDDING_DEPS, GOVERNED_PREPOSITIONS,
    GOVERNING_ADJECTIVES, GOVERNING_NOUNS, GOVERNING_VERBS, HEDGE_ADVERBS, KNOWN_LEMMAS, MODALS, MOVING_VERBS,
    NEGATIVE_ADVERBS, PARTISAN_NOUNS, PASSIVE_FORECASTS, PURPOSE_MARKERS, PURPOSE_PASSIVES, QUESTION_MARKERS, SEEMING_PLANS, SELF_CLAIMS,
    THAT_CLAUSE_REPORTS, TIME_CONDITIONS, TIME_MARKS,
)
from kg.extract.kinds import kind_clause, ruled_act
from kg.extract.lexicon import CREATION_VERBS, MISTAKEN_ADVERBS, NEGATING_PHRASAL_VERBS, NEGATIVE_NOUNS, WOULD_VERBS
from kg.extract.lists import alternative, either_or, negated_apposition
from kg.extract.plans import past_plan
from kg.extract.reported import direct_quote, government_to_be, measure_designed, planner_subject, reported_would
from kg.extract.unasserted import (GERUND_CUES, HELD_NOUNS, PROSPECT_PHRASES, aimed_outcome, at_a_loss, depicting_verb, effect_forecast,
    as_long_as, attribute_word, gerund_cue, capability, filed_claim, forecast_source, going_forecast, SEEMING_VERBS, hearsay, held_noun, opinion_holders, sought_effect, held_talks, lacked_noun, aim_ahead, assumed, looks_set, negative_subject, on_course, open_question, proviso, question_noun, tipped, too_much, under_way)
from kg.model import Factuality

F = Factuality


def factuality(verb) -> Factuality:
    """How the article puts the act of the clause `verb` heads (see the module docstring)."""
    if kind_clause(verb) or ruled_act(verb) or government_to_be(verb):  # "exclude pupils who commit violence"; "it is a crime for X to"; "a Tory government will"
        return F.CONDITIONAL
    if _question(verb):  # "Why did nobody claim a penalty?" still says nobody did
        return F.NEGATED if _own_cue(verb, reported=False, coordinated=False) is F.NEGATED else F.QUESTION
    found, node, reported = F.ASSERTED, verb, False
    # above "by doing", a denial is of the end, not of the means; "was not crucified, but married X": the first verb's alone
    means = contrasted = False
    for _ in range(MAX_CLIMB):
        governor, cue, stop, reported_here = _governor(node)
        cue = F.POSSIBLE if cue is F.SCHEDULED and (past_plan(governor) or going_forecast(governor)) or capability(governor) else cue
        reported = reported or reported_here
        own = _own_cue(node, reported=reported, coordinated=False)
        if contrasted and own is F.NEGATED:
            own = None
        contrasted = False
        if means and own is F.NEGATED:
            return found  # "are not marketing, for instance by asking": the asking is done
        if cue is F.NEGATED and own in MODALS.values():
            return cue  # "nothing in the plan that would help": the plan does not help
        if own is not None and not own.asserted:
            return own
        if cue is F.NEGATED and governor is not None and _own_cue(governor, reported=reported, coordinated=False) is F.NEGATED:
            return F.POSSIBLE  # "did not deny that he had", "has not ruled out standing": a denial denied leaves it open
        if cue is F.POSSIBLE and not stop and governor is not None:
            found = cue  # "allowed X to go": possible, unless the allowing is itself denied or hedged: climb on
        elif cue is not None and not cue.asserted:
            return cue
        if F.SCHEDULED in (own, cue) and found is F.ASSERTED:
            found = F.SCHEDULED
        if reported_here and _conditioned(governor):
            return F.CONDITIONAL  # "if talks succeed, officials said, they would ..."
        if _instead(node):
            return F.NEGATED  # "to add atmosphere rather than affect the mechanics", "focused on X rather than follow Y"
        if governor is None or stop:
            break
        if node.dep_ == "conj":
            if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in node.children):
                break  # "could see X, but these hid Y": a clause of its own
            # "will sell or merge": the second verb shares the first's modal, not its negation
            shared = _own_cue(governor, reported=reported, coordinated=True)
            if shared in MODALS.values() and _governor(governor)[1] is F.NEGATED:
                return F.NEGATED  # "nothing that would put X or give Y": neither is done
            if shared is not None and not shared.asserted:
                return shared
            contrasted = _contrasted(node)
        # above "by doing" or a participle, a denial is of the end, not of the means ("didn't win, having lost")
        means = means or node.dep_ == "pcomp" and node.head.lower_ == "by" or node.dep_ == "advcl" and node.tag_ == "VBG"
        node = governor
    return found


def _contrasted(verb) -> bool:
    """A verb joined by "but" or "yet" ("was not crucified, but married"): set against the verb
    before it, so that verb's negation is not its own."""
    doc, i = verb.doc, verb.left_edge.i - 1
    while i >= 0 and doc[i].text == ",":
        i -= 1
    return i >= 0 and doc[i].lower_ in ("but", "yet")


def argument_factuality(obj, verb=None) -> Factuality | None:
    """Negation carried by one argument: "no date has been set", "there were no funds", "the minister, not his deputy,
    signed"; an alternative ("will buy either Korvex or Delco": neither for sure) is possible; None when it is plain."""
    held = {obj}  # "will take no action against X", the phrase on the noun or on the verb ("over his remarks")
    if obj.dep_ == "pobj":
        held |= {obj.head.head} if obj.head.head.dep_ == "dobj" else {c for c in obj.head.head.children if c.dep_ == "dobj"} \
            if verb is not None and obj.head.head.i == verb.i else set()
    if any(c.dep_ in ("det", "nummod", "amod", "neg") and c.lower_ == "no" for n in held for c in n.children) \
            or obj.lower_ in NEGATIVE_NOUNS or negated_apposition(obj):  # "on signature, not ratification"
        return F.NEGATED
    return F.POSSIBLE if alternative(obj) and not (verb is not None and any(a.i == obj.i for a in verb.ancestors)) else None  # "X or Y - the man he beat"


def _own_cue(node, *, reported: bool, coordinated: bool) -> Factuality | None:
    """What the clause of `node` says of itself: negation, a negative subject, a modal, a condition.
    A coordinated governor lends its modal and condition, never its negation or subject."""
    children = list(node.children)
    if not coordinated:
        nor = node.dep_ == "conj" and any(c.lower_ == "nor" and node.head.i < c.i < node.i for c in node.head.children)
        if nor or any(c.dep_ == "neg" or (c.dep_ == "advmod" and (c.lower_ in NEGATIVE_ADVERBS or _no_more(c)))
                      or c.dep_ == "acomp" and c.pos_ == "ADJ" and any(g.dep_ == "neg" and g.i < c.i for g in c.children)
                      or c.dep_ == "prep" and any(o.text == "way" and any(d.text == "no" for d in o.children) for o in c.children)
                      for c in children):  # "in no way deserved it"
            return F.NEGATED  # also "..., nor does she kill women", "pleaded not guilty to" (the adjective's "not")
        if node.dep_ == "pcomp" and (node.head.lower_ == "without" or _no_part_in(node)) or _all_but(node):  # "left without paying",
            return F.NEGATED  # "did everything but win a game"
        if any(negative_subject(c) for c in children if c.dep_ in ("nsubj", "nsubjpass")):
            return F.NEGATED
    if _conditioned(node):
        return F.CONDITIONAL
    if _infinitive(node) and node.head.lemma_ == "have" and any(c.dep_ == "prep" and c.lower_ in ("until", "till") for c in node.head.children):
        return F.REQUESTED  # "has until June to hold an election": a deadline, nothing done yet
    if any(c.dep_ == "advmod" and c.lower_ in HEDGE_ADVERBS for c in children) or node.lemma_ == "be" and any(map(tipped, children)) \
            or node.lemma_ in PASSIVE_FORECASTS and {"auxpass"} == {c.dep_ for c in children} & {"auxpass", "agent"} \
            or either_or(node) or looks_set(node) \
            or any(map(forecast_source, children)) or effect_forecast(node):  # "according to analysts' forecasts, HSBC will"
        return F.POSSIBLE  # "will probably play", "allegedly failed", "is favourite for the title", "the trend will force X"
    if any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKERS for c in children) or _asked_if(node):
        return F.QUESTION
    modal = next((c.lower_ for c in children if c.dep_ == "aux" and c.tag_ == "MD"), None)
    modal = MODAL_SPELLINGS.get(modal, modal)
    if modal == "would" and reported and (cue := reported_would(node)) is not None:
        return cue  # "said he would appeal": a plan; "claimed the Tories would cut": a forecast (kg.extract.reported)
    return MODALS.get(modal)


def _no_part_in(gerund) -> bool:
    """"played no part in drafting the answer", "had no hand in choosing": a share in the act denied."""
    verb = gerund.head.head
    return gerund.head.lower_ == "in" and any(c.dep_ == "dobj" and c.lemma_.lower() in ("part", "role", "hand", "say")
                                              and any(d.lower_ == "no" for d in c.children) for c in verb.children)


def _no_more(adverb) -> bool:
    """"no longer", "no more", "hardly ever", "not yet" (not "almost always", "not only", "if not ever"): the parser
    hangs "no", "not" or "hardly" on the adverb."""
    return any(c.dep_ == "neg" and (c.lower_ == "no" or c.lower_ in ("not", "n't") and adverb.lower_ == "yet")
               or c.dep_ == "advmod" and c.lower_ in ("hardly", "scarcely", "barely") for c in adverb.children)


def _conditioned(node) -> bool:
    """The clause is a condition ("if Labour wins") or has one ("would benefit Hamas if ..."), also
    as a verb joined to one by "and" ("if the appeal fails and it keeps breaking the rules"); a conjunct's own
    condition is its own ("the trial will last weeks and if found guilty he faces jail")."""
    if _or_else(node):
        return True
    while node.dep_ == "conj" and node.head.i != node.i and not any(c.dep_ == "mark" for c in node.children) and not _own_condition(node):
        node = node.head
    if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKERS for c in node.children) or as_long_as(node):
        return not _asked_if(node)
    if _inverted_condition(node):
        return True
    if any(c.dep_ == "mark" and c.lower_ in TIME_CONDITIONS for c in node.children) and (
            node.tag_ in ("VBP", "VBZ") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBP", "VBZ") for c in node.children)):
        return True
    tail = node  # a condition after the last of verbs sharing one subject holds for each: "will stun W and break every precedent if he fails"
    while (later := next((c for c in reversed(list(tail.children)) if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")), None)) is not None:
        tail = later
    shared = tail.i != node.i and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in tail.children) \
        and any(c.tag_ == "MD" for c in node.children)  # and its modal: not "comes with X and gives links if it finds"
    return _own_condition(node) or shared and _own_condition(tail) and all(c.i > tail.i for c in tail.children if c.dep_ == "advcl")


def _own_condition(node) -> bool:
    """The clause has a condition of its own hung on it: an if-clause, a proviso, or a habit that
    hangs on another act ("every time she breaks the record she gets", "whenever")."""
    return any(
        c.dep_ == "advcl" and not _asked_if(c) and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKERS for m in c.children)
        or c.dep_ == "npadvmod" and c.lemma_ == "time" and any(d.lower_ in ("every", "each") for d in c.children)
        or c.dep_ == "advcl" and any(m.lower_ == "whenever" for m in c.children) or proviso(c)
        or _inverted_condition(c) and any(m.tag_ == "MD" for m in node.children) for c in node.children)  # "Should he win, he will"


def _inverted_condition(clause) -> bool:
    """A condition put by inversion, with no "if": "had he denied the charge", "were the bank to raise rates",
    "should the talks fail" - an auxiliary before the subject of a clause hung on another."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or clause.sent[-1].text == "?":
        return False
    fronted = [t.i for t in (clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass")))
               if t.lower_ in ("had", "were", "should") and t.i < subject.i]
    return bool(fronted) and (clause.dep_ == "advcl" or clause.dep_ == "ROOT" and min(fronted) > clause.sent.start + 1)  # "... longer had he"


def _or_else(node) -> bool:
    """A threat or a warning: a clause joined by "or" to what must be done ("you must do something
    or I'm going to climb out of this pit", "Act now or we will leave"): it holds only if that is not done."""
    head = node.head
    obliged = any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in head.children) \
        or head.tag_ == "VB" and head.dep_ == "ROOT" and not any(c.dep_ in ("nsubj", "aux") for c in head.children)  # "Act now or"
    joined_by_or = any(c.dep_ == "cc" and c.lower_ == "or" and head.i < c.i < node.i for c in (*head.children, *node.children))
    return node.dep_ == "conj" and obliged and joined_by_or and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)


def _pointed_cue(governor, gerund) -> Factuality | None:
    """The cue of a verb's preposition before a gerund hung on the verb ("pointed towards [X] handing"), or None."""
    lemma = _lemma(governor)
    return next((GERUND_CUES[(lemma, c.lower_)] for c in governor.children
                 if c.dep_ == "prep" and c.i < gerund.i and (lemma, c.lower_) in GERUND_CUES), None)


def _past(verb) -> bool:
    """Whether the clause of `verb` is in a past tense ("resigned", "had left", "was waiting")."""
    return verb.tag_ in ("VBD", "VBN") and not any(c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in verb.children) \
        or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def _present(verb) -> bool:
    """Whether the clause of `verb` is in the simple present, active or passive ("is needed", "wants"), not a
    perfect, a past or a future."""
    return verb.tag_ in ("VBP", "VBZ") or verb.tag_ in ("VBN", "VBG") and any(
        c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" and c.tag_ in ("VBP", "VBZ") for c in verb.children)


def _asked_if(node) -> bool:
    """"asked if she was a member", "wondered if it would": an if-clause after a verb of asking is a question."""
    return node.head.i != node.i and _lemma(node.head) in ASKING_VERBS and any(
        c.dep_ == "mark" and c.lower_ == "if" for c in node.children)


def _governor(node):
    """(governor, what it says of `node`'s act, whether to stop climbing, whether `node` is reported
    speech). The governor is the word whose complement `node` is: a verb, an adjective or a noun."""
    dep = node.dep_
    if dep not in EMBEDDING_DEPS or node.head.i == node.i:
        return None, None, True, False
    governor = conjunct_head(node)
    for found, cue in (open_question(node) or (None, None), (question_noun(node), F.QUESTION),
                       (depicting_verb(node), F.DEPICTED), (held_noun(node), F.POSSIBLE),
                       (aimed_outcome(node), F.DESIRED), (lacked_noun(node), F.NEGATED), (assumed(node), F.CONDITIONAL)):
        if found is not None:  # "will decide which", "the problem of how", "a poster showing X holding", "claims that X lied"
            return found, cue, True, False
    if dep == "xcomp" and node.tag_ == "VBG" and (cue := _pointed_cue(governor, node)) is not None:
        return governor, cue, True, False  # "pointed towards X handing", the gerund hung on the verb
    if dep == "pcomp" and governor.pos_ == "ADP":
        controlled = gerund_control(node)  # "accused the firm of using", "kept fans from entering"
        verb = controlled[0] if controlled else governor.head
        cue = gerund_cue(_lemma(verb), verb, governor)
        if any(c.dep_ == "advmod" and c.lower_ in MISTAKEN_ADVERBS for c in verb.children):
            cue = F.NEGATED  # "was wrongly convicted of planting the bombs": he did not
        if cue or controlled and governor.lower_ == "from":
            return verb, cue or F.NEGATED, True, False
        if controlled:
            return verb, None, False, False  # "blamed the firm for losing": as the blaming is
        if governor.lower_ == "to" and _looking_forward(governor.head):
            return governor.head, F.DESIRED, True, False  # "looking forward to going out": not yet done
        if governor.lower_ == "before" and governor.head.pos_ in ("VERB", "AUX") and not _past(governor.head):
            return governor.head, F.POSSIBLE, True, False  # "is awaiting the report before acting": not yet done
        if any(c.lower_ in ("rather", "instead") for c in governor.children):
            return governor.head, F.NEGATED, True, False  # "rather than providing", "instead of buying": not done
        if governor.lower_ == "against" and governor.head.pos_ in ("VERB", "AUX"):
            return governor.head, F.NEGATED, True, False  # "warned against using", "voted against raising": not done
        if governor.lower_ == "by" and governor.head.i != governor.i:
            return governor.head, None, False, False  # "plans to win by cutting costs": the means shares the plan
        if governor.lower_ not in GOVERNED_PREPOSITIONS or governor.head.i == governor.i:
            return governor, None, True, False  # "before leaving", "after winning": a clause of its own
        governor = governor.head  # "thinking [of] upgrading", "prevented them [from] leaving"
    lemma = _lemma(governor)
    if governor.pos_ in ("NOUN", "PROPN", "PRON"):  # a clause on a noun: "a bid to convince", "nothing that would put"; no climb
        if lemma in NEGATIVE_NOUNS or any(c.dep_ == "det" and c.lower_ == "no" for c in governor.children):
            return governor, F.NEGATED, True, False
        if dep == "relcl" and governor.dep_ == "pobj" and governor.head.head.lower_ in NEGATIVE_NOUNS:
            return governor, F.NEGATED, True, False  # "nothing in [the plan] that would help", parsed either way
        content = dep == "relcl" and (_infinitive(node) or any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children))
        # "concerns that X", "favourite to win"; a participle only describes the noun: "a campaign featuring X"
        bare_participle = node.tag_ in ("VBG", "VBN") and not any(
            c.dep_ in ("aux", "auxpass", "mark", "nsubj", "nsubjpass") for c in node.children)
        takes = dep == "pcomp" or content or dep == "acl" and not bare_participle
        prospect = governor.dep_ == "pobj" and (governor.head.lower_, lemma) in PROSPECT_PHRASES  # "on track [to meet]"
        cue = (F.POSSIBLE if prospect else GOVERNING_NOUNS.get(_lemma(governor.head.head) if pressed(governor) or prospect_of(governor) else lemma)) if takes else None
        if dep == "acl" and node.tag_ == "VBG" and governor.dep_ == "dobj" and GOVERNING_VERBS.get(_lemma(governor.head)) is F.NEGATED:
            return governor.head, F.NEGATED, True, False  # "prevent high prices forcing people out": they do not
        if cue is None and dep in ("acl", "relcl") and _infinitive(node) and (wanting := _verb_of_object(governor)) is not None:
            purpose = _purpose_cue(_lemma(wanting))  # "wants a rise to fund X", "asked for more investment to meet demand"
            if purpose is None and governor.dep_ == "dobj":  # "has the money to buy X": the means; "launched a petition to save X"
                purpose = F.POSSIBLE if _lemma(wanting) == "have" else F.DESIRED if aim_ahead(wanting, node) or sought_effect(wanting, node) else None
            return wanting, purpose, False, False  # "expected X to sell PSPs in time to rival Y": as sure as the selling
        if cue is None and dep in ("acl", "relcl") and (node.tag_ in ("VBG", "VBN") or _infinitive(node)) \
                and (verb := _describing_verb(governor)) is not None:  # also "would be the application to drive X"
            return verb, None, False, False  # "may have replaced the Tories as the party challenging Labour": as sure as that
        return (governor.head, cue, False, False) if cue is F.SCHEDULED and governor.dep_ == "dobj" else (governor, cue, True, False)
    if dep == "xcomp" and node.tag_ == "VBG" and governor.lower_ == "worth":  # "it is worth debating a cap": commended, not done
        return governor, F.REQUESTED, True, False
    if dep in ("relcl", "acl"):
        return governor, None, True, False
    if _infinitive(node) and (too_much(governor) or at_a_loss(governor)):
        return governor, F.NEGATED, True, False  # "too expensive to renovate", "moved too slowly to save": not done
    if dep == "advcl":
        marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
        if not marks and _infinitive(node) and (said := F.POSSIBLE if lemma == "be" and on_course(governor) or hearsay(governor) else (
                GOVERNING_NOUNS.get(word := attribute_word(governor)) or GOVERNING_ADJECTIVES.get(word)) if lemma == "be" else None):
            return governor, said, True, False  # "is on target [to sell]", "was reported [to have met]", "is favourite [to win]"
        noun = node.doc[node.left_edge.i - 1] if node.left_edge.i > 0 else None
        noun = noun if noun is not None and (noun.dep_ == "dobj" and noun.head.i == governor.i or noun.head.head.i == governor.i
                                             and noun.dep_ == "nsubj" and noun.head.pos_ == "ADJ") else held_talks(governor, node)  # "made public his keenness [to play]", read as a clause
        if not marks and _infinitive(node) and noun is not None and _lemma(noun) in GOVERNING_NOUNS:
            cue = GOVERNING_NOUNS[_lemma(noun)]  # "made bids to buy dollars": the bid's; a deal or a plan, as sure as its verb
            return (governor, cue, False, False) if cue is F.SCHEDULED and noun.dep_ == "dobj" else (noun, cue, True, False)
        adjective = (governor if governor.pos_ == "ADJ" else next((c for c in governor.children if c.dep_ in ("acomp", "oprd")), None)) \
            if "for" in marks else None  # "makes it hard for X to", "it is hard for X to", "could prove tough for X to"
        said = GOVERNING_ADJECTIVES.get(_lemma(adjective)) if adjective is not None and _infinitive(node) else None
        if said is not None and (said is not F.REQUESTED or not _past(governor)):  # "it has been hard for game makers to do",
            return governor, said, True, False  # "happy for X to", "will be important for him to get" (not "was important for")
        if marks & PURPOSE_MARKERS or _in_order_to(node) or "for" in marks and _infinitive(node) \
                and governor.pos_ != "ADJ" and not any(c.pos_ == "ADJ" for c in governor.children):  # "important for X to": the adjective's
            return governor, F.DESIRED, True, False  # also "set a date for Blair to be replaced": not yet so
        if marks == {"for"}:  # "would be enough for Glazer to take control": as sure as the clause it completes
            return governor, None, False, False
        if {c.lower_ for c in node.children if c.dep_ in ("mark", "advmod")} & TIME_MARKS and {"would"} == {
                c.lower_ for c in governor.children if c.dep_ in ("aux", "neg")}:  # not "might have stretched", "would not join"
            return governor, None, False, False  # "would continue the campaign when he contested": as sure as that
        if not marks and node.tag_ == "VBG" and _negating_phrasal(governor, lemma):
            return governor, F.NEGATED, True, False  # "ruled out taking part", parsed as a participle: not to be done
        if "before" in marks and lemma in ("need", "require") and _present(governor):
            return governor, F.POSSIBLE, True, False  # "work is needed before the nation is ready": not yet so
        if marks or not _infinitive(node):  # "because he left", "when she arrives": a clause of its own; a participle
            return governor, None, marks or node.tag_ != "VBG", False  # shares its governor's modality ("could send, bypassing")
        if governor.pos_ == "ADJ":  # "makes it possible to send": what the adjective says
            return governor, GOVERNING_ADJECTIVES.get(lemma), False, False
        if lemma == "do" and any(c.dep_ == "dobj" and c.lower_ in ("best", "utmost", "everything") for c in governor.children):
            return governor, F.ATTEMPTED, True, False  # "did his best to save the club": tried, no outcome said
        if _purpose_cue(lemma) is None and (any(c.tag_ == "MD" for c in governor.children) or under_way(governor) or sought_effect(governor, node)):
            return governor, F.DESIRED, True, False  # "will return to the fold to strengthen", "is raising money to open", "sued to prevent": aims
        return governor, _purpose_cue(lemma), False, False  # also "pleaded with him to stay", parsed as a purpose
    if governor.pos_ == "ADJ" and lemma in BELIEF_ADJECTIVES:
        return governor, F.POSSIBLE if _forecast(node) else None, False, False  # "confident I have made the right decision": so it is
    if governor.pos_ == "ADJ":
        return governor, GOVERNING_ADJECTIVES.get(lemma), False, False
    if dep == "ccomp":
        if lemma == "see" and node.tag_ == "VBG" and governor.tag_ in ("VBP", "VBZ") \
                and not any(c.dep_ in ("aux", "mark") or c.tag_ == "MD" for c in (*node.children, *governor.children)):
            return governor, F.POSSIBLE, True, False  # "we see the player evolving into X": a vision ("saw prices rising" was seen)
        if lemma in BELIEF_VERBS and (_forecast(node) or opinion_holders(governor) or lemma in ("think", "believe") and governor.tag_ == "VBD"):
            return governor, F.POSSIBLE, True, False  # "believed they would see her win": a forecast; "it is/many believed that", "I think",
            # "52% of voters think": a guess, a view; "he thought they were going out": a belief the story may have proved wrong
        if lemma == "allege":  # "alleges the firm knew": a charge, not shown
            return governor, F.POSSIBLE, True, False
        if lemma == "insist" and node.tag_ == "VB" and not any(c.dep_ == "aux" for c in node.children):
            return governor, F.REQUESTED, True, False  # "insisted that the firm reopen": a demand ("insists he will return" is his plan)
        if lemma in SPEECH_VERBS and lemma not in GOVERNING_VERBS or lemma in THAT_CLAUSE_REPORTS:
            if not factuality(governor).asserted or filed_claim(governor) or _partisans(governor):  # "can go to the public and say he has forced them",
                return governor, F.POSSIBLE, True, False  # "have not confirmed that", "the lawsuit says X hit him": not said, or alleged
            return governor, None, True, not direct_quote(governor, node)  # reported speech: stated, with its attribution
        if lemma in ("deny",):
            return governor, F.NEGATED, True, False
        if lemma in ("suggest", "imply", "indicate"):  # "figures suggested prices had peaked": a reading, not a fact
            return governor, F.POSSIBLE, False, False
        if lemma == "be":  # "it is important that X", "it is likely that X": the adjective says it; "the talk is that X": the noun
            adjective = next((c for c in governor.children if c.dep_ == "acomp"), None)
            if adjective is None:
                noun = next((_lemma(c) for c in governor.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), "")
                return governor, F.POSSIBLE if noun in HELD_NOUNS else GOVERNING_NOUNS.get(noun), False, False
            return governor, GOVERNING_ADJECTIVES.get(adjective.lemma_.lower()), False, False
        return governor, GOVERNING_VERBS.get(lemma), False, False
    if dep in ("xcomp", "pcomp", "oprd"):
        if lemma in WOULD_VERBS and not any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in governor.children):
            return governor, None, False, False  # "liked to rattle off": a habit, done
        if lemma in ("have", "be") and any(c.lower_ in ("yet", "still") for c in governor.children):
            return governor, F.NEGATED, True, False  # "has yet to be named", "is still to announce": not yet done
        if lemma == "go" and governor.tag_ == "VBG" and governor.dep_ != "ccomp" and any(
                c.dep_ == "aux" and c.tag_ == "VBD" for c in governor.children):  # not "said he was going to quit": his plan
            return governor, F.POSSIBLE, True, False  # "the doctors were going to operate": a past plan, not said to be done
        if lemma == "get" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in governor.children):
            return governor, F.REQUESTED, False, False  # "we've got to be diligent": must
        if lemma == "have" and _infinitive(node) and governor.tag_ in ("VB", "VBP", "VBZ"):
            return governor, F.REQUESTED, False, False  # "big firms have to meet the rules": must, not yet met ("had to" was done)
        if lemma in ("be", "remain") and dep == "xcomp":  # "the minister is to visit"; "Owen is (remains) favourite to take": as the noun says
            attribute = attribute_word(governor)
            subject = next((c.lemma_.lower() for c in governor.children if c.dep_ == "nsubj"), "")  # "our hope is to win"
            said = GOVERNING_NOUNS.get(attribute) or GOVERNING_ADJECTIVES.get(attribute) or GOVERNING_NOUNS.get(subject)
            return governor, said or (F.POSSIBLE if on_course(governor) or lemma == "remain" else F.SCHEDULED), False, False  # "remains to be seen"
        if _infinitive(node) and lemma in SELF_CLAIMS and not any(c.dep_ == "dobj" for c in governor.children):
            return governor, F.POSSIBLE, True, False  # "claimed to have been in an accident": their word, not shown
        if _infinitive(node) and hearsay(governor):
            return governor, F.POSSIBLE, True, False  # "X is understood to have made an offer": not confirmed ("reported by Reuters to": a report)
        if (lemma in PURPOSE_PASSIVES or measure_designed(governor)) and any(c.dep_ == "auxpass" for c in governor.children) \
                or lemma in ENGAGING_VERBS and sought_effect(governor, node):
            return governor, F.DESIRED, True, False  # "was intended to convert fans", "hired a firm to sue": an aim, not an outcome
        if lemma in ("quit", "stop") and _infinitive(node):
            return governor, None, False, False  # "quit Leeds to join Celtic", "stopped to talk": a purpose, done
        if _negating_phrasal(governor, lemma):
            return governor, F.NEGATED, True, False  # "ruled out raising the pension age"
        if lemma in SEEMING_PLANS and (governor.dep_ in ("acomp", "xcomp") and governor.head.lemma_ in SEEMING_VERBS
                                       or governor.dep_ == "ROOT" and not planner_subject(governor)):  # "PVRs are set to replace"
            return governor, F.POSSIBLE, False, False  # "looks set to sustain its revival": a forecast, not a plan
        if lemma in MOVING_VERBS and any(c.dep_ == "prep" for c in governor.children):
            return governor, None, False, False  # "had moved to the US to set up Yukos USA": went there, and did
        said = GOVERNING_VERBS.get(lemma) or GOVERNING_ADJECTIVES.get(lemma)  # also "Dunne keen to commit"; "has begun a tour to
        return governor, said or (F.DESIRED if dep == "xcomp" and aim_ahead(governor, node) else None), False, False  # persuade"
    return governor, None, False, False  # conj, acomp: climb on


def _describing_verb(noun):
    """The verb that says what `noun` is or will be: "became the party [challenging X]", "replaced
    them as the party [challenging X]", "produce a browser [based on X]". A participle on such a
    noun is only as true as that verb; on other nouns ("bought shares sold by the bank") it is its own."""
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "as" else noun.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    if noun.dep_ in ("attr", "oprd") or noun.dep_ == "pobj" and noun.head.lower_ == "as":
        return verb
    return verb if noun.dep_ == "dobj" and _lemma(verb) in CREATION_VERBS else None


def _negating_phrasal(verb, lemma: str) -> bool:
    """A phrasal verb that says its complement will not be done ("rule out", "call off", "give up")."""
    return any(c.dep_ == "prt" and (lemma, c.lower_) in NEGATING_PHRASAL_VERBS for c in verb.children)


def _verb_of_object(noun):
    """The verb whose object `noun` is, directly or after a preposition ("asked [for] investment"), or None."""
    if noun.dep_ == "dobj":
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "VERB":
        return noun.head.head
    return None


def _purpose_cue(lemma: str) -> Factuality | None:
    """A verb's own cue for a purpose it governs ("wants a bridge to link"), never a negation ("quit to keep his place"), nor a
    move's ("moved to Chelsea to play for Dunn": moved there, and plays; "moved to pre-empt a break-up" is the verb's complement)."""
    return None if (cue := GOVERNING_VERBS.get(lemma)) is F.NEGATED or lemma in MOVING_VERBS else cue


def _lemma(token) -> str:
    """The token's lemma, or when the tagger's lemma is no word of the lists above, the list word
    its spelling inflects ("hoped" lemmatised as "hop" is "hope"; "planned" is "plan")."""
    lemma = token.lemma_.lower()
    if token.lower_.replace("\u2019", "'") in ("'s", "'re", "'m") and any(c.dep_ in ("acomp", "attr") for c in token.children):
        return "be"  # "it’s important that ...": the copula, however the apostrophe is written
    if lemma in KNOWN_LEMMAS or token.pos_ not in ("VERB", "AUX"):
        return lemma
    word = token.lower_
    for ending in ("ed", "ing", "es", "s"):
        if word.endswith(ending):
            stem = word[: -len(ending)]
            for candidate in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem):
                if candidate in KNOWN_LEMMAS:
                    return candidate
    return lemma


def _looking_forward(verb) -> bool:
    return verb.lemma_.lower() == "look" and any(c.lower_ == "forward" for c in verb.children)


def _instead(node) -> bool:
    """"add atmosphere rather than affect the mechanics", "focused on X rather than follow Y": a verb
    right after "rather than" (or a conjunct after it) is what is not done."""
    doc = node.doc
    between = doc[node.head.i + 1 : node.i] if node.dep_ == "conj" else doc[max(0, node.left_edge.i - 2) : node.left_edge.i]
    return any(t.lower_ == "than" and t.i > 0 and doc[t.i - 1].lower_ == "rather" for t in between)


def _infinitive(node) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)


def _in_order_to(node) -> bool:
    """"in order to win": the infinitive's own "in order" words."""
    return any(c.lower_ == "order" for c in node.children if c.dep_ in ("mark", "advmod", "prep"))


def _question(verb) -> bool:
    """The clause stands before a question mark of its sentence, with no full stop between."""
    end = next((t for t in verb.sent if t.i > verb.i and t.text in ("?", ".", "!")), None)
    return end is not None and end.text == "?" and verb.lemma_.lower() not in SPEECH_VERBS


def _forecast(verb) -> bool:
    """Whether the clause `verb` heads is in the future ("will keep", "would see"): after a belief, a forecast."""
    return any(c.dep_ == "aux" and MODAL_SPELLINGS.get(c.lower_, c.lower_) in ("will", "would") for c in verb.children)


def _partisans(verb) -> bool:
    """Whether the subject of a verb of saying is a side's people named by their side alone, or some of
    many ("critics say", "opponents argue", "many say", "some claim"): a view in a debate, not a report."""
    return any(c.dep_ == "nsubj" and (c.lemma_.lower() in PARTISAN_NOUNS and c.tag_ == "NNS" and not any(g.dep_ == "appos" for g in c.children)
                                      or c.lower_ in ("many", "some", "others")) for c in verb.children)


def _all_but(verb) -> bool:
    """"have done everything but win a game", "did all except score": a bare verb right after "but" or
    "except" that follows "everything", "anything" or "all": the one thing not done."""
    doc, i = verb.doc, verb.i
    return verb.tag_ == "VB" and i >= 2 and doc[i - 1].lower_ in ("but", "except") and doc[i - 2].lower_ in ("everything", "anything", "all")
