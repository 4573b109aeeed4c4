"""The interactive network page: who called whom, as one offline, self-contained HTML file.

The page is written from the export dict (the project's JSON contract) in two steps:

* `network_data` shapes it into plain lists for the browser: actors as nodes with positions
  and sizes computed here, one edge per pair of actors listing all the calls between them,
  and the calls, claims and documents those refer to by index. Doing the layout in Python
  lets the page open with physics off: it is stable at once, even with thousands of nodes.
* `write_network` puts that JSON, vis-network's script (taken from pyvis's package files)
  and our own script and style (`viz_assets/`) into one file that requests nothing.

Every string in the export comes from untrusted article text. It reaches the page only as
JSON inside `<script type="application/json">` with `<`, `>` and `&` escaped, and the page
builds every element with `textContent`, never `innerHTML`; a Content-Security-Policy that
only allows our two scripts (by hash) guards against any mistake.
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import re
from datetime import date
from importlib import resources
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx

STATUSES = ("occurred", "planned", "unconfirmed", "denied")
MEDIA = ("phone", "video")
SEED = 42
#: Above this many actors, betweenness is estimated from a sample of source nodes.
BETWEENNESS_SAMPLE = 500
#: Above this many actors, networkx's spring layout is too slow (quadratic): use `_grid_layout`.
SPRING_LIMIT = 500

_QID = re.compile(r"Q[1-9][0-9]*")
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_EPOCH = date(1970, 1, 1).toordinal()
_ASSETS = resources.files("kg") / "viz_assets"


def network_graph(data: dict) -> nx.MultiGraph:
    """Actors as nodes, one edge per call and pair of its participants, keyed by the call's id.

    Actors that take part in no call but speak in a claim are nodes too (without edges), so
    that the page can show what they said. Node attributes: `label`, `type`, `wikidata`;
    edge attributes: `status`, `date`.
    """
    import networkx as nx

    actors = {a["id"]: a for a in data.get("actors") or ()}
    graph = nx.MultiGraph()

    def add(iri: str) -> None:
        if iri not in graph:
            actor = actors.get(iri) or {}
            graph.add_node(iri, label=str(actor.get("label") or _local_name(iri)),
                           type=str(actor.get("type") or ""), wikidata=_qid(actor.get("wikidata")))

    for call in data.get("calls") or ():
        participants = _unique(call.get("participants"))
        for iri in participants:
            add(iri)
        for a, b in combinations(participants, 2):
            graph.add_edge(a, b, key=call["id"], status=_status(call), date=call.get("date"))
    for claim in data.get("claims") or ():
        if claim.get("speaker"):
            add(claim["speaker"])
    return graph


def network_data(data: dict) -> dict[str, Any]:
    """The JSON the page reads: nodes with x/y/size, pair edges, calls, claims, documents.

    Nodes, calls and claims refer to one another by index into these lists, which keeps the
    file small and keeps IRIs (untrusted too) out of the network's ids.
    """
    graph = network_graph(data)
    simple = _simple(graph)
    positions = layout(simple)
    betweenness = _betweenness(simple)
    max_degree = max((d for _, d in simple.degree()), default=0) or 1

    actors = {a["id"]: a for a in data.get("actors") or ()}
    index = {iri: i for i, iri in enumerate(graph)}
    nodes = []
    for iri, attrs in graph.nodes(data=True):
        degree = simple.degree(iri)
        x, y = positions[iri]
        nodes.append({
            "label": attrs["label"], "type": attrs["type"], "wikidata": attrs["wikidata"],
            "aliases": [str(a) for a in (actors.get(iri) or {}).get("aliases") or ()],
            "x": round(x, 1), "y": round(y, 1),
            "size": round(10 + 26 * math.sqrt(degree / max_degree), 1),
            "degree": degree, "betweenness": round(betweenness.get(iri, 0.0), 4),
            "calls": [], "claims": []})

    calls, pairs = [], {}
    for i, call in enumerate(data.get("calls") or ()):
        participants = [index[iri] for iri in _unique(call.get("participants"))]
        lo, hi = _day_range(call.get("date"))
        calls.append({
            "participants": participants,
            "initiator": index.get(call.get("initiator")),
            "date": _str(call.get("date")), "lo": lo, "hi": hi,
            "duration": _number(call.get("duration_min")),
            "medium": call.get("medium") if call.get("medium") in MEDIA else None,
            "status": _status(call),
            "topics": [str(t) for t in call.get("topics") or ()],
            "documents": [str(d) for d in call.get("documents") or ()],
            "evidence": [{"document": _str(e.get("document")), "text": str(e.get("text") or "")}
                         for e in call.get("evidence") or ()],
            "claims": []})
        for p in participants:
            nodes[p]["calls"].append(i)
        for a, b in combinations(sorted(participants), 2):
            pairs.setdefault((a, b), []).append(i)

    call_index = {call.get("id"): i for i, call in enumerate(data.get("calls") or ())}
    claims = []
    for claim in data.get("claims") or ():
        if not claim.get("speaker"):
            continue
        j, speaker, call = len(claims), index[claim["speaker"]], call_index.get(claim.get("call"))
        claims.append({"speaker": speaker, "text": str(claim.get("text") or ""),
                       "verb": _str(claim.get("verb")), "document": _str(claim.get("document")),
                       "call": call, "topics": [str(t) for t in claim.get("topics") or ()]})
        nodes[speaker]["claims"].append(j)
        if call is not None:
            calls[call]["claims"].append(j)

    dated = [c for c in calls if c["lo"] is not None]
    return {
        "nodes": nodes,
        "edges": [{"from": a, "to": b, "calls": ids} for (a, b), ids in pairs.items()],
        "calls": calls,
        "claims": claims,
        "documents": {str(d["id"]): {"title": _str(d.get("title")), "source": _str(d.get("source")),
                                     "published": _str(d.get("published"))}
                      for d in data.get("documents") or ()},
        "topics": sorted({t for c in calls for t in c["topics"]} | {t for c in claims for t in c["topics"]}),
        "range": [min(c["lo"] for c in dated), max(c["hi"] for c in dated)] if dated else None,
    }


def layout(graph: nx.Graph, *, seed: int = SEED) -> dict[Any, tuple[float, float]]:
    """Positions in pixels, centred on 0, spread so that neighbours sit about 100 px apart.

    networkx's spring layout is quadratic, so past `SPRING_LIMIT` nodes `_grid_layout` does
    the same Fruchterman-Reingold moves with repulsion only between close nodes.
    """
    import networkx as nx

    n = len(graph)
    if n == 0:
        return {}
    if n == 1:
        return {next(iter(graph)): (0.0, 0.0)}
    if n <= SPRING_LIMIT:
        pos = nx.spring_layout(graph, seed=seed, method="force", iterations=100)
    else:
        pos = _grid_layout(graph, seed=seed)
    scale = max(300.0, 55.0 * math.sqrt(n))
    extent = max((max(abs(x), abs(y)) for x, y in pos.values()), default=0.0) or 1.0
    return {v: (float(x) * scale / extent, float(y) * scale / extent) for v, (x, y) in pos.items()}


def write_network(data: dict, out: Path, *, title: str = "kg — réseau des entretiens") -> Path:
    """Write the page to `out` (creating its folder) and return its path."""
    out = Path(out)
    # The browser hashes a script's text after turning CR LF into LF: so must we.
    vis_js = _vis_network_js().replace("\r\n", "\n").replace("\r", "\n")
    own_js = (_ASSETS / "viz.js").read_text(encoding="utf-8").replace("\r\n", "\n")
    for script in (vis_js, own_js):
        if "</script" in script.lower():
            raise ValueError("a bundled script contains '</script' and cannot be inlined")
    hashes = " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'"
                      for s in (vis_js, own_js))
    csp = (f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; "
           "base-uri 'none'; form-action 'none'")
    fields = {
        "csp": html.escape(csp),
        "title": html.escape(title),
        "css": (_ASSETS / "viz.css").read_text(encoding="utf-8").replace("</", "<\\/"),
        "data": _script_json(network_data(data)),
        "vis_js": vis_js,
        "own_js": own_js,
    }
    template = (_ASSETS / "page.html").read_text(encoding="utf-8")
    page = re.sub(r"\{\{(\w+)\}\}", lambda m: fields[m.group(1)], template)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    return out


def _script_json(value: Any) -> str:
    """JSON safe inside a <script> element: it cannot close the element or open a comment."""
    text = json.dumps(value, ensure_ascii=True, separators=(",", ":"), allow_nan=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _vis_network_js() -> str:
    """vis-network's standalone build, as shipped inside the pyvis package."""
    import pyvis

    lib = Path(pyvis.__file__).parent / "templates" / "lib"
    found = sorted(lib.glob("vis-*/vis-network.min.js"))
    if not found:
        raise FileNotFoundError(f"vis-network.min.js not found under {lib}")
    return found[-1].read_text(encoding="utf-8")


