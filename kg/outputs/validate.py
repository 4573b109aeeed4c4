"""`kg validate`: every graph checked against `ontology/shapes.ttl` with pySHACL.

Each document graph is validated on its own, with the descriptions of the actors it names
(which the actors graph holds once for all documents): a document's graph must be complete in
itself, since it is what gets replaced, pushed and pruned as a unit. The calls graph is
validated with the actors graph, the actors graph and the others alone.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

import kg
from kg.graph import sparql
from kg.namespace import ACTORS_GRAPH, CALLS_GRAPH, DOC
from kg.resources import ONTOLOGY_DIR


@dataclass
class ValidationReport:
    graphs: int = 0
    documents: int = 0
    violations: list[str] = field(default_factory=list)

    @property
    def conforms(self) -> bool:
        return not self.violations


def validate(store_path: Path) -> ValidationReport:
    from pyshacl import validate as shacl
    from rdflib import Graph

    shapes = Graph().parse(ONTOLOGY_DIR / "shapes.ttl", format="turtle")
    report = ValidationReport()
    actors = ox.NamedNode(ACTORS_GRAPH)
    with kg.open(store_path) as store:
        for graph in store.graphs():
            data = Graph()
            parts = [store.triples(graph)]
            if graph.value == str(CALLS_GRAPH):
                parts.append(store.triples(actors))
            elif graph.value.startswith(str(DOC)):
                report.documents += 1
                parts.append(store.query_in_process(sparql.text("store/actors-of-graph.rq"), {"g": graph, "actors": actors}))
            for triples in parts:
                data.parse(data=(triples.serialize(format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8"), format="nt")
            conforms, results, _ = shacl(data, shacl_graph=shapes, advanced=True, allow_warnings=True)
            report.graphs += 1
            if not conforms:
                report.violations.extend(_messages(graph.value, results))
    return report


def _messages(graph: str, results) -> list[str]:
    from rdflib.namespace import RDF, SH

    lines = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        lines.append(f"{graph}: {focus} {path or ''}: {message}")
    return lines
