"""kg: a knowledge graph of calls between political leaders, read from French news.

The flow is ingest -> nlp -> graph -> outputs (see ARCHITECTURE.md). The one entry point
most callers need is a store:

    with kg.open("output/store") as store:
        rows = store.query("SELECT ...")
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the store pulls in pyoxigraph and rdflib: `import kg` alone stays light
    from kg.graph.store import Store


def open(path: str | Path, *, write: bool = False) -> Store:  # noqa: A001 - kg.open, as in `with kg.open(p) as store`
    """The kg store at `path`, for reading (or, with `write=True`, for writing; created if
    absent). Use it in a `with` block, which closes it and so releases the folder."""
    from kg.graph.store import Store

    return Store(Path(path), write=write)
