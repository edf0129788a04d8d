"""kg.graph.identity: entities of a new document matched to entities known from other documents."""
from __future__ import annotations

import pytest

from kg.graph.identity import EntityRegistry, KnownEntity
from kg.graph.rdf import entity_iri
from kg.model import Document, Entity, EntityType, Extraction, Quote, Relation, Span

PERSON, ORG, PLACE, CONCEPT = EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE, EntityType.CONCEPT


def known(label: str, etype: EntityType, *aliases: str) -> KnownEntity:
    return KnownEntity(str(entity_iri(Entity("", label, etype))), etype, label, frozenset(aliases))


def registry_of(*entities: KnownEntity, document: str = "urn:doc:a") -> EntityRegistry:
    registry = EntityRegistry()
    registry.add(document, entities)
    return registry


def document(text: str = "Some text.", source: str = "new.txt") -> Document:
    return Document(text=text, source=source, paragraphs=(Span(0, len(text)),))


KNOWN = (
    known("Antony J. Blinken", PERSON, "Mr. Blinken", "Secretary of State Antony J. Blinken", "secretary"),
    known("Judith Raanan", PERSON),
    known("Natalie Raanan", PERSON, "Ms. Raanan"),
    known("Biden", PERSON, "President Biden", "Mr. Biden"),
    known("United States", PLACE, "U.S."),
    known("United Nations", ORG),
    known("International Monetary Fund", ORG),
    known("DS", ORG),
    known("Liggett Group", ORG),
    known("Gaza Strip", PLACE, "Gaza"),
    known("Israel", PLACE, "Israeli government"),
    known("WMC Resources", ORG),
    known("Daiwa", ORG),
    known("humanitarian pauses", CONCEPT),
    known("Tories", ORG),
    known("Liberal Democrat", ORG),
    known("BBC Three", ORG),
    known("Harbour United", ORG, "United"),
    known("Globe Bank", ORG),
)


@pytest.mark.parametrize(
    "label, etype, aliases, expected",
    [
        # people: same surname and a compatible first name, or a bare surname known once
        ("Antony Blinken", PERSON, ("U.S. Secretary of State Antony Blinken",), "Antony J. Blinken"),
        ("A. Blinken", PERSON, (), "Antony J. Blinken"),
        ("Blinken", PERSON, ("Mr. Blinken",), "Antony J. Blinken"),
        ("Antony J Blinken", PERSON, (), "Antony J. Blinken"),
        ("Natalie Raanan", PERSON, (), "Natalie Raanan"),
        ("Joe Biden", PERSON, (), "Biden"),
        ("Ruth Blinken", PERSON, (), None),  # same surname, another first name
        ("Raanan", PERSON, ("Ms. Raanan",), None),  # two Raanans are known: no guess
        ("Donald Tusk", PERSON, (), None),
        # organisations and places: name, alias, acronym, corporate suffix
        ("U.S.", PLACE, (), "United States"),
        ("US", ORG, (), "United States"),
        ("UN", ORG, (), "United Nations"),  # a union of states: its acronym stands for it across articles
        ("IMF", ORG, (), None),  # any other initials may be a coincidence: only an article ties them to the name
        ("Downing Street", PLACE, (), None),  # a street's initials that spell a known acronym ("DS")
        ("LG", ORG, (), None),  # a firm's ("Liggett Group")
        ("Gaza", PLACE, (), "Gaza Strip"),
        ("the Gaza Strip", PLACE, (), "Gaza Strip"),
        ("Israel", ORG, (), "Israel"),
        ("WMC", ORG, (), "WMC Resources"),
        ("Daiwa Securities", ORG, (), "Daiwa"),
        ("Gaza International", ORG, (), None),  # a corporate suffix joins companies only
        ("Globe", ORG, (), "Globe Bank"),  # a short name
        ("The Globe", ORG, (), None),  # ... but a word after "The" is a title (a paper, a programme), no bank
        ("Tory", ORG, (), "Tories"),  # a party named in the singular and the plural
        ("Liberal Democrats", ORG, (), "Liberal Democrat"),
        ("Liberal Democrat Party", ORG, (), "Liberal Democrat"),
        ("Upper Silesia", PLACE, (), None),  # initials "us" alone are no acronym of anything
        ("BT", ORG, (), None),  # a name holding an acronym ("BBC Three") is abbreviated by nothing
        ("Israel", PERSON, (), "Israel"),  # one type per name across a corpus: the known node's
        ("Daiwa", PERSON, (), "Daiwa"),
        # a word many clubs' names end in, alone, names no one club across articles
        ("Dundee United", ORG, ("United",), None),
        ("United", ORG, (), None),
        ("Harbour United", ORG, ("United",), "Harbour United"),
        # concepts: only the same name
        ("Humanitarian pauses", CONCEPT, (), "humanitarian pauses"),
        ("pauses", CONCEPT, (), None),
    ],
)
def test_match(label, etype, aliases, expected):
    registry = registry_of(*KNOWN)
    iri = registry.match(Entity("e0", label, etype, aliases=aliases))
    assert (registry.label(iri) if iri else None) == expected


def test_a_generic_description_is_its_articles_own():
    """"people" in one article is not "people" in another: scoped descriptions never join."""
    people = Entity("e0", "people", CONCEPT, scope="aaaa")
    registry = EntityRegistry()
    registry.add("urn:doc:a", [KnownEntity(str(entity_iri(people)), CONCEPT, "people")])
    assert len(registry) == 0
    other = Entity("e0", "people", CONCEPT, scope="bbbb")
    assert registry.match(other) is None
    assert entity_iri(people) != entity_iri(other)
    assert entity_iri(Entity("e0", "Energy Charter Treaty", CONCEPT)) == entity_iri(Entity("e9", "Energy Charter Treaty", CONCEPT))


