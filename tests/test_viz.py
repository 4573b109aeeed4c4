"""The network page: data shaping, then the real page in headless Chromium, offline.

Browser tests open the written file from a file:// URL with every other request blocked
(tests/browser.py) and read the page's state from `window.kg`. Screenshots for the README go
to a temporary folder (or to $KG_SCREENSHOTS when set), never into the repository.
"""
from __future__ import annotations

import calendar
import csv
import io
import math
import os
import random
import re
import time
from datetime import date
from html.parser import HTMLParser
from itertools import combinations
from pathlib import Path

import pytest

from kg.namespace import ACTOR
from kg.outputs.viz import layout as viz_layout
from kg.outputs.viz.network import network_data, network_graph, write_network
from kg.outputs.viz.notebook import to_pyvis

try:
    from tests.browser import browser, open_offline  # noqa: F401  (browser is a fixture)
except ImportError:
    from browser import browser, open_offline  # noqa: F401

HOSTILE = ["<img src=x onerror=alert(1)>", "<script>alert(1)</script>", "javascript:alert(1)"]
slow = pytest.mark.slow


def iri(key: str) -> str:
    return f"http://example.org/kg/actor/{key}"


def actor(key, label, type_="Person", wikidata=None, aliases=()):
    return {"id": iri(key), "label": label, "type": type_, "wikidata": wikidata,
            "aliases": list(aliases), "documents": []}


def call(n, people, date, status="occurred", *, initiator=None, topics=(), medium="phone",
         minutes=None, doc="d1", evidence=None):
    return {"id": f"http://example.org/kg/call/{n}", "participants": [iri(p) for p in people],
            "initiator": iri(initiator) if initiator else None, "date": date, "duration_min": minutes,
            "medium": medium, "status": status, "topics": list(topics), "documents": [doc],
            "evidence": [{"document": doc, "start": 0, "end": 10,
                          "text": evidence or f"{' et '.join(people)} se sont entretenus."}]}


def claim(n, speaker, text, call_n=None, doc="d1", verb="déclarer"):
    return {"id": f"http://example.org/kg/claim/{n}", "speaker": iri(speaker), "text": text,
            "verb": verb, "document": doc, "start": 0, "end": len(text),
            "call": f"http://example.org/kg/call/{call_n}" if call_n else None, "topics": []}


def leaders() -> dict:
    """A small, realistic export: who called whom in 2022-2025, with a few claims."""
    documents = [
        {"id": "d1", "published": "2025-02-13", "source": "https://www.lemonde.fr/international/",
         "title": "Donald Trump et Vladimir Poutine conviennent d’ouvrir des négociations"},
        {"id": "d2", "published": "2022-03-04", "source": "Le Figaro", "title": "Nouvel appel entre Macron et Poutine"},
        {"id": "d3", "published": "2024-11-12", "source": "Libération", "title": "Le Kremlin dément un appel Trump-Poutine"},
        {"id": "d4", "published": "2022-07-29", "source": "France 24", "title": "Biden et Xi s’entretiennent pendant deux heures"},
    ]
    actors = [
        actor("putin", "Vladimir Poutine", wikidata="Q7747", aliases=["Poutine", "président russe"]),
        actor("trump", "Donald Trump", wikidata="Q22686", aliases=["Trump"]),
        actor("zelensky", "Volodymyr Zelensky", wikidata="Q3874799", aliases=["Zelensky", "Zelenski"]),
        actor("macron", "Emmanuel Macron", wikidata="Q3052772", aliases=["Macron", "président français"]),
        actor("scholz", "Olaf Scholz", wikidata="Q61053", aliases=["Scholz", "chancelier allemand"]),
        actor("xi", "Xi Jinping", wikidata="Q15031", aliases=["Xi"]),
        actor("biden", "Joe Biden", wikidata="Q6279", aliases=["Biden"]),
        actor("erdogan", "Recep Tayyip Erdoğan", wikidata="Q39259", aliases=["Erdogan"]),
        actor("nato", "OTAN", "Organization", wikidata="Q7184", aliases=["Alliance atlantique"]),
        actor("peskov", "Dmitri Peskov", aliases=["porte-parole du Kremlin"]),
    ]
    calls = [
        call(1, ["macron", "putin"], "2022-02-20", initiator="macron", topics=["ukraine", "diplomatie"], minutes=105, doc="d2"),
        call(2, ["macron", "putin"], "2022-03-03", initiator="putin", topics=["ukraine"], minutes=90, doc="d2",
             evidence="Vladimir Poutine a appelé Emmanuel Macron jeudi, selon l’Élysée."),
        call(3, ["scholz", "putin"], "2024-11-15", initiator="scholz", topics=["ukraine"], minutes=60),
        call(4, ["trump", "putin"], "2024-11-10", "denied", topics=["ukraine"], doc="d3",
             evidence="Le Kremlin a démenti tout appel entre Donald Trump et Vladimir Poutine."),
        call(5, ["trump", "putin"], "2025-02-12", initiator="trump", topics=["ukraine", "paix"], minutes=90,
             evidence="Donald Trump a annoncé avoir eu un long entretien téléphonique avec Vladimir Poutine."),
        call(6, ["trump", "putin"], "2025-03-18", initiator="trump", topics=["ukraine", "energie"], minutes=150),
        call(7, ["trump", "zelensky"], "2025-02-12", initiator="trump", topics=["ukraine", "paix"]),
        call(8, ["trump", "zelensky"], "2025-03-19", topics=["ukraine", "energie"], minutes=60),
        call(9, ["macron", "zelensky"], "2025-03", "occurred", medium="video", topics=["ukraine"]),
        call(10, ["biden", "macron", "scholz", "zelensky"], "2024-10-18", medium="video", initiator="biden",
             topics=["ukraine", "otan"]),
        call(11, ["biden", "xi"], "2022-07-28", initiator="biden", topics=["taiwan", "commerce"], medium="video",
             minutes=140, doc="d4"),
        call(12, ["biden", "xi"], "2024-04-02", topics=["taiwan"], minutes=105),
        call(13, ["xi", "putin"], "2025-01-21", medium="video", topics=["commerce", "energie"]),
        call(14, ["xi", "zelensky"], "2023-04-26", initiator="zelensky", topics=["ukraine", "paix"], minutes=60),
        call(15, ["erdogan", "putin"], "2024", "unconfirmed", topics=["energie"]),
        call(16, ["erdogan", "zelensky"], "2025-04", "planned", topics=["paix"]),
        call(17, ["macron", "trump"], "2025-02-10", initiator="macron", topics=["ukraine", "otan"]),
        call(18, ["macron", "xi"], "2025-05", "planned", topics=["commerce"]),
        call(19, ["scholz", "zelensky"], None, "unconfirmed", topics=["ukraine"]),
        call(20, ["nato", "zelensky"], "2024-06-10", medium="video", topics=["otan"]),
    ]
    claims = [
        claim(1, "trump", "Nous avons eu une conversation longue et très productive.", 5),
        claim(2, "peskov", "La conversation a été franche et constructive.", 5),
        claim(3, "peskov", "C’est une pure fiction, ce n’est tout simplement pas vrai.", 4, doc="d3", verb="démentir"),
        claim(4, "zelensky", "Nous avons parlé des chances de parvenir à la paix.", 7),
        claim(5, "macron", "J’ai demandé au président Poutine de cesser les opérations militaires.", 2, doc="d2"),
    ]
    names = {a["id"]: a["label"] for a in actors}
    for c in calls:  # a plausible evidence sentence where none was given
        if c["evidence"][0]["text"].endswith("se sont entretenus."):
            people = [names[p] for p in c["participants"]]
            how = "par téléphone" if c["medium"] == "phone" else "en visioconférence"
            c["evidence"][0]["text"] = (f"{people[0]} s’est entretenu {how} avec {people[1]}." if len(people) == 2
                                        else f"{', '.join(people[:-1])} et {people[-1]} se sont réunis {how}.")
    return {"documents": documents, "actors": actors, "calls": calls, "claims": claims}


