"""The call finder: a document's sentences to call mentions, mentions to calls."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace
from datetime import date, timedelta

import numpy
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.nlp.extract.calls.attributes import (
    another_calls_phrase,
    dates_of,
    dates_of_the_step_before,
    day_it_was_told,
    day_of_the_call_it_was_during,
    day_the_clause_recalls,
    denied_since,
    duration_in,
    earlier_call,
    initiator_of,
    last_time,
    length_of_the_meeting_told,
    length_told_after,
    medium_of,
    set_for,
    sets_a_day,
    time_of_day,
)
from kg.nlp.extract.calls.clause import (
    Sentence,
    above_its_completive,
    at_its_end,
    case_words,
    clause_verb,
    event_of,
    governors,
    just_after,
    lemma,
    near_words,
    offset_days,
    parenthesised,
    phrase_of,
    points_back,
    subjects_of,
    time_anchor,
    told_as_earlier,
    verb_lemma,
    verbal,
)
from kg.nlp.extract.calls.context_days import (
    counts_on,
    day_of_the_exchange_told_before,
    day_of_the_gathering_on_whose_margin,
    day_the_scene_set,
    day_told_before,
    days_called,
)
from kg.nlp.extract.calls.lexicon import CallCues
from kg.nlp.extract.calls.merge import Mention, merge, record, sentence_calls
from kg.nlp.extract.calls.modality import (
    none_at_all,
    none_scheduled_after,
    requested,
    scheduled_after,
    sought,
    status_of,
    still_ahead_when_told,
)
from kg.nlp.extract.calls.participants import lineup
from kg.nlp.extract.calls.people import People, people_in
from kg.nlp.extract.calls.phrase_people import joined_likewise
from kg.nlp.extract.calls.sentence_people import also_present, gathered_by_the_meeting, spoke_at_the_meeting
from kg.nlp.extract.calls.several import (
    coordinated_days,
    days_by_partner,
    length_of_a_plan,
    lengths_by_partner,
    one_a_day,
    repeated_uncounted,
    repeats_of,
)
from kg.nlp.extract.calls.sources import (
    an_outlet,
    confirmed_by_a_side,
    of_other_people,
    opened_by_an_outlet,
    silent_outsider,
    told_by_one_outlet,
)
from kg.nlp.extract.calls.triggers import Trigger, leaves_open_what_was_told, phone_context, triggers
from kg.nlp.extract.date_clauses import apposed_to
from kg.nlp.extract.dates import (
    EVENT_RELATIVE_DAYS,
    RELATIVE_DAYS,
    WEEKDAYS,
    DateMention,
    Publication,
    dates_in,
    in_the_past,
)
from kg.nlp.extract.headings import heading_days
from kg.nlp.extract.interview import interview_answers
from kg.nlp.extract.records import ActorMention, CallRecord, Span
from kg.nlp.extract.words import children, feature, folded_lemma, paragraph_numbers, tokens_of
from kg.nlp.gazetteer import Actor, Gazetteer


class CallFinder:
    """Reads the calls of a parsed document; built once per pipeline, from the cues. It keeps
    nothing from one document to the next."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.cues = CallCues.from_cues(gazetteer.cues)
        self.known_people = frozenset(k for k, a in gazetteer.actors.items() if a.type == "Person")

    def __call__(self, doc: Doc, mentions: list[ActorMention], minted: dict[str, Actor], published: Publication,
                 quote_speaker: dict[int, str], skip: set[int]) -> tuple[list[CallRecord], dict[int, tuple[int, ...]], frozenset[int]]:
        """The calls of `doc`, for each sentence index the calls it is about (the first is the one
        its claims belong to), and the tokens that
        name calls (a 'sommet virtuel' is the call, not a topic of it)."""
        people_keys = self.known_people | {k for k, a in minted.items() if a.type == "Person"}
        people = People.of(self.gazetteer, mentions, people_keys, quote_speaker, doc)
        sents = doc._.sentences
        text = doc._.text
        paragraph = paragraph_numbers(text, sents)
        headed = heading_days(sents, text, published)
        interview = interview_answers(sents, paragraph, people.at, people_keys, quote_speaker)
        if interview is not None:  # 'J'ai eu hier X au téléphone' in an interview's answer: the interviewee's words, as a
            # quote's; 'Vous avez eu X au téléphone ?' in a question: the interviewee's call
            people = replace(people, quote_speaker={**interview.answers, **quote_speaker}, addressed=interview.addressed)
        person_tokens = people.person_tokens
        seat_tokens = frozenset(t for t, m in people.at.items() if m.target.kind == "actor" and m.actor in self.gazetteer.governed)
        capital_tokens = frozenset(t for t, m in people.at.items() if m.target.kind == "capital")
        found: list[Mention] = []
        call_words: set[int] = set()
        folded = doc._.folded
        sentence_words = [f" {' '.join(folded.norms[sent.start:sent.end])} " for sent in sents]
        context = phone_context(sentence_words, self.cues)
        for index, sent in enumerate(sents):
            if index in skip:
                continue
            words = sentence_words[index]
            if found and found[-1].sent == index - 1:
                found[:] = self._answered(found, index, sent, words, published)
            named_here = triggers(sent, words, self.cues, context, person_tokens, capital_tokens, folded, bool(found), seat_tokens)
            here = [t for t in _one_per_event(named_here, self.cues)
                    if lemma(t.token) not in self.cues.answering_words and t.token.norm_ not in self.cues.denial_adjectives
                    or found and found[-1].sent == index - 1]  # 'ces informations', 'a démenti': of the sentence before
            if not here:
                if found and (any(f" {word} " in words for word in self.cues.additive) or any(  # only then can it add people to a call
                        base in self.cues.joining_verbs for base in folded.lemmas[sent.start:sent.end])):
                    found.extend(self._joining(index, paragraph[index], sent, people, published, found[-1].medium == "video",
                                               found[-1].sent == index - 1))
                elif found and found[-1].sent == index - 1 and found[-1].medium == "video" and not found[-1].participants:
                    found.extend(self._joining(index, paragraph[index], sent, people, published, True, True,
                                               spoke_at_the_meeting(sent, people, published.exact or published.reference, self.cues)
                                               or gathered_by_the_meeting(sent, people, published.exact or published.reference,
                                                                          self.cues)))
                elif found and found[-1].sent == index - 1 and found[-1].duration is None and found[-1].status == "occurred" \
                        and any(f" {w} " in words for w in self.cues.length_prepositions) \
                        and (length := length_told_after(sent, self.cues)) is not None:  # the cheap look first
                    found.append(replace(self._told_after(index, paragraph[index], sent), duration=length))
                elif found and found[-1].sent == index - 1 and found[-1].duration is None and found[-1].medium == "video" \
                        and found[-1].status == "occurred" and not self.cues.lasting_verbs.isdisjoint(folded.lemmas[sent.start:sent.end]) \
                        and (length := length_of_the_meeting_told(sent, self.cues)) is not None:  # the cheap look first
                    found.append(replace(self._told_after(index, paragraph[index], sent), duration=length))
                elif found and found[-1].sent == index - 1 and found[-1].date is None and found[-1].status == "occurred" \
                        and any(f" {day} " in words for day in WEEKDAYS):  # the cheap look first
                    found.extend(self._day_of_the_pair(index, paragraph[index], sent, published))
                continue
            call_words.update(t.token.i for t in named_here)
            tokens = tuple(tokens_of(doc)[sent.start:sent.end])
            norms = tuple(folded.norms[sent.start:sent.end])
            lemmas = tuple(folded.lemmas[sent.start:sent.end])
            named_calls = frozenset(t.token.i for t in named_here)
            before = day_told_before(sents, sentence_words, index, published, days_called(found)) if counts_on(words) or any(
                f" {p} " in words for p in self.cues.same_day_times) else None
            reading = Sentence(
                sent, text[sent.start_char:sent.end_char], words, named_calls,
                frozenset(parenthesised(doc, sent.start, sent.end)) if "(" in words else frozenset(),
                tuple(dates_in(sent, published, before=before, tokens=tokens, norms=norms)), published, before, tokens,
                norms, lemmas, duration_in(sent, self.cues, named_calls, norms),
                tuple(t for t, base in zip(tokens, lemmas, strict=True) if base in self.cues.in_person_nouns and t.i not in named_calls),
                headed[index])
            told = self._sentence(index, paragraph[index], reading, here, people, published)
            if found and any(m.status == "unconfirmed" and not m.participants for m in told) and silent_outsider(
                    reading, next((m.participants for m in reversed(found) if m.participants), ()), people,
                    published.exact or published.reference, self.cues):
                told = [m for m in told if m.status != "unconfirmed" or m.participants]  # a bystander's silence
            if found and any(m.status in {"unconfirmed", "denied"} and not m.participants for m in told) and of_other_people(
                    reading, next((m.participants for m in reversed(found) if m.participants), ()), people,
                    published.exact or published.reference, self.cues):
                told = [m for m in told if m.participants]  # 'Z aurait lui aussi téléphoné à W, ce que Kigali n'a pas confirmé'
            found.extend(told)
            if any(m.medium == "video" for m in told):
                call_words.update(_summit_held_by_video(reading))
        calls = merge(found, published)
        main = set(calls[0][0].participants) if calls else set()
        about_main, about_others = self._about_main(doc, people, people_keys, main, skip, published.exact or published.reference)
        records: list[CallRecord] = []
        for call in calls:  # "dans la soirée": on the day of the first call the article says took place, beyond its
            # headline (an undated call only the headline tells, 'X reçoit des appels', took the publication's day)
            main_day = next((r.date for r, told in zip(records, calls, strict=False) if r.status == "occurred" and r.date
                             and len(r.date) == 10 and any(m.paragraph or m.date for m in told)), None)
            records.append(record(call, published, self.gazetteer, main_day))
        return records, sentence_calls(paragraph, calls, about_main, about_others), frozenset(call_words)

    def _answered(self, found: list[Mention], index: int, sent: SpacySpan, words: str, published: Publication) -> list[Mention]:
        """The calls the sentence before told (the last of `found`), as the sentence right after
        it answers them: 'On évoque un éventuel appel entre X et Y. L'Élysée a répondu qu'aucun
        échange n'est prévu' (no plan, no call: `none_scheduled_after`); 'L'entretien entre X et Y
        n'a pas eu lieu ce matin. Selon Z, il est prévu en fin de journée' (planned, on the day
        this sentence sets: `scheduled_after`)."""
        if self.cues.scheduled_participles.isdisjoint(sent.doc._.folded.lemmas[sent.start:sent.end]):
            return found  # the cheap look first: most sentences schedule nothing
        tokens = tokens_of(sent.doc)[sent.start:sent.end]
        told = [m for m in found if m.sent == index - 1 and m.participants]
        if told and all(m.status == "planned" for m in told) and none_scheduled_after(sent.start - 1, tokens, self.cues):
            return [m for m in found if m not in told]
        last = found[-1]
        if last.status == "planned" or not last.participants or not scheduled_after(tokens, self.cues):
            return found
        days = [d.value for d in dates_in(sent, published, future=True)]
        when = days[0] if len(days) == 1 else None
        if when is None and published.exact and any(f" {p} " in words for p in self.cues.later_today_phrases):
            when = published.exact.isoformat()
        return [replace(m, status="planned", date=when) if m.sent == index - 1 and m.participants == last.participants else m
                for m in found]

    def _about_main(self, doc: Doc, people: People, people_keys: frozenset[str], main: set[str], skip: set[int],
                    on: date | None) -> tuple[list[bool], set[int]]:
        """Which sentences speak of the main call's people: by name, or by pointing back ('ils');
        and which point back to the people of a meeting ('X a reçu Y à l'Elysée. Les deux
        dirigeants ont évoqué Z.', before a call of X with W): 'les deux dirigeants' means the pair
        the article last named together (`People.pair_named_last`), however far back, and is
        about the main call only when that pair is on it; 'ils', the people of the last sentence
        naming two people or more, when it told a meeting and not everyone in it is on the main call."""
        if not main:
            return [False] * len(doc._.sentences), set()
        pron = doc.vocab.strings["PRON"]
        pronouns = numpy.flatnonzero(doc.to_array("POS") == pron).tolist()  # in order
        folded, meeting_words = doc._.folded, self.cues.in_person_nouns | self.cues.in_person_verbs
        pair_nouns = [i for i, base in enumerate(folded.lemmas) if base in self.cues.pair_nouns]  # a Token made only for them
        about_main, about_others = [], set()
        subjects = {t for t, m in people.at.items() if m.actor in people_keys and doc[t].dep_.startswith("nsubj")}
        sents = doc._.sentences
        starts = [s.start for s in sents]
        named_in: list[set[str]] = [set() for _ in sents]  # the actors each sentence names, from the few named words
        for t, m in people.at.items():  # (not a look-up for every word of the document)
            named_in[bisect_right(starts, t) - 1].add(m.actor)
        met: set[str] = set()  # the people of the last sentence that named two or more, when it told a meeting
        for i, s in enumerate(sents):
            named = named_in[i]
            phrase = next((t for t in pair_nouns[bisect_left(pair_nouns, s.start):bisect_left(pair_nouns, s.end)]
                           if leaders_named_before(doc[t], self.cues)), None)
            pair = people.pair_named_last(doc[phrase], on) if phrase is not None and not named & main and means_a_pair(
                doc[phrase], self.cues) else frozenset()
            if pair:  # 'Les deux chefs d'État doivent se revoir' after 'X a reçu Y': X and Y, on the main call or not
                about_main.append(pair <= main)
                if not pair <= main:
                    about_others.add(i)
            else:
                pointing = not named & main and (phrase is not None or self._pronoun_for_people_before(
                    s, pronouns[bisect_left(pronouns, s.start):bisect_left(pronouns, s.end)], subjects))
                about_main.append(bool(named & main) or pointing)
                if pointing and met - main:
                    about_others.add(i)
            persons = named & people_keys
            if len(persons) >= 2 and i not in skip:  # not a link to related reading
                met = persons if any(folded.lemmas[t] in meeting_words for t in range(s.start, s.end)) else set()
        return about_main, about_others

    @staticmethod
    def _pronoun_for_people_before(sent: SpacySpan, pronouns: list[int], subjects: set[int]) -> bool:
        """Does the sentence speak of people named before with a pronoun ('il', 'ils')? Not a
        pronoun after a person the sentence names as a subject ('X est arrivé à Moscou, où il doit
        ...'): that person is who it means ('Selon X, il a ...' still points back).
        `pronouns`: the sentence's pronouns, by token index, in order (a Token is made only for
        them); `subjects`: the tokens that name a person as a subject."""
        doc = sent.doc
        return any(doc[i].dep_.startswith("nsubj") and "3" in feature(doc[i], "Person")
                   and not any(t in subjects for t in range(sent.start, i))
                   for i in pronouns)

    def _joining(self, index: int, paragraph: int, sent: SpacySpan, people: People, published: Publication,
                 after_video: bool, just_told: bool, joined: list[str] | None = None) -> list[Mention]:
        """A sentence naming no call that puts more people on the one just reported (`just_told`:
        by the sentence before); `joined`, when the caller has read them another way."""
        if joined is None:
            joined = also_present(sent, people, published.exact or published.reference, self.cues, after_video, just_told)
        if not joined:
            return []
        raw = sent.text
        start = sent.start_char + (len(raw) - len(raw.lstrip()))
        length = length_of_the_meeting_told(sent, self.cues) if after_video and just_told else None
        return [Mention(sent=index, paragraph=paragraph, participants=tuple(joined), status="occurred", medium="phone",
                        date=None, initiator=None, mutual=False, duration=length, distinct=False, strong=False,
                        evidence=Span(start, start + len(raw.strip()), raw.strip()), joins=True)]

    def _day_of_the_pair(self, index: int, paragraph: int, sent: SpacySpan, published: Publication) -> list[Mention]:
        """'Entretien téléphonique entre X et Y. Les deux dirigeants ont évoqué lundi la Syrie': the
        sentence right after an undated call, whose subject points back at its people and names no
        call, dates that call by the day of what they did (not a meeting: 'ils se sont vus lundi')."""
        root = sent.root
        if root.pos_ != "VERB" or lemma(root) in self.cues.in_person_verbs or not any(
                c.dep_.startswith("nsubj") and points_back(c, self.cues) for c in children(root)):
            return []
        if not any(c.dep_ == "aux:tense" and "Pres" in feature(c, "Tense") for c in children(root)):
            return []  # the passé composé of what they did then ('avaient évoqué', 'évoqueront' tell another time)
        days = [d for d in dates_in(sent, published) if len(d.value) == 10 and tokens_of(sent.doc)[d.tokens[0]].head.i == root.i]
        if len(days) != 1:
            return []
        return [replace(self._told_after(index, paragraph, sent), date=days[0].value)]

    @staticmethod
    def _told_after(index: int, paragraph: int, sent: SpacySpan) -> Mention:
        """What the sentence right after an undated or unmeasured call adds to it (its day, its
        length), naming no one: the call just told, as evidence."""
        raw = sent.text
        start = sent.start_char + (len(raw) - len(raw.lstrip()))
        return Mention(sent=index, paragraph=paragraph, participants=(), status="occurred", medium="phone",
                       date=None, initiator=None, mutual=False, duration=None, distinct=False, strong=False,
                       evidence=Span(start, start + len(raw.strip()), raw.strip()), refers=False, certain=False)

    def _sentence(self, index: int, paragraph: int, sent: Sentence, here: list[Trigger], people: People,
                  published: Publication) -> list[Mention]:
        result: dict[tuple[frozenset[str], bool, str | None], Mention] = {}
        extra: list[Mention] = []
        for trigger in here:
            token = trigger.token
            others = [t.token for t in here if t.token is not token]
            meetings = [m for m in sent.meetings if not _held_by(m, token, self.cues)]
            elsewhere = {i for other in others if token not in other.subtree for i in phrase_of(other)} | {
                i for meeting in meetings if token not in meeting.subtree for i in phrase_of(meeting) | {t.i for t in meeting.subtree}}
            elsewhere.discard(token.i)
            for mention in self._mentions(index, paragraph, sent, trigger, elsewhere, people, published, here):
                if mention.distinct:
                    extra.append(mention)
                else:
                    key = (frozenset(mention.participants), mention.status == "planned", mention.date)
                    result[key] = _one_report(result[key], mention) if key in result else mention
        return [*_within_others(result), *extra]

    def _mentions(self, index: int, paragraph: int, sent: Sentence, trigger: Trigger, elsewhere: set[int],
                  people: People, published: Publication, here: list[Trigger]) -> list[Mention]:
        cues = self.cues
        token = trigger.token
        raw = sent.text
        start = sent.span.start_char + (len(raw) - len(raw.lstrip()))
        evidence = Span(start, start + len(raw.strip()), raw.strip())
        if lemma(token) in cues.denial_verbs or lemma(token) in cues.left_open_verbs or token.norm_ in cues.denial_adjectives:
            # "Le Kremlin a démenti dimanche" / "n'a pas confirmé" / "Pékin dément": the call just told, denied or left open (not its day)
            return [Mention(sent=index, paragraph=paragraph, participants=(),
                            status="unconfirmed" if leaves_open_what_was_told(token, cues) else "denied", medium="phone", date=None,
                            initiator=None, mutual=False, duration=None, distinct=False, strong=False, evidence=evidence,
                            refers=False)]
        below = event_of(token, cues)
        event = above_its_completive(below, token, people.person_tokens, cues)  # the completive's call, its verb's
        if _reached_by_the_press(token, event, people, cues):
            return []  # "joint par téléphone par l'AFP, X a déclaré": an interview, not a call between leaders
        denial = none_at_all(token)  # "aucun échange depuis mars": none in that stretch, no call in March
        after = denied_since(token, sent, published) if denial else None
        since = None if denial else last_time(token, event, sent, published)  # "ne s'étaient plus parlé depuis 2022"
        status = "occurred" if since else status_of(token, event, sent, cues)
        if status is None or lemma(token) in cues.contact_verbs and (status not in {"occurred", "denied"}
                                                                     or _reached_through_someone(token, people)):
            return []  # 'doit contacter', 'contacté par un émissaire de Y': reaching someone; 'a tenté de contacter Y,
            # sans succès' is a try nobody answered, a denied call
        certain = status != "occurred" or verbal(event) or lemma(token.head) in cues.happening_verbs | cues.earlier_call_verbs
        apart = event is not token and event not in token.ancestors or event is not below  # a light verb the parser hung apart
        ahead = dates_of(event if apart else token, sent, True, elsewhere) \
            if status == "occurred" and sets_a_day(sent, cues) and any(set_for(d, sent, cues) for d in sent.future_dates) \
            else []  # a cheap look first: the future dates are read only then
        if ahead and all(set_for(d, sent, cues) for d in ahead):
            status = "planned"  # "X a organisé pour jeudi un appel avec Y", "a fixé pour le 12 mars un entretien": a day set ahead
        to_come = status == "planned" and not _planned_in_the_past(token, event, cues)
        # "un entretien plus long que celui du 20 février": that day is the other call's (`earlier_call`)
        dates = dates_of(event if apart else token, sent, to_come, elsewhere | another_calls_phrase(token, event, sent, cues))
        if to_come:
            dates = _days_of_a_plan(token, dates)
        if not dates and status == "occurred":
            dates = dates_of_the_step_before(event, sent, elsewhere, cues) or day_it_was_told(token, sent, elsewhere, cues) \
                or day_the_clause_recalls(event, sent) or day_of_the_call_it_was_during(token, sent, elsewhere, cues)
        past = status != "planned" and _told_in_the_past(event if event.pos_ in {"VERB", "AUX"} else token.head)
        if past:
            dates = [in_the_past(d, published) for d in dates]  # "s'étaient parlé le 1er juillet": the last one, not the next
        nested = token.pos_ in {"NOUN", "PROPN"} and any(o.i in {t.token.i for t in here} for o in token.ancestors)
        # "a démenti mardi tout appel": the denial's day; not "a démenti qu'un appel ait eu lieu mardi", "les informations
        # selon lesquelles X aurait eu fin août un appel": the call's own clause, with a verb of its own, gives its day
        verbs = [v for v in ([event] if event is not token else []) + governors(token, event) if v.pos_ in {"VERB", "AUX"}]
        denied_by = status == "denied" and token.pos_ in {"NOUN", "PROPN"} and bool(verbs) and lemma(verbs[0]) in cues.denial_verbs
        anchored = nested or time_anchor(token)  # "X a dit ..., au lendemain d'un entretien avec Y"
        if anchored or denied_by:
            own = phrase_of(token) | {t.i for t in token.subtree}  # "au lendemain de sa conversation avec X": its own dates
            if denied_by and told_as_earlier(verbs[0]):  # "En octobre, Z avait démenti un appel entre X et Y": the denied
                own |= {t.i for c in children(verbs[0]) if c.dep_.startswith(("obl", "advmod")) for t in c.subtree}  # call's time
            apposed = [d for d in sent.dates if apposed_to(token, d)]  # "d'un appel avec X, le 14 décembre, ..."
            own |= {d.tokens[0] for d in apposed}
            told = sent.dates if anchored and not nested else dates  # a clause's day may hang anywhere in its sentence
            anchor = [d for d in told if d.tokens[0] not in own]
            dates = [d for d in dates if d.tokens[0] in own] or apposed
            if anchored and not dates and anchor:
                dates = _day_before_or_after(token, anchor)
                if status == "occurred" and dates and published.exact and dates[0].value > published.exact.isoformat():
                    if just_after(token):
                        dates = []  # 'Le 7 mars, X joue les intermédiaires après un appel avec Y', a day of another year
                    else:
                        status = "planned"  # "à la veille de son appel avec X", the day after the article: to come
        # several dates for the call ('Testé positif jeudi, X s'est entretenu ce samedi 19 décembre avec Y', misparsed):
        # the most precise, then the nearest to the call word
        # a call noun's own complement first ('Au sommaire ce soir, l'appel de X à Y, hier mardi', the parser hanging both
        # on 'appel'): a noun's complements follow it; a day before it dates the telling as often as the call
        own = {i for i in phrase_of(token) if i > token.i} if token.pos_ in {"NOUN", "PROPN"} else set()
        when = since or (min(dates, key=lambda d: (d.tokens[0] not in own, -len(d.value), abs(d.tokens[0] - token.i))).value
                         if dates else None) or None
        if when is None and to_come and published.exact and sent.has_any(cues.later_today_phrases):
            when = published.exact.isoformat()  # "X doit s'entretenir dans la soirée avec Y": this evening
        also = [] if since or status != "occurred" else coordinated_days(  # "le 12 et le 20": the second may hang apart
            [in_the_past(d, published) for d in sent.dates] if past else sent.dates, when, sent.tokens, cues)
        on = _day(when) or published.exact or published.reference
        line = lineup(token, event, sent, elsewhere, people, on, cues)
        if status == "unconfirmed" and not line.everyone and status_of(token, event, sent, cues, details=False) == "occurred":
            status = "occurred"  # "X a appelé Y. L'appel aurait duré une heure, selon Z": the doubt is the length's, not the call's
        if not line.everyone and not line.refers and sent.duration is None and not any(t.pos_ in {"VERB", "AUX"} for t in sent.tokens):
            return []  # a heading such as "Conversations téléphoniques" reports no call; one with its length
            # ("Un entretien de deux heures, selon le Kremlin.") tells the call told before
        if when is None and status == "occurred":
            when = day_of_the_exchange_told_before(token, sent, index, people, line.everyone or people.pair_before(token, on),
                                                   published, cues) or day_the_scene_set(event, sent, index, published, cues) \
                or day_of_the_gathering_on_whose_margin(event, sent, index, published, cues) or sent.heading
        if status == "occurred" and len(line.everyone) >= 2 and (
                line.named and told_by_one_outlet(token, lambda phrase: an_outlet(phrase, people, cues), cues)
                or opened_by_an_outlet(sent.tokens, people, cues) and set(line.everyone) <= _named_in(sent, people)):
            status = "unconfirmed"  # not a call only detailed on an outlet's word ('selon X, l'appel a duré une heure')
        another = any(t.norm_ in cues.another or lemma(t) in cues.another | cues.new and not line.everyone for t in children(token)
                      if t.i < token.i and t.dep_ in {"amod", "det"}) \
            and not _predicate(token, cues) or token.norm_ in cues.earlier_ordinals \
            or bool(when) and told_as_earlier(event) and any(c.norm_ in cues.already for c in children(event))
        # 'Le premier avait eu lieu en août'; 'ils s'étaient déjà parlé samedi', beside an undated call in the news
        repeats = repeats_of(event, cues) if status == "occurred" else 1  # tries to call, however many, are not calls
        wished = sought(token, event, cues) if status == "planned" else None
        # "X a également participé à l'appel", "X s'est joint à la conversation": the call just reported
        # ("..., tout comme Y": Y, whom the parser may hang on the call noun, joined it too)
        likewise = {t.i for head in joined_likewise(event, sent.span, cues) for t in head.subtree} if token.dep_.startswith("obl") else set()
        joins = lemma(event) in cues.joining_verbs and token.dep_.startswith("obl") and not line.partners and \
            any(c.dep_ == "det" and c.norm_ in cues.definite_determiners for c in children(token)) and \
            not people_in([token.doc[i] for i in sorted(phrase_of(token) - likewise)], people, on)  # not "... à l'entretien entre X et Y"
        found = []
        # "X a parlé lundi avec A, puis mardi avec B": each partner's call on the day told before them
        # (the sentence's days: 'puis mardi avec B' hangs apart from the call word)
        told = sent.future_dates if status == "planned" else sent.dates
        one_by_one = len(line.callers) == 1 and not line.together and not since
        days = days_by_partner(line.partners, told, sent, people) if one_by_one else {}
        lengths = lengths_by_partner(line.partners, sent, people, cues) if one_by_one and sent.duration else {}
        length = length_of_a_plan(event, sent, cues) if status == "planned" else sent.duration
        if days:
            also = []  # "avec A samedi, puis dimanche avec B": each partner's day, not each day for both
        calls = line.calls()
        initiator = None if wished and not requested(token, event, cues) else \
            initiator_of(token, event, sent, people, on, self.gazetteer, cues, line.everyone)  # a wish is not an initiative
        # "X a reçu des appels de A et de B": each partner placed their own call
        each_placed = len(calls) > 1 and (initiator in line.partners or lemma(token) in cues.caller_nouns
                                          and lemma(event) in cues.receiving_verbs)
        # "des dirigeants, dont A et B, ont appelé X": each member placed their own call (first in its line-up)
        each_calling = line.apart and len(calls) > 1 and verb_lemma(token, cues) in cues.phone_verbs
        medium = medium_of(token, event, sent, elsewhere, people.quote_speaker, cues)
        for participants in calls:
            mention = Mention(
                sent=index, paragraph=paragraph, participants=participants, status=status,
                medium=medium, date=days.get(participants[-1], when) if participants else when,
                initiator=participants[-1] if each_placed else participants[0] if each_calling else initiator,
                mutual=sent.has_any(cues.mutual),
                duration=lengths.get(participants[-1], length) if participants else length,
                distinct=another or repeats > 1, strong=trigger.strong or line.named and len(participants) >= 2, evidence=evidence,
                earlier=told_as_earlier(event) or wished == "before" or not when and _before_its_anchor(token)
                or status == "denied" and _tried_before(event, cues),
                sought=wished is not None,
                refers=line.refers or bool(participants), certain=certain,
                demonstrative=any(c.norm_ in cues.demonstratives for c in children(token) if c.dep_ == "det"),
                told_of=_told_of(token, cues),
                aside=nested, asked=status == "unconfirmed" and sent.text.rstrip().endswith("?"),
                # 'X avait également parlé avec Y': 'également' adds an earlier call, not one of the day told
                same_day=not when and (sent.has_any(cues.same_day_times if told_as_earlier(event) else cues.same_day_phrases)
                                       or _next_to_a_call_told(sent, token, event, cues)), joins=joins,
                day_before=sent.before.isoformat() if not when and sent.before and sent.has_any(cues.same_day_times)
                and not (published.exact and sent.before >= published.exact) else None,  # a day past: not a plan's
                vague=not when and (any(d.vague for d in dates) or sent.has_any(cues.undated_phrases)
                                     or repeated_uncounted(token, event, cues)),
                pointed=_pointed(token, event, people, on, cues) if line.refers and not line.everyone else (), after=after,
                daytime=time_of_day(event),
                carried_out=status == "occurred" and not participants and (_carried_out(event if verbal(event) else token.head, cues)
                                                                            or not when and _the_call_went(token, cues)),
                confirmed=status == "occurred" and confirmed_by_a_side(event if verbal(event) else token.head, cues),
                firsthand=people.quote_speaker.get(token.idx) in participants and any(
                    s.norm_ in cues.first_person for s in subjects_of(event if verbal(event) else token.head)))
            found.extend(one_a_day(mention, repeats, [in_the_past(d, published) for d in sent.dates] if past else sent.dates))
            if repeats == 1:  # ('à deux reprises, lundi et mercredi': its days are those of its repeats)
                found.extend(replace(mention, date=day) for day in also)  # "le 12 et le 20 septembre": a call each day
            earlier = earlier_call(token, event, sent, published, cues)
            if earlier:
                found.append(Mention(
                    sent=index, paragraph=paragraph, participants=participants, status="occurred",
                    medium=mention.medium, date=earlier, initiator=None, mutual=False, duration=None,
                    distinct=False, strong=True, evidence=evidence, aside=True))
        return found


