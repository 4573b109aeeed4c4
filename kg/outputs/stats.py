"""`kg stats`: the call network measured: who is connected, central, grouped, and how that moves.

Actors are nodes; two actors are linked when they took part in a call together, the link
weighted by how many distinct calls. A call counts when some document reports it as other
than denied (a call everyone denies did not make a link). The calls come from the named query
`call-network`, so `kg ask call-network --format csv` is the same edge list.

Betweenness is exact below 500 actors and sampled above (200 source actors, seed 0);
communities are Louvain with seed 0: both give the same answer on every run.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

import kg
from kg.graph.store import Store

EXACT_BETWEENNESS_BELOW = 500
BETWEENNESS_SOURCES = 200  # sampled when exact is too slow
SEED = 0


@dataclass(frozen=True)
class NetworkCall:
    """A call as the network counts it: its participants, who placed it, its year."""

    iri: str
    participants: frozenset[str]
    initiator: str | None  # None when no document says, or documents name different callers
    year: str | None


def calls(store: Store) -> tuple[list[NetworkCall], dict[str, str]]:
    """The calls that make links, and every participant's label."""
    from kg.outputs.ask import run

    parts, initiators, years, statuses = defaultdict(set), defaultdict(set), {}, defaultdict(set)
    labels: dict[str, str] = {}
    for row in run(store, "call-network", {}).rows:
        call, actor, label = (term.value for term in (row["call"], row["actor"], row["label"]) if term is not None)
        parts[call].add(actor)
        labels.setdefault(actor, label)
        if row["initiator"] is not None:
            initiators[call].add(row["initiator"].value)
        if row["date"] is not None:
            years[call] = row["date"].value[:4]
        if row["status"] is not None:
            statuses[call].add(row["status"].value)
    kept = [NetworkCall(c, frozenset(p), next(iter(initiators[c])) if len(initiators[c]) == 1 else None, years.get(c))
            for c, p in sorted(parts.items()) if len(p) > 1 and statuses[c] - {"denied"}]
    return kept, labels


def network(found: list[NetworkCall]):
    """The weighted actor graph of `found` calls (weight = number of calls). Nodes and edges go in
    sorted order: Louvain's seeded answer depends on the order it meets them, which a frozenset's
    order (Python's hash seed) made differ from one run to the next."""
    import networkx as nx

    weights: Counter[tuple[str, str]] = Counter(pair for call in found for pair in combinations(sorted(call.participants), 2))
    graph = nx.Graph()
    graph.add_nodes_from(sorted({a for call in found for a in call.participants}))
    graph.add_weighted_edges_from((a, b, weight) for (a, b), weight in sorted(weights.items()))
    return graph


def measure(store: Store, top: int = 10) -> dict:
    """Every measure as plain data (actors as {"actor": IRI, "label": ...})."""
    import networkx as nx

    found, labels = calls(store)
    graph = network(found)

    def who(iri: str) -> dict:
        return {"actor": iri, "label": labels[iri]}

    def ranked(scores: dict) -> list[str]:
        """Highest score first, ties by label."""
        return sorted(sorted(scores, key=labels.__getitem__), key=scores.__getitem__, reverse=True)[:top]

    n = graph.number_of_nodes()
    exact = n < EXACT_BETWEENNESS_BELOW
    between = nx.betweenness_centrality(graph, k=None if exact else min(BETWEENNESS_SOURCES, n), seed=SEED)
    communities = nx.community.louvain_communities(graph, weight="weight", seed=SEED) if graph.number_of_edges() else []
    calls_of = Counter(a for call in found for a in call.participants)
    return {
        "actors": n, "calls": len(found), "pairs": graph.number_of_edges(),
        "degree": [{**who(a), "partners": graph.degree(a), "calls": calls_of[a]}
                   for a in ranked({a: (graph.degree(a), calls_of[a]) for a in graph})],
        "betweenness": {"exact": exact, "top": [{**who(a), "betweenness": round(between[a], 4)} for a in ranked(between)]},
        "communities": [[who(a) for a in sorted(c, key=labels.__getitem__)]
                        for c in sorted(communities, key=lambda c: (-len(c), sorted(labels[a] for a in c)))],
        "top_pairs": _pairs(found, graph, labels, who)[:top],
        "by_year": _by_year(found, labels, who),
        "undated_calls": sum(call.year is None for call in found),
    }


