"""The graph on disk: embedded Oxigraph in a folder kg owns.

A store folder holds `kg-store.json` (the format version, checked at open) and `oxigraph/`.
Each document is written in one SPARQL Update that drops its graph and inserts the new one,
so an interrupted build leaves every document either as it was or as it is now. Oxigraph
lets one process open a folder for writing; a second writer gets a clear `StoreError`.
Readers each work on a snapshot of their own (`snapshots/`), so they keep working while a
build writes.
"""
from __future__ import annotations

import contextlib
import json
import os
import shutil
import stat
import time
import uuid
import weakref
from collections.abc import Iterable, Iterator, Mapping
from itertools import groupby
from pathlib import Path
from typing import Any, Self

import pyoxigraph as ox

from kg.errors import QueryError, StoreError
from kg.graph import seal, sparql
from kg.graph import sparql as queries  # `sparql` is also the name of the query text the methods take
from kg.graph.nesting import check_depth
from kg.namespace import PREFIXES

FORMAT = 1
MARKER = "kg-store.json"
#: Lines `Store.replace_graphs` writes in one transaction at most (some 25 MB of Oxigraph's memory).
LINES_PER_WRITE = 10_000
SNAPSHOTS = "snapshots"  # where each reader keeps its snapshot of oxigraph/ (see Store._open_read_only)


