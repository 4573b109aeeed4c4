"""Whether a query or update would make the server fetch another URL (SERVICE or LOAD), decided
on the parsed request, never on its text.

A filter over the text has to guess where strings, IRIs and comments end, and every guess
differs from the parser's somewhere (a `.` glued to SERVICE, a `\\u0022` that ends a string
once unescaped). Here rdflib's SPARQL 1.1 parser builds the syntax tree and the tree is
walked for `ServiceGraphPattern` and `Load` nodes. A request rdflib cannot parse is refused
too: whatever Oxigraph might make of it, nobody has checked what it fetches.

The two parsers must also see the same tokens. rdflib undoes `\\uXXXX` escapes in the whole
text before parsing (as SPARQL 1.1 says); Oxigraph only inside strings and IRIs. So an escape
that stands for a character that opens or closes a string, an IRI or a comment
(`"`, `'`, `\\`, `<`, `>`, `#`, a line feed or a carriage return) is refused: with `"\\u0022"`
in two places, rdflib would read one long string where Oxigraph reads two short ones and the
SERVICE between them; with `\\u000A` in a comment, rdflib ends the comment there and can read
the next lines, a SERVICE among them, as a long string that Oxigraph never sees.

Line ends too: rdflib ends a comment at a line feed only, Oxigraph (as the grammar says) at a
carriage return as well, so `# x\\rSERVICE <...> {...}` was a comment to rdflib and a SERVICE
to Oxigraph. rdflib is given the text with every carriage return made a line feed: the two
are the same to both parsers everywhere else (white space; neither may stand in a short
string or an IRI; in a long string only the parse tree's literal changes, which is not checked).

rdflib's parser recurses deeply (some 25 Python frames per bracket level), so it runs on a
thread with a stack sized for `kg.graph.nesting.MAX_DEPTH` levels, which the server checks first.
"""
from __future__ import annotations

import functools
import re
import sys
import threading

from kg.errors import QueryError

#: The refusal of a query or update that would fetch, wherever kg runs one of its user's (the
#: endpoint, `kg query`, `kg.open(path).query` and `update`): each may fetch only when told to.
REFUSED_FETCH = ("SERVICE and LOAD are refused: they make kg fetch other URLs (kg serve --allow-service, "
                 "kg query --allow-service or kg.open(path, allow_service=True) lets it)")

FETCHING = frozenset({"ServiceGraphPattern", "Load"})
#: Characters an escape may not stand for: they would move where strings, IRIs or comments end.
BOUNDARIES = frozenset('"\'\\<>#\n\r')
#: An escape as Oxigraph reads it, in a string or an IRI (SPARQL 1.1's UCHAR): its hex digits.
_OXIGRAPH_ESCAPE = re.compile(r"\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8}))")
_STACK_BYTES = 64 * 1024 * 1024  # depth 128 needs some 30 MB
_RECURSION = 100_000
_REMEMBERED_CHARS = 10_000


def fetches(kind: str, sparql: str) -> bool:
    """True if the query (`kind` "query") or update uses SERVICE or LOAD; QueryError if it
    does not parse as SPARQL 1.1.

    rdflib takes 5 to 50 ms to parse a query, as long as Oxigraph takes to answer most; clients
    (dashboards, pages) send the same queries again and again, so short ones are remembered.
    A text that cannot hold the keyword (`might_fetch`) is not parsed.
    """
    if not might_fetch(kind, sparql):
        return False
    return _remembered(kind, sparql) if len(sparql) <= _REMEMBERED_CHARS else _fetches(kind, sparql)


def might_fetch(kind: str, sparql: str) -> bool:
    """Whether the text holds the letters of SERVICE (or, in an update, LOAD) in any case, anywhere
    (strings and comments too): Oxigraph reads a keyword only from those letters in the text
    itself, compared without case (it reads escapes in strings and IRIs only), so a text without
    them, case folded (which folds more letters to these than Oxigraph does: 'ſ' is 's'), cannot
    fetch. Then rdflib need not parse it (5 to 50 ms), nor its grammar be loaded (0.5 s, which
    doubled the time of `kg query`)."""
    folded = sparql.casefold()
    return "service" in folded or (kind == "update" and "load" in folded)


