"""RDF graph -> networkx graphs for drawing and ranking. No spaCy, no pyvis.

Node ids are opaque strings ("n0", "n1", ... for entities in sorted IRI order, "q0", ... for
quotes), so nothing read from the data ever becomes an id. Node and edge order follows sorted
IRIs: the same RDF gives the same networkx graph.
"""
from __future__ import annotations

import difflib
from collections.abc import Iterable

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from kg.errors import QueryError
from kg.graph.namespace import KG, OA, SCHEMA
from kg.graph.rdf import ENTITY_CLASS

# kg class IRI -> its local name ("Person"), in the order of kg.model.EntityType.
ENTITY_TYPE_NAMES: dict[URIRef, str] = {iri: t.value for t, iri in ENTITY_CLASS.items()}
QUOTE_TYPE = "Quote"  # the `types` of a quote node in quote_network
QUOTE_PREDICATE = "said"  # the edge label from a speaker to its quote
QUOTE_LABEL_CHARS = 60  # a quote node shows this much of the quote; `title` holds all of it
CLOSE_LABELS_SHOWN = 5  # suggestions in the error of a neighbourhood query that matches nothing
# The predicates the networks below read; a graph holding only these draws the same.
DRAWN_PREDICATES = frozenset({
    RDF.type, RDF.subject, RDF.predicate, RDF.object, RDFS.label, SKOS.altLabel, KG.negated, KG.date,
    KG.evidence, KG.speaker, KG.text, OA.hasSelector, OA.exact, PROV.wasDerivedFrom, SCHEMA.headline,
    SCHEMA.datePublished,
})
PAGERANK_DAMPING = 0.85
PAGERANK_TOLERANCE = 1e-10
PAGERANK_MAX_ITERATIONS = 200


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """Entities of `graph` as nodes and its kg:Statements between entities as edges.

    Node attributes: iri, label, types (kg class names, sorted), aliases (sorted).
    Edge attributes (key: the statement IRI): statement, predicate (its rdfs:label), negated,
    sentence (the evidence's exact text), document, document_title, date (ISO day or None).
    Negated statements are edges too, with negated=True.
    """
    g = nx.MultiDiGraph()
    ids = _entity_ids(graph)
    for iri, node_id in ids.items():
        g.add_node(node_id, **_entity_attributes(graph, iri))
    for st in sorted(set(graph.subjects(RDF.type, KG.Statement))):
        s = graph.value(st, RDF.subject)
        o = graph.value(st, RDF.object)
        if s not in ids or o not in ids:
            continue  # a statement about something that is not an entity has no place here
        p = graph.value(st, RDF.predicate)
        document = graph.value(st, PROV.wasDerivedFrom)
        date = graph.value(st, KG.date)
        g.add_edge(
            ids[s],
            ids[o],
            key=str(st),
            statement=str(st),
            predicate=_predicate_label(graph, p),
            negated=(st, KG.negated, Literal(True)) in graph,
            sentence=_evidence_text(graph, st),
            document=str(document) if document is not None else None,
            document_title=_document_title(graph, document),
            date=str(date) if date is not None else None,
        )
    return g


def quote_network(graph: Graph) -> nx.MultiDiGraph:
    """Speakers and what they said: an edge from each speaker's entity node to a quote node.

    Speaker nodes carry the same ids and attributes as in `to_networkx`. Quote nodes ("q0", ...
    in sorted quote IRI order) carry iri, label (the quote's first ~60 characters), title (the
    whole quote), types ["Quote"] and aliases []. Edge attributes are those of `to_networkx`,
    with predicate "said" and date the document's publication day (quotes have no kg:date).
    """
    g = nx.MultiDiGraph()
    ids = _entity_ids(graph)
    quotes = sorted(set(graph.subjects(RDF.type, KG.Quote)))
    spoken = [(q, graph.value(q, KG.speaker)) for q in quotes]
    for speaker in sorted({s for _, s in spoken if s in ids}, key=lambda s: int(ids[s][1:])):
        g.add_node(ids[speaker], **_entity_attributes(graph, speaker))
    for index, (q, speaker) in enumerate((q, s) for q, s in spoken if s in ids):
        text = str(graph.value(q, KG.text) or "")
        node_id = f"q{index}"
        g.add_node(
            node_id, iri=str(q), label=_clip(text, QUOTE_LABEL_CHARS), title=text,
            types=[QUOTE_TYPE], aliases=[],
        )
        document = graph.value(q, PROV.wasDerivedFrom)
        published = graph.value(document, SCHEMA.datePublished) if document is not None else None
        g.add_edge(
            ids[speaker],
            node_id,
            key=str(q),
            statement=str(q),
            predicate=QUOTE_PREDICATE,
            negated=False,
            sentence=_evidence_text(graph, q),
            document=str(document) if document is not None else None,
            document_title=_document_title(graph, document),
            date=str(published) if published is not None else None,
        )
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
    return g.subgraph([n for n in g if n in kept]).copy()


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


