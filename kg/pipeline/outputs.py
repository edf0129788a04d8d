"""What a build leaves in its out folder: a manifest of the files kg wrote, and the removal of
an earlier build's files that this build did not write again.

A build with fewer formats, or with --no-html, would otherwise leave the earlier build's
graph.trig or graph.html beside the new graph.ttl, describing other articles. kg removes such a
file only when it is sure the file is its own and unchanged: its name is one kg writes
(graph.<extension of a format>, graph.html), the earlier build's manifest lists it, and its
content still has the SHA-256 recorded there. Any other file is left alone.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path

from kg.errors import OutputError
from kg.graph.atomic import write_atomic
from kg.graph.formats import RdfFormat

MANIFEST = "kg-build.json"  # in the out folder: {"kg_build": 1, "files": {name: sha256}}
MANIFEST_FORMAT = 1
# The only file names a build writes, hence the only ones it may remove.
OWN_NAMES = frozenset({f"graph.{fmt.extension}" for fmt in RdfFormat} | {"graph.html"})
_CHUNK = 1 << 20


def write_manifest(out: Path, written: Iterable[Path]) -> Path:
    """Record the files this build wrote into `out` (by name, with their SHA-256)."""
    files = {path.name: _sha256(path) for path in written if path.parent == out and path.name in OWN_NAMES}
    text = json.dumps({"kg_build": MANIFEST_FORMAT, "files": dict(sorted(files.items()))}, indent=2) + "\n"
    return write_atomic(out / MANIFEST, text)


def stale_outputs(out: Path, written: Iterable[Path]) -> list[Path]:
    """The files of the earlier build in `out` that this build (`written`) did not write again,
    which kg wrote and nobody changed since: those it may remove."""
    recorded = _recorded(out)
    kept = {path.name for path in written}
    stale = []
    for name, digest in sorted(recorded.items()):
        path = out / name
        if name in kept or name not in OWN_NAMES or not path.is_file():
            continue
        if _sha256(path) == digest:
            stale.append(path)
    return stale


def remove_stale(out: Path, written: Iterable[Path]) -> list[Path]:
    """Remove the earlier build's files that this build replaced by nothing (see stale_outputs);
    return them."""
    removed = []
    for path in stale_outputs(out, written):
        try:
            path.unlink()
        except OSError as exc:
            raise OutputError(f"cannot remove {path}, left by an earlier build: {exc.strerror}") from None
        removed.append(path)
    return removed


def _recorded(out: Path) -> dict[str, str]:
    """The files the manifest in `out` lists; none when there is none, or it is not kg's."""
    try:
        manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    files = manifest.get("files") if isinstance(manifest, dict) and manifest.get("kg_build") == MANIFEST_FORMAT else None
    if not isinstance(files, dict):
        return {}
    return {name: digest for name, digest in files.items() if isinstance(name, str) and isinstance(digest, str)}


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                digest.update(chunk)
    except OSError as exc:
        raise OutputError(f"cannot read {path}: {exc.strerror}") from None
    return digest.hexdigest()