def pairs_of(calls) -> set[frozenset]:
    return {frozenset(p) for c in calls for p in combinations(dict.fromkeys(c["participants"]), 2)}


def rows(table: dict[str, list]) -> list[dict]:
    """A table of the page's data (one list per field) as one dict per row."""
    return [dict(zip(table, values, strict=True)) for values in zip(*table.values(), strict=True)]


def runs(flat: list, counts: list[int]) -> list[list]:
    """The lists run together in `flat`, each as long as its count (the page's runs())."""
    starts = [sum(counts[:i]) for i in range(len(counts))]
    return [flat[start:start + count] for start, count in zip(starts, counts, strict=True)]


def day_span(value: str | None) -> tuple[int, int] | None:
    """First and last day covered by a YYYY[-MM[-DD]] date, as ordinals."""
    from datetime import date

    if not value:
        return None
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        d = date(*parts).toordinal()
        return d, d
    if len(parts) == 2:
        return (date(parts[0], parts[1], 1).toordinal(),
                date(parts[0], parts[1], calendar.monthrange(*parts)[1]).toordinal())
    return date(parts[0], 1, 1).toordinal(), date(parts[0], 12, 31).toordinal()


def settle(page) -> None:
    """Let the page run its filters (scheduled on the next animation frame)."""
    page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")


def drawn(page) -> None:
    """Wait until the page has drawn its first whole scene."""
    page.wait_for_function("() => kg.timing.drawn !== null", timeout=60_000)


def node_point(page, node: int) -> tuple[float, float]:
    return tuple(page.evaluate("id => kg.nodePoint(id)", node))


def edge_point(page, edge: int) -> tuple[float, float]:
    return tuple(page.evaluate("id => kg.edgePoint(id)", edge))


def node_id(page, label: str) -> int:
    return page.evaluate("label => kg.data.nodes.findIndex(n => n.label === label)", label)


def edge_id(page, a: str, b: str) -> int:
    return page.evaluate("""([a, b]) => kg.data.edges.findIndex(e =>
        [e.from, e.to].map(i => kg.data.nodes[i].label).sort().join() === [a, b].sort().join())""", [a, b])


def day(value: str) -> int:
    """Days since 1970-01-01, as the page counts them."""
    return date.fromisoformat(value).toordinal() - date(1970, 1, 1).toordinal()


def shown_calls(data: dict, *, statuses=("occurred", "planned", "unconfirmed", "denied"), topic=None,
                start=None, end=None, undated=True) -> list[dict]:
    """The calls the page's filters let through, computed here from the export."""
    kept = []
    for c in data["calls"]:
        if c["status"] not in statuses or (topic and topic not in c["topics"]):
            continue
        span = day_span(c["date"])
        if span is None:
            if undated:
                kept.append(c)
            continue
        if (start is None or span[1] >= start) and (end is None or span[0] <= end):
            kept.append(c)
    return kept


