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

from pyoxigraph import Literal, NamedNode, Quad, RdfFormat, parse

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


def _iri(iri: object) -> str:
    """An IRI as an N-Triples term ('<...>'), checked by pyoxigraph as it makes its node: one
    that is not an IRI (a space or a '>' from a document id) raises here, before any line has it."""
    return str(NamedNode(str(iri)))


def _text(value: str) -> str:
    """A plain literal as an N-Triples term, escaped by pyoxigraph (article text is hostile:
    quotes, backslashes, line breaks and control characters all come out escaped)."""
    return str(Literal(value))


def _typed(value: str, datatype: str) -> str:
    """A literal of `datatype` (an N-Triples term, not xsd:string) as pyoxigraph writes it."""
    return f"{_text(value)}^^{datatype}"


class _Terms:
    """A namespace's terms as N-Triples terms ('<...>'), each made on its first use and then
    kept: rdflib makes and checks a new URIRef at every `KG.x` or `SCHEMA.x` (5 to 8 µs), and a
    document's graph names some 200 terms, the calls graph thousands at every build. A term the
    namespace does not have raises, as the namespace does (`KG` is closed)."""

    def __init__(self, namespace: object) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> str:
        if name.startswith("_"):  # `_namespace` itself, before it is set (a copy being made): no recursion
            raise AttributeError(name)
        term = _iri(getattr(self._namespace, name))
        setattr(self, name, term)
        return term


_kg, _rdf, _rdfs, _schema, _dcterms, _prov, _oa, _xsd, _skos, _owl = map(
    _Terms, (KG, RDF, RDFS, SCHEMA, DCTERMS, PROV, OA, XSD, SKOS, OWL))
_ACTOR_TYPES = {name: _iri(iri) for name, iri in ACTOR_TYPES.items()}
_MEDIA = {name: _iri(iri) for name, iri in MEDIUM.items()}
_STATUSES = {name: _iri(iri) for name, iri in STATUS.items()}
_MERGE_REASONS = {name: _iri(iri) for name, iri in MERGE_REASONS.items()}
_DATE_TYPES = {10: node(XSD.date), 7: node(XSD.gYearMonth), 4: node(XSD.gYear)}


@cache
def _topic(name: str) -> str:
    return _iri(TOPIC[name])


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
        return day_call_iri(call.participants, call.date, call.status == "planned")
    return single_call_iri(report_iri(doc_id, index).value)


def day_call_iri(participants: Iterable[str], day: str, planned: bool = False) -> NamedNode:
    """The call of these participants (actor keys) on this day, whoever reports it; the call
    planned for that day is another (kg.graph.merge keeps a plan and the call apart)."""
    key = "|".join([*sorted(participants), day, *(["planned"] if planned else [])])
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
    for quad in parse("\n".join(document_lines(extraction)), format=RdfFormat.N_TRIPLES):
        yield Quad(quad.subject, quad.predicate, quad.object, graph)


