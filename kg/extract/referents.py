"""What a clause's subject names for the graph: the noun a relative pronoun stands for, the name in
apposition to a noun or a post, or to which a description stands in apposition, and the source a
statement or a spokesman speaks for."""
from __future__ import annotations

from kg.extract.clauses import relative_antecedent, with_conjuncts
from kg.extract.countries import PEOPLE_WORDS
from kg.extract.lexicon import NAMED_KINDS, NER_TYPES, PERSON_ROLE_HEADS
from kg.extract.passives import thing_apposed_to_person

SPEECH_NOUNS = {"statement", "report", "letter", "announcement", "communique", "communiqué", "spokesman", "spokeswoman", "spokesperson"}  # "a statement from X said": X said
EVENT_VERBS = {"come", "be", "follow", "arrive", "prompt", "spark", "surprise", "shock", "cause", "trigger", "mean"}  # what a statement is, not says


def antecedent(token):
    """The noun a relative pronoun stands for (a noun after a list of names sums it up: "A, B and C - a list which
    leaves X short"); a common-noun apposition's named head; the name in apposition to a noun or number ("the
    mayor, Tom Reed", "one of his deputies, Ian Dunn", "the film Velta Nights", "carmaker Maruti" right after it)."""
    token = relative_antecedent(token)
    listed = token.tag_ == "NN" and (token.head.dep_ == "conj" or any(c.dep_ == "conj" for c in token.head.children))
    if token.dep_ == "appos" and (token.pos_ == "NOUN" or _one_of_a_people(token)) and token.head.pos_ == "PROPN" and not listed:
        return thing_apposed_to_person(token) or token.head
    named = next((c for c in token.children if _naming_apposition(token, c)), None) \
        if token.pos_ in ("NOUN", "NUM") or token.pos_ == "PROPN" and token.is_lower and len(token) > 3 else None  # "impresario[NNP]"
    if named is None and token.pos_ == "PROPN" and token.lower_ in PERSON_ROLE_HEADS:
        named = _apposed_person(token)
    return token if named is None else named


def _apposed_person(title):
    """The person named in apposition to a capitalised post, whose name the tagger may have run on into more words
    ("Scottish Finance Minister, Tom McCabe MSP, said"): the last word of the person's name, or None."""
    for appos in (c for c in title.children if c.dep_ == "appos"):
        person = [t for t in appos.subtree if t.ent_type_ == "PERSON"]
        if person and not any(t.dep_ == "conj" for t in appos.subtree):
            return person[-1]
    return None


def _one_of_a_people(token) -> bool:
    """A people's word with "a" or "an", which the tagger may take for a name: "Kalan Karim, an Iraqi Kurd living
    in Swansea", "Carlos Moya, a Spaniard who ...": a description of the name it follows."""
    return token.lower_ in PEOPLE_WORDS and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.lefts)


def _naming_apposition(token, appos) -> bool:
    """Whether `appos` is a name in apposition that names `token`: a person or a body, or a name, no list, after a noun of a
    named kind ("the film Velta Nights") or right after the noun ("carmaker Maruti"), whatever type the tagger gave it."""
    if appos.dep_ != "appos":
        return False
    if appos.ent_type_ in ("PERSON", "ORG"):
        return True
    adjacent = appos.left_edge.i == token.i + 1 and (appos.ent_type_ in NER_TYPES or not appos.ent_type_)
    return appos.pos_ == "PROPN" and (token.lemma_.lower() in NAMED_KINDS or adjacent) and not any(x.dep_ == "conj" for x in appos.children)


def _source(token):
    """"A statement from the committee called for", "said an SFA statement": the committee, the SFA (not "X's statement came as")."""
    if token.lemma_.lower() in SPEECH_NOUNS and token.head.lemma_.lower() not in EVENT_VERBS:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
                named = [c for c in child.children if c.dep_ == "pobj" and c.ent_type_ in NER_TYPES]
                if named:
                    return named[0]
            elif child.dep_ in ("compound", "poss") and child.ent_type_ in ("ORG", "PERSON", "GPE", "NORP"):
                return child
    return token


def referents(tokens) -> list:
    """What the subjects of a clause name for the graph: an apposition's name, a statement's
    source, and what is coordinated with those ("managers Walker and Jeffries")."""
    out = {}
    for token in tokens:
        named = _source(antecedent(token))
        for t in [named] if named.i == token.i else with_conjuncts([named]):
            out.setdefault(t.i, t)
    return list(out.values())
