"""The call network as a networkx graph: what `g.network()` gives and GEXF and GraphML hold.

Actors are nodes (keyed by IRI, with `label`, `type`, `wikidata` and `aliases`); each call is one
edge between each two of its participants, keyed by the call's IRI, with the call's `date`,
`status`, `medium`, `initiator` (IRI) and `initiator_label`, `duration_min`, `topics` and
`documents` (space-separated), and the first words of its `evidence`. A multigraph, so two
leaders who spoke five times are five edges; `weighted()` folds them into one edge per pair.

Values are strings and numbers only (no None, no lists) so that Gephi, Cytoscape and yEd read
the files as they are. `to_pyvis()` draws the graph as it is, filtered or not, with the
network page's look (`kg.outputs.viz.notebook`).
"""
from __future__ import annotations

from itertools import combinations
from typing import TYPE_CHECKING, Any

import networkx as nx

if TYPE_CHECKING:
    from pyvis.network import Network

_EVIDENCE_CHARS = 300


class CallNetwork(nx.MultiGraph):
    """Who called whom: a networkx `MultiGraph`, one edge per call and pair of participants."""

    def weighted(self) -> nx.Graph:
        """One edge per pair of actors, `weight` the number of calls between them."""
        graph = nx.Graph()
        graph.add_nodes_from(self.nodes(data=True))
        for a, b in self.edges():
            weight = graph.get_edge_data(a, b, {"weight": 0})["weight"]
            graph.add_edge(a, b, weight=weight + 1)
        return graph

    def to_pyvis(self, **options: Any) -> Network:
        """A pyvis Network of this graph, for `net.show("calls.html")` in a notebook; options as
        `kg.outputs.viz.notebook.to_pyvis` (height, notebook, cdn_resources, max_calls)."""
        from kg.outputs.viz.notebook import to_pyvis

        return to_pyvis(export_of(self), **options)


def call_network(data: dict) -> CallNetwork:
    """The network of the export dict `data` (the JSON contract)."""
    actors = {a["id"]: a for a in data.get("actors") or ()}
    graph = CallNetwork()
    for call in data.get("calls") or ():
        people = sorted(set(call["participants"]))
        for iri in people:
            if iri not in graph:
                graph.add_node(iri, **_actor_attributes(iri, actors.get(iri, {})))
        attributes = _call_attributes(call, actors)
        for a, b in combinations(people, 2):
            graph.add_edge(a, b, key=call["id"], **attributes)
    return graph


def export_of(graph: nx.MultiGraph) -> dict:
    """The export dict of a call network: back from its nodes and edges (what a filtered
    subgraph still holds)."""
    actors = [{"id": n, "label": d.get("label", n), "type": d.get("type", ""), "wikidata": d.get("wikidata") or None,
               "aliases": [a for a in d.get("aliases", "").split("; ") if a], "documents": []}
              for n, d in graph.nodes(data=True)]
    calls: dict[str, dict] = {}
    for a, b, key, d in graph.edges(keys=True, data=True):
        call = calls.setdefault(key, {
            "id": key, "participants": [], "initiator": d.get("initiator") or None, "date": d.get("date") or None,
            "duration_min": d.get("duration_min"), "medium": d.get("medium", "phone"), "status": d.get("status", "occurred"),
            "topics": d.get("topics", "").split(), "documents": d.get("documents", "").split(),
            "evidence": [{"document": "", "start": 0, "end": 0, "text": d["evidence"]}] if d.get("evidence") else []})
        call["participants"] = sorted({*call["participants"], a, b})
    return {"documents": [], "actors": actors, "calls": list(calls.values()), "claims": []}


def _actor_attributes(iri: str, actor: dict) -> dict:
    found = {"label": actor.get("label") or iri.rsplit("/", 1)[-1], "type": actor.get("type") or ""}
    if actor.get("wikidata"):
        found["wikidata"] = actor["wikidata"]
    if actor.get("aliases"):
        found["aliases"] = "; ".join(actor["aliases"])
    return found


def _call_attributes(call: dict, actors: dict) -> dict:
    found: dict[str, str | float] = {"call": call["id"], "status": call["status"], "medium": call["medium"],
                                     "topics": " ".join(call.get("topics") or ()),
                                     "documents": " ".join(call.get("documents") or ())}
    if call.get("date"):
        found["date"] = call["date"]
    if call.get("initiator"):
        found["initiator"] = call["initiator"]
        found["initiator_label"] = actors.get(call["initiator"], {}).get("label", call["initiator"])
    if call.get("duration_min") is not None:
        found["duration_min"] = float(call["duration_min"])
    if call.get("evidence"):
        found["evidence"] = call["evidence"][0]["text"][:_EVIDENCE_CHARS]
    return found


def gexf(graph: nx.MultiGraph) -> bytes:
    import io

    out = io.BytesIO()
    nx.write_gexf(graph, out)
    return out.getvalue()


def graphml(graph: nx.MultiGraph) -> bytes:
    import io

    out = io.BytesIO()
    nx.write_graphml(graph, out)
    return out.getvalue()
