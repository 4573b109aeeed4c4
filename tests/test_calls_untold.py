"""Calls told, or not told, in ways the other status rules did not read; sentences of our own."""
from __future__ import annotations

import pytest

from kg.nlp.gazetteer import load


def _pairs(parse, text, published="2024-05-14"):
    labels = load().actors
    return sorted((tuple(sorted(labels[p].label if p in labels else p for p in c.participants)), c.status, c.date)
                  for c in parse(text, published)._.calls)


@pytest.mark.parametrize("text,expected", [
    ("Olaf Scholz a reçu lundi le ministre italien. Aucune conversation entre Olaf Scholz et Giorgia Meloni n'a été annoncée.", []),
    ("Le président kényan a appelé lundi Emmanuel Macron. Aucun entretien entre les deux hommes n'a été annoncé depuis.",
     [(("Emmanuel Macron", "William Ruto"), "occurred", "2024-05-13")]),
])
def test_no_call_announced_is_no_denial(parse, text, expected):
    """'aucun appel n'a été annoncé' says nothing was made known, not that a call was denied."""
    assert _pairs(parse, text) == expected


def test_a_call_not_talked_about_is_still_denied(parse):
    assert _pairs(parse, "Olaf Scholz et Giorgia Meloni ne se sont pas parlé lundi.") == [
        (("Giorgia Meloni", "Olaf Scholz"), "denied", "2024-05-13")]


@pytest.mark.parametrize("text,minutes", [
    ("Lundi, Olaf Scholz a téléphoné à Giorgia Meloni. L'échange, d'une heure, est jugé « utile » par Berlin.", 60.0),
    ("Lundi, Olaf Scholz a téléphoné à Giorgia Meloni. L'appel, de quarante minutes, a porté sur la migration.", 40.0),
])
def test_a_length_between_commas_after_the_call_noun_is_its_length(parse, text, minutes):
    """The parser hangs 'd'une heure' on the verb; set off right after the call noun it is the call's."""
    assert [c.duration_min for c in parse(text, "2024-05-14")._.calls] == [minutes]



def test_a_headline_of_several_calls_is_not_one_more(parse):
    """'Victoire de Z : X et Y se sont précipités au téléphone': the headline's three leaders are
    the article's two calls, X with Z and Y with Z, not a call of three."""
    text = ("Victoire de Keir Starmer : Scholz et Meloni se sont précipités au téléphone\n\n"
            "Olaf Scholz a appelé mardi Keir Starmer pour le féliciter. "
            "Giorgia Meloni a elle aussi téléphoné mardi au nouveau Premier ministre britannique.")
    assert _pairs(parse, text, "2024-07-10") == [
        (("Giorgia Meloni", "Keir Starmer"), "occurred", "2024-07-09"),
        (("Keir Starmer", "Olaf Scholz"), "occurred", "2024-07-09")]


def test_a_headline_of_a_call_of_three_told_as_one_stays(parse):
    text = ("Scholz, Meloni et Starmer ont discuté au téléphone\n\n"
            "Olaf Scholz, Giorgia Meloni et Keir Starmer ont tenu mardi une conversation téléphonique à trois.")
    assert _pairs(parse, text, "2024-07-10") == [(("Giorgia Meloni", "Keir Starmer", "Olaf Scholz"), "occurred", "2024-07-09")]


