"""Every IRI kg writes, in one place.

The IRIs are written here as strings (`BASE`, `PREFIXES`): all that a query worker reads
(`kg.serve.workers`: the prefixes a query and its Turtle may use). So the workers of `kg query`
and of `kg.open` (one per store, at its first query) start without importing rdflib, which was
more than half of their 0.17 s start. (The endpoint's workers still load rdflib's SPARQL parser,
to check what a request would fetch: `kg.serve.fetches`.)

The rdflib terms (`KG`, `ACTOR`, `ACTORS_GRAPH`, `STATUS`, ...) are made from those strings the
first time one of them is asked for (`__getattr__`), all at once. `KG` mirrors
`ontology/kg.ttl` term for term (a test checks both ways) and, being a `DefinedNamespace` with
`_fail = True`, raises on a typo instead of minting a new term. The instance namespaces
(`ACTOR`, `CALL`, ...) are open: their local names are data.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rdflib import Namespace, URIRef
    from rdflib.namespace import DefinedNamespace

BASE = "https://w3id.org/kg-diplo/"

PREFIXES: dict[str, str] = {
    "kg": BASE + "ontology#",
    "actor": BASE + "actor/",
    "office": BASE + "office/",
    "topic": BASE + "topic/",
    "doc": BASE + "doc/",
    "call": BASE + "call/",
    "claim": BASE + "claim/",
    "merge": BASE + "merge/",
    "schema": "https://schema.org/",
    "oa": "http://www.w3.org/ns/oa#",
    "prov": "http://www.w3.org/ns/prov#",  # rdflib's PROV, SKOS, ... below (a test checks they agree)
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "time": "http://www.w3.org/2006/time#",
    "dcterms": "http://purl.org/dc/terms/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}

# The rdflib terms: declared here for the type checker, bound by `__getattr__` at first use.
KG: type[DefinedNamespace]
ONTOLOGY: URIRef
ACTOR: Namespace
OFFICE: Namespace
TOPIC: Namespace
DOC: Namespace
CALL: Namespace
CLAIM: Namespace
MERGE: Namespace
SPLIT: Namespace
ACTORS_GRAPH: URIRef
CALLS_GRAPH: URIRef
SPLITS_GRAPH: URIRef
META: URIRef
SCHEMA: Namespace
OA: Namespace
WIKIDATA: Namespace
SD: Namespace
FORMATS: Namespace
TOPIC_SCHEME: URIRef
STATUS: dict[str, URIRef]
MEDIUM: dict[str, URIRef]
ACTOR_TYPES: dict[str, URIRef]
MERGE_REASONS: dict[str, URIRef]
DCTERMS: type[DefinedNamespace]
OWL: type[DefinedNamespace]
PROV: type[DefinedNamespace]
RDF: type[DefinedNamespace]
RDFS: type[DefinedNamespace]
SKOS: type[DefinedNamespace]
TIME: type[DefinedNamespace]
XSD: type[DefinedNamespace]


def __getattr__(name: str) -> Any:
    """One of the rdflib terms declared above: all of them are made (`_terms`) and bound in this
    module the first time one is asked for, so that later uses do not come here."""
    if name not in __annotations__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals().update(_terms())
    return globals()[name]


def _terms() -> dict[str, Any]:
    """The rdflib terms, by the names declared above."""
    from rdflib import Namespace, URIRef
    from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, TIME, XSD, DefinedNamespace

    class KG(DefinedNamespace):
        """The kg ontology (`ontology/kg.ttl`)."""

        _NS = Namespace(PREFIXES["kg"])
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

    return {
        "KG": KG,
        "ONTOLOGY": URIRef(BASE + "ontology"),
        "ACTOR": Namespace(PREFIXES["actor"]),
        "OFFICE": Namespace(PREFIXES["office"]),
        "TOPIC": Namespace(PREFIXES["topic"]),
        "DOC": Namespace(PREFIXES["doc"]),
        "CALL": Namespace(PREFIXES["call"]),
        "CLAIM": Namespace(PREFIXES["claim"]),
        "MERGE": Namespace(PREFIXES["merge"]),
        "SPLIT": Namespace(BASE + "split/"),
        # The graphs beside the documents' own (one per document, named by its IRI). `kg build` derives
        # the first two from the documents; the splits graph holds users' decisions (`kg merges split`).
        "ACTORS_GRAPH": URIRef(BASE + "graph/actors"),
        "CALLS_GRAPH": URIRef(BASE + "graph/calls"),
        "SPLITS_GRAPH": URIRef(BASE + "graph/splits"),
        "META": URIRef(BASE + "graph/meta"),
        "SCHEMA": Namespace(PREFIXES["schema"]),
        "OA": Namespace(PREFIXES["oa"]),
        "WIKIDATA": Namespace("http://www.wikidata.org/entity/"),
        "SD": Namespace("http://www.w3.org/ns/sparql-service-description#"),  # what `kg serve` says it speaks
        "FORMATS": Namespace("http://www.w3.org/ns/formats/"),  # the W3C's names of the formats it answers in
        "TOPIC_SCHEME": URIRef(BASE + "topic/scheme"),
        # Keyed by kg.nlp.extract.records.Status and Medium (a test checks both ways).
        "STATUS": {"occurred": KG.Occurred, "planned": KG.Planned, "denied": KG.Denied, "unconfirmed": KG.Unconfirmed},
        "MEDIUM": {"phone": KG.Phone, "video": KG.Video},
        "ACTOR_TYPES": {"Person": KG.Person, "Organization": KG.Organization, "Country": KG.Country, "Media": KG.Media},
        "MERGE_REASONS": {"day": KG.SameParticipantsAndDay, "month": KG.SameParticipantsMonthAndTopic},
        "DCTERMS": DCTERMS, "OWL": OWL, "PROV": PROV, "RDF": RDF, "RDFS": RDFS, "SKOS": SKOS, "TIME": TIME, "XSD": XSD,
    }
