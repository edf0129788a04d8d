"""Dealings with another party (kg.extract.relations, lexicon AGREEMENT_NOUNS): the with-phrase
of an agreement, a deal or talks that a verb takes for its object names the subject's other
party, under the verb and the noun ("reach agreement with"); the object stays an object."""
from __future__ import annotations

import pytest

from tests.extract.test_pronoun_antecedents import triples as facts

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, party, kept", [
    ("Korvex reached an agreement with Velta Motors over the plant.",
     ("Korvex", "reach agreement with", "Velta Motors"), ("Korvex", "reach", "agreement")),
    ("Norbank signed a five-year contract with Hale Airways.",
     ("Norbank", "sign contract with", "Hale Airways"), ("Norbank", "sign", "five-year contract")),
    ("Ms Dunn held talks with the Irish prime minister on Monday.",
     ("Dunn", "hold talks with", "Irish prime minister"), ("Dunn", "hold", "talks")),
    ("Arlo Foods completed its merger with Benton Dairies.",
     ("Arlo Foods", "complete merger with", "Benton Dairies"), ("Arlo Foods", "complete", "merger")),
])
def test_other_party_of_agreement(nlp, text, party, kept):
    found = facts(text, nlp)
    assert {party, kept} <= found, found  # the party, and the agreement still the object


@pytest.mark.parametrize("text, wrong", [
    # a with-phrase on another noun, or on a noun of no dealing, names no party (a person it names is
    # a partner in the act: "read the report with the prime minister", tests/extract/test_extract.py)
    ("Korvex bought a factory with Velta Motors' money.", "buy factory with"),
    ("Ms Dunn read the report with a magnifying glass.", "read report with"),
    # the agreements are the subject of the clause ordered, not the orderer's own
    ("President Ruiz has ordered all existing contracts with foreign banks to be reviewed.", "order contracts with"),
])
def test_no_party_without_agreement(nlp, text, wrong):
    assert not any(p == wrong for _, p, _ in facts(text, nlp))
