"""Parsing in worker processes: `kg build --workers N`.

A worker that dies (killed, out of memory, a crash in compiled code) takes its batch with it:
`multiprocessing.Pool` then waits forever for that batch, so the pool is
`concurrent.futures`', which says so (`BrokenProcessPool`). The batches it was reading are
then read again one document per task in fresh workers, so that the document that kills a
worker is the only one skipped and the others are built.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from kg.build.updates import GraphUpdate, Skipped, batches, failure, graph_updates, update_batch
from kg.ingest import Document

Task = Callable[[list[Document]], list[GraphUpdate | Skipped]]


def parallel_updates(documents: Iterable[Document], workers: int, batch_size: int = 32) -> Iterator[GraphUpdate | Skipped]:
    """The same updates from `workers` processes, each loading the model once, in input order;
    at most twice `workers` batches are in flight."""
    if workers <= 1:
        yield from graph_updates(documents, batch_size)
        return
    from functools import partial

    from kg.nlp import extensions

    pool = _Workers(workers, partial(update_batch, read_by=extensions.current()))
    pending = batches(documents, batch_size)
    in_flight: deque[tuple[list[Document], ProcessPoolExecutor, Future]] = deque()
    try:
        for batch in pending:
            in_flight.append((batch, *pool.submit(batch)))
            if len(in_flight) >= 2 * workers:
                yield from pool.result(*in_flight.popleft())
        while in_flight:
            yield from pool.result(*in_flight.popleft())
    finally:
        pool.shutdown()


class _Workers:
    """A process pool started again when a worker dies."""

    def __init__(self, count: int, task: Task) -> None:
        import multiprocessing

        self.count, self.task = count, task
        self.context = multiprocessing.get_context("forkserver")
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.count, mp_context=self.context)

    def submit(self, batch: list[Document]) -> tuple[ProcessPoolExecutor, Future]:
        try:
            return self.executor, self.executor.submit(self.task, batch)
        except BrokenProcessPool:
            self._restart(self.executor)
            return self.executor, self.executor.submit(self.task, batch)

    def result(self, batch: list[Document], executor: ProcessPoolExecutor, future: Future) -> list[GraphUpdate | Skipped]:
        """The updates of a batch; if its worker died, each of its documents read alone."""
        try:
            return future.result()
        except BrokenProcessPool:
            self._restart(executor)
        except Exception:  # noqa: BLE001 - whatever lost the batch, its documents are tried alone
            pass
        return [self._alone(document) for document in batch]

    def _alone(self, document: Document) -> GraphUpdate | Skipped:
        executor, future = self.submit([document])
        try:
            return future.result()[0]
        except BrokenProcessPool:
            self._restart(executor)
            return Skipped(document.origin or document.id, "could not be read (the parser process died reading it)")
        except Exception as error:  # noqa: BLE001 - a document that cannot even be sent to a worker is skipped alone
            return Skipped(document.origin or document.id, failure(error))

    def _restart(self, broken: ProcessPoolExecutor) -> None:
        """A new pool in place of `broken`, unless that was done already (its other batches fail too)."""
        if broken is self.executor:
            broken.shutdown(wait=False, cancel_futures=True)
            self.executor = self._start()

    def shutdown(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
