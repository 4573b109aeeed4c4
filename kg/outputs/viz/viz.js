/* kg network page: filters, URL state, hover cards, side panel, table and timeline over the canvas.
 *
 * Every string in DATA comes from untrusted article text: it is only ever put in the page
 * with textContent / createTextNode (see el()), never parsed as HTML, and the only links
 * built from data are to Wikidata (checked Q-ids) and http(s) document sources.
 */
(function () {
  "use strict";

  /* A lookup keyed by text from the data or the URL: no prototype, so "constructor" or
   * "__proto__" are keys like any other, never built-in properties. */
  function dict() { return Object.create(null); }

  var DATA = unpack(JSON.parse(document.getElementById("kg-data").textContent));
  var STATUS = {
    occurred: { label: "a eu lieu", color: "#56687a", dash: null },
    planned: { label: "prévu", color: "#1e88e5", dash: [8, 6] },
    unconfirmed: { label: "non confirmé", color: "#e69b00", dash: [3, 5] },
    denied: { label: "démenti", color: "#d93025", dash: [10, 4, 2, 4] }
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

  var nodes = DATA.nodes, edges = DATA.edges, C = DATA.calls, claims = DATA.claims;
  var nCalls = C.status.length, BIG = edges.length > 3000;
  var statusIndex = new Uint8Array(nCalls);
  var nodeCalls = nodes.map(function () { return []; }), nodeClaims = nodes.map(function () { return []; });
  var callClaims = dict(), topicLabel = dict(), keyIndex = dict(), pairIndex = dict(), i;
  for (i = 0; i < nCalls; i++) {
    statusIndex[i] = STATUS_ORDER.indexOf(C.status[i]);
    C.participants[i].forEach(function (p) { nodeCalls[p].push(i); });
  }
  claims.forEach(function (claim, j) {
    nodeClaims[claim.speaker].push(j);
    if (claim.call !== null) (callClaims[claim.call] = callClaims[claim.call] || []).push(j);
  });
  DATA.topics.forEach(function (t) { topicLabel[t.id] = t.label; });
  nodes.forEach(function (node, id) { keyIndex[node.key] = id; });
  edges.forEach(function (edge, id) { pairIndex[edge.from + ":" + edge.to] = id; pairIndex[edge.to + ":" + edge.from] = id; });
  var drawnNodes = [], isolated = [];
  nodes.forEach(function (node, id) { (node.x === null ? isolated : drawnNodes).push(id); });

  var state = defaults();
  var callShown = new Uint8Array(nCalls), edgeShownCount = new Int32Array(edges.length);
  var nodeVisible = new Uint8Array(nodes.length), tipTarget = null;

  function defaults() {
    return { statuses: { occurred: true, planned: true, unconfirmed: true, denied: true }, topic: "",
      from: DATA.range ? DATA.range[0] : 0, to: DATA.range ? DATA.range[1] : 0, undated: true,
      search: "", selected: null, table: false, sortBy: "date", descending: true };
  }

  /* ---------- the data ---------- */

  /* The data comes as tables of columns (one array per field), and the lists of each call or
   * pair run together in one array, their lengths under `lengths`: cheaper to write for 100,000 calls
   * (network.py). unpack() turns them back into what the rest of this script reads:
   * nodes[i].label, edges[e].calls, C.participants[c], claims[j].text, documents[d].title.
   * Each row is an object literal with all its fields (an edge's `lead` too, set by apply()),
   * so that all rows of a table share one shape, and short lists are array literals: with rows
   * built field by field and every list sliced, unpacking 100,000 calls took two to four times
   * as long in Chromium. */
  function unpack(raw) {
    var n = raw.nodes, e = raw.edges, k = raw.claims, d = raw.documents, calls = raw.calls, i;
    var nodes = new Array(n.key.length), edges = new Array(e.from.length), pairCalls = runs(e.calls, e.lengths.calls);
    var claims = new Array(k.speaker.length), documents = new Array(d.id.length);
    for (i = 0; i < nodes.length; i++) {
      nodes[i] = { key: n.key[i], label: n.label[i], type: n.type[i], wikidata: n.wikidata[i], aliases: n.aliases[i],
        x: n.x[i], y: n.y[i], size: n.size[i], degree: n.degree[i], betweenness: n.betweenness[i] };
    }
    for (i = 0; i < edges.length; i++) edges[i] = { from: e.from[i], to: e.to[i], calls: pairCalls[i], lead: 3 };
    for (i = 0; i < claims.length; i++) {
      claims[i] = { speaker: k.speaker[i], text: k.text[i], verb: k.verb[i], document: k.document[i], call: k.call[i],
        topics: k.topics[i] };
    }
    for (i = 0; i < documents.length; i++) {
      documents[i] = { id: d.id[i], title: d.title[i], source: d.source[i], published: d.published[i] };
    }
    Object.keys(calls.lengths).forEach(function (field) { calls[field] = runs(calls[field], calls.lengths[field]); });
    delete calls.lengths;
    return { nodes: nodes, edges: edges, calls: calls, claims: claims, documents: documents, topics: raw.topics,
      range: raw.range };
  }
  function runs(flat, counts) {
    var out = new Array(counts.length), at = 0;
    for (var i = 0; i < counts.length; i++) {
      var n = counts[i];  // most calls have two participants and most pairs one call
      out[i] = n === 2 ? [flat[at], flat[at + 1]] : n === 1 ? [flat[at]] : n === 0 ? [] : flat.slice(at, at + n);
      at += n;
    }
    return out;
  }

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
  function parseDay(text) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text || "");
    return m ? Math.round(Date.UTC(+m[1], +m[2] - 1, +m[3]) / DAY) : null;
  }
  function typeOf(node) { return TYPE[node.type] || OTHER_TYPE; }
  function plural(n, one, many) { return n.toLocaleString("fr-FR") + "\u00a0" + (n === 1 ? one : many); }
  function topicName(id) { return topicLabel[id] || id; }
  function label(id) { return nodes[id].label; }

  /* ---------- filters ---------- */

  function callPasses(c, withDates) {
    if (!state.statuses[C.status[c]]) return false;
    if (state.topic && C.topics[c].indexOf(state.topic) < 0) return false;
    if (!withDates) return true;
    if (C.lo[c] === null) return state.undated;
    return C.hi[c] >= state.from && C.lo[c] <= state.to;
  }
  function shownCalls(list) { return list.filter(function (c) { return callShown[c]; }); }
  function claimShown(j) {
    var claim = claims[j];
    if (claim.call !== null) return callShown[claim.call] === 1;
    return !state.topic || claim.topics.indexOf(state.topic) >= 0;
  }

  var canvas = null, timeline = null, table = null;

  function apply() {
    var c, e;
    for (c = 0; c < nCalls; c++) callShown[c] = callPasses(c, true) ? 1 : 0;
    nodeVisible.fill(0);
    for (e = 0; e < edges.length; e++) {
      var best = 3, n = 0, list = edges[e].calls;
      for (var k = 0; k < list.length; k++) {
        if (callShown[list[k]]) { n++; if (statusIndex[list[k]] < best) best = statusIndex[list[k]]; }
      }
      edgeShownCount[e] = n;
      if (n) { nodeVisible[edges[e].from] = 1; nodeVisible[edges[e].to] = 1; }
      edges[e].lead = best;
    }
    for (c = 0; c < nCalls; c++) if (callShown[c] && C.participants[c].length === 1) nodeVisible[C.participants[c][0]] = 1;
    restyle();
    renderStats();
    if (timeline) timeline.update(function (call) { return callPasses(call, false); });
    if (timeline && DATA.range) timeline.setSelection(state.from, state.to);
    if (table && state.table) renderTable();
    renderEmpty();
    if (state.selected) renderPanel();
    writeHash();
  }

  /* Canvas styles: colour by the strongest shown status, width by number of shown calls; with an
   * actor or a pair selected, everything outside its ego network is dimmed. */
  function restyle() {
    if (!canvas) return;
    var sel = state.selected, ego = null, e;
    if (sel && sel.node !== undefined && nodeVisible[sel.node]) {
      ego = new Uint8Array(nodes.length);
      ego[sel.node] = 1;
      for (e = 0; e < edges.length; e++) {
        if (!edgeShownCount[e]) continue;
        if (edges[e].from === sel.node) ego[edges[e].to] = 1;
        if (edges[e].to === sel.node) ego[edges[e].from] = 1;
      }
    } else if (sel && sel.edge !== undefined && edgeShownCount[sel.edge]) {
      ego = new Uint8Array(nodes.length);
      ego[edges[sel.edge].from] = ego[edges[sel.edge].to] = 1;
    }
    for (e = 0; e < edges.length; e++) {
      var n = edgeShownCount[e];
      canvas.edgeShown[e] = n ? 1 : 0;
      if (!n) continue;
      var status = STATUS[STATUS_ORDER[edges[e].lead]], edge = edges[e];
      var inFocus = !ego || (sel.node !== undefined ? edge.from === sel.node || edge.to === sel.node : sel.edge === e);
      // the calls that took place on top, what is outside the focus underneath
      canvas.edgeStyle[e] = canvas.styleId(status.color, inFocus ? (BIG && !ego ? (edge.lead ? 0.3 : 0.45) : 0.85) : 0.08,
        Math.min(1 + 1.5 * Math.log2(n), 8), status.dash, inFocus ? 4 - edge.lead : 0);
    }
    drawnNodes.forEach(function (id) {
      canvas.nodeShown[id] = nodeVisible[id];
      canvas.nodeAlpha[id] = !ego || ego[id] ? 1 : 0.15;
      canvas.nodeRing[id] = sel && (sel.node === id || (sel.edge !== undefined && ego && ego[id])) ? 1 : 0;
    });
    canvas.restyle();
  }

  function count(array) { var n = 0; for (var k = 0; k < array.length; k++) if (array[k]) n++; return n; }
  function visibleEdges() { return count(edgeShownCount); }
  function visibleNodes() { return count(nodeVisible); }
  function visibleCalls() { return count(callShown); }

  function renderStats() {
    byId("kg-stats").textContent = plural(visibleNodes(), "acteur", "acteurs") + " · " +
      plural(visibleEdges(), "paire", "paires") + " · " +
      plural(visibleCalls(), "entretien", "entretiens") + " sur " + nCalls.toLocaleString("fr-FR");
  }

  function renderEmpty() {
    var box = byId("kg-empty"), none = !visibleCalls();
    box.hidden = !none;
    byId("kg-empty-text").textContent = !nCalls ? "Cet export ne contient aucun entretien."
      : "Aucun entretien ne correspond à ces filtres.";
    byId("kg-empty-reset").hidden = !nCalls;
  }

  var pending = false;
  function schedule() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () { pending = false; apply(); });
  }

  /* ---------- the state in the URL (#statuts=…&theme=…&du=…&au=…&acteur=…) ---------- */

  function hashOf() {
    var p = new URLSearchParams(), d = defaults();
    var on = STATUS_ORDER.filter(function (s) { return state.statuses[s]; });
    if (on.length < 4) p.set("statuts", on.join(",") || "aucun");
    if (state.topic) p.set("theme", state.topic);
    if (DATA.range && state.from !== d.from) p.set("du", isoDay(state.from));
    if (DATA.range && state.to !== d.to) p.set("au", isoDay(state.to));
    if (!state.undated) p.set("nondates", "0");
    if (state.search) p.set("q", state.search);
    if (state.selected && state.selected.node !== undefined) p.set("acteur", nodes[state.selected.node].key);
    if (state.selected && state.selected.edge !== undefined) {
      p.append("paire", nodes[edges[state.selected.edge].from].key);
      p.append("paire", nodes[edges[state.selected.edge].to].key);
    }
    if (state.table) p.set("vue", "tableau");
    if (state.sortBy !== d.sortBy || state.descending !== d.descending) {
      p.set("tri", state.sortBy + (state.descending ? "-desc" : "-asc"));
    }
    var text = p.toString();
    return text ? "#" + text : "";
  }

  var lastHash = null;
  function writeHash() {
    var hash = hashOf();
    if (hash === (location.hash || "")) { lastHash = hash; return; }
    lastHash = hash;
    try {
      history.replaceState(null, "", hash || location.pathname + location.search);
    } catch (err) {
      location.replace(hash || "#");
    }
  }

  function readHash() {
    var p = new URLSearchParams((location.hash || "").replace(/^#/, "")), s = defaults();
    if (p.has("statuts")) {
      var on = p.get("statuts").split(",");
      STATUS_ORDER.forEach(function (k) { s.statuses[k] = on.indexOf(k) >= 0; });
    }
    if (p.get("theme") && topicLabel[p.get("theme")] !== undefined) s.topic = p.get("theme");
    if (DATA.range) {
      var from = parseDay(p.get("du")), to = parseDay(p.get("au"));
      if (from !== null) s.from = Math.max(DATA.range[0], Math.min(from, DATA.range[1]));
      if (to !== null) s.to = Math.max(s.from, Math.min(to, DATA.range[1]));
    }
    s.undated = p.get("nondates") !== "0";
    s.search = p.get("q") || "";
    if (p.get("acteur") && keyIndex[p.get("acteur")] !== undefined) s.selected = { node: keyIndex[p.get("acteur")] };
    var pair = p.getAll("paire");
    if (pair.length === 2 && keyIndex[pair[0]] !== undefined && keyIndex[pair[1]] !== undefined) {
      var edge = pairIndex[keyIndex[pair[0]] + ":" + keyIndex[pair[1]]];
      if (edge !== undefined) s.selected = { edge: edge };
    }
    s.table = p.get("vue") === "tableau";
    var sort = /^(\w+)-(asc|desc)$/.exec(p.get("tri") || "");
    if (sort) { s.sortBy = sort[1]; s.descending = sort[2] === "desc"; }
    state = s;
    syncControls();
  }

  /* ---------- controls ---------- */

  function syncControls() {
    STATUS_ORDER.forEach(function (s) { byId("kg-status-" + s).checked = state.statuses[s]; });
    byId("kg-topic").value = state.topic;
    byId("kg-from").value = DATA.range ? isoDay(state.from) : "";
    byId("kg-to").value = DATA.range ? isoDay(state.to) : "";
    byId("kg-undated").checked = state.undated;
    byId("kg-search").value = state.search;
    byId("kg-table-sheet").hidden = !state.table;
    byId("kg-table-toggle").setAttribute("aria-pressed", String(state.table));
    if (table) table.sort(state.sortBy, state.descending);
    if (state.selected) openPanel(state.selected, false); else closePanel(false);
  }

  function buildControls() {
    var counts = dict();
    C.status.forEach(function (s) { counts[s] = (counts[s] || 0) + 1; });
    var box = byId("kg-status-filters");
    STATUS_ORDER.forEach(function (status) {
      var input = el("input");
      input.type = "checkbox";
      input.checked = true;
      input.value = status;
      input.id = "kg-status-" + status;
      input.addEventListener("change", function () { state.statuses[status] = input.checked; schedule(); });
      var swatch = el("span", "kg-swatch" + (STATUS[status].dash ? " dashed" : ""));
      swatch.style.borderTopColor = STATUS[status].color;
      box.appendChild(el("label", "kg-check", [input, swatch, STATUS[status].label,
        el("span", "kg-count", (counts[status] || 0).toLocaleString("fr-FR"))]));
    });

    var select = byId("kg-topic");
    DATA.topics.forEach(function (topic) {
      var option = el("option", null, topic.label);
      option.value = topic.id;
      select.appendChild(option);
    });
    select.addEventListener("change", function () { state.topic = select.value; schedule(); });

    var from = byId("kg-from"), to = byId("kg-to");
    if (DATA.range) {
      [from, to].forEach(function (input) { input.min = isoDay(DATA.range[0]); input.max = isoDay(DATA.range[1]); });
    } else {
      from.disabled = to.disabled = byId("kg-all-time").disabled = true;
    }
    function onDate() {
      var a = parseDay(from.value), b = parseDay(to.value);
      if (a === null || b === null) return;
      setPeriod(Math.min(a, b), Math.max(a, b));
    }
    from.addEventListener("change", onDate);
    to.addEventListener("change", onDate);
    byId("kg-all-time").addEventListener("click", function () { if (DATA.range) setPeriod(DATA.range[0], DATA.range[1]); });
    byId("kg-undated").addEventListener("change", function (e) { state.undated = e.target.checked; schedule(); });
    byId("kg-reset").addEventListener("click", resetFilters);
    byId("kg-empty-reset").addEventListener("click", resetFilters);

    var legend = byId("kg-legend"), present = dict();
    drawnNodes.forEach(function (id) { present[TYPE[nodes[id].type] ? nodes[id].type : ""] = true; });
    Object.keys(TYPE).concat([""]).forEach(function (type) {
      if (!present[type]) return;
      var t = TYPE[type] || OTHER_TYPE, dot = el("span", "kg-dot");
      dot.style.background = t.color;
      legend.appendChild(el("div", "kg-legend-row", [dot, t.label]));
    });

    if (isolated.length) {
      byId("kg-isolated-section").hidden = false;
      byId("kg-isolated-title").textContent = "Acteurs sans entretien (" + isolated.length + ")";
      var list = byId("kg-isolated");
      isolated.slice().sort(function (a, b) { return nodeClaims[b].length - nodeClaims[a].length; })
        .slice(0, 200).forEach(function (id) {
          list.appendChild(el("li", null, [nodeLink(id), el("span", "kg-count",
            plural(nodeClaims[id].length, "déclaration", "déclarations"))]));
        });
      if (isolated.length > 200) list.appendChild(el("li", "kg-meta", "… et " + (isolated.length - 200) + " autres (par la recherche)"));
    }

    byId("kg-drawer-toggle").addEventListener("click", function () { drawer(!document.body.classList.contains("kg-drawer-open")); });
    byId("kg-drawer-close").addEventListener("click", function () { drawer(false); });
    byId("kg-backdrop").addEventListener("click", function () { drawer(false); });
    byId("kg-table-toggle").addEventListener("click", function () { showTable(!state.table); });
    byId("kg-table-close").addEventListener("click", function () { showTable(false); });
    byId("kg-csv").addEventListener("click", function () {
      download(new Blob(["\ufeff" + table.csv()], { type: "text/csv;charset=utf-8" }), "kg-entretiens.csv");
    });
    byId("kg-png").addEventListener("click", function () {
      canvas.toPNG(function (blob) { if (blob) download(blob, "kg-reseau.png"); });
    });
    byId("kg-copy-link").addEventListener("click", copyLink);
    byId("kg-zoom-in").addEventListener("click", function () { canvas.zoomAt(1.5, canvas.width / 2, canvas.height / 2); });
    byId("kg-zoom-out").addEventListener("click", function () { canvas.zoomAt(1 / 1.5, canvas.width / 2, canvas.height / 2); });
    byId("kg-zoom-fit").addEventListener("click", function () { canvas.fit(); });
  }

  function setPeriod(from, to) {
    state.from = from;
    state.to = to;
    byId("kg-from").value = isoDay(from);
    byId("kg-to").value = isoDay(to);
    schedule();
  }

  function resetFilters() {
    var d = defaults();
    state.statuses = d.statuses; state.topic = ""; state.from = d.from; state.to = d.to; state.undated = true;
    syncControls();
    schedule();
  }

  function drawer(open) {
    document.body.classList.toggle("kg-drawer-open", open);
    byId("kg-backdrop").hidden = !open;
    byId("kg-drawer-toggle").setAttribute("aria-expanded", String(open));
  }

  function download(blob, name) {
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = name;
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    document.body.removeChild(a);
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 10000);
  }

  function copyLink() {
    var note = byId("kg-copy-link"), url = location.href;
    function done(text) { note.textContent = text; setTimeout(function () { note.textContent = "Lien"; }, 2000); }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(url).then(function () { done("Lien copié"); }, function () { done("Copiez l’adresse"); });
    } else {
      done("Copiez l’adresse");
    }
  }

  /* ---------- search ---------- */

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
      keys.forEach(function (names, id) {
        var hit = -1;
        names.forEach(function (name, j) { if (hit < 0 && name.indexOf(q) === 0) hit = j; });
        if (hit >= 0) { starts.push([id, hit]); return; }
        names.forEach(function (name, j) { if (hit < 0 && name.indexOf(q) >= 0) hit = j; });
        if (hit >= 0) contains.push([id, hit]);
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
      state.search = input.value;
      selectNode(id, true);
    }
    input.addEventListener("input", function () { state.search = input.value.trim(); show(); writeHash(); });
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
    openPanel({ node: id }, true);
    if (focus && canvas && nodes[id].x !== null && nodeVisible[id]) canvas.focusOn(id, 0.8);
  }

  /* ---------- shared pieces of hover cards, panel and table ---------- */

  function statusBadge(status) {
    var badge = el("span", "kg-badge", STATUS[status].label);
    badge.style.background = STATUS[status].color;
    return badge;
  }
  function callDate(c) { return C.date[c] || "date inconnue"; }
  function callFacts(c) {
    var facts = [];
    if (C.medium[c]) facts.push(MEDIUM[C.medium[c]]);
    if (C.duration[c] !== null) facts.push(Math.round(C.duration[c]) + "\u00a0min");
    return facts.join(" · ");
  }
  function byDate(a, b) {
    if (C.lo[a] === null) return C.lo[b] === null ? a - b : 1;
    if (C.lo[b] === null) return -1;
    return C.lo[a] - C.lo[b] || C.hi[a] - C.hi[b] || a - b;
  }
  function nodeLink(id) {
    var button = el("button", "kg-link", nodes[id].label);
    button.type = "button";
    button.addEventListener("click", function () { selectNode(id, true); drawer(false); });
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
  function documentLine(d) {
    var doc = DATA.documents[d], parts = [];
    parts.push(doc.title ? "« " + doc.title + " »" : "Document " + doc.id);
    if (doc.source) parts.push(" — ", sourceLink(doc.source));
    if (doc.published) parts.push(", " + doc.published);
    return el("div", "kg-doc", parts);
  }
  function documentText(d) {
    var doc = DATA.documents[d];
    return [doc.title ? "« " + doc.title + " »" : doc.id, doc.source, doc.published].filter(Boolean).join(", ");
  }
  function topicChips(topics) { return topics.map(function (t) { return el("span", "kg-chip", topicName(t)); }); }

  /* ---------- hover cards ---------- */

  var tooltip = byId("kg-tooltip");

  function nodeCard(id) {
    var node = nodes[id];
    var lines = [el("strong", null, node.label), el("div", "kg-meta", typeOf(node).label +
      (node.wikidata ? " · Wikidata " + node.wikidata : ""))];
    lines.push(el("div", null, plural(node.degree, "interlocuteur", "interlocuteurs") + " · " +
      plural(nodeCalls[id].length, "entretien", "entretiens") +
      (nodeClaims[id].length ? " · " + plural(nodeClaims[id].length, "déclaration", "déclarations") : "")));
    if (node.betweenness) lines.push(el("div", "kg-meta", "Intermédiarité : " + node.betweenness.toFixed(3)));
    if (node.aliases.length) lines.push(el("div", "kg-meta", "Alias : " + truncate(node.aliases.slice(0, 5).join(", "), 160)));
    return lines;
  }

  function edgeCard(id) {
    var edge = edges[id], shown = shownCalls(edge.calls).sort(byDate);
    var lines = [el("strong", null, label(edge.from) + " — " + label(edge.to)),
      el("div", "kg-meta", plural(shown.length, "entretien", "entretiens") +
        (shown.length < edge.calls.length ? " affichés sur " + edge.calls.length : ""))];
    shown.slice(0, 5).forEach(function (c) {
      var block = el("div", "kg-tip-call", [el("span", "kg-date", callDate(c)), " ", statusBadge(C.status[c]), callFacts(c)]);
      if (C.topics[c].length) append(block, el("div", null, topicChips(C.topics[c])));
      if (C.evidence[c].length) append(block, el("div", "kg-quote", truncate(C.evidence[c][0], 220)));
      lines.push(block);
    });
    if (shown.length > 5) lines.push(el("div", "kg-meta", "… et " + (shown.length - 5) + " autres"));
    lines.push(el("div", "kg-meta", "Cliquer pour la chronologie"));
    return lines;
  }

  function hover(target, x, y) {
    tipTarget = target;
    if (!target) { tooltip.hidden = true; return; }
    clear(tooltip);
    append(tooltip, target.node !== undefined ? nodeCard(target.node) : edgeCard(target.edge));
    tooltip.hidden = false;
    var w = tooltip.offsetWidth, h = tooltip.offsetHeight, left = x + 16, top = y + 16;
    if (left + w > window.innerWidth - 8) left = Math.max(8, x - w - 16);
    if (top + h > window.innerHeight - 8) top = Math.max(8, window.innerHeight - h - 8);
    tooltip.style.left = left + "px";
    tooltip.style.top = top + "px";
  }

  /* ---------- side panel (over the graph: opening it never resizes the drawing) ---------- */

  function openPanel(target, record) {
    state.selected = target;
    byId("kg-panel").hidden = false;
    tooltip.hidden = true;
    renderPanel();
    if (record) { restyle(); writeHash(); revealSelected(); }
  }

  /* The panel lies over the graph: move the drawing (never resize it) so the selection stays in sight. */
  function revealSelected() {
    var sel = state.selected;
    if (!canvas || !sel) return;
    var list = sel.node !== undefined ? [sel.node] : [edges[sel.edge].from, edges[sel.edge].to];
    list = list.filter(function (id) { return nodes[id].x !== null && nodeVisible[id]; });
    var stage = byId("kg-stage").getBoundingClientRect(), panel = byId("kg-panel").getBoundingClientRect();
    var box = { left: 40, top: 30, right: canvas.width - 40, bottom: canvas.height - 30 };
    if (panel.width < stage.width - 10) box.right = panel.left - stage.left - 150;  // beside, with its label
    else box.bottom = panel.top - stage.top - 30;                                  // above (phone)
    if (box.right > box.left && box.bottom > box.top) canvas.reveal(list, box);
  }
  function closePanel(record) {
    state.selected = null;
    byId("kg-panel").hidden = true;
    if (record) { restyle(); writeHash(); }
  }
  function renderPanel() {
    var body = byId("kg-panel-body"), target = state.selected;
    clear(body);
    append(body, target.node !== undefined ? nodePanel(target.node) : edgePanel(target.edge));
    body.parentNode.scrollTop = 0;
  }

  function callCard(c, self) {
    var card = el("div", "kg-card");
    card.appendChild(el("div", "kg-card-head", [el("span", "kg-date", callDate(c)), statusBadge(C.status[c]),
      el("span", "kg-meta", callFacts(c))]));
    var people = C.participants[c], others = people.filter(function (p) { return p !== self; });
    if (self !== undefined && others.length) {
      var withLine = el("div", null, "Avec ");
      others.forEach(function (p, k) { append(withLine, [k ? ", " : null, nodeLink(p)]); });
      card.appendChild(withLine);
    } else if (self === undefined && people.length > 2) {
      card.appendChild(el("div", "kg-meta", "Entretien à " + people.length + " : " + people.map(label).join(", ")));
    }
    card.appendChild(el("div", "kg-initiator", C.initiator[c] !== null
      ? ["À l’initiative de ", el("strong", null, label(C.initiator[c]))]
      : el("span", "kg-meta", "Initiative non précisée")));
    if (C.topics[c].length) card.appendChild(el("div", null, topicChips(C.topics[c])));
    C.evidence[c].slice(0, 3).forEach(function (text) { card.appendChild(el("div", "kg-quote", text)); });
    C.documents[c].forEach(function (d) { card.appendChild(documentLine(d)); });
    return card;
  }

  function claimCard(j, showSpeaker) {
    var claim = claims[j], card = el("div", "kg-card"), head = [], meta = [];
    if (showSpeaker) head.push(nodeLink(claim.speaker));
    if (claim.verb) meta.push(claim.verb);
    if (claim.call !== null) meta.push("entretien du " + callDate(claim.call));
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
    var node = nodes[id], out = [el("h2", null, node.label)];
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
    if (node.x === null) out.push(el("p", "kg-meta", "Aucun entretien : cet acteur n’est cité que pour ses déclarations."));
    else out.push(el("p", "kg-meta", plural(node.degree, "interlocuteur", "interlocuteurs") +
      (node.betweenness !== null ? " · intermédiarité " + node.betweenness.toFixed(3) : "")));
    if (node.x !== null && nodeVisible[id]) out.push(el("p", "kg-meta", "Son réseau est mis en avant ; le reste est estompé."));

    var shown = shownCalls(nodeCalls[id]).sort(function (a, b) { return byDate(b, a); });
    out.push(el("h3", null, "Entretiens (" + shown.length + ")"));
    if (!shown.length) out.push(el("p", "kg-empty", "Aucun entretien affiché."));
    out.push(listOf(shown, function (c) { return callCard(c, id); }));
    out.push(hiddenNote(nodeCalls[id].length, shown.length));

    out.push(el("h3", null, "Déclarations (" + nodeClaims[id].length + ")"));
    if (!nodeClaims[id].length) out.push(el("p", "kg-empty", "Aucune déclaration."));
    out.push(listOf(nodeClaims[id], function (j) { return claimCard(j, false); }));

    var others = [];
    shown.forEach(function (c) {
      (callClaims[c] || []).forEach(function (j) { if (claims[j].speaker !== id) others.push(j); });
    });
    if (others.length) {
      out.push(el("h3", null, "Déclarations d’autres acteurs sur ces entretiens (" + others.length + ")"));
      out.push(listOf(others, function (j) { return claimCard(j, true); }));
    }
    return out;
  }

  function edgePanel(id) {
    var edge = edges[id], shown = shownCalls(edge.calls).sort(byDate);
    var out = [el("h2", null, [nodeLink(edge.from), " — ", nodeLink(edge.to)])];
    out.push(el("p", "kg-meta", plural(shown.length, "entretien", "entretiens") +
      (shown.length < edge.calls.length ? " affichés sur " + edge.calls.length : "")));
    out.push(el("h3", null, "Chronologie"));
    out.push(pairTimeline(shown));
    out.push(listOf(shown, function (c) { return callCard(c); }));
    out.push(hiddenNote(edge.calls.length, shown.length));
    var related = [];
    shown.forEach(function (c) { related = related.concat(callClaims[c] || []); });
    out.push(el("h3", null, "Déclarations sur ces entretiens (" + related.length + ")"));
    if (!related.length) out.push(el("p", "kg-empty", "Aucune déclaration liée."));
    out.push(listOf(related, function (j) { return claimCard(j, true); }));
    return out;
  }

  /* The pair's own timeline: one dot per dated call (colour: status; mark: who initiated it). */
  function pairTimeline(list) {
    var dated = list.filter(function (c) { return C.lo[c] !== null; });
    var undated = list.length - dated.length, box = el("div", "kg-timeline-box");
    if (dated.length) {
      var lo = C.lo[dated[0]], hi = lo;
      dated.forEach(function (c) { lo = Math.min(lo, C.lo[c]); hi = Math.max(hi, C.hi[c]); });
      var W = 340, left = 14, right = W - 14, span = Math.max(hi - lo, 1);
      var chart = svg("svg", { viewBox: "0 0 " + W + " 64", "class": "kg-timeline", role: "img" });
      chart.appendChild(svg("line", { x1: left, x2: right, y1: 30, y2: 30, stroke: "#c5cdd6", "stroke-width": 2 }));
      var a = svg("text", { x: left, y: 56 }); a.textContent = isoDay(lo); chart.appendChild(a);
      if (hi > lo) { var b = svg("text", { x: right, y: 56, "text-anchor": "end" }); b.textContent = isoDay(hi); chart.appendChild(b); }
      var lanes = dict();
      dated.forEach(function (c) {
        var x = dated.length === 1 && hi === lo ? (left + right) / 2 : left + (right - left) * (((C.lo[c] + C.hi[c]) / 2 - lo) / span);
        var lane = (lanes[Math.round(x / 8)] = (lanes[Math.round(x / 8)] || 0) + 1) - 1;
        var dot = svg("circle", { cx: x, cy: 30 - lane * 9, r: 5.5, fill: STATUS[C.status[c]].color, stroke: "#fff", "stroke-width": 1.5 });
        var title = svg("title");
        title.textContent = callDate(c) + " — " + STATUS[C.status[c]].label +
          (C.initiator[c] !== null ? " — à l’initiative de " + label(C.initiator[c]) : "");
        dot.appendChild(title);
        chart.appendChild(dot);
        if (C.initiator[c] !== null) {
          var mark = svg("text", { x: x, y: 30 - lane * 9 - 9, "text-anchor": "middle" });
          var words = label(C.initiator[c]).split(/\s+/).filter(Boolean);
          mark.textContent = truncate(words.length ? words[words.length - 1] : label(C.initiator[c]), 10);
          chart.appendChild(mark);
        }
      });
      box.appendChild(chart);
    }
    if (undated) box.appendChild(el("p", "kg-meta", plural(undated, "entretien non daté", "entretiens non datés")));
    if (!list.length) box.appendChild(el("p", "kg-empty", "Aucun entretien affiché."));
    return box;
  }

  /* ---------- table ---------- */

  var COLUMNS = [
    { id: "date", label: "Date", text: function (c) { return C.date[c] || ""; }, key: function (c) { return C.lo[c]; } },
    { id: "participants", label: "Participants", text: function (c) { return C.participants[c].map(label).join(" ; "); } },
    { id: "status", label: "Statut", text: function (c) { return STATUS[C.status[c]].label; }, key: function (c) { return statusIndex[c]; } },
    { id: "medium", label: "Moyen", text: function (c) { return C.medium[c] ? MEDIUM[C.medium[c]] : ""; } },
    { id: "initiator", label: "Initiative", text: function (c) { return C.initiator[c] !== null ? label(C.initiator[c]) : ""; } },
    { id: "duration", label: "Durée (min)", text: function (c) { return C.duration[c] !== null ? String(Math.round(C.duration[c])) : ""; },
      key: function (c) { return C.duration[c]; } },
    { id: "topics", label: "Thèmes", text: function (c) { return C.topics[c].map(topicName).join(" ; "); } },
    { id: "sources", label: "Sources", text: function (c) { return C.documents[c].map(documentText).join(" ; "); } }
  ];
  COLUMNS.forEach(function (column) {
    if (!column.key) column.key = function (c) { var t = column.text(c); return t === "" ? null : t; };
  });

  function buildTable() {
    table = new KGTable(byId("kg-table"), { columns: COLUMNS,
      onRow: function (c) {
        var people = C.participants[c];
        if (people.length >= 2) openPanel({ edge: pairIndex[people[0] + ":" + people[1]] }, true);
        else if (people.length) openPanel({ node: people[0] }, true);
      },
      onSort: function (by, descending) { state.sortBy = by; state.descending = descending; writeHash(); } });
    table.sort(state.sortBy, state.descending);
  }

  function renderTable() {
    var rows = [];
    for (var c = 0; c < nCalls; c++) if (callShown[c]) rows.push(c);
    table.setRows(rows);
    byId("kg-table-count").textContent = plural(rows.length, "entretien affiché", "entretiens affichés");
  }

  function showTable(open) {
    state.table = open;
    byId("kg-table-sheet").hidden = !open;
    byId("kg-table-toggle").setAttribute("aria-pressed", String(open));
    if (open) renderTable();
    writeHash();
  }

  /* ---------- start ---------- */

  var graph = { n: nodes.length, m: edges.length, x: new Float64Array(nodes.length), y: new Float64Array(nodes.length),
    size: new Float32Array(nodes.length), label: nodes.map(function (n) { return n.label; }),
    from: new Int32Array(edges.length), to: new Int32Array(edges.length) };
  nodes.forEach(function (n, id) { graph.x[id] = n.x || 0; graph.y[id] = n.y || 0; graph.size[id] = n.size; });
  edges.forEach(function (e, id) { graph.from[id] = e.from; graph.to[id] = e.to; });

  buildControls();
  buildSearch();
  buildTable();
  canvas = new KGCanvas(byId("kg-network"), graph, {
    hover: function (target, x, y) { if (target) hover(target, x, y); else hover(null); },
    click: function (target) {
      if (!target) { if (state.selected) closePanel(true); return; }
      openPanel(target, true);
    }
  });
  drawnNodes.forEach(function (id) { canvas.nodeColor[id] = typeOf(nodes[id]).color; });
  isolated.forEach(function (id) { canvas.nodeShown[id] = 0; });
  timeline = new KGTimeline(byId("kg-timeline"), { lo: C.lo, hi: C.hi, status: statusIndex, range: DATA.range,
    colors: STATUS_ORDER.map(function (s) { return STATUS[s].color; }),
    onBrush: function (from, to) { setPeriod(from, to); } });
  if (!DATA.range) byId("kg-timeline").appendChild(el("p", "kg-meta kg-no-dates", "Aucun entretien daté."));

  byId("kg-panel-close").addEventListener("click", function () { closePanel(true); });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && document.activeElement !== byId("kg-search")) { closePanel(true); drawer(false); }
  });
  window.addEventListener("hashchange", function () {
    if ((location.hash || "") === lastHash) return;
    readHash();
    apply();
  });

  readHash();
  apply();
  canvas.fit();
  if (state.selected && state.selected.node !== undefined && nodes[state.selected.node].x !== null) {
    canvas.focusOn(state.selected.node, 0.8);
  }

  /* For tests and the curious: the page's data, state and measures. */
  window.kg = {
    data: DATA, state: function () { return JSON.parse(JSON.stringify(state)); }, apply: apply, canvas: canvas,
    visibleEdges: visibleEdges, visibleNodes: visibleNodes, visibleCalls: visibleCalls,
    openNode: function (id) { openPanel({ node: id }, true); }, openEdge: function (id) { openPanel({ edge: id }, true); },
    nodePoint: function (id) { return canvas.clientPoint(id); },
    edgePoint: function (id) {
      var a = canvas.clientPoint(edges[id].from), b = canvas.clientPoint(edges[id].to);
      return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
    },
    edgeShown: function (id) { return edgeShownCount[id] > 0; },
    tableRows: function () { return table.rows.map(function (c) { return COLUMNS.map(function (col) { return col.text(c); }); }); },
    csv: function () { return table.csv(); },
    timing: canvas.timing,
    measureFrames: function (n) { return canvas.measureFrames(n); },
    ready: true
  };
})();