class Store:
    """A kg store folder, opened for reading or for writing: `with kg.open(path) as store:`."""

    def __init__(self, path: Path, *, write: bool = False, snapshot: Path | None = None) -> None:
        """`snapshot`: read that snapshot folder, which another Store of this store took and keeps
        (so that `kg serve`'s workers all read the same one), rather than take one."""
        self.path = Path(path)
        self._cleanup: weakref.finalize | None = None
        self._sealing: tuple[Path, dict] | None = None  # a writer's marker, sealed on close (kg.graph.seal)
        self.snapshot: Path | None = snapshot
        #: Transactions written through this Store: a reader of a snapshot of it (the query worker
        #: of `kg.open(path, write=True)`) takes another when the count moved (`kg.serve.bounded`).
        self.writes = 0
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"store path {self.path} is a file, not a folder")
        _check_access(self.path, write)
        marker = self.path / MARKER
        if not write and not marker.exists():
            raise StoreError(f"no kg store at {self.path} (build one with: kg build PATH --store {self.path})")
        meta = self._check_format(marker) if marker.exists() else None
        self._check_database(marker)
        if write:
            _check_snapshots_folder(self.path)
        if meta is not None and snapshot is None:
            seal.check(self.path, marker, meta)
        #: Made by this Store, or last sealed by this process and unchanged since: it holds only
        #: what this process writes (kg.graph.seal.sealed_here).
        self.ours = write and (meta is None or seal.sealed_here(self.path / "oxigraph"))
        try:
            if write:
                self.path.mkdir(parents=True, exist_ok=True)
                if meta is not None:
                    meta = seal.unseal(marker, meta)  # before the first file changes: readers then know a writer is at work
                self._oxigraph = ox.Store(str(self.path / "oxigraph"))
                if meta is None:
                    meta = {"format": FORMAT}
                    marker.write_text(json.dumps(meta) + "\n", encoding="utf-8")
                self._sealing = (marker, meta)
            elif snapshot is not None:
                self._oxigraph = ox.Store.read_only(str(snapshot))
            else:
                self._oxigraph = self._open_read_only()
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise StoreError(f"store {self.path} is in use by another kg process (a build is running); try again when it ends") from None
            raise StoreError(f"cannot open store {self.path}: {exc}") from None
        except RuntimeError as exc:  # pyoxigraph's error for RocksDB's "Corruption: ..."
            raise StoreError(f"store {self.path} is damaged and cannot be opened: {one_line(exc)}") from None

    def _check_database(self, marker: Path) -> None:
        """Refuse a database folder that lost its CURRENT file (the name of the live MANIFEST):
        RocksDB takes such a folder for an empty one and writes a new database over its tables,
        and a reader gets a misleading error. A store whose database folder vanished is refused
        too, rather than started again empty."""
        database = self.path / "oxigraph"
        if marker.exists() and not database.is_dir():
            raise StoreError(f"store {self.path} is damaged: its database folder {database} is missing")
        for name, kind in _not_files(database):
            # RocksDB would open it as a table or log: a named pipe blocks every kg command for ever
            raise StoreError(f"store {self.path} is damaged: {database / name} is not a regular file ({kind})")
        if database.is_dir() and any(database.iterdir()) and not (database / "CURRENT").is_file():
            raise StoreError(f"store {self.path} is damaged: {database / 'CURRENT'} is missing; kg will not write a "
                             "new database over it (restore the store from a copy)")

    def _open_read_only(self) -> ox.Store:
        """Open for reading, even while a build writes to the store.

        A writer deletes table and log files as it flushes and compacts; a plain read-only
        Oxigraph then fails, at open or in the middle of a query, on a missing file. So a
        reader works on a snapshot of its own under `snapshots/`: hard links to the table
        files (never modified, only deleted) and copies of the small rest, taken while no
        file appeared or vanished (else taken again), removed on `close()`. It shows each
        document as it was or as it is now, never half written. Where the store folder
        cannot be written, the store is read as it is.
        """
        live = self.path / "oxigraph"
        snapshots = self.path / SNAPSHOTS
        if snapshots.is_symlink():  # a folder elsewhere: kg neither writes nor removes anything outside the store
            return ox.Store.read_only(str(live))
        try:
            _remove_orphan_snapshots(snapshots)
            snapshots.mkdir(exist_ok=True)
        except OSError:
            return ox.Store.read_only(str(live))
        if not live.is_dir():
            return ox.Store.read_only(str(live))  # Oxigraph's own message says what is missing
        seen_damage = None
        for pause in (0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.8, 1.0, None):
            target = snapshots / f"{os.getpid()}-{uuid.uuid4().hex[:12]}"
            cleanup = weakref.finalize(self, _remove_snapshot, target)
            try:
                snapshots.mkdir(exist_ok=True)  # again: the last reader to close removes it
                if _snapshot(live, target):
                    try:
                        store = ox.Store.read_only(str(target))
                    except RuntimeError as exc:  # damaged: say so of the store's own files, not of the snapshot's
                        cleanup()
                        raise RuntimeError(str(exc).replace(str(target), str(live))) from None
                    self._cleanup, self.snapshot = cleanup, target
                    return store
            except PermissionError:
                cleanup()
                return ox.Store.read_only(str(live))
            except OSError as exc:
                if not isinstance(exc, FileNotFoundError) and "no such file" not in str(exc).lower():
                    cleanup()
                    raise
            cleanup()  # a file came or went meanwhile: take the snapshot again, unless it is missing for good
            damage = (_missing_file(live), state(self.path))
            if damage[0] is not None and damage == seen_damage:  # the same, twice, files unchanged: no build at work
                raise StoreError(f"store {self.path} is damaged and cannot be opened: {damage[0]}")
            seen_damage = damage
            if pause is None:
                break
            time.sleep(pause)
        raise StoreError(f"cannot read store {self.path}: its files kept changing under a running build; try again")

    @staticmethod
    def _check_format(marker: Path) -> dict:
        """The marker, read; refused if it is not one or names a format newer than this kg's."""
        if (kind := _kind(marker)) is not None:
            raise StoreError(f"{marker}: unreadable store marker, not a regular file ({kind}); is this a kg store?")
        try:
            meta = seal.read_marker(marker)
            version = meta.get("format")  # not a dict: AttributeError, below
        except (OSError, ValueError, AttributeError):
            raise StoreError(f"{marker}: unreadable store marker; is this a kg store?") from None
        if not isinstance(version, int) or version > FORMAT:
            raise StoreError(f"{marker}: store format {version!r} was written by a newer kg (this one reads format {FORMAT})")
        return meta

    # ------------------------------------------------------------------ writing
    def replace_graph(self, graph: ox.NamedNode, lines: Iterable[str],
                      also: dict[ox.NamedNode, list[str]] | None = None) -> int:
        """Atomically replace one named graph by N-Triples `lines`, adding in the same transaction
        the lines of `also` to other graphs; returns how many lines `graph` got."""
        lines = list(lines)
        more = " ".join(f"GRAPH {g} {{\n" + "\n".join(t) + "\n}" for g, t in (also or {}).items())
        update = sparql.fill("store/replace-graph.ru", graph=str(graph), triples="\n".join(lines), also=more)
        with self._writing():
            self._oxigraph.update(update)
        self.writes += 1
        return len(lines)

    def replace_graphs(self, graphs: dict[ox.NamedNode, list[str]],
                       about: dict[ox.NamedNode, set[ox.NamedNode]] | None = None, last: ox.NamedNode | None = None) -> None:
        """Make several named graphs hold exactly their N-Triples lines; a graph in `about` only
        its triples about those subjects, the rest of it kept as it is (its lines then say
        nothing of other subjects).

        Only what changed is written: the triples each graph holds now and is not given are
        deleted, the lines it does not hold yet inserted. The derived graphs are rewritten after
        every build and mostly stay as they were; dropping and inserting them whole took most of
        the derivation's time (a write costs per triple). A triple the store reads back in
        another lexical form ('1.50' as '1.5') is deleted and inserted again: still exact.

        The changes go in transactions of at most `LINES_PER_WRITE` lines, every deletion before
        any insertion, the tables flushed between two: Oxigraph holds a transaction's triples in
        memory twice over (its batch, then its write buffer until a flush), some 2 KB a triple,
        and the first derivation of 10,000 articles writes some 180,000 (a build's peak memory
        grew 1.50x from 1,000 articles to 10,000). So a reader or an interruption between two
        transactions finds the graphs part way; the deletions of the graph `last` go in the first
        transaction and its insertions in the last (`kg.graph.derive`'s basis: what says the
        derived graphs are whole). What fits in one transaction is written in one, as before."""
        removed: list[tuple[bool, ox.NamedNode, str]] = []  # (inserted, graph, line)
        added: list[tuple[bool, ox.NamedNode, str]] = []
        for graph, lines in sorted(graphs.items(), key=lambda item: item[0] != last):  # `last` first
            subjects = (about or {}).get(graph)
            held = set(self._held(graph) if subjects is None else self._held_about(graph, subjects))
            wanted = set(lines)
            removed.extend((False, graph, line) for line in sorted(held - wanted))
            added.extend((True, graph, line) for line in sorted(wanted - held))
        closing = [change for change in added if change[1] == last]  # a few lines: the final transaction takes them all
        changes = removed + [change for change in added if change[1] != last]
        starts = range(0, max(len(changes), 1), LINES_PER_WRITE)
        for start in starts:
            if start:
                self.flush()
            part = changes[start:start + LINES_PER_WRITE] + (closing if start == starts[-1] else [])
            update = sparql.fill("store/change-graphs.ru", removed=_graph_blocks(c for c in part if not c[0]),
                                 added=_graph_blocks(c for c in part if c[0]))
            with self._writing():
                self._oxigraph.update(update)
            self.writes += 1

    def _held(self, graph: ox.NamedNode) -> list[str]:
        """The N-Triples lines of one named graph, serialised by Oxigraph (a Python object per
        quad, turned into text, took twice as long: the calls graph is read after every build)."""
        text = self.dump(ox.RdfFormat.N_TRIPLES, graph=graph).decode()
        return [line for line in text.split("\n") if line]  # escaped in N-Triples: a line break ends a triple

    def _held_about(self, graph: ox.NamedNode, subjects: Iterable[ox.NamedNode]) -> list[str]:
        """The N-Triples lines of one named graph whose subject is one of `subjects`."""
        subjects = list(subjects)
        if not subjects:
            return []
        about = sparql.fill("store/graph-triples-about.rq", subjects=sparql.values("s", subjects))
        return [f"{triple} ." for triple in self.read(about, {"g": graph})]

    def add_graph(self, graph: ox.NamedNode, lines: Iterable[str], also: dict[ox.NamedNode, list[str]] | None = None) -> int:
        """Write a named graph the store does not hold yet from N-Triples `lines` (and add the
        lines of `also` to other graphs), in one transaction; a third cheaper than
        `replace_graph`, which must drop what was there. The lines go to Oxigraph as N-Quads
        text, each given its graph: parsed there, without a Python object per triple."""
        lines = list(lines)
        endings = ((f" {g} .", part) for g, part in ((graph, lines), *(also or {}).items()))
        quads = "\n".join(_in_graph(line, ending) for ending, part in endings for line in part)
        with self._writing():
            self._oxigraph.load(quads, format=ox.RdfFormat.N_QUADS)
        self.writes += 1
        return len(lines)

    def update(self, sparql: str) -> None:
        """A SPARQL Update with kg's prefixes, in one transaction (only `kg serve --allow-update`)."""
        check_depth(sparql)  # deeper nesting overflows Oxigraph's stack: a crash, not an error
        try:
            self._oxigraph.update(sparql, prefixes=PREFIXES)
        except SyntaxError as exc:
            raise QueryError(queries.syntax_error(sparql, exc, PREFIXES)) from None
        self.writes += 1

    def drop_graph(self, graph: ox.NamedNode) -> None:
        self._oxigraph.update(sparql.fill("store/drop-graph.ru", graph=str(graph)))
        self.writes += 1

    def load(self, data: bytes, format: ox.RdfFormat) -> None:
        self._oxigraph.bulk_load(data, format=format)
        self.writes += 1

    # ------------------------------------------------------------------ reading
    def query_in_process(self, sparql: str, substitutions: dict[str, ox.NamedNode | ox.Literal] | None = None):
        """Run SPARQL with kg's prefixes; values in `substitutions` are bound, never pasted in.

        In this process and without bound of memory or time (a pyoxigraph query cannot be
        stopped): for kg's own queries (its `.rq` files, which a build runs hundreds of times),
        and for a process already capped (a query worker, a command `kg.cli.capped` runs). A
        user's text goes through `kg.open(path).query`, which runs it in a capped worker."""
        return run_query(self._oxigraph, sparql, substitutions)

    def read(self, sparql: str, substitutions: dict[str, ox.NamedNode | ox.Literal] | None = None):
        """One of kg's own queries that reads the graph out for its user (the export, the named
        queries): here in this process, as `query_in_process`. `kg.open`'s `KnowledgeGraph`
        runs them bounded in memory and time instead, since a damaged table can make any read
        allocate without end; a build's own queries (`query_in_process`) stay here."""
        return self.query_in_process(sparql, substitutions)

    def document_hashes(self) -> dict[str, str]:
        """Content hash of every document in the store, by graph IRI."""
        rows = self.read(sparql.text("store/document-hashes.rq"))
        return {row["g"].value: row["h"].value for row in rows}

    def document_files(self) -> dict[str, str]:
        """The digest of the file each document was read from (`Document.file_digest`), by graph IRI."""
        return {row["g"].value: row["f"].value for row in self.read(sparql.text("store/document-files.rq"))}

    def triples(self, graph: ox.NamedNode | None = None) -> ox.QueryTriples:
        """The triples of one named graph, or with no graph the union of them all."""
        return self.read(sparql.text("store/graph-triples.rq"), {"g": graph} if graph is not None else None)

    def graphs(self) -> list[ox.NamedNode]:
        return [g for g in self._oxigraph.named_graphs() if isinstance(g, ox.NamedNode)]

    def quads(self) -> Iterator[ox.Quad]:
        return iter(self._oxigraph)

    def dump(self, format: ox.RdfFormat, prefixes: dict[str, str] | None = None, *, graph: ox.NamedNode | None = None) -> bytes:
        """The store (or one named `graph`, in a triples format) serialised."""
        return self._oxigraph.dump(format=format, prefixes=prefixes, from_graph=graph) or b""  # bytes: no output file given

    def __len__(self) -> int:
        return len(self._oxigraph)

    def flush(self) -> None:
        with self._writing():
            self._oxigraph.flush()

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        """A write or a flush: a full disk is one line, and so is a damaged table met on the way
        (RocksDB's 'Corruption', which pyoxigraph raises as a RuntimeError: `kg.build()` from
        Python over a damaged `posg` table ended the caller with its traceback)."""
        try:
            yield
        except OSError as exc:
            raise StoreError(f"cannot write to store {self.path}: {exc}") from None
        except RuntimeError as exc:
            raise StoreError(f"store {self.path} is damaged, a write failed: {one_line(exc)}") from None

    def close(self) -> None:
        """Let go of the folder (Oxigraph releases its lock once nothing refers to it); a writer
        seals the store once the database is closed (kg.graph.seal), not while something still
        holds it open and may write."""
        self._oxigraph = None  # type: ignore[assignment]
        if self._cleanup is not None:
            self._cleanup()
        if self._sealing is not None:
            marker, meta = self._sealing
            self._sealing = None
            if locked_by(self.path / "oxigraph", os.getpid()) is False:
                seal.seal(marker, meta, self.path / "oxigraph")

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _graph_blocks(changes: Iterable[tuple[bool, ox.NamedNode, str]]) -> str:
    """`GRAPH <g> { ... }` blocks of the lines of `changes`, those of one graph side by side."""
    return "\n".join(f"GRAPH {graph} {{\n" + "\n".join(line for _, _, line in lines) + "\n}"
                     for graph, lines in groupby(changes, key=lambda change: change[1]))


