"""The endpoint against an attacker (issue 15): each class of attack on a real `kg serve`
process over real HTTP, with variants of the class rather than one string.

SERVICE and LOAD are decided on the parsed request, so every spelling of them is refused
and the outside server never hears from kg; the refusal does not depend on whether the
target answers (no port scanner).
"""
from __future__ import annotations

import http.client
import time
from http.server import BaseHTTPRequestHandler
from urllib.parse import urlencode, urlsplit

import pytest

pytest_plugins = ["conftest_server"]


class _Recorder(BaseHTTPRequestHandler):
    """An outside server: records every request it gets, answers a triple."""

    seen: list[str] = []  # noqa: RUF012 - one list per test, set by the fixture

    def do_GET(self):
        self.seen.append(self.path)
        body = b"<urn:x> <urn:y> <urn:z> .\n"
        self.send_response(200)
        self.send_header("Content-Type", "application/n-triples")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET  # noqa: N815 - http.server's naming

    def log_message(self, *args):
        pass


@pytest.fixture
def outside(graph_layer):
    _Recorder.seen = []
    with graph_layer.stub_server(_Recorder) as base:
        yield base, _Recorder.seen


@pytest.fixture(scope="module")
def served(small_store, graph_layer):
    """A read-only `kg serve` with default settings; yields its /sparql URL."""
    with graph_layer.kg_serve(small_store, port=graph_layer.free_port()) as (url, _):
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
]


def test_load_and_service_inside_allowed_updates_are_refused(tmp_path, graph_layer, outside):
    base, seen = outside
    store = graph_layer.write_small_store(tmp_path / "store")
    with graph_layer.kg_serve(store, "--allow-update", port=graph_layer.free_port()) as (url, _):
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
