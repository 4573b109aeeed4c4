"""`kg export`: the graph written out, as the JSON contract or as RDF.

The JSON (`../shared/gold/README.md`) is read back from the store with the SPARQL files in
`queries/export/`, never from in-memory records, so it shows exactly what the graph holds.
A call reported by several documents is one entry, as the calls graph unites it
(`kg.graph.merge`): every document and passage, the most precise date, and where they disagree
on its status the strongest statement (denied, then occurred, unconfirmed, planned).
"""
from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox

import kg
from kg.errors import KgError
from kg.graph import sparql
from kg.graph.store import Store
from kg.namespace import PREFIXES


def _rows(store: Store, name: str) -> list[dict[str, str]]:
    result = store.read(sparql.text(f"export/{name}.rq"))
    names = [v.value for v in result.variables]
    return [{n: row[n].value for n in names if row[n] is not None} for row in result]


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def export_data(store: Store) -> dict:
    """The export contract as a dict."""
    documents = sorted(({"id": r["id"], "published": r.get("published"), "source": r.get("source"),
                         "title": r.get("title")} for r in _rows(store, "documents")), key=lambda d: d["id"] or "")
    aliases, mentioned = defaultdict(set), defaultdict(set)
    for r in _rows(store, "actor-aliases"):
        aliases[r["actor"]].add(r["alias"])
    for r in _rows(store, "actor-documents"):
        mentioned[r["actor"]].add(r["document"])
    actors: dict[str, dict] = {}
    for r in _rows(store, "actors"):
        actors.setdefault(r["actor"], {"id": r["actor"], "label": r["label"], "type": _local(r["type"]),
                                       "wikidata": r.get("wikidata"), "aliases": sorted(aliases[r["actor"]]),
                                       "documents": sorted(mentioned[r["actor"]])})
    topics = defaultdict(set)
    for r in _rows(store, "topics"):
        topics[r["subject"]].add(r["topic"])
    evidence = defaultdict(list)
    for r in _rows(store, "evidence"):
        evidence[r["subject"]].append({"document": r["document"], "start": int(r["start"]),
                                       "end": int(r["end"]), "text": r["text"]})
    participants = defaultdict(set)
    for r in _rows(store, "call-participants"):
        participants[r["call"]].add(r["actor"])
    call_of: dict[str, str] = {}
    reports = defaultdict(list)
    for r in _rows(store, "call-reports"):
        call_of[r["report"]] = r["call"]
        reports[r["call"]].append(r["report"])
    calls: dict[str, dict] = {}
    for r in _rows(store, "calls"):  # a call's own values, one row per document that reports it
        call = calls.setdefault(r["call"], {
            "id": r["call"], "participants": sorted(participants[r["call"]]), "initiator": r.get("initiator"),
            "date": r.get("date"), "duration_min": float(r["duration"]) if r.get("duration") else None,
            "medium": _local(r["medium"]).lower(), "status": _local(r["status"]).lower(),
            "topics": sorted(topics[r["call"]]), "documents": [],
            "evidence": sorted((e for report in reports[r["call"]] for e in evidence[report]),
                               key=lambda e: (e["document"], e["start"]))})
        if r["document"] not in call["documents"]:
            call["documents"].append(r["document"])
    claims = []
    for r in _rows(store, "claims"):
        span = next((e for e in evidence[r["claim"]] if e["document"] == r["document"]), None)
        claims.append({"id": r["claim"], "speaker": r["speaker"], "text": r["text"], "verb": r.get("verb"),
                       "document": r["document"], "start": span["start"] if span else None,
                       "end": span["end"] if span else None, "call": call_of.get(r.get("report", "")),
                       "topics": sorted(topics[r["claim"]])})
    claims.sort(key=lambda c: (c["document"], c["start"] or 0))
    return {"documents": documents, "actors": sorted(actors.values(), key=lambda a: a["id"]),
            "calls": sorted(calls.values(), key=lambda c: (c["date"] or "", c["id"])), "claims": claims}


