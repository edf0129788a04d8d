"""Amounts of money as arguments: "sold the unit for $2.1bn", "shares rose to $12.40 a share",
"its stake is worth £3bn". An amount becomes a Concept labelled as written (currency sign,
number, unit word, and a rate such as "a barrel"), its article's own and never merged with
another amount (see `kg.model.generic_label`). Bare counts, percentages and years are no
amounts, and an amount outside a verb's argument places ("a $140m deal", "$5bn was paid") is
no node.
"""
from __future__ import annotations

from kg.extract.lexicon import TIME_SPANS
from kg.model import EntityType, Mention, MentionKind, Span

CURRENCY_WORDS = {  # words that make a number money: "5bn euros", "7.4bn Australian dollars"
    "dollar", "dollars", "pound", "pounds", "euro", "euros", "yen", "yuan", "rupee", "rupees", "franc", "francs",
    "cent", "cents", "pence", "rouble", "roubles", "ruble", "rubles", "sterling", "peso", "pesos",
}
SINGULAR_CURRENCIES = {"dollar", "pound", "euro", "rupee", "franc", "rouble", "ruble", "peso", "cent"}
AMOUNT_UNITS = {"m", "bn", "mn", "tn", "k", "million", "billion", "trillion", "thousand"}  # "£300m", "$2 billion"
AMOUNT_PREPS = {"to", "at", "by", "for", "from"}  # "rose to", "ended at", "fell by", "sold for", "from"
CHANGE_PREPS = {"to", "from", "by"}  # a change's level or size: of the verb's object when it has one
# Adverbs that a measure phrase before them modifies: "fell a goal behind", "finished two points
# clear": the goal and the points are how far, not what the verb acts on. So does a comparative
# after it ("ran 0.04secs slower").
MEASURED_ADVERBS = {"behind", "ahead", "clear", "adrift", "short", "apart"}
RATE_NOUNS = {"share", "barrel", "ounce", "tonne", "ton", "gallon", "litre", "year", "month", "week", "day", "hour", "head"}
RANGE_WORDS = {"to", "and", "-", "from", "between"}  # "$1.10 to $40.15", "between £19 and £29": two amounts
CHANGE_ADVERBS = {"down", "up"}  # "ended down $1.33", "closed up 12 cents": by how much
CHANGE_VERBS = {  # verbs of a level that changes, whose bare measure says by how much: "rose $1.05 to $48.20"
    "rise", "fall", "drop", "climb", "gain", "lose", "jump", "slip", "slide", "dip", "ease", "edge", "surge", "soar",
    "plunge", "tumble", "shed", "add", "increase", "decrease", "decline", "grow", "rally", "sink",
}
ARGUMENT_VERB_TAGS = ("VERB", "AUX")
DEAL_VERBS = {  # verbs of a deal, whose for-phrase with money is the price wherever the parser hangs it
    "sell", "buy", "pay", "acquire", "purchase", "sue", "sign", "offer", "bid", "settle", "lease", "rent", "auction",
}
MODIFIED_TAGS = {"NN", "NNS", "NNP", "NNPS", "VB"}  # a word after an amount that it modifies: "a $140m deal"


def counted(token) -> bool:
    """A unit or currency word with a number before it ("£300m", "5bn euros", "45m yen"), whatever
    the tagger took it for: an amount (or a count), never a name ("50 Cent" is one)."""
    unit = token.lower_.rstrip(".") in AMOUNT_UNITS
    if not (unit or token.lower_ in CURRENCY_WORDS and token.is_lower):
        return False
    before = token.doc[token.i - 1] if token.i else None  # "$2m", "25m euros": the parser may split them
    after_number = before is not None and (before.like_num and (not unit or not before.whitespace_) or not unit and _unit(before))
    return after_number or any(_number(t) for t in token.lefts)


def _number(token) -> bool:
    return token.like_num or token.text[:1].isdigit()


def _unit(token) -> bool:
    return token.lower_.rstrip(".") in AMOUNT_UNITS


def _currency_sign(token) -> bool:
    """"$", "£", "€", "US$", "A$": the tagger's currency tag, or a sign at the end of the word."""
    return token.tag_ == "$" or token.text[-1:] in "$£€¥" and not token.is_alpha


