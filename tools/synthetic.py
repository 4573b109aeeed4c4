"""A deterministic synthetic French corpus, for benchmarks and scale tests.

`synthetic_corpus(n, seed)` writes articles in the style of the sample corpus, from the
templates in `synthetic_templates.json` beside this file: a leader calls another (15
phrasings of an occurred call, plus planned, denied and unconfirmed ones), with dates
relative to the publication day, durations, quotes and reported speech on a topic, and
background sentences. The people are the gazetteer's office holders, paired on a day
when both held office (so descriptors resolve), which spreads a large corpus over hundreds
of actors. Article `i` depends only on `(seed, i)`: the first ten of a hundred articles are
the ten of `synthetic_corpus(10)`, on every machine and Python version.

`synthetic_extractions` gives the same articles as `kg.graph.rdf.Extraction` records, taken from
what was generated rather than parsed (no spaCy), to fill big stores fast; and
`synthetic_export` an export dict of any size for the network page. The texts are
fabricated: nothing in them was said or reported by anyone.
"""
from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from kg.graph.rdf import Extraction
from kg.ingest import Document
from kg.nlp import gazetteer
from kg.nlp.cues import cues
from kg.nlp.extract.records import CallRecord, ClaimRecord, Span
from kg.text import fold

SOURCE = "Corpus synthétique kg"
FIRST_DAY, LAST_DAY = date(1995, 1, 1), date(2025, 6, 30)
MIN_WORDS, MAX_WORDS = 150, 400


@dataclass(frozen=True)
class Topic:
    id: str  # the topic id in ontology/topics.ttl
    title: str
    phrase: str  # "la guerre en Ukraine": what they discussed
    quotes: tuple[str, ...]
    propositions: tuple[str, ...]
    background: tuple[str, ...]


def _templates() -> dict:
    return json.loads(Path(__file__).with_name("synthetic_templates.json").read_text(encoding="utf-8"))


_T = _templates()
MONTHS = tuple(cues()["months"])
WEEKDAYS = tuple(cues()["weekdays"])
DURATIONS = tuple((phrase, minutes) for phrase, minutes in _T["durations"])  # minutes None: no exact duration
OCCURRED = tuple(_T["occurred"])  # an occurred call, in 15 phrasings
VIDEO = set(_T["video"])  # indices of OCCURRED that say the call was by video
INITIATOR_A = set(_T["initiator_a"])  # A called B
INITIATOR_B = set(_T["initiator_b"])  # B called A
PLANNED, DENIED, UNCONFIRMED = (tuple(_T[k]) for k in ("planned", "denied", "unconfirmed"))
EARLIER: str = _T["earlier"]
QUOTED = tuple((template, verb) for template, verb in _T["quoted"])  # {Q} the quote, {S} who says it
REPORTED = tuple((template, verb) for template, verb in _T["reported"])  # {P} the proposition
BACKGROUND = tuple(_T["background"])
TOPICS = tuple(Topic(t["id"], t["title"], t["phrase"], tuple(t["quotes"]), tuple(t["propositions"]), tuple(t["background"]))
               for t in _T["topics"])


# ---------------------------------------------------------------------------------- actors
@dataclass(frozen=True)
class Person:
    key: str
    name: str  # French name, in full
    short: str  # the surname, when the gazetteer knows it as an alias
    country: str  # country key of the office held on the day


@dataclass(frozen=True)
class _Country:
    key: str
    adj: str  # masculine singular demonym: "russe", "français"
    fadj: str  # feminine: "russe", "française"
    government: str | None  # the gazetteer's key of its government's institution


