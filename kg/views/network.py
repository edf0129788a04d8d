"""Graph rows (kg.views.rows) -> networkx graphs for drawing, ranking and export. No spaCy, no pyvis.

Node ids are opaque strings ("n0", "n1", ... for entities in sorted IRI order, "q0", ... for
quotes), so nothing read from the data ever becomes an id. Node and edge order follows sorted
IRIs: the same RDF gives the same networkx graph. The graph's `documents` attribute maps each
document IRI to its title, date and URL.
"""
from __future__ import annotations

import difflib
from collections.abc import Iterable

import networkx as nx
import numpy as np
import pyoxigraph as ox
from rdflib import Graph
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from kg.errors import QueryError
from kg.graph.namespace import KG, OA, SCHEMA
from kg.views.rows import GraphRows, count_rows, read_links, read_rows

QUOTE_TYPE = "Quote"  # the `types` of a quote node in quote_network
QUOTE_PREDICATE = "said"  # the edge label from a speaker to its quote
QUOTE_LABEL_CHARS = 60  # a quote node shows this much of the quote; `title` holds all of it
CLOSE_LABELS_SHOWN = 5  # suggestions in the error of a neighbourhood query that matches nothing
# The predicates the networks below read; a graph holding only these draws the same.
DRAWN_PREDICATES = frozenset({
    RDF.type, RDF.subject, RDF.predicate, RDF.object, RDFS.label, SKOS.altLabel, KG.negated, KG.date,
    KG.modality, KG.factuality, KG.attributedTo, KG.mentionedIn,
    KG.evidence, KG.speaker, KG.text, OA.hasSelector, OA.exact, PROV.wasDerivedFrom, SCHEMA.headline,
    SCHEMA.datePublished, SCHEMA.url,
})
PAGERANK_DAMPING = 0.85
PAGERANK_TOLERANCE = 1e-10
PAGERANK_MAX_ITERATIONS = 200

Source = Graph | ox.Store | GraphRows


def to_networkx(source: Source) -> nx.MultiDiGraph:
    """Entities of the graph as nodes and its kg:Statements between entities as edges.

    `source`: an rdflib Graph, a pyoxigraph Store or rows already read (kg.views.rows).
    Node attributes: iri, label, types (kg class names, sorted), aliases (sorted), documents
    (IRIs of the articles naming it, sorted), quotes (list of {text, sentence, document}).
    Edge attributes (key: the statement IRI): statement, predicate (its rdfs:label), negated,
    modality, factuality (asserted, negated, possible...), attributed_to (a label), sentence (the evidence's exact
    text), document, document_title, date (ISO day or None).
    Negated statements are edges too, with negated=True.
    """
    rows = source if isinstance(source, GraphRows) else read_rows(source)
    g = nx.MultiDiGraph()
    g.graph["documents"] = {d.iri: {"title": d.title, "date": d.date, "url": d.url} for d in rows.documents}
    ids = {e.iri: f"n{i}" for i, e in enumerate(rows.entities)}
    labels = {e.iri: e.label for e in rows.entities}
    for e in rows.entities:
        g.add_node(ids[e.iri], **_entity_attributes(e))
    for q in rows.quotes:
        g.nodes[ids[q.speaker]]["quotes"].append({"text": q.text, "sentence": q.sentence, "document": q.document})
    titles = {d.iri: d.title for d in rows.documents}
    for f in rows.facts:
        g.add_edge(
            ids[f.subject], ids[f.object], key=f.iri, statement=f.iri, predicate=f.predicate, negated=f.negated,
            modality=f.modality, factuality=f.factuality,
            attributed_to=labels.get(f.attributed_to) if f.attributed_to else None,
            sentence=f.sentence, document=f.document, document_title=titles.get(f.document), date=f.date,
        )
    return g


