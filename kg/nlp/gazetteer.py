"""The actors kg knows before reading anything.

They are data: `ontology/actors.ttl` (people with their offices and terms, institutions,
countries with their demonyms and capitals, media); the gazetteer carries the cue words
(`kg.nlp.cues`) along. This module turns them into lookup tables once per process; it knows
no actor by name.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from kg.nlp import extensions
from kg.nlp.cues import cues
from kg.resources import ONTOLOGY_DIR
from kg.text import fold, slug


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
    role: str  # HeadOfState | HeadOfGovernment | ForeignMinister | Spokesperson | DefenceMinister | HeadOfOrganization
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
class Period:
    """When an article speaks from: a day, a month, or unknown (both ends None)."""

    start: date | None = None
    end: date | None = None

    @classmethod
    def of(cls, published: str | None) -> Period:
        """'2024-03-12' is that day, '2024-03' that month, '2024' that year; None is open."""
        if not published:
            return cls()
        year, month, day = (int(x) for x in (published.split("-") + ["0", "0"])[:3])
        if day:
            return cls(date(year, month, day), date(year, month, day))
        if month:
            following = date(year + month // 12, month % 12 + 1, 1)
            return cls(date(year, month, 1), date.fromordinal(following.toordinal() - 1))
        return cls(date(year, 1, 1), date(year, 12, 31))

    @property
    def day(self) -> date | None:
        return self.start if self.start is not None and self.start == self.end else None

    def overlaps(self, term: Mandate) -> bool:
        if self.start is None or self.end is None:
            return True
        return term.start <= self.end and (term.end is None or self.start <= term.end)


@dataclass(frozen=True)
class Target:
    """What a surface form denotes: an actor, the holder of an office, or a country's leader."""

    kind: str  # actor | office | leader | capital | institution ("presidency|Q1041": minted when unknown)
    key: str


