"""French dates in a sentence, resolved against the publication day.

dateparser cannot read "ce mardi", "mardi dernier", "jeudi soir" or "la veille", which is how
news dates a call; these rules read the tokens instead: a weekday is the latest such day on
or before publication (the next one when the clause speaks of the future), "le 12 février"
takes the publication year, "en juillet 2020" is a month. A date inside "depuis ...",
or attached to another noun ("les élections du 18 mars"), does not date the call.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Span, Token

from kg.nlp.cues import cues
from kg.text import fold

_CUES = cues()
WEEKDAYS = {fold(d): i for i, d in enumerate(_CUES["weekdays"])}
MONTHS = {fold(m): i + 1 for i, m in enumerate(_CUES["months"])}
RELATIVE_DAYS = {fold(k): v for k, v in _CUES["relative_days"].items()}
PAST = {fold(x) for x in _CUES["past_markers"]}
FUTURE = {fold(x) for x in _CUES["future_markers"]}
EXCLUDING = {fold(x) for x in _CUES["date_excluding_preps"]}


@dataclass(frozen=True)
class DateMention:
    value: str  # YYYY-MM-DD | YYYY-MM | YYYY
    tokens: tuple[int, int]  # token range in the doc


def dates_in(sent: Span, published: date | None, future: bool = False) -> list[DateMention]:
    """Every date expression of the sentence, resolved; unresolvable ones are left out."""
    found: list[DateMention] = []
    tokens = list(sent)
    i = 0
    while i < len(tokens):
        mention = _date_at(tokens, i, published, future)
        if mention is not None:
            found.append(mention)
            i = mention.tokens[1] - sent.start
        else:
            i += 1
    return found


_CLAUSAL = {"acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis"}


def clause_of(trigger: Token) -> tuple[set[int], set[int]]:
    """The tokens of the trigger's own clause up to its verb, and the verbs that govern it
    ("le Kremlin s'est refusé lundi à confirmer qu'un entretien aurait eu lieu": lundi dates
    the refusal, not the call)."""
    anchors, token = {trigger.i}, trigger
    while token.head.i != token.i:
        dep = token.dep_.split(":")[0]
        if token.pos_ in {"VERB", "AUX"} and dep in _CLAUSAL and dep != "xcomp":
            break
        token = token.head
        anchors.add(token.i)
    governing = {a.i for a in token.ancestors} - anchors
    return anchors, governing


def dates_the_clause(mention: DateMention, sent: Span, trigger: Token) -> bool:
    """Does this date say when the event of `trigger` (a call noun or verb) happened?"""
    doc = sent.doc
    anchors, governing = clause_of(trigger)
    start = max(sent.start, mention.tokens[0] - 4)
    if any(fold(t.text) in EXCLUDING for t in doc[start:mention.tokens[0]]):
        return False
    if trigger.i < mention.tokens[0] and any(fold(t.text) == "depuis" for t in doc[trigger.i:mention.tokens[0]]):
        return False  # "le premier entretien depuis l'investiture, le 20 janvier"
    head = doc[mention.tokens[0]:mention.tokens[1]].root
    if any(fold(c.text) in EXCLUDING for a in [head, *head.ancestors] if a.i not in anchors for c in a.children if c.dep_ == "case"):
        return False
    while head.i not in anchors:
        if head.i in governing:
            return False
        if head.pos_ in {"VERB", "AUX"}:  # a date of a subordinate clause dates something else
            return head.dep_.split(":")[0] not in _CLAUSAL
        if head.head.i == head.i:
            return True
        if head.pos_ in {"NOUN", "PROPN"} and head.i not in range(*mention.tokens) and \
                fold(head.lemma_) not in {"telephone", "jour", "soir", "matin"}:
            return False
        head = head.head
    return True


def _date_at(tokens: list[Token], i: int, published: date | None, future: bool) -> DateMention | None:
    word = fold(tokens[i].text)
    if word in RELATIVE_DAYS and published:
        return DateMention((published + timedelta(days=RELATIVE_DAYS[word])).isoformat(), (tokens[i].i, tokens[i].i + 1))
    if tokens[i].like_num and tokens[i].text.isdigit() and 1 <= int(tokens[i].text) <= 31:
        return _day_month(tokens, i, published)
    if word in ("1er",) and i + 1 < len(tokens):
        return _day_month(tokens, i, published, day=1)
    if word in MONTHS and (i == 0 or fold(tokens[i - 1].text) in {"en", "de", "d'", "depuis", "fin", "debut", "mi"}):
        year = _year(tokens, i + 1)
        if year:
            return DateMention(f"{year:04d}-{MONTHS[word]:02d}", (tokens[i].i, tokens[i].i + 2))
    if word in WEEKDAYS and published:
        day = _weekday(word, tokens, i, published, future)
        end = i + 1
        while end < len(tokens) and fold(tokens[end].text) in PAST | FUTURE | {"soir", "matin", "apres-midi"}:
            end += 1
        if end < len(tokens) and tokens[end].text.isdigit():
            return _day_month(tokens, end, published) or DateMention(day.isoformat(), (tokens[i].i, tokens[end].i))
        return DateMention(day.isoformat(), (tokens[i].i, tokens[end - 1].i + 1))
    return None


def _day_month(tokens: list[Token], i: int, published: date | None, day: int | None = None) -> DateMention | None:
    if i + 1 >= len(tokens) or fold(tokens[i + 1].text) not in MONTHS:
        return None
    day = day or int(tokens[i].text)
    month = MONTHS[fold(tokens[i + 1].text)]
    year = _year(tokens, i + 2)
    end = i + 3 if year else i + 2
    if year is None:
        if published is None:
            return None
        year = published.year
        if date(year, month, min(day, 28)) > published + timedelta(days=60):
            year -= 1
    try:
        value = date(year, month, day)
    except ValueError:
        return None
    return DateMention(value.isoformat(), (tokens[i].i, tokens[end - 1].i + 1))


def _year(tokens: list[Token], i: int) -> int | None:
    if i < len(tokens) and tokens[i].text.isdigit() and len(tokens[i].text) == 4:
        return int(tokens[i].text)
    return None


def _weekday(word: str, tokens: list[Token], i: int, published: date, future: bool) -> date:
    after = {fold(t.text) for t in tokens[i + 1:i + 3]}
    wanted = WEEKDAYS[word]
    if after & FUTURE or (future and not after & PAST):
        return published + timedelta(days=(wanted - published.weekday()) % 7 or 7)
    back = (published.weekday() - wanted) % 7
    if after & PAST and back == 0:
        back = 7
    return published - timedelta(days=back)