def document_lines(extraction: Extraction) -> Iterator[str]:
    """What one document says: its graph's triples, as N-Triples lines ('<s> <p> <o> .').

    Written as text, not as pyoxigraph triples turned into text (that took 0.4 ms a document,
    most of what the build spends outside the parser and the store): every term of a line is
    pyoxigraph's own N-Triples form of a node or literal it made and checked (`_iri`, `_text`)."""
    doc = extraction.document
    graph = _iri(document_iri(doc.id).value)

    yield f"{graph} {_rdf.type} {_kg.Document} ."
    yield f"{graph} {_dcterms.identifier} {_text(doc.id)} ."
    yield f"{graph} {_kg.contentHash} {_text(doc.content_hash)} ."
    if doc.file_digest:
        yield f"{graph} {_kg.fileDigest} {_text(doc.file_digest)} ."
    if extraction.fingerprint:
        yield f"{graph} {_kg.extractedWith} {_text(extraction.fingerprint)} ."
    yield f"{graph} {_schema.text} {_text(doc.text)} ."
    yield f"{graph} {_schema.inLanguage} {_text(doc.language or 'fr')} ."
    if doc.published:
        yield f"{graph} {_schema.datePublished} {_date(doc.published)} ."
    for prop, value in ((_kg.source, doc.source), (_schema.headline, doc.title), (_schema.url, doc.url)):
        if value:
            yield f"{graph} {prop} {_text(value)} ."

    iris = {key: _iri(actor_iri(actor).value) for key, actor in extraction.actors.items()}
    for key, actor in extraction.actors.items():
        yield f"{graph} {_kg.mentions} {iris[key]} ."
        minted = key in extraction.minted
        known = set() if minted else {*actor.aliases}  # the gazetteer's aliases are the actors graph's to say
        names = sorted(({*actor.aliases} if minted else set()) | {*extraction.surface.get(key, ())} - known - {actor.label})
        if not names and not minted:
            continue
        mention = _iri(mention_iri(doc.id, key).value)
        yield f"{mention} {_rdf.type} {_kg.Mention} ."
        yield f"{mention} {_kg.actor} {iris[key]} ."
        for name in names:
            yield f"{mention} {_kg.name} {_text(name)} ."
        if minted:
            yield f"{mention} {_rdfs.label} {_text(actor.label)} ."
            yield f"{mention} {_kg.actorType} {_ACTOR_TYPES[actor.type]} ."
            if actor.role:
                yield f"{mention} {_kg.role} {_text(actor.role)} ."

    for index, call in enumerate(extraction.calls):
        report = _iri(report_iri(doc.id, index).value)
        yield f"{report} {_rdf.type} {_kg.CallReport} ."
        yield from _call_facts(report, [iris[p] for p in call.participants], call.initiator and iris[call.initiator],
                               call.date, call.duration_min, call.medium, call.status, call.topics)
        for span in call.evidence:
            yield from _evidence(report, span, graph)

    for claim in extraction.claims:
        identity = f"{doc.id}|{claim.start}|{claim.end}|{claim.speaker}"
        claim_node = _iri(CLAIM[hashlib.sha1(identity.encode()).hexdigest()[:16]])
        yield f"{claim_node} {_rdf.type} {_kg.Claim} ."
        yield f"{claim_node} {_kg.speaker} {iris[claim.speaker]} ."
        yield f"{claim_node} {_kg.text} {_text(claim.text)} ."
        yield f"{claim_node} {_kg.quoted} {_typed(str(claim.quoted).lower(), _xsd.boolean)} ."
        yield f"{claim_node} {_prov.wasDerivedFrom} {graph} ."
        if claim.verb:
            yield f"{claim_node} {_kg.reportingVerb} {_text(claim.verb)} ."
        if claim.call is not None and claim.call < len(extraction.calls):
            yield f"{claim_node} {_kg.aboutCall} {_iri(report_iri(doc.id, claim.call).value)} ."
        for topic in claim.topics:
            yield f"{claim_node} {_kg.topic} {_topic(topic)} ."
        yield from _evidence(claim_node, Span(claim.start, claim.end, claim.text), graph)


def actor_lines(extraction: Extraction) -> Iterator[str]:
    """The description of every actor a document names, as the actors graph holds it (the
    build adds it with the document, so that no document ever names an undescribed actor)."""
    for key, actor in extraction.actors.items():
        yield from description(actor, {*actor.aliases, *extraction.surface.get(key, ())})


def description(actor: Actor, aliases: Iterable[str]) -> Iterator[str]:
    """One actor's N-Triples lines in the actors graph: type, label, aliases, Wikidata id, role."""
    subject = _iri(actor_iri(actor).value)
    yield f"{subject} {_rdf.type} {_ACTOR_TYPES[actor.type]} ."
    yield f"{subject} {_rdfs.label} {_text(actor.label)} ."
    for alias in sorted(set(aliases) - {actor.label}):
        yield f"{subject} {_skos.altLabel} {_text(alias)} ."
    if actor.wikidata:
        yield f"{subject} {_kg.wikidata} {_text(actor.wikidata)} ."
        yield f"{subject} {_owl.sameAs} {_iri(WIKIDATA[actor.wikidata])} ."
    if actor.role:
        yield f"{subject} {_kg.role} {_text(actor.role)} ."


def call_lines(group: Group) -> Iterator[str]:
    """One call of the calls graph, united from its reports, and the merge that made it, as
    N-Triples lines."""
    call = united(group)
    subject = _iri(group.iri)
    yield f"{subject} {_rdf.type} {_kg.Call} ."
    yield from _call_facts(subject, [_iri(p) for p in sorted(call.participants)], call.initiator and _iri(call.initiator),
                           call.date, call.duration, call.medium, call.status, sorted(call.topics))
    reports = [_iri(report.iri) for report in group.reports]
    documents = [_iri(document_iri(document).value) for document in sorted({r.document for r in group.reports})]
    for report in reports:
        yield f"{subject} {_kg.report} {report} ."
    for document in documents:
        yield f"{subject} {_prov.wasDerivedFrom} {document} ."
    if group.reason is not None:
        merge = _iri(call_nodes(group.iri)[1].value)
        yield f"{merge} {_rdf.type} {_kg.CallMerge} ."
        yield f"{merge} {_kg.call} {subject} ."
        yield f"{merge} {_kg.reason} {_MERGE_REASONS[group.reason]} ."
        yield reason_label(group.reason)
        for report in reports:
            yield f"{merge} {_kg.merges} {report} ."
        for document in documents:
            yield f"{merge} {_prov.used} {document} ."


