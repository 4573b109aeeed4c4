"""HTTP: the server that takes SPARQL Protocol requests on /sparql and hands them to the
query workers; `serve()` runs it until Ctrl-C or SIGTERM."""
from __future__ import annotations

from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from kg.errors import EndpointError
from kg.serve.protocol import Params, Reply, Settings, get_params, post_params, sparql_request, text
from kg.serve.workers import Workers


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
        timeout = 60  # seconds a client may take to send its request

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            url = urlsplit(self.path)
            if url.path == "/sparql":
                return self._sparql(get_params(url.query, settings))
            if url.path == "/" and settings.page is not None and settings.page.is_file():
                return self._send(Reply(200, settings.page.read_bytes(), "text/html; charset=utf-8"))
            self._send(text(404, f"nothing at {url.path}; the SPARQL endpoint is /sparql"))

        def do_POST(self) -> None:  # noqa: N802
            url = urlsplit(self.path)
            if url.path != "/sparql":
                return self._send(text(404, f"nothing at {url.path}; the SPARQL endpoint is /sparql"))
            if "chunked" in self.headers.get("Transfer-Encoding", "").lower() or self.headers.get("Content-Length") is None:
                return self._send(text(411, "send a Content-Length"))
            try:
                length = int(self.headers["Content-Length"])
            except ValueError:
                return self._send(text(400, f"bad Content-Length {self.headers['Content-Length']!r}"))
            if length > settings.max_request_bytes:
                self._discard(length)
                return self._send(text(413, f"request of {length} bytes; the limit is {settings.max_request_bytes}"))
            self._sparql(post_params(url.query, self.headers.get_content_type(), self.rfile.read(length)))

        def _sparql(self, params: Params | Reply) -> None:
            request = params if isinstance(params, Reply) else sparql_request(params, settings)
            if isinstance(request, Reply):
                return self._send(request)
            kind, sparql = request
            self._send(endpoint.workers.run(kind, sparql, self.headers.get("Accept")))

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
