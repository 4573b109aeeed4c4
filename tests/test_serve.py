"""The SPARQL endpoint, queried over HTTP by real clients (SPARQLWrapper, rdflib, urllib)."""
from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.request
from urllib.parse import urlencode

import psutil
import pytest

from kg.errors import StoreError
from kg.namespace import KG
from kg.serve.fetches import fetches
from kg.serve.negotiation import BOOLEAN_TYPES, GRAPH_TYPES, RESULTS_TYPES, negotiate
from kg.serve.protocol import Settings
from kg.serve.server import Endpoint

pytest_plugins = ["conftest_server"]

CALLS = "SELECT DISTINCT ?call WHERE { ?call a kg:Call } ORDER BY ?call"
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
MAX_ROWS = 50


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    path = tmp_path_factory.mktemp("page") / "network.html"
    path.write_text("<html><body>network</body></html>", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def endpoint(small_store, page, graph_layer):
    with graph_layer.serving(Settings(small_store, timeout=2.0, max_rows=MAX_ROWS, max_request_bytes=100_000, workers=2,
                          page=page)) as running:
        yield running


def request(url: str, *, data: bytes | None = None, headers: dict | None = None, timeout: float = 15):
    """(status, headers, body) of one HTTP request, errors included."""
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data, headers=headers or {}), timeout=timeout) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def get(endpoint, sparql: str, accept: str | None = None):
    return request(endpoint.url + "?" + urlencode({"query": sparql}), headers={"Accept": accept} if accept else {})


def test_sparqlwrapper_json_xml_csv(endpoint, small_store):
    from SPARQLWrapper import CSV, JSON, XML, SPARQLWrapper

    client = SPARQLWrapper(endpoint.url)
    client.setTimeout(15)
    client.setQuery("SELECT ?label WHERE { ?a a kg:Person ; rdfs:label ?label } GROUP BY ?label ORDER BY ?label")
    client.setReturnFormat(JSON)
    labels = [b["label"]["value"] for b in client.queryAndConvert()["results"]["bindings"]]
    assert labels == ["Dmitri Peskov", "Emmanuel Macron", "Joe Biden", "Olaf Scholz", "Vladimir Putin", "Volodymyr Zelensky"]
    client.setReturnFormat(XML)
    xml = client.queryAndConvert()
    assert [n.firstChild.data for n in xml.getElementsByTagName("literal")] == labels
    client.setReturnFormat(CSV)
    assert client.queryAndConvert().decode("utf-8").split("\r\n") == ["label", *labels, ""]
    client.setMethod("POST")
    client.setReturnFormat(JSON)
    client.setQuery(CALLS)
    assert len(client.queryAndConvert()["results"]["bindings"]) == 7


def test_rdflib_sparqlstore_select_ask_construct(endpoint):
    from rdflib import Graph, URIRef
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    graph = Graph(SPARQLStore(endpoint.url, returnFormat="xml"))
    calls = [row[0] for row in graph.query(CALLS)]
    assert len(calls) == 7 and all(isinstance(c, URIRef) for c in calls)
    assert graph.query("ASK { ?c kg:status kg:Denied }").askAnswer is True
    constructed = graph.query("CONSTRUCT { ?c a kg:Call } WHERE { ?c a kg:Call }").graph
    assert len(constructed) == 7 and (calls[0], None, URIRef(str(KG.Call))) in constructed
    json_graph = Graph(SPARQLStore(endpoint.url, returnFormat="json", method="POST_FORM"))
    assert len(list(json_graph.query(CALLS))) == 7