def _in_graph(line: str, ending: str) -> str:
    """An N-Triples line as kg writes it ('<s> <p> <o> .') as an N-Quads line of a graph;
    `ending`: ' <graph> .', written once per graph, not once per line."""
    if not line.endswith(" ."):
        raise ValueError(f"not an N-Triples line as kg writes them: {line[:200]!r}")
    return line[:-2] + ending


def run_query(oxigraph: ox.Store, sparql: str, substitutions: Mapping[str, Any] | None = None):
    """`sparql` run on `oxigraph` as kg runs every query: its prefixes, the default graph the
    union of all graphs, `substitutions` bound to variables; a syntax error a `QueryError`."""
    check_depth(sparql)  # deeper nesting overflows Oxigraph's stack: a crash, not an error
    try:
        return oxigraph.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True,
                              substitutions={ox.Variable(k): v for k, v in (substitutions or {}).items()})
    except SyntaxError as exc:
        raise QueryError(queries.syntax_error(sparql, exc, PREFIXES)) from None


def one_line(error: BaseException) -> str:
    """An error of Oxigraph (RocksDB's messages run over lines and carry two spaces) on one line."""
    return " ".join(str(error).split())


def state(path: Path) -> tuple[tuple[str, int], ...]:
    """The names and sizes of a store's files: they change whenever a build writes to it."""
    live = Path(path) / "oxigraph"
    try:
        return tuple((name, (live / name).stat().st_size) for name in _files(live))
    except OSError:
        return ()


