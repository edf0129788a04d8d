"""Clauses a noun or a picture holds without the article asserting them.

An open question on a noun: "the problem of how buyers find the shop", "a row over why fares
rose", "the question which of them to pick" name what is asked or argued, not what happened.
A depiction: "a poster showing two leaders holding a banner", "a film depicting a priest having
an affair" say what a made picture or a story shows, not what its people did; so does the part
an actor plays: in "Okonedo, who plays Cheadle's wife Tatiana" the marriage is the story's. A claim or a
belief: "allegations that the firm hid its losses", "his feeling that he had struck gold" say
what someone holds, not what the article states. `kg.extract.factuality` asks all three when it
climbs from a clause to the word that governs it, and asks here too whether a verb carries a
proviso ("subject to approval", "provided the board agrees"), which makes it a condition, and
whether it says its subject is tipped to win ("is favourite for the title") or on course to do
something ("is on track to meet its target"), a forecast. An open question on a verb: "will decide
which bidder buys the firm", "worrying about where he will play" ask; "explained how he won" tells.
And shapes an infinitive takes that `factuality` reads: the aim of talks held or of a contest
("is in talks with Rover to take a stake", "in a race with X to buy"), what is too much for an act
("too expensive to renovate"), and the aim of an act still under way or only begun ("is raising
money to open a mosque", "has begun a tour to persuade voters"), which lies ahead, and the act of
a plan or a deal given up ("pulled out of an agreement to buy Fiat"), which is not done. What one
assumes, and what holds on the assumption, are conditions ("assuming that Nokia keeps its share").
Last, what a thing, no one who can plan, will bring about is a forecast ("the outcry will force
Congress to act").
"""
from __future__ import annotations

from kg.extract.control import CASE_NOUNS, ENGAGING_VERBS
from kg.extract.lexicon import AGREEMENT_NOUNS, LEAVING_PREPOSITIONS, ORGANIZATION_HEADS, PERSON_ROLE_HEADS
from kg.extract.lists import PEOPLE_NOUNS
from kg.model import Factuality

# What a thing does to others, said in the future: a forecast of its effect ("the outcry will force Congress to act")
EFFECT_VERBS = {"force", "require", "mean", "cause", "push", "drive", "hit", "hurt", "boost", "benefit", "help", "enable", "allow",
                "prevent", "affect", "damage", "harm", "spur", "fuel", "trigger", "spark", "lift", "lower", "raise", "reduce",
                "increase", "cut", "see", "feel", "suffer", "face", "put", "bring", "lead", "make", "transform", "change", "appeal"}
# Outcomes no subject plans, whoever it is: "the euro zone will see 1.8% growth", "Britain will feel the pain"
OUTCOME_VERBS = {"see", "feel", "suffer", "experience", "enjoy", "witness"}
CAUSING_VERBS = {"force", "make", "get", "help", "allow", "let", "cause", "lead", "enable", "encourage", "persuade", "push",
                 "drive", "urge", "ask", "tell", "order", "invite", "want", "need", "expect", "require", "pressure", "press"}
MEANS_VERBS = {"use", "employ", "exploit", "harness", "deploy"}
NEGATIVE_SUBJECTS = {"nobody", "nothing", "none", "neither", "no one", "noone"}  # "Nobody claimed a penalty"
STARTING_VERBS = {"begin", "start", "launch", "embark", "introduce", "establish", "create", "form", "found"}
AGENT_HEADS = PERSON_ROLE_HEADS | ORGANIZATION_HEADS | PEOPLE_NOUNS  # who can plan what they will do
# a plan or a deal given up ("scrapped plans to", "pulled out of an agreement to"): its act is not done
PLAN_NOUNS = {"plan", "bid", "offer", "proposal", "attempt", "move", "scheme", "project", "promise", "pledge", "option"}
ABANDONING_VERBS = {"abandon", "scrap", "drop", "shelve", "cancel", "ditch", "axe", "reject", "withdraw", "quit"}
LEAVING_PHRASES = {("withdraw", "from"), ("pull", "of"), ("pull", "from"), ("walk", "from"), ("back", "of"), ("opt", "of")}
ASSUMING_WORDS = {"assuming", "supposing", "presuming"}  # "assuming that Nokia keeps its share": a condition

