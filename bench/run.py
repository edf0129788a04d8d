"""Throughput of kg against spaCy's own parse, on the same articles in the same run.

    .venv/bin/python bench/run.py [--articles 200] [--corpus ../shared/corpus/bbc/articles.jsonl]

Prints words per second for (a) spaCy's parse alone (nlp.pipe over the same paragraphs kg
parses), (b) kg's whole build (ingest, parse, extraction, resolution, RDF), and their ratio,
then the time and peak memory of building 10, 100 and 1,000 articles (or as many as asked).
Uses the BBC articles beside the checkout when present, else articles it writes itself.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus" / "bbc" / "articles.jsonl"


def load_articles(corpus: Path, n: int) -> list[tuple[str, str]]:
    """(id, text) of the first n articles; generated ones when the corpus is absent."""
    if corpus.is_file():
        out = []
        with corpus.open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                out.append((record["id"], f"{record.get('title', '')}\n\n{record['text']}"))
                if len(out) == n:
                    break
        if len(out) == n:
            return out
    sentences = [
        "Minister {a} met {b} in {c} on Tuesday to discuss the new trade agreement.",
        "“We will not accept these terms,” {b} told reporters after the meeting.",
        "The talks were hosted by the {c} Chamber of Commerce, officials said.",
    ]
    names = ["Anna Berg", "Luis Ortega", "Mark Ellis", "Sara Holt", "Tom Reed"]
    places = ["Lisbon", "Oslo", "Vienna", "Madrid"]
    return [
        (f"gen-{i}", "\n\n".join(s.format(a=names[i % 5], b=names[(i + 2) % 5], c=places[i % 4]) for s in sentences * 5))
        for i in range(n)
    ]


def documents(articles):
    from kg.ingest import document_from_text

    return [document_from_text(text, source=aid) for aid, text in articles]


def parse_only(docs) -> float:
    from kg import nlp

    model = nlp.load_model()
    start = time.perf_counter()
    for doc in docs:
        nlp.parse(doc, model)
    return time.perf_counter() - start


def full_build(docs) -> float:
    from kg import nlp, rdf
    from kg.pipeline import extract_document

    model = nlp.load_model()
    graph = rdf.new_graph()
    start = time.perf_counter()
    for doc in docs:
        rdf.extraction_graph(extract_document(doc, model), graph)
    graph.serialize(format="longturtle")
    return time.perf_counter() - start


def scaling_child(corpus: str, n: int) -> None:
    """Run in a fresh process: build n articles, print seconds and peak RSS (MB) as JSON."""
    docs = documents(load_articles(Path(corpus), n))
    from kg import nlp

    nlp.load_model()
    seconds = full_build(docs)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"n": n, "seconds": seconds, "peak_mb": peak}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--scaling", default="10,100,1000", help="article counts for the scaling runs ('' to skip)")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        scaling_child(str(args.corpus), args.child)
        return
    articles = load_articles(args.corpus, args.articles)
    docs = documents(articles)
    words = sum(len(d.text.split()) for d in docs)
    from kg import nlp

    nlp.load_model()
    parse_only(docs[:5])  # warm up
    parse_s = parse_only(docs)
    build_s = full_build(docs)
    print(f"corpus: {args.corpus if args.corpus.is_file() else 'generated'}; {len(docs)} articles, {words} words")
    print(f"spaCy parse alone : {words / parse_s:10.0f} words/s ({parse_s:.1f} s)")
    print(f"kg build          : {words / build_s:10.0f} words/s ({build_s:.1f} s)")
    print(f"ratio kg/spaCy    : {parse_s / build_s:10.2f}  (1.0 = kg costs nothing on top of the parse)")
    counts = [int(c) for c in args.scaling.split(",") if c.strip()]
    rows = []
    for n in counts:
        proc = subprocess.run(
            [sys.executable, __file__, "--child", str(n), "--corpus", str(args.corpus)],
            capture_output=True, text=True, check=True,
        )
        rows.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    for row in rows:
        print(f"scaling: {row['n']:5d} articles {row['seconds']:8.1f} s  {row['seconds'] / row['n'] * 1000:7.1f} ms/article  peak RSS {row['peak_mb']:7.0f} MB")
    if len(rows) >= 2:
        a, b = rows[-2], rows[-1]
        print(f"per-article time ratio {b['n']} vs {a['n']}: {(b['seconds'] / b['n']) / (a['seconds'] / a['n']):.2f}; "
              f"peak RSS ratio: {b['peak_mb'] / a['peak_mb']:.2f}")


if __name__ == "__main__":
    main()
