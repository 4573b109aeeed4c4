"""Calls: who talked with whom, when, at whose initiative, how long, how, and whether it happened.

A call is found sentence by sentence as *mentions*: a call noun or verb the parse ties to a
medium ("entretien téléphonique", "s'entretenir par téléphone", "appeler X"), its
participants (people named or described in the clause, not the people reporting it), and
the modality around it (planned, denied, unconfirmed). Mentions are then merged into calls:
the same participants and compatible dates make one call; "une autre conversation" or a date
far from publication makes another. Sentences that mention no call belong to the last call
of their paragraph, or to the article's main call; that is what topics and claims attach to.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.nlp.extract.dates import dates_in, dates_the_clause
from kg.nlp.extract.records import STATUS_RANK, ActorMention, CallRecord, Medium, Span, Status
from kg.nlp.extract.words import reflexive
from kg.nlp.gazetteer import Actor, Gazetteer
from kg.text import fold

_NEAR_PUBLICATION = timedelta(days=7)


@dataclass
class Mention:
    """One sentence's report of a call; merged into `Call`s afterwards."""

    sent: int
    paragraph: int
    participants: list[str]
    status: Status
    medium: Medium
    date: str | None
    initiator: str | None = None
    mutual: bool = False
    duration: float | None = None
    another: bool = False
    anaphoric: bool = False  # named no participants: it adds evidence, not a status
    strong: bool = True  # marked by a medium, so it may create a call on its own
    evidence: Span | None = None


@dataclass
class Call:
    mentions: list[Mention] = field(default_factory=list)

    @property
    def participants(self) -> frozenset[str]:
        return frozenset(self.mentions[0].participants)

    @property
    def explicit_date(self) -> str | None:
        return next((m.date for m in self.mentions if m.date), None)


@dataclass(frozen=True)
class _Reading:
    """What the rules need to know of one document besides its sentences: made afresh for each
    document, so that the finder holds nothing from one document to the next."""

    mentions: list[ActorMention]
    published: date | None
    quote_speaker: dict[int, str]
    people: frozenset[str]  # the actors that can take part in a call
    person_tokens: frozenset[int]  # tokens inside a mention of one of them


