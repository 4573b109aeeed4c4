"""Extraction records to RDF: the only place that knows the ontology's shape.

Each fact is stored once, so that the union of the graphs (what a query sees by default)
holds no triple twice:

- a document's named graph (its IRI is the document's) holds what that document says and
  nothing else: its text and metadata, the actors it names (`kg:mentions`, and a `kg:Mention`
  with the names it writes, or the whole description of an actor it mints), its reports of
  calls (`kg:CallReport`), its claims and the passages that state them. Building the document
  again replaces exactly that graph.
- the actors graph describes each actor once (type, label, aliases, Wikidata id), from the
  gazetteer and the documents' mentions;
- the calls graph holds each call once (`kg:Call`), united from the reports of it, and the
  reason of every merge (`kg:CallMerge`). Both are derived by `kg build` (`kg.graph.derive`).

IRIs are stable: an actor's comes from its Wikidata id or its name, a report's and a claim's
from its document, a call reported to the day from its participants and date (so every report
of it meets on one IRI), any other call from its first report.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from pyoxigraph import Literal, NamedNode, Quad, Triple

from kg.graph.merge import Group, Split, united
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
    MERGE,
    MERGE_REASONS,
    OA,
    OWL,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    SPLIT,
    STATUS,
    TOPIC,
    WIKIDATA,
    XSD,
)
from kg.nlp.extract.records import CallRecord, ClaimRecord, Span
from kg.nlp.gazetteer import Actor

_DATE_TYPES = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}
#: The labels of the merge reasons, as `ontology/kg.ttl` gives them (a test checks): written with
#: each merge, so that a query on the store alone can print why.
REASON_LABELS = {"day": "same participants and day", "month": "same participants, month and topic"}


@dataclass(frozen=True)
class Extraction:
    """What one document yields, ready to be turned into quads."""

    document: Document
    actors: dict[str, Actor]  # key -> actor, every actor the document names
    surface: dict[str, tuple[str, ...]]  # key -> how the document named it
    calls: tuple[CallRecord, ...]
    claims: tuple[ClaimRecord, ...]
    minted: frozenset[str] = frozenset()  # keys of the actors the document made up (the gazetteer knew none)
    fingerprint: str | None = None  # of what read it (kg.nlp.fingerprint)


def node(iri: object) -> NamedNode:
    return NamedNode(str(iri))


def document_iri(doc_id: str) -> NamedNode:
    return node(DOC[doc_id])


def actor_iri(actor: Actor) -> NamedNode:
    return node(ACTOR[actor.key])


def actor_key(iri: str) -> str:
    """The gazetteer key of an actor IRI (its local name)."""
    return iri.removeprefix(str(ACTOR))


def report_iri(doc_id: str, index: int) -> NamedNode:
    """A document's report of its `index`-th call: inside the document's own IRI, as its evidence."""
    return NamedNode(f"{DOC[doc_id]}/call/{index}")


def mention_iri(doc_id: str, key: str) -> NamedNode:
    return NamedNode(f"{DOC[doc_id]}/actor/{key}")


def call_iri(call: CallRecord, doc_id: str, index: int) -> NamedNode:
    """The IRI of the call a document's `index`-th report gives, before any merge: one across
    documents when it is dated to the day; else its report's."""
    if call.date and len(call.date) == 10:
        return day_call_iri(call.participants, call.date)
    return single_call_iri(report_iri(doc_id, index).value)


def day_call_iri(participants: Iterable[str], day: str) -> NamedNode:
    """The call of these participants (actor keys) on this day, whoever reports it."""
    key = "|".join([*sorted(participants), day])
    return node(CALL[hashlib.sha1(key.encode()).hexdigest()[:16]])


def single_call_iri(report: str) -> NamedNode:
    """The call of one report that no other meets (not dated to the day, or split apart)."""
    return node(CALL[hashlib.sha1(report.encode()).hexdigest()[:16]])


def typed_date(value: str) -> Literal:
    """A date as precise as it is known: xsd:date, xsd:gYearMonth or xsd:gYear."""
    return Literal(value, datatype=node(_DATE_TYPES[len(value)]))


def quads(extraction: Extraction) -> Iterator[Quad]:
    """Every statement of one document, in its named graph."""
    graph = document_iri(extraction.document.id)
    for triple in document_triples(extraction):
        yield Quad(triple.subject, triple.predicate, triple.object, graph)


