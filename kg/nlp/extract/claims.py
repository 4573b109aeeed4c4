"""Claims: who said what, as a quote or as reported speech.

A quote of a few words or more is a claim of its own; its speaker is the subject of the
reporting verb in the incise after it ("», a déclaré M. Peskov"), of the verb that
introduces it ("X a déclaré : «"), the source after "selon", or, for a quote standing alone,
whoever spoke just before. Outside quotes, a sentence is a claim when a reporting verb has
a complement ("a indiqué que", "a qualifié ... de", "s'est dit prêt") or when "selon X"
attributes it. The speaker is resolved to an actor: a person before an institution, a
pronoun to the last speaker, a capital to its government.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.nlp.extract.records import ActorMention, ClaimRecord
from kg.nlp.extract.words import reflexive
from kg.nlp.gazetteer import Gazetteer
from kg.text import fold

_PAIRS = {"«": "»", "\u201c": "\u201d"}
_MIN_QUOTE_WORDS = 4
_ORPHAN_REACH = 400  # characters: how far back a standalone quote looks for its speaker


@dataclass(frozen=True)
class Quote:
    start: int  # offset of the first character inside the marks
    end: int
    speaker: str | None


class ClaimFinder:
    """Reads claims from a parsed document; built once per pipeline, from the cues. Each
    document gets a `_ClaimReader` of its own, so nothing carries over from one to the next."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        c = gazetteer.cues
        self.gazetteer = gazetteer
        self.reporting = {fold(x).split()[-1].removeprefix("s'") for x in c["reporting_verbs"]}
        plain = {fold(x) for x in c["reporting_verbs"] if not fold(x).startswith(("se ", "s'"))}
        self.reflexive_only = self.reporting - {p.split()[-1] for p in plain}  # "se féliciter", not "féliciter X"
        self.needs_complement = {fold(x) for x in c["reporting_needs_complement"]}
        self.attribution = {fold(x): x for x in c["attribution_markers"]}  # folded -> as written
        # the token each can start with: its first word, or "d'" of "d'après" split in two
        self.attribution_starts = {m.split()[0] for m in self.attribution} | {
            m.split("'")[0] + "'" for m in self.attribution if "'" in m.split()[0]}
        self.pronouns = {fold(x) for x in c["person_pronouns"]} | {"-il", "-elle", "il", "elle"}

    def __call__(self, doc: Doc, mentions: list[ActorMention], skip: set[int]) -> tuple[list[ClaimRecord], dict[int, str]]:
        """The claims of `doc` (not yet tied to calls), and the speaker of each quoted character."""
        return _ClaimReader(self, doc, mentions).read(doc, skip)