class CallFinder:
    """Reads call mentions from a parsed document; built once per pipeline, from the cues."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        c = gazetteer.cues
        self.gazetteer = gazetteer
        self.nouns = {fold(x) for x in c["call_nouns"]}
        self.self_marked_nouns = {fold(x) for x in c["call_nouns_self_marked"]}
        self.phrases: dict[str, list[str]] = {}  # "coup de fil", by its first word
        for phrase in (n for n in self.self_marked_nouns if " " in n):
            self.phrases.setdefault(phrase.split()[0], []).append(phrase)
        self.verbs = {fold(x).removeprefix("s'").removeprefix("se ") for x in c["call_verbs"]}
        self.self_marked_verbs = {fold(x).removeprefix("s'") for x in c["call_verbs_self_marked"]}
        self.phone = {fold(x) for x in c["phone_markers"]}
        self.video = {fold(x) for x in c["video_markers"]}
        self.media = self.phone | self.video
        self.in_person = {fold(x) for x in c["in_person_markers"]}
        self.another = {fold(x) for x in c["another_markers"]}
        self.planned = {fold(x) for x in c["planned_cues"]}
        self.denied = {fold(x) for x in c["denied_cues"]}
        self.unconfirmed_phrases = [fold(x) for x in c["unconfirmed_phrases"]]
        self.mutual = [fold(x) for x in c["mutual_phrases"]]
        self.initiative = {fold(x) for x in c["initiative_nouns"]}
        self.reporting = {fold(x).split()[-1] for x in c["reporting_verbs"]} - self.verbs  # 'appeler' phones too
        self.pair_words = [fold(x) for x in c["anaphoric_pair"]]
        self.first_person = {fold(x) for x in c["first_person"]}
        self.parties = {fold(x) for x in c["country_party"]}
        self.known_people = frozenset(k for k, a in gazetteer.actors.items() if a.type == "Person")

    def __call__(self, doc: Doc, mentions: list[ActorMention], minted: dict[str, Actor], published: date | None,
                 quote_speaker: dict[int, str], skip: set[int]) -> tuple[list[CallRecord], dict[int, int]]:
        """The calls of `doc`, and for each sentence index the call it is about."""
        people = self.known_people | {k for k, a in minted.items() if a.type == "Person"}
        reading = _Reading(mentions, published, quote_speaker, people, frozenset(
            t for m in mentions if m.actor in people for t in range(m.token_start, m.token_end)))
        sents = doc._.sentences
        phone_context = any(self._markers(s) for s in sents)
        found: list[Mention] = []
        paragraph = _paragraphs(doc._.text, sents)
        for index, sent in enumerate(sents):
            if index in skip:
                continue
            for mention in self._sentence(index, sent, reading, phone_context):
                mention.paragraph = paragraph[index]
                found.append(mention)
        calls = _merge(found, published)
        records = [self._record(call, published) for call in calls]
        return records, _sentence_calls(paragraph, calls)

    # ------------------------------------------------------------------ mentions
    def _sentence(self, index: int, sent: SpacySpan, reading: _Reading, phone_context: bool) -> list[Mention]:
        result: dict[frozenset[str], Mention] = {}
        triggers = list(self._triggers(sent, phone_context, reading.person_tokens))
        here = [t for t, _ in triggers]
        for trigger, strong in triggers:
            mention = self._mention(index, sent, trigger, strong, reading, here)
            if mention is not None:
                result.setdefault(frozenset(mention.participants), mention)
        return list(result.values())

    def _markers(self, span: SpacySpan) -> bool:
        text = " " + " ".join(t.norm_ for t in span) + " "
        return any(f" {m} " in text for m in self.media)

    def _triggers(self, sent: SpacySpan, phone_context: bool, person_tokens: frozenset[int]):
        for token in sent:
            lemma, word = fold(token.lemma_), fold(token.text)
            phrase = next((p for p in self.phrases.get(token.norm_, ()) if
                           " ".join(t.norm_ for t in token.doc[token.i:token.i + p.count(" ") + 1]) == p), None)
            if phrase is not None:
                yield token, True
            elif token.pos_ == "NOUN" and (lemma in self.nouns or word in self.nouns):
                if lemma in self.self_marked_nouns or word in self.self_marked_nouns or self._marked(token):
                    yield token, True
                elif phone_context and lemma in {"entretien", "conversation", "appel", "discussion"} \
                        and not self._in_person(token) and not self._appeal(token):
                    yield token, lemma in {"entretien", "conversation"}
            elif token.pos_ == "VERB" and lemma in self.verbs:
                if lemma in self.self_marked_verbs:
                    if lemma != "appeler" or self._phoned_person(token, person_tokens):
                        yield token, True
                elif self._marked(token):
                    yield token, True
                elif phone_context and lemma == "entretenir" and any(reflexive(c) for c in token.children):
                    yield token, True
                elif phone_context and lemma in {"discuter", "parler"} and any(
                        c.dep_.startswith("nsubj") for c in token.children):
                    yield token, False

    def _marked(self, token: Token) -> bool:
        """A medium word governed by the trigger, or right after it."""
        near = [*token.children, *token.doc[token.i + 1:token.i + 4]]
        words = {fold(t.text) for t in near} | {fold(t.lemma_) for t in near}
        return bool(words & self.media)

    def _in_person(self, token: Token) -> bool:
        text = " ".join(fold(t.text) for t in token.sent)
        return any(m in text for m in self.in_person)

    def _appeal(self, token: Token) -> bool:
        """'un appel à la retenue' is a plea, not a phone call."""
        return fold(token.lemma_) == "appel" and any(fold(c.text) in {"a", "au", "aux"} for c in token.doc[token.i + 1:token.i + 2])

    def _phoned_person(self, verb: Token, person_tokens: frozenset[int]) -> bool:
        """'appeler X' (a person, directly) is a call; 'appeler à la retenue' is not."""
        following = [t for t in verb.doc[verb.i + 1:min(verb.sent.end, verb.i + 7)] if not t.is_punct and t.text not in "<>"][:3]
        if following and fold(following[0].text) in {"a", "au", "aux"}:
            return False
        if any(c.pos_ == "VERB" and any(fold(m.text) == "a" for m in c.children if m.dep_ == "mark") for c in verb.children):
            return False  # "appeler son homologue à instaurer un cessez-le-feu" urges, it does not phone
        return any(c.dep_ in {"obj", "iobj"} and c.pos_ in {"PROPN", "NOUN", "PRON"} for c in verb.children) or \
            any(t.i in person_tokens for t in following)

    def _mention(self, index: int, sent: SpacySpan, trigger: Token, strong: bool, reading: _Reading,
                 here: list[Token]) -> Mention | None:
        """The call `trigger` reports, if any; `here` are all the sentence's triggers."""
        published = reading.published
        last_time = self._since(sent, trigger, published)
        status = "occurred" if last_time else self._status(sent, trigger, strong)
        if status is None:
            return None
        explicit = [d for d in dates_in(sent, published, future=status == "planned") if dates_the_clause(d, sent, trigger)]
        if trigger.pos_ == "NOUN" and any(o in trigger.ancestors for o in here):
            own = {t.i for t in trigger.subtree}  # a call named inside another's sentence keeps only its own dates
            explicit = [d for d in explicit if d.tokens[0] in own]
        when = last_time or (explicit[0].value if explicit else None)  # "ne s'étaient plus parlé depuis 2022"
        on = date.fromisoformat(when) if when and len(when) == 10 else published
        participants = self._participants(sent, trigger, reading, on, here)
        text = sent.text.strip()
        start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
        folded = " ".join(fold(t.text) for t in sent)
        if not participants and not any(t.pos_ in {"VERB", "AUX"} for t in sent):
            return None  # a heading such as "Conversations téléphoniques" reports no call
        return Mention(
            sent=index,
            paragraph=0,
            participants=participants,
            status=status,
            medium="video" if self._video(sent) else "phone",
            date=when,
            initiator=self._initiator(sent, trigger, participants, reading.mentions, on, reading.quote_speaker),
            mutual=any(p in folded for p in self.mutual),
            duration=duration_in(sent, self.gazetteer.cues),
            another=any(fold(t.text) in self.another for t in trigger.children if t.i < trigger.i),
            strong=strong,
            evidence=Span(start, start + len(text), text),
        )

    def _video(self, sent: SpacySpan) -> bool:
        words = {fold(t.text) for t in sent}
        return bool(words & self.video - {"ecran"})

    def _since(self, sent: SpacySpan, trigger: Token, published: date | None) -> str | None:
        """The date of the last call, when the text says there was none since then."""
        verb = trigger if trigger.pos_ == "VERB" else trigger.head
        if not any(fold(c.text) == "plus" for c in verb.children):
            return None
        for mention in dates_in(sent, published):
            if any(fold(t.text) == "depuis" for t in sent.doc[max(sent.start, mention.tokens[0] - 2):mention.tokens[0]]):
                return mention.value
        return None

    def _status(self, sent: SpacySpan, trigger: Token, strong: bool) -> Status | None:
        folded = " ".join(fold(t.text) for t in sent)
        chain = [trigger, *list(trigger.ancestors)[:4]]
        negated = {t.i for t in chain if any(fold(c.text) in {"pas", "plus", "jamais", "ne", "n'"} and c.dep_ == "advmod" for c in t.children)}
        if negated and not strong:
            return None  # "ils n'ont pas parlé de l'Ukraine" says nothing of a call
        for t in chain[1:]:
            if fold(t.lemma_) in self.planned and t.i in negated:
                return None  # "n'envisage pas de s'entretenir": no call is reported
        if any(p in folded for p in self.unconfirmed_phrases) or sent.text.rstrip().endswith("?"):
            return "unconfirmed"  # also a headline that asks "Un appel entre X et Y ?"
        if any(fold(t.lemma_) in {"dementir", "nier", "infirmer"} for t in sent) or negated & {trigger.i, trigger.head.i} \
                or any(fold(c.text) in {"aucun", "aucune"} for c in trigger.children):
            return "denied"
        if any(fold(t.lemma_) in self.planned for t in chain[1:]) or any(fold(t.text) in {"prochainement", "bientot"} for t in sent) \
                or any("Fut" in t.morph.get("Tense", None) for t in chain[:2]) or any(
                    "Fut" in c.morph.get("Tense", None) for t in chain[:2] for c in t.children if c.pos_ == "AUX"):
            return "planned"
        if any("Cnd" in t.morph.get("Mood", None) for t in chain[:3]) or any(
                "Cnd" in c.morph.get("Mood", None) for t in chain[:2] for c in t.children if c.pos_ == "AUX"):
            return "unconfirmed"
        reporter = next((t for t in chain[1:] if fold(t.lemma_) == "rapporter"), None)
        if reporter is not None and any(c.dep_.startswith("nsubj") and c.ent_type_ != "PER" for c in reporter.children):
            return "unconfirmed"
        return "occurred"

    def _participants(self, sent: SpacySpan, trigger: Token, reading: _Reading, on: date | None,
                      here: list[Token]) -> list[str]:
        mentions = reading.mentions
        people: list[str] = []
        nested = [o for o in here if o is not trigger and trigger not in o.subtree]
        inside = trigger.pos_ == "NOUN" and any(o in trigger.ancestors for o in here)
        own = _own(trigger)
        for m in mentions:
            if not (sent.start <= m.token_start < sent.end) or \
                    m.token_start > sent.start and fold(sent.doc[m.token_start - 1].text) in {"apres", "avant", "comme"}:
                continue  # "Après Vladimir Poutine, Donald Trump s'entretient avec ..."
            if any(m.token_start in _own(o) for o in nested) or inside and m.token_start not in own:
                continue  # "... au lendemain de sa conversation avec X": X belongs to the other call
            actor = self.gazetteer.resolve(m.target, on) if m.target.kind in {"office", "leader"} else m.actor
            if actor in reading.people and not self._reporter(sent.doc[m.token_start:m.token_end], trigger) \
                    and not self._initiative_country(sent, m) and actor not in people:
                people.append(actor)
        if inside and any(fold(c.text) in {"sa", "son", "ses", "leur", "leurs"} for c in trigger.children):
            owner = self._subject(next(o for o in here if o in trigger.ancestors))
            actor_at = {t: m.actor for m in mentions for t in range(m.token_start, m.token_end)}
            if owner is not None and actor_at.get(owner.i) in reading.people and actor_at[owner.i] not in people:
                people.insert(0, actor_at[owner.i])  # "sa conversation": the possessor took part
        subject = self._subject(trigger)
        if subject is not None and fold(subject.text) in self.first_person and subject.idx in reading.quote_speaker:
            speaker = reading.quote_speaker[subject.idx]
            if speaker not in people:
                people.insert(0, speaker)
        return people

    def _subject(self, token: Token) -> Token | None:
        """Who does it: the nearest subject up the tree, or a first-person pronoun the parser
        attached elsewhere ('nous commencerons par appeler ...')."""
        for holder in [token, *token.ancestors]:
            for child in holder.children:
                if child.dep_.startswith("nsubj") or fold(child.text) in self.first_person and child.pos_ == "PRON":
                    return child
        return None

    def _reporter(self, span: SpacySpan, trigger: Token) -> bool:
        """The person who reports the call ('a déclaré M. Peskov', 'selon X') is not in it,
        unless the call is what they say they do ('X s'est dit prêt à appeler Y')."""
        root = span.root
        for token in [root, *list(root.ancestors)[:2]]:
            if token.dep_.startswith("nsubj") and fold(token.head.lemma_) in self.reporting:
                return not _complement_of(trigger, token.head)
            if token.dep_ == "appos" and token.head.dep_.startswith("nsubj") and fold(token.head.head.lemma_) in self.reporting:
                return True
        before = " ".join(fold(t.text) for t in span.doc[max(span.sent.start, span.start - 3):span.start])
        return before.endswith(("selon", "selon le", "selon la", "d'apres", "d' apres"))

    def _initiative_country(self, sent: SpacySpan, m: ActorMention) -> bool:
        """'à l'initiative de Paris': the country takes the initiative, it is not a participant."""
        before = [fold(t.text) for t in sent.doc[max(sent.start, m.token_start - 3):m.token_start]]
        return m.target.kind == "actor" and any(w in self.initiative for w in before)

    def _initiator(self, sent: SpacySpan, trigger: Token, participants: list[str], mentions: list[ActorMention],
                   on: date | None, quote_speaker: dict[int, str]) -> str | None:
        for token in sent:
            if fold(token.text) in self.initiative and token.i > sent.start and fold(token.nbor(-1).text) in {"l'", "la"}:
                return self._party_after(sent, token.idx + len(token.text), participants, mentions, on)
        lemma = fold(trigger.lemma_)
        actor_of = {t: m for m in mentions for t in range(m.token_start, m.token_end)}
        if lemma in {"appeler", "telephoner", "joindre"} or (lemma in {"appel", "coup"} and trigger.head.lemma_ in {"passer", "lancer", "donner"}):
            subject = self._subject(trigger if trigger.pos_ == "VERB" else trigger.head)
            if subject is not None:
                if subject.idx in quote_speaker and fold(subject.text) in self.first_person:
                    return quote_speaker[subject.idx]
                who = actor_of.get(subject.i)
                if who is not None:
                    return self.gazetteer.resolve(who.target, on) if who.target.kind != "actor" else who.actor
        for ancestor in list(trigger.ancestors)[:3]:
            if fold(ancestor.lemma_) in self.planned:
                subject = next((c for c in ancestor.children if c.dep_.startswith("nsubj")), None)
                if subject is not None and subject.i in actor_of:
                    who = actor_of[subject.i]
                    actor = self.gazetteer.resolve(who.target, on) if who.target.kind != "actor" else who.actor
                    if actor in participants:
                        return actor
        return None

    def _party_after(self, sent: SpacySpan, char: int, participants: list[str], mentions: list[ActorMention],
                     on: date | None) -> str | None:
        """'à l'initiative de Paris / des États-Unis / de la partie américaine / de M. Macron'."""
        for m in mentions:
            if m.start >= char and m.start - char < 40:
                actor = self.gazetteer.resolve(m.target, on) if m.target.kind != "actor" else m.actor
                if actor in participants:
                    return actor
                country = m.target.key if m.target.kind == "capital" else actor
                return self._participant_of(country, participants)
        tail = sent.doc._.text[char:char + 40]
        for word in tail.replace("-", " ").split():
            country = self.gazetteer.demonyms.get(fold(word.strip(".,;:!?»\"'()")))
            if country:
                return self._participant_of(country, participants)
        return None

    def _participant_of(self, country: str | None, participants: list[str]) -> str | None:
        return next((p for p in participants if country in self.gazetteer.countries_of(p)), None)

    def _record(self, call: Call, published: date | None) -> CallRecord:
        named = [m for m in call.mentions if not m.anaphoric] or call.mentions
        status = max((m.status for m in named), key=STATUS_RANK.__getitem__)
        when = call.explicit_date
        if when is None and status == "occurred" and published is not None:
            when = published.isoformat()
        mutual = any(m.mutual for m in call.mentions)
        participants = tuple(sorted(call.participants))
        initiator = None if mutual else next((m.initiator for m in call.mentions if m.initiator in participants), None)
        evidence = tuple(dict.fromkeys(m.evidence for m in call.mentions if m.evidence))
        return CallRecord(
            participants=participants,
            initiator=initiator,
            date=when,
            duration_min=next((m.duration for m in call.mentions if m.duration), None),
            medium="video" if any(m.medium == "video" for m in named) else "phone",
            status=status,
            topics=(),
            evidence=evidence,
        )


