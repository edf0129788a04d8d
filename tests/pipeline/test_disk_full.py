"""A full disk while `kg build` writes: one line, no temporary file left, and the output folder holds
all the old files or all the new ones. Temporary files of a killed build are removed by the next."""
from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg import cli
from kg.errors import OutputError
from kg.graph import atomic
from kg.graph.atomic import AtomicFile, StagedFiles, remove_stale_temporaries, write_atomic
from kg.pipeline.builder import OUTPUT_FILE

ARTICLE = Path(__file__).resolve().parents[2] / "examples" / "ceasefire-talks.txt"


class FullDisk:
    """os.fsync that finds the disk full for files whose name holds `victim`."""

    def __init__(self, victim: str) -> None:
        self.victim = victim
        self.real = os.fsync

    def __call__(self, fd: int) -> None:
        if self.victim in os.readlink(f"/proc/self/fd/{fd}"):
            raise OSError(errno.ENOSPC, "No space left on device")
        self.real(fd)


def folder_state(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_a_full_disk_is_one_error_and_leaves_no_temporary(tmp_path, monkeypatch):
    monkeypatch.setattr(atomic.os, "fsync", FullDisk("graph.ttl"))
    with pytest.raises(OutputError, match=r"cannot write .*graph.ttl: No space left on device"):
        write_atomic(tmp_path / "graph.ttl", "x" * 100_000)
    assert list(tmp_path.iterdir()) == []


def test_a_failing_close_of_an_uncommitted_file_still_removes_it(tmp_path):
    with AtomicFile(tmp_path / "graph.ttl") as file:
        file.write("some text")
        os.close(file._handle.fileno())  # the buffered text can no longer be written at close
    assert list(tmp_path.iterdir()) == []


def test_staged_files_appear_all_or_none(tmp_path, monkeypatch):
    (tmp_path / "graph.ttl").write_text("old ttl")
    (tmp_path / "graph.html").write_text("old html")
    monkeypatch.setattr(atomic.os, "fsync", FullDisk("graph.html"))
    with pytest.raises(OutputError, match="graph.html: No space left"):
        with StagedFiles() as staged:
            staged.write(tmp_path / "graph.ttl", "new ttl")
            staged.write(tmp_path / "graph.html", "new html")
            staged.commit()
    assert folder_state(tmp_path) == {"graph.html": b"old html", "graph.ttl": b"old ttl"}


@pytest.mark.model
def test_a_full_disk_while_writing_the_page_keeps_the_old_build(tmp_path, monkeypatch, capsys):
    out = tmp_path / "out"
    assert cli.main(["build", str(ARTICLE), "--out", str(out), "--quiet"]) == 0
    before = folder_state(out)
    monkeypatch.setattr(atomic.os, "fsync", FullDisk("graph.html"))
    (tmp_path / "other.txt").write_text("Minister Anna Berg met Luis Ortega in Oslo on Tuesday.\n", encoding="utf-8")
    assert cli.main(["build", str(tmp_path / "other.txt"), "--out", str(out), "--quiet", "--format", "turtle,trig"]) == 1
    err = capsys.readouterr().err
    assert err == f"kg: error: cannot write {out / 'graph.html'}: No space left on device\n"
    assert folder_state(out) == before  # the old graph.ttl beside the old graph.html, no graph.trig, no .tmp


def test_temporary_files_of_a_killed_build_are_removed(tmp_path):
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead = int(gone.stdout)
    stale = tmp_path / f".graph.ttl.{dead}.abcd_123.tmp"
    alive = tmp_path / f".graph.ttl.{os.getpid()}.abcd_123.tmp"  # this process: still writing it
    others = [tmp_path / f".notes.txt.{dead}.abcd_123.tmp", tmp_path / ".graph.ttl.abcd_123.tmp", tmp_path / "graph.ttl"]
    for path in (stale, alive, *others):
        path.write_text("x")
    assert remove_stale_temporaries(tmp_path, OUTPUT_FILE) == [stale]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in (alive, *others))


def test_a_temporary_file_is_named_after_its_process(tmp_path):
    with AtomicFile(tmp_path / "graph.ttl"):
        (name,) = [p.name for p in tmp_path.iterdir()]
    assert name.startswith(f".graph.ttl.{os.getpid()}.") and name.endswith(".tmp")
