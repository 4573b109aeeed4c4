"""What the readers of actors share: a mention made of a span of the text, the words a cue phrase
writes as the tokens do, and whether a key is a person's (the gazetteer's or one minted here)."""
from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.nlp.extract.records import ActorMention
from kg.nlp.extract.words import tokens_of
from kg.nlp.gazetteer import Actor, Gazetteer, Target
from kg.text import fold


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


def of_an_unknown_country(doc: Doc, end: int, known: frozenset[str]) -> bool:
    """'le (bureau du) Premier ministre fidjien': an adjective right past a bare role that is
    neither a title word ('sortant', 'élu') nor a demonym the gazetteer knows is a country whose
    office it lacks, so the role is nobody it lists, not the holder of the same role the article
    names elsewhere."""
    return end < len(doc) and doc[end].pos_ == "ADJ" and doc[end].norm_ not in known
