"""Cross-document identity: one node for a person, organisation or place across every article.

kg.extract.resolve merges the names of one document; this module maps each entity of a new document to
an entity already known, from earlier documents of the same build or from a store, and renames
the extraction so that kg.graph.rdf writes the known node:

- a person joins a known person with the same surname and a compatible first name ("Antony
  Blinken" and "Antony J. Blinken"; not Judith and Natalie Raanan); a bare surname ("Mr.
  Blinken") joins the one known person with that surname, and nobody when there are several;
- an organisation or place joins one of either type with the same name, the acronym of its
  name ("U.S." and "United States"), or, for organisations, the same name with a corporate
  suffix ("WMC" and "WMC Resources"), but never through a word many clubs' names end in, alone
  ("United" of Dundee United is no name of Manchester United). Across articles an acronym
  abbreviates only a state's name (STATE_WORDS: "US", "UN", "EU"); any other initials may be a
  coincidence ("BT" is no "Bankash-A Trojan", "TB" no Tate Britain, "DS" no Downing Street);
- any entity whose IRI is already known (same type, same slug) is that entity.

A joined entity takes the known label and type, and its own names become aliases, so every
document graph gives the node the same one rdfs:label. The registry holds each document's
entities apart, so forgetting a document (an edit, a removal) forgets only what it brought.
Entity IRIs are minted from type and label (kg.graph.rdf.entity_iri); the registry only admits known
entities whose IRI is the one their label mints, which holds for every graph kg writes.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from kg.extract.lexicon import (
    HONORIFICS,
    PERSON_ROLE_HEADS,
    singular,
    without_corporate_suffix,
)
from kg.graph.namespace import DEFAULT_IRIS, Iris, slug
from kg.graph.rdf import document_iri, entity_iri
from kg.model import Entity, EntityType, Extraction, Relation

# Types that may name the same thing: the tagger calls a country a place or an organisation.
FAMILY = {
    EntityType.PERSON: "person",
    EntityType.ORGANIZATION: "actor",
    EntityType.PLACE: "actor",
    EntityType.EVENT: "event",
    EntityType.CONCEPT: "concept",
}
# Lower-case words a proper name may hold between its capitalised words ("Bank of England").
NAME_CONNECTORS = frozenset({"of", "and", "for", "the", "de", "du", "del", "la", "al", "bin", "van", "von", "on", "&"})
# Words left out of an acronym's initials ("United Nations" -> "un", "United States of America" -> "usa").
INITIALS_SKIP = frozenset({"of", "the", "and", "for", "&"})
# Last words of the names whose acronym stands for them across articles: states and unions of
# states ("United States", "United Nations", "European Union"). Any other name's initials that spell an
# acronym may be a coincidence ("Bloc Party" is no "BP", "Monsoon Wedding" no "MW", "Brains Trust" no
# "BT"): across articles only the same acronym joins them, within one the text ties them (resolve).
STATE_WORDS = frozenset({"states", "kingdom", "emirates", "republic", "nations", "union"})
# Words that open a title, not a first name ("President Biden" names no first name).
TITLE_WORDS = HONORIFICS | PERSON_ROLE_HEADS | frozenset({
    "prime", "foreign", "defence", "defense", "deputy", "vice", "general", "gen", "col", "capt", "sen", "rep",
    "king", "queen", "prince", "princess", "pope", "judge", "justice", "rabbi", "sheikh", "chief", "former",
})
# Words many clubs' names end in, which a report uses alone for its own club ("United" for Dundee
# United): across articles they name no one club, so no cross-article match is made through them.
SHARED_SHORT_NAMES = frozenset({"united", "city", "county", "athletic", "rovers", "wanderers", "albion"})
POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
ACRONYM = re.compile(r"(?:[A-Z]\.){2,6}|[A-Z]{2,6}")  # "U.S.", "UN", "UNICEF": capitals only


@dataclass(frozen=True)
class KnownEntity:
    """An entity as one document's graph states it: IRI, class, label and other names."""

    iri: str
    type: EntityType
    label: str
    aliases: frozenset[str] = frozenset()


@dataclass
class _Node:
    """An entity over every document that names it; the label and type of the first one."""

    iri: str
    type: EntityType
    label: str
    names: set[str] = field(default_factory=set)
    documents: list[str] = field(default_factory=list)

    @property
    def first_names(self) -> set[str]:
        surname = _surname(self.label)
        return {f for name in self.names | {self.label} if (f := _first_name(name, surname))}


