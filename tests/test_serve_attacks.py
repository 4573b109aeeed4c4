"""The endpoint against an attacker (issue 15): each class of attack on a real `kg serve`
process over real HTTP, with variants of the class rather than one string.

SERVICE and LOAD are decided on the parsed request, so every spelling of them is refused
and the outside server never hears from kg; the refusal does not depend on whether the
target answers (no port scanner).
"""
from __future__ import annotations

import http.client
import socket
import time
from http.server import BaseHTTPRequestHandler
from urllib.parse import quote, urlencode, urlsplit

import pytest

pytest_plugins = ["conftest_server"]


@pytest.fixture(scope="module")
def served(small_store, graph_layer):
    """A read-only `kg serve` with default settings; yields its /sparql URL."""
    with graph_layer.kg_serve(small_store, port=graph_layer.free_port()) as (url, _):
        yield url


@pytest.fixture(scope="module")
def updatable(tmp_path_factory, graph_layer):
    """`kg serve --allow-update` on a store of its own, shared by the tests below that send it
    updates: each compares the store before and after its own requests, so what another wrote
    before it does not matter; yields its /sparql URL."""
    store = graph_layer.write_small_store(tmp_path_factory.mktemp("updatable") / "store")
    with graph_layer.kg_serve(store, "--allow-update", port=graph_layer.free_port()) as (url, _):
        yield url


def call(url: str, method: str = "GET", path: str | None = None, body: bytes | None = None,
         headers: dict | None = None, timeout: float = 30) -> tuple[int, dict, bytes]:
    """(status, headers, body) of one request sent with http.client (headers exactly as given)."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    try:
        connection.request(method, path or parts.path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        connection.close()


def query(url: str, sparql: str, **headers) -> tuple[int, dict, bytes]:
    return call(url, path=urlsplit(url).path + "?" + urlencode({"query": sparql}), headers=headers)


# ---------------------------------------------------------------------- SERVICE and LOAD

SERVICE_VARIANTS = {
    "glued_dot": "SELECT * WHERE { ?s ?p ?o .SERVICE <{base}/a> { ?x ?y ?z } }",
    "escaped_quote": 'SELECT * WHERE { BIND("\\u0022" AS ?x) SERVICE <{base}/b> { ?a ?b ?c } } #"',
    "two_escaped_quotes": 'SELECT * WHERE { BIND("\\u0022" AS ?x) SERVICE <{base}/c> { ?a ?b ?c } BIND("\\u0022" AS ?y) }',
    "escaped_apostrophe": "SELECT * WHERE { BIND('\\u0027' AS ?x) SERVICE <{base}/d> { ?a ?b ?c } } #'",
    "escaped_backslash": 'SELECT * WHERE { BIND("a\\u005c" AS ?x) SERVICE <{base}/e> { ?a ?b ?c } } #"',
    "escaped_backslash_pair": 'SELECT * WHERE { BIND("\\\\u0022" AS ?x) SERVICE <{base}/f> { ?a ?b ?c } } #"',
    "lowercase": "select * where { service <{base}/g> { ?a ?b ?c } }",
    "comment_between": "SELECT * WHERE { SERVICE#x\n<{base}/h> { ?a ?b ?c } }",
    "prefixed_name": "PREFIX e: <{base}/> SELECT * WHERE { SERVICE e:i { ?a ?b ?c } }",
    "silent": "SELECT * WHERE { SERVICE SILENT <{base}/j> { ?a ?b ?c } }",
    "in_exists": "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <{base}/k> { ?a ?b ?c } } }",
    "deep_in_optional": "SELECT * WHERE { OPTIONAL { { SERVICE <{base}/l> { ?a ?b ?c } } } }",
    "ask": "ASK { SERVICE <{base}/m> { ?a ?b ?c } }",
    "construct": "CONSTRUCT { ?a ?b ?c } WHERE { SERVICE <{base}/n> { ?a ?b ?c } }",
    "variable_endpoint": "SELECT * WHERE { VALUES ?e { <{base}/o> } SERVICE ?e { ?a ?b ?c } }",
    "in_subquery": "SELECT * WHERE { { SELECT * WHERE { SERVICE <{base}/p> { ?a ?b ?c } } } }",
    # rdflib ended a comment at a line feed only, Oxigraph at a carriage return too
    "comment_ended_by_carriage_return": "SELECT * WHERE { ?s ?p ?o # x\rSERVICE <{base}/q> { ?a ?b ?c }\n}",
    # rdflib undid the escape in the comment, ended it there and read the SERVICE as a long string
    "escaped_line_feed_in_comment": 'SELECT * WHERE {\n ?s ?p ?o . # \\u000A FILTER(?o != """\n'
                                    ' SERVICE <{base}/r> { ?a ?b ?c }\n FILTER(?o != """) # """)\n}',
    "in_minus_of_a_union": "SELECT * WHERE { { ?s ?p ?o } UNION { ?s ?p ?o MINUS { SERVICE <{base}/s> { ?s ?p ?o } } } }",
    "in_not_exists_in_bind": "SELECT * WHERE { BIND(NOT EXISTS { SERVICE <{base}/t> { ?a ?b ?c } } AS ?x) }",
    "in_graph_of_a_values_query": "SELECT * WHERE { VALUES ?g { <urn:g> } GRAPH ?g { SERVICE <{base}/u> { ?a ?b ?c } } }",
    # rdflib reads `\U` before four hex digits (a line feed here, in a comment Oxigraph leaves as text)
    "capital_u_escape_of_four_digits_in_a_comment": 'SELECT * WHERE {\n ?s ?p ?o . # \\U000A FILTER(?o != """\n'
                                                    ' SERVICE <{base}/v> { ?a ?b ?c }\n FILTER(?o != """) # """)\n}',
    # and `\u` before eight: a quote to rdflib, NUL and "0022" to Oxigraph
    "small_u_escape_of_eight_digits": 'SELECT * WHERE { BIND("\\u00000022" AS ?x) SERVICE <{base}/w> { ?a ?b ?c } '
                                      'BIND("\\u00000022" AS ?y) }',
}