def _simple(graph: nx.MultiGraph) -> nx.Graph:
    import networkx as nx

    simple = nx.Graph()
    simple.add_nodes_from(graph)
    simple.add_edges_from(graph.edges())
    return simple


def _betweenness(graph: nx.Graph) -> dict[Any, float]:
    """Betweenness centrality, estimated from 100 sampled sources on large graphs (seconds)."""
    import networkx as nx

    if graph.number_of_edges() == 0:
        return {}
    k = 100 if len(graph) > BETWEENNESS_SAMPLE else None
    return nx.betweenness_centrality(graph, k=k, seed=SEED)


def _grid_layout(graph: nx.Graph, *, seed: int, iterations: int = 120) -> dict[Any, tuple[float, float]]:
    """Fruchterman-Reingold's grid variant: nodes repel only within a radius (k-d tree).

    Each step is about linear in the number of nodes and edges, so 5,000 nodes take a second
    or two; a weak pull towards the centre keeps separate components together.
    """
    import numpy as np
    from scipy.spatial import cKDTree

    nodes = list(graph)
    n, index = len(nodes), {v: i for i, v in enumerate(nodes)}
    edges = np.array([(index[u], index[v]) for u, v in graph.edges() if u != v], dtype=np.intp)
    edges = edges.reshape(-1, 2)
    rng = np.random.default_rng(seed)
    side = math.sqrt(n)  # ideal distance 1, so the drawing covers about n square units
    pos = rng.uniform(-side / 2, side / 2, size=(n, 2))
    radius = 3.0
    for step in range(iterations):
        temperature = side / 8 * (1 - step / iterations) + 0.02
        disp = np.zeros_like(pos)
        pairs = cKDTree(pos).query_pairs(radius, output_type="ndarray")
        if len(pairs):
            delta = pos[pairs[:, 0]] - pos[pairs[:, 1]]
            dist2 = np.maximum((delta ** 2).sum(axis=1), 1e-4)
            push = delta / dist2[:, None]  # direction / distance * k², with k = 1
            np.add.at(disp, pairs[:, 0], push)
            np.add.at(disp, pairs[:, 1], -push)
        if len(edges):
            delta = pos[edges[:, 0]] - pos[edges[:, 1]]
            pull = delta * np.sqrt((delta ** 2).sum(axis=1))[:, None]  # direction * distance²
            np.add.at(disp, edges[:, 0], -pull)
            np.add.at(disp, edges[:, 1], pull)
        disp -= 0.02 * pos
        length = np.maximum(np.sqrt((disp ** 2).sum(axis=1)), 1e-9)
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
    return {v: (pos[i, 0], pos[i, 1]) for i, v in enumerate(nodes)}


