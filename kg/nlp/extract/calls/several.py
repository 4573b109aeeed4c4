"""Several calls told by one sentence: one a partner ('lundi avec A, puis mardi avec B', 'pendant
une heure avec A, puis vingt minutes avec B'), a second call after the first ('avec A, puis, lors
d'un appel commun, avec B et C'), one a day ('le 12 et le 20 septembre'), one a
repeat ('à deux reprises, lundi et mercredi'). Pure functions of the sentence already read."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from kg.nlp.extract.calls.attributes import duration_in
from kg.nlp.extract.calls.clause import Sentence, event_of, lemma
from kg.nlp.extract.calls.lexicon import CallCues
from kg.nlp.extract.calls.merge import Mention
from kg.nlp.extract.calls.people import People
from kg.nlp.extract.dates import DateMention
from kg.nlp.extract.words import children

_MAX_REPEATS = 5  # the most calls 'à N reprises' is read as


def second_call_at(sentence: Sentence, cues: CallCues) -> int | None:
    """'X s'entretient avec A, puis, lors d'un appel commun, avec B, C et D': a word of sequence
    between a call word and a call noun after it opens a second call of the sentence, with the
    people named after it; the first call's are named before it. The index of that word, if any
    (the words first: most sentences have none)."""
    if not any(word in sentence.norms for word in cues.in_sequence):
        return None
    doc = sentence.span.doc
    for token, norm in zip(sentence.tokens, sentence.norms, strict=True):
        if norm in cues.in_sequence and any(i < token.i for i in sentence.call_words) \
                and any(i > token.i and doc[i].pos_ == "NOUN" for i in sentence.call_words):
            return token.i
    return None


def held_as_a_conference(trigger: Token, event: Token, sentence: Sentence, cues: CallCues) -> bool:
    """'X s'est entretenu avec A et B, lors d'une conférence téléphonique': a conference noun of
    the sentence's calls as the occasion of the clause the call verb tells makes it one call of all
    its people, not one call per partner (the noun itself, left undated, would be lost beside them)."""
    doc = sentence.span.doc
    return trigger.i == event.i and any(
        i != trigger.i and lemma(doc[i]) in cues.conference_nouns and event_of(doc[i], cues).i == event.i
        for i in sentence.call_words)


def days_by_partner(partners: tuple[str, ...], dates: Sequence[DateMention], sent: Sentence, people: People) -> dict[str, str]:
    """'X s'est entretenu lundi avec A, puis mardi avec B': the day written before each partner
    (after the partner before), when the sentence gives several days to several partners; 'avec A
    le 18, puis avec B le lendemain': the day written after each, when the first day follows A."""
    days = [d for d in dates if len(d.value) == 10]
    if len(partners) < 2 or len({d.value for d in days}) < 2:
        return {}
    at = _partner_positions(partners, sent, people)
    if len(at) != len(partners):
        return {}
    order = sorted(partners, key=lambda p: at[p])
    found = {}
    if days[0].tokens[0] > at[order[0]]:  # "avec A le 18 janvier, puis avec B le lendemain": the day after each
        used = -1  # or, for the last, the day before it after the one taken ("avec A samedi, puis dimanche avec B")
        for partner, following in zip(order, [*order[1:], None], strict=True):
            after = [d for d in days if at[partner] < d.tokens[0] and (following is None or d.tokens[0] < at[following])]
            before = [d for d in days if used < d.tokens[0] < at[partner]] if following is None else []
            if after or before:
                day = after[0] if after else before[-1]
                found[partner], used = day.value, day.tokens[0]
        return found
    previous = -1
    for partner in order:
        before = [d for d in days if previous < d.tokens[0] < at[partner]]
        if before:
            found[partner] = before[-1].value
        previous = at[partner]
    return found


def lengths_by_partner(partners: tuple[str, ...], sent: Sentence, people: People, cues: CallCues
                        ) -> dict[str, float | None]:
    """'X a parlé pendant 1h45 avec A, puis pendant 40 minutes avec B': the length written before
    each partner (after the partner before; none if none is written there: 'pendant une heure avec
    A, puis avec B' says nothing of B's call), when a length comes before the first partner;
    otherwise the one after each ('avec A pendant une heure, puis avec B pendant vingt minutes'),
    none for a partner with none after it ('à A, pendant une heure, puis à B'). The sentence gave
    a call its length: each of its lengths is then a call's, wherever the parser hung it ('puis
    pendant 40 minutes avec B' read as a conjunct of A)."""
    at = _partner_positions(partners, sent, people)
    if len(partners) < 2 or len(at) != len(partners):
        return {}
    doc = sent.span.doc
    order = sorted(partners, key=lambda p: at[p])
    ends = [at[p] for p in order]
    before = [duration_in(doc[start:end], cues) for start, end in zip([sent.span.start, *(e + 1 for e in ends[:-1])], ends,
                                                                      strict=True)]
    if before[0] is not None:
        return dict(zip(order, before, strict=True))
    after = [duration_in(doc[start:end], cues) for start, end in zip(ends, [*ends[1:], sent.span.end], strict=True)]
    # "avec A samedi, puis avec B, pendant 1 h 45": B's call; "à A, pendant une heure, puis à B": A's
    return dict(zip(order, after, strict=True)) if any(length is not None for length in after) else {}