F = Factuality
# A gerund after these says what one is accused of or cleared of, not what one did
GERUND_CUES = {("accuse", "of"): F.POSSIBLE, ("suspect", "of"): F.POSSIBLE, ("charge", "with"): F.POSSIBLE,
               **dict.fromkeys((("cite", "for"), ("sue", "for"), ("prosecute", "for"), ("investigate", "for")), F.POSSIBLE),
               **dict.fromkeys(((case, "for") for case in CASE_NOUNS), F.POSSIBLE),  # "charges against X for avoiding": alleged
               ("acquit", "of"): F.NEGATED, ("clear", "of"): F.NEGATED, ("absolve", "of"): F.NEGATED,
               ("close", "to"): F.POSSIBLE, ("close", "on"): F.ATTEMPTED, ("set", "on"): F.DESIRED,  # "close to striking a deal", "closing in on"
               **dict.fromkeys((("terrify", "of"), ("scare", "of"), ("frighten", "of"), ("afraid", "of")), F.POSSIBLE),  # a fear
               ("point", "to"): F.POSSIBLE, ("point", "towards"): F.POSSIBLE,  # "signs pointed towards X handing": a sign
               ("disagree", "with"): F.NEGATED, ("object", "to"): F.NEGATED, ("disapprove", "of"): F.NEGATED,  # opposed to it
               **dict.fromkeys((("undecided", "about"), ("unsure", "about"), ("uncertain", "about")), F.QUESTION),  # "undecided about competing"
               **dict.fromkeys((("decide", "against"), ("vote", "against"), ("argue", "against"), ("lose", "on"), ("lose", "to"),
                                ("miss", "on")), F.NEGATED),  # "decided against competing", "lost out on signing X", "missed out on winning"
               **dict.fromkeys((("capable", "of"), ("confident", "of"), ("confident", "in")), F.POSSIBLE),  # "confident of winning"
               **dict.fromkeys(LEAVING_PREPOSITIONS, F.NEGATED)}  # "resigned from running the unit": no longer runs it
# The same, said only by the verb's participle: "are committed to imposing limits" is a pledge, "commits to building" is done
PARTICIPLE_GERUND_CUES = {("commit", "to"): F.DESIRED}

# "is on course to break the record", "on track to meet", "in line to succeed": a projection, not a plan
PROSPECT_PHRASES = {("on", "course"), ("on", "track"), ("on", "target"), ("in", "line")}
# nouns of "be" that forecast a win: "is favourite for the title"
FORECAST_NOUNS = {"favourite", "favorite", "frontrunner", "front-runner", "certainty", "cert", "shoo-in"}
# nouns whose wh-clause is asked or argued over, not stated
QUESTION_NOUNS = {
    "question", "problem", "issue", "debate", "mystery", "puzzle", "dilemma", "uncertainty", "doubt",
    "row", "dispute", "confusion", "argument", "controversy", "discussion", "query", "riddle",
}
WH_WORDS = {"how", "why", "whether", "what", "who", "whom", "whose", "which", "where", "when", "if"}
# verbs whose wh-clause is the answer they give or hold: "explained how he won", "knows where she
# lives", "spoke about why he left" (after any other verb the clause is asked: "will decide which")
TELLING_VERBS = {
    "say", "tell", "add", "explain", "describe", "reveal", "show", "know", "recall", "remember", "see",
    "learn", "discover", "find", "realise", "realize", "understand", "illustrate", "demonstrate", "detail",
    "outline", "recount", "report", "note", "notice", "hear", "watch", "admit", "confirm", "disclose",
    "highlight", "stress", "emphasise", "emphasize", "write", "speak", "talk", "recognise", "recognize",
    "acknowledge", "announce", "state", "indicate", "be", "become", "prove", "love", "like",
    "hate", "enjoy", "change", "affect", "transform", "determine", "reflect", "mean", "do", "make",
    "comment", "accord",  # "according to how much business they brought": by what they did
}
UNSURE_ADJECTIVES = {"unclear", "uncertain", "unsure", "unknown", "undecided", "doubtful", "curious"}
WH_CLAUSE_DEPS = {"ccomp", "pcomp", "xcomp", "csubj"}
WITHHOLDING_VERBS = {"refuse", "decline", "fail"}  # "declined to say when": no answer given
# verbs that give an answer, which a parser may hang as a time clause ("did not say [when] he will
# return"); not "speak" or "write", after which "when" only says when ("did not speak when it met")
ANSWERING_VERBS = {"say", "tell", "reveal", "announce", "confirm", "disclose", "explain", "specify", "indicate", "decide", "know"}
NEGOTIATION_NOUNS = {"talk", "negotiation", "discussion"}  # "in talks with X to buy": the aim of the talks
CONTEST_NOUNS = {"competition", "race", "battle", "contest", "fight"}  # "in competition with X to take over": the prize
TALK_HOLDING_VERBS = {"hold", "have", "open", "begin", "start", "enter", "resume", "conduct"}
# nouns whose clause is what someone claims or believes ("the claim that X had lied")
HELD_NOUNS = {"claim", "allegation", "accusation", "theory", "notion", "belief", "feeling", "impression", "suspicion",
              "report", "rumour", "rumor", "speculation", "forecast", "prediction",  # "reports that X had held talks": unconfirmed
              "perception", "assumption", "presumption", "myth", "hypothesis", "contention", "assertion", "insinuation",
              "misconception", "charge"}  # "the perception that the two parties appeal to the same voters": held, not shown
