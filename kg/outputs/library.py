"""The graph as a Python library: what `kg.open(path)` gives.

`KnowledgeGraph` is the store (`kg.graph.store.Store`: `triples`, `graphs`, `dump`) with a
bounded `query` and what a notebook wants on top: calls, actors and claims as tables (pandas DataFrames when
pandas is installed, `pip install kg[pandas]`; lists of dicts otherwise), the named queries of
`kg ask`, the merges, and the call network as a networkx graph that draws itself with pyvis.

    >>> import kg
    >>> with kg.open("output/store") as g:                       # doctest: +SKIP
    ...     g.calls()[["date", "participants", "status"]]
    ...     g.network().to_pyvis().show("calls.html")
"""
from __future__ import annotations

import sys
import warnings
import weakref
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from kg.errors import KgError, QueryError, StoreError
from kg.graph import sparql
from kg.graph.store import Store
from kg.limits import MAX_MEMORY_MB, QUERY_SECONDS
from kg.serve.fetches import refuse_fetches
from kg.serve.protocol import DAMAGED, Reply

if TYPE_CHECKING:
    from pyvis.network import Network

    from kg.outputs.network import CallNetwork
    from kg.serve.bounded import Queries
    from kg.serve.workers import Job

#: The columns of each table, in order.
CALL_COLUMNS = ("id", "date", "status", "medium", "participants", "participant_ids", "initiator", "initiator_id",
                "duration_min", "topics", "documents", "merged")
ACTOR_COLUMNS = ("id", "label", "type", "wikidata", "aliases", "documents", "calls")
#: What a stop of one of kg's own reads adds: on a sound store they do not run away.
DAMAGE_MAY = "; a table of a damaged store can make a read run away"
CLAIM_COLUMNS = ("id", "speaker", "speaker_id", "text", "verb", "document", "start", "end", "call", "topics")


