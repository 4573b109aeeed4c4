"""Network measures on the small hand-made store (see tests/conftest_server.py)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

import kg
from kg.outputs import stats as stats_module
from kg.outputs.stats import measure, stats

pytest_plugins = ["conftest_server"]


@pytest.fixture(scope="module")
def data(small_store):
    with kg.open(small_store) as store:
        return measure(store)


def labels(entries):
    return [e["label"] for e in entries]


def test_a_call_only_ever_denied_makes_no_link(data):
    assert (data["actors"], data["calls"], data["pairs"], data["undated_calls"]) == (5, 6, 4, 0)
    pairs = {frozenset((p["a"]["label"], p["b"]["label"])) for p in data["top_pairs"]}
    assert frozenset(("Joe Biden", "Vladimir Putin")) not in pairs


def test_degree_counts_partners_then_calls(data):
    assert [(d["label"], d["partners"], d["calls"]) for d in data["degree"]] == [
        ("Emmanuel Macron", 2, 4), ("Olaf Scholz", 2, 3), ("Volodymyr Zelensky", 2, 2),
        ("Vladimir Putin", 1, 2), ("Joe Biden", 1, 1)]


def test_betweenness_on_the_chain_putin_macron_scholz_zelensky_biden(data):
    top = data["betweenness"]["top"]
    assert data["betweenness"]["exact"]
    assert (top[0]["label"], top[0]["betweenness"]) == ("Olaf Scholz", 0.6667)
    assert {t["label"]: t["betweenness"] for t in top}["Joe Biden"] == 0.0


def test_communities(data):
    assert [labels(c) for c in data["communities"]] == [
        ["Emmanuel Macron", "Olaf Scholz", "Vladimir Putin"], ["Joe Biden", "Volodymyr Zelensky"]]


def test_pairs_with_who_placed_the_calls(data):
    by_pair = {(p["a"]["label"], p["b"]["label"]): p for p in data["top_pairs"]}
    macron_putin = by_pair[("Emmanuel Macron", "Vladimir Putin")]
    assert (macron_putin["calls"], macron_putin["initiated_by_a"], macron_putin["initiated_by_b"],
            macron_putin["initiator_unknown"], macron_putin["asymmetry"]) == (2, 1, 1, 0, 0.0)
    macron_scholz = by_pair[("Emmanuel Macron", "Olaf Scholz")]
    assert (macron_scholz["initiated_by_b"], macron_scholz["initiator_unknown"], macron_scholz["asymmetry"]) == (1, 1, -1.0)
    assert by_pair[("Joe Biden", "Volodymyr Zelensky")]["asymmetry"] == 1.0  # one call, two reports


def test_by_year(data):
    years = {y["year"]: y for y in data["by_year"]}
    assert sorted(years) == ["2023", "2024"]
    assert (years["2023"]["calls"], years["2023"]["actors"]) == (2, 3)
    assert (years["2024"]["calls"], years["2024"]["actors"]) == (4, 5)
    assert [(t["label"], t["calls"]) for t in years["2024"]["top_actors"]] == [
        ("Emmanuel Macron", 3), ("Vladimir Putin", 2), ("Joe Biden", 1)]
    top_pair = years["2024"]["top_pair"]
    assert (top_pair["a"]["label"], top_pair["b"]["label"], top_pair["calls"]) == ("Emmanuel Macron", "Vladimir Putin", 2)


def test_sampled_betweenness_is_the_same_on_every_run(small_store, data, monkeypatch):
    monkeypatch.setattr(stats_module, "EXACT_BETWEENNESS_BELOW", 2)
    monkeypatch.setattr(stats_module, "BETWEENNESS_SOURCES", 2)  # 2 of the 5 actors: a real sample
    first, second = json.loads(stats(small_store, "json")), json.loads(stats(small_store, "json"))
    assert first["betweenness"]["exact"] is False
    assert first["betweenness"]["top"] != data["betweenness"]["top"]  # not the exact answer in disguise
    assert first == second


def test_formats_and_cli(small_store):
    from kg.cli.graph import stats as stats_command

    table = stats(small_store, "table", top=2)
    for heading in ("Most connected", "Most central", "Communities", "Pairs that talk most", "By year"):
        assert heading in table
    assert "Joe Biden" not in table.split("Most central")[0]  # top 2 only
    result = CliRunner().invoke(click.Group(commands={"stats": stats_command}),
                                ["stats", "--store", str(small_store), "--format", "json"], catch_exceptions=False)
    assert result.exit_code == 0 and json.loads(result.output)["calls"] == 6
    missing = CliRunner().invoke(click.Group(commands={"stats": stats_command}), ["stats", "--store", "/nonexistent"])
    assert missing.exit_code == 1 and "no kg store" in missing.output


_COMMUNITIES = """
import json, random
import networkx as nx
from kg.outputs.stats import NetworkCall, network
rng = random.Random(0)
actors = [f"https://example.org/actor/{i}" for i in range(40)]
found = [NetworkCall(f"call{i}", frozenset(rng.sample(actors, rng.choice([2, 2, 3]))), None, None) for i in range(90)]
print(json.dumps(sorted(sorted(c) for c in nx.community.louvain_communities(network(found), weight="weight", seed=0))))
"""


def test_communities_do_not_depend_on_python_s_hash_seed():
    """Louvain's seeded answer depends on the order it meets the nodes; a call's participants are
    a frozenset, whose order changes with the hash seed of each process."""
    repo = Path(__file__).resolve().parents[1]
    answers = {subprocess.run([sys.executable, "-c", _COMMUNITIES], capture_output=True, text=True, check=True, cwd=repo,
                              env={**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(repo)}).stdout
               for seed in range(1, 7)}
    assert len(answers) == 1
