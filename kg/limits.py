"""The bounds of one query kg runs for its user, unless told otherwise: `kg query`, `kg ask`,
`kg merges`, and `kg.open(path).query` in Python. (The commands that read the whole store,
`kg export` and the like, get more time: see `kg.cli.options`.)"""

#: Seconds one query may run.
QUERY_SECONDS = 60.0
#: Megabytes of address space the process running one query may map (a quarter of them may
#: hold its answer).
MAX_MEMORY_MB = 2048
