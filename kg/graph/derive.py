"""The graphs `kg build` derives from the documents: actors and calls, rewritten by their difference.

- the actors graph describes each actor some document names, once: from the gazetteer, or as
  the documents that minted it describe it, with every name the documents write for it;
- the calls graph holds each call once, united from its reports (`kg.graph.merge`), with
  the reason of each merge.

They are derived again after the documents are written, and only when what they come from
changed: the meta graph keeps a digest of it (the documents' hashes and fingerprints and the
users' splits), written once the graphs are whole, so a build interrupted before or during
this step leaves it to the next one, which does it even when no document changed. When the
graphs were up to date before a build, only the calls its documents touch are derived again
(`changed`): reports of different participants never make one call, so the calls of other
participants stay as they were; deriving every call again cost each build in proportion to the
store (a fifth of what ten builds of 100 articles add to the parse, measured on 1,000 synthetic
articles).
"""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import get_args

import pyoxigraph as ox

from kg.graph import sparql
from kg.graph.merge import Group, Reason, Report, Split, group
from kg.graph.rdf import (
    actor_key,
    call_lines,
    call_nodes,
    day_call_iri,
    description,
    document_id,
    document_iri,
    reason_label,
    reason_nodes,
    single_call_iri,
    split_lines,
)
from kg.graph.store import Store
from kg.namespace import (
    ACTOR_TYPES,
    ACTORS_GRAPH,
    CALLS_GRAPH,
    KG,
    MEDIUM,
    MERGE_REASONS,
    META,
    SPLITS_GRAPH,
    STATUS,
    TOPIC,
)
from kg.nlp.gazetteer import Actor

_TYPES = {str(iri): name for name, iri in ACTOR_TYPES.items()}
_STATUSES = {str(iri): name for name, iri in STATUS.items()}
_MEDIA = {str(iri): name for name, iri in MEDIUM.items()}
_REASONS: dict[str, Reason] = {str(MERGE_REASONS[reason]): reason for reason in get_args(Reason)}


@dataclass(frozen=True)
class Derived:
    """What a derivation wrote."""

    actors: int  # described: every actor named, or those named by the documents a build only added
    calls: int
    merges: int


def documents(store: Store) -> dict[str, tuple[str, str | None]]:
    """Every document graph: its content hash and the fingerprint of what read it."""
    rows = store.read(sparql.text("derive/documents.rq"))
    return {row["g"].value: (row["hash"].value, row["fingerprint"].value if row["fingerprint"] else None) for row in rows}


def basis(store: Store, fingerprint: Iterable[str] = (), known: Mapping[str, tuple[str, str | None]] | None = None) -> str:
    """A digest of what the derived graphs come from: documents, splits, and how they were read.
    `known`: the store's `documents`, if already at hand."""
    digest = hashlib.sha256(_code())
    for graph, (content, read_with) in sorted((documents(store) if known is None else known).items()):
        digest.update(f"{graph} {content} {read_with}\n".encode())
    for split in splits(store):
        digest.update(f"split {split.call} {split.document}\n".encode())
    for part in sorted(fingerprint):
        digest.update(f"fingerprint {part}\n".encode())
    return digest.hexdigest()


def recorded(store: Store) -> tuple[str | None, set[str]]:
    """The basis of the derived graphs as last written, and the fingerprint parts of that build."""
    found: str | None = None
    parts: set[str] = set()
    for row in store.read(sparql.text("derive/basis.rq"), {"meta": ox.NamedNode(META)}):
        if row["basis"] is not None:
            found = row["basis"].value
        if row["part"] is not None:
            parts.add(row["part"].value)
    return found, parts


def splits(store: Store) -> list[Split]:
    """The users' split decisions, oldest first."""
    return [Split(row["call"].value, document_id(row["document"].value) if row["document"] else None,
                  row["created"].value if row["created"] else None)
            for row in store.read(sparql.text("derive/splits.rq"), {"splits": ox.NamedNode(SPLITS_GRAPH)})]


def reports(store: Store, documents: Collection[str] | None = None) -> list[Report]:
    """Every report of a call in the store, or in these documents (their ids), in one query."""
    if documents is not None and not documents:
        return []
    graphs = "" if documents is None else sparql.values("g", [document_iri(d) for d in documents])
    found = []
    for row in store.read(sparql.fill("derive/reports.rq", graphs=graphs)):
        date = row["date"]
        found.append(Report(
            iri=row["report"].value, document=row["document"].value,
            participants=frozenset(row["participants"].value.split()),
            date=date.value if date is not None else None,
            status=_STATUSES[row["status"].value], medium=_MEDIA[row["medium"].value],
            initiator=row["initiator"].value if row["initiator"] else None,
            duration=float(row["duration"].value) if row["duration"] else None,
            topics=frozenset(t.removeprefix(str(TOPIC)) for t in (row["topics"].value if row["topics"] else "").split())))
    return found


