"""The graph pages in a real browser: headless Chromium driven through the DevTools protocol.

Clicks, double-clicks and typing are sent as input events, as a mouse and keyboard would; what
is asserted is read back from the page (its DOM, the positions vis-network drew).
"""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

import kg
from kg import api
from kg.views.browser import Browser, chromium
from kg.views.html import write_html

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(chromium() is None, reason="chromium is not installed (apt-get install chromium)"),
]
REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "examples" / "ceasefire-talks.txt"
PWN_IMG = "<img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">"
PWN_SCRIPT = "\"</script><script>document.body.setAttribute('data-pwned','script')</script>"
BBC_ARTICLES = 200

# The page position (CSS pixels) where vis-network drew node i.
NODE_XY = """(function (i) {
  var net = window.kgNetwork, p = net.canvasToDOM(net.getPositions([i])[i]);
  var r = document.getElementById("kg-canvas").getBoundingClientRect();
  return [p.x + r.left, p.y + r.top];
})(%d)"""
PANEL_TEXT = "document.getElementById('kg-panel').hidden ? null : document.getElementById('kg-panel').innerText"


@pytest.fixture(scope="module")
def sample_page(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("sample")
    result = kg.build([SAMPLE], out=out)
    return api.view(result, out / "view.html")


def _data(page: Path) -> dict:
    text = page.read_text(encoding="utf-8")
    start = text.index('<script type="application/json" id="kg-data">') + len('<script type="application/json" id="kg-data">')
    return json.loads(text[start:text.index("</script>", start)])


def _index(data: dict, name: str) -> int:
    return next(i for i, n in enumerate(data["nodes"]) if n["n"] == name)


def _opened(page: Path, **kwargs) -> Browser:
    browser = Browser(page, **kwargs)
    browser.wait_for("window.kgStill === true")
    return browser


def test_search_finds_and_focuses_a_node_by_name_or_alias(sample_page):
    data = _data(sample_page)
    varga = _index(data, "Elena Varga")
    for text in ("varga", "Ms. Varga"):
        with _opened(sample_page) as page:
            page.type_text("#kg-search", text)
            assert page.evaluate("window.kgFocused") == varga
            assert page.evaluate("window.kgNetwork.getSelectedNodes()") == [varga]
            x, y = page.evaluate(NODE_XY % varga)
            box = page.evaluate("(function(){var r=document.getElementById('kg-canvas').getBoundingClientRect();"
                                "return [r.left, r.top, r.width, r.height];})()")
            # focused: drawn in the middle of the canvas
            assert abs(x - (box[0] + box[2] / 2)) < 2 and abs(y - (box[1] + box[3] / 2)) < 2


def test_search_draws_a_node_that_was_not_drawn(sample_page):
    data = _data(sample_page)
    concept = next(i for i, n in enumerate(data["nodes"]) if n["t"] == "Concept")
    with _opened(sample_page) as page:
        before = page.evaluate("window.kgCounts.nodes")
        page.type_text("#kg-search", data["nodes"][concept]["n"])
        page.press_enter()
        assert concept in page.evaluate("window.kgNetwork.body.data.nodes.getIds()")
        assert page.evaluate("window.kgCounts.nodes") == before + 1
        assert page.evaluate("window.kgPanelNode") == concept


def test_click_opens_the_panel_with_the_sentence_of_each_fact(sample_page):
    data = _data(sample_page)
    varga = _index(data, "Elena Varga")
    with _opened(sample_page) as page:
        assert page.evaluate(PANEL_TEXT) is None
        page.click(*page.evaluate(NODE_XY % varga))
        page.wait_for(f"window.kgPanelNode === {varga}", timeout=10)
        panel = page.evaluate(PANEL_TEXT)
        assert panel.splitlines()[1] == "Elena Varga"  # after the close button
        facts = [data["facts"][f] for f in data["nodes"][varga]["f"]]
        assert len(facts) == data["nodes"][varga]["nf"] >= 3
        for fact in facts:
            assert " ".join(data["sentences"][fact[4]].split()) in " ".join(panel.split())
        assert "Named in 1 article" in panel


def test_double_click_adds_the_neighbours(sample_page):
    data = _data(sample_page)
    varga = _index(data, "Elena Varga")
    neighbours = {e["u"] if e["v"] == varga else e["v"] for e in data["edges"] if varga in (e["u"], e["v"])}
    with _opened(sample_page) as page:
        drawn = set(page.evaluate("window.kgNetwork.body.data.nodes.getIds()"))
        assert not neighbours <= drawn  # some neighbours (concepts) are not drawn at first
        page.click(*page.evaluate(NODE_XY % varga), count=2)
        page.wait_for("window.kgExpanded !== undefined", timeout=10)
        after = set(page.evaluate("window.kgNetwork.body.data.nodes.getIds()"))
        assert after == drawn | neighbours
        assert page.evaluate("window.kgCounts.nodes") == len(after)


def test_type_filter_changes_the_header_counts(sample_page):
    data = _data(sample_page)
    with _opened(sample_page) as page:
        header = page.evaluate("document.getElementById('kg-counts').textContent")
        drawn = page.evaluate("window.kgCounts.nodes")
        assert header.startswith(f"{drawn} of {len(data['nodes'])} nodes drawn")
        people = sum(1 for n in data["nodes"] if n["t"] == "Person" and "x" in n)
        page.evaluate("document.querySelector('input.kg-type[value=Person]').click()")
        assert page.evaluate("window.kgCounts.nodes") == drawn - people
        assert page.evaluate("document.getElementById('kg-counts').textContent").startswith(
            f"{drawn - people} of {len(data['nodes'])} nodes drawn")
        page.evaluate("document.querySelector('input.kg-type[value=Concept]').click()")
        assert page.evaluate("window.kgCounts.nodes") > drawn - people


def _assert_labels_apart(page: Browser, data: dict, minimum: int) -> list[dict]:
    labels = page.evaluate("window.kgLabels")
    assert len(labels) >= minimum, labels
    for k, a in enumerate(labels):
        for b in labels[k + 1:]:
            apart = a["x"] + a["w"] <= b["x"] or b["x"] + b["w"] <= a["x"] or a["y"] + a["h"] <= b["y"] or b["y"] + b["h"] <= a["y"]
            assert apart, (a, b)
    # Each node label sits under the position vis-network drew its node at.
    width = page.evaluate("document.getElementById('kg-canvas').clientWidth")
    for label in labels:
        if label["kind"] != "node":
            continue
        x, _ = page.evaluate(NODE_XY % label["id"])
        assert abs(label["x"] + label["w"] / 2 - x) < 1
        assert 0 <= label["x"] and label["x"] + label["w"] <= width
        assert label["text"] == data["nodes"][label["id"]]["l"]
    return labels


def test_no_two_labels_overlap_on_the_sample_article(sample_page):
    data = _data(sample_page)
    with _opened(sample_page) as page:
        labels = _assert_labels_apart(page, data, minimum=8)
        assert "Elena Varga" in {label["text"] for label in labels}


@pytest.fixture(scope="module")
def bbc_page(shared, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("bbc")
    corpus = out / "bbc.jsonl"
    with open(shared / "corpus" / "bbc" / "articles.jsonl", encoding="utf-8") as lines:
        corpus.write_text("".join(line for _, line in zip(range(BBC_ARTICLES), lines)), encoding="utf-8")
    kg.build([corpus], out=out, html=False)
    return api.view(out / "graph.ttl", out / "view.html")


def test_no_two_labels_overlap_on_200_bbc_articles(bbc_page):
    data = _data(bbc_page)
    assert f"<title>{BBC_ARTICLES} articles</title>" in bbc_page.read_text(encoding="utf-8")
    with _opened(bbc_page) as page:
        labels = _assert_labels_apart(page, data, minimum=40)
        drawn = page.evaluate("window.kgCounts.nodes")
        assert len(labels) < drawn  # not every name fits at the opening zoom: some wait for zoom or hover
        biggest = max(range(len(data["nodes"])), key=lambda i: (data["nodes"][i]["w"] if "x" in data["nodes"][i] else -1))
        assert biggest in {label["id"] for label in labels if label["kind"] == "node"}


def _hostile_graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node("a", label=PWN_IMG, types=["Person"], aliases=[PWN_SCRIPT], documents=["d"])
    g.add_node("b", label=PWN_SCRIPT, types=["Organization"], aliases=[])
    g.graph["documents"] = {"d": {"title": PWN_IMG, "date": None, "url": "javascript:alert(1)"}}
    g.add_edge("a", "b", predicate=PWN_SCRIPT, negated=False, sentence=PWN_IMG, document="d", date=None)
    return g


def test_hostile_names_stay_inert_in_the_panel(tmp_path):
    page_path = write_html(_hostile_graph(), tmp_path / "hostile.html", title=PWN_IMG + PWN_SCRIPT)
    with _opened(page_path) as page:
        page.type_text("#kg-search", "<img")
        page.press_enter()
        page.wait_for("window.kgPanelNode === 0", timeout=10)
        assert page.evaluate("document.querySelector('#kg-panel h2').textContent") == PWN_IMG
        assert page.evaluate("document.querySelector('#kg-panel blockquote').textContent") == PWN_IMG
        assert page.evaluate("document.querySelectorAll('img, #kg-panel script').length") == 0
        assert page.evaluate("document.querySelectorAll('#kg-panel a').length") == 0  # javascript: is no link
        page.click(*page.evaluate(NODE_XY % 1))
        page.wait_for("window.kgPanelNode === 1", timeout=10)
        assert page.evaluate("document.querySelector('#kg-panel h2').textContent") == PWN_SCRIPT
        assert page.evaluate("document.body.hasAttribute('data-pwned')") is False
        assert page.evaluate("document.title") == PWN_IMG + PWN_SCRIPT


def test_quotes_list_filters_as_one_types(sample_page, tmp_path):
    page_path = api.view(sample_page.parent / "graph.ttl", tmp_path / "quotes.html", quotes=True)
    with Browser(page_path) as page:
        page.wait_for("window.kgQuotesShown !== undefined")
        total = page.evaluate("window.kgQuotesShown")
        assert total == 2
        page.type_text("#kg-search", "guns")
        assert page.evaluate("window.kgQuotesShown") == 1
        shown = page.evaluate("Array.prototype.filter.call(document.querySelectorAll('li'), function (li) "
                              "{ return !li.hidden; }).map(function (li) { return li.textContent; })")
        assert len(shown) == 1 and "guns" in shown[0]
        page.evaluate("document.querySelector('#kg-search').value = ''")
        page.type_text("#kg-search", "nobody said this")
        assert page.evaluate("window.kgQuotesShown") == 0
