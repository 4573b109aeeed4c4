"""French names for the page: topic labels from `topics.ttl`, actor labels from `actors.ttl`.

The export names actors by their canonical English label and topics by their id
("arms-control"); the page is French, so it shows `skos:prefLabel@fr` wherever the
ontology has one and keeps the English name among the actor's search aliases.
"""
from __future__ import annotations

from functools import lru_cache

from kg.resources import ONTOLOGY_DIR


def _french_prefs(filename: str, key: str) -> dict[str, str]:
    """`key` ("iri" or a property IRI whose value keys the label) -> French prefLabel."""
    import pyoxigraph as ox
    from rdflib.namespace import SKOS

    store = ox.Store()
    store.bulk_load(path=str(ONTOLOGY_DIR / filename), format=ox.RdfFormat.TURTLE)
    pref = ox.NamedNode(str(SKOS.prefLabel))
    french: dict[str, str] = {}
    for quad in store.quads_for_pattern(None, pref, None):
        if isinstance(quad.object, ox.Literal) and quad.object.language == "fr" and isinstance(quad.subject, ox.NamedNode):
            french.setdefault(quad.subject.value, quad.object.value)
    if key == "iri":
        return french
    result: dict[str, str] = {}
    for quad in store.quads_for_pattern(None, ox.NamedNode(key), None):
        if isinstance(quad.subject, ox.NamedNode) and quad.subject.value in french and \
                isinstance(quad.object, (ox.NamedNode, ox.Literal)):
            result.setdefault(quad.object.value, french[quad.subject.value])
    return result


@lru_cache(maxsize=1)
def topic_labels() -> dict[str, str]:
    """Topic id (its `skos:notation`) -> French label, e.g. "arms-control" -> "maîtrise des armements"."""
    from rdflib.namespace import SKOS

    return _french_prefs("topics.ttl", str(SKOS.notation))


@lru_cache(maxsize=1)
def actor_labels() -> tuple[dict[str, str], dict[str, str]]:
    """French labels of the gazetteer's actors, by IRI and by Wikidata id."""
    from kg.namespace import KG

    return _french_prefs("actors.ttl", "iri"), _french_prefs("actors.ttl", str(KG.wikidata))


def french_actor_label(iri: str, wikidata: str | None) -> str | None:
    """The ontology's French name of an actor, if it has one."""
    by_iri, by_qid = actor_labels()
    return by_iri.get(iri) or (by_qid.get(wikidata) if wikidata else None)
