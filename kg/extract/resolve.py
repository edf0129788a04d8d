"""Mentions -> entities: one node per real-world thing however the text names it.

Names merge by surname or normalised text (and acronyms); titles and role descriptions ("the
secretary of state", "the president") go to the person last given that title; demonyms with a
government noun ("the Israeli government") to the country; third-person pronouns to the most
recent compatible antecedent; first-person pronouns inside a quote to its speaker.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace

from kg.extract.affiliation import affiliations, speaks_as_a_side
from kg.extract.countries import COUNTRY_OF, country_named
from kg.extract.descriptions import (bare_reference, body_noun, co_arguments, focus_person, kind_of, name_head, organisation_antecedent,
                                     person_antecedent, person_noun, subject_owner)
from kg.extract.drafts import (EntityDraft, described_body, draft_label, given_name_sex, introduced_person, mostly_person, named_for,
                               neuter_candidate, subject_it, unnamed_person, votes_person)
from kg.extract.full_labels import owned_label, owners_body
from kg.extract.given_names import given_name_gender, honorific_gender, noun_gender
from kg.extract.lexicon import (CLUB_ENDINGS, CLUB_OPENERS, COUNTRY_NAMES, DEMONYM_SUFFIXES, DESCRIBED_PERSON_HEADS, GENERIC_BODY_NOUNS,
                                HONORIFICS, PERSON_ROLE_HEADS, PLACE_HEADS, acronym_letters, initials, name_words, singular,
                                without_corporate_suffix)
from kg.extract.lost_names import LostNames
from kg.extract.names import LAW_NOUNS
from kg.extract.posts import same_office
from kg.extract.quotes import join_split_quotes
from kg.extract.salience import ranked
from kg.model import Entity, EntityType, Extraction, Mention, MentionKind, RawExtraction, RawRelation, Relation, Span

PRONOUN_WINDOW = 12  # how many earlier resolved mentions a pronoun looks back over
GROUP_WINDOW = 200  # mentions a description ("the group", "the striker") looks back over for what it means
NICKNAME_REACH = 400  # characters after "a nickname for X" in which a new first name may be that nickname

RANKED_HEADS = {"number", "seed"}  # "the world number one", "the top seed": a player, as "the striker" is


def resolve(raw: RawExtraction) -> Extraction:
    """Entities for the mentions of one document, and relations/quotes restated over them."""
    resolver = _Resolver()
    resolver.document_id = raw.document.id
    resolver.mentions = {m.id: m for m in raw.mentions}
    resolver.co_arguments = co_arguments(raw.relations)
    mentions = sorted(raw.mentions, key=lambda m: (m.span.start, -m.span.end))
    resolver.nickname_cues = sorted(raw.nicknames)
    resolver.lost = LostNames(raw.document, raw.mentions)
    resolver.quote_speakers = sorted((q.span.start, q.span.end, q.speaker) for q in raw.quotes if q.speaker is not None)
    for q in (q for q in raw.quotes if q.speaker is not None):
        resolver.spoken_by.setdefault(q.speaker, []).append(q.span)
    for m in mentions:
        if m.kind is MentionKind.NAME:
            resolver.name(m)
    for m in mentions:
        if m.kind is MentionKind.DEMONYM:
            resolver.demonym(m)
    for m in mentions:
        if m.kind is MentionKind.ROLE:
            resolver.role(m)
        elif m.kind is MentionKind.NOMINAL:
            resolver.nominal(m, raw.relations)
        elif m.kind is MentionKind.PRONOUN and m.key == "3":
            resolver.pronoun(m)
            if resolver.of.get(m.id) in {resolver.of.get(i) for i in resolver.co_arguments.get(m.id, ())}:
                resolver.of.pop(m.id, None)  # "schools and councils banned them": not what the clause names beside it
    speakers = {i: resolver.of.get(q.speaker) for i, q in enumerate(raw.quotes) if q.speaker is not None}
    groups = affiliations(raw.relations, resolver.of, resolver.entity)
    for m in mentions:  # "I" is the speaker; "we" the body the speaker holds a role in, else a spokesman speaking for it
        speaker = speakers.get(m.quote) if m.kind is MentionKind.PRONOUN and m.key == "1" else None
        body = speaker and (groups.get(speaker) if m.plural else speaker)
        if body or speaker and speaks_as_a_side(speaker, raw.relations, resolver.of, resolver.entity):
            resolver.of[m.id] = body or speaker
        elif m.kind is MentionKind.PRONOUN and m.key == "3" and m.quote is not None and resolver.of.get(m.id) == speakers.get(m.quote):
            resolver.of.pop(m.id, None)  # '"He did well," he said': nobody calls himself "he" (`_speaking` knows no later speaker)

    relations, seen = [], set()
    for r in raw.relations:
        s, o = resolver.of.get(r.subject), resolver.of.get(r.object)
        if s is None or o is None or s == o or bare_reference(resolver.entities[s], resolver.mentions[r.subject], subject=True) \
                or bare_reference(resolver.entities[o], resolver.mentions[r.object]):
            continue
        attributed = resolver.of.get(r.attributed_to) if r.attributed_to is not None else None
        rel = Relation(s, r.predicate, o, r.sentence, r.factuality, r.modality,
                       attributed if attributed not in (s, None) else None, r.date, r.confidence)
        if rel not in seen:
            seen.add(rel)
            relations.append(rel)
    relations = _without_cut_posts(relations)
    quotes = join_split_quotes(raw.quotes, resolver.of)
    used = {x for r in relations for x in (r.subject, r.object, r.attributed_to)} | {q.speaker for q in quotes}
    # Named things are kept even when no fact mentions them; descriptions only when used.
    entities = tuple(resolver.entity(key) for key in resolver.order if key in used or resolver.entities[key].named)
    return Extraction(document=raw.document, entities=entities, relations=tuple(relations), quotes=quotes, dates=raw.dates)


class _Resolver:
    def __init__(self) -> None:
        self.entities: dict[str, EntityDraft] = {}
        self.order: list[str] = []
        self.of: dict[int, str] = {}  # mention id -> entity key
        self.by_text: dict[str, str] = {}
        self.cased: dict[str, str] = {}  # a name's text as by_text holds it -> as written (initials of "UBS Securities")
        self.recent: list[tuple[int, str, Mention]] = []  # (position, entity key, mention), by position
        self._recent_positions: list[int] = []
        self.nickname_cues: list[tuple[int, int]] = []
        self.document_id: str | None = None  # the scope of generic descriptions
        self.quote_speakers: list[tuple[int, int, int]] = []  # (quote start, end, speaker mention id), by position
        self.spoken_by: dict[int, list[Span]] = {}  # speaker mention id -> the spans of the quotes it speaks
        self.mentions: dict[int, Mention] = {}  # mention id -> mention
        self.co_arguments: dict[int, set[int]] = {}  # mention id -> the mentions a relation joins it to
        self.lost = LostNames(None, ())  # where the text lost a name

    def _new(self, etype: EntityType) -> EntityDraft:
        key = f"e{len(self.order)}"
        ent = EntityDraft(key=key, type=etype)
        self.entities[key] = ent
        self.order.append(key)
        return ent

    def _bind(self, m: Mention, ent: EntityDraft, *, name: str | None = None, surface: str | None = None, vote=None) -> None:
        self.of[m.id] = ent.key
        if name:
            ent.names.append(name)
        if surface and surface not in ent.surfaces:
            ent.surfaces.append(surface)
        if (vote := vote or m.type) is not None:
            ent.type_votes[vote] = ent.type_votes.get(vote, 0) + (3 if m.kind is MentionKind.NAME and m.title else 1)
        if m.kind in (MentionKind.ROLE, MentionKind.NOMINAL) and not m.plural and not ent.gender:
            ent.gender = noun_gender((m.title or m.text).split()[-1])  # "the actress", "his wife"
        elif m.kind is MentionKind.PRONOUN and m.title in ("m", "f") and not ent.gender:
            ent.gender = m.title  # "Claude Eerdekens ... he said": a later "she" is someone else
        ent.last_seen = max(ent.last_seen, m.span.start)
        ent.capital_inside = ent.capital_inside or (m.text[:1].isupper() and m.span.start != m.sentence_start)
        ent.spans.append(m.span)
        bisect.insort(ent.positions, m.span.start)
        i = bisect.bisect_right(self._recent_positions, m.span.start)
        self._recent_positions.insert(i, m.span.start)
        self.recent.insert(i, (m.span.start, ent.key, m))

    def entity(self, key: str) -> Entity:
        ent = self.entities[key]
        etype = ent.type
        if ent.type_votes and etype is not EntityType.CONCEPT:
            etype = max(ent.type_votes.items(), key=lambda kv: (kv[1], kv[0] is EntityType.PERSON))[0]
        label = draft_label(ent)
        aliases = tuple(sorted({s for s in ent.surfaces + ent.names if s != label and s.strip()}))
        if etype is EntityType.CONCEPT and " " not in label and label[1:].islower() and not (ent.named or ent.capital_inside):
            label = label.lower()  # "Downloads enter US chart": a headline's capital, not a name
        entity = Entity(key=key, label=label, type=etype, aliases=aliases, mentions=tuple(sorted(set(ent.spans), key=lambda s: s.start)))
        return replace(entity, scope=self.document_id) if entity.generic else entity

    # -- names
    def name(self, m: Mention) -> None:
        if not (words := name_words(m.name)):
            return
        norm, ent = " ".join(words).lower(), None
        is_person = m.type is EntityType.PERSON or bool(m.title and set(m.title.split()) & HONORIFICS)
        if norm in self.by_text and not _other_sex(m, self.entities[self.by_text[norm]]):
            ent = self.entities[self.by_text[norm]]
        elif COUNTRY_NAMES.get(norm.replace(".", "")) in self.by_text:  # "America" after "the US"
            ent = self.entities[self.by_text[COUNTRY_NAMES[norm.replace(".", "")]]]
        elif is_person or len(words) == 1:
            ent = self._person_match(words, m)
        if ent is None:
            ent = self._acronym_match(norm, " ".join(words), m.type, is_person) or self._place_match(words) or (  # "Japan" is not "Japan Airlines"
                self._company_match(words, m.type) if m.type is not EntityType.PLACE else None)
        if ent is None and not is_person and m.type in (EntityType.ORGANIZATION, None) and singular(norm) not in COUNTRY_OF:
            ent = self._number_match(norm)  # not "the Americans" for American Airlines: a people
        if ent is None and is_person and len(words) == 1:
            ent = self._nickname_match(m)
        if ent is None:
            ent = self._new(m.type or EntityType.CONCEPT)
        self.by_text.setdefault(norm, ent.key)
        self.cased.setdefault(norm, " ".join(words))
        if norm.replace(".", "") in COUNTRY_NAMES:
            self.by_text.setdefault(COUNTRY_NAMES[norm.replace(".", "")], ent.key)
        if m.title:
            title_words = m.title.split()
            role = " ".join(w for w in title_words if w not in HONORIFICS)
            if role:
                ent.titles.add(role)
            # "Mr", "Mrs"; else "actress Kate Winslet", "Queen Elizabeth"
            ent.gender = honorific_gender(title_words) or ent.gender or next(filter(None, map(noun_gender, title_words)), "")
        if is_person and len(words) > 1:  # "Steve Cram": the given name, where news gives it to one sex
            ent.gender = ent.gender or given_name_gender(words[0])
        if ent.type is EntityType.CONCEPT and m.type is not None:
            ent.type = m.type
        ent.named = True
        # "Hailey" after "Arthur Hailey" is the person, "Yukos" after "Russian oil firm Yukos" the body, whatever the tagger says
        surname = len(words) == 1 and ent.surname == words[0].lower() and votes_person(ent) and introduced_person(ent)
        body = len(words) == 1 and any(described_body(t) for t in ent.titles) and not introduced_person(ent)
        self._bind(m, ent, name=m.name if len(words) == 1 and m.name.startswith("The ") else " ".join(words), surface=m.text,
                   vote=EntityType.PERSON if surname else EntityType.ORGANIZATION if body else None)

    def _person_match(self, words: list[str], m: Mention) -> EntityDraft | None:
        surname = words[-1].lower()
        first = words[0].lower().rstrip(".") if len(words) > 1 else ""
        candidates = []
        for ent in self.entities.values():
            if _other_sex(m, ent):
                continue  # "Mrs Howard" is not Michael Howard, "Mr Keller" not Anna Keller
            if not votes_person(ent):
                # A bare surname the tagger typed otherwise ("Conte" as an organisation) is the
                # person once a full name with that surname comes ("Victor Conte"); not a name the
                # text called a body ("indie band Kasabian", named after Linda Kasabian).
                bare = {n.lower() for n in ent.names} == {surname} and not any(described_body(t) for t in ent.titles) \
                    and not any(s[:1].islower() and described_body(s.lower()) for s in ent.surfaces)  # "Disney ... the firm"
                if not (first and bare and ent.type is not EntityType.PLACE):
                    continue
            if ent.surname != surname:
                if not first and votes_person(ent) and introduced_person(ent) and surname in ent.first_names:
                    candidates.append(ent)  # "Marion" after "Marion Jones"
                continue
            firsts = ent.first_names
            if first and firsts and not any(f == first or f[0] == first[0] and (len(f) == 1 or len(first) == 1) for f in firsts):
                continue  # Judith Raanan and Natalie Raanan stay apart
            candidates.append(ent)
        return max(candidates, key=lambda e: e.last_seen) if candidates else None

    def _acronym_match(self, norm: str, written: str, kind=None, is_person: bool = False) -> EntityDraft | None:
        """"U.S." and "United States" are one, whichever comes first; "US" is not "UBS Securities"; a
        place's letters are spelt by no person's name nor by capitalised words the tagger gave no type
        ("GB" is no Gelete Burka; "JK" is Jason King). `kind`: the type of `written`."""
        personal = is_person or kind in (None, EntityType.PERSON)
        for text, key in ((text, key) for text, key in self.by_text.items() if not text.startswith("nominal:")):
            other = self.entities[key].type
            pairs = ((None if kind is EntityType.PLACE and other in (EntityType.PERSON, EntityType.CONCEPT)
                      else initials(self.cased.get(text, text)), acronym_letters(norm)),
                     (None if personal and other is EntityType.PLACE else initials(written), acronym_letters(text)))
            if any(a is not None and a == b for a, b in pairs):
                return self.entities[key]
        return None

    def _place_match(self, words: list[str]) -> EntityDraft | None:
        """"the Gaza Strip" is Gaza: a known place name followed by a geographic head word."""
        if len(words) > 1 and words[-1].lower() in PLACE_HEADS:
            key = self.by_text.get(" ".join(words[:-1]).lower())
            if key and self.entities[key].type is EntityType.PLACE:
                return self.entities[key]
        return None

    def _nickname_match(self, m: Mention) -> EntityDraft | None:
        """A lone new first name shortly after "a nickname for X" is X's nickname."""
        for cue_at, person_mention in reversed(self.nickname_cues):
            if cue_at < m.span.start <= cue_at + NICKNAME_REACH and person_mention in self.of:
                return self.entities[self.of[person_mention]]
        return None

    def _company_match(self, words: list[str], kind: EntityType | None = None) -> EntityDraft | None:
        """"WMC" and "WMC Resources", "Daiwa" and "Daiwa Securities", "United" and "Leeds United", and "Disney", tagged a
        body or nothing (`kind`), after "Walt Disney" (kg.extract.drafts.named_for): one body."""
        bare = without_corporate_suffix(words)
        bare_text = " ".join(bare).lower()
        for text, key in self.by_text.items():
            if text.startswith("nominal:") or self.entities[key].type is EntityType.PERSON:
                continue
            other = without_corporate_suffix(text.split())
            if " ".join(other) == bare_text and (len(other) < len(text.split()) or len(bare) < len(words)) \
                    or bare_text in CLUB_ENDINGS and len(words) == 1 and len(other) > 1 and other[-1] == bare_text \
                    or kind in (EntityType.ORGANIZATION, None) and len(words) == 1 and named_for(self.cased.get(text, text), self.entities[key], bare_text) \
                    or bare_text in CLUB_OPENERS and len(words) == 1 and len(other) == 2 and other[0] == bare_text:  # "Atletico"
                return self.entities[key]
        return None

    def _number_match(self, norm: str) -> EntityDraft | None:
        """"Tory" and "Tories", "Green Party" and "Greens": an organisation named in the singular
        and the plural (its members) is one."""
        bare = " ".join(without_corporate_suffix(norm.split()))
        for text, key in self.by_text.items():
            ent = self.entities[key]
            if text.startswith("nominal:") or ent.type is not EntityType.ORGANIZATION:
                continue
            other = " ".join(without_corporate_suffix(text.split()))
            if other != bare and singular(other) == singular(bare):
                return ent
        return None

    def demonym(self, m: Mention) -> None:
        """"the Israeli government" -> Israel, when the text names Israel."""
        stem = m.name.lower()
        for suffix in DEMONYM_SUFFIXES:
            if suffix and stem.endswith(suffix) and len(stem) - len(suffix) >= 4:
                root = stem[: -len(suffix)]
                for text, key in self.by_text.items():
                    ent = self.entities[key]
                    if ent.type is EntityType.PLACE and text.startswith(root) and len(text) - len(root) <= 3:
                        self._bind(m, ent, surface=m.text)
                        return
        # "Liberal Democrat leader" -> the Liberal Democrats: a party named by its members; "Democrat"
        # of a sentence opening "Liberal Democrat leader ..." -> the one party so named, if one
        for ends in (False, True):
            found = list(dict.fromkeys(key for text, key in self.by_text.items() if not text.startswith("nominal:") and text != stem and (
                text.startswith(stem) and len(text) - len(stem) <= 1 or singular(text) == stem
                or ends and len(stem.split()) == 1 and singular(text).endswith(" " + stem))))
            if len(found) == 1 or found and not ends:
                self._bind(m, self.entities[found[0]], surface=m.text)
                return
        self.name(country) if (country := country_named(m)) is not None else self.nominal(m)  # "French": France

    def role(self, m: Mention) -> None:
        title = re.sub(r"^(the|this|that)\s+", "", m.title or "")
        best, best_seen = None, -1
        lost = self.lost.stands_for(m)  # "[a name the text lost] was back on form. The Olympic champion set ...": that one
        for ent in self.entities.values():
            if title and not lost and ent.titles and any(same_office(t, title) or kind_of(t, title) for t in ent.titles) and votes_person(ent):  # "the Chester chairman"
                seen = ent.seen_before(m.span.start)
                if seen is not None and seen > best_seen:
                    best, best_seen = ent, seen
        earlier = self._before(m.span.start, GROUP_WINDOW)
        if best is None and not lost:
            best = subject_owner(title, m, earlier, self.entities)  # "Its shares fell as the bank raised funds": its
        if best is None and len(title.split()) == 1:
            # "the alliance" after "the Northern Alliance": the head word of a name just seen
            named = [(e.seen_before(m.span.start), e) for e in self.entities.values()
                     if e.named and e.type is not EntityType.PERSON
                     and any(len(n.split()) > 1 and (name_head(n) == title or title in LAW_NOUNS and n.lower().endswith(" " + title))
                             for n in set(e.names))]  # not "Festival of Film"; but "the Bill" of "the Prevention of Terrorism Bill"
            named = [(seen, e) for seen, e in named if seen is not None]
            if named:
                best = max(named, key=lambda item: item[0])[1]
        excluded = {self.of[i] for i in self.co_arguments.get(m.id, ()) if i in self.of}  # "Apple sued the firm"
        if best is None:
            best = organisation_antecedent(title, m, earlier, self.entities, excluded)
        if best is None and m.quote is None and not lost and (noun := person_noun(title, m)) is not None:
            best = person_antecedent(noun, m, earlier, self.entities, excluded)
        if best is not None and best.key not in excluded and body_noun(title) not in GENERIC_BODY_NOUNS:
            best.descriptions.add(title)  # "the carmaker" says what it is; "the group" nothing that a guess should pass on
        head = title.split()[-1].split("-", 1)[-1] if "year-old" in title else (title.split() or [""])[-1]
        head = "number" if re.search(r"\bnumber (?:\d+|[a-z]+)$", title) else head  # "the world number one": a player's rank
        if best is None and m.subject and not lost and (head in PERSON_ROLE_HEADS or head in DESCRIBED_PERSON_HEADS | RANKED_HEADS and m.quote is None):
            # Elegant variation: "said Charles Kennedy. ... the Liberal Democrat leader said" -
            # a person role nobody holds yet is the person in focus, as "he" would be.
            best = focus_person(self._before(m.span.start, PRONOUN_WINDOW), self.entities, title, m)
            if best is not None:
                best.titles.add(title)
        if best is not None:
            self._bind(m, best, surface=None if title in LAW_NOUNS else m.text)  # "the Bill": no name of its own
            return
        if (head in PERSON_ROLE_HEADS | RANKED_HEADS or head == "year-old") and m.type is None:
            m = replace(m, type=EntityType.PERSON)  # "the chancellor", "the 26-year-old", still unnamed, are somebody
        self.nominal(m)

    def _before(self, position: int, n: int) -> list[tuple[int, str, Mention]]:
        """The last n resolved mentions before `position`, in text order."""
        i = bisect.bisect_left(self._recent_positions, position)
        return self.recent[max(0, i - n) : i]

    def _neuter(self, m: Mention, ordered: list, previous_start: int) -> None:
        """"it" -> an organisation or place that is a subject in this sentence or the one before
        ("the government was using fear ... It was already using detention"); the one right
        before, not the last one with a mention ("Yahoo was adding ... A smaller service was
        launched. It searches ...": not Yahoo)."""
        if m.previous_sentence_start is not None:
            previous_start = m.previous_sentence_start
        for _pos, key, cand in ordered:
            ent = self.entities[key]
            near = cand.sentence_start >= min(previous_start, m.sentence_start)
            if near and cand.quote == m.quote and (neuter_candidate(ent, cand) or subject_it(cand, m)):  # a quote's "it" is the quote's own
                self._bind(m, ent)
                return

    def _last_speaker(self, m: Mention) -> EntityDraft | None:
        """The person who spoke the last quote before `m`, when the pronoun fits them."""
        i = bisect.bisect_left(self.quote_speakers, (m.span.start, -1, -1))
        if i == 0:
            return None
        _start, end, speaker = self.quote_speakers[i - 1]
        key = self.of.get(speaker)
        ent = self.entities.get(key) if key is not None else None
        if ent is None or not votes_person(ent) or (ent.gender and m.title and ent.gender != m.title):
            return None
        since = self._between(end, m.span.start)
        if any(cand.subject and key != ent.key and votes_person(self.entities[key]) and introduced_person(self.entities[key])
               for _pos, key, cand in since):
            return None  # "Gerrard admitted ... He said:": someone else was spoken of since
        return ent

    def _reporting_person(self, m: Mention) -> EntityDraft | None:
        """The named person who, in the sentence before the speech verb's pronoun `m`, said
        something without quoting it ("Peter Zombic said he did not feel the situation was as
        dramatic as Mr Renner believed. '...,' he said": Zombic, not Renner), when the pronoun fits."""
        earlier = self._before(m.span.start, PRONOUN_WINDOW)
        previous = max((cand.sentence_start for _pos, _key, cand in earlier if cand.sentence_start < m.sentence_start), default=-1)
        reporters = {key for _pos, key, cand in earlier if cand.speech_subject and cand.sentence_start == previous}
        found = [e for e in map(self.entities.get, reporters) if votes_person(e) and (introduced_person(e) or mostly_person(e))]
        return found[0] if len(found) == 1 and found[0].gender in ("", m.title or "") else None  # "But Parry ... admits": Parry

    def _speaking(self, m: Mention) -> str | None:
        """The entity key of whoever speaks the quote `m` sits in."""
        i = bisect.bisect_right(self.quote_speakers, (m.span.start, float("inf"), 0)) - 1
        if m.quote is None or i < 0 or not self.quote_speakers[i][0] <= m.span.start < self.quote_speakers[i][1]:
            return None
        return self.of.get(self.quote_speakers[i][2])

    def _between(self, start: int, end: int) -> list[tuple[int, str, Mention]]:
        """The resolved mentions from `start` to `end`, in text order."""
        return self.recent[bisect.bisect_left(self._recent_positions, start) : bisect.bisect_left(self._recent_positions, end)]

    def nominal(self, m: Mention, relations: tuple[RawRelation, ...] = ()) -> None:
        owner = self.of.get(m.possessor) if m.possessor is not None else None
        if owner is not None and m.type is EntityType.ORGANIZATION and m.key != "office":  # "his party": the body he leads (his office: his staff)
            if (body := owners_body(owner, m.span.start, relations, self.of, self.entities)) is not None:
                return self._bind(m, body, surface=m.text)
        text = m.text if m.type is EntityType.ORGANIZATION else owned_label(self.entities.get(owner), m.text)  # "his career": Jansen's
        key = "nominal:" + m.key + (f" of {owner}" if text != m.text else "")
        if key in self.by_text:
            ent = self.entities[self.by_text[key]]
        else:
            ent = self._new(m.type if m.type is not None else EntityType.CONCEPT)
            self.by_text[key] = ent.key
        self._bind(m, ent, name=text, surface=text)

    def pronoun(self, m: Mention) -> None:
        """he/she -> a person of compatible gender; they -> a plural group or an organisation.

        Candidates are tried in tiers: subjects earlier in the pronoun's own sentence ("Blinken will
        raise it with Netanyahu when he arrives"), subjects of the sentence before, then earlier mentions
        from the latest back; people introduced by a full name or a title before bare single names, which
        the tagger often gives to parties and companies ("Labour"). A he/she whose nearest subject is a
        person nobody named ("the former coach") is that description, never a name further back.
        The syntax may settle it first (a controller: "urged the chancellor to admit he", "The
        officials said they"), or say that no one entity is meant (a pair, an unkept reporter): then it stays
        unbound. Adjectives are nobody ("were British"); a they takes a named body only the text made a subject."""
        if m.unbound or self.lost.stands_for(m):
            return  # "The other nominees said they ...": nobody the graph keeps; "[a name the text lost] led ... as he beat": that one
        speaking = self._speaking(m)  # "We've worked with him," Kirby said: "him" is not Kirby
        controller = self.entities.get(self.of.get(m.controller, "")) if m.controller is not None else None
        controller = None if controller is not None and controller.key == speaking else controller
        if controller is not None and not m.plural and m.title != "n" and votes_person(controller) and controller.gender in ("", m.title or ""):
            self._bind(m, controller)  # "urged the chancellor to admit he ...": the chancellor
            return
        if controller is not None and m.plural and (
                self.mentions[m.controller].plural or controller.type is EntityType.ORGANIZATION):
            self._bind(m, controller)  # "The officials said they ...": the officials
            return
        if controller is not None and m.title == "n" and (not votes_person(controller) or not introduced_person(controller)):
            # "signed the Charter but never ratified it": the Charter; "Yukos argued that since it had":
            # a one-word name the tagger called a person, never given in full, that an it stands for is a body
            self._bind(m, controller, vote=EntityType.ORGANIZATION if votes_person(controller) else None)
            return
        if m.speech_subject and not m.plural and m.title != "n":  # "It says": no person who spoke last
            speaker = self._last_speaker(m) or self._reporting_person(m)
            if speaker is not None:  # "He added: ..." goes on with the last quote's speaker, or with who said something since
                self._bind(m, speaker)
                return
        own_quotes = self.spoken_by.get(m.id, [])  # '"The minister has acted," he said': not the minister
        earlier = self._before(m.span.start, PRONOUN_WINDOW * 4)
        ordered, recent_subjects, previous_start = ranked(m, earlier, self.entities, speaking, own_quotes)
        if m.title == "n":
            self._neuter(m, ordered, previous_start)
            return
        nearest = next((r for r in ordered if id(r) in recent_subjects and not r[2].plural and (
            votes_person(self.entities[r[1]]) or unnamed_person(self.entities[r[1]], r[2]))), None)
        described = self.entities[nearest[1]] if nearest is not None and not m.plural else None
        if described is not None and unnamed_person(described, nearest[2]) and described.gender in ("", m.title or ""):
            self._bind(m, described)  # "The club's former coach warned ... He said": that coach, unnamed
            return
        tiers = (True, False) if not m.plural else (False,)
        for strong_only in tiers:
            for entry in ordered:
                _pos, key, cand = entry
                ent = self.entities[key]
                if cand.kind is MentionKind.PRONOUN and cand.key == "1" or cand.property_word or (
                        cand.listed and not cand.subject or cand.modifier) and not m.plural:
                    continue  # "They were British": an adjective says what they are, it is nobody; one named in a list, or
                    # a name before a noun ("three Narcotics Anonymous meetings"), is no he or she
                if m.plural:  # a plural, or a named organisation the text made a subject ("Chelsea ... they")
                    named_body = ent.type is EntityType.ORGANIZATION and cand.kind is MentionKind.NAME
                    if named_body and cand.subject or cand.plural and cand.kind is not MentionKind.PRONOUN and not named_body:
                        self._bind(m, ent)
                        return
                    continue
                if ent.surname and ent.surname in m.commands:
                    continue  # "he admired Mr Reed's courage": not Reed
                if not (votes_person(ent) or m.title and ent.named and given_name_sex(ent) == m.title
                        and EntityType.CONCEPT not in ent.type_votes) or cand.plural:
                    continue  # "Gregory Ioannidis", tagged a body, is a he, not "the film, Harry Lane,"; "Ian Dunn's goal" is no one
                if strong_only and not (introduced_person(ent) or id(entry) in recent_subjects and (
                        cand.kind is not MentionKind.NAME or m.speech_subject and set(ent.type_votes) == {EntityType.PERSON})):
                    continue  # a bare name further back may be a party or a firm ("Labour"); not the last subject, a person
                    # by every mention, before a quote's "he said" ("Keegan sympathised with X. '...,' he said")
                if not ent.gender or not m.title or ent.gender == m.title:
                    self._bind(m, ent)  # which gives the person the pronoun's gender
                    return


def _other_sex(m: Mention, ent: EntityDraft) -> bool:
    """Whether the honorific of the name `m` ("Mrs Howard", "Sir Elton") gives a sex other than the one `ent` is known to have."""
    sex = honorific_gender((m.title or "").split() + [w.lower().rstrip(".") for w in m.name.split()[:1]])
    return bool(sex and ent.gender) and ent.gender != sex


def _without_cut_posts(relations: list[Relation]) -> list[Relation]:
    """`relations` without a post that a fuller post of the same two from the same sentence ends with: beside "UK chief
    executive of" ("its UK chief executive X"), "chief executive of" goes; so does "chairman of" beside "former chairman of"."""
    posts: dict[tuple, set[str]] = {}
    for r in relations:
        if r.predicate.endswith(" of"):
            posts.setdefault((r.subject, r.object, r.sentence), set()).add(r.predicate)
    return [r for r in relations if not any(p.endswith(" " + r.predicate) for p in posts.get((r.subject, r.object, r.sentence), ()))]
