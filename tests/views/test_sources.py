"""Views of a kg store and of graph files: the same page and counts either way, read through
pyoxigraph; titles that say what a page shows; the quotes list."""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from store_articles import articles

from kg import api
from kg.cli import main
from kg.errors import QueryError
from kg.graph.formats import RdfFormat
from kg.store.embedded import open_store
from kg.views.rows import read_rows

HOSTILE = "<img src=x onerror=alert(1)>"


@pytest.fixture
def store_and_file(tmp_path) -> tuple[Path, Path]:
    """A kg store of three articles, and the same graphs exported to a TriG file."""
    folder = tmp_path / "store"
    with open_store(folder) as store:
        store.add(articles())
        trig = tmp_path / "graph.trig"
        trig.write_text(store.export(RdfFormat.TRIG), encoding="utf-8")
    return folder, trig


def _data(page: Path) -> dict:
    text = page.read_text(encoding="utf-8")
    return json.loads(re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', text, re.DOTALL).group(1))


def test_store_and_file_give_the_same_page(store_and_file, tmp_path):
    folder, trig = store_and_file
    from_store = api.view(None, tmp_path / "store.html", store=folder)
    from_file = api.view(trig, tmp_path / "file.html")
    assert from_store.read_bytes() == from_file.read_bytes()
    data = _data(from_store)
    names = {n["n"] for n in data["nodes"]}
    assert {"Antony J. Blinken", "Israel", "Benjamin Netanyahu", "Natalie Raanan"} <= names
    assert "<title>3 articles</title>" in from_store.read_text(encoding="utf-8")


def test_stats_from_the_store_match_the_files(store_and_file, capsys):
    folder, trig = store_and_file
    assert main(["stats", "--store", str(folder), "--top", "2"]) == 0
    from_store = capsys.readouterr().out
    assert main(["stats", str(trig), "--top", "2"]) == 0
    assert capsys.readouterr().out == from_store
    assert re.search(r"documents: 3\n", from_store) and re.search(r"quotes: 1\n", from_store)
    assert "Blinken" in from_store.split("most central")[1].splitlines()[1]


def test_the_store_is_only_read(store_and_file, tmp_path):
    folder, _ = store_and_file
    with open_store(folder, create=False) as store:
        before = len(store)
    api.view(None, tmp_path / "v.html", store=folder)
    with open_store(folder, create=False) as store:
        assert len(store) == before


def test_store_and_files_together_are_refused(store_and_file, tmp_path):
    folder, trig = store_and_file
    with pytest.raises(QueryError, match="not both"):
        api.view(trig, tmp_path / "v.html", store=folder)
    assert main(["view", "--out", str(tmp_path / "v.html")]) == 1  # neither


def test_rows_carry_factuality_and_sources(store_and_file):
    _, trig = store_and_file
    from kg.store.sparql import load_graph_files

    rows = read_rows(load_graph_files([trig]))
    requested = [f for f in rows.facts if f.predicate == "allow"]
    assert len(requested) == 1 and requested[0].factuality == "requested" and not requested[0].negated
    assert requested[0].sentence == "Antony J. Blinken urged Israel"
    assert {d.title for d in rows.documents} == {"Blinken visits Israel", "Blinken presses Israel", "Two hostages freed"}
    [quote] = rows.quotes
    assert quote.text == "We need a pause," and quote.document in {d.iri for d in rows.documents}


def test_entity_page_is_titled_by_the_entity_and_embeds_one_more_ring(store_and_file, tmp_path):
    _, trig = store_and_file
    page = api.view(trig, tmp_path / "n.html", entity="Netanyahu", depth=0)
    assert "<title>Benjamin Netanyahu: 0 steps around</title>" in page.read_text(encoding="utf-8")
    data = _data(page)
    drawn = {n["n"] for n in data["nodes"] if "x" in n}
    assert drawn == {"Benjamin Netanyahu"}
    assert {n["n"] for n in data["nodes"]} == {"Benjamin Netanyahu", "ceasefire"}  # for double-click


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)


def test_quotes_are_a_list_per_speaker_with_article_and_date(store_and_file, tmp_path):
    _, trig = store_and_file
    page = api.view(trig, tmp_path / "q.html", quotes=True)
    parsed = _Text()
    parsed.feed(page.read_text(encoding="utf-8"))
    text = " ".join(" ".join(parsed.text).split())
    assert "Antony J. Blinken Person · 1 quote We need a pause, Blinken visits Israel , 2024-01-08" in text
    assert "canvas" not in parsed.tags and parsed.tags.count("section") == 1


def test_quotes_list_keeps_hostile_text_as_text(tmp_path):
    import datetime as dt

    from kg.model import Document, Entity, EntityType, Extraction, Quote, Span

    text = f"{HOSTILE} said it."
    doc = Document(text=text, source="h.txt", paragraphs=(Span(0, len(text)),), title=HOSTILE, date=dt.date(2024, 1, 1))
    extraction = Extraction(document=doc, entities=(Entity("x", HOSTILE, EntityType.PERSON),),
                            quotes=(Quote(HOSTILE, Span(0, 5), Span(0, len(text)), "x"),))
    from kg.graph.rdf import extraction_graph

    page = api.view(extraction_graph(extraction), tmp_path / "q.html", quotes=True).read_text(encoding="utf-8")
    parsed = _Text()
    parsed.feed(page)
    assert "img" not in parsed.tags
    assert HOSTILE not in page and page.count("&lt;img src=x onerror=alert(1)&gt;") >= 3
