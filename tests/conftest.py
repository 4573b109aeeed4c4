"""Session fixtures: the spaCy model is loaded once, the seed and sample stores built once."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

import kg
from tools.evaluate import shared_dir

REPO = Path(__file__).resolve().parents[1]
SHARED = shared_dir()  # $KG_SHARED, else ../shared beside the repository


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp.pipeline import pipeline

    return pipeline()


@pytest.fixture(scope="session")
def warm_forkserver() -> None:
    """Worker processes (kg's process pool, Dask's, told to start them by `forkserver` instead of
    `spawn`, and tests/warm_build.py's builds) fork from a server that has loaded the model once
    (tests/warm_model.py): one model load per test process instead of one per process started.
    The server is started here, so that the load is not counted in the first build's time.
    Takes effect only if this process has not started its forkserver yet; the workers then load
    the model cold, as before."""
    import multiprocessing

    import dask

    multiprocessing.set_forkserver_preload(["tests.warm_model"])
    dask.config.set({"distributed.worker.multiprocessing-method": "forkserver"})
    ready = multiprocessing.get_context("forkserver").Process(target=int)  # returns at once, once the server is up
    ready.start()
    ready.join(300)
    assert ready.exitcode == 0, ready.exitcode


@pytest.fixture(scope="session")
def parse(nlp):
    """Parse one French text as an article published on `published`."""
    from kg.ingest import Document
    from kg.nlp.pipeline import make_doc

    def run(text: str, published: str | None = "2024-03-12"):
        return nlp(make_doc(nlp, Document(id="t", text=text, published=published)))

    return run


def _build(paths: list[Path], store: Path) -> None:
    from kg.build import build

    problems = []
    build(paths, store, on_problem=problems.append)
    assert not problems, problems


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory, nlp) -> Path:
    store = tmp_path_factory.mktemp("seeds") / "store"
    _build([SHARED / "seeds"], store)
    return store


@pytest.fixture(scope="session")
def dev_store(tmp_path_factory, nlp) -> Path:
    """The 56 real articles of the development set (../shared/dev), built once."""
    store = tmp_path_factory.mktemp("dev") / "store"
    _build([SHARED / "dev" / "texts"], store)
    return store


@pytest.fixture(scope="session")
def articles_store(tmp_path_factory, nlp) -> Path:
    """The team's 42 invented whole articles (tools/articles), built once."""
    from tools.evaluate import TEAM_ARTICLES

    store = tmp_path_factory.mktemp("articles") / "store"
    _build([TEAM_ARTICLES / "texts"], store)
    return store


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory, nlp) -> Path:
    from kg.ingest import sample_corpus

    store = tmp_path_factory.mktemp("sample") / "store"
    _build([sample_corpus()], store)
    return store


def kg_command() -> list[str]:
    """The `kg` command of this environment, for tests that run it as a process of its own."""
    script = Path(sys.executable).with_name("kg")
    return [str(script)] if script.exists() else [sys.executable, "-c", "from kg.cli import main; main()"]


def export_of(store: Path) -> dict:
    from kg.outputs.export import export_data

    with kg.open(store) as opened:
        return export_data(opened)


def load_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def store_state(store: Path) -> dict[str, frozenset[str]]:
    """Every named graph of the store as a set of N-Triples lines (a read-only open): what the
    fault and bad-input tests compare before and after."""

    with kg.open(store) as opened:
        out: dict[str, set[str]] = {}
        for quad in opened.quads():
            out.setdefault(str(quad.graph_name), set()).add(f"{quad.subject} {quad.predicate} {quad.object}")
        return {g: frozenset(t) for g, t in out.items()}


# The files that take longest, first: with `pytest -n N --dist loadfile --no-loadscope-reorder`
# (make test) a file runs whole on one worker, and files are handed out in collection order, so
# starting these early keeps the workers even (longest first). Order only; every test still
# runs. Measured as per-file totals (setup, call and teardown of each test) of a whole `make test`
# run; last on a busy machine (load ~6), after the really-full-disk build was forked warm and
# test_serve_attacks.py shared its update server.
SLOW_FIRST = ("test_faults.py", "test_faults_more.py", "test_serve_attacks.py", "test_viz.py", "test_guard.py",
              "test_security.py", "test_own_vocabulary.py", "test_bad_input.py", "test_cli.py", "test_synthetic.py",
              "test_golden.py", "test_serve_standard.py", "test_scale.py", "test_serve.py", "test_dask.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    def rank(item: pytest.Item) -> int:
        name = item.path.name
        return SLOW_FIRST.index(name) if name in SLOW_FIRST else len(SLOW_FIRST)

    items.sort(key=rank)  # stable: the order within a file is kept
