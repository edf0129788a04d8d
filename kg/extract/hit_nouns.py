"""A noun of success or failure that the small model reads as a verb: "12 UK hit singles", "the
Dreamworks hit Shrek 2", "animated Hollywood hit Shrek 2". The name before it is taken for a subject
and what follows for an object, so the UK would have hit singles and Hollywood hit Shrek 2. A name
with a number, an article or an adjective of its own before it, run into "hit" and a noun with no
clause word about them (no auxiliary, no "that"), is the start of one noun phrase: "hit" and the
name describe the noun after them ("hit singles"), or "hit" heads the phrase and the title after it
names the work ("the Dreamworks hit, Shrek 2").

So is an -ing noun after a bare singular noun closing a list or a preposition's phrase: "convicted of
fraud and witness tampering", "accused of money laundering" - an offence, not a witness tampering.
And a noun of a trade after "to" that the parser read as an infinitive, when a word for a business
and a name follow it: "selling his label Zomba to record giant BMG" - Zomba went to BMG, a record
giant; nobody records anything. Nor is "starting" or "opening" between a team's name and a noun a
verb: "the Real Madrid starting line-up" is a line-up."""
from __future__ import annotations

NOUN_READ_VERBS = {"hit", "hits", "smash", "smashes", "flop", "flops"}  # success and failure, verbs too
CLAUSE_WORDS = {"aux", "auxpass", "neg", "mark"}  # what only a clause's verb has
PHRASE_OPENERS = {"det", "nummod", "amod", "poss"}  # "the", "12", "animated", "its": a noun phrase has begun


def hits_read_as_verbs(doc) -> None:
    """Hang, in place, each success noun read as a verb (see the module's doc) as a noun."""
    for word in doc:
        if word.lower_ not in NOUN_READ_VERBS or word.pos_ != "VERB" or word.dep_ == "ROOT" or word.i == 0:
            continue
        name, after = doc[word.i - 1], [c for c in word.children if c.dep_ == "dobj" and c.left_edge.i == word.i + 1]
        if name.head.i != word.i or name.dep_ != "nsubj" or not name.text[:1].isupper() or not after \
                or any(c.dep_ in CLAUSE_WORDS for c in word.children) \
                or not any(c.dep_ in PHRASE_OPENERS and c.i < name.i for c in name.children):
            continue
        head, dep, thing = word.head, "attr" if word.head.lemma_ == "be" else "dobj", after[0]
        if thing.pos_ == "NOUN" and thing.i == word.i + 1:  # "12 UK hit singles": the singles head the phrase
            top = thing
            thing.head, thing.dep_ = head, dep
            word.head, word.dep_ = thing, "compound"
        elif thing.pos_ == "PROPN":  # "the Dreamworks hit Shrek 2": the hit heads it, the title names it
            top = word
            word.dep_ = dep
            thing.dep_ = "appos"
        else:
            continue
        word.tag_, word.pos_ = "NNS" if word.lower_.endswith("s") else "NN", "NOUN"
        for child in [c for c in name.children if c.i < name.i and c.dep_ in PHRASE_OPENERS]:
            child.head = top
        name.head, name.dep_ = top, "compound"
        if top is thing:
            for child in [c for c in word.children if c.i > thing.i]:
                child.head = thing  # what came after the object is the object's


ORDER_ADJECTIVES = {"starting", "opening"}  # "the Real Madrid starting line-up", "the Wimbledon opening match"


def orders_read_as_verbs(doc) -> None:
    """Hang, in place, each "starting" or "opening" the parser made a clause of its own, with a name before it
    that opens a phrase and a noun right after it ("his return to the Real Madrid starting[advcl] line-up"),
    as the noun's adjective: the noun heads the phrase, in the name's place."""
    for word in doc[1:]:
        name, after = doc[word.i - 1], [c for c in word.children if c.dep_ == "dobj" and c.left_edge.i == word.i + 1]
        if word.lower_ not in ORDER_ADJECTIVES or word.tag_ != "VBG" or word.dep_ == "ROOT" or not after or name.pos_ != "PROPN" \
                or name.dep_ not in ("pobj", "dobj") or any(c.dep_ in CLAUSE_WORDS | {"nsubj"} for c in word.children) \
                or not any(c.dep_ in PHRASE_OPENERS and c.i < name.i for c in name.children):
            continue
        thing = after[0]
        thing.head, thing.dep_ = name.head, name.dep_
        for child in [c for c in name.children if c.i < name.i and c.dep_ in PHRASE_OPENERS]:
            child.head = thing
        for child in [c for c in word.children if c.i > thing.i]:
            child.head = thing
        name.head, name.dep_ = thing, "compound"
        word.head, word.dep_, word.pos_, word.tag_ = thing, "amod", "ADJ", "JJ"


def gerunds_read_as_verbs(doc) -> None:
    """Hang, in place, each -ing word the parser made a clause of its own right after a bare singular
    noun that ends a list or a preposition's phrase ("fraud and witness tampering") as the noun it heads."""
    for word in doc[1:]:
        noun = doc[word.i - 1]
        if word.tag_ != "VBG" or word.dep_ not in ("advcl", "acl", "xcomp") or any(not c.is_punct for c in word.children) \
                or noun.tag_ != "NN" or noun.dep_ not in ("conj", "pobj") or any(c.dep_ in ("det", "poss") for c in noun.children):
            continue
        if word.i + 1 < len(doc) and not (doc[word.i + 1].is_punct or doc[word.i + 1].dep_ == "cc"):
            continue  # "... and witnesses seeing it happen": a clause with more to it
        word.head, word.dep_ = noun.head, noun.dep_
        noun.head, noun.dep_ = word, "compound"
        word.tag_, word.pos_, word.lemma_ = "NN", "NOUN", word.lower_


TRADE_BODIES = {"giant", "label", "company", "firm", "group", "studio", "producer", "maker", "chain"}


def trades_read_as_infinitives(doc) -> None:
    """Hang, in place, each "to [trade] [business word] [name]" the parser read as an infinitive after a verb
    with an object ("sold Zomba to record[VB] giant BMG") as that verb's to-phrase, the name its object."""
    for word in doc[1:-2]:
        to, body, name = doc[word.i - 1], doc[word.i + 1], doc[word.i + 2]
        governor = word.head
        if word.tag_ != "VB" or to.lower_ != "to" or to.head.i != word.i or body.lower_ not in TRADE_BODIES \
                or name.pos_ != "PROPN" or name.head.i not in (word.i, body.i) or governor.pos_ not in ("VERB", "AUX") \
                or not any(c.dep_ == "dobj" and c.i < to.i for c in governor.children):
            continue
        for child in [c for c in word.children if c.i > name.right_edge.i]:
            child.head = governor  # "for £1.6bn": the sale's
        to.head, to.dep_, to.tag_, to.pos_ = governor, "prep", "IN", "ADP"
        name.head, name.dep_ = to, "pobj"
        body.head, body.dep_ = name, "compound"
        word.head, word.dep_, word.tag_, word.pos_, word.lemma_ = body, "compound", "NN", "NOUN", word.lower_
