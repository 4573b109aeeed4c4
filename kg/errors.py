"""The errors kg reports to its users.

Every message names the bad value and, where it helps, what would be valid, so that the
command line can print it on one line without a traceback.
"""
from __future__ import annotations


class KgError(Exception):
    """Base class: something the user can fix (a path, an option, an input file)."""


class InputError(KgError):
    """An input file or folder cannot be read as an article."""

    def __init__(self, path: object, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
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