@pytest.mark.parametrize("text,expected", [
    ("Aucune conversation téléphonique entre Joe Biden et Vladimir Poutine n'est planifiée, a indiqué la Maison Blanche.", []),
    ("Le porte-parole a ajouté qu'aucun contact téléphonique entre Olaf Scholz et le président chinois Xi Jinping "
     "n'était pour l'instant programmé.", []),  # 'ne' and 'programmé' hung on 'instant', under the noun
    ("Aucune conversation entre Joe Biden et Vladimir Poutine n'a eu lieu, a indiqué la Maison Blanche.",
     [(("Joe Biden", "Vladimir Putin"), "denied", None)]),
])
def test_no_call_scheduled_is_no_call_and_no_denial(parse, text, expected):
    """'aucun appel n'est prévu' says no call is planned and none told; 'n'a eu lieu' denies one."""
    assert _pairs(parse, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Questionné sur un éventuel coup de fil entre Olaf Scholz et Vladimir Poutine, le porte-parole a répondu qu'« aucun "
     "contact n'est envisagé ».", []),
    ("Interrogée sur un éventuel entretien entre Olaf Scholz et Xi Jinping, la chancellerie a répondu qu'un tel échange "
     "n'était pas programmé.", []),
    ("Olaf Scholz et Giorgia Meloni doivent se parler lundi, mais aucun autre échange n'est prévu.",
     [(("Giorgia Meloni", "Olaf Scholz"), "planned", "2024-05-20")]),
])
def test_a_plan_answered_by_no_contact_scheduled_is_no_call(parse, text, expected):
    """'un éventuel appel entre X et Y ... aucun contact n'est envisagé': a call noun with no side
    of its own, under 'aucun' or the subject of a negated 'prévu', answers the plan evoked before
    it; 'aucun autre échange' leaves that plan standing."""
    assert _pairs(parse, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Olaf Scholz, qui aurait pu appeler Vladimir Poutine, s'y est refusé.", []),
    ("Olaf Scholz aurait dû appeler Xi Jinping avant le sommet, estime l'opposition.", []),
    ("Olaf Scholz pourrait appeler Xi Jinping avant le sommet.", [(("Olaf Scholz", "Xi Jinping"), "planned", None)]),
])
def test_a_call_that_could_or_should_have_been_made_is_no_call(parse, text, expected):
    """'aurait pu', 'aurait dû' (past conditional) over a call: it was not made, nor is it planned."""
    assert _pairs(parse, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Si un appel entre Olaf Scholz et Vladimir Poutine avait lieu, il porterait sur l'Ukraine.", []),
    ("Si Olaf Scholz appelait Vladimir Poutine, Kiev protesterait.", []),
])
def test_a_call_supposed_with_si_and_the_imperfect_is_no_call(parse, text, expected):
    """'si' with the imperfect supposes a call that is not real: none told, none planned."""
    assert _pairs(parse, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("On évoque un éventuel appel entre Pedro Sánchez et Recep Tayyip Erdogan. Madrid a répondu qu'aucun échange n'est prévu.", []),
    ("Des diplomates évoquent un possible entretien téléphonique entre Giorgia Meloni et Recep Tayyip Erdogan. Rome a fait "
     "savoir qu'aucun contact n'était envisagé.", []),
    ("On évoque un éventuel appel entre Pedro Sánchez et Recep Tayyip Erdogan. Madrid a répondu qu'aucun autre échange n'est "
     "prévu.", [(("Pedro Sánchez", "Recep Tayyip Erdoğan"), "planned", None)]),
    ("On évoque un éventuel appel entre Pedro Sánchez et Recep Tayyip Erdogan. Madrid a répondu qu'aucun échange avec "
     "Vladimir Poutine n'est prévu.", [(("Pedro Sánchez", "Recep Tayyip Erdoğan"), "planned", None)]),
])
def test_a_plan_answered_in_the_next_sentence_by_no_contact_scheduled_is_no_call(parse, text, expected):
    """The same answer as 'Interrogé sur un éventuel appel ..., Z a répondu qu'aucun contact n'est
    envisagé', told in the sentence right after the plan: no call; 'aucun autre échange', or an
    exchange with someone else, leaves the plan standing."""
    assert _pairs(parse, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Contrairement à ce que nous écrivions plus tôt, l'entretien entre Giorgia Meloni et Recep Tayyip Erdogan n'a pas eu "
     "lieu ce matin. Selon le palais Chigi, il est prévu en fin de journée.",
     [(("Giorgia Meloni", "Recep Tayyip Erdoğan"), "planned", "2024-05-14")]),
    ("L'appel entre Pedro Sánchez et Recep Tayyip Erdogan n'a pas eu lieu lundi. D'après Madrid, il est désormais programmé "
     "pour jeudi.", [(("Pedro Sánchez", "Recep Tayyip Erdoğan"), "planned", "2024-05-16")]),
    ("L'appel entre Pedro Sánchez et Recep Tayyip Erdogan n'a pas eu lieu lundi. Il est prévu que le chef du gouvernement "
     "se rende à Ankara.", [(("Pedro Sánchez", "Recep Tayyip Erdoğan"), "denied", "2024-05-13")]),  # impersonal: another plan
])
def test_a_call_that_did_not_take_place_then_said_scheduled_is_planned(parse, text, expected):
    """'L'entretien n'a pas eu lieu ce matin. Selon Z, il est prévu en fin de journée': the pronoun
    subject of the passive 'est prévu', right after the call, is that call, put off and still to
    come (a live page's correction), on the day the second sentence sets."""
    assert _pairs(parse, text) == expected


