"""Parsing in worker processes: `kg build --workers N`."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from kg.build.updates import GraphUpdate, batches, graph_updates, update_batch
from kg.ingest import Document


def parallel_updates(documents: Iterable[Document], workers: int, batch_size: int = 32) -> Iterator[GraphUpdate]:
    """The same updates from `workers` processes, each loading the model once, in input order."""
    if workers <= 1:
        yield from graph_updates(documents, batch_size)
        return
    import multiprocessing
    from functools import partial

    from kg.nlp import extensions

    context = multiprocessing.get_context("forkserver")
    with context.Pool(workers) as pool:
        for updates in pool.imap(partial(update_batch, read_by=extensions.current()), batches(documents, batch_size)):
            yield from updates
