"""HTTP: the server that takes SPARQL Protocol requests on /sparql and hands them to the
query workers; `serve()` runs it until Ctrl-C or SIGTERM.

HTTP/1.1 with keep-alive, so every reply carries its Content-Length. Bounds on the
connections themselves, since each holds a thread:
- at most `max_connections` at once; one more gets 503 at once and is closed;
- each request (the wait for it on a kept-alive connection, its headers and its body) must
  arrive within `request_seconds`, however slowly it drips: the socket's timeout is set to
  what is left of that deadline before every read;
- a body is read only with exactly one Content-Length of plain digits, no Transfer-Encoding,
  and at most `max_request_bytes`; anything else is refused without reading it;
- a request that announces a body the server does not read (a GET, a POST to another path or
  from a refused Host, a refused length) is answered and its connection closed: the unread
  bytes must never be read as the next request (a cross-site form's text/plain body can hold
  a whole `POST /sparql` update, with no Origin header of its own).
"""
from __future__ import annotations

import errno
import io
import re
import select
import socket
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from kg.errors import EndpointError
from kg.namespace import PREFIXES
from kg.serve.description import describe
from kg.serve.negotiation import GRAPH_TYPES, negotiate
from kg.serve.origin import Gate
from kg.serve.protocol import Params, Reply, Settings, get_params, post_params, sparql_request, text
from kg.serve.results import GRAPH_FORMATS
from kg.serve.workers import Workers

EXPOSED = "X-SPARQL-MaxRows, X-KG-MaxBytes"
STATIC = Path(__file__).with_name("static")
#: The query page's files, by path; the page at / unless --page names another.
PAGE_FILES = {"/query.html": "text/html", "/query.js": "text/javascript", "/query.css": "text/css"}
#: The query page may run its own script and reach /sparql, nothing else.
PAGE_POLICY = (("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
                                           "form-action 'none'; base-uri 'none'; frame-ancestors 'none'"),
               ("X-Content-Type-Options", "nosniff"))
#: A header's name (RFC 9110's token).
_FIELD_NAME = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_BUSY = b"too many connections at once; try again later\n"
FULL = (b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: %d\r\n"
        b"Connection: close\r\nRetry-After: 1\r\n\r\n%s" % (len(_BUSY), _BUSY))


class _Server(ThreadingHTTPServer):
    """A thread per connection, at most `slots` of them."""

    daemon_threads = True

    def __init__(self, address, handler, slots: int) -> None:
        self.slots = threading.BoundedSemaphore(slots)
        super().__init__(address, handler)

    def process_request(self, request, client_address) -> None:
        if not self.slots.acquire(blocking=False):
            try:
                request.settimeout(1)
                request.sendall(FULL)
            except OSError:
                pass
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request, client_address) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.slots.release()

    def handle_error(self, request, client_address) -> None:
        """A client gone before its answer was written (a broken pipe, a reset: one that sent part
        of a body and left, or hung up at once) is one line in the log; socketserver printed a
        traceback of 20 lines for each, which anyone could fill the log with. Other errors keep it."""
        error = sys.exc_info()[1]
        if isinstance(error, OSError) and error.errno == errno.EBADF:
            # a kept-alive connection waiting for its next request as the server stops (SIGTERM): its
            # socket is closed under the reading thread (one traceback in one of five CI runs, stop 34)
            sys.stderr.write(f"{client_address[0]} - - a connection closed as the server stopped\n")
            return
        if not isinstance(error, ConnectionError):
            super().handle_error(request, client_address)
            return
        sys.stderr.write(f"{client_address[0]} - - the client went away before its answer was sent "
                         f"({type(error).__name__})\n")


class _Deadline(io.RawIOBase):
    """A connection's reading side that raises TimeoutError once the handler's deadline passed."""

    def __init__(self, connection: socket.socket, handler: BaseHTTPRequestHandler) -> None:
        self.connection, self.handler = connection, handler

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        left = self.handler.deadline - time.monotonic()  # type: ignore[attr-defined]
        if left <= 0:
            raise TimeoutError("the request took too long to arrive")
        self.connection.settimeout(left)
        return self.connection.recv_into(buffer)