def length_of_a_plan(event: Token, sent: Sentence, cues: CallCues) -> float | None:
    """The length the sentence gives the planned call of `event`: 'X et Y se sont parlé pendant
    une heure et sont convenus de se reparler vendredi' gives it to the call that took place, in
    the clause of its own that 'et' joins to the plan's; the next call has no length yet. A length
    in the plan's own clause ('doivent se parler pendant une heure') is the plan's."""
    if sent.duration is None:
        return None
    own = _conjunct(event)
    for token, norm in zip(sent.tokens, sent.norms, strict=True):
        if norm in cues.duration_units or norm in cues.half_hour_nouns:
            other = _conjunct(token)
            if own.dep_ == "conj" and not own.left_edge.i <= token.i <= own.right_edge.i or \
                    other.dep_ == "conj" and other.i != own.i and other.head.i == own.i:
                return None  # ('et se reparleront jeudi' may be hung on the length itself: a clause of its own still)
    return sent.duration


def _conjunct(token: Token) -> Token:
    """The verb heading the clause of the word among the clauses 'et' joins: the nearest verb
    above it read as a conjunct, else the root."""
    for holder in [token, *token.ancestors]:
        if holder.dep_ == "conj" and holder.pos_ in {"VERB", "AUX"}:
            return holder
    return token.sent.root


def _partner_positions(partners: tuple[str, ...], sent: Sentence, people: People) -> dict[str, int]:
    """Where each partner is first named in the sentence."""
    at: dict[str, int] = {}
    for t in people.named_within(sent.span.start, sent.span.end):
        mention = people.at[t]
        if mention.actor in partners:
            at.setdefault(mention.actor, t)
    return at


def coordinated_days(dates: Sequence[DateMention], when: str | None, tokens: tuple[Token, ...], cues: CallCues) -> list[str]:
    """The other days joined by 'et' to the day the call was dated by ('s'étaient entretenus le 12
    septembre et le 20 septembre'), or months to its month ('en février et en septembre'): each is
    a call of its own. Only dates as precise as the call's, one word of joining apart ('et', 'puis',
    'ainsi que', a comma, the article, 'en'), so that a date of another clause is not one; a list
    joined by commas ('le 3, le 9 et le 21 mars') is one when it ends with 'et' or 'puis'."""
    if when is None or len(when) not in {7, 10}:
        return []
    days = sorted((d for d in dates if len(d.value) == len(when)), key=lambda d: d.tokens[0])
    if len(days) < 2:
        return []
    offset = tokens[0].i
    chain, others, joined = [days[0]], [], False
    for day in days[1:]:
        between = {t.norm_ for t in tokens[chain[-1].tokens[1] - offset:day.tokens[0] - offset]}
        if between and between <= cues.day_joiners:
            chain.append(day)
            joined = bool(between & {"et", "puis"})  # the list's last link
        else:
            if any(d.value == when for d in chain) and joined:
                others = chain
            chain, joined = [day], False
    if any(d.value == when for d in chain) and joined:
        others = chain
    return list(dict.fromkeys(d.value for d in others if d.value != when))


def one_a_day(mention: Mention, repeats: int, dates: Sequence[DateMention]) -> list[Mention]:
    """The calls a mention tells, `repeats` of them; 'à deux reprises, lundi et mercredi', 'en
    février et en septembre': one on each day (else month) of its sentence's `dates`, when it gives
    as many as calls; 'en février puis le 10 septembre', 'en mars, en mai et le 2 juin': one on each
    date of either, each as precise as told (a month one of its days falls in names no call of its
    own: 'en septembre, le 10')."""
    if repeats > 1:
        told = {d.value for d in dates if len(d.value) in {7, 10}}
        mixed = sorted(v for v in told if not any(other != v and other.startswith(v) for other in told))
        for days in (sorted(v for v in told if len(v) == 10), sorted(v for v in told if len(v) == 7), mixed):
            if len(days) == repeats:
                return [replace(mention, date=day) for day in days]
    return [mention] * max(1, repeats)


def repeats_of(event: Token, cues: CallCues) -> int:
    """'se sont téléphoné à deux reprises', 'trois fois': so many calls."""
    for child in children(event):
        if lemma(child) in cues.repeat_nouns:
            number = next((c for c in children(child) if c.dep_ == "nummod"), None)
            if number is not None:
                count = cues.number_words.get(number.norm_) or (int(number.text) if number.text.isascii() and number.text.isdigit() else 0)
                return int(min(count, _MAX_REPEATS)) if count >= 2 else 1
    return 1


def repeated_uncounted(trigger: Token, event: Token, cues: CallCues) -> bool:
    """'X a eu Y au téléphone à plusieurs reprises', 'à de nombreuses reprises': calls repeated
    on days the text does not tell, none of them the news of the day the article appeared (the
    repeat hung on the verb, or on the call word: 'au téléphone à maintes reprises')."""
    return any(lemma(child) in cues.repeat_nouns and not any(c.dep_ == "nummod" for c in children(child))
               and any(lemma(c) in cues.many_words and c.dep_ in {"det", "amod"} for c in children(child))
               for word in {trigger, event} for child in children(word))
