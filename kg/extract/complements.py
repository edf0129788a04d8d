"""Predicates that keep the object noun whose phrase carries the fact's content.

"Kelly took responsibility for the policies": the content is in the noun's own for-phrase, and
"Kelly - take - responsibility" alone says next to nothing; the fact is "Kelly - take
responsibility for - policies". Likewise a verb's prepositional phrase beside a direct object
("banned camera phones from its buildings") names only where or from whom: "ban from - buildings"
drops what was banned, so the predicate keeps the object's noun ("ban camera phone from").

Only a common-noun object counts (a name or a pronoun is an argument of its own, and a number or a
light noun such as "the amount of" names no thing), with exactly one direct object.

A with-phrase beside a direct object names a partner ("held a press conference with Bourne": hold
press conference with) or a means or manner ("took the lead with a backhand pass"): a partner
keeps the object's noun in the predicate, a means is no argument, unless the verb takes its
with-phrase as a second object (WITH_OBJECT_VERBS: "replaced the Lords with an elected chamber",
"credited her with the goal") or it names an ailment ("missed the game with a knee injury"). A
for-phrase beside an object whose noun the predicate cannot keep (a name, a list) says nothing
alone ("scooped the Golden Globe and the Bafta for the role"), unless it is a price, and neither
does one beside what a verb of relying relies on ("relies on new drugs for growth"). The to-phrase
of beating rivals is what was won ("beat Foxx to best actor": win best actor). What was done to the
subject of "have" is no object had ("has had a bucket of slurry thrown over him").
"""
from __future__ import annotations

from kg.extract.amounts import AMOUNT_UNITS, is_amount
from kg.extract.clauses import PASSIVE_SUBJECT_DEPS, QUANTITY_HEADS, SPEECH_VERBS, SUBJECT_DEPS, of_object, with_conjuncts
from kg.extract.factuality import argument_factuality
from kg.extract.full_labels import told_in_predicate
from kg.extract.lexicon import (
    ACTING_BODY_NOUNS,
    ADVERBIAL_PHRASES,
    AGREEMENT_NOUNS,
    AILMENT_NOUNS,
    LIGHT_NOUNS,
    LIGHT_VERB_PHRASES,
    NON_ENTITY_LABELS,
    OUTDOING_VERBS,
    RELIANCE_VERBS,
    STATE_PARTICIPLES,
    WITH_OBJECT_VERBS,
)
from kg.extract.lists import PEOPLE_NOUNS
from kg.extract.mentions import REMAINDER_HEADS, bare_of_phrase
from kg.extract.referents import antecedent
from kg.extract.passives import RELATIVE_PRONOUNS, agents, is_passive, patients

