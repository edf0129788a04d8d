"""Roles a description states with no name beside it: a body named before the role noun ("the
Liberal Democrat leader", "a Google spokesperson", "the Hearts keeper"), a possessive owner
("Korn's guitarist", "its lawyer") or a named body after it ("the guitarist with Korn", "the
chairman of Acme") -> (whoever the description is) -ROLE of-> the body; and where a professional
works ("its Paris lawyer" -> be based in Paris). A post's own of-phrase stays in it ("Merck's head of
research" -> head of research of Merck). A role noun that titles a name ("WMC chairman
Tommie Bergman"), stands in apposition to one or follows a copula is `kg.extract.roles`'s."""
from __future__ import annotations

from dataclasses import replace

from kg.extract.affiliation import ROLE_NOUNS
from kg.extract.clauses import PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS
from kg.extract.countries import COUNTRY_OF
from kg.extract.description_phrases import named_owner
from kg.extract.lexicon import NON_ENTITY_LABELS, NOW_WORDS, PERSON_TITLES
from kg.extract.mentions import entity_of, mention
from kg.extract.names import hyphened
from kg.extract.relations import relate
from kg.extract.posts import inside_title, party_after_place, post_of_a_person, remit_elsewhere
from kg.extract.roles import as_organisation_name
from kg.extract.state import State
from kg.model import EntityType

