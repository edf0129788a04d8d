"""Relative clauses that say which people or things a rule covers are conditional, not asserted
(kg.extract.kinds): sentences written for the tests -> the factuality of the clause's fact."""
from __future__ import annotations

import pytest

from kg.pipeline.builder import extract_document
from kg.read.text import document_from_text

pytestmark = pytest.mark.model


def factualities(text: str, nlp) -> dict[tuple[str, str, str], str]:
    ex = extract_document(document_from_text(text, source="t.txt"), nlp)
    label = {e.key: e.label for e in ex.entities}
    return {(label[r.subject], r.predicate, label[r.object]): r.factuality.value for r in ex.relations}


@pytest.mark.parametrize("text, fact, expected", [
    # a bare plural restricted by a simple-present relative clause, in a rule (a modal)
    ("Schools can expel pupils who carry knives.", ("pupils", "carry", "knives"), "conditional"),
    ("Banks must report customers who move large sums abroad.", ("customers", "move", "large sums"), "conditional"),
    ("Drivers who ignore the signs will face heavy fines.", ("drivers", "ignore", "signs"), "conditional"),
    # its conjunct too, though the tagger calls it a bare verb
    ("Clubs may ban fans who throw or kick objects at players.", ("fans", "kick", "objects"), "conditional"),
    # particular people: an article, a past tense, or no rule
    ("Schools can expel the pupils who carry knives.", ("pupils", "carry", "knives"), "asserted"),
    ("Police arrested men who carried knives.", ("men", "carry", "knives"), "asserted"),
    ("Korvex employs engineers who design chips.", ("engineers", "design", "chips"), "asserted"),
])
def test_kind_clauses(nlp, text, fact, expected):
    found = factualities(text, nlp)
    assert found.get(fact) == expected, found
