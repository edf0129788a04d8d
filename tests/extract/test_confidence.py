"""The fitted confidence: features from plain values, the shipped model, and its use on an extraction."""
from __future__ import annotations

import math

import pytest

from kg.extract import confidence
from kg.model import Document, Entity, EntityType, Extraction, Factuality, Quote, Relation, Span

TEXT = "Antony Blinken met Israel's leaders. He urged Israel to allow pauses. Officials saw progress in Gaza."


def sample() -> Extraction:
    def at(word: str, nth: int = 0) -> Span:
        start = -1
        for _ in range(nth + 1):
            start = TEXT.index(word, start + 1)
        return Span(start, start + len(word))

    s1, s2, s3 = Span(0, 36), Span(37, 69), Span(70, len(TEXT))
    doc = Document(text=TEXT, source="t.txt", paragraphs=(s1, s2, s3))  # headline, lead, body
    return Extraction(
        document=doc,
        entities=(
            Entity("e0", "Antony Blinken", EntityType.PERSON, ("He",), (at("Antony Blinken"), at("He"))),
            Entity("e1", "Israel", EntityType.PLACE, (), (at("Israel"), at("Israel", 1))),
            Entity("e2", "pauses", EntityType.CONCEPT, (), (at("pauses"),)),
            Entity("e3", "officials", EntityType.CONCEPT, (), (at("Officials"),)),
            Entity("e4", "progress", EntityType.CONCEPT, (), (at("progress"),)),
        ),
        relations=(
            Relation("e0", "urge", "e1", s2, attributed_to=None, confidence=0.9),
            Relation("e1", "allow", "e2", s2, factuality=Factuality.REQUESTED, confidence=0.7),
            Relation("e3", "see", "e4", s3, confidence=0.9),
            Relation("e0", "be based in", "e1", s1, factuality=Factuality.SCHEDULED, confidence=0.7),
        ),
    )


def test_features_describe_each_relation_from_plain_values():
    urge, allow, see, based = confidence.features(sample())
    assert set(urge) == set(confidence.FEATURES)
    assert urge["subject_person"] == 1 and urge["object_place"] == 1 and urge["object_person"] == 0
    assert urge["subject_named"] == urge["object_named"] == urge["both_named"] == 1
    assert urge["subject_pronoun"] == 1 and urge["object_pronoun"] == 0  # "He urged Israel"
    assert urge["subject_salience"] == pytest.approx(math.log(3)) and see["subject_salience"] == pytest.approx(math.log(2))
    assert urge["sentence_relations"] == pytest.approx(math.log(2)) and see["sentence_relations"] == 0
    assert urge["subject_degree"] == pytest.approx(math.log(2)) and urge["subject_lead"] == 1 and see["subject_lead"] == 0
    assert see["subject_generic"] == see["subject_plural"] == see["subject_once"] == 1 and see["subject_named"] == 0
    assert see["object_generic"] == 1 and see["object_plural"] == 0 and see["both_named"] == 0
    assert see["predicate_light"] == 1 and urge["predicate_light"] == 0
    assert based["predicate_copular"] == based["predicate_preposition"] == based["scheduled"] == 1
    assert based["predicate_of"] == based["predicate_loose"] == 0  # "be based in": a copula's, and "in"
    assert based["predicate_words"] == 3 and urge["predicate_preposition"] == 0 and urge["rule"] == 0.9
    assert allow["object_label_words"] == 1 and urge["subject_label_words"] == 2


@pytest.mark.parametrize("predicate, of, loose", [
    ("spokesman of", 1, 0),  # a post
    ("be accused of", 0, 0),  # a copula's: a passive, no post
    ("win with", 0, 1),  # as often how as what
    ("touch down for", 0, 1),
    ("arrive in", 0, 0),
    ("urge", 0, 0),
])
def test_the_preposition_of_a_predicate_says_a_post_or_a_loose_phrase(predicate, of, loose):
    row = confidence._relation_features(Relation("e0", predicate, "e1", Span(0, 1)))
    assert (row["predicate_of"], row["predicate_loose"]) == (of, loose)


@pytest.mark.parametrize("label, aliases, predicate, titled", [
    ("spokesman", (), "spokesman of", True),  # "an Apple spokesman said"
    ("Japanese prime minister", (), "prime minister of", True),
    ("former Leeds manager", (), "former manager of", True),
    ("Tom Hale", ("spokesman",), "spokesman of", False),  # named: the post says who he is
    ("spokesman", (), "speak for", False),
])
def test_self_titled_says_a_post_is_held_by_its_own_description(label, aliases, predicate, titled):
    holder = Entity("e0", label, EntityType.PERSON, aliases)
    assert confidence._titled_by(holder, predicate) is titled