class EntityRegistry:
    """The entities known so far, by document. Feed it documents (`add`, `add_extraction`),
    forget documents (`remove`), and map a new extraction onto it (`resolve`)."""

    def __init__(self, *, removable: bool = True, iris: Iris = DEFAULT_IRIS) -> None:
        """`removable=False` keeps no record of which document named what (a build that only
        adds documents needs none): memory then grows with the entities, not the documents.
        `iris`: where the graph mints its IRIs (the known entities' and the new ones')."""
        self._removable = removable
        self._iris = iris
        self._documents: dict[str, dict[str, KnownEntity]] = {}
        self._nodes: dict[str, _Node] = {}
        self._index: dict[str, set[str]] = defaultdict(set)

    def __len__(self) -> int:
        return len(self._nodes)

    def __contains__(self, iri: object) -> bool:
        return iri in self._nodes

    def label(self, iri: str) -> str | None:
        node = self._nodes.get(iri)
        return node.label if node else None

    # -- feeding

    def add(self, document: str, entities: Iterable[KnownEntity]) -> None:
        """Record the entities one document's graph states; a document added again replaces
        its earlier entities."""
        if document in self._documents:
            self.remove(document)
        kept = {}
        for entity in entities:
            if str(entity_iri(Entity("", entity.label, entity.type), self._iris)) != entity.iri:
                continue  # not minted by kg from this label: cannot be written under it
            kept[entity.iri] = entity
        if self._removable:
            self._documents[document] = kept
        for entity in kept.values():
            node = self._nodes.get(entity.iri)
            if node is None:
                node = self._nodes[entity.iri] = _Node(entity.iri, entity.type, entity.label)
            else:
                self._unindex(node)
            node.names |= {entity.label, *entity.aliases}
            if self._removable:
                node.documents.append(document)
            self._reindex(node)

    def add_extraction(self, extraction: Extraction) -> None:
        """Record a (resolved) extraction's entities under its document IRI."""
        known = [KnownEntity(str(entity_iri(e, self._iris)), e.type, e.label, frozenset(e.aliases))
                 for e in extraction.entities]
        self.add(str(document_iri(extraction.document, self._iris)), known)

    def remove(self, document: str) -> None:
        """Forget one document: entities only it named disappear, the others lose its names."""
        if not self._removable:
            raise ValueError("this registry keeps no record of documents to remove")
        entities = self._documents.pop(document, {})
        for iri in entities:
            node = self._nodes[iri]
            self._unindex(node)
            node.documents.remove(document)
            if not node.documents:
                del self._nodes[iri]
                continue
            first = self._documents[node.documents[0]][iri]
            node.type, node.label = first.type, first.label
            node.names = {n for d in node.documents for e in [self._documents[d][iri]] for n in (e.label, *e.aliases)}
            self._reindex(node)

    # -- matching

    def match(self, entity: Entity) -> str | None:
        """The IRI of the known entity that `entity` names, or None."""
        minted = str(entity_iri(entity, self._iris))
        if minted in self._nodes:
            return minted
        if entity.scope:
            return None  # a generic description is its own article's
        if entity.type is EntityType.PERSON:
            found = self._match_person(entity)
        elif FAMILY[entity.type] == "actor":
            found = self._match_actor(entity)
        else:
            found = None
        # one type per name across the corpus: "Tesco" tagged a person here is the known company
        return found or min(self._index.get(f"l:{slug(entity.label)}", ()), default=None)

    def resolve(self, extraction: Extraction) -> Extraction:
        """`extraction` with every entity that names a known one renamed to it (known label and
        type, its own names as aliases), and entities that now share an IRI merged into one."""
        renamed = []
        for entity in extraction.entities:
            iri = self.match(entity)
            if iri is not None:
                node = self._nodes[iri]
                names = {entity.label, *entity.aliases} - {node.label}
                entity = replace(entity, label=node.label, type=node.type, aliases=tuple(sorted(names)))
            renamed.append(entity)
        return _merge_same_iri(replace(extraction, entities=_one_type_per_name(renamed)))

    def _match_person(self, entity: Entity) -> str | None:
        surname = _surname(entity.label)
        candidates = sorted(i for i in self._index.get(f"s:{surname}", ()) if self._nodes[i].type is EntityType.PERSON)
        firsts = {f for name in (entity.label, *entity.aliases) if (f := _first_name(name, surname))}
        if not firsts:  # a bare surname names the one person known by it, or nobody
            return candidates[0] if len(candidates) == 1 else None
        compatible = [i for i in candidates if _compatible(firsts, self._nodes[i].first_names)]
        exact = [i for i in compatible if firsts & self._nodes[i].first_names]
        chosen = exact or compatible
        return chosen[0] if chosen else None

    def _match_actor(self, entity: Entity) -> str | None:
        """Same name first, then acronym, then corporate suffix; at each step the same type
        first, then the smallest IRI, so that the choice is stable."""
        names = [n for n in (entity.label, *entity.aliases) if _is_proper_name(n) and not _shared_short_name(n)]
        actors = {EntityType.ORGANIZATION, EntityType.PLACE}
        by_name = self._found([f"n:{_name_slug(n)}" for n in names], actors)
        by_acronym = {
            iri for iri in self._found([k for n in names for k in _acronym_lookups(n)], actors)
            if not self._other_expansion(iri, names)
        }
        # a corporate suffix joins companies only: "Gaza International" is not Gaza
        by_suffix = self._found([k for n in names for k in _company_lookups(n)], {EntityType.ORGANIZATION})
        for found in (by_name, by_acronym, by_suffix if entity.type is EntityType.ORGANIZATION else set()):
            if found:
                return min(found, key=lambda iri: (self._nodes[iri].type is not entity.type, iri))
        return None

    def _found(self, keys: list[str], types: set[EntityType]) -> set[str]:
        return {iri for key in keys for iri in self._index.get(key, ()) if self._nodes[iri].type in types}

    def _other_expansion(self, iri: str, names: list[str]) -> bool:
        """Whether the known entity spells out the initials of one of `names` otherwise:
        "Upper Silesia" is not the "U.S." of a node also called "United States"."""
        spelt = {
            i for n in self._nodes[iri].names
            if _is_proper_name(n) and _acronym_letters(n) is None and (i := _initials(n))
        }
        return any(_acronym_letters(n) is None and _initials(n) in spelt for n in names)

    # -- index

    def _keys(self, node: _Node) -> set[str]:
        keys = {f"l:{slug(node.label)}"}  # the label, whatever the type
        if node.type is EntityType.PERSON:
            return keys | {f"s:{_surname(node.label)}"}
        if FAMILY[node.type] != "actor":
            return keys
        for name in node.names | {node.label}:
            if not _is_proper_name(name) or _shared_short_name(name):
                continue
            keys.add(f"n:{_name_slug(name)}")
            keys.update(_acronym_keys(name))
            if node.type is EntityType.ORGANIZATION and (bare := _without_suffix(name)) != _bare(name):
                keys.add(f"c:{slug(bare)}")
        return keys

    def _reindex(self, node: _Node) -> None:
        for key in self._keys(node):
            self._index[key].add(node.iri)

    def _unindex(self, node: _Node) -> None:
        for key in self._keys(node):
            self._index[key].discard(node.iri)
            if not self._index[key]:
                del self._index[key]


