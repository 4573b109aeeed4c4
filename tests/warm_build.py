"""`kg build` processes that start warm, for the kill -9 trials in test_faults.py.

`python -m tests.warm_build` loads the model once, then for each job read on stdin (JSON:
corpus, store, stdout and stderr file names) forks a child that runs `kg build CORPUS --store
STORE` exactly as the command line does, and says `started PID`, then `exited PID CODE` (CODE
negative for a signal, as subprocess reports it). Each child is a process of its own, with
its own handle on the store, that the test kills with SIGKILL: what a trial needs, without
paying the interpreter start and the model load (some 5 s) twenty times over.
"""
from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def run(job: dict) -> int:
    """In the child: `kg build`, its output to the job's files; the exit code."""
    from kg.cli import main

    for fd, name in ((1, job["stdout"]), (2, job["stderr"])):
        os.dup2(os.open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644), fd)
    try:
        main(["build", job["corpus"], "--store", job["store"]], prog_name="kg")
        code = 0
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else 1
    sys.stdout.flush()
    sys.stderr.flush()
    return code


def serve() -> None:
    from kg.nlp.pipeline import pipeline

    pipeline()
    print("ready", flush=True)
    for line in sys.stdin:
        job = json.loads(line)
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                code = run(job)
            finally:
                os._exit(code)  # never back into this loop, whatever happened
        print(f"started {pid}", flush=True)
        _, status = os.waitpid(pid, 0)
        print(f"exited {pid} {os.waitstatus_to_exitcode(status)}", flush=True)


# ---------------------------------------------------------------------- the test's side
class WarmBuilds:
    """`kg build` processes forked from one that has loaded the model (see tests/warm_build.py)."""

    def __init__(self, folder: Path) -> None:
        self.folder, self.started, self._pending = folder, 0, b""
        self.driver = subprocess.Popen([sys.executable, "-m", "tests.warm_build"], cwd=REPO,
                                       stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        assert self.line(120) == "ready", "the warm build driver did not start"

    def line(self, timeout: float) -> str | None:
        """The driver's next line, or None if it says nothing within `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while b"\n" not in self._pending:
            if not select.select([self.driver.stdout], [], [], max(0.0, deadline - time.monotonic()))[0]:
                return None
            chunk = os.read(self.driver.stdout.fileno(), 4096)
            assert chunk, f"the warm build driver exited ({self.driver.wait()})"
            self._pending += chunk
        line, self._pending = self._pending.split(b"\n", 1)
        return line.decode()

    def start(self, corpus: Path, store: Path) -> WarmBuild:
        self.started += 1
        out, err = self.folder / f"build-{self.started}.out", self.folder / f"build-{self.started}.err"
        job = {"corpus": str(corpus), "store": str(store), "stdout": str(out), "stderr": str(err)}
        self.driver.stdin.write((json.dumps(job) + "\n").encode())
        self.driver.stdin.flush()
        said, pid = (self.line(30) or "nothing").split()
        assert said == "started", said
        return WarmBuild(self, int(pid), out, err)

    def close(self) -> None:
        self.driver.stdin.close()
        self.driver.wait(30)


class WarmBuild:
    """One forked build, watched and killed as a `subprocess.Popen` would be."""

    def __init__(self, builds: WarmBuilds, pid: int, out: Path, err: Path) -> None:
        self.builds, self.pid, self.out, self.err = builds, pid, out, err
        self.returncode: int | None = None

    def poll(self, timeout: float = 0) -> int | None:
        if self.returncode is None and (line := self.builds.line(timeout)) is not None:
            said, pid, code = line.split()
            assert (said, int(pid)) == ("exited", self.pid), line
            self.returncode = int(code)
        return self.returncode

    def kill(self) -> None:
        if self.poll() is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:  # it has just ended, and the driver has reaped it
                pass

    def communicate(self, timeout: float) -> tuple[str, str]:
        assert self.poll(timeout) is not None, f"build {self.pid} still running after {timeout:g} s"
        return tuple(f.read_text(encoding="utf-8") if f.exists() else "" for f in (self.out, self.err))  # type: ignore[return-value]


if __name__ == "__main__":
    serve()
