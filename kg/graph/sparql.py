"""Every SPARQL text kg runs, read from the files beside this module in `queries/`.

- `queries/NAME.rq`: the named queries of `kg ask` (a header says their parameters);
- `queries/export/`: what `kg export` reads back from the store;
- `queries/store/`: what the store itself needs (hashes, a graph's triples, replacing a graph).

Query parameters are bound (pyoxigraph substitutions), never pasted in. The two updates in
`store/*.ru` are templates (SPARQL Update binds nothing): `fill` puts in terms kg serialised.
"""
from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from string import Template

QUERIES = Path(str(resources.files("kg.graph") / "queries"))


@cache
def text(name: str) -> str:
    """The text of `queries/NAME` (e.g. "store/document-hashes.rq"), read once per process."""
    return (QUERIES / name).read_text(encoding="utf-8")


def fill(name: str, **terms: str) -> str:
    """The update template `queries/NAME` with `$term`s replaced by already serialised RDF."""
    return Template(text(name)).substitute(terms)