class Gazetteer:
    """Actors, offices and terms, with the French surface forms that name them."""

    def __init__(self, actors: dict[str, Actor], offices: dict[str, Office], mandates: list[Mandate],
                 demonyms: dict[str, str], capitals: dict[str, str], governments: dict[str, str],
                 cues: dict, french: dict[str, str] | None = None,
                 demonym_words: dict[str, list[str]] | None = None, members: dict[str, tuple[str, ...]] | None = None,
                 capital_names: dict[str, str] | None = None) -> None:
        self.actors = actors
        self.offices = offices
        self.mandates = mandates
        self.demonyms = demonyms  # folded adjective -> country key
        self.capitals = capitals  # folded capital -> country key
        self.governments = governments  # country key -> institution key
        self.governed = {institution: country for country, institution in governments.items()}  # 'la Maison Blanche' -> US
        self.cues = cues
        self.french = french or {}  # actor key -> its French name (skos:prefLabel@fr)
        self.demonym_words = demonym_words or {}  # country key -> its demonyms as written
        self.members = members or {}  # group key -> its member countries ('les dirigeants du G7')
        self.capital_names = capital_names or {}  # capital as written ('Vienne', its capital kept) -> country key
        self._country_of_person: dict[str, set[str]] = {}
        self._surnames: dict[str, list[tuple[str, str]]] | None = None
        self.institution_targets: dict[tuple[str, str], Target] = {}  # (template, country): filled by surface_index
        self._surface: tuple[dict[str, set[Target]], dict[str, set[tuple[int, ...]]]] | None = None
        self._institution_nouns: dict[str, tuple[str, frozenset[str]]] | None = None
        self._terms_of_office: dict[str, list[Mandate]] = {}
        self._terms_of_person: dict[str, list[Mandate]] = {}
        for m in mandates:
            self._country_of_person.setdefault(m.person, set()).add(offices[m.office].country)
            self._terms_of_office.setdefault(m.office, []).append(m)
            self._terms_of_person.setdefault(m.person, []).append(m)

    def holder(self, office: str, on: date | None) -> str | None:
        """Who held `office` on `on` (the latest holder when the day is unknown)."""
        terms = self.terms(office, Period(on, on) if on else Period())
        if not terms:
            return None
        return max(terms, key=lambda m: m.start).person

    def terms(self, office: str, period: Period) -> list[Mandate]:
        """The terms of `office` that overlap `period` (every term when the period is open)."""
        return [m for m in self._terms_of_office.get(office, ()) if period.overlaps(m)]

    def offices_of(self, person: str, period: Period) -> list[str]:
        """The offices `person` held during `period`."""
        return [m.office for m in self._terms_of_person.get(person, ()) if period.overlaps(m)]

    def offices_to_come(self, person: str, day: date, within: timedelta) -> list[str]:
        """The offices `person` takes up after `day`, at most `within` later: the president-elect's."""
        return [m.office for m in self._terms_of_person.get(person, ()) if day < m.start <= day + within]

    def counterpart(self, office: str, country: str) -> str | None:
        """The office of the same role in another country: the defence minister's homologue."""
        return self.office_of(country, self.offices[office].role)

    def office_of(self, country: str | None, role: str) -> str | None:
        """The office of `role` in `country` ('HeadOfGovernment' in Hungary), if the gazetteer has it."""
        return next((o.key for o in self.offices.values() if o.country == country and o.role == role), None)

    def leader_office(self, country: str) -> Office | None:
        return next((o for o in self.offices.values() if o.country == country and o.leader), None)

    def leader(self, country: str, on: date | None) -> str | None:
        office = self.leader_office(country)
        return self.holder(office.key, on) if office else None

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

    def surnames(self) -> dict[str, list[tuple[str, str]]]:
        """Folded surname -> (person key, folded first names) for every known name of a person
        written with a first name: what a misspelt or partial name is compared with."""
        if self._surnames is None:
            self._surnames = {}
            for actor in self.actors.values():
                if actor.type != "Person":
                    continue
                for name in {actor.label, *actor.aliases}:
                    words = fold(name).split()
                    if len(words) >= 2 and (actor.key, " ".join(words[:-1])) not in self._surnames.get(words[-1], []):
                        self._surnames.setdefault(words[-1], []).append((actor.key, " ".join(words[:-1])))
        return self._surnames

    def countries_of(self, person: str) -> set[str]:
        return self._country_of_person.get(person, set())

    def surface_forms(self) -> dict[str, set[Target]]:
        """Every folded phrase that names something, with what it names."""
        return self.surface_index()[0]

    def surface_index(self) -> tuple[dict[str, set[Target]], dict[str, set[tuple[int, ...]]]]:
        """Every folded phrase that names something, with what it names; and for the phrases
        written with capitals, which words carry them (a name matches only where at least one
        of them is capitalised: 'Le Monde' the paper, not 'le monde'). Built once: its readers
        only look things up in it."""
        if self._surface is None:
            self._surface = self._build_surface_index()
        return self._surface

    def _build_surface_index(self) -> tuple[dict[str, set[Target]], dict[str, set[tuple[int, ...]]]]:
        forms: dict[str, set[Target]] = {}
        cases: dict[str, set[tuple[int, ...]]] = {}

        def add(phrase: str, target: Target) -> None:
            for variant in {phrase, phrase.replace("-", " "), phrase.replace(" ", "-") if phrase.count(" ") == 1 else phrase}:
                folded = fold(variant).strip()
                if folded:
                    forms.setdefault(folded, set()).add(target)
                    if target.kind in {"actor", "capital"}:  # 'vienne' the verb is no Vienna
                        cases.setdefault(folded, set()).add(capitalised(variant))

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
            for template in templates.get(office.role, []):
                for phrase in self._expand(template, office.country, adjectives):
                    add(phrase, Target("office", office.key))
        for office in self.monarchs():
            for title in self.cues["monarch_titles"]:  # 'le souverain qatari', 'le monarque du Koweït': the emir
                for template in (f"{title} {{adj}}", f"{title} {{country}}"):
                    for phrase in self._expand(template, office.country, adjectives):
                        add(phrase, Target("office", office.key))
        for country, adjs in adjectives.items():
            for template in templates["leader"]:
                for adj in adjs:
                    add(template.format(adj=adj), Target("leader", country))
        merged = {fold(article) for article in self.cues["contracted_articles"].values()}
        for capital, country in self.capital_names.items():
            add(capital, Target("capital", country))
            article, _, rest = capital.partition(" ")
            if rest and fold(article) in merged:
                add(rest, Target("capital", country))  # 'du Caire': 'Le Caire' whose article merged with 'de'
        for kind, spec in self.cues.get("institution_templates", {}).items():
            for country in {c for c in self.demonyms.values()} | {k for k, a in self.actors.items() if a.type == "Country"}:
                phrases = [fold(p) for t in spec["forms"] for p in self._expand(t, country, adjectives)]
                known = {t.key for p in phrases for t in forms.get(p, ()) if t.kind == "actor"
                         and self.actors[t.key].type == spec.get("type", "Organization")}
                target = Target("actor", min(known)) if len(known) == 1 else Target("institution", f"{kind}|{country}")
                self.institution_targets[(kind, country)] = target
                for phrase in phrases:
                    if not any(t.kind == "actor" for t in forms.get(phrase, ())):
                        forms.setdefault(phrase, set()).add(target)
        return forms, {k: v for k, v in cases.items() if any(v)}

    def monarchs(self) -> list[Office]:
        """The heads of state who reign: those whose office a label names by a reigning title ('émir
        du Qatar', 'sultan d'Oman', 'roi des Belges'), not a president's. A monarch's title with
        their country's demonym names them whatever the title ('le souverain qatari', 'le monarque
        omanais'); 'le souverain français' names nobody."""
        reigning = {fold(x) for x in self.cues["reigning_titles"]}
        return [o for o in self.offices.values() if o.role == "HeadOfState" and any(
            fold(label).split()[:1] and fold(label).split()[0] in reigning for label in o.labels)]

    def _expand(self, template: str, country: str, adjectives: dict[str, list[str]]) -> list[str]:
        """A template's phrases for one country: '{adj}' by each demonym, '{country}' by each name
        with its preposition ('de la Russie', 'du Sénégal', "de l'Algérie")."""
        if "{country}" in template:
            actor = self.actors.get(country)
            if actor is None:
                return []
            return [template.format(country=f"{article} {name}").replace("l' ", "l'")
                    for name in (actor.label, *actor.aliases) for article in ("de", "de la", "du", "des", "de l'")]
        return [template.format(adj=adj) for adj in adjectives.get(country, [])]

    def institution_nouns(self) -> dict[str, tuple[str, frozenset[str]]]:
        """Each actor the gazetteer knows as a country's presidency, ministry or office, with that
        country and the nouns that name its kind ('présidence' for the Élysée, 'ministère' for the
        Quai d'Orsay): 'a ajouté la présidence' after 'a indiqué l'Élysée' is the Élysée. Read
        from the institution templates once `surface_index` has matched them to actors."""
        if self._institution_nouns is None or not self._institution_nouns and self.institution_targets:
            templates = self.cues.get("institution_templates", {})
            self._institution_nouns = {
                target.key: (country, frozenset(fold(form.split()[0]) for form in templates[kind]["forms"]))
                for (kind, country), target in self.institution_targets.items() if target.kind == "actor"}
        return self._institution_nouns

    def institution_speaks_only(self, target: Target) -> bool:
        """Is an institution of this template a body only where it speaks ('when_speaking'):
        'le gouvernement français a démenti' is one, 'le gouvernement sud-africain est contre la
        guerre' says what the country holds, and names no actor of its own."""
        return bool(self.cues["institution_templates"][target.key.split("|")[0]].get("when_speaking"))

    def institution(self, target: Target) -> Actor:
        """The actor an institution template names ('la présidence sénégalaise'), minted from the
        country: 'Presidency of Senegal'; of the template's type ('l'agence officielle malienne' is
        a medium)."""
        kind, country = target.key.split("|")
        spec = self.cues["institution_templates"][kind]
        label = spec["label"].format(country=self.actors[country].label)
        return Actor(slug(label), spec.get("type", "Organization"), label)


