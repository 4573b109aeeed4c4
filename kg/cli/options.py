"""What every `kg` command shares: the `--store` option and the one-line error report.

A module of its own so that `kg.cli` and `kg.cli.graph` both import it, not each other.
"""
from __future__ import annotations

import functools
from pathlib import Path

import click

from kg.errors import KgError

DEFAULT_STORE = Path("output/store")

store_option = click.option("--store", "store", type=click.Path(path_type=Path), default=DEFAULT_STORE,
                            show_default=True, help="The store folder.")


def reports_errors(command):
    """Turn a `KgError` into a one-line message instead of a traceback."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except KgError as error:
            raise click.ClickException(str(error)) from None

    return wrapper
