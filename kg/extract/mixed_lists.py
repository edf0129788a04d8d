"""A name the small model lists with a date: in "Orange followed in early December and T-Mobile and O2
are due to launch theirs in 2005" it joins "T-Mobile" to "December", so Orange would follow in
T-Mobile. A company, a person or a place is no date: the name opens the next clause, whose subject
the parser found only in the name after it ("O2"), and the two are that clause's subject together."""
from __future__ import annotations

TIME_TYPES = {"DATE", "TIME"}
NAMED_TYPES = {"ORG", "PERSON", "GPE", "NORP"}


def names_listed_with_dates(doc) -> None:
    """Hang, in place, each name joined to a date as the subject of the clause after it (see the module's doc)."""
    for name in doc:
        date = name.head
        if name.dep_ != "conj" or name.pos_ != "PROPN" or name.ent_type_ not in NAMED_TYPES or date.ent_type_ not in TIME_TYPES:
            continue
        verb = next((v for v in date.ancestors if v.pos_ in ("VERB", "AUX")), None)
        clause = next((c for c in (verb.children if verb is not None else ()) if c.dep_ == "conj" and c.i > name.i), None)
        subject = next((c for c in (clause.children if clause is not None else ()) if c.dep_ == "nsubj"), None)
        joiner = doc[name.right_edge.i + 1] if name.right_edge.i + 1 < len(doc) else None
        if subject is None or joiner is None or joiner.lower_ != "and" or subject.left_edge.i != joiner.i + 1:
            continue
        name.head, name.dep_ = clause, "nsubj"
        subject.head, subject.dep_ = name, "conj"
        joiner.head = name
