"""kg: news articles in, knowledge graph out.

The public API: kg.build(...) -> BuildResult (with .query(...)), kg.view(...), kg.counts(...),
kg.central_entities(...); kg.api.query(...) runs SPARQL or a named query over any graph source.
"""
from kg.api import as_graph, central_entities, counts, view
from kg.pipeline import BuildResult, build

__all__ = ["BuildResult", "as_graph", "build", "central_entities", "counts", "view"]
