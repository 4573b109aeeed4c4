"""Plain text tables: how `kg query`, `kg ask` and `kg stats` print answers (and `make bench`)."""
from __future__ import annotations

from collections.abc import Sequence

from kg.namespace import BASE


def table(header: Sequence[str], rows: Sequence[Sequence[str]], *, width: int | None = 60, count: bool = True) -> str:
    """Columns as wide as their widest cell (cut at `width` characters; None: never cut),
    a rule under the header, and the number of rows last when `count`."""
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(header)]
    if width is not None:
        widths = [min(width, w) for w in widths]

    def line(cells: Sequence[str]) -> str:
        return "  ".join((c if width is None else c[:width]).ljust(w) for c, w in zip(cells, widths, strict=False)).rstrip()

    out = [line(header), line(["-" * w for w in widths]), *(line(r) for r in rows)]
    if count:
        out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def cell(term: object) -> str:
    """An RDF term as a table shows it: kg's own IRIs without their base ("call/3f2a..."), on
    one line; nothing for an unbound variable."""
    if term is None:
        return ""
    value: str = term.value  # type: ignore[attr-defined]
    return value.removeprefix(BASE).replace("\n", " ")
