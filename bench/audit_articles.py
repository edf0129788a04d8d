"""Draw BBC articles for a reader's audit: articles outside the gold, chosen by a seed.

    .venv/bin/python bench/audit_articles.py --n 25 --seed 2026 > output/audit/articles.jsonl
    .venv/bin/kg build output/audit/articles.jsonl --out output/audit --no-html
    .venv/bin/python ../shared/eval/audit.py sample output/audit/graph.ttl --n 100 --seed 2026 > bench/audit/facts.jsonl
    # judge every line (label: correct | uninformative | wrong, and why), then:
    .venv/bin/python ../shared/eval/audit.py score bench/audit/judged.jsonl

Prints the chosen articles as JSON Lines (the corpus's own records) and their ids on stderr.
Articles whose text another article repeats are drawn once; the gold articles are never drawn.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus" / "bbc" / "articles.jsonl"


def draw(n: int, seed: int, corpus: Path = CORPUS, gold: Path = SHARED / "gold") -> list[dict]:
    """The `n` corpus records a reader's audit with `seed` builds, in the order of their ids:
    never a gold article, and an article whose text another repeats only once."""
    golden = {p.stem.removeprefix("bbc-") for p in gold.glob("bbc-*.json")}
    records, texts = [], set()
    with corpus.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["id"] in golden or record["text"] in texts:
                continue
            texts.add(record["text"])
            records.append(record)
    return sorted(random.Random(seed).sample(records, n), key=lambda r: r["id"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=25)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--gold", type=Path, default=SHARED / "gold")
    args = ap.parse_args(argv)
    chosen = draw(args.n, args.seed, args.corpus, args.gold)
    for record in chosen:
        print(json.dumps(record, ensure_ascii=False))
    print("audit articles:", " ".join(r["id"] for r in chosen), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
