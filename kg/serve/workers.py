"""The processes that run queries: each opens the store itself, so that one which overruns
the timeout, or whose client hangs up meanwhile, can be killed (a pyoxigraph query cannot be
interrupted from Python) and replaced while the others keep answering.

Read-only, they all read one snapshot of the store, which the server takes and keeps (a
*generation*): a worker started to replace another reads the same one, so answers never
alternate between an old and a new build. A watcher looks at the store's files every
`WATCH_SECONDS`; once a build has changed them and they have settled, it takes a new
snapshot, starts a full set of workers on it and switches every new request to them at once.
Workers of the old generation finish the query they run and stop. Every answer says which
snapshot it comes from in `X-KG-Snapshot` (the UTC time it was taken). With `allow_update`
there is one worker, holding the store itself open for writing, and no snapshot.
"""
from __future__ import annotations

import dataclasses
import os
import queue
import threading
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path

from kg.errors import KgError, StoreError
from kg.graph.store import Store, state
from kg.serve.protocol import DAMAGED, Reply, Settings, text

#: Seconds the workers may take to open the store when the server starts.
STARTUP_SECONDS = 30.0
#: Seconds between two looks at the store's files for a new build.
WATCH_SECONDS = 1.0
#: Seconds between two looks, while a query runs, at whether its client hung up.
HANG_UP_SECONDS = 0.2

#: Why a worker gave no reply (`Worker.ask`): still starting at the deadline (it may be handed
#: out again), the client gone, the deadline passed, the process dead (out of memory, crashed).
STARTING, GONE, LATE, LOST = "starting", "gone", "late", "lost"
#: A job: ("query" or "update", the text, the Accept header, the values bound to variables),
#: one of `results.STORE_READS` (for the library: a dump, the graphs, the count), or `READ_AGAIN`.
Job = tuple[str, str, str | None, Mapping[str, object] | None]
#: The job that makes a worker which took its own snapshot take a new one (`kg.serve.bounded`:
#: the store it reads for a writer changed), rather than a new worker be started (some 0.4 s).
READ_AGAIN: Job = ("read again", "", None, None)
#: The job that makes a worker load the grammar of its SERVICE check (`fetches`) before the first
#: query of kg's user it must check, so that this load (0.5 s) does not count in the query's time.
LOAD_CHECK: Job = ("load check", "", None, None)


def work() -> None:
    """A worker process (`python -c`, argv: the settings as JSON, fd): limit itself (see
    `sandbox`), open the store (or the snapshot it is given) once, say so (None) or why not,
    then answer jobs arriving on the socket until told to stop; `READ_AGAIN` opens the store
    again, on a new snapshot, or ends the worker after saying why it could not."""
    import json
    import sys
    from multiprocessing.connection import Connection

    from kg.serve import sandbox
    from kg.serve.fetches import load_grammar
    from kg.serve.results import Limits, answer

    config, fd = json.loads(sys.argv[1]), sys.argv[2]
    conn = Connection(int(fd))
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    if not config["allow_service"]:
        sandbox.leave_network()
    sandbox.limit_memory(config["max_memory_mb"])
    limits = Limits(config["max_rows"], config["max_answer_bytes"], config["allow_service"])
    try:
        snapshot = Path(config["snapshot"]) if config["snapshot"] else None
        store = Store(Path(config["store"]), write=config["write"], snapshot=snapshot)
    except (KgError, OSError) as error:
        conn.send(str(error))
        return
    if not config["allow_service"] and config["grammar_at_start"]:
        load_grammar()  # now, not during the first request that needs it
    conn.send(None)
    try:
        while (job := conn.recv()) is not None:
            if job == READ_AGAIN:
                store.close()  # its snapshot removed
                try:
                    store = Store(store.path)
                except (KgError, OSError) as error:
                    conn.send(dataclasses.replace(text(500, str(error)), headers=((DAMAGED, "store"),)))
                    return
                conn.send(Reply(200, b""))
                continue
            if job == LOAD_CHECK:
                load_grammar()
                conn.send(Reply(200, b""))
                continue
            kind, sparql, accept, substitutions = job
            conn.send(answer(store, kind, sparql, accept, limits, substitutions))
    except (EOFError, KeyboardInterrupt):
        pass
    finally:
        store.close()


def _exit_with_parent(parent: int) -> None:
    """End the worker once the server is gone, even mid-query (pyoxigraph lets this thread run)."""
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(0)