# verbs whose participle on the object is a portrayal: "portrays a priest having an affair"
FORECAST_SOURCES = {"forecast", "prediction", "estimate", "projection", "expectation"}  # "according to forecasts"
AIM_VERBS = {"ensure", "guarantee", "insure", "assure"}  # what they bring about, when only aimed at, is not yet so
DEPICTION_VERBS = {"depict", "portray"}
# verbs that depict only with a made picture for subject: "a poster showing X holding"; footage, a
# photograph or a documentary showing someone doing something records a real act, and "figures
# show prices rising" is evidence
PICTURE_VERBS = {"show", "feature", "picture", "illustrate"}
# verbs whose object is a part an actor takes: "who plays Cheadle's wife Tatiana"
PLAYING_VERBS = DEPICTION_VERBS | {"play", "impersonate"}
PHRASE_DEPS = {"poss", "compound", "appos", "conj", "pobj", "prep", "amod", "nmod"}  # inside a noun phrase
PICTURE_NOUNS = {
    "poster", "advert", "advertisement", "ad", "cartoon", "painting", "drawing", "mural", "billboard",
    "sketch", "portrait", "illustration", "animation", "caricature", "leaflet",
}


def question_noun(clause):
    """The noun whose open question `clause` is ("the problem [of] how buyers find"), or None.
    The clause opens with its wh-word, straight after the noun or its preposition; a relative
    clause ("the issue on which they agreed") is the noun's description and is no question."""
    head = clause.head
    if clause.dep_ == "pcomp" and head.pos_ == "ADP" and head.dep_ == "prep":
        noun, opening = head.head, head.i + 1
    elif clause.dep_ in ("acl", "ccomp"):
        noun, opening = head, head.i + 1
    else:
        return None
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in QUESTION_NOUNS or opening >= len(clause.doc):
        return None
    first = clause.doc[opening]
    return noun if first.lower_ in WH_WORDS and first.i == clause.left_edge.i else None


