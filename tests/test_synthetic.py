"""The synthetic corpus (`tools.synthetic`) and the pieces of `make bench` (`tools.bench`).

`python -m tools.bench --quick` takes minutes (it builds a few hundred articles several times),
so it is not run here: each of its parts is, on small inputs.
"""
from __future__ import annotations

import json
import re

import pytest

import kg
from kg.graph.rdf import quads
from kg.ingest import _guess_language, read_documents
from tools.bench import Figure, _child_paired, main, oxigraph_run, rdflib_run, synthetic_store_data, table, touch_one_percent
from tools.synthetic import MAX_WORDS, MIN_WORDS, elide, synthetic_articles, synthetic_corpus, synthetic_export, write_corpus


@pytest.fixture(scope="module")
def articles():
    return list(synthetic_articles(120, seed=3))


def test_same_seed_same_texts_and_other_seed_other_texts():
    first = [(d.id, d.text, d.published, d.title) for d in synthetic_corpus(12, seed=5)]
    again = [(d.id, d.text, d.published, d.title) for d in synthetic_corpus(12, seed=5)]
    other = [d.text for d in synthetic_corpus(12, seed=6)]
    assert first == again
    assert not {t for _, t, _, _ in first} & set(other)
    # article i depends on (seed, i) only: a longer corpus starts with the shorter one
    assert [d.text for d in synthetic_corpus(30, seed=5)][:12] == [t for _, t, _, _ in first]


@pytest.mark.parametrize("n", [0, 1, 7])
def test_n_is_respected(n):
    documents = list(synthetic_corpus(n))
    assert len(documents) == n
    assert len({d.id for d in documents}) == n


def test_articles_are_french_and_of_article_length(articles):
    for article in articles:
        text = article.document.text
        assert _guess_language(text) == "fr", text
        assert article.document.language == "fr"
        assert MIN_WORDS <= len(text.split()) <= MAX_WORDS, (len(text.split()), text)
        assert "{" not in text and "}" not in text, text  # every template field filled
        assert not re.search(r"\b(que|de) [aeiouéèê]", text), text  # elided
        assert not re.search(r"\bde les\b|\bde le\b", text), text


def test_phrasings_statuses_and_actors_vary(articles):
    calls = [c for a in articles for c in a.extraction.calls]
    assert {c.status for c in calls} == {"occurred", "planned", "denied", "unconfirmed"}
    assert {c.medium for c in calls} == {"phone", "video"}
    assert any(c.duration_min for c in calls) and any(c.initiator for c in calls)
    assert len({a.document.text.split("\n\n")[1][:25] for a in articles}) > 60  # many openings
    assert sum(c.quoted for a in articles for c in a.extraction.claims) > 30
    assert sum(not c.quoted for a in articles for c in a.extraction.claims) > 30
    actors = {k for a in articles for k in a.extraction.actors}
    assert len(actors) > 150  # the gazetteer's office holders, widely spread


def test_records_point_into_their_text(articles):
    for article in articles:
        text, x = article.document.text, article.extraction
        for call in x.calls:
            assert set(call.participants) <= set(x.actors)
            for span in call.evidence:
                assert text[span.start:span.end] == span.text
        for claim in x.claims:
            assert claim.speaker in x.actors
            assert text[claim.start:claim.end] == claim.text
        assert sum(1 for _ in quads(x)) > 50


def test_elision():
    assert elide("a estimé que un accord de Emmanuel Macron") == "a estimé qu'un accord d'Emmanuel Macron"
    assert elide("de la paix, que la") == "de la paix, que la"


def test_written_corpus_reads_back_the_same(tmp_path):
    paths = write_corpus(tmp_path / "corpus", 6, seed=2)
    problems = []
    read = list(read_documents([tmp_path / "corpus"], problems.append))
    assert not problems and len(paths) == 6
    generated = list(synthetic_corpus(6, seed=2))
    assert [d.content_hash for d in read] == [d.content_hash for d in generated]


@pytest.mark.slow
def test_five_articles_build_without_problems(nlp, tmp_path):
    from kg.build import build

    write_corpus(tmp_path / "corpus", 5)
    problems = []
    report = build([tmp_path / "corpus"], tmp_path / "store", on_problem=problems.append)
    assert not problems
    assert report.documents == 5 and report.calls >= 5 and report.claims >= 5