def quote_network(source: Source) -> nx.MultiDiGraph:
    """Speakers and what they said: an edge from each speaker's entity node to a quote node.

    Speaker nodes carry the same ids and attributes as in `to_networkx`. Quote nodes ("q0", ...
    in sorted quote IRI order) carry iri, label (the quote's first ~60 characters), title (the
    whole quote), types ["Quote"] and aliases []. Edge attributes are those of `to_networkx`,
    with predicate "said" and date the document's publication day (quotes have no kg:date).
    """
    rows = source if isinstance(source, GraphRows) else read_rows(source)
    g = nx.MultiDiGraph()
    g.graph["documents"] = {d.iri: {"title": d.title, "date": d.date, "url": d.url} for d in rows.documents}
    ids = {e.iri: f"n{i}" for i, e in enumerate(rows.entities)}
    entities = {e.iri: e for e in rows.entities}
    documents = {d.iri: d for d in rows.documents}
    for speaker in sorted({q.speaker for q in rows.quotes}, key=lambda s: int(ids[s][1:])):
        g.add_node(ids[speaker], **_entity_attributes(entities[speaker]))
    for index, q in enumerate(rows.quotes):
        node_id = f"q{index}"
        g.add_node(node_id, iri=q.iri, label=_clip(q.text, QUOTE_LABEL_CHARS), title=q.text, types=[QUOTE_TYPE],
                   aliases=[], documents=[q.document] if q.document else [], quotes=[])
        document = documents.get(q.document)
        g.add_edge(
            ids[q.speaker], node_id, key=q.iri, statement=q.iri, predicate=QUOTE_PREDICATE, negated=False,
            modality=None, factuality="asserted", attributed_to=None, sentence=q.sentence,
            document=q.document, document_title=document.title if document else None,
            date=document.date if document else None,
        )
    return g


def link_network(source: Graph | ox.Store) -> nx.MultiDiGraph:
    """Entities (with their label only) and the statements between them: enough for
    central_entities, and read much faster than to_networkx on a big graph."""
    labels, pairs = read_links(source)
    ids = {iri: f"n{i}" for i, iri in enumerate(labels)}
    g = nx.MultiDiGraph()
    g.add_nodes_from((ids[iri], {"iri": iri, "label": label}) for iri, label in labels.items())
    g.add_edges_from((ids[s], ids[o]) for s, o in pairs)
    return g


def neighbourhood(g: nx.MultiDiGraph, name: str, depth: int) -> nx.MultiDiGraph:
    """The part of `g` within `depth` hops (either direction) of any node whose label or an
    alias contains `name`, case-insensitively; every edge between kept nodes is kept.

    Raises QueryError when `name` is blank, `depth` is negative or nothing matches; the last
    message lists a few labels close to `name`.
    """
    needle = name.strip().casefold()
    if not needle:
        raise QueryError("Give part of an entity's name to centre the neighbourhood on.")
    if depth < 0:
        raise QueryError(f"The neighbourhood depth must be 0 or more, not {depth}.")
    starts = [n for n, attrs in g.nodes(data=True) if any(needle in s.casefold() for s in _names(attrs))]
    if not starts:
        raise QueryError(_no_match_message(g, name))
    kept = set(starts)
    frontier = list(starts)
    for _ in range(depth):
        reached = []
        for node in frontier:
            for other in (*g.successors(node), *g.predecessors(node)):
                if other not in kept:
                    kept.add(other)
                    reached.append(other)
        frontier = reached
    # Built node by node in g's order: a networkx subgraph view (and its copy) would iterate over
    # the set `kept`, whose order changes with each process's string hashes.
    sub = nx.MultiDiGraph()
    sub.graph.update(g.graph)
    sub.add_nodes_from((n, g.nodes[n]) for n in g if n in kept)
    sub.add_edges_from((u, v, k, d) for u, v, k, d in g.edges(keys=True, data=True) if u in kept and v in kept)
    return sub


def central_entities(g: nx.MultiDiGraph, n: int = 10) -> list[tuple[str, float, int]]:
    """The `n` most central nodes of `g` as (label, PageRank, degree), most central first.

    PageRank runs on the undirected graph, each parallel edge adding weight: who acts on whom
    is grammar, not importance. Ties go to the higher degree, then the label.
    """
    if n < 0:
        raise QueryError(f"Ask for 0 or more central entities, not {n}.")
    ranks = _undirected_pagerank(g)
    rows = [(str(g.nodes[v].get("label", v)), ranks[v], g.degree(v)) for v in g]
    rows.sort(key=lambda row: (-round(row[1], 12), -row[2], row[0]))
    return rows[:n]


