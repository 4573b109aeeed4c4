/* kg network page: the graph drawn on a 2D canvas, fast enough for 20,000 actors and 100,000 calls.
 *
 * Without a GPU (headless Chromium, many laptops' software WebGL) a frame that draws 100,000
 * edges takes one to two seconds whatever the API: measured on 20,000 random points and 100,000
 * random edges, 1.5 s in WebGL, 1.9 s on a 2D canvas, 4.7 s with sigma.js 3. So no interaction frame here draws the edges. The complete
 * drawing ("scene") is made in slices that each fit in a frame, into an offscreen canvas; while
 * the view is panned or zoomed, each frame only redraws that scene moved and scaled (about 2 ms),
 * and the scene is remade, again in slices, once the view has been still for a moment. When a
 * whole scene takes less than a frame (small graphs), every frame simply draws it all.
 *
 * Labels are untrusted text and only ever reach fillText (a canvas cannot run them).
 */
(function () {
  "use strict";

  var STILL_MS = 140;        // the view counts as still after this long without a move
  var FAST_MS = 12;          // a scene drawn in less than this is redrawn on every frame
  var MIN_RADIUS = 1.6;      // screen pixels: the smallest dot drawn
  var LABEL_FONT = "12px system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

  function GraphCanvas(container, graph, hooks) {
    // graph: {n, x, y, size, label, m, from, to}; styles are set through the arrays below.
    var self = this;
    this.graph = graph;
    this.hooks = hooks || {};
    this.nodeColor = new Array(graph.n).fill("#90a4ae");
    this.nodeAlpha = new Float32Array(graph.n).fill(1);
    this.nodeShown = new Uint8Array(graph.n).fill(1);
    this.nodeRing = new Uint8Array(graph.n);       // 1: drawn with a dark ring (selected)
    this.edgeShown = new Uint8Array(graph.m).fill(1);
    this.styles = [];                                // {color, alpha, width, dash}, by id
    this.styleIds = {};
    this.edgeStyle = new Uint16Array(graph.m);       // fill with styleId(...)
    this.styleId("#56687a", 0.85, 1, null);
    this.bySize = Array.from({ length: graph.n }, function (_, i) { return i; })
      .sort(function (a, b) { return graph.size[b] - graph.size[a]; });
    this.camera = { x: 0, y: 0, k: 1 };
    this.container = container;
    this.view = document.createElement("canvas");
    this.view.className = "kg-canvas";
    this.view.setAttribute("role", "img");
    this.view.setAttribute("aria-label", "Réseau des entretiens");
    container.appendChild(this.view);
    this.scene = document.createElement("canvas");
    this.work = document.createElement("canvas");
    this.sceneCam = null;
    this.job = null;
    this.dirty = true;          // the scene must be remade
    this.moved = 0;             // time of the last camera move
    this.fast = false;          // whole scenes fit in a frame
    this.perFrame = 20000;      // edges (or nodes) drawn per slice, adapted to the frame time
    this.lastFrame = 0;
    this.frameQueued = false;
    this.hovered = null;
    this.timing = { firstFrame: null, drawn: null, lastSceneMs: null, scenes: 0 };
    this.resize();
    if (window.ResizeObserver) new ResizeObserver(function () { self.resize(); }).observe(container);
    this.listen();
  }

  var P = GraphCanvas.prototype;

  P.resize = function () {
    var rect = this.container.getBoundingClientRect();
    var ratio = window.devicePixelRatio || 1;
    var w = Math.max(1, Math.round(rect.width)), h = Math.max(1, Math.round(rect.height));
    if (w === this.width && h === this.height && ratio === this.ratio) return;
    var first = this.width === undefined;
    this.width = w; this.height = h; this.ratio = ratio;
    [this.view, this.scene, this.work].forEach(function (c) { c.width = Math.round(w * ratio); c.height = Math.round(h * ratio); });
    this.view.style.width = w + "px";
    this.view.style.height = h + "px";
    if (first) this.fit(null, false);
    this.sceneCam = null;
    this.restyle();
  };

  /* ---------- camera ---------- */

  P.toScreen = function (wx, wy, cam) {
    cam = cam || this.camera;
    return [(wx - cam.x) * cam.k + this.width / 2, (wy - cam.y) * cam.k + this.height / 2];
  };
  P.toWorld = function (sx, sy) {
    var cam = this.camera;
    return [(sx - this.width / 2) / cam.k + cam.x, (sy - this.height / 2) / cam.k + cam.y];
  };
  P.radius = function (i, cam) { return Math.max(MIN_RADIUS, 0.8 * this.graph.size[i] * (cam || this.camera).k); };

  /* Centre the shown nodes (or `only`), with a margin; `animate` is ignored (kept simple). */
  P.fit = function (only) {
    var g = this.graph, x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity, any = false;
    for (var i = 0; i < g.n; i++) {
      if (only ? !only[i] : !this.nodeShown[i]) continue;
      any = true;
      x0 = Math.min(x0, g.x[i] - g.size[i]); x1 = Math.max(x1, g.x[i] + g.size[i]);
      y0 = Math.min(y0, g.y[i] - g.size[i]); y1 = Math.max(y1, g.y[i] + g.size[i]);
    }
    if (!any) { x0 = y0 = -100; x1 = y1 = 100; }
    // room for the labels, which are drawn to the right of their dot
    var pad = 30, right = Math.min(140, this.width / 4);
    var k = Math.min((this.width - 2 * pad - right) / Math.max(x1 - x0, 1), (this.height - 2 * pad) / Math.max(y1 - y0, 1));
    k = Math.min(Math.max(k, 1e-4), 2);
    this.setCamera({ x: (x0 + x1) / 2 + right / 2 / k, y: (y0 + y1) / 2, k: k });
  };

  /* Pan (never zoom) so that every node in `list` is inside the given screen box. */
  P.reveal = function (list, box) {
    var dx = 0, dy = 0, self = this;
    list.forEach(function (i) {
      var p = self.toScreen(self.graph.x[i], self.graph.y[i]);
      if (p[0] > box.right) dx = Math.min(dx, box.right - p[0]);
      if (p[1] > box.bottom) dy = Math.min(dy, box.bottom - p[1]);
      if (p[0] < box.left) dx = Math.max(dx, box.left - p[0]);
      if (p[1] < box.top) dy = Math.max(dy, box.top - p[1]);
    });
    if (dx || dy) this.panBy(dx, dy);
  };

  P.focusOn = function (i, k) {
    this.setCamera({ x: this.graph.x[i], y: this.graph.y[i], k: Math.max(this.camera.k, k || 0.8) });
  };

  P.setCamera = function (cam) {
    this.camera = { x: cam.x, y: cam.y, k: cam.k };
    this.moved = performance.now();
    this.request();
  };

  P.zoomAt = function (factor, sx, sy) {
    var before = this.toWorld(sx, sy);
    var k = Math.min(Math.max(this.camera.k * factor, 1e-4), 20);
    this.camera.k = k;
    var after = this.toWorld(sx, sy);
    this.camera.x += before[0] - after[0];
    this.camera.y += before[1] - after[1];
    this.setCamera(this.camera);
  };

  P.panBy = function (dx, dy) {
    this.camera.x -= dx / this.camera.k;
    this.camera.y -= dy / this.camera.k;
    this.setCamera(this.camera);
  };

  /* ---------- frames ---------- */

  P.restyle = function () { this.dirty = true; this.job = null; this.request(); };

  P.request = function () {
    if (this.frameQueued) return;
    this.frameQueued = true;
    var self = this;
    requestAnimationFrame(function (now) { self.frameQueued = false; self.frame(now); });
  };

  P.frame = function (now) {
    var interval = this.lastFrame ? now - this.lastFrame : 16;
    this.lastFrame = now;
    var cam = this.camera, sc = this.sceneCam;
    var same = sc && sc.x === cam.x && sc.y === cam.y && sc.k === cam.k;
    var still = now - this.moved >= STILL_MS;
    if (this.fast && (this.dirty || !same)) {
      this.drawScene(this.scene, cam, true);
      this.show(this.scene, cam, cam);
    } else if (this.dirty && !this.job) {
      this.startJob(true);                   // new styles: drawn progressively, in place
    } else if (!same && !this.dirty) {
      if (sc) this.show(this.scene, sc, cam);  // the last scene, moved and scaled
      if (still && !this.job) this.startJob(false);
      else if (!still) this.job = null;        // moving again: that scene would be stale
    }
    if (this.job) this.step(interval);
    this.drawOverlay();
    if (this.timing.firstFrame === null && (this.sceneCam || this.job)) {
      this.timing.firstFrame = performance.now();
    }
    var more = this.job || this.dirty || !this.sceneCam ||
      this.sceneCam.x !== this.camera.x || this.sceneCam.y !== this.camera.y || this.sceneCam.k !== this.camera.k;
    if (more) this.request();
  };

  /* Copy `canvas`, drawn for camera `from`, to the view as seen from camera `to`. */
  P.show = function (canvas, from, to) {
    var ctx = this.view.getContext("2d"), r = this.ratio, s = to.k / from.k;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.view.width, this.view.height);
    var dx = ((from.x - to.x) * to.k + this.width / 2 - this.width / 2 * s) * r;
    var dy = ((from.y - to.y) * to.k + this.height / 2 - this.height / 2 * s) * r;
    ctx.setTransform(s, 0, 0, s, dx, dy);
    ctx.drawImage(canvas, 0, 0);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
  };

  /* ---------- the scene, whole or in slices ---------- */

  P.visibleEdges = function (cam) {
    var g = this.graph, list = [], buckets = [];
    var w0 = -this.width / 2 / cam.k + cam.x, w1 = this.width / 2 / cam.k + cam.x;
    var h0 = -this.height / 2 / cam.k + cam.y, h1 = this.height / 2 / cam.k + cam.y;
    for (var e = 0; e < g.m; e++) {
      if (!this.edgeShown[e]) continue;
      var a = g.from[e], b = g.to[e];
      var ax = g.x[a], bx = g.x[b], ay = g.y[a], by = g.y[b];
      if ((ax < w0 && bx < w0) || (ax > w1 && bx > w1) || (ay < h0 && by < h0) || (ay > h1 && by > h1)) continue;
      (buckets[this.edgeStyle[e]] = buckets[this.edgeStyle[e]] || []).push(e);
    }
    for (var s = 0; s < this.drawOrder.length; s++) if (buckets[this.drawOrder[s]]) list = list.concat(buckets[this.drawOrder[s]]);
    return list;
  };

  /* The id of an edge style, made on first use: edges are drawn grouped by style, styles of
   * lower `rank` first (underneath). */
  P.styleId = function (color, alpha, width, dash, rank) {
    var key = color + "|" + alpha + "|" + width + "|" + (dash ? dash.join(",") : "") + "|" + (rank || 0);
    if (this.styleIds[key] === undefined) {
      this.styleIds[key] = this.styles.length;
      this.styles.push({ color: color, alpha: alpha, width: width, dash: dash, rank: rank || 0 });
      var styles = this.styles;
      this.drawOrder = styles.map(function (_, k) { return k; })
        .sort(function (a, b) { return styles[a].rank - styles[b].rank || a - b; });
    }
    return this.styleIds[key];
  };

  P.visibleNodes = function (cam) {
    var g = this.graph, list = [];
    for (var k = g.n - 1; k >= 0; k--) {      // small first, so that hubs are drawn on top
      var i = this.bySize[k];
      if (!this.nodeShown[i]) continue;
      var p = this.toScreen(g.x[i], g.y[i], cam), r = this.radius(i, cam);
      if (p[0] + r < 0 || p[0] - r > this.width || p[1] + r < 0 || p[1] - r > this.height) continue;
      list.push(i);
    }
    return list;
  };

  P.startJob = function (inPlace) {
    var cam = { x: this.camera.x, y: this.camera.y, k: this.camera.k };
    this.job = { cam: cam, edges: this.visibleEdges(cam), nodes: this.visibleNodes(cam), at: 0, phase: 0,
      inPlace: inPlace, started: performance.now() };
    this.dirty = false;
    var ctx = this.work.getContext("2d");
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.work.width, this.work.height);
  };

  /* One slice of the job; the slice grows or shrinks to keep frames near 30 ms. */
  P.step = function (interval) {
    var job = this.job, ctx = this.work.getContext("2d");
    if (interval > 45) this.perFrame = Math.max(2000, Math.round(this.perFrame * 0.6));
    else if (interval < 25) this.perFrame = Math.min(400000, Math.round(this.perFrame * 1.5));
    ctx.setTransform(this.ratio, 0, 0, this.ratio, 0, 0);
    var budget = this.perFrame;
    if (job.phase === 0) {
      var end = Math.min(job.edges.length, job.at + budget);
      this.drawEdges(ctx, job.cam, job.edges, job.at, end);
      budget -= end - job.at;
      job.at = end;
      if (job.at >= job.edges.length) { job.phase = 1; job.at = 0; }
    }
    if (job.phase === 1 && budget > 0) {
      var stop = Math.min(job.nodes.length, job.at + Math.max(budget, 500));
      this.drawNodes(ctx, job.cam, job.nodes, job.at, stop);
      job.at = stop;
      if (job.at >= job.nodes.length) job.phase = 2;
    }
    if (job.phase === 2) {
      this.drawLabels(ctx, job.cam);
      var swap = this.scene; this.scene = this.work; this.work = swap;
      this.sceneCam = job.cam;
      var took = performance.now() - job.started;
      this.timing.lastSceneMs = took;
      this.timing.scenes++;
      this.fast = job.edges.length + job.nodes.length < 3000 && took < FAST_MS * 4 && this.wholeMs() < FAST_MS;
      this.job = null;
      this.show(this.scene, this.sceneCam, this.camera);
      if (this.timing.drawn === null) this.timing.drawn = performance.now();
      if (this.hooks.drawn) this.hooks.drawn();
      return;
    }
    if (job.inPlace) this.show(this.work, job.cam, this.camera);
  };

  /* The time one whole scene takes, measured once on a small graph (decides `fast`). */
  P.wholeMs = function () {
    var t = performance.now();
    this.drawScene(this.work, this.camera, false);
    return performance.now() - t;
  };

  P.drawScene = function (canvas, cam, keep) {
    var started = performance.now(), ctx = canvas.getContext("2d");
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.setTransform(this.ratio, 0, 0, this.ratio, 0, 0);
    var edges = this.visibleEdges(cam), nodes = this.visibleNodes(cam);
    this.drawEdges(ctx, cam, edges, 0, edges.length);
    this.drawNodes(ctx, cam, nodes, 0, nodes.length);
    this.drawLabels(ctx, cam);
    if (keep) {
      this.sceneCam = { x: cam.x, y: cam.y, k: cam.k };
      this.dirty = false;
      this.job = null;
      this.timing.lastSceneMs = performance.now() - started;
      this.timing.scenes++;
    }
    if (keep && this.timing.drawn === null) { this.timing.drawn = performance.now(); if (this.hooks.drawn) this.hooks.drawn(); }
  };

  P.drawEdges = function (ctx, cam, list, from, to) {
    var g = this.graph, key = -1, thin = Math.min(1, Math.max(0.35, cam.k * 3));
    var dashes = cam.k * 150 > 40;  // dashes only once pairs are far enough apart to see them
    for (var j = from; j < to; j++) {
      var e = list[j], k = this.edgeStyle[e];
      if (k !== key) {
        if (key !== -1) ctx.stroke();
        key = k;
        var style = this.styles[k];
        ctx.beginPath();
        ctx.strokeStyle = style.color;
        ctx.globalAlpha = style.alpha;
        ctx.lineWidth = style.width * thin;
        ctx.setLineDash(dashes && style.dash ? style.dash : []);
      }
      var a = this.toScreen(g.x[g.from[e]], g.y[g.from[e]], cam), b = this.toScreen(g.x[g.to[e]], g.y[g.to[e]], cam);
      ctx.moveTo(a[0], a[1]);
      ctx.lineTo(b[0], b[1]);
    }
    if (key !== -1) ctx.stroke();
    ctx.globalAlpha = 1;
    ctx.setLineDash([]);
  };

  P.drawNodes = function (ctx, cam, list, from, to) {
    for (var j = from; j < to; j++) {
      var i = list[j], p = this.toScreen(this.graph.x[i], this.graph.y[i], cam), r = this.radius(i, cam);
      ctx.globalAlpha = this.nodeAlpha[i];
      ctx.fillStyle = this.nodeColor[i];
      ctx.beginPath();
      ctx.arc(p[0], p[1], r, 0, 2 * Math.PI);
      ctx.fill();
      if (r > 4 || this.nodeRing[i]) {
        ctx.lineWidth = this.nodeRing[i] ? 3 : 1.5;
        ctx.strokeStyle = this.nodeRing[i] ? "#1f2933" : "#ffffff";
        ctx.stroke();
      }
    }
    ctx.globalAlpha = 1;
  };

  /* Labels of the biggest shown actors first, skipping any that would overlap one already placed. */
  P.drawLabels = function (ctx, cam) {
    var g = this.graph, taken = {}, placed = 0, cell = 16;
    ctx.font = LABEL_FONT;
    ctx.textBaseline = "middle";
    ctx.lineJoin = "round";
    for (var k = 0; k < g.n && placed < 400; k++) {
      var i = this.bySize[k];
      if (!this.nodeShown[i] || this.nodeAlpha[i] < 0.5) continue;
      var r = this.radius(i, cam);
      if (r < 5 && k >= 12 && !this.nodeRing[i]) continue;
      var p = this.toScreen(g.x[i], g.y[i], cam);
      if (p[0] < -200 || p[0] > this.width + 50 || p[1] < -20 || p[1] > this.height + 20) continue;
      var text = g.label[i].length > 40 ? g.label[i].slice(0, 39) + "…" : g.label[i];
      var w = ctx.measureText(text).width, x = p[0] + r + 4, y = p[1];
      var c0 = Math.floor(x / cell), c1 = Math.floor((x + w) / cell), row = Math.floor(y / cell);
      var free = true, c;
      for (c = c0; c <= c1 && free; c++) if (taken[row + ":" + c] || taken[(row + 1) + ":" + c]) free = false;
      if (!free && !this.nodeRing[i]) continue;
      for (c = c0; c <= c1; c++) { taken[row + ":" + c] = 1; taken[(row + 1) + ":" + c] = 1; }
      ctx.lineWidth = 3;
      ctx.strokeStyle = "rgba(255,255,255,0.9)";
      ctx.strokeText(text, x, y);
      ctx.fillStyle = "#1f2933";
      ctx.fillText(text, x, y);
      placed++;
    }
  };

  /* The hovered actor or pair, drawn over the scene on a canvas of its own. */
  P.drawOverlay = function () {
    if (!this.overlay) {
      this.overlay = document.createElement("canvas");
      this.overlay.className = "kg-canvas kg-overlay";
      this.container.appendChild(this.overlay);
    }
    var o = this.overlay, r = this.ratio;
    if (o.width !== this.view.width || o.height !== this.view.height) {
      o.width = this.view.width; o.height = this.view.height;
      o.style.width = this.width + "px"; o.style.height = this.height + "px";
    }
    var ctx = o.getContext("2d"), g = this.graph, h = this.hovered;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, o.width, o.height);
    if (!h) return;
    ctx.setTransform(r, 0, 0, r, 0, 0);
    if (h.edge !== undefined) {
      var a = this.toScreen(g.x[g.from[h.edge]], g.y[g.from[h.edge]]), b = this.toScreen(g.x[g.to[h.edge]], g.y[g.to[h.edge]]);
      ctx.strokeStyle = this.styles[this.edgeStyle[h.edge]].color;
      ctx.lineWidth = this.styles[this.edgeStyle[h.edge]].width + 3;
      ctx.beginPath(); ctx.moveTo(a[0], a[1]); ctx.lineTo(b[0], b[1]); ctx.stroke();
    } else if (h.node !== undefined) {
      var p = this.toScreen(g.x[h.node], g.y[h.node]);
      ctx.lineWidth = 3;
      ctx.strokeStyle = "#1f2933";
      ctx.beginPath(); ctx.arc(p[0], p[1], this.radius(h.node) + 2, 0, 2 * Math.PI); ctx.stroke();
    }
  };

  /* ---------- what is under the pointer ---------- */

  P.hit = function (sx, sy) {
    var g = this.graph, best = null, bestD = Infinity, i;
    for (i = 0; i < g.n; i++) {
      if (!this.nodeShown[i]) continue;
      var p = this.toScreen(g.x[i], g.y[i]), dx = p[0] - sx, dy = p[1] - sy;
      var d = Math.sqrt(dx * dx + dy * dy), r = this.radius(i) + 3;
      if (d <= r && d - r < bestD) { bestD = d - r; best = i; }
    }
    if (best !== null) return { node: best };
    var w = this.toWorld(sx, sy), tol = 5 / this.camera.k, edge = null, edgeD = tol * tol;
    for (var e = 0; e < g.m; e++) {
      if (!this.edgeShown[e]) continue;
      var ax = g.x[g.from[e]], ay = g.y[g.from[e]], bx = g.x[g.to[e]], by = g.y[g.to[e]];
      if ((w[0] < ax - tol && w[0] < bx - tol) || (w[0] > ax + tol && w[0] > bx + tol) ||
          (w[1] < ay - tol && w[1] < by - tol) || (w[1] > ay + tol && w[1] > by + tol)) continue;
      var vx = bx - ax, vy = by - ay, len = vx * vx + vy * vy;
      var t = len ? Math.max(0, Math.min(1, ((w[0] - ax) * vx + (w[1] - ay) * vy) / len)) : 0;
      var qx = ax + t * vx - w[0], qy = ay + t * vy - w[1], d2 = qx * qx + qy * qy;
      if (d2 < edgeD) { edgeD = d2; edge = e; }
    }
    return edge === null ? null : { edge: edge };
  };

  P.setHovered = function (target) {
    var a = this.hovered, same = (!a && !target) || (a && target && a.node === target.node && a.edge === target.edge);
    if (same) return;
    this.hovered = target;
    this.drawOverlay();
  };

  /* Client coordinates of node i's centre (for tests and tooltips). */
  P.clientPoint = function (i) {
    var rect = this.view.getBoundingClientRect(), p = this.toScreen(this.graph.x[i], this.graph.y[i]);
    return [rect.left + p[0], rect.top + p[1]];
  };

  /* ---------- pointer, wheel and touch ---------- */

  P.listen = function () {
    var self = this, target = this.container, pointers = {}, down = null, pinch = null, hoverQueued = false, last = null;
    function local(e) { var r = self.view.getBoundingClientRect(); return [e.clientX - r.left, e.clientY - r.top]; }
    target.addEventListener("pointerdown", function (e) {
      if (e.target !== self.view && e.target !== self.overlay) return;
      pointers[e.pointerId] = local(e);
      try { target.setPointerCapture(e.pointerId); } catch (err) { /* synthetic events */ }
      var ids = Object.keys(pointers);
      if (ids.length === 1) down = { at: local(e), last: local(e), moved: false };
      if (ids.length === 2) {
        var a = pointers[ids[0]], b = pointers[ids[1]];
        pinch = { d: Math.hypot(a[0] - b[0], a[1] - b[1]) };
        if (down) down.moved = true;
      }
    });
    target.addEventListener("pointermove", function (e) {
      var p = local(e);
      last = [e.clientX, e.clientY, p];
      if (pointers[e.pointerId]) pointers[e.pointerId] = p;
      var ids = Object.keys(pointers);
      if (ids.length === 2 && pinch) {
        var a = pointers[ids[0]], b = pointers[ids[1]], d = Math.hypot(a[0] - b[0], a[1] - b[1]);
        if (pinch.d > 0) self.zoomAt(d / pinch.d, (a[0] + b[0]) / 2, (a[1] + b[1]) / 2);
        pinch.d = d;
        return;
      }
      if (down) {
        if (!down.moved && Math.hypot(p[0] - down.at[0], p[1] - down.at[1]) > 4) {
          down.moved = true;
          self.setHovered(null);
          if (self.hooks.hover) self.hooks.hover(null);
        }
        if (down.moved) { self.panBy(p[0] - down.last[0], p[1] - down.last[1]); down.last = p; }
        return;
      }
      if (hoverQueued) return;
      hoverQueued = true;
      requestAnimationFrame(function () {
        hoverQueued = false;
        if (!last || down) return;
        var hit = self.hit(last[2][0], last[2][1]);
        self.setHovered(hit);
        if (self.hooks.hover) self.hooks.hover(hit, last[0], last[1]);
      });
    });
    function end(e) {
      var was = pointers[e.pointerId];
      delete pointers[e.pointerId];
      if (Object.keys(pointers).length < 2) pinch = null;
      if (down && !down.moved && was && e.type === "pointerup" && self.hooks.click) {
        self.hooks.click(self.hit(down.at[0], down.at[1]));
      }
      if (!Object.keys(pointers).length) down = null;
    }
    target.addEventListener("pointerup", end);
    target.addEventListener("pointercancel", end);
    target.addEventListener("pointerleave", function () {
      last = null;
      self.setHovered(null);
      if (self.hooks.hover) self.hooks.hover(null);
    });
    target.addEventListener("wheel", function (e) {
      if (e.target !== self.view && e.target !== self.overlay) return;
      e.preventDefault();
      var p = local(e), unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
      self.zoomAt(Math.exp(-e.deltaY * unit * 0.0015), p[0], p[1]);
    }, { passive: false });
    target.addEventListener("dblclick", function (e) {
      if (e.target !== self.view && e.target !== self.overlay) return;
      var p = local(e);
      self.zoomAt(2, p[0], p[1]);
    });
  };

  /* ---------- export and measurement ---------- */

  /* True once the scene shows the current view, whole (nothing left to draw). */
  P.settled = function () {
    var sc = this.sceneCam, cam = this.camera;
    return !this.job && !this.dirty && !!sc && sc.x === cam.x && sc.y === cam.y && sc.k === cam.k;
  };

  /* The current view, drawn whole (whatever the time it takes) on a white background, as PNG. */
  P.toPNG = function (callback) {
    var out = document.createElement("canvas");
    out.width = this.view.width; out.height = this.view.height;
    var keep = this.scene;
    this.drawScene(out, this.camera, false);
    var flat = document.createElement("canvas");
    flat.width = out.width; flat.height = out.height;
    var ctx = flat.getContext("2d");
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, flat.width, flat.height);
    ctx.drawImage(out, 0, 0);
    this.scene = keep;
    flat.toBlob(callback, "image/png");
  };

  /* Zoom in, then pan, for `frames` animation frames; resolves to the frame times (ms). */
  P.measureFrames = function (frames) {
    var self = this;
    return new Promise(function (resolve) {
      var times = [], last = null, k = 0;
      function tick(now) {
        if (last !== null) times.push(now - last);
        last = now;
        if (k >= frames) {
          var sorted = times.slice().sort(function (a, b) { return a - b; });
          resolve({ median: sorted[sorted.length >> 1], p90: sorted[Math.floor(sorted.length * 0.9)], frames: times.length });
          return;
        }
        if (k < frames / 2) self.zoomAt(1.03, self.width / 2 + 40, self.height / 2 + 20);
        else self.panBy(6, 3);
        k++;
        requestAnimationFrame(tick);
      }
      requestAnimationFrame(tick);
    });
  };

  window.KGCanvas = GraphCanvas;
})();
