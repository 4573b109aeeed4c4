"""Actors: who a document names, by name, by office or by capital, resolved to one key each.

The gazetteer's surface forms are matched on folded tokens (case and accents ignored); an
office named by a descriptor ("le chef de l'État russe", "son homologue américain") resolves
to whoever held it on the publication date. People the gazetteer does not know come from
the parser's named entities and get a key minted from their name; outlets named after a
media noun ("le média ukrainien X") become Media actors.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.nlp.extract.records import ActorMention
from kg.nlp.gazetteer import Actor, Gazetteer, Target
from kg.text import fold, slug

_TARGET_RANK = {"actor": 0, "office": 1, "leader": 2, "capital": 3}
_NAME_TOKEN = re.compile(r"^[A-ZÀ-Ý][\w'’.\-]*$")


class ActorMatcher:
    """Matches the gazetteer's surface forms; built once per pipeline."""

    def __init__(self, vocab, tokenizer, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.targets = gazetteer.surface_forms()
        self.matcher = PhraseMatcher(vocab, attr="NORM")
        patterns = []
        for phrase in self.targets:
            pattern = tokenizer(phrase)
            for token in pattern:
                token.norm_ = fold(token.text)
            patterns.append(pattern)
        self.keys = list(self.targets)
        self.matcher.add("KG_ACTOR", patterns)
        self.plural_leaders = {fold(x) for x in gazetteer.cues["plural_leader_nouns"]}
        self.media_nouns = {fold(x) for x in gazetteer.cues["media_nouns"]}
        self.media_plural = {fold(x) for x in gazetteer.cues["media_plural"]}
        self.credit_markers = {fold(x) for x in gazetteer.cues["credit_markers"]}

    def __call__(self, doc: Doc, published: date | None) -> tuple[list[ActorMention], dict[str, Actor]]:
        mentions = _named_descriptors(doc, list(self._gazetteer_mentions(doc, published)), self.gazetteer)
        mentions += self._plural_leaders(doc, published)
        minted: dict[str, Actor] = {}
        covered = {i for m in mentions for i in range(m.token_start, m.token_end)}
        for mention, actor in [*self._media(doc, covered), *self._credits(doc, covered), *self._people(doc, covered)]:
            minted.setdefault(actor.key, actor)
            mentions.append(mention)
        mentions.sort(key=lambda m: (m.start, -m.end))
        return mentions, minted

    def _gazetteer_mentions(self, doc: Doc, published: date | None) -> Iterator[ActorMention]:
        spans = []
        for _, start, end in self.matcher(doc):
            span = doc[start:end]
            targets = self.targets.get(fold(span.text)) or self.targets.get(" ".join(fold(t.text) for t in span))
            if targets:
                spans.append((span, min(targets, key=lambda t: (_TARGET_RANK[t.kind], t.key))))
        seen: set[tuple[int, int, str]] = set()
        for span, target in spans:
            actor = self.gazetteer.resolve(target, published)
            if actor is None or (span.start, span.end, actor) in seen:
                continue
            if any(o.start <= span.start and span.end <= o.end and (o.start, o.end) != (span.start, span.end)
                   and self.gazetteer.resolve(t, published) == actor for o, t in spans):
                continue  # "Poutine" inside "Vladimir Poutine": one mention
            seen.add((span.start, span.end, actor))
            yield ActorMention(actor, span.start_char, span.end_char, span.text, target, span.start, span.end,
                               target.kind == "actor")

    def _plural_leaders(self, doc: Doc, published: date | None) -> list[ActorMention]:
        """'les dirigeants russe et américain': one leader per demonym."""
        found = []
        for token in doc:
            if fold(token.text) not in self.plural_leaders:
                continue
            for adj in [t for t in token.rights if t.pos_ == "ADJ"] + [c for t in token.rights if t.pos_ == "ADJ" for c in t.conjuncts]:
                country = self.gazetteer.demonyms.get(fold(adj.text))
                if country:
                    leader = self.gazetteer.leader(country, published)
                    if leader:
                        found.append(ActorMention(leader, token.idx, adj.idx + len(adj.text), doc[token.i:adj.i + 1].text,
                                                  Target("leader", country), token.i, adj.i + 1, False))
        return found

    def _media(self, doc: Doc, covered: set[int]) -> Iterator[tuple[ActorMention, Actor]]:
        """'le média ukrainien X', 'l'agence X': X is an outlet; 'les médias américains' too."""
        for token in doc:
            norm = fold(token.text)
            if norm in self.media_plural and token.tag_ != "ADJ":
                adj = next((t for t in token.rights if t.pos_ == "ADJ" and fold(t.text) in self.gazetteer.demonyms), None)
                if adj is not None:
                    country = self.gazetteer.actors.get(self.gazetteer.demonyms[fold(adj.text)])
                    if country:
                        label = f"{country.label} media"
                        actor = Actor(slug(label), "Media", label, (doc[token.i:adj.i + 1].text,))
                        yield ActorMention(actor.key, token.idx, adj.idx + len(adj.text), doc[token.i:adj.i + 1].text,
                                           Target("actor", actor.key), token.i, adj.i + 1), actor
                continue
            if norm not in self.media_nouns:
                continue
            i = token.i + 1
            while i < len(doc) and doc[i].pos_ == "ADJ" and doc[i].text[:1].islower():
                i += 1
            j = i
            while j < len(doc) and j not in covered and j - i < 5 and (
                    _NAME_TOKEN.match(doc[j].text) or j > i and not doc[j - 1].whitespace_ and not doc[j].is_space):
                j += 1
            while j > i and not doc[j - 1].is_alpha:
                j -= 1
            if j > i:
                name = doc[i:j].text
                actor = Actor(slug(name), "Media", name, ())
                covered.update(range(i, j))
                yield ActorMention(actor.key, doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text), name,
                                   Target("actor", actor.key), i, j), actor

    def _credits(self, doc: Doc, covered: set[int]) -> Iterator[tuple[ActorMention, Actor]]:
        """'© STEPHANE DE SAKUTIN / AFP': the photographer named in a picture credit."""
        for token in doc:
            if fold(token.text).rstrip(":") not in self.credit_markers:
                continue
            end = token.i + 1
            while end < len(doc) and doc[end].text not in {"/", "-", "\n"} and not doc[end].is_space and end - token.i <= 5:
                end += 1
            words = doc[token.i + 1:end]
            if 2 <= len(words) <= 4 and all(t.is_alpha and t.text[:1].isupper() for t in words) and \
                    not any(t.i in covered for t in words) and end < len(doc) and doc[end].text == "/":
                name = " ".join(_title(t.text) for t in words)
                covered.update(t.i for t in words)
                actor = Actor(slug(name), "Person", name, (words.text,) if words.text != name else (), role="photographe")
                yield ActorMention(actor.key, words.start_char, words.end_char, words.text,
                                   Target("actor", actor.key), words.start, words.end), actor

    def _people(self, doc: Doc, covered: set[int]) -> Iterator[tuple[ActorMention, Actor]]:
        """People the parser finds and the gazetteer does not know, keyed by their name."""
        for ent in doc.ents:
            if ent.label_ != "PER" or any(i in covered for i in range(ent.start, ent.end)):
                continue
            for name_span in _split_names(ent):
                tokens = [t for t in name_span if t.text not in {"M.", "Mme", "MM."}]
                if len(tokens) < 2 or not all(_NAME_TOKEN.match(t.text) for t in tokens):
                    continue
                name = " ".join(_title(t.text) for t in tokens)
                actor = Actor(slug(name), "Person", name, (name_span.text,) if name_span.text != name else (),
                              role=_role(name_span))
                yield ActorMention(actor.key, name_span.start_char, name_span.end_char, name_span.text,
                                   Target("actor", actor.key), name_span.start, name_span.end), actor


