"""The day a call takes from its context when its own sentence gives none: the day the sentence
before told ('Obama a parlé vendredi avec X. Le lendemain, ...'), the exchange a call noun points
back to, the scene a narrative in the present set, the gathering on whose margin the call took
place. Read by the call finder (finder.py), which dates each mention first from its own clause."""
from __future__ import annotations

from datetime import date

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.nlp.extract.calls.clause import Sentence, case_words, lemma
from kg.nlp.extract.calls.lexicon import CallCues
from kg.nlp.extract.calls.merge import Mention
from kg.nlp.extract.calls.people import People
from kg.nlp.extract.date_clauses import SAYING, dates_the_clause, plans
from kg.nlp.extract.dates import (
    EVENT_RELATIVE_DAYS,
    LATER,
    SPAN_BOUNDS,
    TOLD_DAY_MARKS,
    DateMention,
    Publication,
    dates_in,
    written_in_full,
)
from kg.nlp.extract.words import children, feature, starts_paragraph

# "trois jours plus tard", "le même jour", "ce soir-là": padded as a sentence's words are
_LATER_PHRASES = tuple(f" {' '.join(words)} " for words in LATER) + tuple(f" {mark} " for mark in TOLD_DAY_MARKS)

_LOOK_BACK = 3  # sentences: 'la veille' or 'le lendemain' speaks of a day just told; further back, only of the day a
# sentence's own verb tells ('X a parlé mercredi avec Y.', then three sentences of comment, then 'La veille, X avait ...')
_LOOK_FAR = 20  # sentences: no further, so that an article with no day in it is not read again for each 'la veille'


def days_called(found: list[Mention]) -> dict[int, date]:
    """For each sentence that told a call as having taken place on a given day, that day: the
    events a 'la veille' or 'le lendemain' after them most likely counts from. The day of the call
    the sentence is about (its first), not of one it names in passing ('X a parlé mercredi avec Y,
    au lendemain de sa conversation avec Z')."""
    days: dict[int, date] = {}
    for m in found:
        if m.sent not in days and not m.aside and m.status == "occurred" and m.date and len(m.date) == 10:
            days[m.sent] = date.fromisoformat(m.date)
    return days


def day_told_before(sents: list[SpacySpan], sentence_words: list[str], index: int, published: Publication,
                    called: dict[int, date], far: int = _LOOK_FAR, told: dict[int, date | None] | None = None) -> date | None:
    """The day the nearest sentence before this one that names one tells of ('Obama a parlé
    vendredi avec X.'): what a 'le lendemain' or 'la veille' opening this sentence counts from.
    The day of its main clause, not one of a clause inside it ('X est arrivé lundi à Kiev, avant
    de se rendre mardi à Moscou': Monday). A day that sentence itself counts from another ('Lundi 3
    juin, X appelle Y. Le lendemain, il appelle Z. [...] Le même jour, ...') is counted from that
    one in turn, within `far` sentences of the first: the narrative's day, not the publication's.
    `sentence_words`: each sentence's folded words, padded; `told`: the days already found for the
    sentences before, each read once. Within `_LOOK_BACK`, a day of a sentence's main clause
    comes before a nearer one of another clause ('X a parlé lundi avec Y. Y a annoncé la tenue,
    le 24 mars, d'un sommet. La veille, ...': Sunday, the day before the call, not the summit's).
    A sentence that told a call on a day (`called`, see `days_called`) gives that day when no
    nearer one tells its main clause's day, and, beyond `_LOOK_BACK`, before any other day: the
    narrative counts from its calls, not from an event named in passing ('après la frappe de
    samedi') nor from a day a sentence further back dates something else by. The nearest day of
    any clause only when no sentence there tells its main clause's day and no call was told. A
    sentence that plans ('Ils doivent se retrouver mercredi', `plans`) names no day that happened:
    one that does not plan counts from none of its days ('La veille, X avait eu un entretien')."""
    told = {} if told is None else told
    if index in told:
        return told[index]
    planning = plans(_told_clause(sents[index]))
    main, aside = None, None  # aside: the nearest day within `_LOOK_BACK` that is not a main clause's
    call = next((called[i] for i in range(index - 1, max(0, index - far) - 1, -1) if i in called), None)
    for back, sent in enumerate(reversed(sents[max(0, index - far):index]), start=1):
        if back > _LOOK_BACK and (aside is not None or call is not None) or index - back in called:
            break
        clause = _told_clause(sent)
        if not planning and plans(clause):
            continue
        counted = day_told_before(sents, sentence_words, index - back, published, called, far - back, told) \
            if far > back and counts_on(sentence_words[index - back]) else None
        days = [d for d in dates_in(sent, published, before=counted) if len(d.value) == 10 and not _bounds_a_span(d, sent)]
        main = next((d for d in days if dates_the_clause(d, sent, clause) and (back <= _LOOK_BACK or _of_the_root(d, sent))), None)
        if main is not None:
            break
        aside = aside or (days[0] if back <= _LOOK_BACK and days else None)
    day = main or (None if call else aside)
    found = date.fromisoformat(day.value) if day is not None else call
    told[index] = found
    return found


def counts_on(words: str) -> bool:
    """May a sentence (its words, padded) name a day counted from one told before it ('le
    lendemain', 'la veille', 'le même jour', 'trois jours plus tard')? A look at its words."""
    return any(f" {w} " in words for w in EVENT_RELATIVE_DAYS) or any(phrase in words for phrase in _LATER_PHRASES)


