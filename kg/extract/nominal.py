"""Open-IE relations inside a noun phrase, with the copula it leaves out written "be": an
apposition ("Nancy Craig, advertising manager for the Red Cross"), a named place after a noun
("countries in Europe"), a title before a name ("Soviet leader Mikhail Gorbachev"), the
examples a noun is given ("symbols such as the zodiac and the Star of David"), the aim an
infinitive gives a noun ("a plan to pay off its debts") and, written "has", a tie a possessive
names ("the firm 's chairman").
"""
from __future__ import annotations

from kg.extract.lexicon import NAMED_PLACE_LABELS, RELATIONAL_NOUNS
from kg.extract.spans import (
    IMPLIED_BE,
    Argument,
    ExtractionRule,
    OpenExtraction,
    joined_by_ampersand,
    list_item,
    phrase,
)

APPOSITION_CONFIDENCE = 0.6  # "X, the chairman of Y": X is the chairman
EXAMPLE_CONFIDENCE = 0.6  # "symbols such as the zodiac": the zodiac is such a symbol
EXAMPLE_PREPS = {"as", "including", "like"}  # "such as", "including", "like" before a noun's examples
FOCUS_DEPS = {"advmod"}  # "production , [especially] cotton": a word that singles out a part, not a second name
LOCATION_CONFIDENCE = 0.5  # "countries in Europe": the countries are in Europe
LOCATION_PREPS = {"in", "at", "near", "outside"}
POSSESSION_CONFIDENCE = 0.6  # "Kesey 's son": Kesey has a son
POSSESSIVE_MARKS = {"'s", "'"}  # the possessive ending, a token of its own
PURPOSE_CONFIDENCE = 0.6
PURPOSE_DEPS = {"acl", "xcomp"}  # how the parser hangs "to pay off" on "plan" (xcomp of a subject noun too)  # "a plan to pay off its debts": the plan is to pay them off
TITLE_CONFIDENCE = 0.6  # "Soviet leader Mikhail Gorbachev": Gorbachev is the Soviet leader
TITLED_LABELS = {"PERSON"}  # names a title before them describes
TITLE_DEPS = {"compound", "amod", "nmod", "advmod", "det"}  # words of a title before a name, nothing else


def apposition(appos, words: list[str]) -> list[OpenExtraction]:
    """"Nancy Craig, advertising manager for the Red Cross" -> (Nancy Craig; be; advertising
    manager for the Red Cross); the name is the subject whichever comes first."""
    head = appos.head
    if not (head.pos_ in ("NOUN", "PROPN", "PRON") or _partitive(head)) or not (appos.pos_ in ("NOUN", "PROPN") or _partitive(appos)):
        return []
    if any(c.dep_ in FOCUS_DEPS and c.i == appos.left_edge.i for c in appos.children):
        return []  # "farm production , especially cotton": a part of it singled out, not the same thing
    arg1 = phrase(head, {appos.i}, words)
    arg2 = phrase(appos, set(), words)
    if arg1 is None or arg2 is None:
        return []
    if appos.pos_ == "PROPN" and (head.pos_ == "NOUN" or _partitive(head)):
        arg1, arg2 = arg2, arg1
    if head.ent_type_ == "GPE" and appos.ent_type_ == "GPE" and appos.i > head.i:
        # "Mount Vernon , Ind.": a place named with the larger place it is in
        return [OpenExtraction(f"{IMPLIED_BE} in", (arg1, arg2), APPOSITION_CONFIDENCE, ExtractionRule.APPOSITION)]
    return [OpenExtraction(IMPLIED_BE, (arg1, arg2), APPOSITION_CONFIDENCE, ExtractionRule.APPOSITION)]


def _partitive(token) -> bool:
    """"[one] of the crew": one member of a group, the same thing as a name beside it ("Alan , one of
    the crew"); a larger number is a part of what it sits beside ("70 people -- 60 of them")."""
    return token.lower_ == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)


def noun_location(prep, words: list[str]) -> list[OpenExtraction]:
    """"four other countries in Europe" -> (four other countries; be in; Europe)."""
    noun = prep.head
    pobjs = [c for c in prep.children if c.dep_ == "pobj"]
    if noun.pos_ not in ("NOUN", "PROPN") or prep.lower_ not in LOCATION_PREPS or not pobjs:
        return []
    if pobjs[0].ent_type_ not in NAMED_PLACE_LABELS:
        return []
    arg1 = phrase(noun, {t.i for t in prep.subtree}, words)
    arg2 = phrase(pobjs[0], set(), words)
    if arg1 is None or arg2 is None:
        return []
    relation = f"{IMPLIED_BE} {words[prep.i]}"
    return [OpenExtraction(relation, (arg1, arg2), LOCATION_CONFIDENCE, ExtractionRule.NOUN_LOCATION)]


