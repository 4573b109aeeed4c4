"""The graph as a Python library: what `kg.open(path)` gives.

`KnowledgeGraph` is the store (`kg.graph.store.Store`: `query`, `triples`, `graphs`, `dump`)
with what a notebook wants on top: calls, actors and claims as tables (pandas DataFrames when
pandas is installed, `pip install kg[pandas]`; lists of dicts otherwise), the named queries of
`kg ask`, the merges, and the call network as a networkx graph that draws itself with pyvis.

    >>> import kg
    >>> with kg.open("output/store") as g:                       # doctest: +SKIP
    ...     g.calls()[["date", "participants", "status"]]
    ...     g.network().to_pyvis().show("calls.html")
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from kg.graph.store import Store

if TYPE_CHECKING:
    from pyvis.network import Network

    from kg.outputs.network import CallNetwork

#: The columns of each table, in order.
CALL_COLUMNS = ("id", "date", "status", "medium", "participants", "participant_ids", "initiator", "initiator_id",
                "duration_min", "topics", "documents", "merged")
ACTOR_COLUMNS = ("id", "label", "type", "wikidata", "aliases", "documents", "calls")
CLAIM_COLUMNS = ("id", "speaker", "speaker_id", "text", "verb", "document", "start", "end", "call", "topics")


class KnowledgeGraph(Store):
    """A kg store, for reading (or writing): `g = kg.open(path)`, or `with kg.open(path) as g:`."""

    def query(self, sparql: str, substitutions: dict[str, ox.NamedNode | ox.Literal] | None = None, **bindings: object):
        """Run SPARQL 1.1 with kg's prefixes over the union of every graph: the rows of a SELECT
        (each indexed by variable name, `row["date"].value`), the triples of a CONSTRUCT, the
        answer of an ASK. Keyword values are bound to the variables of those names (the query
        must select them), never pasted in: `g.query("SELECT ?c ?a WHERE { ?c kg:participant ?a }",
        a="https://w3id.org/kg-diplo/actor/Q7747")`."""
        terms = dict(substitutions or {})
        terms.update({name: term(value) for name, value in bindings.items()})
        return super().query(sparql, terms or None)

    def table(self, sparql: str, **bindings: object):
        """A SELECT's rows as a table: one column per variable, Python values (str, int, float,
        bool; dates as ISO text), None where unbound."""
        result = self.query(sparql, None, **bindings)
        if not isinstance(result, ox.QuerySolutions):
            raise TypeError("table() takes a SELECT query; query() runs the others")
        columns = [v.value for v in result.variables]
        return frame([{c: value(row[c]) for c in columns} for row in result], columns)

    def ask(self, name: str, **params: str):
        """A named query of `kg ask` (`kg ask --list`), its parameters as keywords:
        `g.ask("calls-between", a="Poutine", b="Macron")`."""
        from kg.outputs.ask import run

        answer = run(self, name, {k: str(v) for k, v in params.items()})
        return frame([{c: value(t) for c, t in row.items()} for row in answer.rows], answer.columns)

    def calls(self):
        """Every call, once: its date, status, medium, participants (labels, and IRIs in
        `participant_ids`), initiator, duration, topics, the documents that report it, and why
        it was merged from several reports (`merged`, None for one report)."""
        data = self.export()
        labels = {a["id"]: a["label"] for a in data["actors"]}
        reasons = {row["call"].value: row["reason"].value for row in self.ask_rows("merges") if row["reason"] is not None}
        records = [{
            "id": c["id"], "date": c["date"], "status": c["status"], "medium": c["medium"],
            "participants": [labels.get(p, p) for p in c["participants"]], "participant_ids": c["participants"],
            "initiator": labels.get(c["initiator"]) if c["initiator"] else None, "initiator_id": c["initiator"],
            "duration_min": c["duration_min"], "topics": c["topics"], "documents": c["documents"],
            "merged": reasons.get(c["id"])} for c in data["calls"]]
        return frame(records, CALL_COLUMNS)

    def actors(self):
        """Every actor a document names: label, type, Wikidata id, aliases, the documents that
        name it and how many calls it takes part in."""
        data = self.export()
        calls: dict[str, int] = {}
        for call in data["calls"]:
            for actor in set(call["participants"]):
                calls[actor] = calls.get(actor, 0) + 1
        return frame([{**{k: a[k] for k in ACTOR_COLUMNS if k in a}, "calls": calls.get(a["id"], 0)} for a in data["actors"]],
                     ACTOR_COLUMNS)

    def claims(self):
        """Every claim: who said it (label, and IRI in `speaker_id`), the text, the reporting verb,
        the document and offsets, the call it is about and its topics."""
        data = self.export()
        labels = {a["id"]: a["label"] for a in data["actors"]}
        return frame([{**{k: c.get(k) for k in CLAIM_COLUMNS}, "speaker": labels.get(c["speaker"], c["speaker"]),
                       "speaker_id": c["speaker"]} for c in data["claims"]], CLAIM_COLUMNS)

    def merges(self):
        """The calls made from several reports, with the reason (see `kg merges`)."""
        return self.ask("merges")

    def network(self) -> CallNetwork:
        """The call network: a networkx MultiGraph, actors as nodes (label, type, wikidata), one
        edge per call and pair of participants (date, status, medium, initiator, topics)."""
        from kg.outputs.network import call_network

        return call_network(self.export())

    def to_pyvis(self, **options: Any) -> Network:
        """The call network drawn with pyvis, as the network page draws it: `.show("calls.html")`."""
        return self.network().to_pyvis(**options)

    def export(self) -> dict:
        """The JSON contract of `kg export` as a dict."""
        from kg.outputs.export import export_data

        return export_data(self)

    def ask_rows(self, name: str, **params: str) -> list[dict[str, ox.NamedNode | ox.Literal | ox.BlankNode | None]]:
        """A named query's rows as RDF terms (what `ask` turns into Python values)."""
        from kg.outputs.ask import run

        return run(self, name, {k: str(v) for k, v in params.items()}).rows


def frame(records: list[dict[str, Any]], columns: Iterable[str]):
    """A pandas DataFrame of `records` when pandas is installed, else the records themselves."""
    try:
        import pandas as pd
    except ImportError:
        return records
    return pd.DataFrame.from_records(records, columns=list(columns))


def term(given: object) -> ox.NamedNode | ox.Literal:
    """A Python value as the RDF term a query binds: an IRI for http(s) text, else a literal."""
    if isinstance(given, ox.NamedNode | ox.Literal):
        return given
    if isinstance(given, bool | int | float):
        return ox.Literal(given)  # xsd:boolean, xsd:integer, xsd:double
    text = str(given)
    return ox.NamedNode(text) if text.startswith(("http://", "https://", "urn:")) else ox.Literal(text)


_NUMBERS = {"integer": int, "decimal": float, "double": float, "float": float, "long": int, "int": int}


def value(found: object) -> object:
    """An RDF term as a Python value: text for IRIs and strings, numbers and booleans as such."""
    if found is None:
        return None
    if isinstance(found, ox.Literal):
        kind = found.datatype.value.rsplit("#", 1)[-1]
        if kind in _NUMBERS:
            return _NUMBERS[kind](found.value)
        if kind == "boolean":
            return found.value == "true"
        return found.value
    return getattr(found, "value", str(found))
