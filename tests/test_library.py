"""The graph as a Python library: `import kg`, `kg.build`, `kg.open` and what it gives (tables,
queries, named queries, the network), and the README's notebook session, run as written."""
from __future__ import annotations

import re
import subprocess
import sys

import networkx as nx
import pytest

import kg
from tests.conftest import REPO, SHARED

pytest_plugins = ["conftest_server"]


@pytest.fixture(scope="module")
def g(small_store):
    with kg.open(small_store) as opened:
        yield opened


def test_import_kg_loads_nothing_heavy():
    code = "import kg, sys; print(sorted(m for m in ('pyoxigraph', 'rdflib', 'spacy', 'pandas', 'networkx') if m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "[]"


def test_a_query_worker_starts_without_rdflib(small_store, tmp_path):
    """The worker `kg.open(path).query` starts (as `kg query` does) reads kg's prefixes as strings
    (kg.namespace) and never imports rdflib, which was more than half of its start. The caller
    has rdflib imported, then puts an rdflib that cannot be imported first on the path its
    worker is given: on e34af8c the worker died at its start and the query failed."""
    (tmp_path / "rdflib").mkdir()
    (tmp_path / "rdflib" / "__init__.py").write_text("raise ImportError('a query worker imported rdflib')\n", encoding="utf-8")
    code = ("import sys, rdflib; sys.path.insert(0, sys.argv[1]); import kg\n"
            "with kg.open(sys.argv[2]) as g:\n"
            "    print([row['n'].value for row in g.query('SELECT (COUNT(*) AS ?n) WHERE { ?c a kg:Call }')])")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path), str(small_store)], capture_output=True, text=True)
    assert (done.returncode, done.stdout) == (0, "['7']\n"), done.stderr[-800:]


def test_every_public_name_is_there_and_documented():
    for name in kg.__all__:
        assert getattr(kg, name).__doc__, name
    assert callable(kg.build) and kg.build.build is not None  # the module is callable, the function still there


def test_calls_are_one_row_each_with_labels(g):
    calls = g.calls()
    assert list(calls.columns[:5]) == ["id", "date", "status", "medium", "participants"]
    june = calls[(calls["date"] == "2024-06-01") & (calls["documents"].map(len) == 2)]
    [row] = june.to_dict("records")
    assert sorted(row["participants"]) == ["Joe Biden", "Volodymyr Zelensky"] and row["initiator"] == "Joe Biden"
    assert row["merged"] == "same participants and day"
    assert len(calls) == len(set(calls["id"]))


def test_actors_and_claims(g):
    actors = g.actors().set_index("label")
    assert actors.loc["Vladimir Putin", "wikidata"] == "Q7747" and actors.loc["Vladimir Putin", "calls"] == 3
    assert "le président" in actors.loc["Emmanuel Macron", "aliases"]
    claims = g.claims()
    said = claims[claims["speaker"] == "Olaf Scholz"].to_dict("records")
    assert [c["text"] for c in said] == ["Le gaz viendra"] and said[0]["call"]


