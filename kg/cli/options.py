"""What every `kg` command shares: the `--store` option and the one-line error report.

A module of its own so that `kg.cli` and `kg.cli.graph` both import it, not each other.
"""
from __future__ import annotations

import contextlib
import functools
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import click

from kg.errors import KgError, printable
from kg.limits import MAX_MEMORY_MB

DEFAULT_STORE = Path("output/store")

store_option = click.option("--store", "store", type=click.Path(path_type=Path, readable=False), default=DEFAULT_STORE,
                            show_default=True, help="The store folder.")

#: The time bound of a command that reads the whole store, of one query (`kg query`, `kg ask`,
#: `kg merges`), and the address space a command that reads the store may take (`kg query`'s
#: worker, and each command `capped` runs), are `kg.limits`'.
#: The default time bound of `kg push` in all (`--max-time`; its `--timeout` bounds each request):
#: it reads the whole store and sends it over the network, a request per graph.
PUSH_SECONDS = 3600.0
#: The default bound of each request of a push (`kg push --timeout`, `kg build --endpoint`).
REQUEST_SECONDS = 60.0


def timeout_option(seconds: float, what: str, name: str = "--timeout"):
    return click.option(name, type=click.FloatRange(0.1, 86_400), default=seconds, show_default=True, metavar="S",
                        help=f"Stop {what} after S seconds.")


def max_memory_option(help: str):
    return click.option("--max-memory", "max_memory", type=click.IntRange(512), default=MAX_MEMORY_MB, show_default=True,
                        metavar="MB", help=help)


def capped(seconds: float, time_option: str = "--timeout"):
    """Run the command in a child process capped at `--max-memory` and stopped after `--timeout`
    (default `seconds`), each stop one line naming the store (see `kg.cli.capped`): for every
    command that reads the store, which a damaged table can make allocate without end. Goes
    above `reports_errors`, below the command's other options; the command takes `store`.
    `time_option` names the time bound where `--timeout` means something else (`kg push`'s, a
    bound per request)."""

    def decorate(command):
        name = time_option.removeprefix("--").replace("-", "_")

        @functools.wraps(command)
        def wrapper(*args, max_memory: int, **kwargs):
            from kg.cli.capped import run_capped

            limit = kwargs.pop(name)
            run_capped(lambda: command(*args, **kwargs), kwargs["store"], limit, max_memory, time_option)

        return timeout_option(seconds, "the command", time_option)(max_memory_option(
            "Stop the command once its process maps MB megabytes more than kg had when it started.")(wrapper))

    return decorate


def reports_errors(command):
    """Turn a `KgError` into a one-line message instead of a traceback; so too the error Oxigraph
    raises when a table of a damaged store fails its checksum in the middle of a query (the store
    opened, the damage is met only where a query reads)."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except KgError as error:
            raise click.ClickException(printable(str(error))) from None
        except RuntimeError as error:
            from kg.graph.store import one_line

            raise click.ClickException(f"the store cannot be read, it is damaged: {one_line(error)}") from None

    return wrapper


@contextlib.contextmanager
def standard_input(paths: tuple[Path, ...]) -> Iterator[list[Path]]:
    """The input paths, with `-` read from standard input into a temporary file: JSON Lines
    (`stdin.jsonl`) when every line holds a JSON object, else one article (`stdin.txt`).

    Read as bytes, at most `kg.ingest.MAX_BYTES` of them (`kg build - < /dev/zero` read until
    memory ran out), and stored as they came, so that the file is decoded (UTF-8, else
    Windows-1252 with a warning), checked and refused like any other: text decoding here
    raised a traceback on a byte that is not UTF-8."""
    from kg import ingest
    from kg.errors import InputError

    if Path("-") not in paths:
        yield list(paths)
        return
    raw = sys.stdin.buffer.read(ingest.MAX_BYTES + 1)
    if len(raw) > ingest.MAX_BYTES:
        raise InputError("standard input", f"too large (over {ingest.MAX_BYTES:,} bytes); nothing was built")
    lines = [line for line in raw.split(b"\n") if line.strip()]
    name = "stdin.jsonl" if lines and all(line.lstrip().startswith(b"{") for line in lines) else "stdin.txt"
    with tempfile.TemporaryDirectory(prefix="kg-stdin-") as folder:
        given = Path(folder) / name
        given.write_bytes(raw)
        yield [given if p == Path("-") else p for p in paths]
