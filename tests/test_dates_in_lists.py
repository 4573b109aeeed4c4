"""Days listed before the month that ends the list ('le 12 et le 20 septembre', 'les 12 et 20
septembre') are days of that month, not of the article's: on sentences of our own."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Emmanuel Macron s'est entretenu au téléphone avec Joe Biden le 12 et le 20 septembre.",
    "Emmanuel Macron s'est entretenu au téléphone avec Joe Biden les 12 et 20 septembre.",
])
def test_a_day_listed_before_a_month_is_of_that_month(parse, text):
    doc = parse(text, "2024-11-14")
    assert sorted(call.date for call in doc._.calls) == ["2024-09-12", "2024-09-20"]


def test_the_list_takes_the_year_its_last_day_gives(parse):
    doc = parse("Pedro Sánchez a appelé Olaf Scholz les 3 et 9 mars 2022.", "2024-11-14")
    assert sorted(call.date for call in doc._.calls) == ["2022-03-03", "2022-03-09"]


def test_a_bare_day_without_a_month_after_it_is_still_of_the_articles_month(parse):
    doc = parse("Emmanuel Macron a appelé Joe Biden le 12, avant la réunion du G7.", "2024-11-14")
    assert [call.date for call in doc._.calls] == ["2024-11-12"]


@pytest.mark.parametrize("text,days", [
    ("Olaf Scholz et Pedro Sánchez se sont parlé au téléphone le 4, le 11 et le 19 octobre.",
     ["2024-10-04", "2024-10-11", "2024-10-19"]),
    ("Olaf Scholz a appelé Pedro Sánchez les 2, 9 et 23 octobre.", ["2024-10-02", "2024-10-09", "2024-10-23"]),
    ("Olaf Scholz a appelé Pedro Sánchez les 1er, 9 et 23 octobre.", ["2024-10-01", "2024-10-09", "2024-10-23"]),
])
def test_three_days_listed_with_commas_then_et_are_three_calls(parse, text, days):
    """'le 4, le 11 et le 19': the commas join the list as 'et' does once it ends with 'et';
    '1er' opens a list as another day does."""
    assert sorted(call.date for call in parse(text, "2024-11-14")._.calls) == days



@pytest.mark.parametrize("text,dates", [
    ("Olaf Scholz et Pedro Sánchez s'étaient déjà parlé au téléphone à deux reprises, en juin puis le 8 octobre.",
     ["2024-06", "2024-10-08"]),
    ("Giorgia Meloni et Keir Starmer se sont parlé au téléphone à trois reprises, en mars, en mai et le 2 juin.",
     ["2024-03", "2024-05", "2024-06-02"]),
])
def test_calls_repeated_on_dates_of_either_precision_are_one_a_date(parse, text, dates):
    """'à deux reprises, en juin puis le 8 octobre': a month and a day, as many as the calls told:
    one call on each, as precise as the text gives it."""
    assert sorted(call.date for call in parse(text, "2024-11-14")._.calls) == dates
