"""kg.views.html: the HTML page is self-contained, safe with hostile data, readable and deterministic."""
from __future__ import annotations

import datetime as dt
import html
import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest

from kg.errors import OutputError
from kg.graph.rdf import extraction_graph
from kg.model import (
    Document,
    Entity,
    EntityType,
    Extraction,
    Factuality,
    Relation,
    Span,
)
from kg.views.html import write_html
from kg.views.network import graph_counts, to_networkx
from kg.views.pagedata import ALL_NAMED_LIMIT, TYPE_ORDER

REMOTE = re.compile(r"""\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", re.IGNORECASE)
HOSTILE = [
    "<img src=x onerror=alert(1)>",
    '"</script><script>alert(1)</script>',
    "{{ 7*7 }}",
    "line one\nline \"two\" and 'three'",
]
# Where a string from the data can end up on the page.
FIELDS = ["label", "alias", "predicate", "sentence", "document_title", "page_title"]


def _graph(field: str = "", value: str = "") -> nx.MultiDiGraph:
    """Three entities, a fact and a negated fact; `value` placed in `field`."""
    def pick(name: str, default: str) -> str:
        return value if field == name else default

    g = nx.MultiDiGraph()
    g.add_node("n0", label=pick("label", "Joe Biden"), types=["Person"],
               aliases=sorted(["Biden", pick("alias", "President Biden")]))
    g.add_node("n1", label="Hamas", types=["Organization"], aliases=[])
    g.add_node("n2", label="ceasefire", types=["Concept"], aliases=[])
    common = {"sentence": pick("sentence", "Biden urged Hamas."),
              "document_title": pick("document_title", "Talks stall"), "date": "2024-03-04"}
    g.add_edge("n0", "n1", predicate=pick("predicate", "urge"), negated=False, **common)
    g.add_edge("n1", "n2", predicate="accept", negated=True, **common)
    return g


def _page(tmp_path: Path, g: nx.MultiDiGraph, title: str = "Talks", name: str = "page.html") -> str:
    return write_html(g, tmp_path / name, title=title).read_text(encoding="utf-8")


def _data(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.DOTALL)
    assert match, "no data block in the page"
    return json.loads(match.group(1))


class _Tags(HTMLParser):
    """The start tags of a page, as the browser's tokenizer sees them (script text is opaque)."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def test_page_loads_nothing_remote(tmp_path):
    page = _page(tmp_path, _graph())
    assert not REMOTE.search(page)
    tags = _Tags(page).tags
    assert not [a for t, a in tags if t in ("script", "img", "iframe") and "src" in a]
    assert not [a for t, a in tags if t == "link"]
    assert "vis.Network" in page  # vis-network is in the page itself


def _in_script(value: str) -> str:
    """`value` as the page must embed it in JSON: no character that can end a script element,
    start markup or an entity, or open a client-side template."""
    escaped = json.dumps(value, ensure_ascii=True)[1:-1]
    return escaped.translate({ord(c): f"\\u{ord(c):04x}" for c in "<>&'/{}"})


def _in_markup(value: str) -> str:
    return html.escape(value, quote=True).translate({ord(c): f"&#{ord(c)};" for c in "/{}"})


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_strings_never_appear_raw(tmp_path, field, value):
    title = value if field == "page_title" else "Talks"
    page = _page(tmp_path, _graph(field, value), title=title)
    assert value not in page
    if field == "page_title":
        assert f"<title>{_in_markup(value)}</title>" in page
        assert f"<h1>{_in_markup(value)}</h1>" in page
    else:
        assert _in_script(value) in page


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_strings_cannot_add_markup(tmp_path, value):
    """The page has the same tags whatever the data: nothing closed the script block early."""
    benign = _Tags(_page(tmp_path, _graph(), name="a.html")).tags
    for field in FIELDS:
        title = value if field == "page_title" else "Talks"
        hostile = _Tags(_page(tmp_path, _graph(field, value), title=title, name="b.html")).tags
        assert [t for t, _ in hostile] == [t for t, _ in benign], field


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_strings_reach_the_browser_unchanged(tmp_path, value):
    page = _page(tmp_path, _graph("label", value), title=value)
    assert _data(page)["nodes"][0]["n"] == value  # the whole label, not evaluated, not mangled
    assert html.unescape(re.search(r"<h1>(.*?)</h1>", page, re.DOTALL).group(1)) == value


def test_page_ids_are_indices_not_data(tmp_path):
    g = nx.relabel_nodes(_graph(), {"n0": "<b>id</b>", "n1": "x\"y", "n2": 7})
    page = _page(tmp_path, g)
    data = _data(page)
    assert [(e["u"], e["v"]) for e in data["edges"]] == [(0, 1), (1, 2)]
    assert "<b>id</b>" not in page and "x\\u0022y" not in page


def test_legend_lists_the_types_present_and_concepts_start_unticked(tmp_path):
    page = _page(tmp_path, _graph())
    boxes = {a["value"]: "checked" in a for t, a in _Tags(page).tags if t == "input" and a.get("class") == "kg-type"}
    assert boxes == {"Person": True, "Organization": True, "Concept": False}
    assert "Organization (1)" in page and "Event (" not in page


def test_named_entities_are_drawn_and_concepts_wait_in_the_data(tmp_path):
    data = _data(_page(tmp_path, _graph()))
    drawn = {n["n"] for n in data["nodes"] if "x" in n}
    assert drawn == {"Joe Biden", "Hamas"}
    assert data["drawn"] == 2 and len(data["nodes"]) == 3  # the concept is one click away


def test_panel_data_holds_facts_with_sentence_flags_and_source(tmp_path):
    data = _data(_page(tmp_path, _graph()))
    hamas = data["nodes"][1]
    facts = [data["facts"][f] for f in hamas["f"]]
    assert [(f[2], f[3]) for f in facts] == [("urge", []), ("accept", ["not"])]
    assert all(data["sentences"][f[4]] == "Biden urged Hamas." for f in facts)
    assert all(data["docs"][f[5]][0] == "Talks stall" for f in facts)
    assert data["nodes"][0]["a"] == ["Biden", "President Biden"]


def test_sentences_keep_their_own_quote_marks(tmp_path):
    """The sentence is shown as written: no quote mark is added around one that has its own."""
    g = _graph()
    g.edges["n0", "n1", 0]["sentence"] = "\u201cWe want the guns to stay silent,\u201d she said."
    data = _data(_page(tmp_path, g))
    assert "\u201cWe want the guns to stay silent,\u201d she said." in data["sentences"]
    assert not any(s.startswith("\u201c\u201c") for s in data["sentences"])


def test_parallel_facts_are_one_edge_with_a_count(tmp_path):
    g = _graph()
    g.add_edge("n0", "n1", predicate="urge", negated=False, sentence="Again.", document_title="T", date=None)
    g.add_edge("n1", "n0", predicate="thank", negated=False, sentence="Thanks.", document_title="T", date=None)
    edges = _data(_page(tmp_path, g))["edges"]
    [pair] = [e for e in edges if (e["u"], e["v"]) == (0, 1)]
    assert pair["n"] == 3 and len(pair["f"]) == 3 and pair["p"] == "3 facts" and pair["dir"] == 3
    g.remove_edge("n1", "n0")
    [pair] = [e for e in _data(_page(tmp_path, g))["edges"] if (e["u"], e["v"]) == (0, 1)]
    assert pair["p"] == "urge \u00d72" and pair["dir"] == 1


def test_page_states_its_node_count(tmp_path):
    page = _page(tmp_path, _graph())
    assert '<meta name="kg-node-count" content="3">' in page


def _random_graph(n: int, m: int, seed: int = 1) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph(nx.gnm_random_graph(n, m, seed=seed, directed=True))
    for v in g:
        g.nodes[v].update(label=f"Entity {v}", types=[TYPE_ORDER[v % 5]], aliases=[])
    for u, v, attrs in g.edges(data=True):
        attrs.update(predicate="meet", negated=(u + v) % 7 == 0, sentence="s", document_title="t", date=None)
    return g


def test_positions_are_computed_here_for_every_drawn_node(tmp_path):
    g = _random_graph(400, 500)
    g.add_nodes_from(["lonely", "pair-a", "pair-b"], label="L", types=["Place"], aliases=[])
    g.add_edge("pair-a", "pair-b")
    nodes = _data(_page(tmp_path, g))["nodes"]
    drawn = [n for n in nodes if "x" in n]
    assert drawn and all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in drawn)
    assert len({(n["x"], n["y"]) for n in drawn}) == len(drawn)  # no two nodes on one spot
    assert not any(n["t"] == "Concept" for n in drawn)


