"""French dates in a sentence, resolved against the publication date, as precisely as it allows.

dateparser cannot read "ce mardi", "mardi dernier", "jeudi soir" or "la veille", which is how
news dates a call; these rules read the tokens instead. The publication date may be a day, a
month or unknown (the sidecar says so), and a date is never more precise than what resolves
it: a weekday is the latest such day on or before a publication day (the next one when the
clause speaks of the future), "ce soir" or "cet après-midi" the publication day itself, only
the month when the article gives only its month, and nothing when the article is undated. "le 12 février" takes the year that puts it nearest the
publication; "en juillet 2020", "fin janvier", "début avril", "plus tôt ce mois-ci" are
months. Which clause a date dates (the call's, or the day it was told) is `date_clauses`'s.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from kg.nlp.cues import cues
from kg.nlp.extract.words import blank_in_a_line, children
from kg.text import fold

_CUES = cues()
WEEKDAYS = {fold(d): i for i, d in enumerate(_CUES["weekdays"])}
MONTHS = {fold(m): i + 1 for i, m in enumerate(_CUES["months"])}
RELATIVE_DAYS = {fold(k): v for k, v in _CUES["relative_days"].items()}
EVENT_RELATIVE_DAYS = {fold(x) for x in _CUES["event_relative_days"]}  # "la veille de X" is relative to X
TOLD_DAY_MARKS = {fold(x) for x in _CUES["told_day_marks"]}  # "le même jour", "le soir même", "ce jour-là": the day told before
LATER = tuple(tuple(fold(x).split()) for x in _CUES["later_markers"])  # "trois jours plus tard": after the day told before
PAST = {fold(x) for x in _CUES["past_markers"]}
FUTURE = {fold(x) for x in _CUES["future_markers"]}
MONTH_END = fold(_CUES["month_end_part"])
SPAN_BOUNDS = {x.lower() for x in _CUES["span_bound_preps"]}  # 'dès lundi', 'depuis mardi': where a time opens or ends
PART_OF_MONTH = {fold(k): v for k, v in _CUES["month_parts"].items()}  # "fin" -> 12 for "fin 2021"
THIS_MONTH_WORDS = {fold(x) for x in _CUES["this_month_words"]}  # "le 3 courant": the 3rd of this month
THIS_MONTH = sorted((tuple(fold(p).replace("-", " - ").split()) for p in _CUES["this_month_phrases"]), key=len, reverse=True)
TIMES_OF_DAY = {fold(x) for x in _CUES["times_of_day"]}
TOLD_DAY_NOUNS = {fold(x) for x in _CUES["told_day_nouns"]} | TIMES_OF_DAY  # what 'même' or '-là' points back with
THIS = {fold(x) for x in _CUES["this_determiners"]}  # "ce soir", "cet après-midi": the publication day
PUBLICATION_LINES = [tuple(fold(x).split()) for x in _CUES["publication_line_words"]]  # "Publié le 04/03/2024 à 18h12"
STAMP_MARKS = frozenset(_CUES["page_stamp_marks"])  # 'Outlet | 14.03.2022', 'OLJ / le 15 octobre 2024'
STAMP_BETWEEN = frozenset(fold(x) for x in _CUES["page_stamp_between"])  # what may stand between a stamp's day and its mark or time
CLOCK_MARKS = tuple(_CUES["clock_time_marks"])  # '12:14', '00h00'
POST_MONTHS = {m: i + 1 for i, m in enumerate(_CUES["embedded_post_months"])}  # "March 13, 2020" under an embedded post
WEEK = fold(_CUES["week_noun"])
MONTH = fold(_CUES["month_noun"])
WEEKENDS = {fold(x) for x in _CUES["weekend_nouns"]}
WEEK_PARTS = {fold(k): (v[0], v[1]) for k, v in _CUES["week_parts"].items()}  # "début" -> Monday to Wednesday
AGO_UNITS = {fold(k): v for k, v in _CUES["ago_units"].items()}  # "il y a deux semaines": days in a unit
NUMBER_WORDS = {fold(k): v for k, v in _CUES["number_words"].items()}
FEW = {fold(x) for x in _CUES["few_words"]}
INDEFINITE = {x.lower() for x in _CUES["indefinite_determiners"]}  # "un vendredi" (with accents: not "dès vendredi")
RUNNING_YEAR_WORDS = {fold(x) for x in _CUES["running_year_words"]}  # "le 15 novembre suivant": after the narrative's date
RUNNING_YEAR_PHRASES = [tuple(fold(x).replace("-", " - ").split()) for x in _CUES["running_year_phrases"]]  # "de la même année"
RECENT = {tuple(fold(x).split()) for x in _CUES["recent_phrases"]}  # "ces derniers jours": some days up to now


@dataclass(frozen=True)
class Publication:
    """When an article appeared, as precisely as its metadata says: a day, a month, a year, or not at all."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value: str | None) -> Publication:
        parts = [int(p) for p in value.split("-")] if value else []
        return cls(*parts[:3])

    @property
    def exact(self) -> date | None:
        """The publication day, when the article gives it."""
        return date(self.year, self.month, self.day) if self.year and self.month and self.day else None

    @property
    def reference(self) -> date | None:
        """A day to measure distances from: the day, else mid-month, else mid-year."""
        if self.year is None:
            return None
        return date(self.year, self.month or 7, self.day or (15 if self.month else 1))

    def month_value(self, shift: int = 0) -> str | None:
        if self.year is None or self.month is None:
            return None
        index = self.year * 12 + self.month - 1 + shift
        return f"{index // 12:04d}-{index % 12 + 1:02d}"