_ARTICLES = {"le", "la", "les", "l'", "the"}
_ARABIC_ARTICLES = {"al", "el"}


def capitalised(phrase: str) -> tuple[int, ...]:
    """Positions of the words of `phrase` written with a capital (articles aside)."""
    words = phrase.replace("'", "' ").replace("’", "’ ").split()
    if words and not _capital(words[0]) and fold(words[0]) not in _ARTICLES:
        return ()  # 'agence TASS', 'journal Le Monde': the noun says what it is, whatever the case
    return tuple(i for i, w in enumerate(words) if _capital(w) and fold(w) not in _ARTICLES)


def _capital(word: str) -> bool:
    """Is the word written with a capital, past an Arabic article the French press writes in
    lower case ('al-Arabiya', 'el-Watan' as 'Al-Arabiya')?"""
    article, hyphen, rest = word.partition("-")
    return word[:1].isupper() or bool(hyphen) and fold(article) in _ARABIC_ARTICLES and rest[:1].isupper()


def load() -> Gazetteer:
    """Read `actors.ttl`, and the user's actors files in use (`kg.nlp.extensions`), once per process."""
    return _load(extensions.current().actors)


@lru_cache(maxsize=4)
def _load(extra: tuple[extensions.Source, ...]) -> Gazetteer:
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import RDF, SKOS
    from rdflib.term import Node

    from kg.namespace import ACTOR, KG, OFFICE
    from kg.nlp.actor_files import add_actors

    graph = Graph()
    graph.parse(ONTOLOGY_DIR / "actors.ttl", format="turtle")
    for source in extra:
        add_actors(graph, source)

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
        country = graph.value(node, KG.officeCountry) or graph.value(node, KG.officeOrganization)  # the UN's secretary-general
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
    capital_names = {str(o): key(s, ACTOR) for s, o in graph.subject_objects(KG.capital)}
    capitals = {fold(name): country for name, country in capital_names.items()}
    governments = {key(s, ACTOR): key(o, ACTOR) for s, o in graph.subject_objects(KG.government)}
    french = {key(s, ACTOR): str(o) for s, o in graph.subject_objects(SKOS.prefLabel)
              if isinstance(o, Literal) and o.language == "fr" and str(s).startswith(str(ACTOR))}
    demonym_words: dict[str, list[str]] = {}
    for s, o in graph.subject_objects(KG.demonym):
        demonym_words.setdefault(key(s, ACTOR), []).append(str(o))
    members: dict[str, tuple[str, ...]] = {}
    for group, country in graph.subject_objects(KG.memberCountry):
        members[key(group, ACTOR)] = (*members.get(key(group, ACTOR), ()), key(country, ACTOR))
    return Gazetteer(actors, offices, mandates, demonyms, capitals, governments, cues(), french, demonym_words,
                     {g: tuple(sorted(c)) for g, c in members.items()}, capital_names)