def _within_others(found: dict[tuple[frozenset[str], bool, str | None], Mention]) -> list[Mention]:
    """'X et Y ont appelé Z à négocier lors d'un entretien téléphonique', the call noun hung on
    'négocier' away from Z: the undated report of some of the people of another of the sentence's
    calls, of its kind, is that call."""
    kept = dict(found)
    for key in found:
        people, planned, day = key
        mention = kept[key]
        wider = next((k for k in kept if people < k[0] and k[1] == planned and day in {None, k[2]}
                      and kept[k].status == mention.status), None)
        if wider is not None:
            kept[wider] = _one_report(kept[wider], mention)
            del kept[key]
    return list(kept.values())


def _one_report(first: Mention, other: Mention) -> Mention:
    """Two words of one sentence reporting the same call ('ont échangé lors d'un appel vidéo'):
    the first, as strong, by the medium and with the initiator that either names."""
    medium = "video" if "video" in {first.medium, other.medium} else first.medium
    return replace(first, strong=first.strong or other.strong, medium=medium, initiator=first.initiator or other.initiator)


def _one_per_event(found: list[Trigger], cues: CallCues) -> list[Trigger]:
    """'un sommet en visioconférence', 'un entretien par vidéo', 's'est entretenu par téléphone':
    a call word that only says how another one of its clause took place is part of it, not a
    call of its own (wherever the parser hung it); so is the phone picked up to make it."""
    tokens = {t.token.i for t in found}

    def clause(t: Token) -> Token | None:
        """The verb of the word's clause, a verb's governing verb for its infinitive: 'doivent se
        parler par visioconférence' with 'par visioconférence' hung on 'doivent'."""
        verb = clause_verb(t)
        while verb is not None and verb.dep_ == "xcomp" and verb.head.pos_ in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        return verb

    def how(t: Token) -> bool:
        if not case_words(t) & (cues.medium_adjunct_markers | {"a"}):
            return False
        return t.head.i in tokens and t.head.i != t.i or lemma(t) in cues.self_marked_nouns and sum(
            clause(o.token) == clause(t) and (o.token is t or _told_by_the_clause(o.token)) for o in found) > 1

    def picked_up(t: Token) -> bool:  # "a décroché son téléphone pour appeler Y": the phone the call was made on
        return t.dep_ == "obj" and lemma(t) in cues.self_marked_nouns and any(
            o.token.head.i == t.head.i and o.token.dep_.startswith("advcl") for o in found)

    return [t for t in found if not how(t.token) and not picked_up(t.token)]


