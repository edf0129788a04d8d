"""Throughput and scaling of `kg build`, against spaCy's own parse, on the same articles in one run.

    .venv/bin/python bench/run.py [--articles 200] [--scaling 10,100,1000] [--workers-articles 1000]
                                  [--corpus ../shared/corpus/bbc/articles.jsonl]
    .venv/bin/python bench/run.py --quick     # every row on few articles: a minute or two, not half an hour

The defaults take about half an hour on a 2-CPU machine; the expected duration is printed first.

Prints, on the first --articles articles:
  spaCy parse alone    words/s of nlp.parse over the paragraphs kg parses
  in memory            words/s of build_dataset: parse, extraction, resolution, identity, and an
                       rdflib Dataset kept in memory (what the Python API does without `out`)
  kg build, Turtle     words/s of build(): read the JSON Lines file, all of the above but the graph
                       streamed into graph.ttl instead of kept (`kg build --no-html`)
and their ratios (best of --repeat runs each); then, each in a fresh child process:
  scaling              seconds, ms/article and peak RSS of `build()` (Turtle) and of `build_store()`
                       (a new store) on 10, 100, 1,000 articles, and of extraction alone (the
                       articles stream through, nothing is written)
  workers              articles/s with 1 and 2 worker processes on --workers-articles articles
  Dask                 the same on a LocalCluster (2 worker processes, 1 thread each), cluster running
  store                kg.store.embedded bulk load and query times, when kg.store.embedded is there (else skipped)
The articles come from the BBC corpus beside the checkout when present, else are generated. Every
process runs with one BLAS thread, as `kg build` does (kg.pipeline.blas.ONE_BLAS_THREAD).
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

from kg.pipeline.blas import ONE_BLAS_THREAD  # numpy is not loaded yet

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus" / "bbc" / "articles.jsonl"
CHILD_TIMEOUT = 3600  # seconds; a child that takes longer is stuck
# For the expected duration printed at the start: one article through `kg build` on 2 idle CPUs
# (README, November 2026: 57-60 ms) and on 2 CPUs busy with other work (load average 5: 180 ms;
# --quick took 140 s), loading the model, starting a LocalCluster.
SECONDS_PER_ARTICLE = 0.065
BUSY_SECONDS_PER_ARTICLE = 0.19
MODEL_LOAD_SECONDS = 4.0
CLUSTER_START_SECONDS = 10.0
QUICK = {"articles": 20, "repeat": 1, "scaling": "10,50", "workers_articles": 50}  # what --quick sets


def write_corpus(corpus: Path, n: int, folder: Path) -> Path:
    """The first n articles as a JSON Lines file in `folder`: copied lines of the corpus, or
    generated articles when the corpus is absent or shorter."""
    path = folder / f"articles-{n}.jsonl"
    lines = []
    if corpus.is_file():
        with corpus.open(encoding="utf-8") as handle:
            lines = list(islice(handle, n))
    if len(lines) < n:
        lines = [json.dumps({"id": f"gen-{i}", "title": title, "text": text}) + "\n"
                 for i, (title, text) in enumerate(generated_articles(n))]
    path.write_text("".join(lines), encoding="utf-8")
    return path


def generated_articles(n: int) -> list[tuple[str, str]]:
    sentences = [
        "Minister {a} met {b} in {c} on Tuesday to discuss the new trade agreement.",
        "“We will not accept these terms,” {b} told reporters after the meeting.",
        "The talks were hosted by the {c} Chamber of Commerce, officials said.",
    ]
    names = ["Anna Berg", "Luis Ortega", "Mark Ellis", "Sara Holt", "Tom Reed"]
    places = ["Lisbon", "Oslo", "Vienna", "Madrid"]
    return [(f"Trade talks in {places[i % 4]} ({i})",
             "\n\n".join(s.format(a=names[i % 5], b=names[(i + 2) % 5], c=places[i % 4]) for s in sentences * 5))
            for i in range(n)]


def best_times(repeat: int, runs: dict) -> dict[str, float]:
    """The best time of each run over `repeat` rounds, the runs taking turns within a round so
    that a busy moment of the machine does not fall on one of them only."""
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(repeat):
        for name, run in runs.items():
            start = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - start)
    return {name: min(found) for name, found in times.items()}


def peak_rss_mb() -> float:
    """Peak resident memory of this process (VmHWM). getrusage's ru_maxrss would not do in a
    child: Linux carries the parent's peak, from before the exec, over into it."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def throughput(jsonl: Path, repeat: int) -> None:
    from kg.extract import parse as nlp
    from kg.read.files import read_documents
    from kg.pipeline.builder import build, build_dataset

    docs = list(read_documents([jsonl]))
    words = sum(len(d.text.split()) for d in docs)
    model = nlp.load_model()
    for doc in docs[:5]:  # warm up
        nlp.parse(doc, model)
    with tempfile.TemporaryDirectory() as out:
        best = best_times(repeat, {
            "parse": lambda: [nlp.parse(doc, model) for doc in docs],
            "dataset": lambda: build_dataset(docs),
            "build": lambda: build([jsonl], out=out, html=False),
        })
    parse_s, dataset_s, build_s = best["parse"], best["dataset"], best["build"]
    print(f"{len(docs)} articles, {words} words; best of {repeat} runs each, taking turns")
    print(f"spaCy parse alone    : {words / parse_s:8.0f} words/s ({parse_s:6.1f} s)")
    print(f"in memory (Dataset)  : {words / dataset_s:8.0f} words/s ({dataset_s:6.1f} s)   "
          f"ratio kg/spaCy {parse_s / dataset_s:.2f}")
    print(f"kg build, Turtle     : {words / build_s:8.0f} words/s ({build_s:6.1f} s)   "
          f"ratio kg/spaCy {parse_s / build_s:.2f}   (1.0 = kg costs nothing on top of the parse)")