def document_triples(extraction: Extraction) -> Iterator[Triple]:
    """What one document says: its graph's triples."""
    doc = extraction.document
    graph = document_iri(doc.id)

    def triple(subject: NamedNode, predicate: object, value: NamedNode | Literal) -> Triple:
        return Triple(subject, node(predicate), value)

    yield triple(graph, RDF.type, node(KG.Document))
    yield triple(graph, DCTERMS.identifier, Literal(doc.id))
    yield triple(graph, KG.contentHash, Literal(doc.content_hash))
    if doc.file_digest:
        yield triple(graph, KG.fileDigest, Literal(doc.file_digest))
    if extraction.fingerprint:
        yield triple(graph, KG.extractedWith, Literal(extraction.fingerprint))
    yield triple(graph, SCHEMA.text, Literal(doc.text))
    yield triple(graph, SCHEMA.inLanguage, Literal(doc.language or "fr"))
    if doc.published:
        yield triple(graph, SCHEMA.datePublished, typed_date(doc.published))
    for prop, value in ((KG.source, doc.source), (SCHEMA.headline, doc.title), (SCHEMA.url, doc.url)):
        if value:
            yield triple(graph, prop, Literal(value))

    iris = {key: actor_iri(actor) for key, actor in extraction.actors.items()}
    for key, actor in extraction.actors.items():
        yield triple(graph, KG.mentions, iris[key])
        minted = key in extraction.minted
        known = set() if minted else {*actor.aliases}  # the gazetteer's aliases are the actors graph's to say
        names = sorted(({*actor.aliases} if minted else set()) | {*extraction.surface.get(key, ())} - known - {actor.label})
        if not names and not minted:
            continue
        mention = mention_iri(doc.id, key)
        yield triple(mention, RDF.type, node(KG.Mention))
        yield triple(mention, KG.actor, iris[key])
        for name in names:
            yield triple(mention, KG.name, Literal(name))
        if minted:
            yield triple(mention, RDFS.label, Literal(actor.label))
            yield triple(mention, KG.actorType, node(ACTOR_TYPES[actor.type]))
            if actor.role:
                yield triple(mention, KG.role, Literal(actor.role))

    for index, call in enumerate(extraction.calls):
        report = report_iri(doc.id, index)
        yield triple(report, RDF.type, node(KG.CallReport))
        for participant in call.participants:
            yield triple(report, KG.participant, iris[participant])
        if call.initiator:
            yield triple(report, KG.initiator, iris[call.initiator])
        if call.date:
            yield triple(report, KG.date, typed_date(call.date))
        if call.duration_min is not None:
            yield triple(report, KG.durationMinutes, _minutes(call.duration_min))
        yield triple(report, KG.medium, node(MEDIUM[call.medium]))
        yield triple(report, KG.status, node(STATUS[call.status]))
        for topic in call.topics:
            yield triple(report, KG.topic, node(TOPIC[topic]))
        for span in call.evidence:
            yield from _evidence(report, span, graph)

    for claim in extraction.claims:
        identity = f"{doc.id}|{claim.start}|{claim.end}|{claim.speaker}"
        claim_node = node(CLAIM[hashlib.sha1(identity.encode()).hexdigest()[:16]])
        yield triple(claim_node, RDF.type, node(KG.Claim))
        yield triple(claim_node, KG.speaker, iris[claim.speaker])
        yield triple(claim_node, KG.text, Literal(claim.text))
        yield triple(claim_node, KG.quoted, Literal(str(claim.quoted).lower(), datatype=node(XSD.boolean)))
        yield triple(claim_node, PROV.wasDerivedFrom, graph)
        if claim.verb:
            yield triple(claim_node, KG.reportingVerb, Literal(claim.verb))
        if claim.call is not None and claim.call < len(extraction.calls):
            yield triple(claim_node, KG.aboutCall, report_iri(doc.id, claim.call))
        for topic in claim.topics:
            yield triple(claim_node, KG.topic, node(TOPIC[topic]))
        yield from _evidence(claim_node, Span(claim.start, claim.end, claim.text), graph)


def actor_triples(extraction: Extraction) -> Iterator[Triple]:
    """The description of every actor a document names, as the actors graph holds it (the
    build adds it with the document, so that no document ever names an undescribed actor)."""
    for key, actor in extraction.actors.items():
        yield from description(actor, {*actor.aliases, *extraction.surface.get(key, ())})


def description(actor: Actor, aliases: Iterable[str]) -> Iterator[Triple]:
    """One actor's triples in the actors graph: type, label, aliases, Wikidata id, role."""
    subject = actor_iri(actor)
    yield Triple(subject, node(RDF.type), node(ACTOR_TYPES[actor.type]))
    yield Triple(subject, node(RDFS.label), Literal(actor.label))
    for alias in sorted(set(aliases) - {actor.label}):
        yield Triple(subject, node(SKOS.altLabel), Literal(alias))
    if actor.wikidata:
        yield Triple(subject, node(KG.wikidata), Literal(actor.wikidata))
        yield Triple(subject, node(OWL.sameAs), node(WIKIDATA[actor.wikidata]))
    if actor.role:
        yield Triple(subject, node(KG.role), Literal(actor.role))


