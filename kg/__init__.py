"""kg: a knowledge graph of calls between political leaders, read from French news.

The library first, the command line on top. Build a store from articles, open it, and read it
as tables, SPARQL answers or a network:

    import kg

    report = kg.build(["articles/"], store="output/store")   # incremental, as `kg build`
    with kg.open("output/store") as g:
        g.calls()                       # a pandas DataFrame (a list of dicts without pandas)
        g.query("SELECT ?date ?label WHERE { ?c a kg:Call ; kg:date ?date ; kg:participant/rdfs:label ?label }")
        g.ask("calls-between", a="Poutine", b="Macron")
        g.network()                     # a networkx MultiGraph; .to_pyvis() draws it

The flow is ingest -> nlp -> graph -> outputs (see ARCHITECTURE.md). Importing `kg` loads
nothing heavy: each of these imports what it needs when it is called.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import EndpointError, InputError, KgError, QueryError, StoreError, ValidationError
from kg.limits import MAX_MEMORY_MB, QUERY_SECONDS

if TYPE_CHECKING:  # the store pulls in pyoxigraph and rdflib, the build spaCy: `import kg` alone stays light
    from kg.build import BuildReport
    from kg.outputs.library import KnowledgeGraph

__all__ = ["open", "build", "KnowledgeGraph", "BuildReport", "KgError", "InputError", "StoreError", "QueryError",
           "ValidationError", "EndpointError"]


def open(path: str | Path, *, write: bool = False, timeout: float = QUERY_SECONDS,  # noqa: A001 - kg.open, as in `with kg.open(p) as g`
         max_memory_mb: int = MAX_MEMORY_MB, max_answer_mb: float | None = None,
         allow_service: bool = False) -> KnowledgeGraph:
    """The kg store at `path`, for reading (or, with `write=True`, for writing; created if
    absent), as a `KnowledgeGraph`: `query`, `table`, `ask`, `calls`, `actors`, `claims`,
    `merges`, `network`. Use it in a `with` block, or call `close()`, to release the folder.

    Each `query` (and `table`) runs in a process of its own, stopped after `timeout` seconds
    (60) or at `max_memory_mb` megabytes (2048) with a `QueryError`; its answer may hold
    `max_answer_mb` (a quarter of the memory). A query using SERVICE (or an update LOAD) is a
    `QueryError` unless `allow_service`: kg fetches no URL a query names unless told to."""
    from kg.outputs.library import KnowledgeGraph

    return KnowledgeGraph(Path(path), write=write, timeout=timeout, max_memory_mb=max_memory_mb, max_answer_mb=max_answer_mb,
                          allow_service=allow_service)


def __getattr__(name: str) -> Any:
    """`kg.build` (the module, which is callable: `kg.build(paths, store=...)`), `kg.KnowledgeGraph`
    and `kg.BuildReport`, imported when first used."""
    if name == "build":
        import kg.build as module

        return module
    if name == "BuildReport":
        from kg.build import BuildReport

        return BuildReport
    if name == "KnowledgeGraph":
        from kg.outputs.library import KnowledgeGraph

        return KnowledgeGraph
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