def calls(store: Store, reports_of: Iterable[Report] | None = None) -> list[Group]:
    """The calls the store's reports (or `reports_of` them) make, once the users' splits are applied."""
    return group(reports(store) if reports_of is None else reports_of,
                 lambda participants, day, planned: day_call_iri(map(actor_key, participants), day, planned).value,
                 lambda report: single_call_iri(report).value, splits(store))


@dataclass(frozen=True)
class _Changed:
    """The calls of the participants some changed documents report, derived again, and what the
    calls graph held of them before."""

    lines: list[str]  # the calls graph's lines about `subjects`, from now on
    subjects: set[ox.NamedNode]
    calls: int  # in the whole calls graph, from now on
    merges: int


def _changed_calls(store: Store, changed: Collection[str], new: Collection[str]) -> _Changed:
    """The calls of the participants that the documents `changed` (ids: written again, new or
    removed) report, now or before (those `new` reported nothing before), derived again from every
    report of those participants.

    Each step reads only what those participants concern, never the whole store: the calls
    graph's calls derived from the documents before (whom they reported), the documents' reports
    now, then the calls of each of those participants and the reports of their other documents."""
    graph = ox.NamedNode(CALLS_GRAPH)
    told = reports(store, changed)
    touched = {r.participants for r in told}
    for document in set(changed) - set(new):
        for row in store.read(sparql.text("derive/calls-from.rq"), {"calls": graph, "document": document_iri(document)}):
            touched.add(frozenset(row["participants"].value.split()))
    before: dict[str, Reason | None] = {}  # the calls of those participants, and why each was merged
    elsewhere: set[str] = set()  # the other documents of those calls
    actors = sorted({min(participants) for participants in touched})
    rows = store.read(sparql.fill("derive/calls-with.rq", actors=sparql.values("actor", [ox.NamedNode(a) for a in actors])),
                      {"calls": graph}) if actors else []
    for row in rows:
        if frozenset(row["participants"].value.split()) in touched:
            before[row["call"].value] = _REASONS[row["reason"].value] if row["reason"] else None
            elsewhere.update(document_id(iri) for iri in row["documents"].value.split())
    mine = told + [r for r in reports(store, sorted(elsewhere - set(changed))) if r.participants in touched]
    groups = calls(store, mine)
    counts: Counter[Reason | None] = Counter()  # calls merged for each reason, and (None) every call
    for row in store.read(sparql.text("derive/call-counts.rq"), {"calls": graph}):
        counts[_REASONS[row["reason"].value] if row["reason"] else None] = int(row["count"].value)
    counts.subtract([None] * len(before) + [reason for reason in before.values() if reason is not None])
    counts.update([None] * len(groups) + [g.reason for g in groups if g.reason is not None])
    lines = [line for g in groups for line in call_lines(g)]
    lines += [reason_label(reason) for reason, count in counts.items() if reason is not None and count > 0]
    subjects = {node for call in {*before, *(g.iri for g in groups)} for node in call_nodes(call)} | set(reason_nodes())
    return _Changed(lines, subjects, counts[None], sum(n for reason, n in counts.items() if reason is not None))


def actor_descriptions(store: Store, known: Mapping[str, Actor], only: Collection[ox.NamedNode] | None = None) -> tuple[list[str], int]:
    """N-Triples of the actors graph (each actor some document names, described once), and how
    many actors that is; or, given `only` (IRIs), the lines of those of them documents name."""
    if only is not None and not only:
        return [], 0
    actors = "" if only is None else sparql.values("actor", sorted(only, key=str))
    gazetteer_side: set[str] = set()
    named: set[str] = set()
    for row in store.read(sparql.fill("derive/mentions.rq", actors=actors)):
        named.add(row["actor"].value)
        if row["minted"] is None:
            gazetteer_side.add(row["actor"].value)
    names: dict[str, set[str]] = defaultdict(set)
    for row in store.read(sparql.fill("derive/names.rq", actors=actors)):
        names[row["actor"].value].add(row["name"].value)
    minted: dict[str, list[Actor]] = defaultdict(list)
    for row in store.read(sparql.fill("derive/minted.rq", actors=actors)):
        iri = row["actor"].value
        minted[iri].append(Actor(actor_key(iri), _TYPES.get(row["type"].value, "Person"), row["label"].value,
                                 role=row["role"].value if row["role"] else None))
    lines: set[str] = set()
    for iri in sorted(named):
        key = actor_key(iri)
        versions = list(minted[iri])
        if iri in gazetteer_side or not versions:
            # an actor no longer in the gazetteer (read with an older one) keeps its key as label
            versions.insert(0, known.get(key) or Actor(key, "Person", key))
        for actor in versions:
            aliases = names[iri] | (set(actor.aliases) if actor is versions[0] else set())
            lines.update(description(actor, aliases))
    return sorted(lines), len(named)


