"""A call's attributes as one sentence gives them: its date, medium, duration and initiator."""
from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from spacy.tokens import Span, Token

from kg.nlp.extract.calls.clause import (
    Sentence,
    case_words,
    governors,
    hung_on_its_participle,
    lemma,
    near_forms,
    near_words,
    negated,
    none_since,
    phrases,
    points_back,
    subjects_of,
    time_word,
    verb_lemma,
)
from kg.nlp.extract.calls.lexicon import CallCues
from kg.nlp.extract.calls.people import People, people_of
from kg.nlp.extract.date_clauses import SAYING, WHEN_MARKS, dates_the_clause, hung_on_its_subject
from kg.nlp.extract.dates import THIS, TIMES_OF_DAY, WEEKDAYS, DateMention, Publication, in_the_past
from kg.nlp.extract.records import Medium
from kg.nlp.extract.words import blank_in_a_line, children, feature, reflexive, tokens_of
from kg.nlp.gazetteer import Gazetteer, Period
from kg.text import fold

_NUMBER = re.compile(r"[0-9]+[.,]?[0-9]*|[.,][0-9]+")  # ASCII digits, one decimal mark at most


def dates_of(trigger: Token, sent: Sentence, future: bool, elsewhere: set[int]) -> list[DateMention]:
    """The dates of the sentence that say when this call took place, not another event's."""
    found = sent.future_dates if future else sent.dates
    return [d for d in found if d.tokens[0] not in elsewhere and dates_the_clause(d, sent.span, trigger)]


