"""The shared hand-annotated articles (all 16 of ../shared/gold), scored by the shared scorer:
floors that must not drop and ceilings that must not rise.

The figures were measured when the gold files gained 12 BBC articles and hedged facts (the
floors were reset then, from measured figures, and are only ever raised since), so a rule that
helps one article and hurts another fails. The macro targets of the issues are in the README.

The articles are built with --min-confidence 0, every asserted fact a plain triple: these floors
guard the extraction rules. The default threshold trades recall for precision by design; what it
gives, leave one article out, is measured by bench/fit_confidence.py and the README's "How sure?"."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kg.pipeline.builder import build

pytestmark = pytest.mark.model

FLOORS = {
    'bbc-business-127': {'relations.recall': 0.682, 'relations.strict_precision': 0.919, 'quotes.found': 2, 'negation.flagged': 2, 'provenance.share': 1.0},
    'bbc-business-366': {'relations.recall': 0.771, 'relations.strict_precision': 0.967, 'quotes.found': 4, 'negation.flagged': 2, 'provenance.share': 1.0},
    'bbc-business-381': {'relations.recall': 0.864, 'relations.strict_precision': 0.955, 'quotes.found': 2, 'negation.flagged': 0, 'provenance.share': 1.0},
    'bbc-entertainment-103': {'relations.recall': 0.485, 'relations.strict_precision': 0.833, 'quotes.found': 2, 'negation.flagged': 0, 'provenance.share': 1.0},
    'bbc-entertainment-134': {'relations.recall': 0.5, 'relations.strict_precision': 0.812, 'quotes.found': 2, 'negation.flagged': 1, 'provenance.share': 1.0},
    'bbc-entertainment-369': {'relations.recall': 0.581, 'relations.strict_precision': 0.757, 'quotes.found': 7, 'negation.flagged': 3, 'provenance.share': 1.0},
    'bbc-politics-036': {'relations.recall': 0.714, 'relations.strict_precision': 0.75, 'quotes.found': 3, 'negation.flagged': 0, 'provenance.share': 1.0},
    'bbc-politics-191': {'relations.recall': 0.933, 'relations.strict_precision': 0.875, 'quotes.found': 3, 'negation.flagged': 2, 'provenance.share': 1.0},
    'bbc-politics-364': {'relations.recall': 0.692, 'relations.strict_precision': 0.722, 'quotes.found': 4, 'negation.flagged': 4, 'provenance.share': 1.0},
    'bbc-sport-147': {'relations.recall': 0.833, 'relations.strict_precision': 0.864, 'quotes.found': 4, 'negation.flagged': 0, 'provenance.share': 1.0},
    'bbc-sport-236': {'relations.recall': 0.4, 'relations.strict_precision': 0.8, 'quotes.found': 3, 'negation.flagged': 0, 'provenance.share': 1.0},
    'bbc-sport-250': {'relations.recall': 0.643, 'relations.strict_precision': 0.722, 'quotes.found': 2, 'negation.flagged': 0, 'provenance.share': 1.0},
    'bbc-tech-050': {'relations.recall': 0.905, 'relations.strict_precision': 0.815, 'quotes.found': 1, 'negation.flagged': 0, 'provenance.share': 1.0},
    'bbc-tech-076': {'relations.recall': 0.786, 'relations.strict_precision': 0.824, 'quotes.found': 2, 'negation.flagged': 1, 'provenance.share': 1.0},
    'bbc-tech-146': {'relations.recall': 0.538, 'relations.strict_precision': 0.947, 'quotes.found': 2, 'negation.flagged': 0, 'provenance.share': 1.0},
    'pauses-2023-11-03': {'relations.recall': 0.789, 'relations.strict_precision': 0.569, 'quotes.found': 10, 'negation.flagged': 1, 'provenance.share': 1.0},
}
CEILINGS = {
    'bbc-business-127': {'hedged.asserted_wrongly': 0, 'negation.asserted_wrongly': 0, 'entities.split_named_entities': 3},
    'bbc-business-366': {'hedged.asserted_wrongly': 0, 'negation.asserted_wrongly': 0, 'entities.split_named_entities': 1},
    'bbc-business-381': {'hedged.asserted_wrongly': 0, 'negation.asserted_wrongly': 0, 'entities.split_named_entities': 1},
    'bbc-entertainment-103': {'hedged.asserted_wrongly': 0, 'negation.asserted_wrongly': 0, 'entities.split_named_entities': 0},
    'bbc-entertainment-134': {'hedged.asserted_wrongly': 0, 'negation.asserted_wrongly': 0, 'entities.split_named_entities': 2},
    'bbc-entertainment-369': {'hedged.asserted_wrongly': 0, 'negation.asserted_wrongly': 0, 'entities.split_named_entities': 1},
    'bbc-politics-036': {'hedged.asserted_wrongly': 0, 'negation.asserted_wrongly': 0, 'entities.split_named_entities': 1},
    'bbc-politics-191': {'hedged.asserted_wrongly': 0, 'negation.asserted_wrongly': 0, 'entities.split_named_entities': 1},
    'bbc-politics-364': {'hedged.asserted_wrongly': 0, 'negation.asserted_wrongly': 0, 'entities.split_named_entities': 2},
    'bbc-sport-147': {'hedged.asserted_wrongly': 0, 'negation.asserted_wrongly': 0, 'entities.split_named_entities': 2},
    'bbc-sport-236': {'hedged.asserted_wrongly': 0, 'negation.asserted_wrongly': 0, 'entities.split_named_entities': 1},
    'bbc-sport-250': {'hedged.asserted_wrongly': 0, 'negation.asserted_wrongly': 0, 'entities.split_named_entities': 3},
    'bbc-tech-050': {'hedged.asserted_wrongly': 0, 'negation.asserted_wrongly': 0, 'entities.split_named_entities': 1},
    'bbc-tech-076': {'hedged.asserted_wrongly': 0, 'negation.asserted_wrongly': 0, 'entities.split_named_entities': 0},
    'bbc-tech-146': {'hedged.asserted_wrongly': 0, 'negation.asserted_wrongly': 0, 'entities.split_named_entities': 0},
    'pauses-2023-11-03': {'hedged.asserted_wrongly': 0, 'negation.asserted_wrongly': 0, 'entities.split_named_entities': 0},
}


def figures(result: dict, prefix: str = "") -> dict:
    out = {}
    for key, value in result.items():
        if isinstance(value, dict):
            out.update(figures(value, f"{prefix}{key}."))
        elif isinstance(value, (int, float)):
            out[f"{prefix}{key}"] = value
    return out


def test_every_gold_article_has_floors(shared):
    assert sorted(p.stem for p in (shared / "gold").glob("*.json")) == sorted(FLOORS) == sorted(CEILINGS)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_gold_article_scores(shared, tmp_path, name):
    gold = shared / "gold" / f"{name}.json"
    article = shared / json.loads(gold.read_text(encoding="utf-8"))["document"]
    build([article], out=tmp_path, html=False, min_confidence=0.0)  # the rules, not the threshold (see the README)
    proc = subprocess.run(
        [sys.executable, str(shared / "eval" / "score.py"), str(tmp_path / "graph.ttl"), str(gold), "--json"],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout[: proc.stdout.rindex("}") + 1])
    got = figures(report)
    low = {k: (got[k], v) for k, v in FLOORS[name].items() if got[k] < v}
    high = {k: (got[k], v) for k, v in CEILINGS[name].items() if got[k] > v}
    assert not low and not high, f"{name}: below floor {low}, above ceiling {high}; missed {report['missed_relations']}"