def _told_by_the_clause(word: Token) -> bool:
    """A call word that is its clause's verb or hangs on it ('s'est entretenu par téléphone', 'a eu
    un entretien par téléphone'): what a medium of the clause may describe; not a word deeper in
    a phrase ('a informé par téléphone X de la teneur de l'échange': the medium is the informing's)."""
    return word.pos_ in {"VERB", "AUX"} or word.head.pos_ in {"VERB", "AUX"} or word.head.i == word.i


def _day_before_or_after(noun: Token, anchor: list[DateMention]) -> list[DateMention]:
    """'X a appelé Y mercredi, au lendemain de son appel avec Z': the call with Z was the day
    before Wednesday ('la veille de' the day after), when the clause's date is a day; on the day
    itself ('au terme de'), a month the clause gives is the call's too."""
    relative = next((RELATIVE_DAYS[lemma(a)] for a in noun.ancestors
                     if lemma(a) in EVENT_RELATIVE_DAYS and lemma(a) in RELATIVE_DAYS and a.i < noun.i),
                    0 if at_its_end(noun) or just_after(noun) else offset_days(noun))
    day = next((_day(d.value) for d in anchor if _day(d.value)), None)
    if relative == 0 and day is None:  # 'a écrit jeudi ..., au terme d'un échange', a weekday in an issue dated by its month
        return [d for d in anchor if len(d.value) == 7][:1]
    if relative is None or day is None:
        return []
    return [DateMention((day - timedelta(days=relative)).isoformat(), anchor[0].tokens)]


