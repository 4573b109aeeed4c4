"""`kg query`: SPARQL 1.1 over the store, answers as a table, CSV or JSON.

The ontology's prefixes are predeclared (see `kg.namespace.PREFIXES`); the default graph is
the union of every document's graph, and `GRAPH ?g` still reaches each one.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pyoxigraph as ox

import kg
from kg.errors import InputError, KgError
from kg.ingest import read_bounded
from kg.limits import MAX_QUERY_BYTES
from kg.outputs.tables import cell, table
from kg.serve.fetches import refuse_fetches

FORMATS = ("table", "csv", "json")


def run(store_path: Path, sparql: str, format: str = "table", allow_service: bool = False) -> str:
    if format not in FORMATS:
        raise KgError(f"unknown format {format!r}; known: {', '.join(FORMATS)}")
    if not allow_service:
        refuse_fetches("query", sparql)
    with kg.open(store_path) as store:
        result = store.query_in_process(sparql)  # the fallback of `kg query` when no worker can start: said to be unbounded
        return render(result, format)


def read_query(source: Path) -> str:
    """The text of the query in the file `source`, or on standard input for `-`, read as kg reads
    its input: a regular file only (a FIFO named `q.rq` is refused, not waited on), at most
    `MAX_QUERY_BYTES`, UTF-8 with or without a byte order mark (as Windows' Notepad saves it:
    its query was a syntax error). A byte that is not UTF-8 was a `UnicodeDecodeError`
    traceback from a file; each is one `InputError` line."""
    if str(source) == "-":
        where, raw = "standard input", sys.stdin.buffer.read(MAX_QUERY_BYTES + 1)
        if len(raw) > MAX_QUERY_BYTES:
            raise InputError(where, f"file too large (over {MAX_QUERY_BYTES // 1_000_000} MB; a query is at most that)")
    else:
        where, raw = str(source), read_bounded(source, MAX_QUERY_BYTES)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(where, f"not UTF-8 text ({error.reason} at byte {error.start:,})") from None


def read_answer(body: bytes, content_type: str, format: str) -> str:
    """An answer a query worker serialised (`kg.serve.bounded.ACCEPT`: SPARQL TSV, a JSON
    boolean or N-Triples), rendered as `run` renders a result."""
    media = content_type.split(";")[0].strip()
    if media == "application/n-triples":
        triples = list(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))
        return (ox.serialize(triples, format=ox.RdfFormat.TURTLE) or b"").decode("utf-8")
    results = ox.QueryResultsFormat.TSV if media == "text/tab-separated-values" else ox.QueryResultsFormat.JSON
    return render(ox.parse_query_results(body, format=results), format)


def render(result, format: str) -> str:
    if isinstance(result, ox.QueryBoolean):
        return "true" if bool(result) else "false"
    if isinstance(result, ox.QueryTriples):
        return (result.serialize(format=ox.RdfFormat.TURTLE) or b"").decode("utf-8")
    if format == "csv":
        return result.serialize(format=ox.QueryResultsFormat.CSV).decode("utf-8")
    if format == "json":
        return result.serialize(format=ox.QueryResultsFormat.JSON).decode("utf-8")
    names = [v.value for v in result.variables]
    rows = [[cell(row[n]) for n in names] for row in result]
    return table(names, rows)
