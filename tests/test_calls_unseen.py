"""Calls in news writing no tuning article showed, and the look-alikes such news is full of, on
sentences of our own (each found by running passages written for the purpose)."""
from __future__ import annotations

import pytest

from kg.nlp.gazetteer import load


def _pairs(parse, text, published="2024-03-14"):
    labels = load().actors
    return sorted((tuple(sorted(labels[p].label if p in labels else p for p in c.participants)), c.status, c.date)
                  for c in parse(text, published)._.calls)


@pytest.mark.parametrize("text", [
    "Emmanuel Macron a appelé Olaf Scholz dès lundi soir, quelques heures après l'attentat.",
    "Olaf Scholz a reçu dès lundi soir par téléphone les condoléances d'Emmanuel Macron.",
])
def test_a_call_made_as_early_as_a_day_was_made_that_day(parse, text):
    """'dès lundi' of a single call is when it happened; 'depuis lundi' is another matter."""
    assert _pairs(parse, text, "2024-03-14") == [(("Emmanuel Macron", "Olaf Scholz"), "occurred", "2024-03-11")]


@pytest.mark.parametrize("text", [
    "Olaf Scholz réclame un appel avec Emmanuel Macron avant le sommet, sans réponse de Paris.",
    "Olaf Scholz demande depuis un mois un entretien téléphonique avec Emmanuel Macron.",
])
def test_a_call_asked_for_in_the_present_has_not_taken_place(parse, text):
    """'réclame', 'demande': the lemmatizer keeps the noun's form for the verb, which then asked for nothing."""
    assert all(status != "occurred" for _, status, _ in _pairs(parse, text))


@pytest.mark.parametrize("platform", ["sur Zoom", "sur Teams", "via Skype"])
def test_a_talk_on_a_video_platform_is_by_video(parse, platform):
    (call,) = parse(f"Emmanuel Macron et Olaf Scholz ont échangé mardi {platform} sur l'aide à l'Ukraine.", "2024-03-14")._.calls
    assert call.medium == "video"



@pytest.mark.parametrize("text", [
    "À peine sorti de son entretien avec Xi Jinping, Emmanuel Macron a appelé Olaf Scholz.",
    "À peine sorti de son entretien avec Joe Biden, Emmanuel Macron a décroché son téléphone pour appeler Olaf Scholz.",
])
def test_a_talk_one_walks_out_of_was_in_person(parse, text):
    """Only the call made afterwards is one; the phone picked up for it is that same call."""
    assert [names for names, _, _ in _pairs(parse, text)] == [("Emmanuel Macron", "Olaf Scholz")]


@pytest.mark.parametrize("text", [
    "Vladimir Poutine s'est entretenu avec Alexandre Loukachenko, selon son porte-parole Dmitri Peskov.",
    "Selon Dmitri Peskov, Vladimir Poutine et Alexandre Loukachenko se sont parlé.",
])
def test_who_the_call_is_told_according_to_is_not_on_it(parse, text):
    """Wherever the parser hangs the 'selon' phrase: on the partner as an apposition, or the
    first caller on the source as a conjunct."""
    assert [names for names, _, _ in _pairs(parse, text)] == [("Alexander Lukashenko", "Vladimir Putin")]


def test_a_call_named_after_apres_takes_its_own_day(parse):
    """'après l'appel de mercredi': 'après' introduces the call, not its day."""
    text = "Après l'appel de mercredi entre Emmanuel Macron et Joe Biden, l'Élysée a publié un communiqué."
    assert _pairs(parse, text) == [(("Emmanuel Macron", "Joe Biden"), "occurred", "2024-03-13")]


def test_who_speaks_after_a_call_between_two_others_is_not_on_it(parse):
    """The pair after 'entre' is the call's, also when the parser hangs it on the verb of saying."""
    text = "« La conversation a été franche », a déclaré Antony Blinken après l'appel de mercredi entre Joe Biden et Xi Jinping."
    assert _pairs(parse, text, "2023-06-15") == [(("Joe Biden", "Xi Jinping"), "occurred", "2023-06-14")]


@pytest.mark.parametrize("text", [
    "Olaf Scholz n'a aucune raison de téléphoner à Emmanuel Macron cette semaine.",
    "« Je n'ai aucune raison de téléphoner à Emmanuel Macron », a dit Olaf Scholz.",
    "Olaf Scholz n'a pas eu le temps de téléphoner à Emmanuel Macron.",
])
def test_a_call_completing_a_noun_that_is_denied_did_not_happen(parse, text):
    """The infinitive completes the noun ('raison de téléphoner', which the tagger reads as a noun),
    and the noun is what 'n'a pas' denies."""
    assert _pairs(parse, text) == []


@pytest.mark.parametrize("text", [
    "Berlin attend des garanties avant tout appel entre Olaf Scholz et Vladimir Poutine.",
    "Tout appel entre Olaf Scholz et Vladimir Poutine serait un signal de faiblesse, estime l'opposition.",
])
def test_any_call_is_no_call(parse, text):
    """'tout appel': a call whatever it be, none that took place or is planned."""
    assert _pairs(parse, text) == []


@pytest.mark.parametrize("verb", ["a salué", "a regretté", "a décrit"])
def test_who_judges_a_call_with_someone_had_it(parse, verb):
    """A verb of judging takes the call as its object: its subject is the other side
    ('a annoncé un appel avec Y' may be a spokesperson's, and is left as it was)."""
    text = f"Olaf Scholz {verb} mardi un long appel avec Emmanuel Macron."
    assert _pairs(parse, text) == [(("Emmanuel Macron", "Olaf Scholz"), "occurred", "2024-03-12")]


def test_wishes_of_several_by_phone_are_a_call_each_with_who_received_them(parse):
    """'les félicitations de A et de B ... par téléphone à X': things several people sent, each
    on a call of their own, to the person after 'à' (hung on the medium)."""
    text = "Les félicitations de Joe Biden et d'Olaf Scholz sont arrivées mardi par téléphone à Emmanuel Macron."
    assert _pairs(parse, text) == [(("Emmanuel Macron", "Joe Biden"), "occurred", "2024-03-12"),
                                   (("Emmanuel Macron", "Olaf Scholz"), "occurred", "2024-03-12")]