@pytest.mark.parametrize("text", [
    "Mardi, Joe Biden avait appelé le président sénégalais Macky Sall pour évoquer la crise. Selon une source à la présidence, "
    "le chef de l'État kényan, Uhuru Kenyatta, aurait lui aussi téléphoné à Paul Kagame le week-end dernier, une information "
    "que Kigali n'a pas confirmée.",
])
def test_a_like_call_of_others_keeps_its_doubt_to_itself(parse, text):
    """'Z aurait lui aussi téléphoné à W, une information que Kigali n'a pas confirmée', the call
    word read as a noun with no one on it: the sentence tells another call, its doubt is not the
    call just told's, which stays one that took place."""
    assert [(pair, status) for pair, status, _ in _pairs(parse, text, "2022-06-24") if "Macky Sall" in pair] == [
        (("Joe Biden", "Macky Sall"), "occurred")]


@pytest.mark.parametrize("text,expected", [
    ("À Berlin, un proche du chancelier a démenti tout échange récent entre Olaf Scholz et Viktor Orban. « Il n'y a pas eu "
     "d'appel entre les deux dirigeants depuis le sommet », a-t-il précisé.",
     [(("Olaf Scholz", "Viktor Orbán"), "denied", None)]),
    ("Le Premier ministre Keir Starmer a téléphoné lundi à Olaf Scholz. Plus tard, son porte-parole a écarté tout échange "
     "récent entre Keir Starmer et Viktor Orban. « Il n'y a pas eu d'appel entre les deux dirigeants depuis le sommet », "
     "a-t-il ajouté.",
     [(("Keir Starmer", "Olaf Scholz"), "occurred", "2024-05-13"), (("Keir Starmer", "Viktor Orbán"), "denied", None)]),
    ("Le Premier ministre Keir Starmer a téléphoné lundi à Olaf Scholz. Viktor Orban a tenté de joindre Olaf Scholz mardi, sans "
     "succès. Plus tard, un porte-parole a écarté tout échange récent entre Keir Starmer et Viktor Orban. « Il n'y a pas eu "
     "d'appel entre les deux dirigeants depuis le sommet », a-t-il ajouté.",
     [(("Keir Starmer", "Olaf Scholz"), "occurred", "2024-05-13"), (("Keir Starmer", "Viktor Orbán"), "denied", None),
      (("Olaf Scholz", "Viktor Orbán"), "denied", "2024-05-14")]),
])
def test_a_call_denied_between_the_pair_named_just_before(parse, text, expected):
    """'« Il n'y a pas eu d'appel entre les deux dirigeants depuis le sommet »' after 'tout échange
    entre X et W': the pair named just before (the parser hangs 'depuis le sommet' on the pair, not
    on the call), not the pair of the call told first, which stays one that took place, though
    each of the two is on a call told before."""
    assert _pairs(parse, text) == expected


@pytest.mark.parametrize("text", [
    "Le président Emmanuel Macron a rencontré Joe Biden lundi à Rome. « Il n'y a pas eu d'appel entre le président et le "
    "dirigeant russe », a précisé un conseiller.",
])
def test_a_bare_president_is_the_one_the_article_titled_so(parse, text):
    """'le président X', then 'entre le président et le dirigeant russe': bare 'le président' is the
    one person the article gave that title, though it names another president by name."""
    assert _pairs(parse, text) == [(("Emmanuel Macron", "Vladimir Putin"), "denied", None)]


@pytest.mark.parametrize("text", [
    "Le Premier ministre Pedro Sánchez ne parle pas à Viktor Orbán, a répété son entourage.",
    "Giorgia Meloni ne discute pas avec Recep Tayyip Erdoğan.",
    "Les deux dirigeants ne se parlent pas. Olaf Scholz ne téléphone pas à Xi Jinping.",
    "Joe Biden ne parlera pas avec Kim Jong-un tant que Pyongyang poursuivra ses essais.",
    "Le président brésilien a fait savoir qu'il ne téléphonerait pas à Javier Milei.",
])
def test_a_talk_verb_negated_as_a_policy_is_no_call(parse, text):
    """'X ne parle pas à Y', 'ne parlera pas avec Y tant que ...', 'a dit qu'il ne l'appellerait
    pas': a stance with no day and no past, neither a call nor one said not to have taken place."""
    assert _pairs(parse, text) == []


@pytest.mark.parametrize("text,expected", [
    ("Giorgia Meloni n'a pas parlé à Recep Tayyip Erdoğan lundi.", [(("Giorgia Meloni", "Recep Tayyip Erdoğan"), "denied", "2024-05-13")]),
    ("Pedro Sánchez ne s'est pas entretenu avec Viktor Orbán.", [(("Pedro Sánchez", "Viktor Orbán"), "denied", None)]),
    ("Pedro Sánchez ne parlait pas à Viktor Orbán.", [(("Pedro Sánchez", "Viktor Orbán"), "denied", None)]),
])
def test_a_talk_verb_negated_in_the_past_or_with_a_day_stays_denied(parse, text, expected):
    assert _pairs(parse, text) == expected