@dataclass(frozen=True)
class DateMention:
    value: str  # YYYY-MM-DD | YYYY-MM | YYYY, or "" for a vague span of days across two months
    tokens: tuple[int, int]  # token range in the doc
    vague: bool = False  # a span of days ('la semaine dernière', 'il y a deux semaines'): not the publication day either
    yearless: bool = False  # 'le 1er juillet', 'en août': the year was chosen, nearest the publication


def written_in_full(mention: DateMention, doc: Doc) -> bool:
    """'le 10 février 2021', '10/02/2021': a day with its year written, one a narrative can go back
    to ('il faut remonter au 10 février 2021'), where 'mardi' or 'le 10 février' count from the
    article's own day."""
    words = doc[mention.tokens[0]:mention.tokens[1]]
    return len(mention.value) == 10 and any(_year([t], 0) or _in_figures([t], 0) for t in words)


_METADATA_LAG = timedelta(days=7)


def in_the_past(mention: DateMention, published: Publication) -> DateMention:
    """A day or month without a year, said of something told in a past tense ('s'étaient parlé le
    1er juillet'): the year that puts it on or before the publication, not the nearest one (which
    may be after it)."""
    day = published.exact
    if not mention.yearless or day is None or mention.value <= day.isoformat()[:len(mention.value)]:
        return mention
    if len(mention.value) == 10 and date.fromisoformat(mention.value) <= day + _METADATA_LAG:
        return mention  # a day or two after the article: its date is late, not the call a year early
    value = f"{int(mention.value[:4]) - 1:04d}{mention.value[4:]}"
    if len(value) == 10:
        try:
            date.fromisoformat(value)
        except ValueError:
            return mention  # "le 29 février" of a leap year
    return DateMention(value, mention.tokens, yearless=True)


def written_day(doc: Doc) -> date | None:
    """The latest day an article writes in full ('le 13 mars 2020', or 'March 13, 2020' under an
    embedded post): for an undated article, the day its weekdays and roles are read against,
    since news is written on or after the last day it names."""
    tokens = [token for token in doc if not blank_in_a_line(token.text)]
    found: list[date] = []
    for i, token in enumerate(tokens[:-2]):
        if (number := day_number(token.text)) is not None and fold(tokens[i + 1].text) in MONTHS:
            day, month, year = number, MONTHS[fold(tokens[i + 1].text)], tokens[i + 2].text
        elif token.text in POST_MONTHS and _is_day_number(tokens[i + 1]) and tokens[i + 2].text == "," and i + 3 < len(tokens):
            day, month, year = int(tokens[i + 1].text), POST_MONTHS[token.text], tokens[i + 3].text
        else:
            continue
        if year.isascii() and year.isdigit() and 1000 <= int(year) <= 2999:
            try:
                found.append(date(int(year), month, day))
            except ValueError:
                continue  # "31 février"
    return max(found, default=None)


def publication_line_day(doc: Doc) -> date | None:
    """'Publié le 04/03/2024 à 18h12', 'Mis à jour le 4 mars 2024': a line of the page opening
    with the words that say when it appeared, then a day in full: the day the article appeared,
    which metadata giving only its month, or none, leaves out. The first such line (a later one
    may be an update); else the stamp in the page's header (`_stamp_day`)."""
    tokens = [token for token in doc if not blank_in_a_line(token.text)]
    for i in range(len(tokens)):
        if i and "\n" not in tokens[i - 1].text and "\n" not in tokens[i - 1].whitespace_:
            continue  # not the opening of a line
        words = next((w for w in PUBLICATION_LINES if tuple(fold(t.text) for t in tokens[i:i + len(w)]) == w), None)
        if words is not None and i + len(words) < len(tokens):
            found = _date_at(tokens, i + len(words), Publication(), False)
            if found is not None and len(found.value) == 10:
                return date.fromisoformat(found.value)
    return _stamp_day(tokens)


_HEADER = 60  # tokens: a page's header, its headline, a credit and its stamp; the article's text follows


def _stamp_day(tokens: list[Token]) -> date | None:
    """'INTERNATIONAL 12:14 04.09.2018 (mis à jour ...)', 'Outlet | 14.03.2022', 'OLJ / le 15
    octobre 2024 à 00h00': the stamp of a page, a day in full in a line of its header that is no
    sentence (no full stop ends it), set off as pages set off their stamps: by a mark before it
    ('|', '/', a dash) or by the time of day it was posted at. The day it appeared, as a 'Publié
    le' line gives it; a day in the article's own sentences is the news's, never the page's."""
    lines: list[list[Token]] = [[]]
    for token in tokens[:_HEADER]:
        if "\n" in token.text:
            lines.append([])
            continue
        lines[-1].append(token)
        if "\n" in token.whitespace_:
            lines.append([])
    for line in lines:
        if not line or line[-1].text in {".", "!", "?"}:
            continue
        for i, token in enumerate(line):
            if not (_is_day_number(token) or _in_figures(line, i)):
                continue
            found = _date_at(line, i, Publication(), False)
            if found is None or len(found.value) != 10:
                continue
            last = bisect.bisect_left(line, found.tokens[1], key=lambda t: t.i) - 1
            before, after = _beside(line, i, -1), _beside(line, last, 1)
            if before is not None and (before.text in STAMP_MARKS or clock_time_words([before.text]) == 1) \
                    or after is not None and clock_time_words([after.text]) == 1:
                return date.fromisoformat(found.value)
    return None


