"""Where a named thing is, from the in-phrase the parser hung on it: "the Olympic Dam mine in South
Australia" -> mine -be in-> South Australia; "an economist at Acme Bank in Paris" -> the bank is in Paris;
"the Academy's headquarters in Beverly Hills" -> the Academy has headquarters there."""
from __future__ import annotations

from kg.extract.affiliation import ROLE_NOUNS
from kg.extract.lexicon import (
    FACILITY_HEADS,
    GATHERING_NOUNS,
    HAPPENING_NOUNS,
    NAMED_PLACE_LABELS,
    NER_TYPES,
    NON_ENTITY_LABELS,
    ORGANIZATION_HEADS,
)
from kg.extract.mentions import entity_of
from kg.extract.relations import relate
from kg.extract.state import State

SITE_HEADS = {"church", "school", "university", "factory", "headquarters", "hotel", "museum", "theatre", "court",
              "office", "studio", "embassy", "consulate", "shop", "store", "restaurant", "cafe", "farm", "village", "town"}
PEOPLE_LABELS = ("PERSON", "NORP")  # a person, or a people standing for a team ("the Scots")


def _acted_on(noun) -> bool:
    """A person or a people named as the object of a preposition, what an act is done to or for ("a
    win over Alan Webb in Boston", "what happened to Paula in Athens"): the in-phrase the parser hung
    on the name says where the act took place, not where they are; a subject is where the phrase puts
    them ("the BBC's Sarah Rainsford in Moscow says"), and so, as often as not, an object ("portrayed
    Bryce Canyon National Park, in Utah", which the tagger calls a person)."""
    while noun.dep_ in ("conj", "appos"):  # "Peter Hain in Cardiff and John Spellar in Belfast"
        noun = noun.head
    return noun.ent_type_ in PEOPLE_LABELS and noun.dep_ == "pobj"


def _employer_before(prep):
    """The named organisation of a role noun's at- or of-phrase just before its in-phrase, which the
    parser hung on the role noun: in "an economist at Acme Bank in Paris" the bank is in Paris."""
    before = prep.doc[prep.i - 1]
    if before.ent_type_ != "ORG" or before.dep_ not in ("pobj", "compound"):
        return None
    name = entity_of(before)
    if name is not None and any(t.dep_ == "cc" for t in name):
        return None  # "Brandt and Holm": the parser splits the name at "and"
    head = name.root if name is not None else before
    if head.dep_ == "pobj" and head.head.lower_ in ("at", "of", "with") and head.head.head.i == prep.head.i:
        return head
    return None


def noun_location(state: State, para_index: int, prep, offset: int) -> None:
    """"the Olympic Dam mine in South Australia" -> mine -be in-> South Australia: a named place after a named thing (or a
    site with a name in it) says where it is; after a site a name owns, where the owner has it ("the Academy's headquarters in ...")."""
    noun = prep.head
    if next(c for c in noun.children if c.dep_ == "prep" and c.lower_ == "in").i != prep.i:
        return  # "Bordeaux in France and Oporto in Portugal": only the phrase next to the noun is its own
    places = [c for c in prep.children if c.dep_ == "pobj" and c.ent_type_ in NAMED_PLACE_LABELS and not c.is_lower]
    if noun.pos_ not in ("NOUN", "PROPN") or not places or noun.ent_type_ in NON_ENTITY_LABELS or noun.like_num or (
            noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in GATHERING_NOUNS):
        return  # "a meeting of the Commission for Africa in Cape Town": where the meeting is
    named = noun.ent_type_ in ("ORG", "FAC", "GPE", "LOC", "EVENT") or noun.pos_ == "PROPN" and not noun.is_lower
    site = noun.lemma_.lower() in FACILITY_HEADS | ORGANIZATION_HEADS | SITE_HEADS
    place = entity_of(places[0]).root
    if noun.pos_ == "NOUN" and {noun.lemma_.lower(), noun.lower_} & HAPPENING_NOUNS and not noun.ent_type_:
        relate(state, para_index, noun, "take place in", place, confidence=0.6)  # "attacks in Riyadh"
        return
    employer = _employer_before(prep)
    if noun.lemma_.lower() in ROLE_NOUNS and employer is not None:
        relate(state, para_index, employer, "be in", place, confidence=0.6)  # "economist at Acme Bank in Paris"
        return
    owner = next((c for c in noun.children if c.dep_ == "poss" and (c.ent_type_ in NER_TYPES or c.pos_ == "PROPN")), None)
    if site and not named and owner is not None:  # "the Academy's headquarters in Beverly Hills": the Academy has them there
        relate(state, para_index, owner, f"have {noun.lemma_.lower()} in", place, confidence=0.6)
    elif named and not _acted_on(noun) or site and any(c.dep_ == "compound" and c.ent_type_ in NER_TYPES for c in noun.children):
        relate(state, para_index, noun, "be in", place, confidence=0.6)  # "the Olympic Dam mine in South Australia"
    # "prices in Asia", "a refugee camp in Gaza": where something happened, or a thing no name identifies
