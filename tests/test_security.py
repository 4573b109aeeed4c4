"""Nobody in: hostile article text never runs in the network page, and the SPARQL endpoint
stays a read-only, local, bounded service unless told otherwise; it keeps answering under load.

Also held elsewhere (see GUARANTEES.md): named-query parameters cannot change the query
(tests/test_ask.py::test_a_parameter_value_cannot_change_the_query), SERVICE is refused
(tests/test_serve.py::test_service_is_refused), request and answer sizes are bounded
(tests/test_serve.py::test_an_oversized_request_is_413, ::test_a_long_answer_is_truncated_and_says_so).
"""
from __future__ import annotations

import json
import math
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

import pytest
from click.testing import CliRunner

from kg.cli import main

try:
    from tests.browser import in_own_browser, open_offline
except ImportError:
    from browser import in_own_browser, open_offline

pytest_plugins = ["conftest_server"]
slow = pytest.mark.slow

IMG = "<img src=x onerror=alert(1)>"
SCRIPT = "<script>alert(2)</script>"
ENTITY = "&lt;img src=x onerror=alert(3)&gt;"
JS_LINK = '<a href="javascript:alert(4)">lien</a>'
HANDLER = "<b onmouseover=alert(5)>gras</b>"
SVG = "<svg onload=alert(6)>"
ARTICLE = f"""Emmanuel Macron s'est entretenu par téléphone avec Olaf Scholz mardi, a indiqué l'Élysée dans un communiqué. Les deux dirigeants ont parlé de la guerre en Ukraine et de la sécurité de l'Europe.

« {IMG} {SCRIPT} {ENTITY} {JS_LINK} {HANDLER} », a déclaré Emmanuel Macron à l'issue de l'entretien.

« Nous resterons unis {SVG} », a assuré Olaf Scholz.
"""
SIDECAR = {"published": "2024-03-12", "source": "javascript:alert(7)", "title": "<img src=x onerror=alert(8)>",
           "url": "javascript:alert(9)"}
runner = CliRunner()


# ---------------------------------------------------------------------- the page

@pytest.fixture(scope="module")
def hostile_page(tmp_path_factory, nlp) -> tuple[Path, dict]:
    """A real store built from a hostile article, and the page `kg viz` writes from it."""
    root = tmp_path_factory.mktemp("hostile")
    corpus = root / "articles"
    corpus.mkdir()
    (corpus / "attaque.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "attaque.json").write_text(json.dumps(SIDECAR), encoding="utf-8")
    store, page = root / "store", root / "network.html"
    built = runner.invoke(main, ["build", str(corpus), "--store", str(store)], catch_exceptions=False)
    assert built.exit_code == 0 and "documents=1" in built.stdout, built.output
    assert runner.invoke(main, ["viz", "--store", str(store), "--out", str(page)]).exit_code == 0
    exported = root / "export.json"
    assert runner.invoke(main, ["export", "--store", str(store), "--out", str(exported)]).exit_code == 0
    return page, json.loads(exported.read_text(encoding="utf-8"))


def test_the_hostile_article_reaches_the_graph_verbatim(hostile_page):
    """The premise of the browser test: the markup really is in the data the page shows."""
    _, data = hostile_page
    texts = [claim["text"] for claim in data["claims"]]
    assert any(IMG in t and SCRIPT in t and ENTITY in t and JS_LINK in t and HANDLER in t for t in texts), texts
    assert any(SVG in t for t in texts)
    assert data["documents"][0]["title"] == SIDECAR["title"] and data["calls"], data


def _point(page, node: int) -> tuple[float, float]:
    return tuple(page.evaluate("id => kg.nodePoint(id)", node))


def _visit_everything(browser, path: Path) -> dict:
    """Hover and open every actor and pair, search; what the page showed and what it ran."""
    view = open_offline(browser, path)
    page = view.page
    shown = []
    for node in range(page.evaluate("kg.data.nodes.length")):
        page.mouse.move(*_point(page, node))  # the hover card
        page.wait_for_timeout(50)
        shown.append(page.inner_text("#kg-tooltip"))
        page.evaluate("id => kg.openNode(id)", node)
        shown.append(page.inner_text("#kg-panel"))
    for edge in range(page.evaluate("kg.data.edges.length")):
        page.evaluate("id => kg.openEdge(id)", edge)
        shown.append(page.inner_text("#kg-panel"))
    page.fill("#kg-search", "Macron")
    shown.append(page.inner_text("#kg-search-results"))
    page.wait_for_timeout(300)
    injected = page.evaluate("""() => ({
        img: document.querySelectorAll('img').length,
        scripts: document.querySelectorAll('script').length,
        iframes: document.querySelectorAll('iframe, object, embed').length,
        handlers: [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => /^on/i.test(a.name))).length,
        jsLinks: [...document.querySelectorAll('[href], [src]')].filter(e => /^\\s*javascript:/i.test(e.getAttribute('href') || e.getAttribute('src') || '')).length,
        bold: document.querySelectorAll('#kg-panel b, #kg-tooltip b').length })""")
    result = {"text": "\n".join(shown), "injected": injected, "dialogs": list(view.dialogs),
              "errors": list(view.errors), "requests": list(view.requests)}
    view.close()
    return result


@slow
def test_hostile_article_text_never_runs_in_the_page(hostile_page):
    path, _ = hostile_page
    seen = in_own_browser(lambda browser: _visit_everything(browser, path))
    for literal in (IMG, SCRIPT, ENTITY, JS_LINK, HANDLER, SVG, SIDECAR["title"], SIDECAR["source"]):
        assert literal in seen["text"], f"{literal!r} is not shown as text"
    assert "<img src=x onerror=alert(3)>" not in seen["text"]  # the entities are not decoded into markup
    assert seen["injected"] == {"img": 0, "scripts": 2, "iframes": 0, "handlers": 0, "jsLinks": 0, "bold": 0}
    assert seen["dialogs"] == [] and seen["errors"] == [] and seen["requests"] == []


# ---------------------------------------------------------------------- the endpoint

def request(url: str, *, data: bytes | None = None, headers: dict | None = None, timeout: float = 30):
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data, headers=headers or {}), timeout=timeout) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def _listening(port: int) -> list[str]:
    """Local addresses with a socket listening on `port`, from /proc/net/tcp and tcp6."""
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.rsplit(":", 1)
            if state == "0A" and int(hex_port, 16) == port:
                found.append(address)
    return found


