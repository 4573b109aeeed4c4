"""Records become the expected graph: compared as graphs, not strings."""
from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import RDF, RDFS, SKOS

from kg.graph.rdf import Extraction, actor_lines, call_iri, call_lines, document_lines, quads
from kg.ingest import Document
from kg.namespace import KG, PREFIXES
from kg.nlp.extract.records import CallRecord, ClaimRecord, Span
from kg.nlp.gazetteer import Actor

EXPECTED = Path(__file__).with_name("expected") / "one-document.ttl"
TEXT = ("Emmanuel Macron a appelé Olaf Scholz mardi. « Tout va bien », a-t-il dit. "
        "Le chancelier Scholz a confirmé, selon Jeanne Dulac, sa porte-parole.")


def _extraction(doc_id: str = "a", date: str | None = "2024-03-12") -> Extraction:
    doc = Document(id=doc_id, text=TEXT, published="2024-03-13", source="Test")
    actors = {"Q3052772": Actor("Q3052772", "Person", "Emmanuel Macron", ("Macron",), "Q3052772"),
              "Q61053": Actor("Q61053", "Person", "Olaf Scholz", ("Scholz",), "Q61053"),
              "jeanne-dulac": Actor("jeanne-dulac", "Person", "Jeanne Dulac", (), None, "porte-parole")}
    call = CallRecord(("Q3052772", "Q61053"), "Q3052772", date, 30.0, "phone", "occurred", ("nato",),
                      (Span(0, 43, TEXT[:43]),))
    claim = ClaimRecord("Q3052772", "Tout va bien", "a-t-il dit", 46, 58, True, 0, ())
    surface = {"Q3052772": ("Emmanuel Macron",), "Q61053": ("Scholz", "chancelier Scholz"), "jeanne-dulac": ("Jeanne Dulac",)}
    return Extraction(doc, actors, surface, (call,), (claim,), frozenset({"jeanne-dulac"}), "f00d")


def _graph(x: Extraction) -> Graph:
    lines = "".join(f"{q.subject} {q.predicate} {q.object} .\n" for q in quads(x))
    return Graph().parse(data=lines, format="nt")


def test_the_graph_of_a_document_is_the_expected_one():
    """Against a Turtle file a person has read, not against another run of the same code.
    When the graph's shape changes on purpose: `python -m tests.test_rdf` rewrites the file."""
    got, expected = _graph(_extraction()), Graph().parse(EXPECTED)
    if not isomorphic(got, expected):
        _, only_got, only_expected = graph_diff(to_isomorphic(got), to_isomorphic(expected))
        raise AssertionError(f"written but not expected:\n{only_got.serialize(format='nt')}\n"
                             f"expected but not written:\n{only_expected.serialize(format='nt')}")


def test_a_call_dated_to_the_day_has_one_iri_across_documents():
    a, b = _extraction("a"), _extraction("b")
    assert call_iri(a.calls[0], "a", 0) == call_iri(b.calls[0], "b", 0)


def test_an_undated_call_is_kept_per_document():
    a, b = _extraction("a", None), _extraction("b", None)
    assert call_iri(a.calls[0], "a", 0) != call_iri(b.calls[0], "b", 0)


def test_a_document_keeps_only_what_it_says_of_its_actors():
    """No label, type or alias of a gazetteer actor in the document's graph: the names it writes
    beyond those, and the whole description of an actor it minted."""
    g = _graph(_extraction())
    macron, scholz = URIRef("https://w3id.org/kg-diplo/actor/Q3052772"), URIRef("https://w3id.org/kg-diplo/actor/Q61053")
    assert not list(g.triples((macron, None, None))) and not list(g.triples((scholz, None, None)))
    names = {str(n) for m in g.subjects(KG.actor, scholz) for n in g.objects(m, KG.name)}
    assert names == {"chancelier Scholz"}  # "Scholz" is the gazetteer's alias
    minted = next(g.subjects(KG.actor, URIRef("https://w3id.org/kg-diplo/actor/jeanne-dulac")))
    assert {str(o) for o in g.objects(minted, RDFS.label)} == {"Jeanne Dulac"}
    assert (minted, KG.actorType, KG.Person) in g and (minted, KG.role, Literal("porte-parole")) in g


def test_the_actors_graph_describes_each_actor_once_with_what_documents_call_it():
    lines = "".join(f"{line}\n" for line in actor_lines(_extraction()))
    g = Graph().parse(data=lines, format="nt")
    scholz = URIRef("https://w3id.org/kg-diplo/actor/Q61053")
    assert {str(o) for o in g.objects(scholz, SKOS.altLabel)} == {"Scholz", "chancelier Scholz"}
    assert (scholz, RDFS.label, Literal("Olaf Scholz")) in g and (scholz, RDF.type, KG.Person) in g


