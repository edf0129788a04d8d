"""Extraction over many documents: in this process, on a pool of worker processes, or on a Dask
cluster. Every worker process loads the spaCy model once. Documents travel in small batches with
a bounded number in flight, so memory stays flat however long the input, and results come back
in input order as plain `Extraction` values: the output does not depend on where the work ran.
"""
from __future__ import annotations

import multiprocessing
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import TYPE_CHECKING, TypeVar

from kg.errors import KgError
from kg.extract import confidence, resolve
from kg.extract import parse as nlp
from kg.extract import rules as extract_stage
from kg.model import Document, Extraction
from kg.pipeline.blas import one_blas_thread

if TYPE_CHECKING:
    from distributed import Client

BATCH_SIZE = 4  # documents per task: small enough to balance uneven articles, large enough to amortise pickling
IN_FLIGHT_PER_WORKER = 2  # batches queued per worker, so none idles while the driver takes a result

# A Dask worker may run tasks on several threads, and spaCy does not promise that one pipeline
# parses on two threads at once: a worker process extracts one batch at a time.
_model_lock = threading.Lock()

Pending = TypeVar("Pending")


def extract_document(document: Document, model=None, *, calibrate: bool = True) -> Extraction:
    """Parse one document and return its resolved entities, relations, quotes and dates. Each
    relation's confidence is the fitted probability that a reader signs it (kg.extract.confidence);
    with `calibrate=False`, the extraction rule's fixed confidence, which the fit starts from."""
    docs = nlp.parse(document, model or nlp.load_model())
    extraction = resolve.resolve(extract_stage.extract(document, docs))
    return confidence.calibrated(extraction) if calibrate else extraction


def extract_batch(documents: list[Document]) -> list[Extraction]:
    """The extractions of `documents` with this process's model (loaded on first use, then
    kept): what a pool or Dask worker runs."""
    with _model_lock:
        model = nlp.load_model()
        return [extract_document(document, model) for document in documents]


def extractions(
    documents: Iterable[Document], *, workers: int = 1, client: Client | None = None
) -> Iterator[Extraction]:
    """The extraction of each document, in input order; `documents` is read as the work goes,
    a few batches ahead. The work runs in this process, or on `workers` (> 1) local processes,
    or, given `client` (a `dask.distributed.Client`), on the workers of a Dask cluster; then
    `workers` is not used, and kg must be installed where the Dask workers run."""
    if client is not None:
        yield from _on_dask(documents, client)
    elif workers > 1:
        yield from _on_pool(documents, workers)
    else:
        model = nlp.load_model()
        for document in documents:
            yield extract_document(document, model)


def _on_pool(documents: Iterable[Document], workers: int) -> Iterator[Extraction]:
    context = multiprocessing.get_context("spawn")  # fork would copy a half-initialised parent
    # The workers start as batches are submitted, inside the block: with one BLAS thread each.
    with one_blas_thread(), ProcessPoolExecutor(workers, mp_context=context, initializer=nlp.load_model) as pool:
        yield from _in_order(
            _batches(documents, BATCH_SIZE),
            submit=lambda batch: pool.submit(extract_batch, batch),
            wait=_pool_result,
            window=workers * IN_FLIGHT_PER_WORKER,
            cancel=lambda pending: [future.cancel() for future in pending],
        )


def _pool_result(future: Future) -> list[Extraction]:
    """A batch's extractions; a worker that died on it (a crash in native code, the process
    killed) is one clear error, where a pool of processes would wait for it for ever."""
    try:
        return future.result()
    except BrokenProcessPool:
        raise KgError("a worker process died while extracting (it crashed or was killed); "
                      "build again with --workers 1 to see on which article") from None


def _on_dask(documents: Iterable[Document], client: Client) -> Iterator[Extraction]:
    # Dask's nanny already starts worker processes with one BLAS thread; the model is loaded by
    # each worker process on its first batch and kept (nlp.load_model caches it).
    threads = sum(client.nthreads().values())
    yield from _in_order(
        _batches(documents, BATCH_SIZE),
        submit=lambda batch: client.submit(extract_batch, batch, pure=False),
        wait=_dask_result,
        window=max(2, threads * IN_FLIGHT_PER_WORKER),
        cancel=client.cancel,
    )


def _dask_result(future) -> list[Extraction]:
    try:
        return future.result()
    except ModuleNotFoundError as exc:  # raised where the task was unpickled: on the worker
        raise KgError(f"a Dask worker cannot import {exc.name}: install kg-news, the same version as here, "
                      "where the workers run") from None


def _in_order(
    batches: Iterable[list[Document]],
    *,
    submit: Callable[[list[Document]], Pending],
    wait: Callable[[Pending], list[Extraction]],
    window: int,
    cancel: Callable[[list[Pending]], object] | None = None,
) -> Iterator[Extraction]:
    """Submit batches while fewer than `window` are pending; hand out results in submission
    order. Pending work is cancelled when the consumer stops early or a batch fails."""
    pending: deque[Pending] = deque()
    try:
        for batch in batches:
            pending.append(submit(batch))
            if len(pending) >= window:
                yield from wait(pending.popleft())
        while pending:
            yield from wait(pending.popleft())
    finally:
        if pending and cancel is not None:
            cancel(list(pending))


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(documents)
    while batch := list(islice(iterator, size)):
        yield batch