@pytest.mark.parametrize("label, generic", [
    ("people", True), ("the government", True), ("2004 season", True),
    ("Energy Charter Treaty", False), ("de Gaulle", False), ("US officials", False),
])
def test_generic_is_a_label_with_no_capitalised_word(label, generic):
    assert Entity("e0", label, CONCEPT).generic is generic


def test_a_registry_that_cannot_remove_matches_the_same():
    """`kg build` keeps no per-document record (memory grows with entities, not documents)."""
    lean = EntityRegistry(removable=False)
    lean.add("urn:doc:a", KNOWN[:5])
    lean.add("urn:doc:b", KNOWN[5:])
    full = registry_of(*KNOWN)
    for label, etype in (("Mr. Blinken", PERSON), ("US", ORG), ("WMC", ORG), ("Raanan", PERSON), ("Gaza", PLACE)):
        entity = Entity("e0", label, etype, aliases=(label,))
        assert lean.match(entity) == full.match(entity), label
    assert len(lean) == len(full)
    with pytest.raises(ValueError, match="no record"):
        lean.remove("urn:doc:a")


def test_resolve_renames_to_the_known_node_and_keeps_the_names_as_aliases():
    registry = registry_of(*KNOWN)
    new = Entity("e0", "Antony Blinken", PERSON, aliases=("Blinken",), mentions=(Span(0, 14),))
    resolved = registry.resolve(Extraction(document(), entities=(new,)))
    (entity,) = resolved.entities
    assert entity.key == "e0" and entity.mentions == new.mentions
    assert (entity.label, entity.type) == ("Antony J. Blinken", PERSON)
    assert entity.aliases == ("Antony Blinken", "Blinken")
    assert str(entity_iri(entity)) == KNOWN[0].iri


def test_a_place_tagged_as_organisation_takes_the_known_type():
    registry = registry_of(*KNOWN)
    resolved = registry.resolve(Extraction(document(), entities=(Entity("e0", "Israel", ORG),)))
    assert resolved.entities[0].type is PLACE


def test_entities_that_meet_on_one_node_merge_and_their_relation_goes():
    registry = registry_of(*KNOWN)
    text = "Blinken met Antony Blinken. “Yes,” Blinken said."
    extraction = Extraction(
        document(text),
        entities=(
            Entity("a", "Blinken", PERSON, mentions=(Span(0, 7),)),
            Entity("b", "Antony Blinken", PERSON, mentions=(Span(12, 26),)),
            Entity("c", "Israel", PLACE),
        ),
        relations=(
            Relation("a", "meet", "b", Span(0, 27)),
            Relation("b", "urge", "c", Span(0, 27), attributed_to="a"),
        ),
        quotes=(Quote("Yes,", Span(29, 33), Span(28, 48), speaker="b"),),
    )
    resolved = registry.resolve(extraction)
    assert [e.key for e in resolved.entities] == ["a", "c"]
    blinken = resolved.entities[0]
    assert blinken.label == "Antony J. Blinken" and blinken.mentions == (Span(0, 7), Span(12, 26))
    assert set(blinken.aliases) == {"Blinken", "Antony Blinken"}
    assert resolved.relations == (Relation("a", "urge", "c", Span(0, 27)),)  # no self-attribution either
    assert resolved.quotes[0].speaker == "a"


def test_unknown_entities_pass_unchanged():
    extraction = Extraction(document(), entities=(Entity("e0", "Donald Tusk", PERSON),))
    assert EntityRegistry().resolve(extraction) == extraction


def test_removing_a_document_forgets_only_its_entities_and_names():
    registry = EntityRegistry()
    registry.add("urn:doc:a", [known("Antony J. Blinken", PERSON, "Antony Blinken"), known("Judith Raanan", PERSON)])
    registry.add("urn:doc:b", [known("Antony J. Blinken", PERSON, "Mr. Blinken"), known("Natalie Raanan", PERSON)])
    registry.remove("urn:doc:a")
    assert KNOWN[0].iri in registry and KNOWN[1].iri not in registry
    # Judith is gone, so a bare "Raanan" now names the one Raanan left
    assert registry.label(registry.match(Entity("x", "Raanan", PERSON))) == "Natalie Raanan"
    registry.remove("urn:doc:b")
    assert len(registry) == 0


def test_the_same_document_added_again_replaces_its_entities():
    registry = EntityRegistry()
    registry.add("urn:doc:a", [known("Judith Raanan", PERSON)])
    registry.add("urn:doc:a", [known("Natalie Raanan", PERSON)])
    assert len(registry) == 1 and registry.label(registry.match(Entity("x", "Raanan", PERSON))) == "Natalie Raanan"


def test_an_entity_whose_iri_is_not_minted_from_its_label_is_not_admitted():
    registry = EntityRegistry()
    registry.add("urn:doc:a", [KnownEntity("https://example.org/other", PERSON, "Antony Blinken")])
    assert len(registry) == 0


def test_add_extraction_records_under_the_document_iri():
    registry = EntityRegistry()
    doc = document("Blinken spoke.")
    registry.add_extraction(Extraction(doc, entities=(Entity("e0", "Antony Blinken", PERSON),)))
    registry.remove(f"https://example.org/kg/doc/{doc.id}")
    assert len(registry) == 0
