"""kg.pipeline.builder: what a build says it did, and what it leaves in its out folder."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.pipeline.builder import BuildSummary, build
from kg.pipeline.outputs import MANIFEST, stale_outputs, write_manifest

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "examples" / "ceasefire-talks.txt"


@pytest.mark.parametrize("summary, text", [
    (BuildSummary(1, 2, 3, 4), "1 document, 2 entities, 3 relations, 4 quotes"),
    (BuildSummary(2092, 9, 9, 9, duplicates=133), "2092 documents, 9 entities, 9 relations, 9 quotes (133 duplicates skipped)"),
    (BuildSummary(1, 1, 1, 1, ("a.txt: is empty",), 1), "1 document, 1 entity, 1 relation, 1 quote (1 skipped, 1 duplicate skipped)"),
])
def test_the_summary_says_what_was_skipped(summary, text):
    assert str(summary) == text


@pytest.mark.model
def test_a_text_met_twice_is_built_once_and_counted(tmp_path):
    copy = tmp_path / "same-text.txt"
    shutil.copy(SAMPLE, copy)
    result = build([SAMPLE, copy, SAMPLE], out=tmp_path / "out", html=False)
    assert result.summary.documents == 1 and result.summary.duplicates == 2
    assert str(result.summary).endswith("(2 duplicates skipped)")
    assert (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8").count("a kg:Document") == 1


# --- an earlier build's files ------------------------------------------------------------------

def test_only_kg_s_own_unchanged_files_are_stale(tmp_path):
    for name in ("graph.ttl", "graph.trig", "graph.html", "graph.nq", "notes.txt"):
        (tmp_path / name).write_text(f"{name} of the earlier build\n", encoding="utf-8")
    write_manifest(tmp_path, [tmp_path / n for n in ("graph.ttl", "graph.trig", "graph.html", "graph.nq", "notes.txt")])
    (tmp_path / "graph.nq").write_text("edited by hand since\n", encoding="utf-8")
    stale = stale_outputs(tmp_path, [tmp_path / "graph.ttl"])
    # graph.nq changed since kg wrote it; notes.txt is no name kg writes (and was never recorded)
    assert [p.name for p in stale] == ["graph.html", "graph.trig"]


@pytest.mark.parametrize("manifest", [None, "not json", '{"files": {"graph.trig": "x"}}', '{"kg_build": 1, "files": []}'])
def test_without_a_manifest_of_kg_s_nothing_is_stale(tmp_path, manifest):
    (tmp_path / "graph.trig").write_text("someone's TriG\n", encoding="utf-8")
    if manifest is not None:
        (tmp_path / MANIFEST).write_text(manifest, encoding="utf-8")
    assert stale_outputs(tmp_path, [tmp_path / "graph.ttl"]) == []


@pytest.mark.model
def test_a_smaller_build_removes_the_earlier_build_s_files_and_says_so(tmp_path):
    out = tmp_path / "out"
    first = build([SAMPLE], out=out, formats=["turtle", "trig", "jsonld"])
    assert {p.name for p in first.files} == {"graph.ttl", "graph.trig", "graph.jsonld", "graph.html"}
    (out / "graph.n3").write_text("not kg's\n", encoding="utf-8")
    (out / "graph.jsonld").write_text("{}\n", encoding="utf-8")  # changed by someone: kept
    second = build([SAMPLE], out=out, html=False)
    assert [p.name for p in second.removed] == ["graph.html", "graph.trig"]
    assert sorted(p.name for p in out.iterdir()) == ["graph.jsonld", "graph.n3", "graph.ttl", MANIFEST]
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(SAMPLE), "-o", str(out), "-q", "-f", "nt",
                           "--no-html"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert f"removed {out / 'graph.ttl'} (an earlier build's; this build did not write it)" in proc.stdout.splitlines()
    assert sorted(p.name for p in out.iterdir()) == ["graph.jsonld", "graph.n3", "graph.nt", MANIFEST]
