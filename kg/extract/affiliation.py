"""Whom a speaker speaks for: the one organisation or country a person's role ties them to ("Tim
Osborne, a director of Group Menatep", "Liverpool manager Rafael Benitez"), so that the "we" of
their quotes is that body rather than the person alone."""
from __future__ import annotations

from collections.abc import Callable, Iterable

from kg.extract.lexicon import PERSON_ROLE_HEADS
from kg.model import RawRelation

ROLE_NOUNS = PERSON_ROLE_HEADS | {  # what a person is of a body: "City boss", "a director of Menatep"
    "manager", "boss", "coach", "captain", "head", "founder", "analyst", "officer", "official", "partner",
    "owner", "member", "player", "economist", "editor", "producer", "vice", "keeper", "goalkeeper",
    "striker", "midfielder", "defender", "winger", "forward", "skipper", "spokesman", "spokeswoman",
    "spokesperson", "lawyer", "adviser", "advisor", "guitarist", "singer", "drummer", "bassist",
}
# A spokesman's "we" is the whole side they speak for, often wider than the office of their title
# ("a National Security Council spokesman": the administration), so it stays the speaker.
AFFILIATION_HEADS = ROLE_NOUNS - {"spokesman", "spokeswoman", "spokesperson"}


def affiliations(relations: Iterable[RawRelation], of: dict[int, str], is_body: Callable[[str], bool]) -> dict[str, str]:
    """Entity key of a person -> the entity key of the one body their role relations ("manager of",
    "director of") name; a person with roles in two bodies speaks for neither."""
    found: dict[str, set[str]] = {}
    for r in relations:
        words = r.predicate.split()
        if len(words) < 2 or words[-1] != "of" or words[-2] not in AFFILIATION_HEADS:
            continue
        person, body = of.get(r.subject), of.get(r.object)
        if person is not None and body is not None and is_body(body):
            found.setdefault(person, set()).add(body)
    return {person: next(iter(bodies)) for person, bodies in found.items() if len(bodies) == 1}