def test_synthetic_export_shape():
    data = synthetic_export(actors=300, calls=900, claims=100, seed=1)
    ids = {a["id"] for a in data["actors"]}
    assert len(ids) == 300 and len(data["calls"]) == 900 and len(data["claims"]) == 100
    assert {p for c in data["calls"] for p in c["participants"]} == ids  # everyone takes part
    assert all(len(set(c["participants"])) == 2 and set(c["participants"]) <= ids for c in data["calls"])
    assert {c["status"] for c in data["calls"]} == {"occurred", "planned", "unconfirmed", "denied"}
    assert data == synthetic_export(actors=300, calls=900, claims=100, seed=1)


# ---------------------------------------------------------------------------------- bench pieces
def test_figures_and_table():
    assert Figure("a", 1.2, "x", "<= 1.3").met is True
    assert Figure("a", 1.4, "x", "<= 1.3").met is False
    assert Figure("a", 12, "x", ">= 10").met is True
    assert Figure("a", None, "x", ">= 10").met is None
    assert Figure("a", 3.0, "s", "").met is None
    text = table([Figure("speed-up", 1.7, "x", ">= 1.5", "why"), Figure("slow", 2.0, "x", "<= 1.3")])
    assert "met" in text and "NOT MET" in text and "speed-up: why" in text


def test_paired_floor_and_build_take_turns_and_build_everything(tmp_path, nlp):
    write_corpus(tmp_path / "corpus", 5, seed=2)
    result = _child_paired(str(tmp_path / "corpus"), str(tmp_path / "store"), chunk=2)
    assert result["chunks"] == 3 and result["floor_seconds"] > 0 and result["floor_same_ops_seconds"] > 0 and result["build_seconds"] > 0
    with kg.open(tmp_path / "store") as store:
        assert len(store.document_hashes()) == 5


def test_one_percent_of_the_files_change(tmp_path):
    write_corpus(tmp_path, 150)
    before = {p: p.read_text(encoding="utf-8") for p in tmp_path.glob("*.txt")}
    assert touch_one_percent(tmp_path) == 2
    assert sum(p.read_text(encoding="utf-8") != t for p, t in before.items()) == 2


def test_both_engines_answer_the_same_named_query(tmp_path):
    import pyoxigraph as ox
    from rdflib import Dataset, URIRef

    from kg.namespace import PREFIXES
    from kg.outputs.ask import catalogue

    made = synthetic_store_data(3000, seed=1, path=tmp_path / "d.nq")
    assert made["quads"] >= 3000 and set(made["params"]) >= {"calls-between", "accounts-of-call"}
    with kg.open(tmp_path / "store", write=True) as store:
        store.load((tmp_path / "d.nq").read_bytes(), ox.RdfFormat.N_QUADS)
        store.flush()
        assert len(store) == made["quads"]
    dataset = Dataset(default_union=True)
    dataset.parse(str(tmp_path / "d.nq"), format="nquads")
    params = made["params"]["claims-by-speaker-topic"]
    status, _, rows = oxigraph_run(tmp_path / "store", "claims-by-speaker-topic", params, timeout=60)
    assert status == "ok" and rows >= 1
    bindings = {k: URIRef(v.value) if isinstance(v, ox.NamedNode) else v.value for k, v in params.items()}
    from rdflib import Literal

    bindings["topic"] = Literal(params["topic"].value)
    sparql = catalogue()["claims-by-speaker-topic"].sparql
    assert rdflib_run(dataset, sparql, bindings, PREFIXES, timeout=60)[::2] == ("ok", rows)
    # a query that outlasts its time is given up, not waited for
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    assert rdflib_run(dataset, slow, {}, PREFIXES, timeout=1)[0] == "timeout"


def test_bench_viz_part_writes_its_report(tmp_path, capsys):
    out = tmp_path / "bench.json"
    assert main(["--parts", "viz", "--actors", "150", "--out", str(out), "--work", str(tmp_path)]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["machine"]["cpus"] >= 1 and report["params"]["actors"] == 150
    assert report["figures"][0]["name"].startswith("kg viz, 150 actors")
    # whether each target is met is make bench's to say: a unit test asserts no wall-clock figure
    # (on a busy machine the page took 5.1 s for a 5 s target with 0.9 s of CPU)
    measured = {f["name"].strip(): f for f in report["figures"]}  # in headless Chromium
    for name in ("kg viz, 150 actors", "first frame in headless Chromium", "median frame, zooming and panning"):
        figure = next(f for n, f in measured.items() if n.startswith(name))
        assert figure["value"] > 0 and isinstance(figure["met"], bool)
    assert "kg viz" in capsys.readouterr().out
    assert [p.name for p in tmp_path.iterdir()] == ["bench.json"]  # the work folder is cleaned up
