"""bench/run.py says how long it will take, and --quick runs every row on few articles."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def bench_module():
    spec = importlib.util.spec_from_file_location("bench_run", REPO / "bench" / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_defaults_take_long_and_quick_does_not():
    bench = bench_module()
    defaults = bench.parser().parse_args([])
    quick = bench.parser().parse_args(["--quick"])
    bench.apply_quick(defaults)
    bench.apply_quick(quick)
    assert bench.expected_seconds(defaults, bench.BUSY_SECONDS_PER_ARTICLE) > 20 * 60
    assert bench.expected_seconds(defaults) > 5 * 60
    assert bench.expected_seconds(quick, bench.BUSY_SECONDS_PER_ARTICLE) < 3 * 60
    assert (quick.articles, quick.repeat, quick.scaling, quick.workers_articles) == (20, 1, "10,50", 50)


def test_help_names_quick_and_the_duration():
    proc = subprocess.run([sys.executable, str(REPO / "bench" / "run.py"), "--help"], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0 and "--quick" in proc.stdout
