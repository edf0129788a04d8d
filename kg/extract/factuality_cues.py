"""The words that say how sure an act is, for kg.extract.factuality: the cues a clause carries
itself (negative adverbs, hedges, modals, the marks of a condition or a question) and what a
governing verb, adjective or noun makes of the clause it takes ("tried to [leave]": attempted,
"is keen to [make]": desired, "a bid to [convince]": attempted). Word lists with one comment each;
the rules that read them are in kg.extract.factuality.
"""
from __future__ import annotations

from kg.extract.clauses import SPEECH_VERBS
from kg.extract.control import EQUIPPING_VERBS
from kg.model import Factuality

F = Factuality

# ---- the clause's own cues --------------------------------------------------------------------
NEGATIVE_ADVERBS = {"never", "no longer", "nowhere", "hardly", "scarcely", "barely", "rarely", "seldom", "almost", "nearly"}  # "almost ended"
TIME_CONDITIONS = {"once", "until"}  # in the present, not yet so: "once Rangers receive our letter", "until the FA have told us"
HEDGE_ADVERBS = {"probably", "possibly", "perhaps", "maybe", "allegedly", "supposedly", "reportedly", "apparently",
                 "presumably", "likely", "potentially", "conceivably", "seemingly", "hopefully", "reputedly", "purportedly"}
MOVING_VERBS = {"move", "act"}  # "moved to pre-empt a break-up": a step towards it; "moved to the US to set up X": went, and did
CONDITION_MARKERS, QUESTION_MARKERS = {"if", "unless"}, {"whether"}  # "asked whether X had left"
TIME_MARKS = {"when", "once", "until", "till", "whenever"}  # of a clause as sure as the "would" it times
ASKING_VERBS = {"ask", "wonder", "question", "query", "enquire", "inquire"}  # "asked if X had left": a question too
PURPOSE_MARKERS = {"so", "order"}  # "so as to attract", "in order to win": what is wanted, not done
MODALS = {  # a modal verb of the clause -> what it makes of the act
    "will": F.SCHEDULED, "shall": F.SCHEDULED,
    "would": F.POSSIBLE,  # conditional with an if-clause; the future of reported speech in a report
    "could": F.POSSIBLE, "may": F.POSSIBLE, "might": F.POSSIBLE, "can": F.POSSIBLE,
    "should": F.REQUESTED, "must": F.REQUESTED, "ought": F.REQUESTED, "need": F.REQUESTED,
}

