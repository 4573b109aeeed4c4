"""The interactive network page: who called whom, as one offline, self-contained HTML file.

The page is written from the export dict (the project's JSON contract) in two steps:

* `network_data` shapes it into plain lists for the browser: actors as nodes with positions
  and sizes computed here, one edge per pair of actors listing all the calls between them,
  and the calls, claims and documents those refer to by index. Doing the layout in Python
  lets the page open with physics off: it is stable at once, even with thousands of nodes.
* `write_network` puts that JSON, vis-network's script (taken from pyvis's package files)
  and our own script and style (`viz.js`, `viz.css`, `page.html` beside this module) into one file that requests nothing.

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
from collections.abc import Iterable
from datetime import date
from importlib import resources
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast, get_args

from kg.nlp.extract.records import Medium, Status

if TYPE_CHECKING:
    import networkx as nx

STATUSES = get_args(Status)
MEDIA = get_args(Medium)
SEED = 42
#: Above this many actors, betweenness is estimated from a sample of source nodes.
BETWEENNESS_SAMPLE = 500
#: Past this many actors in a component, networkx's spring layout (quadratic) is too slow.
SPRING_LIMIT = 500
#: Pixels between an actor and its nearest neighbour (median) in the initial drawing.
UNIT = 150

_QID = re.compile(r"Q[1-9][0-9]*")
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_EPOCH = date(1970, 1, 1).toordinal()
_ASSETS = resources.files("kg.outputs.viz")


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
            graph.add_edge(a, b, key=call.get("id"), status=_status(call), date=call.get("date"))
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
    nodes: list[dict[str, Any]] = []
    for iri, attrs in graph.nodes(data=True):
        degree = simple.degree(iri)
        x, y = positions[iri]
        nodes.append({
            "label": attrs["label"], "type": attrs["type"], "wikidata": attrs["wikidata"],
            "aliases": [str(a) for a in (actors.get(iri) or {}).get("aliases") or ()],
            "x": x, "y": y,
            "size": round(10 + 20 * math.sqrt(degree / max_degree), 1),
            "degree": degree, "betweenness": round(betweenness.get(iri, 0.0), 4),
            "calls": [], "claims": []})

    calls: list[dict[str, Any]] = []
    pairs: dict[tuple[int, int], list[int]] = {}
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
    claims: list[dict[str, Any]] = []
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


def layout(graph: nx.Graph, *, seed: int = SEED) -> dict[Any, tuple[int, int]]:
    """Whole-pixel positions: each connected component laid out alone, then packed in rows.

    A force layout of the whole graph flings small components and lone actors (speakers
    of claims only) far away, squeezing the rest; packing them keeps every part readable.
    Each part is scaled so that nearest neighbours sit about `UNIT` pixels apart.
    """
    import networkx as nx

    components = sorted(nx.connected_components(graph), key=len, reverse=True)
    parts = [_component_layout(graph.subgraph(c), seed) for c in components]
    return {v: (round(x * UNIT), round(y * UNIT)) for v, (x, y) in _pack(parts).items()}


def _component_layout(graph: nx.Graph, seed: int) -> dict[Any, tuple[float, float]]:
    """One connected component, with a median nearest-neighbour distance of 1.

    networkx's spring layout is quadratic, so past `SPRING_LIMIT` nodes `_grid_layout` does
    the same Fruchterman-Reingold moves in about linear time.
    """
    import networkx as nx
    import numpy as np
    from scipy.spatial import cKDTree

    nodes = list(graph)
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    if len(nodes) <= SPRING_LIMIT:
        raw = nx.spring_layout(graph, seed=seed, method="force", iterations=100)
    else:
        raw = _grid_layout(graph, seed=seed)
    points = np.array([raw[v] for v in nodes], dtype=float)
    nearest = cKDTree(points).query(points, k=2)[0][:, 1]
    points /= float(np.median(nearest)) or 1.0
    return {v: (float(x), float(y)) for v, (x, y) in zip(nodes, points, strict=True)}


def _pack(parts: list[dict[Any, tuple[float, float]]], gap: float = 1.5) -> dict[Any, tuple[float, float]]:
    """Place the parts (largest first) left to right in rows, the whole centred on 0."""
    boxes = []
    for part in parts:
        xs, ys = [x for x, _ in part.values()], [y for _, y in part.values()]
        boxes.append((min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)))
    area = sum((w + gap) * (h + gap) for _, _, w, h in boxes)
    width = max([w for _, _, w, _ in boxes] + [1.3 * math.sqrt(area)])
    placed, x, y, row = {}, 0.0, 0.0, 0.0
    for part, (left, top, w, h) in zip(parts, boxes, strict=True):
        if x > 0 and x + w > width:
            x, y, row = 0.0, y + row + gap, 0.0
        placed.update({v: (px - left + x, py - top + y) for v, (px, py) in part.items()})
        x, row = x + w + gap, max(row, h)
    if not placed:
        return {}
    xs, ys = [p[0] for p in placed.values()], [p[1] for p in placed.values()]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    return {v: (px - cx, py - cy) for v, (px, py) in placed.items()}


def _simple(graph: nx.MultiGraph) -> nx.Graph:
    import networkx as nx

    simple = nx.Graph()
    simple.add_nodes_from(graph)
    simple.add_edges_from(graph.edges())
    return simple


def _betweenness(graph: nx.Graph) -> dict[Any, float]:
    """Betweenness centrality, estimated from sampled sources on large graphs.

    Exact betweenness is O(nodes x edges); 100 sources (50 past 2,000 nodes) keep it to
    about a second while still telling brokers from leaves.
    """
    import networkx as nx

    if graph.number_of_edges() == 0:
        return {}
    n = len(graph)
    k = None if n <= BETWEENNESS_SAMPLE else 100 if n <= 2000 else 50
    return nx.betweenness_centrality(graph, k=k, seed=SEED)


def _grid_layout(graph: nx.Graph, *, seed: int, iterations: int = 50) -> dict[Any, tuple[float, float]]:
    """Fruchterman-Reingold in about linear time per step, for graphs too big for networkx's.

    Close nodes (within `radius`, found with a k-d tree) repel exactly; the far field, weak
    and smooth, is estimated from a fresh random sample of `sample` nodes per node and step.
    Positions come out in units of the ideal distance; `_component_layout` rescales them.
    """
    import numpy as np
    from scipy.spatial import cKDTree

    nodes = list(graph)
    n, index = len(nodes), {v: i for i, v in enumerate(nodes)}
    edges = np.array([(index[u], index[v]) for u, v in graph.edges() if u != v], dtype=np.intp)
    edges = edges.reshape(-1, 2)
    rng = np.random.default_rng(seed)
    side = math.sqrt(n)  # ideal distance k = 1, so the drawing covers about n square units
    pos = _pivot_mds(n, edges, rng)
    pos *= side / 2 / (np.abs(pos).max() or 1.0)  # to the size the forces will settle at
    pos += rng.normal(scale=0.1, size=pos.shape)  # pull apart nodes at the same distances
    radius, sample = 2.0, min(32, n - 1)

    def scatter(at: np.ndarray, force: np.ndarray) -> np.ndarray:
        return np.stack([np.bincount(at, force[:, 0], n), np.bincount(at, force[:, 1], n)], axis=1)

    for step in range(iterations):
        temperature = side / 40 * (1 - step / iterations) + 0.05  # the start is already close
        # near field: exact repulsion k²/d between nodes closer than the radius
        pairs = cKDTree(pos).query_pairs(radius, output_type="ndarray")
        delta = pos[pairs[:, 0]] - pos[pairs[:, 1]]
        push = delta / np.maximum((delta ** 2).sum(axis=1), 1e-4)[:, None]
        disp = scatter(pairs[:, 0], push) - scatter(pairs[:, 1], push)
        # far field: the same force from a random sample, scaled up to all nodes
        others = rng.integers(0, n, size=(n, sample))
        delta = pos[:, None, :] - pos[others]
        dist2 = (delta ** 2).sum(axis=2)
        far = (dist2 > radius ** 2)[:, :, None]
        disp += (delta / np.maximum(dist2, 1e-4)[:, :, None] * far).sum(axis=1) * ((n - 1) / sample)
        # springs: attraction d²/k along edges
        delta = pos[edges[:, 0]] - pos[edges[:, 1]]
        pull = delta * np.sqrt((delta ** 2).sum(axis=1))[:, None]
        disp += scatter(edges[:, 1], pull) - scatter(edges[:, 0], pull)
        disp -= 0.05 * pos
        length = np.maximum(np.sqrt((disp ** 2).sum(axis=1)), 1e-9)
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
    return {v: (pos[i, 0], pos[i, 1]) for i, v in enumerate(nodes)}


def _pivot_mds(n: int, edges, rng, pivots: int = 50):
    """A first drawing from hop distances to a few far-apart pivots (Brandes & Pich, 2006).

    It gets the overall shape right in a fraction of a second, which random starting
    points never reach in the few force steps there is time for.
    """
    import numpy as np
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import shortest_path

    adjacency = coo_matrix((np.ones(len(edges)), (edges[:, 0], edges[:, 1])), shape=(n, n)).tocsr()
    chosen, nearest = [int(rng.integers(n))], np.full(n, np.inf)
    rows = []
    for _ in range(min(pivots, n)):
        row = shortest_path(adjacency, directed=False, unweighted=True, indices=chosen[-1])
        rows.append(row)
        nearest = np.minimum(nearest, row)
        chosen.append(int(np.argmax(nearest)))
    d2 = np.array(rows).T ** 2  # n x pivots
    centred = d2 - d2.mean(axis=0) - d2.mean(axis=1)[:, None] + d2.mean()
    matrix = -0.5 * centred
    _, vectors = np.linalg.eigh(matrix.T @ matrix)  # eigenvalues in ascending order
    return matrix @ vectors[:, [-1, -2]]


def _day_range(value: object) -> tuple[int | None, int | None]:
    """First and last day (days since 1970-01-01) covered by YYYY, YYYY-MM or YYYY-MM-DD."""
    match = _DATE.fullmatch(str(value)) if value else None
    if not match:
        return None, None
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None  # the pattern requires it
    try:
        if month is not None and day is not None:
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
    return status if isinstance(status, str) and status in STATUSES else "unconfirmed"


def _qid(value: object) -> str | None:
    """A Wikidata id only if it is one: the page turns it into a link."""
    return value if isinstance(value, str) and _QID.fullmatch(value) else None


def _number(value: object) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return float(value)
    return None


def _str(value: object) -> str | None:
    return None if value is None else str(value)


def _unique(iris: object) -> list[str]:
    return list(dict.fromkeys(str(i) for i in cast(Iterable[object], iris or ()) if i))


def _local_name(iri: str) -> str:
    return re.split(r"[/#]", iri.rstrip("/#"))[-1] or iri
