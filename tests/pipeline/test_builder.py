"""kg.pipeline.builder: what a build says it did, and what it leaves in its out folder."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.pipeline.builder import BuildSummary, build

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