def _next_to_a_call_told(sent: Sentence, trigger: Token, event: Token, cues: CallCues) -> bool:
    """'Avant cet appel, X avait parlé avec Y', 'Après l'échange, il a appelé Y', 'Juste avant, il
    avait parlé avec Y' (the bare adverb: before what was just told), 'Avant de décrocher, il avait
    parlé avec Y' (lifting or hanging up the handset: the call told): a call placed just before or
    after one already told is on that call's day, not the publication's, in any tense."""
    if any(c.norm_ in cues.call_sequence_prepositions and c.dep_ in {"mark", "advmod"} and all(k.dep_ == "advmod" for k in children(c))
           or c.dep_ == "advcl" and lemma(c) in cues.handset_verbs and case_words(c) & cues.call_sequence_prepositions
           for c in children(event)):
        return True
    return any(t.i != trigger.i and lemma(t) in cues.nouns and case_words(t) & cues.call_sequence_prepositions
               and any(c.dep_ == "det" and (c.norm_ in cues.demonstratives or c.norm_ in cues.definite_determiners)
                       for c in children(t)) for t in sent.tokens)


def _tried_before(event: Token, cues: CallCues) -> bool:
    """'X avait cherché à joindre Y, mais Moscou n'avait pas donné suite': the plus-que-parfait is
    the attempt's ('avait cherché'), not the infinitive's: a failed try before the news."""
    return event.dep_ == "xcomp" and lemma(event.head) in cues.attempt_verbs and told_as_earlier(event.head)


