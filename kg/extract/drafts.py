"""Entities while they are being resolved: what the mentions bound so far say of each, and the
tests resolution asks of them (is it a person, was it introduced, what is its label)."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from kg.extract.affiliation import ROLE_NOUNS
from kg.extract.given_names import given_name_gender
from kg.extract.lexicon import (
    COMPANY_DESCRIPTORS,
    DESCRIBED_PERSON_HEADS,
    ORGANIZATION_HEADS,
)
from kg.model import EntityType, Mention, MentionKind

PERSON_NOUNS = ROLE_NOUNS | DESCRIBED_PERSON_HEADS  # what a description of one person ends in


@dataclass
class EntityDraft:
    key: str
    type: EntityType
    names: list[str] = field(default_factory=list)  # bare names, for the label
    surfaces: list[str] = field(default_factory=list)  # every surface form, for aliases
    titles: set[str] = field(default_factory=set)
    descriptions: set[str] = field(default_factory=set)  # definite descriptions resolved to it ("the carmaker")
    gender: str = ""
    last_seen: int = -1
    spans: list = field(default_factory=list)
    type_votes: dict = field(default_factory=dict)
    named: bool = False  # some mention names it with a proper name
    capital_inside: bool = False  # some mention is capitalised inside its sentence ("Vantor"), not only at its start
    positions: list = field(default_factory=list)  # mention starts, sorted

    def seen_before(self, position: int) -> int | None:
        """The start of its latest mention before `position`, or None."""
        i = bisect.bisect_left(self.positions, position)
        return self.positions[i - 1] if i else None

    @property
    def surname(self) -> str:
        longest = max(self.names, key=lambda n: len(n.split()), default="")
        return longest.split()[-1].lower() if longest else ""

    @property
    def first_names(self) -> set[str]:
        return {n.split()[0].lower().rstrip(".") for n in self.names if len(n.split()) > 1}


def neuter_candidate(ent: EntityDraft, cand: Mention) -> bool:
    return (
        cand.subject
        and not cand.plural
        and cand.kind is not MentionKind.PRONOUN
        and not votes_person(ent)
        and (ent.type is EntityType.ORGANIZATION or ent.type is EntityType.PLACE and cand.kind is MentionKind.NAME)
    )


def subject_it(cand: Mention, m: Mention) -> bool:
    """Whether `cand` is an "it" that is a subject in the sentence of the pronoun `m`: what an its there stands for
    ("Yukos claims that it is being punished for the ambitions of its founder"), whatever the tagger made the name."""
    return cand.kind is MentionKind.PRONOUN and cand.text.lower() == "it" and cand.subject and cand.sentence_start == m.sentence_start


def unnamed_person(ent: EntityDraft, cand: Mention) -> bool:
    """A description of one person that resolution tied to nobody named ("the ex-Reds assistant
    boss"): a he or she right after it most likely means that person, so not anyone further back."""
    head = cand.text.lower().replace("-", " ").split()[-1:]
    return (
        cand.kind in (MentionKind.ROLE, MentionKind.NOMINAL) and not cand.plural and not ent.named
        and (cand.type is EntityType.PERSON or bool(head) and head[0] in PERSON_NOUNS)
    )


def introduced_person(ent: EntityDraft) -> bool:
    """A person the text introduced as one: by a full name, a title or an honorific (not a body's
    description: "Russian oil firm Yukos")."""
    person_titles = [t for t in ent.titles if not described_body(t)]
    return bool(person_titles or ent.gender or any(len(n.split()) > 1 for n in ent.names))


def described_body(title: str) -> bool:
    """A title that says a body: "Russian oil firm", "US bank", "record label"."""
    return (title.split() or [""])[-1] in ORGANIZATION_HEADS | COMPANY_DESCRIPTORS


def votes_person(ent: EntityDraft) -> bool:
    """Whether most typed mentions of the entity call it a person."""
    if not ent.type_votes:
        return ent.type is EntityType.PERSON
    person = ent.type_votes.get(EntityType.PERSON, 0)
    return person > 0 and person >= max(ent.type_votes.values())


def mostly_person(ent: EntityDraft) -> bool:
    """Whether more of the entity's typed mentions call it a person than anything else together."""
    person = ent.type_votes.get(EntityType.PERSON, 0)
    return person > sum(ent.type_votes.values()) - person


def named_for(name: str, ent: EntityDraft, surname: str) -> bool:
    """Whether the body `ent`, called `name`, bears a person's given name and `surname` ("Walt Disney",
    "James Hardie"), not a word before a body's noun ("Miramax Films", "Solicitor General", "London UKIP")."""
    words = name.split()
    return len(words) == 2 and words[1].lower() == surname and bool(given_name_gender(words[0])) and ent.type is EntityType.ORGANIZATION


def given_name_sex(ent: EntityDraft) -> str:
    """"m" or "f" where the entity was named by a given name news gives to one sex and a surname
    ("Gregory Ioannidis"), whatever the tagger typed the name; else "". ("Christian Aid", a body, is
    typed by its last word.)"""
    for name in ent.names:
        words = name.split()
        if len(words) in (2, 3) and not {w.lower() for w in words} & (ORGANIZATION_HEADS | COMPANY_DESCRIPTORS):
            if sex := given_name_gender(words[0]):
                return sex
    return ""


def draft_label(ent: EntityDraft) -> str:
    """The canonical name: the fullest bare name (most words, then the first seen)."""
    candidates = ent.names or ent.surfaces
    if not candidates:
        return ent.key
    best = max(candidates, key=lambda n: (len(n.split()), -candidates.index(n)))
    return best