@pytest.mark.parametrize("variant", sorted(SERVICE_VARIANTS))
def test_service_in_any_spelling_is_refused_and_nothing_is_fetched(served, outside, variant):
    base, seen = outside
    status, _, body = query(served, SERVICE_VARIANTS[variant].replace("{base}", base))
    assert status in (400, 403), (status, body)
    time.sleep(0.2)
    assert seen == []


UPDATE_FETCHES = [
    "LOAD <{base}/a> INTO GRAPH <urn:loaded>",
    "load silent <{base}/b>",
    "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } } ;\nLOAD <{base}/c>",
    "PREFIX e: <{base}/> LOAD e:d",
    'INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> "\\u0022" } } ; LOAD <{base}/e> ; INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> "\\u0022" } }',
    "INSERT { GRAPH <urn:g> { ?s ?p ?o } } WHERE { SERVICE <{base}/f> { ?s ?p ?o } }",
    "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o .SERVICE <{base}/g> { ?s ?p ?o } }",
    "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } } # x\r; LOAD <{base}/h>\n",
    'INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> "x" } } # \\u000A ; INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> """\n'
    ' ; LOAD <{base}/i> ; INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> """ } } # """ } }',
    'INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> "x" } } ; # \\U000A INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> """\n'
    'LOAD <{base}/j> ;\n# """ } }',
    'INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> "\\u00000022" } } ; LOAD <{base}/k> ; '
    'INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> "\\u00000022" } }',
]


def test_load_and_service_inside_allowed_updates_are_refused(updatable, outside):
    base, seen = outside
    url = updatable
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    before = query(url, count)
    for update in UPDATE_FETCHES:
        status, _, body = call(url, "POST", body=update.replace("{base}", base).encode(),
                               headers={"Content-Type": "application/sparql-update"})
        assert status in (400, 403), (update, status, body)
    assert query(url, count)[2] == before[2]
    assert seen == []


def test_a_refusal_says_nothing_about_whether_the_target_answers(served, outside, graph_layer):
    """Without --allow-service the target is never tried, so an open and a closed port read the same."""
    base, _ = outside
    closed = f"http://127.0.0.1:{graph_layer.free_port()}"
    answers = {query(served, f"SELECT * WHERE {{ SERVICE <{target}/x> {{ ?a ?b ?c }} }}")[::2] for target in (base, closed)}
    assert len(answers) == 1 and next(iter(answers))[0] == 403


