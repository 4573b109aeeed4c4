"""`kg build --workers N` runs N processes on N cores: each multiplies its model's matrices on one
thread (`kg.build.pool.one_blas_thread`), or OpenBLAS's threads, one per core in every worker,
fight over the cores (two workers ran no faster than one)."""
from __future__ import annotations

import os

import pytest

from kg.build.pool import _Workers


def blas_threads(batch: list) -> list[int]:
    """The task each worker runs: how many threads each BLAS library it has loaded may use."""
    import numpy  # noqa: F401 - the model's BLAS, loaded as a parse loads it
    from threadpoolctl import threadpool_info

    return [library["num_threads"] for library in threadpool_info() if library["user_api"] == "blas"]


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one core: OpenBLAS starts one thread anyway")
def test_each_worker_multiplies_on_one_thread(warm_forkserver):
    pool = _Workers(2, blas_threads)
    try:
        answers = [pool.result([], *pool.submit([])) for _ in range(4)]
    finally:
        pool.shutdown()
    assert answers and all(threads == [1] for threads in answers), answers