def _one_type_per_name(entities: list[Entity]) -> tuple[Entity, ...]:
    """Entities of one article named alike ("Angels" the band and "Angels" a concept, "Academy" and
    "academy") become one: the label and type of the first that names a person, organisation,
    place or event, else of the first; `_merge_same_iri` then joins them."""
    chosen: dict[str, Entity] = {}
    for entity in entities:
        if entity.scope:
            continue
        key = slug(entity.label)
        if key not in chosen or chosen[key].type is EntityType.CONCEPT and entity.type is not EntityType.CONCEPT:
            chosen[key] = entity
    out = []
    for entity in entities:
        first = chosen.get(slug(entity.label)) if not entity.scope else None
        if first is not None and (first.type, first.label) != (entity.type, entity.label):
            entity = replace(entity, type=first.type, label=first.label, aliases=tuple(sorted({*entity.aliases, entity.label} - {first.label})))
        out.append(entity)
    return tuple(out)


def _merge_same_iri(extraction: Extraction) -> Extraction:
    """Entities of one extraction that now share an IRI become the first of them; relations
    and quotes follow, and a relation that now links an entity to itself is dropped."""
    first: dict[str, Entity] = {}
    key_of: dict[str, str] = {}
    for entity in extraction.entities:
        iri = str(entity_iri(entity))
        if iri not in first:
            first[iri] = entity
        else:
            kept = first[iri]
            aliases = {*kept.aliases, *entity.aliases, entity.label} - {kept.label}
            mentions = tuple(sorted(set(kept.mentions) | set(entity.mentions), key=lambda s: (s.start, s.end)))
            first[iri] = replace(kept, aliases=tuple(sorted(aliases)), mentions=mentions)
        key_of[entity.key] = first[iri].key
    if len(first) == len(extraction.entities):
        return extraction
    relations: list[Relation] = []
    for rel in extraction.relations:
        s, o = key_of[rel.subject], key_of[rel.object]
        attributed = key_of.get(rel.attributed_to) if rel.attributed_to else None
        rel = replace(rel, subject=s, object=o, attributed_to=attributed if attributed != s else None)
        if s != o and rel not in relations:
            relations.append(rel)
    quotes = tuple(
        replace(q, speaker=key_of[q.speaker]) if q.speaker is not None else q for q in extraction.quotes
    )
    return replace(extraction, entities=tuple(first.values()), relations=tuple(relations), quotes=quotes)


