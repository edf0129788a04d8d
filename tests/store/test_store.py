"""kg.store.embedded: a persistent store that grows article by article, with one node per entity across
articles. Hand-built extractions first (no model), then the three test articles through `kg`."""
from __future__ import annotations

import csv
import io
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib.compare import isomorphic
from store_articles import TEXT_A, article_a, article_b, articles

from kg.errors import StoreError
from kg.graph import rdf
from kg.graph.formats import RdfFormat, parse, serialize
from kg.graph.namespace import DOC, ENT
from kg.graph.validate import validate_files
from kg.model import Document, Extraction, Span
from kg.pipeline import builder as pipeline
from kg.store.embedded import MARKER, IngestStatus, open_store

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(__file__).resolve().parents[3] / "shared"
PAUSES = SHARED / "corpus" / "pauses-2023-11-03.txt"
FOLLOW_UPS = sorted((REPO / "tests" / "data" / "store").glob("*.txt"))

BLINKEN = str(ENT["person/antony-j-blinken"])
DOCUMENTS_PER_PERSON = """
SELECT ?person (COUNT(DISTINCT ?doc) AS ?documents)
WHERE { ?p a kg:Person ; rdfs:label ?person ; kg:mentionedIn ?doc }
GROUP BY ?person ORDER BY DESC(?documents) ?person"""
LABELS_PER_ENTITY = """
SELECT ?entity (COUNT(DISTINCT ?label) AS ?labels)
WHERE { ?entity rdfs:label ?label ; kg:mentionedIn ?doc } GROUP BY ?entity HAVING (COUNT(DISTINCT ?label) != 1)"""


@pytest.fixture()
def store(tmp_path):
    with open_store(tmp_path / "store") as opened:
        yield opened


def graph_size(store, iri: str) -> int:
    return len(list(store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(iri))))


# --- growing, replacing, removing ----------------------------------------------------------


def test_adding_the_same_article_again_changes_nothing(store):
    first = store.add(articles())
    assert [r.status for r in first] == [IngestStatus.ADDED] * 3
    size = len(store)
    assert size == sum(r.added for r in first)
    again = store.add([article_b()])
    assert [r.status for r in again] == [IngestStatus.UNCHANGED] and len(store) == size
    assert str(again[0]) == "unchanged b.txt"


def test_one_node_per_person_across_articles(store):
    store.add(articles())
    rows = dict(store.query(DOCUMENTS_PER_PERSON).rows)
    assert rows == {"Antony J. Blinken": "3", "Benjamin Netanyahu": "1", "Judith Raanan": "1", "Natalie Raanan": "1"}
    aliases = store.query(f"SELECT DISTINCT ?alias WHERE {{ <{BLINKEN}> skos:altLabel ?alias }} ORDER BY ?alias")
    assert [a for (a,) in aliases.rows] == ["Antony Blinken", "Blinken", "Mr. Blinken", "U.S. Secretary of State Antony Blinken"]
    assert store.query(LABELS_PER_ENTITY).rows == ()


def test_a_fact_from_two_articles_counts_two_sources(store):
    store.add(articles())
    assert store.run_named("multi-source").rows == (("Antony J. Blinken", "urge", "Israel", "2"),)


def test_an_edited_article_replaces_its_old_graph(store):
    store.add(articles())
    old = rdf.document_iri(article_a().document)
    old_size, total = graph_size(store, str(old)), len(store)
    edited = article_a(text=TEXT_A.replace("on Monday", "on Monday morning"))
    (report,) = store.add([edited])
    new = rdf.document_iri(edited.document)
    assert report.status is IngestStatus.REPLACED and report.removed == old_size
    assert not store.oxigraph.contains_named_graph(ox.NamedNode(str(old)))
    assert len(store) == total - old_size + graph_size(store, str(new)) == total - old_size + report.added
    sentences = store.query("SELECT ?t WHERE { ?d schema:text ?t }").rows
    assert any("Monday morning" in t for (t,) in sentences) and not any(t == TEXT_A for (t,) in sentences)
    assert [d.source for d in store.documents()] == ["a.txt", "b.txt", "c.txt"]


