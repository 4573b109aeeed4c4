"""A dispatch's dateline, read once for the day it was written and the country it writes from."""
import pytest

from kg.nlp.extract.datelines import Dateline, dateline_agencies, dateline_day, datelines


@pytest.mark.parametrize("text, found", [
    ("MOSCOU, 10 avril (AFP) - Le Kremlin a réagi.", [Dateline("moscou", 10, 4)]),
    ("NEW DELHI (Reuters) - Le gouvernement a réagi.", [Dateline("new delhi", None, None)]),
    ("TÉHÉRAN - Le gouvernement a réagi.", [Dateline("teheran", None, None)]),
    # a headline first, then the dispatch
    ("Nouvel échange entre deux capitales\nLE CAIRE, 3 mai (AFP) - Le ministère a réagi.", [Dateline("le caire", 3, 5)]),
    # a day with no dash after it is a list, not a dateline's day
    ("PARIS, 3 mai, 4 mai et 5 mai : trois jours de grève.", [Dateline("paris", None, None)]),
    # a place written as a name: with a day, an agency or a dash after it
    ("Moscou, 10 avril 2024 (AFP) - Le Kremlin a réagi.", [Dateline("moscou", 10, 4)]),
    ("Le Caire (AFP) - Le ministère a réagi.", [Dateline("le caire", None, None)]),
    ("Pékin, 7 juin (Xinhua) -- Le ministère a réagi.", [Dateline("pekin", 7, 6)]),
    ("Kigali — Le gouvernement a réagi.", [Dateline("kigali", None, None)]),
    # a sentence or a headline opening with a name has none of them
    ("Emmanuel Macron, 46 ans, a réagi.", []),
    ("Vladimir Poutine (à droite) et son homologue ont parlé.", []),
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


@pytest.mark.parametrize("published, day", [
    ("2024-03-15", "2024-03-14"),  # a paper takes the dispatch up the next day
    ("2024-03-14", None),  # the same day: nothing to change
    ("2024-03-30", None),  # weeks later: a dispatch quoted, not the article's day
])
def test_a_dispatch_written_days_before_the_papers_day_is_read_as_of_its_own_day(nlp, published, day):
    doc = nlp.make_doc("BERLIN, 14 mars (AFP) - Les deux dirigeants se sont parlé.")
    assert (str(dateline_day(doc, published)) if dateline_day(doc, published) else None) == day


def test_a_dispatch_of_late_december_in_a_paper_of_january_is_of_the_year_before(nlp):
    doc = nlp.make_doc("BERLIN, 31 décembre (AFP) - Les deux dirigeants se sont parlé.")
    assert str(dateline_day(doc, "2024-01-02")) == "2023-12-31"


@pytest.mark.parametrize("text, day", [
    ("PARIS, 4 mars (AFP) - Emmanuel Macron s'est entretenu hier par téléphone avec Olaf Scholz.", "2024-03-03"),
    ("PARIS, 4 mars (AFP) - Emmanuel Macron a annoncé à Olaf Scholz, lors d'un entretien téléphonique, son départ.", "2024-03-04"),
])
def test_a_call_in_a_dispatch_taken_up_the_next_day_is_dated_by_the_dispatch(parse, text, day):
    assert [c.date for c in parse(text, "2024-03-05")._.calls] == [day]


@pytest.mark.parametrize("place", ["LE CAIRE", "Le Caire"])
def test_a_bare_role_in_a_dispatch_from_a_capital_of_two_words_is_that_countrys(parse, place):
    text = f"{place} (AFP) - Le Premier ministre a assuré lundi que le canal resterait ouvert."
    doc = parse(text, "2024-03-12")
    assert [c.speaker for c in doc._.claims] == ["mostafa-madbouly"]


def test_the_ordinal_of_the_first_is_a_datelines_day(nlp):
    doc = nlp.make_doc("BERLIN, 1er mars (AFP) - Les deux dirigeants se sont parlé.")
    assert str(dateline_day(doc, "2024-03")) == "2024-03-01"


def test_an_undated_article_is_read_as_of_a_datelines_first_of_the_month(parse):
    """'RABAT, 1er avril 2025 (MAP) -' in an article with no date: the day its 'lundi' is read
    against ('1er' was no day number, so the call took the month of a later relative clause)."""
    text = ("RABAT, 1er avril 2025 (MAP) - Le roi Mohammed VI a reçu lundi soir un appel téléphonique du président "
            "Emmanuel Macron. Les deux chefs d'État ont évoqué le partenariat qu'ils avaient lancé en octobre 2024.")
    assert [c.date for c in parse(text, None)._.calls] == ["2025-03-31"]


@pytest.mark.parametrize("text, agency", [
    ("RABAT, 3 mai (Agence Atlantique de Presse) - Le roi a reçu un appel.", "Agence Atlantique de Presse"),
    ("NEW DELHI (Reuters) - Le gouvernement a réagi.", "Reuters"),
    ("Kigali — Le gouvernement a réagi.", None),
    ("Vladimir Poutine (à droite) et son homologue ont parlé.", None),
])
def test_the_agency_a_dateline_credits_is_the_whole_parenthesis(nlp, text, agency):
    doc = nlp.make_doc(text)
    assert [doc[start:end].text for start, end in dateline_agencies(doc)] == ([agency] if agency else [])
