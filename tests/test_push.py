"""Pushing the store to a real Oxigraph server over the Graph Store Protocol, and failing well."""
from __future__ import annotations

import json
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import urlencode

import click
import pytest
from click.testing import CliRunner

import kg
from kg.errors import EndpointError
from kg.outputs.push import push

pytest_plugins = ["conftest_server"]

COUNTS = "SELECT (COUNT(DISTINCT ?g) AS ?graphs) (COUNT(*) AS ?triples) WHERE { GRAPH ?g { ?s ?p ?o } }"


def remote_counts(base: str) -> tuple[int, int]:
    url = f"{base}/query?" + urlencode({"query": COUNTS})
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        row = json.load(response)["results"]["bindings"][0]
    return int(row["graphs"]["value"]), int(row["triples"]["value"])


def local_counts(path) -> tuple[int, int]:
    with kg.open(path) as store:
        return len(store.graphs()), len(store)


def test_push_to_oxigraph_then_again_changes_nothing(small_store, oxigraph_server):
    expected = local_counts(small_store)
    assert expected[0] == 9 and expected[1] > 300  # six documents, the actors, calls and meta graphs
    report = push(small_store, f"{oxigraph_server}/store", f"{oxigraph_server}/query", timeout=10)
    assert (report.graphs, report.triples, report.checked) == (*expected, True)
    assert remote_counts(oxigraph_server) == expected
    again = push(small_store, f"{oxigraph_server}/store", timeout=10)
    assert (again.graphs, again.triples, again.checked) == (*expected, False)
    assert remote_counts(oxigraph_server) == expected


def test_an_unreachable_endpoint(small_store, graph_layer):
    port = graph_layer.free_port()
    with pytest.raises(EndpointError, match=f"cannot reach http://127.0.0.1:{port}/store"):
        push(small_store, f"http://127.0.0.1:{port}/store", timeout=5)
    with pytest.raises(EndpointError, match="not an http"):
        push(small_store, "ftp://127.0.0.1/store")


