"""The `kg` command through its entry point: build, query, errors, help."""
from __future__ import annotations

import json
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


@pytest.mark.parametrize("command", ["build", "query", "view", "stats", "export"])
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


def test_version_is_the_installed_one():
    from importlib.metadata import version

    proc = run("--version")
    assert proc.returncode == 0 and proc.stdout.strip() == f"kg {version('kg-news')}"


@pytest.mark.model
def test_short_options_are_the_long_ones(tmp_path):
    out = tmp_path / "out"
    proc = run("build", str(SAMPLE), "-o", str(out), "-q", "-f", "nt,json-ld", "-w", "1", "--no-html")
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in out.iterdir()) == ["graph.jsonld", "graph.nt", "kg-build.json"] and proc.stderr == ""
    count = run("query", str(out / "graph.nt"), "SELECT (COUNT(*) AS ?n) (false AS ?no) WHERE { ?s ?p ?o }", "-f", "json")
    assert count.returncode == 0, count.stderr
    [row] = json.loads(count.stdout)
    assert isinstance(row["n"], int) and row["n"] > 100 and row["no"] is False


def test_a_mistyped_named_query_is_one_line_naming_it(tmp_path):
    graph = tmp_path / "g.ttl"
    graph.write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    proc = run("query", str(graph), "who-said")
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == ["kg: error: no named query 'who-said' (did you mean who-said-what or who-did-what?)"]


@pytest.mark.model
def test_a_latin_1_article_is_built_with_one_warning_line_naming_the_encoding(tmp_path):
    article = tmp_path / "latin.txt"
    article.write_bytes("Café owners in Zürich protest rent rise\n\nThe owners of the café said rents rose.".encode("latin-1"))
    proc = run("build", str(article), "-o", str(tmp_path / "out"), "--no-html", "-q")
    assert proc.returncode == 0, proc.stderr
    [line] = proc.stderr.strip().splitlines()
    assert line.startswith(f"kg: warning: {article}: is not UTF-8 and declares no encoding; read as cp1252")
    assert "Café owners in Zürich" in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")


@pytest.mark.model
def test_base_mints_every_iri_under_it_and_both_parsers_read_them(tmp_path, built):
    base = "https://news.example.com/kg/"
    proc = run("build", str(SAMPLE), "--format", "json-ld", "--base", base, "-o", str(tmp_path), "--no-html", "-q")
    assert proc.returncode == 0, proc.stderr
    path = tmp_path / "graph.jsonld"
    text = path.read_text(encoding="utf-8")
    assert "example.org/kg/entity" not in text and "example.org/kg/doc" not in text
    g = rdflib.Graph().parse(path, format="json-ld")
    store = pyoxigraph.Store()
    store.load(path=str(path), format=pyoxigraph.RdfFormat.JSON_LD)
    default = rdflib.Graph().parse(built / "graph.ttl", format="turtle")
    assert len(g) == len(store) == len(default)
    minted = {str(t) for triple in g for t in triple if isinstance(t, rdflib.URIRef) and "/kg/" in str(t)}
    kg_own = {iri for iri in minted if not iri.startswith(base)}
    assert kg_own and all(iri.startswith("https://example.org/kg/ontology#") for iri in kg_own)  # the ontology stays kg's
    assert any(iri.startswith(base + "entity/person/") for iri in minted)
    assert any(iri.startswith(base + "doc/") for iri in minted) and any(iri.startswith(base + "relation/") for iri in minted)


def test_a_base_that_is_no_iri_is_one_line(tmp_path):
    proc = run("build", str(SAMPLE), "--base", "news kg", "-o", str(tmp_path), "-q")
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [
        "kg: error: the base 'news kg' is not an absolute IRI; give one such as https://example.com/kg/"]
