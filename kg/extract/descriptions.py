"""Definite descriptions that name again what the article named: "the firm", "the carmaker",
"the bank" for a company; "the 34-year-old", "the Russian", "the striker" for a person.

A description of a body goes to an organisation named earlier that it fits: first one a title or
an apposition described with the same noun ("US bank Citigroup ... the bank"); then, for a noun
any company may be called by ("the firm") or a trade's noun ("the carmaker") that describes no
other kind of body in view, the one named in this sentence or the one before, a subject there
first and then the latest, else (for
"the firm" only) the one the article made its subject most. A description of a person goes to the person described by the
same noun ("Swiss star Roger Federer ... the star"), else to the latest person the text made a
subject (for a people's name, "the Russian", only when no other person is in view). Neither is
ever what the same clause already names ("Apple sued the firm" is not Apple suing itself); with
no candidate that fits, the description stays a description, as before.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from itertools import pairwise

from kg.extract.countries import COUNTRY_OF
from kg.extract.drafts import EntityDraft, draft_label, introduced_person, votes_person
from kg.extract.lexicon import (
    AGENT_SUFFIXES,
    BODY_DESCRIPTION_NOUNS,
    CLUB_NAME_ENDINGS,
    COUNTRY_NAMES,
    DESCRIBED_PERSON_HEADS,
    GENERIC_BODY_NOUNS,
    PERSON_ROLE_HEADS,
    WORK_NOUNS,
)
from kg.extract.posts import same_office
from kg.model import EntityType, Mention, MentionKind, RawRelation

# Nouns of one trade that may stand for the company in focus when no company was so described
# ("Daimler ... the carmaker"): in commerce the article's company is the likely one.
TRADE_NOUNS = frozenset({
    "carmaker", "automaker", "chipmaker", "maker", "giant", "retailer", "insurer", "lender", "airline",
    "miner", "brewer", "manufacturer", "producer", "conglomerate", "operator",
})
COMPANY_NOUNS = frozenset({"firm", "company", "business", "concern", "corporation"})  # what trades for profit
# Words for what a company sells that end its name: "the music" after "Universal Music" is the music, not the label
GOODS_HEADS = frozenset({
    "music", "records", "pictures", "films", "games", "entertainment", "media", "software", "electronics", "energy",
    "gas", "oil", "power", "water", "mail", "post", "foods", "drinks", "motors", "airways", "sport", "sports", "arts",
    "insurance", "finance", "capital", "steel", "telecom", "telecoms", "television", "radio", "news",
})
# Bodies that are not companies: "the firm" is not the regulator, the party or the club in view.
NOT_COMPANY_NOUNS = frozenset({
    "regulator", "watchdog", "agency", "committee", "charity", "party", "union", "council", "ministry",
    "department", "court", "commission", "government", "band", "club", "team", "side", "league", "federation",
    "chamber", "body", "association", "authority", "assembly", "parliament", "tribunal", "institute", "university",
})
VAGUE_NOUNS = frozenset({"giant", "maker", "producer", "operator", "group"})  # of any trade: "car giant", "chip maker"
NEWS_WORDS = frozenset({"news", "newspaper", "broadcaster"})  # what a news source is described as ("news agency Reuters")
# words of the names of newspapers and news agencies ("the Wall Street Journal", "the Sunday Telegraph", "Reuters")
NEWSPAPER_NAME_WORDS = frozenset({"journal", "times", "telegraph", "herald", "gazette", "tribune", "chronicle", "guardian", "reuters"})
# a description's noun -> the titles of its kinds: "the writer" may be the novelist named before
KINDS_OF = {"writer": frozenset({"novelist", "author", "playwright", "screenwriter", "poet", "columnist", "biographer"}),
            "author": frozenset({"novelist", "playwright", "poet", "biographer"}),
            "musician": frozenset({"singer", "guitarist", "drummer", "bassist", "pianist", "rapper", "violinist"})}
AGE = r"\b\d+-year-old\b"  # "the 26-year-old"
PERSON_WINDOW = 24  # earlier resolved mentions a person description looks back over
# "the country", "the city": a place the article just named, a country or not as the noun says
PLACE_DESCRIPTIONS = {"country": True, "nation": True, "city": False, "capital": False, "town": False}
COUNTRIES = frozenset(name.lower() for name in COUNTRY_OF.values()) | COUNTRY_NAMES.keys() | {
    "new zealand", "south africa", "south korea", "north korea", "iceland", "peru", "ghana", "ethiopia",
    "sri lanka", "bangladesh", "kazakhstan", "uganda", "zambia", "tanzania", "cameroon", "senegal",
}
RANK_WORDS = frozenset({"best", "worst", "last", "next", "first", "previous", "future"})  # "the best director": a prize or a post
OFFICE_HEADS = frozenset({  # roles of those who run things, whom "the 26-year-old" or "the striker" does not mean
    "executive", "chairman", "chairwoman", "boss", "manager", "coach", "president", "minister", "secretary", "director",
    "spokesman", "spokeswoman", "owner", "chief", "official", "agent", "referee", "judge", "leader",
})


# Works and happenings a reader knows only by name: "the song", "the event" alone identify nothing.
# ("the game", "the show" in sport and on stage are the one being played or put on: they stay)
BARE_REFERENCE_NOUNS = WORK_NOUNS - {"game", "show"} | {"event", "project", "award", "prize", "tournament", "competition", "contest"}


def bare_reference(ent: EntityDraft, mention: Mention, *, subject: bool = False) -> bool:
    """Whether `ent` is a work or an event the text calls only "the film" or "the event" (`mention`
    a definite description), which no name in view resolved: a fact of it ("Midge Ure wrote the
    song") tells a reader nothing. "Won an award for X" says what kind of thing was won: it stays.
    As a `subject`, so is one called only by a people's word, alone or before a person's trade ("The
    Russian wrapped up victory", "the British number two played X", "the Spanish goalkeeper"): the
    player no name resolved, whom a reader cannot tell from the rest of the draw."""
    words = BARE_REFERENCE_NOUNS | (COUNTRY_OF.keys() if subject else set())
    kinds = (MentionKind.ROLE, MentionKind.NOMINAL) if subject else (MentionKind.ROLE,)
    return mention.kind in kinds and not ent.named and bool(ent.names) and all(
        n.lower() in words and mention.kind is MentionKind.ROLE or subject and _people_trade(n.lower().split()) for n in ent.names)


def _people_trade(words: list[str]) -> bool:
    """A people's word and a person's trade or rank: "spanish goalkeeper", "british number two"."""
    return len(words) > 1 and words[0] in COUNTRY_OF and (words[-1] in DESCRIBED_PERSON_HEADS | PERSON_ROLE_HEADS | {"seed"}
                                                         or words[-2] == "number")


def head_word(title: str) -> str:
    """The noun a description is named by: "34-year-old" -> "year-old", "oil giant" -> "giant",
    "the case of a party" -> "case" (not the noun of its of-phrase)."""
    last = (title.split(" of ")[0].split() or [""])[-1]
    return "year-old" if last.endswith("year-old") else last


def body_noun(title: str) -> str | None:
    """The body noun of a description of an organisation ("the Italian firm" -> "firm"), or None."""
    head = head_word(title)
    return head if head in BODY_DESCRIPTION_NOUNS else None


def person_noun(title: str, mention: Mention) -> str | None:
    """The person noun of a description of one person ("the 34-year-old", "the striker", "the
    Russian" -> "russian"), or None."""
    if mention.plural:
        return None
    head = head_word(title)
    if head in DESCRIBED_PERSON_HEADS or mention.type is EntityType.PERSON and len([w for w in title.split() if "year-old" not in w]) == 1:
        return head
    return None


def _naming_modifiers(mention: Mention) -> bool:
    """Whether the words before a description's noun only say where from or how old ("the Italian
    firm", "the 20-year-old midfielder"): such a description may be of the one in view, unlike a
    kind ("the age group", "the music player") or a rank ("the next bank", "the best actor")."""
    return all(w[:1].isupper() or w.lower().endswith("year-old") for w in mention.text.split()[:-1])


def co_arguments(relations: Iterable[RawRelation]) -> dict[int, set[int]]:
    """Mention id -> the mentions it shares a relation with, or the verb and subject of one: what the
    same clause names beside it ("Apple sued the firm"; "moved from Munich to the city": not Munich)."""
    out: dict[int, set[int]] = {}
    objects: dict[tuple, set[int]] = {}
    for r in relations:
        out.setdefault(r.subject, set()).add(r.object)
        out.setdefault(r.object, set()).add(r.subject)
        objects.setdefault((r.subject, r.sentence, r.predicate.split()[0]), set()).add(r.object)
    for group in objects.values():
        for obj in group:
            out[obj] |= group - {obj}
    return out


def _words(ent: EntityDraft) -> set[str]:
    """The words of the titles, descriptions and names given to `ent`, in lower case."""
    return {w for t in ent.titles | ent.descriptions | {n.lower() for n in ent.names} for w in _words_of(t)}


def described_by(ent: EntityDraft, noun: str) -> bool:
    """Whether a title, an apposition, a name or an earlier description called `ent` a `noun`, or a kind of
    one ("Novelist Arthur Hailey ... The writer")."""
    described = {w for t in ent.titles | ent.descriptions for w in _words_of(t)}
    return noun in described or any(kind_of(word, noun) for word in described) \
        or any(len(n.split()) > 1 and name_head(n) == noun for n in ent.names)


def kind_of(title: str, noun: str) -> bool:
    """Whether a person titled `title` is a kind of what `noun` describes ("novelist" of "writer")."""
    return title in KINDS_OF.get(noun, frozenset())


def name_head(name: str) -> str:
    """The noun a name is headed by: its last word, or the word before its "of" ("National Union of
    Journalists" is a union); none where that word names goods ("Universal Music" is no music)."""
    words = name.lower().split()
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return "" if head in GOODS_HEADS else head


def _words_of(title: str) -> set[str]:
    split = title.replace("-", " ").split()
    return set(split) | {a + b for a, b in pairwise(split)}  # "car maker" is a carmaker


def organisation_antecedent(
    title: str, mention: Mention, earlier: list[tuple[int, str, Mention]], entities: dict[str, EntityDraft], excluded: set[str],
) -> EntityDraft | None:
    """The organisation among `earlier` resolved mentions that the body description `title` names,
    or for "the country" or "the city" the place (`place_antecedent`)."""
    noun = body_noun(title)
    if noun is None:
        return place_antecedent(title, earlier, entities, excluded)
    counts: Counter[str] = Counter()
    subjects: Counter[str] = Counter()
    named: set[str] = set()
    for _pos, key, cand in earlier:
        counts[key] += 1
        subjects[key] += cand.subject
        if cand.kind is MentionKind.NAME and not (cand.plural and " " not in cand.name):  # not "the Americans"
            named.add(key)
    # an organisation, or a name the tagger gave no type that the text made a subject ("Parmalat filed")
    bodies = [entities[k] for k in counts if k in named and k not in excluded and (
        entities[k].type is EntityType.ORGANIZATION or entities[k].type is EntityType.CONCEPT and subjects[k])]
    last = {key: pos for pos, key, _cand in earlier}
    modifiers = mention.text.split()[:-1]
    # words before the noun fit when they name a place or a people ("the Italian firm") or the
    # organisation's own description has them ("Russian oil firm Yukos ... the oil giant")
    unmodified = bodies
    bodies = [e for e in bodies if all(_where_from(w) or w.lower() in _words(e) for w in modifiers)]
    described = [e for e in bodies if described_by(e, noun)]
    if described:
        return max(described, key=lambda e: (len({w.lower() for w in modifiers} & _words(e)), last[e.key]))
    if noun in GENERIC_BODY_NOUNS or noun in TRADE_NOUNS:
        other_kinds = (NOT_COMPANY_NOUNS if noun in COMPANY_NOUNS else BODY_DESCRIPTION_NOUNS - GENERIC_BODY_NOUNS - VAGUE_NOUNS) - {noun}
        fitting = [e for e in bodies if _may_be(e, other_kinds, noun)]
        previous = max((c.sentence_start for _p, _k, c in earlier if c.sentence_start < mention.sentence_start), default=0)
        near = [e for e in fitting if last[e.key] >= previous]
        recent_subjects = {k for _p, k, c in earlier if c.subject and c.sentence_start >= previous}
        if near:  # named in this sentence or the one before: a subject there first, then the latest ("a statement from X ... the group said")
            return max(near, key=lambda e: (e.key in recent_subjects, last[e.key]))
        trade = [e for e in unmodified if last[e.key] >= previous and _may_be(e, other_kinds, noun)] \
            if (noun in TRADE_NOUNS or noun in COMPANY_NOUNS) and modifiers else []
        if len(trade) == 1 and all(w.islower() for w in modifiers):  # also "IBM ... the computer company"
            return trade[0]  # "Apple ... the computer giant": a trade the article never gave the one company in view
        if fitting and noun in GENERIC_BODY_NOUNS:  # else the one the article makes its subject most
            return max(fitting, key=lambda e: (subjects[e.key], counts[e.key], last[e.key]))
    return None


def subject_owner(title: str, mention: Mention, earlier: list[tuple[int, str, Mention]], entities: dict[str, EntityDraft]) -> EntityDraft | None:
    """The body whose possessive opens the subject of the sentence a body description `title` is in, before it:
    "Its shares fell as the bank raised funds" - whose shares, not another bank named before; else None."""
    if (noun := body_noun(title)) is None:
        return None
    owners = {k for _p, k, c in earlier if c.owns_subject and c.sentence_start == mention.sentence_start}
    body = entities[owners.pop()] if len(owners) == 1 else None
    if body is None or body.type is not EntityType.ORGANIZATION:
        return None
    return body if _may_be(body, BODY_DESCRIPTION_NOUNS - GENERIC_BODY_NOUNS - {noun}, noun) else None


def _where_from(word: str) -> bool:
    """Whether a capitalised word before a body noun says only where the body is from ("the
    Italian firm", "the US-based company"), which any body in view may be; a name ("the Labour
    party") fits only the body it names."""
    return word[:1].isupper() and word.lower() not in ("the", "a") and (
        word.endswith(("an", "ish", "ese", "i", "ch", "-based")) or word.isupper() and len(word) <= 3)


def _may_be(ent: EntityDraft, other_kinds: frozenset[str], noun: str) -> bool:
    """Whether a body description may name `ent`: a news source is not what the news is about ("told
    Reuters", "said the Wall Street Journal": not "the company" nor "the group", though it may be "the
    agency"), and what another trade's noun described is not this one ("the bank" is no carmaker),
    though any of them is a company."""
    paper = noun != "agency" and any(NEWSPAPER_NAME_WORDS & set(n.lower().split()) for n in ent.names)
    return not paper and not NEWS_WORDS & _words(ent) and not any(described_by(ent, other) for other in other_kinds)


def person_antecedent(
    noun: str, mention: Mention, earlier: list[tuple[int, str, Mention]], entities: dict[str, EntityDraft], excluded: set[str],
) -> EntityDraft | None:
    """The person among `earlier` resolved mentions that the person description `noun` names: one
    described by that noun; else, with one person in view, that person when a subject or the
    description names a body; with several, only a name beside it in its sentence that is no subject
    ("took the ball from Craig Gordon, leaving the Hearts keeper down"): the last subject is a guess
    that the audits' readers found wrong more often than right ("Whelan laid the ball off to Winter,
    but his effort was gathered by the United keeper"). A people's name ("the Russian") takes one
    only when no other person is in view."""
    if not _naming_modifiers(mention):
        return None  # "the music player", "the best actor": a kind of thing or a prize, not the person in view
    people = [(pos, key, cand) for pos, key, cand in outside_reporter(earlier[-PERSON_WINDOW:], mention)
              if key not in excluded and votes_person(entities[key]) and not cand.plural
              and not other_age(entities[key], mention.title or "")]  # "the 34-year-old ... the 22-year-old": two people
    for _pos, key, _cand in reversed(people):
        if described_by(entities[key], noun):
            return entities[key]
    several = len({key for _pos, key, _cand in people}) > 1
    if noun not in DESCRIBED_PERSON_HEADS and several:
        return None  # "Safin beat Ancic. The Croatian ...": which one is Croatian, the text has not said
    of_a_body = _names_a_body(mention, entities)
    for _pos, key, cand in reversed(people):
        ent = entities[key]
        beside = of_a_body and cand.kind is MentionKind.NAME and cand.sentence_start == mention.sentence_start and not cand.subject
        if (beside or not several and (cand.subject or of_a_body)) and ent.named and introduced_person(ent) and not _runs_things(ent):
            return ent
    return None


def _names_a_body(mention: Mention, entities: dict[str, EntityDraft]) -> bool:
    """Whether a capitalised word before the description's noun is the name of a body or place
    the text named ("the Hearts keeper" after "Hearts"): the description says whose player it is,
    and needs no subject to stand for, as "the striker" would."""
    bodies = {n.lower() for e in entities.values() if e.type is not EntityType.PERSON for n in e.names}
    return any(_bare(w) in bodies for w in mention.text.split()[:-1] if w[:1].isupper())


def _bare(word: str) -> str:
    """A word in lower case without its possessive ending: "Rangers'" -> "rangers"."""
    word = word.lower()
    return word[:-2] if word.endswith("'s") else word.rstrip("'")


def outside_reporter(earlier: list[tuple[int, str, Mention]], mention: Mention | None) -> list[tuple[int, str, Mention]]:
    """`earlier` without the main subject of the description's own sentence when the description is
    inside a clause that subject governs: in "Conte claims the American sprinter used drugs" and
    "Meersseman hinted that the winger could be fit" the sprinter and the winger are someone else."""
    if mention is None or mention.main_subject:
        return earlier
    return [r for r in earlier if not (r[2].main_subject and r[2].sentence_start == mention.sentence_start)]


def focus_person(earlier: list[tuple[int, str, Mention]], entities: dict[str, EntityDraft], description: str,
                 mention: Mention | None = None) -> EntityDraft | None:
    """The person in focus a role description with no holder named stands for ("said Charles
    Kennedy. ... the Liberal Democrat leader said"): the latest subject among `earlier` resolved
    mentions that is an introduced person, if it may hold the role (`may_hold`) and no other person
    who may was named after it ("Tony Blair ... his relationship with Gordon Brown. ... the
    chancellor": which of the two, the text has not said)."""
    rivals = set()
    for _pos, key, cand in reversed(outside_reporter(earlier, mention)):
        ent = entities[key]
        if not (votes_person(ent) and introduced_person(ent)):
            continue
        if cand.subject:
            return ent if may_hold(ent, description) and not rivals - {key} else None
        if may_hold(ent, description) and not any(n.split()[-1].lower() in CLUB_NAME_ENDINGS for n in ent.names if n):
            rivals.add(key)  # not "Leeds United", a club the tagger took for a person
    return None


def may_hold(ent: EntityDraft, description: str) -> bool:
    """Whether the person in focus may be who a role description with no holder named means: not
    a rank or a prize ("the best director", "the last prime minister"), and not a person the text
    gave another role ("union leader Jonathan Baume" is not "the chancellor"). A description that is
    no role ("the 26-year-old", "the midfielder") is of the players of a story, not of whoever holds an
    office over them ("chief executive John Williams")."""
    words = description.lower().replace("-", " ").split()
    if not words or RANK_WORDS & set(words) or other_age(ent, description):
        return False
    if words[-1] not in PERSON_ROLE_HEADS:  # "the 26-year-old", "the striker": anyone in focus but who runs things
        return not _runs_things(ent)
    if any(t.split()[-1:] == words[-1:] and not same_office(t, " ".join(words)) for t in ent.titles):
        return False  # "shadow chancellor Oliver Letwin" is not "the chancellor"
    roles = _roles(ent)
    return not roles or words[-1] in roles


def other_age(ent: EntityDraft, description: str) -> bool:
    """Whether the text gave the person an age other than the one `description` gives ("the
    34-year-old" is not "the 22-year-old")."""
    age = re.search(AGE, description)
    return age is not None and any((said := re.search(AGE, t)) and said.group() != age.group()
                                   for t in ent.titles | ent.descriptions)


def _roles(ent: EntityDraft) -> set[str]:
    """The role words the text gave the person ("chief executive John Williams": executive, chief)."""
    said = ent.titles | ent.descriptions | (set() if ent.named else {n.lower() for n in ent.names})  # "the spokesman"
    return {w for t in said for w in t.replace("-", " ").split()
            if w in PERSON_ROLE_HEADS or w in DESCRIBED_PERSON_HEADS or len(w) > 4 and w.endswith(AGENT_SUFFIXES)}


def _runs_things(ent: EntityDraft) -> bool:
    """Whether the text gave the person an office over others (chief executive, manager, minister)."""
    return bool(_roles(ent) & OFFICE_HEADS)


def place_antecedent(title: str, earlier: list[tuple[int, str, Mention]], entities: dict[str, EntityDraft],
                     excluded: set[str]) -> EntityDraft | None:
    """The place the bare description "the country" or "the nation" ("the city", "the capital",
    "the town") stands for: the latest place named among `earlier` that is a country (is none),
    not one the clause already names ("Wales toured the country": not Wales)."""
    country = PLACE_DESCRIPTIONS.get(title)
    if country is None:
        return None
    for _pos, key, cand in reversed(earlier):
        ent = entities[key]
        if key not in excluded and ent.type is EntityType.PLACE and cand.kind is MentionKind.NAME \
                and (draft_label(ent).lower() in COUNTRIES) == country:
            return ent
    return None
