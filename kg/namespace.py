"""Every IRI kg writes, in one place.

`KG` mirrors `ontology/kg.ttl` term for term (a test checks both ways) and, being a
`DefinedNamespace` with `_fail = True`, raises on a typo instead of minting a new term.
The instance namespaces (`ACTOR`, `CALL`, ...) are open: their local names are data.
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, TIME, XSD, DefinedNamespace

BASE = "https://w3id.org/kg-diplo/"


class KG(DefinedNamespace):
    """The kg ontology (`ontology/kg.ttl`)."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    Actor: URIRef
    Person: URIRef
    Organization: URIRef
    Country: URIRef
    Media: URIRef
    wikidata: URIRef
    demonym: URIRef
    capital: URIRef
    government: URIRef
    memberCountry: URIRef
    role: URIRef
    Office: URIRef
    Role: URIRef
    HeadOfState: URIRef
    HeadOfGovernment: URIRef
    ForeignMinister: URIRef
    Spokesperson: URIRef
    DefenceMinister: URIRef
    HeadOfOrganization: URIRef
    officeRole: URIRef
    officeCountry: URIRef
    officeOrganization: URIRef
    leader: URIRef
    Mandate: URIRef
    mandate: URIRef
    office: URIRef
    start: URIRef
    end: URIRef
    Call: URIRef
    CallReport: URIRef
    report: URIRef
    participant: URIRef
    initiator: URIRef
    date: URIRef
    durationMinutes: URIRef
    medium: URIRef
    Medium: URIRef
    Phone: URIRef
    Video: URIRef
    status: URIRef
    CallStatus: URIRef
    Occurred: URIRef
    Planned: URIRef
    Denied: URIRef
    Unconfirmed: URIRef
    topic: URIRef
    Claim: URIRef
    speaker: URIRef
    text: URIRef
    reportingVerb: URIRef
    aboutCall: URIRef
    quoted: URIRef
    Document: URIRef
    source: URIRef
    contentHash: URIRef
    fileDigest: URIRef
    extractedWith: URIRef
    mentions: URIRef
    Mention: URIRef
    actor: URIRef
    name: URIRef
    actorType: URIRef
    evidence: URIRef
    CallMerge: URIRef
    call: URIRef
    merges: URIRef
    reason: URIRef
    MergeReason: URIRef
    SameParticipantsAndDay: URIRef
    SameParticipantsMonthAndTopic: URIRef
    CallSplit: URIRef
    document: URIRef
    fingerprint: URIRef
    basis: URIRef


ONTOLOGY = URIRef(BASE + "ontology")
ACTOR = Namespace(BASE + "actor/")
OFFICE = Namespace(BASE + "office/")
TOPIC = Namespace(BASE + "topic/")
DOC = Namespace(BASE + "doc/")
CALL = Namespace(BASE + "call/")
CLAIM = Namespace(BASE + "claim/")
MERGE = Namespace(BASE + "merge/")
SPLIT = Namespace(BASE + "split/")
# The graphs beside the documents' own (one per document, named by its IRI). `kg build` derives
# the first two from the documents; the splits graph holds users' decisions (`kg merges split`).
ACTORS_GRAPH = URIRef(BASE + "graph/actors")
CALLS_GRAPH = URIRef(BASE + "graph/calls")
SPLITS_GRAPH = URIRef(BASE + "graph/splits")
META = URIRef(BASE + "graph/meta")
SCHEMA = Namespace("https://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
WIKIDATA = Namespace("http://www.wikidata.org/entity/")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")  # what `kg serve` says it speaks
FORMATS = Namespace("http://www.w3.org/ns/formats/")  # the W3C's names of the formats it answers in
TOPIC_SCHEME = URIRef(BASE + "topic/scheme")

PREFIXES: dict[str, str] = {
    "kg": str(KG._NS),
    "actor": str(ACTOR),
    "office": str(OFFICE),
    "topic": str(TOPIC),
    "doc": str(DOC),
    "call": str(CALL),
    "claim": str(CLAIM),
    "merge": str(MERGE),
    "schema": str(SCHEMA),
    "oa": str(OA),
    "prov": str(PROV),
    "skos": str(SKOS),
    "time": str(TIME),
    "dcterms": str(DCTERMS),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
}

# Keyed by kg.nlp.extract.records.Status and Medium (a test checks both ways).
STATUS = {"occurred": KG.Occurred, "planned": KG.Planned, "denied": KG.Denied, "unconfirmed": KG.Unconfirmed}
MEDIUM = {"phone": KG.Phone, "video": KG.Video}
ACTOR_TYPES = {"Person": KG.Person, "Organization": KG.Organization, "Country": KG.Country, "Media": KG.Media}
MERGE_REASONS = {"day": KG.SameParticipantsAndDay, "month": KG.SameParticipantsMonthAndTopic}
