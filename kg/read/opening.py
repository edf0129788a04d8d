"""Opening one input file: the checks and errors that every reader (article files, JSON Lines) shares."""
from __future__ import annotations

import gzip
import zlib
from collections.abc import Callable
from pathlib import Path

from kg.errors import InputError

MAX_BYTES = 50_000_000  # larger files are not one article; refuse them before reading
GZIP_SUFFIX = ".gz"  # any of the above, gzip-compressed
EMPTY = "is empty; add the article text or remove the file"


class Unreadable(Exception):
    """Why a file (or a JSON Lines record) cannot be a Document; `read_documents` adds where."""


def skip_or_raise(path: str, reason: str, keep_going: bool,
                   on_skip: Callable[[str, str], None] | None) -> None:
    if not keep_going:
        raise InputError(f"{path}: {reason}")
    if on_skip is not None:
        on_skip(path, reason)


def is_gzip(path: Path) -> bool:
    return path.name.lower().endswith(GZIP_SUFFIX)


def check_regular(path: Path) -> None:
    if path.exists() and not path.is_file():  # a FIFO or device would block or never end
        raise Unreadable("is not a regular file (a pipe, socket or device); give article files")


def open_binary(path: Path):
    """The file opened for reading bytes, decompressing a .gz (its errors show while reading)."""
    return gzip.open(path, "rb") if is_gzip(path) else path.open("rb")


def unreadable_file(exc: OSError | EOFError | zlib.error) -> Unreadable:
    if isinstance(exc, gzip.BadGzipFile):
        return Unreadable(f"is not gzip-compressed ({exc}); rename it without .gz if it is plain text")
    if isinstance(exc, (EOFError, zlib.error)):
        return Unreadable(f"is a damaged or cut-short gzip file ({exc}); compress the original again")
    return Unreadable(f"cannot be read ({exc.strerror or exc}); check that it is a readable file")