def screenshot_dir(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("KG_SCREENSHOTS") or tmp_path / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


# ---------- pure data shaping ----------

def test_graph_has_one_edge_per_call_and_pair():
    data = leaders()
    graph = network_graph(data)
    in_calls = {p for c in data["calls"] for p in c["participants"]}
    assert set(graph) == in_calls | {iri("peskov")}  # Peskov only speaks in claims
    assert graph.number_of_edges() == sum(len(c["participants"]) * (len(c["participants"]) - 1) // 2
                                          for c in data["calls"])
    assert graph.number_of_edges(iri("trump"), iri("putin")) == 3
    assert graph.nodes[iri("putin")]["label"] == "Vladimir Poutine"


def test_network_data_pairs_dates_and_wikidata():
    data = leaders()
    data["actors"][0]["wikidata"] = "javascript:alert(1)"  # never becomes a link
    shaped = network_data(data)
    nodes, edges = rows(shaped["nodes"]), shaped["edges"]
    assert len(edges["from"]) == len(pairs_of(data["calls"]))
    labels = [n["label"] for n in nodes]
    pair_calls = runs(edges["calls"], edges["lengths"]["calls"])
    trump_putin = next(calls for a, b, calls in zip(edges["from"], edges["to"], pair_calls, strict=True)
                       if {labels[a], labels[b]} == {"Donald Trump", "Vladimir Poutine"})
    assert len(trump_putin) == 3
    assert nodes[labels.index("Vladimir Poutine")]["wikidata"] is None
    assert nodes[labels.index("Donald Trump")]["wikidata"] == "Q22686"
    calls = shaped["calls"]  # one list per field; the lists of each call run together, their lengths apart
    lengths = calls["lengths"]
    assert all(len(column) == len(data["calls"]) for name, column in calls.items() if name not in {*lengths, "lengths"}) and \
        all(len(column) == len(data["calls"]) for column in lengths.values())
    assert [[labels[p] for p in people] for people in runs(calls["participants"], lengths["participants"])][9] == \
        ["Joe Biden", "Emmanuel Macron", "Olaf Scholz", "Volodymyr Zelensky"]
    assert runs(calls["topics"], lengths["topics"]) == [c["topics"] for c in data["calls"]]
    assert runs(calls["evidence"], lengths["evidence"]) == [[e["text"] for e in c["evidence"]] for c in data["calls"]]
    documents = shaped["documents"]["id"]
    assert [[documents[d] for d in ds] for ds in runs(calls["documents"], lengths["documents"])] == \
        [c["documents"] for c in data["calls"]]
    march = calls["date"].index("2025-03")
    assert calls["hi"][march] - calls["lo"][march] == 30
    undated = calls["date"].index(None)
    assert calls["lo"][undated] is None
    # a node's size grows with its number of partners
    assert nodes[labels.index("Vladimir Poutine")]["size"] > nodes[labels.index("OTAN")]["size"]
    # link keys: the end of each IRI, unique
    keys = [n["key"] for n in nodes]
    assert keys[labels.index("Vladimir Poutine")] == "putin" and len(set(keys)) == len(keys)


def test_actors_without_a_call_are_not_placed():
    nodes = rows(network_data(leaders())["nodes"])
    peskov = next(n for n in nodes if n["label"] == "Dmitri Peskov")
    assert peskov["x"] is None and peskov["y"] is None
    assert all(n["x"] is not None for n in nodes if n is not peskov)


def test_labels_are_french_where_the_ontology_has_them():
    data = leaders()
    putin = data["actors"][0]
    putin.update(id=str(ACTOR["Q7747"]), label="Vladimir Putin", aliases=["Poutine"])
    for c in data["calls"]:
        c["participants"] = [str(ACTOR["Q7747"]) if p == iri("putin") else p for p in c["participants"]]
    data["calls"][0]["topics"] = ["arms-control", "ukraine-war"]
    shaped = network_data(data)
    node = next(n for n in rows(shaped["nodes"]) if n["wikidata"] == "Q7747")
    assert node["label"] == "Vladimir Poutine"
    assert "Vladimir Putin" in node["aliases"]  # the English name still finds him
    topics = {t["id"]: t["label"] for t in shaped["topics"]}
    assert topics["arms-control"] == "maîtrise des armements"
    assert topics["ukraine-war"] == "guerre en Ukraine"
    assert topics["taiwan"] == "taiwan"  # a topic the ontology does not know keeps its id


def test_layout_packs_components_apart_and_is_reproducible(monkeypatch):
    import networkx as nx
    import numpy as np

    graph = nx.disjoint_union_all([nx.cycle_graph(30), nx.star_graph(40), nx.path_graph(2), nx.empty_graph(5)])
    edges = np.array(list(graph.edges()))
    monkeypatch.setattr(viz_layout, "SPRING_LIMIT", 35)  # the star takes the large-graph layout
    pos = viz_layout.layout(len(graph), edges)
    assert (pos == viz_layout.layout(len(graph), edges)).all()
    assert len({tuple(p) for p in pos.tolist()}) == len(graph)
    boxes = []
    for component in nx.connected_components(graph):
        xs, ys = [pos[v][0] for v in component], [pos[v][1] for v in component]
        boxes.append((min(xs), min(ys), max(xs), max(ys)))
    for a, b in combinations(boxes, 2):  # no two components overlap
        assert a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1]
    star = [tuple(pos[v]) for v in range(30, 71)]
    hub, leaves = star[0], star[1:]
    nearest = min(math.dist(p, q) for p, q in combinations(star, 2))
    assert nearest > 20  # nodes do not sit on one another
    assert all(math.dist(hub, leaf) < 10 * viz_layout.UNIT for leaf in leaves)


def test_same_export_writes_the_same_file(tmp_path):
    first = write_network(leaders(), tmp_path / "a.html").read_bytes()
    assert first == write_network(leaders(), tmp_path / "b.html").read_bytes()


