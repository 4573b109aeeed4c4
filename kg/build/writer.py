"""The build's writes to the store, made by a thread of their own while the next documents parse.

Oxigraph lets go of Python's lock while it loads a document's quads (some 4 ms an article of
~190 quads, a fixed cost per quad that batching does not lower), so on a second core the
writes cost the build no time. The writes keep their order and each stays one transaction;
after the first one that fails nothing more is written, and the error is raised in the
building thread at its next write or at `close`, as it would have been without the thread.
A build stopped by a `KgError` writes what it had queued; one interrupted (Ctrl-C) does not.
"""
from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from types import TracebackType

from kg.errors import KgError

#: Documents waiting to be written at most; their N-Triples are all that is held.
_WAITING = 64


class Writer:
    """`with Writer() as writer: writer.put(store.add_graph, graph, lines, ...)`: each call
    made in order by one thread; leaving the block waits for them all."""

    def __init__(self) -> None:
        self._jobs: queue.Queue[tuple[Callable[..., object], tuple[object, ...]] | None] = queue.Queue(_WAITING)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="kg-store-writer", daemon=True)
        self._thread.start()

    def put(self, write: Callable[..., object], *args: object) -> None:
        """Queue `write(*args)`; raise the error of a write made before, if one failed."""
        self._raise()
        self._jobs.put((write, args))

    def close(self) -> None:
        """Wait for every queued write; raise the error of the first that failed."""
        if self._thread.is_alive():
            self._jobs.put(None)
            self._thread.join()
        self._raise()

    def _run(self) -> None:
        while (job := self._jobs.get()) is not None:
            if self._error is None:  # after a failure nothing more is written: the store keeps what it had
                write, args = job
                try:
                    write(*args)
                except BaseException as error:  # noqa: BLE001 - handed to the building thread, see the module's docstring
                    self._error = error

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        if error is None or isinstance(error, KgError):
            # A KgError of the reading side (the Dask cluster lost, say) stops the build "keeping the
            # documents it wrote": those read and queued before it are written first, not dropped
            # (a lost scheduler kept 28 or 29 of the 32 documents of a batch handed on).
            self.close()
            return
        self._error = self._error or error  # interrupted, or a bug: what waits is dropped, nothing more written
        if self._thread.is_alive():
            self._jobs.put(None)
            self._thread.join()