def child_build(jsonl: str, workers: int, dask: bool) -> None:
    """In a fresh process: build() the file with Turtle output; print seconds, peak RSS, a hash.
    In-process builds load the model first and report that time apart ("load"); worker
    processes load their own, within "seconds"."""
    from kg.extract import parse as nlp
    from kg.pipeline.builder import build

    result = {"load": 0.0}
    if workers == 1 and not dask:
        start = time.perf_counter()
        nlp.load_model()
        result["load"] = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as out:
        if dask:
            from distributed import Client, LocalCluster

            start = time.perf_counter()
            with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                              dashboard_address=None) as cluster, Client(cluster) as client:
                result["cluster_start"] = time.perf_counter() - start
                start = time.perf_counter()
                summary = build([jsonl], out=out, html=False, client=client).summary
                result["seconds"] = time.perf_counter() - start
        else:
            start = time.perf_counter()
            summary = build([jsonl], out=out, html=False, workers=workers).summary
            result["seconds"] = time.perf_counter() - start
        result["sha"] = hashlib.sha256(Path(out, "graph.ttl").read_bytes()).hexdigest()[:12]
    result["n"] = summary.documents
    result["peak_mb"] = peak_rss_mb()  # of this process; worker processes have their own
    print(json.dumps(result))


def child_store_build(jsonl: str) -> None:
    """In a fresh process: `kg build --store` of the file into a new store (one process);
    print seconds and peak RSS."""
    from kg.extract import parse as nlp
    from kg.pipeline.builder import build_store
    from kg.store.embedded import open_store

    nlp.load_model()
    with tempfile.TemporaryDirectory() as folder, open_store(Path(folder) / "store") as store:
        start = time.perf_counter()
        result = build_store([jsonl], store)
        seconds = time.perf_counter() - start
    print(json.dumps({"n": len(result.reports), "seconds": seconds, "peak_mb": peak_rss_mb()}))


def child_stream(jsonl: str) -> None:
    """In a fresh process: extract every article of the file and keep nothing (no graph); print
    seconds and peak RSS. What stays flat when only the graph is left out."""
    from kg.extract import parse as nlp
    from kg.read.files import read_documents
    from kg.pipeline.workers import extractions

    nlp.load_model()
    start = time.perf_counter()
    count = sum(1 for _ in extractions(read_documents([jsonl])))
    seconds = time.perf_counter() - start
    print(json.dumps({"n": count, "seconds": seconds,
                      "peak_mb": peak_rss_mb()}))