def subgraph(data: dict, result: object) -> dict:
    """The part of `data` that the answer of a SPARQL CONSTRUCT names: its calls, actors and
    claims (a call is kept when its IRI appears, or when all its participants do)."""
    if not isinstance(result, ox.QueryTriples):
        raise KgError("--query needs a CONSTRUCT query (it names the triples to draw)")
    named = {t.value for triple in result for t in (triple.subject, triple.object) if isinstance(t, ox.NamedNode)}
    calls = [c for c in data["calls"] if c["id"] in named or set(c["participants"]) <= named]
    kept_calls = {c["id"] for c in calls}
    actors = {iri for c in calls for iri in c["participants"]} | {a["id"] for a in data["actors"] if a["id"] in named}
    claims = [c for c in data["claims"] if c["id"] in named or c["call"] in kept_calls]
    actors |= {c["speaker"] for c in claims}
    return {"documents": data["documents"], "actors": [a for a in data["actors"] if a["id"] in actors],
            "calls": calls, "claims": claims}


#: Every export format, and the file extensions that name it when --format is not given.
FORMATS = {"json": (".json",), "turtle": (".ttl",), "trig": (".trig",), "nquads": (".nq", ".nquads"),
           "jsonld": (".jsonld", ".json-ld"), "gexf": (".gexf",), "graphml": (".graphml",)}


def format_of(out: Path | str, format: str | None = None) -> str:
    """The export format: `format` when given, else the one `out`'s extension names."""
    if format is not None:
        if format not in FORMATS:
            raise KgError(f"unknown export format {format!r}; known: {', '.join(FORMATS)}")
        return format
    if str(out) == "-":
        return "json"
    suffix = Path(out).suffix.lower()
    found = next((name for name, suffixes in FORMATS.items() if suffix in suffixes), None)
    if found is None:
        known = ", ".join(f"{s} ({n})" for n, suffixes in FORMATS.items() for s in suffixes)
        raise KgError(f"cannot tell the format from {str(out)!r}; give --format, or a file ending in one of {known}")
    return found


def payload(store: Store, format: str) -> bytes:
    """The whole store in `format` (see FORMATS)."""
    if format == "json":
        return json.dumps(export_data(store), ensure_ascii=False, indent=1).encode("utf-8")
    if format == "jsonld":
        return _jsonld(store)
    if format == "trig":
        return store.dump(ox.RdfFormat.TRIG, prefixes=PREFIXES)
    if format == "nquads":
        return store.dump(ox.RdfFormat.N_QUADS)
    if format == "turtle":
        return _turtle(store)
    if format in ("gexf", "graphml"):
        from kg.outputs.network import call_network, gexf, graphml

        network = call_network(export_data(store))
        return gexf(network) if format == "gexf" else graphml(network)
    raise KgError(f"unknown export format {format!r}; known: {', '.join(FORMATS)}")


def export(store_path: Path, out: Path | str, format: str | None = None) -> Path | None:
    """Write the store to `out` (`-`: standard output) in `format`, or the format `out`'s
    extension names (json, turtle, trig, nquads, jsonld, gexf, graphml). Returns the file written
    (None for standard output)."""
    format = format_of(out, format)
    with kg.open(store_path) as store:
        data = payload(store, format)
    if str(out) == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return None
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    partial.write_bytes(data)
    partial.replace(out)
    return out


def _turtle(store: Store) -> bytes:
    """Turtle has no graphs: the union of every graph (no triple is in two), with kg's prefixes."""
    return ox.serialize(list(store.triples()), format=ox.RdfFormat.TURTLE, prefixes=PREFIXES) or b""


def _jsonld(store: Store) -> bytes:
    """JSON-LD compacted with kg's prefixes as its @context, one named graph per @graph entry.
    rdflib writes nodes and values in the order of its hash tables, which changes with each
    process's hash seed: every array is put in one order (JSON-LD arrays other than @list are
    sets), so the same store gives the same bytes."""
    from rdflib import Dataset

    dataset = Dataset()
    dataset.parse(data=store.dump(ox.RdfFormat.N_QUADS).decode("utf-8"), format="nquads")
    written = json.loads(dataset.serialize(format="json-ld", context=dict(PREFIXES), auto_compact=True))
    return json.dumps(_in_one_order(written), indent=2, ensure_ascii=False).encode("utf-8")


def _in_one_order(node: object, key: str = "") -> object:
    """`node` with the members of each array sorted (by their JSON text), except a @list's."""
    if isinstance(node, dict):
        return {k: _in_one_order(v, k) for k, v in node.items()}
    if isinstance(node, list):
        members = [_in_one_order(v) for v in node]
        return members if key == "@list" else sorted(members, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return node
