"""A people's adjective stands for its country (kg.extract.countries), a place is not a company
that starts with its name, and an office's brief is no body (kg.extract.roles): sentences written
for the tests -> facts and entity types."""
from __future__ import annotations

import pytest

from kg.extract.countries import COUNTRY_OF, national_titles
from kg.model import EntityType, Mention, MentionKind, Span
from kg.pipeline.builder import extract_document
from kg.read.text import document_from_text

pytestmark = pytest.mark.model


def extracted(text: str, nlp):
    """({label: type}, set of (subject label, predicate, object label))."""
    ex = extract_document(document_from_text(text, source="t.txt"), nlp)
    label = {e.key: e.label for e in ex.entities}
    return {e.label: e.type.value for e in ex.entities}, {(label[r.subject], r.predicate, label[r.object]) for r in ex.relations}


@pytest.mark.parametrize("text, fact", [
    # the country, though the article never names it
    ("German chemicals group Varta Werke has cut 200 jobs.", ("Varta Werke", "be based in", "Germany")),
    ("Spanish sprinter Lucia Marin has denied the claims.", ("Lucia Marin", "sprinter of", "Spain")),
    ("French finance minister Paul Girard said the talks would go on.", ("Paul Girard", "finance minister of", "France")),
    ("The speakers included former Soviet leader Ivan Petrov.", ("Ivan Petrov", "former leader of", "Soviet Union")),
    ("The speakers included Paraguayan leader Ana Ruiz.", ("Ana Ruiz", "leader of", "Paraguay")),
    ("The Ethiopian runner Abebe Tola won the race in Spain.", ("Abebe Tola", "runner of", "Ethiopia")),
    ("South African flanker Piet Botha was named player of the year.", ("Piet Botha", "flanker of", "South Africa")),  # two words
    ("South African mining group Kanto Gold has cut 200 jobs.", ("Kanto Gold", "be based in", "South Africa")),
    ("Three of the five nominees were British.", None),
    # the country the article does name: one node
    ("Israeli Prime Minister Dan Levi flew to Israel on Monday.", ("Dan Levi", "prime minister of", "Israel")),
])
def test_a_peoples_adjective_stands_for_its_country(nlp, text, fact):
    types, facts = extracted(text, nlp)
    country = fact[2] if fact else "UK"
    assert types.get(country) == "Place", types
    assert not set(types) & {"German", "Spanish", "French", "British", "Israeli"}, types
    if fact:
        assert fact in facts, facts


@pytest.mark.parametrize("text, body", [
    # a people with no state of that name says where a body is from, not a place it is based in
    ("The Basque newspaper Egunkaria received a call on Friday.", "Egunkaria"),
    ("The Kurdish party Velta Union won the vote.", "Velta Union"),
])
def test_a_peoples_adjective_with_no_country_is_no_base(nlp, text, body):
    _types, facts = extracted(text, nlp)
    assert not any(s == body and p == "be based in" for s, p, _o in facts), facts


def test_the_table_names_each_country_once_per_adjective():
    assert COUNTRY_OF["british"] == "UK" and COUNTRY_OF["dutch"] == "Netherlands"
    assert all(adjective.islower() and country[:1].isupper() for adjective, country in COUNTRY_OF.items())
    assert "democrat" not in COUNTRY_OF and "catholic" not in COUNTRY_OF  # parties and faiths are no countries


def test_a_place_is_not_the_company_that_starts_with_its_name(nlp):
    types, facts = extracted("Japan Airlines ordered ten jets. In Japan, phones that take films are on sale.", nlp)
    assert types.get("Japan") == "Place" and types.get("Japan Airlines") == "Organization", types


@pytest.mark.parametrize("text, fact, absent", [
    # a capitalised office names a brief, no body
    ("The then Home Secretary Tom Reed resigned in May.", None, ("Tom Reed", "secretary of", "Home")),
    ("Proposals were announced by the Trade and Industry Secretary Ana Ruiz.", None,
     ("Ana Ruiz", "secretary of", "Trade and Industry")),
    # "New" opening the sentence is no word of the brief
    ("New Home Secretary Tom Reed defended the law.", ("Tom Reed", "defend", "law"), ("Tom Reed", "secretary of", "New Home")),
    # a party, an acronym or a country before the office is one
    ("Labour Party Secretary Matt Carter wrote to the watchdog.", ("Matt Carter", "secretary of", "Labour Party"), None),
    ("UN Secretary Kofi Mensah met the envoy.", ("Kofi Mensah", "secretary of", "UN"), None),
])
def test_an_offices_brief_is_no_body(nlp, text, fact, absent):
    _, facts = extracted(text, nlp)
    if fact:
        assert fact in facts, facts
    if absent:
        assert absent not in facts, facts


@pytest.mark.parametrize("text, name, fact", [
    # a people's word of two words before a person's name titles the name, whether the tagger took
    # both words into the name or left the first out
    ("New Zealander Tom Hale brought the novel to the big screen.", "Tom Hale", ("Tom Hale", "bring novel to", "big screen")),
    ("South African Piet Botha won the title in Durban. Botha was delighted.", "Piet Botha", ("Piet Botha", "win", "title")),
    # a noun for one person of a people titles a name the tagger took for a body's, with no given name it knows
    ("Tom Hale beat Frenchman Loic Vidal in the final in Lyon.", "Loic Vidal", ("Tom Hale", "beat", "Loic Vidal")),
])
def test_a_peoples_word_of_two_words_titles_a_name(nlp, text, name, fact):
    types, facts = extracted(text, nlp)
    assert types.get(name) == "Person" and not any(label.endswith(name) and label != name for label in types), types
    assert fact in facts, facts


def test_a_peoples_noun_before_a_post_names_no_person(nlp):
    # "Argentine Economic Minister": a post, not a man called "Economic Minister"
    types, _ = extracted("Last week, Argentine Economic Minister, Pedro Solbes, told the French media that the plan had failed.", nlp)
    assert "Economic Minister" not in types and types.get("Pedro Solbes") == "Person", types



@pytest.mark.parametrize("name, text, person", [
    # a two-word name the tagger took for a place is a person's when it opens with a given name and the
    # text calls it by its last word alone, as news calls a person
    ("Elena Dunlova", "He wanted to protect Russia's Elena Dunlova. Dunlova is angry too.", True),
    ("Elena Dunlova", "He wanted to protect Russia's Elena Dunlova. The club is angry too.", False),
    ("Alice Springs", "Flights to Alice Springs resumed. The Springs festival starts soon.", False),
])
def test_a_name_taken_for_a_place_is_a_persons_when_called_by_its_surname(name, text, person):
    start = text.index(name)
    m = Mention(id=0, span=Span(start, start + len(name)), text=name, kind=MentionKind.NAME, type=EntityType.PLACE,
                name=name, key=name.lower())
    assert (national_titles([m], text)[0].type is EntityType.PERSON) is person