def _amount_tokens(head) -> list | None:
    """The tokens of the amount headed by `head` as written ("more than $12 a barrel", "$80m"),
    or None when `head` is no number, unit or currency word, or the tokens hold no number or no
    currency, are a range or a change-and-level pair ("$1.10 to $40.15", which the parser reads
    as one amount), or modify a noun after them."""
    doc = head.doc
    if not (_number(head) or counted(head) or head.ent_type_ == "MONEY"):
        return None  # "an £80m restructuring charge" is a charge
    lefts = [t for t in doc[head.left_edge.i : head.i] if t.dep_ not in ("det", "predet", "punct", "poss")]
    if any(t.lower_ in RANGE_WORDS for t in lefts):
        return None
    start = lefts[0].i if lefts else head.i
    while start > 0 and (_number(doc[start - 1]) or _unit(doc[start - 1]) or _currency_sign(doc[start - 1])) \
            and (doc[start - 1].head.i in (head.i, head.head.i) or start <= doc[start - 1].head.i <= head.i):
        start -= 1  # "worth 25m euros", parsed as three measures of "worth"
    if any(t.i < start or t.is_punct and not _currency_sign(t) for t in doc[start : head.i]):
        return None  # a gap in the phrase: "$5bn (£2.7bn)" is read from its own head
    end = head.i + 1
    while end < len(doc) and doc[end].lower_.rstrip(".") in AMOUNT_UNITS:
        end += 1  # "$1m" and "£35 bn", which the parser may split off the number
    for word in doc[head.i : end]:  # the currency after the number, and a rate: "5bn euros", "$40 a barrel"
        for child in word.rights:
            if child.left_edge.i == end and (child.lower_ in CURRENCY_WORDS and child.is_lower or _rate(child)):
                end = child.right_edge.i + 1
    after = doc[end] if end < len(doc) else None
    if after is not None and after.tag_ in MODIFIED_TAGS and after.is_alpha and after.ent_type_ not in ("DATE", "TIME"):
        return None  # "reached a $140m deal", "planning £35 bn cuts": the amount says how big the thing is
    tokens = list(doc[start:end])
    number = any(t.like_num or any(ch.isdigit() for ch in t.text) for t in tokens)
    money = any(_currency_sign(t) or t.lower_ in CURRENCY_WORDS and t.is_lower for t in tokens)
    if tokens[-1].lower_ in SINGULAR_CURRENCIES and not any(t.lower_ in ("1", "one") for t in tokens):
        return None  # "a 475m euro hit", "a 7.4bn Australian dollar bid": the sum sizes the noun after it
    return tokens if number and money else None


def _rate(token) -> bool:
    """"a barrel" in "$40 a barrel", "per share" in "$2 per share": what the amount is for each of."""
    if token.dep_ == "npadvmod" and token.lemma_.lower() in RATE_NOUNS:
        return [c.lower_ for c in token.lefts] in (["a"], ["an"])
    if token.dep_ == "prep" and token.lower_ == "per":
        return any(c.dep_ == "pobj" and c.lemma_.lower() in RATE_NOUNS for c in token.children)
    return False


def is_amount(token) -> bool:
    """Whether `token` heads an amount of money (see `_amount_tokens`)."""
    return _amount_tokens(token) is not None


def argument_place(token) -> bool:
    """Whether `token` stands where a verb takes an argument: its object, the object of one of its
    amount prepositions ("sold for", "rose to"), what a "worth" or a "down" of it measures, or a
    price the parser hung on one of its arguments (see `_price_of`)."""
    if token.dep_ == "dobj":
        return token.head.pos_ in ARGUMENT_VERB_TAGS
    if token.dep_ == "pobj" and token.head.lower_ in AMOUNT_PREPS:
        prep, holder = token.head, token.head.head
        if _price_of(prep) is not None:
            return True
        if holder.pos_ not in ARGUMENT_VERB_TAGS and holder.dep_ != "acomp":
            return False
        if prep.lower_ in CHANGE_PREPS and any(c.dep_ == "dobj" for c in holder.children):
            return False  # "cut its debt to £160m", "posted a rise to £198m": the object's level, not the verb's
        # "went from $17.8bn to nothing": the change's argument is where it went; where it started is none
        return prep.lower_ != "from" or not any(c.dep_ == "prep" and c.lower_ == "to" for c in holder.children)
    if token.dep_ == "npadvmod":
        head = token.head
        return head.lower_ == "worth" or head.lower_ in CHANGE_ADVERBS and head.head.pos_ == "VERB" or _changes(head)
    return False