def test_removing_an_article_removes_only_what_came_from_it(store):
    store.add(articles())
    a = str(rdf.document_iri(article_a().document))
    a_size, total = graph_size(store, a), len(store)
    report = store.remove("a.txt")
    assert report.removed == a_size and len(store) == total - a_size
    assert store.query(f"ASK {{ GRAPH <{a}> {{ ?s ?p ?o }} }}").rows == (("false",),)
    # Blinken and Israel are still named by b.txt and c.txt, with the same one label; the quote is gone
    assert dict(store.query(DOCUMENTS_PER_PERSON).rows)["Antony J. Blinken"] == "2"
    assert store.query("ASK { ?e rdfs:label 'Israel' }").rows == (("true",),)
    assert store.query("ASK { ?e rdfs:label 'more aid' }").rows == (("false",),)
    assert store.query("ASK { ?q a kg:Quote }").rows == (("false",),)
    assert store.query(LABELS_PER_ENTITY).rows == ()


@pytest.mark.parametrize("form", ["doc:{id}", "<{iri}>", "{iri}", "{id}"])
def test_remove_takes_the_document_as_output_files_write_it(store, form):
    store.add(articles())
    a = rdf.document_iri(article_a().document)
    report = store.remove(form.format(id=a.removeprefix(str(DOC)), iri=a))
    assert [d.iri for d in report.documents] == [str(a)]
    assert str(a) not in {d.iri for d in store.documents()}


def test_removing_every_article_leaves_an_empty_store(store):
    store.add(articles())
    for source in ("c.txt", "a.txt", "b.txt"):
        store.remove(source)
    assert len(store) == 0 and list(store.oxigraph.named_graphs()) == []


def test_removing_several_is_all_or_nothing(store):
    store.add(articles())
    size = len(store)
    with pytest.raises(StoreError, match="no document 'z.txt'"):
        store.remove("a.txt", "z.txt")
    assert len(store) == size
    report = store.remove("a.txt", "c.txt", "a.txt")
    assert [d.source for d in report.documents] == ["a.txt", "c.txt"] and str(report).startswith("removed a.txt, c.txt (")
    assert [d.source for d in store.documents()] == ["b.txt"]


