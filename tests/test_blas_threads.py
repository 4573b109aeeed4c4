"""While a build parses, the model multiplies its matrices on one thread
(`kg.build.updates.one_blas_thread`): OpenBLAS's threads, one per core, spin while they wait, and
two workers on two cores then ran no faster than one. The sequential build, the process pool's
workers and Dask's all parse through `graph_updates`."""
from __future__ import annotations

import os

import numpy  # noqa: F401 - OpenBLAS loaded, as the model loads it
import pytest
from threadpoolctl import threadpool_info

from kg.build.updates import GraphUpdate, graph_updates
from kg.ingest import Document
from tests.test_bad_input import FRENCH


def _blas_threads() -> list[int]:
    return [library["num_threads"] for library in threadpool_info() if library["user_api"] == "blas"]


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one core: OpenBLAS starts one thread anyway")
def test_a_build_parses_on_one_blas_thread_and_gives_the_others_back(nlp):
    before = _blas_threads()
    assert before and max(before) > 1, "premise: OpenBLAS starts a thread per core"
    updates = graph_updates([Document(id=f"d{n}", text=FRENCH, published="2024-03-12") for n in range(2)], batch_size=1)
    first = next(updates)
    assert isinstance(first, GraphUpdate) and first.calls == 1
    assert _blas_threads() == [1] * len(before)
    assert [type(u) for u in updates] == [GraphUpdate]
    assert _blas_threads() == before