def test_post_bodies_and_graph_formats(endpoint):
    status, headers, body = request(endpoint.url, data=b"CONSTRUCT WHERE { ?c a kg:Call }",
                                    headers={"Content-Type": "application/sparql-query", "Accept": "application/n-triples"})
    assert status == 200 and headers.get_content_type() == "application/n-triples" and body.count(b"\n") == 7
    status, headers, body = request(endpoint.url, data=urlencode({"query": "DESCRIBE <urn:x>"}).encode(),
                                    headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 200 and headers.get_content_type() == "text/turtle"
    status, headers, body = get(endpoint, "CONSTRUCT WHERE { ?c a kg:Call }", "application/ld+json")
    assert status == 200 and len(json.loads(body)) == 7
    status, _, body = get(endpoint, "ASK { ?c a kg:Call }", "text/csv")
    assert status == 406 and b"application/sparql-results+json" in body


def test_updates_are_refused_and_the_store_is_unchanged(endpoint):
    drop = "DROP ALL"
    for data, media in ((urlencode({"update": drop}).encode(), "application/x-www-form-urlencoded"),
                        (drop.encode(), "application/sparql-update")):
        status, _, body = request(endpoint.url, data=data, headers={"Content-Type": media})
        assert status == 403 and b"read-only" in body
    assert get(endpoint, "SELECT * WHERE { ?s ?p ?o }")[0] == 200
    assert request(endpoint.url + "?" + urlencode({"update": drop}))[0] == 403
    _, _, body = get(endpoint, CALLS, "text/csv")
    assert body.count(b"\r\n") == 8


@pytest.mark.parametrize("sparql", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "select * where { service silent ?x { ?s ?p ?o } }",
    "PREFIX ex: <http://e/>\nSELECT * WHERE { ?s ex:a ?o . SERVICE <http://127.0.0.1:9/> { ?x ?y ?z } }",
])
def test_service_is_refused(endpoint, sparql):
    assert fetches("query", sparql)
    status, _, body = get(endpoint, sparql)
    assert status == 403 and b"SERVICE" in body


@pytest.mark.parametrize("sparql", [
    'SELECT * WHERE { ?s kg:text "SERVICE <http://x> { }" }',
    "SELECT ?service WHERE { ?service a <http://e/SERVICE> } # SERVICE <http://x>",
    "PREFIX SERVICE: <http://e/> SELECT * WHERE { ?s SERVICE:x ?o }",
])
def test_the_word_service_elsewhere_is_fine(endpoint, sparql):
    assert not fetches("query", sparql)
    assert get(endpoint, sparql)[0] == 200


def test_checking_a_query_leaves_the_process_recursion_limit_as_it_was():
    """The check parses on a thread with a deep stack and a high recursion limit; left raised, the
    limit let a later json.loads of an answer nested 200,000 deep overflow the main thread's stack
    (`kg push` in the same process: a segfault that took a pytest worker down)."""
    import sys

    before = sys.getrecursionlimit()
    fetches("query", "SELECT * WHERE { ?s ?p ?o FILTER(?o = 'recursion limit') }")
    assert sys.getrecursionlimit() == before


def test_a_syntax_error_is_400_with_one_line(endpoint):
    status, _, body = get(endpoint, "SELECT * WHERE { ?s ?p }")
    assert status == 400 and body.decode().startswith("SPARQL syntax error") and body.count(b"\n") == 1


def test_an_oversized_request_is_413(endpoint):
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 200_000
    status, _, body = request(endpoint.url, data=big.encode(), headers={"Content-Type": "application/sparql-query"})
    assert status == 413 and b"100000" in body


def test_a_long_answer_is_truncated_and_says_so(endpoint):
    status, headers, body = get(endpoint, "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }", "text/csv")
    assert status == 200 and headers["X-SPARQL-MaxRows"] == str(MAX_ROWS)
    assert body.count(b"\r\n") == MAX_ROWS + 1
    status, headers, _ = get(endpoint, CALLS)
    assert status == 200 and headers["X-SPARQL-MaxRows"] is None


def _busy_worker(endpoint) -> psutil.Process:
    """The worker process evaluating the one query sent: not idle, its CPU time growing."""
    generation = endpoint.workers.current
    deadline = time.monotonic() + 5
    while len(busy := generation.live - set(generation.idle.queue)) != 1 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert len(busy) == 1, "premise: one worker took the query"
    process = psutil.Process(busy.pop().process.pid)
    before = sum(process.cpu_times()[:2])
    time.sleep(0.3)
    assert sum(process.cpu_times()[:2]) > before, "premise: it evaluates the query"
    return process