class KnowledgeGraph(Store):
    """A kg store, for reading (or writing): `g = kg.open(path)`, or `with kg.open(path) as g:`.
    Each `query` may run `timeout` seconds and map `max_memory_mb` megabytes, its answer
    `max_answer_mb` of them (by default a quarter); a `query` or `update` may fetch other URLs
    (SERVICE, LOAD) only with `allow_service`."""

    def __init__(self, path: Path, *, write: bool = False, timeout: float = QUERY_SECONDS,
                 max_memory_mb: int = MAX_MEMORY_MB, max_answer_mb: float | None = None,
                 allow_service: bool = False) -> None:
        super().__init__(path, write=write)
        self.timeout, self.max_memory_mb, self.allow_service = timeout, max_memory_mb, allow_service
        self.max_answer_mb = max_memory_mb / 4 if max_answer_mb is None else max_answer_mb
        self._queries: Queries | None = None

    def query(self, sparql: str, substitutions: dict[str, ox.NamedNode | ox.Literal] | None = None, **bindings: object):
        """Run SPARQL 1.1 with kg's prefixes over the union of every graph: the rows of a SELECT
        (each indexed by variable name, `row["date"].value`), the triples of a CONSTRUCT, the
        answer of an ASK. Keyword values are bound to the variables of those names (the query
        must select them), never pasted in: `g.query("SELECT ?c ?a WHERE { ?c kg:participant ?a }",
        a="https://w3id.org/kg-diplo/actor/Q7747")`.

        Bounded as `kg query` is (`kg.serve.bounded`): the query runs in a worker process on
        this store's snapshot, killed once it runs `timeout` seconds or maps `max_memory_mb`
        megabytes, its answer at most a quarter of them; each stop is a `QueryError` of one
        line, a read failing on a damaged store a `StoreError`. (A pyoxigraph query cannot be interrupted, and 100 nested OPTIONALs took all the
        memory of the caller's process.) In a process kg has capped already, it runs here.
        A query using SERVICE is a `QueryError` unless the store was opened with `allow_service`."""
        terms = dict(substitutions or {})
        terms.update({name: term(value) for name, value in bindings.items()})
        return self._bounded(sparql, terms or None, own=False)

    def read(self, sparql: str, substitutions: dict[str, ox.NamedNode | ox.Literal] | None = None):
        """One of kg's own queries reading the graph out (what `calls`, `export`, `ask` and the
        tables built on them run), bounded as `query` is: a table damaged at its own size made
        `calls()` allocate until the caller died (3 GB in 34 s on a store of 8 documents). Since
        kg's own queries do not run away on a sound store, every stop here is a `StoreError`."""
        return self._bounded(sparql, substitutions, own=True)

    def _bounded(self, sparql: str, terms: dict[str, ox.NamedNode | ox.Literal] | None, own: bool):
        """`sparql` run by this store's worker (`kg.serve.bounded.Queries`), or here in a process
        kg has capped already; each stop one line: a `StoreError` for kg's `own` queries and for
        a damaged store, else a `QueryError`."""
        from kg.serve.bounded import ACCEPT
        from kg.serve.results import OWN_QUERY

        reply = self._in_worker((OWN_QUERY if own else "query", sparql, ACCEPT, terms), own)
        if reply is None:
            if not own and not self.allow_service:
                refuse_fetches("query", sparql)
            return self.query_in_process(sparql, terms)
        return _result(reply, self.max_answer_mb, *self._stop(own))

    def _in_worker(self, job: Job, own: bool) -> Reply | None:
        """The reply of this store's worker to `job`; None where it must run here: in a process kg
        has capped already, for kg's `own` reads of a store this process created, or sealed and
        finds unchanged (`Store.ours`: no table of it can be damaged but by what it writes; a
        first build then starts no worker, nor a second one in the same process), or where no
        interpreter can be started (said in a warning)."""
        from kg.serve import sandbox

        if sandbox.capped() or own and self.ours:
            return None
        from kg.serve.bounded import Queries
        from kg.serve.workers import LATE

        if self._queries is None:
            self._queries = Queries(self.path, self.snapshot, self.timeout, self.max_memory_mb,
                                    int(self.max_answer_mb * 1024 * 1024), self.allow_service)
            weakref.finalize(self, self._queries.close)
        if self._queries.behind(self.writes):
            # What was written goes to tables first: the worker's new snapshot would replay it from
            # RocksDB's write-ahead log (0.5-0.8 s after a build of 100 documents, against 0.1 s).
            self.flush()
        try:
            reply = self._queries.run(job, self.writes)
        except OSError as error:
            if error.filename != sys.executable:
                raise
            warnings.warn(f"cannot start {sys.executable}: the store is read in this process, without a timeout or "
                          "a memory cap", RuntimeWarning, stacklevel=4)
            return None
        stopped, what = self._stop(own)
        if reply == LATE:
            raised = "timeout=SECONDS (kg.open) raises it" + DAMAGE_MAY if own else "kg.open(path, timeout=SECONDS) raises it"
            raise stopped(f"{what}: it ran longer than the {self.timeout:g} s timeout ({raised})")
        if not isinstance(reply, Reply):
            raised = ("max_memory_mb=MB (kg.open, kg.build) or --max-memory raises the limit" + DAMAGE_MAY if own
                      else "kg.open(path, max_memory_mb=MB) raises the limit")
            raise stopped(f"{what}: it took more than the {self.max_memory_mb} MB its process may use, or crashed the "
                          f"process ({raised})")
        return reply

    def update(self, sparql: str) -> None:
        """A SPARQL Update with kg's prefixes, in one transaction, on a store opened with `write=True`;
        a `QueryError` if it would fetch (LOAD, SERVICE) unless the store was opened with `allow_service`."""
        if not self.allow_service:
            refuse_fetches("update", sparql)
        super().update(sparql)

    def _stop(self, own: bool) -> tuple[type[KgError], str]:
        """The error a stop raises, and how its line begins: of the store for kg's `own` reads."""
        return (StoreError, f"store {self.path}: a read stopped") if own else (QueryError, "query stopped")

    def _read_out(self, kind: str, graph: ox.NamedNode | None = None, format: ox.RdfFormat | None = None,
                  prefixes: dict[str, str] | None = None) -> bytes | None:
        """The worker's answer to a job of `kg.serve.results.STORE_READS`, None where it runs here."""
        job: Job = (kind, graph.value if graph is not None else "", format.media_type if format else None, prefixes)
        reply = self._in_worker(job, own=True)
        if reply is None:
            return None
        if reply.status != 200:
            raise StoreError(reply.body.decode("utf-8", "replace").strip())
        if dict(reply.headers).get("X-KG-MaxBytes"):
            raise StoreError(f"store {self.path}: a read stopped: its answer is larger than {self.max_answer_mb:g} MB "
                             "(kg.open(path, max_answer_mb=MB) raises the limit)")
        return reply.body

    def graphs(self) -> list[ox.NamedNode]:
        """The named graphs, read by the store's worker, bounded as `read` is."""
        names = self._read_out("graphs")
        return super().graphs() if names is None else [ox.NamedNode(iri) for iri in names.decode("utf-8").split("\n") if iri]

    def dump(self, format: ox.RdfFormat, prefixes: dict[str, str] | None = None, *, graph: ox.NamedNode | None = None) -> bytes:
        """The store (or one named `graph`) serialised by the store's worker, bounded as `read` is
        (a table damaged at its own size can make a dump allocate without end); a dump over
        `max_answer_mb` is a `StoreError`."""
        dumped = self._read_out("dump", graph, format, prefixes)
        return super().dump(format, prefixes, graph=graph) if dumped is None else dumped

    def __len__(self) -> int:
        """The number of quads, counted by the store's worker, bounded as `read` is."""
        counted = self._read_out("len")
        return super().__len__() if counted is None else int(counted)

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

    def calls(self) -> Any:
        """Every call, once: its date, status, medium, participants (labels, and IRIs in
        `participant_ids`), initiator, duration, topics, the documents that report it, and why
        it was merged from several reports (`merged`, None for one report)."""
        data = self.export()
        labels = {a["id"]: a["label"] for a in data["actors"]}
        reasons = {call.value: reason.value for row in self.ask_rows("merges")
                   if (call := row["call"]) is not None and (reason := row["reason"]) is not None}
        records = [{
            "id": c["id"], "date": c["date"], "status": c["status"], "medium": c["medium"],
            "participants": [labels.get(p, p) for p in c["participants"]], "participant_ids": c["participants"],
            "initiator": labels.get(c["initiator"]) if c["initiator"] else None, "initiator_id": c["initiator"],
            "duration_min": c["duration_min"], "topics": c["topics"], "documents": c["documents"],
            "merged": reasons.get(c["id"])} for c in data["calls"]]
        return frame(records, CALL_COLUMNS)

    def actors(self) -> Any:
        """Every actor a document names: label, type, Wikidata id, aliases, the documents that
        name it and how many calls it takes part in."""
        data = self.export()
        calls: dict[str, int] = {}
        for call in data["calls"]:
            for actor in set(call["participants"]):
                calls[actor] = calls.get(actor, 0) + 1
        return frame([{**{k: a[k] for k in ACTOR_COLUMNS if k in a}, "calls": calls.get(a["id"], 0)} for a in data["actors"]],
                     ACTOR_COLUMNS)

    def claims(self) -> Any:
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

    def close(self) -> None:
        """Stop the query worker, then let go of the folder (and the snapshot the worker read)."""
        if self._queries is not None:
            self._queries.close()
        super().close()

    def ask_rows(self, name: str, **params: str) -> list[dict[str, ox.NamedNode | ox.Literal | ox.BlankNode | None]]:
        """A named query's rows as RDF terms (what `ask` turns into Python values)."""
        from kg.outputs.ask import run

        return run(self, name, {k: str(v) for k, v in params.items()}).rows