def test_without_pandas_the_tables_are_records(g, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # as if it were not installed
    calls = g.calls()
    assert isinstance(calls, list) and isinstance(calls[0], dict) and "participants" in calls[0]
    assert isinstance(g.table("SELECT ?c WHERE { ?c a kg:Call }"), list)


def test_query_binds_keyword_values_and_table_gives_python_values(g):
    putin = "https://w3id.org/kg-diplo/actor/Q7747"
    rows = list(g.query("SELECT ?c ?a WHERE { ?c a kg:Call ; kg:participant ?a }", a=putin))
    assert len(rows) == 3 and {row["a"].value for row in rows} == {putin}
    counts = g.table("SELECT (COUNT(*) AS ?n) (1.5 AS ?x) (true AS ?yes) WHERE { ?c a kg:Call }")
    assert counts.iloc[0].to_dict() == {"n": 7, "x": 1.5, "yes": True}  # 8 reports, two of one call
    with pytest.raises(TypeError):
        g.table("ASK { ?c a kg:Call }")


def test_named_queries_and_merges(g):
    between = g.ask("calls-between", a="Poutine", b="Macron")
    assert list(between["status"]) == ["denied", "occurred", "occurred"]
    assert set(g.merges()["reason"]) == {"same participants and day"}


def test_the_network_has_labels_and_call_attributes(g):
    net = g.network()
    assert isinstance(net, nx.MultiGraph)
    putin = "https://w3id.org/kg-diplo/actor/Q7747"
    assert net.nodes[putin]["label"] == "Vladimir Putin" and net.nodes[putin]["wikidata"] == "Q7747"
    macron = "https://w3id.org/kg-diplo/actor/Q3052772"
    statuses = sorted(e["status"] for e in net.get_edge_data(putin, macron).values())
    assert statuses == ["denied", "occurred"]  # two calls: one the documents disagree on, one in May
    assert net.weighted()[putin][macron]["weight"] == 2
    drawn = net.to_pyvis()
    assert len(drawn.nodes) == net.number_of_nodes() and "Vladimir Poutine" in {n["label"] for n in drawn.nodes}  # in French
    alone = net.subgraph([putin, macron]).to_pyvis()  # a filtered network draws itself too
    assert len(alone.nodes) == 2 and len(alone.edges) == 1


def _session_code() -> str:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Python: a notebook session", 1)[1].split("\n## ", 1)[0]
    return "\n".join(re.findall(r"```python\n(.*?)```", section, re.S))


def test_the_readme_notebook_session_runs_as_written(tmp_path, monkeypatch, nlp):
    monkeypatch.chdir(tmp_path)
    namespace: dict = {}
    exec(compile(_session_code(), "README.md", "exec"), namespace)  # noqa: S102 - our own README
    assert (tmp_path / "calls.html").exists()
    assert namespace["report"].summary()["documents"] == 10
    assert namespace["net"].number_of_nodes() == 9


def test_kg_build_is_incremental_from_python(tmp_path, nlp):
    report = kg.build(SHARED / "seeds", store=tmp_path / "store")
    assert report.documents == 5 and not report.problems
    again = kg.build([SHARED / "seeds"], store=tmp_path / "store")
    assert (again.documents, again.unchanged) == (0, 5)


#: A Python process that queries a store through `kg.open` with a 4 GB guard on its own address
#: space (for the machine: unbounded, 100 nested OPTIONALs took 3.3 GB in 3 s), says what the
#: hostile query gave, then that an ordinary query still works, then its own peak memory in MB
#: (VmHWM: `ru_maxrss` would keep the peak of the pytest process it was forked from).
_HOSTILE_CALLER = """
import resource, sys, kg
resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))
store, sparql, bounds = sys.argv[1], sys.stdin.read(), eval(sys.argv[2])
with kg.open(store, **bounds) as g:
    try:
        print("answered", len(list(g.query(sparql))))
    except kg.QueryError as error:
        print("QueryError:", error)
    print(len(list(g.query("SELECT ?c WHERE { ?c a kg:Call }"))))
print(next(int(line.split()[1]) // 1024 for line in open("/proc/self/status") if line.startswith("VmHWM:")))
"""
_LONG = "BIND(CONCAT({}) AS ?long)".format(", ".join(['"' + "x" * 1000 + '"'] * 100))
HOSTILE = {  # the query, the bounds kg.open is given, the one line it stops with
    "nested_optionals": ("SELECT * WHERE { ?s0 ?p0 ?o0 " + "".join(f"OPTIONAL {{ ?s{i} ?p{i} ?o{i} " for i in range(1, 100))
                         + "}" * 99 + " } ORDER BY ?o0 ?o1 ?o2", {"max_memory_mb": 800},
                         "query stopped: it took more than the 800 MB its process may use, or crashed the process "
                         "(kg.open(path, max_memory_mb=MB) raises the limit)"),
    "order_by_product": ("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a ?d ?g", {"max_memory_mb": 800},
                         "query stopped: it took more than the 800 MB its process may use, or crashed the process "
                         "(kg.open(path, max_memory_mb=MB) raises the limit)"),
    "cartesian_product": ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }", {"timeout": 2},
                          "query stopped: it ran longer than the 2 s timeout (kg.open(path, timeout=SECONDS) raises it)"),
    "replace_long_literal": (f"SELECT ?x WHERE {{ ?s ?p ?o {_LONG} BIND(REPLACE(?long, 'x', 'yyyyyyyyyy') AS ?x) }}",
                             {"max_answer_mb": 5}, "query stopped: its answer is larger than 5 MB "
                                                   "(kg.open(path, max_answer_mb=MB) raises the limit)"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_query_through_the_library_stops_with_one_line_and_the_caller_lives_on(small_store, case):
    """`kg.open(path).query` ran the query in the caller's process, unbounded: 100 nested
    OPTIONALs or an ORDER BY over a product took it to the guard's 4 GB and aborted it, a
    cartesian product ran for ever, REPLACE over a long literal handed back hundreds of MB. Now
    each stops with a `QueryError` of one line, the caller's memory stays small and its next
    query is answered."""
    sparql, bounds, said = HOSTILE[case]
    done = subprocess.run([sys.executable, "-c", _HOSTILE_CALLER, str(small_store), repr(bounds)], input=sparql,
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, (done.returncode, done.stderr[-800:])
    outcome, count, peak = done.stdout.splitlines()
    assert outcome == f"QueryError: {said}"
    assert count == "7" and int(peak) < 400, done.stdout  # the calls of the store; MB at most, pyoxigraph and kg loaded


def test_a_query_error_is_a_query_error_whatever_its_text_says(g):
    """Oxigraph raises the same `RuntimeError` for a custom function it does not know as for a
    table failing its checksum, and the library told them apart by the word "damaged" in the
    worker's message: this query, which reads no data, was a `StoreError` ("the store cannot be
    read, it is damaged: The custom function <...damaged> is not supported"). The worker now tries
    the query on an empty store and marks a damaged store's reply with a header of its own."""
    with pytest.raises(kg.QueryError) as raised:
        g.query("SELECT (<http://example.org/damaged>(1) AS ?x) WHERE {}")
    assert not isinstance(raised.value, kg.StoreError)
    assert str(raised.value) == "query failed: The custom function <http://example.org/damaged> is not supported"
    assert len(list(g.query("SELECT ?c WHERE { ?c a kg:Call }"))) == 7  # the worker answers on


#: A Python process that reads `kg.open(store)` with one expression of `g` under a 4 GB guard of
#: its own, and says what it gave (how many items), then its peak memory in MB (as `_HOSTILE_CALLER`).
_READING_CALLER = """
import resource, sys, kg, pyoxigraph as ox
from kg.namespace import CALLS_GRAPH
resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))
store, expression = sys.argv[1], sys.argv[2]
with kg.open(store, max_memory_mb=600) as g:
    try:
        read = eval(expression)
        print("answered", read if isinstance(read, int) else len(list(read)))
    except kg.KgError as error:
        print(type(error).__name__ + ":", error)
print(next(int(line.split()[1]) // 1024 for line in open("/proc/self/status") if line.startswith("VmHWM:")))
"""
#: The library's methods that run kg's own queries, and the damage that made each run away.
READING_METHODS = {"calls": ("g.calls()", ("gpos", 4096)), "export": ("g.export()", ("gpos", 4096)),
                   "ask": ("g.ask('call-network')", ("posg", 4096))}


@pytest.mark.parametrize(("expression", "damage"), READING_METHODS.values(), ids=READING_METHODS)
def test_a_damaged_table_cannot_make_the_library_take_the_caller_s_memory(small_store, tmp_path, expression, damage):
    """`calls()`, `export()` and `ask()` ran kg's own queries in the caller's process: on a table
    damaged at its own size, `calls()` took the caller to the guard's 4 GB in 34 s and aborted it
    with Rust's backtrace, and a checksum failure came out as a bare `RuntimeError` naming a
    snapshot's file. Now each read runs in the store's query worker: one `StoreError` line naming
    the store, the caller alive and small."""
    import shutil

    from tests.damage import RUNAWAY_DAMAGE, zero_table

    bounded = []
    for index, at in [damage, *(other for other in RUNAWAY_DAMAGE if other != damage)]:
        store = tmp_path / f"{index}-{at}" / "store"
        shutil.copytree(small_store, store)
        zero_table(store, index, at)
        done = subprocess.run([sys.executable, "-c", _READING_CALLER, str(store), expression],
                              capture_output=True, text=True, timeout=180)
        assert done.returncode == 0, (index, at, done.returncode, done.stderr[-800:])
        outcome, peak = done.stdout.splitlines()
        assert int(peak) < 400, (index, at, done.stdout)
        if outcome.startswith("answered"):  # this damage lies where the method does not read
            continue
        assert outcome.startswith(f"StoreError: store {store}") and len(outcome) < 600, (index, at, outcome)
        if "the 600 MB its process may use" in outcome:
            bounded.append((index, at))
            break
    assert bounded, f"no damage of {RUNAWAY_DAMAGE} made {expression} run away: look for one that does"


#: A process that seals a store, reads it again for writing unchanged, then damaged at its own size.
_SEALED_HERE_CALLER = """
import resource, sys, kg
from pathlib import Path
from tests.damage import zero_table
resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))
store, index, at = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
with kg.open(store, write=True):
    pass  # sealed by this process as it closes
with kg.open(store, write=True, max_memory_mb=600) as g:
    print("unchanged:", g.ours, len(g.calls()), "in a worker" if g._queries else "here")
zero_table(store, index, at)
with kg.open(store, write=True, max_memory_mb=600) as g:
    try:
        print("damaged:", g.ours, "answered", len(g.calls()))
    except kg.KgError as error:
        print("damaged:", g.ours, type(error).__name__ + ":", error)
print(next(int(line.split()[1]) // 1024 for line in open("/proc/self/status") if line.startswith("VmHWM:")))
"""


def test_a_store_this_process_sealed_is_read_here_until_a_file_of_it_changes(small_store, tmp_path):
    """A store this process wrote and sealed, opened again for writing with every file unchanged,
    holds only what the process wrote: kg's own reads of it run here, as in a store it created
    (a second `kg.build` in one process started a query worker, 0.3-0.5 s, as make bench's paired
    builds do three times). A table zeroed at its own size after the seal (which checks tables'
    sizes only) changes the file: the reads go to the bounded worker again, one `StoreError`
    line, the caller alive and small."""
    import shutil

    from tests.damage import RUNAWAY_DAMAGE

    stopped = []
    for index, at in RUNAWAY_DAMAGE:
        store = tmp_path / f"{index}-{at}" / "store"
        shutil.copytree(small_store, store)
        done = subprocess.run([sys.executable, "-c", _SEALED_HERE_CALLER, str(store), index, str(at)],
                              capture_output=True, text=True, timeout=180, cwd=REPO)
        assert done.returncode == 0, (index, at, done.stderr[-800:])
        unchanged, damaged, peak = done.stdout.splitlines()
        assert unchanged == "unchanged: True 7 here" and int(peak) < 400, done.stdout
        assert damaged.startswith("damaged: False "), damaged  # read by the worker
        if "answered" in damaged:  # this damage lies where calls() does not read
            continue
        assert damaged.startswith(f"damaged: False StoreError: store {store}") and len(damaged) < 600, damaged
        stopped.append((index, at))
        break
    assert stopped, f"no damage of {RUNAWAY_DAMAGE} stopped calls(): look for one that does"


#: The store's own reads (`kg.graph.store.Store`), and a table zeroed that they meet on the small store.
STORE_READS = {"triples": ("g.triples()", ("gspo", 8192)), "graphs": ("g.graphs()", ("id2str", 0)),
               "dump": ("g.dump(ox.RdfFormat.N_QUADS)", ("gspo", 8192)),
               "dump_graph": ("g.dump(ox.RdfFormat.TURTLE, graph=ox.NamedNode(CALLS_GRAPH))", ("gspo", 0)),
               "len": ("len(g)", ("gspo", 8192))}


@pytest.mark.parametrize(("expression", "damage"), STORE_READS.values(), ids=STORE_READS)
def test_the_store_s_own_reads_are_bounded_and_a_damaged_table_is_one_store_error(small_store, tmp_path, expression,
                                                                                damage):
    """`triples`, `graphs`, `dump` and `len` read the store in the caller's process, unbounded, as
    `calls()` did (above): on a table zeroed where they read, each raised Oxigraph's bare
    `RuntimeError` naming a snapshot's file, and a read that ran away would have taken the
    caller. Each now runs in the store's query worker: one `StoreError` line naming the store's
    own table, the caller alive and small; on the sound store they answer as before."""
    import shutil

    from tests.damage import zero_table

    store = tmp_path / "store"
    shutil.copytree(small_store, store)
    zero_table(store, *damage)
    done = subprocess.run([sys.executable, "-c", _READING_CALLER, str(store), expression],
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-800:]
    outcome, peak = done.stdout.splitlines()
    assert outcome.startswith(f"StoreError: store {store} is damaged, a read failed: Corruption: ") and len(outcome) < 700
    assert f"{store}/oxigraph/" in outcome and "snapshots" not in outcome, outcome
    assert int(peak) < 400, done.stdout


def test_the_store_s_own_reads_answer_as_in_the_process(g, small_store):
    """The same reads through the worker and in this process (a plain `Store`): equal."""
    import pyoxigraph as ox

    from kg.graph.store import Store
    from kg.namespace import CALLS_GRAPH, PREFIXES

    calls = ox.NamedNode(CALLS_GRAPH)
    with Store(small_store) as here:
        assert sorted(n.value for n in g.graphs()) == sorted(n.value for n in here.graphs())
        assert len(g) == len(here) > 0
        assert g.dump(ox.RdfFormat.TRIG, PREFIXES) == here.dump(ox.RdfFormat.TRIG, PREFIXES)
        assert g.dump(ox.RdfFormat.N_TRIPLES, graph=calls) == here.dump(ox.RdfFormat.N_TRIPLES, graph=calls) != b""
        assert sorted(map(str, g.triples(calls))) == sorted(map(str, here.triples(calls)))
    assert g._queries is not None and g._queries._worker is not None  # read by the worker, not in this process


def test_a_store_opened_for_writing_is_read_after_each_write_by_the_same_worker(small_store, tmp_path):
    """A store opened for writing is read by its query worker on a snapshot of the worker's own:
    after each write the worker takes a new one and sees what was written, and stays the one
    process. On 50dfa68 the worker was stopped and another started, some 0.4 s: a build over a
    store started two, one for its reads before parsing, one for the derivation's."""
    import shutil

    import pyoxigraph as ox

    store = tmp_path / "store"
    shutil.copytree(small_store, store)
    graph = ox.NamedNode("https://example.org/written")
    lines = [f'<https://example.org/s> <https://example.org/p> "ligne {n}" .' for n in range(3)]

    def count(g) -> int:
        return int(next(iter(g.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}")))["n"].value)

    with kg.open(store, write=True) as g:
        assert count(g) == 0
        worker = g._queries._worker.process.pid
        g.add_graph(graph, lines[:1])
        assert count(g) == 1
        g.replace_graph(graph, lines)
        assert count(g) == 3
        g.drop_graph(graph)
        assert count(g) == 0
        assert g._queries._worker.process.pid == worker


def test_a_store_whose_files_break_under_a_writer_is_a_store_error_at_the_next_read(small_store, tmp_path):
    """The worker of a store opened for writing takes a new snapshot after a write; when the store
    cannot be opened then (its database lost CURRENT), the read is a `StoreError` of one line,
    and once the store is whole again the next read answers, from a worker started anew."""
    import shutil

    import pyoxigraph as ox

    store = tmp_path / "store"
    shutil.copytree(small_store, store)
    current = store / "oxigraph" / "CURRENT"
    with kg.open(store, write=True) as g:
        before = len(g.graphs())
        g.add_graph(ox.NamedNode("https://example.org/written"), ['<https://example.org/s> <https://example.org/p> "un" .'])
        kept = current.read_bytes()
        current.unlink()
        with pytest.raises(kg.StoreError) as raised:
            g.graphs()
        assert str(raised.value) == (f"store {store} is damaged: {current} is missing; kg will not write a new database "
                                     "over it (restore the store from a copy)")
        current.write_bytes(kept)
        assert len(g.graphs()) == before + 1