def open_question(clause) -> tuple | None:
    """(governor, factuality) when `clause` is a wh-clause that asks what it says rather than
    telling it: QUESTION after a verb that is no TELLING_VERBS ("will decide [which] bidder buys",
    "worrying about [where] he will play", "concerns remain as to [how] the US will fund") or after
    an adjective of not knowing ("unsure how"); POSSIBLE for an infinitive ("showed them [how] to
    win": a way, not an act). Otherwise None; a noun's question is `question_noun`'s."""
    first, infinitive = clause.left_edge, any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    if first.lower_ not in WH_WORDS - {"whether", "if"} or first.dep_ == "mark":
        return None
    if withheld_answer(clause, first):
        return clause.head, Factuality.QUESTION  # "has not announced when the PSP will be out": not told
    if clause.dep_ not in WH_CLAUSE_DEPS and not (infinitive and first.lower_ == "how"):
        return None  # a relative clause, but "showed them how to win" read as one is a way
    node = first
    while node.i != clause.i:  # the wh-word is the clause's own, not an adverbial clause's inside it
        if node.dep_ in ("advcl", "relcl", "acl", "ccomp") or node.head.i == node.i:
            return None
        node = node.head
    if any(a.dep_ in ("relcl", "acl") and a.left_edge.i == first.i for a in clause.ancestors):
        return None  # "pictures which studios are keen to exploit": a relative pronoun
    governor = clause.head
    while governor.pos_ == "ADP" and governor.head.i != governor.i:  # "worrying about", "as to"
        governor = governor.head
    if infinitive:
        return governor, Factuality.POSSIBLE
    lemma = governor.lemma_.lower()
    if lemma == "be":  # "it is unclear how he got in"
        unsure = any(c.dep_ == "acomp" and c.lemma_.lower() in UNSURE_ADJECTIVES for c in governor.children)
        return (governor, Factuality.QUESTION) if unsure else None
    if governor.pos_ == "ADJ":
        return (governor, Factuality.QUESTION) if lemma in UNSURE_ADJECTIVES else None
    if governor.pos_ in ("VERB", "AUX") and lemma not in TELLING_VERBS:
        return governor, Factuality.QUESTION
    return None


def withheld_answer(clause, first) -> bool:
    """Whether `clause`, a complement or (as the parser may hang it) an adverbial clause opening on
    "when", "where", "how" or "why", is the answer a verb of telling says it does not give ("did not say when he will
    return", "refused to reveal where the money went"): the verb takes no other object, and it is
    negated or refused. Such an answer is asked, not told."""
    teller = clause.head
    if clause.dep_ not in ("advcl", "ccomp") or first.lower_ not in ("when", "where", "how", "why") or first.head.i != clause.i \
            or teller.lemma_.lower() not in ANSWERING_VERBS:
        return False
    if any(c.dep_ in ("dobj", "ccomp") and c.i != clause.i for c in teller.children):
        return False  # "did not say anything when he left": a time
    return any(c.dep_ == "neg" for c in teller.children) or teller.dep_ == "xcomp" and teller.head.lemma_.lower() in WITHHOLDING_VERBS


def held_noun(clause):
    """The noun of claiming or believing whose content `clause` is ("allegations [that] the firm
    hid its losses", "a claim to be the oldest", "the claim he had reneged on it"), or None. A participle on the noun is the noun's
    own act: "a claim accusing the firms" did accuse them."""
    noun = clause.head
    before = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
    if (clause.dep_ in ("ccomp", "conj", "advcl") and before is not None and before.pos_ == "NOUN" and before.dep_ in ("pobj", "dobj")
            and before.lemma_.lower() in HELD_NOUNS and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)):
        return before  # "over claims its campaign has broken the rules", the clause hung on the verb above
    if clause.dep_ not in ("acl", "relcl") or noun.pos_ != "NOUN" or noun.lemma_.lower() not in HELD_NOUNS:
        return None
    if clause.dep_ == "relcl" and not _content_clause(clause):
        return None  # "the claim he made": a relative clause, whose gap the claim fills
    finite = any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in clause.children)
    return noun if finite else None


def lacked_noun(clause):
    """The noun after "without" that a participle describes ("illegal without a resolution
    sanctioning action"), or the plan or deal someone gave up whose infinitive `clause` is
    ("pulled out of an agreement to buy Fiat", "scrapped plans to close it"): what is lacking or
    abandoned does nothing, so the act is not done. Else None."""
    noun = clause.head
    if clause.dep_ == "acl" and noun.dep_ == "pobj" and noun.head.lower_ == "without":
        return noun
    if clause.dep_ == "advcl" and clause.left_edge.i > 0:  # "withdrew from a deal [to buy]", the infinitive hung on the verb
        noun = clause.doc[clause.left_edge.i - 1]
    return noun if clause.dep_ in ("acl", "relcl", "advcl") and clause.tag_ == "VB" and abandoned(noun) else None