def _beside(line: list[Token], at: int, step: int) -> Token | None:
    """The token next to line[at] on the side of `step`, stepping over the words a stamp sets between ('à', 'le', a comma)."""
    k = at + step
    while 0 <= k < len(line) and fold(line[k].text) in STAMP_BETWEEN:
        k += step
    return line[k] if 0 <= k < len(line) else None


def clock_time_words(words: Sequence[str]) -> int:
    """How many of the first `words` write a time of day in figures: one for '12:14', '14:32:08',
    '00h00', '21h'; two or three for '21 h', '21 h 05' as a tokenizer may cut them; none else. A
    page's stamp and a live page's entries are set off by it."""
    if not words:
        return 0
    first = words[0]
    for mark in CLOCK_MARKS:
        hour, found, rest = first.partition(mark)
        if found and _hour(hour):
            if not rest:
                return 1 if mark.isalpha() else 0
            return 1 if all(_minutes(part) for part in rest.split(mark)) and rest.count(mark) <= 1 else 0
    if _hour(first) and len(words) > 1 and words[1] in CLOCK_MARKS and words[1].isalpha():
        return 3 if len(words) > 2 and _minutes(words[2]) else 2
    return 0


def _hour(text: str) -> bool:
    return text.isascii() and text.isdigit() and len(text) <= 2 and int(text) < 24


def _minutes(text: str) -> bool:
    return text.isascii() and text.isdigit() and len(text) == 2 and int(text) < 60


def dates_in(sent: Span, published: Publication, future: bool = False, before: date | None = None,
             tokens: Sequence[Token] | None = None, norms: Sequence[str] | None = None) -> list[DateMention]:
    """Every date expression of the sentence, resolved; unresolvable ones are left out. 'La
    veille', 'le lendemain' (not 'de' an event) count from the last day named before them: in the
    sentence, else `before` (the last the text named), else the publication ('Obama a parlé
    vendredi avec X. Le lendemain, Kerry a joint Y.': Saturday, whatever day the article appeared).
    `tokens` and `norms`: the sentence's tokens and their norms, if at hand (made once, not at
    each call). White space within a line that is a token of its own ('le 3\u00a0mars') is
    stepped over as a space (`blank_in_a_line`)."""
    found: list[DateMention] = []
    tokens = list(sent if tokens is None else tokens)
    norms = [t.norm_ for t in tokens] if norms is None else norms
    if any(map(str.isspace, norms)):  # the cheap look first (a C loop): a blank in a line is white space
        kept = [k for k, norm in enumerate(norms) if not (norm.isspace() and blank_in_a_line(norm))]
        tokens, norms = [tokens[k] for k in kept], [norms[k] for k in kept]
    # most words start no date: one set lookup each, in a comprehension (no loop turn of its own)
    starts = [k for k, norm in enumerate(norms) if norm in _STARTS or norm[:1].isdigit() or "-" in norm]
    after = 0  # where the last date read ends
    for i in starts:
        if i < after:
            continue
        if norms[i] in _BEFORE_A_UNIT and (i + 1 == len(tokens) or fold(tokens[i + 1].text) not in _UNITS):
            continue  # 'les', 'deux', 'cet' (some 25 an article) start no date but before a unit or a time of day
        mention = _date_at(tokens, i, published, future, before)
        if mention is not None:
            if mention.value or mention.vague:
                found.append(mention)
                if len(mention.value) == 10:
                    before = date.fromisoformat(mention.value)
            after = bisect.bisect_left(tokens, mention.tokens[1], key=lambda token: token.i)
    return found


_STARTS = frozenset(RELATIVE_DAYS) | {"1er"} | frozenset(PART_OF_MONTH) | frozenset(MONTHS) | frozenset(WEEKDAYS) | THIS | {
    p[0] for p in THIS_MONTH} | {WEEK, "week", "y"} | frozenset(WEEKENDS) | {p[0] for p in RECENT} | frozenset(NUMBER_WORDS) | TOLD_DAY_NOUNS

# The words that start a date only before one of `_UNITS` ('deux jours plus tard', 'cet après-midi', 'ces
# derniers jours', 'le mois dernier'), and no date alone (`_date_at` reads them so): a look at the next word
# skips them, where `_date_at` would fold and test it a dozen ways.
_BEFORE_A_UNIT = (frozenset(NUMBER_WORDS) | THIS | {p[0] for p in RECENT} | {p[0] for p in THIS_MONTH if len(p) > 1}) - (
    frozenset(RELATIVE_DAYS) | {"1er", WEEK, "week", "y"} | frozenset(PART_OF_MONTH) | frozenset(MONTHS) | frozenset(WEEKDAYS)
    | frozenset(WEEKENDS) | {p[0] for p in THIS_MONTH if len(p) == 1}) - {w for w in NUMBER_WORDS if "-" in w or w[:1].isdigit()}
_UNITS = frozenset(AGO_UNITS) | TIMES_OF_DAY | {p[1] for p in RECENT} | {p[1] for p in THIS_MONTH if len(p) > 1}


