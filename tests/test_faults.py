"""Faults during a build: nothing already built is lost, and no graph is ever half written.

- `kill -9` of a real `kg build` at random moments: the store opens, `kg validate` passes, and
  every document graph is exactly its old graph or exactly its new one. Each build is a process
  of its own, forked with the model already loaded (tests/warm_build.py), so that twenty trials
  do not pay twenty model loads; the moments are drawn over such a build's own run.
- A second `kg build` on a store in use is refused at once; `kg query` and `kg export` still
  read it while the build holds it.
- A full disk during a build: a one-line error, and the store keeps what it had.

The corpus is six short articles (the seeds and one more); the "new" corpus changes four of
them and adds one. Each trial copies a store built from the old corpus and rebuilds the new
one in a `kg build` process, so it only rewrites the changed documents.
"""
from __future__ import annotations

import errno
import functools
import hashlib
import json
import os
import pickle
import random
import shutil
import signal
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.graph.store import Store
from tests.conftest import SHARED, store_state
from tests.warm_build import WarmBuilds, holds_lock

EXTRA = ("Emmanuel Macron s'est entretenu par téléphone avec Olaf Scholz ce mardi, a indiqué l'Élysée dans un "
         "communiqué. Les deux dirigeants ont parlé de la guerre en Ukraine et de la sécurité de l'Europe.\n\n"
         "« Nous devons rester unis », a déclaré Emmanuel Macron à l'issue de l'entretien.")
ADDED = ("Le président ukrainien Volodymyr Zelensky a eu jeudi un entretien téléphonique avec le chancelier "
         "allemand Olaf Scholz, a annoncé la présidence ukrainienne. Ils ont évoqué les livraisons d'armes.")
APPENDED = ("\n\nPar ailleurs, Emmanuel Macron s'est entretenu par téléphone avec Recep Tayyip Erdogan mercredi, "
            "a indiqué l'Élysée. « La discussion a été utile », a ajouté la présidence turque.")
TRIALS = 20
runner = CliRunner()


def kg(*args):
    return runner.invoke(main, [str(a) for a in args], catch_exceptions=False)


def content_hashes(corpus: Path) -> dict[str, str]:
    from kg.graph.rdf import document_iri
    from kg.ingest import read_documents

    return {str(document_iri(d.id)): d.content_hash for d in read_documents([corpus], lambda p: None)}


@dataclass
class Corpus:
    old: Path
    new: Path
    old_store: Path
    old_graphs: dict[str, frozenset[str]]
    new_graphs: dict[str, frozenset[str]]
    old_hashes: dict[str, str]
    new_hashes: dict[str, str]
    verdicts: Path  # pySHACL's verdicts, kept for the whole module (_remembered_shacl)


def _hash_in(triples: frozenset[str], graph: str) -> str | None:
    prefix = f"{graph} <https://w3id.org/kg-diplo/ontology#contentHash> "
    found = [t[len(prefix):] for t in triples if t.startswith(prefix)]
    return json.loads(found[0]) if len(found) == 1 else None


def _documents(graphs) -> set[str]:
    """The document graphs among `graphs` (the actors, calls and meta graphs are derived from them
    at the end of a build: an interrupted one leaves them for the next build to derive again)."""
    return {g for g in graphs if g.startswith("<https://w3id.org/kg-diplo/doc/")}


def check_old_or_new(store: Path, corpus: Corpus) -> str:
    """Every document graph is exactly the old or exactly the new one; returns old/new/mixed."""
    state = store_state(store)
    assert _documents(state) <= set(corpus.old_graphs) | set(corpus.new_graphs), _documents(state) - set(corpus.new_graphs)
    seen = set()
    for graph in _documents(set(corpus.old_graphs) | set(corpus.new_graphs)):
        old, new, now = corpus.old_graphs.get(graph), corpus.new_graphs.get(graph), state.get(graph)
        assert now in (old, new), f"{graph} is neither its old nor its new graph"
        if now is not None:
            assert _hash_in(now, graph) in (corpus.old_hashes.get(graph), corpus.new_hashes.get(graph))
        if old != new:
            seen.add("old" if now == old else "new")
    return seen.pop() if len(seen) == 1 else "mixed"


_VALIDATED: set[frozenset] = set()  # the contents `kg validate` has passed in this process