def test_a_merged_call_unites_its_reports_and_says_why():
    from kg.graph.merge import Group, Report

    x, y = "https://w3id.org/kg-diplo/actor/x", "https://w3id.org/kg-diplo/actor/y"
    a = Report("https://w3id.org/kg-diplo/doc/a/call/0", "a", frozenset({x, y}), "2024-03-12", "occurred", "phone",
               None, None, frozenset({"nato"}))
    b = Report("https://w3id.org/kg-diplo/doc/b/call/0", "b", frozenset({x, y}), "2024-03", "occurred", "video",
               y, 20.0, frozenset({"energy"}))
    lines = "".join(f"{line}\n" for line in call_lines(Group("https://w3id.org/kg-diplo/call/c1", (a, b), "month")))
    g = Graph().parse(data=lines, format="nt")
    call = URIRef("https://w3id.org/kg-diplo/call/c1")
    assert (call, KG.date, Literal("2024-03-12", datatype=URIRef("http://www.w3.org/2001/XMLSchema#date"))) in g
    assert (call, KG.medium, KG.Phone) in g and (call, KG.initiator, URIRef(y)) in g
    assert {str(t).rsplit("/", 1)[-1] for t in g.objects(call, KG.topic)} == {"nato", "energy"}
    merge = next(g.subjects(KG.call, call))
    assert (merge, KG.reason, KG.SameParticipantsMonthAndTopic) in g and len(set(g.objects(merge, KG.merges))) == 2


def test_reason_labels_are_the_ontologys():
    from kg.graph.rdf import REASON_LABELS
    from kg.namespace import MERGE_REASONS
    from kg.resources import ONTOLOGY_DIR

    ontology = Graph().parse(ONTOLOGY_DIR / "kg.ttl")
    for key, label in REASON_LABELS.items():
        assert (MERGE_REASONS[key], RDFS.label, Literal(label, lang="en")) in ontology


def test_statements_are_in_the_document_graph_with_offsets():
    x = _extraction()
    dataset = Dataset()
    dataset.parse(data="".join(f"{q} .\n" for q in quads(x)), format="nquads")
    graph = URIRef("https://w3id.org/kg-diplo/doc/a")
    assert {str(g.identifier) for g in dataset.graphs() if len(g)} == {str(graph)}
    g = dataset.graph(graph)
    call = next(g.subjects(RDF.type, KG.CallReport))
    assert (call, KG.initiator, URIRef("https://w3id.org/kg-diplo/actor/Q3052772")) in g
    starts = {int(o) for o in g.objects(None, URIRef("http://www.w3.org/ns/oa#start"))}
    assert starts == {0, 46}
    assert (None, KG.text, Literal("Tout va bien")) in g


def test_hostile_text_and_names_come_back_exactly_from_the_lines():
    """A document's lines are written as text: quotes, backslashes, line breaks, control
    characters and what looks like N-Triples, in its text, title, names and quotes, are escaped
    (each line one triple of its own) and read back exactly as written."""
    import pyoxigraph as ox

    hostile = 'Il a dit "non" \\ puis\n<https://w3id.org/kg-diplo/doc/x> <a> "b" .\r\t\x00\x7f\u2028 « fin »'
    doc = Document(id="h", text=hostile, title=hostile, source=hostile)
    actor = Actor("someone", "Person", hostile, (hostile + "!",), None, hostile)
    claim = ClaimRecord("someone", hostile, hostile, 0, len(hostile), True, None, ())
    x = Extraction(doc, {"someone": actor}, {"someone": (hostile + "?",)}, (), (claim,), frozenset({"someone"}))
    lines = list(document_lines(x))
    assert all("\n" not in line and "\r" not in line for line in lines)
    parsed = list(ox.parse("\n".join(lines), format=ox.RdfFormat.N_TRIPLES))
    assert len(parsed) == len(lines)
    literals = {q.object.value for q in parsed if isinstance(q.object, ox.Literal)}
    assert {hostile, hostile + "!", hostile + "?"} <= literals
    assert {q.subject.value for q in parsed} >= {"https://w3id.org/kg-diplo/doc/h"}
    assert not any("w3id.org/kg-diplo/doc/x" in q.subject.value for q in parsed)


def test_an_id_that_is_no_iri_raises_before_any_line_is_written():
    """'<', '>', a space or a quote in a document id would break the lines: pyoxigraph checks
    every IRI it writes, so the document is refused (and skipped by the build), not written."""
    import pytest

    for bad in ("a b", "a>b", 'a"b'):
        x = Extraction(Document(id=bad, text="Texte."), {}, {}, (), ())
        with pytest.raises(ValueError):
            list(document_lines(x))


if __name__ == "__main__":  # rewrite the expected graph (review the diff before committing it)
    import pyoxigraph as ox

    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in quads(_extraction())]
    EXPECTED.write_bytes(ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES))  # lexical forms kept
    print(f"wrote {EXPECTED}")