def abandoned(noun) -> bool:
    """Whether a plan, a bid or a deal is the object of a verb of giving it up ("scrapped plans",
    "withdrew its offer") or of a phrase of leaving it ("pulled out of", "walked away from")."""
    if noun.lemma_.lower() not in PLAN_NOUNS | AGREEMENT_NOUNS:
        return False
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() in ABANDONING_VERBS
    prep = noun.head
    verb = prep.head.head if prep.head.lower_ in ("out", "away") else prep.head  # "pulled [out] of", "walked [away] from"
    return noun.dep_ == "pobj" and (verb.lemma_.lower(), prep.lower_) in LEAVING_PHRASES


def forecast_source(token) -> bool:
    """Whether `token` is the "according" of "according to analysts' forecasts": what such a
    source tells is expected, not stated."""
    return token.lower_ == "according" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in FORECAST_SOURCES for p in token.children if p.lower_ == "to" for o in p.children)


def aimed_outcome(clause):
    """The verb of ensuring whose clause `clause` is when the ensuring is itself only aimed at ("cut
    his schedule to ensure he is fit", "ways of guaranteeing that it works"), or None. A finite
    "ensured that he was fit" says it came about."""
    verb = clause.head
    if clause.dep_ != "ccomp" or verb.lemma_.lower() not in AIM_VERBS:
        return None
    return verb if verb.tag_ == "VBG" or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) else None


def _content_clause(clause) -> bool:
    """A clause the parser took for a relative one that is a noun's content: no relative word,
    and nothing missing ("the claim [he had reneged on a promise]")."""
    if any(t.tag_ in ("WDT", "WP", "WP$", "WRB") or t.lower_ == "that" for t in clause.subtree if t.i < clause.i):
        return False
    return any(c.dep_ in ("dobj", "ccomp", "xcomp") or c.dep_ == "prep" and any(o.dep_ == "pobj" for o in c.children)
               for c in clause.children)


def depicting_verb(clause):
    """The verb that depicts the act of `clause`, a participle on its object ("a poster showing
    two leaders [holding] a banner", "the advert features a soldier [crossing]"), or None."""
    if clause.tag_ != "VBG":
        return None
    verb = clause.head
    if clause.dep_ == "acl" and verb.dep_ == "dobj":
        verb = verb.head  # "features [a soldier crossing]": the participle hangs on the object
    elif clause.dep_ not in ("ccomp", "xcomp", "oprd", "acl", "advcl"):
        return None
    if verb.pos_ != "VERB" or (clause.dep_ != "acl" and not any(c.dep_ in ("nsubj", "dobj") for c in clause.children)):
        return None  # a participle with neither a doer nor an object of its own is no scene
    lemma = verb.lemma_.lower()
    if lemma in DEPICTION_VERBS:
        return verb
    return verb if lemma in PICTURE_VERBS and _picture_subject(verb) else None