def child_store(jsonl: str) -> None:
    """In a fresh process: extract the articles (on 2 processes, not timed), then time loading
    them into a new kg store and a few queries."""
    from kg.read.files import read_documents
    from kg.pipeline.workers import extractions
    from kg.store.embedded import open_store

    extracted = list(extractions(read_documents([jsonl]), workers=2))
    result = {"n": len(extracted)}
    with tempfile.TemporaryDirectory() as folder:
        with open_store(Path(folder) / "store") as store:
            start = time.perf_counter()
            store.add(extracted)
            result["load"] = time.perf_counter() - start
            result["quads"] = len(store)
            for name, run in (
                ("count", lambda: store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")),
                ("who-said-what", lambda: store.run_named("who-said-what")),
            ):
                start = time.perf_counter()
                rows = run()
                result[f"query {name}"] = time.perf_counter() - start
                result[f"rows {name}"] = len(rows.rows)
    print(json.dumps(result))


def expected_seconds(args: argparse.Namespace, per_article: float = SECONDS_PER_ARTICLE) -> float:
    """About how long main() takes with `args`, counted in articles built, `per_article` seconds each."""
    counts = [int(c) for c in args.scaling.split(",") if c.strip()]
    many = args.workers_articles
    runs_per_count = 2 if args.no_store else 3  # build, extraction alone, store build
    articles = 3 * args.repeat * args.articles  # spaCy alone, in memory, kg build
    articles += (runs_per_count + 0.5) * sum(counts)  # a store build costs about 1.5 file builds
    articles += (0 if many in counts else many) + many * 0.55  # 1 process (unless scaled already), 2 processes
    articles += 0 if args.no_dask else many * 0.75
    articles += 0 if args.no_store else many * 0.65  # extracted on 2 processes, then loaded
    loads = 1 + runs_per_count * len(counts) + 2 + (0 if args.no_dask else 2) + (0 if args.no_store else 2)
    cluster = 0 if args.no_dask else CLUSTER_START_SECONDS
    return articles * per_article + loads * MODEL_LOAD_SECONDS + cluster


def format_minutes(seconds: float) -> str:
    return f"{seconds / 60:.0f} minutes" if seconds >= 90 else f"{seconds:.0f} seconds"


def run_child(*args: str) -> dict:
    proc = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, timeout=CHILD_TIMEOUT)
    if proc.returncode != 0:
        raise RuntimeError(f"child {' '.join(args)} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=200, help="articles for the words/s comparison")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each words/s measurement; the best counts")
    ap.add_argument("--scaling", default="10,100,1000", help="article counts for the scaling runs ('' to skip)")
    ap.add_argument("--workers-articles", type=int, default=1000, help="articles for 1 vs 2 workers, Dask, store")
    ap.add_argument("--no-dask", action="store_true", help="skip the Dask row")
    ap.add_argument("--no-store", action="store_true", help="skip the store row")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--quick", action="store_true",
                    help="every row, on few articles (--articles 20 --repeat 1 --scaling 10,50 --workers-articles 50)")
    ap.add_argument("--child", choices=("build", "stream", "store", "store-build"), help=argparse.SUPPRESS)
    ap.add_argument("--file", help=argparse.SUPPRESS)
    ap.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    ap.add_argument("--dask", action="store_true", help=argparse.SUPPRESS)
    return ap


def apply_quick(args: argparse.Namespace) -> None:
    """With --quick, the few-article settings of QUICK replace the sizes given."""
    if args.quick:
        for name, value in QUICK.items():
            setattr(args, name, value)


