"""Graph rows -> a page listing who said what: speakers, most quoted first, each with their quotes,
the article and its date. A list, not a canvas: quotes are sentences, meant to be read.

The page is static HTML (every string escaped by kg.views.html.html_text) plus a small script
that filters the list as one types; the script only hides and shows elements.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from kg.graph.atomic import write_atomic
from kg.views.html import html_text
from kg.views.pagedata import safe_url
from kg.views.rows import GraphRows

_CSS = """
body { margin: 0 auto; max-width: 60em; padding: 10px 18px 40px; font-family: system-ui, sans-serif; color: #222; }
h1 { font-size: 1.4em; margin: 8px 0 4px; }
.kg-summary { color: #555; margin: 0 0 10px; }
input[type=search] { font-size: 1em; padding: 4px 8px; width: 22em; }
section { border-top: 1px solid #ddd; padding: 6px 0; }
h2 { font-size: 1.1em; margin: 8px 0 2px; }
.kg-type { color: #666; font-weight: normal; font-size: 0.85em; }
ul { margin: 4px 0; padding-left: 1.2em; }
li { margin: 6px 0 10px; }
blockquote { margin: 0; padding-left: 10px; border-left: 3px solid #76b7b2; }
.kg-source { color: #555; font-size: 0.9em; }
"""
_SCRIPT = """
(function () {
  "use strict";
  var box = document.getElementById("kg-search"), status = document.getElementById("kg-search-status");
  var sections = Array.prototype.slice.call(document.querySelectorAll("section.kg-speaker"));
  function filter() {
    var needle = box.value.trim().toLowerCase(), shown = 0;
    sections.forEach(function (section) {
      var name = section.querySelector("h2").textContent.toLowerCase();
      var items = Array.prototype.slice.call(section.querySelectorAll("li"));
      var any = false;
      items.forEach(function (li) {
        var hit = !needle || name.indexOf(needle) !== -1 || li.textContent.toLowerCase().indexOf(needle) !== -1;
        li.hidden = !hit;
        if (hit) { any = true; shown += 1; }
      });
      section.hidden = !any;
    });
    status.textContent = needle ? shown + " quotes match" : "";
    window.kgQuotesShown = shown;
  }
  box.addEventListener("input", filter);
  filter();
})();
"""


def render_quotes(rows: GraphRows, *, title: str) -> str:
    """The quotes page as a string."""
    entities = {e.iri: e for e in rows.entities}
    documents = {d.iri: d for d in rows.documents}
    by_speaker: dict[str, list] = defaultdict(list)
    for q in rows.quotes:
        by_speaker[q.speaker].append(q)
    order = sorted(by_speaker, key=lambda s: (-len(by_speaker[s]), entities[s].label, s))
    parts = []
    for speaker in order:
        entity = entities[speaker]
        kind = ", ".join(entity.types)
        items = []
        for q in sorted(by_speaker[speaker], key=lambda q: (_date(documents.get(q.document)), q.iri)):
            items.append(f"<li><blockquote>{html_text(q.text)}</blockquote>{_source(documents.get(q.document))}</li>")
        parts.append(
            f'<section class="kg-speaker"><h2>{html_text(entity.label)} <span class="kg-type">{html_text(kind)} \u00b7 '
            f'{len(items)} quote{"s" * (len(items) != 1)}</span></h2>\n<ul>{"".join(items)}</ul></section>'
        )
    summary = f"{len(rows.quotes)} quotes by {len(order)} speakers, most quoted first."
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html_text(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f'<h1>{html_text(title)}</h1>\n<p class="kg-summary">{summary}</p>\n'
        '<p><label>Find <input id="kg-search" type="search" autocomplete="off" '
        'placeholder="a speaker or words of a quote"></label> <span id="kg-search-status" aria-live="polite"></span></p>\n'
        + "\n".join(parts)
        + f"\n<script>{_SCRIPT}</script>\n</body>\n</html>\n"
    )


def write_quotes(rows: GraphRows, path: Path, *, title: str) -> Path:
    """Write the quotes page to `path` atomically; returns `path`."""
    return write_atomic(Path(path), render_quotes(rows, title=title))


def _date(document) -> str:
    return (document.date or "") if document else ""


def _source(document) -> str:
    if document is None:
        return ""
    title = html_text(document.title or "untitled article")
    url = safe_url(document.url)
    cite = f'<a href="{html_text(url)}" rel="noopener noreferrer">{title}</a>' if url else f"<cite>{title}</cite>"
    date = f", {html_text(document.date)}" if document.date else ""
    return f'<div class="kg-source">{cite}{date}</div>'