def _picture_subject(verb) -> bool:
    """The verb's subject is a picture: its own subject, or the noun it describes ("a poster showing")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "acl":
        subjects = [verb.head]
    return any(s.lemma_.lower() in PICTURE_NOUNS for s in subjects)


def proviso(token) -> bool:
    """"subject to the doctor's confirmation", "provided (that) the board agrees", "assuming that
    Nokia keeps its share", hung on a verb: what the verb says holds only on that condition (not
    after a past verb: "bought it, assuming it would gain" says why)."""
    lower = token.lower_
    return token.dep_ in ("advcl", "prep", "advmod") and (
        lower == "subject" and any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children)
        or (lower in ("provided", "providing") or lower in ASSUMING_WORDS and token.head.tag_ not in ("VBD", "VBN"))
        and not any(c.dep_ in ("mark", "dobj") for c in token.children)
        and any(c.dep_ in ("ccomp", "advcl") and any(g.dep_ == "nsubj" for g in c.children) for c in token.children))


def assumed(node):
    """The word that makes the that-clause `node` an assumption ("assuming that Nokia keeps its
    share": supposed, not stated), or None."""
    head = node.head
    return head if node.dep_ == "ccomp" and head.lower_ in ASSUMING_WORDS and head.dep_ in ("advcl", "prep", "advmod") else None


def effect_forecast(verb) -> bool:
    """Whether `verb` says in the future what a thing, no one who can plan, will bring about: "the
    public outcry will force Congress to act", "the upward trend will force borrowing", "the states
    will see 4.6% growth" (a forecast, not a plan; "the episode will air on 13 May" is a schedule)."""
    if verb.lemma_.lower() not in EFFECT_VERBS or not any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in verb.children):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.pos_ == "NOUN" and not subject.ent_type_ and subject.lemma_.lower() not in AGENT_HEADS
                                    or verb.lemma_.lower() in OUTCOME_VERBS and subject.pos_ != "PRON")


def under_way(verb) -> bool:
    """Whether `verb` is still going on or only begun ("is raising money", "has begun a tour",
    "launched a campaign"): what it is done for lies ahead ("... to open a mosque", "... to
    persuade voters"), where the purpose of a finished act ("paid $15m to settle the suit") was
    most often met, as is that of a means in use ("are using text messages to tell customers")."""
    progressive = verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children) \
        and not any(c.dep_ == "aux" and c.tag_ == "VBD" for c in verb.children)  # "were logging on to read": a story told, done
    return progressive and verb.lemma_.lower() not in MEANS_VERBS or verb.lemma_.lower() in STARTING_VERBS


GUESSING_SUBJECTS = {"many", "some", "others", "few", "most", "i", "we"}  # "many believe", "I think": a guess
SHARE_NOUNS = {"%", "percent", "per", "majority", "minority", "half", "third", "quarter", "proportion", "number"}  # of those polled


def opinion_holders(verb) -> bool:
    """Whether the subject of the verb of believing `verb` only holds a view: "it" of a passive ("it
    is believed"), a word for some or many ("many believe", "most fans think"), "I" or "we", or a
    share of those asked ("52% of voters think", "a majority believe"): a guess or a poll, not a fact."""
    return any(c.dep_ == "nsubjpass" and c.lower_ == "it" or c.dep_ == "nsubj" and (
        c.lower_ in GUESSING_SUBJECTS | SHARE_NOUNS or any(m.lower_ in GUESSING_SUBJECTS and m.dep_ in ("amod", "det") for m in c.children))
        for c in verb.children)


HEARSAY_PASSIVES = {"say", "report", "allege", "claim", "understand", "suppose", "rumour", "rumor"}  # heard or expected, not shown


def hearsay(verb) -> bool:
    """Whether `verb` is a passive of saying with no one named as its source ("is said to", "was
    reported in June to have attended"): what follows is heard, not shown; "reported by Reuters
    to" names its source and is a report."""
    return verb.lemma_.lower() in HEARSAY_PASSIVES and {"auxpass"} == {c.dep_ for c in verb.children} & {"auxpass", "agent"}


# Verbs of an effect sought: a to-infinitive of purpose with one of them says what an act was for, not
# that the effect came about ("issued a lawsuit to prevent leaks", "sold the unit to recover tax claims",
# "staged a concert to raise funds"); a purpose of arriving, winning or paying is most often the story's outcome
# ("beat Rovers to reach the final", "served 19 aces to secure the win", "remortgaged her home to fund it"): as sure as the act.
SOUGHT_EFFECTS = {"prevent", "protect", "avoid", "recover", "help", "boost", "reduce", "improve", "attract", "encourage", "persuade", "convince",
                  "tackle", "combat", "fight", "save", "ease", "curb", "counter", "deter", "promote", "increase", "raise", "lure", "stem", "halt",
                  "block", "safeguard", "rescue", "revive", "restore", "strengthen", "initiate", "enhance", "speed", "stop", "ensure",
                  "bolster", "stabilise", "stabilize", "minimise", "minimize", "maximise", "maximize"}


