"""Clauses that give their object a label, a quality or a state ("called the plan a scandal",
"kept the gate open", "was named coach of the year"): no fact of the verb and its bare object;
a passive one says what its patient was named. Sentences written for the tests."""
from __future__ import annotations

import pytest

from tests.extract.test_extract import facts

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, dropped", [
    # a small clause's predicate after the object: the label or state is the point
    ("The union called the offer an insult to nurses.", ("union", "call", "offer")),
    ("The minister labelled the report a whitewash.", ("minister", "label", "report")),
    ("The referee kept the players waiting in the tunnel.", ("referee", "keep", "players")),
    ("The landlord left the windows open all winter.", ("landlord", "leave", "windows")),
    ('Health analyst Ana Ruiz called the new targets "reasonably impressive".', ("Ana Ruiz", "call", "new targets")),
    ("The regulator kept the airlines informed of every change.", ("regulator", "keep", "airlines")),
    # a participle saying what the object does or undergoes
    ("Exporters have seen their margins squeezed by the strong currency.", ("exporters", "see", "margins")),
    # a verb of describing or regarding with an as-phrase or "to be"
    ("The coach described the defeat as a disaster.", ("coach", "describe", "defeat")),
    ("Ruth Okafor has branded the scheme as unworkable.", ("Ruth Okafor", "brand", "scheme")),
    ("The merger was described by analysts as a rescue.", ("analysts", "describe", "merger")),
    ("The album was billed by its label as a comeback.", ("label", "bill", "album")),
    # a passive with an agent: the agent did not simply name the patient
    ("Omar Haddad was named coach of the year by the Ferrow Rugby Union.", ("Ferrow Rugby Union", "name", "Omar Haddad")),
])
def test_a_labelled_object_gives_no_bare_fact(nlp, text, dropped):
    _, found = facts(text, nlp)
    assert not any((s, p, o) == dropped for s, p, o, _ in found), sorted(found)


@pytest.mark.parametrize("text, kept", [
    # the same verbs without a label keep their object
    ("The union called the police.", ("union", "call", "police")),
    ("The referee kept the ball.", ("referee", "keep", "ball")),
    ("Exporters have seen a rise in orders.", ("exporters", "see", "rise in orders")),
    # a participle that only narrows the object of a verb of seeing or having
    ("The judge had seen the letters linking the two firms.", ("judge", "see", "letters")),
    ("The builder has the skills needed for the job.", ("builder", "have", "skills")),
    ("The coach described the attack in detail.", ("coach", "describe", "attack")),
    ("The minister dismissed the report as nonsense.", ("minister", "dismiss", "report")),
    # a verb of regarding keeps its object: how one sees another is a fact
    ("The coach sees Ana Ruiz as the leader of the side.", ("coach", "see", "Ana Ruiz")),
    # a verb of making or keeping keeps the state in its predicate
    ("The card issuers will keep the banks informed of attacks.", ("card issuers", "keep informed", "banks")),
    ("The bank has made its accounts available to the inspectors.", ("bank", "make available", "accounts")),
    # a place in an order is part of the predicate: "finished third in", not "finished in"
    ("Maria Rossi finished third in the Olympic marathon.", ("Maria Rossi", "finish third in", "Olympic marathon")),
    ("Ann Kibet came second in the Berlin Marathon.", ("Ann Kibet", "come second in", "Berlin Marathon")),  # (an unnamed
    # "Kenyan runner" as subject is no one a reader can tell: kg.extract.descriptions.bare_reference)
    ("Velta Air is ranked third in the category.", ("Velta Air", "be ranked third in", "category")),  # a passive's too
    # an amount's "worth" is no state
    ("The bank raised funds by selling new shares worth $2bn.", ("bank", "sell", "new shares")),
    # a passive of naming says what the patient was named, with or without the agent
    ("Omar Haddad was named coach of the year by the Ferrow Rugby Union.", ("Omar Haddad", "be named", "coach of the year")),
    ("Lena Fischer was named best supporting actress at the ceremony.", ("Lena Fischer", "be named", "best supporting actress")),
])
def test_a_label_is_said_of_its_holder(nlp, text, kept):
    _, found = facts(text, nlp)
    assert any((s, p, o) == kept for s, p, o, _ in found), sorted(found)


