"""Topics: the SKOS scheme's labels and signal words found in a sentence, by lemma or form.

`ontology/topics.ttl` gives each topic its French labels and the words that signal it
(`skos:hiddenLabel`, written as lemmas). A sentence signals a topic when one of them occurs
in its folded lemmas or its folded words, on word boundaries.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from kg.gazetteer import ONTOLOGY_DIR, fold


@lru_cache(maxsize=1)
def signals() -> dict[str, tuple[str, ...]]:
    """Topic id -> folded signal phrases, read from `topics.ttl` once per process."""
    from rdflib import Graph
    from rdflib.namespace import RDF, SKOS

    graph = Graph()
    graph.parse(ONTOLOGY_DIR / "topics.ttl", format="turtle")
    result = {}
    for concept in graph.subjects(RDF.type, SKOS.Concept):
        topic = str(graph.value(concept, SKOS.notation))
        words = {fold(str(o)) for p in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)
                 for o in graph.objects(concept, p) if getattr(o, "language", None) in {None, "fr"}}
        result[topic] = tuple(sorted(w for w in words if w))
    return result


def topics_in(sent: Span) -> set[str]:
    lemmas = " " + " ".join(fold(t.lemma_) for t in sent) + " "
    words = " " + " ".join(fold(t.text) for t in sent) + " "
    return {topic for topic, phrases in signals().items()
            if any(f" {p} " in lemmas or f" {p} " in words for p in phrases)}
