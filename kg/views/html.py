"""networkx graph (from kg.views.network) -> one self-contained interactive HTML page. No spaCy.

pyvis 0.3.2 renders the page with vis-network inlined (`cdn_resources="in_line"`); this module
then removes the remote Bootstrap tags pyvis's template adds, and adds a heading, a legend with
a type filter, a search box and a node count. The page opens from a file with no network.

Safety by construction: page ids are opaque ("n0", "e0"); every string from the data reaches
the page either as HTML text escaped by `_html_text` or inside the embedded JSON encoded by
`_script_json`, which escapes every character that could end the <script> block or start markup.
Tooltips are DOM elements filled with textContent by the page's own script, never HTML strings.
"""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

import networkx as nx
import numpy as np
from pyvis.network import Network

from kg.errors import OutputError, unicode_name
from kg.graph.atomic import write_atomic

PHYSICS_NODE_LIMIT = 300  # above this many nodes, positions are computed here, physics is off
CANVAS_HEIGHT = "760px"
LABEL_CHARS = 60  # longer node and edge labels are clipped on the canvas; tooltips have all

# Node type -> (colour, vis-network shape, legend glyph); the first listed type a node has wins.
TYPE_STYLES: dict[str, tuple[str, str, str]] = {
    "Person": ("#4e79a7", "dot", "\u25cf"),
    "Organization": ("#f28e2b", "square", "\u25a0"),
    "Place": ("#59a14f", "triangle", "\u25b2"),
    "Event": ("#e15759", "diamond", "\u25c6"),
    "Concept": ("#9c755f", "star", "\u2605"),
    "Quote": ("#76b7b2", "box", "\u25ad"),
}
OTHER_TYPE = "Other"  # nodes with none of the types above
UNEMPHASISED_TYPES = {"Concept", "Quote", OTHER_TYPE}  # drawn at the default size; the rest are names
NAMED_NODE_SIZE = 22  # node size of people, organisations, places and events (default 14)
NAMED_FONT_SIZE = 26  # their label size: still above vis-network's hiding threshold when a graph is fitted
OTHER_STYLE = ("#bab0ac", "dot", "\u25cf")
EDGE_COLOUR = "#9a9a9a"
NEGATED_COLOUR = "#d62728"
NEGATED_PREFIX = "NOT "

LAYOUT_SEED = 7  # fixed seeds: the same graph gives the same page
LAYOUT_ITERATIONS = 60
REPULSION_SAMPLE = 1000  # nodes each node is pushed away from per layout step (all, if fewer)
LAYOUT_BLOCK = 1024  # rows of the repulsion computed at once: memory is LAYOUT_BLOCK x sample
SMALL_COMPONENT = 8  # components up to this size are drawn as a circle (hub in the middle)
PIXELS_PER_NODE = 30.0  # a component of c nodes gets a square of about 30 * sqrt(c) pixels
SEARCH_FIT_LIMIT = 20  # the view zooms to the search matches when there are at most this many

