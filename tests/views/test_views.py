"""kg.views.html: the HTML page is self-contained, safe with hostile data, readable and deterministic."""
from __future__ import annotations

import datetime as dt
import html
import json
import os
import re
import shutil
import struct
import subprocess
import zlib
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
from kg.views.html import NEGATED_COLOUR, PHYSICS_NODE_LIMIT, TYPE_STYLES, write_html
from kg.views.network import graph_counts, to_networkx

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


def _dataset(page: str, name: str) -> list[dict]:
    match = re.search(rf"^\s*{name} = new vis\.DataSet\((.*)\);$", page, re.MULTILINE)
    assert match, f"no {name} DataSet in the page"
    return json.loads(match.group(1))


def _options(page: str) -> dict:
    return json.loads(re.search(r"^\s*var options = (.*);$", page, re.MULTILINE).group(1))


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
    nodes = _dataset(page, "nodes")
    assert nodes[0]["tip"].startswith(value)  # the whole label, not evaluated, not mangled
    assert html.unescape(re.search(r"<h1>(.*?)</h1>", page, re.DOTALL).group(1)) == value


def test_page_ids_are_opaque(tmp_path):
    g = nx.relabel_nodes(_graph(), {"n0": "<b>id</b>", "n1": "x\"y", "n2": 7})
    page = _page(tmp_path, g)
    assert [n["id"] for n in _dataset(page, "nodes")] == ["n0", "n1", "n2"]
    assert [(e["from"], e["to"]) for e in _dataset(page, "edges")] == [("n0", "n1"), ("n1", "n2")]
    assert "<b>id</b>" not in page


def test_nodes_are_styled_by_type_and_edges_by_polarity(tmp_path):
    page = _page(tmp_path, _graph())
    person, org, concept = _dataset(page, "nodes")
    assert (person["color"], person["shape"]) == TYPE_STYLES["Person"][:2]
    assert (concept["color"], concept["shape"]) == TYPE_STYLES["Concept"][:2]
    assert org["shape"] != person["shape"]
    plain, negated = _dataset(page, "edges")
    assert plain["label"] == "urge" and "dashes" not in plain
    assert negated["label"] == "NOT accept"
    assert negated["dashes"] is True and negated["color"] == NEGATED_COLOUR


def test_legend_and_filter_list_the_types_present(tmp_path):
    page = _page(tmp_path, _graph())
    boxes = [a["value"] for t, a in _Tags(page).tags if t == "input" and a.get("class") == "kg-type"]
    assert boxes == ["Person", "Organization", "Concept"]
    assert "Organization (1)" in page and "Event (" not in page


def test_tooltips_hold_details(tmp_path):
    page = _page(tmp_path, _graph())
    person = _dataset(page, "nodes")[0]
    assert person["tip"] == "Joe Biden\nType: Person\nAlso: Biden; President Biden"
    negated = _dataset(page, "edges")[1]
    assert negated["tip"].splitlines() == [
        "Hamas \u2014 NOT accept \u2192 ceasefire", "\u201cBiden urged Hamas.\u201d",
        "Document: Talks stall", "Date: 2024-03-04",
    ]
    assert "title" not in person  # the page's script builds text-only tooltip elements


def test_page_states_its_node_count(tmp_path):
    page = _page(tmp_path, _graph())
    assert '<meta name="kg-node-count" content="3">' in page


def _random_graph(n: int, m: int, seed: int = 1) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph(nx.gnm_random_graph(n, m, seed=seed, directed=True))
    types = list(TYPE_STYLES)[:5]
    for v in g:
        g.nodes[v].update(label=f"Entity {v}", types=[types[v % 5]], aliases=[])
    for u, v, attrs in g.edges(data=True):
        attrs.update(predicate="meet", negated=(u + v) % 7 == 0, sentence="s", document_title="t", date=None)
    return g


def test_small_graph_uses_physics(tmp_path):
    page = _page(tmp_path, _random_graph(PHYSICS_NODE_LIMIT, 400))
    assert _options(page)["physics"]["enabled"] is True
    assert not any("x" in n for n in _dataset(page, "nodes"))


def test_big_graph_has_fixed_positions_and_no_physics(tmp_path):
    g = _random_graph(PHYSICS_NODE_LIMIT + 1, 400)
    g.add_nodes_from(["lonely", "pair-a", "pair-b"], label="L", types=["Place"], aliases=[])
    g.add_edge("pair-a", "pair-b")
    page = _page(tmp_path, g)
    assert _options(page)["physics"]["enabled"] is False
    nodes = _dataset(page, "nodes")
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in nodes)
    assert len({(n["x"], n["y"]) for n in nodes}) == len(nodes)  # no two nodes on one spot


@pytest.mark.parametrize("n", [10, PHYSICS_NODE_LIMIT + 50])
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


