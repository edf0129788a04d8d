"""networkx graph (kg.views.network) -> the data one interactive page embeds, as plain JSON values.

The page draws a subset of the nodes (`drawn`); every other node, with its facts, is in the data
too, so the page can add it to the drawing (search, expand, type filter) without a server.
What each node carries is bounded (FACTS_PER_NODE, DOCUMENTS_PER_NODE...), so the page grows
with the graph, not with the number of times a popular entity is named; the counts of what
was left out travel with it and the page says so.

Layout (positions of the drawn nodes), sizes and communities are computed here: the page is
still when it opens, and the same graph gives the same data.
"""
from __future__ import annotations

import math
from collections import Counter

import networkx as nx

from kg.views.layout import communities, layout

TYPE_ORDER = ("Person", "Organization", "Place", "Event", "Concept", "Quote")
OTHER_TYPE = "Other"  # nodes with none of the types above
NAMED_TYPES = frozenset({"Person", "Organization", "Place", "Event", OTHER_TYPE})  # drawn by default
ALL_NAMED_LIMIT = 150  # up to this many named entities, all are drawn, even those without facts
FACTS_PER_NODE = 60  # facts a node's panel lists; the rest are counted
FACTS_PER_EDGE = 30
DOCUMENTS_PER_NODE = 25
ALIASES_PER_NODE = 12
QUOTES_PER_NODE = 20
LABEL_CHARS = 80  # longer labels are clipped in the drawing; the panel has the whole name
MIN_SIZE, MAX_SIZE = 7.0, 30.0  # node radius in layout pixels


def node_type(attrs: dict) -> str:
    """The first of TYPE_ORDER in the node's `types`, else "Other"."""
    types = set(attrs.get("types", ()))
    return next((t for t in TYPE_ORDER if t in types), OTHER_TYPE)


def default_drawn(g: nx.MultiDiGraph) -> list:
    """The nodes a page draws when it opens: the named entities (not concepts) and, in a big
    graph, only those with a fact to another named entity. A graph with no named entity is
    drawn whole."""
    named = [v for v in g if node_type(g.nodes[v]) in NAMED_TYPES]
    if not named:
        return list(g)
    if len(named) <= ALL_NAMED_LIMIT:
        return named
    keep = set(named)
    linked = {v for u, w in g.edges() if u != w and u in keep and w in keep for v in (u, w)}
    return [v for v in named if v in linked]


