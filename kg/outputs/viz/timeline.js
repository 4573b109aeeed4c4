/* kg network page: the corpus timeline under the graph.
 *
 * Calls per month (per week when the corpus spans under two years), stacked by status, for
 * the calls that the other filters (status, topic) let through. Dragging across it (the
 * brush) sets the period; a click picks one bar's month or week.
 */
(function () {
  "use strict";

  var DAY = 86400000;
  var NS = "http://www.w3.org/2000/svg";

  function svg(tag, attrs) {
    var node = document.createElementNS(NS, tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    return node;
  }
  function ymd(day) { var d = new Date(day * DAY); return [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()]; }
  function dayOf(y, m, d) { return Math.round(Date.UTC(y, m, d) / DAY); }

  /* options: lo, hi (days, null when undated), status (index per call), range [first, last],
   * colors and labels per status index, onBrush(from, to). */
  function Timeline(container, options) {
    this.container = container;
    this.options = options;
    var range = options.range;
    this.bins = [];
    this.callBin = new Int32Array(options.lo.length).fill(-1);
    if (!range) return;
    var first = ymd(range[0]), weekly = range[1] - range[0] < 731, start, i;
    this.unit = weekly ? "semaine" : "mois";
    if (weekly) {
      start = range[0] - ((new Date(range[0] * DAY).getUTCDay() + 6) % 7);  // the Monday before
      for (var d = start; d <= range[1]; d += 7) this.bins.push([d, d + 6]);
    } else {
      var y = first[0], m = first[1];
      while (dayOf(y, m, 1) <= range[1]) {
        this.bins.push([dayOf(y, m, 1), dayOf(y, m + 1, 1) - 1]);
        m++; if (m === 12) { m = 0; y++; }
      }
    }
    var bins = this.bins;
    for (i = 0; i < options.lo.length; i++) {
      if (options.lo[i] === null) continue;
      var mid = Math.floor((options.lo[i] + options.hi[i]) / 2);
      this.callBin[i] = weekly ? Math.floor((mid - start) / 7) : this.monthIndex(mid);
      if (this.callBin[i] < 0 || this.callBin[i] >= bins.length) this.callBin[i] = -1;
    }
    this.counts = new Int32Array(bins.length * 4);
    this.selection = null;
    this.listen();
  }

  var T = Timeline.prototype;

  T.monthIndex = function (day) {
    var a = ymd(this.bins[0][0]), b = ymd(day);
    return (b[0] - a[0]) * 12 + (b[1] - a[1]);
  };

  /* Count the calls for which shown(i) is true, and redraw. */
  T.update = function (shown) {
    if (!this.bins.length) return;
    this.counts.fill(0);
    for (var i = 0; i < this.callBin.length; i++) {
      if (this.callBin[i] >= 0 && shown(i)) this.counts[this.callBin[i] * 4 + this.options.status[i]]++;
    }
    this.draw();
  };

  T.setSelection = function (from, to) {
    this.selection = [from, to];
    this.draw();
  };

  T.geometry = function () {
    var width = Math.max(this.container.clientWidth, 100), height = Math.max(this.container.clientHeight, 40);
    var left = 8, right = width - 8, top = 16, bottom = height - 16;
    var d0 = this.bins[0][0], d1 = this.bins[this.bins.length - 1][1] + 1;
    return { width: width, height: height, left: left, right: right, top: top, bottom: bottom, d0: d0, d1: d1,
      x: function (day) { return left + (right - left) * (day - d0) / (d1 - d0); },
      day: function (x) { return d0 + (x - left) / (right - left) * (d1 - d0); } };
  };

  T.draw = function () {
    if (!this.bins.length) return;
    var g = this.geometry(), bins = this.bins, counts = this.counts, colors = this.options.colors;
    var max = 1, b, s;
    for (b = 0; b < bins.length; b++) {
      var total = counts[b * 4] + counts[b * 4 + 1] + counts[b * 4 + 2] + counts[b * 4 + 3];
      if (total > max) max = total;
    }
    var chart = svg("svg", { "class": "kg-corpus-timeline", width: g.width, height: g.height,
      viewBox: "0 0 " + g.width + " " + g.height, role: "img",
      "aria-label": "Entretiens par " + this.unit + " et par statut ; glisser pour choisir la période" });
    var sel = this.selection;
    if (sel && sel[0] <= this.options.range[0] && sel[1] >= this.options.range[1]) sel = null;  // the whole period
    for (b = 0; b < bins.length; b++) {
      var x0 = g.x(bins[b][0]), x1 = g.x(bins[b][1] + 1), w = Math.max(x1 - x0 - (x1 - x0 > 3 ? 1 : 0), 0.5);
      var y = g.bottom, inside = !sel || (bins[b][1] >= sel[0] && bins[b][0] <= sel[1]);
      for (s = 0; s < 4; s++) {
        var n = counts[b * 4 + s];
        if (!n) continue;
        var h = (g.bottom - g.top) * n / max;
        chart.appendChild(svg("rect", { x: x0, y: y - h, width: w, height: h, fill: colors[s],
          "fill-opacity": inside ? 1 : 0.25, "class": "kg-bar" }));
        y -= h;
      }
    }
    chart.appendChild(svg("line", { x1: g.left, x2: g.right, y1: g.bottom + 0.5, y2: g.bottom + 0.5, stroke: "#c5cdd6" }));
    this.ticks(chart, g);
    if (sel) {
      var a = Math.max(g.x(sel[0]), g.left), z = Math.min(g.x(sel[1] + 1), g.right);
      if (z > a) chart.appendChild(svg("rect", { x: a, y: g.top - 4, width: z - a, height: g.bottom - g.top + 4,
        "class": "kg-brush" }));
    }
    if (this.dragging) {
      var p = Math.min(this.dragging[0], this.dragging[1]), q = Math.max(this.dragging[0], this.dragging[1]);
      chart.appendChild(svg("rect", { x: p, y: g.top - 4, width: Math.max(q - p, 1), height: g.bottom - g.top + 4,
        "class": "kg-brush kg-brushing" }));
    }
    var label = svg("text", { x: g.left + 2, y: g.top - 5, "class": "kg-tl-max" });
    label.textContent = max + " entretiens / " + this.unit;
    chart.appendChild(label);
    while (this.container.firstChild) this.container.removeChild(this.container.firstChild);
    this.container.appendChild(chart);
  };

  /* Year marks (or months, for a weekly timeline), thinned to fit. */
  T.ticks = function (chart, g) {
    var first = ymd(g.d0), last = ymd(g.d1 - 1), marks = [], y, m;
    var MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];
    if (this.unit === "mois") {
      for (y = first[0] + (first[1] > 0 ? 1 : 0); y <= last[0]; y++) marks.push([dayOf(y, 0, 1), String(y)]);
    } else {
      for (y = first[0], m = first[1] + 1; dayOf(y, m, 1) < g.d1; m++) {
        marks.push([dayOf(y, m, 1), MONTHS[((m % 12) + 12) % 12] + (m % 12 === 0 ? " " + (y + m / 12) : "")]);
      }
    }
    var every = Math.max(1, Math.ceil(marks.length * 48 / Math.max(g.right - g.left, 1)));
    marks.forEach(function (mark, k) {
      if (k % every) return;
      var x = g.x(mark[0]);
      chart.appendChild(svg("line", { x1: x, x2: x, y1: g.bottom, y2: g.bottom + 4, stroke: "#9aa5b1" }));
      var text = svg("text", { x: x + 2, y: g.height - 3 });
      text.textContent = mark[1];
      chart.appendChild(text);
    });
  };

  T.listen = function () {
    var self = this, box = this.container, start = null;
    function x(e) { return e.clientX - box.getBoundingClientRect().left; }
    box.addEventListener("pointerdown", function (e) {
      if (!self.bins.length) return;
      start = x(e);
      self.dragging = [start, start];
      try { box.setPointerCapture(e.pointerId); } catch (err) { /* synthetic events */ }
      e.preventDefault();
    });
    box.addEventListener("pointermove", function (e) {
      if (start === null) return;
      self.dragging = [start, x(e)];
      self.draw();
    });
    function end(e) {
      if (start === null) return;
      var g = self.geometry(), a = Math.min(start, x(e)), b = Math.max(start, x(e));
      start = null;
      self.dragging = null;
      var from, to;
      if (b - a < 4) {          // a click: that bar's month or week
        var bin = self.binAt(g.day(a));
        from = self.bins[bin][0]; to = self.bins[bin][1];
      } else {                  // a brush: from the first bar it touches to the last
        from = self.bins[self.binAt(g.day(a))][0];
        to = self.bins[self.binAt(g.day(b))][1];
      }
      self.options.onBrush(from, to);
    }
    box.addEventListener("pointerup", end);
    box.addEventListener("pointercancel", function () { start = null; self.dragging = null; self.draw(); });
    if (window.ResizeObserver) new ResizeObserver(function () { self.draw(); }).observe(box);
  };

  T.binAt = function (day) {
    var bins = this.bins, lo = 0, hi = bins.length - 1;
    if (day <= bins[0][1]) return 0;
    if (day >= bins[hi][0]) return hi;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (bins[mid][1] < day) lo = mid + 1; else hi = mid;
    }
    return lo;
  };

  window.KGTimeline = Timeline;
})();