class _NotFound(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_error(404)

    do_POST = do_GET  # noqa: N815 - http.server's naming

    def log_message(self, *args):
        pass


def test_with_allow_service_errors_do_not_tell_open_from_closed_ports(small_store, graph_layer):
    """Even when SERVICE is allowed, a failed fetch is one message whatever the target did."""
    closed = f"http://127.0.0.1:{graph_layer.free_port()}"
    with graph_layer.stub_server(_NotFound) as opened, \
            graph_layer.kg_serve(small_store, "--allow-service", port=graph_layer.free_port()) as (url, _):
        replies = {query(url, f"SELECT * WHERE {{ SERVICE <{target}/x> {{ ?a ?b ?c }} }}")[::2] for target in (closed, opened)}
    assert len(replies) == 1 and next(iter(replies))[0] == 500, replies


# ---------------------------------------------------------------------- Content-Length

def raw(url: str, request: bytes, timeout: float = 10) -> bytes:
    """What the server answers to `request`, sent as bytes on a socket, until it closes or `timeout`."""
    parts = urlsplit(url)
    with socket.create_connection((parts.hostname, parts.port), timeout=timeout) as connection:
        connection.sendall(request)
        received = b""
        try:
            while chunk := connection.recv(65536):
                received += chunk
        except (TimeoutError, ConnectionResetError):
            pass
    return received


def status_of(answer: bytes) -> int:
    return int(answer.split(b" ", 2)[1]) if answer.startswith(b"HTTP/") else 0


QUERY_BODY = b"ASK { ?c a kg:Call }"
BAD_LENGTHS = {
    "negative": [b"Content-Length: -1"],
    "minus_zero": [b"Content-Length: -0"],
    "plus_sign": [b"Content-Length: +20"],
    "not_a_number": [b"Content-Length: abc"],
    "hex": [b"Content-Length: 0x14"],
    "unicode_digits": ["Content-Length: ²٠".encode()],
    "spaces_inside": [b"Content-Length: 2 0"],
    "two_equal": [b"Content-Length: 20", b"Content-Length: 20"],
    "two_different": [b"Content-Length: 20", b"Content-Length: 5"],
    "comma_list": [b"Content-Length: 20, 20"],
    "chunked": [b"Transfer-Encoding: chunked"],
    "chunked_and_length": [b"Transfer-Encoding: chunked", b"Content-Length: 20"],
    "identity_encoding": [b"Transfer-Encoding: identity", b"Content-Length: 20"],
    "missing": [],
    "huge": [b"Content-Length: 99999999999999999999"],
}


@pytest.mark.parametrize("case", sorted(BAD_LENGTHS))
def test_a_bad_content_length_is_refused_without_reading_the_body(served, case):
    """Each is refused with 400, 411 or 413 and the connection closed; nothing is run."""
    host = urlsplit(served).netloc.encode()
    head = b"\r\n".join([b"POST /sparql HTTP/1.1", b"Host: " + host, b"Content-Type: application/sparql-query",
                         *BAD_LENGTHS[case]])
    started = time.monotonic()
    answer = raw(served, head + b"\r\n\r\n" + QUERY_BODY)
    assert status_of(answer) in (400, 411, 413), answer[:200]
    assert b"true" not in answer.split(b"\r\n\r\n", 1)[-1]
    assert time.monotonic() - started < 8  # answered at once, not after waiting for a body


def test_a_body_over_the_limit_is_refused_and_never_read_whole(served):
    """The default limit is 1 MB: a client announcing 200 MB gets 413, and the server stops reading."""
    host = urlsplit(served).netloc.encode()
    head = b"POST /sparql HTTP/1.1\r\nHost: " + host + b"\r\nContent-Type: application/sparql-query\r\nContent-Length: 200000000\r\n\r\n"
    parts = urlsplit(served)
    sent = 0
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as connection:
        connection.sendall(head)
        try:
            while sent < 200_000_000:
                connection.sendall(b"#" * 65536)
                sent += 65536
        except OSError:
            pass
    assert sent < 20_000_000  # the server closed the connection long before 200 MB
    assert query(served, "ASK {}")[0] == 200


def test_a_good_content_length_on_a_kept_alive_connection(served):
    """Two requests on one HTTP/1.1 connection, each answered with its Content-Length."""
    parts = urlsplit(served)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        for _ in range(2):
            connection.request("POST", "/sparql", body=QUERY_BODY, headers={"Content-Type": "application/sparql-query"})
            response = connection.getresponse()
            body = response.read()
            assert response.status == 200 and b"true" in body and response.getheader("Content-Length") == str(len(body))
            assert response.version == 11
    finally:
        connection.close()


SMUGGLED = b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/sparql-update\r\n" \
           b"Content-Length: {length}\r\nX: a=\r\n\r\n{update}"
CARRIERS = {
    # what a cross-site HTML form can send (text/plain: 'name=value'), to a path that is not /sparql
    "post_to_another_path": b"POST /elsewhere HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nOrigin: http://evil.example\r\n"
                            b"Content-Type: text/plain\r\n",
    "get_with_a_body": b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n",
    "head_with_a_body": b"HEAD / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n",
    "options_with_a_body": b"OPTIONS /sparql HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n",
    # DNS rebinding: the browser names the attacker's host, which is refused before the body is read
    "post_from_a_refused_host": b"POST /sparql HTTP/1.1\r\nHost: evil.example:{port}\r\nContent-Type: text/plain\r\n",
}


def test_a_body_the_server_does_not_read_is_never_read_as_the_next_request(updatable):
    """A request whose body the server does not read (a POST to another path, a GET with a body, a
    refused Host) had its body read as the next request on the connection: a cross-site form's
    text/plain body held a whole `POST /sparql` update with no Origin header of its own, which
    ran (DROP ALL, with --allow-update). Now each is answered and the connection closed.
    On the shared `updatable` server."""
    url = updatable
    port = str(urlsplit(url).port).encode()
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    before = query(url, count)[2]
    for case, carrier in CARRIERS.items():
        update = f"INSERT DATA {{ GRAPH <urn:{case}> {{ <urn:a> <urn:b> <urn:c> }} }}".encode()
        inner = SMUGGLED.replace(b"{port}", port).replace(b"{length}", str(len(update)).encode()).replace(b"{update}", update)
        answer = raw(url, carrier.replace(b"{port}", port) + b"Content-Length: %d\r\n\r\n" % len(inner) + inner)
        assert answer.count(b"HTTP/1.1 ") == 1 and b"Connection: close" in answer, (case, answer[:300])
    assert query(url, count)[2] == before
    update = b"INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }"  # and a body that is read still keeps the connection
    request = SMUGGLED.replace(b"{port}", port).replace(b"{length}", str(len(update)).encode()).replace(b"{update}", update)
    assert raw(url, request + request.replace(b"X: a=", b"Connection: close"), timeout=10).count(b"HTTP/1.1 204") == 2


# ---------------------------------------------------------------------- Host and Origin

BAD_HOSTS = {
    "other_name": [b"Host: evil.example"],
    "other_name_with_port": [b"Host: evil.example:{port}"],
    "localhost_as_prefix": [b"Host: 127.0.0.1.evil.example:{port}"],
    "localhost_as_subdomain": [b"Host: localhost.evil.example"],
    "empty": [b"Host: "],
    "two_hosts": [b"Host: 127.0.0.1:{port}", b"Host: evil.example"],
    "missing": [],
    "user_info_trick": [b"Host: 127.0.0.1:{port}@evil.example"],
    "brackets_then_a_name": [b"Host: [::1]evil.example"],
    "two_ports": [b"Host: 127.0.0.1:{port}:1"],
    "space_inside": [b"Host: 127.0.0.1 evil.example"],
    "port_with_a_dot": [b"Host: 127.0.0.1:{port}."],
}


@pytest.mark.parametrize("case", sorted(BAD_HOSTS))
def test_a_request_for_another_host_is_refused(served, case):
    """DNS rebinding: a page of evil.example re-pointed at 127.0.0.1 sends Host: evil.example."""
    port = str(urlsplit(served).port).encode()
    head = b"\r\n".join([b"GET /sparql?query=ASK%7B%7D HTTP/1.1", *(h.replace(b"{port}", port) for h in BAD_HOSTS[case]),
                         b"Connection: close"])
    answer = raw(served, head + b"\r\n\r\n")
    assert status_of(answer) in (400, 421), answer[:200]


#: Requests that named another host, or a cross-site Origin, where the Host check did not look:
#: each ran an update on e34af8c (204).
UNLOOKED = {
    # absolute-form: its authority is the request's host (RFC 9112 3.2.2), the Host header ignored
    "absolute_form_target": b"POST http://evil.example/sparql HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n",
    # obsolete line folding: the Origin line is read as part of the header before it
    "origin_on_a_folded_line": b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nX-A: 1\r\n Origin: http://evil.example\r\n",
}


@pytest.mark.parametrize("case", sorted(UNLOOKED))
def test_a_target_with_another_host_or_a_folded_header_is_refused(updatable, case):
    """An outside tester's variants of the Host and Origin checks: a request target naming another
    host, a header folded over a line. Each is a 400 now, the store unchanged."""
    url = updatable
    port = str(urlsplit(url).port).encode()
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    before = query(url, count)[2]
    body = f"update={quote('INSERT DATA { GRAPH <urn:unlooked> { <urn:a> <urn:b> <urn:c> } }')}".encode()
    head = UNLOOKED[case].replace(b"{port}", port) + b"Content-Type: application/x-www-form-urlencoded\r\n"
    answer = raw(url, head + b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(body) + body)
    assert status_of(answer) == 400, answer[:300]
    assert query(url, count)[2] == before
    assert status_of(raw(url, b"OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nConnection: close\r\n\r\n" % port)) == 204


#: Header lines the parser stops at ('Name: value' they are not): every header after one was
#: unseen, a cross-site Origin or Referer among them, and the update ran on dde2a53 (204).
UNSEEN_AFTER = {
    "space_before_the_colon": b"Origin : http://evil.example\r\n",
    "a_line_without_a_colon": b"X-Junk\r\nOrigin: http://evil.example\r\n",
    "a_nul_in_a_name": b"X-\x00: 1\r\nReferer: http://evil.example/\r\n",
    "a_line_without_a_name": b": 1\r\nOrigin: http://evil.example\r\n",
}


@pytest.mark.parametrize("case", sorted(UNSEEN_AFTER))
def test_a_header_line_that_is_no_name_and_value_is_refused(updatable, case):
    url = updatable
    port = urlsplit(url).port
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    before = query(url, count)[2]
    body = f"update={quote('INSERT DATA { GRAPH <urn:unseen> { <urn:a> <urn:b> <urn:c> } }')}".encode()
    head = (b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            b"Content-Length: %d\r\nConnection: close\r\n" % (port, len(body)))
    answer = raw(url, head + UNSEEN_AFTER[case] + b"\r\n" + body)
    assert status_of(answer) == 400, answer[:300]
    assert query(url, count)[2] == before


@pytest.mark.parametrize("host", ["127.0.0.1:{port}", "localhost:{port}", "LOCALHOST", "[::1]:{port}", "localhost.:{port}",
                                  "127.0.0.1"])
def test_the_local_names_are_answered(served, host):
    port = urlsplit(served).port
    assert query(served, "ASK {}", Host=host.format(port=port))[0] == 200


CROSS_SITE = {  # the headers, in order (a name may come twice)
    "other_site": [("Origin", "http://evil.example")],
    "other_local_port": [("Origin", "http://127.0.0.1:1")],
    "https_same_host": [("Origin", "https://127.0.0.1:{port}")],
    "null_origin": [("Origin", "null")],
    "fetch_site_cross": [("Sec-Fetch-Site", "cross-site")],
    "fetch_site_same_site": [("Sec-Fetch-Site", "same-site")],
    "fetch_site_beats_origin": [("Origin", "http://127.0.0.1:{port}"), ("Sec-Fetch-Site", "cross-site")],
    # accepted on 28a676a: a Referer of another site with no Origin, and the first of two headers read alone
    "referer_of_another_site_without_origin": [("Referer", "http://evil.example/page?x=1")],
    "referer_of_another_port_without_origin": [("Referer", "http://127.0.0.1:1/")],
    "two_origins_ours_first": [("Origin", "http://127.0.0.1:{port}"), ("Origin", "http://evil.example")],
    "two_fetch_sites_same_first": [("Sec-Fetch-Site", "same-origin"), ("Sec-Fetch-Site", "cross-site")],
    "two_referers_ours_first": [("Referer", "http://127.0.0.1:{port}/"), ("Referer", "http://evil.example/")],
}


def _post(url: str, body: bytes, headers: list[tuple[str, str]]) -> tuple[int, bytes]:
    """(status, body) of a POST with `headers` sent as given, a name twice if it comes twice."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        connection.putrequest("POST", parts.path)
        for name, value in [*headers, ("Content-Length", str(len(body)))]:
            connection.putheader(name, value)
        connection.endheaders(body)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


@pytest.mark.parametrize("cors", [False, True], ids=["plain", "cors"])
def test_a_cross_site_update_never_changes_the_store(tmp_path, graph_layer, request, cors):
    """An HTML form on another site posting update=DROP ALL (form-encoded: a 'simple' request the
    browser sends without asking) is refused, with --cors too; same-origin and non-browser updates
    work. Without --cors, on the shared `updatable` server."""
    if not cors:
        _cross_site_updates_are_refused(request.getfixturevalue("updatable"))
        return
    store = graph_layer.write_small_store(tmp_path / "store")
    with graph_layer.kg_serve(store, "--allow-update", "--cors", port=graph_layer.free_port()) as (url, _):
        _cross_site_updates_are_refused(url)


def _cross_site_updates_are_refused(url: str) -> None:
    port = urlsplit(url).port
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    before = query(url, count)[2]
    form = urlencode({"update": "DROP ALL"}).encode()
    for case, headers in CROSS_SITE.items():
        sent = [(name, value.format(port=port)) for name, value in headers]
        for body, media in ((form, "application/x-www-form-urlencoded"), (b"DROP ALL", "application/sparql-update")):
            status, answer = _post(url, body, [("Content-Type", media), *sent])
            assert status == 403, (case, status, answer)
    assert query(url, count)[2] == before
    insert = "INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }"
    same = call(url, "POST", body=insert.encode(), headers={"Content-Type": "application/sparql-update",
                                                           "Origin": f"http://127.0.0.1:{port}", "Sec-Fetch-Site": "same-origin"})
    assert same[0] == 204
    page = call(url, "POST", body=insert.encode(), headers={"Content-Type": "application/sparql-update",
                                                           "Referer": f"http://localhost:{port}/?q=1"})
    assert page[0] == 204  # a page of the endpoint's own, its Origin left out
    assert call(url, "POST", body=insert.encode(), headers={"Content-Type": "application/sparql-update"})[0] == 204


def test_cross_site_updates_can_be_allowed_explicitly(tmp_path, graph_layer):
    store = graph_layer.write_small_store(tmp_path / "store")
    with graph_layer.kg_serve(store, "--allow-update", "--cors", "--allow-cross-site-updates",
                              port=graph_layer.free_port()) as (url, _):
        status, _, _ = call(url, "POST", body=b"INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }",
                            headers={"Content-Type": "application/sparql-update", "Origin": "http://elsewhere.example"})
        assert status == 204


# ---------------------------------------------------------------------- nesting depth

DEEP = {
    "braces_10000": "SELECT * WHERE " + "{ " * 10_000 + "}" * 10_000,
    "optionals_200": "SELECT * WHERE " + "{ ?s ?p ?o OPTIONAL " * 200 + "{ }" + " }" * 200,
    "parentheses_5000": "SELECT * WHERE { FILTER(" + "(" * 5000 + "1" + ")" * 5000 + ") }",
    "blank_node_lists_3000": "SELECT * WHERE { ?s ?p " + "[ ?p " * 3000 + "?o" + " ]" * 3000 + " }",
    "mixed_unclosed": "SELECT * WHERE " + "{ ( [ " * 3000,
    # the count took a comment to end at a line feed only; Oxigraph (and the grammar) end it at \r too
    "braces_after_a_comment_ended_by_carriage_return": "SELECT * WHERE { ?s ?p ?o # x\r" + "{ " * 10_000 + "}" * 10_000 + "\n}",
    # no bracket, but each operator is one more level of Oxigraph's tree: these crashed a worker
    "minus_chain_20000": "ASK { FILTER(1" + "-1" * 20_000 + " > 0) }",
    "or_chain_10000": "ASK { FILTER(false" + " || false" * 10_000 + ") }",
    "unions_8000": "ASK { " + " UNION ".join(["{}"] * 8000) + " }",
    "binds_3000": "SELECT * { " + " ".join(f"BIND({n} AS ?v{n})" for n in range(3000)) + " }",
    "minus_patterns_3000": "ASK { ?a ?b ?c " + "MINUS { ?a ?b <urn:x> } " * 3000 + "}",
    "path_alternatives_10000": "ASK { ?s " + "|".join(["<urn:p>"] * 10_000) + " ?o }",
    # nor here: each projected expression, VALUES block or DESCRIBE target is one more level
    "projections_5000": "SELECT " + " ".join(f"(1 AS ?v{n})" for n in range(5000)) + " WHERE {}",
    "values_blocks_5000": "SELECT * WHERE { " + " ".join(f"VALUES ?v{n} {{ 1 }}" for n in range(5000)) + " }",
    "describe_targets_5000": "DESCRIBE " + " ".join(f"<urn:x{n}>" for n in range(5000)),
}


@pytest.mark.parametrize("case", sorted(DEEP))
def test_deep_nesting_is_refused_before_parsing_and_no_worker_dies(served, case):
    status, _, body = call(served, "POST", body=DEEP[case].encode(), headers={"Content-Type": "application/sparql-query"})
    assert status == 400 and b"nest" in body, (status, body[:200])
    status, _, body = query(served, DEEP[case])
    assert status == 414 or (status == 400 and b"nest" in body), (status, body[:200])  # 414: too long for a URL
    assert query(served, "ASK { ?c a kg:Call }")[2].count(b"true") == 1


def test_datatypes_prefixed_names_variables_and_language_tags_are_not_operators():
    """A bulk INSERT DATA of typed literals and hyphenated names is not a chain of operators."""
    from kg.graph.nesting import MAX_OPERATORS, check_depth, measure

    triples = " .\n".join(f'doc:s{n}-2020-04 kg:x-y "{n}"^^xsd:integer, "été"@fr-CA ; :a-b ?union' for n in range(2000))
    check_depth("INSERT DATA { " + triples + " }")
    assert measure("SELECT ?optional ex:union WHERE { ?a ex:p-q ?b FILTER(?b < 3 && ?b > <urn:x>) } # UNION - - -")[1] == 4
    assert measure("SELECT * { ?s ^<urn:p>/<urn:q>|<urn:r> ?o OPTIONAL { } MINUS { } }")[1] == 6
    assert measure("DESCRIBE <urn:a> ex:b ?c WHERE { ?c <urn:p> ?d } VALUES ?d { <urn:e> }")[1] == 4
    assert MAX_OPERATORS >= 1000


def test_brackets_in_strings_iris_and_comments_do_not_count(served):
    sparql = ('SELECT * WHERE { BIND("' + "{" * 5000 + '" AS ?x) BIND(<urn:' + "(" * 5000 + "> AS ?y) } #" + "[" * 5000)
    assert query(served, sparql)[0] == 200


KG_QUERY_DEEP = {
    "plain": ("SELECT * WHERE { " + "{ " * 3000 + "}" * 3000 + "\n}", "nests 3001 levels"),
    "after_a_comment_ended_by_carriage_return": ("SELECT * WHERE { ?s ?p ?o # x\r" + "{ " * 3000 + "}" * 3000 + "\n}",
                                                 "nests 3001 levels"),
    "binds_3000": ("SELECT ?v0 { " + " ".join(f"BIND({n} AS ?v{n})" for n in range(3000)) + " }", "has 6000 operators"),
    "minus_chain_8000": ("ASK { FILTER(1" + "-1" * 8000 + " > 0) }", "has 8001 operators"),
}


@pytest.mark.parametrize("case", sorted(KG_QUERY_DEEP))
def test_kg_query_refuses_deep_nesting_instead_of_crashing(small_store, graph_layer, case):
    """3,000 nested braces, or 3,000 BINDs in a row, overflowed Oxigraph's stack in `kg query`: a segfault, no message."""
    import subprocess

    sparql, said = KG_QUERY_DEEP[case]
    done = subprocess.run([*graph_layer.kg_command(), "query", "--store", str(small_store), "-"], input=sparql,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and said in done.stderr, (done.returncode, done.stderr[-500:])


def _kg_query(graph_layer, store, sparql: str, *options: str):
    """A real `kg query` process reading `sparql` from standard input, its address space capped
    at 4 GB as a guard for the machine (unbounded, 100 nested OPTIONALs took 3.3 GB in 3 s)."""
    import resource
    import subprocess

    def guard() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))

    started = time.monotonic()
    done = subprocess.run([*graph_layer.kg_command(), "query", "--store", str(store), *options, "-"], input=sparql,
                          capture_output=True, text=True, timeout=120, preexec_fn=guard)
    return done, time.monotonic() - started