# A remote resource in markup: src= or href= followed by http:, https: or a protocol-relative //.
REMOTE_REFERENCE = re.compile(r"""\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", re.IGNORECASE)
# The tags pyvis 0.3.2's template uses to pull Bootstrap (and vis-network when not in line).
_REMOTE_LINK_TAG = re.compile(r"""<link\b[^>]*\bhref\s*=\s*["']?\s*(?:https?:)?//[^>]*>""", re.IGNORECASE)
_REMOTE_SCRIPT_TAG = re.compile(
    r"""<script\b[^>]*\bsrc\s*=\s*["']?\s*(?:https?:)?//[^>]*>\s*</script\s*>""", re.IGNORECASE
)
_EMPTY_HEADING = re.compile(r"<center>\s*<h1>\s*</h1>\s*</center>")
_DEAD_COMMENT = re.compile(r"<!--(?:(?!-->).)*node_modules(?:(?!-->).)*-->", re.DOTALL)  # old tags

# Inside a JSON string these become \u escapes, so data can neither end the <script> element
# (<, /), start an entity or markup (&, <, >), break out of a quoted attribute ('), nor be read
# as a client-side template ({, }). ensure_ascii takes care of U+2028/U+2029 and the rest.
_SCRIPT_STRING_ESCAPES = str.maketrans({c: f"\\u{ord(c):04x}" for c in "<>&'/{}"})
# The same characters as HTML character references, for text placed in markup.
_HTML_EXTRA_ESCAPES = str.maketrans({c: f"&#{ord(c)};" for c in "/{}"})


def write_html(g: nx.MultiDiGraph, path: Path, *, title: str) -> Path:
    """Write `g` as an interactive page to `path` (atomically; parent folders are created).

    Nodes are drawn by their `label` and coloured and shaped by the first known name in their
    `types`; edges are labelled by `predicate`, dashed red with "NOT " when `negated`, and show
    `sentence`, `document_title` and `date` on hover. Returns `path`.
    """
    return write_atomic(Path(path), render_html(g, title=title))


def render_html(g: nx.MultiDiGraph, *, title: str) -> str:
    """The page `write_html` writes, as a string."""
    title = unicode_name(title)  # it may name files whose names are not UTF-8
    order = list(g)
    page_id = {node: f"n{i}" for i, node in enumerate(order)}
    fixed = len(order) > PHYSICS_NODE_LIMIT
    positions = _layout(g, order) if fixed else None

    net = Network(height=CANVAS_HEIGHT, width="100%", directed=True, heading="", cdn_resources="in_line")
    # pyvis embeds nodes and edges with Jinja's tojson filter; make it use the stricter encoder.
    net.templateEnv.policies["json.dumps_function"] = _script_json
    net.templateEnv.policies["json.dumps_kwargs"] = {}
    # A dict is what pyvis's own set_options stores; generate_html reads physics.enabled from it.
    net.options = _vis_options(fixed=fixed)

    type_counts: dict[str, int] = {}
    for i, node in enumerate(order):
        attrs = g.nodes[node]
        kind = _node_type(attrs)
        type_counts[kind] = type_counts.get(kind, 0) + 1
        colour, shape, _ = TYPE_STYLES.get(kind, OTHER_STYLE)
        extra = {"x": positions[i][0], "y": positions[i][1]} if positions is not None else {}
        # Named things are drawn larger, so their names stay readable when a big graph is seen
        # whole; concepts' labels show as one zooms in.
        emphasis = {} if kind in UNEMPHASISED_TYPES else {"size": NAMED_NODE_SIZE, "font": {"size": NAMED_FONT_SIZE}}
        net.add_node(
            page_id[node], label=_clip(str(attrs.get("label", "")), LABEL_CHARS) or " ",
            shape=shape, color=colour, kgType=kind, tip=_node_tip(attrs), **emphasis, **extra,
        )
    for i, (u, v, attrs) in enumerate(g.edges(data=True)):
        negated = bool(attrs.get("negated", False))
        predicate = str(attrs.get("predicate") or "")
        style = {"dashes": True, "color": NEGATED_COLOUR, "font": {"color": NEGATED_COLOUR}} if negated else {}
        net.add_edge(
            page_id[u], page_id[v], id=f"e{i}",
            label=(NEGATED_PREFIX if negated else "") + _clip(predicate, LABEL_CHARS),
            tip=_edge_tip(g, u, v, attrs), **style,
        )

    page = net.generate_html()
    return _finish_page(page, title=title, node_count=len(order), edge_count=g.number_of_edges(),
                        type_counts=type_counts)


def _vis_options(*, fixed: bool) -> dict:
    """vis-network options: physics for small graphs, fixed positions and no physics for big."""
    return {
        "nodes": {"size": 14, "borderWidth": 1, "font": {"size": 14}},
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "color": {"color": EDGE_COLOUR, "inherit": False},
            "font": {"size": 10, "align": "middle"},
            "smooth": False if fixed else {"enabled": True, "type": "dynamic"},
        },
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": fixed},
        "physics": {
            "enabled": not fixed,
            "solver": "barnesHut",
            "stabilization": {"enabled": not fixed, "iterations": 300, "fit": True},
        },
        "layout": {"randomSeed": LAYOUT_SEED, "improvedLayout": not fixed},
    }


def _node_type(attrs: dict) -> str:
    types = set(attrs.get("types", ()))
    return next((t for t in TYPE_STYLES if t in types), OTHER_TYPE)


def _node_tip(attrs: dict) -> str:
    lines = [str(attrs.get("label", ""))]
    text = attrs.get("title")
    if text and text != lines[0]:
        lines.append(f"\u201c{text}\u201d")
    types = list(attrs.get("types", ()))
    if types:
        lines.append("Type: " + ", ".join(map(str, types)))
    aliases = list(attrs.get("aliases", ()))
    if aliases:
        lines.append("Also: " + "; ".join(map(str, aliases)))
    return "\n".join(lines)