# -- names


def _words(name: str) -> list[str]:
    """The words of a name without leading honorifics or a trailing possessive."""
    words = name.split()
    while words and words[0].lower().rstrip(".") in HONORIFICS:
        words.pop(0)
    if words:
        words[-1] = POSSESSIVE.sub("", words[-1])
    return [w for w in words if w]


def _surname(name: str) -> str:
    words = _words(name)
    return words[-1].lower().rstrip(".,") if words else ""


def _first_name(name: str, surname: str) -> str:
    """The first name (or initial) of a bare person name ending in `surname`: "Antony J.
    Blinken" -> "antony"; "" for "Mr. Blinken", "President Biden" or "the secretary"."""
    words = _words(name)
    if len(words) < 2 or words[-1].lower().rstrip(".,") != surname:
        return ""
    if not all(w[:1].isupper() for w in words):
        return ""
    first = words[0].lower().rstrip(".")
    return "" if first in TITLE_WORDS else first


def _compatible(firsts: set[str], known: set[str]) -> bool:
    """A first name fits a known person without one, the same name, or its initial."""
    if not known:
        return True
    return any(f == k or f[0] == k[0] and (len(f) == 1 or len(k) == 1) for f in firsts for k in known)


def _shared_short_name(name: str) -> bool:
    """"United", "City": a word many clubs' names end in, alone (see SHARED_SHORT_NAMES)."""
    return _bare(name).lower() in SHARED_SHORT_NAMES


def _bare(name: str) -> str:
    return re.sub(r"^(?:the)\s+", "", name.strip(), flags=re.I)


def _name_slug(name: str) -> str:
    """The name as an index key; the last word in the singular, so that "Tories" finds "Tory"
    and "Liberal Democrats" "Liberal Democrat"."""
    return slug(singular(_bare(name)))


def _is_proper_name(name: str) -> bool:
    """Capitalised words with lower-case connectors between: a name, not a description."""
    words = _bare(name).split()
    if not words or not words[0][:1].isupper() or not words[-1][:1].isupper():
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in NAME_CONNECTORS for w in words)


def _acronym_letters(name: str) -> str | None:
    bare = _bare(name)
    return bare.replace(".", "").lower() if ACRONYM.fullmatch(bare) else None


def _initials(name: str) -> str | None:
    """The initials of a state's name of several words (STATE_WORDS); None for a name holding an
    acronym ("BBC Three" is no "BT") or the name of anything else."""
    words = [w for w in _bare(name).split() if w.lower() not in INITIALS_SKIP]
    if any(len(w) > 1 and w.isalpha() and w.isupper() for w in words) or not words or words[-1].lower() not in STATE_WORDS:
        return None
    return "".join(w[0].lower() for w in words) if len(words) > 1 else None


def _acronym_keys(name: str) -> list[str]:
    """Index keys: "A:" for an acronym's letters, "I:" for a longer name's initials."""
    if (letters := _acronym_letters(name)) is not None:
        return [f"A:{letters}"]
    return [f"I:{initials}"] if (initials := _initials(name)) else []


def _acronym_lookups(name: str) -> list[str]:
    """An acronym finds the names it abbreviates (and the same acronym spelt otherwise, "US"
    and "U.S."); a longer name finds its acronym."""
    if (letters := _acronym_letters(name)) is not None:
        return [f"I:{letters}", f"A:{letters}"]
    return [f"A:{initials}"] if (initials := _initials(name)) else []


def _without_suffix(name: str) -> str:
    return " ".join(without_corporate_suffix(_bare(name).split()))


def _company_lookups(name: str) -> list[str]:
    """"WMC Resources" finds "WMC"; "WMC" finds "WMC Resources". A one-word name after "The" is a
    title ("The World", "The Times"), no company's short name: "The World" is not the World Bank."""
    if _bare(name) != name.strip() and len(_bare(name).split()) == 1:
        return []
    bare = _without_suffix(name)
    keys = [f"c:{slug(_bare(name))}"]
    if bare != _bare(name):
        keys.append(f"n:{slug(bare)}")
    return keys
