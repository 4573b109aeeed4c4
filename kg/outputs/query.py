"""`kg query`: SPARQL 1.1 over the store, answers as a table, CSV or JSON.

The ontology's prefixes are predeclared (see `kg.namespace.PREFIXES`); the default graph is
the union of every document's graph, and `GRAPH ?g` still reaches each one.
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

import kg
from kg.errors import KgError
from kg.outputs.tables import cell, table

FORMATS = ("table", "csv", "json")


def run(store_path: Path, sparql: str, format: str = "table") -> str:
    if format not in FORMATS:
        raise KgError(f"unknown format {format!r}; known: {', '.join(FORMATS)}")
    with kg.open(store_path) as store:
        result = store.query(sparql)
        return render(result, format)


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