def _date_at(tokens: list[Token], i: int, published: Publication, future: bool, before: date | None = None) -> DateMention | None:
    """The date expression starting at tokens[i], if any. A mention with an empty value was
    recognised but cannot be resolved (a weekday in an undated article): it is skipped whole."""
    word = fold(tokens[i].text)
    at = (tokens[i].i, tokens[i].i + 1)
    if word in RELATIVE_DAYS:
        if word in EVENT_RELATIVE_DAYS and i + 1 < len(tokens) and fold(tokens[i + 1].text) in {"de", "du", "d'", "des"}:
            return _of_the_event(tokens, i, published, future)  # "au lendemain de l'élection": relative to the election
        if word in EVENT_RELATIVE_DAYS and before is not None:  # "la veille", "le lendemain": of the day told before
            return DateMention((before + timedelta(days=RELATIVE_DAYS[word])).isoformat(), at)
        return DateMention(_shifted(published, RELATIVE_DAYS[word]), at)
    if (numeric := _in_figures(tokens, i)) is not None:
        return _numeric_date(numeric[0], (tokens[i].i, tokens[i + numeric[1] - 1].i + 1))
    if (later := _later(tokens, i, before)) is not None:
        return later
    if word in TOLD_DAY_NOUNS:
        return _told_day(tokens[i], before)
    if _is_day_number(tokens[i]):
        return _day_month(tokens, i, published, future) or _day_of_a_list(tokens, i, published, future) \
            or _bare_day(tokens, i, published, future)
    if word == "1er" and i + 1 < len(tokens):
        return _day_month(tokens, i, published, future, day=1) or _day_of_a_list(tokens, i, published, future, day=1) \
            or _bare_day(tokens, i, published, future, day=1)
    if word in PART_OF_MONTH and i + 1 < len(tokens):
        return _part_of(tokens, i, published, future)
    if "-" in word and word.split("-", 1)[0] in PART_OF_MONTH and word.split("-", 1)[1] in MONTHS:  # "mi-mars"
        return _month(tokens, i, i, published, future, name=word.split("-", 1)[1])
    if word in MONTHS and (i == 0 or fold(tokens[i - 1].text) in {"en", "de", "d'", "depuis", "mois"} or _year(tokens, i + 1)):
        return _month(tokens, i, i, published, future)
    if word in WEEKDAYS:
        return _weekday_mention(tokens, i, published, future)
    if word == WEEK or word in WEEKENDS or word == "week":
        return _week(tokens, i, published, future)
    if word in THIS and i + 1 < len(tokens) and fold(tokens[i + 1].text) in TIMES_OF_DAY and not (
            i + 2 < len(tokens) and fold(tokens[i + 2].text) in {"-la", "la"}):  # not "ce soir-là", a day told before
        return DateMention(_shifted(published, 0), (tokens[i].i, tokens[i + 1].i + 1))
    if word == "y" and i and fold(tokens[i - 1].text) == "il" and i + 1 < len(tokens) and fold(tokens[i + 1].text) == "a":
        return _ago(tokens, i - 1, published)
    if i + 2 < len(tokens) and (word, fold(tokens[i + 1].text)) in RECENT and fold(tokens[i + 2].text) in AGO_UNITS:
        return _recent(tokens, i, published)
    phrase = next((p for p in THIS_MONTH if p[0] == word and tuple(t.norm_ for t in tokens[i:i + len(p)]) == p), None)
    if phrase is not None:
        shift = -1 if "dernier" in phrase else 1 if "prochain" in phrase else 0
        return DateMention(published.month_value(shift) or "", (tokens[i].i, tokens[i].i + len(phrase)))
    return None


_YEARS = range(1900, 2101)  # the years a date written in an article may name
# 'le 10/01/2024', 'le 3.2.2023': day, month and year in French order, ASCII digits; '2024/01/10',
# '2024.01.10', '2024-01-10': the year first, as wires, archives and pages' stamps write a day
_DAY_FIRST = re.compile(r"(?P<day>[0-9]{1,2})(?P<mark>[/.])(?P<month>[0-9]{1,2})(?P=mark)(?P<year>[0-9]{4})")
_YEAR_FIRST = re.compile(r"(?P<year>[0-9]{4})(?P<mark>[/.-])(?P<month>[0-9]{1,2})(?P=mark)(?P<day>[0-9]{1,2})")
_HYPHENED = 5  # '2024-01-10' is cut into five tokens ('2024', '-', '01', '-', '10'); the others stay one


def _in_figures(tokens: Sequence[Token], i: int) -> tuple[re.Match[str], int] | None:
    """A date written in figures from tokens[i], and how many tokens it takes: one for
    '10/01/2024' or '2024/01/10', five for '2024-01-10', which the tokenizer cuts at its hyphens
    (read only when nothing stands between the pieces)."""
    text = tokens[i].text
    if not text[:1].isdigit():
        return None
    found = _DAY_FIRST.fullmatch(text) or _YEAR_FIRST.fullmatch(text)
    if found is not None:
        return found, 1
    pieces = tokens[i:i + _HYPHENED]
    if len(text) != 4 or len(pieces) < _HYPHENED or any(
            t.whitespace_ or after.i != t.i + 1 for t, after in zip(pieces, pieces[1:], strict=False)):
        return None
    found = _YEAR_FIRST.fullmatch("".join(t.text for t in pieces))
    return (found, _HYPHENED) if found is not None and found["mark"] == "-" else None