def _named_descriptors(doc: Doc, mentions: list[ActorMention], gazetteer: Gazetteer) -> list[ActorMention]:
    """'son futur homologue américain Donald Trump', 'le président turc, Recep Tayyip Erdoğan':
    a descriptor followed by a name, or by a comma and a name, is that person; 'a lancé le
    président turc à Vladimir Poutine' is not."""
    named = {m.token_start: m for m in mentions if m.target.kind == "actor" and gazetteer.actors[m.actor].type == "Person"}
    result = []
    for m in mentions:
        name = named.get(m.token_end)
        if name is None and m.token_end < len(doc) and doc[m.token_end].is_punct:
            name = named.get(m.token_end + 1)
        if m.target.kind in {"office", "leader"} and name is not None:
            m = ActorMention(name.actor, m.start, m.end, m.text, name.target, m.token_start, m.token_end, False)
        result.append(m)
    return result


def _split_names(ent: SpacySpan) -> list[SpacySpan]:
    """'Ivan Sekretarev/Lucas Jackson' names two people."""
    parts, start = [], ent.start
    for token in ent:
        if token.text in {"/", ",", "et"}:
            parts.append(ent.doc[start:token.i])
            start = token.i + 1
    parts.append(ent.doc[start:ent.end])
    return [p for p in parts if len(p)]


def _title(word: str) -> str:
    return word.title() if word.isupper() and len(word) > 1 else word


def _role(name: SpacySpan) -> str | None:
    """The noun phrase the text puts before or beside a name: 'le porte-parole du Kremlin'."""
    head = name.root.head
    if name.root.dep_ in {"appos", "nmod", "flat:name"} and head.pos_ == "NOUN" and head.i < name.start:
        words = [t for t in head.subtree if t.i < name.start and t.pos_ not in {"DET", "PUNCT"}]
        if words and words[0].i >= head.i:
            return " ".join(t.text for t in words)
    return None