def _changes(verb) -> bool:
    return verb.pos_ == "VERB" and verb.lemma_.lower() in CHANGE_VERBS


def _price_of(prep):
    """The verb of a deal whose price the parser hung on an argument of it: "sold the unit to a
    rival [for $2bn]" (on "rival"). None when `prep` is no such for-phrase."""
    noun = prep.head
    if prep.lower_ != "for" or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
    return verb if verb is not None and verb.lemma_.lower() in DEAL_VERBS else None


def amount_pairs(verb, base: str) -> list:
    """(predicate, amount, weight) a verb's clause gets beyond its own phrases: what a "worth"
    after a linking verb measures ("the stake is worth $3bn"), by how much a "down" or "up" or a
    bare measure says it changed ("ended down $1.33", "rose $1.05") and a price hung on one of
    its arguments ("sold the unit to a rival for $2bn")."""
    pairs = [(f"{base} {word.lower_}", amount, 0.7) for word in verb.children
             if word.dep_ == "acomp" and word.lower_ == "worth" or word.dep_ == "advmod" and word.lower_ in CHANGE_ADVERBS
             for amount in word.children if amount.dep_ == "npadvmod" and is_amount(amount)]
    if _changes(verb):  # "rose $1.05 to $48.20": by $1.05
        pairs += [(f"{base} by", amount, 0.7) for amount in verb.children if amount.dep_ == "npadvmod" and is_amount(amount)]
    arguments = [c for c in verb.children if c.dep_ == "dobj"]
    arguments += [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    for noun in arguments:
        for prep in noun.children:
            if prep.dep_ == "prep" and getattr(_price_of(prep), "i", None) == verb.i:
                pairs.extend((f"{base} for", amount, 0.7) for amount in prep.children if amount.dep_ == "pobj" and is_amount(amount))
    return pairs


def amount_mention(state, token, offset: int) -> Mention | None:
    """A mention of the amount of money headed by `token` when it stands in a verb's argument
    place (see `argument_place`), else None."""
    if not argument_place(token):
        return None
    tokens = _amount_tokens(token)
    if tokens is None:
        return None
    text = token.doc[tokens[0].i : tokens[-1].i + 1].text.rstrip(".")
    char = offset + tokens[0].idx
    return Mention(
        id=len(state.mentions), span=Span(char, char + len(text)), text=text, kind=MentionKind.NOMINAL,
        type=EntityType.CONCEPT, name=text, key=f"amount {char}",  # its own: two "$1bn" need not be one sum
    )


SPAN_UNITS = TIME_SPANS | {"season", "game", "match", "lap", "round", "innings", "over", "half", "set", "leg", "stage",
                          "mile", "metre", "meter", "yard"}  # "two games into the season"


def measure(verb, obj) -> bool:
    """"had fallen a goal behind", "finished two points clear": a counted object ("a goal", "two
    points"; not "a great career ahead of him") right before an adverb of distance measures it, and
    one with an into-phrase says when ("two games into the season")."""
    doc = verb.doc
    counted = any(c.dep_ == "nummod" for c in obj.lefts) or [c.lower_ for c in obj.lefts if c.dep_ == "det"] in (["a"], ["an"])
    if counted and obj.lemma_.lower() in SPAN_UNITS and any(c.dep_ == "prep" and c.lower_ == "into" for c in obj.children):
        return True  # "replaced Sturrock two games into the season", "scored ten minutes into the match": when
    after = obj.right_edge.i + 1
    if after >= len(doc) or doc[after].head.i != verb.i or doc[after].lower_ not in MEASURED_ADVERBS \
            and doc[after].tag_ not in ("JJR", "RBR"):  # "ran 0.04secs slower", "finished a minute quicker"
        return False
    lefts = list(obj.lefts)
    return any(c.dep_ == "nummod" for c in lefts) or [c.lower_ for c in lefts] in (["a"], ["an"]) or obj.text[:1].isdigit()