# Prepositions that open a noun's complement ("responsibility for", "control of", "stake in",
# "commitment to", "support from", "talks with", "row over"): what the noun is of, for or about.
COMPLEMENT_PREPS = frozenset({"for", "of", "to", "in", "on", "about", "against", "from", "with", "over", "into"})
# Prepositions of a complement whose fact replaces the bare object's: all but "in" (bare_object_kept).
NEWS_PREPS = COMPLEMENT_PREPS - {"in"}
# Verbs whose object noun says little without its complement ("took responsibility for", "made an
# approach for", "has sympathy for", "won an award for", "added captions for"): light verbs and verbs
# of getting, giving and voicing. With other verbs the object names a thing of its own ("told a radio station in
# California", "warned any buyer of the firm") and its phrase is no part of the fact.
COMPLEMENT_VERBS = frozenset({
    "take", "make", "have", "give", "get", "set", "put", "pay", "place", "hold", "reach", "gain", "win", "accept",
    "claim", "express", "voice", "raise", "show", "face", "receive", "earn", "seek", "lodge", "file", "add",
})
PRIZE_NOUNS = frozenset({"award", "prize", "category", "trophy"})  # named by every word before them
# Nouns of quantity or part: "half of its shares", "most of the staff" count the argument, they
# are no thing the verb acts on.
PART_NOUNS = frozenset({
    "half", "most", "part", "lot", "number", "rest", "majority", "minority", "some", "all", "none", "third", "quarter",
    "dozen", "hundred", "thousand", "million", "billion", "couple", "pair", "handful", "series", "range", "host",
    "array", "list", "set", "string", "spate", "raft", "wave", "worth", "lifetime", "brunt", "like", "likes", "plenty",
    "one",
})
# Verbs whose object is only half of what they say, the other half being where it is put or what
# it is deemed: "put England in front", "put her back on the map", "deemed Tuesday a day of protest".
OBJECT_PREDICATE_VERBS = frozenset({"put", "deem", "render", "turn"})  # "turned Santander into a top-ten bank": no "turn - Santander"
# A verb with the preposition of a phrase that completes its object: "attributed the falls to weak
# demand", "blamed the delay on the strike", "turned the firm into a bank". "attribute falls" alone
# says nothing; the fact is "attribute fall to" weak demand (without_completed).
COMPLETING_PHRASES = frozenset({
    ("attribute", "to"), ("ascribe", "to"), ("blame", "on"), ("turn", "into"), ("convert", "into"),
    ("transform", "into"), ("change", "to"), ("change", "into"), ("change", "from"),
    ("confine", "to"), ("limit", "to"), ("restrict", "to"), ("liken", "to"),  # "confines its data to US stations"
})
# Verbs whose object receives what their with-phrase names: "provides its members with journals"
# gives journals to the members, and "AOL - provide - members" would say it supplies members.
SUPPLY_VERBS = frozenset({"provide", "supply", "furnish", "equip", "present", "arm", "issue", "feed"})
# A verb and preposition whose object an as-phrase after it describes: "thinks of the farmers as a
# market", "referred to him as a traitor" say what the farmers and he are taken to be, not what the
# subject thinks or refers as.
OBJECT_AS_FRAMES = frozenset({
    ("think", "of"), ("speak", "of"), ("talk", "of"), ("write", "of"), ("refer", "to"), ("look", "on"),
    ("look", "upon"), ("look", "at"),
})
# Nouns of an outcome a verb's object is carried to: "booted France to victory", "led the club to
# the title". The object reached it; "boot France" alone says something else.
RESULT_NOUNS = frozenset({
    "victory", "win", "success", "glory", "title", "triumph", "defeat", "safety", "promotion", "relegation", "final",
    "semi-final", "championship", "crown", "trophy", "league", "cup", "treble", "double",
})
CARRYING_VERBS = frozenset({  # verbs that carry their object somewhere ("added the crown to his title" does not)
    "lead", "guide", "steer", "boot", "power", "fire", "drive", "propel", "inspire", "take", "captain", "coach", "carry",
    "kick", "shoot", "spur", "help", "send", "lift", "haul", "drag", "push", "knock", "bump",
})
# More places a verb of carrying takes its object to ("took the country to war", "took the firm to
# court") or from ("pushed Japan off the top of the chart", "knocked the film from the top spot")
STATE_NOUNS = frozenset({"war", "court", "power", "brink", "verge"})
POSITION_NOUNS = frozenset({"top", "spot", "summit", "perch"})
OBJECT_MODIFIER_DEPS = ("compound",)  # words kept with the object's noun in a predicate: "camera phone"


def content_noun(obj) -> bool:
    """Whether the direct object `obj` is a common noun that names a thing of its own (not a name,
    a pronoun, a number or a light or partitive noun)."""
    return (obj.pos_ == "NOUN" and not obj.ent_type_  # a name or an amount the tagger saw
            and (obj.lemma_.lower() not in LIGHT_NOUNS | PART_NOUNS or obj.lower_ == "rights")  # "bought the rights to the show"
            and not is_amount(obj))  # "totalled £3m": the tagger's noun "m" is an amount