class _Failing(BaseHTTPRequestHandler):
    def do_PUT(self):  # noqa: N802
        self.rfile.read(int(self.headers["Content-Length"]))
        body = b"disk full\nmore detail\n"
        self.send_response(500)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class _Forgetful(BaseHTTPRequestHandler):
    """Accepts every graph, keeps none: the check after the push must notice."""

    def do_PUT(self):  # noqa: N802
        self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(204)
        self.end_headers()

    def do_POST(self):  # noqa: N802
        self.rfile.read(int(self.headers["Content-Length"]))
        body = json.dumps({"head": {"vars": ["g", "n"]}, "results": {"bindings": []}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def test_a_server_error_is_one_line(small_store, graph_layer):
    with graph_layer.stub_server(_Failing) as base:
        with pytest.raises(EndpointError) as error:
            push(small_store, f"{base}/store", timeout=5)
    message = str(error.value)
    assert "HTTP 500" in message and "disk full" in message and "\n" not in message
    assert message.startswith(f"PUT {base}/store?graph=https%3A%2F%2Fw3id.org%2Fkg-diplo%2Fdoc%2Fa")


def test_the_check_catches_a_server_that_lost_graphs(small_store, graph_layer):
    with graph_layer.stub_server(_Forgetful) as base:
        assert push(small_store, f"{base}/store", timeout=5).graphs == 9  # unchecked: looks fine
        with pytest.raises(EndpointError, match="9 graph\\(s\\) differ after the push"):
            push(small_store, f"{base}/store", f"{base}/query", timeout=5)


def test_cli(small_store, oxigraph_server):
    from kg.cli.graph import push as push_command

    group = click.Group(commands={"push": push_command})
    result = CliRunner().invoke(group, ["push", "--store", str(small_store), "--endpoint", f"{oxigraph_server}/query",
                                        "--graph-store", f"{oxigraph_server}/store"], catch_exceptions=False)
    graphs, triples = local_counts(small_store)
    assert result.exit_code == 0
    assert result.output.startswith(f"pushed {graphs} graphs, {triples} triples to {oxigraph_server}/store;")
    failed = CliRunner().invoke(group, ["push", "--store", str(small_store), "--endpoint", "http://127.0.0.1:9/store",
                                        "--timeout", "2"])
    assert failed.exit_code == 1 and "cannot reach" in failed.output


class _Hostile(BaseHTTPRequestHandler):
    """A server that misbehaves as `mode` says (set per test): accepts each PUT, then answers the
    check, or the PUT itself, badly."""

    mode = ""
    protocol_version = "HTTP/1.1"

    def do_PUT(self):  # noqa: N802
        self.rfile.read(int(self.headers["Content-Length"]))
        if self.mode == "drip_headers":  # a header line a byte at a time, each byte well within the timeout
            self.wfile.write(b"HTTP/1.1 204 No Content\r\n")
            for byte in b"X-Slow: " + b"a" * 60 + b"\r\n\r\n":
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(0.3)
            return
        if self.mode == "error_with_escapes":
            body = b"\x1b[2J\x1b[31mdisk \x07full\x1b[0m\r\nsecond line\n"
            self.send_response(500, "Bad\x1b[5m")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        self.send_response(204)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_POST(self):  # noqa: N802
        self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        if self.mode == "drip_body":  # a body of 200 bytes, one every 0.3 s
            self.send_header("Content-Length", "200")
            self.end_headers()
            for _ in range(200):
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(0.3)
        elif self.mode == "endless_body":  # JSON white space without end (stopped at 200 MB for base's sake)
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(b'{"results": {"bindings": [')
            for _ in range(200):
                self.wfile.write(b" " * (1 << 20))
        else:
            body = {"nested_without_end": b"[" * 200_000, "count_of_5000_digits":
                    b'{"results": {"bindings": [{"g": {"value": "x"}, "n": {"value": "' + b"5" * 5000 + b'"}}]}}',
                    "rows_not_objects": b'{"results": {"bindings": [[1, 2]]}}'}[self.mode]
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    def log_message(self, *args):
        pass


HOSTILE = {  # mode: what the push says, on one line
    "drip_headers": "did not answer in full within 2 s",
    "drip_body": "did not answer in full within 2 s",
    "endless_body": "the answer is longer than 64 MB; stopped there",
    "nested_without_end": "the answer is not SPARQL JSON results of graph counts",
    "count_of_5000_digits": "the answer is not SPARQL JSON results of graph counts",
    "rows_not_objects": "the answer is not SPARQL JSON results of graph counts",
    "error_with_escapes": "HTTP 500 Bad[5m: [2J[31mdisk full[0m",
}


@pytest.mark.parametrize("mode", sorted(HOSTILE))
def test_a_server_that_drips_floods_or_garbles_stops_the_push_with_one_line(small_store, graph_layer, mode):
    """urllib's timeout was per read: a server dripping its headers or its answer a byte at a
    time within it kept `kg push` for ever. The check's answer was read whole (an endless one,
    until memory ran out); JSON nested 200,000 deep, a count of 5,000 digits or rows that are
    not objects were tracebacks; a server's error went to the terminal with its escape
    sequences. Each now ends the push with one line (an EndpointError), within the timeout."""
    _Hostile.mode = mode
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            push(small_store, f"{base}/store", f"{base}/query", timeout=2)
            outcome.append(None)
        except BaseException as error:  # noqa: BLE001 - whatever it is, the test reports it
            outcome.append(error)

    with graph_layer.stub_server(_Hostile) as base:
        started = time.monotonic()
        pushing = threading.Thread(target=run, daemon=True)
        pushing.start()
        pushing.join(60)
        assert not pushing.is_alive(), "the push was still waiting after 60 s"
        [error] = outcome
        assert isinstance(error, EndpointError), repr(error)[:300]
        message = str(error)
        assert HOSTILE[mode] in message and message.isprintable(), message[:300]
        assert time.monotonic() - started < (30 if mode == "endless_body" else 10)


class _Watching(BaseHTTPRequestHandler):
    """Accepts every graph and, at the first, notes the address-space limit of each child of the
    `kg push` process (`parent`, set per test): the process that reads the store and sends it."""

    parent = 0
    limits: list[str] = []

    def do_PUT(self):  # noqa: N802
        self.rfile.read(int(self.headers["Content-Length"]))
        if not _Watching.limits:
            children = Path(f"/proc/{_Watching.parent}/task/{_Watching.parent}/children").read_text().split()
            _Watching.limits = [next(line for line in Path(f"/proc/{child}/limits").read_text().splitlines()
                                     if line.startswith("Max address space")) for child in children] or ["none"]
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


def test_kg_push_reads_the_store_in_a_capped_process(small_store, graph_layer):
    """`kg push` read the store in its own process, without a memory bound (a damaged table can
    make a read allocate without end, as `kg export` did): it now runs as the other commands that
    read the store do (kg/cli/capped.py), in a child whose address space is capped at
    `--max-memory` MB beyond what it started with, stopped after `--max-time` seconds (its
    `--timeout` stays a bound per request). Seen from a real server while the push sends."""
    import subprocess

    _Watching.limits = []
    with graph_layer.stub_server(_Watching) as base:
        process = subprocess.Popen([*graph_layer.kg_command(), "push", "--store", str(small_store), "--endpoint",
                                    f"{base}/store", "--max-memory", "700"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   text=True)
        _Watching.parent = process.pid
        out, err = process.communicate(timeout=120)
    assert process.returncode == 0 and out.startswith("pushed 9 graphs"), err
    [limit] = _Watching.limits
    assert limit != "none", "the push ran in the kg process itself"
    capped_mb = int(limit.split()[3]) // (1024 * 1024)
    assert 700 < capped_mb < 700 + 1000, limit  # 700 MB beyond the few hundred the kg process had mapped


class _Slow(_Forgetful):
    def do_PUT(self):  # noqa: N802
        time.sleep(1)
        super().do_PUT()


def test_kg_push_stops_at_its_max_time_with_one_line(small_store, graph_layer):
    """The time bound of the same child, for the whole push (a second per graph here, each within
    the `--timeout` of a request): one line naming the store and the option, exit 1, in time."""
    from kg.cli.graph import push as push_command

    group = click.Group(commands={"push": push_command})
    started = time.monotonic()
    with graph_layer.stub_server(_Slow) as base:
        result = CliRunner().invoke(group, ["push", "--store", str(small_store), "--endpoint", f"{base}/store",
                                            "--max-time", "2.5"])
    assert result.exit_code == 1 and time.monotonic() - started < 8
    assert result.output == (f"Error: store {small_store}: stopped after 2.5 s, the --max-time (a table of a damaged "
                             "store can make a read run for ever; --max-time raises the limit)\n")