def test_kg_query_stops_a_runaway_query_at_its_timeout_with_one_line(small_store, graph_layer):
    """A cartesian product ran in `kg query` for as long as one waited: it runs in a worker of the
    endpoint's kind, killed at --timeout, and the command says so on one line."""
    product = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    done, seconds = _kg_query(graph_layer, small_store, product, "--timeout", "1")
    assert done.returncode == 1 and done.stdout == "", (done.returncode, done.stderr[-500:])
    assert done.stderr.splitlines() == ["Error: query stopped: it ran longer than the 1 s timeout (--timeout raises it)"]
    assert seconds < 60
    done, _ = _kg_query(graph_layer, small_store, "SELECT (COUNT(*) AS ?n) WHERE { ?c a kg:Call }", "--format", "csv")
    assert done.returncode == 0 and done.stdout.splitlines()[0] == "n", done.stderr


@pytest.mark.parametrize("case", ["nested_optionals", "order_by_product"])
def test_kg_query_stops_a_query_that_eats_memory_with_one_line(small_store, graph_layer, case):
    """The same queries as the endpoint's workers (`HUNGRY`) in `kg query --max-memory 800`: the
    worker's address space is capped, the query stopped, one line, no traceback."""
    done, seconds = _kg_query(graph_layer, small_store, HUNGRY[case], "--max-memory", "800", "--timeout", "90")
    assert done.returncode == 1 and done.stdout == "", (done.returncode, done.stderr[-500:])
    assert done.stderr.splitlines() == ["Error: query stopped: it took more than the 800 MB a query process may use, "
                                        "or crashed the process (--max-memory raises the limit)"], done.stderr[-500:]
    assert seconds < 90