def page_data(g: nx.MultiDiGraph, *, title: str, drawn: list | None = None) -> dict:
    """The page's data: nodes (with position when drawn at opening), merged edges, facts,
    sentences, documents and quotes, all by index. `drawn` defaults to `default_drawn(g)`."""
    order = list(g)
    index = {v: i for i, v in enumerate(order)}
    drawn_set = set(default_drawn(g) if drawn is None else drawn)
    drawn_order = [v for v in order if v in drawn_set]
    # The drawn nodes numbered 0.. and the edges between them, in g's own (fixed) order.
    drawn_index = {v: i for i, v in enumerate(drawn_order)}
    drawn_edges = [(drawn_index[u], drawn_index[v]) for u, v in g.edges() if u in drawn_index and v in drawn_index]
    positions = dict(zip(drawn_order, layout(len(drawn_order), drawn_edges))) if drawn_order else {}
    community = dict(zip(drawn_order, communities(len(drawn_order), drawn_edges))) if drawn_order else {}

    sentences: dict[str, int] = {}
    documents: dict[str, int] = {}
    docs_out: list[list] = []
    known_documents = g.graph.get("documents", {})

    def document_index(iri: str | None, title: str | None = None) -> int:
        key = iri or (f"title:{title}" if title else None)  # a graph made by hand may give a title only
        if not key:
            return -1
        if key not in documents:
            info = known_documents.get(iri, {}) if iri else {}
            documents[key] = len(documents)
            docs_out.append([info.get("title") or title or _untitled(key), info.get("date"), safe_url(info.get("url"))])
        return documents[key]

    def sentence_index(text: str | None) -> int:
        if not text:
            return -1
        if text not in sentences:
            sentences[text] = len(sentences)
        return sentences[text]

    # Facts: one per edge of g, numbered in edge order; pages keep those some node or edge lists.
    all_edges = list(g.edges(data=True))
    per_node: dict[object, list[int]] = {v: [] for v in order}
    per_pair: dict[tuple[int, int], list[int]] = {}
    for k, (u, v, _) in enumerate(all_edges):
        per_node[u].append(k)
        if v != u:
            per_node[v].append(k)
        pair = (min(index[u], index[v]), max(index[u], index[v]))
        per_pair.setdefault(pair, []).append(k)
    kept_facts: dict[int, int] = {}

    def fact_index(k: int) -> int:
        if k not in kept_facts:
            kept_facts[k] = len(kept_facts)
        return kept_facts[k]

    nodes = []
    for v in order:
        attrs = g.nodes[v]
        facts = per_node[v]
        docs = list(attrs.get("documents", ()))
        quotes = list(attrs.get("quotes", ()))
        weight = len(docs) + len(facts)
        node = {
            "l": _clip(str(attrs.get("label", "")), LABEL_CHARS), "n": str(attrs.get("label", "")),
            "t": node_type(attrs), "w": weight,
            "s": round(min(MAX_SIZE, MIN_SIZE + 3.0 * math.log2(1 + weight)), 1),
            "a": [str(a) for a in attrs.get("aliases", ())][:ALIASES_PER_NODE],
            "d": [document_index(d) for d in docs[:DOCUMENTS_PER_NODE]], "nd": len(docs),
            "f": [fact_index(k) for k in facts[:FACTS_PER_NODE]], "nf": len(facts),
            "q": [[str(q.get("text", "")), sentence_index(q.get("sentence")), document_index(q.get("document"))]
                  for q in quotes[:QUOTES_PER_NODE]],
            "nq": len(quotes),
        }
        if attrs.get("title") and attrs.get("title") != attrs.get("label"):
            node["text"] = str(attrs["title"])  # a quote node: the whole quote
        if v in positions:
            node["x"], node["y"] = positions[v]
            node["c"] = community[v]
        nodes.append(node)

    edges = []
    for (a, b), ks in sorted(per_pair.items()):
        forward = any(index[all_edges[k][0]] == a for k in ks)
        backward = any(index[all_edges[k][0]] == b for k in ks)
        edges.append({
            "u": a, "v": b, "f": [fact_index(k) for k in ks[:FACTS_PER_EDGE]], "n": len(ks),
            "dir": (1 if forward else 0) + (2 if backward and a != b else 0),
            "neg": all(all_edges[k][2].get("negated") for k in ks),
            "p": _edge_label(all_edges, ks),
        })

    facts_out = [None] * len(kept_facts)
    for k, position in kept_facts.items():
        u, v, attrs = all_edges[k]
        facts_out[position] = [
            index[u], index[v], str(attrs.get("predicate") or ""), _flags(attrs),
            sentence_index(attrs.get("sentence")), document_index(attrs.get("document"), attrs.get("document_title")),
            attrs.get("date"),
        ]
    counts = Counter(node["t"] for node in nodes)
    return {
        "title": title,
        "types": [t for t in (*TYPE_ORDER, OTHER_TYPE) if counts[t]],
        "typeCounts": {t: counts[t] for t in counts},
        "nodes": nodes, "edges": edges, "facts": facts_out,
        "sentences": list(sentences), "docs": docs_out,
        "drawn": sum(1 for v in order if v in drawn_set),
    }


def _untitled(key: str) -> str:
    return "untitled article " + key.rstrip("/").rsplit("/", 1)[-1][:16]


def _flags(attrs: dict) -> list[str]:
    """How the article states the fact: not, a modal (would), its factuality (possible, requested...), whose claim."""
    flags = []
    if attrs.get("negated"):
        flags.append("not")
    if attrs.get("modality"):
        flags.append(str(attrs["modality"]))
    if attrs.get("factuality") not in (None, "asserted", "scheduled", "negated"):
        flags.append(str(attrs["factuality"]))
    if attrs.get("attributed_to"):
        flags.append(f"according to {attrs['attributed_to']}")
    return flags


def _edge_label(all_edges: list, ks: list[int]) -> str:
    """The predicate when the edge stands for one fact or one predicate; else "N facts"."""
    predicates = {("NOT " if all_edges[k][2].get("negated") else "") + str(all_edges[k][2].get("predicate") or "")
                  for k in ks}
    if len(predicates) == 1:
        only = predicates.pop()
        return only if len(ks) == 1 else f"{only} \u00d7{len(ks)}"
    return f"{len(ks)} facts"


def safe_url(url: object) -> str | None:
    """Only web addresses become links: no javascript:, data: or file: URLs from the data."""
    text = str(url) if url else ""
    return text if text.lower().startswith(("https://", "http://")) else None


def _clip(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "\u2026"