def load_grammar() -> None:
    """Load rdflib's SPARQL grammar now (0.5 s of CPU), not in the time of the first query to check."""
    _fetches("query", "ASK {}")


def refuse_fetches(kind: str, sparql: str) -> None:
    """QueryError (`REFUSED_FETCH`) if the query or update fetches, or does not parse (`fetches`)."""
    if fetches(kind, sparql):
        raise QueryError(REFUSED_FETCH)


@functools.lru_cache(maxsize=512)
def _remembered(kind: str, sparql: str) -> bool:
    return _fetches(kind, sparql)


def _fetches(kind: str, sparql: str) -> bool:
    _check_escapes(sparql)
    outcome: dict[str, object] = {}

    def parse() -> None:
        from pyparsing import ParseBaseException
        from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

        try:
            outcome["tree"] = (parseUpdate if kind == "update" else parseQuery)(sparql.replace("\r", "\n"))
        except ParseBaseException as error:
            outcome["error"] = f"SPARQL syntax error at line {error.lineno}, column {error.col}: {error.msg}"
        except RecursionError:
            outcome["error"] = "the query nests too deeply to be checked"
        except Exception as error:  # noqa: BLE001 - rdflib raises what its grammar actions raise
            outcome["error"] = f"SPARQL syntax error: {str(error).splitlines()[0][:300] if str(error) else type(error).__name__}"

    _on_deep_stack(parse)
    if "error" in outcome:
        raise QueryError(str(outcome["error"]))
    return _contains(outcome["tree"], FETCHING)


def _check_escapes(sparql: str) -> None:
    """QueryError if an escape stands for one of BOUNDARIES (see the module doc), as either
    parser reads it: Oxigraph's `\\u` and four hex digits or `\\U` and eight, and rdflib's own
    pattern (`expandUnicodeEscapes_re`), which takes either letter before four digits and four
    more if they follow. The readings part: `\\U000A` then a space is a line feed to rdflib,
    nothing to Oxigraph (in a comment, where it stays text, rdflib ended the comment there and
    read the next lines as a string around a SERVICE); `\\u00000022` is NUL and "0022" to
    Oxigraph, a quote to rdflib."""
    from rdflib.plugins.sparql.parser import expandUnicodeEscapes_re

    for reading in (_OXIGRAPH_ESCAPE, expandUnicodeEscapes_re):
        for found in reading.finditer(sparql):
            code = int("".join(digits for digits in found.groups() if digits), 16)
            if code < 0x110000 and chr(code) in BOUNDARIES:
                raise QueryError(f"the escape {found[0]} is refused: it stands for {chr(code)!r}, which parsers "
                                 "disagree on; write the character itself (escaped with a backslash in a string)")


def _contains(tree: object, names: frozenset[str]) -> bool:
    """Whether any node of rdflib's parse tree (CompValues, ParseResults, lists) is named in `names`."""
    from pyparsing import ParseResults  # here: a worker that never checks a request (`--allow-service`) does without it

    stack = [tree]
    while stack:
        node = stack.pop()
        if getattr(node, "name", None) in names:
            return True
        if isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, (list, tuple, ParseResults)):
            stack.extend(node)
    return False


def _on_deep_stack(work) -> None:
    """Run `work()` on a thread with a large stack and recursion limit, and wait for it. The limit
    is the process's: it is put back after, or any later recursion on a main thread's 8 MB stack
    (json.loads of an answer nested 200,000 deep) would overflow it, a segfault, not an error."""
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, _RECURSION))
    try:
        size = threading.stack_size(_STACK_BYTES)
        try:
            thread = threading.Thread(target=work, daemon=True)
            thread.start()
        finally:
            threading.stack_size(size)
        thread.join()
    finally:
        sys.setrecursionlimit(limit)