def _of_the_event(tokens: list[Token], i: int, published: Publication, future: bool) -> DateMention:
    """'au lendemain du sommet de l'Otan du 10 juillet': the day before or after an event whose
    own day the phrase gives ('du 10 juillet', hung on it by 'de'): that day shifted; an event
    with no day given leaves it unknown (an empty value). Not a day set off by a comma ('à la
    veille de l'investiture, le 19 janvier'): that one is the day the clause tells."""
    end = tokens[i].right_edge.i
    for j in range(i + 2, len(tokens)):
        if tokens[j].i > end or tokens[j].text == ",":
            break
        if fold(tokens[j - 1].text) in {"de", "du"} and (_is_day_number(tokens[j]) or fold(tokens[j].text) == "1er"):
            day = _day_month(tokens, j, published, future, day=1 if fold(tokens[j].text) == "1er" else None)
            if day is not None and len(day.value) == 10:
                shifted = date.fromisoformat(day.value) + timedelta(days=RELATIVE_DAYS[fold(tokens[i].text)])
                return DateMention(shifted.isoformat(), (tokens[i].i, day.tokens[1]), yearless=day.yearless)
    return DateMention("", (tokens[i].i, tokens[i].i + 1))


def _numeric_date(found: re.Match[str], at: tuple[int, int]) -> DateMention | None:
    """The day a date in figures names, if it is one in the years news is about ('31/02/2024' and
    '2024/13/05' are none: a month or day the calendar has not)."""
    try:
        day = date(int(found["year"]), int(found["month"]), int(found["day"]))
    except ValueError:
        return None
    return DateMention(day.isoformat(), at) if day.year in _YEARS else None


def _week(tokens: list[Token], i: int, published: Publication, future: bool) -> DateMention | None:
    """'la semaine dernière', 'cette semaine', 'en début de semaine', 'le week-end dernier': some
    days of a week, given as their month when they lie in one, else vague (no day, not the
    publication's either). 'deux semaines', 'chaque semaine', 'la semaine du 3 mars' are not."""
    end = i + 1
    weekend = fold(tokens[i].text) in WEEKENDS
    if fold(tokens[i].text) == "week":  # "week - end" in three tokens
        if i + 2 >= len(tokens) or tokens[i + 1].text != "-" or fold(tokens[i + 2].text) != "end":
            return None
        end, weekend = i + 3, True
    after = fold(tokens[end].text) if end < len(tokens) else ""
    shift = -7 if after in PAST else 7 if after in FUTURE else None
    end += shift is not None
    before = [fold(t.text) for t in tokens[max(0, i - 3):i]]
    part = (5, 6) if weekend else None
    if not weekend and before[-1:] in (["de"], ["d'"]) and before[-2:-1] and before[-2] in WEEK_PARTS:
        start, part = i - 2 - (before[:1] in (["en"], ["a"]) and len(before) == 3), WEEK_PARTS[before[-2]]
        shift = shift or 0  # "en début de semaine": this week's
    elif before[-1:] in (["cette"], ["ce"]) and shift is None:
        start, shift = i - 1, 0
    elif before[-2:] == ["dans", "la"] and shift is None and not weekend and (end == len(tokens) or not tokens[end].is_alpha):
        start, shift = i - 2, 0  # "plus tôt dans la semaine, X avait annoncé": this week's (not 'dans la semaine du 3 mars')
    elif weekend and shift is None and after not in {"de", "du", "des", "d'"} and (
            before[-1:] == ["du"] or before[-1:] == ["le"] and before[-2:-1] in (["pendant"], ["durant"])):
        start, shift = i - 1, 0  # "au cours du week-end", "pendant le week-end": the nearest one, as "ce week-end"
    elif before[-1:] in (["la"], ["le"]) and shift is not None:
        start = i - 1
    else:
        return None
    span = (tokens[start].i, tokens[end - 1].i + 1)
    day = published.exact
    if day is None:  # only the article's month: its own week is in it, as far as it says
        return DateMention(published.month_value() or "" if shift == 0 else "", span, vague=True)
    if weekend and (shift == 0 and not future or shift == 7) and day.weekday() < 5:
        shift -= 7  # "ce week-end" on a weekday, told as past: the one just past; "le week-end prochain": the coming one
    monday = day - timedelta(days=day.weekday() - shift)
    first, last = (monday + timedelta(days=d) for d in part or (0, 6))
    if shift == 0:
        first, last = (max(first, day), last) if future else (first, min(last, day))
    return DateMention(_month_of_span(first, last), span, vague=True)


def _told_day(noun: Token, before: date | None) -> DateMention | None:
    """'Le même jour', 'le soir même', 'le jour même', 'ce soir-là': a day or a time of day that
    'même' or '-là' next to it points back with is the last day told before (in the sentence,
    else the text); unresolved without one. The mark must hang on the noun and touch it: 'même
    le soir' is 'even in the evening', no day."""
    marks = [c for c in children(noun) if fold(c.text) in TOLD_DAY_MARKS and abs(c.i - noun.i) == 1]
    if before is None or not marks:
        return None
    return DateMention(before.isoformat(), (min(noun.i, marks[0].i), max(noun.i, marks[0].i) + 1))


def _amount(word: str) -> float | None:
    """'trois', '3', 'une': how many days, weeks, months or years (two digits at most)."""
    return int(word) if word.isascii() and word.isdigit() and len(word) <= 2 else NUMBER_WORDS.get(word)


