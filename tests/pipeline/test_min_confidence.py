"""--min-confidence: facts below it stay statements without a plain triple; the graph records it."""
from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDF

from kg.errors import InputError
from kg.extract.confidence import default_threshold
from kg.graph.namespace import KG
from kg.pipeline.builder import build

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "ceasefire-talks.txt"


def relation_triples(graph: Graph) -> set:
    """The plain triples whose predicate is a fact's (rel:urge ...), not the statements' own."""
    predicates = set(graph.objects(None, RDF.predicate))
    return {(s, p, o) for s, p, o in graph if p in predicates}


def statements(graph: Graph) -> dict:
    return {st: (graph.value(st, RDF.subject), graph.value(st, RDF.predicate), graph.value(st, RDF.object),
                 graph.value(st, KG.confidence)) for st in graph.subjects(RDF.type, KG.Statement)}


@pytest.mark.model
def test_min_confidence_one_keeps_every_statement_and_no_plain_fact(tmp_path):
    for name, c in (("all", "0"), ("none", "1.0")):
        proc = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(EXAMPLE), "--out", str(tmp_path / name),
                               "--no-html", "--quiet", "--min-confidence", c], capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stderr
    everything = Graph().parse(tmp_path / "all" / "graph.ttl")
    nothing = Graph().parse(tmp_path / "none" / "graph.ttl")
    assert len(relation_triples(everything)) > 5 and relation_triples(nothing) == set()
    assert statements(nothing) == statements(everything) and len(statements(nothing)) > 5
    assert list(nothing.objects(None, KG.minConfidence)) == [Literal(Decimal("1.00"))]
    assert list(everything.objects(None, KG.minConfidence)) == [Literal(Decimal("0.00"))]


@pytest.mark.model
@pytest.mark.parametrize("given", [None, 0.7])  # the fitted default (today 0: nothing cut), and one that cuts
def test_the_threshold_is_recorded_and_cuts_at_it(given):
    result = build([EXAMPLE], html=False) if given is None else build([EXAMPLE], html=False, min_confidence=given)
    graph = result.graph
    threshold = default_threshold() if given is None else given
    assert [float(t) for t in graph.objects(None, KG.minConfidence)] == [threshold]
    asserted = {KG.Asserted, KG.Scheduled}
    sure = {(s, p, o) for st, (s, p, o, c) in statements(graph).items()
            if float(c) >= threshold and graph.value(st, KG.factuality) in asserted}
    unsure = {(s, p, o) for s, p, o, c in statements(graph).values() if float(c) < threshold}
    assert relation_triples(graph) == sure and sure
    if given is not None:
        assert unsure - sure  # 0.7 cuts some facts of the example
    assert result.summary.relations == len(sure)


def test_a_threshold_outside_zero_to_one_is_refused(tmp_path):
    with pytest.raises(InputError, match="from 0 to 1"):
        build([EXAMPLE], out=tmp_path, html=False, min_confidence=1.5)
