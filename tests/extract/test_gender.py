"""A he or she never binds to a person the text marks as the other sex: by an honorific, a noun
for one sex ("the chairwoman", "Actress ..."), or a given name news gives to one sex. A person
whose sex nothing says stays open to either. Texts written for these tests."""
from __future__ import annotations

import pytest

from kg.extract.given_names import given_name_gender, noun_gender
from tests.extract.test_pronoun_antecedents import speakers, triples


@pytest.mark.parametrize("word, gender", [
    ("Peter", "m"), ("mohammed", "m"), ("Giuseppe", "m"), ("Laura", "f"), ("Svetlana", "f"), ("Fatima", "f"),
    # given to both often enough: says nothing
    ("Jordan", ""), ("Alex", ""), ("Sam", ""), ("Chris", ""), ("Jean", ""), ("Andrea", ""), ("Robin", ""),
    ("Blair", ""),  # a surname, not a given name
])
def test_given_name_gender(word, gender):
    assert given_name_gender(word) == gender


@pytest.mark.parametrize("word, gender", [
    ("actress", "f"), ("chairwoman", "f"), ("wife", "f"), ("Queen", "f"),
    ("actor", "m"), ("spokesman", "m"), ("brother", "m"),
    ("spokesperson", ""), ("chairman's", ""), ("women", ""), ("minister", ""),
])
def test_noun_gender(word, gender):
    assert noun_gender(word) == gender


@pytest.mark.model
@pytest.mark.parametrize("text, present, absent", [
    # a given name for one sex keeps the other pronoun off the nearer subject
    ("Laura Finch beat the favourite in Leeds. Peter Dale watched the race. She bought a new car after the win.",
     ("Laura Finch", "buy", "new car"), ("Peter Dale", "buy", "new car")),
    ("Peter Dale coached the team for years. Laura Finch praised the players. He bought a farm in Kent.",
     ("Peter Dale", "buy", "farm"), ("Laura Finch", "buy", "farm")),
    # the reporter of a clause is not its he or she when the two disagree
    ("Laura Finch won the race in Leeds. Peter Dale said she had earned the title.",
     ("Laura Finch", "earn", "title"), ("Peter Dale", "earn", "title")),
    ("Mark Reid met Emma Stone at the club. Emma Stone said he had signed the deal.",
     ("Mark Reid", "sign", "deal"), ("Emma Stone", "sign", "deal")),
    # an honorific or a noun for one sex says it where the given name is given to both
    ("Ms Robin Kerr met Peter Dale. Peter Dale praised the plan. She signed the deal.",
     ("Robin Kerr", "sign", "deal"), ("Peter Dale", "sign", "deal")),
    ("Sir Robin Kerr met Laura Finch. Laura Finch praised the plan. He signed the deal.",
     ("Robin Kerr", "sign", "deal"), ("Laura Finch", "sign", "deal")),
    ("Actress Robin Kerr met Peter Dale in Paris. Peter Dale praised the film. She bought a farm.",
     ("Robin Kerr", "buy", "farm"), ("Peter Dale", "buy", "farm")),
    (("Robin Kerr signed the striker on Friday. The chairwoman met Peter Dale on Monday. "
      "Peter Dale praised the deal. She bought a farm."),
     ("Robin Kerr", "buy", "farm"), ("Peter Dale", "buy", "farm")),
    # an honorific of the other sex before a surname is someone else of that name: "Mrs Dale" is not Peter Dale
    ("Party leader Peter Dale toured Kent on Monday. Mrs Dale made her first speech in Dover.",
     ("Peter Dale", "tour", "Kent"), ("Peter Dale", "make", "first speech")),
    ("Peter Dale toured Kent on Monday. Mr Dale said the visit had gone well.", ("Peter Dale", "tour", "Kent"), ("Dale", "tour", "Kent")),
    # a person whose sex nothing says takes either pronoun
    ("Jordan Tate won the race. Peter Dale praised the runner. She bought a car.",
     ("Jordan Tate", "buy", "car"), ("Peter Dale", "buy", "car")),
    ("Jordan Tate won the race. Laura Finch praised the runner. He bought a car.",
     ("Jordan Tate", "buy", "car"), ("Laura Finch", "buy", "car")),
])
def test_he_she_agree_in_sex(text, present, absent, nlp):
    found = triples(text, nlp)
    assert present in found
    assert absent not in found


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ('Laura Finch met Peter Dale on Monday. "We will fight on," she said.', ["Laura Finch"]),
    ('Peter Dale met Laura Finch on Monday. Laura Finch praised the plan. "It is a fine plan," he said.', ["Peter Dale"]),
])
def test_quote_speaker_pronoun_agrees_in_sex(text, expected, nlp):
    assert speakers(text, nlp) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, person, thing", [
    # the one told to act controls a he or she, but an "it" is never a person
    ("The board asked Jordan Tate to confirm it had lost the files.", "Jordan Tate", "board"),
    ("The club urged Jordan Tate to admit it had broken the rules.", "Jordan Tate", "club"),
])
def test_it_is_never_the_person_in_control(text, person, thing, nlp):
    doers = {s for s, _p, o in triples(text, nlp) if o in ("files", "rules")}
    assert person not in doers
    assert thing in doers