def _stopped(process: psutil.Process) -> bool:
    try:
        return process.status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def test_a_runaway_query_is_stopped_while_others_are_answered(endpoint):
    """Stopped means its evaluation ends, not only its answer: the worker that ran it is killed."""
    slow: dict = {}

    def runaway():
        started = time.monotonic()
        slow["status"] = get(endpoint, CARTESIAN)[0]
        slow["seconds"] = time.monotonic() - started

    thread = threading.Thread(target=runaway)
    thread.start()
    evaluating = _busy_worker(endpoint)
    status, _, body = get(endpoint, "ASK { ?c a kg:Call }")
    assert status == 200 and b"true" in body and "status" not in slow  # answered while the runaway still ran
    thread.join(15)
    assert slow["status"] == 503 and 1.9 < slow["seconds"] < 6  # stopped by the 2 s timeout, not before
    assert _stopped(evaluating)
    assert get(endpoint, CALLS)[0] == 200  # the killed worker was replaced
    assert get(endpoint, CALLS)[0] == 200


def test_a_query_whose_client_hangs_up_is_stopped_at_once(small_store, graph_layer):
    """A client that gives up on a runaway query (closes its connection) no longer holds a worker
    until the timeout (30 s here): its evaluation stops within a second or so, the worker is
    replaced, and the other clients were answered all along."""
    import socket

    with graph_layer.serving(Settings(small_store, timeout=30.0, workers=2)) as running:
        host, port = running.url.split("/")[2].split(":")
        client = socket.create_connection((host, int(port)), timeout=5)
        client.sendall(f"GET /sparql?{urlencode({'query': CARTESIAN})} HTTP/1.1\r\nHost: {host}:{port}\r\n\r\n".encode())
        evaluating = _busy_worker(running)
        assert get(running, "ASK { ?c a kg:Call }")[0] == 200
        client.close()
        closed = time.monotonic()
        while not _stopped(evaluating) and time.monotonic() - closed < 10:
            time.sleep(0.05)
        assert _stopped(evaluating) and time.monotonic() - closed < 5, "the query ran on for nobody"
        assert [get(running, CALLS)[0] for _ in range(3)] == [200] * 3


def test_the_page_and_unknown_paths(endpoint):
    base = endpoint.url.removesuffix("/sparql")
    status, headers, body = request(base + "/")
    assert status == 200 and headers.get_content_type() == "text/html" and b"network" in body
    assert request(base + "/elsewhere")[0] == 404
    assert request(base + "/elsewhere", data=b"x")[0] == 404


def test_updates_when_allowed(tmp_path, graph_layer):
    store = graph_layer.write_small_store(tmp_path / "store")
    with graph_layer.serving(Settings(store, allow_update=True, timeout=5.0)) as running:
        insert = "INSERT DATA { GRAPH <urn:g> { <urn:a> a kg:Call } }"
        status, _, _ = request(running.url, data=insert.encode(), headers={"Content-Type": "application/sparql-update"})
        assert status == 204
        assert get(running, "SELECT ?c WHERE { GRAPH <urn:g> { ?c a kg:Call } }", "text/csv")[2] == b"c\r\nurn:a\r\n"
        assert request(running.url + "?" + urlencode({"update": insert}))[0] == 405


def test_a_missing_store_fails_at_start(tmp_path):
    with pytest.raises(StoreError, match="no kg store"):
        Endpoint(Settings(tmp_path / "none"))


def test_content_negotiation():
    assert negotiate(None, RESULTS_TYPES) == "application/sparql-results+json"
    assert negotiate("*/*", GRAPH_TYPES) == "text/turtle"
    assert negotiate("text/csv;q=0.5, application/sparql-results+xml", RESULTS_TYPES) == "application/sparql-results+xml"
    assert negotiate("application/sparql-results+xml;q=0, text/*", RESULTS_TYPES) == "text/xml"
    assert negotiate("image/png", BOOLEAN_TYPES) is None