def _edge_tip(g: nx.MultiDiGraph, u: object, v: object, attrs: dict) -> str:
    negated = bool(attrs.get("negated", False))
    predicate = (NEGATED_PREFIX if negated else "") + str(attrs.get("predicate") or "")
    lines = [f"{g.nodes[u].get('label', '')} \u2014 {predicate} \u2192 {g.nodes[v].get('label', '')}"]
    if attrs.get("sentence"):
        lines.append(f"\u201c{attrs['sentence']}\u201d")
    if attrs.get("document_title"):
        lines.append(f"Document: {attrs['document_title']}")
    if attrs.get("date"):
        lines.append(f"Date: {attrs['date']}")
    return "\n".join(lines)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _script_json(value: object, **_ignored: object) -> str:
    """JSON safe to place inside a <script> element: sorted keys, strings escaped as above."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=True).translate(_SCRIPT_STRING_ESCAPES)
    if isinstance(value, dict):
        items = sorted((str(k), v) for k, v in value.items())
        return "{" + ",".join(f"{_script_json(k)}:{_script_json(v)}" for k, v in items) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(_script_json(v) for v in value) + "]"
    if value is None or isinstance(value, (bool, int, float)):
        return json.dumps(value, allow_nan=False)
    raise TypeError(f"cannot put a {type(value).__name__} in the page's JSON")


def _html_text(text: str) -> str:
    """`text` escaped for HTML text or a quoted attribute value."""
    return html.escape(text, quote=True).translate(_HTML_EXTRA_ESCAPES)


def _finish_page(page: str, *, title: str, node_count: int, edge_count: int,
                 type_counts: dict[str, int]) -> str:
    """pyvis's page without remote tags, with kg's heading, legend, controls and script."""
    page = _REMOTE_SCRIPT_TAG.sub("", _REMOTE_LINK_TAG.sub("", page))
    page = _DEAD_COMMENT.sub("", _EMPTY_HEADING.sub("", page))
    for anchor in ("<html>", "<head>", "<body>", "</body>"):
        if page.count(anchor) != 1:
            raise OutputError(
                f"pyvis's page template has changed (expected one {anchor}); "
                "kg.views.html supports pyvis 0.3.2 - install that version."
            )
    head = (
        f'<head>\n<title>{_html_text(title)}</title>\n'
        f'<meta name="kg-node-count" content="{node_count}">\n'
        f'<meta name="kg-edge-count" content="{edge_count}">\n<style>{_PAGE_CSS}</style>'
    )
    page = page.replace("<html>", '<!DOCTYPE html>\n<html lang="en">', 1)
    page = page.replace("<head>", head, 1)
    page = page.replace("<body>", "<body>\n" + _header(title, node_count, edge_count, type_counts), 1)
    page = page.replace("</body>", f"<script>{_PAGE_SCRIPT}</script>\n</body>", 1)
    remote = REMOTE_REFERENCE.search(page)
    if remote:
        raise OutputError(
            f"The page would load a remote resource ({page[remote.start():remote.end() + 40]!r}); "
            "kg.views.html supports pyvis 0.3.2 - install that version."
        )
    return page


def _header(title: str, node_count: int, edge_count: int, type_counts: dict[str, int]) -> str:
    boxes = []
    for kind in [*TYPE_STYLES, OTHER_TYPE]:
        if kind not in type_counts:
            continue
        colour, _, glyph = TYPE_STYLES.get(kind, OTHER_STYLE)
        boxes.append(
            f'<label><input type="checkbox" class="kg-type" value="{kind}" checked> '
            f'<span class="kg-glyph" style="color:{colour}">{glyph}</span> {kind} ({type_counts[kind]})</label>'
        )
    return (
        '<header class="kg-header">\n'
        f"<h1>{_html_text(title)}</h1>\n"
        f'<p class="kg-summary"><output id="kg-drawn-count"></output> of {node_count} nodes drawn, '
        f"{edge_count} edges. Hover over a node or an edge for its details.</p>\n"
        '<div class="kg-controls">\n'
        '<label>Find <input id="kg-search" type="search" autocomplete="off" '
        'placeholder="part of a name"></label> <span id="kg-search-status" aria-live="polite"></span>\n'
        '<fieldset class="kg-legend"><legend>Show</legend>\n'
        + "\n".join(boxes)
        + '\n<span class="kg-key"><span class="kg-line"></span> fact</span>'
        f'<span class="kg-key"><span class="kg-line kg-negated"></span> {NEGATED_PREFIX}(negated)</span>\n'
        "</fieldset>\n</div>\n</header>\n"
    )


def _layout(g: nx.MultiDiGraph, order: list) -> list[tuple[int, int]]:
    """Pixel positions for graphs too big for in-browser physics, one per node of `order`.

    Each weakly connected component is laid out on its own, then the components are packed in
    rows, biggest first: laid out together, force-directed layouts fling small components
    into a ring far from the big one and shrink it to a dot.
    """
    index = {node: i for i, node in enumerate(order)}
    neighbours: list[set[int]] = [set() for _ in order]
    for u, v in g.edges():
        if u != v:
            neighbours[index[u]].add(index[v])
            neighbours[index[v]].add(index[u])
    components = sorted(
        (sorted(index[v] for v in c) for c in nx.weakly_connected_components(g)),
        key=lambda c: (-len(c), c[0]),
    )
    rng = np.random.default_rng(LAYOUT_SEED)
    xs = np.zeros(len(order))
    ys = np.zeros(len(order))
    row_width = PIXELS_PER_NODE * np.sqrt(len(order)) * 1.2
    cursor_x = cursor_y = row_height = 0.0
    for component in components:
        local = _component_layout(component, neighbours, rng)
        side = PIXELS_PER_NODE * (np.sqrt(len(component)) + 1.0)  # the component's square
        if cursor_x > 0 and cursor_x + side > row_width:
            cursor_x, cursor_y, row_height = 0.0, cursor_y + row_height, 0.0
        xs[component] = cursor_x + side / 2 + local[:, 0] * side * 0.45
        ys[component] = cursor_y + side / 2 + local[:, 1] * side * 0.45
        cursor_x += side
        row_height = max(row_height, side)
    xs = np.rint(xs - (xs.min() + xs.max()) / 2).astype(int)
    ys = np.rint(ys - (ys.min() + ys.max()) / 2).astype(int)
    return [(int(x), int(y)) for x, y in zip(xs, ys)]


def _component_layout(component: list[int], neighbours: list[set[int]], rng: np.random.Generator) -> np.ndarray:
    """Positions within [-1, 1]^2 for one connected component (node indices in `component`)."""
    size = len(component)
    if size == 1:
        return np.zeros((1, 2))
    if size <= SMALL_COMPONENT:
        # A hub touching all the others goes in the middle (stars, 3-paths); the rest on a circle.
        hub = next((i for i, v in enumerate(component) if len(neighbours[v]) == size - 1), None)
        ring = [i for i in range(size) if i != hub]
        angles = 2 * np.pi * np.arange(len(ring)) / len(ring)
        local = np.zeros((size, 2))
        local[ring, 0], local[ring, 1] = np.cos(angles), np.sin(angles)
        return local
    where = {v: i for i, v in enumerate(component)}
    pairs = [(where[v], where[w]) for v in component for w in neighbours[v] if v < w]
    local = _spring(size, np.array(pairs, dtype=np.intp).reshape(-1, 2), rng)
    local -= local.mean(axis=0)
    return local / max(float(np.abs(local).max()), 1e-12)


def _spring(n: int, edges: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Fruchterman-Reingold in the unit square for one connected graph of `n` nodes.

    networkx's spring_layout needs SciPy above 500 nodes, which kg does not depend on, and its
    repulsion is quadratic. Here each step pushes every node away from a random sample of
    REPULSION_SAMPLE nodes scaled up to stand for all (random vertex sampling, Gove 2019):
    about 1 s for 5,000 nodes.
    """
    src, dst = edges[:, 0], edges[:, 1]
    # float32 halves the time; the layout only has to be good to a pixel.
    x, y = rng.random(n, dtype=np.float32), rng.random(n, dtype=np.float32)
    k = np.float32(np.sqrt(1.0 / n))  # ideal edge length in the unit square
    temperature = 0.1
    cooling = temperature / (LAYOUT_ITERATIONS + 1)
    sample = min(n, REPULSION_SAMPLE)
    for _ in range(LAYOUT_ITERATIONS):
        chosen = rng.choice(n, sample, replace=False) if sample < n else np.arange(n)
        cx, cy = x[chosen], y[chosen]
        push = np.float32(k * k * n / sample)
        dx = np.zeros(n, dtype=np.float32)
        dy = np.zeros(n, dtype=np.float32)
        for start in range(0, n, LAYOUT_BLOCK):
            block = slice(start, start + LAYOUT_BLOCK)
            bx = x[block, None] - cx[None, :]
            by = y[block, None] - cy[None, :]
            force = bx * bx
            force += by * by
            np.maximum(force, np.float32(1e-9), out=force)
            np.divide(push, force, out=force)
            dx[block] += np.einsum("ij,ij->i", bx, force)
            dy[block] += np.einsum("ij,ij->i", by, force)
        ex, ey = x[src] - x[dst], y[src] - y[dst]
        pull = np.sqrt(ex * ex + ey * ey) / k
        dx += (np.bincount(dst, ex * pull, n) - np.bincount(src, ex * pull, n)).astype(np.float32)
        dy += (np.bincount(dst, ey * pull, n) - np.bincount(src, ey * pull, n)).astype(np.float32)
        length = np.maximum(np.sqrt(dx * dx + dy * dy), np.float32(1e-12))
        step = np.minimum(length, np.float32(temperature)) / length
        x += dx * step
        y += dy * step
        temperature -= cooling
    return np.column_stack([x, y])


