"""The errors kg reports to its users.

Every message names the bad value and, where it helps, what would be valid, so that the
command line can print it on one line without a traceback.
"""
from __future__ import annotations


def printable(text: str) -> str:
    """`text` as one line of printable characters, any other written as Python escapes it
    ('\\x1b', '\\n', '\\u2028'): a file name may hold a line break, which forged a second
    `kg: skipped ...` line, or an escape sequence, which reached the terminal."""
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text)


class KgError(Exception):
    """Base class: something the user can fix (a path, an option, an input file)."""


class InputError(KgError):
    """An input file or folder cannot be read as an article."""

    def __init__(self, path: object, problem: str) -> None:
        super().__init__(printable(f"{path}: {problem}"))
        self.path = path
        self.problem = problem


class StoreError(KgError):
    """The store cannot be opened, written or read."""


class QueryError(KgError):
    """A SPARQL query is malformed, or a named query or parameter is unknown."""


class ValidationError(KgError):
    """The graph does not conform to the SHACL shapes."""


class EndpointError(KgError):
    """A remote SPARQL or Graph Store endpoint failed or could not be reached."""
