"""Labels that keep the short complement that makes a common noun a particular thing: "a firm
order for 30 of the aircraft", "the selection of a jury", "the province of Buenos Aires". A reader
signs "Japan Airlines made a firm order for 30 of the aircraft"; "made firm order" says nothing.
Only concepts (people, bodies and places are named by their own rules), and only complements
without a name in them: a name is an end of its own ("the likes of Intel" is Intel), and a label
that holds one would be read as that name.
"""
from __future__ import annotations

from dataclasses import replace

from kg.extract.lexicon import ORGANIZATION_HEADS, PERSON_ROLE_HEADS, PERSON_TITLES
from kg.model import EntityType, Mention, MentionKind

# Nouns whose for-phrase says what they are of ("an order for 30 jets", "demand for oil"); after
# other nouns "for" more often says whom or why ("a break for the hostages").
FOR_NOUNS = {
    "order", "demand", "bid", "need", "search", "call", "appetite", "responsibility", "support", "plan",
    "proposal", "request", "deal", "contract", "licence", "license", "warrant", "market", "target", "price",
}
# Words a short complement may be made of: determiners, modifiers, numbers and a nested of-phrase
# ("30 of the aircraft"); no clause, no second preposition that could belong to the verb.
COMPLEMENT_DEPS = {"det", "amod", "compound", "nummod", "poss", "case", "quantmod", "pobj", "punct", "nmod"}
MAX_COMPLEMENT = 6  # words after the head: longer phrases are clauses in all but name
NAMED_TYPES = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"}


def complement_end(token) -> int | None:
    """The index after a short complement of the noun `token` ("for 30 of the aircraft"), or None."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].head.i != token.i or doc[token.i + 1].dep_ != "prep":
        return None
    prep = doc[token.i + 1]
    if not (prep.lower_ == "of" or prep.lower_ == "for" and token.lemma_.lower() in FOR_NOUNS):
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "NUM"):
        return None
    words = list(obj.subtree)
    while words and words[-1].text in (".", ",", ";", ":", "!", "?"):
        words.pop()  # "the tune of $600m." ends before its full stop
    if len(words) + 1 > MAX_COMPLEMENT or words[0].i != prep.i + 1:
        return None
    for t in words:
        nested_of = t.dep_ == "prep" and t.lower_ == "of" and t.head.i == obj.i  # "30 of the aircraft"
        if not nested_of and t.i != obj.i and t.dep_ not in COMPLEMENT_DEPS or t.pos_ in ("VERB", "AUX", "PRON"):
            return None
        if t.pos_ == "PROPN" or t.ent_type_ in NAMED_TYPES or t.text in (",", ";", ":", "(", ")"):
            return None
    return words[-1].i + 1


def with_complement(nominal: Mention, token) -> Mention:
    """`nominal`, a concept's mention at the noun `token`, with its short complement in its label."""
    if nominal.kind not in (MentionKind.NOMINAL, MentionKind.ROLE) or nominal.type not in (None, EntityType.CONCEPT):
        return nominal
    if token.lemma_.lower() in PERSON_TITLES | PERSON_ROLE_HEADS | ORGANIZATION_HEADS:
        return nominal  # "the president of France", "the owner of Yukos": roles, named by kg.extract.roles
    if not nominal.text.endswith(token.text) or (end := complement_end(token)) is None:
        return nominal  # the label already runs past its head ("the politics of fear"), or no complement
    doc = token.doc
    text = nominal.text + token.whitespace_ + doc[token.i + 1:end].text
    key = " ".join([nominal.key] + [t.lemma_.lower() for t in doc[token.i + 1:end] if not t.is_punct])
    # a description with its complement names a thing of its own ("the selection of a jury"), not a known name
    return replace(nominal, kind=MentionKind.NOMINAL, type=EntityType.CONCEPT, title=None, text=text, name=text, key=key)