def test_big_graph_leaves_names_without_facts_out_of_the_opening_drawing(tmp_path):
    g = _random_graph(ALL_NAMED_LIMIT * 2, ALL_NAMED_LIMIT * 2)
    g.add_node("alone", label="Nobody In Particular", types=["Person"], aliases=[])
    page = _page(tmp_path, g)
    data = _data(page)
    [alone] = [n for n in data["nodes"] if n["n"] == "Nobody In Particular"]
    assert "x" not in alone  # in the page (search finds it) but not drawn at first
    assert f"Not drawn yet: {len(data['nodes']) - data['drawn']} concepts" in page


def test_communities_colour_two_clusters_apart(tmp_path):
    g = nx.MultiDiGraph()
    for v in range(10):
        g.add_node(v, label=f"E{v}", types=["Person"], aliases=[])
    for group in (range(5), range(5, 10)):
        for u in group:
            for v in group:
                if u < v:
                    g.add_edge(u, v, predicate="meet", negated=False)
    g.add_edge(4, 5, predicate="meet", negated=False)
    nodes = _data(_page(tmp_path, g))["nodes"]
    assert len({n["c"] for n in nodes[:5]}) == 1 and len({n["c"] for n in nodes[5:]}) == 1
    assert nodes[0]["c"] != nodes[9]["c"]