def _before_its_anchor(noun: Token) -> bool:
    """'au lendemain d'un entretien': the call took place before the event it dates, not on the
    day the article tells of."""
    return time_anchor(noun) and (RELATIVE_DAYS.get(lemma(noun.head), 0) > 0 or (offset_days(noun) or 0) > 0)




def leaders_named_before(noun: Token, cues: CallCues) -> bool:
    """'les dirigeants ouest-africains', 'ces deux présidents': a leaders' noun in the plural under
    a definite or demonstrative article, people the article named before."""
    return noun.pos_ == "NOUN" and folded_lemma(noun) in cues.pair_nouns and "Plur" in feature(noun, "Number") and any(
        c.dep_ == "det" and ("Def" in feature(c, "Definite") or "Dem" in feature(c, "PronType")) for c in children(noun))


def _pointed(token: Token, event: Token, people: People, on: date | None, cues: CallCues) -> tuple[str, ...]:
    """Whom a call that names nobody points back to: the pair named before (`People.pair_before`);
    when the call's own sides are 'les deux présidents' ('un entretien entre les deux présidents',
    'les deux présidents se sont parlé'), two people that role fits (`People.fitting_the_role`)."""
    pair = people.pair_before(token, on)
    noun = next((c for c in (*children(token), *children(event)) if c.pos_ == "NOUN" and means_a_pair(c, cues)), None)
    return people.fitting_the_role(pair, noun, on) if noun is not None and pair else pair


