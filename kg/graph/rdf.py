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

from kg.graph.merge import Group, Reason, Split, united
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


class _Terms:
    """A namespace's terms as pyoxigraph nodes, each made on its first use and then kept: rdflib
    makes and checks a new URIRef at every `KG.x` or `SCHEMA.x` (5 to 8 µs, and 2 µs more for its
    node), and a document's graph names some 200 terms, the calls graph thousands at every build.
    A term the namespace does not have raises, as the namespace does (`KG` is closed)."""

    def __init__(self, namespace: object) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> NamedNode:
        if name.startswith("_"):  # `_namespace` itself, before it is set (a copy being made): no recursion
            raise AttributeError(name)
        term = node(getattr(self._namespace, name))
        setattr(self, name, term)
        return term


_kg, _rdf, _rdfs, _schema, _dcterms, _prov, _oa, _xsd, _skos, _owl = map(
    _Terms, (KG, RDF, RDFS, SCHEMA, DCTERMS, PROV, OA, XSD, SKOS, OWL))
_ACTOR_TYPES = {name: node(iri) for name, iri in ACTOR_TYPES.items()}
_MEDIA = {name: node(iri) for name, iri in MEDIUM.items()}
_STATUSES = {name: node(iri) for name, iri in STATUS.items()}
_MERGE_REASONS = {name: node(iri) for name, iri in MERGE_REASONS.items()}
_DATE_TYPES = {10: _xsd.date, 7: _xsd.gYearMonth, 4: _xsd.gYear}


@cache
def _topic(name: str) -> NamedNode:
    return node(TOPIC[name])


def document_iri(doc_id: str) -> NamedNode:
    return node(DOC[doc_id])


def document_id(iri: str) -> str:
    """The id of the document whose graph is `iri`."""
    return iri.removeprefix(str(DOC))


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
    return Literal(value, datatype=_DATE_TYPES[len(value)])


def quads(extraction: Extraction) -> Iterator[Quad]:
    """Every statement of one document, in its named graph."""
    graph = document_iri(extraction.document.id)
    for triple in document_triples(extraction):
        yield Quad(triple.subject, triple.predicate, triple.object, graph)


def document_triples(extraction: Extraction) -> Iterator[Triple]:
    """What one document says: its graph's triples."""
    doc = extraction.document
    graph = document_iri(doc.id)

    yield Triple(graph, _rdf.type, _kg.Document)
    yield Triple(graph, _dcterms.identifier, Literal(doc.id))
    yield Triple(graph, _kg.contentHash, Literal(doc.content_hash))
    if doc.file_digest:
        yield Triple(graph, _kg.fileDigest, Literal(doc.file_digest))
    if extraction.fingerprint:
        yield Triple(graph, _kg.extractedWith, Literal(extraction.fingerprint))
    yield Triple(graph, _schema.text, Literal(doc.text))
    yield Triple(graph, _schema.inLanguage, Literal(doc.language or "fr"))
    if doc.published:
        yield Triple(graph, _schema.datePublished, typed_date(doc.published))
    for prop, value in ((_kg.source, doc.source), (_schema.headline, doc.title), (_schema.url, doc.url)):
        if value:
            yield Triple(graph, prop, Literal(value))

    iris = {key: actor_iri(actor) for key, actor in extraction.actors.items()}
    for key, actor in extraction.actors.items():
        yield Triple(graph, _kg.mentions, iris[key])
        minted = key in extraction.minted
        known = set() if minted else {*actor.aliases}  # the gazetteer's aliases are the actors graph's to say
        names = sorted(({*actor.aliases} if minted else set()) | {*extraction.surface.get(key, ())} - known - {actor.label})
        if not names and not minted:
            continue
        mention = mention_iri(doc.id, key)
        yield Triple(mention, _rdf.type, _kg.Mention)
        yield Triple(mention, _kg.actor, iris[key])
        for name in names:
            yield Triple(mention, _kg.name, Literal(name))
        if minted:
            yield Triple(mention, _rdfs.label, Literal(actor.label))
            yield Triple(mention, _kg.actorType, _ACTOR_TYPES[actor.type])
            if actor.role:
                yield Triple(mention, _kg.role, Literal(actor.role))

    for index, call in enumerate(extraction.calls):
        report = report_iri(doc.id, index)
        yield Triple(report, _rdf.type, _kg.CallReport)
        for participant in call.participants:
            yield Triple(report, _kg.participant, iris[participant])
        if call.initiator:
            yield Triple(report, _kg.initiator, iris[call.initiator])
        if call.date:
            yield Triple(report, _kg.date, typed_date(call.date))
        if call.duration_min is not None:
            yield Triple(report, _kg.durationMinutes, _minutes(call.duration_min))
        yield Triple(report, _kg.medium, _MEDIA[call.medium])
        yield Triple(report, _kg.status, _STATUSES[call.status])
        for topic in call.topics:
            yield Triple(report, _kg.topic, _topic(topic))
        for span in call.evidence:
            yield from _evidence(report, span, graph)

    for claim in extraction.claims:
        identity = f"{doc.id}|{claim.start}|{claim.end}|{claim.speaker}"
        claim_node = node(CLAIM[hashlib.sha1(identity.encode()).hexdigest()[:16]])
        yield Triple(claim_node, _rdf.type, _kg.Claim)
        yield Triple(claim_node, _kg.speaker, iris[claim.speaker])
        yield Triple(claim_node, _kg.text, Literal(claim.text))
        yield Triple(claim_node, _kg.quoted, Literal(str(claim.quoted).lower(), datatype=_xsd.boolean))
        yield Triple(claim_node, _prov.wasDerivedFrom, graph)
        if claim.verb:
            yield Triple(claim_node, _kg.reportingVerb, Literal(claim.verb))
        if claim.call is not None and claim.call < len(extraction.calls):
            yield Triple(claim_node, _kg.aboutCall, report_iri(doc.id, claim.call))
        for topic in claim.topics:
            yield Triple(claim_node, _kg.topic, _topic(topic))
        yield from _evidence(claim_node, Span(claim.start, claim.end, claim.text), graph)


