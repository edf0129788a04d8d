"""kg: news articles in, knowledge graph out.

The public API: kg.build(...) -> BuildResult (with .query(...)), kg.view(...), kg.counts(...),
kg.central_entities(...); kg.api.query(...) runs SPARQL or a named query over any graph source.
"""
from __future__ import annotations

import importlib

# Loaded on first use, so that `import kg.cli` stays light: `kg build` sets up the environment
# numpy reads when it loads (see kg.pipeline.blas) before anything imports numpy.
_PUBLIC = {
    "BuildResult": "kg.pipeline.builder",
    "build": "kg.pipeline.builder",
    "as_graph": "kg.api",
    "central_entities": "kg.api",
    "counts": "kg.api",
    "view": "kg.api",
}

__all__ = sorted(_PUBLIC)


def __getattr__(name: str) -> object:
    if name not in _PUBLIC:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    return getattr(importlib.import_module(_PUBLIC[name]), name)
