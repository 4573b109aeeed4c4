"""`kg ask`: named SPARQL queries with parameters, so common questions need no SPARQL.

Each query is a file `queries/NAME.rq` whose leading comments say what it answers:

    # title: Calls between two actors
    # description: ...
    # param: a (actor) one party: a label, an alias or an IRI

Parameter kinds: `actor` (a label or alias, matched ignoring case and accents, or an IRI),
`iri`, `string`, `date` (YYYY, YYYY-MM or YYYY-MM-DD) and `int`. Every parameter is required.
Values are bound with pyoxigraph substitutions, never pasted into the query text, so no
value (quotes, braces, `#`, newlines) can change what a query does. Oxigraph only
substitutes variables the query projects, so each query selects its parameters; the answer
leaves those columns out, since the caller gave them.
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

import kg
from kg.errors import QueryError
from kg.graph import sparql
from kg.graph.rdf import typed_date
from kg.graph.store import Store
from kg.namespace import BASE, PREFIXES, XSD
from kg.outputs.tables import cell, table

KINDS = ("actor", "iri", "string", "date", "int")
FORMATS = ("table", "csv", "json")
RESERVED = ("store", "format", "list")  # `kg ask` options: a parameter cannot take these names
# What the table shows of kg's own IRIs ("call/3f2a..."), accepted back as input.
_INSTANCE_FOLDERS = ("actor/", "call/", "claim/", "doc/", "topic/", "office/")
_PARAM = re.compile(r"(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s+\((?P<kind>[a-z]+)\)\s*(?P<description>.*)")
_DATE = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?", re.ASCII)  # int() reads '٢٠٢٤' too
_INT = re.compile(r"[+-]?\d{1,30}", re.ASCII)  # int() refuses 4,300 digits with ValueError; an xsd:integer this long says nothing


@dataclass(frozen=True)
class Param:
    name: str
    kind: str
    description: str


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    sparql: str


@dataclass(frozen=True)
class Answer:
    """Rows of a named query: column names, and per row the bound terms (None when unbound)."""

    columns: list[str]
    rows: list[dict[str, ox.NamedNode | ox.Literal | ox.BlankNode | None]]


def parse(name: str, text: str) -> NamedQuery:
    """Read the `# title:`, `# description:` and `# param:` lines heading a query file."""
    fields: dict[str, str] = {}
    params: list[Param] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        key, _, value = line[1:].strip().partition(":")
        if key == "param":
            match = _PARAM.fullmatch(value.strip())
            if not match or match["kind"] not in KINDS:
                raise QueryError(f"queries/{name}.rq: bad line {line!r}; write '# param: NAME ({'|'.join(KINDS)}) description'")
            if match["name"] in RESERVED:
                raise QueryError(f"queries/{name}.rq: parameter {match['name']!r} clashes with a kg ask option; "
                                 f"avoid {', '.join(RESERVED)}")
            params.append(Param(match["name"], match["kind"], match["description"]))
        elif key in ("title", "description"):
            fields[key] = value.strip()
    return NamedQuery(name, fields.get("title", name), fields.get("description", ""), tuple(params), text)


def _shown(value: str) -> str:
    """A value the caller gave, quoted for an error line: at most `_SHOWN` characters of it (a
    100 KB parameter made a 100 KB line)."""
    return repr(value if len(value) <= _SHOWN else value[:_SHOWN] + "…")


_SHOWN = 80


def catalogue() -> dict[str, NamedQuery]:
    """Every named query, by name."""
    return {p.stem: parse(p.stem, sparql.text(p.name)) for p in sorted(sparql.QUERIES.glob("*.rq"))}


def named_query(name: str) -> NamedQuery:
    known = catalogue()
    if name not in known:
        raise QueryError(f"unknown query {_shown(name)}; {_did_you_mean(name, known)}known: {', '.join(known)}")
    return known[name]


def _did_you_mean(given: str, known: Iterable[str], prefix: str = "") -> str:
    import difflib

    close = difflib.get_close_matches(given, list(known), n=3, cutoff=0.6)
    return f"did you mean {', '.join(prefix + c for c in close)}? " if close else ""


def bind(store: Store, query: NamedQuery, values: dict[str, str]) -> dict[str, ox.NamedNode | ox.Literal]:
    """Turn the caller's strings into RDF terms, checking names, presence and kinds."""
    names = [p.name for p in query.params]
    for name in values:
        if name not in names:
            accepted = ", ".join(f"--{n}" for n in names) or "none"
            raise QueryError(f"query {query.name!r} has no parameter --{name}; {_did_you_mean(name, names, '--')}"
                             f"its parameters: {accepted}")
    for param in query.params:
        if param.name not in values:
            raise QueryError(f"query {query.name!r} needs --{param.name} ({param.kind}: {param.description})")
    return {p.name: _term(store, p, values[p.name]) for p in query.params}


