"""The clause frame that `kg build` and `kg openie` share: text -> who does what to whom."""
from __future__ import annotations

import pytest

from kg.extract.clauses import SubjectRule, clause_frame, is_clause_head

pytestmark = pytest.mark.model


def frame_of(nlp, text: str, verb: str):
    doc = nlp(text)
    token = next(t for t in doc if t.text == verb)
    assert is_clause_head(token), f"{verb!r} does not head a clause in {text!r}"
    return clause_frame(token)


@pytest.mark.parametrize(
    "text, verb, subjects, objects, rule",
    [
        ("Maria Lopez praised the new budget.", "praised", ["Lopez"], ["budget"], SubjectRule.DIRECT),
        # passive: the agent is the logical subject, the patient an object
        ("The bridge was closed by the city council.", "closed", ["council"], ["bridge"], SubjectRule.AGENT),
        # a participle with a subject and no auxiliary after a verb of seeing or having: passive
        ("The dispute saw Tom Reed sacked by the club.", "sacked", ["club"], ["Reed"], SubjectRule.AGENT),
        ("The row saw Ian Dunn thrown out of the band.", "thrown", [], ["Dunn"], SubjectRule.AGENT),
        # relative pronoun -> antecedent
        ("Farmers blocked the road that links Arlon to the border.", "links", ["road"], ["Arlon"], SubjectRule.RELATIVE),
        # subject control, object control
        ("The union agreed to suspend the strike.", "suspend", ["union"], ["strike"], SubjectRule.INHERITED),
        ("Senator Holt urged the regulator to review the merger.", "review", ["regulator"], ["merger"], SubjectRule.OBJECT_CONTROL),
        # raising out of a passive governor: the ceiling falls
        ("The debt ceiling is scheduled to fall next week.", "fall", ["ceiling"], [], SubjectRule.INHERITED),
        # a relative clause on a predicate noun is said of the subject
        ("Celeski is a footballer who plays for the Jets.", "plays", ["Celeski"], [], SubjectRule.RELATIVE),
        # a relative clause without a pronoun: the noun is the object
        ("She lost the post he held for a decade.", "held", ["he"], ["post"], SubjectRule.DIRECT),
    ],
)
def test_frame_roles(nlp, text, verb, subjects, objects, rule):
    frame = frame_of(nlp, text, verb)
    assert [t.text for t in frame.subjects] == subjects
    assert [t.text for t in frame.objects] == objects
    assert frame.rule is rule


def test_passive_coordination_shares_the_patient(nlp):
    frame = frame_of(nlp, "Jesus was loved by God and exalted by the prophets.", "exalted")
    assert frame.passive
    assert [t.text for t in frame.objects] == ["Jesus"]
    assert [t.text for t in frame.subjects] == ["prophets"]


def test_time_nouns_are_not_relative_clause_objects(nlp):
    frame = frame_of(nlp, "She remembers the day she arrived in Oslo.", "arrived")
    assert frame.objects == ()
    assert [(p.text, o.text) for _, p, o in frame.prep_objects] == [("in", "Oslo")]


def test_negation_modality_particle_and_complements(nlp):
    frame = frame_of(nlp, "The rescuers would not pick up the hikers.", "pick")
    assert (frame.negated, frame.modality, frame.particle) == (True, "would", "up")
    copula = frame_of(nlp, "The opposition remained opposed to the tax.", "remained")
    assert [c.text for c in copula.complements] == ["opposed"]
    assert [(h.text, p.text, o.text) for h, p, o in copula.prep_objects] == [("opposed", "to", "tax")]


def test_a_participle_tagged_as_adjective_heads_a_clause(nlp):
    doc = nlp("Staff were only informed of the decision.")
    informed = next(t for t in doc if t.text == "informed")
    assert is_clause_head(informed)
    frame = clause_frame(informed)
    assert frame.passive and [t.text for t in frame.objects] == ["Staff"]