def test_self_owned_says_the_object_is_named_as_the_subject_s():
    text = "Paul Schrader made Schrader's film. Schrader praised Ana Cole's film."
    doc = Document(text=text, source="t.txt", paragraphs=(Span(0, len(text)),))
    s1, s2 = Span(0, 35), Span(36, len(text))
    extraction = Extraction(
        document=doc,
        entities=(
            Entity("p", "Paul Schrader", EntityType.PERSON, ("Schrader",), (Span(0, 13),)),
            Entity("f", "Schrader's film", EntityType.CONCEPT, (), (Span(19, 34),)),
            Entity("g", "Ana Cole's film", EntityType.CONCEPT, (), (Span(54, 69),)),
        ),
        relations=(Relation("p", "make", "f", s1), Relation("p", "praise", "g", s2)),
    )
    made, praised = confidence.features(extraction)
    assert made["self_owned"] == 1 and praised["self_owned"] == 0


def found_at(text: str, word: str, after: int = 0) -> Span:
    """The span of `word`'s first occurrence in `text` from `after` on."""
    start = text.index(word, after)
    return Span(start, start + len(word))


def test_placement_says_whether_a_fact_is_quoted_and_how_far_apart_its_ends_are():
    text = 'Smith said: "Jones beat Brown in the final." Later, Jones met Brown.'
    quote = Span(text.index("Jones"), text.index('."') + 1)
    s1, s2 = Span(0, quote.end + 1), Span(quote.end + 2, len(text))

    extraction = Extraction(
        document=Document(text=text, source="t.txt", paragraphs=(Span(0, len(text)),)),
        entities=(
            Entity("j", "Jones", EntityType.PERSON, (), (found_at(text, "Jones"), found_at(text, "Jones", s2.start))),
            Entity("b", "Brown", EntityType.PERSON, (), (found_at(text, "Brown"), found_at(text, "Brown", s2.start))),
        ),
        relations=(Relation("j", "beat", "b", s1), Relation("j", "meet", "b", s2)),
        quotes=(Quote("Jones beat Brown in the final.", quote, s1),),
    )
    beat, meet = confidence.features(extraction)
    assert beat["quoted"] == 1 and meet["quoted"] == 0
    assert beat["distance"] == pytest.approx((found_at(text, "Brown").start - found_at(text, "Jones").start) / (s1.end - s1.start))
    assert meet["distance"] == pytest.approx(10 / (s2.end - s2.start))  # "Jones met " is 10 characters
    assert confidence.features(sample())[0]["distance"] > 0  # "He urged Israel": the pronoun names him there


def test_an_end_named_only_by_a_description_or_not_at_all_and_its_rivals():
    text = "Korvex and Velta met Ana Ruiz. The firm hired her. Ana Ruiz joined Korvex."
    _, s2, s3 = Span(0, 30), Span(31, 50), Span(51, len(text))

    extraction = Extraction(
        document=Document(text=text, source="t.txt", paragraphs=(Span(0, len(text)),)),
        entities=(
            Entity("k", "Korvex", EntityType.ORGANIZATION, ("The firm",), (found_at(text, "Korvex"), found_at(text, "The firm"), found_at(text, "Korvex", s3.start))),
            Entity("v", "Velta", EntityType.ORGANIZATION, (), (found_at(text, "Velta"),)),
            Entity("a", "Ana Ruiz", EntityType.PERSON, (), (found_at(text, "Ana Ruiz"), found_at(text, "her"), found_at(text, "Ana Ruiz", s3.start))),
        ),
        relations=(Relation("k", "hire", "a", s2), Relation("a", "join", "k", s3), Relation("k", "hire", "a", s3)),
    )
    hired, joined, carried = confidence.features(extraction)
    assert hired["subject_described"] == 1 and hired["subject_pronoun"] == 0 and hired["object_pronoun"] == 1
    assert hired["subject_rivals"] == pytest.approx(math.log(2))  # Velta, named just before, could be "the firm"
    assert hired["object_rivals"] == 0  # no other person near "her"
    assert joined["subject_described"] == joined["object_described"] == joined["subject_rivals"] == 0  # named here
    assert joined["subject_absent"] == 0 and carried["subject_absent"] == 0 and carried["object_absent"] == 0
    met = confidence.features(Extraction(extraction.document, extraction.entities, (Relation("a", "meet", "v", s2),)))[0]
    assert met["object_absent"] == 1 and met["subject_absent"] == 0  # the second sentence names Velta nowhere, Ana Ruiz as "her"