def test_script_json_cannot_close_its_element(tmp_path):
    data = leaders()
    data["actors"][0]["label"] = "</script><script>alert(1)</script>\u2028<!--"
    page = write_network(data, tmp_path / "net.html").read_text(encoding="utf-8")
    body = page.split('<script type="application/json" id="kg-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in body and ">" not in body and "\u2028" not in body


def test_to_pyvis_has_the_page_labels_colours_and_text_titles(tmp_path):
    img, script, _ = HOSTILE
    data = leaders()
    data["calls"][4]["evidence"][0]["text"] = f"{img} {script} <a href=\"x\">lien</a>"
    net = to_pyvis(data)
    labels = {n["label"] for n in net.nodes}
    assert "Vladimir Poutine" in labels and "Dmitri Peskov" not in labels  # only actors with calls
    assert len(net.edges) == len(pairs_of(data["calls"]))
    otan = next(n for n in net.nodes if n["label"] == "OTAN")
    assert otan["color"] == "#26a69a" and otan["x"] is not None
    assert not [e for e in net.edges if e["color"] == "#d93025"]  # Trump-Putin: the strongest status wins
    trump_putin = next(e for e in net.edges if "Donald Trump" in e["title"] and "Vladimir Poutine" in e["title"])
    assert f"{img} {script}" in trump_putin["title"]  # text, shown as text by the template
    page = net.generate_html(notebook=True)
    assert "<img src=x" not in page and "<script>alert(1)" not in page  # JSON-escaped in the page
    assert "popup.innerHTML" not in page and "bootstrap" not in page


# ---------- in the browser ----------

@slow
def test_page_renders_the_actors_with_calls_and_lists_the_others_apart(browser, tmp_path):
    data = leaders()
    view = open_offline(browser, write_network(data, tmp_path / "net.html"))
    page = view.page
    drawn(page)
    assert page.locator("#kg-network canvas").count() == 2  # the scene and the hover layer
    actors_in_calls = {p for c in data["calls"] for p in c["participants"]}
    assert page.evaluate("kg.visibleNodes()") == len(actors_in_calls)
    assert page.evaluate("kg.visibleEdges()") == len(pairs_of(data["calls"]))
    assert page.evaluate("kg.visibleCalls()") == len(data["calls"])
    # Peskov only speaks: listed apart, not drawn
    assert "Dmitri Peskov" in page.inner_text("#kg-isolated")
    peskov = node_id(page, "Dmitri Peskov")
    assert page.evaluate("id => kg.canvas.nodeShown[id]", peskov) == 0
    page.click("#kg-isolated button")
    assert page.locator("#kg-panel h2").inner_text() == "Dmitri Peskov"
    assert "C’est une pure fiction" in page.inner_text("#kg-panel")
    # hovering an actor shows its card, clicking it opens its panel
    page.mouse.move(*node_point(page, node_id(page, "Xi Jinping")))
    page.wait_for_selector("#kg-tooltip:not([hidden])")
    assert "Xi Jinping" in page.inner_text("#kg-tooltip")
    assert view.errors == [] and view.dialogs == [] and view.requests == []
    view.close()


@slow
def test_the_page_unpacks_every_call_pair_claim_and_document_as_the_export_has_them(browser, tmp_path):
    """The page's data comes as columns with lists run together (network_data): what the page
    reads once unpacked must be the export again, call by call, for the big page's shapes too:
    calls of three and more, an undated call, a document no call's export lists."""
    data = leaders()
    data["calls"][2]["documents"] = ["d9"]  # not among the export's documents
    data["calls"][2]["evidence"] = [{"document": "d9", "start": 0, "end": 4, "text": "Une."},
                                    {"document": "d9", "start": 5, "end": 10, "text": "Deux."}]
    data["calls"][3]["participants"].append(iri("macron"))
    view = open_offline(browser, write_network(data, tmp_path / "net.html"))
    page = view.page
    seen = page.evaluate("""() => {
        const d = kg.data, label = i => d.nodes[i].label, doc = k => d.documents[k].id;
        return {
            calls: d.calls.participants.map((people, c) => ({
                participants: people.map(label).sort(), date: d.calls.date[c], status: d.calls.status[c],
                documents: d.calls.documents[c].map(doc), evidence: d.calls.evidence[c],
                initiator: d.calls.initiator[c] === null ? null : label(d.calls.initiator[c])})),
            pairs: d.edges.map(e => [[label(e.from), label(e.to)].sort().join(" / "),
                                     e.calls.map(c => d.calls.date[c])]),
            claims: d.claims.map(c => [label(c.speaker), c.text, c.document === null ? null : doc(c.document),
                                       c.call === null ? null : d.calls.date[c.call]]),
            titles: Object.fromEntries(d.documents.map(x => [x.id, x.title]))};
    }""")
    names = {iri(n["key"]): n["label"] for n in rows(network_data(data)["nodes"])}  # French where known
    expected = [{"participants": sorted(names[p] for p in c["participants"]), "date": c["date"], "status": c["status"],
                 "documents": c["documents"], "evidence": [e["text"] for e in c["evidence"]],
                 "initiator": names.get(c["initiator"])} for c in data["calls"]]
    assert seen["calls"] == expected
    pairs: dict[str, list] = {}
    for c in data["calls"]:
        for a, b in combinations(c["participants"], 2):
            pairs.setdefault(" / ".join(sorted([names[a], names[b]])), []).append(c["date"])
    assert dict(seen["pairs"]) == pairs and len(seen["pairs"]) == len(pairs)
    by_id = {c["id"]: c["date"] for c in data["calls"]}
    assert seen["claims"] == [[names[c["speaker"]], c["text"], c["document"], by_id.get(c["call"])]
                              for c in data["claims"]]
    assert seen["titles"]["d9"] is None and seen["titles"]["d1"] == data["documents"][0]["title"]
    # a card names the unlisted document by its id and shows both evidence texts
    page.evaluate(f"kg.openEdge({edge_id(page, 'Olaf Scholz', 'Vladimir Poutine')})")
    panel = page.inner_text("#kg-panel")
    assert "Document d9" in panel and "Une." in panel and "Deux." in panel
    assert view.errors == [] and view.requests == []
    view.close()


@slow
def test_empty_export_says_so(browser, tmp_path):
    view = open_offline(browser, write_network({}, tmp_path / "empty.html"))
    page = view.page
    assert page.evaluate("[kg.data.nodes.length, kg.visibleEdges()]") == [0, 0]
    assert page.locator("#kg-from").is_disabled()
    assert page.is_visible("#kg-empty") and "aucun entretien" in page.inner_text("#kg-empty").lower()
    assert not page.is_visible("#kg-empty-reset")
    assert view.errors == []
    view.close()


@slow
def test_filters_by_status_topic_and_period_and_an_empty_result_offers_a_reset(browser, tmp_path):
    data = leaders()
    view = open_offline(browser, write_network(data, tmp_path / "net.html"))
    page = view.page

    def visible():
        settle(page)
        return page.evaluate("kg.visibleEdges()")

    for status in ("occurred", "planned", "unconfirmed"):
        page.uncheck(f"#kg-status-{status}")
    denied = shown_calls(data, statuses=("denied",))
    assert visible() == len(pairs_of(denied)) == 1
    # the remaining Trump-Putin edge is drawn dashed in the "denied" colour
    style = page.evaluate("""() => { const c = kg.canvas; const e = [...c.edgeShown].indexOf(1);
        return c.styles[c.edgeStyle[e]]; }""")
    assert style["dash"] and style["color"] == "#d93025"
    page.uncheck("#kg-status-denied")
    assert visible() == 0
    assert page.is_visible("#kg-empty") and "Aucun entretien ne correspond" in page.inner_text("#kg-empty")
    page.click("#kg-empty-reset")
    assert visible() == len(pairs_of(data["calls"]))
    assert not page.is_visible("#kg-empty")

    page.select_option("#kg-topic", "taiwan")
    assert visible() == len(pairs_of(shown_calls(data, topic="taiwan"))) == 1
    assert page.evaluate("kg.visibleNodes()") == 2  # actors without a shown call are hidden
    page.select_option("#kg-topic", "")

    # the period: only 2025 (undated calls kept, then dropped)
    page.fill("#kg-from", "2025-01-01")
    page.fill("#kg-to", "2025-12-31")
    page.dispatch_event("#kg-to", "change")
    start, end = day_span("2025-01-01")[0], day_span("2025-12-31")[1]
    in_2025 = shown_calls(data, start=start, end=end)
    assert visible() == len(pairs_of(in_2025)) < len(pairs_of(data["calls"]))
    page.uncheck("#kg-undated")
    assert visible() == len(pairs_of(shown_calls(data, start=start, end=end, undated=False)))
    page.click("#kg-all-time")
    assert page.input_value("#kg-from") == "2022-02-20"
    assert view.errors == []
    view.close()


@slow
def test_the_view_lives_in_the_url_and_is_restored_from_it(browser, tmp_path):
    data = leaders()
    path = write_network(data, tmp_path / "net.html")
    view = open_offline(browser, path)
    page = view.page
    page.uncheck("#kg-status-planned")
    page.select_option("#kg-topic", "ukraine")
    page.fill("#kg-from", "2024-01-01")
    page.dispatch_event("#kg-from", "change")
    settle(page)
    page.evaluate("id => kg.openEdge(id)", edge_id(page, "Donald Trump", "Vladimir Poutine"))
    page.click("#kg-table-toggle")
    page.fill("#kg-search", "Poutine")
    settle(page)
    link = page.evaluate("location.hash").lstrip("#")
    assert "theme=ukraine" in link and "du=2024-01-01" in link and "paire=" in link and "vue=tableau" in link
    expected = page.evaluate("[kg.visibleEdges(), kg.visibleCalls()]")
    view.close()

    # the link sent to someone else: the same view
    view = open_offline(browser, path, fragment=link)
    page = view.page
    settle(page)
    assert page.evaluate("[kg.visibleEdges(), kg.visibleCalls()]") == expected
    assert page.input_value("#kg-topic") == "ukraine"
    assert page.input_value("#kg-from") == "2024-01-01"
    assert not page.is_checked("#kg-status-planned") and page.is_checked("#kg-status-occurred")
    assert page.input_value("#kg-search") == "Poutine"
    assert page.is_visible("#kg-table-sheet")
    heading = page.locator("#kg-panel h2").inner_text()
    assert "Donald Trump" in heading and "Vladimir Poutine" in heading
    start = day_span("2024-01-01")[0]
    assert expected[1] == len(shown_calls(data, statuses=("occurred", "unconfirmed", "denied"), topic="ukraine",
                                          start=start))
    view.close()

    # an actor in the link: its panel opens and its ego network is in focus
    view = open_offline(browser, path, fragment="acteur=xi")
    page = view.page
    drawn(page)
    assert page.locator("#kg-panel h2").inner_text() == "Xi Jinping"
    alpha = page.evaluate("() => Array.from(kg.canvas.nodeAlpha)")
    partners = {n for c in data["calls"] if iri("xi") in c["participants"] for n in c["participants"]}
    for i, node in enumerate(page.evaluate("kg.data.nodes.map(n => n.key)")):
        if node != "peskov":
            assert alpha[i] == (1 if iri(node) in partners else pytest.approx(0.15)), node
    # an unknown key or a malformed date is ignored, not an error
    view.close()
    view = open_offline(browser, path, fragment="acteur=nobody&du=pas-une-date&statuts=occurred")
    settle(view.page)
    assert view.page.evaluate("kg.visibleCalls()") == len(shown_calls(data, statuses=("occurred",)))
    assert view.errors == [] and view.requests == []
    view.close()
    # names of JavaScript's built-in properties are keys like any other (the lookups have no prototype)
    for key in ("constructor", "__proto__", "toString"):
        view = open_offline(browser, path, fragment=f"acteur={key}&paire={key}&paire=hasOwnProperty&theme={key}")
        settle(view.page)
        assert view.page.evaluate("kg.visibleCalls()") == len(shown_calls(data))
        assert view.errors == [] and view.requests == [], key
        view.close()


@slow
def test_brushing_the_timeline_sets_the_period_and_the_visible_pairs(browser, tmp_path):
    data = leaders()
    view = open_offline(browser, write_network(data, tmp_path / "net.html"))
    page = view.page
    settle(page)
    box = page.locator("#kg-timeline").bounding_box()
    bars = page.locator("#kg-timeline rect.kg-bar").count()
    assert bars >= 10  # months with calls, stacked by status
    # drag over the right third of the timeline (the last months of the corpus)
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.66, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.8, y, steps=4)
    page.mouse.move(box["x"] + box["width"] - 2, y, steps=4)
    page.mouse.up()
    settle(page)
    state = page.evaluate("kg.state()")
    start_day, end_day = state["from"], state["to"]
    assert page.input_value("#kg-from") == date.fromordinal(start_day + date(1970, 1, 1).toordinal()).isoformat()
    epoch = date(1970, 1, 1).toordinal()
    expected = shown_calls(data, start=start_day + epoch, end=end_day + epoch)
    assert page.evaluate("kg.visibleEdges()") == len(pairs_of(expected)) < len(pairs_of(data["calls"]))
    assert page.locator("#kg-timeline rect.kg-brush").count() == 1
    assert "du=" in page.evaluate("location.hash")
    # a click picks one month
    page.mouse.click(box["x"] + box["width"] - 3, y)
    settle(page)
    state = page.evaluate("kg.state()")
    assert 27 <= state["to"] - state["from"] <= 30
    assert view.errors == []
    view.close()


