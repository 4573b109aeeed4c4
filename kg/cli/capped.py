"""A command that reads the store, run in a child process capped in memory and time.

A table damaged at its own size (4 KB zeroed in one of them: the seal lets it through, and
RocksDB's checksum is met only where a query reads) can make Oxigraph gather the same read
error again and again without end: `kg export` reached 1.4 GB in 30 s, a count 23 GB until the
kernel killed it. A pyoxigraph call cannot be interrupted from Python, and its allocations are
not Python's, so the bound has to be a process: the command is forked once its arguments are
read and before it opens the store; the child caps its own address space (`RLIMIT_AS`, as
`kg serve`'s workers do; `--max-memory` megabytes beyond what the fork gave it) and runs the
command; the parent relays what the child writes, kills
it once the time is up, and turns a child stopped by the cap (Rust's allocator aborts, Python
raises `MemoryError`) or by the clock into one line naming the store. A child that ends by
itself ends the command with its code, its output unchanged.

The child writes to pipes that the parent copies to its own `sys.stdout` and `sys.stderr`,
not to file descriptors 1 and 2, so the command behaves the same under click's `CliRunner`.
The child's descriptor 2 goes to /dev/null: what Rust prints when it aborts ("memory
allocation of N bytes failed" and a backtrace) would be lines besides the one.
"""
from __future__ import annotations

import io
import os
import select
import signal
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

import click

from kg.limits import mapped_megabytes

#: The exit code of a child whose Python allocation failed (`MemoryError`); kg's own are 0, 1, 2.
OUT_OF_MEMORY = 125


def run_capped(command: Callable[[], object], store: Path, seconds: float, megabytes: int,
               time_option: str = "--timeout") -> None:
    """Run `command` in a child capped at `megabytes` of address space and `seconds` (the option
    `time_option` gives them); return once it succeeded, raise `click.exceptions.Exit` with its
    code once it failed (its message already written), or `click.ClickException` (one line) once
    it was stopped."""
    sys.stdout.flush()
    sys.stderr.flush()
    out_read, out_write = os.pipe()
    err_read, err_write = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child ends in os._exit, where coverage does not follow
        os.close(out_read)
        os.close(err_read)
        _child(command, out_write, err_write, megabytes)
    os.close(out_write)
    os.close(err_write)
    deadline = time.monotonic() + seconds
    status = None
    try:
        _relay({out_read: sys.stdout, err_read: sys.stderr}, deadline)
        status = _wait(pid, deadline)
    finally:
        os.close(out_read)
        os.close(err_read)
        if status is None:  # out of time, or interrupted (Ctrl-C)
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
    if status is None:
        raise click.ClickException(f"store {store}: stopped after {seconds:g} s, the {time_option} (a table of a damaged "
                                   f"store can make a read run for ever; {time_option} raises the limit)")
    code = os.waitstatus_to_exitcode(status)
    if code in (OUT_OF_MEMORY, -signal.SIGABRT, -signal.SIGKILL):
        raise click.ClickException(f"store {store}: stopped on reaching {megabytes} MB, the --max-memory (a table of a "
                                   "damaged store can make a read take all memory; --max-memory raises the limit)")
    if code < 0:
        raise click.ClickException(f"store {store}: the process reading it crashed ({signal.Signals(-code).name})")
    if code != 0:
        raise click.exceptions.Exit(code)


def _child(command: Callable[[], object], out_fd: int, err_fd: int, megabytes: int) -> None:
    """In the child: write to the pipes, cap the memory, run the command, exit with its code
    (never return: the parent's code after the fork is not the child's to run)."""
    from kg.serve import sandbox

    code = 1
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), 2)
        sys.stdout = _text(out_fd, sys.stdout)
        sys.stderr = _text(err_fd, sys.stderr)
        sandbox.few_arenas()
        sandbox.limit_memory(mapped_megabytes() + megabytes)
        code = _exit_code(command)
        sys.stdout.flush()
        sys.stderr.flush()
    except MemoryError:
        code = OUT_OF_MEMORY
    finally:
        os._exit(code)


def _exit_code(command: Callable[[], object]) -> int:
    """Run the command as click's `main` would, its message written: the code it exits with."""
    try:
        command()
    except click.exceptions.Exit as done:
        return done.exit_code
    except click.ClickException as error:
        if isinstance(error, click.UsageError) and error.ctx is None:  # as click's own invoke does, for the usage lines
            error.ctx = click.get_current_context(silent=True)
        error.show()
        return error.exit_code
    except SystemExit as done:
        return done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
    except MemoryError:
        return OUT_OF_MEMORY
    except Exception:  # noqa: BLE001 - a bug: its traceback, as the command run in the parent would print it
        traceback.print_exc()
        return 1
    return 0


def _text(fd: int, like: TextIO) -> TextIO:
    """A text stream on `fd` that encodes as the stream it replaces does."""
    return io.TextIOWrapper(io.FileIO(fd, "w"), encoding=getattr(like, "encoding", None) or "utf-8",
                            errors=getattr(like, "errors", None) or "strict", write_through=True)


def _relay(pipes: dict[int, TextIO], deadline: float) -> None:
    """Copy the child's output to ours until it closes its pipes, or until `deadline`."""
    open_pipes = dict(pipes)
    while open_pipes and (left := deadline - time.monotonic()) > 0:
        ready, _, _ = select.select(list(open_pipes), [], [], left)
        for fd in ready:
            chunk = os.read(fd, 1 << 16)
            if not chunk:
                del open_pipes[fd]
                continue
            stream = open_pipes[fd]
            stream.flush()
            if hasattr(stream, "buffer"):
                stream.buffer.write(chunk)
                stream.buffer.flush()
            else:
                stream.write(chunk.decode(getattr(stream, "encoding", None) or "utf-8", "replace"))


def _wait(pid: int, deadline: float) -> int | None:
    """The child's wait status once it has ended, None if `deadline` came first."""
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return status
        if time.monotonic() >= deadline:
            return None
        time.sleep(0.01)