def _day_range(value: object) -> tuple[int | None, int | None]:
    """First and last day (days since 1970-01-01) covered by YYYY, YYYY-MM or YYYY-MM-DD."""
    match = _DATE.fullmatch(str(value)) if value else None
    if not match:
        return None, None
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if day is not None:
            first = last = date(year, month, day)
        elif month is not None:
            first = date(year, month, 1)
            last = date.fromordinal(date(year + month // 12, month % 12 + 1, 1).toordinal() - 1)
        else:
            first, last = date(year, 1, 1), date(year, 12, 31)
    except ValueError:
        return None, None
    return first.toordinal() - _EPOCH, last.toordinal() - _EPOCH


def _status(call: dict) -> str:
    status = call.get("status")
    return status if status in STATUSES else "unconfirmed"


def _qid(value: object) -> str | None:
    """A Wikidata id only if it is one: the page turns it into a link."""
    return value if isinstance(value, str) and _QID.fullmatch(value) else None


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, (int, float)) and math.isfinite(value) else None


def _str(value: object) -> str | None:
    return None if value is None else str(value)


def _unique(iris: object) -> list[str]:
    return list(dict.fromkeys(str(i) for i in iris or ()))


def _local_name(iri: str) -> str:
    return re.split(r"[/#]", iri.rstrip("/#"))[-1] or iri
