"""Views of the BBC corpus: page size and time to a still page in headless Chromium, and the time and
peak memory of `kg stats` and `kg view` read from graph files and from a kg store.

    .venv/bin/python bench/views_bench.py [--sizes 200,2225] [--work output/views-bench]

For each size N, the first N articles of ../shared/corpus/bbc/articles.jsonl are built once into
WORK/bbc-N/graph.ttl and graph.nq (kept for the next run), and the N-Quads are loaded into a kg
store WORK/bbc-N/store (one named graph per article, as `kg build --store` writes them). Every kg
command runs in its own process; its peak memory is that process's maximum resident set size.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph

from kg.store.embedded import open_store
from kg.views.browser import Browser, chromium

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "bbc" / "articles.jsonl"
KG = [sys.executable, "-m", "kg.cli"]
ENTITY = "Tony Blair"


def run(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak resident memory (MB) of one process."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"{' '.join(command)} failed: {process.stderr.read().decode()[-500:]}")
    process.stderr.close()
    return elapsed, usage.ru_maxrss / 1024


def prepare(size: int, work: Path) -> Path:
    folder = work / f"bbc-{size}"
    if not (folder / "graph.nq").is_file():
        folder.mkdir(parents=True, exist_ok=True)
        corpus = folder / "articles.jsonl"
        with open(CORPUS, encoding="utf-8") as lines:
            corpus.write_text("".join(line for _, line in zip(range(size), lines)), encoding="utf-8")
        print(f"building {size} articles into {folder} (once)...", flush=True)
        subprocess.run([*KG, "build", str(corpus), "--out", str(folder), "--no-html", "--quiet",
                        "--format", "turtle,nquads"], check=True, stdout=subprocess.DEVNULL)
    if not (folder / "store").is_dir():
        with open_store(folder / "store") as store:
            store.oxigraph.bulk_load(path=folder / "graph.nq", format=pyoxigraph.RdfFormat.N_QUADS)
    return folder


def still(page: Path) -> tuple[float, float]:
    """Seconds from starting Chromium to the first drawing of the page, and from navigation start
    (the page's own clock)."""
    with Browser(page) as browser:
        wall = browser.wait_for("window.kgStill === true", timeout=300)
        return wall, browser.evaluate("window.kgStillAt") / 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="200,2225", help="numbers of articles (default: 200,2225)")
    parser.add_argument("--work", type=Path, default=REPO / "output" / "views-bench")
    args = parser.parse_args()
    if not CORPUS.is_file():
        raise SystemExit(f"the BBC corpus is not at {CORPUS}")
    print("| articles | source | command | time | peak memory | page |")
    print("| ---: | --- | --- | ---: | ---: | ---: |")
    pages = []
    for size in (int(s) for s in args.sizes.split(",")):
        folder = prepare(size, args.work)
        sources = {"file": [str(folder / "graph.ttl")], "store": ["--store", str(folder / "store")]}
        for name, source in sources.items():
            for label, extra, page in (
                ("kg stats", [], None),
                ("kg view", ["--out", str(folder / f"view-{name}.html")], folder / f"view-{name}.html"),
                (f"kg view --entity '{ENTITY}' --depth 1", ["--entity", ENTITY, "--depth", "1", "--out",
                                                            str(folder / f"entity-{name}.html")], folder / f"entity-{name}.html"),
            ):
                command = [*KG, label.split()[1], *source, *extra]
                seconds, megabytes = run(command)
                size_text = f"{page.stat().st_size / 1e6:.1f} MB" if page else ""
                print(f"| {size:,} | {name} | `{label}` | {seconds:.1f} s | {megabytes:,.0f} MB | {size_text} |", flush=True)
                if page and name == "file":
                    pages.append((size, label, page))
    if chromium() is None:
        print("\nchromium is not installed: no browser timings")
        return
    print("\n| articles | page | size | Chromium start to still page | from navigation start |")
    print("| ---: | --- | ---: | ---: | ---: |")
    for size, label, page in pages:
        wall, own = still(page)
        print(f"| {size:,} | `{label}` | {page.stat().st_size / 1e6:.1f} MB | {wall:.1f} s | {own:.1f} s |", flush=True)


if __name__ == "__main__":
    main()
