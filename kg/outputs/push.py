"""`kg push`: copy every named graph of the store to a triple store server.

The server speaks the SPARQL 1.1 Graph Store HTTP Protocol (Oxigraph: `/store`, Fuseki:
`/DATASET/data`, GraphDB: `/repositories/ID/rdf-graphs/service`). Each graph (every document's, and the
actors, calls, splits and meta graphs) is PUT as N-Triples to `GRAPH_STORE?graph=IRI`; PUT replaces the graph, so pushing again leaves the
server as one push did. Graphs the server holds that the store no longer has are left alone.

When the server's SPARQL query endpoint is given too, the push is checked: the server must
then hold, graph by graph, as many triples as the store.

The server is not trusted to behave. Each request has `timeout` seconds in all, from connecting
to the last byte of the answer: its socket is shut at the deadline, so a server that drips
its headers or body a byte at a time (which kept urllib reading for ever, its timeout being
per read) ends the push with one line. An answer is read up to `MAX_ANSWER_BYTES` only, and
what the server says of an error is shown on one line of printable text. The connection is
http.client's, made here so that its socket can be shut: a proxy the environment names
(`http_proxy`), which urllib used, is not.
"""
from __future__ import annotations

import http.client
import json
import socket
import threading
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import kg
from kg.errors import EndpointError
from kg.graph import sparql

#: The most of an answer read: the check's counts, a line per graph (some 200 bytes each), or
#: what a server says after a PUT. A server that sends more is stopped there.
MAX_ANSWER_BYTES = 64 * 1024 * 1024
#: The most of an error's text shown, on one line.
DETAIL_CHARS = 300


@dataclass(frozen=True)
class PushReport:
    graphs: int
    triples: int
    checked: bool  # the query endpoint confirmed every graph's triple count


def push(store_path: Path, graph_store: str, query_endpoint: str | None = None, timeout: float = 60.0) -> PushReport:
    """PUT each named graph of the store at `store_path` to `graph_store`; check via `query_endpoint`."""
    import pyoxigraph as ox

    for url in filter(None, (graph_store, query_endpoint)):
        if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).netloc:
            raise EndpointError(f"{url!r} is not an http(s) URL")
    counts: dict[str, int] = {}
    with kg.open(store_path) as store:
        for graph in sorted(store.graphs(), key=lambda g: g.value):
            triples = list(store.triples(graph))
            body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
            target = graph_store + ("&" if urlsplit(graph_store).query else "?") + urlencode({"graph": graph.value})
            _send("PUT", target, body, "application/n-triples", graph_store, timeout, read=0)
            counts[graph.value] = len(triples)
    if query_endpoint:
        _check(counts, query_endpoint, timeout)
    return PushReport(len(counts), sum(counts.values()), bool(query_endpoint))


def _check(counts: dict[str, int], endpoint: str, timeout: float) -> None:
    query = urlencode({"query": sparql.text("store/triples-per-graph.rq")}).encode("ascii")
    answer = _send("POST", endpoint, query, "application/x-www-form-urlencoded", endpoint, timeout,
                   accept="application/sparql-results+json")
    try:
        rows = json.loads(answer)["results"]["bindings"]
        remote = {row["g"]["value"]: int(row["n"]["value"]) for row in rows}
    except (ValueError, KeyError, TypeError, RecursionError):  # not JSON, not results, nested without end, a count not a number
        raise EndpointError(f"{endpoint}: the answer is not SPARQL JSON results of graph counts; is this a query endpoint?") from None
    wrong = [g for g, n in counts.items() if remote.get(g, 0) != n]
    if wrong:
        raise EndpointError(f"{endpoint}: {len(wrong)} graph(s) differ after the push, e.g. {wrong[0]} holds "
                            f"{remote.get(wrong[0], 0)} triples, not {counts[wrong[0]]}")


def _send(method: str, url: str, body: bytes, content_type: str, endpoint: str, timeout: float,
          accept: str | None = None, read: int = MAX_ANSWER_BYTES) -> bytes:
    """The answer's body (`read` bytes at most: none of a PUT's, which says nothing kg needs),
    within `timeout` seconds in all, or an EndpointError saying in one line what went wrong."""
    parts = urlsplit(url)
    connection_class = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    connection = connection_class(parts.hostname or "", parts.port, timeout=timeout)
    late = threading.Event()
    deadline = threading.Timer(timeout, _shut, (connection, late))
    deadline.start()
    try:
        headers = {"Content-Type": content_type, **({"Accept": accept} if accept else {})}
        connection.request(method, parts.path + (f"?{parts.query}" if parts.query else ""), body=body, headers=headers)
        response = connection.getresponse()
        if late.is_set():  # the socket shut mid-headers reads as their end
            raise TimeoutError
        if response.status >= 300:
            detail = _one_line(response.read(DETAIL_CHARS))
            raise EndpointError(f"{method} {url}: HTTP {response.status} {_one_line(response.reason.encode()[:DETAIL_CHARS])}"
                                + (f": {detail}" if detail else ""))
        answer = response.read(read + 1) if read else b""
        if late.is_set():  # and mid-body as its end
            raise TimeoutError
        if len(answer) > read:
            raise EndpointError(f"{method} {url}: the answer is longer than {read // (1024 * 1024)} MB; stopped there")
        return answer
    except (OSError, http.client.HTTPException) as error:
        if late.is_set() or isinstance(error, TimeoutError):
            raise EndpointError(f"{endpoint} did not answer in full within {timeout:g} s (the timeout of each request)") from None
        if isinstance(error, ConnectionRefusedError | socket.gaierror):
            raise EndpointError(f"cannot reach {endpoint}: {error.strerror or error}") from None
        raise EndpointError(f"{endpoint}: {_one_line(str(error).encode()) or type(error).__name__}") from None
    finally:
        deadline.cancel()
        connection.close()


def _shut(connection: http.client.HTTPConnection, late: threading.Event) -> None:
    """At the deadline: end whatever the connection waits for (a read, a write), from another thread."""
    late.set()
    if connection.sock is not None:
        try:
            connection.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


def _one_line(text: bytes) -> str:
    """A server's words as one line of printable text: its first line, control characters
    (a terminal's escape sequences among them) dropped."""
    lines = text.decode("utf-8", "replace").strip().splitlines()
    return "".join(c for c in lines[0] if c.isprintable()).strip() if lines else ""
