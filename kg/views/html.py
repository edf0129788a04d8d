"""networkx graph (from kg.views.network) -> one self-contained interactive HTML page. No spaCy.

The page is kg's own: a header (title, counts that follow the filters, search, type filter), a
canvas drawn by vis-network (inlined from the pyvis package, nothing is fetched), a side panel
for the entity clicked, and the data of kg.views.pagedata as one JSON block. Its script
(page.js) places labels where they fit, opens the panel, expands neighbours and filters.

Safety by construction: every string from the data reaches the page either as HTML text
escaped by `html_text` or inside the embedded JSON encoded by `script_json`, which escapes
every character that could end the <script> block or start markup; the page's script writes
data into the document with textContent only.
"""
from __future__ import annotations

import html
import json
import re
from importlib import resources
from pathlib import Path

import networkx as nx

from kg.errors import OutputError, unicode_name
from kg.graph.atomic import write_atomic
from kg.views.pagedata import OTHER_TYPE, TYPE_ORDER, page_data

VIS_NETWORK = ("pyvis", "lib/vis-9.1.2/vis-network.min.js")  # vis-network as pyvis 0.3.2 ships it
# Type -> legend glyph (the shape vis-network draws); colours show communities, not types.
TYPE_GLYPHS = {"Person": "\u25cf", "Organization": "\u25a0", "Place": "\u25b2", "Event": "\u25c6",
               "Concept": "\u2605", "Quote": "\u25ad", OTHER_TYPE: "\u25cf"}
HIDDEN_AT_OPENING = frozenset({"Concept"})  # unticked in the type filter when the page opens

