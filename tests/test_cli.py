"""The command line through click's runner: the documented forms, outputs and exit codes."""
from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import select
import shutil
import signal
import struct
import subprocess
import sys
import termios
import time

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.graph.store import Store
from tests.conftest import REPO, SHARED
from tests.warm_build import WarmBuilds, holds_lock

runner = CliRunner()


def kg(*args: str):
    return runner.invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def built(tmp_path_factory, nlp):
    store = tmp_path_factory.mktemp("cli") / "store"
    result = kg("build", SHARED / "seeds", "--store", store)
    assert result.exit_code == 0, result.output
    return store, result


def test_build_prints_a_summary(built):
    _, result = built
    assert re.search(r"documents=5 .*actors=\d+ .*calls=\d+ .*claims=\d+ .*triples=\d+ .*seconds=", result.output)


def test_building_again_replaces_and_skips_unchanged(built, tmp_path):
    store, _ = built
    before = kg("query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "--store", store, "--format", "csv").output
    again = kg("build", SHARED / "seeds", "--store", store)
    assert "unchanged=5" in again.output and "documents=0" in again.output
    after = kg("query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "--store", store, "--format", "csv").output
    assert before == after


def test_a_changed_document_is_rebuilt_without_duplicates(tmp_path, nlp):
    corpus = tmp_path / "corpus"
    shutil.copytree(SHARED / "seeds", corpus)
    store = tmp_path / "store"
    assert kg("build", corpus, "--store", store).exit_code == 0

    def count() -> str:
        return kg("query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "--store", store, "--format", "csv").output

    first = count()
    victim = next(corpus.glob("003_*.txt"))
    victim.write_text(victim.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    result = kg("build", corpus, "--store", store)
    assert "documents=1" in result.output and "unchanged=4" in result.output
    assert count() == first


def test_query_formats(built):
    store, _ = built
    sparql = "SELECT ?id WHERE { ?d a kg:Document ; dcterms:identifier ?id } ORDER BY ?id"
    table = kg("query", sparql, "--store", store).output
    assert "000_a5d666e322ee2225" in table and "(5 rows)" in table
    as_json = json.loads(kg("query", sparql, "--store", store, "--format", "json").output)
    assert len(as_json["results"]["bindings"]) == 5
    assert kg("query", sparql, "--store", store, "--format", "csv").output.splitlines()[0].strip() == "id"


def test_query_from_file(built, tmp_path):
    store, _ = built
    result = kg("query", "-f", REPO / "examples" / "calls.rq", "--store", store)
    assert result.exit_code == 0 and "rows)" in result.output


def test_query_syntax_error_is_one_line(built):
    store, _ = built
    result = runner.invoke(main, ["query", "SELECT WHERE {", "--store", str(store)])
    assert result.exit_code == 1 and "SPARQL syntax error" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("fmt", ["json", "trig", "nquads", "turtle", "jsonld"])
def test_export_formats(built, tmp_path, fmt):
    store, _ = built
    out = tmp_path / f"export.{fmt}"
    assert kg("export", "--store", store, "--out", out, "--format", fmt).exit_code == 0
    assert out.stat().st_size > 1000
    if fmt == "json":
        data = json.loads(out.read_text(encoding="utf-8"))
        assert set(data) == {"documents", "actors", "calls", "claims"} and len(data["documents"]) == 5


def test_validate_passes_on_the_seeds(built):
    store, _ = built
    result = kg("validate", "--store", store)
    assert result.exit_code == 0 and "conforms: 5 document graph(s)" in result.output


def test_validate_fails_on_a_broken_graph(tmp_path):
    import pyoxigraph as ox


    graph = ox.NamedNode("https://w3id.org/kg-diplo/doc/broken")
    kgns = "https://w3id.org/kg-diplo/ontology#"
    call = ox.NamedNode("https://w3id.org/kg-diplo/call/x")
    with Store(tmp_path / "store", write=True) as store:
        store.replace_graph(graph, [f"{call} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{kgns}Call> ."])
    result = runner.invoke(main, ["validate", "--store", str(tmp_path / "store")])
    assert result.exit_code == 1 and "violation" in result.output


def test_missing_store_is_a_clear_error(tmp_path):
    result = runner.invoke(main, ["export", "--store", str(tmp_path / "nope"), "--out", str(tmp_path / "e.json")])
    assert result.exit_code == 1 and "no kg store at" in result.output


def test_store_path_that_is_a_file(tmp_path, nlp):
    target = tmp_path / "file"
    target.write_text("x")
    result = runner.invoke(main, ["build", str(SHARED / "seeds"), "--store", str(target)])
    assert result.exit_code == 1 and "is a file" in result.output


def test_build_with_only_bad_input_exits_non_zero(tmp_path, nlp):
    (tmp_path / "empty.txt").write_text("")
    result = runner.invoke(main, ["build", str(tmp_path / "empty.txt"), "--store", str(tmp_path / "s")])
    assert result.exit_code == 1 and "empty.txt" in result.output and "nothing could be built" in result.output


def test_build_with_some_bad_input_builds_the_rest(tmp_path, nlp):
    corpus = tmp_path / "corpus"
    shutil.copytree(SHARED / "seeds", corpus)
    (corpus / "empty.txt").write_text("")
    (corpus / "zz.txt").write_bytes(b"\x00\xff" * 50)
    result = runner.invoke(main, ["build", str(corpus), "--store", str(tmp_path / "s")])
    assert result.exit_code == 0 and "documents=5" in result.output and "problems=2" in result.output


def test_viz_writes_an_offline_page(built, tmp_path):
    store, _ = built
    out = tmp_path / "network.html"
    assert kg("viz", "--store", store, "--out", out).exit_code == 0
    html = out.read_text(encoding="utf-8")
    assert "Vladimir Putin" in html or "Vladimir Poutine" in html
    assert not re.search(r"""(src|href)=["']https?://""", html)


def test_every_command_has_help_and_a_readme_mention():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for name, command in main.commands.items():
        assert command.help, name
        assert f"kg {name}" in readme, f"README does not mention kg {name}"
        assert kg(name, "--help").exit_code == 0


def test_a_rebuild_where_nothing_changed_never_loads_spacy(built):
    store, _ = built
    code = ("import sys; from kg.cli import main\n"
            "try: main(sys.argv[1:])\n"
            "except SystemExit: pass\n"
            "print('spacy loaded' if 'spacy' in sys.modules else 'spacy not loaded')")
    run = subprocess.run([sys.executable, "-c", code, "build", str(SHARED / "seeds"), "--store", str(store)],
                         capture_output=True, text=True, timeout=120, check=False)
    assert "unchanged=5" in run.stdout and run.stdout.strip().endswith("spacy not loaded"), run.stdout + run.stderr


def test_progress_shows_on_a_terminal_and_stays_out_of_pipes(tmp_path, warm_forkserver):
    """Two real `kg build` processes at once, stderr on a pipe (a FIFO) and on a terminal. They
    are forked with the model loaded (tests/warm_build.py), so each is paused (SIGSTOP) for
    2.5 s once it holds its store: both run longer than the 2 s after which the bar shows, as
    the cold model load made them, without paying that load twice."""
    corpus = tmp_path / "corpus"
    shutil.copytree(SHARED / "seeds", corpus)
    fifo = tmp_path / "stderr.fifo"
    os.mkfifo(fifo)
    piped_err = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # open before the writer, which would wait for it
    primary, secondary = pty.openpty()
    fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a 0-column terminal shows no bar
    builds = WarmBuilds(tmp_path)
    stores = {"piped": tmp_path / "piped", "tty": tmp_path / "tty"}
    started = {"piped": builds.start(corpus, stores["piped"], stderr=str(fifo)),
               "tty": builds.start(corpus, stores["tty"], stderr=os.ttyname(secondary))}
    received = {piped_err: b"", primary: b""}
    watched = set(received)

    def read_ready(wait: float) -> bool:
        """Read what either has to give; whether anything came."""
        got = False
        for fd in select.select(list(watched), [], [], wait)[0]:
            try:
                chunk = os.read(fd, 65536)
            except BlockingIOError:
                continue
            received[fd] += chunk
            got = got or bool(chunk)
            if not chunk and fd == piped_err and started["piped"].poll() is not None:
                watched.discard(fd)  # the pipe's writer has gone: at its end for good
        return got

    try:
        deadline = time.monotonic() + 120
        for name, build in started.items():
            while not holds_lock(build.pid, stores[name]):
                assert build.poll() is None and time.monotonic() < deadline, f"the {name} build never took its store"
                read_ready(0.005)
            os.kill(build.pid, signal.SIGSTOP)
        time.sleep(2.5)
        for build in started.values():
            os.kill(build.pid, signal.SIGCONT)
        while any(build.poll() is None for build in started.values()):
            read_ready(0.05)
        while read_ready(0):
            pass
    finally:
        for build in started.values():
            if build.poll() is None:
                os.kill(build.pid, signal.SIGCONT)
                build.kill()
        os.close(secondary)
        os.close(primary)
        os.close(piped_err)
    for name, build in started.items():
        out, _ = build.communicate(timeout=60)
        assert build.returncode == 0 and "documents=5" in out, (name, out, received)
    err, shown = received[piped_err], received[primary]
    assert b"kg build" not in err and b"\r" not in err
    assert re.search(rb"kg build: .*5 docs", shown), shown[-500:]
