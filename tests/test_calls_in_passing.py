"""Calls as round-ups and analyses tell them among other news: what a passing sentence adds or
must not add, on sentences of our own (each found reading long articles written for the purpose)."""
from __future__ import annotations

import pytest

from kg.nlp.gazetteer import load


def _pairs(parse, text, published="2024-03-14"):
    labels = load().actors
    return sorted((tuple(sorted(labels[p].label if p in labels else p for p in c.participants)), c.status, c.date)
                  for c in parse(text, published)._.calls)


@pytest.mark.parametrize("when", ["au cours des derniers mois", "ces derniers mois", "lors des dernières semaines"])
def test_calls_over_the_last_months_have_no_day(parse, when):
    """Not the publication day, which an undated call of a news report otherwise takes."""
    text = f"L'opposante Maria Kolesnikova a discuté par visioconférence avec Joe Biden {when}."
    assert [date for _, _, date in _pairs(parse, text, "2021-06-01")] == [None]


def test_the_article_des_does_not_exclude_the_day_as_des_would(parse):
    """'dès' before a day says from when, not when; its folded form is the article 'des'."""
    text = "Emmanuel Macron a appelé le président des Émirats arabes unis mardi."
    assert [date for _, _, date in _pairs(parse, text, "2024-03-14")] == ["2024-03-12"]