def graph_counts(source: Graph | ox.Store) -> dict[str, int]:
    """How much the graph holds: documents, entities (all, then per type), statements, negated
    statements and quotes. Every key is present, with 0 when there is none."""
    return count_rows(source)


def _entity_attributes(e) -> dict[str, object]:
    return {"iri": e.iri, "label": e.label, "types": list(e.types), "aliases": list(e.aliases),
            "documents": list(e.documents), "quotes": []}


def _clip(text: str, limit: int) -> str:
    """`text` on one line, cut at a word boundary to at most `limit` characters plus "…"."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit].rsplit(" ", 1)[0] if " " in flat[:limit] else flat[:limit]
    return cut.rstrip(" ,;:") + "…"


def _names(attrs: dict) -> Iterable[str]:
    yield str(attrs.get("label", ""))
    yield from (str(a) for a in attrs.get("aliases", ()))


def _no_match_message(g: nx.MultiDiGraph, name: str) -> str:
    if g.number_of_nodes() == 0:
        return f'No entity matches "{name}": the graph has no entities.'
    # Compare with whole names and with their words, so "Bidn" finds "Joe Biden".
    candidates: dict[str, str] = {}
    for _, attrs in sorted(g.nodes(data=True), key=lambda item: str(item[1].get("label", ""))):
        label = str(attrs.get("label", ""))
        for text in _names(attrs):
            for key in (text, *text.split()):
                candidates.setdefault(key.casefold(), label)
    close = difflib.get_close_matches(name.strip().casefold(), list(candidates), n=20, cutoff=0.6)
    labels = list(dict.fromkeys(candidates[c] for c in close))[:CLOSE_LABELS_SHOWN]
    if labels:
        shown = ", ".join(f'"{label}"' for label in labels)
        return f'No entity label or alias contains "{name}". Close labels: {shown}. Try one of these.'
    some = sorted({str(a.get("label", "")) for _, a in g.nodes(data=True)})[:CLOSE_LABELS_SHOWN]
    shown = ", ".join(f'"{label}"' for label in some)
    return f'No entity label or alias contains "{name}", and none is close. Some labels: {shown}.'


def _undirected_pagerank(g: nx.MultiDiGraph) -> dict[object, float]:
    """PageRank by power iteration on the undirected multigraph (parallel edges add weight).

    Written out because networkx's pagerank needs SciPy, which kg does not depend on; with
    numpy, a step over 50,000 edges takes milliseconds. Nodes without edges spread their rank
    evenly, as in networkx.
    """
    nodes = list(g)
    if not nodes:
        return {}
    index = {v: i for i, v in enumerate(nodes)}
    pairs = np.array([(index[u], index[v]) for u, v in g.edges()], dtype=np.int64).reshape(-1, 2)
    # Each edge counts in both directions; a loop (u, u) thus counts twice, as an undirected loop does.
    src = np.concatenate([pairs[:, 0], pairs[:, 1]])
    dst = np.concatenate([pairs[:, 1], pairs[:, 0]])
    size = len(nodes)
    strength = np.bincount(src, minlength=size).astype(float)
    dangling = strength == 0.0
    rank = np.full(size, 1.0 / size)
    safe = np.where(dangling, 1.0, strength)
    for _ in range(PAGERANK_MAX_ITERATIONS):
        base = (1.0 - PAGERANK_DAMPING + PAGERANK_DAMPING * rank[dangling].sum()) / size
        share = np.where(dangling, 0.0, PAGERANK_DAMPING * rank / safe)
        new = base + np.bincount(dst, weights=share[src], minlength=size)
        change = np.abs(new - rank).sum()
        rank = new
        if change < size * PAGERANK_TOLERANCE:
            break
    return {v: float(rank[i]) for i, v in enumerate(nodes)}
