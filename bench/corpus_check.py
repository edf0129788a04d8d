"""Checks of a corpus graph that no single article shows (issue: nodes a reader recognizes).

    .venv/bin/kg build ../shared/corpus/bbc/ --out output/bbc --no-html --workers 2
    .venv/bin/python bench/corpus_check.py output/bbc/graph.ttl

Reads the graph with pyoxigraph and prints, one line each:
- the generic concepts (lower-case labels: "people", "the government") of highest degree, and
  how many have a degree over 100 (target: none);
- named entities (not descriptions, which are each their article's own node) whose one label is
  typed differently in two places (target: none);
- labels of named entities that differ from another label only in case (target: none).
The last line is a summary; the exit status is 1 when a target is missed.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pyoxigraph as ox

from kg.model import generic_label

PREFIXES = """
PREFIX kg: <https://example.org/kg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
ENTITY_CLASSES = ("Person", "Organization", "Place", "Event", "Concept")
MAX_GENERIC_DEGREE = 100


def load(path: Path) -> ox.Store:
    store = ox.Store()
    store.bulk_load(path=str(path), format=ox.RdfFormat.from_extension(path.suffix.lstrip(".")))
    return store


def entities(store: ox.Store) -> dict[str, tuple[str, set[str]]]:
    """IRI -> (label, its classes) for every entity."""
    out: dict[str, tuple[str, set[str]]] = {}
    query = PREFIXES + "SELECT ?e ?label ?class WHERE { ?e rdfs:label ?label ; a ?class . FILTER(STRSTARTS(STR(?class), STR(kg:))) }"
    for row in store.query(query):
        name = row["class"].value.rsplit("#", 1)[-1]
        if name not in ENTITY_CLASSES:
            continue
        label, classes = out.setdefault(row["e"].value, (row["label"].value, set()))
        classes.add(name)
    return out


def degrees(store: ox.Store) -> Counter:
    """How many plain facts each entity takes part in (as subject or object)."""
    query = PREFIXES + "SELECT ?s ?o WHERE { ?p rdfs:subPropertyOf kg:relatedTo . ?s ?p ?o }"
    counts: Counter = Counter()
    for row in store.query(query):
        counts[row["s"].value] += 1
        counts[row["o"].value] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("graph", type=Path)
    ap.add_argument("--top", type=int, default=10)
    args = ap.parse_args(argv)
    store = load(args.graph)
    found = entities(store)
    degree = degrees(store)

    generic = [(degree[iri], label) for iri, (label, _) in found.items() if generic_label(label)]
    generic.sort(reverse=True)
    over = [g for g in generic if g[0] > MAX_GENERIC_DEGREE]
    print("generic concepts of highest degree:", ", ".join(f"{label} {d}" for d, label in generic[: args.top]))

    # Descriptions ("people", "the chairman") are each their article's own node (ent:TYPE/DOC/...):
    # two of them named alike are two things, so only named entities are compared below.
    named = {iri: v for iri, v in found.items() if not generic_label(v[0])}
    by_label: dict[str, set[str]] = defaultdict(set)
    for label, classes in named.values():
        by_label[label] |= classes
    mixed = sorted(label for label, classes in by_label.items() if len(classes) > 1)
    print(f"labels typed differently: {len(mixed)}", ("(" + ", ".join(mixed[: args.top]) + ")") if mixed else "")

    by_fold: dict[str, set[str]] = defaultdict(set)
    for label in by_label:
        by_fold[label.casefold()].add(label)
    cased = sorted(sorted(v) for v in by_fold.values() if len(v) > 1)
    generic_labels = {label.casefold() for label, _ in found.values() if generic_label(label)}
    versus = sum(1 for fold in by_fold if fold in generic_labels)
    print(f"labels that differ only in case: {len(cased)}", ("(" + "; ".join("/".join(v) for v in cased[: args.top]) + ")") if cased else "")
    print(f"named labels that some article uses, in lower case, as a description: {versus} (\"the Act\" and \"an act\")")

    print(f"corpus: entities={len(found)} generic_over_{MAX_GENERIC_DEGREE}={len(over)} typed_differently={len(mixed)} case_variants={len(cased)}")
    return 1 if over or mixed or cased else 0


if __name__ == "__main__":
    sys.exit(main())