# ---------------------------------------------------------------------- slow and many connections

@pytest.fixture(scope="module")
def tight(small_store, graph_layer):
    """`kg serve` with 1 s per request (10 s by default) and 4 connections at most."""
    with graph_layer.kg_serve(small_store, "--request-timeout", "1", "--max-connections", "4",
                              port=graph_layer.free_port()) as (url, _):
        yield url


def _drip(url: str, data: bytes, every: float, seconds: float) -> tuple[float, bytes]:
    """Send `data` a byte at a time; (seconds until the server cut the connection, what it said)."""
    parts = urlsplit(url)
    started = time.monotonic()
    with socket.create_connection((parts.hostname, parts.port), timeout=seconds) as connection:
        answer = b""
        try:
            for byte in data:
                connection.sendall(bytes([byte]))
                time.sleep(every)
                if time.monotonic() - started > seconds:
                    break
            while chunk := connection.recv(65536):
                answer += chunk
        except OSError:
            pass
    return time.monotonic() - started, answer


SLOW = {
    "request_line": b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\n",
    "headers": b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Pad: " + b"a" * 100,
    "body": b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\nContent-Length: 20\r\n\r\nASK { ?c a kg:Call }",
}


@pytest.mark.parametrize("part", sorted(SLOW))
def test_a_slow_drip_is_cut_after_the_request_timeout(tight, part):
    """A byte every 0.3 s never finishes a request in 1 s: cut, whichever part drips."""
    data = SLOW[part]
    if part == "body":  # headers at once, then the body drips
        head, body = data.split(b"\r\n\r\n")
        parts = urlsplit(tight)
        started = time.monotonic()
        with socket.create_connection((parts.hostname, parts.port), timeout=15) as connection:
            connection.sendall(head + b"\r\n\r\n")
            answer = b""
            try:
                for byte in body:
                    connection.sendall(bytes([byte]))
                    time.sleep(0.3)
                while chunk := connection.recv(65536):
                    answer += chunk
            except OSError:
                pass
        took = time.monotonic() - started
    else:
        took, answer = _drip(tight, data, 0.3, 15)
    assert took < 4 and b"200 OK" not in answer, (took, answer[:200])


