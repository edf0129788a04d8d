"""Extraction speed of one long article, on one line and in ordinary paragraphs.

    .venv/bin/python bench/long_article.py [--kb 2000]

Generates an article of about --kb kilobytes of news-like sentences (quotations, speakers,
places), once as a single line and once as paragraphs of four sentences, and prints for each the
words per second of extraction (parse, rules, resolution) and the peak RSS of the process that
ran it. The two rates should be close: a line is read in paragraphs of at most
kg.read.text.MAX_PARAGRAPH_CHARS, and the quotation lookups are binary searches.
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time

NAMES = ["Anna Berg", "Luis Ortega", "Mark Ellis", "Sara Holt", "Tom Reed", "Ines Varga", "Omar Haddad", "Lena Brandt"]
PLACES = ["Lisbon", "Oslo", "Vienna", "Madrid", "Geneva"]


def sentences(kilobytes: int) -> list[str]:
    rng = random.Random(1)
    out: list[str] = []
    size = 0
    while size < kilobytes * 1000:
        a, b, place = rng.choice(NAMES), rng.choice(NAMES), rng.choice(PLACES)
        sentence = rng.choice([
            f"“We will not accept these terms,” Minister {a} told reporters in {place} on Tuesday.",
            f"{a} met {b} in {place} to discuss the trade agreement number {len(out)}.",
            f"The council of {place} approved the budget after {b} urged it to act.",
            f"“The talks will continue,” said {b}, who leads the delegation.",
        ])
        out.append(sentence)
        size += len(sentence.encode("utf-8")) + 1
    return out


def article(kilobytes: int, layout: str) -> str:
    body = sentences(kilobytes)
    if layout == "line":
        return " ".join(body)
    return "\n\n".join(" ".join(body[i:i + 4]) for i in range(0, len(body), 4))


def measure(kilobytes: int, layout: str) -> dict:
    """Run in a child process: the extraction of one article, timed, and the peak RSS."""
    from kg.extract.parse import load_model
    from kg.pipeline.workers import extract_document
    from kg.read.text import document_from_text

    nlp = load_model()
    text = article(kilobytes, layout)
    document = document_from_text(text, source=f"{layout}.txt")
    started = time.perf_counter()
    extraction = extract_document(document, nlp)
    seconds = time.perf_counter() - started
    words = len(text.split())
    return {
        "layout": layout, "bytes": len(text.encode("utf-8")), "words": words, "seconds": round(seconds, 1),
        "words_per_s": round(words / seconds), "relations": len(extraction.relations),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=int, default=2000, help="size of the article in kilobytes (default: 2000)")
    parser.add_argument("--child", choices=("line", "paragraphs"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.kb, args.child)))
        return
    results = {}
    for layout in ("paragraphs", "line"):
        done = subprocess.run([sys.executable, __file__, "--kb", str(args.kb), "--child", layout],
                              capture_output=True, text=True, check=True)
        results[layout] = json.loads(done.stdout)
        print(json.dumps(results[layout]))
    ratio = results["line"]["words_per_s"] / results["paragraphs"]["words_per_s"]
    print(f"one line / paragraphs: {ratio:.2f} of the words per second")


if __name__ == "__main__":
    main()
