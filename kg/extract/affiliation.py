"""Whom a speaker speaks for: the one organisation or country a person's role ties them to ("Tim
Osborne, a director of Group Menatep", "Liverpool manager Rafael Benitez"), so that the "we" of
their quotes is that body rather than the person alone."""
from __future__ import annotations

from collections.abc import Callable, Iterable

from kg.extract.lexicon import PERSON_ROLE_HEADS
from kg.model import Entity, EntityType, RawRelation

ROLE_NOUNS = PERSON_ROLE_HEADS | {  # what a person is of a body: "City boss", "a director of Menatep"
    "manager", "boss", "coach", "captain", "head", "founder", "analyst", "officer", "official", "partner",
    "owner", "member", "player", "economist", "editor", "producer", "vice", "keeper", "goalkeeper",
    "striker", "midfielder", "defender", "winger", "forward", "skipper", "spokesman", "spokeswoman",
    "spokesperson", "lawyer", "adviser", "advisor", "guitarist", "singer", "drummer", "bassist",
}
# A spokesman's "we" is the whole side they speak for, often wider than the office of their title
# ("a National Security Council spokesman": the administration), so it stays the speaker.
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
AFFILIATION_HEADS = ROLE_NOUNS - SPOKESPEOPLE
# A minister's "we" is the government: the brief in "Education Secretary Ruth Kelly" is no body of
# its own unless the text names it apart from the title ("the TUC"), or it is a country.
BRIEF_HEADS = frozenset({"secretary", "minister"})


def affiliations(relations: Iterable[RawRelation], of: dict[int, str], entity: Callable[[str], Entity]) -> dict[str, str]:
    """Entity key of a person -> the entity key of the one body (organisation or place) their role
    relations ("manager of", "director of") name; a person with roles in two bodies speaks for neither."""
    found: dict[str, set[str]] = {}
    for r in relations:
        role = role_of(r)
        if role not in AFFILIATION_HEADS:
            continue
        person, body = of.get(r.subject), of.get(r.object)
        if person is None or body is None:
            continue
        kind = entity(body)
        if kind.type is EntityType.PLACE or kind.type is EntityType.ORGANIZATION and (
                role not in BRIEF_HEADS or len(kind.mentions) > 1):
            found.setdefault(person, set()).add(body)
    return {person: next(iter(bodies)) for person, bodies in found.items() if len(bodies) == 1}


def speaks_as_a_side(person: str, relations: Iterable[RawRelation], of: dict[int, str],
                     entity: Callable[[str], Entity]) -> bool:
    """Whether the speaker `person` speaks as the side itself: a body ("the SFA said: we will
    comment"), or one named as its spokesman or holding that role ("We do not support a ceasefire",
    said a National Security Council spokesman). Anyone else's "we", with no one body their role
    ties them to, is a team, a party or a government the text may never name: no one."""
    draft = entity(person)
    if draft.type is not EntityType.PERSON or draft.label.split()[-1].lower() in SPOKESPEOPLE:
        return True
    return any(of.get(r.subject) == person and role_of(r) in SPOKESPEOPLE for r in relations)


def role_of(relation: RawRelation) -> str | None:
    """The role noun of a role relation ("director" of "director of", "founder" of "co-founder of",
    "head" of "head of third party services at" and of "head of research of"), else None."""
    words = relation.predicate.split()
    if len(words) > 2 and words[-1] in ("at", "for", "to", "of") and "of" in words[1:-1]:
        words = words[: words.index("of") + 1]
    return words[-2].rsplit("-", 1)[-1] if len(words) > 1 and words[-1] == "of" else None