def title(first, words: list[str]) -> list[OpenExtraction]:
    """"Soviet leader Mikhail Gorbachev" -> (Mikhail Gorbachev; be; Soviet leader), `first`
    being the name's first token: the words before a person's name in its noun phrase, when
    they are a title (a common noun, or a capitalised word that is not an abbreviation like
    "Mr.") and nothing else (no possessor, no punctuation). The article does not count."""
    name = next((e for e in first.doc.ents if e.start == first.i), None)
    if name is None or name.label_ not in TITLED_LABELS or name.root.pos_ != "PROPN":
        return []
    before = list(first.doc[name.root.left_edge.i : name.start])
    if not before or any(t.dep_ not in TITLE_DEPS or t.is_punct for t in before):
        return []
    words_of_title = [t for t in before if t.dep_ != "det"]
    if not words_of_title or all(t.text.endswith(".") for t in words_of_title):
        return []  # "Mr. Baker", "Dr. Jagan": an honorific, not a description
    lo, hi = words_of_title[0].i, words_of_title[-1].i + 1
    arg1 = Argument(name.start, name.end, " ".join(words[name.start : name.end]))
    arg2 = Argument(lo, hi, " ".join(words[lo:hi]))
    return [OpenExtraction(IMPLIED_BE, (arg1, arg2), TITLE_CONFIDENCE, ExtractionRule.TITLE)]



def examples(prep, words: list[str]) -> list[OpenExtraction]:
    """"some symbols , such as the zodiac and index signs" -> (some symbols; be such as; the
    zodiac) and (some symbols; be such as; index signs): one extraction per coordinated example.
    A conjunct joined by "&" ("Eli Lilly & Co") is part of the name before it."""
    noun = prep.head
    if noun.pos_ not in ("NOUN", "PROPN", "PRON") or prep.lower_ not in EXAMPLE_PREPS or noun.i > prep.i:
        return []
    such = [c for c in prep.children if c.lower_ == "such" and c.i == prep.i - 1]
    if prep.lower_ == "as" and not such:
        return []  # "as" alone: a role ("worked as a clerk"), not examples
    pobjs = [c for c in prep.children if c.dep_ == "pobj"]
    if not pobjs:
        return []
    items = [pobjs[0], *(c for c in pobjs[0].conjuncts if c.i > pobjs[0].i and not joined_by_ampersand(c))]
    arg1 = phrase(noun, {prep.i}, words)
    lo = such[0].i if such else prep.i
    relation = " ".join([IMPLIED_BE, *words[lo : prep.i + 1]])
    out = []
    for item in items:
        arg2 = list_item(item, set(), words)
        if arg1 is not None and arg2 is not None:
            out.append(OpenExtraction(relation, (arg1, arg2), EXAMPLE_CONFIDENCE, ExtractionRule.EXAMPLE))
    return out


def purpose(verb, words: list[str]) -> list[OpenExtraction]:
    """"a plan to pay off its debts" -> (a plan; be to pay off; its debts): a to-infinitive with
    an object and no subject of its own, after the noun it modifies (a plan, a decision, an
    attempt). "in order to" is a conjunction, not a noun with an aim."""
    noun = verb.head
    if verb.dep_ not in PURPOSE_DEPS or verb.pos_ != "VERB" or noun.pos_ not in ("NOUN", "PROPN") or noun.i > verb.i:
        return []
    if noun.lower_ == "order" and noun.i > 0 and noun.doc[noun.i - 1].lower_ == "in":
        return []
    to = [c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not to or not objects or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    group = [to[0], verb, *(c for c in verb.children if c.dep_ in ("prt", "neg") or (c.dep_ == "advmod" and to[0].i < c.i < verb.i))]
    group.sort(key=lambda t: t.i)
    arg1 = phrase(noun, {t.i for t in verb.subtree}, words)
    arg2 = phrase(objects[0], {t.i for t in group}, words)
    if arg1 is None or arg2 is None:
        return []
    relation = " ".join([IMPLIED_BE, *(words[t.i] for t in group)])
    return [OpenExtraction(relation, (arg1, arg2), PURPOSE_CONFIDENCE, ExtractionRule.PURPOSE)]


def possession(mark, words: list[str]) -> list[OpenExtraction]:
    """"the firm 's new chairman" -> (the firm; has; new chairman), `mark` being the possessive
    "'s": only for a noun that names a tie (RELATIONAL_NOUNS); the possessed noun keeps the
    words between the mark and it, not what follows it."""
    owner = mark.head
    if mark.dep_ != "case" or mark.lower_ not in POSSESSIVE_MARKS or owner.dep_ != "poss" or owner.pos_ not in ("NOUN", "PROPN"):
        return []
    owned = owner.head
    if owned.pos_ != "NOUN" or owned.lemma_.lower() not in RELATIONAL_NOUNS or owned.i <= mark.i:
        return []
    arg1 = phrase(owner, {mark.i}, words)
    if arg1 is None:
        return []
    arg2 = Argument(mark.i + 1, owned.i + 1, " ".join(words[mark.i + 1 : owned.i + 1]))
    return [OpenExtraction("has", (arg1, arg2), POSSESSION_CONFIDENCE, ExtractionRule.POSSESSION)]
