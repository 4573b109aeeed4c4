"""A standard endpoint (issue 12, point 4): CORS for browser clients of other origins, OPTIONS
and HEAD, a SPARQL 1.1 service description, TSV, HTTP/1.1 keep-alive and the offline query
page, on a real `kg serve` process; the browser parts in headless Chromium."""
from __future__ import annotations

import http.client
from http.server import BaseHTTPRequestHandler
from urllib.parse import urlencode, urlsplit

import pyoxigraph as ox
import pytest

try:
    from tests.browser import in_own_browser
except ImportError:
    from browser import in_own_browser

pytest_plugins = ["conftest_server"]
slow = pytest.mark.slow
CALLS = "SELECT DISTINCT ?call WHERE { ?call a kg:Call } ORDER BY ?call"


@pytest.fixture(scope="module")
def cors_url(small_store, graph_layer):
    with graph_layer.kg_serve(small_store, "--cors", port=graph_layer.free_port()) as (url, _):
        yield url


@pytest.fixture(scope="module")
def plain_url(small_store, graph_layer):
    with graph_layer.kg_serve(small_store, port=graph_layer.free_port()) as (url, _):
        yield url


def call(url: str, method: str = "GET", path: str | None = None, body: bytes | None = None, headers: dict | None = None):
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        connection.request(method, path or parts.path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


def sparql_path(url: str, sparql: str) -> str:
    return urlsplit(url).path + "?" + urlencode({"query": sparql})


def test_options_and_a_preflight_with_cors(cors_url):
    status, headers, body = call(cors_url, "OPTIONS", headers={
        "Origin": "http://127.0.0.1:1", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert status == 204 and body == b"" and headers["content-length"] == "0"
    assert headers["access-control-allow-origin"] == "*" and "POST" in headers["access-control-allow-methods"]
    assert "content-type" in headers["access-control-allow-headers"].lower()
    status, headers, _ = call(cors_url, path=sparql_path(cors_url, CALLS), headers={"Origin": "http://127.0.0.1:1"})
    assert status == 200 and headers["access-control-allow-origin"] == "*"


def test_no_cors_headers_unless_asked(plain_url):
    status, headers, _ = call(plain_url, "OPTIONS")
    assert status == 204 and "GET" in headers["allow"] and "access-control-allow-origin" not in headers
    assert "access-control-allow-origin" not in call(plain_url, path=sparql_path(plain_url, CALLS))[1]


def test_head_has_the_headers_of_get_and_no_body(plain_url):
    _, got, body = call(plain_url, path=sparql_path(plain_url, CALLS))
    status, headed, nothing = call(plain_url, "HEAD", path=sparql_path(plain_url, CALLS))
    assert status == 200 and nothing == b"" and headed["content-length"] == got["content-length"] == str(len(body))
    assert headed["content-type"] == got["content-type"]


def test_a_service_description_without_a_query(plain_url):
    sd = "http://www.w3.org/ns/sparql-service-description#"
    for accept, format in (("text/turtle", ox.RdfFormat.TURTLE), ("application/n-triples", ox.RdfFormat.N_TRIPLES)):
        status, headers, body = call(plain_url, headers={"Accept": accept})
        assert status == 200 and headers["content-type"].startswith(accept)
        triples = list(ox.parse(body, format=format))
        endpoint = ox.NamedNode(plain_url)
        objects = {(t.predicate.value, t.object.value) for t in triples if t.subject == endpoint}
        assert (sd + "endpoint", plain_url) in objects and (sd + "supportedLanguage", sd + "SPARQL11Query") in objects
        assert (sd + "resultFormat", "http://www.w3.org/ns/formats/SPARQL_Results_TSV") in objects
        assert (sd + "supportedLanguage", sd + "SPARQL11Update") not in objects  # read-only


def test_tsv_results(plain_url):
    status, headers, body = call(plain_url, path=sparql_path(plain_url, CALLS + " LIMIT 2"),
                                 headers={"Accept": "text/tab-separated-values"})
    assert status == 200 and headers["content-type"].startswith("text/tab-separated-values")
    lines = body.decode().splitlines()
    assert lines[0] == "?call" and len(lines) == 3 and all(line.startswith("<") for line in lines[1:])


def test_keep_alive_with_a_content_length_on_every_reply(plain_url):
    """One HTTP/1.1 connection for answers, errors, a refusal, HEAD, OPTIONS and the description."""
    parts = urlsplit(plain_url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    requests = [("GET", sparql_path(plain_url, CALLS), None, {}), ("GET", sparql_path(plain_url, "SELECT * {"), None, {}),
                ("POST", "/sparql", b"DROP ALL", {"Content-Type": "application/sparql-update"}),
                ("HEAD", sparql_path(plain_url, CALLS), None, {}), ("OPTIONS", "/sparql", None, {}),
                ("GET", "/sparql", None, {}), ("GET", "/nowhere", None, {}), ("GET", "/", None, {})]
    try:
        for method, path, body, headers in requests:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            data = response.read()
            assert response.version == 11 and response.getheader("Connection") != "close", (method, path)
            assert response.getheader("Content-Length") == (str(len(data)) if method != "HEAD" else response.getheader("Content-Length"))
            assert response.getheader("Content-Length") is not None, (method, path)
        assert connection.sock is not None  # still the same connection
    finally:
        connection.close()


# ---------------------------------------------------------------------- in Chromium

class _OtherOrigin(BaseHTTPRequestHandler):
    """Another local origin: a blank page, from which the browser calls kg serve."""

    def do_GET(self):
        body = b"<!doctype html><title>other origin</title><form id=f method=post></form>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


FETCH = """async ([url, query]) => {
  try {
    const r = await fetch(url, {method: "POST", body: query,
      headers: {"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"}});
    return {status: r.status, body: await r.text(), maxRows: r.headers.get("X-SPARQL-MaxRows")};
  } catch (error) { return {error: String(error)}; }
}"""
GET = """async url => {
  try { const r = await fetch(url); return {status: r.status, body: await r.text()}; }
  catch (error) { return {error: String(error)}; }
}"""


@slow
def test_a_page_of_another_origin_queries_with_fetch_only_with_cors(cors_url, plain_url, graph_layer):
    import json

    def work(browser):
        with graph_layer.stub_server(_OtherOrigin) as other:
            page = browser.new_page()
            page.goto(other + "/")
            results = {"cors": page.evaluate(FETCH, [cors_url, CALLS]),
                       "cors_get": page.evaluate(GET, cors_url + "?" + urlencode({"query": "ASK { ?c a kg:Call }"})),
                       "plain": page.evaluate(FETCH, [plain_url, CALLS])}
            page.close()
            return results

    seen = in_own_browser(work)
    assert seen["cors"]["status"] == 200, seen
    assert len(json.loads(seen["cors"]["body"])["results"]["bindings"]) == 7
    assert json.loads(seen["cors_get"]["body"])["boolean"] is True
    assert "error" in seen["plain"]  # without --cors the browser keeps the answer from the other origin


@slow
def test_a_cross_site_form_and_fetch_cannot_update_even_with_cors(tmp_path, graph_layer):
    """The attack of issue 15 in a real browser: a page of another origin posts update=DROP ALL
    as an HTML form, and with fetch, to `kg serve --allow-update --cors`; the store keeps its data."""
    store = graph_layer.write_small_store(tmp_path / "store")
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"

    with graph_layer.kg_serve(store, "--allow-update", "--cors", port=graph_layer.free_port()) as (url, _):
        before = call(url, path=sparql_path(url, count))[2]

        def work(browser):
            with graph_layer.stub_server(_OtherOrigin) as other:
                page = browser.new_page()
                page.goto(other + "/")
                fetched = page.evaluate("""async url => {
                  const r = await fetch(url, {method: "POST", body: "DROP ALL", headers: {"Content-Type": "application/sparql-update"}});
                  return r.status; }""", url)
                page.evaluate("""url => { const f = document.getElementById("f"); f.action = url;
                  const i = document.createElement("input"); i.name = "update"; i.value = "DROP ALL"; f.appendChild(i); f.submit(); }""", url)
                page.wait_for_load_state()
                page.wait_for_timeout(500)
                shown = page.content()
                page.close()
                return fetched, shown

        fetched, shown = in_own_browser(work)
        assert fetched == 403 and "another site" in shown
        assert call(url, path=sparql_path(url, count))[2] == before


@slow
def test_the_query_page_shows_answers_as_text_and_asks_nothing_else(plain_url):
    hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>'
    base = plain_url.removesuffix("/sparql")

    def work(browser):
        context = browser.new_context()
        page = context.new_page()
        requests, dialogs, errors = [], [], []
        page.on("request", lambda r: requests.append(r.url))
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.on("pageerror", lambda e: errors.append(str(e)))
        response = page.goto(base + "/")
        policy = response.headers.get("content-security-policy", "")
        page.wait_for_function("() => window.kgReady")
        page.click("#kg-run")
        page.wait_for_function("() => document.querySelectorAll('#kg-results tr').length > 1")
        calls = page.evaluate("() => document.querySelectorAll('#kg-results tr').length - 1")
        page.fill("#kg-query", f'SELECT ?x WHERE {{ BIND("{hostile}" AS ?x) }}')
        page.click("#kg-run")
        page.wait_for_function("() => document.querySelector('#kg-results td') !== null")
        page.wait_for_timeout(300)
        cell = page.inner_text("#kg-results td")
        injected = page.evaluate("() => document.querySelectorAll('#kg-results img, #kg-results script').length")
        context.close()
        return policy, calls, cell, injected, requests, dialogs, errors

    policy, calls, cell, injected, requests, dialogs, errors = in_own_browser(work)
    assert "default-src 'none'" in policy and "connect-src 'self'" in policy
    assert calls > 0 and cell == hostile and injected == 0 and dialogs == [] and errors == []
    assert all(r.startswith(base + "/") for r in requests), requests
