"""`kg serve`: the store as a SPARQL 1.1 Protocol endpoint, on the standard library alone.

`/sparql` takes a query by GET (`?query=`) or POST (a form with `query=`, or an
`application/sparql-query` body) and answers by content negotiation: SPARQL results as JSON
(the default), XML or CSV; CONSTRUCT and DESCRIBE as Turtle (the default), N-Triples,
RDF/XML or JSON-LD. The default graph is the union of every document's graph, and kg's prefixes are
predeclared, as in `kg query`.

Bounds, because an endpoint is open to whoever reaches the port:
- read-only: an update is refused with 403 unless `allow_update`;
- SERVICE and LOAD (which would make the server fetch other URLs) are refused with 403 unless `allow_service`;
- a request body over `max_request_bytes` gets 413;
- an answer over `max_rows` rows (or triples) is truncated to `max_rows` and says so in the
  header `X-SPARQL-MaxRows: N`, as Virtuoso does, rather than refused;
- a query still running after `timeout` seconds gets 503. A pyoxigraph query cannot be
  interrupted from Python, so queries run in worker processes that each open the store
  themselves; the one that overruns is killed and replaced, and the other workers keep
  answering. With `allow_update` there is one worker, holding the store open for writing.
"""
from __future__ import annotations

import json
import os
import queue
import re
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import islice
from pathlib import Path
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape, quoteattr

from kg.errors import EndpointError, KgError, QueryError, StoreError
from kg.namespace import XSD

XSD_STRING = str(XSD.string)

STARTUP_SECONDS = 30.0
RESULTS_TYPES = ("application/sparql-results+json", "application/json", "application/sparql-results+xml",
                 "application/xml", "text/xml", "text/csv")
BOOLEAN_TYPES = RESULTS_TYPES[:5]
GRAPH_TYPES = ("text/turtle", "application/n-triples", "application/rdf+xml", "application/ld+json")


@dataclass(frozen=True)
class Settings:
    store: Path
    allow_update: bool = False
    allow_service: bool = False
    timeout: float = 10.0
    max_rows: int = 10_000
    max_request_bytes: int = 1_000_000
    workers: int = 2
    page: Path | None = None


@dataclass(frozen=True)
class Reply:
    status: int
    body: bytes
    content_type: str = "text/plain; charset=utf-8"
    headers: tuple[tuple[str, str], ...] = ()


def _text(status: int, message: str) -> Reply:
    return Reply(status, (message + "\n").encode("utf-8"))


# ---------------------------------------------------------------------- refusing SERVICE
_ESCAPED = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_NOT_CODE = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                       r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\x00-\x20]*>|\\.|#[^\n]*', re.S)
_SERVICE = re.compile(r"(?<![\w:?$.\-])(SERVICE|LOAD)(?![\w:\-])", re.I)


def uses_service(sparql: str) -> bool:
    """Whether SERVICE or LOAD (both fetch other URLs) appears as a keyword: outside strings,
    IRIs and comments, escapes undone."""
    code = _ESCAPED.sub(lambda m: chr(int(m[1] or m[2], 16)), sparql)
    return bool(_SERVICE.search(_NOT_CODE.sub(" ", code)))


# ---------------------------------------------------------------------- content negotiation
def negotiate(accept: str | None, offered: tuple[str, ...]) -> str | None:
    """The offered media type the Accept header prefers (the first offered for */*), or None."""
    if not accept:
        return offered[0]
    ranges = []
    for index, part in enumerate(accept.split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        ranges.append((-q, index, media.lower()))
    for q, _, media in sorted(ranges):
        if q >= 0:
            break
        if media in offered:
            return media
        major = media.split("/")[0] + "/"
        for candidate in offered:
            if media == "*/*" or (media.endswith("/*") and candidate.startswith(major)):
                return candidate
    return None


# ---------------------------------------------------------------------- answers (in the worker)
def _json_term(term) -> dict:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {k: _json_term(getattr(term, k)) for k in ("subject", "predicate", "object")}}
    out = {"type": "literal", "value": term.value}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype.value != XSD_STRING:
        out["datatype"] = term.datatype.value
    return out


