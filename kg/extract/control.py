"""Control: who does what a verb's complement says when the complement names no doer.

A gerund after a verb's object and a preposition is the object's act: "accused Mr Brown of
hiding the rises", "blamed the firm for losing the files", "stopped fans from entering"; so is
a for-gerund after a preposition's object of a verb or adjective of turning on someone with no
object ("clashed with the paper for printing it", "was angry with the referee for ignoring it"). An
infinitive after a control verb's prepositional object is that object's: "called on Israel to
halt the raids", as is one after the noun of a particle the parser read as a preposition:
"drafted in its chief executive to take charge"; a gerund right after a preposition's noun is
that noun's: "leading to the band undertaking a tour". (Plain object control, "urged Israel to consider", is in `kg.extract.clauses`;
what the verb says of the act, an accusation or a prevention, in `kg.extract.factuality`.)"""
from __future__ import annotations

from kg.extract.lexicon import (
    ACTOR_NOUNS,
    AGENT_SUFFIXES,
    COMMENT_PARTICIPLES,
    OBJECT_CONTROL_VERBS,
    PERSON_ROLE_HEADS,
    RAISING_VERBS,
    REASON_VERBS,
    RESULT_PARTICIPLES,
)
from kg.extract.lists import with_conjuncts
from kg.extract.passives import agents, is_passive

# Verbs of giving someone the means to act, with what they are given in a with-phrase: the object is
# who may do what the infinitive says ("provide users with the tools to publish blogs")
EQUIPPING_VERBS = {"provide", "equip", "supply", "furnish", "arm"}
PREPOSITIONAL_CONTROL = {  # "called on Israel to halt", "pleaded with him to stay": the preposition's object acts
    "call": {"on", "upon"}, "appeal": {"to"}, "plead": {"with"}, "rely": {"on", "upon"}, "count": {"on"},
    "depend": {"on", "upon"}, "look": {"to"}, "prevail": {"on", "upon"},
}
# Verbs and adjectives of turning on someone, whose for-gerund is the act of that preposition's
# object: "clashed with the magazine for printing", "was angry with the referee for ignoring"
REASON_TARGETS = {
    "clash": {"with"}, "hit": {"at"}, "lash": {"at"}, "round": {"on"}, "rail": {"against"}, "snap": {"at"},
    "angry": {"with", "at"}, "furious": {"with", "at"}, "annoyed": {"with", "at"}, "cross": {"with"},
    "upset": {"with"}, "frustrated": {"with"}, "disappointed": {"with", "in"}, "grateful": {"to"}, "proud": {"of"},
}
# Nouns of a case brought against someone, whose for-gerund is that someone's alleged act:
# "brought charges against the sprinters for avoiding a test", "a lawsuit against the firm for misleading"
CASE_NOUNS = {"charge", "case", "lawsuit", "suit", "action", "proceeding", "complaint", "allegation", "indictment", "claim"}
# Verbs of taking someone on for a task: a purpose clause after their person object is that person's
ENGAGING_VERBS = {"hire", "recruit", "sign", "appoint", "draft", "enlist", "commission", "bring", "assign", "pick",
                  "choose", "select", "name", "nominate", "employ", "engage", "tap", "contract"}  # "chose Google to power its search"
PARTICLE_PREPS = {"in", "on", "over", "up"}  # "drafted in", "signed on", "handed over", "called up"
SPENDING_VERBS = frozenset({"spend", "waste", "devote", "squander"})  # what one spends, time or money, does nothing
ACTOR_ENTITIES = {"PERSON", "NORP", "ORG"}
RACE_VERBS = {"beat", "pip", "outbid", "edge", "outpace", "defeat", "overcome", "outsprint"}  # the winner does the rest
HOLDING_OFF = {("hold", "off"), ("fend", "off"), ("see", "off"), ("fight", "off")}  # "held off Greene to bring the team home"
LEAVING_VERBS = {"leave", "quit", "exit", "abandon", "desert", "ditch"}  # "left Leeds to join Celtic": the leaver joins
VISITING_VERBS = {"visit", "meet", "contact", "phone", "ring", "telephone", "approach", "lobby", "join", "attend", "tour",
                  "interview", "petition"}  # "visited the SEC to press for change": the visitors press
ACQUIRING_VERBS = {"buy", "acquire", "purchase"}  # "bought GeCAD to get hold of its technology": the buyer gets it
# Nouns of what someone is there to do: "his job is to X" is his doing X
TASK_NOUNS = {"job", "task", "role", "duty", "aim", "goal", "mission", "responsibility", "plan", "ambition", "hope",
              "priority", "intention", "brief", "remit", "target", "dream", "objective", "purpose"}