def test_idle_connections_cannot_exhaust_the_server(tight):
    """4 connections that send nothing fill the server: a fifth client gets 503 at once, and
    once the idle ones are cut (1 s) the server answers again."""
    parts = urlsplit(tight)
    idle = [socket.create_connection((parts.hostname, parts.port), timeout=10) for _ in range(4)]
    try:
        time.sleep(0.3)
        started = time.monotonic()
        status, _, body = query(tight, "ASK {}")
        assert status == 503 and b"too many connections" in body and time.monotonic() - started < 2
        time.sleep(1.5)
        assert query(tight, "ASK { ?c a kg:Call }")[0] == 200
    finally:
        for connection in idle:
            connection.close()


# ---------------------------------------------------------------------- memory and answer bytes

HUNGRY = {
    "order_by_product": "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a ?d ?g",
    "count_distinct_product": "SELECT (COUNT(DISTINCT *) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
    "nested_optionals": ("SELECT * WHERE { ?s0 ?p0 ?o0 " + "".join(f"OPTIONAL {{ ?s{i} ?p{i} ?o{i} " for i in range(1, 100))
                         + "}" * 99 + " } ORDER BY ?o0 ?o1 ?o2"),
}


@pytest.fixture(scope="module")
def capped_memory(small_store, graph_layer):
    """`kg serve` whose workers may map 800 MB each, one for the three cases below (each checks
    that the worker its query killed is replaced, so the next case finds a full pool again)."""
    with graph_layer.kg_serve(small_store, "--max-memory", "800", "--timeout", "60", port=graph_layer.free_port()) as (url, _):
        yield url


