"""The namespace module and the ontology files agree, both ways; the Turtle files parse."""
from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SKOS

from kg.namespace import KG
from kg.resources import ONTOLOGY_DIR


def _declared() -> set[str]:
    graph = Graph().parse(ONTOLOGY_DIR / "kg.ttl")
    prefix = str(KG._NS)
    return {str(s)[len(prefix):] for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(prefix)}


def test_every_namespace_term_is_declared_in_the_ontology():
    assert set(KG.__annotations__) <= _declared()


def test_every_ontology_term_is_in_the_namespace():
    assert _declared() <= set(KG.__annotations__)


def test_the_prefixes_written_as_strings_are_the_namespaces_of_the_terms():
    """`PREFIXES` is written as strings, for a query worker that does without rdflib; each is
    the namespace of kg's terms or of rdflib's own vocabulary of that name."""
    import kg.namespace as ns

    terms = {"kg": KG, "actor": ns.ACTOR, "office": ns.OFFICE, "topic": ns.TOPIC, "doc": ns.DOC, "call": ns.CALL,
             "claim": ns.CLAIM, "merge": ns.MERGE, "schema": ns.SCHEMA, "oa": ns.OA, "prov": ns.PROV, "skos": ns.SKOS,
             "time": ns.TIME, "dcterms": ns.DCTERMS, "rdf": ns.RDF, "rdfs": ns.RDFS, "owl": ns.OWL, "xsd": ns.XSD}
    assert {prefix: str(namespace) for prefix, namespace in terms.items()} == ns.PREFIXES


def test_statuses_and_media_of_the_records_each_have_one_ontology_term():
    from typing import get_args

    from kg.namespace import MEDIUM, STATUS
    from kg.nlp.extract.records import STATUS_RANK, Medium, Status

    assert set(STATUS) == set(get_args(Status)) == set(STATUS_RANK)
    assert set(MEDIUM) == set(get_args(Medium))


def test_a_typo_in_a_term_raises():
    with pytest.raises(AttributeError):
        KG.Cal  # noqa: B018


@pytest.mark.parametrize("name", ["kg.ttl", "shapes.ttl", "actors.ttl", "topics.ttl"])
def test_turtle_files_parse(name):
    assert len(Graph().parse(ONTOLOGY_DIR / name)) > 10


def test_topics_are_exactly_the_gold_topic_ids():
    import json

    from tests.conftest import SHARED

    gold = json.loads((SHARED / "gold" / "seeds.json").read_text(encoding="utf-8"))["topics"]
    graph = Graph().parse(ONTOLOGY_DIR / "topics.ttl")
    ids = {str(graph.value(c, SKOS.notation)) for c in graph.subjects(RDF.type, SKOS.Concept)}
    assert ids == set(gold)
    for concept in graph.subjects(RDF.type, SKOS.Concept):
        labels = {o.language for o in graph.objects(concept, SKOS.prefLabel)}
        assert {"fr", "en"} <= labels, concept
        assert list(graph.objects(concept, SKOS.hiddenLabel)), f"{concept} has no signal words"


def test_gazetteer_offices_have_a_country_and_a_role():
    from kg.nlp.gazetteer import load

    gaz = load()
    assert gaz.offices and gaz.mandates
    for office in gaz.offices.values():
        assert office.country in gaz.actors, office
    for mandate in gaz.mandates:
        assert mandate.person in gaz.actors, mandate
        assert mandate.end is None or mandate.start <= mandate.end, mandate


def test_the_fixtures_give_the_gazetteers_wikidata_ids():
    """Hand-made actors in the test data carry the Wikidata ids that actors.ttl gives them."""
    from kg.nlp.gazetteer import load
    from tests.conftest_server import _actors
    from tests.test_viz import leaders

    known = {name: actor.wikidata for actor in load().actors.values() for name in (actor.label, *actor.aliases)
             if actor.wikidata}
    fixtures = [(a.label, a.wikidata) for a in _actors().values()] + [(a["label"], a["wikidata"]) for a in leaders()["actors"]]
    wrong = [(label, qid, known[label]) for label, qid in fixtures if qid and label in known and known[label] != qid]
    assert wrong == []
    assert sum(label in known for label, qid in fixtures if qid) >= 10  # the check reaches most of them
