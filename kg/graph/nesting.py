"""How deeply a SPARQL text nests its brackets, counted on tokens before any parser sees it.

Oxigraph's parser and evaluator recurse once per nesting level: 3,000 nested braces overflow
the stack of `kg query` (a segfault, no Python error) and 10,000 crash an endpoint worker.
So a text is measured first, by a small lexer that knows what SPARQL says is not code:
strings (four quotings, with backslash escapes), IRIs and comments. Like Oxigraph, it reads
`\\uXXXX` as an escape only inside strings and IRIs, and ends a comment at a line feed or a
carriage return (a comment ended by a lone `\\r` once hid 5,000 braces from this count).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.errors import QueryError

#: Deepest nesting of `{`, `(` and `[` a query may have; kg's own queries stay under 10.
MAX_DEPTH = 128
#: Most operators a query may have: each of `| & = ! < > + - * / ^` and of the keywords below
#: makes one more level of Oxigraph's tree without a bracket, and chains of them overflowed its
#: stack like brackets (measured on `kg query`: some 2,600 BINDs, OPTIONALs or MINUSes in a row,
#: 6,300 `-` or UNIONs, 9,000 `||`). Counted over the whole text, which bounds any chain; kg's
#: own queries use under 60. Each `AS` (a projected or grouped expression), `VALUES` block and
#: target of DESCRIBE is one more level too: pyoxigraph segfaulted on 3,500 `(1 AS ?vN)` in a
#: SELECT (48 KB), 3,500 VALUES blocks in a row, `DESCRIBE` of 3,000 IRIs.
MAX_OPERATORS = 1000
_OPERATORS = frozenset("|&=!<>+-*/^")
_NESTING_WORDS = frozenset({"UNION", "OPTIONAL", "MINUS", "BIND", "EXISTS", "SERVICE", "GRAPH", "AS", "VALUES"})
#: The words that end the targets of DESCRIBE (each IRI, prefixed name or variable an operator).
_DESCRIBE_END = frozenset({"WHERE", "FROM"})
_WORD = re.compile(r"\w+")
#: What follows the `:` of a prefixed name (`doc:s03_putin-trump_2020-04`), or the `@` of a
#: language tag (`@fr-CA`): its `-` are part of a name, not operators.
_LOCAL = re.compile(r"[\w\-.:%\\]*")

_OPEN, _CLOSE = "{([", "})]"
_LINE_END = re.compile(r"[\r\n]")
#: The characters an IRI may hold: any but `<>"{}|^`, a backslash, a space or a control character.
_IRI_BODY = re.compile(r'[^<>"{}|^`\\\x00-\x20]*')


def depth(sparql: str) -> int:
    """The deepest bracket nesting in the code of `sparql` (outside strings, IRIs and comments)."""
    return measure(sparql)[0]


#: Queries at most this long are measured once per process (`_measured`): kg's own come back with
#: every document a build derives again; a client's text, up to the endpoint's megabyte, is not kept.
_REMEMBERED_CHARS = 4096


def measure(sparql: str) -> tuple[int, int]:
    """(deepest bracket nesting, operators) in the code of `sparql`, outside strings, IRIs and
    comments; an operator is a character of `_OPERATORS` (not `^^` before a datatype) or a word
    of `_NESTING_WORDS`, outside variables, prefixed names and language tags."""
    return _measured(sparql) if len(sparql) <= _REMEMBERED_CHARS else _measure(sparql)


@lru_cache(maxsize=64)
def _measured(sparql: str) -> tuple[int, int]:
    return _measure(sparql)


def _measure(sparql: str) -> tuple[int, int]:
    text = sparql
    deepest = level = operators = i = 0
    describing = False
    n = len(text)
    while i < n:
        char = text[i]
        if describing and (char in "?$:" or (char == "<" and _iri_end(text, i) > i + 1)):
            operators += 1  # one target of DESCRIBE (a prefixed name's `:` counted, not its prefix)
        if char in _OPEN:
            describing = False
            level += 1
            deepest = max(deepest, level)
        elif char in _CLOSE:
            level = max(0, level - 1)
        elif char == "#":
            i = comment_end(text, i)
        elif char in "\"'":
            i = _string_end(text, i)
            continue
        elif char == "<":
            end = _iri_end(text, i)
            operators += end == i + 1  # the less-than operator, not an IRI
            i = end
            continue
        elif char in ":@":
            i = _LOCAL.match(text, i + 1).end()  # type: ignore[union-attr]  # matches the empty string at least
            continue
        elif char == "^" and text.startswith("^^", i):
            i += 2  # a literal's datatype marker, not the inverse path
            continue
        elif char in _OPERATORS:
            operators += 1
        elif char.isalnum() or char == "_":
            end = _WORD.match(text, i).end()  # type: ignore[union-attr]  # char is a word character
            word = text[i:end].upper() if (i == 0 or text[i - 1] not in "?$") and text[end:end + 1] != ":" else ""
            operators += word in _NESTING_WORDS
            describing = word == "DESCRIBE" or (describing and word not in _DESCRIBE_END)
            i = end
            continue
        i += 1
    return deepest, operators


def comment_end(text: str, start: int) -> int:
    """The index of the line end closing the comment at `start`: a line feed or a carriage return,
    as SPARQL's grammar (and Oxigraph) say; a lone `\\r` ends a comment too."""
    end = _LINE_END.search(text, start)  # one search: two finds would each scan to the end of text
    return len(text) if end is None else end.start()


def check_depth(sparql: str, limit: int = MAX_DEPTH) -> None:
    """QueryError if `sparql` nests deeper than `limit`: refused before it can exhaust a stack."""
    found, operators = measure(sparql)
    if found > limit:
        raise QueryError(f"the query nests {found} levels of brackets; the limit is {limit}")
    if operators > MAX_OPERATORS:
        raise QueryError(f"the query has {operators} operators (| & = ! < > + - * / ^, UNION, OPTIONAL, MINUS, BIND, "
                         f"EXISTS, SERVICE, GRAPH, AS, VALUES, each target of DESCRIBE), which nest like brackets; the limit is {MAX_OPERATORS}")


def _string_end(text: str, start: int) -> int:
    """The index after the string starting at `start` (or the end of text, unclosed)."""
    quote = text[start]
    long = text.startswith(quote * 3, start)
    delimiter = quote * 3 if long else quote
    i = start + len(delimiter)
    while i < len(text):
        if text[i] == "\\":
            i += 2
        elif text.startswith(delimiter, i):
            return i + len(delimiter)
        elif not long and text[i] in "\r\n":
            return i  # a short string cannot span lines: the parser will refuse it
        else:
            i += 1
    return len(text)


def _iri_end(text: str, start: int) -> int:
    """The index after the IRI at `start`, or start + 1 where `<` is the less-than operator."""
    i = _IRI_BODY.match(text, start + 1).end()  # type: ignore[union-attr]  # matches the empty string at least
    return i + 1 if i < len(text) and text[i] == ">" else start + 1
