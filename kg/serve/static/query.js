// The query page of `kg serve`: sends the query to /sparql and shows the answer as a table.
// Every value is put in the page as text (textContent), never as markup; the page asks for
// nothing but /sparql (its CSP allows nothing else).
"use strict";

function show(table, head, rows) {
  table.replaceChildren();
  const header = table.insertRow();
  for (const name of head) {
    const th = document.createElement("th");
    th.textContent = name;
    header.appendChild(th);
  }
  for (const row of rows) {
    const tr = table.insertRow();
    for (const value of row) tr.insertCell().textContent = value;
  }
}

async function run(event) {
  event.preventDefault();
  const status = document.getElementById("kg-status");
  const table = document.getElementById("kg-results");
  status.className = "";
  status.textContent = "running…";
  table.replaceChildren();
  try {
    const response = await fetch("/sparql", {
      method: "POST",
      headers: {"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json, text/turtle;q=0.9"},
      body: document.getElementById("kg-query").value,
    });
    const text = await response.text();
    if (!response.ok) throw new Error(response.status + " " + text);
    if (!(response.headers.get("Content-Type") || "").includes("json")) {
      show(table, ["answer"], [[text]]);
      status.textContent = "";
      return;
    }
    const answer = JSON.parse(text);
    if ("boolean" in answer) {
      show(table, ["answer"], [[String(answer.boolean)]]);
    } else {
      const head = answer.head.vars;
      show(table, head, answer.results.bindings.map(b => head.map(v => (b[v] ? b[v].value : ""))));
    }
    const cut = response.headers.get("X-SPARQL-MaxRows") || response.headers.get("X-KG-MaxBytes");
    status.textContent = (answer.results ? answer.results.bindings.length + " rows" : "") + (cut ? " (cut)" : "");
  } catch (error) {
    status.className = "error";
    status.textContent = String(error.message || error);
  }
}

document.getElementById("kg-form").addEventListener("submit", run);
window.kgReady = true;
