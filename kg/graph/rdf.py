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


def quads(x: Extraction) -> Iterator[Quad]:
    """Every statement of one document, in its named graph."""
    doc = x.document
    graph = document_iri(doc.id)
    d = graph

    def q(s: NamedNode, p: object, o: NamedNode | Literal) -> Quad:
        return Quad(s, node(p), o, graph)

    yield q(d, RDF.type, node(KG.Document))
    yield q(d, DCTERMS.identifier, Literal(doc.id))
    yield q(d, KG.contentHash, Literal(doc.content_hash))
    yield q(d, SCHEMA.text, Literal(doc.text))
    yield q(d, SCHEMA.inLanguage, Literal(doc.language or "fr"))
    if doc.published:
        yield q(d, SCHEMA.datePublished, typed_date(doc.published))
    for prop, value in ((KG.source, doc.source), (SCHEMA.headline, doc.title), (SCHEMA.url, doc.url)):
        if value:
            yield q(d, prop, Literal(value))

    iris = {key: actor_iri(actor) for key, actor in x.actors.items()}
    for key, actor in x.actors.items():
        a = iris[key]
        yield q(d, KG.mentions, a)
        yield q(a, RDF.type, node(ACTOR_TYPES[actor.type]))
        yield q(a, RDFS.label, Literal(actor.label))
        for alias in sorted({*actor.aliases, *x.surface.get(key, ())} - {actor.label}):
            yield q(a, SKOS.altLabel, Literal(alias))
        if actor.wikidata:
            yield q(a, KG.wikidata, Literal(actor.wikidata))
            yield q(a, OWL.sameAs, node(WIKIDATA[actor.wikidata]))
        if actor.role:
            yield q(a, KG.role, Literal(actor.role))

    call_nodes = []
    for index, call in enumerate(x.calls):
        c = call_iri(call, doc.id, index)
        call_nodes.append(c)
        yield q(c, RDF.type, node(KG.Call))
        for p in call.participants:
            yield q(c, KG.participant, iris[p])
        if call.initiator:
            yield q(c, KG.initiator, iris[call.initiator])
        if call.date:
            yield q(c, KG.date, typed_date(call.date))
        if call.duration_min is not None:
            yield q(c, KG.durationMinutes, Literal(f"{call.duration_min:g}", datatype=node(XSD.decimal)))
        yield q(c, KG.medium, node(MEDIUM[call.medium]))
        yield q(c, KG.status, node(STATUS[call.status]))
        for topic in call.topics:
            yield q(c, KG.topic, node(TOPIC[topic]))
        for span in call.evidence:
            yield from _evidence(c, span, graph, q)

    for claim in x.claims:
        key = f"{doc.id}|{claim.start}|{claim.end}|{claim.speaker}"
        k = node(CLAIM[hashlib.sha1(key.encode()).hexdigest()[:16]])
        yield q(k, RDF.type, node(KG.Claim))
        yield q(k, KG.speaker, iris[claim.speaker])
        yield q(k, KG.text, Literal(claim.text))
        yield q(k, KG.quoted, Literal(str(claim.quoted).lower(), datatype=node(XSD.boolean)))
        yield q(k, PROV.wasDerivedFrom, d)
        if claim.verb:
            yield q(k, KG.reportingVerb, Literal(claim.verb))
        if claim.call is not None and claim.call < len(call_nodes):
            yield q(k, KG.aboutCall, call_nodes[claim.call])
        for topic in claim.topics:
            yield q(k, KG.topic, node(TOPIC[topic]))
        yield from _evidence(k, Span(claim.start, claim.end, claim.text), graph, q)


def _evidence(subject: NamedNode, span: Span, graph: NamedNode, q) -> Iterator[Quad]:
    """A Web Annotation whose target is the passage [start, end) of the document."""
    base = f"{graph.value}/ev/{span.start}-{span.end}"
    ann, target, position, quote = (NamedNode(base + s) for s in ("", "/target", "/position", "/quote"))
    yield q(subject, KG.evidence, ann)
    yield q(ann, RDF.type, node(OA.Annotation))
    yield q(ann, OA.hasBody, subject)
    yield q(ann, OA.hasTarget, target)
    yield q(target, OA.hasSource, graph)
    yield q(target, OA.hasSelector, position)
    yield q(target, OA.hasSelector, quote)
    yield q(position, RDF.type, node(OA.TextPositionSelector))
    yield q(position, OA.start, Literal(str(span.start), datatype=node(XSD.integer)))
    yield q(position, OA.end, Literal(str(span.end), datatype=node(XSD.integer)))
    yield q(quote, RDF.type, node(OA.TextQuoteSelector))
    yield q(quote, OA.exact, Literal(span.text))