def _pairs(found: list[NetworkCall], graph, labels: dict[str, str], who) -> list[dict]:
    """Pairs by calls, with who placed them: asymmetry runs from -1 (all by b) to 1 (all by a)."""
    placed: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    for call in found:
        for pair in combinations(sorted(call.participants, key=labels.__getitem__), 2):
            placed[pair][call.initiator if call.initiator in pair else None] += 1
    out = []
    for (a, b), by in placed.items():
        known = by[a] + by[b]
        out.append({"a": who(a), "b": who(b), "calls": graph[a][b]["weight"], "initiated_by_a": by[a],
                    "initiated_by_b": by[b], "initiator_unknown": by[None],
                    "asymmetry": round((by[a] - by[b]) / known, 3) if known else None})
    return sorted(out, key=lambda p: (-p["calls"], p["a"]["label"], p["b"]["label"]))


def _by_year(found: list[NetworkCall], labels: dict[str, str], who) -> list[dict]:
    """Per year: calls, actors, the three busiest actors and the busiest pair."""
    years: dict[str, list[NetworkCall]] = defaultdict(list)
    for call in found:
        if call.year:
            years[call.year].append(call)
    out = []
    for year, those in sorted(years.items()):
        busy = Counter(a for call in those for a in call.participants)
        pairs = Counter(p for call in those for p in combinations(sorted(call.participants, key=labels.__getitem__), 2))
        (a, b), count = min(pairs.items(), key=lambda kv: (-kv[1], labels[kv[0][0]], labels[kv[0][1]]))
        out.append({"year": year, "calls": len(those), "actors": len(busy),
                    "top_actors": [{**who(x), "calls": busy[x]} for x in sorted(busy, key=lambda x: (-busy[x], labels[x]))[:3]],
                    "top_pair": {"a": who(a), "b": who(b), "calls": count}})
    return out


def stats(store_path: Path, format: str = "table", top: int = 10) -> str:
    """`measure` on the store at `store_path`, as JSON or as short tables."""
    from kg.errors import KgError

    if format not in ("table", "json"):
        raise KgError(f"unknown format {format!r}; known: table, json")
    with kg.open(store_path) as store:
        data = measure(store, top)
    return json.dumps(data, ensure_ascii=False, indent=1) if format == "json" else render(data)


def render(data: dict) -> str:
    from kg.outputs.tables import table

    def section(title: str, header: list[str], rows: list[list[object]]) -> str:
        return f"{title}\n" + table(header, [[str(c) for c in r] for r in rows])

    b = data["betweenness"]
    return "\n\n".join([
        f"{data['actors']} actors, {data['calls']} calls, {data['pairs']} pairs that talk"
        f" ({data['undated_calls']} calls undated)",
        section("Most connected", ["actor", "partners", "calls"],
                [[d["label"], d["partners"], d["calls"]] for d in data["degree"]]),
        section(f"Most central (betweenness, {'exact' if b['exact'] else 'sampled'})", ["actor", "betweenness"],
                [[d["label"], d["betweenness"]] for d in b["top"]]),
        "Communities (Louvain)\n" + "\n".join(f"{i + 1}. {', '.join(m['label'] for m in c)}"
                                               for i, c in enumerate(data["communities"])),
        section("Pairs that talk most, and who calls whom", ["a", "b", "calls", "by a", "by b", "unknown", "asymmetry"],
                [[p["a"]["label"], p["b"]["label"], p["calls"], p["initiated_by_a"], p["initiated_by_b"],
                  p["initiator_unknown"], "" if p["asymmetry"] is None else p["asymmetry"]] for p in data["top_pairs"]]),
        section("By year", ["year", "calls", "actors", "busiest actors", "busiest pair"],
                [[y["year"], y["calls"], y["actors"], ", ".join(f"{t['label']} ({t['calls']})" for t in y["top_actors"]),
                  f"{y['top_pair']['a']['label']} – {y['top_pair']['b']['label']} ({y['top_pair']['calls']})"]
                 for y in data["by_year"]]),
    ])
