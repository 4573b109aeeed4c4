"""`kg build` processes that start warm, for the kill -9 trials in test_faults.py.

`python -m tests.warm_build` loads the model once, then for each job read on stdin (JSON:
corpus, store, stdout and stderr file names) forks a child that runs `kg build CORPUS --store
STORE` exactly as the command line does, and says `started PID`, then `exited PID CODE` (CODE
negative for a signal, as subprocess reports it). Each child is a process of its own, with
its own handle on the store, that the test kills with SIGKILL: what a trial needs, without
paying the interpreter start and the model load (some 5 s) twenty times over.
"""
from __future__ import annotations

import json
import os
import sys


def run(job: dict) -> int:
    """In the child: `kg build`, its output to the job's files; the exit code."""
    from kg.cli import main

    for fd, name in ((1, job["stdout"]), (2, job["stderr"])):
        os.dup2(os.open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644), fd)
    try:
        main(["build", job["corpus"], "--store", job["store"]], prog_name="kg")
        code = 0
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else 1
    sys.stdout.flush()
    sys.stderr.flush()
    return code


def serve() -> None:
    from kg.nlp.pipeline import pipeline

    pipeline()
    print("ready", flush=True)
    for line in sys.stdin:
        job = json.loads(line)
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                code = run(job)
            finally:
                os._exit(code)  # never back into this loop, whatever happened
        print(f"started {pid}", flush=True)
        _, status = os.waitpid(pid, 0)
        print(f"exited {pid} {os.waitstatus_to_exitcode(status)}", flush=True)


if __name__ == "__main__":
    serve()
