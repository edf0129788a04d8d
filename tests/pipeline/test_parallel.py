"""Extraction on worker processes and on a Dask cluster gives what one process gives, in order,
reading its input a few batches ahead only."""
from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import pickle
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from kg.cli import main
from kg.errors import KgError
from kg.model import (
    DateMention,
    Document,
    Entity,
    EntityType,
    Extraction,
    Quote,
    Relation,
    Span,
)
from kg.pipeline import workers as parallel
from kg.pipeline.workers import BATCH_SIZE, IN_FLIGHT_PER_WORKER, extractions
from kg.read.files import read_documents
from kg.read.text import document_from_text

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"


def articles() -> list[Document]:
    return list(read_documents([EXAMPLES]))


class Counted:
    """An iterable that counts the items taken from it."""

    def __init__(self, items: list) -> None:
        self.items, self.taken = items, 0

    def __iter__(self):
        for item in self.items:
            self.taken += 1
            yield item


def test_extraction_values_survive_pickling():
    document = document_from_text("Ferry approved\n\nAna Ruiz said: “It will cut the trip.”", source="a.txt",
                                  date=dt.date(2023, 11, 3), url="https://example.org/a")
    extraction = Extraction(
        document=document,
        entities=(Entity("e1", "Ana Ruiz", EntityType.PERSON, aliases=("Ms Ruiz",), mentions=(Span(16, 24),)),
                  Entity("e2", "the trip", EntityType.CONCEPT)),
        relations=(Relation("e1", "cut", "e2", Span(16, 55), modality="will", date=dt.date(2023, 11, 2),
                            confidence=0.9),),
        quotes=(Quote("It will cut the trip.", Span(31, 52), Span(16, 55), speaker="e1"),),
        dates=(DateMention("Tuesday", dt.date(2023, 10, 31), Span(0, 7)),),
    )
    assert pickle.loads(pickle.dumps(extraction)) == extraction


def test_results_in_order_with_a_bounded_number_in_flight():
    pending_sizes = []
    pending: list[list[int]] = []

    def submit(batch):
        pending.append(batch)
        pending_sizes.append(len(pending))
        return batch

    def wait(batch):
        pending.remove(batch)
        return [n * 10 for n in batch]

    source = Counted(list(range(50)))
    results = parallel._in_order(parallel._batches(source, 3), submit=submit, wait=wait, window=4)
    assert next(results) == 0
    assert source.taken == 12  # four batches of three read ahead, no more
    assert [0, *results] == [n * 10 for n in range(50)]
    assert max(pending_sizes) == 4


def test_stopping_early_cancels_what_is_pending():
    cancelled = []
    results = parallel._in_order(parallel._batches(iter(range(20)), 2), submit=lambda b: b, wait=lambda b: b,
                                 window=3, cancel=cancelled.extend)
    assert next(results) == 0
    results.close()
    assert cancelled == [[2, 3], [4, 5]]


def test_a_worker_that_dies_is_one_clear_error_not_a_wait_for_ever():
    # a worker process that dies (here it exits at once; a crash in native code does the same)
    # loses its batch: the build stops with one line saying what to do, where a pool would wait
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        future = pool.submit(os._exit, 3)
        with pytest.raises(KgError, match="--workers 1"):
            parallel._pool_result(future)


@pytest.mark.model
def test_two_worker_processes_give_what_one_gives_in_order():
    documents = articles() * 7  # more documents than the pool takes in its first batches
    source = Counted(documents)
    on_two = extractions(source, workers=2)
    first = next(on_two)
    assert source.taken <= 2 * IN_FLIGHT_PER_WORKER * BATCH_SIZE < len(documents)  # streamed, not read whole
    assert [first, *on_two] == list(extractions(documents))


@pytest.fixture(scope="module")
def cluster():
    import distributed  # the test extra installs it: these tests run wherever the suite runs

    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as local:
        yield local


@pytest.mark.model
@pytest.mark.dask
def test_dask_cluster_gives_what_one_process_gives(cluster):
    from distributed import Client

    documents = articles() * 2
    with Client(cluster) as client:
        assert list(extractions(documents, client=client)) == list(extractions(documents))


@pytest.mark.model
@pytest.mark.dask
def test_kg_build_dask_writes_the_same_turtle(cluster, tmp_path):
    here, there = tmp_path / "here", tmp_path / "there"
    assert main(["build", str(EXAMPLES), "--out", str(here), "--no-html", "--quiet"]) == 0
    assert main(["build", str(EXAMPLES), "--out", str(there), "--no-html", "--quiet",
                 "--dask", cluster.scheduler_address]) == 0
    assert (there / "graph.ttl").read_bytes() == (here / "graph.ttl").read_bytes()


@pytest.mark.dask
def test_unreachable_scheduler_is_one_error_line(tmp_path, capsys, monkeypatch):
    from kg.cli import commands

    monkeypatch.setattr(commands, "DASK_CONNECT_SECONDS", 1)
    article = tmp_path / "a.txt"
    article.write_text("Council approves ferry\n\nThe council approved the ferry route.\n", encoding="utf-8")
    assert main(["build", str(article), "--out", str(tmp_path / "out"), "--dask", "tcp://127.0.0.1:9"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("kg: error: cannot reach a Dask scheduler at tcp://127.0.0.1:9")
    assert not (tmp_path / "out").exists()


def test_workers_and_dask_together_are_refused(tmp_path, capsys):
    assert main(["build", str(EXAMPLES), "--workers", "2", "--dask", "tcp://127.0.0.1:9"]) == 1
    assert "give --workers or --dask, not both" in capsys.readouterr().err


def test_kg_build_can_set_the_blas_threads_before_numpy_loads():
    # `kg build` sets ONE_BLAS_THREAD on entering; numpy reads it only if it is not loaded by then
    script = ("import sys, kg.cli; kg.cli.parser(); import kg.pipeline.blas, kg.pipeline.progress; "
              "print('numpy' in sys.modules)")
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert proc.stdout.strip() == "False", proc.stderr
