"""The `kg` command through its entry point: build, query, errors, help."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest
import rdflib

from kg.cli import main, parser

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "examples" / "ceasefire-talks.txt"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out")
    proc = run("build", str(SAMPLE), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert re.search(r"1 document, \d+ entities, \d+ relations, \d+ quotes", proc.stdout)
    return out


@pytest.mark.model
def test_build_writes_turtle_and_html(built):
    assert (built / "graph.ttl").stat().st_size > 0
    html = (built / "graph.html").read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href)\s*=\s*["']?https?://""", html, re.I)


@pytest.mark.model
def test_turtle_parses_in_rdflib_and_pyoxigraph_alike(built):
    path = built / "graph.ttl"
    g = rdflib.Graph().parse(path, format="turtle")
    store = pyoxigraph.Store()
    store.load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(g) > 100
    for s, p, o in g:
        for term in (s, p, o):
            if isinstance(term, rdflib.URIRef):
                assert not re.search(r"[\s<>\"{}|\\^`]", str(term)), term


@pytest.mark.model
def test_named_query_answers_who_said_what(built):
    proc = run("query", str(built / "graph.ttl"), "who-said-what", "--param", "speaker=Varga", "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.strip().splitlines()
    assert lines[0].startswith("speaker,text")
    assert len(lines) == 2 and "Elena Varga" in lines[1] and "guns to stay silent" in lines[1]


@pytest.mark.model
def test_sparql_query_prints_a_table(built):
    sparql = "SELECT ?o WHERE { ?st rdf:subject/rdfs:label 'Elena Varga' ; rdf:predicate rel:urge ; rdf:object/rdfs:label ?o }"
    proc = run("query", str(built / "graph.ttl"), sparql)
    assert proc.returncode == 0, proc.stderr
    assert "rebel leadership" in proc.stdout


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        ("Caf\u00e9 owners protest rent rise".encode("latin-1") + b"\x81\x8d more", "UTF-8"),
    ],
)
def test_bad_input_one_error_line_and_nothing_written(tmp_path, content, reason):
    article = tmp_path / "article.txt"
    article.write_bytes(content)
    out = tmp_path / "out"
    proc = run("build", str(article), "--out", str(out))
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error:") and str(article) in lines[0] and reason in lines[0]
    assert not out.exists() or list(out.iterdir()) == []


def test_failed_build_keeps_previous_output(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("previous", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    assert main(["build", str(empty), "--out", str(out)]) == 1
    assert (out / "graph.ttl").read_text(encoding="utf-8") == "previous"


def test_bad_query_is_one_line(tmp_path):
    graph = tmp_path / "g.ttl"
    graph.write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    proc = run("query", str(graph), "SELECT WHERE {")
    assert proc.returncode == 1
    assert len(proc.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("command", ["build", "query", "view", "stats"])
def test_every_command_has_help_with_an_example(command, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0
    assert "example" in capsys.readouterr().out


def test_top_level_help_lists_commands():
    text = parser().format_help()
    assert "build" in text and "query" in text


@pytest.mark.model
def test_two_workers_give_the_same_graph(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    assert main(["build", str(SAMPLE), str(REPO / "examples"), "--out", str(one), "--no-html", "--quiet"]) == 0
    assert main(["build", str(SAMPLE), str(REPO / "examples"), "--out", str(two), "--no-html", "--quiet", "--workers", "2"]) == 0
    assert (one / "graph.ttl").read_bytes() == (two / "graph.ttl").read_bytes()


@pytest.mark.model
def test_view_of_an_entity_and_stats(built, tmp_path):
    page = tmp_path / "varga.html"
    proc = run("view", str(built / "graph.ttl"), "--entity", "Varga", "--depth", "1", "--out", str(page))
    assert proc.returncode == 0, proc.stderr
    html = page.read_text(encoding="utf-8")
    nodes = int(re.search(r'name="kg-node-count" content="(\d+)"', html).group(1))
    assert 2 <= nodes < 20 and "Elena Varga" in html
    proc = run("stats", str(built / "graph.ttl"), "--top", "3")
    assert proc.returncode == 0, proc.stderr
    central = [line for line in proc.stdout.splitlines() if re.match(r"\s+\d\.\d{4}\s+\d+\s", line)]
    assert len(central) == 3 and "Elena Varga" in central[0]


def test_view_with_unknown_entity_is_one_error_line(tmp_path):
    graph = tmp_path / "g.ttl"
    graph.write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    proc = run("view", str(graph), "--entity", "Nobody", "--out", str(tmp_path / "x.html"))
    assert proc.returncode == 1 and len(proc.stderr.strip().splitlines()) == 1