def run(store: Store, name: str, values: dict[str, str]) -> Answer:
    query = named_query(name)
    bindings = bind(store, query, values)
    result = store.read(query.sparql, bindings)  # kg's own .rq file, values bound
    columns = [v.value for v in result.variables if v.value not in bindings]
    return Answer(columns, [{c: row[c] for c in columns} for row in result])


def ask(store_path: Path, name: str, values: dict[str, str], format: str = "table") -> str:
    """Run the named query on the store at `store_path` and render its answer."""
    if format not in FORMATS:
        raise QueryError(f"unknown format {format!r}; known: {', '.join(FORMATS)}")
    with kg.open(store_path) as store:
        return render(run(store, name, values), format)


def listing() -> str:
    """The catalogue as a table: name, parameters, title."""
    rows = [[q.name, " ".join(f"--{p.name} {p.kind.upper()}" for p in q.params), q.title]
            for q in catalogue().values()]
    return table(["query", "parameters", "answers"], rows)


def render(answer: Answer, format: str) -> str:
    """A table for people (kg's IRIs shortened), or CSV / JSON rows with full IRIs."""
    if format == "json":
        rows = [{c: t.value for c, t in row.items() if t is not None} for row in answer.rows]
        return json.dumps(rows, ensure_ascii=False, indent=1)
    if format == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(answer.columns)
        writer.writerows([["" if t is None else t.value for t in row.values()] for row in answer.rows])
        return out.getvalue().rstrip("\n")
    return table(answer.columns, [[cell(t) for t in row.values()] for row in answer.rows])


def _term(store: Store, param: Param, value: str) -> ox.NamedNode | ox.Literal:
    if param.kind == "string":
        return ox.Literal(value)
    if param.kind == "int":
        if not _INT.fullmatch(value.strip()):
            raise QueryError(f"--{param.name} {_shown(value)}: not a whole number (ASCII digits, at most 30)")
        return ox.Literal(str(int(value)), datatype=ox.NamedNode(XSD.integer))
    if param.kind == "date":
        if not _DATE.fullmatch(value) or not _real_date(value):
            raise QueryError(f"--{param.name} {_shown(value)}: not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
        return typed_date(value)
    iri = _iri(value)
    if iri is not None:
        return iri
    if param.kind == "actor":
        return resolve_actor(store, value, f"--{param.name}")
    raise QueryError(f"--{param.name} {_shown(value)}: not an IRI; give a full IRI, a prefixed name (call:...) "
                     f"or a path as the tables show it (call/...)")


def _real_date(value: str) -> bool:
    """Is a YYYY[-MM[-DD]] a day of the calendar (not 2023-02-29, not year 0)?"""
    from datetime import date

    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def _iri(value: str) -> ox.NamedNode | None:
    """`value` as an IRI if it is written as one: <...>, http://..., prefix:name or call/..."""
    text = value.strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    elif text.startswith(_INSTANCE_FOLDERS):
        text = BASE + text
    else:
        prefix, colon, local = text.partition(":")
        if not colon or " " in text:
            return None
        if prefix in PREFIXES:
            text = PREFIXES[prefix] + local
    try:
        return ox.NamedNode(text)
    except ValueError:
        raise QueryError(f"{_shown(value)} is not a valid IRI") from None


def resolve_actor(store: Store, name: str, option: str = "actor") -> ox.NamedNode:
    """The one actor `name` designates, ignoring case and accents.

    A label wins over an alias, and either over a name that merely contains every word given
    ("Putin" for "Vladimir Putin"); several actors at the best level is an error, not a guess.
    """
    import difflib

    from kg.text import fold

    wanted = fold(name.strip())
    words = set(wanted.split())
    levels: list[set[str]] = [set(), set(), set()]  # label, alias, every word
    labels: dict[str, str] = {}
    names: set[str] = set()
    for row in store.read(named_query("actor-names").sparql):
        actor, found, kind = row["actor"].value, row["name"].value, row["kind"].value
        names.add(found)
        if kind == "label":
            labels[actor] = found
        folded = fold(found)
        if folded == wanted:
            levels[0 if kind == "label" else 1].add(actor)
        elif words and words <= set(folded.split()):
            levels[2].add(actor)
    matches = next((level for level in levels if level), set())
    if len(matches) == 1:
        return ox.NamedNode(matches.pop())
    if matches:
        options = ", ".join(f"{a.removeprefix(BASE)} ({labels.get(a, '?')})" for a in sorted(matches))
        raise QueryError(f"{option} {_shown(name)} names several actors: {options}; give one of these IRIs")
    close = difflib.get_close_matches(name, sorted(names), n=3, cutoff=0.6)
    hint = f"did you mean {', '.join(close)}?" if close else "`kg ask actor-names` lists the names"
    raise QueryError(f"{option} {_shown(name)}: no actor of that name in the store; {hint}")
