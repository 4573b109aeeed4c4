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
