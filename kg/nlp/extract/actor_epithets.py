"""Epithets: 'le milliardaire républicain', 'le vainqueur', 'l'ancien banquier', a definite
description with no name and no office, stand for a person the article has already named by
name. Writers use them to avoid repeating a name ('X a annoncé ... Le milliardaire a également
téléphoné à Y'), so the calls and the claims read them as that person; a description that could
be either of two people named before is left to nobody.
"""
from __future__ import annotations

from spacy.tokens import Token

from kg.nlp.extract.actor_spans import is_person, span_mention
from kg.nlp.extract.records import ActorMention
from kg.nlp.extract.words import children, feature
from kg.nlp.gazetteer import Actor, Gazetteer, Target
from kg.text import fold

_ARGUMENTS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:arg"})  # the people a clause is about


class EpithetReader:
    """Who the epithets of a document ('le milliardaire') stand for, once its names are found."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.nouns = {fold(x) for x in gazetteer.cues["person_descriptor_nouns"]}

    def epithets_named(self, tokens: list[Token], mentions: list[ActorMention], minted: dict[str, Actor]) -> list[ActorMention]:
        """Each singular definite epithet that is a clause's subject or object ('Le milliardaire a
        téléphoné à Y', 'X avait appelé le vainqueur'): the one person named by name before its
        sentence, not counting those the sentence names (the other side of a call); nobody when
        there are two, or when a name follows it ('le milliardaire Elon Musk' is Musk's own)."""
        covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
        people = [(m.token_start, m.actor) for m in mentions if m.by_name and is_person(self.gazetteer, m.actor, minted)]
        found = []
        for noun in tokens:
            if not self._epithet(noun) or noun.i in covered or any(t.i in covered for t in noun.subtree if t.i > noun.i):
                continue
            sent = noun.sent
            here = {person for at, person in people if sent.start <= at < sent.end}
            before = {person for at, person in people if at < sent.start} - here
            if len(before) == 1:
                found.append(span_mention(noun.doc[noun.i:noun.i + 1], next(iter(before)), Target("actor", next(iter(before))), by_name=False))
        return found

    def _epithet(self, noun: Token) -> bool:
        """A singular noun of the lexicon with a definite article, arguing a clause."""
        return noun.pos_ == "NOUN" and fold(noun.lemma_) in self.nouns and noun.dep_ in _ARGUMENTS \
            and "Plur" not in feature(noun, "Number") \
            and any(c.dep_ == "det" and "Def" in feature(c, "Definite") for c in children(noun))

