"""A progress line for long builds: documents done (of how many, when known), documents per
second and the time left. On a terminal the line is rewritten in place; into a file or a pipe a
plain line is written every LOG_INTERVAL seconds, so logs stay readable.

The library reports progress through a callback, `progress(done, total, document)` with `total`
None while the input is still being read; `Progress` is such a callback, used by `kg build`.
"""
from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

from kg.model import Document

TTY_INTERVAL = 0.1  # seconds between redraws in place: smooth, yet cheap
LOG_INTERVAL = 10.0  # seconds between plain lines when stderr is not a terminal
PREFIX = "kg: "


class Progress:
    """Call it as `progress(done, total, document)` after each document; `close()` (or the end of
    a `with` block) finishes the line. Writes nothing for a build quicker than one interval,
    except on a terminal, where the line shows from the first document."""

    def __init__(self, stream: TextIO | None = None, *, clock: Callable[[], float] = time.monotonic,
                 interval: float | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.in_place = _is_terminal(self.stream)
        self.interval = interval if interval is not None else (TTY_INTERVAL if self.in_place else LOG_INTERVAL)
        self.clock = clock
        self.started = clock()
        self.done = 0
        self.total: int | None = None
        self._last_shown: float | None = None
        self._shown_text = ""
        self._width = 0  # of the line drawn in place, to blank out what a shorter one leaves

    def __call__(self, done: int, total: int | None, document: Document | None = None) -> None:
        self.done, self.total = done, total
        now = self.clock()
        due = self.started if self.in_place else self.started + self.interval
        if self._last_shown is not None:
            due = self._last_shown + self.interval
        if now >= due:
            self._show(now)

    def line(self, now: float | None = None, *, final: bool = False) -> str:
        """The progress text: "120/2,225 documents (5%), 4.1 documents/s, 4m 29s left"; when
        `final` or all are done, the time taken instead of the time left."""
        now = self.clock() if now is None else now
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        if self.total is None:
            text = f"{self.done:,} documents"
        else:
            share = self.done / self.total if self.total else 1.0
            text = f"{self.done:,}/{self.total:,} documents ({share:.0%})"
        text += f", {rate:.1f} documents/s"
        if final or self.total is None or self.done >= self.total:
            text += f", {format_duration(elapsed)} in all"
        elif self.done > 0:
            text += f", {format_duration((self.total - self.done) / rate)} left"
        return PREFIX + text

    def note(self, message: str) -> None:
        """Print a message line (a warning) without tearing the progress line."""
        if self.in_place and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self._width = 0
            self.stream.write(message + "\n")
            self._show(self.clock())
        else:
            self.stream.write(message + "\n")
        self.stream.flush()

    def close(self) -> None:
        """Finish: show the final line (fewer than `total` if some were skipped) if anything was
        shown, and end the line."""
        if self._last_shown is None:
            return
        if self.line(final=True) != self._shown_text:
            self._show(self.clock(), final=True)
        if self.in_place:
            self.stream.write("\n")
            self.stream.flush()
        self._last_shown = None

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _show(self, now: float, *, final: bool = False) -> None:
        text = self.line(now, final=final)
        if self.in_place:
            self.stream.write("\r" + text.ljust(self._width))
            self._width = len(text)
        else:
            self.stream.write(text + "\n")
        self.stream.flush()
        self._last_shown, self._shown_text = now, text


def format_duration(seconds: float) -> str:
    """"42s", "8m 03s", "2h 05m"."""
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds}s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes}m {seconds:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h {minutes:02d}m"


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # no isatty, or a closed stream
        return False