def _later(tokens: list[Token], i: int, before: date | None) -> DateMention | None:
    """'Le 14 mars, X appelle Y. Trois jours plus tard (après), il échange avec Z': so many days or weeks
    after the last day told before (in the sentence, else the text); unresolved without one (not
    the publication's day either). Months and years say no day."""
    count = _amount(fold(tokens[i].text))
    if not count or i + 1 >= len(tokens):
        return None
    unit = AGO_UNITS.get(fold(tokens[i + 1].text))
    marker = next((m for m in LATER if tuple(fold(t.text) for t in tokens[i + 2:i + 2 + len(m)]) == m), None)
    if unit is None or unit >= 30 or marker is None or tokens[i + 1 + len(marker)].pos_ == "ADP":
        return None  # 'trois jours après l'élection': after an event, not after the day told before
    at = (tokens[i].i, tokens[i + 1 + len(marker)].i + 1)
    return DateMention((before + timedelta(days=int(count * unit))).isoformat() if before else "", at)


def _ago(tokens: list[Token], i: int, published: Publication) -> DateMention | None:
    """'il y a trois jours' is a day; 'il y a deux semaines', 'il y a quelques jours' a span of
    days, given as its month when it lies in one; 'il y a un mois', 'il y a deux ans' a month."""
    if i + 4 >= len(tokens) or fold(tokens[i + 4].text) not in AGO_UNITS:
        return None
    word, unit = fold(tokens[i + 3].text), AGO_UNITS[fold(tokens[i + 4].text)]
    count = _amount(word) or 0
    if count != int(count) or count < 1 and word not in FEW:
        return None  # "il y a une demi-heure", "il y a eu un appel"
    span = (tokens[i].i, tokens[i + 4].i + 1)
    if unit >= 30:  # 'il y a un mois', 'il y a deux ans', 'il y a un an et demi': that month
        half = i + 6 < len(tokens) and fold(tokens[i + 5].text) == "et" and fold(tokens[i + 6].text) in {"demi", "demie"}
        months = int(count) * round(unit / 30) + (round(unit / 60) if half else 0)
        span = (span[0], tokens[i + 6].i + 1) if half else span
        return DateMention(published.month_value(-months) or "" if count else "", span, vague=True)
    day = published.exact
    if day is None:
        return DateMention("", span, vague=True)
    if count and unit == 1:
        return DateMention((day - timedelta(days=int(count))).isoformat(), span)
    first, last = (day - timedelta(days=int(count) * unit + 3), day - timedelta(days=int(count) * unit - 3)) if count else \
        (day - timedelta(days=6 * unit), day - timedelta(days=2 * unit))
    return DateMention(_month_of_span(first, last), span, vague=True)


def _recent(tokens: list[Token], i: int, published: Publication) -> DateMention:
    """'ces derniers jours', 'ces dernières semaines': some days up to the publication, given as
    their month when they lie in one, else vague (no day; the publication day was taken)."""
    unit = AGO_UNITS[fold(tokens[i + 2].text)]
    span = (tokens[i].i, tokens[i + 2].i + 1)
    if unit == 30:
        return DateMention("", span, vague=True)
    day = published.exact
    if day is None:
        return DateMention(published.month_value() or "", span, vague=True)
    return DateMention(_month_of_span(day - timedelta(days=3 * unit), day), span, vague=True)


def _month_of_span(first: date, last: date) -> str:
    """The month the days from `first` to `last` lie in, or "" when they straddle two."""
    return f"{first.year:04d}-{first.month:02d}" if (first.year, first.month) == (last.year, last.month) else ""


def _shifted(published: Publication, days: int) -> str:
    day = published.exact
    if day is not None:
        return (day + timedelta(days=days)).isoformat()
    return published.month_value() or ""


def day_number(text: str) -> int | None:
    """The day of the month a word writes: '14', or the ordinal of the first, '1er' ('ALGER, 1er
    avril 2025 (APS) -'), which a test of digits alone missed."""
    if fold(text) == "1er":
        return 1
    return int(text) if text.isascii() and text.isdigit() and 1 <= int(text) <= 31 else None


def _is_day_number(token: Token) -> bool:
    """A day of the month written in digits only ('14', not '1er')."""
    return token.text.isdigit() and day_number(token.text) is not None


def _weekday_mention(tokens: list[Token], i: int, published: Publication, future: bool) -> DateMention:
    word = fold(tokens[i].text)
    end = i + 1
    while end < len(tokens) and fold(tokens[end].text) in PAST | FUTURE | TIMES_OF_DAY:
        end += 1
    if end < len(tokens) and _is_day_number(tokens[end]):  # "mercredi 26 avril"
        explicit = _day_month(tokens, end, published, future)
        if explicit is not None:
            return DateMention(explicit.value, (tokens[i].i, explicit.tokens[1]))
        numbered = _numbered_weekday(WEEKDAYS[word], tokens, end, published)
        if numbered is not None:  # "lundi 3": the 3rd that is a Monday
            return DateMention(numbered.isoformat(), (tokens[i].i, tokens[end].i + 1))
    if _overnight(tokens, i, end):
        end += 2  # "la nuit de mardi à mercredi": one night, dated by the evening it starts
    span = (tokens[i].i, tokens[end - 1].i + 1)
    if i and tokens[i - 1].lower_ in INDEFINITE:
        return DateMention("", span)  # "Le 21 février, un vendredi, ...": which weekday a day was, no day of its own
    day = published.exact
    if day is None:
        return DateMention(published.month_value() or "", span)
    return DateMention(_weekday(word, tokens, i, day, future).isoformat(), span)


