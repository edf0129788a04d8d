"""Building: documents -> extractions (in this process, on worker processes or a Dask cluster) ->
graph files, a store and a view; progress; one BLAS thread for the processes that parse.

`build`, `build_store`, `build_dataset`, `BuildResult`, `extractions` and `extract_document` are
re-exported (loaded on first use, so that `kg.pipeline.blas` can act before numpy loads)."""
from __future__ import annotations

import importlib

_PUBLIC = {
    **{name: "kg.pipeline.builder" for name in ("BuildResult", "BuildSummary", "build", "build_dataset", "build_store")},
    **{name: "kg.pipeline.workers" for name in ("extract_document", "extractions")},
}

__all__ = sorted(_PUBLIC)


def __getattr__(name: str) -> object:
    if name not in _PUBLIC:
        raise AttributeError(f"module 'kg.pipeline' has no attribute {name!r}")
    return getattr(importlib.import_module(_PUBLIC[name]), name)
