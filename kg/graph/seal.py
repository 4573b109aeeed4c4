"""What the database files were when kg last closed a store it wrote: damage RocksDB does not see.

A MANIFEST cut short or a write-ahead log (`*.log`) cut or zeroed opens without an error: RocksDB
reads what is left and answers from it, the latest writes quietly gone if they were only in the
log (measured: an Oxigraph store whose newest log was cut in half answered without its last
triple), and a build then wrote on top; over an emptied database folder it made a new, empty
database. So a writer that closes cleanly *seals* the store: it records
in `kg-store.json` the name and size of every database file, and a SHA-256 of each that is
not a table (of its first and last megabyte, past two; tables carry checksums of their own,
which RocksDB checks as it reads). Every open compares the files with the seal first, and
refuses a store whose files differ.

A writer breaks the seal before it opens the database, so a store being written, or one whose
writer was killed (`kill -9`, a power cut), carries no seal: it is opened as RocksDB recovers
it, unverified, until the next writer closes it. A reader that sees files differ from the
seal reads the marker again: if a writer broke the seal meanwhile, that is a build at work,
not damage.

A process also remembers the stores it sealed itself, each file's inode, size and times as they
were just after (`sealed_here`): one that it opens again with every file unchanged holds only
what this process wrote, so its own reads need no bounded worker (`Store.ours`), as in the store
it created. Any write to a file changes its change time (ctime), which no user can set back,
and a file replaced or restored from a copy is another inode.
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from kg.errors import StoreError

SEAL = "files"  # the marker's key: {name: [size, sha256 or null]}
_TABLES = (".sst", ".blob")
_ENDS = 1 << 20  # bytes read at each end of a long file
#: The most of a marker read: its seal names every database file (some 100 bytes each).
MARKER_BYTES = 16 << 20
#: The databases this process sealed, by real path: each file's identity just after (`_identity`).
_SEALED_HERE: dict[str, tuple[tuple[str, int, int, int, int, int], ...]] = {}


def fingerprint(database: Path) -> dict[str, list]:
    """Every file RocksDB reads (all but the lock and its info logs): [size, SHA-256], the digest
    left out for tables, which may be large and check themselves."""
    files: dict[str, list] = {}
    for name in sorted(os.listdir(database)):
        if name == "LOCK" or name.startswith("LOG"):
            continue
        path = database / name
        files[name] = [path.stat().st_size, None if name.endswith(_TABLES) else _digest(path)]
    return files


def _digest(path: Path) -> str:
    """SHA-256 of the file, or of its first and last `_ENDS` bytes when it is longer than both: the
    logs an Oxigraph store keeps grow with its writes (two of 62 MB after 300,000 triples), and
    every command opens the store; a cut or a zeroed tail shows at the ends and in the size."""
    digest = hashlib.sha256()
    with path.open("rb") as file:
        size = os.fstat(file.fileno()).st_size
        if size <= 2 * _ENDS:
            digest.update(file.read())
        else:
            digest.update(file.read(_ENDS))
            file.seek(size - _ENDS)
            digest.update(file.read(_ENDS))
    return digest.hexdigest()


def check(store: Path, marker: Path, meta: dict) -> None:
    """Refuse, on one line, a store whose database files differ from its seal in `meta` (the
    marker as read); nothing to check on a store without a seal."""
    if SEAL not in meta:
        return
    sealed = meta[SEAL]
    if not _well_formed(sealed):
        # `(size, digest) = ...` on an entry 5 or [1, 2, 3] was a 40-line traceback from every command
        raise StoreError(f"{marker}: unreadable store marker (its {SEAL!r} is not {{name: [size, digest]}}); "
                         f"is this a kg store? (if so, remove {SEAL!r} from it)")
    database = store / "oxigraph"
    try:
        difference = _difference(database, sealed, fingerprint(database))
    except FileNotFoundError:  # a writer removed a file while we read: it broke the seal first
        difference = f"files of {database} vanished while they were read"
    if difference is None or _reread(marker) != meta:  # a writer broke the seal since: a build at work
        return
    raise StoreError(f"store {store} is damaged: {difference} since kg last closed it; kg will neither read nor write it "
                     f"(restore it from a copy; if another program changed it on purpose, remove {SEAL!r} from {marker})")


def _well_formed(sealed: object) -> bool:
    """Whether a marker's seal is what `seal` writes: each file's [size, SHA-256 or null]."""
    return isinstance(sealed, dict) and all(
        isinstance(entry, list) and len(entry) == 2 and type(entry[0]) is int and (entry[1] is None or isinstance(entry[1], str))
        for entry in sealed.values())


def _difference(database: Path, sealed: dict[str, list], now: dict[str, list]) -> str | None:
    """The first file that differs, in words, or None."""
    if sealed and not now:
        return f"{database} is empty"
    for name in sorted(sealed.keys() | now.keys()):
        if name not in now:
            return f"{database / name} is gone"
        if name not in sealed:
            return f"{database / name} is new"
        (size, digest), (was_size, was_digest) = now[name], sealed[name]
        if size != was_size:
            return f"{database / name} is now {size:,} bytes, not {was_size:,},"
        if digest != was_digest:
            return f"{database / name} has other bytes (the same size)"
    return None


def read_marker(marker: Path) -> Any:
    """The marker's JSON, read with a bound: at most `MARKER_BYTES` (a marker of 300 MB of blanks
    was read whole, 630 MB of memory, and accepted) and nested as JSON may be read (200,000
    brackets were a `RecursionError`, reported as a damaged database). ValueError otherwise."""
    with marker.open("rb") as file:  # read(n) takes n bytes at once: ask for no more than the file holds
        raw = file.read(min(os.fstat(file.fileno()).st_size, MARKER_BYTES) + 1)
    if len(raw) > MARKER_BYTES:
        raise ValueError(f"over {MARKER_BYTES:,} bytes")
    try:
        return json.loads(raw.decode("utf-8"))
    except RecursionError:
        raise ValueError("nested too deeply") from None


def _reread(marker: Path) -> object:
    try:
        return read_marker(marker)
    except (OSError, ValueError):
        return None


def write(marker: Path, meta: dict) -> None:
    """Replace the marker at once (a new file renamed over it): a kill leaves the old or the new."""
    fresh = marker.with_name(f".{marker.name}.{os.getpid()}.tmp")
    try:
        fresh.write_text(json.dumps(meta) + "\n", encoding="utf-8")
        os.replace(fresh, marker)
    except OSError:  # a full disk: the old marker stands, no half-written file is left beside it
        fresh.unlink(missing_ok=True)
        raise


def unseal(marker: Path, meta: dict) -> dict:
    """The marker without its seal, written before a writer opens the database."""
    if SEAL not in meta:
        return meta
    meta = {k: v for k, v in meta.items() if k != SEAL}
    write(marker, meta)
    return meta


def seal(marker: Path, meta: dict, database: Path) -> None:
    """Record the files of a database its writer has closed; a marker that cannot be written is
    left unsealed (the store then opens unverified, as after a killed build)."""
    try:
        write(marker, {**meta, SEAL: fingerprint(database)})
        _SEALED_HERE[os.path.realpath(database)] = _identity(database)
    except OSError:
        pass


def sealed_here(database: Path) -> bool:
    """Whether this process sealed `database` and none of its files changed, came or went since:
    then it holds what this process wrote, and nothing else."""
    try:
        return _SEALED_HERE.get(os.path.realpath(database)) == _identity(database)
    except OSError:
        return False


def _identity(database: Path) -> tuple[tuple[str, int, int, int, int, int], ...]:
    """Each file RocksDB reads (all but the lock and its info logs): its name, device, inode,
    size, and times of last change to its bytes (mtime) and to the file at all (ctime)."""
    found = []
    for name in sorted(os.listdir(database)):
        if name != "LOCK" and not name.startswith("LOG"):
            info = os.stat(database / name)
            found.append((name, info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns))
    return tuple(found)