@pytest.fixture(scope="module")
def default_server(small_store, graph_layer):
    """`kg serve` with no option, one for the tests below that only read or are refused:
    (its URL, the line it printed when ready, its port)."""
    port = graph_layer.free_port()
    with graph_layer.kg_serve(small_store, port=port) as (url, ready):
        yield url, ready, port


@pytest.fixture(scope="module")
def update_server(tmp_path_factory, graph_layer):
    """`kg serve --allow-update` on a store of its own, for the two tests below whose updates
    are all refused (each checks that nothing was fetched)."""
    store = graph_layer.write_small_store(tmp_path_factory.mktemp("updates") / "store")
    with graph_layer.kg_serve(store, "--allow-update", port=graph_layer.free_port()) as (url, _):
        yield url


def test_the_endpoint_listens_on_localhost_only_by_default(default_server):
    url, ready, port = default_server
    assert url == f"http://127.0.0.1:{port}/sparql" and "(read-only)" in ready
    assert _listening(port) == ["0100007F"]  # 127.0.0.1, and no other interface
    assert request(url + "?" + urlencode({"query": "ASK { ?c a kg:Call }"}))[0] == 200


UPDATES = ["INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }", "DROP ALL", "CLEAR DEFAULT",
           "CREATE GRAPH <urn:new>", "DELETE WHERE { ?s ?p ?o }"]


def test_updates_and_load_are_refused_by_default(default_server, outside):
    base, seen = outside
    load = f"LOAD <{base}/data.nt> INTO GRAPH <urn:loaded>"
    url = default_server[0]
    count = url + "?" + urlencode({"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"})
    before = request(count)
    for update in [*UPDATES, load, f"LOAD SILENT <{base}/x>"]:
        for data, media in ((update.encode(), "application/sparql-update"),
                            (urlencode({"update": update}).encode(), "application/x-www-form-urlencoded")):
            status, body = request(url, data=data, headers={"Content-Type": media})
            assert status == 403 and b"read-only" in body, (update, status, body)
    status, body = request(url + "?" + urlencode({"query": load}))
    assert status in (400, 403)  # not a query: refused by the parser, nothing fetched
    assert request(count) == before
    assert seen == []