class _ClaimReader:
    """One document as the claim rules see it: the finder's cues, who is mentioned where, and
    where the quotes are."""

    def __init__(self, cues: ClaimFinder, doc: Doc, mentions: list[ActorMention]) -> None:
        self.cues = cues
        self.gazetteer = cues.gazetteer
        self.actor_at = {t: m for m in mentions for t in range(m.token_start, m.token_end)}
        self.published = doc._.published
        self.text: str = doc._.text
        self.quotes = [q for q in quote_spans(self.text) if len(self.text[q[0]:q[1]].split()) >= _MIN_QUOTE_WORDS]

    def read(self, doc: Doc, skip: set[int]) -> tuple[list[ClaimRecord], dict[int, str]]:
        sents = doc._.sentences
        text_of_doc = self.text
        sent_of = {t.i: i for i, s in enumerate(sents) for t in s}
        claims: list[ClaimRecord] = []
        last_speaker: tuple[int, str] | None = None
        quotes = self.quotes
        quote_verbs = {q: self._quote_verb(doc, *q) for q in quotes}
        consumed = {v.i for v in quote_verbs.values() if v is not None}
        quoted_chars: dict[int, str] = {}
        events: list[tuple[int, str, Any]] = [(q[0], "quote", q) for q in quotes] + [(s.start_char, "sent", i) for i, s in enumerate(sents)]
        for _, kind, item in sorted(events, key=lambda e: (e[0], e[1] == "sent")):
            if kind == "quote":
                start, end = item
                first = doc.char_span(start, end, alignment_mode="expand")
                if first is None or sent_of.get(first.start) in skip:
                    continue
                speaker, verb = self._quote_speaker(doc, start, end, quote_verbs[item], last_speaker)
                if speaker is None:
                    continue
                introducer = quote_verbs[item]
                if introducer is not None and introducer.idx < start and \
                        text_of_doc[introducer.idx + len(introducer.text):start - 1].strip(" ,") not in {"", ":"}:
                    # 'a averti que ceux qui ... « jouent avec le feu »': the quote ends reported speech
                    sent = sents[sent_of[introducer.i]]
                    start, end = sent.start_char, max(sent.end_char, end)
                raw = text_of_doc[start:end]
                text = raw.strip()
                start += len(raw) - len(raw.lstrip())
                claims.append(ClaimRecord(speaker, text, verb, start, start + len(text), True, None, ()))
                quoted_chars.update(dict.fromkeys(range(start, end), speaker))
                last_speaker = (end, speaker)
            else:
                index = item
                sent = sents[index]
                if index in skip or _inside_quotes(sent, quotes):
                    continue
                found = self._reported(sent, consumed, last_speaker)
                if found is not None:
                    speaker, verb, at = found
                    start = sent.start_char + len(sent.text) - len(sent.text.lstrip())
                    before = [c.end for c in claims if c.quoted and start <= c.start and c.end <= at]
                    if before:  # '« ... », s'est félicité X, précisant que ...': what follows the quote
                        start = max(before) + 1
                        start += len(text_of_doc[start:at]) - len(text_of_doc[start:at].lstrip(" »\"”,"))
                    if index and sent[0].text in {",", "»"}:
                        # the parser cut '..., a déclaré X' off the sentence it attributes
                        start = sents[index - 1].start_char
                        claims = [c for c in claims if c.quoted or c.start < start]
                    text = text_of_doc[start:sent.end_char].strip()
                    claims.append(ClaimRecord(speaker, text, verb, start, start + len(text), False, None, ()))
                    last_speaker = (sent.end_char, speaker)
        return _dedupe(claims), quoted_chars

    # ------------------------------------------------------------------ quotes
    def _quote_verb(self, doc: Doc, start: int, end: int) -> Token | None:
        """The reporting verb that attributes a quote: in the incise after it, or introducing it."""
        after = doc.char_span(end, min(len(self.text), end + 80), alignment_mode="expand")
        for token in after[:8] if after is not None else []:
            if token.text in {".", "«", "\n"} or "\n" in token.text:
                break
            if self._is_reporting(token):
                return token
        opening = doc.char_span(max(0, start - 1), start, alignment_mode="expand")
        if opening is not None:
            for token in reversed(doc[opening.sent.start:opening.start]):
                if self._is_reporting(token):
                    return token
        return None

    def _quote_speaker(self, doc: Doc, start: int, end: int, verb: Token | None,
                       last: tuple[int, str] | None) -> tuple[str | None, str | None]:
        if verb is not None:
            who = self._subject(verb, last)
            if who:
                return who, _verb_phrase(verb)
        opening = doc.char_span(max(0, start - 1), start, alignment_mode="expand")
        if opening is not None:
            source = self._attributed(opening.sent, outside=(start, end))
            if source:
                return source
        if last is not None and 0 <= start - last[0] <= _ORPHAN_REACH:
            return last[1], None
        return None, None

    # ------------------------------------------------------------------ reported speech
    def _reported(self, sent: SpacySpan, consumed: set[int], last: tuple[int, str] | None) -> tuple[str, str, int] | None:
        verbs = [t for t in sent if t.i not in consumed and self._is_reporting(t) and not _within(t.idx, self.quotes)]
        for token in sorted(verbs, key=lambda t: not _incise(t)):
            if not (_incise(token) or self._has_content(token)):
                continue
            who = self._subject(token, last)
            if who:
                return who, _verb_phrase(token), token.idx
        found = self._attributed(sent)
        return (*found, sent.start_char) if found else None

    def _attributed(self, sent: SpacySpan, outside: tuple[int, int] | None = None) -> tuple[str, str] | None:
        """'selon le Kremlin', 'd'après Reuters', 'aux dires de Moscou': an attribution marker of
        the cues followed by an actor (but not 'selon laquelle', 'selon lui')."""
        tokens = list(sent)
        words = [fold(t.text) for t in tokens]
        for i, token in enumerate(tokens):
            if outside and outside[0] <= token.idx < outside[1]:
                continue
            if words[i] not in self.cues.attribution_starts:
                continue
            length = next((k for k in range(1, 5) if _glued(words[i:i + k]) in self.cues.attribution), None)
            if length is None:
                continue
            for nxt in tokens[i + length:i + length + 5]:
                if nxt.pos_ == "PRON":
                    break
                actor = self._actor(nxt)
                if actor:
                    return actor, self.cues.attribution[_glued(words[i:i + length])]
        return None

    def _is_reporting(self, token: Token) -> bool:
        lemma = fold(token.lemma_)
        return token.pos_ in {"VERB", "AUX"} and lemma in self.cues.reporting and (
            lemma not in self.cues.reflexive_only or any(reflexive(c) for c in token.children))

    def _has_content(self, verb: Token) -> bool:
        """A reporting verb reports something: a clause, a quote, 'qualifier de', 'se dire prêt'."""
        deps = {c.dep_ for c in verb.children}
        lemma = fold(verb.lemma_)
        if deps & {"ccomp", "xcomp"} or any(fold(c.text) in {"que", "qu'"} for c in verb.children):
            return True
        if lemma == "qualifier" or (lemma in {"dire", "declarer"} and any(reflexive(c) for c in verb.children)):
            return True
        if any(t.text in {"«", "»", '"', "\u201c"} for t in verb.subtree):
            return True
        return lemma not in self.cues.needs_complement and bool(deps & {"obj"}) and verb.dep_ in {"parataxis", "advcl"}

    def _subject(self, verb: Token, last: tuple[int, str] | None) -> str | None:
        """The actor who speaks through `verb`: its subject, or its head's for 'affirmant que'."""
        for holder in (verb, verb.head):
            subjects = [c for c in holder.children if c.dep_.startswith("nsubj") or c.dep_ == "expl:subj"]
            subjects += [c for c in holder.children if c.text in {"-il", "-elle"}]
            for subject in subjects:
                if fold(subject.text) in self.cues.pronouns or subject.text in {"-il", "-elle"}:
                    return last[1] if last else None
                found = self._actor_in(subject)
                if found:
                    return found
            if verb.dep_ not in {"advcl", "advmod", "conj", "xcomp"}:
                break
        return self._nearby_subject(verb)

    def _nearby_subject(self, verb: Token) -> str | None:
        """When the parse gives no subject: the actor just after an incise verb, or the one the
        clause opens with ('Pékin a de son côté rappelé ...')."""
        sent = verb.sent
        if _incise(verb):
            for token in verb.doc[verb.i + 1:min(sent.end, verb.i + 6)]:
                if self._actor(token):
                    return self._actor_in(token)
        for token in reversed(verb.doc[sent.start:verb.i]):
            if token.pos_ == "VERB" or token.text in {",", ";", ":"}:
                break
            if self._actor(token) and token.dep_ not in {"nmod", "obl:mod", "obl:arg", "obj"}:
                return self._actor(token)
        return None

    def _actor_in(self, subject: Token) -> str | None:
        """A person named in the subject phrase, else an institution, outlet or country."""
        found = [key for t in subject.subtree if (key := self._actor(t))]
        for key in found:
            known = self.gazetteer.actors.get(key)
            if known is None or known.type == "Person":
                return key
        return found[0] if found else None

    def _actor(self, token: Token) -> str | None:
        mention = self.actor_at.get(token.i)
        if mention is None:
            return None
        if mention.target.kind == "capital":
            return self.gazetteer.governments.get(mention.target.key, mention.target.key)
        if mention.target.kind in {"office", "leader"}:
            return self.gazetteer.resolve(mention.target, self.published) or mention.actor
        return mention.actor


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the text inside each pair of quotation marks: « », “ ” and straight quotes."""
    spans = []
    i = 0
    while i < len(text):
        char = text[i]
        close = _PAIRS.get(char) or ('"' if char == '"' else None)
        if close:
            j = text.find(close, i + 1)
            if j < 0:
                break
            spans.append((i + 1, j))
            i = j + 1
        else:
            i += 1
    return spans


def _within(char: int, quotes: list[tuple[int, int]]) -> bool:
    return any(start <= char < end for start, end in quotes)


def _glued(words: list[str]) -> str:
    """Words as the cues write them: 'd' après' (two tokens) is 'd'après'."""
    return " ".join(words).replace("' ", "'")


def _inside_quotes(sent: SpacySpan, quotes: list[tuple[int, int]]) -> bool:
    body = sent.text.strip(" «»\"\u201c\u201d.,\n")
    start = sent.start_char + sent.text.find(body[:10]) if body else sent.start_char
    return any(q0 - 2 <= start and start + len(body) <= q1 + 2 for q0, q1 in quotes)


def _incise(verb: Token) -> bool:
    """'..., a déclaré M. Peskov.': a reporting verb after a comma, its subject after it."""
    before = verb.doc[max(verb.sent.start, verb.i - 3):verb.i]
    subject = next((c for c in verb.children if c.dep_.startswith("nsubj")), None)
    return any(t.text == "," for t in before) and (subject is None or subject.i > verb.i or subject.text.startswith("-"))


def _verb_phrase(verb: Token) -> str:
    """The reporting verb as written: 'a déclaré', 'a-t-il ajouté', 's'est dit'."""
    parts = [c for c in verb.children if c.dep_.startswith("aux") or reflexive(c) and c.i < verb.i]
    parts += [c for c in verb.children if c.text in {"-t-il", "-il", "-elle", "-t", "-t-elle"}]
    tokens = sorted([verb, *parts], key=lambda t: t.i)
    return verb.doc[tokens[0].i:tokens[-1].i + 1].text


def _dedupe(claims: list[ClaimRecord]) -> list[ClaimRecord]:
    """A statement reported twice by the same speaker is one claim: the fuller one."""
    kept: list[ClaimRecord] = []
    for claim in sorted(claims, key=lambda c: -len(c.text)):
        text = fold(claim.text)
        if not any(k.speaker == claim.speaker and text in fold(k.text) and (claim.end <= k.start or k.end <= claim.start)
                   for k in kept):
            kept.append(claim)
    return sorted(kept, key=lambda c: c.start)