def noun_words(obj) -> str:
    """The object's noun as a predicate word, with its compound nouns: "camera phone"; a prize's
    category keeps its words from "best" on ("won best actor for Kinsey": "best actor")."""
    doc = obj.doc
    best = next((t for t in doc[obj.left_edge.i:obj.i] if t.lower_ in ("best", "worst")), None)
    if best is not None and all(t.is_alpha or t.text == "-" for t in doc[best.i:obj.i]):
        return " ".join([t.lower_ for t in doc[best.i:obj.i]] + [obj.lemma_.lower()]).replace(" - ", "-")
    if obj.lemma_.lower() in PRIZE_NOUNS:  # "won the spoken word award for": the prize is named by all its words
        start = obj.i
        while start > obj.left_edge.i and doc[start - 1].is_alpha and (doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "NOUN"
                                                                     or doc[start - 1].dep_ == "amod" and doc[start - 1].tag_ == "VBN"):
            start -= 1  # not a name's words ("the Golden Lion prize") nor a judgement ("numerous awards")
        return " ".join([t.lower_ for t in doc[start:obj.i]] + [obj.lemma_.lower()])
    compounds = [c.lower_ for c in obj.lefts if c.dep_ in OBJECT_MODIFIER_DEPS and c.pos_ == "NOUN" and c.is_alpha
                 and c.lower_ not in AMOUNT_UNITS  # not the "m" of "a £2m donation"
                 and not (c.i > 0 and doc[c.i - 1].text == "-")]  # not "speed" of "high-speed networks"
    return " ".join([*compounds, obj.lemma_.lower()])


def with_object(base: str, obj) -> str:
    """`base` with the noun of the direct object `obj` when it is a content noun ("ban" -> "ban
    camera phone", for "banned camera phones from"), else `base`."""
    return f"{base} {noun_words(obj)}" if obj is not None and content_noun(obj) else base


def _kept_in_standing(objects) -> bool:
    """Whether a name among a verb's `objects` has a phrase after it whose noun is a place in an order:
    "number two", "third place", "the top spot" ("kept Kay at number two")."""
    def standing(noun) -> bool:
        return noun.dep_ == "pobj" and (noun.lower_ == "number" and any(c.dep_ == "nummod" for c in noun.children)
                                        or noun.lemma_.lower() in POSITION_NOUNS | {"place", "position"}
                                        and any(c.ent_type_ == "ORDINAL" or c.dep_ == "amod" for c in noun.children))
    return any(o.dep_ == "dobj" and o.pos_ == "PROPN" and any(p.dep_ == "prep" and p.i > o.i and any(map(standing, p.children))
                                                              for p in (*o.head.children, *o.children)) for o in objects)