class _Cast:
    """The gazetteer's people, offices and countries, with their French names."""

    def __init__(self) -> None:
        gaz = gazetteer.load()
        self.gazetteer = gaz
        self.french = gaz.french
        self.countries: dict[str, _Country] = {}
        for key, adjs in gaz.demonym_words.items():
            adjs = sorted(adjs, key=lambda a: (len(a), a))
            masc = adjs[0]
            fem = next((a for a in adjs if a in {masc + "e", masc + "ne"}), None) or next(
                (a for a in adjs if a != masc and not a.endswith("s") and a[:3] == masc[:3]), masc)
            self.countries[key] = _Country(key, masc, fem, gaz.governments.get(key))
        roles = {"HeadOfState", "HeadOfGovernment", "ForeignMinister"}
        self.mandates = sorted(
            (m for m in gaz.mandates if m.person in gaz.actors and gaz.offices[m.office].role in roles
             and gaz.offices[m.office].country in self.countries and m.start <= LAST_DAY
             and (m.end is None or m.end >= FIRST_DAY)),
            key=lambda m: (m.person, m.office, m.start))

    def person(self, key: str, country: str) -> Person:
        actor = self.gazetteer.actors[key]
        name = self.french.get(key, actor.label)
        last = name.split()[-1]
        folded = {fold(a) for a in (*actor.aliases, actor.label)}
        return Person(key, name, last if fold(last) in folded and last != name else name, country)

    def government(self, country: _Country) -> str:
        """How the text names a country's executive: its institution if the gazetteer has one."""
        if country.government and country.government in self.french:
            label = self.french[country.government]
            return label if label in _NO_ARTICLE else _with_article(label)
        return f"le gouvernement {country.adj}"

    def holder(self, rng: random.Random, day: date, besides: set[str]) -> Person | None:
        """Someone else in office on `day`."""
        pool = [m for m in self.mandates if m.covers(day) and m.person not in besides]
        if not pool:
            return None
        chosen = rng.choice(pool)
        return self.person(chosen.person, self.gazetteer.offices[chosen.office].country)

    def pair(self, rng: random.Random) -> tuple[Person, Person, date]:
        """Two office holders of different countries on one day, in offices alike when possible."""
        gaz = self.gazetteer
        while True:
            first = rng.choice(self.mandates)
            lo, hi = max(first.start, FIRST_DAY), min(first.end or LAST_DAY, LAST_DAY)
            day = lo + timedelta(days=rng.randrange((hi - lo).days + 1))
            role = gaz.offices[first.office].role
            country = gaz.offices[first.office].country
            others = [m for m in self.mandates if m.covers(day) and m.person != first.person
                      and gaz.offices[m.office].country != country]
            same = [m for m in others if gaz.offices[m.office].role == role]
            pool = same or others
            if pool:
                second = rng.choice(pool)
                return (self.person(first.person, country),
                        self.person(second.person, gaz.offices[second.office].country), day)


@lru_cache(maxsize=1)
def _cast() -> _Cast:
    return _Cast()


_NO_ARTICLE = {"Downing Street"}


def _with_article(label: str) -> str:
    if label[:1].lower() in "aeéèêiouyh":
        return "l'" + label
    feminine = label.split()[0].lower() in {"présidence", "chancellerie", "cour", "maison"}
    return ("la " if feminine else "le ") + label


def _de(phrase: str) -> str:
    """'de' before a noun phrase: 'des tirs', 'du dossier', 'de la situation'."""
    if phrase.startswith("les "):
        return "des " + phrase[4:]
    if phrase.startswith("le "):
        return "du " + phrase[3:]
    return "de " + phrase


_ELISION = re.compile(r"\b([Qq]u|[Dd])e (?=[aeiouyàâéèêîïôûAEIOUYÀÂÉÈÊÎÏÔÛ])")


def elide(text: str) -> str:
    """'que un' is 'qu'un', 'de Emmanuel' is 'd'Emmanuel'."""
    return _ELISION.sub(lambda m: m.group(1) + "'", text)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


# ---------------------------------------------------------------------------------- dates
def french_date(day: date, year: bool = True) -> str:
    text = f"{'1er' if day.day == 1 else day.day} {MONTHS[day.month - 1]}"
    return f"{text} {day.year}" if year else text


