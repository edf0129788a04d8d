"""The progress line: in place on a terminal, periodic plain lines otherwise, silent with --quiet."""
from __future__ import annotations

import io

import pytest

from kg.cli import main
from kg.pipeline.progress import LOG_INTERVAL, Progress, format_duration


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_line_with_a_known_total_has_rate_and_time_left():
    clock = Clock()
    progress = Progress(io.StringIO(), clock=clock)
    clock.now += 50
    progress(200, 2225, None)
    assert progress.line() == "kg: 200/2,225 documents (9%), 4.0 documents/s, 8m 26s left"


def test_line_while_the_total_is_unknown_has_count_and_rate():
    clock = Clock()
    progress = Progress(io.StringIO(), clock=clock)
    clock.now += 4
    progress(10, None, None)
    assert progress.line() == "kg: 10 documents, 2.5 documents/s, 4s in all"


def test_not_a_terminal_plain_lines_every_interval_then_a_final_one():
    clock, stream = Clock(), io.StringIO()
    with Progress(stream, clock=clock) as progress:
        for done in range(1, 31):
            clock.now += 1
            progress(done, 30, None)
    lines = stream.getvalue().splitlines()
    assert "\r" not in stream.getvalue()
    assert lines == [
        "kg: 10/30 documents (33%), 1.0 documents/s, 20s left",
        "kg: 20/30 documents (67%), 1.0 documents/s, 10s left",
        "kg: 30/30 documents (100%), 1.0 documents/s, 30s in all",
    ]


def test_the_final_line_says_the_time_taken_when_some_were_skipped():
    clock, stream = Clock(), io.StringIO()
    with Progress(stream, clock=clock) as progress:
        clock.now += 2 * LOG_INTERVAL
        progress(10, 12, None)  # the last two were skipped: no more calls
    assert stream.getvalue().splitlines() == [
        "kg: 10/12 documents (83%), 0.5 documents/s, 4s left",
        "kg: 10/12 documents (83%), 0.5 documents/s, 20s in all",
    ]


def test_not_a_terminal_a_quick_build_prints_nothing():
    clock, stream = Clock(), io.StringIO()
    with Progress(stream, clock=clock) as progress:
        clock.now += LOG_INTERVAL / 2
        progress(1, 1, None)
    assert stream.getvalue() == ""


def test_terminal_rewrites_one_line_in_place_and_ends_it():
    clock, stream = Clock(), Terminal()
    with Progress(stream, clock=clock) as progress:
        for done in range(1, 4):
            clock.now += 1
            progress(done, None, None)
    text = stream.getvalue()
    assert text.count("\n") == 1 and text.endswith("\n")
    assert text.split("\r")[-1].strip() == "kg: 3 documents, 1.0 documents/s, 3s in all"


def test_a_note_does_not_tear_the_line():
    clock, stream = Clock(), Terminal()
    progress = Progress(stream, clock=clock)
    clock.now += 1
    progress(1, 10, None)
    progress.note("kg: warning: skipped a.txt: is empty")
    progress.close()
    pieces = stream.getvalue().split("\r")
    assert "kg: warning: skipped a.txt: is empty\n" in pieces  # on a blanked line, then the progress again
    assert pieces[-1].startswith("kg: 1/10 documents")


@pytest.mark.parametrize("seconds, text", [(0.4, "0s"), (42, "42s"), (483, "8m 03s"), (7500, "2h 05m")])
def test_format_duration(seconds, text):
    assert format_duration(seconds) == text


@pytest.mark.model
def test_quiet_build_writes_nothing_on_stderr(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("Council approves ferry\n\nThe council approved the ferry route on Tuesday.\n", encoding="utf-8")
    assert main(["build", str(article), str(article), "--out", str(tmp_path / "out"), "--no-html", "--quiet"]) == 0
    assert capsys.readouterr().err == ""