def test_a_document_is_found_by_path_id_or_iri(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text(TEXT_A, encoding="utf-8")
    with open_store("store") as store:
        store.add([article_a(source="a.txt")])
        (stored,) = store.documents()
        assert stored.source == str((tmp_path / "a.txt").resolve())  # a file is recorded by its absolute path
        assert store.remove(f"./{Path('a.txt')}").documents == (stored,)
        for key in (stored.id, stored.iri):
            store.add([article_a(source="a.txt")])
            assert store.remove(key).documents == (stored,)
        with pytest.raises(StoreError, match="no document 'a.txt'"):
            store.remove("a.txt")


def test_a_store_keeps_its_content_when_reopened(tmp_path):
    with open_store(tmp_path / "s") as store:
        store.add(articles())
        size, documents = len(store), store.documents()
    with open_store(tmp_path / "s", create=False) as store:
        assert len(store) == size and store.documents() == documents
        assert [r.status for r in store.add(articles())] == [IngestStatus.UNCHANGED] * 3



def test_flushing_to_disk_between_articles_keeps_every_article(tmp_path, monkeypatch):
    """A long build flushes Oxigraph's write buffers every FLUSH_QUADS quads (to keep memory
    flat); the store holds the same, and reopens with it."""
    with open_store(tmp_path / "whole") as store:
        store.add(articles())
        whole = store.oxigraph.dump(format=ox.RdfFormat.N_QUADS)
    monkeypatch.setattr("kg.store.embedded.FLUSH_QUADS", 1)  # a flush after every article
    with open_store(tmp_path / "flushed") as store:
        store.add(articles())
    with open_store(tmp_path / "flushed", create=False) as store:
        flushed = store.oxigraph.dump(format=ox.RdfFormat.N_QUADS)
    assert sorted(flushed.split(b"\n")) == sorted(whole.split(b"\n"))

def test_the_store_is_the_same_graph_as_a_build_of_the_same_articles(store, monkeypatch):
    """build_dataset (no store) and the store match entities with the one kg.graph.identity."""
    extractions = articles()
    monkeypatch.setattr(pipeline, "extractions", lambda documents, workers=1: iter(extractions))
    # store.add takes extractions as given; build_dataset cuts at the fitted threshold unless told
    dataset, summary = pipeline.build_dataset([e.document for e in extractions], min_confidence=0.0)
    store.add(extractions)
    built = ox.Store()  # through oxigraph too, which writes decimals canonically (0.50 -> 0.5)
    built.load(serialize(dataset, RdfFormat.NQUADS), format=ox.RdfFormat.N_QUADS)
    as_built, as_stored = (
        rdf.union_graph(parse(s.dump(format=ox.RdfFormat.N_QUADS), RdfFormat.NQUADS)) for s in (built, store.oxigraph)
    )
    assert isomorphic(as_built, as_stored)
    assert summary.entities == 7  # Blinken, Israel, more aid, Netanyahu, ceasefire, two Raanans


def test_the_union_of_the_store_conforms_to_the_shapes(store, tmp_path):
    store.add(articles())
    store.remove("b.txt")
    path = tmp_path / "store.nq"
    store.oxigraph.dump(path, format=ox.RdfFormat.N_QUADS)
    report = validate_files([path])
    assert report.conforms, report.text()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(min_size=1, max_size=60), title=st.text(max_size=20))
def test_any_text_is_stored_as_it_is(text, title):
    """The SPARQL update that writes a document carries every character through."""
    with tempfile.TemporaryDirectory() as folder, open_store(Path(folder) / "s") as store:
        doc = Document(text=text, source="any.txt", paragraphs=(Span(0, len(text)),), title=title or None)
        store.add([Extraction(doc)])
        stored = store.query("SELECT ?text ?title WHERE { ?d schema:text ?text OPTIONAL { ?d schema:headline ?title } }")
        assert stored.rows == ((text, title or None),)


# --- opening -------------------------------------------------------------------------------


def test_a_folder_that_is_not_a_store_is_refused_untouched(tmp_path):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(StoreError, match="is not a kg store"):
        open_store(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]
    with pytest.raises(StoreError, match="is a file"):
        open_store(tmp_path / "notes.txt")


def test_a_missing_store_is_not_created_for_reading(tmp_path):
    with pytest.raises(StoreError, match="no kg store at .*kg build --store"):
        open_store(tmp_path / "none", create=False)
    assert not (tmp_path / "none").exists()


def test_a_store_of_another_format_is_refused(tmp_path):
    (tmp_path / "s").mkdir()
    (tmp_path / "s" / MARKER).write_text('{"kg_store": 99}', encoding="utf-8")
    with pytest.raises(StoreError, match="format 99"):
        open_store(tmp_path / "s")


def test_a_store_in_use_by_another_process_is_a_clear_error(tmp_path):
    path = tmp_path / "s"
    open_store(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", f"from kg.store.embedded import open_store; s = open_store({str(path)!r}); print('open', flush=True); input()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreError) as caught:
            open_store(path)
        assert str(caught.value) == f"another process (kg, or oxigraph serve) is using the store {path}; wait for it to end or use another store"
    finally:
        holder.communicate("\n", timeout=30)
    open_store(path).close()  # free again once the other process is done


# --- the three articles through the command line --------------------------------------------


def kg(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, timeout=600)


def csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