class Worker:
    """One worker process and the socket to it.

    Started as a plain `python -c` child rather than through multiprocessing, which would
    import the caller's main module again in the child (and fail in unguarded scripts).
    """

    def __init__(self, settings: Settings, snapshot: Path | None) -> None:
        import json
        import socket
        import subprocess
        import sys
        from multiprocessing.connection import Connection

        ours, theirs = socket.socketpair()
        # Two malloc arenas, not one per thread: each reserves 128 MB of address space, which
        # counts against the worker's RLIMIT_AS (a worker reserves 630 MB at start without this, 290 MB with).
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p), "MALLOC_ARENA_MAX": "2"}
        config = json.dumps({"store": str(settings.store), "write": settings.allow_update,
                             "snapshot": str(snapshot) if snapshot else None,
                             "allow_service": settings.allow_service, "max_rows": settings.max_rows,
                             "max_answer_bytes": settings.max_answer_bytes, "max_memory_mb": settings.max_memory_mb,
                             "grammar_at_start": settings.grammar_at_start})
        self.process = subprocess.Popen(
            [sys.executable, "-c", "from kg.serve.workers import work; work()", config, str(theirs.fileno())],
            pass_fds=(theirs.fileno(),), env=env, stdin=subprocess.DEVNULL,
            stderr=None if settings.worker_messages else subprocess.DEVNULL)
        theirs.close()
        self.conn = Connection(ours.detach())
        self.ready = False

    def wait_ready(self, seconds: float) -> bool:
        """True once the worker has opened the store; StoreError if it could not."""
        if not self.ready:
            if not self.conn.poll(max(0.0, seconds)):
                return False
            try:
                problem = self.conn.recv()
            except (EOFError, OSError):  # a reset too: a worker started to replace another, killed as `kg query` ends
                problem = f"a query worker exited at start (code {self.process.wait(5)})"
            if problem is not None:
                self.stop()
                raise StoreError(problem)
            self.ready = True
        return True

    def ask(self, job: Job, deadline: float, gone: Callable[[], bool] = lambda: False) -> Reply | str:
        """The reply to `job`, or why there is none (`STARTING`, `GONE`, `LATE`, `LOST`): after
        any but `STARTING` the worker may be mid-query or dead, and must be stopped."""
        try:
            if not self.wait_ready(deadline - time.monotonic()):
                return STARTING
            self.conn.send(job)
            while (left := deadline - time.monotonic()) > 0:
                if self.conn.poll(min(left, HANG_UP_SECONDS)):
                    return self.conn.recv()
                if gone():
                    return GONE
        except (EOFError, OSError, StoreError):
            return LOST
        return LATE

    def stop(self, gracefully: bool = False) -> None:
        """End the process: asked to (so a writable store closes cleanly), else killed."""
        import subprocess

        if gracefully:
            try:
                self.conn.send(None)
                self.process.wait(2)
            except (OSError, subprocess.TimeoutExpired):
                pass
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(5)
        self.conn.close()


class _Generation:
    """One snapshot of the store and the workers that read it."""

    def __init__(self, settings: Settings) -> None:
        self.state = state(settings.store)
        # The server's own handle keeps the snapshot folder until the generation is retired.
        self.holder = None if settings.allow_update else Store(settings.store)
        self.taken = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        self.idle: queue.Queue[Worker] = queue.Queue()
        self.live: set[Worker] = set()
        self.settings = settings
        self.lock = threading.Lock()
        try:
            for worker in [self.start() for _ in range(1 if settings.allow_update else settings.workers)]:
                if not worker.wait_ready(STARTUP_SECONDS):
                    raise StoreError(f"the query workers did not open {settings.store} within {STARTUP_SECONDS:g} s")
                self.idle.put(worker)
        except BaseException:
            self.close()
            raise

    def start(self) -> Worker:
        worker = Worker(self.settings, None if self.holder is None else self.holder.snapshot)
        with self.lock:
            self.live.add(worker)
        return worker

    def retire(self, worker: Worker) -> None:
        """Stop a worker for good (killed: it may be mid-query)."""
        worker.stop()
        with self.lock:
            self.live.discard(worker)

    def close(self) -> None:
        with self.lock:
            live, self.live = self.live, set()
        for worker in live:
            worker.stop(gracefully=True)
        if self.holder is not None:
            self.holder.close()