def _merge(mentions: list[Mention], published: date | None) -> list[Call]:
    """Mentions of the same call become one `Call`; see the module docstring for the rules."""
    calls: list[Call] = []
    last: Call | None = None
    for mention in mentions:
        people = frozenset(mention.participants)
        target: Call | None = None
        if len(people) >= 2:
            if not mention.another:
                if mention.date is None and last is not None and last.participants == people:
                    target = last  # "... s'est ensuite entretenu avec X": the call just reported
                else:
                    target = next((c for c in reversed(calls)
                                   if c.participants == people and _dates_agree(c, mention, published)), None)
            if target is None and mention.strong:
                target = Call()
                calls.append(target)
        elif len(people) == 1:  # the paragraph's call with that person, else the main one, else the latest
            candidates = [c for c in calls if people <= c.participants]
            target = next((c for c in reversed(candidates) if c.mentions[-1].paragraph == mention.paragraph),
                          candidates[0] if candidates and candidates[0] is calls[0] else (candidates[-1] if candidates else None))
        elif calls and not mention.another:
            target = last if last is not None and last.mentions[-1].paragraph == mention.paragraph else calls[0]
            if mention.date and not _dates_agree(target, mention, published):
                # "les deux dirigeants s'étaient déjà entretenus le 12 février 2022": an earlier call
                mention.participants = sorted(target.participants)
                target = Call()
                calls.append(target)
        if target is not None:
            if target.mentions and len(people) < 2:
                mention.participants = sorted(target.participants)
                mention.anaphoric = True
            target.mentions.append(mention)
            last = target
    return calls


