"""`kg build` processes that start warm, for tests that need a real build process of its own
(kill -9 trials in test_faults.py, a FIFO among the inputs, progress on a terminal).

Each build is a process forked from this test process's forkserver, which has loaded the model
once (conftest.warm_forkserver, tests/warm_model.py); it runs `kg build ARGS` exactly as the
command line does, its output to files (or to a terminal or a named pipe given by path), and
exits with the command's code. It is a process of its own, with its own handle on the store,
that a test can stop or kill with SIGKILL: what those tests need, without paying the
interpreter start and the model load (some 5 s of CPU) for each build.
"""
from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path


def run(args: list[str], stdout: str, stderr: str, cwd: str | None = None, user: int | None = None,
        stop_before_parsing: bool = False, guard: Callable[[], None] | None = None) -> None:
    """In the child: `kg ARGS` in folder `cwd`, its output to the files named, as user id `user`
    (its group the same number) if given; exits with its code. With `stop_before_parsing`, the
    child stops itself (SIGSTOP) when the build first asks for the model, its store open: where a
    cold build would spend seconds loading it. `guard` is called first (a limit the child sets on
    itself, as `preexec_fn` would for a process started anew)."""
    from kg.cli import main

    if guard is not None:
        guard()
    if cwd is not None:
        os.chdir(cwd)
    if stop_before_parsing:
        from kg.nlp import pipeline

        parse = pipeline.parse

        def stopped_first(*args, **kwargs):
            os.kill(os.getpid(), signal.SIGSTOP)
            return parse(*args, **kwargs)

        pipeline.parse = stopped_first  # type: ignore[assignment]
    for fd, name in ((1, stdout), (2, stderr)):
        os.dup2(os.open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644), fd)
    if user is not None:  # after the output files are open: they live where only this test's user may write
        # what `kg build` and `kg query` import, while the interpreter's own files can still be read
        # (they may lie where `user` cannot read them, as under /root)
        import tqdm  # noqa: F401

        import kg.build  # noqa: F401
        import kg.outputs.query  # noqa: F401
        os.setgroups([])
        os.setgid(user)
        os.setuid(user)
    try:
        main(args, prog_name="kg")
        code = 0
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else 1
    sys.stdout.flush()
    sys.stderr.flush()
    sys.exit(code)


def holds_lock(pid: int, store: Path) -> bool:
    """Whether process `pid` holds Oxigraph's lock on `store`."""
    from kg.graph.store import locked_by

    return bool(locked_by(store / "oxigraph", pid))


class WarmBuilds:
    """`kg build` processes forked from the forkserver that has loaded the model."""

    def __init__(self, folder: Path) -> None:
        import multiprocessing

        self.folder, self.started = folder, 0
        self.context = multiprocessing.get_context("forkserver")

    def start(self, corpus: Path, store: Path, *options: str, stderr: str | None = None,
              stop_before_parsing: bool = False, guard: Callable[[], None] | None = None) -> WarmBuild:
        """`kg build CORPUS --store STORE OPTIONS` (more paths among OPTIONS too); stderr to the
        file, terminal or FIFO `stderr` names (a file of its own by default); see `run` for
        `stop_before_parsing` (`WarmBuild.wait_stopped`, then SIGCONT) and `guard` (a function
        the forkserver can import)."""
        self.started += 1
        out, err = self.folder / f"build-{self.started}.out", Path(stderr or self.folder / f"build-{self.started}.err")
        args = ["build", str(corpus), "--store", str(store), *options]
        process = self.context.Process(target=run, args=(args, str(out), str(err), None, None, stop_before_parsing, guard),
                                       daemon=True)
        process.start()
        return WarmBuild(process, out, err)

    def command(self, *args: str, cwd: Path, user: int | None = None) -> WarmBuild:
        """Any `kg ARGS`, run in folder `cwd` (the forkserver's is the repository's, where a test
        writes nothing), as user id `user` if given (the forkserver runs as this test's user); its
        output to files of its own."""
        self.started += 1
        out, err = self.folder / f"kg-{self.started}.out", self.folder / f"kg-{self.started}.err"
        process = self.context.Process(target=run, args=(list(args), str(out), str(err), str(cwd), user), daemon=True)
        process.start()
        return WarmBuild(process, out, err)


class WarmBuild:
    """One forked build, watched and killed as a `subprocess.Popen` would be."""

    def __init__(self, process, out: Path, err: Path) -> None:
        self.process, self.pid, self.out, self.err = process, process.pid, out, err

    @property
    def returncode(self) -> int | None:
        """The exit code, negative for a signal (as subprocess reports it); None while it runs."""
        return self.process.exitcode

    def poll(self, timeout: float = 0) -> int | None:
        if timeout and self.process.exitcode is None:
            self.process.join(timeout)
        return self.process.exitcode

    def wait_stopped(self, timeout: float) -> None:
        """Return once the process is stopped (SIGSTOP); fails if it ends or `timeout` passes first."""
        import time

        deadline = time.monotonic() + timeout
        while True:
            try:
                with open(f"/proc/{self.pid}/stat", encoding="ascii") as stat:
                    state = stat.read().rsplit(")", 1)[1].split()[0]
            except FileNotFoundError:  # ended, and reaped by the forkserver
                state = "gone"
            if state == "T":
                return
            assert state != "gone" and self.poll() is None and time.monotonic() < deadline, f"process {self.pid} never stopped"
            time.sleep(0.005)

    def kill(self) -> None:
        if self.poll() is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:  # it has just ended, and the forkserver has reaped it
                pass

    def communicate(self, timeout: float) -> tuple[str, str]:
        assert self.poll(timeout) is not None, f"build {self.pid} still running after {timeout:g} s"
        return tuple(f.read_text(encoding="utf-8") if f.is_file() else "" for f in (self.out, self.err))  # type: ignore[return-value]