PRESSING_NOUNS = {"pressure", "call", "onus", "demand", "appeal"}  # "pressure on X to": X is to do it, if anyone
PROSPECT_NOUNS = {"possibility", "prospect", "chance", "likelihood", "risk", "threat", "danger", "speculation", "rumour", "rumor", "fear"}
# Nouns of a leaning or a practice: an infinitive after one is done by whoever has it ("the clubs' habit to
# sack managers", "the habit of clubs to"), not by the subject of the clause that names it ("disapproved of the tendency to censor")
DISPOSITION_NOUNS = {"tendency", "trend", "habit", "practice", "temptation", "culture", "fashion", "propensity", "inclination"}
# contests whose aim is set by whoever runs them: "topped a poll to find the best album" finds nothing
CONTEST_NOUNS = {"poll", "vote", "survey", "ballot", "contest", "competition", "referendum", "audition"}
# verb -> the prepositions whose gerund its object does
GERUND_CONTROL = {
    **dict.fromkeys(REASON_VERBS - {"apologise", "apologize"}, ("for",)),
    **dict.fromkeys(("accuse", "suspect", "convict", "acquit", "clear", "absolve"), ("of",)),
    "charge": ("with",), "congratulate": ("on", "for"), "compliment": ("on", "for"),
    **dict.fromkeys(("cite", "sue", "prosecute", "investigate"), ("for",)),  # "sued the individuals for sharing music"
    **dict.fromkeys((
        "prevent", "stop", "block", "deter", "discourage", "dissuade", "prohibit", "forbid",
        "exclude", "keep", "save", "protect", "restrict",
    ), ("from",)),
    # "banned fans from entering" (kept out) or "banned the fans for throwing bottles" (the reason)
    **dict.fromkeys(("ban", "bar", "suspend", "disqualify", "expel"), ("from", "for")),
    **dict.fromkeys(("talk", "persuade", "trick", "force", "pressure", "pressurise", "coerce", "bully", "lure", "push", "fool"), ("into",)),
}


def particle_objects(verb) -> list:
    """The objects of `verb` hidden behind a particle the parser read as a preposition, when they
    can act: "drafted in its chief executive [to take charge]", "called in administrators [to run it]"."""
    return [noun for prep in verb.children if prep.dep_ == "prep" and prep.i == verb.i + 1 and prep.lower_ in PARTICLE_PREPS
            for noun in prep.children if noun.dep_ == "pobj" and actor(noun)]


def disposition_holders(noun) -> list | None:
    """Who has the leaning or the practice `noun` names (its owner, or its of-phrase's noun; none when
    the article does not say), or None when `noun` names no such thing (see DISPOSITION_NOUNS). Also
    who is pressed to do what an infinitive on them says: "the pressure on councils to keep taxes
    down" (the parser hangs it on the councils, who would do it)."""
    if pressed(noun):
        return [noun]
    if noun.lemma_.lower() in CONTEST_NOUNS:  # "won a contest to design X": its runner's aim; "the BBC's poll to find": the BBC's
        return [c for c in noun.children if c.dep_ == "poss"]
    if noun.lemma_.lower() not in DISPOSITION_NOUNS:
        return None
    return [c for c in noun.children if c.dep_ == "poss"] or [
        o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]


