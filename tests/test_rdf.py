"""Records become the expected graph: compared as graphs, not strings."""
from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import RDF

from kg.graph.rdf import Extraction, call_iri, quads
from kg.ingest import Document
from kg.namespace import KG, PREFIXES
from kg.nlp.extract.records import CallRecord, ClaimRecord, Span
from kg.nlp.gazetteer import Actor

EXPECTED = Path(__file__).with_name("expected") / "one-document.ttl"
TEXT = "Emmanuel Macron a appelé Olaf Scholz mardi. « Tout va bien », a-t-il dit."


def _extraction(doc_id: str = "a", date: str | None = "2024-03-12") -> Extraction:
    doc = Document(id=doc_id, text=TEXT, published="2024-03-13", source="Test")
    actors = {"Q3052772": Actor("Q3052772", "Person", "Emmanuel Macron", ("Macron",), "Q3052772"),
              "Q61053": Actor("Q61053", "Person", "Olaf Scholz", (), "Q61053")}
    call = CallRecord(("Q3052772", "Q61053"), "Q3052772", date, 30.0, "phone", "occurred", ("nato",),
                      (Span(0, 43, TEXT[:43]),))
    claim = ClaimRecord("Q3052772", "Tout va bien", "a-t-il dit", 46, 58, True, 0, ())
    return Extraction(doc, actors, {"Q3052772": ("Emmanuel Macron",)}, (call,), (claim,))


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


def test_statements_are_in_the_document_graph_with_offsets():
    x = _extraction()
    dataset = Dataset()
    dataset.parse(data="".join(f"{q} .\n" for q in quads(x)), format="nquads")
    graph = URIRef("https://w3id.org/kg-diplo/doc/a")
    assert {str(g.identifier) for g in dataset.graphs() if len(g)} == {str(graph)}
    g = dataset.graph(graph)
    call = next(g.subjects(RDF.type, KG.Call))
    assert (call, KG.initiator, URIRef("https://w3id.org/kg-diplo/actor/Q3052772")) in g
    starts = {int(o) for o in g.objects(None, URIRef("http://www.w3.org/ns/oa#start"))}
    assert starts == {0, 46}
    assert (None, KG.text, Literal("Tout va bien")) in g


if __name__ == "__main__":  # rewrite the expected graph (review the diff before committing it)
    import pyoxigraph as ox

    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in quads(_extraction())]
    EXPECTED.write_bytes(ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES))  # lexical forms kept
    print(f"wrote {EXPECTED}")