def sought_effect(verb, infinitive) -> bool:
    """Whether the to-infinitive `infinitive` on `verb` is an effect the act sought (SOUGHT_EFFECTS), or a task
    someone was taken on for ("hired a law firm to initiate legal action"): aimed at, not said to be done."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children) and infinitive.tag_ == "VB" and (
        _sought(infinitive) or verb.lemma_.lower() in ENGAGING_VERBS and any(c.dep_ == "dobj" and c.i < infinitive.i for c in verb.children)
        and not any(c.dep_ == "prt" for c in verb.children))  # "picked up"


def _sought(infinitive) -> bool:
    """Whether the infinitive, or one coordinated with it, says an effect sought ("to spot and stop attacks")."""
    return any(v.lemma_.lower() in SOUGHT_EFFECTS for v in (infinitive, *(c for c in infinitive.children if c.dep_ == "conj" and c.pos_ == "VERB")))


def aim_ahead(verb, infinitive) -> bool:
    """Whether the to-infinitive the parser hung on `verb` as its complement, after the verb's object, is an aim
    still ahead ("has begun a tour to persuade voters", "is censoring the site to force users ...", "used the drugs
    to enhance her performance": an effect sought), not the object's own act ("is forcing users to switch": they do)."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children) and (under_way(verb) or _sought(infinitive)) \
        and any(c.dep_ == "dobj" and c.i < infinitive.i for c in verb.children) and verb.lemma_.lower() not in CAUSING_VERBS


def tipped(attr) -> bool:
    """An attribute of "be" that forecasts a win ("is the favourite for the award", "is a shoo-in
    for best actress"): what it says of its subject is a forecast, not a fact."""
    doc = attr.doc
    return attr.dep_ == "attr" and (attr.lemma_.lower() in FORECAST_NOUNS
                                    or attr.lower_ == "in" and attr.i >= 2 and doc[attr.i - 2].lower_ == "shoo")


SEEMING_VERBS = {"look", "seem", "appear"}
SEEMING_STATES = {"set", "poise"}  # "looks set for a boost", "seems poised for a win": how it looks, a forecast


def looks_set(verb) -> bool:
    """Whether `verb` says only how things look ahead: "looks set for a boost" (the seeming verb
    with its "set"), or the "set" of it, with the phrase hung on it."""
    return verb.lemma_ in SEEMING_VERBS and any(c.dep_ in ("acomp", "xcomp") and c.lemma_ in SEEMING_STATES for c in verb.children) \
        or verb.lemma_ in SEEMING_STATES and verb.dep_ in ("acomp", "xcomp") and verb.head.lemma_ in SEEMING_VERBS


def gerund_cue(lemma: str, verb, preposition) -> Factuality | None:
    """What `verb` (its lemma `lemma`) says of a gerund after `preposition`: GERUND_CUES, and
    PARTICIPLE_GERUND_CUES when the verb is a participle."""
    key = (lemma, preposition.lower_)
    return verb.tag_ == "VBN" and PARTICIPLE_GERUND_CUES.get(key) or GERUND_CUES.get(key)


def as_long_as(clause) -> bool:
    """Whether `clause` opens with "as long as" ("as long as Souness remains in charge"): a condition."""
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in clause.children) and clause.head.lower_ == "long" \
        and any(c.lower_ == "as" and c.i < clause.head.i for c in clause.head.children)


def attribute_word(copula) -> str:
    """The noun or adjective after the copula `copula` ("favourite" of "is favourite to win"), or ""."""
    return next((c.lemma_.lower() for c in copula.children if c.dep_ in ("acomp", "attr")), "")


def on_course(verb) -> bool:
    """Whether the copula `verb` says its subject is on course for something (PROSPECT_PHRASES)."""
    return any((c.lower_, o.lemma_.lower()) in PROSPECT_PHRASES for c in verb.children if c.dep_ == "prep" for o in c.children)