@pytest.mark.parametrize("case", sorted(HUNGRY))
def test_a_query_that_eats_memory_stops_its_worker_only(capped_memory, case):
    """Each worker's address space is capped (--max-memory 800): the query gets a 503 line while
    another client is answered, and the replaced worker answers afterwards."""
    import threading

    url = capped_memory
    outcome: dict = {}

    def hungry():
        started = time.monotonic()
        outcome["reply"] = query(url, HUNGRY[case])
        outcome["seconds"] = time.monotonic() - started

    thread = threading.Thread(target=hungry)
    thread.start()
    time.sleep(0.5)
    assert query(url, "ASK { ?c a kg:Call }")[0] == 200
    thread.join(90)
    status, _, body = outcome["reply"]
    assert status == 503 and b"MB" in body and body.count(b"\n") == 1 and outcome["seconds"] < 55, (status, body)
    for _ in range(3):
        assert query(url, "ASK { ?c a kg:Call }")[0] == 200


LONG = 'BIND(CONCAT({}) AS ?long)'.format(", ".join(['"' + "x" * 1000 + '"'] * 100))
BIG_ANSWERS = {
    "replace_long_literal": f"SELECT ?x WHERE {{ ?s ?p ?o {LONG} BIND(REPLACE(?long, 'x', 'yyyyyyyyyy') AS ?x) }}",
    "one_huge_value": f"SELECT ?x WHERE {{ {LONG} BIND(REPLACE(?long, 'x', 'yyyyyyyyyy') AS ?x) }}",
    "construct_long_objects": f"CONSTRUCT {{ ?s <urn:long> ?x }} WHERE {{ ?s ?p ?o {LONG} BIND(CONCAT(?long, STR(?o)) AS ?x) }}",
}


