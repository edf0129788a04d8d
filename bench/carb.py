"""kg openie on the CaRB dev split, scored by the shared CaRB scorer.

    .venv/bin/python bench/carb.py [--bench ../shared/bench/carb] [--out output]

Runs `kg openie` (through its entry point, in a subprocess) over dev.txt and dev_newswire.txt,
writes OUT/carb_dev.tsv and OUT/carb_dev_newswire.tsv, and prints the scorer's summary line for
each against its gold (dev: all 641 sentences; newswire: the 246 WSJ sentences). The test split
is held out: tune on dev only.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
SPLITS = {"dev": "dev", "newswire": "dev_newswire"}  # label -> file stem of sentences and gold


def run_split(bench: Path, stem: str, out: Path, scorer: Path) -> str:
    """The scorer's last line for kg openie on bench/<stem>.txt."""
    system = out / f"carb_{stem}.tsv"
    with system.open("w", encoding="utf-8") as handle:
        proc = subprocess.run(
            [sys.executable, "-m", "kg.cli", "openie", str(bench / f"{stem}.txt"), "--format", "carb"],
            stdout=handle, stderr=subprocess.PIPE, text=True,
        )
    if proc.returncode != 0:
        raise SystemExit(f"kg openie failed on {stem}: {proc.stderr.strip()}")
    score = subprocess.run(
        [sys.executable, str(scorer), "--gold", str(bench / "gold" / f"{stem}.tsv"), "--system", str(system)],
        capture_output=True, text=True,
    )
    if score.returncode != 0:
        raise SystemExit(f"scorer failed on {system}: {score.stderr.strip()}")
    return score.stdout.strip().splitlines()[-1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0], epilog="example: .venv/bin/python bench/carb.py")
    ap.add_argument("--bench", type=Path, default=SHARED / "bench" / "carb", help="folder with dev.txt and gold/")
    ap.add_argument("--scorer", type=Path, default=SHARED / "eval" / "carb_score.py", help="the CaRB scorer")
    ap.add_argument("--out", type=Path, default=HERE.parent / "output", help="where the system outputs go")
    args = ap.parse_args(argv)
    if not (args.bench / "dev.txt").is_file() or not args.scorer.is_file():
        raise SystemExit(f"the CaRB dev split or scorer is missing ({args.bench}, {args.scorer})")
    args.out.mkdir(parents=True, exist_ok=True)
    for label, stem in SPLITS.items():
        print(f"{label:9} {run_split(args.bench, stem, args.out, args.scorer)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