def _xml_term(term) -> str:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Triple):
        return "<triple>" + "".join(f"<{k}>{_xml_term(getattr(term, k))}</{k}>" for k in ("subject", "predicate", "object")) + "</triple>"
    if term.language:
        attribute = f" xml:lang={quoteattr(term.language)}"
    else:
        attribute = "" if term.datatype.value == XSD_STRING else f" datatype={quoteattr(term.datatype.value)}"
    return f"<literal{attribute}>{escape(term.value)}</literal>"


def _csv_term(term) -> str:
    import pyoxigraph as ox

    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    return str(term) if isinstance(term, ox.Triple) else term.value


def serialize_solutions(variables: list[str], rows: list, media: str) -> bytes:
    """SELECT answers in the SPARQL 1.1 results format `media` names (JSON, XML or CSV)."""
    import csv
    import io

    if media == "text/csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(variables)
        writer.writerows([[_csv_term(row[v]) for v in variables] for row in rows])
        return out.getvalue().encode("utf-8")
    if media.endswith("json"):
        bindings = [{v: _json_term(row[v]) for v in variables if row[v] is not None} for row in rows]
        return json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}}, ensure_ascii=False).encode("utf-8")
    head = "".join(f"<variable name={quoteattr(v)}/>" for v in variables)
    results = "".join("<result>" + "".join(f"<binding name={quoteattr(v)}>{_xml_term(row[v])}</binding>"
                                           for v in variables if row[v] is not None) + "</result>" for row in rows)
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
            f"<head>{head}</head><results>{results}</results></sparql>\n").encode("utf-8")


def answer(store, kind: str, text: str, accept: str | None, max_rows: int) -> Reply:
    """Run one query or update on an open store and serialise the result as the client asked."""
    import pyoxigraph as ox

    from kg.namespace import PREFIXES

    try:
        if kind == "update":
            store.update(text)
            return Reply(204, b"")
        result = store.query(text)
        if isinstance(result, ox.QueryBoolean):
            media = negotiate(accept, BOOLEAN_TYPES)
            format = ox.QueryResultsFormat.JSON if media and media.endswith("json") else ox.QueryResultsFormat.XML
            body = None if media is None else result.serialize(format=format)
            return _typed(media, body, BOOLEAN_TYPES, ())
        if isinstance(result, ox.QueryTriples):
            media = negotiate(accept, GRAPH_TYPES)
            triples = list(islice(result, max_rows + 1))
            formats = dict(zip(GRAPH_TYPES, (ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES, ox.RdfFormat.RDF_XML,
                                             ox.RdfFormat.JSON_LD)))
            body = None if media is None else ox.serialize(triples[:max_rows], format=formats[media],
                                                           prefixes=PREFIXES if media == "text/turtle" else None)
            return _typed(media, body, GRAPH_TYPES, _truncated(len(triples), max_rows))
        media = negotiate(accept, RESULTS_TYPES)
        variables = [v.value for v in result.variables]
        rows = list(islice(result, max_rows + 1))
        body = None if media is None else serialize_solutions(variables, rows[:max_rows], media)
        return _typed(media, body, RESULTS_TYPES, _truncated(len(rows), max_rows))
    except (QueryError, SyntaxError) as error:
        return _text(400, str(error).splitlines()[0][:500])
    except Exception as error:  # noqa: BLE001 - the worker must answer whatever the query does
        detail = str(error).splitlines()[0][:500] if str(error) else type(error).__name__
        return _text(500, f"query failed: {detail}")


def _truncated(count: int, max_rows: int) -> tuple[tuple[str, str], ...]:
    return (("X-SPARQL-MaxRows", str(max_rows)),) if count > max_rows else ()


def _typed(media: str | None, body: bytes | None, offered: tuple[str, ...], headers) -> Reply:
    if media is None or body is None:
        return _text(406, f"cannot answer in the accepted types; this query's answer comes as: {', '.join(offered)}")
    content_type = media + ("; charset=utf-8" if media.startswith("text/") else "")
    return Reply(200, body, content_type, headers)


def _work() -> None:
    """A worker process (`python -c`, argv: store, writable, fd): open the store once, say so
    (None) or why not, then answer jobs arriving on the socket until told to stop."""
    import sys
    from multiprocessing.connection import Connection

    import kg

    store_path, writable, fd = sys.argv[1:4]
    conn = Connection(int(fd))
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True).start()
    try:
        store = kg.open(store_path, write=writable == "write")
    except KgError as error:
        conn.send(str(error))
        return
    conn.send(None)
    with store:
        try:
            while (job := conn.recv()) is not None:
                conn.send(answer(store, *job))
        except (EOFError, KeyboardInterrupt):
            pass