def test_a_passive_label_leaves_out_the_occasion(nlp):
    _, found = facts("Lena Fischer was named best supporting actress at the ceremony.", nlp)
    assert not any(p == "be named at" for _, p, _, _ in found), sorted(found)


@pytest.mark.parametrize("text, dropped", [
    # an absolute with-phrase says what went on beside the act: its noun is no argument
    ("His mind turned at once to the film, with Monday's premiere coinciding with the start of the festival.",
     ("mind", "turn with", "Monday's premiere")),
    # so does one whose noun a place in an order, an ordinal or a participle follows
    ("Tom Hale of Norway was second, with Ian Dunn of Kenya in third.", ("Tom Hale", "be with", "Ian Dunn")),
    ("Velta won the cup with 63 points, with Harbury second on 48 and Korvex third.", ("Velta", "win cup with", "Harbury")),
    ("Tom Reed has been linked with the post at Velta, with reports saying he fell out with the board.",
     ("Tom Reed", "be linked with", "reports")),
    # a manner is no partner
    ("The council, with much fanfare, signed up to the new scheme.", ("council", "sign up with", "much fanfare")),
])
def test_an_absolute_with_phrase_is_no_argument(nlp, text, dropped):
    _, found = facts(text, nlp)
    assert not any((s, p, o) == dropped for s, p, o, _ in found), sorted(found)


def test_a_place_joined_by_a_hyphen_is_no_rank(nlp):
    _, found = facts("The winger joins Hull with the club second-from-bottom in the league.", nlp)
    assert not any(p.startswith("join second") for _, p, _, _ in found), sorted(found)


def test_a_distance_stays_with_its_preposition(nlp):
    _, found = facts("Tom Reed was sitting two yards from Ana Ruiz.", nlp)
    assert ("Tom Reed", "sit two yards from", "Ana Ruiz") in {(s, p, o) for s, p, o, _ in found}, sorted(found)
    assert not any(p == "sit from" for _, p, _, _ in found), sorted(found)


@pytest.mark.parametrize("text, kept, dropped", [
    ("Two reporters were held as part of the inquiry into the leak.", ("two reporters", "be held as part of", "inquiry into the leak"),
     "be held as"),
    ("Tom Reed resigned as part of the merger.", ("Tom Reed", "resign as part of", "merger"), "resign as"),
    # one of many is not all of them: "seen as one of the best players" is no "seen as the best players"
    ("Tom Reed is now seen as one of the most gifted players in Wales.", ("Tom Reed", "be seen as one of", "most gifted players"),
     "be seen as"),
    ("Ana Ruiz won in one of the closest races of the year.", ("Ana Ruiz", "win in one of", "closest races of the year"), "win in"),
    ("The town came to bid farewell to one of its finest poets.", ("town", "bid farewell to one of", "finest poets"), "bid farewell to"),
])
def test_a_part_stays_with_its_preposition(nlp, text, kept, dropped):
    """"as part of the inquiry" is no "as the inquiry", nor "as one of the players" "as the players": the
    part's words stay in the predicate."""
    _, found = facts(text, nlp)
    assert kept in {(s, p, o) for s, p, o, _ in found}, sorted(found)
    assert not any(p == dropped for _, p, _, _ in found), sorted(found)


def test_a_noun_set_off_by_dashes_after_the_object_is_no_object(nlp):
    _, found = facts("Velta Bank raised its fees by 2% to 7.5% - its first rise in six years - in March.", nlp)
    assert not any(o == "first rise" for _, _, o, _ in found), sorted(found)