def actor_triples(extraction: Extraction) -> Iterator[Triple]:
    """The description of every actor a document names, as the actors graph holds it (the
    build adds it with the document, so that no document ever names an undescribed actor)."""
    for key, actor in extraction.actors.items():
        yield from description(actor, {*actor.aliases, *extraction.surface.get(key, ())})


def description(actor: Actor, aliases: Iterable[str]) -> Iterator[Triple]:
    """One actor's triples in the actors graph: type, label, aliases, Wikidata id, role."""
    subject = actor_iri(actor)
    yield Triple(subject, _rdf.type, _ACTOR_TYPES[actor.type])
    yield Triple(subject, _rdfs.label, Literal(actor.label))
    for alias in sorted(set(aliases) - {actor.label}):
        yield Triple(subject, _skos.altLabel, Literal(alias))
    if actor.wikidata:
        yield Triple(subject, _kg.wikidata, Literal(actor.wikidata))
        yield Triple(subject, _owl.sameAs, node(WIKIDATA[actor.wikidata]))
    if actor.role:
        yield Triple(subject, _kg.role, Literal(actor.role))


def call_triples(group: Group) -> Iterator[Triple]:
    """One call of the calls graph, united from its reports, and the merge that made it."""
    call = united(group)
    subject = NamedNode(group.iri)

    def triple(predicate: NamedNode, value: NamedNode | Literal, about: NamedNode = subject) -> Triple:
        return Triple(about, predicate, value)

    yield triple(_rdf.type, _kg.Call)
    for participant in sorted(call.participants):
        yield triple(_kg.participant, NamedNode(participant))
    if call.initiator:
        yield triple(_kg.initiator, NamedNode(call.initiator))
    if call.date:
        yield triple(_kg.date, typed_date(call.date))
    if call.duration is not None:
        yield triple(_kg.durationMinutes, _minutes(call.duration))
    yield triple(_kg.medium, _MEDIA[call.medium])
    yield triple(_kg.status, _STATUSES[call.status])
    for topic in sorted(call.topics):
        yield triple(_kg.topic, _topic(topic))
    for report in group.reports:
        yield triple(_kg.report, NamedNode(report.iri))
    for document in sorted({r.document for r in group.reports}):
        yield triple(_prov.wasDerivedFrom, document_iri(document))
    if group.reason is not None:
        merge = call_nodes(group.iri)[1]
        yield triple(_rdf.type, _kg.CallMerge, merge)
        yield triple(_kg.call, subject, merge)
        yield triple(_kg.reason, _MERGE_REASONS[group.reason], merge)
        yield reason_label(group.reason)
        for report in group.reports:
            yield triple(_kg.merges, NamedNode(report.iri), merge)
        for document in sorted({r.document for r in group.reports}):
            yield triple(_prov.used, document_iri(document), merge)


def call_nodes(call: str) -> tuple[NamedNode, NamedNode]:
    """The subjects of one call's triples in the calls graph: the call and its merge (the label
    of the merge's reason, `reason_label`, is every merge's of that reason)."""
    return NamedNode(call), node(MERGE[call.rsplit("/", 1)[-1]])


def reason_label(reason: Reason) -> Triple:
    return Triple(_MERGE_REASONS[reason], _rdfs.label, Literal(REASON_LABELS[reason]))


def reason_nodes() -> list[NamedNode]:
    """The subjects of the reasons' labels in the calls graph."""
    return list(_MERGE_REASONS.values())


def split_triples(split: Split) -> Iterator[Triple]:
    """A user's decision to keep the reports of a call apart (all, or one document's)."""
    key = f"{split.call}|{split.document or ''}"
    subject = node(SPLIT[hashlib.sha1(key.encode()).hexdigest()[:16]])
    yield Triple(subject, _rdf.type, _kg.CallSplit)
    yield Triple(subject, _kg.call, NamedNode(split.call))
    if split.document is not None:
        yield Triple(subject, _kg.document, document_iri(split.document))
    if split.created:
        yield Triple(subject, _dcterms.created, Literal(split.created, datatype=_xsd.dateTime))


def _minutes(value: float) -> Literal:
    return Literal(f"{value:g}", datatype=_xsd.decimal)


def _evidence(subject: NamedNode, span: Span, graph: NamedNode) -> Iterator[Triple]:
    """A Web Annotation whose target is the passage [start, end) of the document (most of a
    document's triples: twelve for each call sentence and claim)."""
    base = f"{graph.value}/ev/{span.start}-{span.end}"
    ann, target, position, quote = (NamedNode(base + s) for s in ("", "/target", "/position", "/quote"))
    yield Triple(subject, _kg.evidence, ann)
    yield Triple(ann, _rdf.type, _oa.Annotation)
    yield Triple(ann, _oa.hasBody, subject)
    yield Triple(ann, _oa.hasTarget, target)
    yield Triple(target, _oa.hasSource, graph)
    yield Triple(target, _oa.hasSelector, position)
    yield Triple(target, _oa.hasSelector, quote)
    yield Triple(position, _rdf.type, _oa.TextPositionSelector)
    yield Triple(position, _oa.start, Literal(str(span.start), datatype=_xsd.integer))
    yield Triple(position, _oa.end, Literal(str(span.end), datatype=_xsd.integer))
    yield Triple(quote, _rdf.type, _oa.TextQuoteSelector)
    yield Triple(quote, _oa.exact, Literal(span.text))
