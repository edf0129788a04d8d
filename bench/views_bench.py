"""Time kg.views.html.write_html on a random 5,000-node / 10,000-edge graph, and a headless
Chromium render of the page when `chromium` is installed.

    .venv/bin/python bench/views_bench.py [--nodes 5000] [--edges 10000]
"""
from __future__ import annotations

import argparse
import random
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import networkx as nx

from kg.views.html import TYPE_STYLES, write_html

TYPES = list(TYPE_STYLES)[:5]  # the entity types


def random_graph(nodes: int, edges: int, seed: int = 1) -> nx.MultiDiGraph:
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    for i in range(nodes):
        g.add_node(f"n{i}", label=f"Entity {i}", types=[rng.choice(TYPES)], aliases=[f"E{i}"])
    for _ in range(edges):
        g.add_edge(
            f"n{rng.randrange(nodes)}", f"n{rng.randrange(nodes)}",
            predicate=rng.choice(["urge", "meet", "accept", "attack", "agree to"]),
            negated=rng.random() < 0.1, sentence="A sentence of evidence for this fact.",
            document_title="A headline", date="2024-03-04",
        )
    return g


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--edges", type=int, default=10000)
    args = parser.parse_args()
    g = random_graph(args.nodes, args.edges)
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "bench.html"
        start = time.perf_counter()
        write_html(g, page, title="benchmark")
        elapsed = time.perf_counter() - start
        print(f"write_html: {args.nodes} nodes, {args.edges} edges: {elapsed:.2f} s, "
              f"{page.stat().st_size / 1e6:.1f} MB")
        chromium = shutil.which("chromium")
        if chromium is None:
            print("chromium not installed: no browser timing")
            return
        command = [
            chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            f"--user-data-dir={tmp}/profile", "--virtual-time-budget=10000", "--dump-dom", page.as_uri(),
        ]
        start = time.perf_counter()
        dom = subprocess.run(command, capture_output=True, text=True, timeout=600, check=True).stdout
        elapsed = time.perf_counter() - start
        drawn = re.search(r'<output id="kg-drawn-count">(\d+)</output>', dom)
        print(f"chromium --headless --virtual-time-budget=10000 --dump-dom: {elapsed:.2f} s wall, "
              f"nodes drawn: {drawn.group(1) if drawn else 'none (page script did not finish)'}")


if __name__ == "__main__":
    main()
