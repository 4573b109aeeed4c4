"""Fixtures for the graph layer (ask, stats, serve, push): a small hand-made store, servers.

The store is written from `kg.graph.rdf.Extraction` records, not by parsing text, so these tests need
no spaCy model and know exactly what the graph holds:

- Macron–Putin on 2024-03-12: "occurred" in doc a (Le Monde, Macron initiated), "denied" in
  doc b (RFI): one call IRI, two statuses. Claims: Macron and Peskov (a), Putin (b).
- Biden–Putin on 2024-03-14, only ever denied (doc b).
- Putin–Macron in 2024-05, Putin initiated (doc c, Le Figaro).
- Macron–Scholz on 2023-11-20 (Scholz initiated) and Scholz–Zelensky on 2023-11-19
  (Zelensky initiated) (doc d, Le Monde); a claim by Scholz about the second.
- Zelensky–Biden on 2024-06-01, Biden initiated, in doc e (France 24) and doc f (Le Monde);
  Macron–Scholz on 2024-06-01, nobody said who called (doc e).
- "le président" names Macron in doc a and Biden in doc e: an ambiguous name.

Used through `pytest_plugins = ["conftest_server"]` (pytest puts tests/ on sys.path); helpers come with the `graph_layer` fixture.
"""
from __future__ import annotations

import contextlib
import functools
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from types import SimpleNamespace

import pytest

import kg

REPO = Path(__file__).resolve().parents[1]
OXIGRAPH = REPO / ".venv" / "bin" / "oxigraph"


def _actors():
    from kg.nlp.gazetteer import Actor

    return {
        "putin": Actor("Q7747", "Person", "Vladimir Putin", ("Poutine", "Vladimir Poutine"), "Q7747"),
        "macron": Actor("Q3052772", "Person", "Emmanuel Macron", ("Macron",), "Q3052772"),
        "scholz": Actor("Q61053", "Person", "Olaf Scholz", ("Scholz",), "Q61053"),
        "zelensky": Actor("Q3874799", "Person", "Volodymyr Zelensky", ("Zelensky", "Zelenski"), "Q3874799"),
        "biden": Actor("Q6279", "Person", "Joe Biden", ("Biden",), "Q6279"),
        "peskov": Actor("Q4353363", "Person", "Dmitri Peskov", ("Peskov",), "Q4353363"),
    }


def _extraction(doc_id, published, source, calls, claims, surface=None):
    """One document: `calls` as (participants, initiator, date, status, medium, topics)."""
    from kg.graph.rdf import Extraction
    from kg.ingest import Document
    from kg.nlp.extract.records import CallRecord, ClaimRecord, Span

    actors = _actors()
    text = " ".join(f"Appel {i}." for i in range(len(calls))) + " " + " ".join(c[1] for c in claims)
    records, offset = [], 0
    for participants, initiator, date, status, medium, topics in calls:
        span = Span(offset, offset + 7, text[offset:offset + 7])
        offset += 8
        records.append(CallRecord(tuple(actors[p].key for p in participants), actors[initiator].key if initiator else None,
                                  date, None, medium, status, topics, (span,)))
    statements = []
    for speaker, said, verb, call, topics in claims:
        start = text.index(said)
        statements.append(ClaimRecord(actors[speaker].key, said, verb, start, start + len(said), True, call, topics))
    keys = {p for c in calls for p in c[0]} | {c[0] for c in claims}
    document = Document(id=doc_id, text=text, published=published, source=source)
    named = {actors[k].key: (n,) for k, n in (surface or {}).items()}
    return Extraction(document, {actors[k].key: actors[k] for k in sorted(keys)}, named, tuple(records), tuple(statements))


def extractions():
    return [
        _extraction("a", "2024-03-13", "Le Monde",
                    [(("macron", "putin"), "macron", "2024-03-12", "occurred", "phone", ("ukraine",))],
                    [("macron", "Nous avons parlé de l'Ukraine", "a déclaré", 0, ("ukraine",)),
                     ("peskov", "L'entretien a été franc", "a indiqué", 0, ())],
                    surface={"macron": "le président"}),
        _extraction("b", "2024-03-13", "RFI",
                    [(("macron", "putin"), None, "2024-03-12", "denied", "phone", ("ukraine",)),
                     (("biden", "putin"), None, "2024-03-14", "denied", "phone", ())],
                    [("putin", "Il n'y a pas eu d'appel", "a démenti", 0, ())]),
        _extraction("c", "2024-05-02", "Le Figaro",
                    [(("putin", "macron"), "putin", "2024-05", "occurred", "phone", ("energy",))], []),
        _extraction("d", "2023-11-21", "Le Monde",
                    [(("macron", "scholz"), "scholz", "2023-11-20", "occurred", "video", ("ukraine",)),
                     (("scholz", "zelensky"), "zelensky", "2023-11-19", "occurred", "phone", ("ukraine", "energy"))],
                    [("scholz", "Le gaz viendra", "a assuré", 1, ("energy",))]),
        _extraction("e", "2024-06-02", "France 24",
                    [(("zelensky", "biden"), "biden", "2024-06-01", "occurred", "phone", ("ukraine",)),
                     (("macron", "scholz"), None, "2024-06-01", "occurred", "phone", ("nato",))], [],
                    surface={"biden": "le président"}),
        _extraction("f", "2024-06-03", "Le Monde",
                    [(("zelensky", "biden"), "biden", "2024-06-01", "occurred", "phone", ("ukraine",))],
                    [("biden", "Nous sommes avec vous", "a dit", 0, ())]),
    ]


