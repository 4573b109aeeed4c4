"""The bounds of one query kg runs for its user, unless told otherwise: `kg query`, `kg ask`,
`kg merges`, and `kg.open(path).query` in Python. (The commands that read the whole store,
`kg export` and the like, get more time: `STORE_SECONDS`.) A build's own reads of the store
are bounded as many megabytes, and `STORE_SECONDS` each."""

#: Seconds one query may run.
QUERY_SECONDS = 60.0
#: Seconds a command that reads the whole store may run (`kg export`, `validate`, `stats`,
#: `viz`), and each read of a build: validating the 56 documents of the dev set takes 10 s of
#: CPU, so a store of thousands needs minutes.
STORE_SECONDS = 600.0
#: Bytes of a query `kg query` reads from a file or standard input: its nesting check alone takes
#: some 0.3 s a megabyte (`kg query - < /dev/zero` read until memory ran out, a file of 300 MB of
#: blanks ran past a minute), and the endpoint takes 1 MB by default.
MAX_QUERY_BYTES = 10_000_000
#: Megabytes of address space the process running one query may map (a quarter of them may
#: hold its answer).
MAX_MEMORY_MB = 2048


def mapped_megabytes() -> int:
    """The address space this process has mapped (Linux's VmSize; 0 where there is none to read):
    what a forked child starts with, beyond which `--max-memory` counts. A `kg` process maps some
    60 MB here; a test process that loaded the spaCy model, gigabytes, which an absolute cap
    would refuse before the command even began."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            return next(int(line.split()[1]) // 1024 for line in status if line.startswith("VmSize:"))
    except (OSError, StopIteration, ValueError, IndexError):
        return 0
