"""A build killed with SIGKILL half-way leaves a store that opens, holds each article fully or
not at all, and that a rerun completes to exactly what an uninterrupted build gives."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kg.store.embedded import open_store

pytestmark = pytest.mark.model

ARTICLES = 200
KILL_AFTER = 25  # articles stored before the kill
NAMES = ["Anna Berg", "Luis Ortega", "Mark Ellis", "Sara Holt", "Tom Reed", "Ines Varga", "Omar Haddad", "Lena Brandt"]
PLACES = ["Lisbon", "Oslo", "Vienna", "Madrid", "Kastel", "Geneva"]


def write_corpus(folder: Path) -> Path:
    folder.mkdir()
    for i in range(ARTICLES):
        a, b, place = NAMES[i % 8], NAMES[(i * 3 + 1) % 8], PLACES[i % 6]
        if a == b:
            b = NAMES[(i + 1) % 8]
        (folder / f"article-{i:03d}.txt").write_text(
            f"Talks in {place} enter day {i + 1}\n\nBy | March {1 + i % 28}, 2024\n\n"
            f"Minister {a} met {b} in {place} on Tuesday to discuss the trade agreement number {i}.\n\n"
            f"“We will not accept these terms,” {b} told reporters after the meeting. "
            f"{a} said the talks would continue on Friday.",
            encoding="utf-8",
        )
    return folder


def kg_build(*args: str, **kwargs) -> subprocess.Popen:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen([sys.executable, "-m", "kg.cli", "build", *args], env=env, text=True, **kwargs)


def quads(store_dir: Path) -> set[str]:
    with open_store(store_dir, create=False) as store:
        return {str(q) for q in store.oxigraph}


def test_sigkill_mid_build_loses_nothing_and_a_rerun_completes(tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    reference, crashed = tmp_path / "reference", tmp_path / "crashed"

    whole = kg_build("--store", str(reference), "--quiet", str(corpus), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert whole.wait(timeout=900) == 0, whole.stderr.read()

    run = kg_build("--store", str(crashed), "--quiet", str(corpus), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    stored = 0
    for line in run.stdout:  # one report line per article, printed after its transaction commits
        stored += line.startswith(("added", "replaced", "unchanged")) or " added" in line
        if stored >= KILL_AFTER:
            break
    assert run.poll() is None, "the build ended before it could be killed; make the corpus larger"
    os.kill(run.pid, signal.SIGKILL)
    assert run.wait(timeout=60) == -signal.SIGKILL

    with open_store(crashed, create=False) as store:  # it opens
        documents = store.documents()
    assert KILL_AFTER <= len(documents) < ARTICLES

    # Every stored article is whole: its graph is exactly the one the uninterrupted build wrote.
    complete = quads(reference)
    partial = quads(crashed)
    assert partial <= complete

    rerun = kg_build("--store", str(crashed), "--quiet", str(corpus), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = rerun.communicate(timeout=900)
    assert rerun.returncode == 0, err
    assert out.count("unchanged") >= len(documents)
    assert quads(crashed) == complete