@slow
def test_the_table_lists_the_visible_calls_and_its_csv_has_exactly_those_rows(browser, tmp_path):
    data = leaders()
    view = open_offline(browser, write_network(data, tmp_path / "net.html"))
    page = view.page
    page.select_option("#kg-topic", "ukraine")
    page.uncheck("#kg-status-denied")
    page.click("#kg-table-toggle")
    settle(page)
    expected = shown_calls(data, statuses=("occurred", "planned", "unconfirmed"), topic="ukraine")
    assert page.inner_text("#kg-table-count") == f"{len(expected)}\u00a0entretiens affichés"
    rows = page.evaluate("kg.tableRows()")
    assert len(rows) == len(expected) == page.evaluate("kg.visibleCalls()")
    dates = [r[0] for r in rows]
    assert dates[:2] == ["2025-03-19", "2025-03-18"]  # newest first
    assert dates[-1] == ""  # the undated call last
    page.click(".kg-th.kg-col-date")  # oldest first
    assert page.evaluate("kg.tableRows()")[0][0] == "2022-02-20"
    assert page.get_attribute(".kg-th.kg-col-date", "aria-sort") == "ascending"
    assert "tri=date-asc" in page.evaluate("location.hash")
    page.click(".kg-th.kg-col-participants")
    participants = [r[1] for r in page.evaluate("kg.tableRows()")]
    assert participants == sorted(participants, key=lambda s: s.casefold())

    with page.expect_download() as info:
        page.click("#kg-csv")
    download = info.value
    assert download.suggested_filename == "kg-entretiens.csv"
    text = Path(download.path()).read_text(encoding="utf-8-sig")
    table = list(csv.reader(io.StringIO(text)))
    assert table[0] == ["Date", "Participants", "Statut", "Moyen", "Initiative", "Durée (min)", "Thèmes", "Sources"]
    assert table[1:] == page.evaluate("kg.tableRows()")
    by_date = {c["date"] or "": c for c in expected}
    trump_putin = next(r for r in table[1:] if r[0] == "2025-02-12" and "Vladimir Poutine" in r[1])
    assert trump_putin[2:6] == ["a eu lieu", "téléphone", "Donald Trump", "90"]
    assert len(by_date) <= len(table) - 1
    # a row opens its pair
    page.locator(".kg-tbody .kg-tr").first.click()
    assert page.is_visible("#kg-panel")
    assert view.errors == [] and view.requests == []
    view.close()