# ---- what a governing word says of the clause it takes ----------------------------------------
# Verbs, with an infinitive ("tried to leave"), a that-clause ("expects that prices will rise") or
# a gerund after a preposition ("thinking of upgrading"). Passives count alike ("is tipped to win").
GOVERNING_VERBS = {
    **dict.fromkeys((
        "expect", "predict", "forecast", "tip", "back", "earmark", "anticipate", "project", "speculate", "suspect",
        "rumour", "rumor", "think", "consider", "contemplate", "mull", "weigh", "threaten", "seem",
        "appear", "tend", "believe", "fear", "doubt", "estimate", "hint", "talk", "poise", "prime",
        "allow", "enable", "permit", *EQUIPPING_VERBS,  # "allow women to stay", "provide users with tools to publish": let, not done
        "rely", "count", "depend",  # "relying on the banks to lend": trusted, not done
        "rehearse", "practise", "imagine", "envisage",  # "had rehearsed lighting the cauldron": not lit
    ), F.POSSIBLE),
    **dict.fromkeys((
        "plan", "schedule", "set", "prepare", "intend", "agree", "decide", "arrange", "announce", "confirm", "go",  # "is going to leave"
    ), F.SCHEDULED),
    **dict.fromkeys((
        "want", "hope", "wish", "like", "love", "prefer", "dream", "long", "yearn", "aspire", "wait", "promise", "pledge", "vow",
    ), F.DESIRED),
    **dict.fromkeys((
        "try", "attempt", "seek", "strive", "struggle", "endeavour", "endeavor", "aim", "target", "bid", "look",
        "battle", "fight", "work", "race", "scramble", "push", "campaign", "lobby", "compete", "vie",
        "offer", "volunteer",  # "offered to buy Korvex": a proposal, like a bid, not a purchase
        *MOVING_VERBS,
    ), F.ATTEMPTED),
    **dict.fromkeys((
        "urge", "ask", "call", "press", "pressure", "encourage", "demand", "request", "tell", "order",
        "invite", "beg", "implore", "plead", "advise", "appeal", "recommend", "instruct", "suggest", "propose",
        "require", "need", "oblige", "insist", "challenge", "dare", "warn",
        "deserve",  # "the world deserves to know the truth": owed, not done
        "sue", "petition",  # "sued the bank to return the fees": asked of a court, not done
    ), F.REQUESTED),
    **dict.fromkeys((
        "fail", "refuse", "decline", "deny", "neglect", "forget", "avoid", "prevent", "stop", "ban",
        "bar", "block", "forbid", "prohibit", "reject", "resist", "cease", "quit", "omit", "oppose", "veto",  # "opposes giving X"
        "delay", "postpone", "defer",  # "delayed submitting her entry": not yet done
    ), F.NEGATED),
}
PASSIVE_FORECASTS = {"expect", "predict", "forecast", "tip", "rumour", "rumor"}  # "fans are expected at the stadium" (no by-phrase)
SEEMING_PLANS = {"set"}  # a plan only in how it looks: "looks set to win" is a forecast
# A that-clause after these is reported, not governed: "said X did Y" states it.
REPORTING_ONLY = SPEECH_VERBS - {"ask", "warn", "insist", "tell"}
# With a that-clause these verbs report, not request or speculate ("confirmed that X left").
BELIEF_VERBS = {"believe", "think", "reckon", "feel", "suppose", "assume", "guess"}  # a future after these is a forecast
BELIEF_ADJECTIVES = {"confident", "convinced", "optimistic", "doubtful"}  # so after these: "is confident that X will keep him"
THAT_CLAUSE_REPORTS = {"confirm", "announce", "agree", "decide", "warn", "insist", "tell", "believe", "think"}
GOVERNING_ADJECTIVES = {  # "is keen to make", "likely to win", "unable to find"
    **dict.fromkeys(("likely", "unlikely", "possible", "probable", "certain", "sure", "bound", "ready",
                     "prepared", "willing", "liable", "poised", "open", "place", "position",  # "well placed to win"
                     "afraid", "fearful", "wary", "concerned", "worried", "nervous", "scared",
                     "favourite", "favorite"), F.POSSIBLE),  # "is favourite to win", which the tagger may call an adjective
    **dict.fromkeys(("due", "set", "scheduled", "about"), F.SCHEDULED),
    **dict.fromkeys(("keen", "eager", "anxious", "desperate", "determined", "hopeful", "happy", "glad",
                     "impatient", "ambitious",
                     "committed", "dedicated"), F.DESIRED),  # "remains committed to halving the deficit": an aim
    **dict.fromkeys(("unable", "reluctant", "unwilling", "loath", "loth", "powerless", "hesitant", "impossible"), F.NEGATED),
    **dict.fromkeys(("hard", "difficult", "tough", "easy", "pressed"), F.POSSIBLE),  # "hard for makers to do anything", "hard pressed to"
    **dict.fromkeys(("necessary", "essential", "vital", "important", "crucial", "imperative", "right"),
                    F.REQUESTED),  # "important for the club to gain": how much it mattered, said also of what was done
}
GOVERNING_NOUNS = {  # "a bid to convince", "plans to lower", "the chance to win", "calls for"
    **dict.fromkeys(("chance", "possibility", "prospect", "risk", "threat", "danger", "likelihood",
                     "option", "opportunity", "potential", "scope", "speculation", "fear", "expectation",
                     "forecast", "prediction", "rumour", "rumor", "suggestion", "idea", "talk", "way", "negotiation", "discussion",
                     "right", "power", "freedom", "permission", "licence", "license", "ability", "capacity",
                     "capability", "authority", "mandate", "approval", "clearance", "go-ahead", "consent", "position", "reason",
                     "favourite", "favorite", "outsider",  # "is favourite to take the award"
                     "concern", "worry", "doubt", "belief", "suspicion"), F.POSSIBLE),  # "concerns that X are hampered"
    **dict.fromkeys(("plan", "decision", "commitment",
                     "schedule", "deal", "agreement", "programme", "program", "scheme", "policy"), F.SCHEDULED),
    **dict.fromkeys(("hope", "wish", "desire", "dream", "ambition", "aim", "goal", "target", "intention", "promise", "pledge",
                     "eagerness", "willingness", "keenness", "readiness", "determination", "appetite", "need", "interest"), F.DESIRED),
    **dict.fromkeys(("attempt", "bid", "effort", "drive", "campaign", "push", "move", "struggle",
                     "fight", "battle", "quest", "race", "competition", "contest", "action", "step", "measure", "initiative",
                     "mission", "strategy", "tactic", "endeavour", "endeavor", "offer", "approach"), F.ATTEMPTED),
    **dict.fromkeys(("call", "demand", "request", "appeal", "order", "plea", "pressure", "instruction", "proposal",
                     "recommendation", "advice", "ultimatum", "invitation", "encouragement", "incitement"), F.REQUESTED),
    **dict.fromkeys(("refusal", "failure", "inability", "reluctance", "ban", "denial"), F.NEGATED),
}
PARTISAN_NOUNS = {"critic", "opponent", "supporter", "advocate", "sceptic", "skeptic", "detractor", "proponent", "campaigner"}  # a side's
SELF_CLAIMS = {"claim", "profess", "purport"}  # with an infinitive: "claims to have met him", said by the doer only
PURPOSE_PASSIVES = {"intend", "mean"}  # "was meant to lure fans": what it was for, not what it did ("designed to" is its function)
GOVERNED_PREPOSITIONS = {"of", "from", "on", "about", "at", "in", "to", "between"}  # "think of", "stop from", "insist on", "aim at", "choose between"
KNOWN_LEMMAS = set(GOVERNING_VERBS) | set(GOVERNING_ADJECTIVES) | SPEECH_VERBS | THAT_CLAUSE_REPORTS
EMBEDDING_DEPS = {"xcomp", "ccomp", "acomp", "pcomp", "acl", "relcl", "advcl", "conj", "oprd", "csubj", "csubjpass"}
