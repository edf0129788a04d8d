"""Atomic file output: write beside the target under a temporary name, then rename.

A temporary file is named `.<target name>.<process id>.<random>.tmp`, so that the files a killed
process left behind can be recognised and removed by the next one (`remove_stale_temporaries`).
Any OSError (a full disk, a read-only folder) is one OutputError naming the file, and the
temporary file is removed.
"""
from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from kg.errors import OutputError

# kg's own temporary files: ".graph.ttl.4242.k3j_x9a1.tmp" (target name, process id, mkstemp's part).
_TEMPORARY = re.compile(r"\.(?P<target>.+)\.(?P<pid>[0-9]+)\.[a-z0-9_]{8}\.tmp")


def write_atomic(path: Path, data: str | bytes) -> Path:
    """Write `data` to `path` so that readers see the old file or the new one, never half of it."""
    with AtomicFile(path, binary=True) as file:
        file.write(data.encode("utf-8") if isinstance(data, str) else data)
        return file.commit()


class AtomicFile:
    """A file written in pieces under a temporary name beside `path`; `commit()` renames it to
    `path` and returns that (`finish()` completes it on disk without renaming). Used as a context
    manager, a file not committed is deleted, leaving any earlier `path` as it was."""

    def __init__(self, path: Path, *, binary: bool = False) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, self._tmp = tempfile.mkstemp(
                dir=self.path.parent, prefix=f".{self.path.name}.{os.getpid()}.", suffix=".tmp"
            )
        except OSError as exc:
            raise OutputError(f"cannot write into {self.path.parent}: {exc.strerror}") from None
        self._handle = os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="")
        self._finished = self._done = False

    def write(self, data: str | bytes) -> None:
        try:
            self._handle.write(data)
        except OSError as exc:
            raise self._error(exc) from None

    def finish(self) -> None:
        """Everything written is on disk, under the temporary name."""
        if self._finished:
            return
        try:
            self._handle.flush()
            os.fsync(self._handle.fileno())
            self._handle.close()
            os.chmod(self._tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the file ordinary permissions
        except OSError as exc:
            raise self._error(exc) from None
        self._finished = True

    def commit(self) -> Path:
        self.finish()
        try:
            os.replace(self._tmp, self.path)
        except OSError as exc:
            raise self._error(exc) from None
        self._done = True
        return self.path

    def discard(self) -> None:
        """Remove the temporary file (a no-op once committed)."""
        if self._done:
            return
        try:
            self._handle.close()  # may fail to write its buffer to a full disk: it goes anyway
        except OSError:
            pass
        Path(self._tmp).unlink(missing_ok=True)
        self._done = True

    def _error(self, exc: OSError) -> OutputError:
        self.discard()
        return OutputError(f"cannot write {self.path}: {exc.strerror or exc}")

    def __enter__(self) -> AtomicFile:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.discard()


class StagedFiles:
    """Several files that appear together: each is written to its temporary file, and `commit()`
    renames them all only once every one is complete on disk. Leaving the context without
    committing removes every temporary file, so a folder holds all the old files or all the new."""

    def __init__(self) -> None:
        self._files: list[AtomicFile] = []

    def open(self, path: Path) -> AtomicFile:
        file = AtomicFile(path)
        self._files.append(file)
        return file

    def write(self, path: Path, data: str) -> None:
        self.open(path).write(data)

    def commit(self) -> list[Path]:
        for file in self._files:
            file.finish()
        return [file.commit() for file in self._files]

    def __enter__(self) -> StagedFiles:
        return self

    def __exit__(self, *exc_info: object) -> None:
        for file in self._files:
            file.discard()


def remove_stale_temporaries(folder: Path, target: re.Pattern[str]) -> list[Path]:
    """Remove the temporary files in `folder` that a kg process now gone left for a target whose
    name matches `target` (a build killed before it could clean up); returns them."""
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed  # no folder yet, or unreadable: writing into it will say so
    for entry in entries:
        match = _TEMPORARY.fullmatch(entry.name)
        if match is None or not target.fullmatch(match["target"]) or _alive(int(match["pid"])):
            continue
        try:
            os.unlink(entry.path)
        except OSError:
            continue
        removed.append(Path(entry.path))
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    except OverflowError:
        return False
    return True


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
