/* kg network page: filters, hover cards, side panel and pair timeline over vis-network.
 *
 * Every string in DATA comes from untrusted article text: it is only ever put in the page
 * with textContent / createTextNode (see el()), never parsed as HTML, and the only links
 * built from data are to Wikidata (checked Q-ids) and http(s) document sources.
 */
(function () {
  "use strict";

  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var STATUS = {
    occurred: { label: "a eu lieu", color: "#56687a", dashes: false },
    planned: { label: "prévu", color: "#1e88e5", dashes: [8, 6] },
    unconfirmed: { label: "non confirmé", color: "#e69b00", dashes: [3, 5] },
    denied: { label: "démenti", color: "#d93025", dashes: [10, 4, 2, 4] }
  };
  var STATUS_ORDER = ["occurred", "planned", "unconfirmed", "denied"];
  var TYPE = {
    Person: { label: "Personne", color: "#5c6bc0" },
    Organization: { label: "Organisation", color: "#26a69a" },
    Country: { label: "Pays", color: "#a1887f" },
    Media: { label: "Média", color: "#ab47bc" }
  };
  var OTHER_TYPE = { label: "Autre", color: "#90a4ae" };
  var MEDIUM = { phone: "téléphone", video: "visioconférence" };
  var QID = /^Q[1-9][0-9]*$/;
  var WIKIDATA = "https://www.wikidata.org/wiki/";
  var DAY = 86400000;
  var BIG = DATA.nodes.length > 1000;

  var nodes = DATA.nodes, edges = DATA.edges, calls = DATA.calls, claims = DATA.claims;
  var state = {
    statuses: { occurred: true, planned: true, unconfirmed: true, denied: true },
    topic: "", from: null, to: null, undated: true, hideIsolated: true
  };
  var callShown = new Uint8Array(calls.length);
  var edgeKeys = new Array(edges.length);
  var nodeHidden = new Uint8Array(nodes.length);
  var panelTarget = null;

  /* ---------- DOM helpers: the only way this script creates content ---------- */

  function el(tag, className, children) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    append(node, children);
    return node;
  }
  function append(node, children) {
    if (children === undefined || children === null) return node;
    if (!Array.isArray(children)) children = [children];
    children.forEach(function (child) {
      if (child === null || child === undefined || child === false) return;
      node.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
    });
    return node;
  }
  function svg(tag, attrs) {
    var node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    return node;
  }
  function byId(id) { return document.getElementById(id); }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function truncate(text, n) { text = String(text || ""); return text.length > n ? text.slice(0, n - 1) + "…" : text; }
  function fold(text) {
    return String(text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function isoDay(day) { return new Date(day * DAY).toISOString().slice(0, 10); }
  function typeOf(node) { return TYPE[node.type] || OTHER_TYPE; }
  function plural(n, one, many) { return n + "\u00a0" + (n === 1 ? one : many); }

  /* ---------- Filters ---------- */

  function callVisible(call) {
    if (!state.statuses[call.status]) return false;
    if (state.topic && call.topics.indexOf(state.topic) < 0) return false;
    if (call.lo === null) return state.undated;
    return call.hi >= state.from && call.lo <= state.to;
  }

  /* The strongest status among an edge's shown calls sets its colour; dashed unless one occurred. */
  function edgeStyle(shown) {
    var best = 3;
    shown.forEach(function (c) { best = Math.min(best, STATUS_ORDER.indexOf(calls[c].status)); });
    var status = STATUS[STATUS_ORDER[best]];
    return {
      color: { color: status.color, highlight: status.color, hover: status.color, opacity: BIG ? 0.45 : 0.85 },
      width: Math.min(2 + 2 * Math.log2(shown.length), 12),
      dashes: status.dashes
    };
  }

  /* A claim about a call follows that call; any other claim follows the topic filter. */
  function claimShown(j) {
    var claim = claims[j];
    if (claim.call !== null) return callShown[claim.call] === 1;
    return !state.topic || claim.topics.indexOf(state.topic) >= 0;
  }

  function shownCalls(list) { return list.filter(function (c) { return callShown[c]; }); }

  function apply() {
    var i;
    for (i = 0; i < calls.length; i++) callShown[i] = callVisible(calls[i]) ? 1 : 0;
    var edgeUpdates = [], nodeUpdates = [];
    edges.forEach(function (edge, id) {
      var shown = shownCalls(edge.calls);
      var key = shown.length ? STATUS_ORDER.indexOf(leadStatus(shown)) + ":" + shown.length : "hidden";
      if (key === edgeKeys[id]) return;
      edgeKeys[id] = key;
      var update = shown.length ? edgeStyle(shown) : {};
      update.id = id;
      update.hidden = !shown.length;
      edgeUpdates.push(update);
    });
    nodes.forEach(function (node, id) {
      var hidden = state.hideIsolated && !node.calls.some(function (c) { return callShown[c]; }) &&
        !node.claims.some(claimShown);
      if ((hidden ? 1 : 0) !== nodeHidden[id]) {
        nodeHidden[id] = hidden ? 1 : 0;
        nodeUpdates.push({ id: id, hidden: hidden });
      }
    });
    if (edgeUpdates.length) edgeSet.update(edgeUpdates);
    if (nodeUpdates.length) nodeSet.update(nodeUpdates);
    renderStats();
    if (panelTarget) render(panelTarget);
  }

  function leadStatus(shown) {
    var best = 3;
    shown.forEach(function (c) { best = Math.min(best, STATUS_ORDER.indexOf(calls[c].status)); });
    return STATUS_ORDER[best];
  }

  var pending = false;
  function schedule() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () { pending = false; apply(); });
  }

  function visibleEdges() { var n = 0; edgeKeys.forEach(function (k) { if (k !== "hidden") n++; }); return n; }
  function visibleNodes() { var n = 0; for (var i = 0; i < nodeHidden.length; i++) if (!nodeHidden[i]) n++; return n; }
  function visibleCalls() { var n = 0; for (var i = 0; i < callShown.length; i++) n += callShown[i]; return n; }

  function renderStats() {
    byId("kg-stats").textContent = plural(visibleNodes(), "acteur", "acteurs") + " · " +
      plural(visibleEdges(), "paire", "paires") + " · " +
      plural(visibleCalls(), "entretien", "entretiens") + " sur " + calls.length;
  }

  /* ---------- Controls ---------- */

  function buildControls() {
    var counts = {};
    calls.forEach(function (c) { counts[c.status] = (counts[c.status] || 0) + 1; });
    var box = byId("kg-status-filters");
    STATUS_ORDER.forEach(function (status) {
      var input = el("input");
      input.type = "checkbox";
      input.checked = true;
      input.value = status;
      input.id = "kg-status-" + status;
      input.addEventListener("change", function () { state.statuses[status] = input.checked; schedule(); });
      var swatch = el("span", "kg-swatch" + (STATUS[status].dashes ? " dashed" : ""));
      swatch.style.borderTopColor = STATUS[status].color;
      box.appendChild(el("label", "kg-check", [input, swatch, STATUS[status].label,
        el("span", "kg-count", String(counts[status] || 0))]));
    });

    var select = byId("kg-topic");
    DATA.topics.forEach(function (topic) {
      var option = el("option", null, topic);
      option.value = topic;
      select.appendChild(option);
    });
    select.addEventListener("change", function () { state.topic = select.value; schedule(); });

    var from = byId("kg-from"), to = byId("kg-to");
    if (DATA.range) {
      [from, to].forEach(function (input) { input.min = DATA.range[0]; input.max = DATA.range[1]; });
      from.value = DATA.range[0];
      to.value = DATA.range[1];
    } else {
      from.disabled = to.disabled = true;
    }
    function onSlide(event) {
      var a = Number(from.value), b = Number(to.value);
      if (a > b) { if (event && event.target === from) to.value = a; else from.value = b; }
      readPeriod();
      schedule();
    }
    from.addEventListener("input", onSlide);
    to.addEventListener("input", onSlide);
    readPeriod();

    byId("kg-undated").addEventListener("change", function (e) { state.undated = e.target.checked; schedule(); });
    byId("kg-hide-isolated").addEventListener("change", function (e) { state.hideIsolated = e.target.checked; schedule(); });
    byId("kg-reset").addEventListener("click", function () {
      STATUS_ORDER.forEach(function (s) { state.statuses[s] = true; byId("kg-status-" + s).checked = true; });
      select.value = state.topic = "";
      if (DATA.range) { from.value = DATA.range[0]; to.value = DATA.range[1]; }
      byId("kg-undated").checked = state.undated = true;
      readPeriod();
      schedule();
    });

    var legend = byId("kg-legend");
    var present = {};
    nodes.forEach(function (n) { present[TYPE[n.type] ? n.type : ""] = true; });
    Object.keys(TYPE).concat([""]).forEach(function (type) {
      if (!present[type]) return;
      var t = TYPE[type] || OTHER_TYPE;
      var dot = el("span", "kg-dot");
      dot.style.background = t.color;
      legend.appendChild(el("div", "kg-legend-row", [dot, t.label]));
    });
  }

  function readPeriod() {
    var from = byId("kg-from"), to = byId("kg-to");
    if (!DATA.range) {
      state.from = state.to = 0;
      byId("kg-from-label").textContent = byId("kg-to-label").textContent = "—";
      return;
    }
    state.from = Number(from.value);
    state.to = Number(to.value);
    byId("kg-from-label").textContent = isoDay(state.from);
    byId("kg-to-label").textContent = isoDay(state.to);
  }

  /* ---------- Search ---------- */

  function buildSearch() {
    var input = byId("kg-search"), list = byId("kg-search-results");
    var keys = nodes.map(function (n) { return [fold(n.label)].concat(n.aliases.map(fold)); });
    var results = [], active = 0;

    function show() {
      var q = fold(input.value.trim());
      clear(list);
      results = [];
      if (!q) { list.hidden = true; return; }
      var starts = [], contains = [];
      keys.forEach(function (names, i) {
        var hit = -1;
        names.forEach(function (name, j) {
          if (hit < 0 && name.indexOf(q) === 0) hit = j;
        });
        if (hit >= 0) { starts.push([i, hit]); return; }
        names.forEach(function (name, j) { if (hit < 0 && name.indexOf(q) >= 0) hit = j; });
        if (hit >= 0) contains.push([i, hit]);
      });
      results = starts.concat(contains).slice(0, 12);
      active = 0;
      results.forEach(function (r, k) {
        var node = nodes[r[0]];
        var sub = r[1] > 0 ? "alias : " + node.aliases[r[1] - 1] : typeOf(node).label;
        var item = el("li", k === 0 ? "active" : null, [el("span", null, node.label), el("span", "kg-sub", sub)]);
        item.setAttribute("role", "option");
        item.addEventListener("mousedown", function (e) { e.preventDefault(); choose(r[0]); });
        list.appendChild(item);
      });
      if (!results.length) list.appendChild(el("li", "kg-sub", "Aucun acteur trouvé"));
      list.hidden = false;
    }
    function choose(id) {
      list.hidden = true;
      input.value = nodes[id].label;
      selectNode(id, true);
    }
    input.addEventListener("input", show);
    input.addEventListener("focus", show);
    input.addEventListener("blur", function () { list.hidden = true; });
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        if (!results.length) return;
        active = (active + (e.key === "ArrowDown" ? 1 : results.length - 1)) % results.length;
        Array.prototype.forEach.call(list.children, function (li, k) { li.className = k === active ? "active" : ""; });
        e.preventDefault();
      } else if (e.key === "Enter" && results.length) {
        choose(results[active][0]);
      } else if (e.key === "Escape") {
        list.hidden = true;
      }
    });
  }

  function selectNode(id, focus) {
    network.selectNodes([id]);
    if (focus && !nodeHidden[id]) {
      network.focus(id, { scale: Math.max(network.getScale(), 1), animation: { duration: 400 } });
    }
    openPanel({ node: id });
  }

  /* ---------- Shared pieces of hover cards and panel ---------- */

  function statusBadge(status) {
    var badge = el("span", "kg-badge", STATUS[status].label);
    badge.style.background = STATUS[status].color;
    return badge;
  }

  function callDate(call) { return call.date || "date inconnue"; }

  function callFacts(call) {
    var facts = [];
    if (call.medium) facts.push(MEDIUM[call.medium]);
    if (call.duration !== null) facts.push(Math.round(call.duration) + "\u00a0min");
    return facts.join(" · ");
  }

  function byDate(a, b) {
    var x = calls[a], y = calls[b];
    if (x.lo === null) return y.lo === null ? 0 : 1;
    if (y.lo === null) return -1;
    return x.lo - y.lo || x.hi - y.hi;
  }

  function nodeLink(id) {
    var button = el("button", "kg-link", nodes[id].label);
    button.type = "button";
    button.addEventListener("click", function () { selectNode(id, true); });
    return button;
  }

  function sourceLink(source) {
    try {
      var url = new URL(source);
      if (url.protocol === "http:" || url.protocol === "https:") {
        var a = el("a", null, source);
        a.href = url.href;
        a.target = "_blank";
        a.rel = "noopener noreferrer";
        return a;
      }
    } catch (e) { /* not a URL: shown as text */ }
    return source;
  }

  function documentLine(docId) {
    var doc = DATA.documents[docId];
    var parts = [];
    if (!doc) return el("div", "kg-doc", ["Document ", docId]);
    parts.push(doc.title ? "« " + doc.title + " »" : "Document " + docId);
    if (doc.source) parts.push(" — ", sourceLink(doc.source));
    if (doc.published) parts.push(", " + doc.published);
    return el("div", "kg-doc", parts);
  }

  function topicChips(topics) {
    return topics.map(function (t) { return el("span", "kg-chip", t); });
  }

  /* ---------- Hover cards ---------- */

  var tooltip = byId("kg-tooltip"), mouse = { x: 0, y: 0 };

  function nodeCard(id) {
    var node = nodes[id];
    var lines = [el("strong", null, node.label), el("div", "kg-meta", typeOf(node).label +
      (node.wikidata ? " · Wikidata " + node.wikidata : ""))];
    lines.push(el("div", null, plural(node.degree, "interlocuteur", "interlocuteurs") + " · " +
      plural(node.calls.length, "entretien", "entretiens") +
      (node.claims.length ? " · " + plural(node.claims.length, "déclaration", "déclarations") : "")));
    if (node.betweenness) lines.push(el("div", "kg-meta", "Intermédiarité : " + node.betweenness.toFixed(3)));
    if (node.aliases.length) lines.push(el("div", "kg-meta", "Alias : " + truncate(node.aliases.slice(0, 5).join(", "), 160)));
    if (node.wikidata) lines.push(el("div", "kg-meta", WIKIDATA + node.wikidata));
    return lines;
  }

  function edgeCard(id) {
    var edge = edges[id];
    var shown = shownCalls(edge.calls).sort(byDate);
    var lines = [el("strong", null, nodes[edge.from].label + " — " + nodes[edge.to].label),
      el("div", "kg-meta", plural(shown.length, "entretien", "entretiens") +
        (shown.length < edge.calls.length ? " affichés sur " + edge.calls.length : ""))];
    shown.slice(0, 5).forEach(function (c) {
      var call = calls[c];
      var head = [el("span", "kg-date", callDate(call)), " ", statusBadge(call.status), callFacts(call)];
      var block = el("div", "kg-tip-call", head);
      if (call.topics.length) append(block, el("div", null, topicChips(call.topics)));
      if (call.evidence.length) append(block, el("div", "kg-quote", truncate(call.evidence[0].text, 220)));
      lines.push(block);
    });
    if (shown.length > 5) lines.push(el("div", "kg-meta", "… et " + (shown.length - 5) + " autres"));
    lines.push(el("div", "kg-meta", "Cliquer pour la chronologie"));
    return lines;
  }

  function showTooltip(children) {
    clear(tooltip);
    append(tooltip, children);
    tooltip.hidden = false;
    placeTooltip();
  }
  function placeTooltip() {
    if (tooltip.hidden) return;
    var w = tooltip.offsetWidth, h = tooltip.offsetHeight;
    var x = mouse.x + 16, y = mouse.y + 16;
    if (x + w > window.innerWidth - 8) x = Math.max(8, mouse.x - w - 16);
    if (y + h > window.innerHeight - 8) y = Math.max(8, window.innerHeight - h - 8);
    tooltip.style.left = x + "px";
    tooltip.style.top = y + "px";
  }
  function hideTooltip() { tooltip.hidden = true; }

  /* ---------- Side panel ---------- */

  function openPanel(target) {
    panelTarget = target;
    byId("kg-panel").hidden = false;
    render(target);
  }
  function closePanel() {
    panelTarget = null;
    byId("kg-panel").hidden = true;
    network.unselectAll();
  }

  function render(target) {
    var body = byId("kg-panel-body");
    clear(body);
    append(body, target.node !== undefined ? nodePanel(target.node) : edgePanel(target.edge));
    body.parentNode.scrollTop = 0;
  }

  function callCard(c, options) {
    var call = calls[c];
    var card = el("div", "kg-card");
    card.appendChild(el("div", "kg-card-head", [el("span", "kg-date", callDate(call)), statusBadge(call.status),
      el("span", "kg-meta", callFacts(call))]));
    var others = call.participants.filter(function (p) { return p !== options.self; });
    if (options.self !== undefined && others.length) {
      var withLine = el("div", null, "Avec ");
      others.forEach(function (p, k) { append(withLine, [k ? ", " : null, nodeLink(p)]); });
      card.appendChild(withLine);
    } else if (options.self === undefined && call.participants.length > 2) {
      card.appendChild(el("div", "kg-meta", "Entretien à " + call.participants.length + " : " +
        call.participants.map(function (p) { return nodes[p].label; }).join(", ")));
    }
    card.appendChild(el("div", "kg-initiator", call.initiator !== null
      ? ["À l’initiative de ", el("strong", null, nodes[call.initiator].label)]
      : el("span", "kg-meta", "Initiative non précisée")));
    if (call.topics.length) card.appendChild(el("div", null, topicChips(call.topics)));
    call.evidence.slice(0, 3).forEach(function (ev) {
      card.appendChild(el("div", "kg-quote", ev.text));
    });
    call.documents.forEach(function (d) { card.appendChild(documentLine(d)); });
    return card;
  }

  function claimCard(j, showSpeaker) {
    var claim = claims[j];
    var card = el("div", "kg-card");
    var head = [], meta = [];
    if (showSpeaker) head.push(nodeLink(claim.speaker));
    if (claim.verb) meta.push(claim.verb);
    if (claim.call !== null) meta.push("entretien du " + callDate(calls[claim.call]));
    if (meta.length) head.push(el("span", "kg-meta", meta.join(" · ")));
    if (head.length) card.appendChild(el("div", "kg-card-head", head));
    card.appendChild(el("div", "kg-quote", claim.text));
    if (claim.topics.length) card.appendChild(el("div", null, topicChips(claim.topics)));
    if (claim.document !== null) card.appendChild(documentLine(claim.document));
    return card;
  }

  /* Cards for the items, PAGE at a time: a hub can have thousands of calls. */
  var PAGE = 50;
  function listOf(items, card) {
    var box = el("div");
    function more(start) {
      items.slice(start, start + PAGE).forEach(function (item) { box.appendChild(card(item)); });
      if (items.length > start + PAGE) {
        var button = el("button", "kg-link kg-more", "Afficher " + Math.min(PAGE, items.length - start - PAGE) +
          " de plus (" + (items.length - start - PAGE) + " restants)");
        button.type = "button";
        button.addEventListener("click", function () { box.removeChild(button); more(start + PAGE); });
        box.appendChild(button);
      }
    }
    more(0);
    return box;
  }

  function hiddenNote(total, shown) {
    return total > shown ? el("p", "kg-meta", (total - shown) + " masqué(s) par les filtres") : null;
  }

  function nodePanel(id) {
    var node = nodes[id];
    var out = [el("h2", null, node.label)];
    var type = el("span", "kg-badge", typeOf(node).label);
    type.style.background = typeOf(node).color;
    var meta = el("p", null, type);
    if (node.wikidata && QID.test(node.wikidata)) {
      var a = el("a", null, "Wikidata " + node.wikidata);
      a.href = WIKIDATA + node.wikidata;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      meta.appendChild(a);
    }
    out.push(meta);
    if (node.aliases.length) out.push(el("p", "kg-meta", "Alias : " + node.aliases.join(", ")));
    out.push(el("p", "kg-meta", plural(node.degree, "interlocuteur", "interlocuteurs") +
      " · intermédiarité " + node.betweenness.toFixed(3)));

    var shown = shownCalls(node.calls).sort(function (a, b) { return byDate(b, a); });
    out.push(el("h3", null, "Entretiens (" + shown.length + ")"));
    if (!shown.length) out.push(el("p", "kg-empty", "Aucun entretien affiché."));
    out.push(listOf(shown, function (c) { return callCard(c, { self: id }); }));
    out.push(hiddenNote(node.calls.length, shown.length));

    out.push(el("h3", null, "Déclarations (" + node.claims.length + ")"));
    if (!node.claims.length) out.push(el("p", "kg-empty", "Aucune déclaration."));
    out.push(listOf(node.claims, function (j) { return claimCard(j, false); }));

    var others = [];
    shown.forEach(function (c) {
      calls[c].claims.forEach(function (j) { if (claims[j].speaker !== id) others.push(j); });
    });
    if (others.length) {
      out.push(el("h3", null, "Déclarations d’autres acteurs sur ces entretiens (" + others.length + ")"));
      out.push(listOf(others, function (j) { return claimCard(j, true); }));
    }
    return out;
  }

  function edgePanel(id) {
    var edge = edges[id];
    var out = [el("h2", null, [nodeLink(edge.from), " — ", nodeLink(edge.to)])];
    var shown = shownCalls(edge.calls).sort(byDate);
    out.push(el("p", "kg-meta", plural(shown.length, "entretien", "entretiens") +
      (shown.length < edge.calls.length ? " affichés sur " + edge.calls.length : "")));
    out.push(el("h3", null, "Chronologie"));
    out.push(timeline(shown));
    out.push(listOf(shown, function (c) { return callCard(c, {}); }));
    out.push(hiddenNote(edge.calls.length, shown.length));

    var related = [];
    shown.forEach(function (c) { related = related.concat(calls[c].claims); });
    out.push(el("h3", null, "Déclarations sur ces entretiens (" + related.length + ")"));
    if (!related.length) out.push(el("p", "kg-empty", "Aucune déclaration liée."));
    out.push(listOf(related, function (j) { return claimCard(j, true); }));
    return out;
  }

  /* A date axis with one dot per dated call (colour: status; ring: who initiated it). */
  function timeline(list) {
    var dated = list.filter(function (c) { return calls[c].lo !== null; });
    var undated = list.length - dated.length;
    var box = el("div", "kg-timeline-box");
    if (dated.length) {
      var lo = calls[dated[0]].lo, hi = lo;
      dated.forEach(function (c) { lo = Math.min(lo, calls[c].lo); hi = Math.max(hi, calls[c].hi); });
      var W = 340, left = 14, right = W - 14, span = Math.max(hi - lo, 1);
      var chart = svg("svg", { viewBox: "0 0 " + W + " 64", "class": "kg-timeline", role: "img" });
      chart.appendChild(svg("line", { x1: left, x2: right, y1: 30, y2: 30, stroke: "#c5cdd6", "stroke-width": 2 }));
      var a = svg("text", { x: left, y: 56 }); a.textContent = isoDay(lo); chart.appendChild(a);
      if (hi > lo) {
        var b = svg("text", { x: right, y: 56, "text-anchor": "end" }); b.textContent = isoDay(hi); chart.appendChild(b);
      }
      var lanes = {};
      dated.forEach(function (c, k) {
        var call = calls[c];
        var x = dated.length === 1 && hi === lo ? (left + right) / 2
          : left + (right - left) * (((call.lo + call.hi) / 2 - lo) / span);
        var lane = (lanes[Math.round(x / 8)] = (lanes[Math.round(x / 8)] || 0) + 1) - 1;
        var dot = svg("circle", { cx: x, cy: 30 - lane * 9, r: 5.5, fill: STATUS[call.status].color,
          stroke: "#fff", "stroke-width": 1.5 });
        var title = svg("title");
        title.textContent = callDate(call) + " — " + STATUS[call.status].label +
          (call.initiator !== null ? " — à l’initiative de " + nodes[call.initiator].label : "");
        dot.appendChild(title);
        chart.appendChild(dot);
        if (call.initiator !== null) {
          var mark = svg("text", { x: x, y: 30 - lane * 9 - 9, "text-anchor": "middle" });
          mark.textContent = initials(nodes[call.initiator].label);
          chart.appendChild(mark);
        }
      });
      box.appendChild(chart);
    }
    if (undated) box.appendChild(el("p", "kg-meta", plural(undated, "entretien non daté", "entretiens non datés")));
    if (!list.length) box.appendChild(el("p", "kg-empty", "Aucun entretien affiché."));
    return box;
  }

  function initials(label) {
    var words = String(label).split(/\s+/).filter(Boolean);
    return truncate(words.length ? words[words.length - 1] : label, 10);
  }

  /* ---------- Network ---------- */

  var nodeSet = new vis.DataSet(nodes.map(function (node, id) {
    var t = typeOf(node);
    return {
      id: id, x: node.x, y: node.y, size: node.size, label: truncate(node.label, 40),
      color: { background: t.color, border: "#ffffff", highlight: { background: t.color, border: "#1f2933" },
        hover: { background: t.color, border: "#1f2933" } },
      opacity: node.calls.length ? 1 : 0.6
    };
  }));
  var edgeSet = new vis.DataSet(edges.map(function (edge, id) {
    var style = edgeStyle(edge.calls);
    style.id = id;
    style.from = edge.from;
    style.to = edge.to;
    return style;
  }));

  var container = byId("kg-network");
  var network = new vis.Network(container, { nodes: nodeSet, edges: edgeSet }, {
    autoResize: true,
    physics: { enabled: false },
    layout: { improvedLayout: false, randomSeed: 1 },
    nodes: {
      shape: "dot", borderWidth: 2, borderWidthSelected: 3,
      font: { size: 15, face: "system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif",
        color: "#1f2933", strokeWidth: 4, strokeColor: "rgba(255,255,255,0.9)" },
      scaling: { label: { drawThreshold: 7 } }
    },
    edges: { smooth: false, selectionWidth: function (w) { return w + 3; }, hoverWidth: 1.5,
      color: { inherit: false } },
    interaction: { hover: true, tooltipDelay: 100, hideEdgesOnDrag: BIG, hideEdgesOnZoom: BIG,
      keyboard: false, multiselect: false, selectConnectedEdges: false }
  });

  container.addEventListener("mousemove", function (e) {
    mouse.x = e.clientX; mouse.y = e.clientY;
    placeTooltip();
  });
  container.addEventListener("mouseleave", hideTooltip);
  network.on("hoverNode", function (p) { showTooltip(nodeCard(p.node)); });
  network.on("hoverEdge", function (p) { showTooltip(edgeCard(p.edge)); });
  network.on("blurNode", hideTooltip);
  network.on("blurEdge", hideTooltip);
  network.on("dragStart", hideTooltip);
  network.on("zoom", hideTooltip);
  network.on("click", function (p) {
    hideTooltip();
    if (p.nodes.length) openPanel({ node: p.nodes[0] });
    else if (p.edges.length) openPanel({ edge: p.edges[0] });
  });
  byId("kg-panel-close").addEventListener("click", closePanel);
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && document.activeElement !== byId("kg-search")) closePanel();
  });

  buildControls();
  buildSearch();
  edges.forEach(function (edge, id) {
    edgeKeys[id] = STATUS_ORDER.indexOf(leadStatus(edge.calls)) + ":" + edge.calls.length;
  });
  apply();
  network.fit({ animation: false });

  /* For tests and the curious: the network and its state. */
  window.kg = {
    data: DATA, network: network, nodes: nodeSet, edges: edgeSet, state: state, apply: apply,
    visibleEdges: visibleEdges, visibleNodes: visibleNodes, visibleCalls: visibleCalls,
    openNode: function (id) { openPanel({ node: id }); }, openEdge: function (id) { openPanel({ edge: id }); },
    ready: true
  };
})();
