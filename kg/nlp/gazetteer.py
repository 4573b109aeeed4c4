"""The actors kg knows before reading anything.

They are data: `ontology/actors.ttl` (people with their offices and terms, institutions,
countries with their demonyms and capitals, media); the gazetteer carries the cue words
(`kg.nlp.cues`) along. This module turns them into lookup tables once per process; it knows
no actor by name.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from kg.nlp.cues import cues
from kg.resources import ONTOLOGY_DIR
from kg.text import fold


@dataclass(frozen=True)
class Actor:
    key: str
    type: str  # Person | Organization | Country | Media
    label: str  # canonical English name
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    role: str | None = None  # what the text said of an actor the gazetteer did not know


@dataclass(frozen=True)
class Office:
    key: str
    country: str
    role: str  # HeadOfState | HeadOfGovernment | ForeignMinister | Spokesperson
    leader: bool
    labels: tuple[str, ...]


@dataclass(frozen=True)
class Mandate:
    person: str
    office: str
    start: date
    end: date | None

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Target:
    """What a surface form denotes: an actor, the holder of an office, or a country's leader."""

    kind: str  # actor | office | leader | capital
    key: str


class Gazetteer:
    """Actors, offices and terms, with the French surface forms that name them."""

    def __init__(self, actors: dict[str, Actor], offices: dict[str, Office], mandates: list[Mandate],
                 demonyms: dict[str, str], capitals: dict[str, str], governments: dict[str, str],
                 cues: dict, french: dict[str, str] | None = None,
                 demonym_words: dict[str, list[str]] | None = None) -> None:
        self.actors = actors
        self.offices = offices
        self.mandates = mandates
        self.demonyms = demonyms  # folded adjective -> country key
        self.capitals = capitals  # folded capital -> country key
        self.governments = governments  # country key -> institution key
        self.cues = cues
        self.french = french or {}  # actor key -> its French name (skos:prefLabel@fr)
        self.demonym_words = demonym_words or {}  # country key -> its demonyms as written
        self._country_of_person: dict[str, set[str]] = {}
        for m in mandates:
            self._country_of_person.setdefault(m.person, set()).add(offices[m.office].country)

    def holder(self, office: str, on: date | None) -> str | None:
        """Who held `office` on `on` (the latest holder when the day is unknown)."""
        terms = [m for m in self.mandates if m.office == office]
        if on is not None:
            terms = [m for m in terms if m.covers(on)]
        if not terms:
            return None
        return max(terms, key=lambda m: m.start).person

    def leader(self, country: str, on: date | None) -> str | None:
        for office in self.offices.values():
            if office.country == country and office.leader:
                return self.holder(office.key, on)
        return None

    def resolve(self, target: Target, on: date | None) -> str | None:
        """The actor key a surface form denotes on a given day."""
        if target.kind == "actor":
            return target.key
        if target.kind == "office":
            return self.holder(target.key, on)
        if target.kind == "leader":
            return self.leader(target.key, on)
        if target.kind == "capital":
            return target.key
        return None

    def countries_of(self, person: str) -> set[str]:
        return self._country_of_person.get(person, set())

    def surface_forms(self) -> dict[str, set[Target]]:
        """Every folded phrase that names something, with what it names."""
        forms: dict[str, set[Target]] = {}

        def add(phrase: str, target: Target) -> None:
            for variant in {phrase, phrase.replace("-", " "), phrase.replace(" ", "-") if phrase.count(" ") == 1 else phrase}:
                folded = fold(variant).strip()
                if folded:
                    forms.setdefault(folded, set()).add(target)

        for actor in self.actors.values():
            for alias in (actor.label, *actor.aliases):
                add(alias, Target("actor", actor.key))
        for office in self.offices.values():
            for label in office.labels:
                add(label, Target("office", office.key))
        templates = self.cues["descriptor_templates"]
        adjectives: dict[str, list[str]] = {}
        for adj, country in self.demonyms.items():
            adjectives.setdefault(country, []).append(adj)
        for office in self.offices.values():
            named = self.actors.get(office.country)
            for template in templates.get(office.role, []):
                if "{country}" in template and named is not None:
                    for name in (named.label, *named.aliases):
                        for article in ("de", "de la", "du", "des", "de l'"):
                            add(template.format(country=f"{article} {name}").replace("l' ", "l'"), Target("office", office.key))
                    continue
                for adj in adjectives.get(office.country, []):
                    add(template.format(adj=adj), Target("office", office.key))
        for country, adjs in adjectives.items():
            for template in templates["leader"]:
                for adj in adjs:
                    add(template.format(adj=adj), Target("leader", country))
        for capital, country in self.capitals.items():
            add(capital, Target("capital", country))
        return forms


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """Read `actors.ttl` once per process."""
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import RDF, SKOS
    from rdflib.term import Node

    from kg.namespace import ACTOR, KG, OFFICE

    graph = Graph()
    graph.parse(ONTOLOGY_DIR / "actors.ttl", format="turtle")

    def key(iri: object, ns: object) -> str:
        return str(iri)[len(str(ns)):]

    def labels(node: Node, *props: URIRef) -> list[str]:
        return [str(o) for p in props for o in graph.objects(node, p) if isinstance(o, Literal)]

    actors: dict[str, Actor] = {}
    for type_name in ("Person", "Organization", "Country", "Media"):
        for node in graph.subjects(RDF.type, KG[type_name]):
            english = [str(o) for o in graph.objects(node, SKOS.prefLabel) if getattr(o, "language", None) == "en"]
            names = labels(node, SKOS.prefLabel, SKOS.altLabel)
            label = english[0] if english else names[0]
            qid = graph.value(node, KG.wikidata)
            actors[key(node, ACTOR)] = Actor(key(node, ACTOR), type_name, label,
                                             tuple(sorted(set(names) - {label})), str(qid) if qid else None)
    offices = {}
    for node in graph.subjects(RDF.type, KG.Office):
        role = graph.value(node, KG.officeRole)
        country = graph.value(node, KG.officeCountry)
        if role is None or country is None:
            continue
        offices[key(node, OFFICE)] = Office(key(node, OFFICE), key(country, ACTOR), key(role, KG._NS),
                                            bool(graph.value(node, KG.leader)), tuple(labels(node, SKOS.prefLabel, SKOS.altLabel)))
    mandates = []
    for person, mandate in graph.subject_objects(KG.mandate):
        office, start, end = (graph.value(mandate, p) for p in (KG.office, KG.start, KG.end))
        if office is None or not isinstance(start, Literal) or key(office, OFFICE) not in offices:
            continue
        mandates.append(Mandate(key(person, ACTOR), key(office, OFFICE), start.toPython(),
                                end.toPython() if isinstance(end, Literal) else None))
    demonyms = {fold(str(o)): key(s, ACTOR) for s, o in graph.subject_objects(KG.demonym)}
    capitals = {fold(str(o)): key(s, ACTOR) for s, o in graph.subject_objects(KG.capital)}
    governments = {key(s, ACTOR): key(o, ACTOR) for s, o in graph.subject_objects(KG.government)}
    french = {key(s, ACTOR): str(o) for s, o in graph.subject_objects(SKOS.prefLabel)
              if isinstance(o, Literal) and o.language == "fr" and str(s).startswith(str(ACTOR))}
    demonym_words: dict[str, list[str]] = {}
    for s, o in graph.subject_objects(KG.demonym):
        demonym_words.setdefault(key(s, ACTOR), []).append(str(o))
    return Gazetteer(actors, offices, mandates, demonyms, capitals, governments, cues(), french, demonym_words)
