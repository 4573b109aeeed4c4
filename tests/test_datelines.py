"""A dispatch's dateline, read once for the day it was written and the country it writes from."""
import pytest

from kg.nlp.extract.datelines import Dateline, dateline_day, datelines


@pytest.mark.parametrize("text, found", [
    ("MOSCOU, 10 avril (AFP) - Le Kremlin a réagi.", [Dateline("moscou", 10, 4)]),
    ("NEW DELHI (Reuters) - Le gouvernement a réagi.", [Dateline("new delhi", None, None)]),
    ("TÉHÉRAN - Le gouvernement a réagi.", [Dateline("teheran", None, None)]),
    # a headline first, then the dispatch
    ("Nouvel échange entre deux capitales\nLE CAIRE, 3 mai (AFP) - Le ministère a réagi.", [Dateline("le caire", 3, 5)]),
    # a day with no dash after it is a list, not a dateline's day
    ("PARIS, 3 mai, 4 mai et 5 mai : trois jours de grève.", [Dateline("paris", None, None)]),
    # capitals inside a line, or a line in capitals with no mark after it
    ("Le gouvernement de PARIS, lui, se tait.", []),
    ("URGENT\nLe Kremlin a réagi.", []),
])
def test_a_dateline_is_the_capitalised_place_opening_a_line_then_a_mark(nlp, text, found):
    assert datelines(nlp.make_doc(text)) == found


def test_the_day_is_the_datelines_when_its_month_is_the_articles(nlp):
    doc = nlp.make_doc("Trêve de Noël\nBERLIN, 14 mars (AFP) - Les deux dirigeants se sont parlé.")
    assert str(dateline_day(doc, "2024-03")) == "2024-03-14"
    assert dateline_day(doc, "2024-04") is None


def test_a_bare_role_in_a_dispatch_from_a_capital_of_two_words_is_that_countrys(parse):
    text = "LE CAIRE (AFP) - Le Premier ministre a assuré lundi que le canal resterait ouvert."
    doc = parse(text, "2024-03-12")
    assert [c.speaker for c in doc._.claims] == ["mostafa-madbouly"]
