"""A dispatch's dateline: 'MOSCOU, 10 avril (AFP) - ', 'NEW YORK (Reuters) - ', 'TÉHÉRAN - '.

An agency opens a dispatch with the place it writes from in capitals, then maybe the day and
the agency, then a dash. Two things are read from it: the day the dispatch was written (when
the article's metadata gives only its month) and the country whose capital the place is (a bare
'Le Premier ministre a assuré ...' in a dispatch from Warsaw is Poland's). One reader here, on
tokens alone, so that both agree on what a dateline is: it also runs before the parse.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from kg.nlp.cues import cues
from kg.nlp.extract.dates import day_number
from kg.nlp.extract.words import tokens_of
from kg.text import fold

_REACH = 60  # tokens: a dateline opens the dispatch, after its headline at most
_DASHES = frozenset({"-", "–", "—", "--"})
_MARKS = frozenset({",", "("}) | _DASHES  # what follows the place
_PLACE_WORDS = 3  # "Le Caire", "Addis-Abeba", "Port Moresby"
_DASH_REACH = 6  # tokens after the day: '(AFP) -', '(Reuters) –'
_AGENCY_WORDS = 5  # '(Agence Atlantique de Presse)'
_MONTHS = {fold(m): i + 1 for i, m in enumerate(cues()["months"])}


@dataclass(frozen=True)
class Dateline:
    place: str  # folded words of the place: 'new york'
    day: int | None  # 'MOSCOU, 10 avril (AFP) -': 10 and 4, when a dash follows them
    month: int | None


def datelines(doc: Doc) -> list[Dateline]:
    """Every dateline opening a line among the first words (a headline may come first), in order.
    A place in capitals needs only a mark after it; one written as a name ('Moscou, 10 avril
    (AFP) -', 'Kigali (AFP) -', 'Kigali — ') also a day, an agency or a dash, as a sentence
    opening with a name ('Emmanuel Macron, 46 ans, ...') has none of them."""
    return [line for line, _ in _lines(doc)]


def dateline_agencies(doc: Doc) -> list[tuple[int, int]]:
    """The token range of the agency each dateline credits in its parentheses, right before its
    dash: 'RABAT, 3 mai (Agence Atlantique de Presse) -' credits the whole 'Agence Atlantique de
    Presse', a name the gazetteer may lack and whose 'de' no name of a person or an outlet holds."""
    found = []
    for _, (tokens, end) in _lines(doc):
        opening = next((i for i in range(end, min(end + _DASH_REACH, len(tokens))) if tokens[i].text == "("), None)
        if opening is None:
            continue
        close = next((i for i in range(opening + 1, min(opening + 2 + _AGENCY_WORDS, len(tokens))) if tokens[i].text == ")"), None)
        if close is not None and close > opening + 1 and close + 1 < len(tokens) and tokens[close + 1].text in _DASHES \
                and tokens[opening + 1].text[:1].isupper():
            found.append((tokens[opening + 1].i, tokens[close - 1].i + 1))
    return found


def _lines(doc: Doc) -> list[tuple[Dateline, tuple[list[Token], int]]]:
    """Each dateline, with the first words and the index among them of the mark after its place."""
    tokens = [t for t in tokens_of(doc)[:_REACH] if not t.is_space]
    found = []
    for k, token in enumerate(tokens):
        if not _opens_a_line(doc, token):
            continue
        end, capitals = k, token.text.isupper()
        while end < len(tokens) and (tokens[end].text.isupper() if capitals else end < k + _PLACE_WORDS and tokens[end].text.istitle()):
            end += 1
        if end == k or end == len(tokens) or tokens[end].text not in _MARKS:
            continue
        day, month = _day(tokens, end) if tokens[end].text == "," else (None, None)
        if capitals or day is not None or tokens[end].text in _DASHES or _agency_then_dash(tokens, end):
            found.append((Dateline(" ".join(fold(t.text) for t in tokens[k:end]), day, month), (tokens, end)))
    return found


def _agency_then_dash(tokens: list[Token], at: int) -> bool:
    """'(AFP) -', '(Reuters) —': a parenthesis of a word or two, closed, then a dash."""
    close = next((i for i in range(at + 1, min(at + 4, len(tokens))) if tokens[i].text == ")"), None)
    return tokens[at].text == "(" and close is not None and close + 1 < len(tokens) and tokens[close + 1].text in _DASHES


def _opens_a_line(doc: Doc, token: Token) -> bool:
    return token.i == 0 or "\n" in doc[token.i - 1].text or "\n" in doc[token.i - 1].whitespace_


def _day(tokens: list[Token], comma: int) -> tuple[int | None, int | None]:
    """'…, 10 avril (AFP) -', '…, 1er avril 2025 (APS) -': the day and month after the place's comma, if a dash closes them."""
    if comma + 2 >= len(tokens):
        return None, None
    number, month = day_number(tokens[comma + 1].text), _MONTHS.get(fold(tokens[comma + 2].text))
    if number is None or month is None:
        return None, None
    if not any(t.text in _DASHES for t in tokens[comma + 3:comma + 3 + _DASH_REACH]):
        return None, None
    return number, month


_DISPATCH_LAG = timedelta(days=3)  # a paper takes a dispatch up the next days; an older day is something else


def dateline_day(doc: Doc, published: str) -> date | None:
    """The day the first dated dateline gives: in an article whose metadata gives only its month
    ('2020-04'), when the dateline's month is that month; in one that gives its day, when the
    dispatch was written a few days before it ('PARIS, 4 janvier (AFP) -' taken up by a paper on
    the 5th): its 'mardi', 'hier' and undated calls are the dispatch's, not the paper's."""
    for line in datelines(doc):
        if line.day is not None and line.month is not None:
            year = int(published[:4])
            if len(published) == 7:
                return _real_day(year, line.month, line.day) if line.month == int(published[5:7]) else None
            day = date.fromisoformat(published)
            written = _real_day(year - (line.month > day.month), line.month, line.day)  # 'PARIS, 31 décembre' in January
            return written if written is not None and timedelta(0) < day - written <= _DISPATCH_LAG else None
    return None


def _real_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None  # "31 avril"