def test_service_inside_an_allowed_update_is_still_refused(update_server, outside):
    base, seen = outside
    update = f"INSERT {{ GRAPH <urn:g> {{ ?s ?p ?o }} }} WHERE {{ SERVICE <{base}/sparql> {{ ?s ?p ?o }} }}"
    status, body = request(update_server, data=update.encode(), headers={"Content-Type": "application/sparql-update"})
    assert status == 403 and b"SERVICE" in body
    assert seen == []


def test_load_from_outside_needs_allow_service_even_with_allow_update(update_server, outside):
    base, seen = outside
    status, _ = request(update_server, data=f"LOAD <{base}/data.nt> INTO GRAPH <urn:loaded>".encode(),
                        headers={"Content-Type": "application/sparql-update"})
    assert seen == [] and status == 403


def test_a_huge_get_request_is_refused(default_server):
    url = default_server[0]
    status, _ = request(url + "?" + urlencode({"query": "ASK {} #" + "x" * 100_000}))
    assert status in (413, 414)
    assert request(url + "?" + urlencode({"query": "ASK { ?c a kg:Call }"}))[0] == 200


# ---------------------------------------------------------------------- under load

CLIENT_QUERIES = [
    ("SELECT DISTINCT ?call WHERE { ?call a kg:Call } ORDER BY ?call", "application/sparql-results+json",
     lambda body: len(json.loads(body)["results"]["bindings"]) == 7),
    ("ASK { ?c kg:status kg:Denied }", "application/sparql-results+json", lambda body: json.loads(body)["boolean"]),
    ("CONSTRUCT WHERE { ?c a kg:Call }", "application/n-triples", lambda body: body.count(b"\n") == 7),
    ("SELECT ?label (COUNT(?c) AS ?n) WHERE { ?c kg:participant ?a . ?a rdfs:label ?label } GROUP BY ?label",
     "text/csv", lambda body: body.startswith(b"label,n\r\n")),
]
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(p / 100 * len(ordered)) - 1))]


@slow
def test_eight_clients_for_ten_seconds_all_answered_while_a_runaway_is_stopped(small_store, graph_layer):
    timeout, seconds, clients = 2.0, 10.0, 8
    with graph_layer.kg_serve(small_store, "--timeout", str(timeout), port=graph_layer.free_port()) as (url, _):
        graph_layer_ready = request(url + "?" + urlencode({"query": "ASK {}"}))
        assert graph_layer_ready[0] == 200
        results: list[tuple[float, float, int, bool]] = []  # (start, seconds, status, answer ok)
        lock = threading.Lock()
        start = time.monotonic()
        stop_at = start + seconds

        def client(number: int) -> None:
            i = number
            while time.monotonic() < stop_at:
                sparql, accept, check = CLIENT_QUERIES[i % len(CLIENT_QUERIES)]
                i += 1
                began = time.monotonic()
                status, body = request(url + "?" + urlencode({"query": sparql}), headers={"Accept": accept})
                with lock:
                    results.append((began - start, time.monotonic() - began, status, status == 200 and check(body)))

        runaway: dict = {}

        def pathological() -> None:
            time.sleep(3)
            runaway["start"] = time.monotonic() - start
            runaway["status"], runaway["body"] = request(url + "?" + urlencode({"query": CARTESIAN}))
            runaway["end"] = time.monotonic() - start

        threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
        threads.append(threading.Thread(target=pathological))
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(seconds + 30)
        assert not any(thread.is_alive() for thread in threads)

    latencies = [r[1] * 1000 for r in results]
    print(f"\n{clients} clients, {seconds:g} s: {len(results)} queries, {len(results) / seconds:.0f}/s; latency ms "
          f"p50 {_percentile(latencies, 50):.1f}, p95 {_percentile(latencies, 95):.1f}, "
          f"p99 {_percentile(latencies, 99):.1f}, max {max(latencies):.1f}")
    print(f"runaway query: {runaway['status']} after {runaway['end'] - runaway['start']:.2f} s "
          f"({runaway['body'].decode().strip()})")
    failed = [r for r in results if not r[3]]
    assert failed == [], failed[:5]
    assert len(results) >= clients * 10
    assert runaway["status"] == 503 and b"timeout" in runaway["body"]
    assert timeout - 0.1 < runaway["end"] - runaway["start"] < timeout + 5
    during = [r for r in results if runaway["start"] < r[0] and r[0] + r[1] < runaway["end"]]
    assert len(during) >= clients, "the other clients were not served while the runaway ran"
