"""Relations a possessive states (kg.extract.possessives), and the roles a pronoun's possessive or
"one of the founders of" gives (kg.extract.roles): sentences written for the tests."""
from __future__ import annotations

import pytest

from kg.pipeline.builder import extract_document
from kg.read.text import document_from_text

pytestmark = pytest.mark.model


def triples(text: str, nlp) -> set[tuple[str, str, str]]:
    """(subject label, predicate, object label) of each relation extracted from `text`."""
    ex = extract_document(document_from_text(text, source="t.txt"), nlp)
    label = {e.key: e.label for e in ex.entities}
    return {(label[r.subject], r.predicate, label[r.object]) for r in ex.relations}


@pytest.mark.parametrize(
    "text, expected",
    [
        # a work named after its noun: the noun says what the owner did
        ("Lena Marsh's quiet documentary Harbour Lights opened in March.", ("Lena Marsh", "make", "Harbour Lights")),
        ("Critics praised Tomas Berg's debut novel Winter Roads.", ("Tomas Berg", "write", "Winter Roads")),
        # the parser hangs the name beside the noun, not under it
        ("Nadia Okafor's short comedy Paper Boats is about two sisters.", ("Nadia Okafor", "make", "Paper Boats")),
        # a title that names no thing of the graph ("Nothing ..."): the noun stands for the work
        ("Omar Haddad's entry, Nothing Left To Say, impressed the judges.", ("Omar Haddad", "enter", "Omar Haddad's entry")),
        # a work with no name: the noun is the thing (of a written work or a report, whose owner says which)
        ("The board will examine judge Paul Steed's report tomorrow.", ("Paul Steed", "write", "Paul Steed's report")),
        # a body publishes its report and its chart
        ("Investors studied the Central Bank's quarterly report.", ("Central Bank", "publish", "Central Bank's quarterly report")),
        ("Sales now count towards Chart Media Group's Top 40 chart.", ("Chart Media Group", "publish", "Chart Media Group's Top 40 chart")),
        # a speaker's own work, in an interview, is the one it is about
        ('"I am proud of my film," said Lena Marsh.', ("Lena Marsh", "make", "film")),
        # a pronoun's work is its antecedent's
        ("Helen Voss said her latest film, Harbour Lights, would open in May.", ("Helen Voss", "make", "Harbour Lights")),
        # an apposition says what the named thing is
        ("The Drifters' Silver Morning - a 1998 song - topped the chart.", ("Drifters", "record", "Silver Morning")),
        # a product only a body makes
        ("Kestrel Systems' new console went on sale on Friday.", ("Kestrel Systems", "make", "Kestrel Systems' new console")),
        # a person a body names as its own
        ("Arsenal's Dean Morley was sent off.", ("Dean Morley", "of", "Arsenal")),
        # ... and the post written in capitals between them
        ("Norway's Prime Minister Ola Berg will open the bridge.", ("Ola Berg", "prime minister of", "Norway")),
        # a role a pronoun's antecedent has
        ("Vantor Motors said its founder, Peter Lindqvist, would retire next year.", ("Peter Lindqvist", "founder of", "Vantor Motors")),
        # "one of the founders of"
        ("Ines Duarte was one of the founders of Vireo Capital.", ("Ines Duarte", "founder of", "Vireo Capital")),
    ],
)
def test_possessive_relations(nlp, text, expected):
    assert expected in triples(text, nlp)


@pytest.mark.parametrize(
    "text, subject, predicate",
    [
        # a place makes and enters no work
        ("Britain's entry came second in the contest.", "Britain", "enter"),
        ("The minister read France's Le Monde newspaper.", "France", "publish"),
        # a date is no owner
        ("Saturday's report was delayed.", "Saturday", "write"),
        # a noun outside the lexicon states no fact of its own
        ("Tomas Berg's decision surprised the board.", "Tomas Berg", "make"),
        # a person's phone is the one they own, not one they made
        ("Lena Marsh's phone was stolen.", "Lena Marsh", "make"),
        # a work noun that only modifies the head names no work: "its product range" is a range
        ("Kestrel Systems said its product range would grow.", "Kestrel Systems", "make"),
        # "their" finds the nearest plural too often: no work from it
        ("The fans cheered when the Drifters played their new album.", "fans", "record"),
        # works with no name, many of them, are no one thing; nor is a nameless film or song
        ("Critics have long admired Ray Dalton's songs.", "Ray Dalton", "record"),
        ("A festival will show all of Helen Voss' films next month.", "Helen Voss", "make"),
        ("Fans queued for Ray Dalton's new album.", "Ray Dalton", "record"),
        ("Helen Voss said her latest film would open in May.", "Helen Voss", "make"),
        # a role for the same name: the role rule says it ("striker of"), not this one
        ("Rangers' striker Dean Morley was injured.", "Dean Morley", "of"),
        # a name beside a paper the text names is no post of it
        ("In a column for the Leeds Post newspaper, Ms Ruiz, who chairs the housing panel, says: \"The plan has failed.\"", "Ruiz", "newspaper of"),
        # "one of" a thing that is no role is no role
        ("Dean Morley said the win was one of the proudest nights of his career.", "win", "proudest night of"),
        # "fellow" before a country's word: compatriots, no post of the country
        ("Harbour Lights beat films by fellow UK nominees Tom Reed and Ana Ruiz.", "Tom Reed", "fellow nominee of"),
        # a possessive inside a title owns nothing
        ("She reread Gulliver's Travels on the train.", "Gulliver", "make"),
        # an entry with no title says nothing of what was entered ("Tom Reed's entry [in the register]")
        ("Tom Reed's entry confirms that the club paid for the flight.", "Tom Reed", "enter"),
        # nor does a nameless work a hedged clause would make
        ("There are rumours that Nexacom is poised to produce its own browser.", "Nexacom", "make"),
        ("Kate Lowe should start her own magazine, a fan wrote.", "Kate Lowe", "publish"),  # not yet started
    ],
)
def test_possessives_that_state_nothing(nlp, text, subject, predicate):
    found = triples(text, nlp)
    assert not any(s == subject and p == predicate for s, p, _ in found), found


@pytest.mark.parametrize(
    "text, expected",
    [
        # an of-phrase right after a person's name names the firm they are with (kg.extract.roles)
        ("The deal is off, said Ines Duarte of Vireo Capital in Lisbon.", ("Ines Duarte", "of", "Vireo Capital")),
        ("Peter Lindqvist of Vantor Motors said sales had doubled.", ("Peter Lindqvist", "of", "Vantor Motors")),
    ],
)
def test_a_persons_of_phrase_names_their_firm(nlp, text, expected):
    assert expected in triples(text, nlp)


def test_a_place_in_a_persons_of_phrase_is_no_employer(nlp):
    assert not any(p == "of" for _s, p, _o in triples("Catherine of Aragon married Henry in 1509.", nlp))
