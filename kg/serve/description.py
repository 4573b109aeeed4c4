"""The SPARQL 1.1 Service Description that `GET /sparql` without a query answers: what this
endpoint speaks, so that clients (YASGUI, federated engines) need not guess."""
from __future__ import annotations

import pyoxigraph as ox
from rdflib.namespace import RDF

from kg.namespace import FORMATS, SD
from kg.serve.negotiation import GRAPH_TYPES, RESULTS_TYPES
from kg.serve.protocol import Settings

#: The W3C format IRIs of the media types kg serves.
FORMAT_IRIS = {"application/sparql-results+json": "SPARQL_Results_JSON", "application/sparql-results+xml": "SPARQL_Results_XML",
               "text/csv": "SPARQL_Results_CSV", "text/tab-separated-values": "SPARQL_Results_TSV",
               "text/turtle": "Turtle", "application/n-triples": "N-Triples", "application/rdf+xml": "RDF_XML",
               "application/ld+json": "JSON-LD"}


def describe(settings: Settings, endpoint: str) -> list[ox.Triple]:
    """The triples describing the endpoint at URL `endpoint`."""
    service, dataset, default = ox.NamedNode(endpoint), ox.BlankNode(), ox.BlankNode()

    def sd(name: str) -> ox.NamedNode:
        return ox.NamedNode(str(SD[name]))

    a = ox.NamedNode(str(RDF.type))
    triples = [ox.Triple(service, a, sd("Service")),
               ox.Triple(service, sd("endpoint"), service),
               ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
               ox.Triple(service, sd("feature"), sd("UnionDefaultGraph")),
               ox.Triple(service, sd("defaultDataset"), dataset),
               ox.Triple(dataset, a, sd("Dataset")),
               ox.Triple(dataset, sd("defaultGraph"), default),
               ox.Triple(default, a, sd("Graph"))]
    if settings.allow_update:
        triples.append(ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Update")))
    for media in (*RESULTS_TYPES, *GRAPH_TYPES):
        if media in FORMAT_IRIS:
            triples.append(ox.Triple(service, sd("resultFormat"), ox.NamedNode(str(FORMATS[FORMAT_IRIS[media]]))))
    return triples