# Role nouns a description may hold; not those that name things as often ("Sony's media player",
# "Britain's sole feta producer").
DESCRIBED_ROLES = PERSON_TITLES | ROLE_NOUNS - {"player", "producer"}
# Roles a work may come before ("Million Dollar Baby director"): a body before them must be tagged one.
WORK_ROLES = {"director", "editor"}
# Nouns of a trade: a city before one says where the person works, not whose they are ("a Paris
# lawyer", "a London analyst"), where "the Newcastle boss" is the club's.
PROFESSION_NOUNS = {
    "lawyer", "solicitor", "barrister", "attorney", "analyst", "economist", "banker", "broker", "trader",
    "consultant", "accountant", "architect", "doctor", "surgeon", "designer",
}
ROLE_PREPS = {"of", "for", "at", "with", "to"}  # "the chairman of Acme", "the guitarist with Korn", "adviser to"
OWNER_PRONOUNS = {"its", "his", "her", "our"}  # not "their", which too often finds the nearest plural noun
NAMED_BODY_TYPES = {"ORG", "GPE", "NORP"}  # what a body before a title in a definite description is tagged
# Before a role noun a capitalised word tagged otherwise ("Hearts" as a product) names the club;
# not one tagged as a person, an amount or a work.
NOT_BODY_TYPES = NON_ENTITY_LABELS | {"PERSON", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"}
NAMED_OWNER_TYPES = {"PERSON", "ORG", "GPE"}  # whose a possessive role may be: "Blair's spokesman"
DETERMINERS = {"the", "a", "an"}  # not "another Google spokesman", "no Labour MP": no one in particular
INDEFINITE = {"a", "an"}
UNIT_WORDS = 4  # the most words of a part a post is in: "head of third party services"


def description_role(state: State, para_index: int, token, offset: int) -> None:
    """"the Liberal Democrat leader" -> (whoever that is) -leader of-> Liberal Democrats; "a Google
    spokesperson" -> -spokesperson of-> Google; "Korn's guitarist", "the guitarist with Korn" ->
    -guitarist of / with-> Korn; "its Paris lawyer" -> -lawyer of-> its, -be based in-> Paris."""
    if token.tag_ != "NN" or token.dep_ in ("compound", "appos", "attr"):
        return  # a title of a name, a name's apposition, a copula's role: kg.extract.roles
    if any(c.dep_ == "amod" and c.lower_ in ("own", "fellow") for c in token.lefts):
        return  # "his own keeper": the keeper of his side; "Velta's fellow defender": Velta's peer
    determiners = [c for c in token.lefts if c.dep_ == "det"]
    if determiners and determiners[0].lower_ not in DETERMINERS:
        return
    if determiners and determiners[0].lower_ in INDEFINITE and token.dep_ not in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS:
        return  # "want a new keeper", "killed a Hamas leader": someone unknown, no one the text goes on about
    lemma = token.lemma_.lower()
    if any(c.dep_ == "amod" and c.lower_ == "best" for c in token.lefts):
        return  # "won best director for Eastwood": a prize's category, no post
    body = _body_before(token, definite=bool(determiners) and determiners[0].lower_ == "the")
    if body is not None and party_after_place(token, body):
        body = None  # "London's Labour mayor": London's mayor, of the Labour party
    modifiers = [c for c in token.lefts if c.dep_ in ("amod", "compound") and not c.ent_type_ and (body is None or c.i != body.i)
                 and c.lower_ not in NOW_WORDS]  # "the present Tory spokesman": spokesman
    wording = " ".join([hyphened(t, t.lemma_.lower() if t.pos_ == "NOUN" else t.lower_) for t in modifiers] + [lemma]) + _unit(token)  # "biggest"
    found = []  # (predicate, the body's token)
    if body is not None and body.ent_type_ == "GPE" and lemma in PROFESSION_NOUNS:
        found.append(("be based in", entity_of(body).root))
    elif body is not None:
        if body.ent_type_ not in NAMED_BODY_TYPES:
            as_organisation_name(state, para_index, body)
        found.append((f"{wording} of", entity_of(body).root if body.ent_type_ else body))
    found += [(f"{wording} of", c) for c in token.children
              if c.dep_ == "poss" and _owner(c) and not post_of_a_person(token, c) and not remit_elsewhere(token, c)][:1]
    for prep in token.rights:
        if prep.dep_ == "prep" and prep.lower_ in ROLE_PREPS:
            found += [(f"{wording} {prep.lower_}", entity_of(c).root)
                      for c in prep.children if c.dep_ == "pobj" and c.ent_type_ in NAMED_BODY_TYPES]
    holder = next((c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if found and holder is None:
        _as_person(state, para_index, token)
    for predicate, named in found:  # "Rangers' striker Dad Prso", "the Turkish minister, Ali Babacan": the name's
        relate(state, para_index, token if holder is None else holder, predicate, named, confidence=0.7)


def _unit(token) -> str:
    """" of research" for "Merck's head of research", "the head of research at Merck": the part of
    a body a post is in, named by the post's own of-phrase (common nouns, no name: not "the chairman
    of Acme"), which the post keeps before the body; "" when there is none."""
    part = next((c for p in token.rights if p.dep_ == "prep" and p.lower_ == "of" for c in p.children
                 if c.dep_ == "pobj" and c.pos_ == "NOUN" and not c.ent_type_), None)
    words = [t for t in token.doc[part.left_edge.i:part.i] if t.dep_ != "det"] if part is not None else []
    if part is None or len(words) >= UNIT_WORDS or any(t.dep_ not in ("amod", "compound") for t in words):
        return ""  # "head of the party's London campaign": a part of something else
    return " of " + " ".join(t.lower_ for t in [*words, part])


def _as_person(state: State, para_index: int, token) -> None:
    """The description headed by the role noun `token` is somebody ("the Hearts keeper"), whatever
    its noun alone made of it."""
    found = mention(state, para_index, token)
    if found is not None and state.mentions[found].type in (None, EntityType.CONCEPT):
        state.mentions[found] = replace(state.mentions[found], type=EntityType.PERSON)


def _body_before(token, *, definite: bool):
    """The body named before the role noun, or None: a party, state or people before a title in a
    definite description ("the Liberal Democrat leader", "the Tory leader"); a club or a firm, tagged
    or capitalised inside the sentence, right before any role noun ("a Google spokesperson", "the
    Hearts keeper"; not "the Brazilian striker", whose adjective says where he is from)."""
    lemma = token.lemma_.lower()
    owned = named_owner(token) is not None  # "Screen International's US editor": the US is a remit
    if definite and lemma in PERSON_TITLES and not owned:
        found = next((c for c in token.lefts if c.dep_ in ("compound", "amod") and c.ent_type_ in NAMED_BODY_TYPES), None)
        if found is not None:
            return found
    compounds = [c for c in token.lefts if c.dep_ == "compound"]
    if not compounds or compounds[-1].i != token.i - 1:
        return None
    named = compounds[-1]
    if (named.ent_type_ == "NORP" or named.lower_ in COUNTRY_OF) and lemma not in PERSON_TITLES or inside_title(named) \
            or owned and named.ent_type_ in ("GPE", "LOC", "NORP") and lemma not in PROFESSION_NOUNS:
        return None  # "a Scots keeper" is from Scotland ("a Labour MP" is the party's); "Dancer In The Dark director"
    if lemma in WORK_ROLES and named.ent_type_ not in NAMED_BODY_TYPES:
        return None
    return named if _named_body(named) else None


def _named_body(token) -> bool:
    """A word before a role noun that names a body or a place: tagged as anything but a person, an
    amount or a work, or a capitalised proper noun inside the sentence that is no title word
    ("Hearts", "Google")."""
    if token.lower_.rstrip(".") in PERSON_TITLES or token.is_lower:
        return False
    if token.ent_type_:
        return token.ent_type_ not in NOT_BODY_TYPES
    return token.pos_ == "PROPN" and not token.is_sent_start


def _owner(token) -> bool:
    """A possessive that may hold a role: a named person, body or place ("Korn's", "Blair's") or a
    pronoun standing for one ("its", "his")."""
    if token.tag_ == "PRP$":
        return token.lower_ in OWNER_PRONOUNS
    if token.ent_type_:
        return token.ent_type_ in NAMED_OWNER_TYPES
    return token.pos_ == "PROPN" and token.text[:1].isupper()