def _numbered_weekday(weekday: int, tokens: list[Token], i: int, published: Publication) -> date | None:
    """'lundi 3' with no month: the day numbered tokens[i] that falls on `weekday` in the
    article's month or a month next to it, the nearest to the publication. A weekday and a
    number together name one day even when the article gives only its month; a number of
    things ('mardi 3 000 manifestants') is not one, nor a number whose day is another weekday."""
    after, reference = tokens[i + 1] if i + 1 < len(tokens) else None, published.reference
    if reference is None or published.month is None or after is not None and (
            after.pos_ in {"NOUN", "NUM", "SYM"} or after.text[:1].isdigit()):
        return None
    number = int(tokens[i].text)
    candidates = []
    for shift in (-1, 0, 1):
        month = published.month_value(shift) or ""
        try:
            day = date(int(month[:4]), int(month[5:7]), number)
        except ValueError:
            continue  # "mardi 31" in a month of 30 days
        if day.weekday() == weekday:
            candidates.append(day)
    return min(candidates, key=lambda d: abs((d - reference).days), default=None)


def _overnight(tokens: list[Token], i: int, end: int) -> bool:
    """'(dans la) nuit de mardi à mercredi': the weekday at `i` (its words up to `end`) opens a
    night that runs into the next weekday, which is no day of its own."""
    return i >= 2 and fold(tokens[i - 1].text) in {"de", "du"} and fold(tokens[i - 2].text) in TIMES_OF_DAY \
        and end + 1 < len(tokens) and fold(tokens[end].text) in {"a", "au"} and fold(tokens[end + 1].text) in WEEKDAYS


def _day_month(tokens: list[Token], i: int, published: Publication, future: bool,
               day: int | None = None) -> DateMention | None:
    if i + 1 >= len(tokens) or fold(tokens[i + 1].text) not in MONTHS:
        return None
    day = day or int(tokens[i].text)
    month = MONTHS[fold(tokens[i + 1].text)]
    year = _year(tokens, i + 2)
    end = i + 3 if year else i + 2
    span = (tokens[i].i, tokens[end - 1].i + 1)
    yearless = year is None
    running = _running_mark(tokens, end) if year is None else 0
    if running:
        span = (span[0], tokens[end + running - 1].i + 1)
    if year is None:
        year = _nearest_year(month, day, published, future)
        if year is None:
            return DateMention("", span)
    try:
        value = date(year, month, day)
    except ValueError:
        return None
    if yearless and (running or not future and published.exact and value > published.exact + _METADATA_LAG):
        told = _running_date(tokens[i])
        narrated = _on_or_after(told, month, day) if told is not None else None
        if narrated is not None and (running or published.exact is None or narrated <= published.exact):
            value, yearless = narrated, False  # the narrative's year, not the one nearest the article
    return DateMention(value.isoformat(), span, yearless=yearless)


def _running_mark(tokens: list[Token], end: int) -> int:
    """How many words after a day and month say it is in the year the narrative runs in ('le 15
    novembre suivant', 'le 19 décembre de la même année'): 0 when none do."""
    if end < len(tokens) and fold(tokens[end].text) in RUNNING_YEAR_WORDS:
        return 1
    words = tuple(fold(t.text) for t in tokens[end:end + 5])
    return next((len(p) for p in RUNNING_YEAR_PHRASES if words[:len(p)] == p), 0)


def _running_date(token: Token) -> date | None:
    """The last month written with its year before `token` ('Le dégel commence fin juin 2016.',
    'il faut remonter au 10 février 2021'): the date a narrative runs from, which a day it names
    without a year follows ('... se parlent au téléphone le 29 juin': 2016, not the year after
    the article). Read only for such a day."""
    doc = token.doc
    for k in range(token.i - 1, 0, -1):
        word = doc[k].text
        if len(word) == 4 and word.isascii() and word.isdigit() and int(word) in _YEARS and fold(doc[k - 1].text) in MONTHS:
            day = day_number(doc[k - 2].text) if k >= 2 else None
            try:
                return date(int(word), MONTHS[fold(doc[k - 1].text)], day or 1)
            except ValueError:
                return date(int(word), MONTHS[fold(doc[k - 1].text)], 1)
    return None


def _on_or_after(told: date, month: int, day: int) -> date | None:
    """The first day/month on or after the narrative's date."""
    for year in (told.year, told.year + 1):
        try:
            value = date(year, month, day)
        except ValueError:
            continue
        if value >= told:
            return value
    return None


def _day_of_a_list(tokens: list[Token], i: int, published: Publication, future: bool,
                   day: int | None = None) -> DateMention | None:
    """'le 12 et le 20 septembre', 'les 1er, 5 et 8 juin': a day listed before others takes the
    month (and year) the list ends with, not the article's."""
    j = i + 1
    while j + 1 < len(tokens) and fold(tokens[j].text) in _LIST_JOINERS:
        j += 1
        if _is_day_number(tokens[j]):
            found = _day_month(tokens, j, published, future)
            if found is not None and found.value:
                try:
                    value = date.fromisoformat(found.value).replace(day=day or int(tokens[i].text))
                except ValueError:
                    return None  # 'les 31 et 1er' or a day the month has not
                return DateMention(value.isoformat(), (tokens[i].i, tokens[i].i + 1), yearless=found.yearless)
            j += 1
    return None


