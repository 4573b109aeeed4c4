"""What the readers of actors share: a mention made of a span of the text, the words a cue phrase
writes as the tokens do, whether a key is a person's (the gazetteer's or one minted here), and
the country the context gives a role or an institution written without its own."""
from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.nlp.extract.datelines import datelines
from kg.nlp.extract.records import ActorMention
from kg.nlp.extract.words import tokens_of
from kg.nlp.gazetteer import Actor, Gazetteer, Target
from kg.text import fold

_INFINITIVE_ENDINGS = ("er", "ir", "re", "oir")  # every French verb's lemma ends so


def span_mention(span: SpacySpan, actor: str, target: Target, by_name: bool = True) -> ActorMention:
    return ActorMention(actor, span.start_char, span.end_char, span.text, target, span.start, span.end, by_name)


def form_words(form: str) -> list[str]:
    """A cue phrase as the tokens write it, folded: "chef de l'état" is 'chef', 'de', "l'", 'etat'."""
    return fold(form).replace("'", "' ").split()


def written_at(doc: Doc, start: int, words: list[str]) -> bool:
    """Do the tokens from `start` write these folded words?"""
    return [t.norm_ for t in tokens_of(doc)[start:start + len(words)]] == words


def is_person(gazetteer: Gazetteer, key: str, minted: dict[str, Actor]) -> bool:
    actor = gazetteer.actors.get(key) or minted.get(key)
    return actor is not None and actor.type == "Person"


def known_adjectives(gazetteer: Gazetteer) -> frozenset[str]:
    """The words that may follow a bare role without naming a country the gazetteer lacks: title
    words ('sortant', 'élu') and the demonyms it knows ('le souverain marocain')."""
    return frozenset(fold(x) for x in gazetteer.cues["title_words"]) | frozenset(gazetteer.demonyms)


def demonyms_without(gazetteer: Gazetteer, roles: Iterable[str]) -> dict[str, frozenset[str]]:
    """For each role, the demonyms the gazetteer knows of countries whose office of that role it
    lacks ('malawite' for a head of state): right past a bare role, such a word names a country, and
    the role nobody the gazetteer lists."""
    held = {(office.country, office.role) for office in gazetteer.offices.values()}
    return {role: frozenset(d for d, country in gazetteer.demonyms.items() if (country, role) not in held) for role in roles}


def of_an_unknown_country(doc: Doc, end: int, known: frozenset[str], lacking: frozenset[str] = frozenset()) -> bool:
    """'le (bureau du) Premier ministre fidjien': a country word right past a bare role that the
    gazetteer holds no such office of is a country whose office it lacks, so the role is nobody it
    lists, not the holder of the same role the article names elsewhere: an adjective that is neither
    a title word ('sortant', 'élu') nor a demonym it knows, or a demonym of a country without that
    office (`lacking`: 'malawite', whatever the tagger made of it). A word the tagger read as a verb
    or an auxiliary though its lemma is no infinitive ('vanuatais' tagged AUX) is a word it does not
    know: an adjective."""
    if end >= len(doc):
        return False
    word = doc[end]
    if word.norm_ in lacking:
        return True
    unknown = word.pos_ in {"VERB", "AUX"} and word.is_lower and not word.lemma_.endswith(_INFINITIVE_ENDINGS)
    return (word.pos_ == "ADJ" or unknown) and word.norm_ not in known


def dateline_country(gazetteer: Gazetteer, doc: Doc) -> str | None:
    """The country whose capital a dispatch's dateline is ('BUDAPEST - ...': Hungary): whose a bare
    'le Premier ministre' or 'le gouvernement' of that dispatch is."""
    return next((c for line in datelines(doc) if (c := gazetteer.capitals.get(line.place)) is not None), None)


def one_country(gazetteer: Gazetteer, doc: Doc, at: int, mentions: list[ActorMention]) -> str | None:
    """"L'Italie a dénoncé ... Le Premier ministre a déclaré ...": the one country an article names,
    when it names it as the subject of a clause before the token `at`, is whose a bare role or
    institution is (a country named only as a complement, 'arrivés d'Espagne', says nothing of
    whose it is: read so, it cost a dev check actor). A country's seat of government names it as
    well: 'L'Élysée a annoncé que le chef de l'État ...'."""
    country_of = {m.actor: country for m in mentions if (country := country_named(gazetteer, m.actor)) is not None}
    countries = set(country_of.values())
    if len(countries) != 1 or not any(
            m.token_start < at and m.actor in country_of and doc[m.token_start:m.token_end].root.dep_.startswith("nsubj") for m in mentions):
        return None
    return next(iter(countries))


def country_named(gazetteer: Gazetteer, actor: str) -> str | None:
    """The country an actor names: itself, or the one whose seat of government it is ('le Kremlin')."""
    found = gazetteer.actors.get(actor)
    return actor if found is not None and found.type == "Country" else gazetteer.governed.get(actor)
