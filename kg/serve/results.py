"""One query or update run on an open store, its answer serialised as the client asked.

This runs in a query worker. Serialising is pyoxigraph's: a SELECT answer cut at `max_rows`
is handed to its results writers as SPARQL TSV (terms in N-Triples syntax, which pyoxigraph
prints), since its writers take only a whole result.
"""
from __future__ import annotations

from itertools import islice

import pyoxigraph as ox

from kg.errors import QueryError
from kg.graph.store import Store
from kg.namespace import PREFIXES
from kg.serve.negotiation import BOOLEAN_TYPES, GRAPH_TYPES, RESULTS_TYPES, negotiate
from kg.serve.protocol import Reply, text

GRAPH_FORMATS = dict(zip(GRAPH_TYPES, (ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES, ox.RdfFormat.RDF_XML,
                                       ox.RdfFormat.JSON_LD), strict=True))


def answer(store: Store, kind: str, sparql: str, accept: str | None, max_rows: int) -> Reply:
    """Run one query or update and serialise the result as the client asked."""
    try:
        if kind == "update":
            store.update(sparql)
            return Reply(204, b"")
        result = store.query(sparql)
        if isinstance(result, ox.QueryBoolean):
            media = negotiate(accept, BOOLEAN_TYPES)
            format = ox.QueryResultsFormat.JSON if media and media.endswith("json") else ox.QueryResultsFormat.XML
            return _typed(media, None if media is None else result.serialize(format=format), BOOLEAN_TYPES, ())
        if isinstance(result, ox.QueryTriples):
            media = negotiate(accept, GRAPH_TYPES)
            triples = list(islice(result, max_rows + 1))
            body = None if media is None else ox.serialize(triples[:max_rows], format=GRAPH_FORMATS[media],
                                                           prefixes=PREFIXES if media == "text/turtle" else None)
            return _typed(media, body, GRAPH_TYPES, _truncated(len(triples), max_rows))
        media = negotiate(accept, RESULTS_TYPES)
        variables = list(result.variables)
        rows = list(islice(result, max_rows + 1))
        body = None if media is None else solutions(variables, rows[:max_rows], media)
        return _typed(media, body, RESULTS_TYPES, _truncated(len(rows), max_rows))
    except (QueryError, SyntaxError) as error:
        return text(400, str(error).splitlines()[0][:500])
    except Exception as error:  # noqa: BLE001 - the worker must answer whatever the query does
        detail = str(error).splitlines()[0][:500] if str(error) else type(error).__name__
        return text(500, f"query failed: {detail}")


def solutions(variables: list[ox.Variable], rows: list[ox.QuerySolution], media: str) -> bytes:
    """SELECT answers in the SPARQL 1.1 results format `media` names (JSON, XML or CSV)."""
    lines = ["\t".join(str(v) for v in variables)]
    lines += ["\t".join(_tsv(row[v]) for v in variables) for row in rows]
    parsed = ox.parse_query_results(("\n".join(lines) + "\n").encode("utf-8"), format=ox.QueryResultsFormat.TSV)
    format = (ox.QueryResultsFormat.CSV if media == "text/csv" else
              ox.QueryResultsFormat.JSON if media.endswith("json") else ox.QueryResultsFormat.XML)
    return parsed.serialize(format=format) or b""  # bytes, since no output file is given


def _tsv(term: object) -> str:
    """A term as SPARQL TSV writes it: N-Triples syntax, a triple term in <<( )>>, nothing if unbound."""
    if term is None:
        return ""
    if isinstance(term, ox.Triple):
        return f"<<( {_tsv(term.subject)} {_tsv(term.predicate)} {_tsv(term.object)} )>>"
    return str(term)


def _truncated(count: int, max_rows: int) -> tuple[tuple[str, str], ...]:
    return (("X-SPARQL-MaxRows", str(max_rows)),) if count > max_rows else ()


def _typed(media: str | None, body: bytes | None, offered: tuple[str, ...],
           headers: tuple[tuple[str, str], ...]) -> Reply:
    if media is None or body is None:
        return text(406, f"cannot answer in the accepted types; this query's answer comes as: {', '.join(offered)}")
    content_type = media + ("; charset=utf-8" if media.startswith("text/") else "")
    return Reply(200, body, content_type, headers)