@slow
def test_png_export_of_the_view(browser, tmp_path):
    view = open_offline(browser, write_network(leaders(), tmp_path / "net.html"))
    page = view.page
    drawn(page)
    with page.expect_download() as info:
        page.click("#kg-png")
    image = Path(info.value.path()).read_bytes()
    assert info.value.suggested_filename == "kg-reseau.png"
    assert image[:8] == b"\x89PNG\r\n\x1a\n" and len(image) > 5_000
    assert view.errors == [] and view.requests == []
    view.close()


@slow
def test_opening_a_panel_keeps_the_graph_size_and_dims_the_rest(browser, tmp_path):
    data = leaders()
    view = open_offline(browser, write_network(data, tmp_path / "net.html"))
    page = view.page
    drawn(page)
    before = page.evaluate("[kg.canvas.width, kg.canvas.height, kg.canvas.camera.k]")
    macron = node_id(page, "Emmanuel Macron")
    page.mouse.click(*node_point(page, macron))
    assert page.locator("#kg-panel h2").inner_text() == "Emmanuel Macron"
    settle(page)
    # same size, same zoom (the drawing may slide so that Macron is not under the panel)
    assert page.evaluate("[kg.canvas.width, kg.canvas.height, kg.canvas.camera.k]") == before
    panel = page.locator("#kg-panel").bounding_box()
    assert node_point(page, macron)[0] < panel["x"]
    partners = {p for c in data["calls"] if iri("macron") in c["participants"] for p in c["participants"]}
    alpha = page.evaluate("() => Array.from(kg.canvas.nodeAlpha)")
    keys = page.evaluate("kg.data.nodes.map(n => n.key)")
    assert {keys[i] for i, a in enumerate(alpha) if a == 1} == {p.rsplit("/", 1)[1] for p in partners} | {"peskov"}
    assert "acteur=macron" in page.evaluate("location.hash")
    # clicking the background clears the focus
    box = page.locator("#kg-network").bounding_box()
    page.mouse.click(box["x"] + 5, box["y"] + 5)
    assert not page.is_visible("#kg-panel")
    assert min(page.evaluate("() => Array.from(kg.canvas.nodeAlpha)")) == 1
    view.close()


def _slid(page, done, seconds: float = 10.0) -> dict:
    """The controls' box once the drawer's slide is over, however long a loaded machine takes to
    play it (a fixed 300 ms wait failed under load); the page's policy forbids string-evaluated
    waits, so the box is read from here."""
    deadline = time.monotonic() + seconds
    box = page.locator("#kg-controls").bounding_box()
    while not done(box) and time.monotonic() < deadline:
        page.wait_for_timeout(50)
        box = page.locator("#kg-controls").bounding_box()
    return box


@slow
def test_phone_layout_graph_fills_the_screen_and_controls_fold_into_a_drawer(browser, tmp_path):
    view = open_offline(browser, write_network(leaders(), tmp_path / "net.html"), width=390, height=844,
                        is_mobile=True, has_touch=True, device_scale_factor=2)
    page = view.page
    drawn(page)
    stage = page.locator("#kg-stage").bounding_box()
    assert stage["width"] >= 388 and stage["height"] >= 0.6 * 844
    controls = page.locator("#kg-controls").bounding_box()
    assert controls["x"] + controls["width"] <= 0  # folded away
    assert page.is_visible("#kg-drawer-toggle")
    page.click("#kg-drawer-toggle")
    controls = _slid(page, lambda box: box["x"] >= 0)  # the slide-in
    assert controls["x"] >= 0 and controls["width"] <= 390
    page.click("#kg-status-occurred")  # the filters work from the drawer
    settle(page)
    assert page.evaluate("kg.visibleCalls()") == 5
    page.click("#kg-drawer-close")
    assert _slid(page, lambda box: box["x"] + box["width"] <= 0)["x"] + controls["width"] <= 0
    # a tap on an actor opens its detail as a sheet over the lower part; the graph keeps its size
    page.touchscreen.tap(*node_point(page, node_id(page, "Xi Jinping")))
    assert page.locator("#kg-panel h2").inner_text() == "Xi Jinping"
    panel = page.locator("#kg-panel").bounding_box()
    assert panel["width"] >= 388 and panel["y"] > 844 * 0.3
    assert page.locator("#kg-stage").bounding_box() == stage
    assert view.errors == []
    view.close()