def _when(rng: random.Random, day: date, published: date) -> str:
    """How the article says the call's day, relative to its publication day."""
    gap = (published - day).days
    weekday = WEEKDAYS[day.weekday()]
    if gap == 0:
        return rng.choice([weekday, f"ce {weekday}"])
    if gap == 1:
        return rng.choice(["hier", weekday, f"le {french_date(day, year=False)}"])
    if gap < 7:
        return rng.choice([weekday, f"{weekday} dernier", f"le {french_date(day, year=False)}"])
    return f"le {french_date(day)}"


# ---------------------------------------------------------------------------------- writing
@dataclass
class _Writer:
    """Sentences into paragraphs, keeping the offsets of the ones that become records."""

    title: str
    paragraphs: list[list[str]] = field(default_factory=list)
    marks: list[tuple[int, int, str, object]] = field(default_factory=list)  # paragraph, sentence, kind, payload

    def paragraph(self) -> None:
        self.paragraphs.append([])

    def say(self, sentence: str, kind: str | None = None, payload: object = None) -> None:
        if kind:
            self.marks.append((len(self.paragraphs) - 1, len(self.paragraphs[-1]), kind, payload))
        self.paragraphs[-1].append(_capital(elide(sentence)))

    def words(self) -> int:
        return len(self.title.split()) + sum(len(s.split()) for p in self.paragraphs for s in p)

    def text(self) -> tuple[str, dict[tuple[int, int], int]]:
        """The article, and where each sentence starts in it."""
        parts, starts, offset = [self.title], {}, len(self.title)
        for p, sentences in enumerate(self.paragraphs):
            if not sentences:
                continue
            parts.append("\n\n")
            offset += 2
            for s, sentence in enumerate(sentences):
                if s:
                    parts.append(" ")
                    offset += 1
                starts[(p, s)] = offset
                parts.append(sentence)
                offset += len(sentence)
        return "".join(parts) + "\n", starts


@dataclass(frozen=True)
class SyntheticArticle:
    """One generated article, and what it says, as the extractors should find it."""

    document: Document
    extraction: Extraction


def synthetic_articles(n: int, seed: int = 0) -> Iterator[SyntheticArticle]:
    for i in range(n):
        yield _article(i, seed)


def synthetic_corpus(n: int, seed: int = 0) -> Iterator[Document]:
    """`n` French articles about calls between leaders; the same `(n, seed)` gives the same texts."""
    for article in synthetic_articles(n, seed):
        yield article.document


def synthetic_extractions(n: int, seed: int = 0) -> Iterator[Extraction]:
    """The records of `synthetic_corpus(n, seed)` as generated, for `kg.graph.rdf.quads`, without spaCy."""
    for article in synthetic_articles(n, seed):
        yield article.extraction


