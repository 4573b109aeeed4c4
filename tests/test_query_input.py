"""`kg query` reads its query as kg reads any input: a regular file only, with a bound, UTF-8
with or without a byte order mark; each refusal one line, through a real `kg query` process."""
from __future__ import annotations

import os
import subprocess

import pytest

from tests.conftest import kg_command

pytest_plugins = ["conftest_server"]

QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?c a kg:Call }"


#: How the query is given (-f NAME, or - with standard input), what the file or input holds, and
#: the line said (None: answered).
CASES = {
    "stdin_without_end": ("-", None, "standard input: file too large (over 10 MB"),
    "fifo_named_q_rq": ("-f", "fifo", "not a regular file (a named pipe)"),
    "link_to_dev_zero": ("-f", "dev_zero", "not a regular file (a character device)"),
    "too_large_file": ("-f", b" " * 10_000_001 + QUERY.encode(), "file too large (10 MB; at most 10 MB)"),
    "not_utf8_file": ("-f", ("SELECT * WHERE { ?s ?p \"caf\xe9\" }").encode("latin-1"), "not UTF-8 text (invalid"),
    "not_utf8_stdin": ("-", ("SELECT * WHERE { ?s ?p \"caf\xe9\" }").encode("latin-1"), "not UTF-8 text (invalid"),
    "byte_order_mark": ("-f", b"\xef\xbb\xbf" + QUERY.encode(), None),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_query_is_read_from_a_regular_file_with_a_bound_and_decoded(small_store, tmp_path, case):
    how, content, said = CASES[case]
    source = tmp_path / "q.rq"
    if content == "fifo":
        os.mkfifo(source)
    elif content == "dev_zero":
        source.symlink_to("/dev/zero")
    elif content is not None and how == "-f":
        source.write_bytes(content)
    arguments = ["-f", str(source)] if how == "-f" else ["-"]
    given = {"input": content} if how == "-" and content is not None else {"stdin": subprocess.DEVNULL}
    with open("/dev/zero", "rb") as zero:
        if how == "-" and content is None:
            given = {"stdin": zero}
        done = subprocess.run([*kg_command(), "query", "--store", str(small_store), *arguments], **given,
                              capture_output=True, timeout=60)
    out, err = done.stdout.decode(), done.stderr.decode()
    if said is None:
        assert (done.returncode, out.split()[-3:], err) == (0, ["7", "(1", "row)"], ""), out + err
    else:
        assert done.returncode == 1 and out == "" and err.count("\n") == 1 and said in err, err[-600:]