@slow
def test_search_finds_an_actor_by_alias_and_opens_it(browser, tmp_path):
    view = open_offline(browser, write_network(leaders(), tmp_path / "net.html"))
    page = view.page
    page.fill("#kg-search", "chancelier")
    assert "Olaf Scholz" in page.inner_text("#kg-search-results")
    page.press("#kg-search", "Enter")
    assert page.locator("#kg-panel h2").inner_text() == "Olaf Scholz"
    assert "Wikidata Q61053" in page.inner_text("#kg-panel")
    assert page.get_attribute("#kg-panel a", "href") == "https://www.wikidata.org/wiki/Q61053"
    # an actor's panel shows its own claims and what others said about its calls
    page.evaluate("kg.openNode(kg.data.nodes.findIndex(n => n.label === 'Vladimir Poutine'))")
    panel = page.text_content("#kg-panel")
    own, others = panel.split("Déclarations d’autres acteurs")
    assert "J’ai demandé au président Poutine" in others and "J’ai demandé" not in own
    assert "C’est une pure fiction" in panel and "Dmitri Peskov" in panel
    view.close()


def hostile_export() -> dict:
    img, script, js = HOSTILE
    return {
        "documents": [{"id": "d1", "published": "2025-01-01", "source": js, "title": script}],
        "actors": [actor("evil", img, wikidata=js, aliases=[script]),
                   actor("putin", "Vladimir Poutine", wikidata="Q7747"),
                   actor("speaker", f"{script} porte-parole"),
                   actor("formula", '=HYPERLINK("https://example.org/","clic")')],
        "calls": [call(1, ["evil", "putin"], "2025-01-01", initiator="evil", topics=[img],
                       evidence=f"{img} {script} <a href=\"{js}\">lien</a>"),
                  call(2, ["formula", "putin"], "2025-01-02")],
        "claims": [claim(1, "evil", f"{script} {img}", 1), claim(2, "speaker", f"<b>{js}</b>", 1)],
    }


@slow
def test_hostile_text_never_runs_and_is_shown_literally(browser, tmp_path):
    img, script, js = HOSTILE
    path = write_network(hostile_export(), tmp_path / "net.html", title=f"{script}{img}")
    view = open_offline(browser, path)
    page = view.page
    drawn(page)
    evil = page.evaluate("kg.data.nodes.findIndex(n => n.label.startsWith('<img'))")
    assert evil >= 0

    page.mouse.move(*node_point(page, evil))
    page.wait_for_selector("#kg-tooltip:not([hidden])")
    assert img in page.inner_text("#kg-tooltip")
    page.mouse.click(*node_point(page, evil))
    panel = page.inner_text("#kg-panel")
    assert img in panel and script in panel

    page.mouse.move(10, 500)
    page.evaluate("kg.canvas.setHovered(null)")
    page.mouse.move(*edge_point(page, 0))
    page.wait_for_selector("#kg-tooltip:not([hidden])")
    assert script in page.inner_text("#kg-tooltip")
    page.mouse.click(*edge_point(page, 0))
    panel = page.inner_text("#kg-panel")
    for text in (img, script, f"<b>{js}</b>", f'<a href="{js}">lien</a>', js):
        assert text in panel

    page.fill("#kg-search", "<script")
    assert script in page.inner_text("#kg-search-results")
    assert page.title() == f"{script}{img}"
    assert img in page.inner_text("#kg-topic")  # a topic id is text too

    # the table shows the names as text; its CSV cannot smuggle a spreadsheet formula
    page.click("#kg-table-toggle")
    settle(page)
    assert img in page.inner_text("#kg-table")
    rows = list(csv.reader(io.StringIO(page.evaluate("kg.csv()"))))
    formula = next(r for r in rows[1:] if "HYPERLINK" in r[1])
    assert formula[1].startswith("'=HYPERLINK")

    injected = page.evaluate("""() => ({
        img: document.querySelectorAll('body img').length,
        scripts: document.querySelectorAll('script').length,
        jsLinks: [...document.querySelectorAll('a')].filter(a => !/^https?:/.test(a.href)).length,
        bold: document.querySelectorAll('#kg-panel b, #kg-table b').length })""")
    assert injected == {"img": 0, "scripts": 2, "jsLinks": 0, "bold": 0}
    assert view.dialogs == [], view.dialogs
    assert view.errors == [] and view.requests == []
    view.close()


@slow
def test_to_pyvis_page_shows_hostile_titles_as_text_offline(browser, tmp_path):
    img, script, js = HOSTILE
    data = hostile_export()
    data["actors"][0]["aliases"].append(f'<a href="{js}">lien</a>')  # "href": pyvis's own popup
    path = tmp_path / "notebook.html"
    path.write_text(to_pyvis(data).generate_html(notebook=True), encoding="utf-8")
    view = open_offline(browser, path, wait_for="window.network && true")
    page = view.page
    evil = page.evaluate("network.body.data.nodes.get().find(n => n.label.startsWith('<img')).id")
    point = page.evaluate("""id => { const p = network.canvasToDOM(network.getPositions([id])[id]);
        const r = document.getElementById('mynetwork').getBoundingClientRect(); return [r.left + p.x, r.top + p.y]; }""",
                          evil)
    page.mouse.move(*point)
    page.wait_for_timeout(600)
    shown = page.evaluate("() => [...document.querySelectorAll('#mynetwork div')].map(d => d.textContent).join(' ')")
    assert img in shown and f'<a href="{js}">lien</a>' in shown
    assert page.evaluate("document.querySelectorAll('body img, #mynetwork a').length") == 0
    assert view.dialogs == [] and view.errors == [] and view.requests == []
    view.close()