def played_part(token) -> bool:
    """Whether `token` is in the noun phrase a person plays ("who plays Cheadle's wife Tatiana",
    "she portrays the daughter of Victoria"): what the phrase says of whom holds in the story only.
    "Chelsea play Arsenal's reserves" is a match, and its players are who they are."""
    node = token
    while node.dep_ in PHRASE_DEPS and node.head.i != node.i:
        node = node.head
    verb = node.head
    if node.dep_ != "dobj" or verb.lemma_.lower() not in PLAYING_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
        subject = verb.head  # "Okonedo, who plays ..."
    return subject is not None and (subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she"))


def held_talks(governor, node):
    """The talks or the contest an infinitive after them is the aim of, with a phrase between: "is
    in talks with Rover to take a stake", "held negotiations with Korvex to buy its unit", "is in
    competition with Euronext to take over the exchange"; else None."""
    nouns = [g for c in governor.children if c.dep_ == "prep" and c.lower_ in ("in", "into") for g in c.children
             if g.dep_ == "pobj"] + [c for c in governor.children if c.dep_ == "dobj" and governor.lemma_ in TALK_HOLDING_VERBS]
    return next((n for n in nouns if n.i < node.i and n.lemma_.lower() in NEGOTIATION_NOUNS | CONTEST_NOUNS), None)


def too_much(governor) -> bool:
    """"too expensive [to]", "too injured [to]", "moved too slowly [to]": what is too much for an act."""
    def too(word) -> bool:
        return any(c.dep_ == "advmod" and c.lower_ == "too" for c in word.children)
    if governor.pos_ in ("ADJ", "ADV") or governor.dep_ == "acomp":
        return too(governor)
    return any(c.dep_ == "advmod" and c.pos_ == "ADV" and too(c) for c in governor.children)


def at_a_loss(governor) -> bool:
    """"was at a loss [to] explain": what one could not do."""
    return any(c.dep_ == "prep" and c.lower_ == "at" and any(o.lemma_.lower() == "loss" for o in c.children) for c in governor.children)


# What a legal filing says is its maker's allegation, not a fact the article states ("the lawsuit
# said the star has endured injuries", "court papers claim he hid the money")
FILING_NOUNS = {"lawsuit", "suit", "complaint", "writ", "indictment", "petition", "affidavit", "claim"}
FILED_PAPERS = {"paper", "document", "filing", "submission"}  # with "court" or "legal" before them


def filed_claim(governor) -> bool:
    """The saying verb `governor` has a legal filing for its subject: what it says is alleged."""
    return any(c.dep_ == "nsubj" and (c.lemma_.lower() in FILING_NOUNS or c.lemma_.lower() in FILED_PAPERS and any(
        m.lower_ in ("court", "legal") for m in c.lefts)) for c in governor.children)


def negative_subject(subject) -> bool:
    """A subject that says the act is not done: "no one", "Neither Rover nor SAIC commented", and
    "few" without "a" ("too few companies are responding": most are not; "a few firms" did)."""
    return subject.lower_ in NEGATIVE_SUBJECTS or any(
        d.dep_ in ("det", "preconj") and d.lower_ in ("no", "neither")
        or d.dep_ in ("amod", "det") and d.lower_ == "few" and not any(a.lower_ == "a" for a in (*d.children, *subject.children))
        for d in subject.children)


def capability(governor) -> bool:
    """"is able to appeal", "will be able to carry": what one can do, not what one did ("was able to escape" was done)."""
    if governor is None or governor.lemma_.lower() != "able" or governor.dep_ != "acomp":
        return False
    copula = governor.head  # "is able", "will be able"; not "was able", "has been able", "pleased to be able"
    return copula.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.tag_ == "MD" for c in copula.children)


def going_forecast(governor) -> bool:
    """"Microsoft is going to push its console", "Jenkins is now going to have the upper hand": a
    "going to" said of a named other is a forecast; one's own ("we are going to test him", "he said
    he was going to sell", a pronoun) is a plan."""
    if governor is None or governor.lemma_.lower() != "go" or governor.tag_ != "VBG":
        return False
    subject = next((c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.pos_ in ("PROPN", "NOUN")
