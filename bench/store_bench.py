"""Load and query times of synthetic kg-shaped triples: the embedded Oxigraph store (on disk, one
named graph per document, queries over their union, as kg.store.embedded) against rdflib's in-memory
Graph, on the same machine in the same run.

    .venv/bin/python bench/store_bench.py [--triples 1000000] [--repeat 3]

The data imitates kg's graphs: documents, entities with type, label, alt labels and
kg:mentionedIn, reified statements with their evidence passages, and the plain fact triples.
Every triple is distinct and sits in one document graph, so both sides hold the same number.
Loads are timed from files (rdflib parses N-Triples, Oxigraph bulk-loads N-Quads), and once
more for Oxigraph as kg ingests: one SPARQL update (one transaction) per document. Each query
is run `--repeat` times after a warm-up run and the median is reported, with the answer's row
count, which must agree between the two.
"""
from __future__ import annotations

import argparse
import random
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pyoxigraph as ox
import rdflib

from kg.graph.namespace import DOC, ENT, KG, OA, PROV, REL, SCHEMA
from kg.store.sparql import QUERY_PREFIXES

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
XSD = "http://www.w3.org/2001/XMLSchema#"
TYPES = ("person", "organization", "place", "concept")
PREDICATES = ("urge", "meet", "reject", "agree-to", "call-for", "support", "visit", "attack", "release", "say")
ENTITIES_PER_DOCUMENT = 12
FACTS_PER_DOCUMENT = 8

QUERIES = {
    "label lookup": 'SELECT ?entity WHERE {{ ?entity rdfs:label "{label}" }}',
    "facts of an entity": (
        "SELECT ?predicate ?object ?sentence WHERE {{ ?st rdf:subject <{entity}> ; rdf:predicate ?predicate ; "
        "rdf:object ?object ; kg:evidence/oa:hasSelector/oa:exact ?sentence }}"
    ),
    "count by predicate": "SELECT ?p (COUNT(*) AS ?n) WHERE {{ ?s ?p ?o }} GROUP BY ?p ORDER BY DESC(?n) ?p",
    "documents per person": (
        "SELECT ?label (COUNT(DISTINCT ?doc) AS ?documents) WHERE {{ ?e a kg:Person ; rdfs:label ?label ; "
        "kg:mentionedIn ?doc }} GROUP BY ?label ORDER BY DESC(?documents) ?label LIMIT 10"
    ),
}  # str.format templates: {label} and {entity} are filled in, {{ }} are braces


