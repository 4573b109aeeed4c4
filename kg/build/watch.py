"""A build's own reads of the store, watched in memory.

A table damaged at its own size can make one of the build's reads allocate without end inside
Oxigraph: with 4 KB of the `gpos` table zeroed, the splits the build reads before parsing took a
`kg build` to 3.4 GB in 13 s (its 4 GB guard, then a `MemoryError` traceback; 23 GB until the
kernel killed it for a count). A pyoxigraph read cannot be interrupted, and the build cannot
hand its reads to a worker process as the library does (they interleave with its writes, and a
worker reads a snapshot taken again after each). So a thread watches the address space while
the build reads the store (before it parses, and while it derives the actors and calls graphs),
and ends the process with one line once it has grown by the bound: as `kill -9` would, which
leaves every document graph old or new (`tests/test_faults.py`), the seal broken, so that the
next open is RocksDB's recovery. pyoxigraph lets the thread run while it reads.
"""
from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

from kg.limits import mapped_megabytes

#: Seconds between two looks at the address space: a runaway read grows some 250 MB a second.
LOOK_SECONDS = 0.05


@contextlib.contextmanager
def reads_watched(store: Path, megabytes: int) -> Iterator[None]:
    """While the block runs, end the process (exit code 1) with one line on standard error once
    it maps `megabytes` more than when the block began."""
    stop = threading.Event()
    started = mapped_megabytes()

    def watch() -> None:
        while not stop.wait(LOOK_SECONDS):
            if mapped_megabytes() - started > megabytes:
                sys.stderr.flush()
                os.write(2, (f"Error: store {store}: a read of the build took more than {megabytes} MB, the "
                             "--max-memory (a table of a damaged store can make a read take all memory); the build "
                             "stopped, what it wrote is kept\n").encode("utf-8", "replace"))
                os._exit(1)

    watcher = threading.Thread(target=watch, name="kg-reads-watched", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        stop.set()
        watcher.join()
