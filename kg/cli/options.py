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

from kg.errors import KgError

DEFAULT_STORE = Path("output/store")

store_option = click.option("--store", "store", type=click.Path(path_type=Path), default=DEFAULT_STORE,
                            show_default=True, help="The store folder.")


def reports_errors(command):
    """Turn a `KgError` into a one-line message instead of a traceback; so too the error Oxigraph
    raises when a table of a damaged store fails its checksum in the middle of a query (the store
    opened, the damage is met only where a query reads)."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except KgError as error:
            raise click.ClickException(str(error)) from None
        except RuntimeError as error:
            from kg.graph.store import one_line

            raise click.ClickException(f"the store cannot be read, it is damaged: {one_line(error)}") from None

    return wrapper


@contextlib.contextmanager
def standard_input(paths: tuple[Path, ...]) -> Iterator[list[Path]]:
    """The input paths, with `-` read from standard input into a temporary file: JSON Lines
    (`stdin.jsonl`) when every line holds a JSON object, else one article (`stdin.txt`)."""
    if Path("-") not in paths:
        yield list(paths)
        return
    text = sys.stdin.read()
    lines = [line for line in text.splitlines() if line.strip()]
    name = "stdin.jsonl" if lines and all(line.lstrip().startswith("{") for line in lines) else "stdin.txt"
    with tempfile.TemporaryDirectory(prefix="kg-stdin-") as folder:
        given = Path(folder) / name
        given.write_text(text, encoding="utf-8")
        yield [given if p == Path("-") else p for p in paths]