def kg_shaped(triples: int, seed: int = 7) -> Iterator[tuple[str, str, str, str]]:
    """(subject, predicate, object, graph) in N-Triples syntax, `triples` distinct triples."""
    rng = random.Random(seed)
    entities = max(1000, triples // 50)
    seen_entities: set[int] = set()
    emitted = 0
    doc_index = 0

    def iri(term: str) -> str:
        return f"<{term}>"

    def text(value: str, datatype: str | None = None) -> str:
        return f'"{value}"' + (f"^^<{datatype}>" if datatype else "")

    while emitted < triples:
        doc = iri(DOC[f"{doc_index:016x}"])
        rows = [
            (doc, iri(RDF + "type"), iri(KG.Document)),
            (doc, iri(RDF + "type"), iri(SCHEMA.NewsArticle)),
            (doc, iri(SCHEMA.headline), text(f"Headline of article {doc_index}")),
            (doc, iri(SCHEMA.datePublished), text(f"2024-{1 + doc_index % 12:02d}-{1 + doc_index % 28:02d}", XSD + "date")),
            (doc, iri(KG.contentHash), text(f"{doc_index:064x}")),
            (doc, iri(KG.sourcePath), text(f"articles/{doc_index}.txt")),
        ]
        mentioned = rng.sample(range(entities), ENTITIES_PER_DOCUMENT)
        for number in mentioned:
            kind = TYPES[number % len(TYPES)]
            entity = iri(ENT[f"{kind}/e{number}"])
            if number not in seen_entities:  # type and label once, in the first document naming it
                seen_entities.add(number)
                rows += [
                    (entity, iri(RDF + "type"), iri(KG[kind.capitalize()])),
                    (entity, iri(RDFS + "label"), text(f"Entity {number}")),
                    (entity, iri(SKOS + "altLabel"), text(f"E. {number}")),
                ]
            rows.append((entity, iri(KG.mentionedIn), doc))
        for fact in range(1, FACTS_PER_DOCUMENT + 1):
            s, o = rng.sample(mentioned, 2)
            subject = iri(ENT[f"{TYPES[s % len(TYPES)]}/e{s}"])
            obj = iri(ENT[f"{TYPES[o % len(TYPES)]}/e{o}"])
            predicate = iri(REL[rng.choice(PREDICATES)])
            st = iri(DOC[f"{doc_index:016x}/statement/{fact}"])
            ev = DOC[f"{doc_index:016x}/passage/{fact * 100}-{fact * 100 + 60}"]
            rows += [
                (subject, predicate, obj),
                (st, iri(RDF + "type"), iri(KG.Statement)),
                (st, iri(RDF + "subject"), subject),
                (st, iri(RDF + "predicate"), predicate),
                (st, iri(RDF + "object"), obj),
                (st, iri(KG.negated), text("false", XSD + "boolean")),
                (st, iri(KG.confidence), text("0.5", XSD + "decimal")),
                (st, iri(PROV.wasDerivedFrom), doc),
                (st, iri(KG.evidence), iri(ev)),
                (iri(ev), iri(RDF + "type"), iri(KG.Evidence)),
                (iri(ev), iri(OA.hasSource), doc),
                (iri(ev), iri(OA.hasSelector), iri(f"{ev}/quote")),
                (iri(f"{ev}/quote"), iri(OA.exact), text(f"Sentence {fact} of article {doc_index}.")),
            ]
        for s, p, o in dict.fromkeys(rows):  # a fact stated twice in one document is one triple
            if emitted == triples:
                return
            yield s, p, o, doc
            emitted += 1
        doc_index += 1


def write_files(folder: Path, triples: int) -> tuple[Path, Path, int, dict[str, str]]:
    """N-Triples and N-Quads files of the same triples; the number of documents; sample terms."""
    nt, nq = folder / "data.nt", folder / "data.nq"
    seen: set[tuple[str, str, str]] = set()
    documents = set()
    subject_of = f"<{RDF}subject>"
    sample: dict[str, str] = {}
    with nt.open("w", encoding="utf-8") as triples_file, nq.open("w", encoding="utf-8") as quads_file:
        for s, p, o, g in kg_shaped(triples):
            if (s, p, o) in seen:  # the same plain fact in two documents: keep the first
                continue
            seen.add((s, p, o))
            documents.add(g)
            if p == subject_of and not sample:  # the subject of the first statement
                sample = {"entity": o[1:-1], "label": f"Entity {o.rsplit('/e', 1)[1][:-1]}"}
            triples_file.write(f"{s} {p} {o} .\n")
            quads_file.write(f"{s} {p} {o} {g} .\n")
    return nt, nq, len(seen), sample


def timed(action: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def median_time(action: Callable[[], int], repeat: int) -> tuple[float, int]:
    action()  # warm-up
    times, rows = [], 0
    for _ in range(repeat):
        seconds, rows = timed(action)
        times.append(seconds)
    return statistics.median(times), rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3, help="timed runs of each query (default: 3)")
    parser.add_argument("--no-ingest", action="store_true", help="skip the per-document update load")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="kg-store-bench-"))
    try:
        seconds, (nt, nq, count, sample) = timed(lambda: write_files(folder, args.triples))
        print(f"{count:,} distinct triples generated in {seconds:.1f} s\n")

        print("load")
        store = ox.Store(str(folder / "oxigraph"))
        ox_load, _ = timed(lambda: store.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS))
        assert len(store) == count
        print(f"  oxigraph bulk_load (on disk, N-Quads)     {ox_load:8.1f} s  {count / ox_load:>10,.0f} triples/s")
        graph = rdflib.Graph()
        rdflib_load, _ = timed(lambda: graph.parse(str(nt), format="nt"))
        assert len(graph) == count
        print(f"  rdflib Graph.parse (in memory, N-Triples) {rdflib_load:8.1f} s  {count / rdflib_load:>10,.0f} triples/s")
        if not args.no_ingest:
            ingest_seconds, documents = ingest_per_document(folder, nq)
            print(f"  oxigraph, one update per document (kg)    {ingest_seconds:8.1f} s  "
                  f"{count / ingest_seconds:>10,.0f} triples/s  ({documents:,} transactions)")

        print(f"\nqueries (median of {args.repeat} runs after a warm-up)")
        print(f"  {'query':24} {'oxigraph':>12} {'rdflib':>12} {'rows':>6}")
        prefixes = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in QUERY_PREFIXES.items())
        for name, template in QUERIES.items():
            sparql = template.format(**sample)
            ox_time, ox_rows = median_time(
                lambda: len(list(store.query(sparql, prefixes=QUERY_PREFIXES, use_default_graph_as_union=True))),
                args.repeat,
            )
            rdflib_time, rdflib_rows = median_time(lambda: len(list(graph.query(prefixes + sparql))), args.repeat)
            agree = "" if ox_rows == rdflib_rows else f"  (rdflib: {rdflib_rows} rows)"
            print(f"  {name:24} {ox_time * 1000:9.2f} ms {rdflib_time * 1000:9.2f} ms {ox_rows:6}{agree}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def ingest_per_document(folder: Path, nq: Path) -> tuple[float, int]:
    """Load the N-Quads again into a fresh store as kg.store.embedded does: one INSERT DATA per document."""
    by_document: dict[str, list[str]] = {}
    with nq.open(encoding="utf-8") as quads:
        for line in quads:
            s, p, rest = line.split(" ", 2)
            o, g = rest.rstrip(" .\n").rsplit(" ", 1)
            by_document.setdefault(g, []).append(f"{s} {p} {o} .")
    store = ox.Store(str(folder / "ingest"))

    def load() -> None:
        for graph, lines in by_document.items():
            store.update(f"INSERT DATA {{ GRAPH {graph} {{\n" + "\n".join(lines) + "\n} }")

    seconds, _ = timed(load)
    return seconds, len(by_document)


if __name__ == "__main__":
    main()
