"""Every SPARQL text kg runs, read from the files beside this module in `queries/`.

- `queries/NAME.rq`: the named queries of `kg ask` (a header says their parameters);
- `queries/export/`: what `kg export` reads back from the store;
- `queries/store/`: what the store itself needs (hashes, a graph's triples, replacing a graph).

Query parameters are bound (pyoxigraph substitutions), never pasted in. The two updates in
`store/*.ru` are templates (SPARQL Update binds nothing): `fill` puts in terms kg serialised.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path
from string import Template
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pyoxigraph as ox

QUERIES = Path(str(resources.files("kg.graph") / "queries"))


@cache
def text(name: str) -> str:
    """The text of `queries/NAME` (e.g. "store/document-hashes.rq"), read once per process."""
    return (QUERIES / name).read_text(encoding="utf-8")


def fill(name: str, **terms: str) -> str:
    """The update template `queries/NAME` with `$term`s replaced by already serialised RDF."""
    return Template(text(name)).substitute(terms)


def values(variable: str, iris: Iterable[ox.NamedNode]) -> str:
    """A VALUES block binding `variable` to these IRIs, each serialised by pyoxigraph (never raw
    text), for `fill`: one query for many subjects, documents or actors, not one each."""
    return f"VALUES ?{variable} {{ {' '.join(str(iri) for iri in iris)} }}"


# What cannot hold a prefixed name: IRIs, strings and comments, blanked out before the scan.
_OPAQUE = re.compile(r"<[^<>\s]*>|\"\"\"[\s\S]*?\"\"\"|'\'\'[\s\S]*?'\'\'|\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|#[^\n]*")
_PREFIXED = re.compile(r"(?<![\w?$:.-])([A-Za-z][\w.-]*)?:(?=[\w%]|\s|$)")
_DECLARED = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?:", re.I)


def unknown_prefix(query: str, known: Iterable[str]) -> str | None:
    """The first prefix `query` uses but neither declares nor finds in `known`, as written
    ("foo:"), or None."""
    text = _OPAQUE.sub(lambda m: " " * len(m.group()), query)
    declared = {m.group(1) or "" for m in _DECLARED.finditer(text)} | set(known)
    text = _DECLARED.sub(lambda m: " " * len(m.group()), text)
    for match in _PREFIXED.finditer(text):
        if (match.group(1) or "") not in declared:
            return (match.group(1) or "") + ":"
    return None


def syntax_error(query: str, error: Exception, known: Iterable[str]) -> str:
    """A SPARQL syntax error in one line: the unknown prefix when that is what it is."""
    message = str(error)
    prefix = unknown_prefix(query, known) if "Prefix not found" in message or "prefix" in message.lower() else None
    if prefix is not None:
        return (f"unknown prefix {prefix} in the query; declare it (PREFIX {prefix} <...>) or use one kg declares: "
                + ", ".join(f"{p}:" for p in known))
    return "SPARQL syntax error: " + " ".join(message.split())
