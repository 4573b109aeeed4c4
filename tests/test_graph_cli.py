"""`kg viz --query` draws a CONSTRUCT's subgraph; `kg build --endpoint` pushes to a real Oxigraph server."""
from __future__ import annotations

import json
import re
import urllib.parse
import urllib.request

from click.testing import CliRunner

from kg.cli import main
from tests.conftest import REPO, SHARED

pytest_plugins = ["conftest_server"]


def _page_data(path) -> dict:
    match = re.search(r'id="kg-data"[^>]*>(.*?)</script>', path.read_text(encoding="utf-8"), re.S)
    return json.loads(match.group(1))


def test_viz_query_draws_only_the_constructed_subgraph(sample_store, tmp_path):
    everything, putin = tmp_path / "all.html", tmp_path / "putin.html"
    runner = CliRunner()
    assert runner.invoke(main, ["viz", "--store", str(sample_store), "--out", str(everything)]).exit_code == 0
    result = runner.invoke(main, ["viz", "--store", str(sample_store), "--out", str(putin),
                                  "--query", str(REPO / "examples" / "putin-calls.rq")])
    assert result.exit_code == 0, result.output
    data = _page_data(putin)  # tables of columns; the calls' participants run together, their counts apart
    names = [[label, *aliases] for label, aliases in zip(data["nodes"]["label"], data["nodes"]["aliases"], strict=True)]
    counts = data["calls"]["lengths"]["participants"]
    assert counts and len(counts) < len(_page_data(everything)["calls"]["lengths"]["participants"])
    starts = [sum(counts[:c]) for c in range(len(counts))]
    assert all(any("Vladimir Putin" in names[i] for i in data["calls"]["participants"][start:start + n])
               for start, n in zip(starts, counts, strict=True))


def test_viz_query_must_be_a_construct(sample_store, tmp_path):
    query = tmp_path / "q.rq"
    query.write_text("SELECT * WHERE { ?s ?p ?o }")
    result = CliRunner().invoke(main, ["viz", "--store", str(sample_store), "--out", str(tmp_path / "x.html"), "--query", str(query)])
    assert result.exit_code == 1 and "CONSTRUCT" in result.output


def test_build_then_push_to_a_real_oxigraph_server(oxigraph_server, tmp_path, nlp):
    result = CliRunner().invoke(main, ["build", str(SHARED / "seeds"), "--store", str(tmp_path / "s"),
                                       "--endpoint", f"{oxigraph_server}/store"])
    assert result.exit_code == 0, result.output
    assert "pushed 8 graph(s)" in result.output  # five documents, the actors, calls and meta graphs
    query = urllib.parse.urlencode({"query": "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"})
    request = urllib.request.Request(f"{oxigraph_server}/query?{query}", headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        answer = json.load(response)
    assert answer["results"]["bindings"][0]["n"]["value"] == "8"