def _missing_file(live: Path) -> str | None:
    """What a database folder lacks that RocksDB needs to open it: CURRENT, or the MANIFEST that
    CURRENT names (None if neither is missing). Seen twice apart with the files unchanged, it is
    damage rather than a build that is rotating its MANIFEST."""
    current = live / "CURRENT"
    try:
        manifest = current.read_text(encoding="ascii", errors="replace").strip()
    except FileNotFoundError:
        return f"{current} is missing" + ("; the database folder is empty" if not any(live.iterdir()) else "")
    except OSError:
        return None
    if manifest and "/" not in manifest and not (live / manifest).exists():
        return f"{live / manifest}, which {current} names, is missing"
    return None


def _check_access(store: Path, write: bool) -> None:
    """Refuse, on one line and before anything is created, a store this user may not read (or,
    to write, change): an unreadable database folder was a traceback, an unreadable table
    RocksDB's message about a snapshot's copy of it, an unreadable CURRENT "damaged"."""
    database = store / "oxigraph"
    folder = os.R_OK | os.X_OK | (os.W_OK if write else 0)
    for path, mode in ((store, folder), (store / MARKER, os.R_OK), (database, folder)):
        _check_mode(store, path, mode)
    if not database.is_dir():
        return
    for name in sorted(os.listdir(database)):
        if not name.startswith("LOG"):
            _check_mode(store, database / name, os.R_OK | (os.W_OK if write and name == "LOCK" else 0))