def _dates_agree(call: Call, mention: Mention, published: date | None) -> bool:
    mine, theirs = mention.date, call.explicit_date
    if mine and theirs:
        return mine == theirs
    dated = mine or theirs
    if dated is None or published is None or len(dated) != 10:
        return True
    return abs(date.fromisoformat(dated) - published) <= _NEAR_PUBLICATION


def _complement_of(trigger: Token, verb: Token) -> bool:
    """`trigger` is an infinitive complement of `verb` ('a dit avoir appelé', 's'est dit prêt à
    appeler'), so `verb`'s subject is the one who calls."""
    token = trigger
    while token.dep_ == "xcomp":  # a root is never an xcomp: the walk ends
        token = token.head
        if token == verb:
            return True
    return False


def _own(trigger: Token) -> set[int]:
    """The tokens that belong to a call noun: its subtree, and the 'avec X' right after it,
    wherever the parser attached X."""
    tokens = {t.i for t in trigger.subtree}
    doc = trigger.doc
    if trigger.i + 1 < len(doc) and fold(doc[trigger.i + 1].text) == "avec":
        tokens.update(range(trigger.i + 1, min(trigger.sent.end, trigger.i + 6)))
    return tokens


def _paragraphs(text: str, sents: list[SpacySpan]) -> list[int]:
    """The paragraph number of each sentence: a line break starts a paragraph."""
    numbers, current = [], 0
    for index, sent in enumerate(sents):
        if index and "\n" in text[sents[index - 1].end_char - 1:sent.start_char + 1]:
            current += 1
        numbers.append(current)
    return numbers


