"""Damage done to a copy of a store, for the tests that check kg stops on it with one line: a
table zeroed at its own size (which the seal lets through, and RocksDB's checksum meets only
where a read lands), and the memory guard of the real process that reads it."""
from __future__ import annotations

from pathlib import Path

#: Damages of one table at its own size (4 KB zeroed at an offset; the tables named by their
#: properties) that made reads of a small store allocate without end on e970c7b. A test tries its
#: own first, then the others until one makes the read meet its bound, so that a store laid out a
#: little differently still meets a runaway.
RUNAWAY_DAMAGE = [("posg", 4096), ("gpos", 4096), ("posg", 8192), ("gpos", 8192), ("spog", 0), ("gspo", 8192)]


def zero_table(store: Path, index: str, at: int) -> None:
    """4 KB zeroed at `at` in the table of `index` (`spog`, `gpos`, `id2str`, ...)."""
    table = next(p for p in (store / "oxigraph").glob("*.sst") if b"name" + index.encode() in p.read_bytes())
    raw = bytearray(table.read_bytes())
    raw[at:at + 4096] = bytes(len(raw[at:at + 4096]))
    table.write_bytes(bytes(raw))


def at_most_4_gb() -> None:
    """A real process that a runaway cannot take the test machine's memory with: before kg had a
    cap of its own there, this one ended it (Rust's allocator aborts) at 4 GB."""
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))
