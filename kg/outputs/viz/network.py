"""The interactive network page: who called whom, as one offline, self-contained HTML file.

The page is written from the export dict (the project's JSON contract) in two steps:

* `network_data` shapes it into plain lists for the browser: actors as nodes with positions
  (`layout.py`) and sizes computed here, one edge per pair of actors listing all the calls
  between them, and the calls, claims and documents those refer to by index. Names are French
  where the ontology has them (`labels.py`), the English name kept as a search alias.
* `write_network` puts that JSON and our own script and style (the `.js`, `viz.css` and
  `page.html` files beside this module) into one file that requests nothing. The page draws
  on a 2D canvas with its own renderer (`canvas.js`), which stays responsive at 20,000 actors
  and 100,000 calls even without a GPU; no third-party script is bundled.

Every string in the export comes from untrusted article text. It reaches the page only as
JSON inside `<script type="application/json">` with `<`, `>` and `&` escaped, and the page
builds every element with `textContent`, never `innerHTML`; a Content-Security-Policy that
only allows our one script (by hash) guards against any mistake.
"""
from __future__ import annotations

import base64
import gc
import hashlib
import html
import json
import math
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from functools import lru_cache
from importlib import resources
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast, get_args

from kg.nlp.extract.records import Medium, Status
from kg.outputs.viz.labels import french_actor_label, topic_labels
from kg.outputs.viz.layout import SEED, layout
from kg.text import fold

if TYPE_CHECKING:
    import networkx as nx

STATUSES = get_args(Status)
MEDIA = get_args(Medium)
#: Above this many actors, betweenness is estimated from a sample of source nodes.
BETWEENNESS_SAMPLE = 500
#: Above this many actors, betweenness is not computed: 50 sampled sources already take
#: ~10 s at 20,000 actors in networkx, twice the page's whole write budget.
BETWEENNESS_LIMIT = 2000
#: The page's scripts, in the order they are joined into its one inline script.
SCRIPTS = ("canvas.js", "timeline.js", "table.js", "viz.js")

_QID = re.compile(r"Q[1-9][0-9]*")
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_EPOCH = date(1970, 1, 1).toordinal()
_ASSETS = resources.files("kg.outputs.viz")


