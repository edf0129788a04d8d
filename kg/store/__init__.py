"""Stores and queries: the embedded store (pyoxigraph, one named graph per article), remote SPARQL
1.1 servers, SPARQL and the named queries.

`open_store`, `KgStore`, `IngestReport` and `IngestStatus` are re-exported from kg.store.embedded
(loaded on first use)."""
from __future__ import annotations

import importlib

_PUBLIC = {name: "kg.store.embedded" for name in ("IngestReport", "IngestStatus", "KgStore", "open_store")}

__all__ = sorted(_PUBLIC)


def __getattr__(name: str) -> object:
    if name not in _PUBLIC:
        raise AttributeError(f"module 'kg.store' has no attribute {name!r}")
    return getattr(importlib.import_module(_PUBLIC[name]), name)