def day_of_the_exchange_told_before(noun: Token, sent: Sentence, index: int, people: People, pair: tuple[str, ...],
                                    published: Publication, cues: CallCues) -> str | None:
    """'Mardi soir, X a fait le point avec Y. Au cours de cet entretien téléphonique, ...', 'Le 12
    février, X et Y ont rompu le silence. Leur échange a porté sur ...': a call noun that points
    back ('cet', 'leur') and gives no day names the exchange the sentence before told without a
    call word, when that sentence names the call's people: it took place on the day of that
    sentence's own verb. Not when that sentence tells a meeting or a call: what it tells may be
    another event, and a call it tells is dated by its own reading."""
    if index == 0 or noun.pos_ not in {"NOUN", "PROPN"} or len(pair) < 2 or not any(
            c.dep_ == "det" and (c.norm_ in cues.demonstratives or c.norm_ in cues.plural_possessives) for c in children(noun)):
        return None
    before = sent.span.doc._.sentences[index - 1]
    if not set(pair) <= {people.at[t].actor for t in people.named_within(before.start, before.end)}:
        return None
    told = cues.in_person_verbs | cues.in_person_nouns | cues.call_verbs | cues.nouns
    if any(lemma(t) in told for t in before):
        return None
    days = [d for d in dates_in(before, published) if len(d.value) == 10 and _of_the_root(d, before)]
    return days[0].value if len(days) == 1 else None


def day_the_scene_set(verb: Token, sent: Sentence, index: int, published: Publication, cues: CallCues) -> str | None:
    """'Samedi, l'agenda se tourne vers Pékin. X s'entretient cette fois avec Y': a narrative in
    the present sets the day in a sentence of its own that tells no call, a day opening it and
    hung on its verb, or a day written in full with its year that dates what the sentence tells,
    wherever it stands ('Il faut remonter au 10 février 2021.', `written_in_full`); the undated
    call told right after it, in the same paragraph and in the present too, happens that day. A
    call told in the past tense ('X s'est entretenu avec Y') is the news of the day the article
    appeared, whatever scene came before."""
    if index == 0 or verb.pos_ != "VERB" or feature(verb, "Tense") != ("Pres",) or feature(verb, "Mood") != ("Ind",) \
            or any(c.dep_.startswith("aux") for c in children(verb)):
        return None
    doc = sent.span.doc
    sents = doc._.sentences
    if starts_paragraph(doc._.text, sents, index):
        return None
    before = sents[index - 1]
    told = cues.in_person_verbs | cues.in_person_nouns | cues.call_verbs | cues.nouns
    if any(lemma(t) in told for t in before):
        return None
    opening = next((t.i for t in before if not t.is_space and not t.is_punct), before.start)
    days = [d for d in dates_in(before, published) if len(d.value) == 10]
    opened = [d for d in days if _of_the_root(d, before)]
    if len(opened) == 1 and opened[0].tokens[0] == opening:
        return opened[0].value
    gone_back_to = [d for d in days if written_in_full(d, doc) and dates_the_clause(d, before, _told_clause(before))]
    return gone_back_to[0].value if len(gone_back_to) == 1 else None


def day_of_the_gathering_on_whose_margin(event: Token, sent: Sentence, index: int, published: Publication,
                                         cues: CallCues) -> str | None:
    """'Le sommet s'est ouvert mardi à X. En marge du sommet, Y s'est entretenu avec Z': a call on
    the margin of (or during) a gathering named with the definite article, as one the article has
    just told, took place on the one day the nearest sentence naming that gathering gives, not on
    the day the article appeared."""
    for adjunct in children(event):
        noun = next((c for c in children(adjunct) if c.dep_.startswith("nmod")), None) \
            if lemma(adjunct) in cues.meeting_adjunct_markers else adjunct if case_words(adjunct) & cues.meeting_adjunct_markers else None
        if noun is None or lemma(noun) not in cues.in_person_nouns or any(
                c.dep_ == "det" and c.norm_ in cues.indefinite_articles for c in children(noun)):
            continue
        for before in reversed(sent.span.doc._.sentences[max(0, index - _LOOK_BACK):index]):
            if any(lemma(t) == lemma(noun) for t in before):
                days = [d for d in dates_in(before, published) if len(d.value) == 10]
                return days[0].value if len(days) == 1 else None
    return None


_TOLD_BEFORE_THE_SAYING = {"advcl", "ccomp", "parataxis"}


def _told_clause(sent: SpacySpan) -> Token:
    """The verb of what a sentence tells: its root, or, when the root is a verb of saying set
    after what it reports ('X s'est entretenu lundi avec Y, a annoncé son bureau'), the verb of
    the clause reported before it, whose day is the one the sentence tells."""
    root = sent.root
    if root.pos_ not in {"VERB", "AUX"} or lemma(root) not in SAYING:
        return root
    return next((c for c in children(root) if c.i < root.i and c.pos_ in {"VERB", "AUX"}
                 and c.dep_.split(":")[0] in _TOLD_BEFORE_THE_SAYING), root)


def _of_the_root(mention: DateMention, sent: SpacySpan) -> bool:
    """'Olaf Scholz a reçu mardi X': a day hung on the sentence's own verb, not on a verb below it
    ('ils sont convenus de se retrouver mercredi': a day planned, not one that happened)."""
    return sent.doc[mention.tokens[0]:mention.tokens[1]].root.head.i == sent.root.i


def _bounds_a_span(mention: DateMention, sent: SpacySpan) -> bool:
    """'Les ministres se réuniront dès lundi', 'se réunissent depuis mardi': a day that opens or
    closes a stretch of time, not the day something happened; no 'la veille' counts from it."""
    day = sent.doc[mention.tokens[0]:mention.tokens[1]].root
    return any(c.dep_ == "case" and c.lower_.replace("’", "'") in SPAN_BOUNDS for c in children(day))