def _check_mode(store: Path, path: Path, mode: int) -> None:
    """Refuse `path` if it is there and this user may not use it as `mode` says; asked in that
    order, since a build at work removes files: one gone meanwhile is no refusal."""
    if not os.access(path, mode) and os.path.lexists(path):
        if os.access(path, mode & ~os.W_OK):
            raise StoreError(f"cannot write to store {store}: {path} is not writable by this user (permission denied)")
        raise StoreError(f"cannot read store {store}: {path} is not readable by this user (permission denied)")


def locked_by(database: Path, pid: int) -> bool | None:
    """Whether process `pid` holds RocksDB's lock on `database`, as a process does while anything
    in it refers to the database; None when that cannot be told.

    Read from that process's open files (Linux: `/proc/PID/fd` and the locks `fdinfo` lists for
    each), not from `/proc/locks`: the first read of that table of every lock on the machine
    after a lock was taken or let go waits some 10-20 ms (measured here, every time), and every
    build paid it once as it closed its store."""
    try:
        lock = os.stat(database / "LOCK")
        descriptors = os.listdir(f"/proc/{pid}/fd")
    except FileNotFoundError:
        return False if os.path.isdir("/proc/self/fd") and os.path.exists(database / "LOCK") else None  # no such process
    except OSError:
        return None
    for descriptor in descriptors:
        try:
            opened = os.stat(f"/proc/{pid}/fd/{descriptor}")
            if (opened.st_dev, opened.st_ino) != (lock.st_dev, lock.st_ino):
                continue
            with open(f"/proc/{pid}/fdinfo/{descriptor}", encoding="ascii") as info:
                held = [line.split()[1:] for line in info if line.startswith("lock:")]
        except FileNotFoundError:  # closed meanwhile
            continue
        except OSError:
            return None
        # as /proc/locks writes them: '1: POSIX  ADVISORY  WRITE PID MAJOR:MINOR:INODE 0 EOF'; '->' a waiter
        if any("->" not in parts and len(parts) > 5 and parts[4] == str(pid) for parts in held):
            return True
    return False