def network_graph(data: dict) -> nx.MultiGraph:
    """Actors as nodes, one edge per call and pair of its participants, keyed by the call's id.

    Actors that take part in no call but speak in a claim are nodes too (without edges).
    Node attributes: `label` (French where the ontology has one), `type`, `wikidata`;
    edge attributes: `status`, `date`.
    """
    import networkx as nx

    actors = {a["id"]: a for a in data.get("actors") or ()}
    graph = nx.MultiGraph()

    def add(iri: str) -> None:
        if iri not in graph:
            label, _ = _labels(iri, actors.get(iri) or {})
            graph.add_node(iri, label=label, type=str((actors.get(iri) or {}).get("type") or ""),
                           wikidata=_qid((actors.get(iri) or {}).get("wikidata")))

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
    file small and keeps IRIs (untrusted too) out of the page. Calls come as columns (one
    list per field, `calls["date"][i]` is call i's date): at 100,000 calls, a dict per call
    would repeat its field names 1.2 million times. Each node has a `key` (the end of its
    IRI, made unique) that links to the page use to name it. Actors that take part in no
    call (they only speak in claims) have no position: the page lists them apart.
    """
    with _gc_paused():
        return _network_data(data)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """No garbage collection while the page's data is built: it makes a million small lists
    and dicts, none of them garbage, and each full collection walks them all again (at
    100,000 calls the collections took more time than the work)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _network_data(data: dict) -> dict[str, Any]:
    actors = {a["id"]: a for a in data.get("actors") or ()}
    raw_calls = list(data.get("calls") or ())
    raw_claims = [c for c in data.get("claims") or () if c.get("speaker")]
    index: dict[str, int] = {}
    participants = []
    for call in raw_calls:
        iris = _unique(call.get("participants"))
        participants.append([index.setdefault(iri, len(index)) for iri in iris])
    for claim in raw_claims:
        index.setdefault(str(claim["speaker"]), len(index))

    keys: set[str] = set()
    nodes = []
    for iri in index:
        actor = actors.get(iri) or {}
        label, aliases = _labels(iri, actor)
        nodes.append({"key": _unique_key(_local_name(iri), keys), "label": label,
                      "type": str(actor.get("type") or ""), "wikidata": _qid(actor.get("wikidata")),
                      "aliases": aliases, "x": None, "y": None, "size": 0, "degree": 0, "betweenness": None})

    calls: dict[str, list] = {name: [] for name in (
        "participants", "initiator", "date", "lo", "hi", "duration", "medium", "status", "topics",
        "documents", "evidence")}
    calls["participants"] = participants
    pairs: dict[tuple[int, int], list[int]] = {}
    initiator, dates, lows, highs = calls["initiator"], calls["date"], calls["lo"], calls["hi"]
    durations, media, statuses = calls["duration"], calls["medium"], calls["status"]
    topics, documents, evidence = calls["topics"], calls["documents"], calls["evidence"]
    for i, (call, people) in enumerate(zip(raw_calls, participants, strict=True)):
        get = call.get
        day = get("date")
        day = None if day is None else str(day)
        lo, hi = _day_range(day)
        initiator.append(index.get(get("initiator")))
        dates.append(day)
        lows.append(lo)
        highs.append(hi)
        durations.append(_number(get("duration_min")))
        medium, status = get("medium"), get("status")
        media.append(medium if medium in MEDIA else None)
        statuses.append(status if status in STATUSES else "unconfirmed")
        topics.append(list(map(str, get("topics") or ())))
        documents.append(list(map(str, get("documents") or ())))
        evidence.append([[_str(e.get("document")), str(e.get("text") or "")] for e in get("evidence") or ()])
        if len(people) == 2:
            a, b = people
            pairs.setdefault((a, b) if a < b else (b, a), []).append(i)
        else:
            for a, b in combinations(sorted(people), 2):
                pairs.setdefault((a, b), []).append(i)

    call_index = {call.get("id"): i for i, call in enumerate(raw_calls)}
    claims: list[dict[str, Any]] = [{"speaker": index[str(claim["speaker"])], "text": str(claim.get("text") or ""),
               "verb": _str(claim.get("verb")), "document": _str(claim.get("document")),
               "call": call_index.get(claim.get("call")), "topics": [str(t) for t in claim.get("topics") or ()]}
              for claim in raw_claims]

    # an actor in a call with no one else (one participant left) is still drawn
    _place(nodes, list(pairs), {people[0] for people in participants if len(people) == 1})
    used = {t for ts in calls["topics"] for t in ts} | {t for c in claims for t in c["topics"]}
    french = topic_labels()
    dated = [lo for lo in calls["lo"] if lo is not None]
    return {
        "nodes": nodes,
        "edges": [{"from": a, "to": b, "calls": ids} for (a, b), ids in pairs.items()],
        "calls": calls,
        "claims": claims,
        "documents": {str(d["id"]): {"title": _str(d.get("title")), "source": _str(d.get("source")),
                                     "published": _str(d.get("published"))}
                      for d in data.get("documents") or ()},
        "topics": sorted(({"id": t, "label": french.get(t, t)} for t in used),
                         key=lambda t: (fold(t["label"]), t["id"])),
        "range": [min(dated), max(hi for hi in calls["hi"] if hi is not None)] if dated else None,
    }


def _place(nodes: list[dict], pairs: list[tuple[int, int]], alone: set[int]) -> None:
    """Positions, sizes, degrees and betweenness of the actors that take part in a call."""
    import numpy as np

    in_pairs = {v for pair in pairs for v in pair}
    drawn = [i for i in range(len(nodes)) if i in in_pairs or i in alone]
    local = {v: k for k, v in enumerate(drawn)}
    edges = np.array([(local[a], local[b]) for a, b in pairs], dtype=np.intp).reshape(-1, 2)
    positions = layout(len(drawn), edges)
    degree = np.bincount(edges.ravel(), minlength=len(drawn)) if len(drawn) else np.zeros(0, int)
    max_degree = int(degree.max()) if len(drawn) and degree.max() > 0 else 1
    betweenness = _betweenness(len(drawn), edges)
    for k, i in enumerate(drawn):
        node = nodes[i]
        node["x"], node["y"] = int(positions[k, 0]), int(positions[k, 1])
        node["degree"] = int(degree[k])
        node["size"] = round(10 + 20 * math.sqrt(degree[k] / max_degree), 1)
        node["betweenness"] = None if betweenness is None else round(betweenness.get(k, 0.0), 4)


def _betweenness(n: int, edges: Any) -> dict[int, float] | None:
    """Betweenness centrality, estimated from sampled sources past `BETWEENNESS_SAMPLE` actors
    and not computed past `BETWEENNESS_LIMIT` (None): the page then leaves it out."""
    import networkx as nx

    if n > BETWEENNESS_LIMIT:
        return None
    if len(edges) == 0:
        return {}
    graph = nx.Graph()
    graph.add_nodes_from(range(n))
    graph.add_edges_from(edges.tolist())
    return nx.betweenness_centrality(graph, k=None if n <= BETWEENNESS_SAMPLE else 100, seed=SEED)


def write_network(data: dict, out: Path, *, title: str = "kg — réseau des entretiens") -> Path:
    """Write the page to `out` (creating its folder) and return its path."""
    out = Path(out)
    # The browser hashes a script's text after turning CR LF into LF: so must we.
    script = "\n".join((_ASSETS / name).read_text(encoding="utf-8") for name in SCRIPTS).replace("\r\n", "\n")
    if "</script" in script.lower():
        raise ValueError("the page's script contains '</script' and cannot be inlined")
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    csp = (f"default-src 'none'; script-src 'sha256-{digest}'; style-src 'unsafe-inline'; img-src data:; "
           "base-uri 'none'; form-action 'none'")
    fields = {
        "csp": html.escape(csp),
        "title": html.escape(title),
        "css": (_ASSETS / "viz.css").read_text(encoding="utf-8").replace("</", "<\\/"),
        "data": _page_json(data),
        "script": script,
    }
    template = (_ASSETS / "page.html").read_text(encoding="utf-8")
    page = re.sub(r"\{\{(\w+)\}\}", lambda m: fields[m.group(1)], template)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    return out


def _page_json(data: dict) -> str:
    """The page's data as script-safe JSON, made with garbage collection paused throughout:
    the shaped data is dropped before collection resumes, so no collection walks it (re-enabling
    right after building it cost a full second, a pass over two million young objects)."""
    with _gc_paused():
        shaped = network_data(data)
        text = _script_json(shaped)
        del shaped
    return text


def _script_json(value: Any) -> str:
    """JSON safe inside a <script> element: it cannot close the element or open a comment."""
    text = json.dumps(value, ensure_ascii=True, separators=(",", ":"), allow_nan=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _labels(iri: str, actor: dict) -> tuple[str, list[str]]:
    """The label to show (French where the ontology has one) and the search aliases, which
    keep the export's own label when it differs."""
    given = str(actor.get("label") or _local_name(iri))
    aliases = [str(a) for a in actor.get("aliases") or ()]
    french = french_actor_label(iri, _qid(actor.get("wikidata")))
    if french and french != given:
        return french, [given] + [a for a in aliases if a not in (given, french)]
    return given, aliases


@lru_cache(maxsize=4096)
def _day_range(value: str | None) -> tuple[int | None, int | None]:
    """First and last day (days since 1970-01-01) covered by YYYY, YYYY-MM or YYYY-MM-DD."""
    match = _DATE.fullmatch(value) if value else None
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


def _unique_key(key: str, taken: set[str]) -> str:
    """`key`, or `key~2`, `key~3`… if another actor already has it."""
    found, n = key, 1
    while found in taken:
        n += 1
        found = f"{key}~{n}"
    taken.add(found)
    return found