@pytest.fixture()
def corpus(tmp_path, shared) -> list[Path]:
    """Copies of the shared article and the two follow-ups, to edit freely."""
    if not PAUSES.is_file():
        pytest.skip(f"{PAUSES} is missing")
    folder = tmp_path / "articles"
    folder.mkdir()
    return [Path(shutil.copy(path, folder)) for path in (PAUSES, *FOLLOW_UPS)]


@pytest.mark.model
def test_three_articles_one_node_per_person(corpus, tmp_path):
    store = str(tmp_path / "store")
    built = kg("build", "--store", store, *map(str, corpus), "--quiet")
    assert built.returncode == 0, built.stderr
    assert built.stdout.count("added ") == 3 and "3 documents: 3 added" in built.stdout
    answer = kg("query", "--store", store, DOCUMENTS_PER_PERSON, "--format", "csv")
    assert answer.returncode == 0, answer.stderr
    rows = csv_rows(answer.stdout)
    assert rows[0] == ["person", "documents"]
    documents = dict(rows[1:])
    assert documents["Antony J. Blinken"] == "3"  # "Antony J. Blinken", "U.S. Secretary of State Antony Blinken", "Mr. Blinken"
    assert documents["Benjamin Netanyahu"] == "2"
    assert documents["Natalie Raanan"] == "2" and documents["Judith Raanan"] == "1"  # same surname, two people
    assert [p for p in documents if "Blinken" in p] == ["Antony J. Blinken"]
    multi = kg("query", "--store", store, "multi-source", "--format", "csv")
    assert ["Antony J. Blinken", "urge", "Israel", "2"] in csv_rows(multi.stdout)
    quotes = kg("query", "--store", store, "quotes-by", "--param", "name=blinken", "--format", "csv")
    assert len({row[2] for row in csv_rows(quotes.stdout)[1:]}) == 3  # quoted in all three articles


@pytest.mark.model
def test_rebuild_edit_remove_and_empty(corpus, tmp_path):
    store = str(tmp_path / "store")
    pauses, tel_aviv, raanan = corpus
    assert kg("build", "--store", store, *map(str, corpus), "--quiet").returncode == 0
    with open_store(store) as opened:
        size = len(opened)

    again = kg("build", "--store", store, str(tel_aviv), "--quiet")
    assert again.returncode == 0 and f"unchanged {tel_aviv}" in again.stdout
    with open_store(store) as opened:
        assert len(opened) == size
        before = {d.source: d for d in opened.documents()}

    text = tel_aviv.read_text(encoding="utf-8")
    tel_aviv.write_text(text.replace("Netanyahu rejected a temporary ceasefire", "Netanyahu refused a lasting truce"), encoding="utf-8")
    edited = kg("build", "--store", store, str(tel_aviv), "--quiet")
    assert edited.returncode == 0 and f"replaced  {tel_aviv}" in edited.stdout
    with open_store(store) as opened:
        after = {d.source: d for d in opened.documents()}
        assert after.keys() == before.keys() and after[str(tel_aviv)].iri != before[str(tel_aviv)].iri
        assert not opened.oxigraph.contains_named_graph(ox.NamedNode(before[str(tel_aviv)].iri))
        predicates = {p for (p,) in opened.query("SELECT DISTINCT ?p WHERE { ?s a kg:Statement ; rdf:predicate/rdfs:label ?p }").rows}
        assert "refuse" in predicates and "reject" not in predicates
        raanan_iri = before[str(raanan)].iri
        raanan_size, size = graph_size(opened, raanan_iri), len(opened)

    removed = kg("remove", "--store", store, str(raanan))
    assert removed.returncode == 0, removed.stderr
    assert f"removed {raanan.resolve()} ({raanan_size} triples)" in removed.stdout
    with open_store(store) as opened:
        assert len(opened) == size - raanan_size
        documents = dict(opened.query(DOCUMENTS_PER_PERSON).rows)
        assert documents["Antony J. Blinken"] == "2" and documents["Natalie Raanan"] == "1"

    stale = kg("remove", "--store", store, str(pauses), before[str(tel_aviv)].id)  # the id before the edit
    assert stale.returncode == 1 and "no document" in stale.stderr
    with open_store(store) as opened:
        assert len(opened) == size - raanan_size  # nothing removed when one DOC is unknown
    emptied = kg("remove", "--store", store, str(pauses), after[str(tel_aviv)].id)
    assert emptied.returncode == 0, emptied.stderr
    assert emptied.stdout.strip().endswith("the store holds 0 triples")
    with open_store(store) as opened:
        assert len(opened) == 0