def test_page_from_rdf_draws_every_entity(tmp_path):
    text = "Hamas did not accept the ceasefire."
    doc = Document(text=text, source="a.txt", paragraphs=(Span(0, len(text)),), title="T",
                   date=dt.date(2024, 3, 4))
    extraction = Extraction(
        document=doc,
        entities=(Entity("h", "Hamas", EntityType.ORGANIZATION), Entity("c", "ceasefire", EntityType.CONCEPT)),
        relations=(Relation("h", "accept", "c", Span(0, len(text)), factuality=Factuality.NEGATED),),
    )
    rdf = extraction_graph(extraction)
    page = _page(tmp_path, to_networkx(rdf))
    assert len(_dataset(page, "nodes")) == graph_counts(rdf)["entities"] == 2
    assert [e["label"] for e in _dataset(page, "edges")] == ["NOT accept"]


# ---- in a real browser ---------------------------------------------------

CHROMIUM = shutil.which("chromium")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
PWN_IMG = "<img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">"
PWN_SCRIPT = "\"</script><script>document.body.setAttribute('data-pwned','script')</script>"


def _chromium(page: Path, profile: Path, *extra: str, fragment: str = "") -> str:
    command = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={profile}", "--virtual-time-budget=10000", *extra, page.as_uri() + fragment,
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=180, check=True)
    return done.stdout


def _hostile_graph() -> nx.MultiDiGraph:
    g = _graph("label", PWN_IMG)
    g.add_node("n3", label=PWN_SCRIPT, types=["Event"], aliases=[PWN_IMG])
    g.add_edge("n3", "n0", predicate=PWN_SCRIPT, negated=False, sentence=PWN_IMG,
               document_title=PWN_SCRIPT, date=None)
    return g


@pytest.mark.browser
@needs_chromium
def test_browser_draws_the_graph_and_runs_no_injected_code(tmp_path):
    g = _hostile_graph()
    path = write_html(g, tmp_path / "page.html", title=PWN_IMG + PWN_SCRIPT)
    dom = _chromium(path, tmp_path / "profile", "--dump-dom")
    assert re.search(r'<div class="vis-network"[^>]*>\s*<canvas', dom)
    assert f'<output id="kg-drawn-count">{g.number_of_nodes()}</output>' in dom  # page script ran
    assert "<img" not in dom
    assert not re.search(r"<body[^>]*data-pwned", dom)


@pytest.mark.browser
@needs_chromium
def test_browser_draws_every_node_of_a_big_graph(tmp_path):
    g = _random_graph(PHYSICS_NODE_LIMIT + 100, 600)
    dom = _chromium(write_html(g, tmp_path / "big.html", title="big"), tmp_path / "profile", "--dump-dom")
    assert f'<output id="kg-drawn-count">{g.number_of_nodes()}</output>' in dom


@pytest.mark.browser
@needs_chromium
def test_browser_search_selects_matching_nodes(tmp_path):
    g = _random_graph(30, 40)  # labels "Entity 0" .. "Entity 29"
    path = write_html(g, tmp_path / "page.html", title="search")
    dom = _chromium(path, tmp_path / "profile", "--dump-dom", fragment="#find=entity%202")
    assert '<span id="kg-search-status" aria-live="polite">11 matches</span>' in dom  # 2, 20..29


def _png_rgb(path: Path) -> tuple[int, int, list[bytes]]:
    """Width, height and unfiltered rows of an 8-bit RGB or RGBA PNG (what Chromium writes)."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, header
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(idat))
    stride = width * bpp
    rows, previous = [], bytes(stride)
    for y in range(height):
        kind, row = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            left = row[i - bpp] if i >= bpp else 0
            up = previous[i]
            if kind == 1:
                row[i] = (row[i] + left) & 255
            elif kind == 2:
                row[i] = (row[i] + up) & 255
            elif kind == 3:
                row[i] = (row[i] + (left + up) // 2) & 255
            elif kind == 4:
                up_left = previous[i - bpp] if i >= bpp else 0
                p = left + up - up_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - up_left)
                row[i] = (row[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else up_left)) & 255
        rows.append(bytes(row))
        previous = row
    return width, height, [bytes(b for i, b in enumerate(r) if i % bpp < 3) for r in rows]


def _ink(path: Path) -> int:
    """Pixels that are not near-white."""
    _, _, rows = _png_rgb(path)
    return sum(1 for row in rows for i in range(0, len(row), 3) if min(row[i : i + 3]) < 230)


@pytest.mark.browser
@needs_chromium
def test_browser_screenshot_shows_the_graph(tmp_path):
    shots = {}
    for name, g in (("empty", nx.MultiDiGraph()), ("graph", _random_graph(40, 60))):
        page = write_html(g, tmp_path / f"{name}.html", title="Screenshot")
        _chromium(page, tmp_path / f"profile-{name}", f"--screenshot={tmp_path / name}.png", "--window-size=1200,800")
        shots[name] = _ink(tmp_path / f"{name}.png")
    # The page furniture (heading, legend) is in both; the nodes, labels and edges only in one.
    assert shots["graph"] - shots["empty"] > 5000, shots
