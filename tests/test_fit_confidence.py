"""bench/fit_confidence.py: relations labelled as ../shared/eval/score.py judges their triples, and
the figures computed from the labels as score.py computes them."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

from kg.model import Document, Entity, EntityType, Extraction, Factuality, Relation, Span

SCRIPT = Path(__file__).resolve().parents[1] / "bench" / "fit_confidence.py"


@pytest.fixture(scope="module")
def fit():
    spec = importlib.util.spec_from_file_location("fit_confidence", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["fit_confidence"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    yield module
    del sys.modules["fit_confidence"]


GOLD = {
    "entities": [
        {"id": "blinken", "type": "Person", "names": ["Antony J. Blinken", "Blinken", "the secretary of state"]},
        {"id": "israel", "type": "Place", "names": ["Israel"]},
        {"id": "hamas", "type": "Organization", "names": ["Hamas"]},
    ],
    "relations": [
        {"s": "blinken", "p": ["urge", "press"], "o": "israel"},
        {"s": "blinken", "p": ["meet"], "o": "hamas", "optional": True},
        {"s": "israel", "p": ["attack"], "o": "hamas", "hedged": True},
    ],
}


def extraction() -> Extraction:
    text = "Mr. Blinken urged Israel. He met Hamas. Israel may attack Hamas. He saw occasions."
    sentence = Span(0, len(text))
    return Extraction(
        document=Document(text=text, source="t.txt", paragraphs=(sentence,)),
        entities=(
            Entity("e0", "Blinken", EntityType.PERSON, ("Mr. Blinken",)),
            Entity("e1", "Israel", EntityType.PLACE),
            Entity("e2", "Hamas", EntityType.ORGANIZATION),
            Entity("e3", "occasions", EntityType.CONCEPT),
        ),
        relations=(
            Relation("e0", "urge", "e1", sentence, confidence=0.9),  # required, right
            Relation("e0", "urge", "e1", Span(0, 25), confidence=0.7),  # the same triple again
            Relation("e0", "meet", "e2", sentence),  # optional: right, finds no required fact
            Relation("e1", "attack", "e2", sentence, factuality=Factuality.POSSIBLE),  # no plain triple
            Relation("e1", "attack", "e2", Span(0, 40)),  # asserted, but the gold says only possible
            Relation("e0", "see", "e3", sentence),  # occasions is no gold entity: wrong
            Relation("e0", "visit", "e1", sentence),  # anchored, wrong predicate
        ),
    )


def test_labels_follow_the_scorer(fit, shared):
    scorer = fit.load_scorer(shared)
    labels, required = fit.label_relations(extraction(), GOLD, scorer)
    assert required == 1
    assert [label.correct for label in labels] == [True, True, True, False, False, False, False]
    assert [label.triple is None for label in labels] == [False, False, False, True, False, False, False]
    assert labels[0].hits == labels[1].hits == frozenset({0}) and labels[2].hits == frozenset()
    assert labels[0].triple == labels[1].triple


def test_figures_count_distinct_triples_and_required_facts(fit, shared):
    scorer = fit.load_scorer(shared)
    labels, required = fit.label_relations(extraction(), GOLD, scorer)
    article = fit.Article("t", extraction(), np.zeros((len(labels), 1)), labels, required)
    # urge, meet, attack, see, visit: 2 right of 5 distinct plain triples; the one required fact found
    assert fit.article_figures(article, np.ones(len(labels)), 0.5) == (pytest.approx(2 / 5), 1.0)
    # only the second urge and meet reach 0.6: both right, and urge still finds its gold fact
    scores = np.array([0.1, 0.6, 0.7, 0.9, 0.2, 0.3, 0.4])
    assert fit.article_figures(article, scores, 0.6) == (1.0, 1.0)
    assert fit.article_figures(article, scores, 0.95) == (0.0, 0.0)


def test_logistic_fit_recovers_a_clear_direction(fit):
    rng = np.random.default_rng(0)
    x = rng.normal(size=(400, 1))
    y = (rng.random(400) < 1 / (1 + np.exp(-(2.0 * x[:, 0] - 0.5)))).astype(float)
    model = fit.fit_logistic(np.hstack([x, np.zeros((400, len(fit.confidence.FEATURES) - 1))]), y, penalty=0.01)
    weight = model.weights[0] / model.scale[0]
    assert 1.5 < weight < 2.5 and all(w == 0 for w in model.weights[1:])


def test_platt_scaling_recovers_an_overconfident_model(fit):
    """Log-odds twice as sure as the truth (and shifted) are scaled back: a ~ 0.5, b ~ 0.25."""
    rng = np.random.default_rng(1)
    z = rng.normal(scale=2.0, size=2000)
    y = (rng.random(2000) < 1 / (1 + np.exp(-(0.5 * z + 0.25)))).astype(float)
    a, b = fit.platt(z, y)
    assert 0.4 < a < 0.6 and 0.1 < b < 0.4


@pytest.mark.parametrize("points, expected", [
    # (threshold, gold strict precision, gold recall, reader's share signed): of the thresholds
    # that keep the gold recall at least .03 above the issue's .44, the one the reader signs most of
    ([(0.0, 0.79, 0.69, 0.49), (0.1, 0.81, 0.65, 0.51), (0.3, 0.86, 0.52, 0.62), (0.5, 0.89, 0.42, 0.71)], 0.3),
    ([(0.0, 0.79, 0.69, 0.50), (0.2, 0.83, 0.59, 0.57), (0.4, 0.87, 0.48, 0.68), (0.45, 0.87, 0.44, 0.70)], 0.4),
    # a reader's share bought with recall below that is not taken
    ([(0.0, 0.79, 0.69, 0.60), (0.3, 0.86, 0.40, 0.62)], 0.0),
    # where the reader signs as much, the lower threshold keeps more
    ([(0.3, 0.85, 0.52, 0.661), (0.35, 0.86, 0.50, 0.659)], 0.3),
    # a threshold below the strict precision target is not chosen, however it scores
    ([(0.0, 0.70, 0.69, 0.70), (0.2, 0.80, 0.60, 0.55)], 0.2),
    # with no threshold keeping the recall, the best gold F1
    ([(0.0, 0.79, 0.43, 0.50), (0.2, 0.83, 0.40, 0.60)], 0.0),
])
def test_the_default_threshold_is_the_readers_within_the_recall_floor(fit, points, expected):
    curve = [(t, p, r, fit.f1(p, r)) for t, p, r, _ in points]
    reader = {t: (100, share, 0.0, 0.0) for t, _, _, share in points}
    assert fit.choose_threshold(curve, reader)[0] == expected