@pytest.mark.model
def test_a_build_without_store_merges_people_across_articles(corpus, tmp_path):
    out = tmp_path / "out"
    assert kg("build", *map(str, corpus), "--out", str(out), "--no-html", "--format", "trig", "--quiet").returncode == 0
    answer = kg("query", str(out / "graph.trig"), DOCUMENTS_PER_PERSON, "--format", "csv")
    documents = dict(csv_rows(answer.stdout)[1:])
    assert documents["Antony J. Blinken"] == "3" and documents["Natalie Raanan"] == "2"


def test_build_into_a_store_refuses_file_options(tmp_path):
    proc = kg("build", "--store", str(tmp_path / "s"), str(REPO / "examples"), "--out", str(tmp_path / "o"))
    assert proc.returncode == 1 and proc.stderr.strip() == "kg: error: --store writes to the store only; leave out --out"
    assert not (tmp_path / "s").exists()


def test_query_and_remove_on_a_missing_store_are_one_line(tmp_path):
    for args in (("query", "--store", str(tmp_path / "s"), "ASK { ?s ?p ?o }"), ("remove", "--store", str(tmp_path / "s"), "a.txt")):
        proc = kg(*args)
        assert proc.returncode == 1 and len(proc.stderr.strip().splitlines()) == 1 and "no kg store" in proc.stderr


@pytest.mark.parametrize("command", ["remove", "push"])
def test_new_commands_have_help_with_an_example(command, capsys):
    from kg.cli import main

    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0
    text = capsys.readouterr().out
    assert "examples:" in text and "--store" in text


# --- a store's base ------------------------------------------------------------------------

BASE = "https://news.example.com/kg/"


def test_a_store_records_its_base_and_mints_under_it(tmp_path):
    with open_store(tmp_path / "s", base=BASE) as store:
        store.add(articles())
        iris = [d.iri for d in store.documents()]
        assert iris and all(iri.startswith(BASE + "doc/") for iri in iris)
        people = store.query("SELECT ?p WHERE { ?p a kg:Person }").rows
        assert people and all(p.startswith(BASE + "entity/person/") for (p,) in people)
        # ent:, doc: and rel: in a query are the store's
        assert store.query("ASK { ?s rel:urge ?o }").rows == (("true",),)
    assert '"base": "https://news.example.com/kg/"' in (tmp_path / "s" / MARKER).read_text(encoding="utf-8")
    with open_store(tmp_path / "s") as store:  # no base given: the recorded one
        assert store.iris.base == BASE
        store.add([article_b()])  # unchanged, and no entity split across two bases
        [b] = [d for d in store.documents() if d.source == "b.txt"]
        assert store.remove(f"doc:{b.id}").documents == (b,)
        assert store.query(LABELS_PER_ENTITY).rows == ()


def test_a_store_refuses_another_base_in_one_line(tmp_path):
    with open_store(tmp_path / "s", base=BASE):
        pass
    with pytest.raises(StoreError) as caught:
        open_store(tmp_path / "s", base="https://other.example.com/")
    assert str(caught.value) == (f"the store {tmp_path / 's'} mints its IRIs under {BASE}, not https://other.example.com/; "
                                 "leave out --base or give that one, or build into another store")
    with pytest.raises(StoreError, match="mints its IRIs under https://example.org/kg/, not"):
        with open_store(tmp_path / "default"):
            pass
        open_store(tmp_path / "default", base=BASE)
