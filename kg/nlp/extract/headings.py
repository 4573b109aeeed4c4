"""The day headings of a chronology or a live page: a line that is only a day ('Dimanche 17
juillet', 'Mardi 3 mars 2020', '17 juillet 2022 :') dates what the paragraphs under it tell,
up to the next such line. A call told there with no day of its own took place on the heading's
day, not on the day the article appeared.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from spacy.tokens import Span

from kg.nlp.extract.dates import MONTHS, WEEKDAYS, Publication, dates_in
from kg.nlp.extract.words import starts_paragraph
from kg.text import fold

_TRAILING = frozenset({":", "-", "–", "—", "."})  # what may close a heading: '17 juillet 2022 :'
_LONGEST = 5  # words: 'Mardi 3 mars 2020' has four; a line with more says something else


def heading_days(sents: Sequence[Span], text: str, published: Publication) -> list[str | None]:
    """For each sentence, the day of the heading above it (None before the first, on the
    headings themselves, and all through an article with headings of fewer than two days: a
    single day alone on a line is a page's date under its byline ('4 février 2025') or a live
    page's day, the day the article appeared, not a chronology's)."""
    headings = [_heading_day(sents, text, index, published) for index in range(len(sents))]
    if len(set(headings) - {None}) < 2:
        return [None] * len(sents)
    days: list[str | None] = []
    current = ""
    for heading in headings:
        days.append(None if heading is not None else current or None)
        current = current if heading is None else heading
    return days


def _heading_day(sents: Sequence[Span], text: str, index: int, published: Publication) -> str | None:
    """The day sentence `index` names, if it is a whole line that is only that day, written with
    its month in words (a line of figures alone, '14.03.2022', is a page's stamp); None if it is
    no such line. A weekday that is not the day's ('Jeudi 10 mars' in a year where the 10th is a
    Sunday: a misprint, or another year than the one taken) leaves a heading with no day (""),
    which ends the reach of the one before and dates nothing."""
    if len(sents[index]) > 2 * _LONGEST:  # the cheap look first: most sentences are longer
        return None
    words = [t for t in sents[index] if not t.is_space]
    while words and words[-1].text in _TRAILING:
        words.pop()
    if not words or len(words) > _LONGEST or not any(fold(t.text) in MONTHS for t in words):
        return None
    if index + 1 < len(sents) and not starts_paragraph(text, sents, index + 1) or not (
            index == 0 or starts_paragraph(text, sents, index)):
        return None
    found = dates_in(sents[index], published)
    if len(found) != 1 or len(found[0].value) != 10 or found[0].tokens != (words[0].i, words[-1].i + 1):
        return None
    day = date.fromisoformat(found[0].value)
    weekday = WEEKDAYS.get(fold(words[0].text))
    return found[0].value if weekday is None or weekday == day.weekday() else ""