def _remembered_shacl(verdicts: Path, data, *, shacl_graph, **options):
    """pySHACL's `validate`, run once for each set of triples (the shapes are kg's, the same file
    at every call): `kg validate` checks each graph of a store on its own (with the actors it
    names), and a trial's store is mostly graphs already checked, each its old or its new self.
    `kg validate` runs in a child forked for each command (kg/cli/capped.py), where a memo in
    memory dies with the child: each verdict is kept, pickled, in a file of `verdicts` named by
    the triples, options and shapes it was given, where every later child finds it."""
    from pyshacl.entrypoints import validate  # the function itself, while `pyshacl.validate` is this one

    given = sorted(" ".join(term.n3() for term in triple) for triple in data)
    key = hashlib.sha256(repr((given, len(shacl_graph), sorted(options.items()))).encode("utf-8")).hexdigest()
    kept = verdicts / key
    if kept.exists():
        return pickle.loads(kept.read_bytes())
    verdict = validate(data, shacl_graph=shacl_graph, **options)
    kept.write_bytes(pickle.dumps(verdict))
    return verdict


def assert_validates(store: Path, verdicts: Path) -> None:
    """`kg validate` passes on `store`. What it says is a function of the store's quads (its
    shapes are fixed), so a store holding exactly the quads of one already passed in this process
    is not validated again: a trial killed before its first write holds the old store's, one that
    finished the new one's. Otherwise the whole command runs, every graph of the store read and
    checked, but pySHACL (some 0.2 s of CPU a graph) sees each graph's triples only once in this
    module (its verdicts kept in folder `verdicts`): an interrupted build leaves document graphs
    each exactly as it was or as a full build writes it, which were validated before."""
    from unittest import mock

    content = frozenset(store_state(store).items())
    if content in _VALIDATED:
        return
    with mock.patch("pyshacl.validate", functools.partial(_remembered_shacl, verdicts)):
        result = kg("validate", "--store", store)
    assert result.exit_code == 0 and "conforms: " in result.stdout, result.output
    _VALIDATED.add(content)


def wal_sizes(store: Path) -> dict[str, int]:
    sizes = {}
    folder = store / "oxigraph"
    for name in os.listdir(folder):
        if name.endswith(".log"):
            try:
                sizes[name] = os.stat(folder / name).st_size
            except FileNotFoundError:
                pass
    return sizes


@dataclass
class Run:
    returncode: int
    killed: bool
    at: float
    stdout: str
    stderr: str
    locked: float | None = None
    first_write: float | None = None
    last_write: float | None = None


def build_process(corpus: Path, store: Path, warm: WarmBuilds, *, kill_at: float | None = None,
                  kill_after_write: Callable[[float], float] | None = None, limit: float = 120.0) -> Run:
    """Run `kg build corpus --store store` in a warm process, watching it every 2 ms; kill -9 it
    `kill_at` seconds after it starts, or `kill_after_write(t)` seconds after its first write,
    seen `t` seconds after it started."""
    before = wal_sizes(store)
    started = time.monotonic()
    process = warm.start(corpus, store)
    run = Run(0, False, 0.0, "", "")
    try:
        while process.poll() is None:
            now = time.monotonic() - started
            if run.locked is None and holds_lock(process.pid, store):
                run.locked = now
            sizes = wal_sizes(store)
            if any(size > before.get(name, 0) for name, size in sizes.items()):
                run.first_write = run.first_write if run.first_write is not None else now
                run.last_write = now
            before = sizes
            deadline = kill_at if kill_at is not None else (
                run.first_write + kill_after_write(run.first_write)
                if kill_after_write is not None and run.first_write is not None else None)
            if deadline is not None and now >= deadline:
                process.kill()
                run.killed = True
                break
            assert now < limit, f"kg build still running after {limit:g} s"
            time.sleep(0.002)
    finally:
        if process.poll() is None and not run.killed:
            process.kill()
        out, err = process.communicate(timeout=60)
    run.at, run.returncode, run.stdout, run.stderr = time.monotonic() - started, process.returncode, out, err
    run.killed = run.killed and process.returncode == -signal.SIGKILL
    return run


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, nlp) -> Corpus:
    root = tmp_path_factory.mktemp("faults")
    old, new = root / "old", root / "new"
    shutil.copytree(SHARED / "seeds", old)
    (old / "extra.txt").write_text(EXTRA, encoding="utf-8")
    (old / "extra.json").write_text(json.dumps({"published": "2024-03-12", "source": "Le Monde"}), encoding="utf-8")
    shutil.copytree(old, new)
    for article in sorted(new.glob("00[0-3]_*.txt")):
        article.write_text(article.read_text(encoding="utf-8") + APPENDED, encoding="utf-8")
    (new / "zz-nouveau.txt").write_text(ADDED, encoding="utf-8")

    old_store = root / "old-store"
    result = kg("build", old, "--store", old_store)
    assert result.exit_code == 0 and "documents=6" in result.stdout, result.output
    reference = root / "new-store"
    shutil.copytree(old_store, reference)
    result = kg("build", new, "--store", reference)  # the new state every interrupted build must reach or keep
    assert result.exit_code == 0 and "documents=5  unchanged=2" in result.stdout, result.output
    verdicts = root / "shacl"
    verdicts.mkdir()
    corpus = Corpus(old, new, old_store, store_state(old_store), store_state(reference),
                    content_hashes(old), content_hashes(new), verdicts)
    assert set(corpus.new_graphs) - set(corpus.old_graphs) == {"<https://w3id.org/kg-diplo/doc/zz-nouveau>"}
    assert sum(corpus.old_graphs[g] != corpus.new_graphs[g] for g in _documents(corpus.old_graphs)) == 4
    assert_validates(old_store, corpus.verdicts)
    assert_validates(reference, corpus.verdicts)
    return corpus


