"""Noun phrases that describe one person or one body the article may have named: which tokens
head "the Russian", "the 34-year-old" or "the Italian firm" (resolved in kg.extract.descriptions),
and which words before a common noun are no part of its label ("the", "how many", "particularly", a
clause the parser hung there)."""
from __future__ import annotations

from kg.extract.clauses import SUBJECT_DEPS
from kg.extract.lexicon import BODY_DESCRIPTION_NOUNS, DEMONYM_NOUNS
from kg.extract.hyphens import spaced_dash
from kg.extract.unasserted import PLAN_NOUNS

OPENING_DEPS = {"det", "predet", "poss", "case", "punct"}  # "the", "all", "its", "'s": the phrase's, not the label's
# words that single out or stress, no part of what is named: "particularly young people", "mainly small firms"
FOCUS_ADVERBS = {"particularly", "especially", "notably", "mainly", "mostly", "largely", "chiefly", "primarily",
                 "principally", "predominantly", "specifically", "including", "even", "only", "just", "also",
                 "now"}  # "Saabs, Opels and now Cadillacs": when, no word of the thing
CLAUSE_WORD_DEPS = {"aux", "auxpass", "mark"}  # what only the verb of a clause has ("when X was penalised", "to be infected")
PEOPLE_ENDINGS = ("s", "ch", "sh", "ese")  # "the Greens", "the French", "the Irish", "the Chinese": a whole people or party


def people_noun(token) -> bool:
    """A nationality or a people's name alone as a singular noun after "the", or after "the" and an
    age ("the Russian", "the Dubliner", "the 34-year-old American", "the Briton", which the tagger may
    call a person's name, "the 24-year-old Swiss"): a person (not "the Russians" or "the French", a
    people, nor "the Russian president", a demonym)."""
    if token.ent_iob_ != "B" or token.tag_ not in ("NN", "NNP", "JJ") or not (
            token.ent_type_ == "NORP" or token.ent_type_ == "PERSON" and token.lower_ in DEMONYM_NOUNS):
        return False
    if token.lower_.endswith(PEOPLE_ENDINGS) and not any(age_modifier(c) for c in token.lefts):
        return False  # "the Swiss" may be a people; "the 24-year-old Swiss" is one person
    if token.i + 1 < len(token.doc) and token.doc[token.i + 1].ent_iob_ == "I":
        return False  # a name of more words
    dets = [c for c in token.lefts if c.dep_ == "det"]
    return bool(dets) and dets[0].lower_ == "the" and token.dep_ not in ("amod", "compound") \
        and all(c.dep_ == "det" or age_modifier(c) for c in token.lefts)


def _aged(token) -> bool:
    """"old" of "34-year-old": the parser's adjective with its "year"."""
    return token.lower_ == "old" and any(c.lower_ in ("year", "years") for c in token.lefts)


def age_modifier(token) -> bool:
    """"34-year-old" before a noun ("the 34-year-old American")."""
    return token.dep_ == "amod" and _aged(token)


def age_noun(token) -> bool:
    """"old" of "the 34-year-old" standing alone as a clause's argument, which the parser tags as an adjective."""
    return _aged(token) and token.dep_ in SUBJECT_DEPS | {"dobj", "pobj"} and any(c.dep_ == "det" and c.lower_ == "the" for c in token.lefts)


def named_owner(post):
    """The possessive that names whose post a role noun is ("Screen International's US editor", "the
    paper's editor"), not a pronoun's ("his Newcastle boss"), or None: a place before the post is then its remit."""
    return next((c for c in post.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)


def described_body(token) -> bool:
    """"The Italian firm", "the US bank": a body noun after a people's or a place's name (and
    nouns), which may name again a company in view; not "the next South Korean bank"."""
    if token.lemma_.lower() not in BODY_DESCRIPTION_NOUNS or token.tag_ != "NN":
        return False
    modifiers = [c for c in token.lefts if c.dep_ != "det"]
    return all(c.ent_type_ in ("NORP", "GPE") or c.dep_ == "compound" and c.pos_ == "NOUN" for c in modifiers)


def label_opener(token) -> bool:
    """A word at the start of a common-noun phrase that its label leaves out: a determiner, a
    possessive, punctuation, a wh-word or the "much"/"many" after "how" ("how many tickets"), and a
    focusing adverb ("particularly young people")."""
    doc = token.doc
    return (token.dep_ in OPENING_DEPS or token.is_punct or token.tag_ == "WRB" or token.lower_ in FOCUS_ADVERBS
            or token.lower_ in ("much", "many") and token.i > 0 and doc[token.i - 1].lower_ == "how")


def verb_before_noun(token) -> bool:
    """A verb the parser hung before a noun as its modifier where it is no word of the noun's
    phrase: a past verb right after a coordinator ("but argued detention powers had helped"),
    the verb of a clause of its own, with an auxiliary or a subordinator ("when Tom Hale was
    penalised, the scrum-half's boot cut the deficit", "to be infected users must open it": the
    clause is the sentence's), or a verb whose phrase runs across a dash set off by spaces ("the
    pills - called COX-2 inhibitors - are sold": an aside, which no label runs across)."""
    doc = token.doc
    return (token.tag_ in ("VBD", "VBN") and token.i > 0 and doc[token.i - 1].dep_ == "cc"
            or token.pos_ in ("VERB", "AUX") and any(c.dep_ in CLAUSE_WORD_DEPS for c in token.children)
            or token.pos_ == "VERB" and any(spaced_dash(t) for t in doc[token.left_edge.i:token.right_edge.i + 1]))


def dated_thing(doc, start: int) -> bool:
    """Whether the name at `start` follows "the" and a year ("the 1965 Fender Stratocaster", "the
    2004 Renault Megane"): a thing of that year, made or held, which no person's name is."""
    return start > 1 and doc[start - 2].lower_ == "the" and doc[start - 1].shape_ == "dddd" \
        and 1800 <= int(doc[start - 1].text) <= 2099


ACT_NOUNS = PLAN_NOUNS | {"decision", "idea", "choice", "call", "effort"}  # set beside a name, no post of it


def act_noun(noun) -> bool:
    """Whether a noun set beside a name names an act, not a post ("For analyst X, Yahoo's initial
    decision to delay was an error"): a noun of deciding or trying, or one with a to-clause of its own."""
    return noun.lemma_.lower() in ACT_NOUNS or any(
        c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in noun.children)


LIKENING_WORDS = {"new", "next", "modern", "contemporary", "latter-day", "modern-day", "another"}  # "the new Maradona"
KIND_WORDS = {"modern", "contemporary", "latter-day", "modern-day"}  # "a contemporary Indiana Jones", whatever the tagger calls it


def likened_name(token) -> bool:
    """Whether a person's name follows "the new", "the next", "a contemporary" or "another" right
    before it ("hailed as the new Maradona", "likened to a contemporary Indiana Jones, who"): someone
    likened to that person, not the person (not "a new Cadillac BLS", "a second Oscar", "another
    Frenchwoman Camille Pin")."""
    start = next((e.start for e in token.doc.ents if e.start <= token.i < e.end), None)  # "another Frenchwoman [Camille Pin]"
    start = min([c.i for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"] + [token.i]) if start is None else start
    word = token.doc[start - 1].lower_ if start > 0 else ""
    if start > 2 and token.doc[start - 2].text == "-":  # "a modern-day X"
        word = f"{token.doc[start - 3].lower_}-{word}"
    if token.pos_ != "PROPN" or not any(c.dep_ == "det" for c in token.children):
        return False
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)
    return token.ent_type_ == "PERSON" and word in LIKENING_WORDS or indefinite and word in KIND_WORDS

