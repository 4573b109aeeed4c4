"""Extraction records to RDF quads: the only place that knows the ontology's shape.

Each document's statements go to one named graph whose name is the document's IRI, so that
building a document again replaces exactly what it said. IRIs are stable: an actor's comes
from its Wikidata id or its name, a call reported to the day from its participants and date
(so two articles reporting it meet on one IRI), a claim from its document and offsets.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass

from pyoxigraph import Literal, NamedNode, Quad

from kg.ingest import Document
from kg.namespace import (
    ACTOR,
    ACTOR_TYPES,
    CALL,
    CLAIM,
    DCTERMS,
    DOC,
    KG,
    MEDIUM,
    OA,
    OWL,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    STATUS,
    TOPIC,
    WIKIDATA,
    XSD,
)
from kg.nlp.extract.records import CallRecord, ClaimRecord, Span
from kg.nlp.gazetteer import Actor

_DATE_TYPES = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}


@dataclass(frozen=True)
class Extraction:
    """What one document yields, ready to be turned into quads."""

    document: Document
    actors: dict[str, Actor]  # key -> actor, every actor the document names
    surface: dict[str, tuple[str, ...]]  # key -> how the document named it
    calls: tuple[CallRecord, ...]
    claims: tuple[ClaimRecord, ...]


def node(iri: object) -> NamedNode:
    return NamedNode(str(iri))


def document_iri(doc_id: str) -> NamedNode:
    return node(DOC[doc_id])


def actor_iri(actor: Actor) -> NamedNode:
    return node(ACTOR[actor.key])


def call_iri(call: CallRecord, doc_id: str, index: int) -> NamedNode:
    """One IRI per call across documents when it is dated to the day; else per document."""
    if call.date and len(call.date) == 10:
        key = "|".join([*call.participants, call.date])
    else:
        key = "|".join([doc_id, str(index), *call.participants, call.status])
    return node(CALL[hashlib.sha1(key.encode()).hexdigest()[:16]])


def typed_date(value: str) -> Literal:
    """A date as precise as it is known: xsd:date, xsd:gYearMonth or xsd:gYear."""
    return Literal(value, datatype=node(_DATE_TYPES[len(value)]))


def quads(extraction: Extraction) -> Iterator[Quad]:
    """Every statement of one document, in its named graph."""
    doc = extraction.document
    graph = document_iri(doc.id)

    def quad(subject: NamedNode, predicate: object, value: NamedNode | Literal) -> Quad:
        return Quad(subject, node(predicate), value, graph)

    yield quad(graph, RDF.type, node(KG.Document))
    yield quad(graph, DCTERMS.identifier, Literal(doc.id))
    yield quad(graph, KG.contentHash, Literal(doc.content_hash))
    yield quad(graph, SCHEMA.text, Literal(doc.text))
    yield quad(graph, SCHEMA.inLanguage, Literal(doc.language or "fr"))
    if doc.published:
        yield quad(graph, SCHEMA.datePublished, typed_date(doc.published))
    for prop, value in ((KG.source, doc.source), (SCHEMA.headline, doc.title), (SCHEMA.url, doc.url)):
        if value:
            yield quad(graph, prop, Literal(value))

    iris = {key: actor_iri(actor) for key, actor in extraction.actors.items()}
    for key, actor in extraction.actors.items():
        actor_node = iris[key]
        yield quad(graph, KG.mentions, actor_node)
        yield quad(actor_node, RDF.type, node(ACTOR_TYPES[actor.type]))
        yield quad(actor_node, RDFS.label, Literal(actor.label))
        for alias in sorted({*actor.aliases, *extraction.surface.get(key, ())} - {actor.label}):
            yield quad(actor_node, SKOS.altLabel, Literal(alias))
        if actor.wikidata:
            yield quad(actor_node, KG.wikidata, Literal(actor.wikidata))
            yield quad(actor_node, OWL.sameAs, node(WIKIDATA[actor.wikidata]))
        if actor.role:
            yield quad(actor_node, KG.role, Literal(actor.role))

    call_nodes = []
    for index, call in enumerate(extraction.calls):
        call_node = call_iri(call, doc.id, index)
        call_nodes.append(call_node)
        yield quad(call_node, RDF.type, node(KG.Call))
        for participant in call.participants:
            yield quad(call_node, KG.participant, iris[participant])
        if call.initiator:
            yield quad(call_node, KG.initiator, iris[call.initiator])
        if call.date:
            yield quad(call_node, KG.date, typed_date(call.date))
        if call.duration_min is not None:
            yield quad(call_node, KG.durationMinutes, Literal(f"{call.duration_min:g}", datatype=node(XSD.decimal)))
        yield quad(call_node, KG.medium, node(MEDIUM[call.medium]))
        yield quad(call_node, KG.status, node(STATUS[call.status]))
        for topic in call.topics:
            yield quad(call_node, KG.topic, node(TOPIC[topic]))
        for span in call.evidence:
            yield from _evidence(call_node, span, graph, quad)

    for claim in extraction.claims:
        identity = f"{doc.id}|{claim.start}|{claim.end}|{claim.speaker}"
        claim_node = node(CLAIM[hashlib.sha1(identity.encode()).hexdigest()[:16]])
        yield quad(claim_node, RDF.type, node(KG.Claim))
        yield quad(claim_node, KG.speaker, iris[claim.speaker])
        yield quad(claim_node, KG.text, Literal(claim.text))
        yield quad(claim_node, KG.quoted, Literal(str(claim.quoted).lower(), datatype=node(XSD.boolean)))
        yield quad(claim_node, PROV.wasDerivedFrom, graph)
        if claim.verb:
            yield quad(claim_node, KG.reportingVerb, Literal(claim.verb))
        if claim.call is not None and claim.call < len(call_nodes):
            yield quad(claim_node, KG.aboutCall, call_nodes[claim.call])
        for topic in claim.topics:
            yield quad(claim_node, KG.topic, node(TOPIC[topic]))
        yield from _evidence(claim_node, Span(claim.start, claim.end, claim.text), graph, quad)


def _evidence(subject: NamedNode, span: Span, graph: NamedNode, quad) -> Iterator[Quad]:
    """A Web Annotation whose target is the passage [start, end) of the document."""
    base = f"{graph.value}/ev/{span.start}-{span.end}"
    ann, target, position, quote = (NamedNode(base + s) for s in ("", "/target", "/position", "/quote"))
    yield quad(subject, KG.evidence, ann)
    yield quad(ann, RDF.type, node(OA.Annotation))
    yield quad(ann, OA.hasBody, subject)
    yield quad(ann, OA.hasTarget, target)
    yield quad(target, OA.hasSource, graph)
    yield quad(target, OA.hasSelector, position)
    yield quad(target, OA.hasSelector, quote)
    yield quad(position, RDF.type, node(OA.TextPositionSelector))
    yield quad(position, OA.start, Literal(str(span.start), datatype=node(XSD.integer)))
    yield quad(position, OA.end, Literal(str(span.end), datatype=node(XSD.integer)))
    yield quad(quote, RDF.type, node(OA.TextQuoteSelector))
    yield quad(quote, OA.exact, Literal(span.text))