def means_a_pair(noun: Token, cues: CallCues) -> bool:
    """'les deux chefs d'État', 'ces trois dirigeants', 'les présidents': leaders named before
    (`leaders_named_before`) with 'deux' or 'trois' for their number, or with no word of their own
    but a bare noun completing the leaders' one ('d'État'): the few the article named together; not
    'les dirigeants ouest-africains', nor 'les dirigeants du G20' (a group)."""
    own = children(noun)
    return leaders_named_before(noun, cues) and (any(c.dep_ == "nummod" and cues.number_words.get(c.norm_) in {2, 3} for c in own) or all(
        c.dep_ in {"det", "case", "punct"} or c.dep_ == "nmod" and c.pos_ == "NOUN" and all(g.dep_ == "case" for g in children(c))
        for c in own))


def _predicate(noun: Token, cues: CallCues) -> bool:
    """'Il s'agissait de leur deuxième conversation', 'c'était leur troisième entretien', '...,
    leur nouvel échange depuis mars' (set beside the call noun by a comma): the ordinal counts the
    call just told, it names no other one."""
    if noun.dep_ in {"appos", "conj"} and lemma(noun.head) in cues.nouns and not any(c.dep_ == "cc" for c in children(noun)):
        return True
    start = noun.left_edge.i
    comma = start > 0 and tokens_of(noun.doc)[start - 1].text == "," or tokens_of(noun.doc)[start].text == ","
    if comma and any(c.dep_ == "det" and c.norm_ in cues.plural_possessives for c in children(noun)):
        return True  # the parser may hang it on the verb
    return any(c.dep_ == "cop" for c in children(noun)) or lemma(noun.head) == "agir" and noun.dep_.startswith("obl")


