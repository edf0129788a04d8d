"""A participle set off by commas after a subject, which the small model reads as that subject's
verb: in "Tom Reed, asked about the deal by reporters, said nothing" the reporters asked him and he
said nothing; in "Tom Hale, elected president in May, has urged MPs to act" he was elected and he
urges. The participle describes the subject; the main verb after it is the subject's
(`kg.extract.repair_clauses` rehangs the words)."""
from __future__ import annotations

MEASURE_TYPES = {"PERCENT", "MONEY", "QUANTITY", "CARDINAL"}  # "grew by 5%": by how much, no doer


def passive_aside(verb):
    """(subject, main verb, by-phrase or None) when a participle set off by commas after a subject was
    read as that subject's verb, the main verb then an adverbial clause's head, the head of a clause
    beside it, or the participle's conjunct. A by-phrase makes an -ed word a participle, which has
    no subject of its own; with none, its tag does ("elected[VBN]"), or a main verb with its own
    auxiliary and no "and" before it ("X, elected[VBD] in May, has urged"). Else None."""
    doc = verb.doc
    agent = next((c for c in verb.children if c.dep_ == "agent"), None) or next(  # or hung on the participle or its own phrase
        (t for t in verb.subtree if t.lower_ == "by" and t.dep_ == "prep" and t.i > verb.i
         and (t.head.dep_ == "pobj" or t.head.i == verb.i and _doer_after(t))), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    bare = verb.tag_ in ("VBN", "VBD") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    if not (verb.tag_ == "VBD" and agent is not None or bare and agent is None) or subject is None or doc[verb.i - 1].text != ",":
        return None
    if verb.dep_ in ("advcl", "parataxis") and verb.head.i > verb.i:
        main = verb.head
    elif verb.dep_ == "ROOT":
        main = next((c for c in verb.children if c.dep_ == "conj" and c.i > (agent or verb).i and (
            c.tag_ in ("VBD", "VBZ", "VBP") or c.tag_ == "VBN" and any(a.dep_ == "aux" and a.i < c.i for a in c.children))), None)
    else:
        return None
    if main is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in main.children):
        return None
    if agent is None and (verb.tag_ == "VBD" and not any(a.dep_ == "aux" for a in main.children)
                          or any(t.dep_ == "cc" for t in doc[verb.i:main.i])):
        return None
    return subject, main, agent


def _doer_after(by) -> bool:
    """Whether the noun after "by" can be a doer, not a measure ("grew by 5%")."""
    return any(c.dep_ == "pobj" and c.pos_ in ("PROPN", "NOUN") and c.ent_type_ not in MEASURE_TYPES for c in by.children)


REPUTATION_PARTICIPLES = {"known", "famous", "noted", "renowned", "famed", "notorious", "celebrated"}  # "known for producing X"


def reputation_read_as_clause(word):
    """The noun right before a participle of reputation that the parser hung on the clause's verb
    ("lives in the city of Hyderabad known[advcl of lives] for producing cricketers"): the city is
    known for it, so the participle describes the noun, no clause of the verb's subject. Else None."""
    noun = word.doc[word.i - 1] if word.i > 0 else None
    if word.lower_ not in REPUTATION_PARTICIPLES or word.dep_ not in ("advcl", "conj", "xcomp") or noun is None \
            or noun.pos_ not in ("NOUN", "PROPN") or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in word.children) \
            or not any(c.dep_ == "prep" and c.lower_ in ("for", "as") for c in word.children):
        return None
    return noun