def test_a_person_named_only_by_a_people_s_word_is_generic_not_named():
    text = "The American beat Ana Ruiz. The Spaniard lost to Korvex."
    s1, s2 = Span(0, 27), Span(28, len(text))
    extraction = Extraction(
        document=Document(text=text, source="t.txt", paragraphs=(Span(0, len(text)),)),
        entities=(
            Entity("u", "American", EntityType.PERSON, (), (found_at(text, "American"),)),
            Entity("a", "Ana Ruiz", EntityType.PERSON, (), (found_at(text, "Ana Ruiz"),)),
            Entity("s", "Spaniard", EntityType.PERSON, (), (found_at(text, "Spaniard"),)),
            Entity("k", "Korvex", EntityType.ORGANIZATION, (), (found_at(text, "Korvex"),)),
        ),
        relations=(Relation("u", "beat", "a", s1), Relation("s", "lose to", "k", s2)),
    )
    beat, lost = confidence.features(extraction)
    assert beat["subject_generic"] == lost["subject_generic"] == 1 and beat["subject_named"] == lost["subject_named"] == 0
    assert beat["subject_unresolved"] == 1 and beat["object_named"] == 1 and beat["object_generic"] == 0
    assert lost["object_named"] == 1 and lost["both_named"] == 0


@pytest.mark.parametrize("text, name, cut", [
    ("Clint Eastwood's Million Dollar Baby beat the rest.", "Dollar Baby", True),  # a capitalised word left out before it
    ("Blazin' Squad singer Kenzie is second.", "Blazin", True),  # and after it, past an apostrophe
    ("He destroyed Os du Randt in the scrum.", "Os", True),  # a name's particle after it
    ("He destroyed Os du Randt in the scrum.", "Randt", True),  # and before it
    ("Officials said Sony Ericsson would cut jobs.", "Sony", True),
    ("Officials said Brazilian Ana Ruiz beat Mr Tom Hale.", "Ana Ruiz", False),  # a people's word and an honorific stand before names
    ("Officials said Brazilian Ana Ruiz beat Mr Tom Hale.", "Tom Hale", False),
    ("Korvex beat Hale's Velta on Monday.", "Velta", False),  # an owner before it
    ("Korvex beat Velta, Dunn and Reed.", "Velta", False),  # a comma ends it
    ("Korvex beat Velta in May.", "Korvex", False),  # the sentence's first word has nothing before it
])
def test_cut_says_a_name_runs_on_into_words_it_leaves_out(text, name, cut):
    sentence = Span(0, len(text))
    extraction = Extraction(
        document=Document(text=text, source="t.txt", paragraphs=(sentence,)),
        entities=(Entity("n", name, EntityType.PERSON, (), (found_at(text, name),)),
                  Entity("o", "rest", EntityType.CONCEPT, (), ())),
        relations=(Relation("n", "beat", "o", sentence),),
    )
    assert confidence.features(extraction)[0]["subject_cut"] == float(cut)


def test_shipped_model_matches_the_features_and_gives_probabilities():
    model = confidence.shipped_model()
    assert set(model.names) <= set(confidence.FEATURES)  # refit with bench/fit_confidence.py when they change
    assert 0.0 <= model.threshold <= 1.0 and all(s > 0 for s in model.scale)
    for row in confidence.features(sample()):
        assert 0.0 < model.probability(row) < 1.0
    extreme = {name: 1e6 for name in model.names}
    assert 0.0 <= model.probability(extreme) <= 1.0 and 0.0 <= model.probability({n: -1e6 for n in model.names}) <= 1.0


def test_probability_moves_with_the_sign_of_a_fitted_weight():
    model = confidence.shipped_model()
    name, weight = max(zip(model.names, model.weights), key=lambda item: abs(item[1]))
    row = confidence.features(sample())[0]
    low, high = dict(row, **{name: 0.0}), dict(row, **{name: 1.0})
    assert (model.probability(high) > model.probability(low)) == (weight > 0)


def test_a_fact_between_named_entities_is_surer_than_one_between_generic_nouns():
    urge, _, see, _ = confidence.features(sample())
    model = confidence.shipped_model()
    assert model.probability(urge) > model.probability(see)


def test_calibrated_replaces_the_rule_confidence_with_the_rounded_probability():
    extraction = sample()
    done = confidence.calibrated(extraction)
    model = confidence.shipped_model()
    expected = [round(model.probability(row), 2) for row in confidence.features(extraction)]
    assert [r.confidence for r in done.relations] == expected
    assert [(r.subject, r.predicate, r.object, r.factuality) for r in done.relations] == [
        (r.subject, r.predicate, r.object, r.factuality) for r in extraction.relations
    ]


def test_a_model_round_trips_through_json():
    model = confidence.ConfidenceModel(("rule",), (0.8,), (0.1,), (2.0,), -0.5, 0.4)
    again = confidence.ConfidenceModel.from_json(model.to_json())
    assert again == model
    assert model.probability({"rule": 0.8}) == pytest.approx(1 / (1 + math.exp(0.5)))