def call_triples(group: Group) -> Iterator[Triple]:
    """One call of the calls graph, united from its reports, and the merge that made it."""
    call = united(group)
    subject = NamedNode(group.iri)

    def triple(predicate: object, value: NamedNode | Literal, about: NamedNode = subject) -> Triple:
        return Triple(about, node(predicate), value)

    yield triple(RDF.type, node(KG.Call))
    for participant in sorted(call.participants):
        yield triple(KG.participant, NamedNode(participant))
    if call.initiator:
        yield triple(KG.initiator, NamedNode(call.initiator))
    if call.date:
        yield triple(KG.date, typed_date(call.date))
    if call.duration is not None:
        yield triple(KG.durationMinutes, _minutes(call.duration))
    yield triple(KG.medium, node(MEDIUM[call.medium]))
    yield triple(KG.status, node(STATUS[call.status]))
    for topic in sorted(call.topics):
        yield triple(KG.topic, node(TOPIC[topic]))
    for report in group.reports:
        yield triple(KG.report, NamedNode(report.iri))
    for document in sorted({r.document for r in group.reports}):
        yield triple(PROV.wasDerivedFrom, document_iri(document))
    if group.reason is not None:
        merge = node(MERGE[group.iri.rsplit("/", 1)[-1]])
        yield triple(RDF.type, node(KG.CallMerge), merge)
        yield triple(KG.call, subject, merge)
        yield triple(KG.reason, node(MERGE_REASONS[group.reason]), merge)
        yield triple(RDFS.label, Literal(REASON_LABELS[group.reason]), node(MERGE_REASONS[group.reason]))
        for report in group.reports:
            yield triple(KG.merges, NamedNode(report.iri), merge)
        for document in sorted({r.document for r in group.reports}):
            yield triple(PROV.used, document_iri(document), merge)


def split_triples(split: Split) -> Iterator[Triple]:
    """A user's decision to keep the reports of a call apart (all, or one document's)."""
    key = f"{split.call}|{split.document or ''}"
    subject = node(SPLIT[hashlib.sha1(key.encode()).hexdigest()[:16]])
    yield Triple(subject, node(RDF.type), node(KG.CallSplit))
    yield Triple(subject, node(KG.call), NamedNode(split.call))
    if split.document is not None:
        yield Triple(subject, node(KG.document), document_iri(split.document))
    if split.created:
        yield Triple(subject, node(DCTERMS.created), Literal(split.created, datatype=node(XSD.dateTime)))


def _minutes(value: float) -> Literal:
    return Literal(f"{value:g}", datatype=node(XSD.decimal))


def _evidence(subject: NamedNode, span: Span, graph: NamedNode) -> Iterator[Triple]:
    """A Web Annotation whose target is the passage [start, end) of the document."""
    terms = _evidence_terms()
    base = f"{graph.value}/ev/{span.start}-{span.end}"
    ann, target, position, quote = (NamedNode(base + s) for s in ("", "/target", "/position", "/quote"))
    yield Triple(subject, terms.evidence, ann)
    yield Triple(ann, terms.type, terms.annotation)
    yield Triple(ann, terms.has_body, subject)
    yield Triple(ann, terms.has_target, target)
    yield Triple(target, terms.has_source, graph)
    yield Triple(target, terms.has_selector, position)
    yield Triple(target, terms.has_selector, quote)
    yield Triple(position, terms.type, terms.position_selector)
    yield Triple(position, terms.start, Literal(str(span.start), datatype=terms.integer))
    yield Triple(position, terms.end, Literal(str(span.end), datatype=terms.integer))
    yield Triple(quote, terms.type, terms.quote_selector)
    yield Triple(quote, terms.exact, Literal(span.text))


@dataclass(frozen=True)
class _EvidenceTerms:
    evidence: NamedNode
    type: NamedNode
    annotation: NamedNode
    has_body: NamedNode
    has_target: NamedNode
    has_source: NamedNode
    has_selector: NamedNode
    position_selector: NamedNode
    start: NamedNode
    end: NamedNode
    quote_selector: NamedNode
    exact: NamedNode
    integer: NamedNode


@cache
def _evidence_terms() -> _EvidenceTerms:
    """The terms of an evidence annotation, made once: annotations are most of a document's
    triples (twelve for each call sentence and claim), and reading a term from an rdflib
    namespace and making its node costs ~2 µs."""
    return _EvidenceTerms(*map(node, (KG.evidence, RDF.type, OA.Annotation, OA.hasBody, OA.hasTarget, OA.hasSource,
                                      OA.hasSelector, OA.TextPositionSelector, OA.start, OA.end, OA.TextQuoteSelector,
                                      OA.exact, XSD.integer)))
