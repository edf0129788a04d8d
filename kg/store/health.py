"""Is the database of a kg store sound? Checked before Oxigraph opens the folder for writing.

Oxigraph keeps a store in RocksDB files. Opened for writing, RocksDB creates a new, empty
database wherever it finds no CURRENT file, beside the old data files, which the next open then
deletes as unused; and it rotates its LOG file before it notices any damage. So an existing store
is first checked without changing a byte: its file layout here (CURRENT names a MANIFEST that is
there and not empty; every table file ends in RocksDB's footer), then a read-only open by
Oxigraph. Only a store that passes is opened for writing; a damaged one is one StoreError saying
how to recover, and its files are left as they are.
"""
from __future__ import annotations

import fcntl
import os
import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import StoreError

# The last 8 bytes of every RocksDB block-based table (.sst) file: its magic number, little-endian.
SST_MAGIC = (0x88E241B785F4CFF7).to_bytes(8, "little")
# Files RocksDB writes; a kg store folder holding any of them holds a database.
_DATABASE_FILE = re.compile(r"CURRENT|IDENTITY|MANIFEST-\d+|OPTIONS-\d+|\d+\.(?:sst|log|blob)")
_CURRENT = re.compile(r"(MANIFEST-\d+)\n?")
LOCK_FILE = "LOCK"  # RocksDB's lock, held with fcntl by the process that has the store open


@dataclass(frozen=True)
class StoreHealth:
    """What `check_store` found in a sound store."""

    path: Path
    documents: int
    quads: int

    def __str__(self) -> str:
        return f"the store {self.path} is sound: {self.documents} documents, {self.quads} triples"


def damaged(path: Path, reason: str) -> StoreError:
    return StoreError(
        f"the store {path} is damaged ({reason}); kg left its files as they are. Restore the folder from a "
        f"backup, or rebuild it from the articles with kg build --store NEWDIR ARTICLE... "
        f"(kg store check {path} checks it again)"
    )


def has_database(path: Path) -> bool:
    """Whether the folder holds RocksDB files (a store that has been opened), not only kg's marker."""
    try:
        return any(_DATABASE_FILE.fullmatch(entry.name) for entry in os.scandir(path))
    except OSError as exc:
        raise StoreError(f"cannot read the store folder {path}: {exc.strerror}") from None


def check_files(path: Path) -> None:
    """Raise the `damaged` StoreError when the RocksDB files of `path` are visibly broken."""
    try:
        current = (path / "CURRENT").read_bytes()
    except FileNotFoundError:
        raise damaged(path, "its CURRENT file is missing") from None
    except OSError as exc:
        raise damaged(path, f"its CURRENT file cannot be read: {exc.strerror}") from None
    named = _CURRENT.fullmatch(current.decode("ascii", errors="replace"))
    if named is None:
        raise damaged(path, "its CURRENT file names no MANIFEST")
    manifest = path / named.group(1)
    if not manifest.is_file():
        raise damaged(path, f"CURRENT names {manifest.name}, which is missing")
    if manifest.stat().st_size == 0:
        raise damaged(path, f"{manifest.name} is empty")
    for table in sorted(path.glob("*.sst")):
        try:
            with table.open("rb") as handle:
                size = handle.seek(0, os.SEEK_END)
                handle.seek(max(0, size - len(SST_MAGIC)))
                footer = handle.read()
        except OSError as exc:
            raise damaged(path, f"{table.name} cannot be read: {exc.strerror}") from None
        if footer != SST_MAGIC:
            raise damaged(path, f"{table.name} is cut short or overwritten (no table footer)")


def in_use(path: Path) -> bool:
    """Whether another process holds RocksDB's lock on the store. (Never ask about a store this
    process has open: closing the probe would release that lock, fcntl locks being per process.)"""
    try:
        fd = os.open(path / LOCK_FILE, os.O_RDWR)
    except FileNotFoundError:
        return False
    except OSError as exc:
        raise StoreError(f"cannot open {path / LOCK_FILE}: {exc.strerror}") from None
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)  # releases the probe's lock
    return False


def open_read_only(path: Path) -> ox.Store:
    """Oxigraph's read-only view of a checked store (it writes nothing, not even its log)."""
    try:
        return ox.Store.read_only(str(path))
    except (OSError, RuntimeError) as exc:
        raise damaged(path, _first_line(exc)) from None


def check_existing(path: Path) -> None:
    """The checks before opening an existing store for writing: its files, another process
    using it, and a read-only open by Oxigraph, none of which changes a file."""
    check_files(path)
    if in_use(path):
        raise StoreError(f"another process (kg, or oxigraph serve) is using the store {path}; wait for it to end or use another store")
    open_read_only(path)


def check_store(path: Path, documents_query: str, prefixes: dict[str, str]) -> StoreHealth:
    """`kg store check`: the checks of `check_existing`, then every quad read once (RocksDB
    verifies each block's checksum as it reads it)."""
    path = Path(path)
    if not has_database(path):
        return StoreHealth(path, 0, 0)
    check_files(path)
    if in_use(path):
        raise StoreError(f"another process (kg, or oxigraph serve) is using the store {path}; check it when that process is done")
    store = open_read_only(path)
    try:
        quads = sum(1 for _ in store)
        documents = len(list(store.query(documents_query, prefixes=prefixes)))
    except (OSError, RuntimeError, SyntaxError, ValueError) as exc:
        raise damaged(path, _first_line(exc)) from None
    return StoreHealth(path, documents, quads)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    line = text.splitlines()[0]
    return line if len(line) <= 300 else line[:299] + "…"
