"""Screenshots of the views, for looking at them: the sample article, an entity page, the quotes list
and the first 200 BBC articles, each taken by headless Chromium (`--screenshot`).

    .venv/bin/python bench/screenshots.py [--out output/screenshots]

Writes OUT/*.html and OUT/*.png (output/ is not committed). The BBC page needs the shared
corpus beside the checkout (../shared); without it that screenshot is skipped.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from kg.views.browser import CHROMIUM_FLAGS, chromium

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus" / "bbc" / "articles.jsonl"
KG = [sys.executable, "-m", "kg.cli"]
WINDOW = "1280,860"


def kg(*args: str) -> None:
    subprocess.run([*KG, *args], check=True, stdout=subprocess.DEVNULL)


def screenshot(page: Path, png: Path) -> Path:
    binary = chromium()
    with tempfile.TemporaryDirectory(prefix="kg-shot-", ignore_cleanup_errors=True) as profile:
        subprocess.run(
            [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", f"--window-size={WINDOW}",
             "--virtual-time-budget=8000", "--hide-scrollbars", f"--screenshot={png}", page.resolve().as_uri()],
            check=True, capture_output=True, timeout=300,
        )
    return png


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "output" / "screenshots")
    args = parser.parse_args()
    if chromium() is None:
        raise SystemExit("chromium is not installed (apt-get install chromium)")
    out = args.out
    sample = out / "sample"
    kg("build", str(REPO / "examples" / "ceasefire-talks.txt"), "--out", str(sample), "--no-html", "--quiet")
    pages = {
        "sample-article": ["view", str(sample / "graph.ttl")],
        "entity-varga": ["view", str(sample / "graph.ttl"), "--entity", "Varga", "--depth", "2"],
        "quotes": ["view", str(sample / "graph.ttl"), "--quotes"],
    }
    if CORPUS.is_file():
        bbc = out / "bbc-200"
        if not (bbc / "graph.ttl").is_file():
            bbc.mkdir(parents=True, exist_ok=True)
            with open(CORPUS, encoding="utf-8") as lines:
                (bbc / "articles.jsonl").write_text("".join(line for _, line in zip(range(200), lines)), encoding="utf-8")
            kg("build", str(bbc / "articles.jsonl"), "--out", str(bbc), "--no-html", "--quiet")
        pages["bbc-200"] = ["view", str(bbc / "graph.ttl")]
        pages["bbc-200-quotes"] = ["view", str(bbc / "graph.ttl"), "--quotes"]
    else:
        print(f"no BBC corpus at {CORPUS}: the 200-article screenshot is skipped")
    for name, command in pages.items():
        page = out / f"{name}.html"
        kg(*command, "--out", str(page))
        print(f"wrote {screenshot(page, out / f'{name}.png')}")


if __name__ == "__main__":
    main()
