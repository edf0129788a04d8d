"""Words the small model puts at the head of a name that are no words of it.

A word of tenure ("Outgoing Leeds chairman", "Former Beatle"), a verb ("rang Lucy"), a bullet that
opens a line, or a month after a preposition ("In May Vodafone bought"). A word of condition opening
a sentence, capitalised only because it opens it ("Injured Chelsea winger Arjen Robben", "Jailed
Yukos boss Mikhail Khodorkovsky"): the tagger makes it the first word of the club's or the company's
name, so "Injured Chelsea" would be a body of its own; it describes the person. A people's adjective
before a person's name ("Russian Irina Shevchenko"). "New" opening a sentence before a body and a
post when the article names the body without it ("New Southampton manager Harry Redknapp").
"""
from __future__ import annotations

from spacy.tokens import Span as SpacySpan

from kg.extract.affiliation import ROLE_NOUNS
from kg.extract.countries import COUNTRY_OF
from kg.extract.lexicon import CONDITION_WORDS, DEMONYM_NOUNS, DESCRIBED_PERSON_HEADS, MONTHS, NATIONALITY_TRADES, TENURE_WORDS
from kg.extract.timex import RELATIVE_DAYS

TRADE_OPENERS = NATIONALITY_TRADES | DESCRIBED_PERSON_HEADS | {"cinematographer", "photographer", "editor", "critic", "coach"}
LINE_BULLETS = {"-", "--", "\u2013", "\u2014", "*", "\u2022"}  # what opens a line of a list, never a name


def cut_name_openers(doc) -> None:
    """A name the tagger opened with a word of tenure ("Outgoing Leeds", "Former Beatle") or with a
    verb ("rang Lucy"): the word says when a post was held, or what was done to the one named, so
    it leaves the name (a name of one word keeps it); so does a dash or a bullet that opens a line
    ("- Bolton boss Sam Allardyce"), a month after a preposition ("In May Vodafone bought") and a
    day said as a word before "the" ("Today the Tories are making"), a preposition that opens the
    sentence and leads to its verb ("Without Charles, it is hard") and a trade capitalised as the
    sentence's first word ("Cinematographer John Mathieson"). A small word that ends a name ("the
    Institute for the Study of Labour at") leaves it too."""
    cut = [ent for ent in doc.ents if len(ent) > 1 and (
        ent[0].lower_ in TENURE_WORDS or ent[0].is_lower and ent[0].pos_ == "VERB" or ent[0].text in LINE_BULLETS
        or ent[0].lower_ in RELATIVE_DAYS and ent[1].lower_ == "the"  # "Today the Tories are making": a day said as a word
        or ent[0].is_sent_start and ent[0].dep_ == "prep" and not ent.start <= ent[0].head.i < ent.end  # "Without Charles, it is"
        or ent.label_ == "PERSON" and ent[0].is_sent_start and ent[0].lower_ in TRADE_OPENERS and len(ent) > 2  # "Cinematographer John X"
        or ent.label_ != "DATE" and month_after_preposition(ent[0]))]
    peoples = [ent for ent in doc.ents if len(ent) > 1 and _people_before_person(ent)]
    news = [ent for ent in doc.ents if len(ent) > 1 and _new_before_known_body(ent)]
    for ent in peoples + news:  # "[Russian] Irina Shevchenko", "[New] Southampton manager": an adjective, no word of the name
        _as_adjective(ent[0])
    _cut_first_words(doc, cut + news)
    if peoples:  # the people's adjective is the tagger's nationality, so no later step widens the name over it again
        doc.set_ents([SpacySpan(doc, e.start, e.start + 1, label="NORP") for e in peoples]
                     + [SpacySpan(doc, e.start + 1, e.end, label="PERSON") for e in peoples], default="unmodified")
    hanging = [ent for ent in doc.ents if len(ent) > 1 and ent[-1].is_lower and ent[-1].pos_ in ("ADP", "DET")]
    if hanging:  # "[the Institute for the Study of Labour at] [Bonn University]": no name ends on a small word
        doc.set_ents([SpacySpan(doc, ent.start, ent.end - 1, label=ent.label_) for ent in hanging],
                     outside=[SpacySpan(doc, ent.end - 1, ent.end) for ent in hanging], default="unmodified")
    months = [t for t in doc if month_after_preposition(t) and t.ent_type_ != "DATE" and t.dep_ == "compound"
              and t.head.pos_ == "PROPN" and t.head.ent_type_ not in ("DATE", "CARDINAL")]
    if months:  # "In May Vodafone bought": the month is the preposition's object, and a date
        doc.set_ents([SpacySpan(doc, t.i, t.i + 1, label="DATE") for t in months], default="unmodified")
        for month in months:
            month.head, month.dep_ = month.doc[month.i - 1], "pobj"


