"""Subjects the parser hides in an opening phrase of time: "On Tuesday Mitsubishi, the only
carmaker in the red, confirmed the talks" is read as "on [Tuesday Mitsubishi]" with the
apposition "the only carmaker" as the verb's subject. The name after the day is the subject, and
the noun phrase set off by commas after it describes it."""
from __future__ import annotations

TIME_PREPS = {"on", "in", "at", "by", "during"}  # "On Tuesday", "In January", "By Friday"


def dated_subjects(doc) -> None:
    """Mend, in place, every name read as the object of a time phrase ("On Tuesday Mitsubishi, the
    only carmaker in the red, confirmed"; "On Friday Barclays, the biggest lender, raised" with no
    subject at all): the name is the verb's subject and the noun phrase between commas after it
    its apposition."""
    for name in doc:
        prep = name.head
        if name.dep_ != "pobj" or name.pos_ != "PROPN" or prep.lower_ not in TIME_PREPS or name.i + 2 >= len(doc):
            continue
        day = next((c for c in name.lefts if c.dep_ == "compound" and c.ent_type_ in ("DATE", "TIME")), None)
        verb = prep.head
        if day is None or verb.pos_ not in ("VERB", "AUX") or doc[name.i + 1].text != ",":
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:  # the apposition read as the subject: "On Tuesday Mitsubishi, the only carmaker ..., confirmed"
            comma = subject.right_edge.i if subject.right_edge.text == "," else subject.right_edge.i + 1
            if subject.pos_ != "NOUN" or subject.left_edge.i != name.i + 2 or comma >= verb.i or doc[comma].text != ",":
                continue
            subject.head, subject.dep_ = name, "appos"
        elif verb.i < name.i or not any(c.dep_ == "appos" for c in name.rights):
            continue  # the verb before the name, or no apposition to say the name is what the clause is about
        day.head, day.dep_ = prep, "pobj"
        name.head, name.dep_ = verb, "nsubj"
