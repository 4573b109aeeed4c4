"""Each fact once: the union of the graphs (what a query sees by default) holds no triple twice,
so a user's first query gives one row per answer, without DISTINCT.

On the seeds and the bundled sample, built by the real `kg build`: every named query's pattern
has as many solutions as distinct ones, and the README's first query one row per call and
participant. None of it relies on Oxigraph removing copies: there are none to remove.
"""
from __future__ import annotations

import re
from collections import Counter

import pytest

import kg
from kg.outputs.ask import bind, catalogue

README_QUERY = "SELECT ?date ?label WHERE { ?c a kg:Call ; kg:date ?date ; kg:participant/rdfs:label ?label }"


@pytest.fixture(scope="module", params=["seed_store", "sample_store"])
def store(request):
    """Each store opened once for the module's tests, which only read it: one query worker each
    (`kg.open` starts one at the first query), not one per test."""
    with kg.open(request.getfixturevalue(request.param)) as opened:
        yield opened


def _count(store, sparql: str) -> int:
    return int(next(iter(store.query(sparql)))["n"].value)


def test_no_triple_is_in_two_graphs(store):
    every = _count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    distinct = _count(store, "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")
    assert every == distinct == len(store)


def pattern(sparql: str) -> str:
    """The WHERE block of a query, braces included."""
    start = re.search(r"\bWHERE\s*\{", sparql).end() - 1
    depth = 0
    for i, char in enumerate(sparql[start:], start):
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth == 0:
            return sparql[start:i + 1]
    raise AssertionError("unbalanced braces")


def _values(store) -> dict[str, str]:
    """A value for each kind of parameter that the store has answers for."""
    pair = Counter()
    for row in store.query("SELECT ?c ?x ?y WHERE { ?c a kg:Call ; kg:participant ?x, ?y FILTER(STR(?x) < STR(?y)) }"):
        pair[(row["x"].value, row["y"].value)] += 1
    (a, b), _ = pair.most_common(1)[0]
    call = next(iter(store.query("SELECT ?c WHERE { ?c a kg:Call ; kg:report ?r1, ?r2 FILTER(?r1 != ?r2) } LIMIT 1")), None) \
        or next(iter(store.query("SELECT ?c WHERE { ?c a kg:Call } LIMIT 1")))
    topic = next(iter(store.query("SELECT ?t WHERE { ?c a kg:Claim ; kg:topic ?t } LIMIT 1")))["t"].value.rsplit("/", 1)[-1]
    speaker = next(iter(store.query("SELECT ?s WHERE { ?c a kg:Claim ; kg:topic ?t ; kg:speaker ?s } LIMIT 1")))["s"].value
    return {"a": f"<{a}>", "b": f"<{b}>", "call": f"<{call['c'].value}>", "topic": topic, "speaker": f"<{speaker}>"}


@pytest.mark.parametrize("name", sorted(catalogue()))
def test_every_named_query_pattern_has_no_repeated_solution(store, name):
    """The WHERE block of each query, its parameters bound by a VALUES inside it, as `SELECT *`:
    every solution of the pattern, each variable projected, none dropped by DISTINCT."""
    query = catalogue()[name]
    values = _values(store)
    bindings = bind(store, query, {p.name: values[p.name] for p in query.params})
    where = pattern(query.sparql)
    if bindings:
        names = " ".join(f"?{k}" for k in bindings)
        where = "{ VALUES (" + names + ") { (" + " ".join(str(v) for v in bindings.values()) + ") } " + where[1:]
    result = store.query(f"SELECT * WHERE {where}")
    columns = [v.value for v in result.variables]
    rows = [tuple((c, str(t)) for c, t in zip(columns, row, strict=True) if t is not None) for row in result]
    if name not in ("conflicting-reports", "merges"):  # the seeds and the sample have none of those
        assert rows, f"{name}: no answer to compare on"
    assert len(rows) == len(set(rows)), f"{name}: {len(rows) - len(set(rows))} repeated solutions"


def test_the_readme_query_gives_one_row_per_call_and_participant(store):
    rows = [(row["date"].value, row["label"].value) for row in store.query(README_QUERY)]
    pairs = _count(store, "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?c ?p WHERE { ?c a kg:Call ; kg:date ?d ; kg:participant ?p } }")
    assert len(rows) == pairs
    assert len(set(rows)) == len(rows) or _same_day_pairs(store)  # the same two leaders twice on a day would repeat a row


def _same_day_pairs(store) -> bool:
    return _count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?c1 a kg:Call ; kg:date ?d ; kg:participant ?p . "
                         "?c2 a kg:Call ; kg:date ?d ; kg:participant ?p FILTER(?c1 != ?c2) }") > 0


def test_replace_and_prune_leave_exactly_what_a_fresh_build_writes(tmp_path, nlp):
    """Derived facts follow their documents out: an alias only a replaced document gave, an
    actor only a pruned one named, a call only it reported are gone, as if never built."""
    import shutil

    from tests.conftest import SHARED, _build, store_state

    first, final = tmp_path / "first", tmp_path / "final"
    shutil.copytree(SHARED / "seeds", first)
    final.mkdir()
    seeds = sorted(first.glob("*.txt"))
    for article in seeds[1:4]:  # three kept as they are
        for suffix in (".txt", ".json"):
            shutil.copy(article.with_suffix(suffix), final)
    changed = seeds[4]  # one cut down to its first lines: fewer actors, names and calls
    shutil.copy(changed.with_suffix(".json"), final)
    (final / changed.name).write_text("\n".join(changed.read_text(encoding="utf-8").splitlines()[:3]), encoding="utf-8")

    store = tmp_path / "store"
    _build([first], store)
    from kg.build import build

    report = build([final], store, prune=True)
    assert (report.documents, report.unchanged, report.pruned) == (1, 3, 1)
    fresh = tmp_path / "fresh"
    _build([final], fresh)

    def facts(state: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
        """All but the digest of the file each document was read from: the kept three were read from `first`."""
        return {g: frozenset(t for t in triples if "#fileDigest>" not in t) for g, triples in state.items()}

    assert facts(store_state(store)) == facts(store_state(fresh))