def _result(reply: Reply, max_answer_mb: float, stopped: type[KgError], what: str):
    """What pyoxigraph would have answered, from a worker's reply (`kg.serve.bounded.ACCEPT`): the
    solutions of a SELECT read back from SPARQL TSV, an ASK's boolean from JSON, a graph's
    triples from N-Triples (as a `QueryTriples`, which only a query makes: one over them). A
    worker's error is a `QueryError`, a `StoreError` when its `DAMAGED` header says the store is
    damaged (its message is not read for that: a query's own text may say "damaged");
    an answer cut at the byte cap is a `stopped` error."""
    message = reply.body.decode("utf-8", "replace").strip()
    headers = dict(reply.headers)
    if reply.status != 200:
        raise (StoreError if headers.get(DAMAGED) else QueryError)(message)
    if headers.get("X-KG-MaxBytes"):
        raise stopped(f"{what}: its answer is larger than {max_answer_mb:g} MB "
                      "(kg.open(path, max_answer_mb=MB) raises the limit)")
    media = reply.content_type.split(";")[0].strip()
    if media == "application/n-triples":
        graph = ox.Store()
        graph.load(reply.body, format=ox.RdfFormat.N_TRIPLES)
        return graph.query(sparql.text("store/all-triples.rq"))
    format = ox.QueryResultsFormat.TSV if media == "text/tab-separated-values" else ox.QueryResultsFormat.JSON
    return ox.parse_query_results(reply.body, format=format)


def frame(records: list[dict[str, Any]], columns: Iterable[str]) -> Any:  # a DataFrame, or the list without pandas
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