@slow
def test_content_security_policy_blocks_injected_handlers(browser, tmp_path):
    """Defence in depth: even markup injected by some future bug could not run script."""
    view = open_offline(browser, write_network(leaders(), tmp_path / "net.html"))
    page = view.page
    page.evaluate("""() => {
        window.ran = false;
        const box = document.createElement('div');
        box.innerHTML = '<img src="data:," onerror="window.ran = true">';
        document.body.appendChild(box); }""")
    page.wait_for_timeout(300)
    assert page.evaluate("window.ran") is False
    assert any("Content Security Policy" in e for e in view.errors), view.errors
    view.close()


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        self.urls += [v for k, v in attrs if k in {"src", "href", "action", "srcset"} and v]


@slow
def test_page_is_self_contained_and_offline(browser, tmp_path):
    path = write_network(leaders(), tmp_path / "net.html")
    text = path.read_text(encoding="utf-8")
    parser = _Links()
    parser.feed(text)
    assert parser.urls == []
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", text, re.I)
    assert text.count("<script") == 2  # the data and our one script, allowed by its hash
    view = open_offline(browser, path)
    drawn(view.page)
    view.page.mouse.click(*node_point(view.page, 0))
    settle(view.page)
    assert view.requests == [] and view.errors == []
    view.close()


def synthetic(n_actors: int = 5000, n_calls: int = 15000, seed: int = 7) -> dict:
    """A large random export: a few hubs call a lot, most actors rarely."""
    rng = random.Random(seed)
    types = ["Person"] * 6 + ["Organization", "Country", "Media"]
    actors = [actor(f"a{i}", f"Acteur {i}", rng.choice(types), f"Q{i + 1}" if i % 3 else None, [f"A{i}"])
              for i in range(n_actors)]

    def someone():
        return f"a{min(int(rng.paretovariate(0.9)) - 1, n_actors - 1) if rng.random() < .3 else rng.randrange(n_actors)}"

    statuses = ["occurred"] * 7 + ["planned", "unconfirmed", "denied"]
    topics = ["ukraine", "paix", "commerce", "energie", "otan", "taiwan", "climat"]
    calls = []
    for n in range(n_calls):
        people = {someone(), someone()}
        if rng.random() < .03:
            people.add(someone())
        if len(people) < 2:
            people.add(f"a{rng.randrange(n_actors)}")
        date = None if rng.random() < .1 else f"20{rng.randint(18, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        calls.append(call(n, sorted(people), date, rng.choice(statuses), initiator=rng.choice(sorted(people)),
                          topics=rng.sample(topics, 2), minutes=rng.randint(10, 120),
                          evidence="Les deux dirigeants se sont entretenus par téléphone de la situation."))
    claims = [claim(n, f"a{rng.randrange(n_actors)}", "Une déclaration sur l’entretien.", rng.randrange(n_calls))
              for n in range(2000)]
    return {"documents": [{"id": "d1", "published": "2025-01-01", "source": "Le Monde", "title": "Titre"}],
            "actors": actors, "calls": calls, "claims": claims}


@slow
def test_large_graph_writes_fast_and_stays_responsive(browser, tmp_path):
    data = synthetic()
    start = time.perf_counter()
    path = write_network(data, tmp_path / "big.html")
    elapsed = time.perf_counter() - start
    size = path.stat().st_size
    shaped_edges = len(pairs_of(data["calls"]))
    print(f"\n5,000 actors / 15,000 calls ({shaped_edges} pairs): written in {elapsed:.2f} s, "
          f"{size / 1e6:.1f} MB")
    assert elapsed < 30

    view = open_offline(browser, path)
    page = view.page
    drawn(page)
    timing = page.evaluate("[kg.timing.firstFrame, kg.timing.drawn]")
    print(f"first frame {timing[0]:.0f} ms, whole drawing {timing[1]:.0f} ms after navigation")
    assert page.evaluate("kg.visibleEdges()") == shaped_edges
    frames = page.evaluate("kg.measureFrames(40)")
    print(f"zoom and pan: median frame {frames['median']:.1f} ms, 90th percentile {frames['p90']:.1f} ms")
    assert frames["median"] < 100
    start = time.perf_counter()
    page.uncheck("#kg-status-occurred")
    settle(page)
    print(f"status filter applied in {time.perf_counter() - start:.2f} s")
    assert 0 < page.evaluate("kg.visibleEdges()") < shaped_edges
    page.click("#kg-table-toggle")
    settle(page)
    assert page.evaluate("kg.tableRows().length") == page.evaluate("kg.visibleCalls()")
    assert page.locator(".kg-tbody .kg-tr").count() < 100  # only the rows in sight are in the DOM
    assert view.errors == [] and view.requests == []
    view.close()


@slow
def test_screenshots_of_the_timeline_the_table_and_the_phone_layout(browser, tmp_path):
    """The README's pictures (copy them from the folder this prints to docs/)."""
    folder = screenshot_dir(tmp_path)
    path = write_network(leaders(), tmp_path / "net.html")
    view = open_offline(browser, path, width=1400, height=820)
    page = view.page
    drawn(page)
    trump_putin = edge_id(page, "Donald Trump", "Vladimir Poutine")
    page.mouse.click(*edge_point(page, trump_putin))
    page.wait_for_selector("#kg-panel:not([hidden])")
    assert "À l’initiative de Donald Trump" in page.inner_text("#kg-panel")
    assert page.locator("#kg-panel svg.kg-timeline circle").count() == 3
    page.mouse.move(700, 790)  # off the graph: no hover card
    settle(page)
    drawn(page)
    page.wait_for_timeout(400)
    page.screenshot(path=str(folder / "network.png"))
    page.click("#kg-panel-close")
    page.select_option("#kg-topic", "ukraine")
    page.click("#kg-table-toggle")
    settle(page)
    page.wait_for_timeout(400)
    page.screenshot(path=str(folder / "network-table.png"))
    view.close()

    view = open_offline(browser, path, width=390, height=844, is_mobile=True, has_touch=True, device_scale_factor=2)
    drawn(view.page)
    view.page.wait_for_timeout(400)
    view.page.screenshot(path=str(folder / "network-phone.png"))
    view.page.click("#kg-drawer-toggle")
    view.page.wait_for_timeout(400)
    view.page.screenshot(path=str(folder / "network-phone-drawer.png"))
    view.close()
    print(f"\nscreenshots in {folder}")
    for name in ("network.png", "network-table.png", "network-phone.png", "network-phone-drawer.png"):
        assert (folder / name).stat().st_size > 10_000
