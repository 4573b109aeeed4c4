"""One query or update run on an open store, its answer serialised as the client asked.

This runs in a query worker. Serialising is pyoxigraph's: a SELECT answer is read row by row
into SPARQL TSV (terms in N-Triples syntax, which pyoxigraph prints) and handed to its
results writers, since they take only a whole result. Reading stops at `max_rows` rows and
at `max_answer_bytes` bytes, so one long literal (REPLACE over a long string) cannot make an
answer of hundreds of MB; an answer cut says so in a header.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from kg.errors import QueryError
from kg.graph.store import Store, one_line, run_query
from kg.namespace import PREFIXES
from kg.serve.fetches import REFUSED_FETCH, fetches
from kg.serve.negotiation import BOOLEAN_TYPES, GRAPH_TYPES, RESULTS_TYPES, negotiate
from kg.serve.protocol import DAMAGED, Reply, text

GRAPH_FORMATS = dict(zip(GRAPH_TYPES, (ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES, ox.RdfFormat.RDF_XML,
                                       ox.RdfFormat.JSON_LD), strict=True))
#: No detail: with --allow-service it would tell whether a SERVICE or LOAD target answered (a port scanner).
FETCH_FAILED = "query failed: the store, or an endpoint SERVICE or LOAD named, could not be read"
#: The kind of job of kg's own queries (its `.rq` files, `KnowledgeGraph.read`), run as a query but
#: not checked for SERVICE: they hold none, rdflib cannot parse the templates `derive` fills, and a
#: build runs hundreds (rdflib takes 5 to 50 ms a query). Never a kind a request to the endpoint has.
OWN_QUERY = "own query"


@dataclass(frozen=True)
class Limits:
    """What one worker lets a request do."""

    max_rows: int
    max_answer_bytes: int
    allow_service: bool


#: The jobs that read the store out without a query (`KnowledgeGraph.dump`, `graphs`, `len`):
#: the job's text is the graph to dump ("" for all), its Accept the format's media type.
STORE_READS = ("dump", "graphs", "len")


def answer(store: Store, kind: str, sparql: str, accept: str | None, limits: Limits,
           substitutions: dict[str, Any] | None = None) -> Reply:
    """Run one query or update and serialise the result as the client asked; `substitutions`
    binds values to variables of a query (`kg.open(path).query`), never pasted in."""
    if kind in STORE_READS:
        return read_out(store, kind, sparql, accept, limits, substitutions)
    try:
        if kind != OWN_QUERY and not limits.allow_service and fetches(kind, sparql):
            return text(403, REFUSED_FETCH)
        if kind == "update":
            store.update(sparql)
            return Reply(204, b"")
        result = store.query_in_process(sparql, substitutions)
        if isinstance(result, ox.QueryBoolean):
            media = negotiate(accept, BOOLEAN_TYPES)
            format = ox.QueryResultsFormat.JSON if media and media.endswith("json") else ox.QueryResultsFormat.XML
            return _typed(media, None if media is None else result.serialize(format=format), BOOLEAN_TYPES, ())
        if isinstance(result, ox.QueryTriples):
            media = negotiate(accept, GRAPH_TYPES)
            if media is None:
                return _typed(None, None, GRAPH_TYPES, ())
            graph_format, prefixes = GRAPH_FORMATS[media], PREFIXES if media == "text/turtle" else None
            triples, cut = _read(result, lambda triple: triple, limits, lambda triple: len(str(triple)))
            body, cut = _fitted(triples, cut, limits,
                                lambda part: ox.serialize(part, format=graph_format, prefixes=prefixes) or b"")
            return _typed(media, body, GRAPH_TYPES, cut)
        media = negotiate(accept, RESULTS_TYPES)
        if media is None:
            return _typed(None, None, RESULTS_TYPES, ())
        variables = list(result.variables)
        lines, cut = _read(result, lambda row: "\t".join(_tsv(row[v]) for v in variables), limits)
        head = "\t".join(str(v) for v in variables)
        body, cut = _fitted(lines, cut, limits, lambda part: solutions(head, part, media))
        return _typed(media, body, RESULTS_TYPES, cut)
    except (QueryError, SyntaxError) as error:
        return text(400, str(error).splitlines()[0][:500])
    except RuntimeError as error:  # Oxigraph's error for a table block failing its checksum, and for some queries
        return _failed(store, kind, sparql, substitutions, error)
    except OSError:
        return text(500, FETCH_FAILED)
    except Exception as error:  # noqa: BLE001 - the worker must answer whatever the query does
        detail = str(error).splitlines()[0][:500] if str(error) else type(error).__name__
        return text(500, f"query failed: {detail}")


def _failed(store: Store, kind: str, sparql: str, substitutions: dict[str, Any] | None, error: RuntimeError) -> Reply:
    """The reply to a `RuntimeError`: Oxigraph raises it on a block of a damaged table failing its
    checksum where a query reads, and on some queries whatever the data (a custom function it
    does not know, an unbound SERVICE name). The query is run again on an empty store: the store
    is said damaged (a 500 with the `DAMAGED` header) only when the data made the difference.
    Not a query that fetches: trying it again would fetch again, and its error is the fetch's."""
    try:
        if kind != OWN_QUERY and fetches(kind, sparql):
            return text(500, FETCH_FAILED)
    except QueryError:  # rdflib cannot parse it: nobody has checked what it fetches
        return text(500, FETCH_FAILED)
    try:
        if kind == "update":
            ox.Store().update(sparql)
        else:
            result = run_query(ox.Store(), sparql, substitutions)
            if not isinstance(result, ox.QueryBoolean):
                for _ in result:
                    pass
    except RuntimeError:
        return text(400, f"query failed: {_detail(store, error)}")
    except Exception:  # noqa: BLE001 - any other failure on no data does not make the store's error the query's
        pass
    return _damaged(store, error)