def _sentence_calls(paragraph: list[int], calls: list[Call]) -> dict[int, int]:
    """Each sentence's call: its own, else the last one of its paragraph, else the main call."""
    own = {m.sent: i for i, c in enumerate(calls) for m in c.mentions}
    result: dict[int, int] = {}
    current: int | None = None
    for index in range(len(paragraph)):
        if index and paragraph[index] != paragraph[index - 1]:
            current = None
        current = own.get(index, current)
        if current is not None:
            result[index] = current
        elif calls:
            result[index] = 0
    return result


def duration_in(sent: SpacySpan, cues: dict) -> float | None:
    """'près d'une heure et demie' is 90; 'plus d'une heure' is a lower bound, so no duration."""
    units = {fold(k): v for k, v in cues["duration_units"].items()}
    numbers = {fold(k): v for k, v in cues["number_words"].items()}
    lower = [fold(x) for x in cues["duration_lower_bound"]]
    tokens = list(sent)
    for i, token in enumerate(tokens):
        word = fold(token.text)
        if word not in units or i == 0:
            continue
        previous = fold(tokens[i - 1].text)
        amount = float(previous.replace(",", ".")) if _number(previous) else numbers.get(previous)
        if amount is None or amount == 0.5:
            continue
        before = " ".join(fold(t.text) for t in tokens[max(0, i - 4):i - 1])
        if any(f" {w} " in f" {before} " for w in lower):
            return None
        minutes = amount * units[word]
        after = [fold(t.text) for t in tokens[i + 1:i + 4]]
        if after[:1] == ["et"] and len(after) > 1 and after[1] in numbers:
            minutes += numbers[after[1]] * units[word]
        elif after and _number(after[0]) and units[word] == 60:
            minutes += float(after[0])
        return minutes
    return None


def _number(word: str) -> bool:
    return word.replace(",", "", 1).replace(".", "", 1).isdigit()
