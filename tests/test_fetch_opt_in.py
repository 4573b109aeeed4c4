"""kg fetches no URL a query names unless told to: `kg query` and the library (`kg.open(path)`'s
`query` and `update`) refuse SERVICE and LOAD on the parsed query, as the endpoint does, and
`--allow-service` / `allow_service=True` lift it. A real HTTP server on 127.0.0.1 counts what
reaches it: nothing, unless allowed."""
from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.conftest import kg_command

pytest_plugins = ["conftest_server"]

#: Ways of writing a SERVICE call to the outside server (its address put in for {base}).
SPELLINGS = {
    "plain": "SELECT * WHERE {{ SERVICE <{base}/sparql> {{ ?s ?p ?o }} }}",
    "glued_dot_lowercase_silent": "SELECT * WHERE {{ ?a ?b ?c .service silent <{base}/x> {{ ?s ?p ?o }} }} LIMIT 1",
    "in_exists": "ASK {{ FILTER EXISTS {{ SERVICE <{base}/e> {{ ?s ?p ?o }} }} }}",
}

#: A caller of the library: the query on stdin, the store and how to open it in argv; prints
#: what came back, or the error's class and line.
_CALLER = """
import sys, kg
import pyoxigraph as ox
from kg.serve import sandbox
store, how, options = sys.argv[1], sys.argv[2], eval(sys.argv[3])
if how == "capped":
    sandbox.limit_memory(8192)  # a process kg has capped: the query runs in it, not in a worker
try:
    with kg.open(store, **options) as g:
        if how == "update":
            g.update(sys.stdin.read())
            print("updated")
        else:
            result = g.query(sys.stdin.read())
            print("answered", bool(result) if isinstance(result, ox.QueryBoolean) else len(list(result)))
except Exception as error:  # the fetch allowed may fail as it likes: only what reached the server counts
    print(type(error).__name__, str(error))
"""


def _library(store, how: str, sparql: str, **options) -> str:
    done = subprocess.run([sys.executable, "-c", _CALLER, str(store), how, repr(options)], input=sparql,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-800:]
    return done.stdout.strip()


@pytest.mark.parametrize("spelling", sorted(SPELLINGS))
def test_kg_query_fetches_nothing_unless_allowed(small_store, outside, spelling):
    base, seen = outside
    sparql = SPELLINGS[spelling].format(base=base)
    done = subprocess.run([*kg_command(), "query", "--store", str(small_store), sparql],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1 and done.stdout == "", done.stdout + done.stderr
    assert done.stderr.count("\n") == 1 and "SERVICE and LOAD are refused" in done.stderr, done.stderr
    assert seen == []


def test_kg_query_fetches_with_allow_service(small_store, outside):
    base, seen = outside
    done = subprocess.run([*kg_command(), "query", "--allow-service", "--store", str(small_store),
                           SPELLINGS["plain"].format(base=base)], capture_output=True, text=True, timeout=120)
    assert seen, done.stdout + done.stderr  # the premise: the server does count what reaches it


@pytest.mark.parametrize("how", ["worker", "capped"])
def test_the_library_s_query_fetches_nothing_unless_allowed(small_store, outside, how):
    """In its worker, and in a process kg has capped (where the query runs in the process)."""
    base, seen = outside
    said = _library(small_store, how, SPELLINGS["glued_dot_lowercase_silent"].format(base=base))
    assert said.startswith("QueryError SERVICE and LOAD are refused"), said
    assert seen == []
    _library(small_store, how, SPELLINGS["plain"].format(base=base), allow_service=True)
    assert seen  # the premise


def test_the_library_s_update_loads_nothing_unless_allowed(small_store, tmp_path, outside):
    base, seen = outside
    store = tmp_path / "store"
    shutil.copytree(small_store, store)
    said = _library(store, "update", f"LOAD SILENT <{base}/data.nt> INTO GRAPH <urn:loaded>", write=True)
    assert said.startswith("QueryError SERVICE and LOAD are refused"), said
    assert seen == []
    assert _library(store, "worker", "ASK { GRAPH <urn:loaded> { ?s ?p ?o } }") == "answered False"
