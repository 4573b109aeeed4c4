"""The call network for a notebook: a pyvis `Network` drawn from the same export as the page.

`to_pyvis(data)` takes the export dict (`kg export`'s JSON contract) and gives a pyvis network
with the page's French labels, positions, colours and sizes. In Jupyter, `net.show("calls.html")`
displays it inline; `cdn_resources="in_line"` (the default here) keeps it offline (vis-network
inlined from pyvis's own files, and pyvis's Bootstrap links, loaded from a CDN, left out).

vis-network (9.x) shows a string `title` as text, but pyvis's template switches to a popup
filled with `innerHTML` as soon as a node's title contains "href", which article text can. The
template is used here with that popup filled with `textContent` instead, so every title is
text, as on the page: markup from an article shows as markup, it never runs. Should a pyvis
version change that template beyond recognition, titles are HTML-escaped instead.
"""
from __future__ import annotations

import html
from typing import TYPE_CHECKING

from kg.outputs.viz.network import network_data

if TYPE_CHECKING:
    from pyvis.network import Network

#: The page's colours (viz.js): actors by type, pairs by the strongest status of their calls.
TYPE_COLORS = {"Person": "#5c6bc0", "Organization": "#26a69a", "Country": "#a1887f", "Media": "#ab47bc"}
OTHER_COLOR = "#90a4ae"
STATUS_COLORS = {"occurred": "#56687a", "planned": "#1e88e5", "unconfirmed": "#e69b00", "denied": "#d93025"}
STATUS_LABELS = {"occurred": "a eu lieu", "planned": "prévu", "unconfirmed": "non confirmé", "denied": "démenti"}
_ORDER = list(STATUS_COLORS)


def to_pyvis(data: dict, *, height: str = "650px", notebook: bool = True,
             cdn_resources: str = "in_line", max_calls: int = 5) -> Network:
    """A pyvis Network of who called whom, ready for `net.show(...)` in a notebook.

    Positions come from the page's layout (physics off), so it opens stable; actors that only
    speak in claims are left out, as on the page. Each pair's tooltip lists up to `max_calls`
    of its calls (date, status, the first words of the evidence).
    """
    from pyvis.network import Network

    shaped = network_data(data)
    nodes, edges, calls = shaped["nodes"], shaped["edges"], shaped["calls"]  # tables of columns
    topic_names = {t["id"]: t["label"] for t in shaped["topics"]}
    net = Network(height=height, width="100%", notebook=notebook, cdn_resources=cdn_resources)
    as_text = _safe_template(net, offline=cdn_resources == "in_line")

    def title(lines: list[str]) -> str:
        text = "\n".join(lines)
        return text if as_text else html.escape(text, quote=False)

    net.toggle_physics(False)
    labels = nodes["label"]
    for i, label in enumerate(labels):
        if nodes["x"][i] is None:
            continue
        aliases = nodes["aliases"][i]
        lines = [label, f"{nodes['degree'][i]} interlocuteur(s)"]
        if aliases:
            lines.append("Alias : " + ", ".join(aliases[:5]))
        net.add_node(i, label=label, x=nodes["x"][i], y=nodes["y"][i], size=nodes["size"][i],
                     color=TYPE_COLORS.get(nodes["type"][i], OTHER_COLOR), title=title(lines))
    evidence = _runs(calls["evidence"], calls["lengths"]["evidence"])
    topics_of = _runs(calls["topics"], calls["lengths"]["topics"])
    for a, b, pair_calls in zip(edges["from"], edges["to"], _runs(edges["calls"], edges["lengths"]["calls"]), strict=True):
        ids = sorted(pair_calls, key=lambda c: (calls["lo"][c] is None, calls["lo"][c] or 0))
        lead = min((calls["status"][c] for c in ids), key=_ORDER.index)
        lines = [f"{labels[a]} — {labels[b]} : {len(ids)} entretien(s)"]
        for c in ids[:max_calls]:
            topics = ", ".join(topic_names.get(t) or t for t in topics_of[c])
            lines.append(" · ".join(part for part in (calls["date"][c] or "date inconnue",
                                                       STATUS_LABELS[calls["status"][c]], topics,
                                                       _truncate(evidence[c][0] if evidence[c] else "", 160)) if part))
        if len(ids) > max_calls:
            lines.append(f"… et {len(ids) - max_calls} autre(s)")
        net.add_edge(a, b, color=STATUS_COLORS[lead], width=min(1 + 1.5 * _log2(len(ids)), 8),
                     dashes=lead != "occurred", title=title(lines))
    return net


def _safe_template(net: Network, *, offline: bool) -> bool:
    """Give `net` pyvis's template with its popup filled as text (and, `offline`, without the
    Bootstrap tags it loads from a CDN even with its scripts inlined: they only style pyvis's
    optional menus). True if the template now inserts titles only as text."""
    import re
    from pathlib import Path

    from jinja2 import ChoiceLoader, DictLoader, Environment, FileSystemLoader

    folder = Path(net.template_dir)
    text = (folder / net.path).read_text(encoding="utf-8")
    text = re.sub(r"popup\.innerHTML\s*=", "popup.textContent =", text)
    if offline:
        text = re.sub(r"<(link|script)\b[^>]*bootstrap[^>]*>(\s*</script>)?", "", text, flags=re.S)
    net.templateEnv = Environment(loader=ChoiceLoader([DictLoader({net.path: text}), FileSystemLoader(str(folder))]))
    net.template = net.templateEnv.get_template(net.path)
    return "innerHTML = nodeData" not in text and "popup.textContent =" in text


def _runs(flat: list, lengths: list[int]) -> list[list]:
    """The lists run together in `flat` (the page data's way), each as long as its length."""
    out, at = [], 0
    for length in lengths:
        out.append(flat[at:at + length])
        at += length
    return out


def _truncate(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _log2(n: int) -> float:
    import math

    return math.log2(n)
