"""What a query worker does to itself before it opens the store: cap its memory, and leave the
network where the kernel lets it.

- Memory: `RLIMIT_AS`, so a query that grows (100 nested OPTIONALs reached 3.3 GB in 3 s) makes
  the worker's allocation fail and the worker die, not the machine swap; the server then
  replaces it and answers 503.
- Network: a new, empty network namespace (no interface, not even loopback), so SERVICE and
  LOAD could reach nothing even if one got past the parsed check in `fetches`. Linux only, and
  only where this process may create namespaces (root, or unprivileged user namespaces);
  elsewhere the parsed check stands alone. Never done with `--allow-service`.
"""
from __future__ import annotations

import ctypes
import os

_CLONE_NEWUSER = 0x10000000
_CLONE_NEWNET = 0x40000000
_M_ARENA_MAX = -8  # glibc's malloc.h


#: Whether this process capped its memory (`limit_memory`): a query worker, or a command
#: `kg.cli.capped` runs, each with a parent that kills it once its time is up.
_capped = False


def limit_memory(megabytes: int) -> None:
    """Cap this process's address space at `megabytes` (soft and hard: it cannot be raised again)."""
    import resource

    global _capped
    cap = megabytes * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    _capped = True


def capped() -> bool:
    """Whether this process is already bounded in memory (by `limit_memory`) and in time (by the
    parent that started it): a query it runs needs no worker of its own."""
    return _capped


def few_arenas() -> None:
    """Let malloc keep two arenas, not one per thread: each reserves 64 MB of address space that
    counts against `RLIMIT_AS` (what `MALLOC_ARENA_MAX=2` does for a process started anew; this
    is for one forked, whose environment malloc has already read)."""
    try:
        ctypes.CDLL(None).mallopt(_M_ARENA_MAX, 2)
    except (OSError, AttributeError):  # not glibc
        pass


def leave_network() -> bool:
    """Move this process into an empty network namespace; False where the kernel refuses."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        return False
    if libc.unshare(_CLONE_NEWNET) == 0:  # with CAP_SYS_ADMIN
        return True
    uid, gid = os.getuid(), os.getgid()
    if libc.unshare(_CLONE_NEWUSER | _CLONE_NEWNET) != 0:
        return False
    # Map our own ids into the new user namespace: unmapped, files could not be created (EOVERFLOW).
    for name, content in (("setgroups", "deny"), ("uid_map", f"{uid} {uid} 1"), ("gid_map", f"{gid} {gid} 1")):
        with open(f"/proc/self/{name}", "w") as file:
            file.write(content)
    return True