def _call_facts(subject: str, participants: Iterable[str], initiator: str | None, day: str | None,
                duration: float | None, medium: str, status: str, topics: Iterable[str]) -> Iterator[str]:
    """What a call report and a united call both say of a call, as N-Triples lines about `subject`
    (participants and initiator already N-Triples terms)."""
    for participant in participants:
        yield f"{subject} {_kg.participant} {participant} ."
    if initiator:
        yield f"{subject} {_kg.initiator} {initiator} ."
    if day:
        yield f"{subject} {_kg.date} {_date(day)} ."
    if duration is not None:
        yield f"{subject} {_kg.durationMinutes} {_minutes(duration)} ."
    yield f"{subject} {_kg.medium} {_MEDIA[medium]} ."
    yield f"{subject} {_kg.status} {_STATUSES[status]} ."
    for topic in topics:
        yield f"{subject} {_kg.topic} {_topic(topic)} ."


def call_nodes(call: str) -> tuple[NamedNode, NamedNode]:
    """The subjects of one call's triples in the calls graph: the call and its merge (the label
    of the merge's reason, `reason_label`, is every merge's of that reason)."""
    return NamedNode(call), node(MERGE[call.rsplit("/", 1)[-1]])


def reason_label(reason: Reason) -> str:
    """The N-Triples line of a merge reason's label."""
    return f"{_MERGE_REASONS[reason]} {_rdfs.label} {_text(REASON_LABELS[reason])} ."


def reason_nodes() -> list[NamedNode]:
    """The subjects of the reasons' labels in the calls graph."""
    return [node(iri) for iri in MERGE_REASONS.values()]


def split_lines(split: Split) -> Iterator[str]:
    """A user's decision to keep the reports of a call apart (all, or one document's), as N-Triples lines."""
    key = f"{split.call}|{split.document or ''}"
    subject = _iri(SPLIT[hashlib.sha1(key.encode()).hexdigest()[:16]])
    yield f"{subject} {_rdf.type} {_kg.CallSplit} ."
    yield f"{subject} {_kg.call} {_iri(split.call)} ."
    if split.document is not None:
        yield f"{subject} {_kg.document} {_iri(document_iri(split.document).value)} ."
    if split.created:
        yield f"{subject} {_dcterms.created} {_typed(split.created, _xsd.dateTime)} ."


def _date(value: str) -> str:
    return str(typed_date(value))


def _minutes(value: float) -> str:
    return _typed(f"{value:g}", _xsd.decimal)


def _evidence(subject: str, span: Span, graph: str) -> Iterator[str]:
    """A Web Annotation whose target is the passage [start, end) of the document (most of a
    document's triples: twelve for each call sentence and claim). `subject` and `graph` are
    N-Triples terms."""
    base = f"{graph[1:-1]}/ev/{span.start}-{span.end}"
    ann, target, position, quote = (_iri(base + s) for s in ("", "/target", "/position", "/quote"))
    yield f"{subject} {_kg.evidence} {ann} ."
    yield f"{ann} {_rdf.type} {_oa.Annotation} ."
    yield f"{ann} {_oa.hasBody} {subject} ."
    yield f"{ann} {_oa.hasTarget} {target} ."
    yield f"{target} {_oa.hasSource} {graph} ."
    yield f"{target} {_oa.hasSelector} {position} ."
    yield f"{target} {_oa.hasSelector} {quote} ."
    yield f"{position} {_rdf.type} {_oa.TextPositionSelector} ."
    yield f"{position} {_oa.start} {_typed(str(span.start), _xsd.integer)} ."
    yield f"{position} {_oa.end} {_typed(str(span.end), _xsd.integer)} ."
    yield f"{quote} {_rdf.type} {_oa.TextQuoteSelector} ."
    yield f"{quote} {_oa.exact} {_text(span.text)} ."