def pressed(noun) -> bool:
    """Whether `noun` is the one a noun of pressing is put on ("pressure on councils", "calls on the government")."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "on" and noun.head.head.lemma_.lower() in PRESSING_NOUNS


def prospect_of(noun) -> bool:
    """Whether `noun` is what a noun of prospect is of ("the possibility of a new iPod being announced", "the risk of
    firms going bust"): a clause on it says what may happen, as that noun's own clause would."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in PROSPECT_NOUNS


def can_act(noun) -> bool:
    """People or bodies that can do what a purpose clause says (not "precautions", "steps")."""
    return noun.ent_type_ in ACTOR_ENTITIES or noun.lemma_.lower() in ACTOR_NOUNS


def left_behind(verb, actors) -> bool:
    """Whether the objects `actors` of `verb` are beaten, held off, visited, bought or left, so that a purpose clause
    after them is the subject's: "beat Standard Chartered to buy Koram", "held off Greene to bring the
    team home", "visited the SEC to press for change", "left Leeds to join Celtic"; not people left to act
    ("left the players to decide")."""
    lemma = verb.lemma_.lower()
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
    return lemma in RACE_VERBS | VISITING_VERBS | ACQUIRING_VERBS or (lemma, particle) in HOLDING_OFF \
        or lemma in LEAVING_VERBS and not any(a.ent_type_ == "PERSON" or not a.ent_type_ and actor(a) for a in actors)


def actor(noun) -> bool:
    """Also a role or a doer's noun ("administrators"), or one a person's name is in apposition to."""
    lemma = noun.lemma_.lower()
    return (can_act(noun) or lemma in PERSON_ROLE_HEADS or lemma.endswith(AGENT_SUFFIXES)
            or any(c.dep_ == "appos" and c.ent_type_ in ACTOR_ENTITIES for c in noun.children))


def gerund_subject(verb):
    """The noun right before a gerund that the parser hung on the verb above, when the noun is
    the object of that verb's preposition: "leading to the band undertaking a tour", "objected to
    the club selling him": the band undertakes, the club sells. None otherwise."""
    doc, start = verb.doc, verb.left_edge.i
    noun = doc[start - 1] if start > 0 else None
    if noun is None or noun.dep_ != "pobj" or noun.pos_ not in ("NOUN", "PROPN", "PRON") or noun.head.dep_ != "prep":
        return None
    return noun if noun.head.head.i == verb.head.i else None


def gerund_held(verb, noun) -> bool:
    """Whether `noun`, the object of a preposition of `verb`, is the subject of a gerund of `verb` right after it
    ("leading to the band undertaking a world tour"): what the verb leads to is the undertaking, not the band."""
    return any(c.dep_ == "xcomp" and c.tag_ == "VBG" and getattr(gerund_subject(c), "i", None) == noun.i for c in verb.children)


def absolute_subject(verb):
    """The name right before a participle that the parser joined to a noun list instead, in a list
    of absolute clauses: "Webb replacing Dale on the wing and Tait returning for his first Test":
    Tait returns. None otherwise."""
    doc, start = verb.doc, verb.left_edge.i
    if verb.tag_ != "VBG" or start != verb.i or start < 2:
        return None
    name = doc[start - 1]
    # the name may hang on the list's first participle itself: "Devine volleying wide and Taylor forcing a save"
    on_participle = name.head.tag_ == "VBG" and verb.head.i == name.head.i
    if name.pos_ != "PROPN" or name.dep_ != "conj" or name.ent_type_ not in ("PERSON", "ORG") \
            or name.head.pos_ in ("VERB", "AUX") and not on_participle:
        return None
    return name if doc[name.left_edge.i - 1].lower_ == "and" else None


def result_participle(verb) -> bool:
    """A participle after its clause that tells what the clause brought about ("..., leaving the
    way open for X"; RESULT_PARTICIPLES); whose it is depends on whether the clause happened."""
    return _trailing_participle(verb) and verb.lemma_.lower() in RESULT_PARTICIPLES


def comment_participle(verb) -> bool:
    """A participle after its clause that comments on it (COMMENT_PARTICIPLES: "- mirroring the
    Oscars"): the event mirrors, and nobody in it does."""
    return _trailing_participle(verb) and verb.lemma_.lower() in COMMENT_PARTICIPLES


def comment_infinitive(verb) -> bool:
    """"To be fair to Graz, they had a plan", "To be honest, ...": an infinitive of "be" and an
    adjective that opens its clause says how the speaker puts it; the clause's subject is not fair."""
    return verb.dep_ == "advcl" and verb.lemma_ == "be" and verb.i < verb.head.i \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and any(c.dep_ == "acomp" and c.pos_ == "ADJ" for c in verb.children)


def _trailing_participle(verb) -> bool:
    """An -ing participle hung after the clause it goes with ("..., leaving", "- mirroring")."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > verb.head.i


def task_holder(verb):
    """Whose task an infinitive after "be" names: "His job is to formulate ideas", "the aim of the
    fund is to help small firms": the holder does it, not the job; None otherwise."""
    head = verb.head
    task = next((c for c in head.children if c.dep_ == "nsubj"), None) if verb.dep_ == "xcomp" and head.lemma_ == "be" else None
    if task is None or task.lemma_.lower() not in TASK_NOUNS:
        return None
    holders = [c for c in task.children if c.dep_ == "poss"]  # "his job", "Tom Reed's task"
    holders += [o for p in task.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return holders[0] if holders else None


def gerund_control(verb):
    """(governing verb, its object) when `verb` is a gerund after one of the governing verb's
    controlling prepositions ("blamed [the firm] for losing"); None otherwise. The parser hangs
    the preposition on the verb or on its object ("accused [the firm of using]")."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or verb.tag_ != "VBG":
        return None
    if (targeted := _reason_target(prep) or _case_target(prep)) is not None:
        return targeted
    governor, obj = prep.head, None
    if governor.dep_ == "dobj":
        governor, obj = governor.head, governor
    if prep.lower_ not in GERUND_CONTROL.get(governor.lemma_.lower(), ()) or governor.pos_ not in ("VERB", "AUX"):
        return None
    obj = obj if obj is not None else next((c for c in governor.children if c.dep_ == "dobj"), None)
    return (governor, obj) if obj is not None else None


def owned_gerund(verb):
    """(None, the owner) when `verb` is a gerund in the prepositional phrase of a noun someone owns:
    "discussed Wales's role in making music" (Wales makes it, not whoever discussed it), whether the
    parser hangs the phrase on the noun or on the verb right after the noun; None otherwise."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or verb.tag_ != "VBG" or prep.lower_ != "in":
        return None  # not "Europe's economies by eating into", "their explanations for missing": a means, a reason
    noun = prep.head if prep.head.pos_ == "NOUN" else next(
        (c for c in prep.head.children if c.dep_ == "dobj" and c.right_edge.i == prep.i - 1), None)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None) if noun is not None and noun.pos_ == "NOUN" else None
    return (None, owner) if owner is not None else None


def _reason_target(prep):
    """(governing word, the object of its preposition) for a for-gerund after a verb or adjective
    of turning on someone with no object of its own ("clashed with the paper for printing it",
    "was angry with the referee for ignoring it"; the parser may hang "for" on that object:
    "hit out at the tabloids for printing"); None otherwise."""
    if prep.lower_ != "for":
        return None
    governor = prep.head
    if governor.dep_ == "pobj" and governor.head.dep_ == "prep":  # "for" hung on the preposition's object
        governor = governor.head.head
    targets = REASON_TARGETS.get(governor.lemma_.lower(), ())
    if not targets or any(c.dep_ in ("dobj", "dative") for c in governor.children):
        return None
    obj = next((o for c in governor.children if c.dep_ == "prep" and c.i < prep.i and c.lower_ in targets
                for o in c.children if o.dep_ == "pobj"), None)
    return (governor, obj) if obj is not None else None


def _case_target(prep):
    """(the case noun, the one it is against) for a for-gerund after a case brought against
    someone, wherever the parser hangs "for": on the verb that brings the case ("brought charges
    against X for avoiding"), on the case, or on the one it is against; None otherwise."""
    if prep.lower_ != "for":
        return None
    head = prep.head
    if head.dep_ == "pobj" and head.head.lower_ == "against":
        head = head.head.head
    cases = [head] if head.pos_ == "NOUN" else [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    for case in cases:
        if case.lemma_.lower() in CASE_NOUNS:  # "against" on the case, or on the verb that brings it
            against = next((o for c in (*case.children, *case.head.children) if c.dep_ == "prep" and c.lower_ == "against"
                            for o in c.children if o.dep_ == "pobj"), None)
            if against is not None:
                return case, against
    return None


def prepositional_controller(governor):
    """Israel in "called on Israel to halt the raids": the object of the preposition a control
    verb takes, who is asked, trusted or begged to act; the object given the means to act ("provided
    users with the tools to publish"); or the person a verb of engaging took on
    for the task its purpose clause names ("signed West up to his label to produce artists"). None
    for other verbs."""
    preps = PREPOSITIONAL_CONTROL.get(governor.lemma_.lower(), ())
    for prep in governor.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            return next((o for o in prep.children if o.dep_ == "pobj"), None)
    if governor.lemma_.lower() in EQUIPPING_VERBS and any(p.dep_ == "prep" and p.lower_ == "with" for p in governor.children):
        return next((o for o in governor.children if o.dep_ == "dobj"), None)  # "provide users with the tools to publish"
    if governor.lemma_.lower() in ENGAGING_VERBS:
        return next((o for o in governor.children if o.dep_ == "dobj" and (
            actor(o) or o.pos_ == "PROPN" and o.ent_type_ not in ("GPE", "LOC", "FAC"))), None)
    return None


def aim_of_passive(verb, head) -> list | None:
    """The doers of an infinitive after a passive that hands its subject on to none ("the previews
    have been delayed to give the actors a rest", "prices were cut by the firm to attract buyers"):
    the aim is the doer's, named by the by-phrase ([] when none is). None for any other verb,
    or a passive that raises its subject ("is expected to win", "was urged to stay"). So is an
    -ing after a passive of spending: "the money was spent repairing roads" (not the money's act)."""
    spent = verb.tag_ == "VBG" and head.lemma_.lower() in SPENDING_VERBS
    if verb.tag_ != "VB" and not spent or not is_passive(head) or head.lemma_.lower() in RAISING_VERBS | OBJECT_CONTROL_VERBS:
        return None
    return with_conjuncts(agents(head))
