"""The public Python API: the functions notebooks call, and the same ones the CLI calls."""
from __future__ import annotations

from pathlib import Path

import pytest

import kg
from kg.api import query

SAMPLE = Path(__file__).resolve().parents[1] / "examples" / "ceasefire-talks.txt"
pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def result():
    return kg.build([SAMPLE])


def test_build_without_out_writes_nothing(result):
    assert result.files == () and result.summary.documents == 1


def test_query_named_and_sparql_on_a_result_and_a_file(result, tmp_path):
    said = result.query("who-said-what", speaker="Varga")
    assert [row[0] for row in said.rows] == ["Elena Varga"]
    out = kg.build([SAMPLE], out=tmp_path, html=False)
    on_file = query(tmp_path / "graph.ttl", "who-said-what", speaker="Varga")
    assert on_file.rows == said.rows and out.files == (tmp_path / "graph.ttl",)
    bound = query(result, "SELECT ?x ?name WHERE { ?x rdfs:label ?name }", name="Tomas Brandt")
    assert [row[0] for row in bound.rows] == ["https://example.org/kg/entity/person/tomas-brandt"]


def test_view_neighbourhood_and_counts(result, tmp_path):
    page = kg.view(result, tmp_path / "v.html", entity="Brandt", depth=1)
    assert page.is_file() and "Tomas Brandt" in page.read_text(encoding="utf-8")
    counts = kg.counts(result)
    assert counts["documents"] == 1 and counts["Person"] >= 3 and counts["quotes"] == 2
    assert kg.central_entities(result, 1)[0][0] == "Elena Varga"


def test_build_takes_format_names_as_the_command_line_does(tmp_path):
    out = kg.build([SAMPLE], out=tmp_path, html=False, formats=["trig", "ttl", "json-ld"])
    assert [path.name for path in out.files] == ["graph.trig", "graph.ttl", "graph.jsonld"]
    assert out.dataset is not None and len(out.graph) > 100