def _exit_with_parent(parent: int) -> None:
    """End the worker once the server is gone, even mid-query (pyoxigraph lets this thread run)."""
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(0)


# ---------------------------------------------------------------------- worker pool
class _Worker:
    """One worker process and the socket to it.

    Started as a plain `python -c` child rather than through multiprocessing, which would
    import the caller's main module again in the child (and fail in unguarded scripts).
    """

    def __init__(self, settings: Settings) -> None:
        import socket
        import subprocess
        import sys
        from multiprocessing.connection import Connection

        ours, theirs = socket.socketpair()
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
        mode = "write" if settings.allow_update else "read"
        self.process = subprocess.Popen(
            [sys.executable, "-c", "from kg.serve import _work; _work()", str(settings.store), mode, str(theirs.fileno())],
            pass_fds=(theirs.fileno(),), env=env, stdin=subprocess.DEVNULL)
        theirs.close()
        self.conn = Connection(ours.detach())
        self.ready = False

    def wait_ready(self, seconds: float) -> bool:
        """True once the worker has opened the store; StoreError if it could not."""
        if not self.ready:
            if not self.conn.poll(max(0.0, seconds)):
                return False
            try:
                problem = self.conn.recv()
            except EOFError:
                problem = f"a query worker exited at start (code {self.process.wait(5)})"
            if problem is not None:
                self.stop()
                raise StoreError(problem)
            self.ready = True
        return True

    def stop(self, gracefully: bool = False) -> None:
        """End the process: asked to (so a writable store closes cleanly), else killed."""
        import subprocess

        if gracefully:
            try:
                self.conn.send(None)
                self.process.wait(2)
            except (OSError, subprocess.TimeoutExpired):
                pass
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(5)
        self.conn.close()


