"""One query run the way the endpoint runs each: for `kg query`, which had no bound at all.

The query goes to one worker process of `workers` (the same code as the endpoint's), so it gets
the endpoint's bounds: the nesting depth checked before any parser runs, the worker's address
space capped (`sandbox`), its answer cut at a number of bytes, and the worker killed once the
time is up (a pyoxigraph query cannot be interrupted from Python). 100 nested OPTIONALs took
`kg query` to all the memory there was; a cartesian product ran for as long as one waited.
Unlike the endpoint's, the worker may fetch (SERVICE, LOAD): `kg query` always could, for the
user at the keyboard.
"""
from __future__ import annotations

import sys
from pathlib import Path

from kg.graph.nesting import check_depth
from kg.serve.protocol import Reply, Settings
from kg.serve.workers import Workers

#: What `kg query` accepts: a SELECT answer as TSV (N-Triples terms, read back losslessly), a
#: boolean as JSON (TSV holds none), a graph as N-Triples.
ACCEPT = "text/tab-separated-values, application/sparql-results+json;q=0.9, application/n-triples;q=0.8"


def bounded_query(store: Path, sparql: str, timeout: float, max_memory_mb: int) -> Reply | None:
    """The reply of one worker to `sparql`: 200 with the answer, else a status and one line.
    The answer may hold a quarter of the worker's memory (`X-KG-MaxBytes` says when it is cut).
    None when this user may not start the interpreter again (a process that changed user after
    it started, as the tests' `nobody`): the caller then runs the query itself, and says so."""
    check_depth(sparql)  # here, as the endpoint does, before a worker's parser could exhaust its stack
    settings = Settings(store, allow_service=True, timeout=timeout, max_rows=2**62, workers=1,
                        max_answer_bytes=max_memory_mb * 1024 * 1024 // 4, max_memory_mb=max_memory_mb,
                        worker_messages=False)
    try:
        workers = Workers(settings)
    except OSError as error:
        if error.filename == sys.executable:
            return None
        raise
    try:
        reply = workers.run("query", sparql, ACCEPT)
    finally:
        workers.close()
    assert reply is not None  # None only when a client hangs up, and this one waits
    return reply