def _named_in(store: Store, documents: Collection[str]) -> set[ox.NamedNode]:
    """The actors these documents (ids) name."""
    if not documents:
        return set()
    graphs = sparql.values("g", [document_iri(d) for d in documents])
    return {row["actor"] for row in store.read(sparql.fill("derive/named-in.rq", graphs=graphs))}


def derive(store: Store, known: Mapping[str, Actor] | None, fingerprint: Iterable[str] | None = None,
           changed: Collection[str] | None = None, new: Collection[str] = (),
           held: Mapping[str, tuple[str, str | None]] | None = None) -> Derived:
    """Rewrite the actors and calls graphs from the documents, and record on what basis, in one
    transaction. `known` is the gazetteer's actors by key (None: the actors graph is left as it
    is, e.g. after a split, which changes only calls); `fingerprint` the parts of what read the
    documents, kept in the meta graph so the next build can say what changed (None: those the
    meta graph has); `changed` the ids of the only documents written or removed since the graphs
    were last derived, when that is known (then only the calls they touch are derived again, and,
    when they were all added, none changed or removed, only the actors they name),
    `new` those of them that were not in the store then, and `held` the store's `documents` as
    they are now, when the caller knows them (a build does: what it found and what it wrote), so
    that they are not read again."""
    parts = sorted(fingerprint) if fingerprint is not None else sorted(recorded(store)[1])
    graphs: dict[ox.NamedNode, list[str]] = {}
    described = 0
    about: dict[ox.NamedNode, set[ox.NamedNode]] = {}
    if known is not None:
        actors_graph = ox.NamedNode(ACTORS_GRAPH)
        if changed is not None and set(changed) <= set(new):
            # documents added, none changed or removed: only the actors they name can be described anew
            about[actors_graph] = _named_in(store, changed)
        graphs[actors_graph], described = actor_descriptions(store, known, about.get(actors_graph))
    if changed is None:
        groups = calls(store)
        graphs[ox.NamedNode(CALLS_GRAPH)] = [line for g in groups for line in call_lines(g)]
        count, merges = len(groups), sum(1 for g in groups if g.reason)
    else:
        touched = _changed_calls(store, changed, new)
        graphs[ox.NamedNode(CALLS_GRAPH)], about[ox.NamedNode(CALLS_GRAPH)] = touched.lines, touched.subjects
        count, merges = touched.calls, touched.merges
    meta = ox.NamedNode(META)
    graphs[meta] = [f"{ox.Triple(meta, ox.NamedNode(KG.basis), ox.Literal(basis(store, parts, held)))} ."]
    graphs[meta] += [f"{ox.Triple(meta, ox.NamedNode(KG.fingerprint), ox.Literal(part))} ." for part in parts]
    # The graphs go in several transactions when large (Store.replace_graphs): the old basis goes in
    # the first and the new one in the last, so a derivation stopped between two leaves no basis,
    # and the next build derives them again in full.
    store.replace_graphs(graphs, about, last=meta)
    return Derived(described, count, merges)


def write_splits(store: Store, decisions: Iterable[Split]) -> None:
    """Make `decisions` the users' splits (the splits graph, replaced), then derive the calls again."""
    lines = [line for split in decisions for line in split_lines(split)]
    store.replace_graph(ox.NamedNode(SPLITS_GRAPH), lines)
    derive(store, None)


@cache
def _code() -> bytes:
    """The derivation's own code: a change to how calls merge derives the graphs again."""
    here = Path(__file__).parent
    return b"".join(hashlib.sha256((here / name).read_bytes()).digest() for name in ("derive.py", "merge.py", "rdf.py"))