def _reached_by_the_press(trigger: Token, event: Token, people: People, cues: CallCues) -> bool:
    """A call word whose agent ('par X') names no one who can be on a call: an outlet or a
    journalist reaching someone ('joint par téléphone par l'AFP', 'contacté par Reuters')."""
    media = cues.media
    for holder in {trigger, event, trigger.head}:
        if lemma(holder) in cues.initiated_verbs:
            continue  # "l'appel a été initié par Moscou": who asked for the call, not who reached someone
        for agent in children(holder):
            if agent.i == trigger.i or \
                    not (agent.dep_ == "obl:agent" or agent.dep_.startswith(("nmod", "obl")) and "par" in case_words(agent)) or \
                    near_words([], list(agent.subtree)) & media:  # the words of its phrase last: they cost the most
                continue  # "par téléphone" is the medium, whatever the parser calls it
            named = {people.at[t.i].actor for t in agent.subtree if t.i in people.at}
            actors = people.gazetteer.actors
            if agent.dep_ == "obl:agent" and not named & people.people or \
                    named and all(key in actors and actors[key].type == "Media" for key in named):
                return True
    return False


def _reached_through_someone(verb: Token, people: People) -> bool:
    """A side of 'contacter' (its subject or its agent 'par ...') that only names a leader below
    another noun: 'un émissaire de Y', 'les conseillers de Y' made the contact, which is no call
    between leaders; the named person ('Y', 'le président Y') heads a side of a call."""
    return any(side.dep_.startswith(("nsubj", "obl:agent")) and side.i not in people.at and
               any(t.i in people.at and t.dep_.startswith("nmod") and case_words(t) for t in side.subtree)
               for side in children(verb))