class Workers:
    """Processes that run queries, each with its own handle on the store; see the module doc."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._live: set[_Worker] = set()
        self._lock = threading.Lock()
        self.count = 1 if settings.allow_update else settings.workers
        try:
            for worker in [self._start() for _ in range(self.count)]:
                if not worker.wait_ready(STARTUP_SECONDS):
                    raise StoreError(f"the query workers did not open {settings.store} within {STARTUP_SECONDS:g} s")
                self._idle.put(worker)
        except BaseException:
            self.close()
            raise

    def _start(self) -> _Worker:
        worker = _Worker(self.settings)
        with self._lock:
            self._live.add(worker)
        return worker

    def _replace(self, worker: _Worker) -> None:
        worker.stop()
        with self._lock:
            self._live.discard(worker)
        self._idle.put(self._start())

    def run(self, kind: str, text: str, accept: str | None) -> Reply:
        """The answer to one request, or 503 once `timeout` seconds have gone (waiting included)."""
        timeout = self.settings.timeout
        deadline = time.monotonic() + timeout
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            return _text(503, f"all {self.count} query workers stayed busy for {timeout:g} s; try again later")
        try:
            if not worker.wait_ready(deadline - time.monotonic()):
                self._idle.put(worker)
                return _text(503, "the query worker is still starting; try again")
            worker.conn.send((kind, text, accept, self.settings.max_rows))
            if worker.conn.poll(max(0.0, deadline - time.monotonic())):
                reply = worker.conn.recv()
                self._idle.put(worker)
                return reply
        except (EOFError, OSError, StoreError):
            self._replace(worker)
            return _text(500, "the query worker stopped unexpectedly; try again")
        self._replace(worker)
        return _text(503, f"query stopped: it ran longer than the {timeout:g} s timeout")

    def close(self) -> None:
        with self._lock:
            live, self._live = self._live, set()
        for worker in live:
            worker.stop(gracefully=True)


# ---------------------------------------------------------------------- HTTP
class Endpoint:
    """The HTTP server and its workers. `serve_forever()` blocks; `close()` stops both."""

    def __init__(self, settings: Settings, host: str = "127.0.0.1", port: int = 0) -> None:
        self.settings = settings
        self.workers = Workers(settings)
        try:
            self.httpd = ThreadingHTTPServer((host, port), _handler(self))
        except OSError as error:
            self.workers.close()
            raise EndpointError(f"cannot listen on {host}:{port}: {error.strerror or error}") from None
        self.httpd.daemon_threads = True
        self._serving = False

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}/sparql"

    def serve_forever(self) -> None:
        self._serving = True
        self.httpd.serve_forever()

    def close(self) -> None:
        if self._serving:
            self.httpd.shutdown()
        self.httpd.server_close()
        self.workers.close()

    def __enter__(self) -> Endpoint:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _handler(endpoint: Endpoint) -> type[BaseHTTPRequestHandler]:
    settings = endpoint.settings

    class Handler(BaseHTTPRequestHandler):
        server_version = "kg-sparql"
        timeout = 60  # seconds a client may take to send its request

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            url = urlsplit(self.path)
            if url.path == "/sparql":
                params = parse_qs(url.query, keep_blank_values=True)
                if "update" in params and settings.allow_update:
                    return self._send(_text(405, "send updates with POST"))
                return self._sparql(params)
            if url.path == "/" and settings.page is not None and settings.page.is_file():
                return self._send(Reply(200, settings.page.read_bytes(), "text/html; charset=utf-8"))
            self._send(_text(404, f"nothing at {url.path}; the SPARQL endpoint is /sparql"))

        def do_POST(self) -> None:  # noqa: N802
            url = urlsplit(self.path)
            if url.path != "/sparql":
                return self._send(_text(404, f"nothing at {url.path}; the SPARQL endpoint is /sparql"))
            if "chunked" in self.headers.get("Transfer-Encoding", "").lower() or self.headers.get("Content-Length") is None:
                return self._send(_text(411, "send a Content-Length"))
            try:
                length = int(self.headers["Content-Length"])
            except ValueError:
                return self._send(_text(400, f"bad Content-Length {self.headers['Content-Length']!r}"))
            if length > settings.max_request_bytes:
                self._discard(length)
                return self._send(_text(413, f"request of {length} bytes; the limit is {settings.max_request_bytes}"))
            try:
                body = self.rfile.read(length).decode("utf-8")
            except UnicodeDecodeError:
                return self._send(_text(400, "the request body is not UTF-8"))
            params = parse_qs(url.query, keep_blank_values=True)
            media = self.headers.get_content_type()
            if media == "application/x-www-form-urlencoded":
                params.update(parse_qs(body, keep_blank_values=True))
            elif media in ("application/sparql-query", "application/sparql-update"):
                params[media.rsplit("-", 1)[1]] = [body]
            else:
                return self._send(_text(415, f"unsupported Content-Type {media!r}; send application/sparql-query, "
                                             "application/sparql-update or application/x-www-form-urlencoded"))
            self._sparql(params)

        def _sparql(self, params: dict[str, list[str]]) -> None:
            queries, updates = params.get("query", []), params.get("update", [])
            if updates and not settings.allow_update:
                return self._send(_text(403, "this endpoint is read-only (kg serve --allow-update accepts updates)"))
            if len(queries) + len(updates) != 1:
                return self._send(_text(400, "give exactly one query (or update) parameter"))
            for name in ("default-graph-uri", "named-graph-uri", "using-graph-uri", "using-named-graph-uri"):
                if name in params:
                    return self._send(_text(400, f"{name} is not supported: the default graph is the union of all "
                                                 "graphs; use GRAPH in the query"))
            kind, text = ("query", queries[0]) if queries else ("update", updates[0])
            if not settings.allow_service and uses_service(text):
                return self._send(_text(403, "SERVICE and LOAD are refused (kg serve --allow-service lets the server fetch other URLs)"))
            self._send(endpoint.workers.run(kind, text, self.headers.get("Accept")))

        def _discard(self, length: int) -> None:
            """Read a refused body (up to 16 times the limit) so the client sees the 413, not a reset."""
            left = min(length, 16 * settings.max_request_bytes)
            while left > 0 and (chunk := self.rfile.read(min(left, 65536))):
                left -= len(chunk)

        def _send(self, reply: Reply) -> None:
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(reply.body)))
            for name, value in reply.headers:
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(reply.body)

    return Handler


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 8000, ready=print) -> None:
    """Serve until Ctrl-C or SIGTERM (call from the main thread); `ready(url)` once listening."""
    import signal

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)
    with Endpoint(settings, host, port) as endpoint:
        ready(endpoint.url)
        try:
            endpoint.serve_forever()
        except KeyboardInterrupt:
            pass