# ---------------------------------------------------------------------- kill -9

@pytest.fixture(scope="module")
def warm(tmp_path_factory, warm_forkserver):
    return WarmBuilds(tmp_path_factory.mktemp("warm"))


def _gone_already(function, path, info) -> None:
    """`shutil.rmtree`'s error handler for a trial's store: an entry already gone is what was
    wanted. A killed build's query worker outlives it by a moment, and the last reader to close
    removes the store's `snapshots/` folder (kg/graph/store.py), while rmtree may be reading it."""
    if not issubclass(info[0], FileNotFoundError):
        raise info[1]


def kill_trials(corpus: Corpus, warm: WarmBuilds, tmp_path: Path, trials: range) -> None:
    """The kill -9 trials `trials` of the TRIALS planned: the plan is drawn whole from the same
    seed, so trial n has the same mode and draw whichever test runs it (its moment is scaled by
    that test's own reference build)."""
    reference = tmp_path / "reference"
    shutil.copytree(corpus.old_store, reference)
    run = build_process(corpus.new, reference, warm)  # uninterrupted: how long each phase of a warm build takes
    assert run.returncode == 0 and "documents=5  unchanged=2" in run.stdout, run.stderr
    assert store_state(reference) == corpus.new_graphs  # it writes what a fresh `kg build` wrote
    assert run.locked is not None and run.first_write is not None and run.last_write is not None
    timing = {"end": run.at, "locked": run.locked, "first_write": run.first_write, "last_write": run.last_write}
    print(f"\nwarm rebuild: store locked at {run.locked:.2f} s, writes {run.first_write:.2f}-"
          f"{run.last_write:.2f} s, exit at {run.at:.2f} s")
    rng = random.Random(int(os.environ.get("KG_FAULT_SEED", "20240312")))
    spans = {"after-writes": timing["end"] - timing["first_write"],
             "writing": 1.2 * max(timing["last_write"] - timing["first_write"], 0.05)}
    plans = []
    for trial in range(TRIALS):  # 6 anywhere in the run, 4 from the first write to exit, 10 while writing
        mode = "anytime" if trial % 10 < 3 else "after-writes" if trial % 10 < 5 else "writing"
        plans.append((mode, rng.uniform(0, timing["end"] if mode == "anytime" else 1.0)))
    outcomes = []
    started = time.monotonic()
    for trial, (mode, drawn) in zip(trials, plans[trials.start:trials.stop], strict=True):
        store = tmp_path / f"trial-{trial}"
        shutil.copytree(corpus.old_store, store)

        def after_write(first_write: float, mode: str = mode, fraction: float = drawn) -> float:
            """A fraction of the reference's span, scaled by how fast this run reached its first
            write: a busy machine slows a one-second build as much as its phases."""
            return fraction * spans[mode] * first_write / timing["first_write"]

        run = (build_process(corpus.new, store, warm, kill_at=drawn) if mode == "anytime"
               else build_process(corpus.new, store, warm, kill_after_write=after_write))
        assert run.killed or run.returncode == 0, run.stderr
        state = check_old_or_new(store, corpus)
        assert_validates(store, corpus.verdicts)
        outcomes.append((mode, round(run.at, 2), "killed" if run.killed else "finished", state))
        if trial != trials[-1]:
            shutil.rmtree(store, onerror=_gone_already)
    print(f"\n{len(trials)} kill -9 trials in {time.monotonic() - started:.0f} s:")
    for outcome in outcomes:
        mode, at, end, state = outcome
        print(f"  {mode:<12} at {at:6.2f} s  {end:<8} -> store {state}")
    assert sum(o[2] == "killed" for o in outcomes) >= len(trials) // 2
    # The last store, killed or not, is writable again and a new build completes it.
    last = tmp_path / f"trial-{trials[-1]}"
    result = kg("build", corpus.new, "--store", last)
    assert result.exit_code == 0, result.output
    assert store_state(last) == corpus.new_graphs


