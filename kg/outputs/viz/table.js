/* kg network page: the table of the calls the filters show, sortable, and its CSV.
 *
 * Only the rows in sight are in the DOM (a hundred thousand calls would make a million
 * cells). Every cell is text (textContent). The CSV has exactly the table's rows, in the
 * table's order, with its columns; a cell that a spreadsheet would read as a formula
 * (=, +, -, @ first) is prefixed with an apostrophe.
 */
(function () {
  "use strict";

  var ROW = 30;
  var collator = new Intl.Collator("fr", { sensitivity: "base", numeric: true });

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  /* options: columns [{id, label, text(i), key(i) (number or string; null sorts last)}],
   * onRow(i), onSort(column, descending). */
  function Table(container, options) {
    var self = this;
    this.options = options;
    this.columns = options.columns;
    this.rows = [];
    this.sortBy = options.columns[0].id;
    this.descending = true;
    this.head = el("div", "kg-tr kg-thead");
    this.head.setAttribute("role", "row");
    this.buttons = {};
    this.columns.forEach(function (column) {
      var button = el("button", "kg-th kg-col-" + column.id, column.label);
      button.type = "button";
      button.setAttribute("role", "columnheader");
      button.addEventListener("click", function () {
        self.sort(column.id, self.sortBy === column.id ? !self.descending : column.id === "date");
        if (options.onSort) options.onSort(self.sortBy, self.descending);
      });
      self.buttons[column.id] = button;
      self.head.appendChild(button);
    });
    this.scroller = el("div", "kg-tbody");
    this.spacer = el("div", "kg-spacer");
    this.scroller.appendChild(this.spacer);
    this.grid = el("div", "kg-table");
    this.grid.setAttribute("role", "table");
    this.grid.appendChild(this.head);
    this.grid.appendChild(this.scroller);
    container.appendChild(this.grid);
    this.scroller.addEventListener("scroll", function () { self.render(); });
    if (window.ResizeObserver) new ResizeObserver(function () { self.render(); }).observe(this.scroller);
  }

  var T = Table.prototype;

  T.column = function (id) {
    return this.columns.filter(function (c) { return c.id === id; })[0] || this.columns[0];
  };

  T.setRows = function (rows) {
    this.rows = rows;
    this.order();
    this.render();
  };

  T.sort = function (id, descending) {
    this.sortBy = this.column(id).id;
    this.descending = !!descending;
    this.order();
    this.render();
  };

  T.order = function () {
    var column = this.column(this.sortBy), sign = this.descending ? -1 : 1;
    var keys = {};
    this.rows.forEach(function (i) { keys[i] = column.key(i); });
    this.rows.sort(function (a, b) {
      var x = keys[a], y = keys[b];
      if (x === null || x === undefined) return y === null || y === undefined ? a - b : 1;
      if (y === null || y === undefined) return -1;
      var c = typeof x === "number" && typeof y === "number" ? x - y : collator.compare(String(x), String(y));
      return c ? sign * c : a - b;
    });
    var self = this;
    this.columns.forEach(function (c) {
      var b = self.buttons[c.id];
      b.setAttribute("aria-sort", c.id === self.sortBy ? (self.descending ? "descending" : "ascending") : "none");
      b.textContent = c.label + (c.id === self.sortBy ? (self.descending ? " ▼" : " ▲") : "");
    });
  };

  T.render = function () {
    var scroller = this.scroller, rows = this.rows, self = this;
    this.spacer.style.height = rows.length * ROW + "px";
    Array.prototype.slice.call(scroller.querySelectorAll(".kg-tr")).forEach(function (r) { scroller.removeChild(r); });
    var first = Math.max(0, Math.floor(scroller.scrollTop / ROW) - 4);
    var last = Math.min(rows.length, first + Math.ceil((scroller.clientHeight || 400) / ROW) + 8);
    for (var k = first; k < last; k++) {
      var i = rows[k], row = el("div", "kg-tr");
      row.setAttribute("role", "row");
      row.style.top = k * ROW + "px";
      this.columns.forEach(function (column) {
        var cell = el("div", "kg-td kg-col-" + column.id, column.text(i));
        cell.setAttribute("role", "cell");
        cell.title = cell.textContent;
        row.appendChild(cell);
      });
      row.addEventListener("click", (function (call) { return function () { self.options.onRow(call); }; })(i));
      scroller.appendChild(row);
    }
  };

  /* The table as CSV (RFC 4180, comma-separated, CRLF), header first. */
  T.csv = function () {
    var columns = this.columns;
    function cell(value) {
      var text = value === null || value === undefined ? "" : String(value);
      if (/^[=+\-@\t\r]/.test(text)) text = "'" + text;
      return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
    }
    var lines = [columns.map(function (c) { return cell(c.label); }).join(",")];
    this.rows.forEach(function (i) { lines.push(columns.map(function (c) { return cell(c.text(i)); }).join(",")); });
    return lines.join("\r\n") + "\r\n";
  };

  window.KGTable = Table;
})();