def _as_adjective(word) -> None:
    """Retag `word`, a name's first word, as an adjective of the noun it stands before."""
    word.tag_, word.pos_, word.dep_ = "JJ", "ADJ", "amod"


def _cut_first_words(doc, ents) -> None:
    """Take the first word out of each of `ents` (a name of one word is no name then)."""
    if ents:
        doc.set_ents([SpacySpan(doc, ent.start + 1, ent.end, label=ent.label_) for ent in ents if len(ent) > 1],
                     outside=[SpacySpan(doc, ent.start, ent.start + 1) for ent in ents], default="unmodified")


def month_after_preposition(token) -> bool:
    """"May" in "In May Vodafone bought": a month right after a preposition of time that has no
    object of its own, not a given name."""
    if token.lower_ not in MONTHS or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return before.lower_ in ("in", "since", "until", "by", "from", "during") and not any(
        c.dep_ == "pobj" and c.i != token.i for c in before.children)


def condition_openers(doc) -> None:
    """Mend, in place, every sentence opened by a capitalised word of condition before a name:
    the word is an adjective, outside any name."""
    cut = []
    for sentence in doc.sents:
        word = sentence[0]
        if word.lower_ not in CONDITION_WORDS or not word.is_title or len(sentence) < 2 or not sentence[1].is_title:
            continue
        _as_adjective(word)
        cut += [e for e in doc.ents if e.start <= word.i < e.end]
    _cut_first_words(doc, cut)


def _people_before_person(ent) -> bool:
    """"Russian Irina Shevchenko", "Briton Tom Hale": a word for a people the tagger took into a person's name."""
    word = ent[0].lower_
    people = word in COUNTRY_OF and ent[0].tag_ == "JJ" or word in DEMONYM_NOUNS  # not "German[NNP] Gref", a given name
    named = ent.label_ == "PERSON" or ent.label_ == "NORP" and len(ent) > 2 and all(  # "[Russian Irina Shevchenko]" tagged a people
        t.pos_ == "PROPN" and t.is_title and t.lower_ not in COUNTRY_OF for t in ent[1:])
    joined = ent.start > 0 and ent.doc[ent.start - 1].is_title  # "South [African Piet Botha]": a people's word of two words
    return named and people and ent[1].is_title and not joined


def _new_before_known_body(ent) -> bool:
    """"New Southampton manager Harry Redknapp": "New" opening the sentence before a body and a post
    is the post's, when the article names the body without it elsewhere and never with it ("New
    Zealand coach", "New Labour's plans" keep it)."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    if ent[0].text != "New" or not ent[0].is_sent_start or after is None or after.lemma_.lower() not in ROLE_NOUNS | {"signing"}:
        return False
    words, size = [t.text for t in ent[1:]], len(ent) - 1
    found = [i for i in range(1, len(doc) - size + 1) if i != ent.start + 1 and [t.text for t in doc[i:i + size]] == words]
    return bool(found) and all(doc[i - 1].text != "New" for i in found)