def test_node_size_grows_with_articles_and_facts(tmp_path):
    g = _graph()
    g.nodes["n0"]["documents"] = [f"doc{i}" for i in range(9)]
    nodes = _data(_page(tmp_path, g))["nodes"]
    assert nodes[0]["w"] == 10 and nodes[1]["w"] == 2
    assert nodes[0]["s"] > nodes[1]["s"]


def test_what_a_node_carries_is_bounded(tmp_path):
    from kg.views.pagedata import FACTS_PER_NODE

    g = _graph()
    for i in range(FACTS_PER_NODE + 5):
        g.add_edge("n0", "n2", predicate=f"p{i}", negated=False, sentence=f"Sentence {i}.")
    biden = _data(_page(tmp_path, g))["nodes"][0]
    assert len(biden["f"]) == FACTS_PER_NODE and biden["nf"] == FACTS_PER_NODE + 6


@pytest.mark.parametrize("n", [10, 400])
def test_output_is_deterministic(tmp_path, n):
    first = write_html(_random_graph(n, 2 * n), tmp_path / "a.html", title="T").read_bytes()
    second = write_html(_random_graph(n, 2 * n), tmp_path / "b.html", title="T").read_bytes()
    assert first == second


def test_write_replaces_the_file_atomically(tmp_path):
    target = tmp_path / "out" / "page.html"
    assert write_html(_graph(), target, title="one") == target  # creates the folder
    write_html(_graph(), target, title="two")
    assert "<title>two</title>" in target.read_text(encoding="utf-8")
    assert sorted(p.name for p in target.parent.iterdir()) == ["page.html"]  # no temp file left
    assert target.stat().st_mode & 0o044 == 0o044 & ~_umask()  # readable like any other file


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_unwritable_path_is_an_output_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OutputError, match="cannot write"):
        write_html(_graph(), blocker / "page.html", title="T")


def test_page_from_rdf_holds_every_entity(tmp_path):
    text = "Hamas did not accept the ceasefire."
    doc = Document(text=text, source="a.txt", paragraphs=(Span(0, len(text)),), title="T",
                   date=dt.date(2024, 3, 4))
    extraction = Extraction(
        document=doc,
        entities=(Entity("h", "Hamas", EntityType.ORGANIZATION), Entity("c", "ceasefire", EntityType.CONCEPT)),
        relations=(Relation("h", "accept", "c", Span(0, len(text)), factuality=Factuality.NEGATED),),
    )
    rdf = extraction_graph(extraction)
    data = _data(_page(tmp_path, to_networkx(rdf)))
    assert len(data["nodes"]) == graph_counts(rdf)["entities"] == 2
    assert [e["p"] for e in data["edges"]] == ["NOT accept"]
    assert data["docs"] == [["T", "2024-03-04", None]]


@pytest.mark.parametrize("url, link", [("https://news.example/a", "https://news.example/a"),
                                       ("javascript:alert(1)", None), ("file:///etc/passwd", None)])
def test_only_web_addresses_become_links(tmp_path, url, link):
    g = _graph()
    g.graph["documents"] = {"doc:1": {"title": "T", "date": None, "url": url}}
    for _, _, attrs in g.edges(data=True):
        attrs["document"] = "doc:1"
    assert _data(_page(tmp_path, g))["docs"] == [["T", None, link]]


def test_inline_iframe_holds_the_escaped_page(tmp_path):
    from kg.views.html import iframe_srcdoc

    page = _page(tmp_path, _graph("label", HOSTILE[1]))
    inline = iframe_srcdoc(page, height=400)
    [(tag, attrs)] = _Tags(inline).tags
    assert tag == "iframe" and attrs["srcdoc"] == page  # the parser unescapes it back to the whole page
    assert "<script" not in inline and 'src="' not in inline


def test_same_page_in_another_process(tmp_path):
    """Byte-identical across processes too, whose string hashes differ (PYTHONHASHSEED)."""
    import subprocess
    import sys

    # Few drawn nodes (people) among many concepts: what made a subgraph view iterate over a set.
    script = ("import sys, networkx as nx; from kg.views.html import render_html; "
              "g = nx.MultiDiGraph(nx.gnm_random_graph(900, 1500, seed=3, directed=True)); "
              "g = nx.relabel_nodes(g, {v: f'node-{v}' for v in g}); "
              "[g.nodes[v].update(label=v, types=['Person' if int(v[5:]) % 4 == 0 else 'Concept'], aliases=[]) for v in g]; "
              "g.add_edges_from((f'node-{4 * i}', f'node-{4 * i + 4}') for i in range(200)); "
              "sys.stdout.write(render_html(g, title='T'))")
    pages = [subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                            env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")]
    assert pages[0] == pages[1] and len(pages[0]) > 10000