_LIST_JOINERS = frozenset(fold(w) for w in _CUES["day_joiners"])  # between the days of a list: 'le 12, le 15 et le 20 mars'


def _bare_day(tokens: list[Token], i: int, published: Publication, future: bool,
              day: int | None = None) -> DateMention | None:
    """'X a reçu le 3 un appel de Y': a day of the month without its name is in the article's
    month, or the month before when that day is still to come (the one after, for a plan). Not
    'le 3 mars' (read before), nor a number of something ('le 10 Downing Street', 'le 3 %'). 'le 3
    courant' is the communiqués' way of naming this month's 3rd."""
    if i == 0 or fold(tokens[i - 1].text) != "le":
        return None
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    this_month = after is not None and fold(after.text) in THIS_MONTH_WORDS
    span = (tokens[i].i, tokens[i].i + (2 if this_month else 1))
    if after is not None and not this_month and (
            after.pos_ in {"NOUN", "PROPN", "NUM", "SYM"} or after.text[:1].isdigit()
            or fold(after.text) in MONTHS or after.text in {"%", "e", "er", "ème", ":", "h"}):
        return None
    day = day or int(tokens[i].text)
    if published.year is None or published.month is None:
        return DateMention("", span)
    shift = 0
    if published.day is not None and not this_month:  # 'courant' names this month, whatever the tense
        if day > published.day and not future:
            shift = -1  # "le 28" in an article of the 5th, told as done: last month's
        elif day < published.day and future:
            shift = 1
    month = published.month_value(shift) or ""
    try:
        value = date(int(month[:4]), int(month[5:7]), day).isoformat()
    except ValueError:
        return None  # "le 31" of a month of 30 days
    return DateMention(value, span)


def _part_of(tokens: list[Token], i: int, published: Publication, future: bool) -> DateMention | None:
    """'fin janvier', 'début avril', 'mi-mars' are months; 'fin 2021' is the year's last month;
    'à la fin du mois', 'au début du mois dernier', 'd'ici la fin du mois' the article's month or
    the one the marker after it says ('fin du mois de mars': March; 'fin du mois de ramadan': none)."""
    j = i + 1
    if j < len(tokens) and tokens[j].text == "-":
        j += 1
    if j < len(tokens) and fold(tokens[j].text) in MONTHS:
        return _month(tokens, j, i, published, future)
    if j + 1 < len(tokens) and fold(tokens[j].text) == "du" and fold(tokens[j + 1].text) == MONTH:
        after = fold(tokens[j + 2].text) if j + 2 < len(tokens) else ""
        if after in {"de", "d'"}:
            return _month(tokens, j + 3, i, published, future) if j + 3 < len(tokens) and fold(tokens[j + 3].text) in MONTHS \
                else None
        shift = -1 if after in PAST else 1 if after in FUTURE else 0
        return DateMention(published.month_value(shift) or "", (tokens[i].i, tokens[j + 1 + (shift != 0)].i + 1))
    year = _year(tokens, j)
    if year is not None:
        return DateMention(f"{year:04d}-{PART_OF_MONTH[fold(tokens[i].text)]:02d}", (tokens[i].i, tokens[j].i + 1))
    return None


def _month(tokens: list[Token], j: int, start: int, published: Publication, future: bool,
           name: str | None = None) -> DateMention | None:
    """A month name at tokens[j] (the expression starting at tokens[start]), with or without its year."""
    month = MONTHS[name or fold(tokens[j].text)]
    year = _year(tokens, j + 1)
    end = j + 2 if year else j + 1
    yearless = year is None
    if year is None:
        after = {fold(t.text) for t in tokens[j + 1:j + 2]}
        if after & FUTURE:
            future = True
        year = _nearest_year(month, 15, published, future, past=bool(after & PAST))
        if year is None:
            return DateMention("", (tokens[start].i, tokens[end - 1].i + 1))
    return DateMention(f"{year:04d}-{month:02d}", (tokens[start].i, tokens[end - 1].i + 1), yearless=yearless)


def _nearest_year(month: int, day: int, published: Publication, future: bool, past: bool = False) -> int | None:
    """The year that puts day/month nearest the publication, on the side the clause speaks of."""
    reference = published.reference
    if reference is None:
        return None
    candidates = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            day_of = date(year, month, min(day, 28))
        except ValueError:
            continue
        if past and day_of > reference + timedelta(days=31) or future and day_of < reference - timedelta(days=31):
            continue
        candidates.append((abs((day_of - reference).days), year))
    return min(candidates)[1] if candidates else None


def _year(tokens: list[Token], i: int) -> int | None:
    if i < len(tokens) and tokens[i].text.isascii() and tokens[i].text.isdigit() and len(tokens[i].text) == 4:
        year = int(tokens[i].text)
        return year if year in _YEARS else None
    return None


def _weekday(word: str, tokens: list[Token], i: int, published: date, future: bool) -> date:
    after = {fold(t.text) for t in tokens[i + 1:i + 3]}
    wanted = WEEKDAYS[word]
    if after & FUTURE:  # "lundi prochain" in an article of a Monday: the next one
        return published + timedelta(days=(wanted - published.weekday()) % 7 or 7)
    if future and not after & PAST:  # "X doit appeler Y lundi" in an article of a Monday: that day
        return published + timedelta(days=(wanted - published.weekday()) % 7)
    back = (published.weekday() - wanted) % 7
    if after & PAST and back == 0:
        back = 7
    return published - timedelta(days=back)