def dates_of_the_step_before(verb: Token, sent: Sentence, elsewhere: set[int], cues: CallCues) -> list[DateMention]:
    """'X a eu mercredi un appel avec A, avant de s'entretenir avec B', 'Après avoir parlé avec
    A, X a appelé B mercredi', 'a interrompu lundi la réunion pour appeler Y' (a call that took
    place): an infinitive clause told as the step after (or before) the clause it hangs on, or as
    its purpose, happened on that clause's day, when it gives none of its own."""
    if verb.pos_ not in {"VERB", "AUX"} or not any(c.dep_ == "mark" and (c.norm_ in cues.next_step_marks or c.norm_ in cues.purpose_marks)
                                                    for c in children(verb)):
        return []
    if "Inf" not in feature(verb, "VerbForm") and not any(c.dep_.startswith("aux") and "Inf" in feature(c, "VerbForm")
                                                           for c in children(verb)):
        return []
    main = next((a for a in verb.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if main is None or lemma(main) in SAYING:
        return []  # "X a annoncé mercredi avoir parlé avec A, avant de ...": the day it was told
    return dates_of(main, sent, False, elsewhere)


def day_the_clause_recalls(verb: Token, sent: Sentence) -> list[DateMention]:
    """'le premier échange depuis le 6 mai, lorsque X avait appelé Y': a 'lorsque' (or 'quand')
    clause set off by a comma right after a date tells what happened that day; the parser hangs
    the clause on the main verb, away from the date, which is still the call's (even when the
    date also starts the stretch of another call word, 'depuis' it)."""
    if verb.pos_ not in {"VERB", "AUX"} or not any(c.dep_ == "mark" and c.norm_ in WHEN_MARKS for c in children(verb)):
        return []
    comma = verb.left_edge.i - 1
    if comma <= sent.span.start or sent.span.doc[comma].norm_ != ",":
        return []
    return [d for d in sent.dates if d.tokens[1] == comma][:1]


def day_of_the_call_it_was_during(verb: Token, sent: Sentence, elsewhere: set[int], cues: CallCues) -> list[DateMention]:
    """'X et Y se sont parlé une seule fois depuis l'élection, lors d'un appel de félicitations le
    10 novembre': a call verb whose occasion is a call noun ('lors d'un appel', 'au cours d'un
    entretien') tells one call twice; the day the noun's phrase gives is the verb's too."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return []
    markers = [c for c in children(verb) if c.norm_ in cues.event_adjunct_markers]  # 'lors' read as the noun's head
    nouns = [n for n in [*children(verb), *(g for m in markers for g in children(m))] if lemma(n) in cues.nouns
             and n.dep_.startswith(("obl", "nmod")) and (case_words(n) & cues.event_adjunct_markers or n.head in markers)]
    return next((found for noun in nouns  # (the noun's phrase is no other event's here)
                 if (found := dates_of(noun, sent, False, elsewhere - {t.i for t in noun.subtree}))), [])


def day_it_was_told(trigger: Token, sent: Sentence, elsewhere: set[int], cues: CallCues) -> list[DateMention]:
    """'X a annoncé mercredi avoir eu un appel avec Y', 'X et Y se sont parlé, a fait savoir jeudi
    la présidence': a call that gives no day of its own took place by the day it was told, most
    often that day (not the publication's, which may come after). The day must hang on the verb
    of saying, the nearest above the call ('a annoncé vendredi Z, qui assure que les deux ont
    parlé de W': 'assure' tells it, undated) or set beside its clause as an incise; none when the
    sentence says the day is not known ('..., sans préciser quand'). A vague time of the saying
    ('X avait annoncé plus tôt dans la semaine avoir eu un entretien avec Y', 'la semaine dernière')
    dates the call as vaguely, the week's month, never the publication day; the week may complete
    an adverb hung on the saying ('plus tôt dans la semaine')."""
    if sent.has_any(cues.undated_phrases):
        return []
    clause = next((a for a in [trigger, *trigger.ancestors] if a.pos_ in {"VERB", "AUX"}), None)
    saying = [a for a in trigger.ancestors if a.pos_ in {"VERB", "AUX"} and lemma(a) in SAYING][:1]
    if clause is not None:
        saying += [c for c in children(clause) if c.dep_ in {"parataxis", "conj"} and c.i > trigger.i and lemma(c) in SAYING]
    doc = tokens_of(sent.span.doc)
    days = [d for d in sent.dates if d.tokens[0] not in elsewhere and (len(d.value) == 10 and doc[d.tokens[0]].head in saying
                                                                       or d.vague and bool(d.value) and _said_in(d, doc) in saying)]
    return days[:1] if len(days) == 1 else []


def _said_in(mention: DateMention, doc: list[Token]) -> Token:
    """The word a time phrase hangs on, past the adverb it completes ('plus tôt dans la semaine')."""
    inside = range(*mention.tokens)
    head = next((doc[i].head for i in inside if doc[i].head.i not in inside), doc[mention.tokens[0]].head)
    while head.pos_ == "ADV" and head.head.i != head.i:
        head = head.head
    return head


def set_for(mention: DateMention, sent: Sentence, cues: CallCues) -> bool:
    """'pour jeudi', 'pour le 12 mars', 'pour la semaine prochaine': a day the call is set for,
    after its preposition (and an article), whatever tense tells the setting."""
    at = mention.tokens[0] - sent.span.start
    words = sent.norms[max(0, at - 2):at]
    if words[-1:] and words[-1] in cues.definite_determiners:
        words = words[:-1]
    return bool(words) and words[-1] in cues.scheduling_prepositions


def sets_a_day(sent: Sentence, cues: CallCues) -> bool:
    """Has the sentence a word that sets a day ('pour')? `set_for` holds of none of its dates without one."""
    return any(word in cues.scheduling_prepositions for word in sent.norms)


def last_time(trigger: Token, event: Token, sent: Sentence, published: Publication) -> str | None:
    """The date of the last call, when the text says there was none since then ('ne se sont plus
    parlé depuis juin 2022'; 'depuis septembre' is the last September, not the next)."""
    verb = trigger.head if _bare_participle(trigger.head) or event.pos_ not in {"VERB", "AUX"} else event
    if not none_since(verb):
        return None
    return _date_after_since(sent, published)


def denied_since(trigger: Token, sent: Sentence, published: Publication) -> str | None:
    """'Il n'y a eu aucun échange entre X et Y depuis octobre': the day the denied stretch starts
    (wherever the parser hung 'depuis'), the day of no call."""
    return _date_after_since(sent, published, after=trigger.i)


def earlier_call(trigger: Token, event: Token, sent: Sentence, published: Publication, cues: CallCues) -> str | None:
    """'leur premier entretien depuis le 15 février': there was a call that day; 'le deuxième
    appel entre eux, après celui du 26 janvier', 'a eu un entretien avec X, après celui du 3
    mars': and one on the day the pronoun's phrase names (the pronoun of the call noun's gender,
    hung on the noun or on the verb that has it). 'se sont parlé mardi, leur premier échange
    depuis celui du 4 mars': a call noun hung on the call verb is the call's noun too."""
    nouns = _call_nouns(trigger, event, cues)
    within = another_calls_phrase(trigger, event, sent, cues)
    if within:
        return next((d.value for d in sent.dates if d.value and d.tokens[0] in within), None)
    first = {"premier", "premiere", "1er", "1re"}
    if not any(c.norm_ in first for noun in nouns for c in children(noun) if c.dep_ in {"amod", "nummod"}) and (
            first.isdisjoint(sent.norms)  # the words first: most sentences have no 'premier'
            or not any(t.norm_ in first and t.i > trigger.i and t.i + 1 < sent.span.end and t.nbor().norm_ == "depuis" for t in sent.tokens)):
        return None  # 'leur premier entretien depuis ...', 'l'entretien, le premier depuis ...' (wherever it hangs)
    return _date_after_since(sent, published, after=trigger.i)


def _call_nouns(trigger: Token, event: Token, cues: CallCues) -> list[Token]:
    """The call's nouns: the trigger, or the call nouns its verb has ('a eu un entretien')."""
    hung = [] if trigger.pos_ == "NOUN" else [c for c in children(event) if c.pos_ == "NOUN" and lemma(c) in cues.nouns]
    return [trigger, *hung]


def another_calls_phrase(trigger: Token, event: Token, sent: Sentence, cues: CallCues) -> set[int]:
    """'un entretien plus long que celui du 20 février', 'après celui du 3 mars': the words of the
    demonstrative that stands for the call noun (of its gender, hung on the noun or on the verb
    that has it, or `_standing_for` it): they tell another call, whose day is not this one's."""
    nouns = _call_nouns(trigger, event, cues)
    same = [c for noun in nouns for c in [*children(noun), *(children(event) if event is not noun else [])]
            if c.norm_ in cues.same_kind_pronouns and "Dem" in feature(c, "PronType")
            and feature(c, "Gender") == feature(noun, "Gender")] or _standing_for(trigger, sent, cues)
    return {t.i for t in same[0].subtree} if same else set()


def _standing_for(trigger: Token, sent: Sentence, cues: CallCues) -> list[Token]:
    """'L'appel de lundi a duré deux heures, plus long que celui de février', 'un entretien avec
    X, le deuxième en une semaine après celui du 20 juin': a demonstrative after the call noun,
    wherever the parser hung it (on a comparative, an ordinal, 'il s'agissait'), stands for that
    noun when the noun is the nearest one before it of its gender and number ('lundi', 'semaine',
    'heures', names and a day's words are passed over: 'le sommet, comme celui de 2019' is the
    summit's)."""
    if trigger.pos_ != "NOUN" or not sent.dates or cues.same_kind_pronouns.isdisjoint(sent.norms):
        return []  # (the words first: most sentences have no 'celui' nor 'celle')
    kind = (feature(trigger, "Gender"), feature(trigger, "Number"))
    dated = {i for d in sent.dates for i in range(d.tokens[0], d.tokens[1])}
    for token in sent.tokens:
        if token.i <= trigger.i or token.norm_ not in cues.same_kind_pronouns or "Dem" not in feature(token, "PronType") \
                or (feature(token, "Gender"), feature(token, "Number")) != kind:
            continue
        nearest = next((t for t in reversed(sent.tokens[:token.i - sent.span.start]) if t.pos_ == "NOUN" and t.i not in dated
                        and not time_word(t) and not _heads_a_name(t) and (feature(t, "Gender"), feature(t, "Number")) == kind), None)
        if nearest is not None and nearest.i == trigger.i:
            return [token]
    return []


def _heads_a_name(noun: Token) -> bool:
    """'le président ukrainien X': a title heading a person's name, who the pronoun is not ('un
    entretien avec le président X, le deuxième après celui du 26 février' stands for the call)."""
    return any(c.pos_ == "PROPN" and c.i > noun.i and c.dep_ in {"appos", "flat", "flat:name"} for c in children(noun))


def _date_after_since(sent: Sentence, published: Publication, after: int = -1) -> str | None:
    """The date after 'depuis': a day or month before the article, the year it needs for that."""
    doc = sent.span.doc
    for mention in sent.dates:
        if mention.value and mention.tokens[0] > after and any(
                t.norm_ == "depuis" for t in doc[max(sent.span.start, mention.tokens[0] - 2):mention.tokens[0]]):
            return in_the_past(mention, published).value
    return None


def time_of_day(event: Token) -> str | None:
    """'se sont entretenus ce matin', 'se sont de nouveau parlé en fin d'après-midi': the part of
    the day hung on the call's verb (or on the 'fin', 'début' of it), which tells two calls of one
    pair on one day apart."""
    for child in children(event):
        if child.dep_.startswith("obl"):
            for word in (child, *(c for c in children(child) if c.dep_ == "nmod")):
                if lemma(word) in TIMES_OF_DAY:
                    return lemma(word)
    return None


def medium_of(trigger: Token, event: Token, sent: Sentence, elsewhere: set[int], quoted: dict[int, str],
              cues: CallCues) -> Medium:
    """Video when the call's own words say so ('par visioconférence', 'sommet virtuel'); phone
    when they name a phone or nothing, unless only a video link is named in the sentence: in the
    quote, for a call told in one (`quoted`: the characters inside the article's attributed
    quotes; '« J'ai parlé cette nuit avec X », a déclaré Y dans une vidéo' is no video call)."""
    own = {trigger.norm_, lemma(trigger)}
    if own & cues.line_nouns:
        return "phone"  # "X a eu Y en ligne": on the phone line (a trigger only so, `triggers`), whatever 'en ligne' says elsewhere
    words = own | near_words([*children(trigger), *children(event)], tokens_of(trigger.doc)[trigger.i + 1:min(sent.span.end, trigger.i + 4)])
    if words & cues.video:
        return "video"
    if words & cues.phone:
        return "phone"
    in_quote = trigger.idx in quoted
    kept = [k for k, token in enumerate(sent.tokens) if token.i not in elsewhere and (not in_quote or token.idx in quoted)]
    norms = [sent.norms[k] for k in kept]
    rest = near_forms(norms, [sent.lemmas[k] for k in kept], norms)
    return "video" if rest & cues.video and not rest & cues.phone else "phone"


def duration_in(sent: Span, cues: CallCues, call_words: frozenset[int] | None = None,
                norms: Sequence[str] | None = None) -> float | None:
    """'près d'une heure et demie' is 90; 'plus d'une heure' is a lower bound, so no duration;
    'à 18 heures' and '7 à 8 heures après' are times, 'en 24 heures' a span, 'dans les (prochaines)
    48 heures' a window of time to come, not lengths. Given the sentence's
    `call_words`, only a length said of a call counts ('un appel de 45 minutes', 'ils ont
    parlé pendant une heure', 'l'entretien a duré ...', '..., une conversation de 50 minutes'),
    not 'une vidéo de 3 minutes'. Written glued ('pendant 1h30', '45min') or in quarters
    ('trois quarts d'heure') it is read the same. `norms`: the sentence's words folded
    (`Token.norm_`), if at hand; the Tokens are then made only in a sentence with a unit.
    White space within a line that is a token of its own ('45\u00a0minutes') is stepped over
    as a space (`blank_in_a_line`), and a number in groups of three ('1 000', '1\u202f000') is
    read whole."""
    norms = [t.norm_ for t in sent] if norms is None else norms
    kept = [k for k, word in enumerate(norms) if not blank_in_a_line(word)]
    if len(kept) < len(norms):
        norms = [norms[k] for k in kept]
    tokens: list[Token] = []
    for i, word in enumerate(norms):
        glued = _GLUED_LENGTH.fullmatch(word) if word[:1].isdigit() else None
        if word not in cues.duration_units and word not in cues.half_hour_nouns and glued is None or i == 0:
            continue
        tokens = tokens or [sent[k] for k in kept]
        token = tokens[i]
        quarters = _quarters(tokens, i, cues)
        if call_words is not None and not _said_of_a_call(tokens[quarters[1]] if quarters else token, call_words, cues):
            continue
        if word in cues.half_hour_nouns:
            if tokens[i - 1].norm_ not in {"une", "1"}:
                continue
            minutes, first = 30.0, i - 1
        elif glued is not None:
            minutes = float(glued["amount"]) * (60 if glued["hours"] else 1) + float(glued["minutes"] or 0)
            first = i
        elif quarters is not None:
            minutes, first = quarters[0] * 15, quarters[1] - 1
        elif word in cues.duration_units:
            amount, first = _amount_before(tokens, i, cues)
            if amount is None or amount == 0.5:
                continue
            minutes = amount * cues.duration_units[word]
        else:
            continue
        if not minutes:
            continue
        before = [t.norm_ for t in tokens[max(0, first - 3):first]]
        if before[-1:] and before[-1] in cues.clock_time_before or tokens[i + 1:i + 2] and tokens[i + 1].norm_ in cues.clock_time_after:
            continue
        if before[-1:] and before[-1] in cues.span_prepositions:
            continue  # "leur deuxième échange en 24 heures": the span the calls were counted in
        if before[-1:] and before[-1] in cues.window_words or before[-2:-1] and before[-2] in cues.window_words \
                and before[-1] == "les":
            continue  # "il parlerait dans les prochaines 24 heures avec Y": when, not how long
        if any(f" {w} " in f" {' '.join(before)} " for w in cues.duration_lower_bound):
            return None
        if glued is not None or quarters is not None or word in cues.half_hour_nouns:
            return minutes
        after = [t.norm_ for t in tokens[i + 1:i + 6]]
        if after[:1] == ["et"]:
            amount, rest = _spelled_number(after[1:], cues)
            if amount is not None:  # "une heure et demie", "une heure et quarante-cinq minutes"
                minutes += amount * cues.duration_units.get(rest[0], cues.duration_units[word]) if rest else \
                    amount * cues.duration_units[word]
        elif cues.duration_units[word] == 60:
            minutes += _minutes_after_hours(tokens[i + 1:i + 6], cues)
        return minutes
    return None


# '1h30', '2h', '45min', '45mn' in one token: ASCII digits, at most 99 hours or minutes, minutes after 'h' below 60
_GLUED_LENGTH = re.compile(r"(?P<amount>[0-9]{1,2})(?:(?P<hours>h)(?P<minutes>[0-5][0-9])?|min|mn)")


def _amount_before(tokens: list[Token], i: int, cues: CallCues) -> tuple[float | None, int]:
    """The number before the unit at tokens[i] and the index it starts at: ASCII digits, a
    number word, one written with hyphens ('vingt-cinq', 'quarante - cinq' split by the tokenizer),
    or a round count ('une trentaine de minutes': about 30, the length news gives as it can)."""
    previous = tokens[i - 1].norm_
    if previous in {"de", "d'"} and i >= 2 and tokens[i - 2].norm_ in cues.approximate_numbers:
        return cues.approximate_numbers[tokens[i - 2].norm_], i - 2
    first = _first_group(tokens, i - 1)
    if first < i - 1:  # '1 000', '1\u202f000': groups of three after the first, one space apart
        written = "".join(t.norm_ for t in tokens[first:i])
        return (float(written.replace(",", ".")) if _number(written) else None), first
    if _number(previous):
        return float(previous.replace(",", ".")), i - 1
    if previous in cues.number_words:
        if i >= 3 and tokens[i - 2].norm_ == "-" and tokens[i - 3].norm_ in cues.number_words:
            return _compound_number([tokens[i - 3].norm_, previous], cues.number_words), i - 3
        return cues.number_words[previous], i - 1
    parts = previous.split("-")
    if len(parts) > 1:
        return _compound_number(parts, cues.number_words), i - 1
    return None, i - 1


def _first_group(tokens: list[Token], last: int) -> int:
    """Where a number written in groups of digits ending at tokens[last] starts ('1 000', '12 500,5'):
    each group of three ASCII digits (the last with its decimals) one white space character after
    the one before, the first of one to three; `last` itself when there is no such group before it."""
    first = last
    group = re.split(r"[.,]", tokens[last].norm_, maxsplit=1)[0]
    while first > 0 and _GROUP.fullmatch(group) and _LEADING_GROUP.fullmatch(tokens[first - 1].norm_) \
            and _one_apart(tokens[first - 1], tokens[first]):
        first -= 1
        group = tokens[first].norm_
    return first


def _one_apart(before: Token, after: Token) -> bool:
    """Are the two tokens one white space character apart (a space, or a token of one no-break space)?"""
    return after.idx - before.idx - len(before.text) == 1


_GROUP = re.compile(r"[0-9]{3}")
_LEADING_GROUP = re.compile(r"[0-9]{1,3}")


def _compound_number(parts: list[str], words: dict[str, float]) -> float | None:
    """'vingt-cinq', 'soixante-et-onze', 'quatre-vingts', 'quatre-vingt-dix': the parts added up,
    but four twenties multiplied."""
    total = 0.0
    for k, part in enumerate(parts):
        if part == "et" and 0 < k < len(parts) - 1:
            continue
        if part not in words:
            return None
        total += 76 if words[part] == 20 and k and parts[k - 1] == "quatre" else words[part]  # 4 + 76: four twenties
    return total


def _quarters(tokens: list[Token], i: int, cues: CallCues) -> tuple[int, int] | None:
    """'trois quarts d'heure', 'un quart d'heure' ending at tokens[i]: the count of quarters and
    the index of the word 'quart'."""
    if i < 3 or cues.duration_units.get(tokens[i].norm_) != 60 or tokens[i - 1].norm_ not in {"d'", "de"} or \
            tokens[i - 2].norm_ not in cues.quarter_words:
        return None
    count = tokens[i - 3].norm_
    amount = int(count) if count.isascii() and count.isdigit() and len(count) == 1 else cues.number_words.get(count)
    return (int(amount), i - 2) if amount and amount >= 1 and amount == int(amount) else None


def length_told_after(sent: Span, cues: CallCues) -> float | None:
    """'X et Y se sont entretenus jeudi. Pendant une heure et demie, les deux dirigeants ont
    examiné ...': the sentence right after a call that opens with how long its main verb lasted
    ('pendant', 'durant'), its subject pointing back at the call's people, gives the call's
    length (not 'ils se sont vus': a meeting; 'pendant plus d'une heure' is a lower bound)."""
    root = sent.root
    if root.pos_ != "VERB" or lemma(root) in cues.in_person_verbs or not any(
            c.dep_.startswith("nsubj") and points_back(c, cues) for c in children(root)):
        return None
    opening = next((c for c in children(root) if c.dep_.startswith("obl") and c.left_edge.i == sent.start and time_word(c)
                    and case_words(c) & cues.length_prepositions), None)
    if opening is None:
        return None
    comma = next((t.i for t in tokens_of(sent.doc)[opening.i:root.i] if t.text == ","), None)
    return None if comma is None else duration_in(sent.doc[sent.start:comma], cues)


def length_of_the_meeting_told(sent: Span, cues: CallCues) -> float | None:
    """'X et Y se sont réunis par visioconférence. La réunion, qui a duré près de trois heures, a
    porté sur Z': right after a video call, the meeting named again ('la réunion', 'ce sommet':
    no call word on its own, as one may sit around a table) as the subject of a verb of lasting,
    its own or in a relative clause on it, gives that call's length; so does the meeting people
    joined ('A et B ont pris part à la réunion, qui a duré ...')."""
    root = sent.root
    joined = lemma(root) in cues.joining_verbs  # 'A et B ont pris part à la réunion, qui a duré ...'
    for noun in (c for c in children(root) if (c.dep_.startswith("nsubj") or joined and c.dep_.startswith("obl"))
                 and lemma(c) in cues.virtual_event_nouns):
        if not any(d.dep_ == "det" and (d.norm_ in cues.definite_determiners or d.norm_ in cues.demonstratives)
                   for d in children(noun)) or any(d.dep_.startswith(("nmod", "amod")) for d in children(noun)):
            continue  # not a meeting of its own: 'la réunion des ministres', 'la réunion ministérielle'
        lasting = [root] if lemma(root) in cues.lasting_verbs else \
            [c for c in children(noun) if c.dep_ == "acl:relcl" and lemma(c) in cues.lasting_verbs] + \
            [c for c in children(root) if lemma(c) in cues.lasting_verbs and c.left_edge.i in {noun.right_edge.i + 1, noun.right_edge.i + 2}
             and any(w.dep_.startswith("nsubj") and "Rel" in feature(w, "PronType") for w in children(c))]  # the relative
        # clause on a noun at the end of the clause, which the parser may hang on the verb
        for verb in lasting:
            clause = [t for t in verb.subtree if t.i > verb.i]  # (the subject before it)
            if clause and not negated(verb):
                return duration_in(sent.doc[clause[0].i:clause[-1].i + 1], cues)
    return None


def _said_of_a_call(unit: Token, call_words: frozenset[int], cues: CallCues) -> bool:
    """Does the length this unit gives belong to a call: up the tree, a call word or a verb of
    lasting ('a duré', 's'est prolongé') comes before any other noun? A call noun in apposition names the call again ('X s'est entretenu avec
    Y, une conversation de 50 minutes'); 'durée' passes the length on ('d'une durée de 45 minutes');
    a day the parser made its head ('dimanche pendant 1 h 30') is not what lasted. "Un échange
    d'environ une heure": the parser loses the noun the length hangs on after 'environ'."""
    tokens = tokens_of(unit.doc)
    about = next((t for t in tokens[max(0, unit.i - 4):unit.i] if t.norm_ in cues.about_words), None)
    if about is not None and about.i >= 2 and tokens[about.i - 1].norm_ in {"d'", "de"}:
        noun = tokens[about.i - 2]
        if noun.i in call_words or lemma(noun) in cues.nouns or _kind_of_a_call(noun, call_words, cues):
            return True
    if _set_off_after_a_call(unit, call_words, cues) or _length_of_a_call_after(unit, call_words):
        return True
    below = unit
    for head in unit.ancestors:
        if head.i in call_words or lemma(head) in cues.lasting_verbs or _by_a_call(head, call_words, cues):
            return True
        if head.pos_ in {"NOUN", "PROPN"}:
            base = lemma(head)
            if base in cues.nouns or _kind_of_a_call(head, call_words, cues):
                return True
            if head.norm_.endswith("aine") or base in cues.duration_nouns or base in WEEKDAYS or base in TIMES_OF_DAY:
                below = head
                continue  # "une trentaine de minutes" goes on
            if head.head.i in call_words and case_words(below) & cues.length_prepositions:
                below = head
                continue  # "s'est entretenu avec le président X pendant une heure": the parser hangs the
                # length on the call's partner, whom no 'pendant' describes; it is the call's
            return False
        below = head
    return False


def _kind_of_a_call(noun: Token, call_words: frozenset[int], cues: CallCues) -> bool:
    """'un appel vidéo d'environ deux heures': the parser hangs the length on the noun that tells
    the call's kind, itself a modifier of the call noun (with no preposition: not 'un appel du
    président d'une heure'); the length is the call's."""
    modifier = noun.dep_ in {"amod", "compound"} or noun.dep_.startswith("nmod") and not case_words(noun)
    return modifier and noun.head.i < noun.i and (noun.head.i in call_words or lemma(noun.head) in cues.nouns)


def _set_off_after_a_call(unit: Token, call_words: frozenset[int], cues: CallCues) -> bool:
    """'L'échange, d'une heure, a porté sur ...': a length between commas right after a call
    noun is said of it, though the parser hangs the phrase on the verb. A round count heads the
    phrase ('l'entretien, d'une trentaine de minutes, ...'), and the phrase may close the sentence
    ('X avait sollicité l'entretien, d'une trentaine de minutes.')."""
    tokens = tokens_of(unit.doc)
    phrase = unit.head if unit.head.norm_ in cues.approximate_numbers and unit.head.i < unit.i else unit
    first, last = phrase.left_edge.i, phrase.right_edge.i
    return first >= 2 and last + 1 < len(tokens) and tokens[first - 1].norm_ == "," \
        and tokens[first - 2].i in call_words and (tokens[last + 1].norm_ == "," or bool(tokens[last + 1].is_sent_end))


def _length_of_a_call_after(unit: Token, call_words: frozenset[int]) -> bool:
    """'X a eu une heure d'entretien téléphonique avec Y': the length comes before the call noun,
    which hangs on it by 'de'."""
    return any(c.i in call_words and case_words(c) & {"de", "d'"} for c in children(unit))


def _by_a_call(verb: Token, call_words: frozenset[int], cues: CallCues) -> bool:
    """Is this verb done over a call ('X a eu Y au téléphone pendant une heure', 'X a joint Y par
    téléphone pendant vingt minutes'): a call word hung on it by a medium's marker?"""
    return verb.pos_ in {"VERB", "AUX"} and any(
        c.i in call_words and case_words(c) & cues.medium_adjunct_markers for c in children(verb))


def _spelled_number(words: list[str], cues: CallCues) -> tuple[float | None, list[str]]:
    """A number written in words, hyphens and all ('quarante-cinq', 'quarante - cinq', 'demie'),
    and the words after it."""
    total, i = 0.0, 0
    while i < len(words) and (words[i] in cues.number_words or words[i] == "-" and i):
        total += cues.number_words.get(words[i], 0)
        i += 1
    if i == 0:
        amount = _compound_number(words[0].split("-"), cues.number_words) if words and "-" in words[0] else None
        return (amount, words[1:]) if amount is not None else (None, words)
    return total, words[i:]


def _minutes_after_hours(after: list[Token], cues: CallCues) -> float:
    """The minutes said after the hours without 'et': 'une heure 30', 'une heure trente', 'deux
    heures quarante-cinq', 'une heure trente minutes'; not a count of something else after a
    comma ('pendant une heure, trente journalistes attendaient'); a day may follow ('une heure vingt mardi')."""
    words = [t.norm_ for t in after]
    if words and _number(words[0]):
        return float(words[0])
    amount, rest = _spelled_number(words, cues)
    if amount is None or not 1 <= amount < 60:
        return 0.0
    following = after[len(words) - len(rest)] if rest else None
    if following is None or following.pos_ not in {"NOUN", "PROPN"} or cues.duration_units.get(following.norm_) == 1:
        return amount
    return amount if lemma(following) in WEEKDAYS or lemma(following) in TIMES_OF_DAY else 0.0


def _number(word: str) -> bool:
    """At most four ASCII digits with at most one decimal mark: '45', '1,5', '2.5'; not '1.2,5',
    which a mark of each kind let through to `float` (a ValueError: the article was skipped)."""
    return _NUMBER.fullmatch(word) is not None and sum(c.isdigit() for c in word) <= 4


def initiator_of(trigger: Token, event: Token, sentence: Sentence, people: People, on: date | None, gazetteer: Gazetteer,
                 cues: CallCues, taking_part: tuple[str, ...] = ()) -> str | None:
    """Who asked for the call, as the sentence names them: 'à l'initiative de X', 'à la demande
    de X', 'sur proposition de X', 'initié par X', 'un appel de X', 'X a appelé Y', 'X a demandé
    à s'entretenir avec Y'. A person, or a side (a country) that `initiator` resolves to its
    participant once the call's participants are known. An initiative phrase naming no one of
    `taking_part` (the clause's line-up, when it has one) asked a third party's request ('X a
    appelé Y à la demande de Z'): the rest of the sentence tells who placed the call."""
    sent = sentence.span
    if not cues.initiative.isdisjoint(sentence.lemmas):  # the words first: most sentences have none
        for token, base in zip(sentence.tokens, sentence.lemmas, strict=True):
            if base in cues.initiative and case_words(token) & {"a", "sur", "au"}:
                side = _party_after(sent, token, people, on, gazetteer, cues) or _holder_named(token, taking_part, on, gazetteer)
                if side is not None and (not taking_part or initiator([side], taking_part, gazetteer) is not None):
                    return side  # else what the rest of the sentence tells ("X a appelé Y, à la demande du premier")
    # "à la suite d'un appel du président", "a reçu un appel de la part de X"
    if not cues.caller_nouns.isdisjoint(sentence.lemmas):
        for other, base in zip(sentence.tokens, sentence.lemmas, strict=True):
            if base in cues.caller_nouns and other.i != trigger.i and other.pos_ == "NOUN":
                for child in children(other):
                    if child.dep_.startswith("nmod") and case_words(child) & cues.of_prepositions:
                        found = _caller_of(child, people, on)
                        if found:
                            return found[0]
    # "un appel initié par X", "l'appel a été initié par X"
    initiating = [c for c in children(trigger) if c.dep_ == "acl"] + ([trigger.head] if trigger.dep_ == "nsubj:pass" else []) \
        + _participle_set_off_after(trigger)
    for verb in initiating:
        asked = lemma(verb) in cues.initiated_verbs | cues.convening_verbs  # "une visioconférence convoquée par X"
        agent = next((c for c in children(verb) if "par" in case_words(c)), None) if asked else None
        if agent is not None:
            return _party_after(sent, agent, people, on, gazetteer, cues, inclusive=True)
    asking = _asked_for_in_a_relative(trigger, cues)
    if asking is not None:
        caller = _subject_person(asking, people, on)
        if caller is not None:
            return caller  # "cet échange, qu'elle avait elle-même sollicité"
    for child in [*children(trigger), *(c for c, _ in hung_on_its_participle(trigger))]:  # "les appels répétés de X"
        if lemma(trigger) in cues.caller_nouns and (child.dep_.startswith("nmod") or child.head.i != trigger.i) \
                and case_words(child) & cues.of_prepositions and child.norm_ not in cues.duration_units:
            # (not the people hung on its length: 'd'une heure entre X et Y')
            found = _caller_of(child, people, on) or (_seat(child, people, on) if not trigger.dep_.startswith("nmod") else [])
            # "un appel du président", "de la part de X", "les appels de l'Élysée" (its leader's; not a noun that only
            # names a body: 'la direction des communications de la présidence')
            if found:
                return found[0]
    base = verb_lemma(trigger, cues)  # "X a téléphoné à Y", the participle tagged as a noun, is a verb here
    verb = trigger.head if _bare_participle(trigger.head) or event.pos_ not in {"VERB", "AUX"} else event
    # "Y a été joint par téléphone par X"; "X a prévenu (félicité, remercié) Y par téléphone": who acts
    # on the other by phone placed the call, unlike talking ("X a discuté par téléphone avec Y") or
    # having the other on the line ("X a eu Y au téléphone"), or being on the phone with them ("après deux
    # heures au téléphone avec Y, X a annoncé ...": the phone phrase names its own partner, no caller)
    medium = lemma(trigger) in cues.phone and (lemma(verb) in cues.phone_verbs or (verb.pos_ == "VERB" or _bare_participle(verb))
                                               and lemma(verb) not in cues.talk_verbs | cues.light_verbs
                                               and not any(case_words(c) & cues.partner_prepositions for c in children(trigger)))
    if base in cues.phone_verbs or medium or base in cues.caller_nouns and lemma(verb) in cues.placing_verbs:  # "a passé un coup de fil"
        phoning = trigger if trigger.pos_ == "VERB" or base != lemma(trigger) else verb
        agents = [c for c, dep in phrases(phoning) if dep == "obl:agent"] + [  # "par X" hung on "par téléphone"
            g for c in children(phoning) if lemma(c) in cues.phone for g in children(c) if "par" in case_words(g)] + _agents_below(phoning)
        if agents and (any(c.dep_ == "aux:pass" for c in children(phoning)) or _bare_participle(phoning)):  # "Y a été appelé par X"
            found = [p for agent in agents for p in people_of(agent, set(), people, on)]  # not "par téléphone"
            return found[0] if found else None
        caller = _subject_person(phoning, people, on) if lemma(phoning) not in cues.receiving_verbs else None
        if caller is not None:
            return caller  # "X a passé un appel à Y"; who received one ("X a reçu un appel du ...") did not place it
    if event is not trigger and lemma(event) in cues.informing_verbs and any(
            (c.dep_ == "obj" or c.dep_.startswith("obl") and not case_words(c) and not time_word(c))  # an object read as an adjunct
            and people_of(c, set(), people, on) for c in children(event)) and not any(  # not 'a informé la presse'
            c.dep_ == "ccomp" for c in children(event)):  # 'X a averti Y que ..., lors d'un appel': what X said, not who called
        caller = _subject_person(event, people, on)
        if caller is not None:
            return caller  # "X a informé Y de sa décision lors d'un appel": who brings the news places the call
    if trigger.dep_ == "obj" and lemma(trigger.head) in cues.convening_verbs:
        return _subject_person(trigger.head, people, on)  # "X a convoqué une visioconférence": X called it
    gathering = trigger.head if case_words(trigger) & cues.medium_adjunct_markers else trigger
    if lemma(gathering) in cues.gathering_verbs and gathering.pos_ == "VERB" and not any(
            reflexive(c) or c.dep_ == "aux:pass" for c in children(gathering)) and any(
            not c.dep_.startswith("nsubj") and c.i != trigger.i and people_of(c, set(), people, on) for c in children(gathering)):
        return _subject_person(gathering, people, on)  # "X a réuni par visioconférence A et B": X hosted it
        # (named guests: not "il avait réuni par visioconférence son Conseil de sécurité", a meeting of its own)
    for governor in governors(trigger, event):
        if lemma(governor) in cues.willing and \
                not any(trigger in s.subtree for s in subjects_of(governor)):  # not "la rencontre devrait avoir lieu"
            caller = _subject_person(governor, people, on)
            if caller is not None:
                return caller  # "X a demandé à s'entretenir avec Y", "X a pris l'initiative d'appeler Y"
    return None


def _caller_of(phrase: Token, people: People, on: date | None) -> list[str]:
    """Who 'de X' after a call noun names: the phrase's people, or, for a description naming no
    one ('un appel de son frère, le président égyptien X', 'de son homologue, le chancelier Y'),
    the name set off by a comma right after it, which says who the description is; the parser
    hangs that name as a conjunct or an apposition of the call noun rather than of the
    description. A form of address ('de Son Excellence le président X', 'de Sa Majesté le roi
    Y') is followed by the description it addresses, which the parser may hang beside it."""
    found = people_of(phrase, set(), people, on)
    if found or phrase.pos_ != "NOUN":
        return found
    comma = phrase.right_edge.i + 1
    addressed = next((c for c in children(phrase.head) if c.left_edge.i == comma
                      and (c.dep_ == "appos" or c.dep_.startswith("nmod")) and not case_words(c)), None)
    if addressed is not None:
        return _caller_of(addressed, people, on)
    if comma >= len(phrase.doc) or phrase.doc[comma].norm_ != ",":
        return []
    beside = [c for c in children(phrase) if c.dep_ == "appos"] + [
        c for c in children(phrase.head) if c.dep_ in {"conj", "appos"}]
    found = next((people_of(c, set(), people, on) for c in beside if c.i > comma and c.left_edge.i <= comma + 1), [])
    if found or comma + 1 >= len(phrase.doc) or time_word(phrase):
        return found  # "lors de leur appel de lundi, MM. X et Y": a day is no one's description
    # "de son frère, le président de la République X, M. Y": the parser may hang the description
    # after the comma on the verb as its object; the phrase that opens right after the comma is it
    opening = phrase.doc[comma + 1]
    while opening.head.i != opening.i and opening.head.left_edge.i == comma + 1:
        opening = opening.head
    return _caller_of(opening, people, on) if opening.pos_ == "NOUN" and not case_words(opening) \
        and not opening.dep_.startswith("nsubj") else []


def _asked_for_in_a_relative(trigger: Token, cues: CallCues) -> Token | None:
    """'Cet échange, qu'elle avait sollicité, ...': the verb of asking of a relative clause whose
    object is the call noun; its subject asked for the call. The parser may hang the clause on
    the main verb, 'qu'' marking it, when it is set off by a comma right after the noun."""
    tokens = tokens_of(trigger.doc)
    for verb in trigger.doc[trigger.i + 1:trigger.sent.end]:
        if lemma(verb) not in cues.initiated_verbs or verb.pos_ != "VERB":
            continue
        that = next((c for c in children(verb) if c.norm_ in cues.que_forms and c.i < verb.i), None)
        if that is None or any(c.dep_ == "obj" for c in children(verb)):
            continue
        if verb.dep_ == "acl:relcl" and verb.head.i == trigger.i or \
                that.i >= 2 and tokens[that.i - 1].norm_ == "," and tokens[that.i - 2].i == trigger.i:
            return verb
    return None


def _participle_set_off_after(noun: Token) -> list[Token]:
    """'Au cours de cette conversation, sollicitée par X, Y a affirmé ...': a participle set off by
    a comma right after the call noun is said of it, though the parser hangs it on the word the
    noun's phrase hangs on ('cours' of 'au cours de')."""
    tokens = tokens_of(noun.doc)
    return [c for c in children(noun.head) if c.dep_ == "acl" and c.head.i != noun.i and c.left_edge.i == noun.i + 2
            and noun.i + 1 < len(tokens) and tokens[noun.i + 1].norm_ == ","]


def _bare_participle(verb: Token) -> bool:
    """A passive participle with no auxiliary: 'joint par téléphone par X, Y a ...', 'Y, appelé par
    X, ...'; at the head of a sentence the tagger takes it for a name, which no agent ('par X') hangs
    on. Who acts on the other here placed the call as in 'Y a été joint par X'."""
    deps = {c.dep_ for c in children(verb)}
    return not any(d.startswith("aux") or d == "cop" for d in deps) and (  # the cheap looks first: most verbs stop here
        "Part" in feature(verb, "VerbForm") or verb.pos_ == "PROPN") and ("obl:agent" in deps or bool(_agents_below(verb)))


def _agents_below(verb: Token) -> list[Token]:
    """'Joint par téléphone mercredi par X', 'Appelé mercredi par X': the parser hangs the agent on
    the day (or the phone noun) between it and the participle; it is still the participle's agent."""
    return [g for c in children(verb) if c.pos_ == "NOUN" for g in c.subtree if g is not c and (
        g.dep_ == "obl:agent" or g.head.i == c.i and time_word(c) and g.dep_.startswith("nmod") and "par" in case_words(g))]
    # ('appelé mercredi par X': the agent read as the day's complement)


def _seat(word: Token, people: People, on: date | None) -> list[str]:
    """The leader who sits at the seat of government `word` names ('l'Élysée'), as a caller."""
    leader = people.seat_leader(word, on)
    return [leader] if leader is not None else []


def initiator(candidates: list[str], participants: tuple[str, ...], gazetteer: Gazetteer) -> str | None:
    """The first candidate that is a participant, or the participant of the side (country) it names."""
    for candidate in candidates:
        if candidate in participants:
            return candidate
        found = next((p for p in participants if candidate in gazetteer.countries_of(p)), None)
        if found:
            return found
    return None


def _subject_person(verb: Token, people: People, on: date | None) -> str | None:
    for subject in subjects_of(verb):
        found = people_of(subject, _hung_past_the_verb(verb, subject), people, on) or _seat(subject, people, on)  # "le Kremlin a appelé X"
        if len(set(found)) > 1 or found and "Plur" in feature(subject.head, "Number") and "Plur" not in feature(subject, "Number") \
                and not _among(subject.head):
            return None  # "X et Y se sont téléphoné", "X et Y doivent s'entretenir": neither called the other
            # (the plural verb says so when the parser lost the first of the two subjects)
        if found:
            return found[0]
        if subject.pos_ == "PRON":
            if subject.idx in people.quote_speaker:
                return people.quote_speaker[subject.idx]
            if subject.norm_ in {"il", "elle"}:
                return people.before(subject)
            if "Rel" in feature(subject, "PronType") and verb.head.i != verb.i:  # "c'est X qui a appelé Y", "c'est M. X qui"
                found = people_of(verb.head, {verb.i}, people, on)
                if found:
                    return found[0]
    if hung_on_its_subject(verb):  # "le ministre X aurait appelé Y"
        found = people_of(verb.head, {verb.i}, people, on)
        return found[0] if found else None
    if not subjects_of(verb):
        lost = _name_before_its_auxiliary(verb, people, on)
        if lost is not None:
            return lost
    if verb.dep_ == "acl" and lemma(verb.head) == "initiative":
        holder = verb.head.head  # "X a pris l'initiative d'appeler Y"
        return _subject_person(holder, people, on) if holder.i != verb.head.i else None
    predicate = _copular_predicate_above(verb)
    if predicate is None:
        return None
    named = {p for subject in subjects_of(predicate) for p in people_of(subject, set(), people, on)}
    return named.pop() if len(named) == 1 else None  # (the predicate's number is not the subject's: 'X a été parmi les premiers')


def _name_before_its_auxiliary(verb: Token, people: People, on: date | None) -> str | None:
    """'L'Élysée indique que X a lui aussi téléphoné lundi à Y': after 'que', with a stressed
    pronoun between the auxiliary and the participle, the parser may hang the subject's name on
    'que' and leave the verb with no subject; the name that ends right before the verb's
    auxiliary is that subject."""
    auxiliary = next((c for c in children(verb) if c.dep_.startswith("aux") and c.i < verb.i), None)
    if auxiliary is None or auxiliary.i == 0:
        return None
    last = tokens_of(verb.doc)[auxiliary.i - 1]
    name = last.head if last.dep_ == "flat:name" else last
    if name.pos_ != "PROPN" or name.head.i == verb.i:
        return None
    found = people_of(name, set(), people, on)
    return found[0] if len(set(found)) == 1 else None


def _hung_past_the_verb(verb: Token, subject: Token) -> set[int]:
    """'X, qui se trouvait dimanche à Z, a quant à elle appelé mardi le président Y, ...': when the
    parser hangs the verb on its subject's name (`hung_on_its_subject`), it may hang the verb's
    object there too; the words after the verb are the verb's, not the subject's."""
    if subject.i != verb.head.i or not hung_on_its_subject(verb):
        return set()
    return {c.i for c in children(subject) if c.i > verb.i}


def _among(predicate: Token) -> bool:
    """'X a été parmi les premiers à appeler Y': a prepositional predicate of 'être' names a group
    the subject is one of; its plural says nothing of a second subject the parser lost."""
    return any(c.dep_ == "cop" for c in children(predicate)) and any(c.dep_ == "case" for c in children(predicate))


def _copular_predicate_above(verb: Token) -> Token | None:
    """'X a été l'un des premiers dirigeants à appeler Y', 'X a été parmi les premiers à appeler
    Y': the infinitive hangs (acl) on a noun or an adjective of a copular predicate whose subject
    is who placed the call; the parser gives that subject to the predicate ('un', 'premiers'), not
    to the verb. Up a few nominal links to the word that has the copula, or None."""
    if verb.dep_ != "acl" or not any(lemma(c) == "a" for c in children(verb) if c.dep_ == "mark"):
        return None
    token = verb.head
    for _ in range(3):
        if any(c.dep_ == "cop" for c in children(token)):
            return token
        if not token.dep_.startswith("nmod") or token.head.i == token.i:
            return None
        token = token.head
    return None


def _holder_named(token: Token, taking_part: tuple[str, ...], on: date | None, gazetteer: Gazetteer) -> str | None:
    """'..., à l'initiative de la chancelière': a bare role after an initiative word names the one
    of the call's people (`taking_part`) who holds an office of that name on the day, when only
    one does (two presidents leave it open)."""
    words: list[str] = []
    for word in tokens_of(token.doc)[token.i + 1:min(len(token.doc), token.i + 6)]:
        if word.pos_ in {"ADP", "DET"} and not words:
            continue  # 'de la', 'du'
        if word.pos_ not in {"NOUN", "ADJ"}:
            break
        words.append(fold(word.norm_))
        if word.pos_ == "NOUN":
            break
    if not words:
        return None
    period = Period(on, on) if on else Period()
    holders = {p for p in taking_part for office in gazetteer.offices_of(p, period)
               if any(fold(label).split()[:len(words)] == words for label in gazetteer.offices[office].labels)}
    return holders.pop() if len(holders) == 1 else None


def _party_after(sent: Span, token: Token, people: People, on: date | None, gazetteer: Gazetteer, cues: CallCues,
                 inclusive: bool = False) -> str | None:
    """The side an initiative phrase names: 'de Paris', 'des États-Unis', 'de la partie
    américaine', 'de la Maison Blanche', 'de M. Macron': a person, or a country (also for the
    institution that governs it); 'de ce dernier', 'de celui-ci': the person named last before
    it, as the wire copy of state readouts writes it."""
    doc = sent.doc
    start = token.i if inclusive else token.i + 1
    for candidate in tokens_of(doc)[start:min(sent.end, start + 8)]:
        if candidate.norm_ in cues.recency_pronouns or candidate.norm_ in cues.latter_words and candidate.i \
                and doc[candidate.i - 1].norm_ in THIS:  # 'de celui-ci', one word, as 'de ce dernier'
            named = [people.at[i].actor for i in range(sent.start, token.i) if i in people.at and people.at[i].actor in people.people]
            return named[-1] if named else None
        mention = people.at.get(candidate.i)
        if mention is not None:
            if mention.target.kind == "capital":
                return mention.target.key
            side = gazetteer.resolve(mention.target, on) if mention.target.kind != "actor" else mention.actor
            return gazetteer.governed.get(side, side) if side is not None else None
        country = gazetteer.demonyms.get(candidate.norm_)
        if country:
            return country
    return None
