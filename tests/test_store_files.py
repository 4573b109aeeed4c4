"""A store whose files changed behind kg's back, or that this user may not read: one line, exit 1,
nothing read from it, nothing written to it or created in it.

Damage RocksDB does not see (a MANIFEST or a write-ahead log cut short, zeroed or gone) is caught
by the seal a writer leaves when it closes the store (kg.graph.seal); what RocksDB does see is
in test_bad_input.py (test_a_damaged_store_is_one_line_never_a_traceback and the next ones).
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from tests.conftest import SHARED
from tests.test_bad_input import folder_digest
from tests.warm_build import WarmBuilds

runner = CliRunner()
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def kg_cli(*args):
    return runner.invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def built(tmp_path_factory, nlp) -> Path:
    """A store of one seed document, built (and so sealed) by `kg build`."""
    corpus = tmp_path_factory.mktemp("one")
    for suffix in (".txt", ".json"):
        shutil.copy(SHARED / "seeds" / f"000_a5d666e322ee2225{suffix}", corpus)
    store = tmp_path_factory.mktemp("built") / "store"
    result = kg_cli("build", corpus, "--store", store)
    assert result.exit_code == 0, result.output
    return store


def _stamps(folder: Path) -> dict[str, tuple[int, int]]:
    """Every entry under `folder`, hidden ones too, with its size and time stamp."""
    return {str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns) for p in sorted(folder.rglob("*"))}


# ---------------------------------------------------------------------- damage RocksDB does not see

def _newest_log(database: Path) -> Path:
    logs = sorted(database.glob("*.log"))
    return max((log for log in logs if log.stat().st_size), default=logs[-1])


def _cut(path: Path, keep: float) -> None:
    os.truncate(path, int(path.stat().st_size * keep))


SILENT = {
    "manifest_cut_short": lambda db: _cut(next(db.glob("MANIFEST-*")), 0.5),
    "log_cut_short": lambda db: _cut(_newest_log(db), 0.5),
    "log_tail_zeroed": lambda db: _newest_log(db).write_bytes(_newest_log(db).read_bytes()[:-16] + bytes(16)),
    "log_gone": lambda db: _newest_log(db).unlink(),
    "log_grown": lambda db: _newest_log(db).write_bytes(_newest_log(db).read_bytes() + bytes(100)),
    "database_emptied": lambda db: [path.unlink() for path in db.iterdir()],  # a build made a new, empty one there
}


@pytest.mark.parametrize("how", SILENT)
def test_damage_rocksdb_does_not_see_is_named_and_nothing_is_written(built, tmp_path, how):
    """Each of these opened and answered (from whatever RocksDB could still read) and a build went
    on writing over it; now `kg query` and `kg build` say, on one line, which file changed since
    kg last closed the store, and leave every byte and time stamp of the folder as it was."""
    store = tmp_path / "store"
    shutil.copytree(built, store)
    assert kg_cli("query", COUNT, "--store", store).exit_code == 0, "premise: the copy opens"
    SILENT[how](store / "oxigraph")
    before, stamps = folder_digest(store), _stamps(store)
    for command in (["query", COUNT], ["build", SHARED / "seeds", "--force"]):
        result = kg_cli(*command, "--store", store)
        lines = result.stderr.splitlines()
        assert result.exit_code == 1 and len(lines) == 1, result.output
        assert lines[0].startswith(f"Error: store {store} is damaged: {store / 'oxigraph'}") \
            and "since kg last closed it" in lines[0], lines[0]
        assert folder_digest(store) == before and _stamps(store) == stamps


def test_the_seal_follows_each_writer_and_a_killed_one_leaves_none(built, tmp_path, warm_forkserver):
    """A build that ends seals what it wrote (the next one opens it); a build killed (-9) while it
    writes leaves no seal, so the store opens as RocksDB recovers it, and the next build that ends
    seals it again: no false alarm after a crash. The limit this leaves, shown here: a log of an
    unsealed store cut short goes unseen (RocksDB replays what is left)."""
    store, corpus = tmp_path / "store", tmp_path / "corpus"
    shutil.copytree(built, store)
    corpus.mkdir()
    for seed in sorted((SHARED / "seeds").glob("*.txt"))[:3]:
        shutil.copy(seed, corpus)

    def sealed() -> bool:
        return "files" in json.loads((store / "kg-store.json").read_text(encoding="utf-8"))

    assert sealed()
    builds = WarmBuilds(tmp_path)
    killed = builds.start(corpus, store, "--force")
    while sealed() and killed.poll() is None:
        time.sleep(0.002)
    killed.kill()
    assert killed.poll(60) == -9 and not sealed(), "premise: killed while it wrote"
    assert kg_cli("query", COUNT, "--store", store).exit_code == 0
    limit = tmp_path / "limit"  # what the seal cannot see: damage to an unsealed store
    shutil.copytree(store, limit)
    SILENT["log_cut_short"](limit / "oxigraph")
    assert kg_cli("query", COUNT, "--store", limit).exit_code == 0
    again = builds.start(corpus, store)
    _, err = again.communicate(timeout=300)
    assert again.returncode == 0 and sealed(), err
    assert kg_cli("query", COUNT, "--store", store).exit_code == 0


# ---------------------------------------------------------------------- a store this user may not read

NOBODY = 65534


@pytest.fixture
def reachable(built) -> Iterator[Path]:
    """A copy of the store in a folder every user may reach, given to `nobody` when this test runs
    as root (for whom chmod blocks nothing), so that a real process of `nobody` meets the modes."""
    folder = Path(tempfile.mkdtemp(prefix="kg-access-"))
    try:
        folder.chmod(0o755)
        shutil.copytree(built, folder / "store")
        if os.getuid() == 0:
            for path in [folder, *folder.rglob("*")]:
                os.chown(path, NOBODY, NOBODY)
        yield folder / "store"
    finally:
        for path in [folder, *folder.rglob("*")]:
            if path.is_dir() and not path.is_symlink():
                path.chmod(0o755)
        shutil.rmtree(folder)


def _close(store: Path, how: str) -> Path:
    """Take a permission away; the path named in the error."""
    database = store / "oxigraph"
    target = {"store_folder": store, "database_folder": database, "marker": store / "kg-store.json",
              "current": database / "CURRENT", "manifest": next(database.glob("MANIFEST-*")),
              "table": max(database.glob("*.sst"), key=lambda p: p.stat().st_size),
              "log": sorted(database.glob("*.log"))[-1]}[how]
    target.chmod(0)
    return target


ACCESS = ["store_folder", "database_folder", "marker", "current", "manifest", "table", "log"]


@pytest.mark.parametrize("how", ACCESS)
def test_a_store_this_user_may_not_read_is_one_line_and_nothing_is_created(reachable, tmp_path, how, warm_forkserver):
    """chmod 000 on the store, its database folder or one of its files: `kg query` and `kg build`,
    each a real process of a user the modes bind (`nobody` when the tests run as root), say on one
    line which path they may not read; no traceback (an unreadable database folder was one), no
    usage error (exit 2, for the store folder), no snapshot folder created, nothing changed."""
    store = reachable
    target = _close(store, how)
    os.chmod(store.parent, 0o755)
    before = _stamps(store.parent)
    warm = WarmBuilds(tmp_path)
    for command in (["query", COUNT], ["build", str(SHARED / "seeds")]):
        process = warm.command(*command, "--store", str(store), cwd=store.parent, user=NOBODY if os.getuid() == 0 else None)
        _, err = process.communicate(timeout=60)
        lines = err.splitlines()
        assert process.returncode == 1 and len(lines) == 1 and lines[0].startswith("Error: "), err
        assert str(target) in lines[0] and "permission denied" in lines[0].lower() and "damaged" not in lines[0], lines[0]
        assert _stamps(store.parent) == before
        assert lines[0] == f"Error: cannot read store {store}: {target} is not readable by this user (permission denied)"


def test_a_store_this_user_may_read_but_not_change_is_read_but_not_built(reachable, tmp_path, warm_forkserver):
    """A store folder and database folder made read-only: `kg query` answers (from the files as they
    are: no snapshot can be taken), `kg build` says on one line that it may not write there."""
    store = reachable
    (store / "oxigraph").chmod(0o555)
    store.chmod(0o555)
    before = _stamps(store.parent)
    warm = WarmBuilds(tmp_path)
    user = NOBODY if os.getuid() == 0 else None
    query = warm.command("query", COUNT, "--store", str(store), "--format", "csv", cwd=store.parent, user=user)
    out, err = query.communicate(timeout=60)
    assert query.returncode == 0 and out.splitlines()[0] == "n", err
    build = warm.command("build", str(SHARED / "seeds"), "--store", str(store), cwd=store.parent, user=user)
    _, err = build.communicate(timeout=60)
    assert build.returncode == 1 and err.splitlines() == [
        f"Error: cannot write to store {store}: {store} is not writable by this user (permission denied)"], err
    assert _stamps(store.parent) == before


_CLOSE = """
import json, sys
from pathlib import Path
from kg.graph.store import MARKER, Store

opened = []
sys.addaudithook(lambda event, args: opened.append(str(args[0])) if event == "open" else None)
sealed = []
for keep in (False, True):
    store = Store(Path(sys.argv[1]) / str(keep), write=True)
    held = store._oxigraph if keep else None  # something still refers to the database: it is not closed
    store.close()
    sealed.append("files" in json.loads((Path(sys.argv[1]) / str(keep) / MARKER).read_text()))
print(json.dumps({"sealed": sealed, "lock table read": "/proc/locks" in opened}))
"""


def test_a_writer_closing_its_store_asks_its_own_open_files_whether_it_still_holds_it(tmp_path):
    """Whether this process still holds the database as it seals it (`kg.graph.store.locked_by`)
    is read from its own open files: reading the machine's table of locks, /proc/locks, made
    every build wait 10-20 ms as it closed its store. A database still held is not sealed."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", _CLOSE, str(tmp_path)], capture_output=True, text=True, check=True)
    assert json.loads(done.stdout) == {"sealed": [True, False], "lock table read": False}
