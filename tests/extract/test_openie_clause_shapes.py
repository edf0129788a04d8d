"""Open-IE clause shapes (kg.extract.openie, kg.extract.places): adverbs of the verb in the
relation, wh-words never an argument, a passive's second object, a copula stating a that-clause,
and a town named with the region it is in."""
from __future__ import annotations

import pytest

from kg.extract.openie import ExtractionRule, extract_sentence

pytestmark = pytest.mark.model


def tuples(sentence: str, rule: ExtractionRule = ExtractionRule.CLAUSE) -> set[tuple[str, ...]]:
    """(relation, arg1, arg2...) of the extractions of one rule."""
    return {(ex.relation, *(a.text for a in ex.arguments)) for ex in extract_sentence(sentence.split()) if ex.rule is rule}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a one-word adverb of the verb joins the relation, before or after the verb
        ("The museum also opens on Sundays .", ("also opens on", "The museum", "Sundays")),
        ("The old ferry runs daily to the island .", ("runs daily to", "The old ferry", "the island")),
        ("My neighbour often repairs bicycles .", ("often repairs", "My neighbour", "bicycles")),
        ("The lawyers rely heavily on old rulings .", ("rely heavily on", "The lawyers", "old rulings")),
        # a relative or subordinating wh-word is no argument of its clause
        ("They moved to a village where they bought a farm .", ("bought", "they", "a farm")),
        ("He was asleep when the storm hit the coast .", ("hit", "the storm", "the coast")),
        ("She found a box in which her father kept letters .", ("kept", "her father", "letters")),
        # a passive verb that keeps its second object: that object is arg2 (later arguments may follow)
        ("The firm was given a large contract last year .", ("was given", "The firm", "a large contract")),
        ("She was awarded the gold medal in 1990 .", ("was awarded", "She", "the gold medal")),
        ("The guests were served a cold soup .", ("were served", "The guests", "a cold soup")),
        # a copula whose complement is a that-clause states that clause of its subject
        ("The problem is that the roof leaks .", ("is that", "The problem", "the roof leaks")),
        ("Their fear was that the river would flood the town .", ("was that", "Their fear", "the river would flood the town")),
    ],
)
def test_clause_shapes(sentence, expected):
    found = {t[: len(expected)] for t in tuples(sentence)}
    assert expected in found, f"{expected} not in {sorted(found)}"
    assert all(not {"where", "when", "which", "in which"}.intersection(t[1:]) for t in found), sorted(found)


def test_no_that_clause_relation_after_it():
    # "it" before such a copula stands for nothing ("It is clear that ...")
    assert not any(t[0].endswith("that") for t in tuples("It is clear that the plan failed ."))


@pytest.mark.parametrize(
    "sentence, empty",
    [
        # "it" standing for a that-clause after the adjective: (It; is; likely) says nothing
        ("It is likely that the bridge will close .", ("is", "It", "likely")),
        ("It was obvious that the guests were tired .", ("was", "It", "obvious")),
    ],
)
def test_no_statement_of_an_extraposed_it(sentence, empty):
    found = tuples(sentence)
    assert empty not in found and any(t[0] in ("will close", "were") for t in found), sorted(found)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("It is cold .", ("is", "It", "cold")),  # no clause: "it" is the weather, the room ...
        ("It was easy to find the house .", ("was", "It", "easy")),  # the infinitive follows as an argument
    ],
)
def test_it_with_an_adjective_and_no_that_clause_stays(sentence, expected):
    found = {t[:3] for t in tuples(sentence)}
    assert expected in found, sorted(found)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a town named with its state before the noun they modify (an apposition has a rule of its own)
        ("The Reno , Nev. , casino closed last month .", ("be in", "Reno", "Nev.")),
        ("The Salem , Ore. , company makes boats .", ("be in", "Salem", "Ore.")),
        ("Storms hit the Tulsa , Okla. , area on Monday .", ("be in", "Tulsa", "Okla.")),
    ],
)
def test_place_in_larger_place(sentence, expected):
    found = tuples(sentence, ExtractionRule.CONTAINMENT)
    assert expected in found, f"{expected} not in {sorted(found)}"


@pytest.mark.parametrize(
    "sentence",
    [
        "He flew to Paris , London and Berlin last week .",  # a list of places
        "The tour visits Rome , Madrid , Lisbon and Athens .",
        "Although in Spain , the Portuguese team trained hard .",  # the comma closes a phrase
    ],
)
def test_no_containment_in_lists_or_across_phrases(sentence):
    found = tuples(sentence, ExtractionRule.CONTAINMENT)
    assert not any(t[0] == "be in" for t in found), sorted(found)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # "one of" a group beside a name: the name is that one, whichever comes first
        ("Maya , one of the nurses , found the key .", ("be", "Maya", "one of the nurses")),
        ("One of the guards , Tom Bell , opened the gate .", ("be", "Tom Bell", "One of the guards")),
    ],
)
def test_one_of_a_group_beside_a_name(sentence, expected):
    found = tuples(sentence, ExtractionRule.APPOSITION)
    assert expected in found, f"{expected} not in {sorted(found)}"


def test_a_larger_part_of_a_group_is_no_identity():
    # "60 of them" is part of the 70 people, not the same thing
    found = tuples("The firm hired 70 people -- 60 of them in sales -- last year .", ExtractionRule.APPOSITION)
    assert not any(t[0] == "be" and t[2].startswith("60") for t in found), sorted(found)


@pytest.mark.parametrize(
    "sentence, verb",
    [
        # a to-infinitive on a noun says what could be done, not that the sentence's subject does it
        ("She joined the club after the vote to expand the park .", "to expand"),
        ("He campaigned for a law to ban smoking in bars .", "to ban"),
    ],
)
def test_no_doer_for_an_infinitive_on_a_noun(sentence, verb):
    assert not any(t[0] == verb for t in tuples(sentence)), sorted(tuples(sentence))


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a purpose of the clause keeps the clause's subject as its doer
        ("They wrapped the loaves in order to keep the bread fresh .", ("to keep", "They", "the bread")),
        ("The workers stood under a tent to escape the rain .", ("to escape", "The workers", "the rain")),
    ],
)
def test_purpose_of_the_clause_keeps_its_doer(sentence, expected):
    assert expected in {t[:3] for t in tuples(sentence)}, sorted(tuples(sentence))