def write_small_store(path: Path) -> Path:
    """The documents above, one named graph each (and their actors and calls), in a kg store at `path`."""
    write_extractions(path, extractions(), {a.key: a for a in _actors().values()})
    return path


def write_extractions(path: Path, found, known) -> None:
    """Write extractions as `kg build` does (each document with its actors), then derive the
    actors and calls graphs; `known` stands for the gazetteer."""
    import pyoxigraph as ox

    from kg.build.updates import update_of
    from kg.graph.derive import derive
    from kg.graph.rdf import document_iri
    from kg.namespace import ACTORS_GRAPH

    with kg.open(path, write=True) as store:
        for x in found:
            update = update_of(x)
            store.add_graph(document_iri(x.document.id), update.lines, {ox.NamedNode(ACTORS_GRAPH): list(update.actor_lines)})
        derive(store, known)
        store.flush()


@pytest.fixture(scope="session")
def small_store(tmp_path_factory) -> Path:
    return write_small_store(tmp_path_factory.mktemp("graph-layer") / "store")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, seconds: float = 15.0) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


@pytest.fixture
def oxigraph_server(tmp_path):
    """A real Oxigraph server on a free port; yields its base URL, is killed afterwards."""
    port = free_port()
    process = subprocess.Popen([str(OXIGRAPH), "serve", "--location", str(tmp_path / "oxigraph"),
                                "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(f"{base}/query?query=ASK%7B%7D")
        yield base
    finally:
        process.kill()
        process.wait(timeout=10)
        process.stderr.close()


@contextlib.contextmanager
def serving(settings):
    """A kg endpoint answering in a background thread; closed (workers killed) afterwards."""
    from kg.serve.server import Endpoint

    endpoint = Endpoint(settings)
    # socketserver looks for shutdown() every poll_interval (0.5 s by default): each close waited
    # up to that long. 0.05 s here, for this test server only.
    endpoint.httpd.serve_forever = functools.partial(type(endpoint.httpd).serve_forever, endpoint.httpd,
                                                     poll_interval=0.05)
    thread = threading.Thread(target=endpoint.serve_forever, daemon=True)
    thread.start()
    try:
        yield endpoint
    finally:
        endpoint.close()
        thread.join(10)


@contextlib.contextmanager
def stub_server(handler):
    """A stdlib HTTP server with `handler` on a free port; yields its base URL."""
    from http.server import ThreadingHTTPServer

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)  # shutdown() waits less
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(10)


def kg_command() -> list[str]:
    script = Path(sys.executable).with_name("kg")
    return [str(script)] if script.exists() else [sys.executable, "-c", "from kg.cli import main; main()"]


@contextlib.contextmanager
def kg_serve(store: Path, *options: str, port: int):
    """A real `kg serve` process; yields (url, the line it printed when ready)."""
    process = subprocess.Popen([*kg_command(), "serve", "--store", str(store), "--port", str(port), *options],
                               stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        ready = process.stderr.readline()
        assert ready.startswith("serving http://"), ready + process.stderr.read()
        threading.Thread(target=process.stderr.read, daemon=True).start()  # the request log, unread
        yield ready.split()[1], ready
    finally:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)


@pytest.fixture(scope="session")
def graph_layer():
    """The helpers above, for test modules that load this one as a plugin (no direct import,
    which would keep pytest from rewriting its asserts)."""
    return SimpleNamespace(serving=serving, stub_server=stub_server, write_small_store=write_small_store,
                           free_port=free_port, kg_serve=kg_serve, kg_command=kg_command)


class _Recorder(BaseHTTPRequestHandler):
    """An outside server: records every request it gets and answers a triple (SERVICE and LOAD
    tests check it never hears from kg)."""

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