class Endpoint:
    """The HTTP server and its workers. `serve_forever()` blocks; `close()` stops both."""

    def __init__(self, settings: Settings, host: str = "127.0.0.1", port: int = 0) -> None:
        self.settings = settings
        self.workers = Workers(settings)
        try:
            self.httpd = _Server((host, port), _handler(self), settings.max_connections)
        except OSError as error:
            self.workers.close()
            raise EndpointError(f"cannot listen on {host}:{port}: {error.strerror or error}") from None
        self.gate = Gate(host, self.httpd.server_address[1], settings.allowed_hosts)
        self._serving = False

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host!s}:{port}/sparql"

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
        protocol_version = "HTTP/1.1"
        deadline = 0.0

        def setup(self) -> None:
            super().setup()
            self.rfile = io.BufferedReader(_Deadline(self.connection, self))

        def handle_one_request(self) -> None:
            self.deadline = time.monotonic() + settings.request_seconds
            self.head_only = False
            self.body_read = False
            super().handle_one_request()

        def _announces_body(self) -> bool:
            """Whether the request's headers say a body follows (any Transfer-Encoding, or a
            Content-Length other than 0, however malformed)."""
            if self.headers.get_all("Transfer-Encoding"):
                return True
            return any(value.strip() != "0" for value in self.headers.get_all("Content-Length") or [])

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            if (refused := self._refused_host()) is not None:
                return self._send(refused)
            url = urlsplit(self.path)
            if url.path == "/sparql":
                if not {"query", "update"} & parse_qs(url.query).keys():
                    return self._send(self._description())
                return self._sparql(get_params(url.query, settings))
            if url.path == "/" and settings.page is not None and settings.page.is_file():
                return self._send(Reply(200, settings.page.read_bytes(), "text/html; charset=utf-8"))
            name = "/query.html" if url.path == "/" else url.path
            if name in PAGE_FILES:
                body = (STATIC / name[1:]).read_bytes()
                return self._send(Reply(200, body, PAGE_FILES[name] + "; charset=utf-8", PAGE_POLICY))
            self._send(text(404, f"nothing at {url.path}; the SPARQL endpoint is /sparql"))

        def do_HEAD(self) -> None:  # noqa: N802
            self.head_only = True
            self.do_GET()

        def do_OPTIONS(self) -> None:  # noqa: N802
            if (refused := self._refused_host()) is not None:
                return self._send(refused)
            headers = [("Allow", "GET, HEAD, POST, OPTIONS")]
            if settings.cors:
                headers += [("Access-Control-Allow-Methods", "GET, HEAD, POST, OPTIONS"),
                            ("Access-Control-Allow-Headers", "Accept, Content-Type"), ("Access-Control-Max-Age", "600")]
            self._send(Reply(204, b"", headers=tuple(headers)))

        def do_POST(self) -> None:  # noqa: N802
            if (refused := self._refused_host()) is not None:
                return self._send(refused)
            url = urlsplit(self.path)
            if url.path != "/sparql":
                return self._send(text(404, f"nothing at {url.path}; the SPARQL endpoint is /sparql"))
            body = self._body()
            if isinstance(body, Reply):
                self.close_connection = True  # the body, if any, was not read: the connection cannot go on
                return self._send(body)
            self._sparql(post_params(url.query, self.headers.get_content_type(), body))

        def _body(self) -> bytes | Reply:
            """The request body, or why it is refused (decided on the headers, before reading)."""
            if self.headers.get_all("Transfer-Encoding"):
                return text(411, "Transfer-Encoding is not supported; send a Content-Length")
            lengths = self.headers.get_all("Content-Length") or []
            if not lengths:
                return text(411, "send a Content-Length")
            if len(lengths) > 1:
                return text(400, "send exactly one Content-Length")
            value = lengths[0].strip()
            if not (value.isascii() and value.isdigit()):
                return text(400, f"bad Content-Length {value[:40]!r}: give the body's length in bytes")
            length = int(value)
            if length > settings.max_request_bytes:
                self._discard(length)
                return text(413, f"request of {length} bytes; the limit is {settings.max_request_bytes}")
            body = self.rfile.read(length)
            if len(body) < length:
                return text(400, f"the body ended after {len(body)} of its {length} bytes")
            self.body_read = True
            return body

        def _refused_host(self) -> Reply | None:
            """Why the request is refused before anything else: a request target that is not a path
            ('POST http://evil.example/sparql', whose authority would be the request's host, was
            run with no look at it), a header folded over lines (an `Origin` on a continuation
            line was no Origin), or a Host that is not this server's."""
            if not self.path.startswith("/") and not (self.command == "OPTIONS" and self.path == "*"):
                return text(400, "the request target must be a path (/sparql)")
            if any("\n" in value or "\r" in value for value in self.headers.values()):
                return text(400, "a header is folded over several lines (obsolete line folding is refused)")
            if self.headers.defects or not all(_FIELD_NAME.fullmatch(name) for name in self.headers.keys()):
                # the parser stops at a line that is no 'Name: value' ('Origin : x', 'X-Junk'): every
                # header after it was unseen, an Origin or a Referer among them, and the update ran
                return text(400, "a header line is not 'Name: value' (a name of letters, digits and "
                                 "!#$%&'*+-.^_`|~, no space before its colon)")
            refused = endpoint.gate.host_refused(self.headers)
            return None if refused is None else text(*refused)

        def _description(self) -> Reply:
            media = negotiate(self.headers.get("Accept"), GRAPH_TYPES) or GRAPH_TYPES[0]
            host = self.headers.get("Host") or endpoint.url.split("/")[2]
            triples = describe(settings, f"http://{host}/sparql")
            body = ox.serialize(triples, format=GRAPH_FORMATS[media], prefixes=PREFIXES if media == "text/turtle" else None) or b""
            return Reply(200, body, media + ("; charset=utf-8" if media.startswith("text/") else ""))

        def _sparql(self, params: Params | Reply) -> None:
            request = params if isinstance(params, Reply) else sparql_request(params, settings)
            if isinstance(request, Reply):
                return self._send(request)
            kind, sparql = request
            if kind == "update" and not settings.allow_cross_site_updates and endpoint.gate.cross_site(self.headers):
                return self._send(text(403, "an update from a page of another site is refused "
                                            "(kg serve --allow-cross-site-updates accepts them)"))
            # a query nobody waits for is stopped; an update runs on (a client may send one and go)
            gone = (lambda: _hung_up(self.connection)) if kind == "query" else (lambda: False)
            reply = endpoint.workers.run(kind, sparql, self.headers.get("Accept"), gone=gone)
            if reply is None:  # the client hung up: its query was stopped, nobody to answer
                self.close_connection = True
                return None
            self._send(reply)

        def _discard(self, length: int) -> None:
            """Read what comes of a refused body within a second (up to 4 times the limit), so that
            an honest client, which sends its body at once, sees the 413 rather than a reset."""
            self.deadline = min(self.deadline, time.monotonic() + 1)
            left = min(length, 4 * settings.max_request_bytes)
            try:
                while left > 0 and (chunk := self.rfile.read1(min(left, 65536))):
                    left -= len(chunk)
            except (TimeoutError, OSError):
                pass

        def _send(self, reply: Reply) -> None:
            if not self.body_read and self._announces_body():
                self.close_connection = True  # see the module doc: unread bytes are never a next request
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(reply.body)))
            for name, value in reply.headers:
                self.send_header(name, value)
            if settings.cors:
                self.send_header("Access-Control-Allow-Origin", "*")
                self.send_header("Access-Control-Expose-Headers", EXPOSED)
            if self.close_connection:
                self.send_header("Connection", "close")
            self.end_headers()
            if not self.head_only:
                self.wfile.write(reply.body)

    return Handler


def _hung_up(connection: socket.socket) -> bool:
    """Whether the client closed its side of the connection (its next read is the end), as a
    client does that gives up on an answer; bytes it sent meanwhile (a next request) are left
    unread."""
    poller = select.poll()
    poller.register(connection, select.POLLIN)
    try:
        # only once it is readable: a socket with a timeout would wait in recv, and say TimeoutError
        return bool(poller.poll(0)) and connection.recv(1, socket.MSG_PEEK) == b""
    except (BlockingIOError, InterruptedError, TimeoutError):
        return False
    except OSError:  # reset by the peer
        return True


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 8000, ready=lambda url, snapshot: print(url)) -> None:
    """Serve until Ctrl-C or SIGTERM (call from the main thread); `ready(url, snapshot)` once
    listening, with the time of the store snapshot answered from (None when writable)."""
    import signal

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)
    with Endpoint(settings, host, port) as endpoint:
        ready(endpoint.url, endpoint.workers.snapshot)
        try:
            endpoint.serve_forever()
        except KeyboardInterrupt:
            pass
