"""One call across articles: reports of several documents merged into one call, each merge with
its reason, listed by `kg merges` and undone by `kg merges split`, a decision later builds keep.

The rules on small records first (kg.graph.merge), then two articles of our own that report one
call, dated to the day in one and only to the month in the other, through the real CLI."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import kg
from kg.cli import main
from kg.graph.merge import Report, Split, group, united

P = frozenset({"actor/macron", "actor/scholz"})


def report(doc: str, date: str | None, status: str = "occurred", medium: str = "phone", topics=("ukraine-war",),
           index: int = 0, participants=P) -> Report:
    return Report(f"doc/{doc}/call/{index}", doc, participants, date, status, medium, None, None, frozenset(topics))


def calls(reports, splits=()) -> list[tuple[tuple[str, ...], str | None]]:
    found = group(reports, lambda p, day, planned: f"day:{day}" + ":planned" * planned, lambda r: f"one:{r}", splits)
    return sorted((tuple(r.document for r in g.reports), g.reason) for g in found)


def test_the_same_day_merges_whatever_the_reports_say():
    assert calls([report("a", "2024-03-12"), report("b", "2024-03-12", "denied", topics=())]) == [(("a", "b"), "day")]


def test_a_call_planned_for_a_day_and_the_call_of_that_day_are_two():
    found = calls([report("a", "2024-03-12", "planned"), report("b", "2024-03-12"), report("c", "2024-03-12", "planned")])
    assert found == [(("a", "c"), "day"), (("b",), None)]


def test_a_month_report_joins_the_one_call_of_that_month_that_shares_a_topic():
    assert calls([report("a", "2024-03-12"), report("b", "2024-03")]) == [(("a", "b"), "month")]


@pytest.mark.parametrize("other", [
    report("b", "2024-03", topics=("energy",)),  # no topic in common
    report("b", "2024-03", medium="video"),  # a video call that month is another call
    report("b", "2024-03", status="planned"),  # a planned call is not the one that took place
    report("b", "2024-04"),  # another month
    report("a", "2024-03", index=1),  # the same article told them apart
    report("b", "2024-03", participants=frozenset({"actor/macron", "actor/biden"})),
])
def test_a_month_report_stays_apart_when_it_does_not_meet(other):
    assert calls([report("a", "2024-03-12"), other]) == sorted([(("a",), None), ((other.document,), None)])


def test_a_month_report_that_could_be_two_calls_joins_neither():
    found = calls([report("a", "2024-03-05"), report("b", "2024-03-20"), report("c", "2024-03")])
    assert found == [(("a",), None), (("b",), None), (("c",), None)]


def test_month_reports_of_several_documents_merge_among_themselves():
    assert calls([report("a", "2024-03"), report("b", "2024-03"), report("c", "2024-03", topics=("energy",))]) == \
        [(("a", "b"), "month"), (("c",), None)]


def test_a_split_keeps_every_report_or_one_documents_apart():
    reports = [report("a", "2024-03-12"), report("b", "2024-03-12"), report("c", "2024-03")]
    assert calls(reports) == [(("a", "b", "c"), "month")]
    assert calls(reports, [Split("day:2024-03-12")]) == [(("a",), None), (("b",), None), (("c",), None)]
    assert calls(reports, [Split("day:2024-03-12", "c")]) == [(("a", "b"), "day"), (("c",), None)]


def test_the_call_has_the_most_precise_date_and_the_strongest_status():
    call = united(group([report("a", "2024-03", "unconfirmed", topics=("nato", "ukraine-war")), report("b", "2024-03-12")],
                        lambda p, day, planned: "x", lambda r: "y")[0])
    assert (call.date, call.status, call.topics) == ("2024-03-12", "occurred", frozenset({"ukraine-war", "nato"}))


# ---------------------------------------------------------------------- two articles of our own

DAY = ("Emmanuel Macron s'est entretenu mardi par téléphone avec Olaf Scholz, a fait savoir l'Élysée. Les deux "
       "dirigeants ont discuté de l'aide militaire à l'Ukraine et de la préparation du prochain Conseil européen.")
MONTH = ("Olaf Scholz et Emmanuel Macron se sont parlé au téléphone en mars, selon une source diplomatique. "
         "L'Ukraine était au centre de leur échange, qui n'a donné lieu à aucun communiqué.")
OTHER = "Le Parlement européen a adopté jeudi un texte sur les emballages, sans lien avec la diplomatie."


def kg_cli(*args):
    result = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def two_articles(tmp_path_factory, nlp):
    corpus = tmp_path_factory.mktemp("two-articles")
    for name, text, meta in (("jour", DAY, {"published": "2024-03-14", "source": "Le Quotidien du Rhin"}),
                             ("mois", MONTH, {"published": "2024-04-20", "source": "La Gazette de l'Est"})):
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
        (corpus / f"{name}.json").write_text(json.dumps(meta), encoding="utf-8")
    return corpus


def exported(store) -> dict:
    from kg.outputs.export import export_data

    with kg.open(store) as opened:
        return export_data(opened)


def test_two_articles_make_one_call_with_both_documents_and_the_reason(two_articles, tmp_path):
    store = tmp_path / "store"
    kg_cli("build", two_articles, "--store", store)
    data = exported(store)
    assert len(data["calls"]) == 1
    call = data["calls"][0]
    assert call["documents"] == ["jour", "mois"] and call["date"] == "2024-03-12" and call["status"] == "occurred"
    assert {e["document"] for e in call["evidence"]} == {"jour", "mois"}
    listed = kg_cli("merges", "--store", store, "--format", "json")
    rows = json.loads(listed)
    assert [(r["reason"], r["documents"]) for r in rows] == [("same participants, month and topic", "jour mois")]
    assert "conforms" in kg_cli("validate", "--store", store)


def test_a_split_is_kept_by_later_builds_and_can_be_undone(two_articles, tmp_path):
    store = tmp_path / "store"
    kg_cli("build", two_articles, "--store", store)
    call = exported(store)["calls"][0]["id"].removeprefix("https://w3id.org/kg-diplo/")
    said = kg_cli("merges", "split", call, "--document", "mois", "--store", store)
    assert "stay apart" in said
    assert sorted(c["documents"] for c in exported(store)["calls"]) == [["jour"], ["mois"]]
    assert "Kept apart by you" in kg_cli("merges", "--store", store)

    (two_articles / "autre.txt").write_text(OTHER, encoding="utf-8")  # a later build, with a new document
    try:
        assert "documents=1" in kg_cli("build", two_articles, "--store", store)
    finally:
        (two_articles / "autre.txt").unlink()
    assert sorted(c["documents"] for c in exported(store)["calls"]) == [["jour"], ["mois"]]

    assert "forgot 1 split(s)" in kg_cli("merges", "unsplit", call, "--store", store)
    assert [c["documents"] for c in exported(store)["calls"]] == [["jour", "mois"]]


def test_splitting_what_is_not_a_merge_says_so(two_articles, tmp_path):
    store = tmp_path / "store"
    kg_cli("build", two_articles, "--store", store)
    result = CliRunner().invoke(main, ["merges", "split", "call/0000", "--store", str(store)])
    assert result.exit_code == 1 and "is not a call kg merged" in result.output
    call = exported(store)["calls"][0]["id"]
    result = CliRunner().invoke(main, ["merges", "split", call, "--document", "nope", "--store", str(store)])
    assert result.exit_code == 1 and "its documents: jour, mois" in result.output


def quads(store) -> set[str]:
    import pyoxigraph as ox

    with kg.open(store) as opened:
        return set(opened.dump(ox.RdfFormat.N_QUADS).decode().splitlines())


def test_a_build_derives_the_calls_it_touches_as_a_whole_build_would(tmp_path, nlp):
    """Each build after the first derives again only the calls of the participants its documents
    report, now or before: merges made, joined, undone by a rewritten article or a removed one
    (while another pair's merge stays) must leave the store as a build of the final articles
    from nothing would."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()

    def article(name: str, text: str, published: str) -> None:
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
        (corpus / f"{name}.json").write_text(json.dumps({"published": published}), encoding="utf-8")

    other_pair = DAY.replace("Emmanuel Macron", "Joe Biden").replace("Olaf Scholz", "Xi Jinping").replace("l'Élysée", "la Maison Blanche")
    steps = [lambda: [article(name, other_pair, "2024-03-14") for name in ("washington", "pekin")],  # merged, and stays so
             lambda: article("jour", DAY, "2024-03-14"),
             lambda: article("mois", MONTH, "2024-04-20"),  # joins the call of the 12th: merged for the month
             lambda: article("veille", DAY.replace("mardi", "lundi"), "2024-03-14"),  # the 11th: 'mois' joins neither
             lambda: article("encore", DAY, "2024-03-14"),  # the call of the 12th again: merged for the day
             lambda: article("mois", OTHER, "2024-04-20"),  # rewritten: its report gone
             lambda: (corpus / "jour.txt").unlink()]
    calls_seen = []
    for number, step in enumerate(steps):
        step()
        kg.build(corpus, tmp_path / "built", prune=True)
        kg.build(corpus, tmp_path / f"whole-{number}")
        assert quads(tmp_path / "built") == quads(tmp_path / f"whole-{number}"), f"after step {number}"
        calls_seen.append(sorted(c["documents"] for c in exported(tmp_path / "built")["calls"]))
    pair = ["pekin", "washington"]
    assert calls_seen == [[pair], [["jour"], pair], [["jour", "mois"], pair], [["jour"], ["mois"], pair, ["veille"]],
                          [["encore", "jour"], ["mois"], pair, ["veille"]], [["encore", "jour"], pair, ["veille"]],
                          [["encore"], pair, ["veille"]]]


def test_a_build_records_the_basis_its_documents_give_without_reading_them_all_again(tmp_path, nlp):
    """A build knows every document the store holds once it has written (those it found, wrote
    and pruned) and hands them to the derivation (`held`) rather than have it read them all
    again: the basis it records is still the one the store's documents give, after new,
    rewritten and pruned articles, so the next build finds the derived graphs up to date."""
    from kg.graph import derive

    corpus, store = tmp_path / "corpus", tmp_path / "store"
    corpus.mkdir()
    for name, text in (("jour", DAY), ("mois", MONTH)):
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    kg.build(corpus, store, prune=True)
    (corpus / "mois.txt").write_text(OTHER, encoding="utf-8")
    (corpus / "jour.txt").unlink()
    (corpus / "veille.txt").write_text(DAY.replace("mardi", "lundi"), encoding="utf-8")
    kg.build(corpus, store, prune=True)
    with kg.open(store, write=True) as opened:
        recorded, parts = derive.recorded(opened)
        assert recorded == derive.basis(opened, parts)
        derive.derive(opened, None, parts, (), (), held={})  # what it is told is what it records
        assert derive.recorded(opened)[0] == derive.basis(opened, parts, {}) != recorded


def test_a_build_that_only_adds_documents_describes_again_only_the_actors_they_name(tmp_path, nlp):
    """The actors graph is derived from every document naming an actor; a build that only adds
    documents can change only the descriptions of the actors those name, so the others are not
    read again (at 1,000 documents, reading all took most of each build's derivation), and what it
    writes is what a derivation from every document writes."""
    from kg.graph import derive
    from kg.nlp import gazetteer

    corpus, store = tmp_path / "corpus", tmp_path / "store"
    corpus.mkdir()
    (corpus / "jour.txt").write_text(DAY, encoding="utf-8")
    (corpus / "autre.txt").write_text(DAY.replace("Emmanuel Macron", "Pedro Sánchez").replace("l'Élysée", "la Moncloa"),
                                      encoding="utf-8")
    kg.build(corpus, store)
    before = quads(store)
    with kg.open(store, write=True) as opened:
        parts = sorted(derive.recorded(opened)[1])
        added = derive.derive(opened, gazetteer.load().actors, parts, {"autre"}, {"autre"})
        whole = derive.derive(opened, gazetteer.load().actors, parts)
    assert 0 < added.actors < whole.actors  # Sánchez, Scholz, la Moncloa: not Macron nor l'Élysée
    assert quads(store) == before


class _Recorded:
    """An Oxigraph store whose updates are kept, in order, as (deleted, inserted) line counts."""

    def __init__(self, oxigraph) -> None:
        self.oxigraph, self.updates = oxigraph, []

    def update(self, text: str, **options) -> None:
        deleted, _, inserted = text.partition("INSERT DATA")
        self.updates.append(tuple(sum(line.endswith(" .") for line in part.splitlines()) for part in (deleted, inserted)))
        self.oxigraph.update(text, **options)

    def __getattr__(self, name: str):
        return getattr(self.oxigraph, name)


def test_graphs_rewritten_at_length_go_in_bounded_transactions_deletions_first(tmp_path, monkeypatch):
    """A derivation of many articles writes some 18 triples an article in one go (180,000 for
    10,000 articles), and Oxigraph holds a transaction's triples in memory twice over: the
    changes go in transactions of at most LINES_PER_WRITE lines, every deletion before any
    insertion (a triple read back in another lexical form is deleted and inserted again)."""
    import pyoxigraph as ox

    from kg.graph import store as stores

    monkeypatch.setattr(stores, "LINES_PER_WRITE", 4)
    one, two = ox.NamedNode("https://example.org/one"), ox.NamedNode("https://example.org/two")

    def lines(count: int, value: str) -> list[str]:
        return [f'<https://example.org/s{i}> <https://example.org/p> "{value}" .' for i in range(count)]

    with kg.open(tmp_path / "store", write=True) as opened:
        recorded = opened._oxigraph = _Recorded(opened._oxigraph)
        opened.replace_graphs({one: lines(7, "a"), two: lines(3, "a")})
        assert recorded.updates == [(0, 4), (0, 4), (0, 2)]
        recorded.updates.clear()
        opened.replace_graphs({one: lines(7, "b"), two: lines(3, "a")})
        assert recorded.updates == [(4, 0), (3, 1), (0, 4), (0, 2)]
        opened._oxigraph = recorded.oxigraph
        held = {g: sorted(f"{q.subject} {q.predicate} {q.object} ." for q in opened.quads() if q.graph_name == g) for g in (one, two)}
        assert held == {one: sorted(lines(7, "b")), two: sorted(lines(3, "a"))}


def test_a_derivation_stopped_part_way_leaves_no_basis_so_the_next_build_derives_again(tmp_path, monkeypatch):
    """The derived graphs may take several transactions: the basis recorded for them is taken
    away in the first and written again in the last, so a derivation stopped between two leaves
    the next build to derive them again in full (the fingerprint parts it had stay)."""
    from kg.graph import derive
    from kg.graph import store as stores

    class Stopped(_Recorded):
        def update(self, text: str, **options) -> None:
            if len(self.updates) == 1:
                raise KeyboardInterrupt
            super().update(text, **options)

    with kg.open(tmp_path / "store", write=True) as opened:
        derive.derive(opened, None, ["rules=1"], held={})
        assert derive.recorded(opened) == (derive.basis(opened, ["rules=1"], {}), {"rules=1"})
        monkeypatch.setattr(stores, "LINES_PER_WRITE", 1)  # the old basis, the old part, the new part, the new basis
        opened._oxigraph = Stopped(opened._oxigraph)
        with pytest.raises(KeyboardInterrupt):
            derive.derive(opened, None, ["rules=2"], held={})
        assert opened._oxigraph.updates == [(1, 0)]
        opened._oxigraph = opened._oxigraph.oxigraph
        assert derive.recorded(opened) == (None, {"rules=1"})
        derive.derive(opened, None, ["rules=2"], held={})
        assert derive.recorded(opened) == (derive.basis(opened, ["rules=2"], {}), {"rules=2"})