_PAGE_CSS = """
body { margin: 0 12px; font-family: system-ui, sans-serif; color: #222; }
.kg-header h1 { font-size: 1.4em; margin: 12px 0 4px; }
.kg-summary { margin: 0 0 8px; color: #555; }
.kg-controls { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; margin-bottom: 8px; }
.kg-legend { display: inline-flex; flex-wrap: wrap; gap: 12px; border: 1px solid #ddd; padding: 4px 10px; }
.kg-legend legend { font-size: 0.85em; color: #555; }
.kg-glyph { font-size: 1.1em; }
.kg-key { display: inline-flex; align-items: center; gap: 4px; color: #555; }
.kg-line { display: inline-block; width: 28px; border-top: 2px solid #9a9a9a; }
.kg-line.kg-negated { border-top: 2px dashed #d62728; }
.kg-tip { white-space: pre-wrap; max-width: 36em; font-family: system-ui, sans-serif; }
"""

# Runs after pyvis's drawGraph(), which leaves `nodes`, `edges` and `network` as globals.
# It reads data only from the DataSets and writes it only through textContent.
_PAGE_SCRIPT = """
(function () {
  "use strict";
  if (typeof nodes === "undefined" || typeof network === "undefined") { return; }
  function tipElement(text) {
    var div = document.createElement("div");
    div.className = "kg-tip";
    div.textContent = text;
    return div;
  }
  nodes.update(nodes.get({fields: ["id", "tip"]}).map(function (n) {
    return {id: n.id, title: tipElement(n.tip)};
  }));
  edges.update(edges.get({fields: ["id", "tip"]}).map(function (e) {
    return {id: e.id, title: tipElement(e.tip)};
  }));
  window.kgNodeCount = nodes.length;
  document.getElementById("kg-drawn-count").textContent = String(nodes.length);

  var search = document.getElementById("kg-search");
  var status = document.getElementById("kg-search-status");
  function find() {
    var needle = search.value.trim().toLowerCase();
    if (!needle) { network.unselectAll(); status.textContent = ""; return; }
    var ids = nodes.getIds({filter: function (n) {
      return !n.hidden && String(n.label).toLowerCase().indexOf(needle) !== -1;
    }});
    network.selectNodes(ids, false);
    status.textContent = ids.length === 1 ? "1 match" : ids.length + " matches";
    if (ids.length > 0 && ids.length <= SEARCH_FIT_LIMIT) { network.fit({nodes: ids, animation: false}); }
  }
  search.addEventListener("input", find);

  var boxes = Array.prototype.slice.call(document.querySelectorAll("input.kg-type"));
  function applyFilter() {
    var shown = {};
    boxes.forEach(function (box) { shown[box.value] = box.checked; });
    nodes.update(nodes.get({fields: ["id", "kgType"]}).map(function (n) {
      return {id: n.id, hidden: shown[n.kgType] === false};
    }));
    find();
  }
  boxes.forEach(function (box) { box.addEventListener("change", applyFilter); });

  // page.html#find=biden opens with that search done: a link can point at an entity.
  var link = /^#find=(.*)$/.exec(window.location.hash);
  if (link) {
    try { search.value = decodeURIComponent(link[1]); } catch (err) { search.value = ""; }
    find();
  }
})();
""".replace("SEARCH_FIT_LIMIT", str(SEARCH_FIT_LIMIT))
