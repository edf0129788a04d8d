"""A who-clause the small model hangs on a noun further back when a name stands right before its
"who": in "Kenteris, who won the 200m title at the Sydney Games, and Thanou, 30, who won the 100m
silver medal" it hangs the second clause on "Games", so the Games would have won the silver. A
who-clause right after a name, or after a name and its age set off by commas, is that name's, unless
the name closes a list the clause was hung on ("Ana Ruiz and Tom Hale, who founded": both) or sits in
the phrase of the noun it was hung on ("Conchita Martinez of Spain, who ousted": Martinez). A place in
that phrase is not who either ("the police in Leeds, who have charged": the police; "Patty Schnyder from
Switzerland, who defeated": Schnyder)."""
from __future__ import annotations

from kg.extract.lexicon import NAMED_PLACE_LABELS

NO_DOER_TYPES = {"EVENT", "DATE", "TIME", "FAC", "LOC", "PRODUCT", "WORK_OF_ART"}  # what a "who" never stands for


def who_clauses_after_names(doc) -> None:
    """Hang, in place, each who-clause on the name right before its "who" when the parser hung it elsewhere."""
    for who in doc:
        clause = who.head
        if who.lower_ != "who" or who.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "relcl" or who.i < 2:
            continue
        before = who.i - 1
        if doc[before].text == ",":
            before -= 1
            if doc[before].like_num and before >= 2 and doc[before - 1].text == ",":  # "Thanou, 30, who"
                before -= 2
        name = doc[before]
        joined = name.dep_ == "conj" and name.head.i == clause.head.i
        listed = joined and clause.head.ent_type_ not in NO_DOER_TYPES  # "Ana Ruiz and Tom Hale, who": both
        inside = any(a.i == clause.head.i for a in name.ancestors) and not joined  # "Martinez of Spain, who": Martinez
        if name.pos_ == "PROPN" and clause.head.i != name.i and clause.head.ent_type_ != "PERSON" and not listed and not inside \
                and name.ent_iob_ in ("B", "I") and (name.i + 1 == len(doc) or doc[name.i + 1].ent_iob_ != "I") \
                and not any(a.i == clause.i for a in name.ancestors):
            clause.head = name
        elif (place := clause.head).ent_type_ in NAMED_PLACE_LABELS and place.dep_ == "pobj" and place.i == before and place.head.lower_ in ("in", "at", "from"):
            noun = place.head.head if place.head.head.pos_ in ("NOUN", "PROPN") else doc[place.head.i - 1]  # "Ann Dale from[face] Spain"
            if noun.pos_ in ("NOUN", "PROPN") and noun.ent_type_ not in NAMED_PLACE_LABELS and (noun.i == place.head.head.i or noun.ent_type_ == "PERSON"):
                clause.head = noun  # "the police in Leeds, who have charged": the police
