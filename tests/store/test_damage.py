"""A damaged store is one line saying how to recover, and kg never creates over it or changes a file
of it; a full disk while writing is one line too."""
from __future__ import annotations

import errno
import hashlib
import os
from pathlib import Path

import pyoxigraph as ox
import pytest
from store_articles import articles

from kg import cli
from kg.errors import StoreError
from kg.store.embedded import check_store, open_store

RECOVERY = "rebuild it from the articles with kg build --store NEWDIR"


def file_hashes(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture()
def stored(tmp_path) -> Path:
    """A store of three articles, flushed to table (.sst) files."""
    path = tmp_path / "store"
    with open_store(path) as store:
        store.add(articles())
        store.oxigraph.optimize()  # writes the data into .sst files now, as a long build does
    assert list(path.glob("*.sst"))
    return path


def zero_a_table(path: Path) -> None:
    table = max(path.glob("*.sst"), key=lambda p: p.stat().st_size)
    table.write_bytes(bytes(table.stat().st_size))


def cut_the_manifest(path: Path) -> None:
    manifest = path / (path / "CURRENT").read_text().strip()
    os.truncate(manifest, 64)


DAMAGE = {
    "CURRENT missing": lambda path: (path / "CURRENT").unlink(),
    "a zeroed table file": zero_a_table,
    "a truncated MANIFEST": cut_the_manifest,
    "CURRENT naming a missing MANIFEST": lambda path: (path / "CURRENT").write_text("MANIFEST-999999\n"),
}


@pytest.mark.parametrize("damage", DAMAGE, ids=list(DAMAGE))
def test_a_damaged_store_is_one_line_and_stays_untouched(stored, damage, capsys):
    DAMAGE[damage](stored)
    before = file_hashes(stored)
    for argv in (
        ["query", "--store", str(stored), "SELECT * WHERE { ?s ?p ?o } LIMIT 1"],
        ["store", "check", str(stored)],
        ["remove", "--store", str(stored), "a.txt"],
        ["query", "--store", str(stored), "SELECT * WHERE { ?s ?p ?o } LIMIT 1"],  # again: nothing was made
    ):
        assert cli.main(argv) == cli.EXIT_ERROR
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith(f"kg: error: the store {stored} is damaged (")
        assert RECOVERY in err
        assert file_hashes(stored) == before  # not a byte changed, nothing created, nothing deleted
    with pytest.raises(StoreError, match="is damaged"):
        open_store(stored)
    assert file_hashes(stored) == before


def test_a_sound_store_checks_sound_and_unchanged(stored, capsys):
    before = file_hashes(stored)
    assert cli.main(["store", "check", str(stored)]) == 0
    with open_store(stored, create=False) as store:
        size = len(store)
    assert capsys.readouterr().out == f"the store {stored} is sound: 3 documents, {size} triples\n"
    before = file_hashes(stored)  # opening for writing above may have compacted; the check changes nothing
    assert check_store(stored).quads == size
    assert file_hashes(stored) == before


def test_a_store_cannot_be_opened_twice_in_one_process(stored):
    with open_store(stored):
        with pytest.raises(StoreError, match="open already in this process"):
            open_store(stored)
    with open_store(stored, create=False) as store:  # closed: opens again
        assert len(store) > 0


def test_a_full_disk_when_closing_the_store_is_one_store_error(tmp_path):
    store = open_store(tmp_path / "s")
    store.add(articles())
    store._store = _FailingFlush(store._store)
    with pytest.raises(StoreError, match="cannot write to the store .*No space left on device"):
        store.close()
    with open_store(tmp_path / "s", create=False):  # released all the same
        pass


def test_a_full_disk_at_close_does_not_hide_the_error_that_stopped_the_build(tmp_path):
    with pytest.raises(StoreError, match="no document 'nowhere.txt'"):
        with open_store(tmp_path / "s") as store:
            store.add(articles())
            store._store = _FailingFlush(store._store)
            store.remove("nowhere.txt")


class _FailingFlush:
    """A pyoxigraph Store whose flush finds the disk full."""

    def __init__(self, store: ox.Store) -> None:
        self._store = store

    def flush(self) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    def __getattr__(self, name: str):
        return getattr(self._store, name)