def _told_in_the_past(verb: Token) -> bool:
    """Passé composé, plus-que-parfait or passé simple: 'se sont parlé', 's'étaient parlé', 'parla'."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    if "Part" in feature(verb, "VerbForm"):
        return any(c.dep_ in {"aux:tense", "aux:pass"} and "Fin" in feature(c, "VerbForm") and
                   feature(c, "Tense") in (("Pres",), ("Imp",), ("Past",)) and feature(c, "Mood") != ("Cnd",)
                   for c in children(verb))  # 's'est entretenu' has 'être' read as passive as often as not
    return "Past" in feature(verb, "Tense") and "Fin" in feature(verb, "VerbForm")


def _days_of_a_plan(trigger: Token, dates: list[DateMention]) -> list[DateMention]:
    """'X et Y se sont parlé mardi et se reparleront la semaine prochaine', 'ont convenu lundi de
    se rappeler', 'ont parlé lundi et se rappelleront dans les prochains jours': a plan told as a
    clause of its own, coordinated with (or hung on) a verb told in the past, takes only the
    dates of that clause; the past verb's day is the call that took place (read ahead, it would
    become the next such weekday); a day after the plan's clause is its own, wherever it hangs ('a
    décidé de téléphoner à Y jeudi'). A span of days ('la semaine prochaine') sets no day yet."""
    verb = clause_verb(trigger)
    start = verb.left_edge.i if verb is not None and verb.dep_ in {"conj", "xcomp"} and _told_in_the_past(verb.head) else 0
    return [d for d in dates if not d.vague and d.tokens[0] >= start]


def _carried_out(verb: Token, cues: CallCues) -> bool:
    """'L'entretien a bien eu lieu', 'a finalement eu lieu': a verb of happening that says the
    call planned before did take place."""
    return lemma(verb) in cues.happening_verbs and any(c.norm_ in cues.fulfilment_adverbs for c in children(verb))


def _the_call_went(noun: Token, cues: CallCues) -> bool:
    """'X devait appeler Y lundi. L'appel a duré une heure': the call just named ('l'appel', 'cet
    entretien'; not 'leur dernier appel', another), the subject of a verb of happening in the passé
    composé, took place ('l'appel a été programmé', 'a été prévu' only set it)."""
    verb = noun.head
    if not noun.dep_.startswith("nsubj") or lemma(verb) not in cues.happening_verbs or lemma(verb) in cues.planned \
            or "Part" not in feature(verb, "VerbForm") or any(c.dep_ == "aux:pass" for c in children(verb)):
        return False
    if not any(c.dep_ == "aux:tense" and "Pres" in feature(c, "Tense") and "Ind" in feature(c, "Mood") for c in children(verb)):
        return False
    words = {c.norm_ for c in children(noun) if c.dep_ in {"det", "amod"}}
    return bool(words & cues.definite_determiners) and not words & (cues.last_adjectives | cues.previous_adjectives | cues.earlier_ordinals)


def _planned_in_the_past(trigger: Token, event: Token, cues: CallCues) -> bool:
    """'X devait s'entretenir lundi avec Y', 'X avait prévu de l'appeler lundi': a plan told in the
    imperfect or the plus-que-parfait was for a day already come, the Monday before the article
    and not the one after."""
    return any(lemma(g) in cues.planned and any("Imp" in feature(t, "Tense") for t in [g, *children(g)]
                                                if t.i == g.i or t.dep_ == "aux:tense") and not still_ahead_when_told(g, cues)
               for g in governors(trigger, event))  # not "a précisé qu'il comptait l'appeler vendredi": still to come


def _named_in(sent: Sentence, people: People) -> set[str]:
    """The actors the sentence names itself."""
    return {people.at[t].actor for t in people.named_within(sent.span.start, sent.span.end)}


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value and len(value) == 10 else None


def _held_by(meeting: Token, medium: Token, cues: CallCues) -> bool:
    """'X a présidé par visioconférence le sommet, auquel Y a pris part': the meeting is the object
    of the verb the call word is the medium of; it is that call, and who joined it is on it. Not
    when the verb has a partner of its own ('a préparé par téléphone avec Y la réunion ...')."""
    verb = meeting.head
    return meeting.dep_ == "obj" and medium.head.i == verb.i and medium.dep_.startswith("obl") \
        and bool(case_words(medium) & cues.medium_adjunct_markers) \
        and not any(case_words(c) & cues.partner_prepositions for c in children(verb))


def _summit_held_by_video(sent: Sentence) -> set[int]:
    """'Ils s'entretiendront par visioconférence pour un sommet extraordinaire': the summit hung on
    the words of a video call is that call, not something they talk about."""
    return {t.i for t in sent.meetings if t.head.i in sent.call_words and t.dep_.startswith(("obl", "obj"))}


def _told_of(noun: Token, cues: CallCues) -> bool:
    """'L'Élysée a confirmé mardi cet entretien', 'X avait demandé cet échange': a call noun with a
    demonstrative, the object of a verb that neither holds nor places a call (not 'ont eu cet
    entretien'), is the call just told, which that verb confirms, announces or asked for."""
    return noun.pos_ == "NOUN" and noun.dep_ == "obj" and noun.head.pos_ == "VERB" \
        and any(c.dep_ == "det" and c.norm_ in cues.demonstratives for c in children(noun)) \
        and lemma(noun.head) not in cues.light_verbs | cues.happening_verbs | cues.call_verbs