def _left_with(verb, objects) -> bool:
    """Whether "leave" says what its object was left to have: a with-phrase after the object, and for the verb's
    subject a thing, or the verb a participle of result ("Bridge's absence leaves Eriksson with a problem", ",
    leaving the Tories with 163 MPs"); not one who leaves a place ("left the pitch with an injury")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    result = verb.tag_ == "VBG" and verb.dep_ == "advcl" or subject is not None and subject.pos_ == "NOUN"
    return verb.lemma_.lower() == "leave" and result and any(
        o.dep_ == "dobj" and any(p.dep_ == "prep" and p.lower_ == "with" and p.i > o.i for p in verb.children) for o in objects)


def without_completed(pairs: list, lemma: str, base: str, obj, objects=()) -> list:
    """`pairs` without the bare fact of the verb's sole content object `obj` ("attribute - falls")
    when the verb's completing phrase (COMPLETING_PHRASES) gave the fuller one ("attribute fall to",
    "confine to"): what is confined to US stations is not news without them. When the object is a
    name (a proper noun among `objects`), the completing phrase says what the named thing became or was likened to, and a
    fact of it without the name would say it of the subject ("transformed Nissan into a profitable
    business" is no "Ghosn - transform into - business"): the bare fact stays and that one goes.
    The bare fact of a verb of OBJECT_PREDICATE_VERBS with a name for its object never stays ("put more police
    on the streets" keeps "put - police"), nor that of "keep" with a name in a place in an order ("kept Kay at
    number two": where it kept him is the point; "kept Reed at the club" keeps him), nor those of a "leave" that says
    what its object was left with (`_left_with`)."""
    if (lemma in OBJECT_PREDICATE_VERBS and obj is None or lemma == "keep" and _kept_in_standing(objects)) and base == lemma:
        pairs = [(predicate, o, w) for predicate, o, w in pairs if predicate != base]
    if objects and _left_with(objects[0].head, objects):  # the one left with something was not left, nor left with it
        pairs = [(predicate, o, w) for predicate, o, w in pairs if predicate not in (base, f"{base} with")]
    preps = {prep for verb, prep in COMPLETING_PHRASES if verb == lemma}
    if obj is None and any(o.dep_ == "dobj" and o.pos_ == "PROPN" for o in objects):
        return [(predicate, o, w) for predicate, o, w in pairs if predicate not in {f"{base} {prep}" for prep in preps}]
    fuller = {f"{with_object(base, obj)} {prep}" for prep in preps} | {f"{base} {prep}" for prep in preps}
    if not any(predicate in fuller for predicate, _, _ in pairs):
        return pairs
    return [(predicate, o, w) for predicate, o, w in pairs if not (predicate == base and (obj is None or o.i == antecedent(obj).i))]


def supplied(pairs: list, lemma: str, base: str, direct: bool) -> list:
    """"provided its members with journals": the journals are what is provided, the members whom
    to; unchanged unless the verb is one of supplying with both a direct object and a with-phrase."""
    if lemma not in SUPPLY_VERBS or not direct or not {base, f"{base} with"} <= {predicate for predicate, _, _ in pairs}:
        return pairs
    swap = {base: f"{base} to", f"{base} with": base}
    return [(swap.get(predicate, predicate), obj, weight) for predicate, obj, weight in pairs]


def carried_to(pairs: list, verb, base: str) -> list:
    """"booted France to victory": France went to victory, so the fact is "boot to victory" France;
    "took the UK to war", "pushed Japan off the top": "take to war" UK, "push off top" Japan; with a
    to-phrase that counts ("took his tally to 24"), no fact of the bare object. Unchanged unless a
    verb of carrying has a direct object and such a phrase."""
    if verb.lemma_.lower() not in CARRYING_VERBS or not any(c.dep_ == "dobj" for c in verb.children):
        return pairs
    places = [(prep.lower_, p) for prep in verb.children if prep.dep_ == "prep" for p in prep.children if p.dep_ == "pobj"]
    if any(prep == "to" and p.like_num for prep, p in places):
        return [pair for pair in pairs if pair[0] != base]  # "took his goal tally to 24": no "take tally"
    result = next((p for prep, p in places if prep in ("to", "into") and p.lemma_.lower() in RESULT_NOUNS | STATE_NOUNS
                   or prep in ("off", "from") and p.lemma_.lower() in POSITION_NOUNS), None)
    if result is None:
        return pairs
    placed = [t.lower_ for t in result.lefts if t.dep_ in ("amod", "compound")] if result.head.lower_ in ("off", "from") else []
    wording = " ".join([base, result.head.lower_, *placed, result.lemma_.lower()])  # "knock from top spot"
    return [(wording if predicate == base else predicate, obj, weight) for predicate, obj, weight in pairs
            if obj.i != result.i]


def counted_subset(obj) -> bool:
    """"won two of their last 10 games", "sold three of its five factories": a count out of a set,
    whose fact is not the whole set's ("won their last 10 games"), so no object."""
    return obj.like_num and obj.pos_ == "NUM" and of_object(obj) is not None


def described_as(verb, prep, prep_objects) -> bool:
    """Whether `prep` is an "as" that describes the verb's prepositional object ("thinks of the
    farmers as a market")."""
    return prep.lower_ == "as" and any(
        (verb.lemma_.lower(), other.lower_) in OBJECT_AS_FRAMES and other.i < prep.i for holder, other, _ in prep_objects
        if holder.i == verb.i)


def complement_pairs(wording: str, obj, *, transfer: bool) -> list[tuple[str, object, float]]:
    """(predicate, object token, rule weight) for each complement of the direct object `obj`:
    ("take responsibility for", policies, 0.8). A transfer verb's to-phrase is not among them
    (kg.extract.relations gives it to the verb: "sell planes to")."""
    return [(f"{wording} {noun_words(obj)} {prep}", antecedent(p), 0.8)
            for prep, pobj in complement_phrases(obj) if not (prep == "to" and transfer)
            and not (prep == "with" and obj.lemma_.lower() in AGREEMENT_NOUNS)  # the agreement rule's (relations)
            for p in with_conjuncts([pobj])]


# Verbs whose object is followed by what the subject judges it to be ("found the policies abhorrent",
# "called the work thought provoking"): without the judgment the fact says nothing, or the wrong thing.
VERDICT_VERBS = {"call", "find", "deem", "consider", "label", "brand", "dub", "rate", "judge", "pronounce", "declare", "think"}
OPENING_QUOTES = {'"', "\u201c", "``", "'", "\u2018"}


def judged_object(verb, obj) -> bool:
    """Whether `obj`, object of a verb of VERDICT_VERBS, has its verdict after it: a word in quotes
    or an adjective right after its noun, or an object predicate on the verb ("called Smith a
    liar"). "Found the party's policies 'abhorrent'" is no finding of the policies ("sees me as one of the
    most experienced players" is a seeing of me, as the gold counts it)."""
    if verb.lemma_.lower() not in VERDICT_VERBS or obj.i + 1 >= len(obj.doc):
        return False
    after = obj.doc[obj.i + 1]
    return after.text in OPENING_QUOTES or after.pos_ == "ADJ" and after.head.i in (obj.i, verb.i) \
        or any(c.dep_ in ("oprd", "acomp") and c.i > obj.i for c in verb.children)


def bare_object_kept(obj, complements) -> bool:
    """Whether the bare fact of a light verb's object `obj` ("Kelly - take - responsibility") is kept
    beside the facts of its complements (`complement_pairs`). Not when one is a complement that
    carries the news ("took responsibility for the policies", "set a target of 200 orders", "made an
    approach for the striker"): the bare fact says nothing the fuller one does not. An in-phrase after
    the object is as often where the act took place ("faced charges in court", "sought advice in
    Athens"), and a for-phrase after a bare noun of a kind made or added is whom it is for ("makes
    chips for phones", "added captioning for films"): a fact of these leaves the bare fact standing.
    So does an object whose own words the fuller fact's predicate, with the noun alone, would lose: a
    number or an adjective before it ("has an 87% share of", "received mixed reviews for"), an
    of-phrase its name keeps ("paid the remainder of the debt"), the of-object a quantity stands for
    ("face a plethora of new parties"), and an agreement beside its party (kg.extract.relations)."""
    if any(t.like_num or t.dep_ == "amod" for left in obj.lefts for t in left.subtree) \
            or AGREEMENT_NOUNS & {obj.lemma_.lower(), obj.lower_} or bare_of_phrase(obj) is not None \
            or obj.lemma_.lower() in REMAINDER_HEADS or obj.lower_ in QUANTITY_HEADS and of_object(obj) is not None:
        return True
    kind = not any(c.dep_ in ("det", "poss") for c in obj.children)  # "chips", not "an approach"
    return not any(prep in NEWS_PREPS and not (prep == "for" and kind)
                   for prep in (predicate.rsplit(" ", 1)[-1] for predicate, _, _ in complements))


def complement_phrases(obj) -> list[tuple[str, object]]:
    """(preposition, object) of each prepositional phrase that the direct object `obj` of a
    COMPLEMENT_VERBS verb takes as its complement and that names a thing: [("for", policies)] for
    "took responsibility for the policies"."""
    if obj.dep_ != "dobj" or obj.head.lemma_.lower() not in COMPLEMENT_VERBS or not (content_noun(obj) or told_in_predicate(obj)):
        return []  # "gave details of the plan": give details of, the plan
    if obj.head.lemma_.lower() in SPEECH_VERBS and any(c.dep_ == "ccomp" for c in obj.head.children):
        return []  # 'added that it was close: "the best deal in years"': the speaker's words, no object
    if argument_factuality(obj) is not None:
        return []  # "showed no sign of the problem": the negation is the noun's, and the bare fact keeps it
    out = []
    for prep in obj.children:
        if prep.dep_ != "prep" or prep.lower_ not in COMPLEMENT_PREPS:
            continue
        out.extend((prep.lower_, pobj) for pobj in prep.children
                   for pobj in _through_part(pobj) if pobj.pos_ in ("NOUN", "PROPN") and pobj.ent_type_ not in NON_ENTITY_LABELS
                   and (prep.lower_, pobj.lemma_.lower()) not in ADVERBIAL_PHRASES)
    return out


def _through_part(pobj) -> list:
    """The thing a prepositional object names: itself, or for a noun of part or quantity its
    of-phrase ("competition from the likes of Intel" -> Intel); nothing when there is none."""
    if pobj.dep_ != "pobj":
        return []
    if pobj.pos_ == "NOUN" and any(p.dep_ == "prep" and p.lower_ == "of" for p in pobj.children) and pobj.lemma_.lower() not in PART_NOUNS | LIGHT_NOUNS:
        return []  # "concern about the delivery of aid": "delivery" alone would be as bare as the noun before it
    if pobj.lemma_.lower() not in PART_NOUNS | LIGHT_NOUNS:
        return [pobj]
    return [o for p in pobj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]


def idiom_phrases(lemma: str, phrases: list) -> list:
    """A passive's phrases, with the one an idiom opens in their place ("was put in charge of
    education": be put in charge of -> education); beside it the others say only where or when."""
    for word, pobj in phrases:
        if (lemma, word, pobj.lemma_.lower()) in LIGHT_VERB_PHRASES:
            return [(f"{word} {pobj.lower_} {prep.lower_}", thing) for prep in pobj.children if prep.dep_ == "prep"
                    for thing in with_conjuncts([c for c in prep.children if c.dep_ == "pobj"])]
    return phrases


def sole_content_object(objects, verb=None) -> object | None:
    """The one direct object of a clause (`objects`, conjuncts listed) when it is a content noun,
    else None (no object, a name, a pronoun, or a list of objects). The noun a relative clause of
    `verb` with no object of its own is on counts as its object ("the remarks he made about X")."""
    direct = [o for o in objects if o.dep_ in ("dobj", "conj")]
    if not direct and _relative_on_object(objects, verb):
        return verb.head if content_noun(verb.head) else None
    return direct[0] if len(direct) == 1 and direct[0].dep_ == "dobj" and content_noun(direct[0]) else None


def _relative_on_object(objects, verb) -> bool:
    """Whether `verb` heads a relative clause whose only object (`objects`) is the noun it is on,
    with a subject of its own ("the remarks he made"), not a "who" or "which" subject and not the
    "that" of a content clause ("intelligence gained from", "the case that intelligence gained")."""
    if verb is None or verb.dep_ != "relcl" or [o.i for o in objects] != [verb.head.i]:
        return False
    own_subject = any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in verb.children)
    return own_subject and not any(c.dep_ == "mark" for c in verb.children)


def with_partner(verb, pobj, direct: bool) -> bool | None:
    """How the with-phrase object `pobj` of a clause with a direct object (`direct`) stands: True
    for a partner (a name, a person or a body), False for a means or a manner, which is no
    argument; None when the phrase is an argument as it stands (no direct object, or a verb of
    WITH_OBJECT_VERBS), or an ailment, which says why ("missed three seasons with knee injuries")."""
    pobj = of_object(pobj) or pobj if pobj.lemma_.lower() in QUANTITY_HEADS else pobj  # "a succession of knee injuries"
    if not direct or verb.lemma_.lower() in WITH_OBJECT_VERBS or pobj.lemma_.lower() in AILMENT_NOUNS:
        return None
    return pobj.pos_ in ("PROPN", "PRON") or pobj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") \
        or pobj.lemma_.lower() in PEOPLE_NOUNS | ACTING_BODY_NOUNS


# Verbs that put their object with something ("merged it with NBC", "compared Reed with Best"): the with-phrase is
# the object's partner, so the predicate keeps the object's noun ("merge mobile unit with"), or, for a name or a pronoun, is no fact
PAIRING_VERBS = {"merge", "combine", "link", "associate", "compare", "pair", "team", "tie", "swap", "exchange", "mix", "match",
                 "couple", "contrast", "confuse", "replace"}
# Prepositions whose phrase, beside an object named by a name or a pronoun, says where the object went
# or how it stood ("kept Hale off the top spot", "lost its winger to a knee injury", "forced the keeper
# into a save"): the subject did not go off, to or into anything, and a predicate without the object says nothing.
OBJECT_PATH_PREPS = {"to", "into", "off", "against", "towards", "toward", "besides", "behind", "about"}
# Verbs that take someone from somewhere or bar them from something ("signed White from Bristol",
# "banned her from competition", "saved 1,200 Tutsis from death"): the from-phrase is the object's too
# (not "joined the Gunners from Seville" nor "told BBC Sport from Rio": the subject came or spoke from there).
FROM_OBJECT_VERBS = {"sign", "choose", "select", "pick", "recruit", "poach", "lure", "suspend", "ban", "bar", "exclude", "expel",
                     "omit", "drop", "remove", "save", "rescue", "free", "release", "recall", "withdraw", "protect", "shield"}


def beside_object(verb, prep, pobj, direct: bool, sole, *, transfer: bool = False) -> bool | None:
    """How a prepositional phrase beside the clause's direct object stands (see `with_partner` for a
    with-phrase): a for-phrase that cannot keep the object's noun in its predicate (the object is a
    name, a list or a pronoun) is no fact of its own ("scooped the Golden Globe and the Bafta for the
    role", "introduced Tom Hale for Ian Dunn": scoop for, introduce for, say nothing), but a price is
    ("sold it for $2bn"); None when the phrase is an argument as it stands. Beside the on-phrase of
    a verb of relying, a for-phrase says what that is relied on for ("relies on new drugs for
    growth"), nothing the subject does. Beside an object named by a name or a pronoun, a phrase of
    OBJECT_PATH_PREPS is the object's, not the subject's, save the to-phrase of a verb of giving (`transfer`);
    so is the from-phrase of a verb that takes someone from somewhere (FROM_OBJECT_VERBS).
    A passive clause told of its doer stands so with the name or pronoun it is about ("was lured to
    Spurs by Hoddle", "Ruiz, capped by Wales against Italy": no "lure to", no "cap against")."""
    direct = direct or _named_patient(verb)
    if prep.lower_ == "with" and verb.lemma_.lower() in PAIRING_VERBS and direct:
        return not _named_object(verb)  # "merged it with NBC": the partner of what was merged, not of GE; "merge its unit with"
    if prep.lower_ == "with":
        return with_partner(verb, pobj, direct)
    if prep.lower_ == "for" and verb.lemma_.lower() in RELIANCE_VERBS and any(
            c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in verb.children):
        return False
    path = prep.lower_ in OBJECT_PATH_PREPS or prep.lower_ == "from" and verb.lemma_.lower() in FROM_OBJECT_VERBS
    if direct and sole is None and path and _named_object(verb) \
            and not (prep.lower_ == "to" and (transfer or verb.lemma_.lower() in OUTDOING_VERBS)):  # "beat Tom Reed to number one"
        return False  # "lost winger Dan Ruiz to a knee injury": no "lose to - injury"; "sold Ruiz to Korvex" is a sale to Korvex
    return False if prep.lower_ == "for" and direct and sole is None and not is_amount(pobj) else None


def _named_object(verb) -> bool:
    """Whether `verb`, with no particle, has a name or a pronoun for its direct object: not "signed us
    up to" (a phrasal verb's) nor "made it to Rome" (an idiom's "it"); or is a passive told of its
    doer about a name or a pronoun (`_named_patient`)."""
    return not any(c.dep_ == "prt" for c in verb.children) and (_named_patient(verb) or any(
        c.dep_ == "dobj" and c.pos_ in ("PROPN", "PRON") and not (c.lower_ == "it" and verb.lemma_.lower() == "make") for c in verb.children))


def _named_patient(verb) -> bool:
    """Whether `verb` is passive, with a by-phrase, about a name or a pronoun ("he was signed by
    Gullit", "Ruiz, capped by Wales"): its doer is the subject of its facts, as in the active."""
    return bool(agents(verb)) and is_passive(verb) and any(p.pos_ in ("PROPN", "PRON") for p in patients(verb))


def prize_won(verb, prep, base: str) -> str | None:
    """"win" for the to-phrase of a verb of beating rivals to something ("beat Foxx and Cole to the
    best actor prize", "was beaten to the contract by Velta": the winner won it; "beat to" says
    nothing), else None; not for whoever was beaten ("was beaten to the prize")."""
    beaten = verb.lemma_.lower() in OUTDOING_VERBS and prep.lower_ == "to" and not base.startswith("be ")
    return "win" if beaten else None


def undergone(verb, obj) -> bool:
    """Whether `obj` is what was done to the subject of "have" or "get", by the participle after it
    ("has had a bucket of slurry thrown over him", "had his car stolen", "got his nose broken"): an
    experience, no having; not a state ("has a plant based in Leeds")."""
    lemma = verb.lemma_.lower()
    if obj.dep_ != "dobj" or lemma != "have" and not (lemma == "get" and any(c.dep_ == "poss" for c in obj.children)):
        return False  # "got his nose broken"; not "get back money paid to banks"
    nouns = [obj, *(o for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj")]
    return any(c.dep_ in ("acl", "ccomp", "oprd") and c.tag_ == "VBN" and c.i > obj.i and c.lemma_.lower() not in STATE_PARTICIPLES
               for noun in nouns for c in noun.children)  # "a bucket of slurry thrown over him"


def made_into(verb, obj) -> bool:
    """Whether `obj` is what a making turns into something the clause names after it ("made school
    discipline one of its priorities", "making the shirt his own", "made low inflation and jobs the
    centrepiece of a campaign", "made it clear"): nothing was made, and the second noun is no
    object either. The second noun is one the parser gave the first as its subject (after "make",
    "name", "declare", "consider" or "keep": "made the deal[nsubj] its priority[dobj]"), a sibling
    object or complement, or an apposition with no comma before it."""
    top = obj
    while top.dep_ == "conj" and top.head.i != top.i:  # "low inflation, unemployment and ..."
        top = top.head
    if top.dep_ == "dobj" and verb.lemma_.lower() in ("make", "name", "declare", "consider", "keep") \
            and any(c.dep_ == "nsubj" and c.i < top.i for c in top.children):
        return True  # "made school discipline a priority area": what discipline was made ("caused users fewer problems" gave some)
    if verb.lemma_.lower() != "make" or top.dep_ != "dobj" or top.head.i != verb.i:
        return False
    if any((c.dep_ in ("dobj", "oprd", "attr", "acomp") or c.dep_ == "npadvmod" and c.lower_ == "one")
           and c.i > verb.i and c.i != top.i for c in verb.children):
        return True  # "made discipline[dobj] one[dobj or npadvmod] of", "made it clear[acomp]" (a that-clause is often the
        # object's: "made a vow to X that ...")
    return any(c.dep_ == "appos" and c.i > top.i and not obj.doc[c.left_edge.i - 1].is_punct for c in top.children)


def stranded_subject(verb, obj) -> bool:
    """"Critics say the sell-off, and the assault, are part of a plan": the noun the parser made
    the object of a speech verb is the subject of the clause it reports, which has none (or, after
    "say", which takes no thing for its object, a clause the parser coordinated with "say"). So is
    an object whose act the verb wants or means ("intends the software to let telcos ..."); one the
    verb makes into something is `made_into`'s."""
    while obj.dep_ == "conj" and obj.head.i != obj.i:  # "the sell-off, and the assault"
        obj = obj.head
    if obj.dep_ == "dobj" and verb.lemma_.lower() in ("intend", "want", "expect", "need", "like", "prefer", "wish", "mean") \
            and any(c.dep_ == "xcomp" and c.i > obj.i and any(a.lower_ == "to" for a in c.children) for c in verb.children):
        return True  # "intends its software to let telcos deliver TV": the software is to let, not intended
    if obj.dep_ != "dobj" or verb.lemma_.lower() not in SPEECH_VERBS:
        return False
    return any(
        c.i > obj.i and (
            c.dep_ == "ccomp" and not any(g.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS | {"expl"} for g in c.children)
            or c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and verb.lemma_.lower() == "say"
        )
        for c in verb.children
    )