class Workers:
    """Processes that run queries on one generation of the store; see the module doc."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.count = 1 if settings.allow_update else settings.workers
        self.current = _Generation(settings)
        self._old: list[_Generation] = []
        self._closed = threading.Event()
        if not settings.allow_update:
            threading.Thread(target=self._watch, daemon=True).start()

    @property
    def snapshot(self) -> str | None:
        """When the snapshot answered from was taken (None for a writable store)."""
        return None if self.current.holder is None else self.current.taken

    def _watch(self) -> None:
        """Switch to a new generation once the store's files changed and then held still."""
        seen = self.current.state
        while not self._closed.wait(WATCH_SECONDS):
            now = state(self.settings.store)
            if now == self.current.state or not now:
                seen = now
                continue
            if now != seen:  # still changing: a build is writing
                seen = now
                continue
            try:
                fresh = _Generation(self.settings)
            except KgError:
                continue  # the build moved files while the snapshot was taken: next time
            old, self.current = self.current, fresh
            self._drain(old)

    def _drain(self, old: _Generation) -> None:
        """Stop the idle workers of a retired generation; busy ones stop when they answer."""
        while True:
            try:
                old.retire(old.idle.get_nowait())
            except queue.Empty:
                break
        with old.lock:
            done = not old.live
        if done:
            old.close()
        else:
            self._old.append(old)

    def _give_back(self, generation: _Generation, worker: Worker) -> None:
        if generation is self.current:
            generation.idle.put(worker)
            return
        generation.retire(worker)
        with generation.lock:
            done = not generation.live
        if done and generation in self._old:
            self._old.remove(generation)
            generation.close()

    def _replace(self, generation: _Generation, worker: Worker) -> None:
        """Kill a worker and start another, handed out only once it is ready: a request given a
        worker still starting would wait for it (a second or more) while others sit idle."""
        generation.retire(worker)
        if generation is self.current:
            threading.Thread(target=self._when_ready, args=(generation, generation.start()), daemon=True).start()

    def _when_ready(self, generation: _Generation, worker: Worker) -> None:
        try:
            ready = worker.wait_ready(STARTUP_SECONDS)
        except StoreError:
            ready = False
        if ready:
            self._give_back(generation, worker)
        else:
            generation.retire(worker)

    def run(self, kind: str, sparql: str, accept: str | None, gone: Callable[[], bool] = lambda: False) -> Reply | None:
        """The answer to one request, or 503 once `timeout` seconds have gone (waiting included);
        None if `gone()` says the client hung up meanwhile, its query then stopped at once (its
        worker killed and replaced) rather than run to the timeout for nobody."""
        timeout = self.settings.timeout
        deadline = time.monotonic() + timeout
        taken = self._take(deadline)
        if taken is None:
            return text(503, f"all {self.count} query workers stayed busy for {timeout:g} s; try again later")
        generation, worker = taken
        reply = self._ask(generation, worker, (kind, sparql, accept, None), deadline, gone)
        if reply is None or generation.holder is None:
            return reply
        return dataclasses.replace(reply, headers=(*reply.headers, ("X-KG-Snapshot", generation.taken)))

    def _take(self, deadline: float) -> tuple[_Generation, Worker] | None:
        """An idle worker of the current generation, waiting until `deadline`; a request that waits
        while the generation changes takes a worker of the new one."""
        while (left := deadline - time.monotonic()) > 0:
            generation = self.current
            try:
                return generation, generation.idle.get(timeout=min(left, 0.2))
            except queue.Empty:
                continue
        return None

    def _ask(self, generation: _Generation, worker: Worker, job: Job, deadline: float,
             gone: Callable[[], bool]) -> Reply | None:
        outcome = worker.ask(job, deadline, gone)
        if isinstance(outcome, Reply) or outcome == STARTING:
            self._give_back(generation, worker)
            return outcome if isinstance(outcome, Reply) else text(503, "the query worker is still starting; try again")
        self._replace(generation, worker)
        if outcome == GONE:
            return None
        if outcome == LOST:
            return text(503, f"query stopped: it took more than the {self.settings.max_memory_mb} MB a query process "
                             "may use, or crashed the process (--max-memory raises the limit)")
        return text(503, f"query stopped: it ran longer than the {self.settings.timeout:g} s timeout (--timeout raises it)")

    def close(self) -> None:
        self._closed.set()
        for generation in [*self._old, self.current]:
            generation.close()
