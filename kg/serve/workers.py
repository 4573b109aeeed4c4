"""The processes that run queries: each opens the store itself, so that one which overruns
the timeout can be killed (a pyoxigraph query cannot be interrupted from Python) and
replaced while the others keep answering."""
from __future__ import annotations

import os
import queue
import threading
import time

from kg.errors import KgError, StoreError
from kg.serve.protocol import Reply, Settings, text

#: Seconds the workers may take to open the store when the server starts.
STARTUP_SECONDS = 30.0


def work() -> None:
    """A worker process (`python -c`, argv: the settings as JSON, fd): limit itself (see
    `sandbox`), open the store once, say so (None) or why not, then answer jobs arriving on
    the socket until told to stop."""
    import json
    import sys
    from multiprocessing.connection import Connection

    import kg
    from kg.serve import sandbox
    from kg.serve.results import Limits, answer

    config, fd = json.loads(sys.argv[1]), sys.argv[2]
    conn = Connection(int(fd))
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    if not config["allow_service"]:
        sandbox.leave_network()
    sandbox.limit_memory(config["max_memory_mb"])
    limits = Limits(config["max_rows"], config["max_answer_bytes"], config["allow_service"])
    try:
        store = kg.open(config["store"], write=config["write"])
    except KgError as error:
        conn.send(str(error))
        return
    conn.send(None)
    with store:
        try:
            while (job := conn.recv()) is not None:
                kind, sparql, accept = job
                conn.send(answer(store, kind, sparql, accept, limits))
        except (EOFError, KeyboardInterrupt):
            pass


def _exit_with_parent(parent: int) -> None:
    """End the worker once the server is gone, even mid-query (pyoxigraph lets this thread run)."""
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(0)


class _Worker:
    """One worker process and the socket to it.

    Started as a plain `python -c` child rather than through multiprocessing, which would
    import the caller's main module again in the child (and fail in unguarded scripts).
    """

    def __init__(self, settings: Settings) -> None:
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
                             "allow_service": settings.allow_service, "max_rows": settings.max_rows,
                             "max_answer_bytes": settings.max_answer_bytes, "max_memory_mb": settings.max_memory_mb})
        self.process = subprocess.Popen(
            [sys.executable, "-c", "from kg.serve.workers import work; work()", config, str(theirs.fileno())],
            pass_fds=(theirs.fileno(),), env=env, stdin=subprocess.DEVNULL)
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
            except EOFError:
                problem = f"a query worker exited at start (code {self.process.wait(5)})"
            if problem is not None:
                self.stop()
                raise StoreError(problem)
            self.ready = True
        return True

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


class Workers:
    """Processes that run queries, each with its own handle on the store; see the module doc."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._live: set[_Worker] = set()
        self._lock = threading.Lock()
        self.count = 1 if settings.allow_update else settings.workers
        try:
            for worker in [self._start() for _ in range(self.count)]:
                if not worker.wait_ready(STARTUP_SECONDS):
                    raise StoreError(f"the query workers did not open {settings.store} within {STARTUP_SECONDS:g} s")
                self._idle.put(worker)
        except BaseException:
            self.close()
            raise

    def _start(self) -> _Worker:
        worker = _Worker(self.settings)
        with self._lock:
            self._live.add(worker)
        return worker

    def _replace(self, worker: _Worker) -> None:
        worker.stop()
        with self._lock:
            self._live.discard(worker)
        self._idle.put(self._start())

    def run(self, kind: str, sparql: str, accept: str | None) -> Reply:
        """The answer to one request, or 503 once `timeout` seconds have gone (waiting included)."""
        timeout = self.settings.timeout
        deadline = time.monotonic() + timeout
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            return text(503, f"all {self.count} query workers stayed busy for {timeout:g} s; try again later")
        try:
            if not worker.wait_ready(deadline - time.monotonic()):
                self._idle.put(worker)
                return text(503, "the query worker is still starting; try again")
            worker.conn.send((kind, sparql, accept))
            if worker.conn.poll(max(0.0, deadline - time.monotonic())):
                reply = worker.conn.recv()
                self._idle.put(worker)
                return reply
        except (EOFError, OSError, StoreError):
            self._replace(worker)
            return text(503, f"query stopped: it took more than the {self.settings.max_memory_mb} MB a query process "
                             "may use, or crashed the process (kg serve --max-memory raises the limit)")
        self._replace(worker)
        return text(503, f"query stopped: it ran longer than the {timeout:g} s timeout")

    def close(self) -> None:
        with self._lock:
            live, self._live = self._live, set()
        for worker in live:
            worker.stop(gracefully=True)
