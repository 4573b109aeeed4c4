"""Files other tools open: Turtle and TriG with kg's prefixes, JSON-LD with a @context, the call
network as GEXF and GraphML (read back with networkx), `-` for standard output and input, the
format taken from the file's extension, and errors that say what to write instead."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from itertools import combinations
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph

import kg
from kg.cli import main
from tests.conftest import SHARED, export_of


def run(*args, input: str | None = None, code: int = 0):
    result = CliRunner().invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)
    assert result.exit_code == code, result.output
    return result


@pytest.fixture(scope="module")
def quads(seed_store) -> int:
    with kg.open(seed_store) as store:
        return len(store)


def test_turtle_has_the_ontologys_prefixes_and_every_triple_once(seed_store, tmp_path, quads):
    out = tmp_path / "graph.ttl"
    run("export", "--store", seed_store, "--out", out)  # the format from the extension
    text = out.read_text(encoding="utf-8")
    assert "@prefix kg: <https://w3id.org/kg-diplo/ontology#>" in text and "kg:Call" in text
    assert len(Graph().parse(data=text, format="turtle")) == quads  # no triple is in two graphs


def test_trig_keeps_the_graphs_with_prefixes(seed_store, tmp_path, quads):
    out = tmp_path / "graph.trig"
    run("export", "--store", seed_store, "--out", out)
    text = out.read_text(encoding="utf-8")
    assert "@prefix actor: <https://w3id.org/kg-diplo/actor/>" in text
    dataset = Dataset()
    dataset.parse(data=text, format="trig")
    assert len(dataset) == quads


def test_json_ld_is_compacted_with_a_context(seed_store, tmp_path, quads):
    out = tmp_path / "graph.jsonld"
    run("export", "--store", seed_store, "--out", out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["@context"]["kg"] == "https://w3id.org/kg-diplo/ontology#"
    assert '"kg:participant"' in out.read_text(encoding="utf-8")
    dataset = Dataset()
    dataset.parse(data=json.dumps(data), format="json-ld")
    assert len(dataset) == quads


def test_json_ld_is_the_same_bytes_in_every_process(seed_store, tmp_path):
    """rdflib writes in the order of its hash tables, which each process seeds anew."""
    kg_command = Path(sys.executable).parent / "kg"
    written = set()
    for seed in range(1, 5):
        out = tmp_path / f"graph-{seed}.jsonld"
        subprocess.run([str(kg_command), "export", "--store", str(seed_store), "--out", str(out)], check=True,
                       capture_output=True, env={**os.environ, "PYTHONHASHSEED": str(seed)})
        written.add(out.read_bytes())
    assert len(written) == 1


@pytest.mark.parametrize("suffix, read", [(".gexf", nx.read_gexf), (".graphml", nx.read_graphml)])
def test_the_call_network_opens_in_graph_tools(seed_store, tmp_path, suffix, read):
    out = tmp_path / f"calls{suffix}"
    run("export", "--store", seed_store, "--out", out)
    graph = read(out)
    data = export_of(seed_store)
    labels = {a["id"]: a["label"] for a in data["actors"]}
    people = {p for c in data["calls"] for p in c["participants"]}
    assert set(graph.nodes) == people
    assert {graph.nodes[n]["label"] for n in graph} == {labels[p] for p in people}
    assert graph.number_of_edges() == sum(len(list(combinations(set(c["participants"]), 2))) for c in data["calls"])
    dated = next(c for c in data["calls"] if c["date"])
    a, b = sorted(set(dated["participants"]))[:2]
    edges = graph.get_edge_data(a, b)
    assert any(e.get("date") == dated["date"] and e.get("status") == dated["status"] for e in edges.values())


def test_dash_is_standard_output_and_input(seed_store, tmp_path):
    out = run("export", "--store", seed_store, "--out", "-")
    assert json.loads(out.stdout)["documents"] and "wrote" not in out.stdout
    turtle = run("export", "--store", seed_store, "--out", "-", "--format", "turtle")
    assert turtle.stdout.startswith("@prefix")
    asked = run("query", "-f", "-", "--store", seed_store, "--format", "csv", input="SELECT (COUNT(*) AS ?n) WHERE { ?c a kg:Call }")
    assert asked.stdout.split()[0] == "n" and int(asked.stdout.split()[1]) > 0
    assert run("query", "-", "--store", seed_store, input="ASK { ?c a kg:Call }").stdout.strip() == "true"
    page = run("viz", "--store", seed_store, "--out", "-")
    assert page.stdout.lstrip().lower().startswith("<!doctype html")


def test_build_reads_articles_from_standard_input(tmp_path, nlp):
    article = (SHARED / "seeds" / "000_a5d666e322ee2225.txt").read_text(encoding="utf-8")
    built = run("build", "-", "--store", tmp_path / "one", input=article)
    assert "documents=1" in built.stdout
    lines = "\n".join(json.dumps({"id": f"ligne-{i}", "text": article}) for i in range(2))
    assert "documents=2" in run("build", "-", "--store", tmp_path / "two", input=lines).stdout


def test_a_file_whose_format_cannot_be_told_is_an_error(seed_store, tmp_path):
    result = run("export", "--store", seed_store, "--out", tmp_path / "graph.dat", code=1)
    assert "cannot tell the format from" in result.output and ".ttl (turtle)" in result.output
    assert not (tmp_path / "graph.dat").exists()


def test_an_unknown_prefix_is_named(seed_store):
    result = run("query", "SELECT * WHERE { ?s foo:bar ?o }", "--store", seed_store, code=1)
    assert "unknown prefix foo: in the query" in result.output and len(result.output.strip().splitlines()) == 1
    declared = run("query", "PREFIX foo: <http://example.org/> SELECT * WHERE { ?s foo:bar ?o }", "--store", seed_store)
    assert "(0 rows)" in declared.output
    quoted = run("query", 'SELECT * WHERE { ?s rdfs:label "x:y" }', "--store", seed_store)
    assert "(0 rows)" in quoted.output


def test_ask_suggests_what_was_meant(seed_store):
    result = run("ask", "calls-betwen", "--store", seed_store, code=1)
    assert "did you mean calls-between" in result.output
    result = run("ask", "calls-between", "--aa", "Poutine", "--b", "Macron", "--store", seed_store, code=1)
    assert "did you mean --a?" in result.output


def test_gexf_of_the_library_network_round_trips():
    from kg.outputs.network import call_network, gexf

    data = {"actors": [{"id": "urn:a", "label": "A", "type": "Person", "wikidata": None, "aliases": []},
                       {"id": "urn:b", "label": "B", "type": "Country", "wikidata": "Q1", "aliases": ["Bé"]}],
            "calls": [{"id": "urn:c1", "participants": ["urn:a", "urn:b"], "initiator": None, "date": None,
                       "duration_min": None, "medium": "video", "status": "planned", "topics": [], "documents": ["d"],
                       "evidence": []}]}
    graph = nx.read_gexf(io.BytesIO(gexf(call_network(data))))
    assert graph.nodes["urn:b"]["wikidata"] == "Q1" and graph.nodes["urn:b"]["aliases"] == "Bé"
    [(_, _, attributes)] = graph.edges(data=True)
    assert attributes["status"] == "planned" and "date" not in attributes
