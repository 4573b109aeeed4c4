"""The interactive network page: who called whom, as one offline, self-contained HTML file.

The page is written from the export dict (the project's JSON contract) in two steps:

* `network_data` shapes it into tables of columns for the browser: actors as nodes with positions
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
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from functools import lru_cache
from importlib import resources
from itertools import chain, combinations
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
    """The JSON the page reads: tables of nodes, pair edges, calls, claims and documents.

    Every table comes as columns (one list per field: `calls["date"][i]` is call i's date) and
    tables refer to one another by index, which keeps the file small and IRIs (untrusted too)
    out of the page. The lists that belong to one call or one pair (a call's participants,
    topics, documents and evidence texts, a pair's calls) run together in one flat list, the
    length of each under `lengths`: `edges["calls"]` holds pair 0's calls, then pair 1's, and
    `edges["lengths"]["calls"]` how many each has (the page's `runs()` splits them again).
    At 100,000 calls, dicts per node and pair and lists per pair and call cost more to build
    and to encode than the numbers they hold: shaping and encoding them took about 5 s of the
    page's 7 s write. Each node has a `key` (the end of its IRI, made unique) that links to
    the page use to name it. Actors that take part in no call (they only speak in claims) have
    no position: the page lists them apart.
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
    import numpy as np

    actors = {a["id"]: a for a in data.get("actors") or ()}
    raw_calls = list(data.get("calls") or ())
    raw_claims = [c for c in data.get("claims") or () if c.get("speaker")]
    # The calls are read field by field, each field in a comprehension of its own, and their
    # lists run together with itertools.chain: no list or dict is built per call.
    groups = [_participants(call.get("participants")) for call in raw_calls]
    flat = list(chain.from_iterable(groups))
    # actor IRI -> node: the participants in the order the calls name them, then the speakers
    names = dict.fromkeys(flat)
    names.update(dict.fromkeys(str(claim["speaker"]) for claim in raw_claims))
    index = {iri: i for i, iri in enumerate(names)}
    participants = np.fromiter(map(index.__getitem__, flat), dtype=np.int64, count=len(flat))
    per_call = np.fromiter(map(len, groups), dtype=np.int64, count=len(groups))
    documents = _documents(data.get("documents") or ())
    calls = _call_columns(raw_calls, index, documents)
    claims: dict[str, list] = {"speaker": [index[str(c["speaker"])] for c in raw_claims],
                               "text": [str(c.get("text") or "") for c in raw_claims],
                               "verb": [_str(c.get("verb")) for c in raw_claims],
                               "document": [None if c.get("document") is None
                                            else documents.setdefault(str(c["document"]), len(documents))
                                            for c in raw_claims],
                               "call": [],
                               "topics": [[str(t) for t in c.get("topics") or ()] for c in raw_claims]}
    if raw_claims:
        call_index = {call.get("id"): i for i, call in enumerate(raw_calls)}
        claims["call"] = [call_index.get(c.get("call")) for c in raw_claims]

    pair_from, pair_to, pair_calls, pair_count = _pairs(participants, per_call)
    alone = participants[np.repeat(per_call == 1, per_call)]  # a call with no one else: still drawn
    nodes = _nodes(index, actors)
    nodes.update(_place(len(index), np.stack([pair_from, pair_to], axis=1), alone))
    used = set(calls["topics"]) | {t for ts in claims["topics"] for t in ts}
    french = topic_labels()
    dated = [lo for lo in calls["lo"] if lo is not None]
    return {
        "nodes": nodes,
        "edges": {"from": pair_from.tolist(), "to": pair_to.tolist(), "calls": pair_calls.tolist(),
                  "lengths": {"calls": pair_count.tolist()}},
        "calls": {"participants": participants.tolist(), **calls,
                  "lengths": {"participants": per_call.tolist(), **calls["lengths"]}},
        "claims": claims,
        "documents": _document_table(documents, data.get("documents") or ()),
        "topics": sorted(({"id": t, "label": french.get(t, t)} for t in used),
                         key=lambda t: (fold(t["label"]), t["id"])),
        "range": [min(dated), max(hi for hi in calls["hi"] if hi is not None)] if dated else None,
    }


def _participants(iris: object) -> Sequence[str]:
    """A call's distinct participants; the usual two distinct IRIs are taken as they come."""
    if type(iris) is list and len(iris) == 2:
        first, second = iris
        if type(first) is str and type(second) is str and first and second and first != second:
            return iris
    return _unique(iris)


def _call_columns(calls: list[dict], index: dict[str, int], documents: dict[str, int]) -> dict[str, Any]:
    """Every field of the calls but their participants, one list per field; their topics,
    documents (as rows of the documents table) and evidence texts run together, the length
    of each call's under `lengths`."""
    import numpy as np

    dates = [None if (day := call.get("date")) is None else str(day) for call in calls]
    days = {day: i for i, day in enumerate(dict.fromkeys(dates))}  # each distinct date once
    spans = np.array([(None, None) if day is None else _day_range(day) for day in days], dtype=object).reshape(-1, 2)
    which = np.fromiter(map(days.__getitem__, dates), dtype=np.intp, count=len(dates))
    topics = [call.get("topics") or () for call in calls]
    sources = [call.get("documents") or () for call in calls]
    evidence = [call.get("evidence") or () for call in calls]
    named = list(map(str, chain.from_iterable(sources)))
    for name in dict.fromkeys(named):
        documents.setdefault(name, len(documents))
    return {
        "initiator": [None if (iri := call.get("initiator")) is None else index.get(iri) for call in calls],
        "date": dates,
        "lo": spans[which, 0].tolist(),
        "hi": spans[which, 1].tolist(),
        "duration": [None if (minutes := call.get("duration_min")) is None else _number(minutes) for call in calls],
        "medium": [medium if (medium := call.get("medium")) in MEDIA else None for call in calls],
        "status": [status if (status := call.get("status")) in STATUSES else "unconfirmed" for call in calls],
        "topics": list(map(str, chain.from_iterable(topics))),
        "documents": list(map(documents.__getitem__, named)),
        # the page shows an evidence's text; the document it is from is among the call's
        "evidence": [str(e.get("text") or "") for e in chain.from_iterable(evidence)],
        "lengths": {"topics": list(map(len, topics)), "documents": list(map(len, sources)),
                    "evidence": list(map(len, evidence))},
    }


def _pairs(participants: Any, per_call: Any) -> tuple[Any, Any, Any, Any]:
    """The pairs of actors that share a call, in the order their first call names them (the
    lower node first), with the calls of each pair: (from, to, calls run together, count)."""
    import numpy as np

    starts = np.cumsum(per_call) - per_call
    two = np.flatnonzero(per_call == 2)
    ends = [participants[starts[two]], participants[starts[two] + 1]]
    call_of = [two]
    for i in np.flatnonzero(per_call > 2).tolist():  # calls of three or more: every pair of them
        group = sorted(participants[starts[i]:starts[i] + per_call[i]].tolist())
        found = np.array(list(combinations(group, 2)), dtype=np.int64)
        ends += [found[:, 0], found[:, 1]]
        call_of.append(np.full(len(found), i, dtype=np.int64))
    calls = np.concatenate(call_of)
    order = np.argsort(calls, kind="stable")  # call after call, each call's pairs in their order
    a, b = np.concatenate(ends[0::2])[order], np.concatenate(ends[1::2])[order]
    calls = calls[order]
    low, high = np.minimum(a, b), np.maximum(a, b)
    size = int(high.max()) + 1 if len(high) else 1
    _, first, pair_of = np.unique(low * size + high, return_index=True, return_inverse=True)
    rank = np.empty(len(first), dtype=np.int64)
    rank[np.argsort(first, kind="stable")] = np.arange(len(first))  # pairs in order of first call
    pair_of = rank[pair_of.ravel()]
    first = np.sort(first)
    by_pair = np.argsort(pair_of, kind="stable")
    return low[first], high[first], calls[by_pair], np.bincount(pair_of, minlength=len(first))


def _nodes(index: dict[str, int], actors: dict[str, dict]) -> dict[str, list]:
    """Key, label, type, Wikidata id and aliases of every actor, as columns."""
    keys: set[str] = set()
    table: dict[str, list] = {"key": [], "label": [], "type": [], "wikidata": [], "aliases": []}
    key, label, type_, wikidata, aliases = table.values()
    for iri in index:
        actor = actors.get(iri) or {}
        shown, also = _labels(iri, actor)
        key.append(_unique_key(_local_name(iri), keys))
        label.append(shown)
        type_.append(str(actor.get("type") or ""))
        wikidata.append(_qid(actor.get("wikidata")))
        aliases.append(also)
    return table


def _documents(given: Iterable[dict]) -> dict[str, int]:
    """Document id -> its row in the page's documents table, the export's documents first."""
    rows: dict[str, int] = {}
    for doc in given:
        rows.setdefault(str(doc["id"]), len(rows))
    return rows


def _document_table(rows: dict[str, int], given: Iterable[dict]) -> dict[str, list]:
    """The documents as columns; a document a call or claim names but the export does not
    list keeps its id and nothing else."""
    known: dict[str, dict] = {}
    for doc in given:
        known[str(doc["id"])] = doc  # the last of the same id, as a dict of them would keep
    table: dict[str, list] = {"id": list(rows), "title": [], "source": [], "published": []}
    for name in rows:
        doc = known.get(name) or {}
        table["title"].append(_str(doc.get("title")))
        table["source"].append(_str(doc.get("source")))
        table["published"].append(_str(doc.get("published")))
    return table


def _place(n: int, pairs: Any, alone: Any) -> dict[str, list]:
    """Positions (None for an actor in no call), sizes, degrees and betweenness of the n actors."""
    import numpy as np

    drawn_mask = np.zeros(n, dtype=bool)
    drawn_mask[pairs.ravel()] = True
    drawn_mask[alone] = True
    drawn = np.flatnonzero(drawn_mask)
    local = np.full(n, -1, dtype=np.intp)
    local[drawn] = np.arange(len(drawn))
    edges = local[pairs].reshape(-1, 2)
    positions = layout(len(drawn), edges)
    degree = np.bincount(edges.ravel(), minlength=len(drawn))
    max_degree = int(degree.max()) if len(drawn) and degree.max() > 0 else 1
    betweenness = _betweenness(len(drawn), edges)
    x: list[int | None] = [None] * n
    y: list[int | None] = [None] * n
    size: list[float] = [0] * n
    degrees: list[int] = [0] * n
    central: list[float | None] = [None] * n
    sizes = np.round(10 + 20 * np.sqrt(degree / max_degree), 1).tolist()
    for k, (i, (px, py), d, s) in enumerate(zip(drawn.tolist(), positions.tolist(), degree.tolist(), sizes, strict=True)):
        x[i], y[i], degrees[i], size[i] = px, py, d, s
        if betweenness is not None:
            central[i] = round(betweenness.get(k, 0.0), 4)
    return {"x": x, "y": y, "size": size, "degree": degrees, "betweenness": central}


def _betweenness(n: int, edges: Any) -> dict[int, float] | None:
    """Betweenness centrality, estimated from sampled sources past `BETWEENNESS_SAMPLE` actors
    and not computed past `BETWEENNESS_LIMIT` (None): the page then leaves it out."""
    if n > BETWEENNESS_LIMIT:
        return None
    if len(edges) == 0:
        return {}
    import networkx as nx  # here, not above: past the limit its import alone took 0.25 s of CPU

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