@pytest.mark.parametrize("case", sorted(BIG_ANSWERS))
@pytest.mark.parametrize("accept", ["application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                                    "text/turtle", "application/n-triples"])
def test_an_answer_is_cut_at_the_byte_cap_and_says_so(small_store, graph_layer, case, accept, request):
    """Few rows can be many bytes: with --max-answer 200000 no answer is longer, and a cut one says so."""
    server = request.getfixturevalue("capped")
    status, headers, body = call(server, "POST", body=BIG_ANSWERS[case].encode(),
                                 headers={"Content-Type": "application/sparql-query", "Accept": accept})
    if status == 406:  # a SELECT asked for a graph format, or the reverse
        return
    assert status == 200 and len(body) <= 200_000, (status, len(body))
    assert headers.get("X-KG-MaxBytes") == "200000"


@pytest.fixture(scope="module")
def capped(small_store, graph_layer):
    with graph_layer.kg_serve(small_store, "--max-answer", "200000", port=graph_layer.free_port()) as (url, _):
        yield url


# ---------------------------------------------------------------------- the store under a running server

def _add_document(store_path, name: str) -> None:
    """Write one more document graph, as a build does (the store's own writer, flushed)."""
    import pyoxigraph as ox

    import kg

    with kg.open(store_path, write=True) as store:
        typed = f"<urn:new:{name}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/kg-diplo/ontology#Call> ."
        store.add_graph(ox.NamedNode(f"urn:new:{name}"), [typed])
        store.flush()


def test_a_new_build_is_served_by_all_workers_together_never_alternating(tmp_path, graph_layer):
    """Answers carry the time of their snapshot; after a build the server moves to a new one, and
    from the first new answer on every answer is new, while killed workers are replaced."""
    import threading

    store = graph_layer.write_small_store(tmp_path / "store")
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?c a kg:Call }"
    with graph_layer.kg_serve(store, "--timeout", "1", "--workers", "3", port=graph_layer.free_port()) as (url, ready):
        assert "snapshot" in ready
        status, headers, body = query(url, count, Accept="text/csv")
        old, old_snapshot = body, headers["X-KG-Snapshot"]
        time.sleep(1.1)  # the next snapshot is taken in another second
        _add_document(store, "a")
        answers: list[bytes] = []
        snapshots = set()
        done = threading.Event()

        def runaways():  # each kills and replaces a worker
            while not done.is_set():
                query(url, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }")

        killer = threading.Thread(target=runaways)
        killer.start()
        give_up, until = time.monotonic() + 60, None  # 60 s for a loaded machine; 3 s more once new
        while time.monotonic() < (until or give_up):
            status, headers, body = query(url, count, Accept="text/csv")
            if status == 200:
                answers.append(body)
                snapshots.add(headers["X-KG-Snapshot"])
                if body != old and until is None:
                    until = time.monotonic() + 3
            time.sleep(0.05)
        done.set()
        killer.join(30)
    assert answers[-1] != old and len(snapshots - {old_snapshot}) == 1, (answers[-1], snapshots)
    first_new = next(i for i, body in enumerate(answers) if body != old)
    assert all(body == answers[-1] for body in answers[first_new:]), "an old answer came after a new one"


def test_a_client_gone_before_its_answer_is_one_log_line_not_a_traceback(small_store, graph_layer):
    """A client that sends part of a body and leaves, or asks and hangs up at once: the server's
    write of its answer to the closed connection (a broken pipe, a reset) was socketserver's
    traceback in the log, 20 lines a client; now one line, and the server answers on."""
    import subprocess
    import threading

    port = graph_layer.free_port()
    server = subprocess.Popen([*graph_layer.kg_command(), "serve", "--store", str(small_store), "--port", str(port),
                               "--request-timeout", "1"], stdin=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    log: list[str] = []
    try:
        url = server.stderr.readline().split()[1]
        threading.Thread(target=lambda: log.extend(server.stderr), daemon=True).start()
        for _ in range(3):
            with socket.create_connection(("127.0.0.1", port), timeout=5) as connection:
                connection.sendall(b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                                   b"Content-Length: 20\r\n\r\nASK")
            with socket.create_connection(("127.0.0.1", port), timeout=5) as connection:
                connection.sendall(b"GET /sparql?query=DESCRIBE%20%3Fs%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D HTTP/1.1\r\n"
                                   b"Host: 127.0.0.1\r\n\r\n")
        time.sleep(1.5)  # the first requests' time is up: the server answers them, to nobody
        assert query(url, "ASK { ?c a kg:Call }")[0] == 200
    finally:
        server.terminate()
        server.wait(15)
    time.sleep(0.2)
    said = "".join(log)
    assert "Traceback" not in said and "went away" in said, said[-2000:]