def _kind(path: Path) -> str | None:
    """What `path` is if it exists and is not a regular file (after its links), else None."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None
    if stat.S_ISREG(mode):
        return None
    kinds = {stat.S_ISDIR: "a folder", stat.S_ISFIFO: "a named pipe", stat.S_ISCHR: "a character device",
             stat.S_ISBLK: "a block device", stat.S_ISSOCK: "a socket"}
    return next((name for test, name in kinds.items() if test(mode)), "not a file")


def _check_snapshots_folder(path: Path) -> None:
    """Refuse to write to a store whose `snapshots` entry is not a folder of its own (a file, or a
    link to a folder elsewhere): its readers then read the live database, and the build's own
    reads failed on the tables its writer had just compacted away, after it wrote the documents
    and before it derived the actors and calls graphs, as "damaged and cannot be opened"."""
    snapshots = path / SNAPSHOTS
    if snapshots.is_symlink() or (snapshots.exists() and not snapshots.is_dir()):
        what = "a symbolic link" if snapshots.is_symlink() else (_kind(snapshots) or "a file")
        raise StoreError(f"store {path}: {snapshots} is {what}, not a folder; kg's readers keep their snapshots "
                         f"there while a build writes, so kg will not write to this store (remove {snapshots})")


def _not_files(database: Path) -> list[tuple[str, str]]:
    """(name, what it is) of the entries of a database folder that are not regular files."""
    try:
        names = os.listdir(database)
    except OSError:
        return []
    return [(name, kind) for name in sorted(names) if (kind := _kind(database / name)) is not None]


def _files(folder: Path) -> list[str]:
    """The Oxigraph (RocksDB) files a reader needs: all but the lock and the info logs."""
    return sorted(n for n in os.listdir(folder) if n != "LOCK" and not n.startswith("LOG"))


def _snapshot(live: Path, target: Path) -> bool:
    """Link the table files of `live` into `target` and copy the rest; False if files came or
    went meanwhile (a flush or compaction ran), when the snapshot may not be consistent."""
    before = _files(live)
    target.mkdir()
    for name in before:
        if name.endswith((".sst", ".blob")):
            try:
                os.link(live / name, target / name)
                continue
            except FileNotFoundError:
                raise
            except OSError:  # no hard links here: a copy does as well
                pass
        shutil.copyfile(live / name, target / name)
    return _files(live) == before


def _remove_snapshot(target: Path) -> None:
    """Remove a reader's snapshot, and the snapshots folder if no other reader has one there: a
    store read (by a build's reads too) is left as it was found, so that a store this user may
    read but not change, given a folder it may change, is not changed by reading it."""
    shutil.rmtree(target, ignore_errors=True)
    with contextlib.suppress(OSError):  # another reader's snapshot is there, or it is gone already
        target.parent.rmdir()


def _remove_orphan_snapshots(folder: Path) -> None:
    """Snapshots left by readers that were killed before they could remove theirs; never in a
    folder reached through a symbolic link (a store whose `snapshots` led to another folder had
    that folder's entries named like a snapshot of a dead process removed)."""
    if folder.is_symlink() or not folder.is_dir():
        return
    for snapshot in folder.iterdir():
        pid = snapshot.name.split("-", 1)[0]
        if not pid.isdigit():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            shutil.rmtree(snapshot, ignore_errors=True)
        except OSError:
            pass