# A remote resource in markup: src= or href= followed by http:, https: or a protocol-relative //.
REMOTE_REFERENCE = re.compile(r"""\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", re.IGNORECASE)
# Inside a JSON string these become \u escapes, so data can neither end the <script> element
# (<, /), start an entity or markup (&, <, >), break out of a quoted attribute ('), nor be read
# as a client-side template ({, }). ensure_ascii takes care of U+2028/U+2029 and the rest.
_SCRIPT_CHARACTER_ESCAPES = [(c, f"\\u{ord(c):04x}") for c in "<>&'/"]
_BRACE_ESCAPES = str.maketrans({c: f"\\u{ord(c):04x}" for c in "{}"})
# A JSON string literal. Matched left to right from the start, each match begins at an opening quote.
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
# The same characters as HTML character references, for text placed in markup.
_HTML_EXTRA_ESCAPES = str.maketrans({c: f"&#{ord(c)};" for c in "/{}"})


def write_html(g: nx.MultiDiGraph, path: Path, *, title: str, drawn: list | None = None) -> Path:
    """Write `g` as an interactive page to `path` (atomically; parent folders are created).

    `drawn`: the nodes drawn when the page opens (default: kg.views.pagedata.default_drawn);
    the others are in the page, for search, expansion and the type filter. Returns `path`.
    """
    return write_atomic(Path(path), render_html(g, title=title, drawn=drawn))


def render_html(g: nx.MultiDiGraph, *, title: str, drawn: list | None = None) -> str:
    """The page `write_html` writes, as a string."""
    title = unicode_name(title)  # it may name files whose names are not UTF-8
    data = page_data(g, title=title, drawn=drawn)
    markup = (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html_text(title)}</title>\n"
        f'<meta name="kg-node-count" content="{len(data["nodes"])}">\n'
        f'<meta name="kg-edge-count" content="{g.number_of_edges()}">\n'
        f"<style>{_resource('page.css')}</style>\n</head>\n<body>\n"
        + _header(title, data)
        + '<main class="kg-main"><div id="kg-canvas"></div>'
        '<aside id="kg-panel" hidden aria-live="polite"></aside></main>\n'
        '<div id="kg-tip" class="kg-tip" hidden></div>\n'
        f"<script>{vis_network_js()}</script>\n"
        '<script type="application/json" id="kg-data">DATA</script>\n'
        f"<script>{_resource('page.js')}</script>\n</body>\n</html>\n"
    )
    # The data cannot hold a remote reference (its quotes and slashes are escaped); the rest is checked.
    remote = REMOTE_REFERENCE.search(markup)
    if remote:
        raise OutputError(f"The page would load a remote resource ({markup[remote.start():remote.end() + 40]!r})")
    before, after = markup.split('id="kg-data">DATA</script>', 1)
    return f'{before}id="kg-data">{script_json(data)}</script>{after}'


def vis_network_js() -> str:
    """vis-network's script, from the pyvis package (kg pins pyvis 0.3.2)."""
    package, name = VIS_NETWORK
    try:
        return resources.files(package).joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as exc:
        raise OutputError(f"vis-network is missing from the pyvis package ({exc}); install pyvis 0.3.2") from None


def _resource(name: str) -> str:
    return resources.files("kg.views").joinpath(name).read_text(encoding="utf-8")


def _header(title: str, data: dict) -> str:
    boxes = []
    for kind in (*TYPE_ORDER, OTHER_TYPE):
        if kind not in data["types"]:
            continue
        checked = "" if kind in HIDDEN_AT_OPENING else " checked"
        boxes.append(
            f'<label><input type="checkbox" class="kg-type" value="{kind}"{checked}> '
            f'<span class="kg-glyph">{TYPE_GLYPHS[kind]}</span> {kind} ({data["typeCounts"][kind]})</label>'
        )
    left_out = len(data["nodes"]) - data["drawn"]
    note = (f" Not drawn yet: {left_out} concepts and names without a fact to another name "
            "(search, tick a type or double-click a node)." if left_out else "")
    return (
        '<header class="kg-header">\n'
        f"<h1>{html_text(title)}</h1>\n"
        f'<p class="kg-summary"><span id="kg-counts">{data["drawn"]} of {len(data["nodes"])} nodes drawn.</span>'
        f"{html_text(note)} Colour: community; size: how often it is named. Click a node for its facts.</p>\n"
        '<div class="kg-controls">\n'
        '<label>Find <input id="kg-search" type="search" autocomplete="off" '
        'placeholder="a name or part of one"></label> <span id="kg-search-status" aria-live="polite"></span>\n'
        '<fieldset class="kg-legend"><legend>Show</legend>\n'
        + "\n".join(boxes)
        + '\n<span class="kg-key"><span class="kg-line"></span> fact</span>'
        '<span class="kg-key"><span class="kg-line kg-negated"></span> NOT (negated)</span>\n'
        '</fieldset>\n<button id="kg-fit" type="button">Whole graph</button>\n</div>\n'
        '<ul id="kg-results" class="kg-results"></ul>\n</header>\n'
    )


def script_json(value: object) -> str:
    """JSON safe to place inside a <script> element: sorted keys, strings escaped as above.

    json.dumps does the encoding (in C); the characters escaped afterwards cannot be part of
    the JSON syntax except braces, which are escaped only inside string literals."""
    try:
        text = json.dumps(value, ensure_ascii=True, sort_keys=True, separators=(",", ":"), allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise TypeError(f"cannot put this value in the page's JSON: {exc}") from None
    for char, escape in _SCRIPT_CHARACTER_ESCAPES:  # str.replace runs in C; translate with a dict does not
        text = text.replace(char, escape)
    return _JSON_STRING.sub(_escape_braces, text)


def _escape_braces(match: re.Match) -> str:
    literal = match.group(0)
    return literal.translate(_BRACE_ESCAPES) if "{" in literal or "}" in literal else literal


def html_text(text: str) -> str:
    """`text` escaped for HTML text or a quoted attribute value."""
    return html.escape(text, quote=True).translate(_HTML_EXTRA_ESCAPES)


def iframe_srcdoc(page: str, *, height: int = 600) -> str:
    """An <iframe> holding `page` itself (srcdoc, escaped), for showing a view inline in Jupyter
    or JupyterLab: no file path or URL that the notebook server would have to serve."""
    return (f'<iframe srcdoc="{html.escape(page, quote=True)}" style="width:100%;height:{int(height)}px;border:0" '
            'sandbox="allow-scripts allow-popups"></iframe>')