def read_out(store: Store, kind: str, graph: str, media: str | None, limits: Limits,
             prefixes: dict[str, Any] | None) -> Reply:
    """A job of `STORE_READS`: the store's graph names (one IRI a line), its number of quads, or
    its dump (of one `graph`, or all) in the format of `media`, `prefixes` declared; a dump larger
    than `max_answer_bytes` is left out, said in `X-KG-MaxBytes`. Any `RuntimeError` here comes
    from the data (a block of a damaged table failing its checksum): no query to blame."""
    try:
        if kind == "graphs":
            body = "".join(f"{named.value}\n" for named in store.graphs()).encode("utf-8")
        elif kind == "len":
            body = str(len(store)).encode("ascii")
        else:
            format = ox.RdfFormat.from_media_type(media or "")
            if format is None:
                return text(400, f"no RDF format of media type {media!r}")
            body = store.dump(format, {k: str(v) for k, v in (prefixes or {}).items()} or None,
                              graph=ox.NamedNode(graph) if graph else None)
    except RuntimeError as error:
        return _damaged(store, error)
    if len(body) > limits.max_answer_bytes:
        return Reply(200, b"", media or "text/plain", (("X-KG-MaxBytes", str(limits.max_answer_bytes)),))
    return Reply(200, body, media or "text/plain; charset=utf-8")


def _detail(store: Store, error: RuntimeError) -> str:
    """Oxigraph's error on one line, naming the store's own files rather than its snapshot's."""
    detail = one_line(error)
    if store.snapshot is not None:  # RocksDB names the file of the snapshot read: name the store's own
        detail = detail.replace(str(store.snapshot), str(store.path / "oxigraph"))
    return detail[:500]


def _damaged(store: Store, error: RuntimeError) -> Reply:
    """A 500 saying the store is damaged, with the `DAMAGED` header the library decides on."""
    damaged = text(500, f"store {store.path} is damaged, a read failed: {_detail(store, error)}")
    return dataclasses.replace(damaged, headers=((DAMAGED, "store"),))


Cut = tuple[tuple[str, str], ...]


def _read(items: Iterable, line: Callable, limits: Limits, measure: Callable[[Any], int] = len) -> tuple[list, Cut]:
    """The items as `line` makes them, up to `max_rows` of them and about `max_answer_bytes` of text."""
    lines: list[object] = []
    size = 0
    for item in items:
        if len(lines) == limits.max_rows:
            return lines, (("X-SPARQL-MaxRows", str(limits.max_rows)),)
        written = line(item)
        size += measure(written) + 1
        if size > limits.max_answer_bytes:
            return lines, (("X-KG-MaxBytes", str(limits.max_answer_bytes)),)
        lines.append(written)
    return lines, ()


def _fitted(lines: list, cut: Cut, limits: Limits, serialise: Callable[[list], bytes]) -> tuple[bytes, Cut]:
    """The serialised lines, fewer of them while the bytes exceed the cap (JSON and XML add markup)."""
    body = serialise(lines)
    while len(body) > limits.max_answer_bytes and lines:
        lines = lines[:len(lines) // 2]
        body, cut = serialise(lines), (("X-KG-MaxBytes", str(limits.max_answer_bytes)),)
    return body, cut


def solutions(head: str, lines: list[str], media: str) -> bytes:
    """SELECT answers given as SPARQL TSV lines, in the results format `media` names."""
    tsv = (head + "\n" + "".join(line + "\n" for line in lines)).encode("utf-8")
    if media == "text/tab-separated-values":
        return tsv
    parsed = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV)
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


def _typed(media: str | None, body: bytes | None, offered: tuple[str, ...], headers: Cut) -> Reply:
    if media is None or body is None:
        return text(406, f"cannot answer in the accepted types; this query's answer comes as: {', '.join(offered)}")
    content_type = media + ("; charset=utf-8" if media.startswith("text/") else "")
    return Reply(200, body, content_type, headers)
