"""How `kg openie` shapes a clause's arguments: a list object gives one extraction per item, a
relative clause stays in its noun's argument unless a comma sets it off, a subject pronoun is
replaced by the earlier subject it stands for, and a clause's confidence falls with how deeply
it is embedded."""
from __future__ import annotations

import pytest

from kg.extract.openie import ExtractionRule, extract_sentence

pytestmark = pytest.mark.model


def tuples(sentence: str) -> set[tuple[str, ...]]:
    """(relation, arg1, arg2...) of the clause extractions of one sentence."""
    return {(ex.relation, *(a.text for a in ex.arguments)) for ex in extract_sentence(sentence.split()) if ex.rule is ExtractionRule.CLAUSE}


def confidence(sentence: str, relation: str) -> float:
    return next(ex.confidence for ex in extract_sentence(sentence.split()) if ex.relation == relation)


@pytest.mark.parametrize(
    "sentence, expected, absent",
    [
        # a list of three or more nouns: one extraction per item, the list itself not
        (
            "The museum shows paintings , drawings , maps and coins .",
            {("shows", "The museum", "paintings"), ("shows", "The museum", "coins")},
            ("shows", "The museum", "paintings , drawings , maps and coins"),
        ),
        (
            "The shop sells bread , cheese and wine .",
            {("sells", "The shop", "bread"), ("sells", "The shop", "cheese"), ("sells", "The shop", "wine")},
            ("sells", "The shop", "bread , cheese and wine"),
        ),
        # a pair stays together
        (
            "The team signed a striker and a goalkeeper .",
            {("signed", "The team", "a striker and a goalkeeper")},
            ("signed", "The team", "a striker"),
        ),
    ],
)
def test_a_list_object_gives_one_extraction_per_item(sentence, expected, absent):
    found = tuples(sentence)
    assert expected <= found, f"{expected - found} not in {sorted(found)}"
    assert absent not in found


@pytest.mark.parametrize(
    "sentence, expected, absent",
    [
        # no comma: the clause picks the noun out and stays in the argument
        (
            "The court freed the men who had been held without trial .",
            ("freed", "The court", "the men who had been held without trial"),
            ("freed", "The court", "the men"),
        ),
        (
            "The trust restored the mill that stood by the river .",
            ("restored", "The trust", "the mill that stood by the river"),
            ("restored", "The trust", "the mill"),
        ),
        # a comma: a remark of its own, left out of the argument
        (
            "The council sold the hall , which had stood empty for years .",
            ("sold", "The council", "the hall"),
            ("sold", "The council", "the hall , which had stood empty for years"),
        ),
    ],
)
def test_only_a_relative_clause_set_off_by_a_comma_is_cut(sentence, expected, absent):
    found = tuples(sentence)
    assert expected in found, f"{expected} not in {sorted(found)}"
    assert absent not in found
    assert any(t[0] in ("had been held without", "stood by", "had stood") for t in found)  # the clause's own extraction


@pytest.mark.parametrize(
    "sentence, expected, absent",
    [
        # he/she: an earlier person; it: an earlier single thing; they: several
        ("Anna Berg resigned after she lost the vote .", ("lost", "Anna Berg", "the vote"), ("lost", "she", "the vote")),
        ("The bank reported a loss , although it had expected a profit .", ("had expected", "The bank", "a profit"), ("had expected", "it", "a profit")),
        ("The growers complained because they had lost their harvest .", ("had lost", "The growers", "their harvest"), ("had lost", "they", "their harvest")),
    ],
)
def test_a_subject_pronoun_becomes_the_earlier_subject_it_stands_for(sentence, expected, absent):
    found = tuples(sentence)
    assert expected in found, f"{expected} not in {sorted(found)}"
    assert absent not in found


@pytest.mark.parametrize(
    "sentence, relation, pronoun",
    [
        # "it" before a copula often stands for nothing ("it was too early to decide")
        ("The ministers said that it was too early to decide .", "was early to decide", "it"),
        # no earlier subject that agrees: a plural subject is no "he"
        ("The farmers said he had left .", "had left", "he"),
        # nothing earlier in the sentence
        ("He sold the farm .", "sold", "He"),
    ],
)
def test_a_pronoun_without_an_agreeing_earlier_subject_stays(sentence, relation, pronoun):
    subjects = {t[1] for t in tuples(sentence) if t[0] == relation}
    assert subjects == {pronoun}


@pytest.mark.parametrize(
    "sentence, outer, inner",
    [
        # a reported clause is less sure than the report; a report inside a report less still
        ("The agency said the report claimed that rents had risen .", "said", "claimed that"),
        ("The agency said the report claimed that rents had risen .", "claimed that", "had risen"),
        # an adverbial clause inside a relative clause is below the relative clause
        ("The court freed the men who had been held because they had protested .", "had been held", "had protested"),
    ],
)
def test_deeper_clauses_are_less_sure(sentence, outer, inner):
    assert confidence(sentence, outer) > confidence(sentence, inner)


@pytest.mark.parametrize(
    "fuller, bare",
    [
        # no object, but a time or manner: between a clause with an object and a bare verb
        ("The committee met yesterday .", "The committee resigned ."),
        ("Prices rose sharply .", "Prices rose ."),
    ],
)
def test_a_clause_with_only_a_circumstance_is_surer_than_a_bare_verb(fuller, bare):
    with_circumstance = extract_sentence(fuller.split())[0]
    without = extract_sentence(bare.split())[0]
    with_object = extract_sentence("The committee rejected the plan .".split())[0]
    assert len(with_circumstance.arguments) == 2 and len(without.arguments) == 1
    assert without.confidence < with_circumstance.confidence < with_object.confidence