def test_kill_9_at_random_moments_leaves_each_graph_old_or_new(corpus, warm, tmp_path):
    """Trials 0-9; 10-19 are test_faults_more.py's, so that pytest-xdist runs the two halves on
    two workers at once (each half some 80 s)."""
    kill_trials(corpus, warm, tmp_path, range(0, TRIALS // 2))


# ---------------------------------------------------------------------- a store in use

def test_a_second_build_is_refused_at_once_while_reads_go_on(corpus, warm, tmp_path, monkeypatch):
    store = tmp_path / "store"
    shutil.copytree(corpus.old_store, store)
    process = warm.start(corpus.new, store)  # each kg process here is one of its own, forked warm (tests/warm_build.py)
    try:
        deadline = time.monotonic() + 60
        while not holds_lock(process.pid, store):
            assert process.poll() is None and time.monotonic() < deadline, "the build never took the store"
            time.sleep(0.005)
        os.kill(process.pid, signal.SIGSTOP)  # the build now holds the store as long as we like

        started = time.monotonic()
        second = warm.command("build", str(corpus.new), "--store", str(store), cwd=tmp_path)  # a process of its own
        out, err = second.communicate(timeout=60)
        refused_in = time.monotonic() - started
        assert second.returncode == 1 and out == ""
        assert err == (f"Error: store {store} is in use by another kg process (a build is running); "
                       "try again when it ends\n")
        print(f"\nsecond build refused in {refused_in:.2f} s (a process forked warm)")

        from kg.nlp import pipeline as parsing

        monkeypatch.setattr(parsing, "pipeline", lambda: pytest.fail("the model was loaded for a refused build"))
        assert kg("build", corpus.new, "--store", store).exit_code == 1

        count = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a kg:Document }"
        query = warm.command("query", count, "--store", str(store), "--format", "csv", cwd=tmp_path)
        out, err = query.communicate(timeout=60)
        assert query.returncode == 0 and out.split() == ["n", "6"], err
        exported = tmp_path / "export.json"
        export = warm.command("export", "--store", str(store), "--out", str(exported), cwd=tmp_path)
        _, err = export.communicate(timeout=60)
        assert export.returncode == 0, err
        assert len(json.loads(exported.read_text(encoding="utf-8"))["documents"]) == 6
        assert process.poll() is None  # the build was holding the store all along

        os.kill(process.pid, signal.SIGCONT)

        reads = 0
        while process.poll() is None:  # reads while the build writes
            with Store(store) as opened:
                assert int(next(iter(opened.query_in_process(count)))["n"].value) in (6, 7)
            reads += 1
            time.sleep(0.02)
        print(f"{reads} read-only opens while the build ran")
        assert reads > 0
        _, err = process.communicate(timeout=60)
        assert process.returncode == 0, err
    finally:
        if process.poll() is None:
            os.kill(process.pid, signal.SIGCONT)
            process.kill()
            process.communicate(timeout=60)
    assert store_state(store) == corpus.new_graphs


# ---------------------------------------------------------------------- a full disk

class _DiskFillsUp:
    """Stands for the Oxigraph store: the `fail_at`-th update fails as a full disk does."""

    def __init__(self, store, fail_at: int) -> None:
        self._store, self._left = store, fail_at

    def update(self, *args, **kwargs):
        self._left -= 1
        if self._left <= 0:
            self._store = None  # the error's traceback keeps this stand-in: it must not keep the store's lock too
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return self._store.update(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._store, name)


def test_a_full_disk_on_the_third_document_keeps_the_store(corpus, tmp_path, monkeypatch):
    from kg.graph import store as store_module

    store = tmp_path / "store"
    shutil.copytree(corpus.old_store, store)
    opened_for_writing = store_module.Store.__init__

    def init(self, path, *, write=False):
        opened_for_writing(self, path, write=write)
        if write:
            self._oxigraph = _DiskFillsUp(self._oxigraph, fail_at=3)

    monkeypatch.setattr(store_module.Store, "__init__", init)
    result = kg("build", corpus.new, "--store", store)
    monkeypatch.undo()
    assert result.exit_code == 1 and result.stdout == ""
    errors = [line for line in result.stderr.splitlines() if not line.startswith("kg: warning: ")]  # from another folder
    assert errors == [f"Error: cannot write to store {store}: [Errno 28] No space left on device"]
    assert check_old_or_new(store, corpus) == "mixed"
    state = store_state(store)
    changed = sorted(g for g in _documents(corpus.old_graphs) if corpus.old_graphs[g] != corpus.new_graphs[g])
    assert [state[g] == corpus.new_graphs[g] for g in changed] == [True, True, False, False]
    assert "<https://w3id.org/kg-diplo/doc/zz-nouveau>" not in state
    assert_validates(store, corpus.verdicts)
    again = kg("build", corpus.new, "--store", store)  # space is back: the build finishes the job
    assert again.exit_code == 0 and "documents=3  unchanged=4" in again.stdout, again.output
    assert store_state(store) == corpus.new_graphs


def test_the_writer_thread_writes_in_order_and_nothing_after_a_failed_write():
    from kg.build.writer import Writer

    written: list[int] = []

    def write(n: int) -> None:
        if n == 3:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        written.append(n)

    with pytest.raises(OSError, match="No space left"), Writer() as writer:
        for n in range(200):  # more than wait in its queue: a put after the failure raises it
            writer.put(write, n)
    assert written == [0, 1, 2]


@pytest.fixture
def small_disk(tmp_path):
    """A 32 MB tmpfs (needs root); unmounted afterwards."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=32m", "tmpfs", str(mount)], capture_output=True, text=True,
                          check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip()}); "
                    "test_a_full_disk_on_the_third_document_keeps_the_store covers the same path")
    try:
        yield mount
    finally:
        for _ in range(20):
            if subprocess.run(["umount", str(mount)], capture_output=True, check=False).returncode == 0:
                break
            time.sleep(0.25)
        else:
            subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path) -> Path:
    """Fill the file system holding `disk` to the last block."""
    filler = disk / "filler"
    with open(filler, "wb", buffering=0) as out:
        for size in (1 << 20, 1 << 12, 1):
            block = b"\0" * size
            try:
                while True:
                    out.write(block)
            except OSError as error:
                assert error.errno == errno.ENOSPC
    return filler


def test_a_really_full_disk_fails_the_build_with_one_line_and_keeps_the_store(corpus, small_disk, warm):
    store = small_disk / "store"
    shutil.copytree(corpus.old_store, store)

    filler = fill(small_disk)  # full before the build starts: it cannot even open the store
    result = kg("build", corpus.new, "--store", store)
    assert result.exit_code == 1 and len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith(f"Error: cannot open store {store}: ") and "No space left on device" in result.stderr
    filler.unlink()
    assert check_old_or_new(store, corpus) == "old"

    # A build process of its own (forked warm) that stops itself once its store is open, when it
    # first asks for the model (where a cold build spends seconds loading it): the disk fills up
    # there, then it goes on.
    process = warm.start(corpus.new, store, stop_before_parsing=True)
    try:
        process.wait_stopped(60)
        assert holds_lock(process.pid, store)
        fill(small_disk)
        os.kill(process.pid, signal.SIGCONT)
        out, err = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            os.kill(process.pid, signal.SIGCONT)
            process.kill()
            process.communicate(timeout=60)
    print(f"\nbuild on a full disk: exit {process.returncode}, stderr: {err.strip()}")
    assert process.returncode == 1 and out == ""
    errors = [line for line in err.splitlines() if not line.startswith("kg: warning: ")]  # documents from another folder
    assert len(errors) == 1 and errors[0].startswith(f"Error: cannot write to store {store}: ")
    assert "No space left on device" in err
    (small_disk / "filler").unlink()
    assert check_old_or_new(store, corpus) in ("old", "mixed")
    assert_validates(store, corpus.verdicts)
    again = kg("build", corpus.new, "--store", store)
    assert again.exit_code == 0, again.output
    assert store_state(store) == corpus.new_graphs