def main() -> None:
    args = parser().parse_args()
    if args.child == "build":
        return child_build(args.file, args.workers, args.dask)
    if args.child == "stream":
        return child_stream(args.file)
    if args.child == "store":
        return child_store(args.file)
    if args.child == "store-build":
        return child_store_build(args.file)

    apply_quick(args)
    source = args.corpus if args.corpus.is_file() else "generated articles"
    print(f"corpus: {source}; one BLAS thread per process; {os.cpu_count()} CPUs")
    idle, busy = expected_seconds(args), expected_seconds(args, BUSY_SECONDS_PER_ARTICLE)
    print(f"expected duration: {format_minutes(idle)} on 2 idle CPUs, up to {format_minutes(busy)} when other work "
          "shares them" + ("" if args.quick else "; --quick runs every row on few articles in a few minutes"), flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        throughput(write_corpus(args.corpus, args.articles, folder), args.repeat)

        many = args.workers_articles
        counts = [int(c) for c in args.scaling.split(",") if c.strip()]
        files = {n: str(write_corpus(args.corpus, n, folder)) for n in counts}
        rows = {n: run_child("--child", "build", "--file", files[n]) for n in counts}
        streamed = {n: run_child("--child", "stream", "--file", files[n]) for n in counts}
        stored = {} if args.no_store else {n: run_child("--child", "store-build", "--file", files[n]) for n in counts}
        for what, table in (("kg build, Turtle", rows), ("kg build --store", stored),
                            ("extraction only, no graph kept", streamed)):
            if not table:
                continue
            print(f"scaling, {what} (model load not counted):")
            for n, row in table.items():
                print(f"  {n:5d} articles {row['seconds']:7.1f} s {row['seconds'] / n * 1000:7.1f} ms/article  "
                      f"peak RSS {row['peak_mb']:6.0f} MB")
            if len(table) >= 2:
                (n1, a), (n2, b) = list(table.items())[-2:]
                print(f"  per-article time {n2} vs {n1}: {(b['seconds'] / n2) / (a['seconds'] / n1):.2f}x; "
                      f"peak RSS {b['peak_mb'] / a['peak_mb']:.2f}x")

        jsonl = str(write_corpus(args.corpus, many, folder))
        one = rows.get(many) or run_child("--child", "build", "--file", jsonl)
        print(f"(load average before the 2-worker runs: {os.getloadavg()[0]:.1f}; other processes take cores too)")
        two = run_child("--child", "build", "--file", jsonl, "--workers", "2")
        one_s = one["seconds"] + one["load"]  # worker processes load the model within their time
        print(f"workers: 1 process   {many / one_s:6.2f} articles/s ({one_s:6.1f} s, model load included)")
        print(f"workers: 2 processes {many / two['seconds']:6.2f} articles/s ({two['seconds']:6.1f} s)  "
              f"speed-up {one_s / two['seconds']:.2f}x; same Turtle: {one['sha'] == two['sha']}")
        if args.no_dask:
            print("dask: skipped (--no-dask)")
        elif importlib.util.find_spec("distributed") is None:
            print("dask: skipped (pip install 'dask[distributed]')")
        else:
            dask = run_child("--child", "build", "--file", jsonl, "--workers", "2", "--dask")
            print(f"dask: LocalCluster, 2 workers {many / dask['seconds']:6.2f} articles/s ({dask['seconds']:6.1f} s; "
                  f"cluster start {dask['cluster_start']:.1f} s before): {two['seconds'] / dask['seconds']:.2f}x the "
                  f"pool of 2; same Turtle: {dask['sha'] == one['sha']}")
        if args.no_store:
            print("store: skipped (--no-store)")
        else:
            try:
                store = run_child("--child", "store", "--file", jsonl)
            except RuntimeError as exc:
                print(f"store: skipped ({str(exc).strip().splitlines()[-1]})")
            else:
                queries = ", ".join(f"{key[6:]} {value * 1000:.0f} ms ({store['rows ' + key[6:]]} rows)"
                                    for key, value in store.items() if key.startswith("query "))
                print(f"store: {store['n']} articles bulk-loaded in {store['load']:.1f} s "
                      f"({store['quads']} quads, {store['n'] / store['load']:.1f} articles/s); queries: {queries}")


if __name__ == "__main__":
    for name, value in ONE_BLAS_THREAD.items():  # before numpy loads, here and in the children
        os.environ.setdefault(name, value)
    main()
