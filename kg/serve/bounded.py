"""One query run the way the endpoint runs each: for `kg query`, which had no bound at all, and
for `kg.open(path).query` in Python (`Queries`), which had none either.

The query goes to one worker process of `workers` (the same code as the endpoint's), so it gets
the endpoint's bounds: the nesting depth checked before any parser runs, the worker's address
space capped (`sandbox`), its answer cut at a number of bytes, and the worker killed once the
time is up (a pyoxigraph query cannot be interrupted from Python). 100 nested OPTIONALs took
`kg query` to all the memory there was; a cartesian product ran for as long as one waited.
As the endpoint's, the worker refuses a query that would fetch (SERVICE), decided on the parsed
query (`fetches`), and leaves the network where the kernel lets it (`sandbox`), unless its caller
allows it (`kg query --allow-service`, `kg.open(path, allow_service=True)`): a query pasted from
elsewhere, or a notebook's query built from a page's text, made the user's machine fetch any URL
it named, one inside their network as well (`kg query` always could, and so could the library).

In Python, a store's queries keep one worker from one query to the next (it starts in some
0.3 s; a query then costs a round trip), on the snapshot the store reads, so that they see
what its other methods see.
"""
from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

from kg.graph.nesting import check_depth
from kg.serve.fetches import might_fetch
from kg.serve.protocol import Reply, Settings
from kg.serve.workers import LATE, LOAD_CHECK, READ_AGAIN, STARTING, STARTUP_SECONDS, Job, Worker, Workers

#: What `kg query` accepts: a SELECT answer as TSV (N-Triples terms, read back losslessly), a
#: boolean as JSON (TSV holds none), a graph as N-Triples.
ACCEPT = "text/tab-separated-values, application/sparql-results+json;q=0.9, application/n-triples;q=0.8"


def bounded_query(store: Path, sparql: str, timeout: float, max_memory_mb: int, allow_service: bool = False) -> Reply | None:
    """The reply of one worker to `sparql`: 200 with the answer, else a status and one line.
    The answer may hold a quarter of the worker's memory (`X-KG-MaxBytes` says when it is cut).
    None when this user may not start the interpreter again (a process that changed user after
    it started, as the tests' `nobody`): the caller then runs the query itself, and says so."""
    check_depth(sparql)  # here, as the endpoint does, before a worker's parser could exhaust its stack
    settings = _settings(store, timeout, max_memory_mb, max_memory_mb * 1024 * 1024 // 4, allow_service)
    try:
        workers = Workers(settings)
    except OSError as error:
        if error.filename == sys.executable:
            return None
        raise
    try:
        reply = workers.run("query", sparql, ACCEPT)
    finally:
        workers.close()
    assert reply is not None  # None only when a client hangs up, and this one waits
    return reply


def _settings(store: Path, timeout: float, max_memory_mb: int, max_answer_bytes: int, allow_service: bool) -> Settings:
    """One worker's, for queries of kg's user: it fetches (SERVICE) only if `allow_service`, and
    loads the grammar of that check only for a query that needs it (`fetches.might_fetch`)."""
    return Settings(store, allow_service=allow_service, timeout=timeout, max_rows=2**62, workers=1,
                    max_answer_bytes=max_answer_bytes, max_memory_mb=max_memory_mb, worker_messages=False,
                    grammar_at_start=False)


class Queries:
    """The queries of one open store, each run by a worker (`workers.Worker`) on the snapshot
    the store reads: started at the first query, kept for the next, stopped (and started again
    at the next query) once one overruns, and at `close`. A store opened for writing has no
    snapshot: its worker reads one of its own, and takes another (`READ_AGAIN`) once the store
    wrote since (as a build's derivation reads what the build wrote); not whenever its files
    change, as they do while RocksDB compacts them, which changes nothing they hold."""

    def __init__(self, store: Path, snapshot: Path | None, timeout: float, max_memory_mb: int, max_answer_bytes: int,
                 allow_service: bool = False) -> None:
        self.settings = _settings(store, timeout, max_memory_mb, max_answer_bytes, allow_service)
        self.snapshot = snapshot
        self._worker: Worker | None = None
        self._checks = False  # whether the worker has loaded the grammar of its SERVICE check
        self._read = 0  # the count of writes when the worker took its snapshot
        self._lock = threading.Lock()

    def run(self, job: Job, writes: int = 0) -> Reply | str:
        """The worker's reply to `job` (a query: 200 with the answer in `ACCEPT`'s types, else a
        status and one line; or one of `results.STORE_READS`), or why there is none: `workers.LATE`
        (out of time) or `workers.LOST` (the worker died: out of memory, or crashed). OSError when
        no interpreter can be started. `writes`: the count of transactions the store has written
        (`Store.writes`), which the worker's snapshot must show."""
        if job[0] == "query":
            check_depth(job[1])  # before a worker's parser could exhaust its stack
        with self._lock:
            deadline = time.monotonic() + self.settings.timeout
            if self._worker is not None and self.behind(writes):
                self._read = writes
                again = self._worker.ask(READ_AGAIN, deadline)
                if not isinstance(again, Reply) or again.status != 200:
                    self._stop()
                    return LATE if again == STARTING else again
            if self._worker is None:
                self._read = writes
                self._worker = Worker(self.settings, self.snapshot)
            if job[0] == "query" and not self.settings.allow_service and not self._checks and might_fetch(*job[:2]):
                # Before the first query it checks: the load is not the query's time (a 2 s timeout
                # was spent on it and on the worker's start), kg's own reads (a build's) never wait for it.
                loaded = self._worker.ask(LOAD_CHECK, time.monotonic() + STARTUP_SECONDS)
                if not isinstance(loaded, Reply):
                    self._stop()
                    return LATE if loaded == STARTING else loaded
                self._checks, deadline = True, time.monotonic() + self.settings.timeout
            outcome = self._worker.ask(job, deadline)
            if not isinstance(outcome, Reply):
                self._stop()  # mid-query or dead: the next query starts another
            return LATE if outcome == STARTING else outcome

    def behind(self, writes: int) -> bool:
        """Whether the worker reads a snapshot taken before the store's last writes (the next job
        then takes another); False when no worker runs."""
        return self._worker is not None and writes != self._read

    def _stop(self, gracefully: bool = False) -> None:
        if self._worker is not None:
            self._worker.stop(gracefully)
            self._worker, self._checks = None, False

    def close(self) -> None:
        with self._lock:
            self._stop(gracefully=True)