def write_corpus(folder: Path, n: int, seed: int = 0) -> list[Path]:
    """Write `synthetic_corpus(n, seed)` as NAME.txt files with NAME.json sidecars."""
    import json

    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for document in synthetic_corpus(n, seed):
        path = folder / f"{document.id}.txt"
        path.write_text(document.text, encoding="utf-8")
        meta = {"published": document.published, "source": document.source, "url": None,
                "title": document.title, "language": "fr"}
        path.with_suffix(".json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        paths.append(path)
    return paths


def _article(i: int, seed: int) -> SyntheticArticle:
    cast = _cast()
    rng = random.Random(f"kg-synthetic:{seed}:{i}")
    a, b, day = cast.pair(rng)
    if rng.random() < 0.5:
        a, b = b, a
    published = day + timedelta(days=rng.choice([0, 0, 1, 1, 1, 2, 3, 5, 12]))
    topic = rng.choice(TOPICS)
    ca, cb = cast.countries[a.country], cast.countries[b.country]
    gov_a = cast.government(ca)
    surface: dict[str, set[str]] = {a.key: {a.name}, b.key: {b.name}}
    calls: list[CallRecord] = []

    title = rng.choice([
        f"{topic.title} : {a.short} et {b.short} se sont entretenus par téléphone",
        f"{topic.title} : entretien téléphonique entre {a.short} et {b.short}",
        f"{a.short} et {b.short} font le point sur {topic.phrase}",
        f"{topic.title} : {a.short} appelle {b.short}",
    ])
    writer = _Writer(title)

    # the lead: the call itself
    writer.paragraph()
    index = rng.randrange(len(OCCURRED))
    duration, minutes = rng.choice(DURATIONS)
    if index not in {0, 1, 4, 6, 8, 11, 14}:
        duration, minutes = "", None
    fields = {"A": a.name, "B": b.name, "when": _when(rng, day, published), "dur": duration,
              "topic": topic.phrase, "de_topic": _de(topic.phrase), "govA": gov_a, "de_govA": _de(gov_a), "adjB": cb.adj, "fadjA": ca.fadj}
    initiator = a.key if index in INITIATOR_A else b.key if index in INITIATOR_B else None
    lead = CallRecord(tuple(sorted({a.key, b.key})), initiator, day.isoformat(), minutes,
                      "video" if index in VIDEO else "phone", "occurred", (topic.id,), ())
    writer.say(OCCURRED[index].format(**fields), "call", lead)
    calls.append(lead)
    background = rng.sample(topic.background, len(topic.background))
    writer.say(background.pop())

    # what each side said
    writer.paragraph()
    quotes, propositions = rng.sample(topic.quotes, 2), rng.sample(topic.propositions, 2)
    for speaker in rng.sample([a, b], 2):
        surface[speaker.key].add(speaker.short)
        if rng.random() < 0.5:
            quote = quotes.pop()
            template, verb = rng.choice(QUOTED)
            writer.say(template.format(Q=quote, S=speaker.short), "claim", (speaker.key, quote, verb, True))
        else:
            proposition = propositions.pop()
            template, verb = rng.choice(REPORTED)
            writer.say(template.format(P=proposition, S=speaker.short), "claim", (speaker.key, proposition, verb, False))
    if rng.random() < 0.6:
        also = rng.choice([t for t in TOPICS if t is not topic])
        writer.say(f"Selon {gov_a}, les deux dirigeants ont également évoqué {also.phrase}.")

    # another call: an earlier one, or one planned, denied or unconfirmed
    writer.paragraph()
    kind = rng.choice(["earlier", "planned", "denied", "unconfirmed", "none"])
    if kind == "earlier":
        earlier = day - timedelta(days=rng.randrange(20, 200))
        record = CallRecord(lead.participants, None, earlier.isoformat(), None, "phone", "occurred", (), ())
        writer.say(EARLIER.format(earlier=french_date(earlier)), "call", record)
        calls.append(record)
    elif kind != "none":
        c = cast.holder(rng, day, {a.key, b.key}) or b
        other = a
        surface.setdefault(c.key, set()).add(c.name)
        future_day = published + timedelta(days=rng.randrange(1, 8))
        future = rng.choice(["dans les prochains jours", "la semaine prochaine",
                             f"{WEEKDAYS[future_day.weekday()]} prochain"])
        fields = {"A": other.short, "B": c.name, "when": _when(rng, day, published), "future": future,
                  "govA": cast.government(cast.countries[other.country]),
                  "govB": cast.government(cast.countries[c.country])}
        template = rng.choice({"planned": PLANNED, "denied": DENIED, "unconfirmed": UNCONFIRMED}[kind])
        dated = kind == "unconfirmed" or kind == "planned" and future.endswith("prochain")
        when = (future_day if kind == "planned" else day).isoformat() if dated else None
        record = CallRecord(tuple(sorted({other.key, c.key})), None, when, None, "phone", kind, (), ())
        writer.say(template.format(**fields), "call", record)
        calls.append(record)

    # background, up to the length of a short article
    pool = background + rng.sample(BACKGROUND, len(BACKGROUND))
    target = MIN_WORDS + rng.randrange(0, 150)
    while writer.words() < target and pool:
        if rng.random() < 0.35:
            writer.paragraph()
        sentence = pool.pop(0)
        if writer.words() + len(sentence.split()) > MAX_WORDS:
            break
        writer.say(sentence)

    text, starts = writer.text()
    doc_id = f"syn{seed}-{i:06d}"
    document = Document(id=doc_id, text=text, published=published.isoformat(), source=SOURCE, title=title,
                        language="fr", origin=f"synthetic:{seed}:{i}")
    records, claim_records = [], []
    sentences = writer.paragraphs
    for p, s, kind_, payload in writer.marks:
        start = starts[(p, s)]
        sentence = sentences[p][s]
        if kind_ == "call":
            call = payload
            records.append(CallRecord(call.participants, call.initiator, call.date, call.duration_min, call.medium,
                                      call.status, call.topics, (Span(start, start + len(sentence), sentence),)))
        else:
            speaker, said, verb, quoted = payload
            said = elide(said)
            at = start + sentence.index(said)
            claim_records.append(ClaimRecord(speaker, said, verb, at, at + len(said), quoted, 0, (topic.id,)))
    gaz = cast.gazetteer
    actors = {k: gaz.actors[k] for k in sorted(surface)}
    extraction = Extraction(document, actors, {k: tuple(sorted(v)) for k, v in surface.items()},
                            tuple(records), tuple(claim_records))
    return SyntheticArticle(document, extraction)


# ---------------------------------------------------------------------------------- export
def synthetic_export(actors: int = 5000, calls: int = 15000, claims: int = 5000, seed: int = 0) -> dict:
    """An export dict (the JSON contract of `kg export`) of any size, for the network page.

    Calls link actors with a preference for the well connected (a few hubs and many
    leaves, like the real network), over 1995-2025, with every status and medium.
    """
    rng = random.Random(f"kg-synthetic-export:{seed}")
    base = "https://w3id.org/kg-diplo/"
    ids = [f"{base}actor/syn-{i:05d}" for i in range(actors)]
    actor_list = [{"id": iri, "label": f"Dirigeant {i:05d}", "type": "Person", "wikidata": None,
                   "aliases": [f"D{i}"], "documents": []} for i, iri in enumerate(ids)]
    topics = [t.id for t in TOPICS]
    ends = list(range(min(actors, 2)))  # each call endpoint picked again: preferential attachment
    call_list = []
    for j in range(calls):
        if j < actors - 1:
            a, b = j + 1, rng.choice(ends)  # a spanning tree first: every actor takes part
        else:
            a, b = rng.choice(ends), rng.randrange(actors)
            if a == b:
                b = (b + 1) % actors
        ends += [a, b]
        day = FIRST_DAY + timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days))
        doc = f"syn-{j // 3:06d}"
        call_list.append({
            "id": f"{base}call/syn{j:06x}", "participants": sorted([ids[a], ids[b]]), "initiator": ids[a],
            "date": day.isoformat() if rng.random() < 0.8 else day.isoformat()[:7], "duration_min": rng.choice([None, 30, 60]),
            "medium": rng.choice(["phone", "phone", "video"]),
            "status": rng.choice(["occurred"] * 6 + ["planned", "unconfirmed", "denied"]),
            "topics": rng.sample(topics, rng.randrange(0, 3)), "documents": [doc],
            "evidence": [{"document": doc, "start": 0, "end": 40, "text": "Les deux dirigeants se sont entretenus."}]})
    claim_list = []
    for k in range(claims):
        call = rng.choice(call_list)
        claim_list.append({"id": f"{base}claim/syn{k:06x}", "speaker": rng.choice(call["participants"]),
                           "text": rng.choice(rng.choice(TOPICS).quotes), "verb": "déclarer",
                           "document": call["documents"][0], "start": 50, "end": 90, "call": call["id"],
                           "topics": call["topics"]})
    documents = sorted({c["documents"][0] for c in call_list})
    return {"documents": [{"id": d, "published": None, "source": SOURCE, "title": f"Article {d}"} for d in documents],
            "actors": actor_list, "calls": call_list, "claims": claim_list}
