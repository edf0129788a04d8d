"""Extraction over many documents: in this process, or on a pool of worker processes that each
load the spaCy model once. Results come back in input order as plain `Extraction` values, so
the output does not depend on the number of workers."""
from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator

from kg import extract as extract_stage
from kg import nlp, resolve
from kg.model import Document, Extraction

CHUNK_SIZE = 4  # documents a worker takes at a time: small enough to balance, large enough to amortise pickling

_worker_model = None


def extract_document(document: Document, model=None) -> Extraction:
    """Parse one document and return its resolved entities, relations, quotes and dates."""
    docs = nlp.parse(document, model or nlp.load_model())
    return resolve.resolve(extract_stage.extract(document, docs))


def extractions(documents: Iterable[Document], *, workers: int = 1) -> Iterator[Extraction]:
    """The extraction of each document, in order; `workers` > 1 spreads the work over processes."""
    if workers <= 1:
        model = nlp.load_model()
        for document in documents:
            yield extract_document(document, model)
        return
    context = multiprocessing.get_context("spawn")  # fork would copy a half-initialised parent
    with context.Pool(workers, initializer=_load_worker_model) as pool:
        yield from pool.imap(_extract_in_worker, documents, chunksize=CHUNK_SIZE)


def _load_worker_model() -> None:
    global _worker_model
    _worker_model = nlp.load_model()


def _extract_in_worker(document: Document) -> Extraction:
    return extract_document(document, _worker_model)