def graph_counts(graph: Graph) -> dict[str, int]:
    """How much `graph` holds: documents, entities (all, then per type), statements, negated
    statements and quotes. Every key is present, with 0 when there is none."""
    counts = {"documents": len(set(graph.subjects(RDF.type, KG.Document)))}
    entities: set[URIRef] = set()
    per_type = {}
    for iri, type_name in ENTITY_TYPE_NAMES.items():
        members = set(graph.subjects(RDF.type, iri))
        entities |= members
        per_type[type_name] = len(members)
    counts["entities"] = len(entities)
    counts.update(per_type)
    statements = set(graph.subjects(RDF.type, KG.Statement))
    counts["statements"] = len(statements)
    counts["negated"] = sum(1 for st in statements if (st, KG.negated, Literal(True)) in graph)
    counts["quotes"] = len(set(graph.subjects(RDF.type, KG.Quote)))
    return counts


def _entity_ids(graph: Graph) -> dict[URIRef, str]:
    """Every entity IRI -> "n<i>", numbered in sorted IRI order."""
    iris = {s for cls in ENTITY_TYPE_NAMES for s in graph.subjects(RDF.type, cls) if isinstance(s, URIRef)}
    return {iri: f"n{i}" for i, iri in enumerate(sorted(iris))}


def _entity_attributes(graph: Graph, iri: URIRef) -> dict[str, object]:
    # Several rdfs:labels happen when graphs from different runs are merged: the smallest is
    # the label, the others become aliases, so the choice does not depend on parse order.
    labels = sorted({str(v) for v in graph.objects(iri, RDFS.label)})
    label = labels[0] if labels else _local_name(iri)
    aliases = ({str(v) for v in graph.objects(iri, SKOS.altLabel)} | set(labels[1:])) - {label}
    types = sorted(ENTITY_TYPE_NAMES[t] for t in graph.objects(iri, RDF.type) if t in ENTITY_TYPE_NAMES)
    return {"iri": str(iri), "label": label, "types": types, "aliases": sorted(aliases)}


def _predicate_label(graph: Graph, predicate: object) -> str:
    if predicate is None:
        return ""
    labels = sorted(str(v) for v in graph.objects(predicate, RDFS.label))
    return labels[0] if labels else _local_name(predicate)


def _evidence_text(graph: Graph, node: URIRef) -> str | None:
    """The exact text of the first (in IRI order) quote selector of the node's evidence."""
    for evidence in sorted(graph.objects(node, KG.evidence)):
        for selector in sorted(graph.objects(evidence, OA.hasSelector)):
            if (selector, RDF.type, OA.TextQuoteSelector) in graph:
                exact = graph.value(selector, OA.exact)
                if exact is not None:
                    return str(exact)
    return None


def _document_title(graph: Graph, document: object) -> str | None:
    if document is None:
        return None
    headline = graph.value(document, SCHEMA.headline)
    return str(headline) if headline is not None else None


def _local_name(iri: object) -> str:
    text = str(iri)
    return text.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


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

    Written out because networkx's pagerank needs SciPy, which kg does not depend on. Nodes
    without edges spread their rank evenly, as in networkx.
    """
    nodes = list(g)
    if not nodes:
        return {}
    weights: dict[object, dict[object, float]] = {v: {} for v in nodes}
    for u, v in g.edges():
        if u == v:
            weights[u][u] = weights[u].get(u, 0.0) + 2.0  # an undirected loop counts twice
            continue
        weights[u][v] = weights[u].get(v, 0.0) + 1.0
        weights[v][u] = weights[v].get(u, 0.0) + 1.0
    strength = {v: sum(weights[v].values()) for v in nodes}
    size = len(nodes)
    rank = dict.fromkeys(nodes, 1.0 / size)
    for _ in range(PAGERANK_MAX_ITERATIONS):
        dangling = sum(rank[v] for v in nodes if strength[v] == 0.0)
        base = (1.0 - PAGERANK_DAMPING + PAGERANK_DAMPING * dangling) / size
        new = dict.fromkeys(nodes, base)
        for v in nodes:
            if strength[v]:
                share = PAGERANK_DAMPING * rank[v] / strength[v]
                for w, weight in weights[v].items():
                    new[w] += share * weight
        change = sum(abs(new[v] - rank[v]) for v in nodes)
        rank = new
        if change < size * PAGERANK_TOLERANCE:
            break
    return rank
