"""Calls as real news writes them, one phenomenon per test, on sentences of our own."""
from __future__ import annotations

import pytest

from kg.nlp.gazetteer import load


def _calls(parse, text, published="2024-03-12"):
    doc = parse(text, published)
    labels = load().actors
    return [(sorted(labels[p].label if p in labels else p for p in c.participants), c) for c in doc._.calls]


def _pairs(parse, text, published="2024-03-12"):
    return sorted((tuple(names), call.status, call.date) for names, call in _calls(parse, text, published))


def _statuses(parse, text, published="2024-03-14"):
    return [call.status for _, call in _calls(parse, text, published)]


MACRON_SCHOLZ = ["Emmanuel Macron", "Olaf Scholz"]


# --- 1. talking with someone, no medium named: a call unless they met -------------------
@pytest.mark.parametrize("text", [
    "Emmanuel Macron s'est entretenu samedi avec Olaf Scholz de la situation au Proche-Orient.",
    "Emmanuel Macron et Olaf Scholz se sont parlé samedi.",
])
def test_talking_without_a_medium_is_a_call(parse, text):
    assert [names for names, _ in _calls(parse, text)] == [MACRON_SCHOLZ]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron et Olaf Scholz ont conversé samedi.",
    "Emmanuel Macron et Olaf Scholz ont conversé samedi pendant une heure.",
])
def test_two_people_talking_on_a_day_the_parser_reads_as_an_object_is_a_call(parse, text):
    """'ont conversé samedi': the day, which the parser may take for the verb's object, is when
    they talked, not a thing they exchanged."""
    assert [(names, call.date) for names, call in _calls(parse, text)] == [(MACRON_SCHOLZ, "2024-03-09")]


@pytest.mark.parametrize("text", [
    "Lors d'un appel avec Olaf Scholz lundi, Emmanuel Macron a plaidé pour une aide accrue.",
    "Emmanuel Macron a eu un appel avec Olaf Scholz lundi.",
])
def test_an_appel_with_someone_is_a_call_in_any_article(parse, text):
    assert [names for names, _ in _calls(parse, text)] == [MACRON_SCHOLZ]


@pytest.mark.parametrize("text,pair", [
    ("Kaïs Saïed a reçu vendredi un appel d'Olaf Scholz.", ["Kais Saied", "Olaf Scholz"]),  # a name minted as written, folded
    ("Le président algérien a reçu vendredi un appel de son homologue français.", ["Abdelmadjid Tebboune", "Emmanuel Macron"]),
])
def test_a_call_noun_after_a_day_is_still_the_verbs_object(parse, text, pair):
    """The parser hangs 'un appel' on 'vendredi' before it; the call noun is still what was received."""
    assert [names for names, _ in _calls(parse, text, "2023-06-02")] == [pair]


@pytest.mark.parametrize("text", [
    "Le président Recep Tayyip Erdogan a reçu mardi des appels de condoléances de Joe Biden et d'Emmanuel Macron.",
    "Le président turc a reçu mardi des appels de Joe Biden et d'Emmanuel Macron après le séisme.",
])
def test_calls_received_after_the_day_with_their_article_read_as_a_preposition_are_calls(parse, text):
    """'a reçu mardi des appels de X et de Y': the parser reads 'des' as the preposition of a
    phrase of the verb; the calls are still what was received, one from each caller."""
    assert [(names, call.initiator, call.date) for names, call in _calls(parse, text, "2023-02-08")] == [
        (["Joe Biden", "Recep Tayyip Erdoğan"], "Q6279", "2023-02-07"),
        (["Emmanuel Macron", "Recep Tayyip Erdoğan"], "Q3052772", "2023-02-07")]


@pytest.mark.parametrize("text,callers", [
    ("Vladimir Poutine a reçu samedi soir des appels du président turc.", [["Recep Tayyip Erdoğan", "Vladimir Putin"]]),
    ("Vladimir Poutine a reçu dimanche matin des appels de Recep Tayyip Erdogan et d'Emmanuel Macron.",
     [["Recep Tayyip Erdoğan", "Vladimir Putin"], ["Emmanuel Macron", "Vladimir Putin"]]),
])
def test_calls_received_after_a_day_and_its_time_are_calls(parse, text, callers):
    """'a reçu samedi soir des appels de X': the calls hung on 'soir', itself on the day; the verb
    is the day's, one more time word up."""
    assert [names for names, _ in _calls(parse, text, "2023-02-06")] == callers


@pytest.mark.parametrize("text", [
    "Emmanuel Macron a appelé lundi le chancelier Olaf Scholz.",  # the title read as the day's object
    "Emmanuel Macron a appelé lundi le chancelier allemand pour évoquer l'Ukraine.",
    "Emmanuel Macron a appelé lundi Olaf Scholz, qu'il connaît bien.",  # the relative read as 'appeler que'
])
def test_a_person_called_after_the_day_or_before_a_relative_is_called(parse, text):
    assert [names for names, _ in _calls(parse, text)] == [MACRON_SCHOLZ]


@pytest.mark.parametrize("text,day", [
    ("Emmanuel Macron a appelé le 4 mars Olaf Scholz.", "2024-03-04"),  # the name hung on the month
    ("Emmanuel Macron a appelé lundi 4 mars le chancelier allemand.", "2024-03-04"),
    ("Emmanuel Macron a appelé le 1er mars le chancelier allemand.", "2024-03-01"),
])
def test_a_person_called_after_a_day_written_out_is_called(parse, text, day):
    assert [(names, call.date) for names, call in _calls(parse, text)] == [(MACRON_SCHOLZ, day)]


@pytest.mark.parametrize("text", [
    "Olaf Scholz a appelé lundi son successeur élu, Friedrich Merz, pour le féliciter.",
    "Olaf Scholz a appelé lundi son successeur élu, Friedrich Merz.",
])
def test_a_successor_named_in_apposition_is_the_person_called(parse, text):
    """'son successeur, X,': the parser read the name as a conjunct of the role noun, which named
    nobody; the verb then called no one."""
    assert [names for names, _ in _calls(parse, text, "2025-02-25")] == [["Friedrich Merz", "Olaf Scholz"]]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron a appelé mardi le président élu Olaf Scholz.",  # the name hung under 'élu', not under the title
    "Emmanuel Macron a appelé mardi le président élu allemand Olaf Scholz pour parler d'énergie.",
])
def test_a_person_called_by_a_title_the_parser_splits_from_the_name_is_called(parse, text):
    assert [names for names, _ in _calls(parse, text)] == [MACRON_SCHOLZ]


def test_il_after_a_subject_named_by_a_title_the_gazetteer_lacks_is_that_person(parse):
    """'Le président élu X a ...': the role heads the name, and the subject was nobody's; 'il' in
    the next sentence then meant no one and the calls it told were lost."""
    text = ("Le président élu Olaf Scholz a appelé lundi Giorgia Meloni.\n"
            "La veille, il avait parlé avec Emmanuel Macron et Pedro Sánchez.")
    assert [(names, date) for names, _, date in _pairs(parse, text, "2024-03-13")] == [
        (("Emmanuel Macron", "Olaf Scholz"), "2024-03-10"), (("Giorgia Meloni", "Olaf Scholz"), "2024-03-11"),
        (("Olaf Scholz", "Pedro Sánchez"), "2024-03-10")]


@pytest.mark.parametrize("text", [
    "Joe Biden a appelé le président élu à respecter la transition.",
    "Le Kremlin a appelé le président élu Olaf Scholz à la prudence.",
])
def test_urging_someone_named_by_a_title_is_no_call(parse, text):
    assert _calls(parse, text) == []


@pytest.mark.parametrize("text,date", [
    ("Olaf Scholz a appelé Mme Meloni.", "2024-03-12"),  # 'Mme' read as a noun object: a thing, it seemed
    ("Olaf Scholz a appelé Mme Meloni lundi.", "2024-03-11"),
    ("Emmanuel Macron a appelé M. Poutine lundi.", "2024-03-11"),  # the day hung on the civility
])
def test_a_person_called_by_civility_and_surname_is_called_that_day(parse, text, date):
    (names, call), = _calls(parse, text)
    assert len(names) == 2 and call.date == date


@pytest.mark.parametrize("text,pair", [
    ("Olaf Scholz a appelé mardi Emmanuel Macron pour le féliciter.", MACRON_SCHOLZ),
    ("Emmanuel Macron a appelé lundi Joe Biden pour le remercier.", ["Emmanuel Macron", "Joe Biden"]),
])
def test_why_someone_was_called_does_not_make_a_reminder(parse, text, pair):
    """'a rappelé que…' reminds; 'a appelé X pour le féliciter' phones X, for a reason."""
    assert [names for names, _ in _calls(parse, text)] == [pair]


def test_an_appel_to_something_is_a_plea(parse):
    assert _calls(parse, "Emmanuel Macron a lancé un appel à la retenue avec Olaf Scholz.") == []


@pytest.mark.parametrize("text", [
    "Emmanuel Macron s'est entretenu samedi à Berlin avec Olaf Scholz.",
    "Reçu à l'Élysée, Olaf Scholz s'est entretenu avec Emmanuel Macron pendant deux heures.",
    "En marge du sommet de l'Otan, Emmanuel Macron s'est entretenu avec Olaf Scholz.",
    "Emmanuel Macron s'est entretenu lundi à Berlin avec Olaf Scholz.",  # the place hung on the day
    "Emmanuel Macron s'est entretenu lundi avec Olaf Scholz au palais de l'Élysée.",  # on the partner, a venue
    "Emmanuel Macron et Olaf Scholz se sont entretenus jeudi soir à la résidence de l'ambassadeur.",
    "Olaf Scholz, en visite à Paris, s'est entretenu lundi avec Emmanuel Macron.",  # the subject's trip
    "Emmanuel Macron s'est entretenu dimanche avec Olaf Scholz lors d'un dîner.",  # the meal hung on the day
    "Emmanuel Macron s'est entretenu samedi avec Olaf Scholz au cours d'un petit-déjeuner de travail.",
])
def test_talking_in_person_is_not_a_call(parse, text):
    assert _calls(parse, text) == []


@pytest.mark.parametrize("text", [
    "Le 4 mars, nouvel échange entre Emmanuel Macron et Olaf Scholz, consacré cette fois à l'Ukraine.",
])
def test_a_talk_devoted_to_a_country_is_not_held_there(parse, text):
    """'un échange consacré à l'Ukraine', the participle heading the clause: what the talk is about, not where it was held."""
    assert [(names, call.date) for names, call in _calls(parse, text)] == [(MACRON_SCHOLZ, "2024-03-04")]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron et Olaf Scholz se sont parlé lundi soir, après le refus de Berlin d'accueillir le sommet.",
    "Emmanuel Macron s'est entretenu lundi avec Olaf Scholz, qui doit le recevoir à Berlin vendredi.",
])
def test_a_reception_still_to_come_leaves_the_talk_a_call(parse, text):
    """Only a reception that took place puts the talk in person ('reçu à l'Élysée, X s'est entretenu…')."""
    assert [names for names, _ in _calls(parse, text)] == [MACRON_SCHOLZ]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron s'est entretenu mardi avec Olaf Scholz, qu'il a reçu à Paris en janvier.",
    "Emmanuel Macron s'est entretenu mardi avec le chancelier allemand, qu'il avait rencontré à Berlin en janvier.",
    "Emmanuel Macron s'est entretenu mardi avec Olaf Scholz, qu'il a accueilli fin janvier à l'Élysée.",
    "Emmanuel Macron s'est entretenu mardi avec Olaf Scholz, qui avait reçu Joe Biden en début de semaine.",
    "Olaf Scholz, que le président avait reçu à Paris, a parlé mardi au téléphone avec Emmanuel Macron.",
])
def test_a_meeting_told_at_another_time_leaves_the_talk_a_call(parse, text):
    """Background on a partner ('X, qu'il a reçu en janvier', 'qui avait reçu Z'): a meeting told
    in the plus-que-parfait, or dated by a time of its own beside the talk's, is another event; it
    does not place the talk in person."""
    assert [names for names, _ in _calls(parse, text)] == [MACRON_SCHOLZ]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron a reçu mardi Olaf Scholz à l'Élysée et s'est entretenu avec lui.",
    "Emmanuel Macron, qui a reçu mardi Olaf Scholz à l'Élysée, s'est entretenu avec lui de l'Ukraine.",
    "Emmanuel Macron s'est entretenu mardi avec Olaf Scholz, qu'il a reçu à l'Élysée.",  # no time of its own
])
def test_a_meeting_at_the_time_of_the_talk_still_places_it_in_person(parse, text):
    assert _calls(parse, text) == []


@pytest.mark.parametrize("text", [
    "Le président Emmanuel Macron a reçu mardi Olaf Scholz à l'Élysée. Les deux hommes se sont entretenus pendant trois heures.",
    "Emmanuel Macron a rencontré Olaf Scholz mardi à Berlin. Ils se sont entretenus longuement de l'aide à l'Ukraine.",
])
def test_a_talk_right_after_the_pair_met_is_that_meeting(parse, text):
    """The sentence before tells the meeting; the talk's own clause names no phone or video."""
    assert _calls(parse, text) == []


@pytest.mark.parametrize("text,statuses", [
    ("Emmanuel Macron est attendu jeudi à Berlin. L'Élysée a indiqué qu'il s'entretiendrait avec Olaf Scholz de l'Ukraine.", []),
    ("Emmanuel Macron est attendu jeudi à Berlin. Il s'entretiendra avec Olaf Scholz.", []),
    ("Emmanuel Macron est rentré jeudi à Paris. L'Élysée a indiqué qu'il s'entretiendrait avec Olaf Scholz.", ["planned"]),
    ("Emmanuel Macron est attendu jeudi à Berlin. Il s'est entretenu mardi avec Olaf Scholz.", ["occurred"]),
])
def test_a_talk_to_come_right_after_a_visit_announced_is_in_person(parse, text, statuses):
    """'X est attendu à Berlin': the talk still to come told next is one of that visit; a talk
    already held, or after a return home, is not."""
    assert [c.status for _, c in _calls(parse, text)] == statuses


def test_a_talk_after_a_meeting_with_someone_else_lengthens_no_earlier_call(parse):
    text = ("Emmanuel Macron et Olaf Scholz se sont entretenus au téléphone lundi. Mardi, Emmanuel Macron a reçu "
            "Giorgia Meloni à l'Élysée. Les deux dirigeants se sont entretenus pendant deux heures.")
    assert [(names, call.duration_min) for names, call in _calls(parse, text)] == [(MACRON_SCHOLZ, None)]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron a reçu mardi Olaf Scholz à l'Élysée. Mercredi, les deux hommes se sont entretenus par visioconférence.",
    "Emmanuel Macron doit recevoir Olaf Scholz vendredi à Paris. Les deux hommes se sont parlé mardi.",
    "Emmanuel Macron avait reçu Olaf Scholz en janvier. Les deux hommes se sont parlé mardi.",
])
def test_a_talk_after_a_meeting_by_video_to_come_or_at_another_time_is_a_call(parse, text):
    assert [names for names, _ in _calls(parse, text)] == [MACRON_SCHOLZ]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron et Olaf Scholz ne se sont toujours pas parlé depuis la crise.",
    "Emmanuel Macron n'a pas parlé à Olaf Scholz depuis leur rencontre de novembre.",
    "Emmanuel Macron ne parle plus à Olaf Scholz depuis des mois.",
])
def test_not_having_talked_since_an_event_is_no_call(parse, text):
    """A state, not a call someone denies (a denied call is one nobody answered, or one a side
    says never took place); the last call is a call only where 'depuis' dates it."""
    assert _calls(parse, text) == []


@pytest.mark.parametrize("text", [
    "Emmanuel Macron n'a jamais parlé avec Olaf Scholz depuis son élection, a rappelé un quotidien.",
    "Olaf Scholz n'a jamais parlé à Emmanuel Macron depuis son investiture.",
])
def test_never_having_talked_since_an_event_is_a_denied_call(parse, text):
    """'ne ... jamais ... depuis X': no call at all in all that time, a denied call with no day
    (not a state after a last call, as 'ne ... plus ... depuis X')."""
    assert _pairs(parse, text) == [(tuple(MACRON_SCHOLZ), "denied", None)]


@pytest.mark.parametrize("since,month", [("septembre 2022", "2022-09"), ("septembre", "2022-09"), ("février", "2023-02")])
def test_not_having_talked_since_a_month_dates_the_last_call(parse, since, month):
    """'depuis septembre' in June is the September before, not the one to come."""
    assert _pairs(parse, f"Emmanuel Macron n'a pas parlé à Olaf Scholz depuis {since}.", "2023-06-02") == [
        (tuple(MACRON_SCHOLZ), "occurred", month)]


# --- 2. a call named in an adjunct is the clause's call -----------------------------------
@pytest.mark.parametrize("text", [
    "Lors d'un entretien téléphonique mardi, Emmanuel Macron et Olaf Scholz ont discuté de l'énergie.",
    "Olaf Scholz a déclaré, lors d'un entretien téléphonique avec Emmanuel Macron, que l'Europe devait s'unir.",
    "Au cours d'un appel téléphonique de vingt minutes, Olaf Scholz a souligné l'importance de l'unité européenne "
    "auprès d'Emmanuel Macron.",
])
def test_the_speaker_of_a_call_adjunct_takes_part(parse, text):
    assert [names for names, _ in _calls(parse, text)] == [MACRON_SCHOLZ]


def test_the_speaker_after_a_quote_takes_part_in_the_call_of_its_adjunct(parse):
    """'« … », a martelé samedi X lors d'un appel avec Y': the parser reads the inverted X as the object."""
    text = "« Il faut un cessez-le-feu », a martelé samedi Antonio Guterres lors d'un entretien téléphonique avec Olaf Scholz."
    assert [names for names, _ in _calls(parse, text, "2023-04-22")] == [["António Guterres", "Olaf Scholz"]]


def test_asking_during_a_call_is_not_planning_one(parse):
    (_, call), = _calls(parse, "Emmanuel Macron a demandé lundi à Olaf Scholz, lors d'un échange téléphonique, "
                               "de soutenir le projet.", "2024-03-12")
    assert call.status == "occurred" and call.date == "2024-03-11"


# --- 3. one counterpart after another ------------------------------------------------------
def test_a_list_of_counterparts_is_one_call_each(parse):
    pairs = _pairs(parse, "Emmanuel Macron s'est entretenu par téléphone avec Olaf Scholz, Giorgia Meloni et Pedro Sánchez.")
    assert [names for names, _, _ in pairs] == [
        ("Emmanuel Macron", "Giorgia Meloni"), ("Emmanuel Macron", "Olaf Scholz"), ("Emmanuel Macron", "Pedro Sánchez")]


@pytest.mark.parametrize("text,pairs", [
    ("Le président français Emmanuel Macron s'est entretenu lundi soir par téléphone avec le chancelier allemand "
     "Olaf Scholz, puis avec le Premier ministre britannique Rishi Sunak, a indiqué la présidence.",
     [("Emmanuel Macron", "Olaf Scholz"), ("Emmanuel Macron", "Rishi Sunak")]),
    ("Le président américain Joe Biden s'est entretenu lundi soir par téléphone avec le chancelier allemand "
     "Olaf Scholz, puis avec le président français Emmanuel Macron, a annoncé la Maison Blanche.",
     [("Emmanuel Macron", "Joe Biden"), ("Joe Biden", "Olaf Scholz")]),
])
def test_a_second_partner_read_as_the_subject_of_the_reporting_verb_is_called_too(parse, text, pairs):
    """The parser made 'avec B' the subject of 'a indiqué' after it: B was on no call, or on one with A."""
    assert _pairs(parse, text) == [(pair, "occurred", "2024-03-11") for pair in pairs]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron a eu lundi un appel avec Olaf Scholz, avant de s'entretenir avec Giorgia Meloni.",
    "Lundi, Emmanuel Macron s'est entretenu avec Olaf Scholz, avant d'appeler Giorgia Meloni.",
])
def test_a_call_told_as_the_next_step_has_the_day_of_the_step_before(parse, text):
    assert {date for _, _, date in _pairs(parse, text)} == {"2024-03-11"}


def test_the_day_calls_were_announced_dates_them_both(parse):
    """Both calls were told on Monday, so both took place by Monday (not on the publication day after it)."""
    text = "Emmanuel Macron a annoncé lundi avoir eu un appel avec Olaf Scholz, avant de s'entretenir avec Giorgia Meloni."
    assert {date for _, _, date in _pairs(parse, text)} == {"2024-03-11"}


@pytest.mark.parametrize("traded", ["prisonniers", "tirs", "corps", "territoires"])
def test_an_exchange_of_things_is_no_call_and_its_topic_is_read(parse, traded):
    doc = parse(f"Pedro Sánchez a dit qu'il voulait un échange de {traded}.\n"
                "Emmanuel Macron s'est entretenu par téléphone avec Olaf Scholz.")
    assert [(call.status, [e.text[:15] for e in call.evidence]) for call in doc._.calls] == [("occurred", ["Emmanuel Macron"])]
    said = parse("Emmanuel Macron s'est entretenu avec Olaf Scholz d'un échange de prisonniers.")
    assert [call.topics for call in said._.calls] == [("prisoner-exchange",)]


@pytest.mark.parametrize("text,duration", [
    ("Emmanuel Macron et Olaf Scholz ont eu un échange de vues au téléphone.", None),
    ("Emmanuel Macron a eu un échange de 40 minutes avec Olaf Scholz.", 40),
])
def test_an_exchange_of_views_or_of_some_minutes_is_a_call(parse, text, duration):
    assert [(names, call.duration_min) for names, call in _calls(parse, text)] == [(MACRON_SCHOLZ, duration)]


@pytest.mark.parametrize("also", ["également", "aussi"])
def test_a_plan_to_talk_again_told_with_also_is_not_dated_by_the_call_before(parse, also):
    text = f"Emmanuel Macron s'est entretenu lundi avec Olaf Scholz. Ils ont {also} convenu de se reparler prochainement."
    assert _pairs(parse, text) == [(tuple(MACRON_SCHOLZ), "occurred", "2024-03-11"), (tuple(MACRON_SCHOLZ), "planned", None)]


@pytest.mark.parametrize("text", [
    "Pedro Sánchez a reçu mercredi des appels d'Olaf Scholz et d'Emmanuel Macron.",
    "Pedro Sánchez a reçu mercredi des appels de plusieurs dirigeants, dont Olaf Scholz et Emmanuel Macron.",
])
def test_calls_received_from_several_leaders_are_one_call_each_placed_by_them(parse, text):
    labels = load().actors
    calls = sorted((names, labels[call.initiator].label) for names, call in _calls(parse, text))
    assert calls == [(["Emmanuel Macron", "Pedro Sánchez"], "Emmanuel Macron"), (["Olaf Scholz", "Pedro Sánchez"], "Olaf Scholz")]


@pytest.mark.parametrize("text", [
    "Pedro Sánchez a reçu mercredi des appels du chancelier allemand Olaf Scholz et du président français Emmanuel Macron.",
    "Le chef du gouvernement espagnol a reçu mercredi des appels téléphoniques du chancelier allemand, Olaf Scholz, "
    "et du président français, Emmanuel Macron, qui lui ont présenté leurs vœux.",
    "Pedro Sánchez a reçu mercredi des appels du chancelier allemand, M. Olaf Scholz, et du président français, M. Emmanuel Macron.",
])
def test_calls_received_from_leaders_named_with_their_roles_are_one_call_each(parse, text):
    """'des appels du chancelier X et du président Y': each caller said with the preposition
    again and a role the parser hangs apart (an apposition, a conjunct of the verb); still one
    call each, to the subject, never one between the callers."""
    labels = load().actors
    calls = sorted((names, labels[call.initiator].label) for names, call in _calls(parse, text, "2024-03-14"))
    assert calls == [(["Emmanuel Macron", "Pedro Sánchez"], "Emmanuel Macron"), (["Olaf Scholz", "Pedro Sánchez"], "Olaf Scholz")]


def test_calls_from_several_leaders_to_nobody_named_are_no_call_among_them(parse):
    assert _calls(parse, "Le nouveau dirigeant a reçu des appels de plusieurs chefs d'État, dont Olaf Scholz et Emmanuel Macron.") == []


def test_two_callers_with_one_counterpart_is_one_call_of_three(parse):
    (names, _), = _calls(parse, "Emmanuel Macron et Olaf Scholz ont eu un entretien téléphonique avec Vladimir Poutine.")
    assert names == ["Emmanuel Macron", "Olaf Scholz", "Vladimir Putin"]


def test_a_video_summit_keeps_everyone(parse):
    (names, call), = _calls(parse, "Xi Jinping a tenu un sommet en visioconférence avec Emmanuel Macron et Olaf Scholz.")
    assert names == ["Emmanuel Macron", "Olaf Scholz", "Xi Jinping"] and call.medium == "video"


@pytest.mark.parametrize("text", [
    "Joe Biden, Narendra Modi, Emmanuel Macron et Olaf Scholz ont tenu jeudi un sommet virtuel.",
    "Joe Biden, Narendra Modi, Fumio Kishida et Anthony Albanese ont tenu mardi un sommet virtuel.",
])
def test_every_name_of_a_list_is_on_the_video_summit(parse, text):
    """'A, B, C et D': however the parser ties B and C (a parataxis, a modifier of A), they are on it."""
    (names, call), = _calls(parse, text, "2022-05-24")
    assert len(names) == 4 and {"Joe Biden", "Narendra Modi"} <= set(names) and call.medium == "video"


@pytest.mark.parametrize("text", [
    "Le journal ajoutait que la visite avait été confirmée lors d'un entretien téléphonique entre Emmanuel Macron et Olaf Scholz.",
    "Selon ses informations, le quotidien écrit qu'Emmanuel Macron s'est entretenu avec Olaf Scholz par téléphone.",
    "Emmanuel Macron a appelé Olaf Scholz mardi, croit savoir le quotidien Le Figaro.",  # the incise was read as a clause
    "Selon plusieurs médias allemands, Emmanuel Macron s'est entretenu mardi avec Olaf Scholz.",  # a body minted here
    "Selon le quotidien allemand Bild, Emmanuel Macron s'est entretenu mardi avec Olaf Scholz.",  # a country's adjective
    "Des informations non confirmées font état d'un appel entre Emmanuel Macron et Olaf Scholz.",
    "D'après nos informations, Emmanuel Macron a appelé Olaf Scholz mardi.",  # the outlet writing
])
def test_a_call_told_by_a_newspaper_alone_is_unconfirmed(parse, text):
    assert [call.status for _, call in _calls(parse, text)] == ["unconfirmed"]


@pytest.mark.parametrize("newspaper,agency", [
    ("Joe Biden a parlé avec Benyamin Netanyahou dimanche, selon le New York Times.",
     "Xi Jinping s'est entretenu samedi avec Vladimir Poutine, selon Xinhua."),  # an agency by its gazetteer name
    ("D'après le Washington Post, Donald Trump a appelé Vladimir Poutine jeudi.",
     "Donald Trump a appelé Vladimir Poutine jeudi, d'après l'agence Reuters."),
    ("Selon Politico, Emmanuel Macron s'est entretenu samedi avec Donald Trump.",
     "Xi Jinping s'est entretenu jeudi avec Vladimir Poutine, selon la télévision d'État CCTV."),
    ("Joe Biden a eu dimanche un entretien avec Benyamin Netanyahou, rapporte le quotidien Haaretz.",
     "Vladimir Poutine s'est entretenu jeudi avec Recep Tayyip Erdogan, a rapporté l'agence Anadolu."),
    ("Joe Biden a parlé avec Benyamin Netanyahou dimanche, a révélé le New York Times.",  # the subject read as the object
     "Emmanuel Macron s'est entretenu jeudi avec Joe Biden, a déclaré l'Élysée au journal Le Monde."),  # the office told it
    ("Joe Biden a eu un entretien avec Benyamin Netanyahou, affirme Axios, citant deux responsables.",  # read as a complement
     "Emmanuel Macron s'est entretenu jeudi avec Joe Biden. Selon le New York Times, l'appel a duré une heure."),  # a detail
    # the paper's name taken for the sentence's root, the call for its conjunct
    ("Selon le New York Times, Joe Biden et Xi Jinping se sont parlé la semaine dernière.",
     "Selon l'agence Reuters, Joe Biden et Xi Jinping se sont parlé la semaine dernière."),
    ("Selon CNN, Joe Biden et Xi Jinping se sont parlé la semaine dernière.",
     "Selon Xinhua, Joe Biden et Xi Jinping se sont parlé la semaine dernière."),
])
def test_a_call_on_a_newspapers_word_is_unconfirmed_on_an_agencys_it_took_place(parse, newspaper, agency):
    """A newspaper or a site (known to the gazetteer by its title), after 'selon' or as the
    subject of the verb that reports the call, before it or after it in an incise, is the call's
    only source; an agency or a state outlet relays a side's readout."""
    assert [call.status for text in (newspaper, agency) for _, call in _calls(parse, text, "2024-03-10")] == [
        "unconfirmed", "occurred"]


def test_a_call_two_sides_each_give_an_account_of_took_place(parse):
    """'Un échange tendu : X a mis en garde Y, a rapporté l'Élysée, tandis que Berlin affirmait
    que ...': the parser makes the call noun the subject of the incise's verb; a call reports
    nothing, and both sides tell it."""
    text = ("Le 3 mars, Emmanuel Macron s'était entretenu par téléphone avec Olaf Scholz. Un échange franc : le président "
            "français a pressé Berlin de livrer des missiles, a rapporté l'Élysée, tandis que la chancellerie affirmait que "
            "M. Scholz avait plaidé pour « la retenue ».")
    assert [(names, c.status) for names, c in _calls(parse, text)] == [(MACRON_SCHOLZ, "occurred")]

@pytest.mark.parametrize("text", [
    "Emmanuel Macron s'est entretenu avec Olaf Scholz par téléphone, a indiqué l'agence de presse allemande.",
    "La télévision d'État a annoncé qu'Emmanuel Macron et Olaf Scholz se sont entretenus par téléphone mardi.",
])
def test_a_call_an_office_announced_through_an_agency_or_state_television_took_place(parse, text):
    assert [call.status for _, call in _calls(parse, text)] == ["occurred"]


@pytest.mark.parametrize("text", [
    "L'Élysée a annoncé qu'Emmanuel Macron appellerait Olaf Scholz dans la semaine.",
    "Le porte-parole avait indiqué qu'Emmanuel Macron parlerait à Olaf Scholz.",
    "Emmanuel Macron a prévenu son hôte qu'il téléphonerait la semaine suivante à Olaf Scholz.",
    "Emmanuel Macron a informé ses ministres qu'il appellerait bientôt Olaf Scholz.",
])
def test_a_conditional_after_a_past_announcement_is_a_plan(parse, text):
    assert [call.status for _, call in _calls(parse, text)] == ["planned"]


@pytest.mark.parametrize("text", [
    "Giorgia Meloni a fait savoir qu'elle s'entretiendrait avec Olaf Scholz dans les prochains jours.",
    "Le président américain Joe Biden a indiqué lors d'une conférence de presse qu'il appellerait « dans les prochains jours » "
    "son homologue chinois Xi Jinping.",
])
def test_the_future_of_a_past_saying_is_a_plan_however_the_saying_is_parsed(parse, text):
    """'a fait savoir que': the tense is the infinitive's 'faire'; 'a indiqué lors d'une conférence
    de presse qu'il appellerait son homologue': the parser reads 'qu'' as a relative object of a
    clause that has its own, and hangs it on the noun. Either way the conditional is the future of
    the caller's own announcement, not hearsay."""
    assert [call.status for _, call in _calls(parse, text)] == ["planned"]


def test_the_future_of_fait_savoir_with_the_clause_hung_on_fait_is_a_plan_on_the_day_ahead(parse):
    """'a fait savoir que X appellerait lundi Y': the parser may hang the clause on 'fait' and
    'savoir' beside it as its complement; it is still the caller's side telling a plan (the Monday
    after the article), not hearsay about last Monday."""
    text = "Le porte-parole a fait savoir qu'Olaf Scholz appellerait lundi Giorgia Meloni."
    assert _pairs(parse, text) == [(("Giorgia Meloni", "Olaf Scholz"), "planned", "2024-03-18")]


@pytest.mark.parametrize("text,caller", [
    ("Par ailleurs, le chancelier autrichien Karl Nehammer a fait savoir qu'il avait l'intention de téléphoner à "
     "Recep Tayyip Erdogan dans les prochains jours.", "Karl Nehammer"),
    ("En outre, le président Emmanuel Macron a fait savoir qu'il avait l'intention d'appeler Olaf Scholz.", "Emmanuel Macron"),
])
def test_an_intention_told_by_fait_savoir_after_an_opening_adverbial_names_its_caller(parse, text, caller):
    """'Par ailleurs, X a fait savoir qu'il avait l'intention d'appeler Y': after an opening
    adverbial the parser may make 'savoir' the root and hang 'fait' (and the subject) below it;
    the saying is still in the past tense of 'fait', so the intention in the imperfect is the plan
    as it stood when told, a call still to come that X means to place, not an old wish."""
    assert [(call.status, load().actors[call.initiator].label) for _, call in _calls(parse, text)] == [("planned", caller)]


@pytest.mark.parametrize("text,expected", [
    ("Emmanuel Macron a annoncé qu'il réunirait jeudi Olaf Scholz et Giorgia Meloni en visioconférence.",
     [(("Emmanuel Macron", "Giorgia Meloni", "Olaf Scholz"), "planned", "2024-03-14")]),
    ("Emmanuel Macron a annoncé qu'il réunirait jeudi les dirigeants européens lors d'un sommet en visioconférence, "
     "auquel Olaf Scholz et Giorgia Meloni sont invités.",
     [(("Emmanuel Macron", "Giorgia Meloni", "Olaf Scholz"), "planned", "2024-03-14")]),
    ("Olaf Scholz a indiqué qu'il aborderait la question lors de son entretien téléphonique de jeudi avec Giorgia Meloni.",
     [(("Giorgia Meloni", "Olaf Scholz"), "planned", "2024-03-14")]),
    ("Emmanuel Macron a réuni jeudi Olaf Scholz et Giorgia Meloni en visioconférence.",
     [(("Emmanuel Macron", "Giorgia Meloni", "Olaf Scholz"), "occurred", "2024-03-07")]),
])
def test_a_conditional_verb_holding_the_call_after_a_past_saying_is_a_plan(parse, text, expected):
    """'a annoncé qu'il réunirait jeudi X et Y en visioconférence', '... qu'il aborderait la
    question lors de son entretien avec Y': the verb that holds the call, or of which the call is
    the circumstance, in the conditional ('réunirait', tagged an imperfect) under a past saying,
    tells what is to come: the call is planned, on the Thursday ahead."""
    assert _pairs(parse, text) == expected


def test_a_future_of_a_past_saying_with_two_subjects_casts_no_doubt_on_the_call_told(parse):
    """'a indiqué que Rome et Berlin échangeraient ...': with two subjects joined by 'et', the
    parser hangs 'que' and the first one on the verb of saying and reads the clause as its second
    conjunct; the conditional is still the future of the saying, no doubt on the call told before."""
    text = ("Emmanuel Macron s'est entretenu jeudi au téléphone avec Olaf Scholz. Le conseiller diplomatique a par "
            "ailleurs précisé que Madrid et Lisbonne échangeraient dès vendredi 40 détenus chacun.")
    assert _pairs(parse, text) == [(tuple(MACRON_SCHOLZ), "occurred", "2024-03-07")]


def test_a_timeline_call_made_to_tell_of_another_is_one_call_that_took_place(parse):
    """'X appelle Y pour lui rendre compte de la conversation': the purpose clause makes the
    telling a thing to do, not the call it tells of, which was held before it."""
    text = ("Depuis son élection, Joe Biden a fait du téléphone son outil favori.\n\n"
            "• 3 mars 2024 – Joe Biden et Xi Jinping se parlent pendant deux heures.\n\n"
            "• 3 mars 2024 – Dans la foulée, Joe Biden appelle Olaf Scholz pour lui rendre compte de la conversation.")
    assert _pairs(parse, text, "2024-03-20") == [(("Joe Biden", "Olaf Scholz"), "occurred", "2024-03-03"),
                                                 (("Joe Biden", "Xi Jinping"), "occurred", "2024-03-03")]


@pytest.mark.parametrize("text", [
    "Le quotidien Le Monde a rapporté que Joe Biden et Benjamin Netanyahu se seraient brièvement parlé dans la journée.",
    "Une radio israélienne a affirmé mardi que Joe Biden et Benjamin Netanyahu se seraient parlé lundi soir.",
])
def test_a_past_conditional_after_a_past_report_is_unconfirmed(parse, text):
    """'a rapporté que X et Y se seraient parlé': the conditional past of a pronominal call verb,
    whose 'être' the parser reads as a passive, is hearsay about a call made, not the future of a
    past announcement ('a annoncé que X appellerait Y')."""
    assert [call.status for _, call in _calls(parse, text)] == ["unconfirmed"]


def test_an_infinitive_the_tagger_takes_for_a_noun_is_a_planned_call(parse):
    pairs = _pairs(parse, "Emmanuel Macron envisage de téléphoner à Olaf Scholz.")
    assert pairs == [(tuple(MACRON_SCHOLZ), "planned", None)]


def test_a_part_of_the_month_after_the_person_called_dates_the_call(parse):
    pairs = _pairs(parse, "Emmanuel Macron a appelé Olaf Scholz début mars.")
    assert pairs == [(tuple(MACRON_SCHOLZ), "occurred", "2024-03")]


@pytest.mark.parametrize("text,calls", [
    ("Mardi soir, Joe Biden a réuni au téléphone Emmanuel Macron, Olaf Scholz et Rishi Sunak pour leur rendre compte du sommet.",
     [["Emmanuel Macron", "Joe Biden", "Olaf Scholz", "Rishi Sunak"]]),
    ("Joe Biden a rassemblé lundi au téléphone Emmanuel Macron et Olaf Scholz.", [["Emmanuel Macron", "Joe Biden", "Olaf Scholz"]]),
    ("Joe Biden a appelé lundi Emmanuel Macron puis Olaf Scholz.", [["Emmanuel Macron", "Joe Biden"], ["Joe Biden", "Olaf Scholz"]]),
])
def test_who_gathers_people_on_the_phone_has_one_call_with_them_all(parse, text, calls):
    """'X a réuni au téléphone A, B et C': a verb of gathering whose object is the list puts them
    all on one call with X; 'X a appelé A puis B' is a call each."""
    assert sorted(names for names, _ in _calls(parse, text)) == calls


def test_the_leaders_of_countries_named_one_by_one_are_each_on_the_call(parse):
    (names, call), = _calls(parse, "Les dirigeants de la France, de l'Allemagne et du Royaume-Uni se sont "
                                   "entretenus par téléphone lundi.", "2024-03-12")
    assert names == ["Emmanuel Macron", "Olaf Scholz", "Rishi Sunak"] and call.date == "2024-03-11"


@pytest.mark.parametrize("text", [
    "Aucune conversation n'a eu lieu entre Emmanuel Macron et Olaf Scholz, a assuré un conseiller.",
    "Olaf Scholz dément avoir parlé à Emmanuel Macron.",  # 'dément' read as the adjective
])
def test_a_denial_without_a_phone_word_is_a_denied_call(parse, text):
    assert [(names, call.status) for names, call in _calls(parse, text)] == [(MACRON_SCHOLZ, "denied")]


@pytest.mark.parametrize("text", [
    "Un entretien entre Emmanuel Macron et Olaf Scholz s'est tenu à l'Élysée lundi.",
    "L'entretien entre Emmanuel Macron et Olaf Scholz a eu lieu en marge du sommet du G20.",
    "Dans un entretien avec Le Monde, Emmanuel Macron a évoqué Olaf Scholz.",
])
def test_a_talk_between_two_people_who_met_or_an_interview_is_no_call(parse, text):
    assert _calls(parse, text) == []


@pytest.mark.parametrize("text", [
    "Emmanuel Macron s'est entretenu mercredi avec Olaf Scholz à l'Élysée.",  # the place hung on the partner after the day
    "Emmanuel Macron s'est entretenu avec Olaf Scholz lors d'un dîner de travail à Berlin.",  # 'lors' read as an adverb
    "Lors de sa visite à Berlin, Emmanuel Macron s'est entretenu avec Olaf Scholz.",
    "Emmanuel Macron s'est entretenu mercredi avec Olaf Scholz, en visite à Paris.",  # the partner's trip
    "De passage à Berlin, Emmanuel Macron s'est entretenu avec Olaf Scholz.",
    "Arrivé mercredi à Berlin, Emmanuel Macron s'est entretenu avec Olaf Scholz.",
    "Olaf Scholz s'est entretenu mercredi avec le président italien Sergio Mattarella, arrivé à Berlin pour une visite officielle.",
    "Olaf Scholz s'est entretenu mercredi avec le président italien Sergio Mattarella, arrivé dans la capitale allemande "
    "pour une visite officielle.",  # the partner came: a place, or the meeting they came for
    "Emmanuel Macron s'est entretenu avec Olaf Scholz au sommet du G7 en Italie.",
    "Emmanuel Macron s'est entretenu avec Olaf Scholz pendant le Conseil européen à Bruxelles.",
    "Le roi Charles III s'est entretenu avec Olaf Scholz lors de leur audience au palais de Buckingham.",
])
def test_a_talk_placed_in_person_is_no_call(parse, text):
    assert _calls(parse, text) == []


def test_a_partner_who_arrived_in_power_is_still_called(parse):
    """'avec Y, arrivé au pouvoir en 2021': an arrival that names no place nor meeting is no trip."""
    text = "Emmanuel Macron s'est entretenu mercredi avec Olaf Scholz, arrivé au pouvoir en 2021."
    assert [names for names, _ in _calls(parse, text)] == [MACRON_SCHOLZ]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron s'est aussi entretenu quelques minutes avec Olaf Scholz pendant la photo de famille du G20.",
    "Emmanuel Macron s'est entretenu en aparté avec Olaf Scholz au sommet du G20.",
    "En aparté, Emmanuel Macron a longuement parlé avec Olaf Scholz.",
])
def test_a_talk_aside_or_at_the_family_photo_of_a_summit_is_no_call(parse, text):
    """'en aparté', 'pendant la photo de famille': a word had face to face among the people a
    summit gathers, as 'en marge du sommet' is."""
    assert _calls(parse, text) == []


@pytest.mark.parametrize("meeting", [
    "Emmanuel Macron s'est entretenu lundi avec Olaf Scholz lors d'un dîner de travail à Berlin.",
    "Emmanuel Macron est arrivé lundi à Berlin, où il s'est entretenu avec Olaf Scholz lors d'un dîner de travail.",
])
def test_the_last_call_of_two_leaders_who_just_met_is_theirs(parse, meeting):
    """'Les deux hommes' means the pair of the meeting told before ('X s'est entretenu avec Y',
    'X est arrivé à Berlin, où il s'est entretenu avec Y'), also with a verb the parser hung on the
    noun ('entre les deux hommes remonte au ...'). The meeting itself is no call."""
    text = f"{meeting} Le dernier entretien téléphonique entre les deux hommes remonte au 2 mai, selon l'Élysée."
    assert _pairs(parse, text, "2024-05-14") == [(tuple(MACRON_SCHOLZ), "occurred", "2024-05-02")]


def test_the_two_leaders_are_the_pair_met_sentences_before_whoever_else_that_sentence_named(parse):
    """'X a reçu Y, venu défendre la candidature de son ministre, Z. ... Les deux dirigeants
    s'étaient parlé ...', a few sentences on: Z, a word of the pair's own sentence, is no one the
    sentences between named, and the pair is still X and Y."""
    text = ("Mardi, Olaf Scholz a reçu Emmanuel Macron, venu défendre à Berlin la candidature de son ministre, "
            "Thierry Breton. « C'est un ami », a dit le chancelier.\n\nLe geste n'est pas né en un jour. "
            "Selon nos informations, les deux dirigeants s'étaient longuement parlé au téléphone début mars.")
    assert _pairs(parse, text, "2024-03-14") == [(tuple(MACRON_SCHOLZ), "occurred", "2024-03")]


@pytest.mark.parametrize("text,expected", [
    ("Emmanuel Macron appelait Olaf Scholz presque chaque semaine.", []),  # a habit
    ("Emmanuel Macron a longtemps appelé Olaf Scholz chaque semaine. Leur dernier appel remonte au 3 mars. "
     "Emmanuel Macron s'est entretenu mardi avec Joe Biden.",
     [(("Emmanuel Macron", "Joe Biden"), "occurred", "2024-03-12"), (tuple(MACRON_SCHOLZ), "occurred", "2024-03-03")]),
])
def test_a_call_every_week_is_a_habit_and_the_pairs_last_call_stays_theirs(parse, text, expected):
    """'appelait Y chaque semaine' tells no call; 'leur dernier appel' after it is that pair's, even
    when the next call told is with someone else."""
    assert sorted(_pairs(parse, text, "2024-03-14")) == expected


@pytest.mark.parametrize("text", [
    "Emmanuel Macron s'est entretenu mercredi au téléphone avec Olaf Scholz de la situation à Gaza.",
    "Emmanuel Macron s'est entretenu avec Olaf Scholz pendant une heure, à la veille du sommet du G7.",
    "Emmanuel Macron s'est entretenu par téléphone avec Olaf Scholz au sujet du sommet de l'OTAN à Vilnius.",
    "Emmanuel Macron et Olaf Scholz se sont parlé lundi pendant deux heures au sujet d'une trêve à Gaza et au Liban.",
])
def test_a_talk_about_a_place_is_still_a_call(parse, text):
    (names, _), = _calls(parse, text)
    assert names == MACRON_SCHOLZ


@pytest.mark.parametrize("text", [
    "Dans un entretien au quotidien Le Figaro, Emmanuel Macron a exhorté Olaf Scholz à livrer des chars.",
    "Dans un entretien téléphonique accordé lundi à la radio RTL, Emmanuel Macron a exhorté Olaf Scholz à livrer des chars.",
    "Dans un entretien accordé à la chaîne TF1, Emmanuel Macron a appelé Olaf Scholz à livrer des chars.",
])
def test_an_interview_given_to_an_outlet_is_no_call(parse, text):
    assert _calls(parse, text) == []


def test_an_interview_given_to_a_news_agency_is_no_call_after_one(parse):
    """'dans un entretien à l'agence Reuters': an interview, even in an article that tells a call."""
    text = ("Emmanuel Macron a appelé Olaf Scholz lundi au téléphone. Mardi, dans un entretien à l'agence Reuters, "
            "il avait affirmé qu'il voulait convaincre Pedro Sánchez et Giorgia Meloni.")
    assert [names for names, _ in _calls(parse, text)] == [MACRON_SCHOLZ]


@pytest.mark.parametrize("text", [
    "Lors d'un entretien téléphonique mardi, Emmanuel Macron a exhorté Olaf Scholz à livrer des chars.",
    "Emmanuel Macron et Olaf Scholz ont eu un entretien téléphonique à la demande de Berlin.",  # 'à' no outlet
    "Emmanuel Macron a eu avec Olaf Scholz un entretien téléphonique accordé à la demande de Berlin.",
])
def test_a_call_noun_with_an_a_phrase_naming_no_outlet_is_still_a_call(parse, text):
    (names, _), = _calls(parse, text)
    assert names == MACRON_SCHOLZ


# --- 4. earlier calls the text dates ---------------------------------------------------------
@pytest.mark.parametrize("text,days", [
    ("Emmanuel Macron s'était entretenu le 2 mars et le 9 mars avec Olaf Scholz.", ["2024-03-02", "2024-03-09"]),
    ("Emmanuel Macron et Olaf Scholz se sont parlé le 5 février, puis le 1er mars, au sujet de l'Ukraine.",
     ["2024-02-05", "2024-03-01"]),
])
def test_days_joined_in_one_sentence_are_a_call_each(parse, text, days):
    assert [date for _, _, date in _pairs(parse, text, "2024-03-12")] == days


@pytest.mark.parametrize("text", [
    "Emmanuel Macron s'est entretenu le 4 mars avec Olaf Scholz, puis le 6 mars avec Pedro Sánchez.",
    "Emmanuel Macron a parlé le 4 mars avec Olaf Scholz, et le 6 mars avec Pedro Sánchez.",
])
def test_each_partner_is_called_on_the_day_written_before_them(parse, text):
    assert [(names, date) for names, _, date in _pairs(parse, text)] == [
        (tuple(MACRON_SCHOLZ), "2024-03-04"), (("Emmanuel Macron", "Pedro Sánchez"), "2024-03-06")]


def test_the_day_of_the_next_partner_may_hang_apart_from_the_call_word(parse):
    text = ("Emmanuel Macron s'est entretenu lundi au téléphone avec son homologue allemand Olaf Scholz, "
            "puis mardi avec le chef du gouvernement espagnol Pedro Sánchez.")
    assert [(names, date) for names, _, date in _pairs(parse, text, "2024-03-13")] == [
        (tuple(MACRON_SCHOLZ), "2024-03-11"), (("Emmanuel Macron", "Pedro Sánchez"), "2024-03-12")]


@pytest.mark.parametrize("text,second", [
    ("Emmanuel Macron s'est entretenu au téléphone avec Olaf Scholz le 4 mars, puis avec Pedro Sánchez le 6 mars.",
     "2024-03-06"),
    ("Emmanuel Macron s'est entretenu au téléphone avec Olaf Scholz le 4 mars, puis avec Pedro Sánchez le lendemain.",
     "2024-03-05"),
])
def test_each_partner_is_called_on_the_day_written_after_them(parse, text, second):
    assert [(names, date) for names, _, date in _pairs(parse, text)] == [
        (tuple(MACRON_SCHOLZ), "2024-03-04"), (("Emmanuel Macron", "Pedro Sánchez"), second)]


def test_one_day_before_several_partners_is_the_day_of_each(parse):
    pairs = _pairs(parse, "Emmanuel Macron a appelé lundi Olaf Scholz et Pedro Sánchez.")
    assert [date for _, _, date in pairs] == ["2024-03-11", "2024-03-11"]


def test_a_day_of_another_clause_is_no_second_call(parse):
    pairs = _pairs(parse, "Emmanuel Macron, arrivé le 10 mars à Berlin, s'est entretenu le 11 mars par téléphone avec Olaf Scholz.")
    assert [date for _, _, date in pairs] == ["2024-03-11"]


def test_first_call_since_a_date_is_also_that_earlier_call(parse):
    pairs = _pairs(parse, "Emmanuel Macron et Olaf Scholz se sont entretenus par téléphone mardi. "
                          "C'était leur premier échange depuis le 3 janvier.", "2024-03-13")
    assert [(status, date) for _, status, date in pairs] == [("occurred", "2024-01-03"), ("occurred", "2024-03-12")]


@pytest.mark.parametrize("second", ["La conversation, la première depuis la fin janvier, a porté sur l'Ukraine.",
                                    "L'entretien, le premier depuis la fin janvier, a porté sur l'Ukraine."])
def test_the_first_since_a_date_in_apposition_to_the_call_is_also_that_earlier_call(parse, second):
    """'l'entretien, le premier depuis ...': the ordinal in apposition, which the parser hangs
    anywhere, counts from an earlier call, as 'leur premier entretien depuis ...' does."""
    text = f"Emmanuel Macron s'est entretenu mardi avec Olaf Scholz. {second}"
    assert [(status, date) for _, status, date in _pairs(parse, text, "2024-03-13")] == [
        ("occurred", "2024-01"), ("occurred", "2024-03-12")]


def test_first_call_since_a_date_told_before_the_call_is_also_that_earlier_call(parse):
    pairs = _pairs(parse, "C'était leur premier échange depuis le 3 janvier, a indiqué l'Élysée. "
                          "Emmanuel Macron et Olaf Scholz se sont entretenus par téléphone mardi.", "2024-03-13")
    assert pairs == [(tuple(MACRON_SCHOLZ), "occurred", "2024-01-03"), (tuple(MACRON_SCHOLZ), "occurred", "2024-03-12")]


@pytest.mark.parametrize("second", [
    "Il s'agit du premier contact entre les deux hommes depuis le 3 mai, lorsque le chancelier autrichien avait appelé "
    "M. Mitsotakis pour le remercier de son aide.",
    "C'était leur premier échange depuis le 3 mai, quand le chancelier autrichien avait téléphoné à M. Mitsotakis.",
])
def test_a_when_clause_after_the_date_since_is_the_earlier_call_of_that_day(parse, second):
    """'le premier échange depuis le 3 mai, lorsque X avait appelé Y': the clause tells the call of
    that day (the parser hangs it on the main verb), X its caller; not the call just told."""
    text = ("Le chancelier autrichien a eu samedi soir un entretien téléphonique avec le Premier ministre grec. " + second)
    found = sorted((names, call.date, call.initiator and load().actors[call.initiator].label)
                   for names, call in _calls(parse, text, "2024-06-12"))
    assert found == [(["Karl Nehammer", "Kyriakos Mitsotakis"], "2024-05-03", "Karl Nehammer"),
                     (["Karl Nehammer", "Kyriakos Mitsotakis"], "2024-06-08", None)]


def test_a_surname_alone_names_the_pair_of_an_earlier_call(parse):
    pairs = _pairs(parse, "Lloyd Austin et Sergueï Choïgou se sont entretenus par téléphone vendredi. Il s'agissait de la première "
                          "conversation entre MM. Choïgou et Austin depuis le 18 février.", "2022-05-14")
    assert [(status, date) for _, status, date in pairs] == [("occurred", "2022-02-18"), ("occurred", "2022-05-13")]


def test_the_last_call_goes_back_to_a_month(parse):
    pairs = _pairs(parse, "Emmanuel Macron envisage d'appeler Olaf Scholz. "
                          "Leur dernier entretien téléphonique remonte à novembre 2023.", "2024-03-12")
    assert [(status, date) for _, status, date in pairs] == [("occurred", "2023-11"), ("planned", None)]


def test_numbered_calls_with_their_months_are_apart(parse):
    pairs = _pairs(parse, "Emmanuel Macron et Olaf Scholz se sont parlé au téléphone mardi. "
                          "Leur premier entretien téléphonique avait eu lieu fin janvier. "
                          "Lors de leur deuxième conversation, début février, ils avaient évoqué l'énergie.", "2024-03-13")
    assert [date for _, _, date in pairs] == ["2024-01", "2024-02", "2024-03-12"]


def test_agreeing_to_talk_again_adds_a_planned_call(parse):
    pairs = _pairs(parse, "Emmanuel Macron s'est entretenu par téléphone mardi avec Olaf Scholz. "
                          "Les deux dirigeants ont convenu de se reparler prochainement.", "2024-03-13")
    assert [status for _, status, _ in pairs] == ["occurred", "planned"]


@pytest.mark.parametrize("text", [
    "Mardi, nouvel appel d'une heure entre Emmanuel Macron et Olaf Scholz.",
    "Emmanuel Macron et Olaf Scholz se sont parlé le 4 mars.\n- 12 mars : nouvel appel de plus de deux heures entre les "
    "deux dirigeants, consacré à l'énergie.",
])
def test_the_people_of_a_call_are_named_past_its_length(parse, text):
    calls = _calls(parse, text)
    assert [names for names, _ in calls][-1] == MACRON_SCHOLZ and calls[-1][1].initiator is None  # no caller in the length


@pytest.mark.parametrize("after,expected", [
    ("Un nouvel appel est prévu vendredi.", [("occurred", "2024-03-12"), ("planned", "2024-03-15")]),
    ("De nouveaux échanges sont prévus.", [("occurred", "2024-03-12"), ("planned", None)]),
])
def test_a_new_call_told_without_names_is_the_pairs_next_one(parse, after, expected):
    """'nouvel' and 'nouveaux', forms of 'nouveau', mark another call as 'nouvelle' does."""
    pairs = _pairs(parse, f"Emmanuel Macron a eu mardi un entretien téléphonique avec Olaf Scholz. {after}", "2024-03-13")
    assert [(status, day) for names, status, day in pairs if names == tuple(MACRON_SCHOLZ)] == expected


@pytest.mark.parametrize("headline", [
    "Nouvelle conversation téléphonique entre Macron et Scholz",
    "Nouvel échange téléphonique entre Macron et Scholz",
])
def test_a_headlines_new_call_between_two_named_leaders_is_the_one_the_article_tells(parse, headline):
    text = f"{headline}\n\nLe président français a de nouveau appelé mardi le chancelier allemand, a indiqué l'Élysée."
    assert _pairs(parse, text, "2024-03-13") == [(tuple(MACRON_SCHOLZ), "occurred", "2024-03-12")]


@pytest.mark.parametrize("text,day", [
    ("Entretien téléphonique entre Emmanuel Macron et Olaf Scholz\n\nLes deux dirigeants ont évoqué lundi l'aide à l'Ukraine.",
     "2024-03-11"),
    ("Emmanuel Macron et Olaf Scholz se sont parlé au téléphone. Ils ont abordé lundi la question des chars.", "2024-03-11"),
    ("Emmanuel Macron et Olaf Scholz se sont parlé au téléphone. Ils se sont rencontrés lundi à Berlin.", "2024-03-13"),
    ("Emmanuel Macron et Olaf Scholz se sont parlé au téléphone. Ils avaient abordé lundi la question des chars.", "2024-03-13"),
])
def test_an_undated_call_takes_the_day_of_what_its_pair_did_in_the_next_sentence(parse, text, day):
    """The day a lead gives what the two leaders just named did is the call's ('ils se sont
    rencontrés lundi' is a meeting; 'avaient abordé' another time)."""
    assert _pairs(parse, text, "2024-03-13") == [(tuple(MACRON_SCHOLZ), "occurred", day)]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron et Olaf Scholz ont condamné mardi, lors d'une conversation téléphonique, l'attaque, a annoncé l'Élysée.",
    "Emmanuel Macron et Olaf Scholz ont salué, au cours d'un entretien téléphonique, l'accord, a indiqué Berlin.",
])
def test_a_call_set_off_by_commas_before_an_incise_is_the_main_clauses(parse, text):
    """The parser hangs the adjunct on the incise ('a annoncé Z') after it: the pair of the main verb had the call."""
    assert [names for names, _ in _calls(parse, text)] == [MACRON_SCHOLZ]


@pytest.mark.parametrize("text", [
    "Un appel entre MM. Erdogan et Poutine est prévu la semaine prochaine, a fait savoir le porte-parole du parti SPD, Kevin Kühnert.",
])
def test_who_makes_a_plan_known_in_a_two_word_incise_is_not_on_the_call(parse, text):
    """'..., a fait savoir Z': the parser hangs 'savoir' on the clause's verb and Z on it as its
    object; Z, the incise's subject, reports the call and is no side of it."""
    assert [(names, call.status) for names, call in _calls(parse, text, "2023-07-10")] == [
        (["Recep Tayyip Erdoğan", "Vladimir Putin"], "planned")]


@pytest.mark.parametrize("text,day", [
    ("Emmanuel Macron a annoncé lundi avoir eu un long entretien téléphonique avec Olaf Scholz.", "2024-03-11"),
    ("Emmanuel Macron a déclaré lundi s'être entretenu avec Olaf Scholz.", "2024-03-11"),
    ("Emmanuel Macron et Olaf Scholz se sont parlé, a indiqué lundi un communiqué de l'Élysée.", "2024-03-11"),
    ("Emmanuel Macron et Olaf Scholz se sont parlé samedi, a indiqué lundi l'Élysée.", "2024-03-09"),
    ("Emmanuel Macron a affirmé lundi avoir parlé à Olaf Scholz, sans préciser quand.", None),
])
def test_a_call_with_no_day_of_its_own_is_dated_by_the_day_it_was_told(parse, text, day):
    """Told on Monday in an article of Tuesday, the call took place by Monday: not on the publication day."""
    assert [(names, c.date) for names, c in _calls(parse, text, "2024-03-12")] == [(MACRON_SCHOLZ, day)]


@pytest.mark.parametrize("text,expected", [
    ("Un appel entre Emmanuel Macron et Olaf Scholz serait « utile », estime un diplomate.", []),
    ("Un entretien entre Emmanuel Macron et Olaf Scholz serait une erreur.", []),
    ("Un appel entre Emmanuel Macron et Olaf Scholz serait possible cette semaine.", ["planned"]),
    ("L'appel entre Emmanuel Macron et Olaf Scholz aurait été tendu, selon le journal Bild.", ["unconfirmed"]),
])
def test_a_call_judged_in_the_conditional_is_none_told(parse, text, expected):
    """'un appel serait utile' weighs a call that may never come; 'l'appel aurait été tendu' reports one."""
    assert [c.status for _, c in _calls(parse, text)] == expected


def test_a_new_call_set_beside_the_call_by_a_comma_is_that_call(parse):
    text = "Emmanuel Macron a eu mardi un entretien téléphonique avec Olaf Scholz, leur nouvel échange depuis janvier."
    assert len(_pairs(parse, text, "2024-03-13")) == 1


def test_the_next_call_between_the_two_leaders_is_theirs(parse):
    pairs = _pairs(parse, "Emmanuel Macron s'est entretenu par téléphone mardi avec Olaf Scholz.\n\n"
                          "Un nouvel entretien entre les deux dirigeants devrait avoir lieu dans les prochains jours.", "2024-03-13")
    assert [(names, status) for names, status, _ in pairs] == [
        (tuple(MACRON_SCHOLZ), "occurred"), (tuple(MACRON_SCHOLZ), "planned")]


# --- 5. status -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,status", [
    ("Olaf Scholz n'a pas décroché quand Emmanuel Macron l'a appelé mardi.", "denied"),
    ("Olaf Scholz n'a pas répondu lorsque Emmanuel Macron l'a appelé mardi.", "denied"),
    ("Olaf Scholz a répondu quand Emmanuel Macron l'a appelé mardi.", "occurred"),  # 'l'' is the main clause's subject
])
def test_a_call_in_a_when_clause_is_unanswered_by_its_main_verb(parse, text, status):
    (names, call), = _calls(parse, text)
    assert names == MACRON_SCHOLZ and call.status == status


@pytest.mark.parametrize("text,status", [
    ("Olaf Scholz n'a pas répondu à un appel téléphonique d'Emmanuel Macron.", "denied"),
    ("Olaf Scholz n'a jamais répondu à l'appel téléphonique d'Emmanuel Macron mardi.", "denied"),
    ("Olaf Scholz a répondu à un appel téléphonique d'Emmanuel Macron.", "occurred"),
])
def test_a_call_noun_on_a_negated_answering_verb_went_unanswered(parse, text, status):
    (names, call), = _calls(parse, text)
    assert names == MACRON_SCHOLZ and call.status == status


def test_calls_in_the_plural_left_unanswered_are_not_the_call_just_told(parse):
    """'n'a pas répondu aux appels de X': who did not answer is on those calls, as with 'à l'appel';
    read without its subject, the denial fell on the call of X told just before."""
    text = ("Emmanuel Macron a eu lundi un long échange téléphonique avec Olaf Scholz. "
            "Le président russe n'a pas répondu aux appels d'Emmanuel Macron.")
    assert _pairs(parse, text, "2024-03-14") == [(tuple(MACRON_SCHOLZ), "occurred", "2024-03-11"),
                                                 (("Emmanuel Macron", "Vladimir Putin"), "denied", None)]


@pytest.mark.parametrize("text,status", [
    ("Emmanuel Macron a appelé Olaf Scholz, qui n'a pas décroché.", "denied"),
    ("Emmanuel Macron a appelé jeudi Olaf Scholz, mais celui-ci n'a pas répondu.", "denied"),
    ("Emmanuel Macron a téléphoné à Olaf Scholz, qui n'a pas donné suite.", "denied"),
    ("Emmanuel Macron a appelé Olaf Scholz, qui n'a pas répondu à ses demandes.", "occurred"),  # answered a call, not demands
    ("Emmanuel Macron a appelé Olaf Scholz mais n'a pas pu le convaincre.", "occurred"),
    ("Emmanuel Macron a appelé Olaf Scholz, qui n'a pas caché son agacement.", "occurred"),
])
def test_a_call_the_next_clause_says_went_unanswered_is_denied(parse, text, status):
    (names, call), = _calls(parse, text)
    assert names == MACRON_SCHOLZ and call.status == status


@pytest.mark.parametrize("text,status", [
    ("Emmanuel Macron aurait parlé la semaine dernière avec Olaf Scholz, affirme le journal Bild, ce que dément Berlin.", "denied"),
    ("Emmanuel Macron aurait parlé avec Olaf Scholz, ce que la chancellerie n'a pas démenti.", "unconfirmed"),
])
def test_a_report_a_side_denies_in_a_relative_after_the_outlet_is_denied(parse, text, status):
    (names, call), = _calls(parse, text, "2024-03-12")
    assert names == MACRON_SCHOLZ and call.status == status


def test_a_denial_of_something_else_does_not_deny_the_call(parse):
    (_, call), = _calls(parse, "Emmanuel Macron et Olaf Scholz ont échangé par téléphone mercredi. "
                               "Le chancelier a ensuite démenti les affirmations de la presse sur le budget.", "2024-03-14")
    assert call.status == "occurred"


def test_a_denial_of_this_call_denies_it(parse):
    (_, call), = _calls(parse, "Emmanuel Macron et Vladimir Poutine se seraient parlé au téléphone mercredi. "
                               "Le Kremlin a démenti cet appel.", "2024-03-14")
    assert call.status == "denied"


@pytest.mark.parametrize("text,status", [
    ("La chaîne américaine CNN a assuré mardi qu'Emmanuel Macron avait téléphoné à Olaf Scholz. "
     "Une information aussitôt démentie par la chancellerie.", "denied"),
    ("Le quotidien Bild a affirmé mardi qu'Emmanuel Macron avait parlé avec Olaf Scholz. Information démentie par Berlin.", "denied"),
    ("Le quotidien Bild a affirmé mardi qu'Emmanuel Macron avait parlé avec Olaf Scholz. "
     "Une information reprise par la presse allemande.", "unconfirmed"),
])
def test_a_report_denied_in_a_sentence_without_a_verb_is_denied(parse, text, status):
    """'Une information démentie par X.': the report noun opening a verbless sentence, a participle
    of denial with its agent hung on it, denies the call the outlet told."""
    (names, call), = _calls(parse, text, "2024-03-14")
    assert names == MACRON_SCHOLZ and call.status == status


@pytest.mark.parametrize("text", [
    "Aucun contact n'a eu lieu entre Emmanuel Macron et Olaf Scholz depuis lundi.",
    "Olaf Scholz a assuré mardi qu'aucun contact n'avait eu lieu avec Emmanuel Macron depuis janvier.",
    "Le porte-parole du chancelier allemand a assuré qu'aucun contact n'avait eu lieu avec Emmanuel Macron.",
    "Olaf Scholz a affirmé qu'aucun appel n'avait eu lieu avec Emmanuel Macron.",
    "Un conseiller d'Olaf Scholz a affirmé mardi qu'aucun contact n'avait eu lieu avec Emmanuel Macron depuis janvier.",
    "La porte-parole d'Emmanuel Macron a indiqué qu'aucun appel n'avait eu lieu avec Olaf Scholz cette semaine.",
])
def test_no_contact_at_all_with_someone_is_a_denied_call(parse, text):
    """'aucun contact n'a eu lieu avec Y': no call at all, the other side who says so (or whom the
    spokesman speaks for)."""
    (names, call), = _calls(parse, text)
    assert names == MACRON_SCHOLZ and call.status == "denied"


@pytest.mark.parametrize("text", [
    "Emmanuel Macron garde le contact avec Olaf Scholz.",
    "Le porte-parole du parti, Jean Dupont, a assuré qu'aucun contact n'avait eu lieu avec Olaf Scholz.",
])
def test_a_contact_kept_or_denied_by_a_spokesman_alone_is_no_call(parse, text):
    assert _calls(parse, text) == []


def test_a_conditional_report_is_unconfirmed(parse):
    (_, call), = _calls(parse, "Emmanuel Macron aurait eu cette semaine un entretien téléphonique avec Olaf Scholz.")
    assert call.status == "unconfirmed"


@pytest.mark.parametrize("text", [
    "Giorgia Meloni s'est entretenue mercredi par téléphone avec Pedro Sánchez. "
    "L'échange aurait duré près d'une demi-heure, d'après Madrid.",
    "Emmanuel Macron a parlé lundi au téléphone avec Olaf Scholz. La discussion aurait duré vingt minutes, selon l'Élysée.",
    "Giorgia Meloni s'est entretenue mercredi par téléphone avec Pedro Sánchez. "
    "Le quotidien El País rapporte que des conseillers se sont réunis après l'échange.",
    "Keir Starmer a téléphoné lundi à Mark Rutte. "
    "Le journal De Telegraaf affirme que, depuis la conversation, les deux capitales multiplient les contacts.",
])
def test_a_doubt_on_a_detail_or_on_what_the_call_dates_leaves_the_call_told_before_as_it_was(parse, text):
    """'L'appel aurait duré vingt minutes, selon Z', 'le journal rapporte que ... après l'échange':
    a sentence that names no one doubts the length, or tells what the call dates, on its word;
    the call the writer told before still took place."""
    assert [call.status for _, call in _calls(parse, text)] == ["occurred"]


def test_a_doubt_on_the_length_of_a_call_it_names_leaves_that_call_unconfirmed(parse):
    text = "Selon le journal Bild, l'appel entre Emmanuel Macron et Olaf Scholz aurait duré une heure."
    assert [call.status for _, call in _calls(parse, text)] == ["unconfirmed"]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron est censé s'entretenir au téléphone avec Olaf Scholz aujourd'hui.",
    "Emmanuel Macron va parler avec Olaf Scholz dans les jours à venir.",
    "Un entretien téléphonique entre Emmanuel Macron et Olaf Scholz devrait avoir lieu lundi.",
])
def test_announced_calls_are_planned(parse, text):
    (_, call), = _calls(parse, text)
    assert call.status == "planned"


@pytest.mark.parametrize("text", [
    "Emmanuel Macron n'a pas l'intention d'appeler Olaf Scholz dans l'immédiat.",
    "Le chancelier n'a aucune intention de s'entretenir avec Emmanuel Macron avant le sommet.",
])
def test_a_plan_denied_by_its_light_verb_is_no_call(parse, text):
    """The plan noun is the object of a negated 'avoir': no plan, so no call."""
    assert _calls(parse, text) == []


def test_a_plan_the_negation_does_not_govern_is_still_planned(parse):
    (_, call), = _calls(parse, "Emmanuel Macron n'a pas caché son intention d'appeler Olaf Scholz.")
    assert call.status == "planned"


@pytest.mark.parametrize("text", [
    "Emmanuel Macron appelle régulièrement Olaf Scholz pour préparer les sommets européens.",
    "Emmanuel Macron et Olaf Scholz se parlent souvent au téléphone.",
    "Le président français s'entretient fréquemment avec le chancelier allemand.",
])
def test_a_habit_is_no_call_of_a_day(parse, text):
    assert _calls(parse, text) == []


@pytest.mark.parametrize("text,status", [
    ("Emmanuel Macron compte appeler Olaf Scholz dans les prochains jours.", "planned"),  # 'compte' read as a noun
    ("L'appel entre Emmanuel Macron et Olaf Scholz a été reporté à jeudi.", "planned"),
    ("L'entretien téléphonique entre Emmanuel Macron et Olaf Scholz a été annulé.", "denied"),
    ("Berlin dément tout échange entre Emmanuel Macron et Olaf Scholz.", "denied"),  # 'dément' read as an adverb
    ("L'Élysée dément que Emmanuel Macron et Olaf Scholz se soient parlé.", "denied"),
    ("Des rumeurs font état d'un appel entre Emmanuel Macron et Olaf Scholz.", "unconfirmed"),
    ("Selon des rumeurs, Emmanuel Macron et Olaf Scholz se sont parlé mardi.", "unconfirmed"),
])
def test_intended_postponed_cancelled_denied_and_rumoured_calls(parse, text, status):
    assert [(names, call.status) for names, call in _calls(parse, text)] == [(MACRON_SCHOLZ, status)]


def test_an_announcement_for_several_counterparts_plans_one_call_each(parse):
    pairs = _pairs(parse, "Emmanuel Macron va parler avec Olaf Scholz et Giorgia Meloni dans les jours à venir.")
    assert [(names, status) for names, status, _ in pairs] == [
        (("Emmanuel Macron", "Giorgia Meloni"), "planned"), (("Emmanuel Macron", "Olaf Scholz"), "planned")]


def test_our_president_in_a_ministers_quote_is_the_speakers_leader(parse):
    pairs = _pairs(parse, "« Notre président va parler avec Olaf Scholz dans les jours à venir », a déclaré le ministre "
                          "turc des Affaires étrangères Hakan Fidan.", "2024-03-12")
    assert [names for names, _, _ in pairs] == [("Olaf Scholz", "Recep Tayyip Erdoğan")]


# --- 6. dates ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,published,expected", [
    ("Emmanuel Macron s'est entretenu dimanche par téléphone avec Olaf Scholz.", "2024-10", "2024-10"),
    ("Emmanuel Macron s'est entretenu le 6 octobre par téléphone avec Olaf Scholz.", "2024-10", "2024-10-06"),
    ("Emmanuel Macron s'est entretenu le 6 octobre 2023 par téléphone avec Olaf Scholz.", None, "2023-10-06"),
    ("Emmanuel Macron s'est entretenu dimanche par téléphone avec Olaf Scholz.", None, None),
    ("Plus tôt ce mois-ci, Emmanuel Macron s'était entretenu par visioconférence avec Olaf Scholz.", "2024-03-20", "2024-03"),
    ("Emmanuel Macron s'était entretenu par téléphone avec Olaf Scholz fin janvier.", "2024-03-20", "2024-01"),
    ("Emmanuel Macron s'entretiendra par téléphone le 10 janvier avec Olaf Scholz.", "2024-12-29", "2025-01-10"),
    ("Dans l'après-midi du 8 mars 2022, Emmanuel Macron s'est entretenu par téléphone avec Olaf Scholz.", "2022-03-10", "2022-03-08"),
])
def test_dates_with_a_month_or_no_publication_date(parse, text, published, expected):
    (_, call), = _calls(parse, text, published)
    assert call.date == expected


@pytest.mark.parametrize("text", [
    "Justin Trudeau parlera ce soir avec Joe Biden.",
    "Justin Trudeau doit s'entretenir cet après-midi avec Joe Biden.",
    "Justin Trudeau doit s'entretenir dans la soirée avec Joe Biden.",
    "Un appel entre Justin Trudeau et Joe Biden est prévu dans les prochaines heures.",
])
def test_a_call_planned_for_this_evening_is_on_the_publication_day(parse, text):
    """'ce soir', 'cet après-midi', 'dans la soirée': the day the article appeared ('ce soir-là' is a
    day told before)."""
    assert [(call.status, call.date) for _, call in _calls(parse, text, "2024-01-15")] == [("planned", "2024-01-15")]


@pytest.mark.parametrize("text,date", [
    ("Vladimir Poutine et Volodymyr Zelensky se sont parlé au téléphone pour la première fois en juillet, a rappelé le Kremlin.",
     "2019-07"),
    ("Joe Biden et Xi Jinping se sont entretenus pour la dernière fois en novembre.", "2019-11"),
])
def test_the_date_of_the_first_or_last_time_two_people_talked_dates_that_call(parse, text, date):
    """'pour la première fois en juillet': the date hangs on 'fois', which says when the call was."""
    assert [call.date for _, call in _calls(parse, text, "2019-12-10")] == [date]


# --- 7. medium, duration, initiator ----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Emmanuel Macron s'est entretenu mardi en visioconférence avec Olaf Scholz et Pedro Sánchez.",
    "Emmanuel Macron a eu mardi un entretien en visioconférence avec Olaf Scholz et Pedro Sánchez.",
])
def test_a_talk_held_by_videoconference_with_several_is_one_call_of_all(parse, text):
    (names, call), = _calls(parse, text)
    assert names == ["Emmanuel Macron", "Olaf Scholz", "Pedro Sánchez"] and call.medium == "video"


def test_a_phone_talk_with_several_is_a_call_each(parse):
    calls = _calls(parse, "Emmanuel Macron s'est entretenu mardi par téléphone avec Olaf Scholz et Pedro Sánchez.")
    assert sorted(names for names, _ in calls) == [["Emmanuel Macron", "Olaf Scholz"], ["Emmanuel Macron", "Pedro Sánchez"]]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron s'est entretenu en visioconférence lundi avec Olaf Scholz.",
    "Emmanuel Macron s'est entretenu par vidéo lundi avec le chancelier Olaf Scholz.",
])
def test_a_day_hung_on_the_video_medium_dates_the_call(parse, text):
    (_, call), = _calls(parse, text)
    assert call.date == "2024-03-11" and call.medium == "video"


@pytest.mark.parametrize("text", [
    "Joe Biden et Xi Jinping ont tenu un sommet virtuel lundi.",
    "La première rencontre virtuelle entre Joe Biden et Xi Jinping a eu lieu lundi.",
    "Joe Biden et Xi Jinping se sont entretenus par vidéo lundi.",
])
def test_virtual_meetings_are_video_calls(parse, text):
    (names, call), = _calls(parse, text, "2021-11-16")
    assert names == ["Joe Biden", "Xi Jinping"] and call.medium == "video"


def test_a_video_address_to_a_parliament_is_not_a_call(parse):
    assert _calls(parse, "Volodymyr Zelensky s'est adressé par vidéo aux députés du Parlement européen mardi.") == []


@pytest.mark.parametrize("text", [
    "Emmanuel Macron a appelé Olaf Scholz, selon un communiqué diffusé à 18 heures.",
    "Emmanuel Macron a tenté de joindre Olaf Scholz 7 à 8 heures après l'incident.",
])
def test_clock_times_and_delays_are_not_durations(parse, text):
    (_, call), = _calls(parse, text)
    assert call.duration_min is None


@pytest.mark.parametrize("text", [
    "Olaf Scholz a affirmé qu'il s'entretiendrait « sans doute dans les prochaines 48 heures » avec Emmanuel Macron.",
    "Emmanuel Macron devrait appeler Olaf Scholz dans les 24 heures, selon l'Élysée.",
])
def test_a_window_of_time_to_come_is_no_duration(parse, text):
    """'dans les prochaines 48 heures' says when the call is to come, not how long it lasts."""
    calls = _calls(parse, text, "2024-05-14")
    assert calls and all(call.duration_min is None for _, call in calls)


@pytest.mark.parametrize("text,minutes", [
    ("Emmanuel Macron a appelé lundi Olaf Scholz ; la conversation, qui a duré plus d'une demi-heure, a porté sur l'énergie.", None),
    ("Emmanuel Macron a appelé lundi Olaf Scholz pendant au moins une demi-heure.", None),
    ("Emmanuel Macron a appelé lundi Olaf Scholz pendant une demi-heure.", 30),
])
def test_more_than_half_an_hour_is_a_lower_bound(parse, text, minutes):
    """'plus d'une demi-heure' bounds the length from below like 'plus d'une heure': no length."""
    (names, call), = _calls(parse, text)
    assert names == MACRON_SCHOLZ and call.duration_min == minutes


@pytest.mark.parametrize("text,minutes", [
    ("Emmanuel Macron s'est entretenu lundi avec Olaf Scholz. Un entretien de quarante minutes, d'après l'Élysée.", 40),
    ("Emmanuel Macron a téléphoné lundi à Olaf Scholz. Une conversation d'une heure et demie, selon Berlin.", 90),
])
def test_a_verbless_sentence_giving_a_length_tells_the_call_before(parse, text, minutes):
    """Unlike a heading ('Conversations téléphoniques'), a call noun with its length is the call just told."""
    (names, call), = _calls(parse, text)
    assert names == MACRON_SCHOLZ and call.duration_min == minutes


@pytest.mark.parametrize("text,minutes", [
    ("Emmanuel Macron et Olaf Scholz se sont parlé lundi par visioconférence. Durant quarante minutes, les deux "
     "dirigeants ont passé en revue l'aide à l'Ukraine.", 40),
    ("Emmanuel Macron a appelé lundi Olaf Scholz. Pendant une heure et demie, les deux hommes ont évoqué l'énergie.", 90),
    ("Emmanuel Macron a appelé lundi Olaf Scholz. Pendant plus d'une heure, les deux hommes ont évoqué l'énergie.", None),
    ("Emmanuel Macron a appelé lundi Olaf Scholz. Pendant deux ans, les deux hommes ont travaillé ensemble.", None),
])
def test_a_length_opening_the_sentence_after_a_call_is_its_length(parse, text, minutes):
    """'Pendant une heure et demie, les deux dirigeants ont ...': right after a call, what its people
    did for that long, told first, is the call (a lower bound or years are no call's length)."""
    (names, call), = _calls(parse, text)
    assert names == MACRON_SCHOLZ and call.duration_min == minutes


@pytest.mark.parametrize("text,minutes", [
    ("Emmanuel Macron s'est entretenu samedi avec Olaf Scholz par visioconférence. La réunion, qui a duré près de trois "
     "heures, a porté sur l'aide militaire.", 180),
    ("Emmanuel Macron et Olaf Scholz ont tenu samedi une visioconférence. Cette réunion, qui a duré une heure et demie, "
     "a porté sur l'Ukraine.", 90),
    ("Emmanuel Macron s'est entretenu samedi avec Olaf Scholz par visioconférence. La réunion a duré près de trois heures.", 180),
    ("Emmanuel Macron s'est entretenu samedi avec Olaf Scholz par visioconférence. La réunion des ministres a duré trois "
     "heures.", None),
])
def test_the_meeting_named_again_after_a_video_call_gives_its_length(parse, text, minutes):
    """'La réunion, qui a duré près de trois heures, ...' right after a video call: the meeting
    named again is that call, and how long it lasted its length (not 'la réunion des ministres')."""
    (names, call), = _calls(parse, text)
    assert names == MACRON_SCHOLZ and call.duration_min == minutes


def test_the_meeting_people_joined_after_a_video_call_gives_its_length(parse):
    """'B et C ont pris part à la réunion, qui a duré près de trois heures': the relative clause on
    the meeting joined (hung by the parser on the verb) tells the call's length."""
    text = ("Emmanuel Macron s'est entretenu samedi avec Olaf Scholz par visioconférence. Giorgia Meloni et Pedro Sánchez "
            "ont pris part à la réunion, qui a duré près de trois heures.")
    assert [(names, call.duration_min) for names, call in _calls(parse, text)] == [
        (["Emmanuel Macron", "Giorgia Meloni", "Olaf Scholz", "Pedro Sánchez"], 180)]


@pytest.mark.parametrize("text,initiator", [
    ("Lors d'un entretien téléphonique mardi, à la demande de l'Allemagne, Emmanuel Macron et Olaf Scholz ont parlé "
     "d'énergie.", "Olaf Scholz"),
    ("Au cours de l'appel téléphonique initié par la partie française, Emmanuel Macron et Olaf Scholz ont parlé "
     "d'énergie.",
     "Emmanuel Macron"),
    ("Emmanuel Macron s'est entretenu avec Olaf Scholz à la suite d'un appel du chancelier allemand.", "Olaf Scholz"),
    ("Olaf Scholz a pris l'initiative d'appeler son homologue français.", "Olaf Scholz"),
    ("Olaf Scholz a de son côté appelé mardi Vladimir Poutine.\n", "Olaf Scholz"),  # the subject read as the root
    ("Emmanuel Macron s'est entretenu mardi au téléphone avec le chancelier Olaf Scholz, à la demande de ce dernier.",
     "Olaf Scholz"),  # state readouts
    ("Olaf Scholz a eu mardi un entretien téléphonique avec Emmanuel Macron, à l'initiative de ce dernier.", "Emmanuel Macron"),
    ("Olaf Scholz a appelé mardi Emmanuel Macron, à la demande du premier.", "Olaf Scholz"),  # a side not read: the caller
])
def test_initiator_phrasings(parse, text, initiator):
    (_, call), = _calls(parse, text)
    assert call.initiator is not None and load().actors[call.initiator].label == initiator


@pytest.mark.parametrize("text,published,initiator", [
    ("Emmanuel Macron et Olaf Scholz ont eu mardi un long entretien téléphonique, à l'initiative du chancelier.",
     "2024-03-12", "Olaf Scholz"),
    ("Angela Merkel et Emmanuel Macron ont eu dimanche une première conversation téléphonique, à l'initiative de la "
     "chancelière.", "2020-03-10", "Angela Merkel"),
])
def test_a_bare_role_in_an_initiative_phrase_is_the_participant_holding_it(parse, text, published, initiator):
    (_, call), = _calls(parse, text, published)
    assert call.initiator is not None and load().actors[call.initiator].label == initiator


def test_a_role_two_participants_hold_names_no_initiator(parse):
    text = "Emmanuel Macron et Joe Biden ont eu mardi un entretien téléphonique, à l'initiative du président."
    (_, call), = _calls(parse, text)
    assert call.initiator is None


@pytest.mark.parametrize("text", [
    "Après deux heures au téléphone avec le chancelier autrichien, le Premier ministre grec a annoncé un accord.",
    "Au terme de deux heures au téléphone avec le président russe, le président américain a annoncé des pourparlers.",
])
def test_being_on_the_phone_with_someone_names_no_caller(parse, text):
    """'après deux heures au téléphone avec Y, X a annoncé ...': the phone phrase names its own
    partner; unlike 'X a prévenu Y par téléphone', nobody acts on the other by phone."""
    (_, call), = _calls(parse, text)
    assert call.initiator is None


@pytest.mark.parametrize("text,talked,called", [
    ("Emmanuel Macron s'entretient au téléphone avec le chancelier Scholz et appelle le président Biden.",
     ["Emmanuel Macron", "Olaf Scholz"], ["Emmanuel Macron", "Joe Biden"]),
    ("Le roi Charles III s'entretient au téléphone avec le président Macron et appelle le président Biden.",
     ["Charles III", "Emmanuel Macron"], ["Charles III", "Joe Biden"]),
])
def test_who_phones_a_second_leader_in_a_coordinated_verb_placed_only_that_call(parse, text, talked, called):
    """'X s'entretient au téléphone avec Y et appelle le président Z': the second verb's own
    object, a title with its name (read as a clause, the name as its adjective), is whom X called;
    the talk with Y names no caller."""
    assert sorted((names, c.initiator is not None) for names, c in _calls(parse, text)) == sorted([(called, True), (talked, False)])


def test_who_a_call_came_from_is_named_after_a_chain_of_descriptions(parse):
    text = ("Le président Emmanuel Macron a reçu mardi un appel téléphonique de son homologue, le chancelier de la "
            "République fédérale d'Allemagne, M. Olaf Scholz.")
    (names, call), = _calls(parse, text)
    assert names == MACRON_SCHOLZ and load().actors[call.initiator].label == "Olaf Scholz"


@pytest.mark.parametrize("text,initiator", [
    ("Le chancelier Olaf Scholz a réuni mardi, par visioconférence, ses homologues français Emmanuel Macron et "
     "italienne Giorgia Meloni.", "Olaf Scholz"),
    ("Olaf Scholz, Emmanuel Macron et Giorgia Meloni se sont réunis mardi par visioconférence.", None),
])
def test_who_gathers_others_by_video_hosts_the_call(parse, text, initiator):
    """'X a réuni A et B par visioconférence': X convened it; 'ils se sont réunis': no one did."""
    (names, call), = _calls(parse, text)
    assert names == ["Emmanuel Macron", "Giorgia Meloni", "Olaf Scholz"]
    assert (load().actors[call.initiator].label if call.initiator else None) == initiator


@pytest.mark.parametrize("text", [
    "Emmanuel Macron et Olaf Scholz se sont téléphoné lundi.",
    "Le président français et le chancelier allemand doivent s'entretenir par téléphone jeudi.",
    "Emmanuel Macron et Olaf Scholz ont demandé à s'entretenir rapidement.",
])
def test_people_who_are_the_subject_together_did_not_call_one_another(parse, text):
    (_, call), = _calls(parse, text)
    assert call.initiator is None


# --- 8. who is on the line ---------------------------------------------------------------------------
@pytest.mark.parametrize("text,published,pair", [
    ("Emmanuel Macron s'est entretenu mardi par téléphone avec le secrétaire général de l'ONU.", "2024-03-13",
     ["António Guterres", "Emmanuel Macron"]),
    ("Le secrétaire général des Nations unies a appelé lundi le président ukrainien.", "2015-06-03",
     ["Ban Ki-moon", "Petro Poroshenko"]),
    ("Olaf Scholz a eu jeudi un entretien téléphonique avec la présidente de la Commission européenne.", "2022-05-13",
     ["Olaf Scholz", "Ursula von der Leyen"]),
    ("Le chef de l'exécutif européen s'est entretenu lundi avec le président français.", "2017-10-03",
     ["Emmanuel Macron", "Jean-Claude Juncker"]),
    ("Le président du Conseil européen a parlé mardi au téléphone avec le chancelier allemand.", "2025-02-05",
     ["António Costa", "Olaf Scholz"]),
    ("Le secrétaire général de l'Otan s'est entretenu lundi par téléphone avec le président turc.", "2019-10-09",
     ["Jens Stoltenberg", "Recep Tayyip Erdoğan"]),
])
def test_the_head_of_an_international_organisation_named_by_the_office_is_on_the_line(parse, text, published, pair):
    """Offices of no country (the UN, the EU's Commission and Council, NATO) resolve to their holder at the date."""
    assert [names for names, _ in _calls(parse, text, published)] == [pair]


def test_reporters_journalists_and_people_spoken_of_are_not_on_the_line(parse):
    (names, _), = _calls(parse, "Emmanuel Macron s'est entretenu par téléphone avec Olaf Scholz avant sa rencontre "
                                "avec Vladimir Poutine, a indiqué Dmitri Peskov. (Reportage Jean Dupont)")
    assert names == MACRON_SCHOLZ


@pytest.mark.parametrize("text", [
    "Selon le porte-parole de la chancellerie, Steffen Hebestreit, Emmanuel Macron et Olaf Scholz se sont parlé mardi.",
    "Selon un conseiller de l'Élysée, Emmanuel Bonne, Olaf Scholz a appelé Emmanuel Macron mardi.",
])
def test_the_holder_of_a_source_role_is_not_on_the_line(parse, text):
    """'Selon le porte-parole de X, Y, ...': Y holds the role the report comes from."""
    assert [names for names, _ in _calls(parse, text)] == [MACRON_SCHOLZ]


@pytest.mark.parametrize("text", [
    "Au téléphone, Emmanuel Macron a assuré à Olaf Scholz que la France le soutenait.",
    "Emmanuel Macron a assuré par téléphone à Olaf Scholz que la France le soutenait.",
])
def test_a_clause_said_over_the_phone_is_a_call(parse, text):
    assert [names for names, _ in _calls(parse, text)] == [MACRON_SCHOLZ]


def test_speaking_to_a_parliament_by_video_is_not_a_call(parse):
    assert _calls(parse, "Volodymyr Zelensky s'est adressé par visioconférence aux députés européens.") == []


def test_receiving_a_call_from_someone_is_a_call_they_initiated(parse):
    (names, call), = _calls(parse, "Emmanuel Macron a reçu mardi un appel de Olaf Scholz.")
    assert names == MACRON_SCHOLZ and load().actors[call.initiator].label == "Olaf Scholz"


def test_a_journalist_reaching_someone_by_phone_is_not_a_call(parse):
    assert _calls(parse, "Joint par téléphone par l'AFP, Emmanuel Macron a déclaré qu'il soutenait Olaf Scholz.") == []


@pytest.mark.parametrize("text", [
    "Emmanuel Macron n'a pas pu joindre Olaf Scholz mardi.",
    "Emmanuel Macron a tenté en vain de joindre Olaf Scholz.",
])
def test_failing_to_reach_someone_is_a_denied_call(parse, text):
    (names, call), = _calls(parse, text)
    assert names == MACRON_SCHOLZ and call.status == "denied"


@pytest.mark.parametrize("text", [
    "Olaf Scholz a eu lundi un appel téléphonique avec Emmanuel Macron. M. Macron a prévenu que les sanctions seraient "
    "durcies si Moscou ne réussissait pas à rétablir les échanges avec ses voisins.",
    "Olaf Scholz a eu lundi un appel téléphonique avec Emmanuel Macron. Selon l'Élysée, M. Macron n'a pas pu maintenir "
    "les échanges avec Moscou.",
])
def test_failing_at_something_done_to_exchanges_denies_no_call(parse, text):
    """'ne parvenait pas à rétablir les échanges': the failure is the other verb's; only failing to
    make the call ('n'a pas pu le joindre', 'n'a pas pu avoir d'entretien') denies it."""
    assert _pairs(parse, text) == [(tuple(MACRON_SCHOLZ), "occurred", "2024-03-11")]


@pytest.mark.parametrize("text", [
    "Le Premier ministre sortant, Jean Morel, s'est entretenu lundi au téléphone avec Emmanuel Macron. La veille, "
    "Emmanuel Macron avait eu un échange téléphonique tendu avec le chancelier allemand, Olaf Scholz.",
    "Le Premier ministre sortant, Petr Fiala, s'est entretenu lundi au téléphone avec Emmanuel Macron. La veille, "
    "Emmanuel Macron avait eu un échange téléphonique avec le chancelier allemand, Olaf Scholz.",
])
def test_a_bare_role_set_off_before_a_name_is_that_person_so_two_days_make_two_calls(parse, text):
    """'Le Premier ministre sortant, X, ...': the role describes X, not a head of government named
    later, who would join X's call and make one three-party call of two calls on two days."""
    assert [(len(names), call.date) for names, call in _calls(parse, text, "2024-10-15")] == [(2, "2024-10-14"), (2, "2024-10-13")]


def test_a_bare_role_in_what_a_persons_office_denies_is_that_person(parse):
    """'le bureau de X a démenti ... que le Premier ministre se serait entretenu avec Y': the office
    answers for its own head, not for the head of government the article named before."""
    text = ("Emmanuel Macron a parlé au téléphone avec le Premier ministre israélien, Benjamin Netanyahu. Par ailleurs, "
            "le bureau de Petr Fiala a démenti lundi les informations selon lesquelles le Premier ministre se serait "
            "entretenu avec le président syrien Bachar el-Assad.")
    assert ([names for names, call in _calls(parse, text, "2024-10-15") if call.status == "denied"]
            == [["Bashar al-Assad", "Petr Fiala"]])


@pytest.mark.parametrize("text", [
    "Emmanuel Macron a parlé vendredi avec Olaf Scholz. Pedro Sánchez est arrivé à Rome. Le bureau de M. Sánchez "
    "a pourtant démenti qu'une conversation avec le chancelier Scholz ait eu lieu cette semaine.",
    "Emmanuel Macron a parlé vendredi avec Olaf Scholz. Le porte-parole de Pedro Sánchez a démenti tout entretien avec Olaf Scholz.",
])
def test_what_an_office_denies_is_a_call_of_its_principal(parse, text):
    """'Le bureau de X a démenti qu'une conversation avec Y ait eu lieu': X, for whom the office
    speaks, is the other side of the denied call; not a denial added to Y's call told before."""
    assert sorted((names, call.status) for names, call in _calls(parse, text, "2024-03-16")) == [
        (MACRON_SCHOLZ, "occurred"), (["Olaf Scholz", "Pedro Sánchez"], "denied")]


def test_a_call_told_in_a_paragraph_after_a_denial_of_the_pair_is_another_call(parse):
    """'Le bureau de X a démenti tout appel avec Y cette semaine. / X et Y se sont parlé une seule
    fois depuis janvier': the call told after the denial took place; it is not the one denied."""
    text = ("Madrid reste discret.\n\nLe porte-parole de Pedro Sánchez a démenti tout entretien avec Olaf Scholz cette semaine.\n\n"
            "Pedro Sánchez et Olaf Scholz se sont parlé une seule fois depuis janvier.")
    assert sorted(call.status for _, call in _calls(parse, text, "2024-03-16")) == ["denied", "occurred"]


def test_a_nameless_call_started_by_someone_off_the_next_call_leaves_it_alone(parse):
    """'Les deux chefs d'État se seraient parlé début mai, à l'initiative du président français',
    then, a paragraph later, a call of two others: the doubt is of another call, not of theirs."""
    text = ("Selon nos informations, les deux chefs d'État se seraient parlé au téléphone début mai, à l'initiative "
            "du président français.\n\nMardi, Paul Kagame s'est entretenu par téléphone avec Macky Sall.")
    assert [(names, call.status) for names, call in _calls(parse, text, "2018-05-24")] == [(["Macky Sall", "Paul Kagame"], "occurred")]


def test_taking_part_in_a_video_conference_puts_the_subject_on_it(parse):
    (names, call), = _calls(parse, "Emmanuel Macron a participé mardi à une visioconférence avec Olaf Scholz et Giorgia Meloni.")
    assert names == ["Emmanuel Macron", "Giorgia Meloni", "Olaf Scholz"] and call.medium == "video"


def test_a_headline_run_into_its_lead_is_its_own_sentence(parse):
    doc = parse("Emmanuel Macron veut convaincre Olaf Scholz Les présidents français et russe se sont entretenus "
                "par téléphone mardi.", "2024-03-13")
    assert [s.text.split()[0] for s in doc._.sentences] == ["Emmanuel", "Les"]
    assert [(c.status, len(c.participants)) for c in doc._.calls] == [("occurred", 2)]


def test_the_parser_does_not_cut_a_sentence_before_its_full_stop(parse):
    doc = parse("Le président du Kenya, William Ruto, a eu une conversation téléphonique avec son homologue russe "
                "Vladimir Poutine mardi, sur la sécurité alimentaire, indique le Kremlin.", "2024-03-14")
    assert len(list(doc.sents)) == 1
    assert [c.date for c in doc._.calls] == ["2024-03-12"]


def test_a_few_quoted_words_inside_a_sentence_do_not_end_it(parse):
    """The parser may cut after the closing mark of 'un « long et très productif » appel'; what
    follows in lower case runs on. A quote that ends on its own full stop still ends the sentence."""
    doc = parse("Donald Trump a eu mercredi un « long et très productif » appel téléphonique avec Vladimir Poutine.",
                "2025-02-13")
    assert len(doc._.sentences) == 1
    assert [(sorted(c.participants), c.date) for c in doc._.calls] == [(["Q22686", "Q7747"], "2025-02-12")]
    doc = parse("« Nous avons parlé de tout. » Emmanuel Macron a appelé Olaf Scholz mardi.")
    assert len(doc._.sentences) == 2


def test_calls_made_twice_are_two_calls_but_tries_are_one(parse):
    assert len(_calls(parse, "Emmanuel Macron et Olaf Scholz se sont téléphoné à deux reprises cette semaine.")) == 2
    (names, call), = _calls(parse, "Emmanuel Macron aurait tenté de joindre Olaf Scholz à trois reprises.")
    assert names == MACRON_SCHOLZ and call.status == "denied"


def test_a_call_in_the_evening_is_on_the_main_calls_day(parse):
    found = _pairs(parse, "Emmanuel Macron et Vladimir Poutine se sont entretenus par téléphone dimanche. Dans la soirée, "
                          "Emmanuel Macron s'est également entretenu au téléphone avec Volodymyr Zelensky.", "2022-02-21")
    assert [(names, date) for names, _, date in found] == [
        (("Emmanuel Macron", "Vladimir Putin"), "2022-02-20"), (("Emmanuel Macron", "Volodymyr Zelensky"), "2022-02-20")]


def test_he_after_a_role_we_cannot_resolve_is_nobody_we_knew_before(parse):
    text = ("Olaf Scholz a salué l'accord. Depuis sa victoire, le président élu a multiplié les contacts. "
            "Il a eu une conversation téléphonique avec Giorgia Meloni.")
    assert all("Olaf Scholz" not in names for names, _ in _calls(parse, text))


def test_a_role_the_article_gave_a_name_is_that_person(parse):
    text = ("Le président élu Emmanuel Macron a eu une conversation téléphonique avec Olaf Scholz. "
            "Olaf Scholz a salué l'accord. Depuis sa victoire, le président élu a multiplié les contacts. "
            "Il a aussi eu une conversation avec Giorgia Meloni et Pedro Sánchez, a annoncé son parti.")
    pairs = [names for names, _ in _calls(parse, text, "2017-05-09")]
    assert ["Emmanuel Macron", "Giorgia Meloni"] in pairs and ["Emmanuel Macron", "Pedro Sánchez"] in pairs
    assert all("Olaf Scholz" not in names or names == MACRON_SCHOLZ for names in pairs)


def test_a_call_hours_before_the_news_is_on_the_day_of_the_article(parse):
    text = ("Emmanuel Macron et Olaf Scholz se parleront de nouveau par téléphone le 25 mars, a annoncé l'Élysée. "
            "Quelques heures auparavant, les deux dirigeants avaient eu une conversation téléphonique.")
    assert (tuple(MACRON_SCHOLZ), "occurred", "2024-03-12") in _pairs(parse, text)


# --- the call noun as the subject of 'avoir lieu', and 'coup de téléphone' ---------------
@pytest.mark.parametrize("text", [
    "Un appel a eu lieu jeudi entre Emmanuel Macron et Olaf Scholz.",
    "Olaf Scholz a reçu jeudi un coup de téléphone d'Emmanuel Macron.",
])
def test_a_call_that_took_place_between_two_leaders(parse, text):
    (names, call), = _calls(parse, text)
    assert names == MACRON_SCHOLZ and call.status == "occurred" and call.date == "2024-03-07"


# --- the members of a group on the call: 'avec les dirigeants européens, dont X et Y' --------
@pytest.mark.parametrize("text", [
    "Joe Biden a tenu mardi un appel avec plusieurs dirigeants européens, dont Emmanuel Macron et Olaf Scholz.",
    "Joe Biden a participé mardi à une visioconférence avec les dirigeants européens, parmi lesquels Emmanuel Macron et Olaf Scholz.",
])
def test_the_members_listed_after_a_group_are_one_call_with_it(parse, text):
    assert [names for names, _ in _calls(parse, text)] == [["Emmanuel Macron", "Joe Biden", "Olaf Scholz"]]


def test_people_listed_after_a_partner_without_a_group_are_calls_of_their_own(parse):
    text = "Joe Biden s'est entretenu mardi avec Emmanuel Macron, Olaf Scholz et Rishi Sunak."
    assert [names for names, _ in _calls(parse, text)] == [["Emmanuel Macron", "Joe Biden"], ["Joe Biden", "Olaf Scholz"],
                                                          ["Joe Biden", "Rishi Sunak"]]


# --- modality the tagger misses: 'se seraient parlé', 'pourraient se parler' --------------
@pytest.mark.parametrize("text,status", [
    ("D'après plusieurs médias, Emmanuel Macron et Olaf Scholz se seraient parlé jeudi.", "unconfirmed"),
    ("Emmanuel Macron et Olaf Scholz pourraient s'être parlé jeudi.", "unconfirmed"),
    ("Emmanuel Macron et Olaf Scholz pourraient se parler cette semaine.", "planned"),
    ("Un appel entre Emmanuel Macron et Olaf Scholz pourrait avoir lieu dans les prochains jours.", "planned"),
])
def test_the_conditional_reports_and_the_possible_call(parse, text, status):
    (names, call), = _calls(parse, text)
    assert names == MACRON_SCHOLZ and call.status == status


# --- 'un appel entre X et Y' hung by the parser on the verb that denies or doubts it ---------
@pytest.mark.parametrize("text,status", [
    ("La chancellerie n'a ni confirmé ni démenti un appel entre Emmanuel Macron et Olaf Scholz.", "unconfirmed"),
    ("Le porte-parole a démenti les informations d'un journal sur un appel entre Emmanuel Macron et Olaf Scholz.", "denied"),
])
def test_a_call_between_two_leaders_right_after_its_noun(parse, text, status):
    (names, call), = _calls(parse, text)
    assert names == MACRON_SCHOLZ and call.status == status


# --- a side that neither confirms nor denies leaves the call unconfirmed -------------------
@pytest.mark.parametrize("text", [
    "La chancellerie n'a ni confirmé ni infirmé un entretien entre Emmanuel Macron et Olaf Scholz.",
    "Berlin n'a pas démenti l'entretien entre Emmanuel Macron et Olaf Scholz.",
    "L'Élysée n'a pas commenté l'appel entre Emmanuel Macron et Olaf Scholz.",
    "La chancellerie n'a pas confirmé un appel entre Emmanuel Macron et Olaf Scholz.",
    "Emmanuel Macron affirme avoir parlé avec Olaf Scholz, ce que Berlin n'a pas confirmé.",
    "Emmanuel Macron assure avoir parlé avec Olaf Scholz, ce que la chancellerie n'a pas démenti.",
])
def test_neither_confirmed_nor_denied_is_unconfirmed(parse, text):
    (names, call), = _calls(parse, text)
    assert names == MACRON_SCHOLZ and call.status == "unconfirmed"


@pytest.mark.parametrize("text,statuses", [
    ("Olaf Scholz n'exclut pas un nouvel appel avec Emmanuel Macron.", ["planned"]),
    ("Olaf Scholz n'écarte pas un entretien avec Emmanuel Macron dans les prochains jours.", ["planned"]),
    ("Olaf Scholz exclut tout appel avec Emmanuel Macron.", []),
])
def test_a_call_not_ruled_out_is_one_that_may_come(parse, text, statuses):
    assert [call.status for _, call in _calls(parse, text)] == statuses


# --- a call one side says never took place, or refused -----------------------------------
@pytest.mark.parametrize("text", [
    "Emmanuel Macron affirme avoir parlé avec Olaf Scholz, ce que Berlin dément.",
    "Emmanuel Macron assure avoir parlé avec Olaf Scholz, ce qu'a démenti la chancellerie.",
    "Olaf Scholz a refusé de prendre l'appel d'Emmanuel Macron.",
    "Emmanuel Macron a prétendu avoir eu Olaf Scholz au téléphone, ce que Berlin a démenti.",  # 'au téléphone': the call
    "Emmanuel Macron n'a finalement pas eu Olaf Scholz au téléphone lundi.",
])
def test_a_call_denied_by_the_other_side_or_refused(parse, text):
    (names, call), = _calls(parse, text)
    assert names == MACRON_SCHOLZ and call.status == "denied"


def test_a_leader_citing_a_counterpart_is_no_outlet(parse):
    (names, call), = _calls(parse, "« Selon mon homologue, Emmanuel Macron a appelé Olaf Scholz mardi », a dit le ministre.")
    assert names == MACRON_SCHOLZ and call.status == "occurred"


def test_a_call_confirmed_in_a_relative_stays_a_call_that_took_place(parse):
    (names, call), = _calls(parse, "Emmanuel Macron a parlé avec Olaf Scholz, ce que la chancellerie a confirmé.")
    assert names == MACRON_SCHOLZ and call.status == "occurred"


def test_the_head_of_the_white_house_is_the_us_president(parse):
    (names, _), = _calls(parse, "Le chef de la Maison Blanche s'est entretenu jeudi avec le chancelier allemand.", "2024-03-12")
    assert names == ["Joe Biden", "Olaf Scholz"]


# --- a group's leaders: 'les dirigeants du G7' at the article's date ---------------------
G7_2020 = ["Angela Merkel", "Boris Johnson", "Donald Trump", "Emmanuel Macron", "Giuseppe Conte", "Justin Trudeau", "Shinzo Abe"]


def test_the_leaders_of_a_group_are_its_members_leaders_on_one_call(parse):
    (names, call), = _calls(parse, "Les dirigeants du G7 se réuniront lundi par visioconférence.", "2020-03-13")
    assert names == G7_2020 and call.status == "planned" and call.medium == "video" and call.date == "2020-03-16"


def test_a_leader_talking_with_a_group_is_one_call_with_all_its_leaders(parse):
    (names, _), = _calls(parse, "Volodymyr Zelensky s'est entretenu mardi par visioconférence avec les dirigeants du G7.", "2020-03-17")
    assert names == sorted([*G7_2020, "Volodymyr Zelensky"])


def test_an_undated_article_is_read_at_the_last_day_it_writes_in_full(parse):
    text = ("Les dirigeants du G7 se réuniront lundi par visioconférence, a annoncé vendredi la présidence.\n"
            "Nous nous parlerons lundi. — Un dirigeant (@undirigeant) March 13, 2020")
    (names, call), = _calls(parse, text, None)
    assert names == G7_2020 and call.date == "2020-03-16"


def test_of_two_dates_the_call_takes_the_one_written_in_full_beside_it(parse):
    text = "Arrivé jeudi à Berlin, Emmanuel Macron s'est entretenu par téléphone, ce samedi 16 mars 2024, avec Olaf Scholz."
    (names, call), = _calls(parse, text, None)
    assert names == MACRON_SCHOLZ and call.date == "2024-03-16"


# --- people a later sentence puts on the call just reported --------------------------------
@pytest.mark.parametrize("second", [
    "Du côté allemand, il y avait aussi Annalena Baerbock.",
    "Annalena Baerbock était également présente.",
    "Annalena Baerbock a aussi participé à l'appel.",
    "Annalena Baerbock a participé à l'appel.",  # the call just told: on it, 'aussi' or not
])
def test_someone_also_on_the_call_joins_it(parse, second):
    text = f"Emmanuel Macron s'est entretenu mardi avec Olaf Scholz.\n{second}"
    assert [names for names, _ in _calls(parse, text)] == [["Annalena Baerbock", *MACRON_SCHOLZ]]


@pytest.mark.parametrize("second,joined", [
    ("Annalena Baerbock a participé à l'appel, tout comme Rishi Sunak et Pedro Sánchez.",
     ["Annalena Baerbock", "Pedro Sánchez", "Rishi Sunak"]),
    ("La ministre Annalena Baerbock a pris part à l'échange, de même que Pedro Sánchez, a précisé la chancellerie.",
     ["Annalena Baerbock", "Pedro Sánchez"]),
    ("Annalena Baerbock a assisté à l'entretien, ainsi que Pedro Sánchez.", ["Annalena Baerbock", "Pedro Sánchez"]),
])
def test_people_joining_the_call_like_its_subject_join_it_too(parse, second, joined):
    """'A a participé à l'appel, tout comme B et C': B and C joined the call just told as A did;
    the parser hung them on the call noun (read as naming another call) or on the verb as its
    partners (a call of A with B)."""
    text = f"Emmanuel Macron s'est entretenu mardi avec Olaf Scholz.\n{second}"
    assert [names for names, _ in _calls(parse, text)] == [sorted([*joined, *MACRON_SCHOLZ])]


@pytest.mark.parametrize("second", [
    "Annalena Baerbock a participé lundi à une réunion à Bruxelles, tout comme Pedro Sánchez.",
    "Annalena Baerbock a aussi assisté lundi à une réunion à Bruxelles.",
    "Il y avait aussi des manifestations à Berlin.",
    "Annalena Baerbock n'a pas participé à l'appel.",
])
def test_other_presence_adds_nobody(parse, second):
    text = f"Emmanuel Macron s'est entretenu mardi avec Olaf Scholz.\n{second}"
    assert [names for names, _ in _calls(parse, text)] == [MACRON_SCHOLZ]


# --- a round of calls: one caller phoning several people, a group named before --------------
def test_the_other_leaders_of_the_group_named_before_are_called_one_by_one(parse):
    text = ("Les dirigeants du G7 se réuniront lundi par visioconférence. "
            "Emmanuel Macron a appelé vendredi Donald Trump et les autres dirigeants du groupe.")
    found = [(names, call.status) for names, call in _calls(parse, text, "2020-03-13")]
    assert (G7_2020, "planned") in found
    assert sorted(names for names, status in found if status == "occurred") == sorted(
        sorted(["Emmanuel Macron", other]) for other in G7_2020 if other != "Emmanuel Macron")


def test_a_group_of_another_kind_is_no_one_to_call(parse):
    text = "Le groupe Wagner a annoncé son retrait. Emmanuel Macron a appelé vendredi Donald Trump et les autres dirigeants du groupe."
    assert [names for names, _ in _calls(parse, text, "2020-03-13")] == [["Donald Trump", "Emmanuel Macron"]]


def test_a_call_people_joined_is_the_one_a_later_sentence_names_with_all_of_them(parse):
    text = ("Emmanuel Macron s'est entretenu mardi avec Olaf Scholz. Lors de cet entretien téléphonique mardi, Emmanuel Macron et "
            "Olaf Scholz ont évoqué l'énergie. Annalena Baerbock était également présente. "
            "Emmanuel Macron, Olaf Scholz et Annalena Baerbock se sont parlé mardi pendant une heure.")
    (names, call), = _calls(parse, text)
    assert names == ["Annalena Baerbock", *MACRON_SCHOLZ] and call.duration_min == 60


# --- passive callers, two people talking together, a call as the circumstance of a clause ---
@pytest.mark.parametrize("text", [
    "Olaf Scholz a été appelé lundi par Emmanuel Macron.",
    "Olaf Scholz a été appelé dimanche par Emmanuel Macron.",  # the agent hung on the day
])
def test_the_agent_of_a_passive_call_verb_is_the_caller(parse, text):
    (names, call), = _calls(parse, text)
    assert names == MACRON_SCHOLZ and call.initiator == "Q3052772"


@pytest.mark.parametrize("text,calls", [
    ("Emmanuel Macron et Olaf Scholz ont échangé pendant une heure lundi.", [MACRON_SCHOLZ]),
    ("Emmanuel Macron et Olaf Scholz ont échangé des cadeaux.", []),
])
def test_two_people_exchanging_as_the_subject(parse, text, calls):
    assert [names for names, _ in _calls(parse, text)] == calls


def test_a_call_as_the_circumstance_of_a_clause_between_two_people(parse):
    (names, call), = _calls(parse, "Emmanuel Macron a présenté ses condoléances à Olaf Scholz lors d'un appel lundi.")
    assert names == MACRON_SCHOLZ and call.date == "2024-03-11"


@pytest.mark.parametrize("text", [
    "Emmanuel Macron et Joe Biden ont condamné l'attaque lors d'un échange mardi.",
    "Emmanuel Macron et Joe Biden se sont mis d'accord mardi, lors d'un appel, pour renforcer les sanctions.",
])
def test_a_call_as_the_circumstance_of_what_two_people_did_together(parse, text):
    """'X et Y ont condamné Z lors d'un échange': the two subjects of the clause are the call's
    people, as an addressee would be; an exchange with someone else is not their call."""
    with_others = "Emmanuel Macron et Olaf Scholz ont répondu aux questions lors d'un échange avec les étudiants."
    assert [[names for names, _ in _calls(parse, t, "2022-04-26")] for t in (text, with_others)] == [
        [["Emmanuel Macron", "Joe Biden"]], []]


@pytest.mark.parametrize("text,pair,date", [
    ("Joe Biden a exhorté Xi Jinping à ne pas aider la Russie lors d'un appel vendredi.", ["Joe Biden", "Xi Jinping"], "2024-01-12"),
    ("Emmanuel Macron a demandé à Vladimir Poutine de laisser partir les civils lors d'un échange dimanche.",
     ["Emmanuel Macron", "Vladimir Putin"], "2024-01-14"),
])
def test_a_call_as_the_circumstance_of_an_infinitive_is_that_of_the_verb_above_it(parse, text, pair, date):
    """'X a exhorté Y à ne pas aider Z lors d'un appel': the parser hangs the adjunct on the
    infinitive; the people are those of the verb whose complement it is."""
    assert [(names, call.date) for names, call in _calls(parse, text, "2024-01-15")] == [(pair, date)]


@pytest.mark.parametrize("joined", ["ont pris part", "ont participé"])
def test_who_joined_a_summit_chaired_by_video_is_on_that_call(parse, joined):
    """'X a présidé par visioconférence le sommet, auquel ont pris part Y et Z': the summit is the
    call the medium is of (not a meeting apart), its relative names who joined it, the subject put
    after the verb ('auquel' read as the subject); 'prendre part' a joining verb in two words."""
    text = f"Narendra Modi a présidé mardi par visioconférence le sommet de l'OCS, auquel {joined} Vladimir Poutine et Xi Jinping."
    assert [(names, call.medium) for names, call in _calls(parse, text, "2023-07-04")] == [
        (["Narendra Modi", "Vladimir Putin", "Xi Jinping"], "video")]


def test_a_meeting_held_by_phone_is_one_call_of_everyone_on_it(parse):
    text = "Emmanuel Macron a tenu jeudi une réunion téléphonique avec Olaf Scholz et Rishi Sunak."
    (names, call), = _calls(parse, text)
    assert names == ["Emmanuel Macron", "Olaf Scholz", "Rishi Sunak"] and call.medium == "phone" and call.date == "2024-03-07"


def test_the_person_met_before_a_call_is_not_on_it(parse):
    text = "Emmanuel Macron a rencontré Olaf Scholz lors d'une réunion à Berlin, puis a téléphoné à Rishi Sunak."
    assert [names for names, _ in _calls(parse, text)] == [["Emmanuel Macron", "Rishi Sunak"]]


# --- two words of one sentence for one call: the stronger one decides --------------------
@pytest.mark.parametrize("text,medium", [
    ("Emmanuel Macron et Olaf Scholz ont échangé pendant une heure lors d'un appel vidéo.", "video"),
    ("Emmanuel Macron et Olaf Scholz ont échangé lors d'un appel téléphonique.", "phone"),
    ("Emmanuel Macron et Olaf Scholz ont discuté lors d'un appel vidéo mardi.", "video"),
])
def test_a_verb_and_the_call_noun_of_its_adjunct_are_one_call(parse, text, medium):
    """'échanger' alone is too weak to be a call; with 'lors d'un appel' the noun makes it one,
    and names its medium."""
    (names, call), = _calls(parse, text)
    assert names == MACRON_SCHOLZ and call.medium == medium


def test_the_exchange_after_a_recalled_call_is_the_call_in_the_news(parse):
    """'Durant l'échange' in the paragraph after 'ils ne s'étaient plus parlé depuis 2022' is the
    call the article reports, not the one it recalls: its topics go to the call in the news."""
    text = ("Le chancelier allemand Olaf Scholz s'est entretenu vendredi par téléphone avec Vladimir Poutine. "
            "Les deux dirigeants ne s'étaient plus parlé depuis décembre 2022.\n\n"
            "Durant l'échange, le chancelier a exhorté le président russe à retirer ses troupes d'Ukraine.")
    doc = parse(text, "2024-11-15")
    news, recalled = doc._.calls
    assert (news.date, recalled.date) == ("2024-11-15", "2022-12")
    assert "ukraine-war" in news.topics and "ukraine-war" not in recalled.topics


@pytest.mark.parametrize("second,date", [
    ("Un précédent entretien avait eu lieu le 2 mars.", "2024-03-02"),
    ("Le précédent appel remontait au 15 novembre.", "2023-11-15"),
])
def test_the_previous_call_named_by_nobody_is_another_call_of_the_pair(parse, second, date):
    text = "Emmanuel Macron s'est entretenu jeudi au téléphone avec Olaf Scholz. " + second
    assert _pairs(parse, text) == sorted([(tuple(MACRON_SCHOLZ), "occurred", "2024-03-07"),
                                          (tuple(MACRON_SCHOLZ), "occurred", date)])


@pytest.mark.parametrize("text", [
    "Olaf Scholz a téléphoné à Emmanuel Macron.",
    "Olaf Scholz a téléphoné mardi au président français.",
])
def test_who_telephoned_is_the_initiator_also_when_the_participle_is_tagged_as_a_noun(parse, text):
    (names, call), = _calls(parse, text)
    assert names == MACRON_SCHOLZ and call.initiator == "Q61053"


@pytest.mark.parametrize("second", [
    "Narendra Modi l'avait déjà appelé la semaine dernière.",
    "Narendra Modi l'a appelé mardi.",
])
def test_a_first_name_read_as_a_verb_opening_the_sentence_is_the_caller(parse, second):
    """'Narendra' tagged as a verb heads the sentence, the call its clause; the name is the subject,
    the clitic the leader the sentence before names."""
    text = "Volodymyr Zelensky a salué l'aide de New Delhi. " + second
    (names, call), = _calls(parse, text)
    assert names == ["Narendra Modi", "Volodymyr Zelensky"] and call.initiator == "Q1058"


@pytest.mark.parametrize("text,caller", [
    ("Emmanuel Macron a appelé Keir Starmer lundi soir.", ("Emmanuel Macron", "Q3052772")),
    ("Joe Biden a appelé Keir Starmer lundi soir.", ("Joe Biden", "Q6279")),
])
def test_a_family_name_read_as_a_verb_after_the_first_name_is_the_name(parse, text, caller):
    """'Starmer' ends like an infinitive: the tagger may read it as a verb, which the parser hangs
    on 'appelé' as what the callee is called to do; it is the last word of the name, the callee's."""
    (names, call), = _calls(parse, text, "2025-03-04")
    assert names == sorted([caller[0], "Keir Starmer"]) and call.date == "2025-03-03" and call.initiator == caller[1]


@pytest.mark.parametrize("text,caller", [
    ("Emmanuel Macron aurait, selon une source, téléphoné à Olaf Scholz.", "Q3052772"),
    ("Le chancelier allemand aurait, d'après un diplomate européen, téléphoné à Emmanuel Macron.", "Q61053"),
])
def test_a_participle_tagged_as_a_noun_after_an_incise_is_the_verb_of_its_auxiliary(parse, text, caller):
    """'aurait, selon une source, téléphoné': the conditional of hearsay governs the call, and its
    subject placed it, across the incise between the auxiliary and the participle."""
    (names, call), = _calls(parse, text)
    assert names == MACRON_SCHOLZ and call.status == "unconfirmed" and call.initiator == caller


@pytest.mark.parametrize("text,calls", [
    ("Olaf Scholz a répondu jeudi à un appel téléphonique d'Emmanuel Macron.", [(MACRON_SCHOLZ, "occurred", "Q3052772")]),
    ("Olaf Scholz a répondu à l'appel d'Emmanuel Macron à la retenue.", []),  # a plea
])
def test_who_answers_a_call_is_on_it(parse, text, calls):
    assert [(names, call.status, call.initiator) for names, call in _calls(parse, text)] == calls


@pytest.mark.parametrize("text", [
    "Emmanuel Macron s'est entretenu avec Olaf Scholz au sujet de Vladimir Poutine.",
    "Emmanuel Macron a parlé mardi à Olaf Scholz à propos de Xi Jinping.",
    "Lors de son appel avec Olaf Scholz, Emmanuel Macron a évoqué le sort d'Alexeï Navalny.",
])
def test_the_person_a_call_is_about_is_not_on_it(parse, text):
    assert [names for names, _ in _calls(parse, text)] == [MACRON_SCHOLZ]


def test_who_calls_in_a_cleft_is_the_initiator(parse):
    (names, call), = _calls(parse, "C'est Olaf Scholz qui a appelé Emmanuel Macron.")
    assert names == MACRON_SCHOLZ and call.initiator == "Q61053"


def test_attending_a_call_between_two_named_leaders_is_that_call(parse):
    """'X a assisté à l'entretien entre A et B' reports the call of A and B (X on it), also when no
    call was told before; only 'X a assisté à l'entretien', naming nobody, joins the call just told."""
    text = "Le conseiller Jean Dupont a assisté à l'entretien téléphonique entre Emmanuel Macron et Olaf Scholz."
    assert [set(MACRON_SCHOLZ) <= set(names) for names, _ in _calls(parse, text)] == [True]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron et Olaf Scholz ont tenu un sommet en ligne.",
    "Emmanuel Macron s'est entretenu par liaison vidéo avec Olaf Scholz.",
])
def test_a_medium_of_two_words_marks_a_video_call(parse, text):
    (names, call), = _calls(parse, text)
    assert names == MACRON_SCHOLZ and call.medium == "video"


@pytest.mark.parametrize("text", [
    "Olaf Scholz a participé par vidéo à une réunion avec Emmanuel Macron.",
    "Olaf Scholz a participé par liaison vidéo à une réunion avec Emmanuel Macron.",
])
def test_joining_a_meeting_by_video_is_a_video_call(parse, text):
    """The medium said of joining ('a participé par vidéo à une réunion'), not of the meeting; 'par
    liaison vidéo' is no agent reaching someone, as 'joint par l'AFP' is."""
    (names, call), = _calls(parse, text)
    assert names == MACRON_SCHOLZ and call.medium == "video"


@pytest.mark.parametrize("text", [
    "Emmanuel Macron a été joint par téléphone par Olaf Scholz.",
    "Emmanuel Macron a été appelé au téléphone mardi par Olaf Scholz.",
])
def test_who_phoned_in_the_passive_is_the_initiator_also_after_the_medium(parse, text):
    """'par X' hung by the parser on 'par téléphone'; the noun 'téléphone' (folded, the same word
    as the participle 'téléphoné') is not read as a verb."""
    (names, call), = _calls(parse, text)
    assert names == MACRON_SCHOLZ and call.initiator == "Q61053"


# --- an earlier call beside another one, and 'no call since' --------------------------------
def test_a_call_after_apres_happened_before_the_planned_one(parse):
    text = "Emmanuel Macron doit s'entretenir jeudi avec Olaf Scholz, après un premier échange téléphonique le 2 mars."
    assert _pairs(parse, text, "2024-03-14") == [(tuple(MACRON_SCHOLZ), "occurred", "2024-03-02"),
                                                 (tuple(MACRON_SCHOLZ), "planned", "2024-03-14")]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron et Olaf Scholz ne se sont pas parlé depuis le 2 mars.",
    "Emmanuel Macron et Olaf Scholz ne se sont plus parlé depuis le 2 mars.",
])
def test_no_call_since_a_day_dates_the_last_call(parse, text):
    assert _pairs(parse, text, "2024-03-14") == [(tuple(MACRON_SCHOLZ), "occurred", "2024-03-02")]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron et Olaf Scholz se sont parlé hier pendant une heure. Une crise avait éclaté en janvier. "
    "Au lendemain de cette crise, Emmanuel Macron avait cherché à joindre Olaf Scholz, mais Berlin n'avait pas donné suite.",
    "Emmanuel Macron et Olaf Scholz se sont parlé hier pendant une heure. "
    "Emmanuel Macron avait tenté de joindre Olaf Scholz, mais le chancelier n'avait pas répondu à son appel.",
])
def test_a_failed_try_told_before_the_news_is_its_own_denied_call(parse, text):
    """'avait cherché à joindre Y, sans suite': a try of one side before the news, denied; the call
    in the news keeps its status, day and length."""
    calls = sorted(((c.status, c.date, c.duration_min, c.initiator) for _, c in _calls(parse, text, "2024-03-14")),
                   key=lambda c: c[0])
    assert [(s, d, m) for s, d, m, _ in calls] == [("denied", None, None), ("occurred", "2024-03-13", 60)]
    assert calls[0][3] is not None


def test_no_longer_talking_is_a_state_not_a_call(parse):
    assert _pairs(parse, "Emmanuel Macron ne parle plus à Olaf Scholz.", "2024-03-14") == []


def test_a_call_that_never_happened_is_still_denied(parse):
    assert [s for _, s, _ in _pairs(parse, "Vladimir Poutine n'a jamais parlé à Donald Trump.", "2024-03-14")] == ["denied"]


@pytest.mark.parametrize("text, names", [
    ("Volodymyr Zelensky a appelé mercredi Charles Michel.",  # 'mercredi' read as the object, the name in apposition
     ("Charles Michel", "Volodymyr Zelensky")),
    ("Emmanuel Macron a parlé mercredi pendant une heure avec Olaf Scholz.", tuple(MACRON_SCHOLZ)),  # 'avec X' hung on the hour
])
def test_a_partner_the_parser_hung_on_a_time_word_is_the_verb_s(parse, text, names):
    assert _pairs(parse, text, "2024-03-14") == [(names, "occurred", "2024-03-13")]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron a affirmé mercredi, après un échange téléphonique avec Olaf Scholz, que l'Europe restait unie.",
    "Après un échange téléphonique avec Olaf Scholz, Emmanuel Macron a affirmé que l'Europe restait unie.",
])
def test_who_speaks_after_a_call_with_someone_had_that_call(parse, text):
    assert [names for names, _ in _calls(parse, text, "2024-03-13")] == [MACRON_SCHOLZ]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron et Olaf Scholz se sont réunis mardi en ligne.",
    "Emmanuel Macron a rencontré mardi par liaison vidéo Olaf Scholz.",
    "Emmanuel Macron et Olaf Scholz se sont retrouvés virtuellement mardi.",
])
def test_meeting_by_video_is_a_video_call(parse, text):
    ((names, call),) = _calls(parse, text, "2024-03-13")
    assert names == MACRON_SCHOLZ and call.medium == "video" and call.date == "2024-03-12"


@pytest.mark.parametrize("text", [
    "Emmanuel Macron a rencontré Olaf Scholz mardi à Berlin.",
    "Les participants du sommet virtuel de mai se sont retrouvés mardi à Rome.",
])
def test_meeting_in_person_is_no_call(parse, text):
    assert _calls(parse, text, "2024-03-13") == []


@pytest.mark.parametrize("count", ["Il s'agissait de leur deuxième conversation en une semaine.",
                                   "C'était leur troisième entretien depuis janvier."])
def test_an_ordinal_that_counts_the_call_just_told_is_no_other_call(parse, count):
    text = f"Emmanuel Macron a eu mardi un entretien téléphonique avec Olaf Scholz. {count}"
    assert _pairs(parse, text, "2024-03-13") == [(tuple(MACRON_SCHOLZ), "occurred", "2024-03-12")]


def test_a_next_call_is_still_another_call(parse):
    text = "Emmanuel Macron a eu mardi un entretien téléphonique avec Olaf Scholz. Ils auront une deuxième conversation jeudi."
    assert _pairs(parse, text, "2024-03-13") == [(tuple(MACRON_SCHOLZ), "occurred", "2024-03-12"),
                                                 (tuple(MACRON_SCHOLZ), "planned", "2024-03-14")]


def test_a_call_two_people_had_is_their_call(parse):
    assert _pairs(parse, "Emmanuel Macron et Olaf Scholz ont eu un appel dimanche.", "2024-03-13") == [
        (tuple(MACRON_SCHOLZ), "occurred", "2024-03-10")]
    assert _calls(parse, "Emmanuel Macron et Olaf Scholz ont lancé un appel à la paix dimanche.", "2024-03-13") == []


@pytest.mark.parametrize("text", [
    "Emmanuel Macron et Giorgia Meloni ont parlé vendredi au téléphone avec Olaf Scholz, chacun de son côté.",
    "Emmanuel Macron et Giorgia Meloni se sont entretenus séparément vendredi avec Olaf Scholz.",
])
def test_callers_who_each_had_their_own_call_make_a_call_each(parse, text):
    assert sorted(tuple(names) for names, _ in _calls(parse, text, "2024-03-16")) == [
        ("Emmanuel Macron", "Olaf Scholz"), ("Giorgia Meloni", "Olaf Scholz")]
    together = "Emmanuel Macron et Giorgia Meloni ont parlé vendredi au téléphone avec Olaf Scholz."
    assert [names for names, _ in _calls(parse, together, "2024-03-16")] == [["Emmanuel Macron", "Giorgia Meloni", "Olaf Scholz"]]


@pytest.mark.parametrize("dateline, day", [
    ("BERLIN, 14 mars (AFP) - ", "2024-03-13"),  # written on Thursday the 14th: 'mercredi' is the 13th
    ("BERLIN, 14 février (AFP) - ", "2024-03"),  # not the month the metadata gives: the month alone
    ("", "2024-03"),
])
def test_a_dateline_gives_the_day_of_an_article_dated_by_its_month(parse, dateline, day):
    text = f"{dateline}Emmanuel Macron et Olaf Scholz se sont parlé mercredi au téléphone."
    assert _pairs(parse, text, "2024-03") == [(tuple(MACRON_SCHOLZ), "occurred", day)]


@pytest.mark.parametrize("text", [
    "Le Premier ministre belge a eu lundi un premier contact téléphonique avec Olaf Scholz.",
    "Les contacts téléphoniques entre Alexander De Croo et Olaf Scholz se sont multipliés lundi.",
])
def test_a_phone_contact_is_a_call(parse, text):
    assert [(names, c.date) for names, c in _calls(parse, text, "2023-02-14")] == [(["Alexander De Croo", "Olaf Scholz"], "2023-02-13")]


@pytest.mark.parametrize("dateline", ["LUANDA, 13 mars (ANGOP).- ", "LUANDA (ANGOP)- ", "Luanda, 13/03/2024 (ANGOP).- "])
def test_an_agency_dateline_glued_to_its_dash_is_no_subject(parse, dateline):
    """'(ANGOP).-' was one word, a noun the parser made a second subject of the call verb: the
    call had nobody on it."""
    text = f"{dateline}Le président João Lourenço a reçu mardi un appel de Emmanuel Macron."
    assert [(names, c.initiator) for names, c in _calls(parse, text, "2024-03-13")] == [
        (["Emmanuel Macron", "João Lourenço"], "Q3052772")]


def test_the_day_of_a_denial_does_not_date_the_denied_call(parse):
    text = "Rome a démenti mardi toute conversation téléphonique entre Giorgia Meloni et Vladimir Poutine."
    assert [(c.status, c.date) for _, c in _calls(parse, text, "2024-03-13")] == [("denied", None)]


def test_no_call_at_all_since_a_day_is_a_denial_the_day_does_not_date(parse):
    """'aucune conversation depuis novembre' denies any call in the stretch; November bounds it
    and dates no call ('ne se sont plus parlé depuis novembre', a state, dates their last one)."""
    text = ("Le Kremlin a démenti jeudi tout appel entre Emmanuel Macron et Vladimir Poutine. « Il n'y a eu aucune "
            "conversation entre le président et Vladimir Poutine depuis novembre », a affirmé Dmitri Peskov.")
    assert [(names, c.status, c.date) for names, c in _calls(parse, text, "2024-03-13")] == [
        (["Emmanuel Macron", "Vladimir Putin"], "denied", None)]


def test_a_denial_of_any_call_since_a_day_leaves_the_call_of_that_day(parse):
    text = ("Olaf Scholz a appelé Vladimir Poutine le 10 novembre. Selon Moscou, il n'y a eu aucun échange entre "
            "Olaf Scholz et Vladimir Poutine depuis novembre.")
    assert _pairs(parse, text, "2024-03-13") == [(("Olaf Scholz", "Vladimir Putin"), "denied", None),
                                                 (("Olaf Scholz", "Vladimir Putin"), "occurred", "2023-11-10")]


@pytest.mark.parametrize("text,initiator", [
    ("Le Kremlin a démenti lundi tout appel entre Olaf Scholz et Vladimir Poutine. Le dernier entretien entre les deux "
     "hommes date en fait du 10 novembre 2023.", None),
    ("Moscou a démenti tout appel entre Olaf Scholz et Vladimir Poutine cette semaine. Le dernier appel entre les deux "
     "dirigeants remonte au 10 novembre 2023. Ce jour-là, Olaf Scholz avait appelé Vladimir Poutine.", "Q61053"),
])
def test_the_last_call_dated_by_dater_de_is_not_the_denied_one(parse, text, initiator):
    """'Le dernier entretien entre les deux hommes date du 10 novembre': the parser reads 'date'
    (or 'remonte') as an adjective of 'hommes', the day hung there; the verb heads the sentence
    (kg.nlp.extract.verb_phrases) and dates their earlier call, which the denial does not absorb."""
    assert [(names, c.status, c.date, c.initiator) for names, c in _calls(parse, text, "2024-03-13")] == [
        (["Olaf Scholz", "Vladimir Putin"], "denied", None, None),
        (["Olaf Scholz", "Vladimir Putin"], "occurred", "2023-11-10", initiator)]


def test_a_denial_of_any_call_between_the_pair_named_before_denies_their_call(parse):
    text = "Olaf Scholz a assuré avoir parlé avec Vladimir Poutine. Moscou a démenti tout appel entre les deux dirigeants."
    assert [c.status for _, c in _calls(parse, text, "2024-03-13")] == ["denied"]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron et Olaf Scholz se sont parlé mardi, mais Berlin ne l'a pas confirmé.",
    "Emmanuel Macron et Olaf Scholz s'étaient parlé fin février, selon la presse, mais Berlin ne l'a jamais confirmé.",
])
def test_a_call_the_other_side_does_not_confirm_is_unconfirmed(parse, text):
    assert [c.status for _, c in _calls(parse, text, "2024-03-13")] == ["unconfirmed"]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron s'est entretenu mercredi avec Giorgia Meloni, un jour après avoir parlé avec Olaf Scholz.",
    "Emmanuel Macron a salué l'accord de Giorgia Meloni avant de parler avec Olaf Scholz.",
])
def test_an_infinitive_after_a_preposition_is_the_sentence_subject_s_call(parse, text):
    names = [tuple(n) for n, _ in _calls(parse, text, "2024-03-14")]
    assert tuple(MACRON_SCHOLZ) in names and not any(len(n) > 2 for n in names)


@pytest.mark.parametrize("relative, expected", [
    ("au lendemain de son appel", (("Emmanuel Macron", "Olaf Scholz"), "occurred", "2024-03-12")),
    ("à la veille de son appel", (("Emmanuel Macron", "Olaf Scholz"), "planned", "2024-03-14")),
])
def test_a_call_the_day_before_or_after_another_is_dated_from_it(parse, relative, expected):
    text = f"Emmanuel Macron s'est entretenu mercredi avec Giorgia Meloni, {relative} avec Olaf Scholz."
    assert expected in _pairs(parse, text, "2024-03-13")


# --- durations as news writes them ------------------------------------------------------------------
@pytest.mark.parametrize("text,minutes", [
    ("Emmanuel Macron et Olaf Scholz se sont parlé mardi au téléphone, d'une durée de vingt-cinq minutes.", 25),
    ("Emmanuel Macron a eu mardi avec Olaf Scholz un appel téléphonique d'une durée de 35 minutes.", 35),
    ("Emmanuel Macron a parlé mardi avec Olaf Scholz, une conversation de 55 minutes.", 55),
    ("Emmanuel Macron s'est entretenu mardi au téléphone avec Olaf Scholz pendant 1h45.", 105),
    ("Emmanuel Macron s'est entretenu mardi au téléphone avec Olaf Scholz pendant 2 h 10.", 130),
    ("Emmanuel Macron s'est entretenu mardi au téléphone avec Olaf Scholz pendant 2h.", 120),
    ("Emmanuel Macron s'est entretenu mardi au téléphone avec Olaf Scholz durant trois quarts d'heure.", 45),
    ("Emmanuel Macron s'est entretenu mardi au téléphone avec Olaf Scholz durant un quart d'heure.", 15),
    ("L'appel entre Emmanuel Macron et Olaf Scholz, mardi, a duré une trentaine de minutes.", 30),
    ("Emmanuel Macron s'est entretenu mardi avec Olaf Scholz pendant une vingtaine de minutes.", 20),
    ("Emmanuel Macron s'est entretenu mardi avec Olaf Scholz pendant quatorze minutes.", 14),
    ("L'entretien téléphonique entre Emmanuel Macron et Olaf Scholz, mardi, s'est prolongé pendant une heure.", 60),
    ("Retour sur la conversation téléphonique d'Emmanuel Macron avec Olaf Scholz, mardi, qui s'est prolongée pendant vingt minutes.", 20),
])
def test_a_length_said_of_the_call_in_any_common_form(parse, text, minutes):
    """'d'une durée de', a call noun in apposition, '1h45' in one token, quarters of an hour and
    'qui s'est prolongé' as 'a duré'; a weekday the parser made head of the length ('mardi ... pendant 2 h 10') is not what lasted."""
    (names, call), = _calls(parse, text)
    assert names == MACRON_SCHOLZ and call.duration_min == minutes


@pytest.mark.parametrize("text", [
    "Emmanuel Macron a appelé Olaf Scholz mardi vers 18h30.",
    "Emmanuel Macron a appelé Olaf Scholz mardi, avant de regarder une vidéo de 3min.",
    "Emmanuel Macron a appelé Olaf Scholz mardi, d'une durée de 1h99.",
    "Emmanuel Macron a appelé Olaf Scholz mardi pendant ١h30.",
])
def test_a_clock_time_or_a_malformed_length_is_no_duration(parse, text):
    (_, call), = _calls(parse, text)
    assert call.duration_min is None


def test_hours_the_calls_were_counted_in_are_no_length_of_a_call(parse):
    text = "Le président français a appelé dimanche son homologue russe, leur deuxième échange en 24 heures."
    assert [(call.duration_min, call.date) for _, call in _calls(parse, text, "2022-02-20")] == [(None, "2022-02-20")]


# --- the call made next: 'X a ensuite appelé Y' on the day of the call just told -------------------
@pytest.mark.parametrize("text", [
    "Emmanuel Macron s'est entretenu mardi avec Olaf Scholz. Il a ensuite appelé Pedro Sánchez.",
    "Emmanuel Macron s'est entretenu mardi avec Olaf Scholz. Le président français a ensuite parlé avec Pedro Sánchez.",
])
def test_a_call_made_next_is_on_the_day_of_the_call_before(parse, text):
    assert [(names, date) for names, _, date in _pairs(parse, text, "2024-03-15")] == [
        (tuple(MACRON_SCHOLZ), "2024-03-12"), (("Emmanuel Macron", "Pedro Sánchez"), "2024-03-12")]


def test_a_call_made_next_on_a_day_of_its_own_keeps_it(parse):
    pairs = _pairs(parse, "Emmanuel Macron s'est entretenu mardi avec Olaf Scholz. Il s'est ensuite entretenu jeudi "
                          "avec Pedro Sánchez.", "2024-03-15")
    assert [date for _, _, date in pairs] == ["2024-03-12", "2024-03-14"]


# --- 'la veille', 'le lendemain' opening a sentence: of the day told before --------------------------
@pytest.mark.parametrize("relative,day", [("Le lendemain", "2024-03-09"), ("La veille", "2024-03-07"),
                                          ("Le surlendemain", "2024-03-10")])
def test_the_day_before_or_after_counts_from_the_day_told_before(parse, relative, day):
    """Published on Tuesday the 12th: Friday's call, then one a day after or before Friday,
    not a day after or before the article."""
    text = f"Giorgia Meloni a parlé vendredi avec Pedro Sánchez. {relative}, Emmanuel Macron a joint Olaf Scholz."
    assert (tuple(MACRON_SCHOLZ), "occurred", day) in _pairs(parse, text)


@pytest.mark.parametrize("later,day", [("Trois jours plus tard", "2024-03-11"), ("Une semaine plus tard", "2024-03-15"),
                                       ("2 jours plus tard", "2024-03-10")])
def test_days_later_count_from_the_day_told_before(parse, later, day):
    """A timeline: so many days after the last day told, not the publication day."""
    text = f"Le 8 mars, Giorgia Meloni appelle Pedro Sánchez. {later}, Emmanuel Macron s'entretient avec Olaf Scholz."
    assert (tuple(MACRON_SCHOLZ), "occurred", day) in _pairs(parse, text, "2024-03-20")


@pytest.mark.parametrize("earlier", ["Leur dernier appel remontait au 12 février.", "Leur précédent échange datait du 12 février."])
def test_an_earlier_call_dated_after_the_news_is_a_call_in_an_article_with_no_phone_word(parse, earlier):
    """'appel' and 'échange' alone are no call in an article that names no phone (an appeal, a
    trade), but an earlier one is what 'remonter à', 'dater de' date."""
    text = f"Emmanuel Macron et Olaf Scholz se sont parlé lundi. {earlier}"
    assert _pairs(parse, text) == [(tuple(MACRON_SCHOLZ), "occurred", "2024-02-12"), (tuple(MACRON_SCHOLZ), "occurred", "2024-03-11")]


# --- vague days: a span of days is its month when it lies in one, else no date ----------------------
@pytest.mark.parametrize("when,published,date", [
    ("la semaine dernière", "2024-03-21", "2024-03"),  # 11 to 17 March
    ("la semaine dernière", "2024-03-06", None),  # 26 February to 3 March
    ("en début de semaine", "2024-03-21", "2024-03"),
    ("cette semaine", "2024-03-21", "2024-03"),
    ("le week-end dernier", "2024-03-21", "2024-03"),
    ("au cours du week-end", "2024-03-21", "2024-03"),  # 16 and 17 March
    ("pendant le week-end", "2023-10-03", None),  # 30 September and 1 October
    ("il y a deux semaines", "2024-03-27", "2024-03"),
    ("il y a deux semaines", "2024-03-11", "2024-02"),  # around 26 February
    ("il y a deux semaines", "2024-03-16", None),  # around 2 March
    ("il y a un mois", "2024-03-21", "2024-02"),
    ("il y a quatre jours", "2024-03-21", "2024-03-17"),
    ("ces derniers jours", "2024-03-21", "2024-03"),
    ("ces derniers jours", "2024-03-02", None),  # from 28 February
    ("ces dernières semaines", "2024-03-30", "2024-03"),
    ("ces derniers mois", "2024-03-30", None),
])
def test_a_vague_day_is_its_month_or_nothing_never_the_publication(parse, when, published, date):
    text = f"Emmanuel Macron et Olaf Scholz se sont parlé au téléphone {when}."
    assert _pairs(parse, text, published) == [(tuple(MACRON_SCHOLZ), "occurred", date)]


def test_an_undated_call_is_on_the_publication_day(parse):
    """('Emmanuel Macron se parle au téléphone chaque semaine avec Olaf Scholz', once here for a
    week that dates nothing, is now a habit: no call.)"""
    assert [c.date for _, c in _calls(parse, "Il y a eu un appel entre Emmanuel Macron et Olaf Scholz.", "2024-03-21")] == ["2024-03-21"]


def test_the_day_a_call_was_made_known_does_not_date_it(parse):
    text = "Emmanuel Macron s'est entretenu en début de semaine avec Olaf Scholz, a fait savoir jeudi l'Élysée."
    assert _pairs(parse, text, "2024-03-21") == [(tuple(MACRON_SCHOLZ), "occurred", "2024-03")]


@pytest.mark.parametrize("text", [
    "Un mois après leur dernier échange, Emmanuel Macron et Olaf Scholz se sont de nouveau parlé au téléphone dimanche.",
])
def test_a_preposition_over_the_call_s_clause_does_not_undate_it(parse, text):
    """'après' scopes a date under it ('après l'appel du 3 mars'), not one of the clause the parser
    hung under the noun it introduces."""
    assert _pairs(parse, text, "2024-03-18") == [(tuple(MACRON_SCHOLZ), "occurred", "2024-03-17")]


# --- a call told in a past tense is before the article ------------------------------------------------
@pytest.mark.parametrize("text,date", [
    ("Emmanuel Macron et Olaf Scholz s'étaient parlé au téléphone le 28 mars.", "2023-03-28"),
    ("Emmanuel Macron et Olaf Scholz se sont entretenus par téléphone le 2 avril.", "2023-04-02"),
    ("Emmanuel Macron et Olaf Scholz avaient eu un entretien téléphonique en avril.", "2023-04"),
    ("Emmanuel Macron et Olaf Scholz se sont parlé au téléphone le 14 mars.", "2024-03-14"),  # two days late: the metadata's lag
])
def test_a_day_without_year_told_in_the_past_is_on_or_before_the_article(parse, text, date):
    """Published 12 March 2024: 'le 2 avril' nearest the article is 2 April 2024, yet the call is
    told as done; it was the year before."""
    assert _pairs(parse, text) == [(tuple(MACRON_SCHOLZ), "occurred", date)]


def test_a_pluperfect_call_is_no_plan_whatever_the_parser_hangs_it_under(parse):
    """'Narendra' read as a verb in the future, the call's clause its complement: the call's own
    auxiliary gives its tense."""
    text = "Narendra Modi et Emmanuel Macron s'étaient parlé par téléphone le 1er février."
    assert [(c.status, c.date) for _, c in _calls(parse, text, "2024-05-16")] == [("occurred", "2024-02-01")]


@pytest.mark.parametrize("verb", ["a démenti", "a nié"])
def test_the_day_of_a_denial_told_with_an_infinitive_does_not_date_the_call(parse, verb):
    text = f"Olaf Scholz {verb} mercredi avoir parlé au téléphone avec Emmanuel Macron."
    assert _pairs(parse, text, "2024-03-14") == [(tuple(MACRON_SCHOLZ), "denied", None)]


@pytest.mark.parametrize("published,date", [("2024-03", "2024-03-08"), ("2024-03-12", "2024-03-08"),
                                            ("2024-03-05", "2024-02-08")])
def test_a_bare_day_number_is_a_day_of_the_article_s_month(parse, published, date):
    """'le 8' without a month: the article's month, or the month before when the 8th is yet to come."""
    text = "Olaf Scholz a reçu le 8 un appel d'Emmanuel Macron."
    assert _pairs(parse, text, published) == [(tuple(MACRON_SCHOLZ), "occurred", date)]


@pytest.mark.parametrize("published,date", [("2024-03-12", "2024-03-08"), ("2024-03", "2024-03-08")])
def test_a_day_of_the_current_month_is_that_day(parse, published, date):
    """'le 8 courant', as communiqués write it: the 8th of this month (never the month before)."""
    text = "Olaf Scholz a reçu, le 8 courant, un appel téléphonique d'Emmanuel Macron."
    assert _pairs(parse, text, published) == [(tuple(MACRON_SCHOLZ), "occurred", date)]


def test_a_number_after_le_that_is_no_day_dates_nothing(parse):
    text = "Emmanuel Macron a parlé au téléphone avec Olaf Scholz, selon le 10 Downing Street."
    assert _pairs(parse, text) == [(tuple(MACRON_SCHOLZ), "occurred", "2024-03-12")]


def test_a_call_in_a_when_clause_takes_the_time_of_the_clause_it_hangs_on(parse):
    text = "Leur dernière conversation remonte au 9 novembre 2023, quand Olaf Scholz a appelé Emmanuel Macron."
    assert _pairs(parse, text) == [(tuple(MACRON_SCHOLZ), "occurred", "2023-11-09")]


def test_the_day_before_counts_from_the_main_clause_s_day(parse):
    text = ("Olaf Scholz est arrivé lundi à Paris, avant de se rendre mercredi à Rome. "
            "La veille, Emmanuel Macron avait appelé Giorgia Meloni.")
    assert (("Emmanuel Macron", "Giorgia Meloni"), "occurred", "2024-03-10") in _pairs(parse, text, "2024-03-13")


# --- a call that dates another event: 'au lendemain d'un entretien avec X' -------------------
@pytest.mark.parametrize("text", [
    "Olaf Scholz a affirmé samedi qu'il ne céderait pas, au lendemain d'un entretien téléphonique avec Emmanuel Macron.",
    "Olaf Scholz a assuré samedi que l'Allemagne ne faiblirait pas, au lendemain d'un entretien téléphonique avec Emmanuel Macron.",
])
def test_a_call_that_dates_a_statement_is_the_speaker_s_the_day_before(parse, text):
    """The parser hangs the final adjunct on the negated clause inside: neither its negation nor
    its subject (a country) is the call's; the call was the day before Saturday."""
    assert _pairs(parse, text) == [(tuple(MACRON_SCHOLZ), "occurred", "2024-03-08")]


def test_a_call_the_day_before_another_is_undated_when_the_other_is(parse):
    """Not the publication day: the call took place the day before the one in the news."""
    text = "Au lendemain d'un entretien téléphonique avec Olaf Scholz, Emmanuel Macron a appelé Joe Biden."
    assert _pairs(parse, text) == [(("Emmanuel Macron", "Joe Biden"), "occurred", "2024-03-12"),
                                   (tuple(MACRON_SCHOLZ), "occurred", None)]


@pytest.mark.parametrize("text,date", [
    ("Emmanuel Macron n'a pas caché son inquiétude lors d'un entretien téléphonique avec Olaf Scholz samedi.", "2024-03-09"),
    ("Olaf Scholz n'a fait aucune concession lors de son appel avec Emmanuel Macron.", "2024-03-12"),
])
def test_a_negation_of_what_was_said_during_a_call_does_not_deny_it(parse, text, date):
    assert _pairs(parse, text) == [(tuple(MACRON_SCHOLZ), "occurred", date)]


# --- a participle the tagger read as a noun, in a sentence the parser turned upside down -----
@pytest.mark.parametrize("text", [
    "Le Premier ministre britannique Keir Starmer a téléphoné samedi au président américain Donald Trump, a indiqué Downing Street.",
    "Le Premier ministre britannique Keir Starmer a téléphoné samedi au président américain Donald Trump pour évoquer les droits de douane.",
])
def test_a_call_told_before_its_source_or_its_purpose_took_place(parse, text):
    """'a téléphoné' tagged as a noun, the whole clause made the subject of 'a indiqué' (or hung
    under 'pour évoquer'): the two people are on the call, and it happened on Saturday."""
    assert _pairs(parse, text) == [(("Donald Trump", "Keir Starmer"), "occurred", "2024-03-09")]


def test_a_bare_infinitive_a_verb_of_saying_takes_has_its_subject(parse):
    """'X a déclaré s'être entretenu avec A, puis avec B', the infinitive parsed as an adverbial
    clause: X is on both calls."""
    text = ("Volodymyr Zelensky a déclaré jeudi s'être entretenu avec le Premier ministre polonais Donald Tusk, "
            "puis avec le président finlandais Alexander Stubb.")
    assert sorted(names for names, _ in _calls(parse, text)) == [["Alexander Stubb", "Volodymyr Zelensky"],
                                                                ["Donald Tusk", "Volodymyr Zelensky"]]


@pytest.mark.parametrize("text,calls", [
    ("Olaf Scholz s'est entretenu par visioconférence avec Emmanuel Macron et Joe Biden.",
     [["Emmanuel Macron", "Joe Biden", "Olaf Scholz"]]),
    ("Olaf Scholz s'est entretenu par visioconférence avec Emmanuel Macron, puis avec Joe Biden.",
     [MACRON_SCHOLZ, ["Joe Biden", "Olaf Scholz"]]),
])
def test_a_video_talk_with_several_is_one_call_unless_told_one_after_another(parse, text, calls):
    assert sorted(names for names, _ in _calls(parse, text)) == calls


@pytest.mark.parametrize("text,calls", [
    ("Mardi, Emmanuel Macron s'entretient avec Joe Biden, puis, lors d'un appel commun, avec Olaf Scholz, Pedro Sánchez "
     "et Giorgia Meloni.", [["Emmanuel Macron", "Giorgia Meloni", "Olaf Scholz", "Pedro Sánchez"], ["Emmanuel Macron", "Joe Biden"]]),
    ("Emmanuel Macron s'est entretenu mardi avec Joe Biden puis, dans un appel commun, avec Olaf Scholz et Pedro Sánchez.",
     [["Emmanuel Macron", "Joe Biden"], ["Emmanuel Macron", "Olaf Scholz", "Pedro Sánchez"]]),
])
def test_a_call_of_its_own_after_a_word_of_sequence_is_a_second_call(parse, text, calls):
    """'X s'entretient avec A, puis, lors d'un appel commun, avec B, C et D': the call noun after
    'puis' is a second call, of X with those named after it; all five were read as one call (or,
    the noun read as a conjunct of A, B and C as a call without X)."""
    assert sorted(names for names, _ in _calls(parse, text)) == calls


@pytest.mark.parametrize("text,initiator", [
    ("Alassane Ouattara a reçu samedi un appel du patron des Nations unies, António Guterres.", "Q311440"),
    ("Olaf Scholz a reçu samedi un appel d'Emmanuel Macron.", "Q3052772"),
    ("Olaf Scholz a reçu jeudi un appel de son homologue, le président français Emmanuel Macron.", "Q3052772"),
    ("Olaf Scholz a reçu un coup de fil de son vieil ami, le président Emmanuel Macron.", "Q3052772"),
])
def test_who_received_a_call_did_not_place_it(parse, text, initiator):
    """The caller is in the 'de' phrase, never the receiver; a description in it ('du patron des Nations
    unies', 'de son homologue') is told by the name set off by a comma after it."""
    assert [call.initiator for _, call in _calls(parse, text)] == [initiator]


@pytest.mark.parametrize("text,calls", [
    ("Emmanuel Macron a passé un appel à Olaf Scholz.", [MACRON_SCHOLZ]),
    ("Emmanuel Macron a lancé un appel à Olaf Scholz pour qu'il livre davantage d'armes.", []),
    ("Emmanuel Macron a passé un appel à la retenue.", []),
])
def test_placing_an_appel_to_a_person_is_a_call_launching_one_is_a_plea(parse, text, calls):
    assert [names for names, _ in _calls(parse, text)] == calls


@pytest.mark.parametrize("text,pair", [
    ("Donald Trump a annoncé avoir eu samedi un long entretien téléphonique avec Vladimir Poutine.",
     ("Donald Trump", "Vladimir Putin")),  # the call noun read as the subject of 'eu'
    ("Olaf Scholz a annoncé avoir eu samedi un long entretien téléphonique avec Emmanuel Macron.",
     tuple(MACRON_SCHOLZ)),  # read as a bare adjunct of 'eu'
])
def test_the_noun_after_an_infinitive_light_verb_is_its_object(parse, text, pair):
    """'a annoncé avoir eu samedi un long entretien avec Y': an infinitive has no subject of its
    own and a bare noun after it is no adjunct, so the one who announced had the call."""
    assert _pairs(parse, text) == [(pair, "occurred", "2024-03-09")]


def test_a_line_up_of_leaders_each_with_article_and_title_is_a_call_each(parse):
    """'avec le chancelier allemand A, le président français B et le Premier ministre britannique
    C', which the parser breaks apart: the title and the name are one item of the list."""
    text = ("Volodymyr Zelensky s'est entretenu successivement avec le chancelier allemand Olaf Scholz, "
            "le président français Emmanuel Macron et le Premier ministre britannique Rishi Sunak.")
    assert sorted(names for names, _ in _calls(parse, text, "2023-03-12")) == [
        ["Emmanuel Macron", "Volodymyr Zelensky"], ["Olaf Scholz", "Volodymyr Zelensky"], ["Rishi Sunak", "Volodymyr Zelensky"]]


@pytest.mark.parametrize("text,calls", [
    ("Emmanuel Macron a rappelé Vladimir Poutine à ses engagements.", []),
    ("Emmanuel Macron a appelé Vladimir Poutine au calme.", []),
    ("Emmanuel Macron a appelé Olaf Scholz à la retenue lors d'une conférence de presse mardi.", []),
    ("Emmanuel Macron a appelé lundi Olaf Scholz au dialogue avec ses voisins.", []),
    ("Emmanuel Macron a appelé Olaf Scholz à la désescalade.", []),
    ("Emmanuel Macron a appelé Olaf Scholz au téléphone.", [MACRON_SCHOLZ]),
    ("Emmanuel Macron a appelé Olaf Scholz à son arrivée à Berlin.", [MACRON_SCHOLZ]),
    # 'au sujet de', 'à propos de': a locution that says what the call was about, no plea
    ("Emmanuel Macron a appelé mardi matin le président turc au sujet de la Syrie, a indiqué Paris.",
     [["Emmanuel Macron", "Recep Tayyip Erdoğan"]]),
    ("Olaf Scholz a appelé mardi matin le président Erdogan à propos de la Syrie.", [["Olaf Scholz", "Recep Tayyip Erdoğan"]]),
])
def test_a_person_called_to_a_thing_is_urged_or_reminded_not_phoned(parse, text, calls):
    assert [names for names, _ in _calls(parse, text)] == calls


@pytest.mark.parametrize("text", [
    "Emmanuel Macron a appelé mardi matin le président turc au sujet d'Olaf Scholz, a indiqué Paris.",
    "Emmanuel Macron a appelé jeudi soir le président Erdogan au sujet de Vladimir Poutine.",
])
def test_a_person_the_call_was_about_is_on_no_side_of_it(parse, text):
    """'appeler Y au sujet de X', 'à propos du sort de X', 'concernant X': X is what the call was
    about, on no call with the caller, even when the parser hangs the phrase on the object."""
    assert [(names, call.initiator) for names, call in _calls(parse, text)] == [
        (["Emmanuel Macron", "Recep Tayyip Erdoğan"], "Q3052772")]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron a téléphoné à Olaf Scholz lundi. Mardi, Olaf Scholz l'a appelé à son tour.",
    "Emmanuel Macron a joint Olaf Scholz lundi. Le lendemain, le chancelier l'a appelé à son tour.",
])
def test_calling_back_a_son_tour_is_a_second_call_by_the_one_called_first(parse, text):
    """'Y l'a appelé à son tour.': the phrase ends the sentence and the parser reads 'à son tour'
    as what Y called for ('appeler à' urges); it is when, and Y phoned the one who called first."""
    calls = sorted((call.date, call.initiator) for _, call in _calls(parse, text, "2024-03-14"))
    labels = load().actors
    assert [(date, labels[who].label) for date, who in calls] == [
        ("2024-03-11", "Emmanuel Macron"), ("2024-03-12", "Olaf Scholz")]


@pytest.mark.parametrize("text", [
    "Mardi, Emmanuel Macron s'est entretenu avec Olaf Scholz. Berlin a ensuite fait savoir que Olaf Scholz avait "
    "plaidé pour la prudence. Le même jour, Giorgia Meloni l'a appelé à son tour.",
    "Mardi, Emmanuel Macron s'est entretenu avec Olaf Scholz, dont le gouvernement assure que le chancelier a plaidé "
    "pour la prudence. Le même jour, Giorgia Meloni l'appelle à son tour.",
])
def test_whom_one_calls_a_son_tour_is_the_subject_of_the_call_before(parse, text):
    """'Y l'appelle à son tour': Y does what the call before did, so 'l'' is that call's subject,
    not the person last named as the subject of some other clause in between."""
    assert sorted((names, call.initiator) for names, call in _calls(parse, text, "2024-03-14")) == [
        (["Emmanuel Macron", "Giorgia Meloni"], "giorgia-meloni"), (MACRON_SCHOLZ, None)]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron et Olaf Scholz tiendront lundi un sommet virtuel. Les deux dirigeants se sont déjà "
    "téléphoné en mars, mais ce sommet sera l'occasion d'aborder les sanctions et la guerre en Ukraine.",
    "Emmanuel Macron s'entretiendra lundi par visioconférence avec Olaf Scholz. Ils s'étaient parlé "
    "le 3 mars et cet entretien portera sur les sanctions et la guerre en Ukraine.",
])
def test_what_a_clause_says_of_the_call_it_points_back_to_is_not_the_topic_of_the_call_beside_it(parse, text):
    """'…, mais ce sommet sera l'occasion d'aborder X': X is said of the summit named before,
    not of the earlier call the sentence recalls in its other clause."""
    planned = next(call for _, call in _calls(parse, text) if call.status == "planned")
    earlier = next(call for _, call in _calls(parse, text) if call.status == "occurred")
    assert {"ukraine-war", "sanctions"} <= set(planned.topics)
    assert earlier.topics == ()


def test_a_clause_pointing_back_to_the_sentence_s_own_call_keeps_its_topics(parse):
    text = ("Emmanuel Macron s'est entretenu lundi avec Olaf Scholz, et cet entretien a porté sur la guerre en Ukraine.")
    (_, call), = _calls(parse, text)
    assert "ukraine-war" in call.topics


@pytest.mark.parametrize("text,day", [
    ("Giorgia Meloni a téléphoné dimanche à Volodymyr Zelensky.", "2025-03-09"),  # 'dimanche' tagged as a verb
    ("Le président turc Recep Tayyip Erdogan a eu lundi soir un entretien téléphonique avec le Premier ministre "
     "britannique Keir Starmer, a annoncé la présidence turque.", "2025-03-10"),  # 'a eu' read as a clause apart
])
def test_a_day_the_parser_misreads_still_dates_the_call(parse, text, day):
    (_, call), = _calls(parse, text, "2025-03-12")
    assert call.date == day


def test_what_was_said_in_the_past_goes_to_the_call_that_took_place_not_to_the_plan_beside_it(parse):
    """'Après leur entretien de lundi, X et Y se reparleront … Lors de leur échange, ils ont
    évoqué Z': the passé composé tells the call of Monday, not the next one just named."""
    text = ("Après leur entretien téléphonique de lundi, Emmanuel Macron et Olaf Scholz se reparleront la semaine "
            "prochaine, a précisé l'Elysée. Lors de leur échange, les deux dirigeants ont évoqué la guerre en Ukraine.")
    calls = {call.status: call for _, call in _calls(parse, text)}
    assert calls["occurred"].date == "2024-03-11" and "ukraine-war" in calls["occurred"].topics
    assert "ukraine-war" not in calls["planned"].topics


@pytest.mark.parametrize("second", [
    "Le ministre s'était déjà entretenu avec lui le 14 janvier.",
    "Les deux ministres s'étaient déjà entretenus le 14 janvier.",
])
def test_an_earlier_call_with_a_pronoun_is_another_call_of_the_pair(parse, second):
    """'avec lui' points back to the person of the call just told, as 'les deux ministres' does:
    on another date, it is another call of the same pair."""
    text = ("Le ministre allemand des Affaires étrangères Johann Wadephul a eu mercredi un entretien téléphonique "
            "avec son homologue chinois Wang Yi.\n\n" + second)
    assert [(len(names), call.date) for names, call in _calls(parse, text, "2025-03-14")] == [(2, "2025-03-12"), (2, "2025-01-14")]


@pytest.mark.parametrize("text", [
    "Le Kremlin a affirmé la veille qu'un appel entre Emmanuel Macron et Olaf Scholz était en préparation.",
    "Interrogé sur un éventuel entretien entre Emmanuel Macron et Olaf Scholz, le porte-parole a déclaré n'avoir aucune information.",
])
def test_a_call_in_preparation_or_possible_is_planned_and_not_dated_by_the_report(parse, text):
    (_, call), = _calls(parse, text)
    assert (call.status, call.date) == ("planned", None)


@pytest.mark.parametrize("text,status", [
    ("Interrogé sur un éventuel entretien entre Emmanuel Macron et Olaf Scholz, le porte-parole n'a rien voulu dire.",
     "planned"),
    ("Interrogé sur son entretien téléphonique de lundi avec Olaf Scholz, Emmanuel Macron n'a pas voulu en dire plus.",
     "occurred"),
])
def test_what_governs_the_clause_a_participle_adjunct_modifies_is_not_about_its_call(parse, text, status):
    """'Interrogé sur l'appel, X n'a pas voulu commenter': X's refusal is not a refusal to call."""
    (_, call), = _calls(parse, text)
    assert call.status == status


def test_what_the_people_of_a_meeting_discussed_is_not_the_topic_of_a_call_told_after_it(parse):
    """'X a reçu Y à l'Elysée. Les deux dirigeants ont évoqué Z. La veille, X s'était entretenu
    par téléphone avec W.': Z is the meeting's, not the call's."""
    text = ("Emmanuel Macron a reçu mardi à l'Elysée le chancelier allemand Olaf Scholz. Les deux dirigeants ont évoqué "
            "la guerre en Ukraine. La veille, M. Macron s'était entretenu par téléphone avec Pedro Sánchez.")
    (names, call), = _calls(parse, text, "2024-03-14")
    assert names == ["Emmanuel Macron", "Pedro Sánchez"] and call.date == "2024-03-11" and call.topics == ()


def test_what_the_pair_of_the_call_discussed_keeps_its_topic_after_a_sentence_naming_others(parse):
    text = ("Emmanuel Macron s'est entretenu mardi par téléphone avec Olaf Scholz. Le porte-parole Steffen Hebestreit "
            "a cité Emmanuel Macron et Olaf Scholz. Les deux dirigeants ont évoqué la guerre en Ukraine.")
    (_, call), = _calls(parse, text, "2024-03-14")
    assert "ukraine-war" in call.topics


@pytest.mark.parametrize("text,pair", [
    ("Lors d'un entretien téléphonique avec son homologue chinois Wang Yi, le secrétaire d'État américain Antony Blinken "
     "a exhorté Pékin à user de son influence sur Moscou.", ["Antony Blinken", "Wang Yi"]),
    ("Lors d'un échange téléphonique avec le président égyptien Abdel Fattah al-Sissi, le roi Abdallah II a appelé à un "
     "cessez-le-feu.", ["Abdel Fattah al-Sisi", "Abdullah II of Jordan"]),
])
def test_a_call_in_a_fronted_lors_de_is_the_call_of_the_main_clause_the_parser_hung_below_it(parse, text, pair):
    """The parser makes 'Lors' the root and the main clause a relative of the call noun."""
    assert [names for names, _ in _calls(parse, text, "2023-11-14")] == [pair]


def test_a_medium_hung_on_the_modal_of_a_planned_call_is_that_call_s_medium(parse):
    """'doivent se parler lundi par visioconférence' with 'par visioconférence' on 'doivent': one
    planned call by video, not a second one that took place; the plural verb says that neither called."""
    calls = _calls(parse, "Joe Biden et Xi Jinping doivent se parler lundi soir par visioconférence, a annoncé la Maison "
                          "Blanche.", "2023-11-14")
    assert [(names, c.status, c.date, c.medium, c.initiator) for names, c in calls] == [
        (["Joe Biden", "Xi Jinping"], "planned", "2023-11-20", "video", None)]


def test_a_bare_role_before_the_name_is_the_one_person_named_after_it_who_holds_it(parse):
    text = ("Le chef de l'État a eu mardi un échange téléphonique avec le Premier ministre indien Narendra Modi. "
            "Emmanuel Macron doit se rendre en Inde en janvier.")
    assert [names for names, _ in _calls(parse, text, "2023-11-14")] == [["Emmanuel Macron", "Narendra Modi"]]


def test_no_call_since_told_in_the_plus_que_parfait_does_not_deny_the_call_in_the_news(parse):
    text = ("Dans la nuit de mardi à mercredi, Benyamin Netanyahou a eu un long entretien téléphonique avec Joe Biden. "
            "Les deux hommes ne s'étaient pas parlé depuis plus d'un mois.")
    assert [(names, c.status) for names, c in _calls(parse, text, "2023-03-15")] == [
        (["Benjamin Netanyahu", "Joe Biden"], "occurred")]


def test_a_bare_call_noun_after_a_call_was_reported_is_that_call(parse):
    """No phone word anywhere, but 'un appel' received from a person is one: 'la conversation' after it is that call."""
    calls = _calls(parse, "Keir Starmer a reçu lundi un appel de Donald Trump. La conversation a duré 45 minutes.", "2023-03-15")
    assert [(names, c.duration_min) for names, c in calls] == [(["Donald Trump", "Keir Starmer"], 45)]


@pytest.mark.parametrize("denial,status", [
    ("Le Kremlin a démenti ces informations.", "denied"),
    ("Moscou a aussitôt nié cette affirmation.", "denied"),
    ("Le Kremlin a démenti des informations sur des mouvements de troupes.", "unconfirmed"),  # not the report just told
    ("Le Kremlin a qualifié ces informations de « pure fiction ».", "denied"),
    ("Moscou a taxé ces affirmations de mensonges.", "denied"),
    ("Le Kremlin a qualifié ces informations d'« importantes ».", "unconfirmed"),  # called something else
])
def test_a_denial_of_the_report_just_told_denies_its_call(parse, denial, status):
    text = ("Donald Trump aurait parlé à plusieurs reprises avec Vladimir Poutine depuis son départ, affirme un journaliste "
            f"dans un livre à paraître. {denial}")
    assert [(names, c.status) for names, c in _calls(parse, text, "2023-03-15")] == [(["Donald Trump", "Vladimir Putin"], status)]


@pytest.mark.parametrize("denial,status", [
    ("Le milliardaire a démenti mardi.", "denied"),  # a descriptor of a participant, the day read as the object
    ("Le Kremlin l'a démenti.", "denied"),
    ("Moscou a nié dans la soirée.", "denied"),
    ("Le Kremlin n'a pas démenti.", "unconfirmed"),  # left open
    ("Le Kremlin n'a ni confirmé ni démenti.", "unconfirmed"),
    ("Le Kremlin a démenti que le président soit malade.", "unconfirmed"),  # something else denied
])
def test_a_denial_with_nothing_named_but_the_call_just_told_denies_it(parse, denial, status):
    """'X a démenti' with no object, right after a call reported on one paper's word: the denial
    is of that call, and its day ('mardi') is the denial's, not the call's."""
    text = f"Selon le Washington Post, Donald Trump a parlé vendredi avec Vladimir Poutine. {denial}"
    assert [(names, c.status, c.date) for names, c in _calls(parse, text, "2023-03-15")] == [
        (["Donald Trump", "Vladimir Putin"], status, "2023-03-10")]


@pytest.mark.parametrize("denial,status", [
    ("Ankara dément : « C'est une pure invention ».", "denied"),  # 'dément' read as an adverb of the side
    ("Le porte-parole de la présidence turque dément : « Une fausse information ».", "denied"),
    ("La présidence turque nie : « C'est de la pure fiction ».", "denied"),  # 'nie', however the tagger reads it
    ("Ankara dément.", "denied"),
    ("Ankara dément : « Le président se porte bien ».", "unconfirmed"),  # something else denied: the outlet's word
])
def test_a_side_denying_in_a_word_the_call_just_told_denies_it(parse, denial, status):
    """'Le Kremlin dément : « C'est une pure fiction »': the tagger reads 'dément', 'nie' as an
    adverb or adjective of the side; with nothing after it, or a quote after a colon calling the
    report false, the side denies the call the sentence before told."""
    text = f"Le Monde affirme qu'Olaf Scholz a appelé Recep Tayyip Erdogan le 4 mars. {denial}"
    assert [(names, c.status, c.date) for names, c in _calls(parse, text, "2023-03-15")] == [
        (["Olaf Scholz", "Recep Tayyip Erdoğan"], status, "2023-03-04")]


def test_a_side_denying_in_a_chronology_bullet_denies_that_bullets_call_only(parse):
    text = ("Chronologie publiée le 20 mars 2023.\n\n"
            "• 6 mars 2023 – Le Monde affirme qu'Olaf Scholz a appelé Recep Tayyip Erdogan le 4 mars. Ankara dément : "
            "« C’est une pure invention », assure son porte-parole.\n\n"
            "• 9 mars 2023 – Olaf Scholz et Recep Tayyip Erdogan se parlent au téléphone pendant une heure.")
    assert sorted((names, c.status, c.date) for names, c in _calls(parse, text, "2023-03-20")) == [
        (["Olaf Scholz", "Recep Tayyip Erdoğan"], "denied", "2023-03-04"),
        (["Olaf Scholz", "Recep Tayyip Erdoğan"], "occurred", "2023-03-09")]


@pytest.mark.parametrize("answer,status", [
    ("Le Kremlin n'a pas confirmé cet échange.", "unconfirmed"),
    ("Le Kremlin ne l'a pas confirmé.", "unconfirmed"),
    ("Moscou n'a ni confirmé ni démenti.", "unconfirmed"),
    ("Le Kremlin a refusé de confirmer cet entretien.", "unconfirmed"),
    ("Le Kremlin a confirmé cet échange.", "occurred"),
    ("Le Kremlin n'a pas commenté.", "occurred"),  # says nothing of whether it took place
    ("Le Kremlin n'a pas confirmé la date du sommet.", "occurred"),  # something else left open
])
def test_the_other_side_leaving_open_a_call_one_side_claims_makes_it_unconfirmed(parse, answer, status):
    """'X a affirmé avoir parlé à Y. Le Kremlin n'a pas confirmé.': the call rests on one side's
    word; the day of the answer ('lundi') is not the call's."""
    text = f"Donald Trump a affirmé avoir parlé à Vladimir Poutine. {answer}"
    found = [(names, c.status) for names, c in _calls(parse, text, "2025-02-03")]
    assert found == [(["Donald Trump", "Vladimir Putin"], status)]


@pytest.mark.parametrize("answer,status", [
    ("La Première ministre italienne Giorgia Meloni, qui n'était pas associée à la démarche, n'a pas commenté l'échange.",
     "occurred"),  # a bystander's silence
    ("Keir Starmer n'a ni confirmé ni démenti cet entretien.", "occurred"),
    ("Olaf Scholz n'a pas commenté l'échange.", "unconfirmed"),  # one of the pair's
])
def test_only_the_silence_of_someone_on_the_call_leaves_it_open(parse, answer, status):
    """'X n'a pas commenté l'échange', X on neither end of the call just told: a third party's
    silence says nothing of whether the call took place."""
    text = f"Emmanuel Macron s'est entretenu lundi par téléphone avec Olaf Scholz. {answer}"
    assert [(names, c.status) for names, c in _calls(parse, text)] == [(MACRON_SCHOLZ, status)]


def test_a_call_one_side_confirms_as_it_is_told_stands_whatever_the_other_side_leaves_open(parse):
    """'..., a confirmé l'Élysée. La chancellerie n'avait pas commenté l'appel': the call is told
    on a side's confirmation, not on one outlet's word; the other side's silence leaves nothing open."""
    text = ("Le président français et le chancelier allemand ont eu un échange téléphonique lundi soir, a confirmé la "
            "présidence. Les deux dirigeants ont parlé d'énergie. La chancellerie n'avait toujours pas commenté l'appel mardi matin.")
    assert [(names, c.status) for names, c in _calls(parse, text, "2024-03-12")] == [(MACRON_SCHOLZ, "occurred")]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron a appelé Olaf Scholz lundi soir. L'Élysée a confirmé mardi cet entretien téléphonique entre le chef de "
    "l'État et Olaf Scholz.",
    "Emmanuel Macron a appelé Olaf Scholz lundi soir. La chancellerie a confirmé mardi cet échange avec le président français.",
    "Emmanuel Macron et Olaf Scholz se sont parlé lundi par téléphone. Berlin assure que c'est le président français qui "
    "avait demandé cet échange dès samedi.",
])
def test_a_verb_taking_the_call_just_told_as_its_object_tells_of_that_call(parse, text):
    """'L'Élysée a confirmé mardi cet entretien', 'X avait demandé cet échange dès samedi': the
    demonstrative points at the call told before; the day is the confirmation's or the request's,
    and a request told in the past is no second call to come."""
    assert [(names, c.status, c.date, c.initiator) for names, c in _calls(parse, text, "2024-09-04")] == [
        (["Emmanuel Macron", "Olaf Scholz"], "occurred", "2024-09-02", "Q3052772")]


@pytest.mark.parametrize("text", [
    "Interrogé sur un éventuel appel entre Donald Trump et Vladimir Poutine, Dmitri Peskov a dit ne pas pouvoir le confirmer.",
    "Interrogé sur un éventuel appel entre Donald Trump et Vladimir Poutine, Dmitri Peskov a refusé de le confirmer.",
])
def test_a_possible_call_the_side_asked_will_not_confirm_is_unconfirmed_not_planned(parse, text):
    assert [(names, c.status) for names, c in _calls(parse, text, "2025-02-03")] == [(["Donald Trump", "Vladimir Putin"], "unconfirmed")]


@pytest.mark.parametrize("text,status", [
    ("Un entretien téléphonique entre Emmanuel Macron et Olaf Scholz est « possible » dans les jours à venir.", "planned"),
    ("Un nouvel appel entre Emmanuel Macron et Olaf Scholz reste envisageable.", "planned"),
    ("L'entretien téléphonique entre Emmanuel Macron et Olaf Scholz a été long.", "occurred"),
])
def test_a_call_said_possible_is_one_that_may_come(parse, text, status):
    assert [c.status for _, c in _calls(parse, text, "2024-03-12")] == [status]


def test_a_side_leaving_open_another_call_told_in_its_sentence_leaves_the_first_one_alone(parse):
    text = ("Emmanuel Macron a parlé lundi avec Olaf Scholz. Un journal a rapporté qu'une autre conversation avait eu "
            "lieu entre Macron et Vladimir Poutine, mais le Kremlin n'a pas confirmé cette information.")
    assert _pairs(parse, text, "2024-03-12") == [(("Emmanuel Macron", "Olaf Scholz"), "occurred", "2024-03-11"),
                                                 (("Emmanuel Macron", "Vladimir Putin"), "unconfirmed", None)]


@pytest.mark.parametrize("text,status,day", [
    ("Emmanuel Macron doit s'entretenir lundi avec Olaf Scholz.", "planned", "2024-03-18"),
    ("Emmanuel Macron devait s'entretenir lundi avec Olaf Scholz.", "planned", "2024-03-11"),  # a plan for a day gone
    ("Emmanuel Macron devait s'entretenir lundi avec Olaf Scholz. L'entretien a bien eu lieu en fin de journée.",
     "occurred", "2024-03-11"),
    ("Emmanuel Macron doit s'entretenir lundi avec Olaf Scholz. Cet entretien intervient dans un contexte tendu.",
     "planned", "2024-03-18"),
])
def test_a_plan_told_in_the_imperfect_was_for_a_day_gone_and_may_be_told_carried_out(parse, text, status, day):
    assert _pairs(parse, text, "2024-03-12") == [(tuple(MACRON_SCHOLZ), status, day)]


@pytest.mark.parametrize("text,status,day", [
    ("La conversation prévue entre Emmanuel Macron et Olaf Scholz a eu lieu lundi.", "occurred", "2024-03-11"),
    ("L'entretien programmé entre Emmanuel Macron et Olaf Scholz s'est tenu lundi.", "occurred", "2024-03-11"),
    ("La conversation prévue lundi entre Emmanuel Macron et Olaf Scholz a bien eu lieu.", "occurred", "2024-03-11"),
    ("La conversation prévue entre Emmanuel Macron et Olaf Scholz aura lieu lundi.", "planned", "2024-03-18"),
])
def test_a_call_once_planned_that_took_place_occurred(parse, text, status, day):
    """'la conversation prévue ... a eu lieu': the participle tells the plan, the verb that it was carried out."""
    assert _pairs(parse, text, "2024-03-12") == [(tuple(MACRON_SCHOLZ), status, day)]


@pytest.mark.parametrize("earlier", [
    "Lors de leur précédent échange, le 12 février, ils avaient évoqué les chars.",
    "Lors de leur précédent appel, le 12 février, ils avaient parlé des chars.",
])
def test_the_previous_call_with_its_day_beside_it_is_another_call(parse, earlier):
    text = f"Emmanuel Macron et Olaf Scholz se sont parlé mardi. {earlier}"
    assert _pairs(parse, text, "2024-03-13") == [(tuple(MACRON_SCHOLZ), "occurred", "2024-02-12"),
                                                 (tuple(MACRON_SCHOLZ), "occurred", "2024-03-12")]


def test_the_previous_call_with_no_day_is_still_the_one_told(parse):
    text = "Emmanuel Macron et Olaf Scholz se sont parlé mardi. Leur précédent échange avait été plus tendu."
    assert _pairs(parse, text, "2024-03-13") == [(tuple(MACRON_SCHOLZ), "occurred", "2024-03-12")]


def test_a_denial_of_a_report_told_further_back_is_not_the_call_s(parse):
    text = ("Donald Trump aurait parlé avec Vladimir Poutine en novembre, affirme un journaliste. Des troupes russes "
            "seraient massées à la frontière, selon des images satellites. Le Kremlin a démenti ces informations.")
    assert [(names, c.status) for names, c in _calls(parse, text, "2023-03-15")] == [
        (["Donald Trump", "Vladimir Putin"], "unconfirmed")]


def test_three_leaders_pointed_back_to_on_another_date_is_another_call_of_the_three(parse):
    text = ("Emmanuel Macron et Olaf Scholz ont appelé samedi Vladimir Poutine à négocier lors d'un entretien téléphonique "
            "commun.\n\nLes trois dirigeants s'étaient déjà entretenus le 28 mars.")
    assert _pairs(parse, text, "2022-05-28") == [
        (("Emmanuel Macron", "Olaf Scholz", "Vladimir Putin"), "occurred", "2022-03-28"),
        (("Emmanuel Macron", "Olaf Scholz", "Vladimir Putin"), "occurred", "2022-05-28")]


@pytest.mark.parametrize("length,minutes", [("quatre-vingts", 80), ("vingt-cinq", 25), ("quatre-vingt-dix", 90),
                                            ("soixante-et-onze", 71)])
def test_a_length_in_hyphenated_words_is_added_up_and_four_twenties_multiplied(parse, length, minutes):
    calls = _calls(parse, f"Emmanuel Macron s'est entretenu samedi par téléphone avec Olaf Scholz pendant {length} minutes.")
    assert [c.duration_min for _, c in calls] == [minutes]


def test_calls_told_one_by_one_after_a_dated_round_of_calls_take_its_day(parse):
    text = ("Le chef de la diplomatie américaine Antony Blinken a eu une série de conversations téléphoniques mardi avec ses "
            "homologues de la région. Il s'est notamment entretenu avec le ministre égyptien Sameh Choukri, puis avec le "
            "Premier ministre qatari.")
    assert {c.date for _, c in _calls(parse, text, "2022-05-28")} == {"2022-05-24"}


@pytest.mark.parametrize("text", [
    "Emmanuel Macron a remporté l'élection. Le président élu face à Marine Le Pen s'est entretenu lundi avec Olaf Scholz.",
    "Le président élu à 66 % face à Marine Le Pen s'est entretenu lundi avec Olaf Scholz. Emmanuel Macron prendra ses "
    "fonctions dimanche.",
])
def test_a_person_the_subject_is_set_against_is_not_on_its_call(parse, text):
    assert [names for names, _ in _calls(parse, text, "2017-05-09")] == [MACRON_SCHOLZ]


@pytest.mark.parametrize("text,pair,day", [
    ("Appel Biden-Xi : les deux dirigeants s'accordent sur la nécessité d'éviter un conflit.\n\nL'entretien, qui a duré "
     "près de deux heures, s'est tenu jeudi soir.", ["Joe Biden", "Xi Jinping"], "2023-01-12"),
    ("Entretien Macron-Zelensky ce mardi : la France promet des chars.\n\nEmmanuel Macron a assuré Volodymyr Zelensky de "
     "son soutien.", ["Emmanuel Macron", "Volodymyr Zelensky"], "2023-01-17"),
])
def test_a_headline_call_noun_before_a_hyphenated_pair_is_their_call(parse, text, pair, day):
    assert [(names, c.date) for names, c in _calls(parse, text, "2023-01-17")] == [(pair, day)]


def test_a_day_hung_on_the_length_of_the_call_dates_it(parse):
    """'a duré deux heures jeudi soir' with 'jeudi' parsed under 'heures'."""
    calls = _calls(parse, "Joe Biden a appelé Xi Jinping. L'entretien a duré près de deux heures jeudi soir.", "2023-01-17")
    assert [(c.date, c.duration_min) for _, c in calls] == [("2023-01-12", 120)]


@pytest.mark.parametrize("text,status", [
    ("Le porte-parole de la diplomatie chinoise a refusé de commenter l'appel entre Joe Biden et Tsai Ing-wen.", "occurred"),
    ("Le porte-parole a refusé de détailler l'entretien téléphonique entre Joe Biden et Tsai Ing-wen.", "occurred"),
    ("Tsai Ing-wen a refusé de prendre l'appel de Joe Biden.", "denied"),
    ("Joe Biden a appelé Tsai Ing-wen. Taipei s'est refusé à tout commentaire sur le fond de la conversation.", "occurred"),
    ("Joe Biden a appelé Tsai Ing-wen. Pékin s'est refusé à toute réaction sur la teneur de cet entretien.", "occurred"),
])
def test_refusing_to_comment_on_a_call_is_no_denial_of_it(parse, text, status):
    """'a refusé de commenter l'appel', 's'est refusé à tout commentaire sur l'échange': the comment
    is refused, which says nothing of whether the call took place."""
    assert [c.status for _, c in _calls(parse, text, "2024-10-15")] == [status]


@pytest.mark.parametrize("text,date", [
    ("Emmanuel Macron a fixé pour le 12 mars un entretien téléphonique avec Donald Trump.", "2025-03-12"),
    ("Emmanuel Macron a organisé pour jeudi un appel avec Donald Trump.", "2025-03-06"),
])
def test_a_call_set_for_a_day_is_planned_for_that_day(parse, text, date):
    """'pour jeudi', 'pour le 12 mars': the day a call is set for, whatever tense tells the setting
    (not 'a remercié Y pour samedi lors d'un appel lundi', a call dated apart)."""
    assert [(names, c.status, c.date) for names, c in _calls(parse, text, "2025-03-03")] == [
        (["Donald Trump", "Emmanuel Macron"], "planned", date)]


@pytest.mark.parametrize("subject,caller", [
    ("Joe Biden", "Joe Biden"), ("Olaf Scholz", "Olaf Scholz"), ("Keir Starmer", "Keir Starmer"), ("Giorgia Meloni", "Giorgia Meloni"),
])
def test_compte_read_as_a_noun_or_a_word_of_the_name_is_the_verb_of_the_plan(parse, subject, caller):
    """'X compte s'entretenir avec Y, a affirmé la porte-parole Z': with 'compte' read as a noun or
    a word of X's name, the infinitive had no subject and Z was taken for a caller."""
    text = (f"{subject} compte s'entretenir avec Vladimir Poutine dans les prochains jours, "
            "a affirmé la porte-parole de la Maison Blanche Karine Jean-Pierre.")
    assert [(names, c.status) for names, c in _calls(parse, text, "2024-03-10")] == [
        (sorted([caller, "Vladimir Putin"]), "planned")]


@pytest.mark.parametrize("text", [
    "Olaf Scholz est à Paris. Le chancelier allemand compte également appeler le président français dans la soirée.",
    "Olaf Scholz est à Paris. Le chancelier allemand compte aussi s'entretenir avec le président français, Emmanuel Macron, "
    "dans la soirée.",
    "Olaf Scholz est à Paris. Le chancelier allemand compte ensuite appeler Emmanuel Macron, afin de parler du budget.",
])
def test_an_adverb_between_compte_and_the_call_still_makes_a_plan(parse, text):
    """'X compte également appeler Y': the adverb of the infinitive stands between it and 'compte',
    which is then read as a noun after the name; the plan must still be seen."""
    assert [(names, c.status) for names, c in _calls(parse, text, "2024-03-10")] == [
        (["Emmanuel Macron", "Olaf Scholz"], "planned")]


@pytest.mark.parametrize("text", [
    "Olaf Scholz a dit qu'il comptait joindre le président turc Recep Tayyip Erdogan « d'ici la fin de la semaine ».",
    "Olaf Scholz compte joindre Recep Tayyip Erdogan d'ici le début de la semaine prochaine.",
])
def test_the_end_of_the_week_read_as_a_second_object_does_not_undo_a_call(parse, text):
    """'joindre X d'ici la fin de la semaine': the parser may read 'la fin' as a second object of
    'joindre'; a part of a week says when, it is no thing recalled ('rappeler l'importance de')."""
    assert [(names, c.status) for names, c in _calls(parse, text, "2024-03-12")] == [
        (["Olaf Scholz", "Recep Tayyip Erdoğan"], "planned")]


@pytest.mark.parametrize("text", [
    "Le chancelier Olaf Scholz entend s'entretenir rapidement avec Vladimir Poutine, a déclaré son porte-parole.",
    "Olaf Scholz entend appeler Vladimir Poutine avant le sommet.",
])
def test_a_call_someone_intends_entendre_to_make_is_planned_and_theirs(parse, text):
    """'entendre' + infinitive: to intend, like 'compter' (not 'hear', which takes a person before the infinitive)."""
    assert [(names, c.status, c.initiator) for names, c in _calls(parse, text, "2022-04-26")] == [
        (["Olaf Scholz", "Vladimir Putin"], "planned", "Q61053")]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron compte s'entretenir dans les prochains jours avec Vladimir Poutine, a indiqué l'Elysée.",
    "L'appel prévu entre Emmanuel Macron et Vladimir Poutine a été reporté à une date ultérieure, a fait savoir Paris.",
    "Emmanuel Macron a proposé un nouvel appel à Vladimir Poutine pour la semaine prochaine.",
    "Emmanuel Macron a demandé un entretien téléphonique à Vladimir Poutine.",
])
def test_a_call_intended_postponed_or_asked_for_is_planned(parse, text):
    assert [(names, c.status) for names, c in _calls(parse, text, "2025-03-17")] == [
        (["Emmanuel Macron", "Vladimir Putin"], "planned")]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron réclame un entretien téléphonique avec Vladimir Poutine.",
    "Le président français réclame depuis des semaines un appel avec Vladimir Poutine, sans succès.",
    "Emmanuel Macron sollicite un entretien téléphonique avec Vladimir Poutine, selon l'Élysée.",
    "Emmanuel Macron a réclamé un entretien téléphonique avec Vladimir Poutine.",
])
def test_a_call_claimed_or_solicited_is_planned_with_who_asks_for_it(parse, text):
    """'X réclame un entretien avec Y', like 'demande': a call asked for, not yet had, is to come,
    and X, who asks for it, is on it and its initiator (asked now as well as in the past)."""
    assert [(names, c.status, c.initiator) for names, c in _calls(parse, text, "2025-03-17")] == [
        (["Emmanuel Macron", "Vladimir Putin"], "planned", "Q3052772")]


@pytest.mark.parametrize("text,calls", [
    ("Emmanuel Macron est à Paris. M. Macron a exhorté son homologue russe, lors d'un appel dimanche, à revenir à l'accord "
     "céréalier.", [(["Emmanuel Macron", "Vladimir Putin"], "2023-07-16")]),
    ("Emmanuel Macron a cité Vladimir Poutine lors d'un entretien avec Le Monde dimanche.", []),  # an interview
])
def test_a_person_urged_during_a_call_is_on_it(parse, calls, text):
    assert [(names, c.date) for names, c in _calls(parse, text, "2023-07-21")] == calls


@pytest.mark.parametrize("text", [
    "Emmanuel Macron et Olaf Scholz ont tenu mardi une visioconférence à laquelle a participé Volodymyr Zelensky.",
    "Emmanuel Macron a organisé mardi une visioconférence avec Olaf Scholz, à laquelle Volodymyr Zelensky a pris part.",
])
def test_someone_who_joins_the_call_in_a_relative_clause_is_on_it(parse, text):
    assert any("Volodymyr Zelensky" in names for names, _ in _calls(parse, text, "2024-03-13"))


@pytest.mark.parametrize("text,status", [
    ("Narendra Modi s'est entretenu jeudi au téléphone avec Vladimir Poutine, alors que les deux pays cherchent à "
     "renforcer leurs échanges.", "occurred"),  # the effort is about the trade, not the call
    ("Narendra Modi a appelé Vladimir Poutine jeudi au téléphone. Les deux pays cherchent à développer leurs échanges.",
     "occurred"),
    ("Narendra Modi a tenté de joindre Vladimir Poutine jeudi, sans succès.", "denied"),
    ("Narendra Modi a essayé en vain de téléphoner à Vladimir Poutine jeudi.", "denied"),
])
def test_an_attempt_denies_only_the_call_it_is_made_of(parse, text, status):
    assert [c.status for _, c in _calls(parse, text, "2024-03-15")] == [status]


@pytest.mark.parametrize("follow_up", [
    "Les deux dirigeants ont parlé de l'énergie pendant une demi-heure.",
    "Les deux hommes ont discuté de l'énergie pendant une demi-heure.",
])
def test_the_pair_talking_after_a_call_was_told_gives_that_call_its_length(parse, follow_up):
    text = f"Giorgia Meloni a reçu mardi un appel d'Olaf Scholz. {follow_up}"
    assert [(names, c.duration_min) for names, c in _calls(parse, text, "2024-03-15")] == [
        (["Giorgia Meloni", "Olaf Scholz"], 30)]


@pytest.mark.parametrize("then", [
    "La veille, le président américain avait parlé d'une « provocation inacceptable ».",
    "La veille, il avait parlé d'une « provocation inacceptable » devant la presse.",
    # the quoted words with a phrase in apposition: the parser hangs the 'de' on the adjective
    "La veille, le président américain avait parlé d'une « terrible provocation », un mot que ses propres ministres "
    "n'ont pas repris.",
])
def test_one_person_speaking_of_a_thing_in_an_article_about_a_call_is_no_call(parse, then):
    """'X avait parlé d'une « attaque »': one person speaking of a thing, with no partner, mentions
    it; the phone told around it makes that no talk with the partner of a call planned before."""
    text = (f"Emmanuel Macron a téléphoné à Olaf Scholz mardi.\n\nJoe Biden doit s'entretenir avec le chancelier "
            f"allemand dans les prochains jours. {then}")
    assert sorted((names, c.status) for names, c in _calls(parse, text, "2024-03-15")) == [
        (["Emmanuel Macron", "Olaf Scholz"], "occurred"), (["Joe Biden", "Olaf Scholz"], "planned")]


def test_a_headline_naming_some_of_the_leaders_is_the_article_s_call_of_them_all(parse):
    text = ("Ukraine : Macron, Scholz et Poutine ont discuté au téléphone\n\n"
            "Emmanuel Macron, Olaf Scholz et Vladimir Poutine se sont entretenus lundi soir par téléphone avec "
            "Volodymyr Zelensky, a indiqué l'Élysée.")
    assert [(names, c.date) for names, c in _calls(parse, text, "2024-03-13")] == [
        (["Emmanuel Macron", "Olaf Scholz", "Vladimir Putin", "Volodymyr Zelensky"], "2024-03-11")]


@pytest.mark.parametrize("then", ["Ils s'étaient parlé au téléphone le 3 mars.",
                                  "Les deux dirigeants s'étaient entretenus par téléphone le 3 mars."])
def test_the_pair_pointed_back_to_after_a_meeting_had_its_own_call(parse, then):
    text = f"Emmanuel Macron et le chancelier Olaf Scholz se sont retrouvés mardi à Berlin. {then}"
    assert _pairs(parse, text, "2024-03-13") == [(tuple(MACRON_SCHOLZ), "occurred", "2024-03-03")]


@pytest.mark.parametrize("before", ["Le canal direct entre Emmanuel Macron et Olaf Scholz reste ouvert.",
                                    "Les relations entre Emmanuel Macron et Olaf Scholz se sont réchauffées."])
def test_the_pair_pointed_back_to_is_the_one_named_between_before_not_a_leader_named_after(parse, before):
    """'les deux présidents' means the pair 'entre X et Y' of the sentence before (the parser
    may hang Y anywhere), not a leader a later paragraph names in a call of his own."""
    text = (f"{before} Le 3 mars, les deux dirigeants s'étaient parlé pendant près d'une heure.\n\n"
            "Joe Biden, de son côté, reste silencieux. Le président américain n'a pas appelé son homologue français.")
    assert ((tuple(MACRON_SCHOLZ), "occurred", "2024-03-03")) in _pairs(parse, text, "2024-03-13")


def test_a_day_fronted_before_a_phrase_and_the_subject_dates_the_pairs_earlier_call(parse):
    """'Le 3 mai dernier, à l'occasion d'une fête, les deux chefs d'État s'étaient entretenus': the
    parser hangs the day and the phrase on the subject; they are the verb's, and the pluperfect
    call of another day is another call of the pair, not the one in the news."""
    text = ("Emmanuel Macron et Olaf Scholz se sont entretenus mardi par téléphone. Ils ont évoqué l'Ukraine.\n\n"
            "Le 3 février dernier, à l'occasion d'une fête nationale, les deux chefs d'État s'étaient entretenus au "
            "téléphone.")
    assert _pairs(parse, text, "2024-03-13") == [(tuple(MACRON_SCHOLZ), "occurred", "2024-02-03"),
                                                 (tuple(MACRON_SCHOLZ), "occurred", "2024-03-12")]


def test_two_subjects_whose_first_name_the_parser_made_the_root_both_had_the_call(parse):
    # the parser reads 'Joe Biden' as the sentence and 'eu' as a conjunct of it: the tree is mended (kg.nlp.extract.verb_arguments)
    assert _pairs(parse, "Joe Biden et Xi Jinping ont eu un entretien jeudi.", "2024-03-16") == [
        (("Joe Biden", "Xi Jinping"), "occurred", "2024-03-14")]


def test_a_day_hung_on_a_participle_of_the_call_noun_dates_the_call(parse):
    text = "Selon le site Axios, Joe Biden et Benyamin Netanyahou auraient eu un échange tendu mardi."
    assert [c.date for _, c in _calls(parse, text, "2024-03-16")] == ["2024-03-12"]


def test_having_someone_at_the_end_of_the_line_is_a_phone_call(parse):
    assert [(names, c.medium) for names, c in _calls(parse, "Olaf Scholz a eu Emmanuel Macron au bout du fil.", "2024-03-16")] == [
        (MACRON_SCHOLZ, "phone")]


@pytest.mark.parametrize("text,partners", [
    ("Emmanuel Macron a appelé à nouveau Olaf Scholz mardi.", [["Emmanuel Macron", "Olaf Scholz"]]),
    ("Emmanuel Macron a appelé tour à tour Olaf Scholz et Rishi Sunak.",
     [["Emmanuel Macron", "Olaf Scholz"], ["Emmanuel Macron", "Rishi Sunak"]]),
    ("Emmanuel Macron a appelé coup sur coup Olaf Scholz et Rishi Sunak mardi.",
     [["Emmanuel Macron", "Olaf Scholz"], ["Emmanuel Macron", "Rishi Sunak"]]),
])
def test_an_adverbial_phrase_after_the_call_verb_leaves_it_its_object(parse, text, partners):
    # the parser reads 'à nouveau', 'tour à tour' as the verb's object or case: the tree is mended (kg.nlp.extract.verb_phrases)
    assert [names for names, _ in _calls(parse, text, "2024-03-14")] == partners


@pytest.mark.parametrize("text", [
    "Dans un discours retransmis en visioconférence devant le Bundestag, Volodymyr Zelensky a interpellé Olaf Scholz.",
    "Lors d'une allocution en visioconférence devant le Parlement, Volodymyr Zelensky a remercié Emmanuel Macron.",
])
def test_a_speech_carried_by_video_link_is_no_call_with_the_people_it_names(parse, text):
    assert _calls(parse, text, "2022-03-23") == []


@pytest.mark.parametrize("text", [
    "Emmanuel Macron a appelé Olaf Scholz, puis Rishi Sunak.",
    "Emmanuel Macron a téléphoné à Olaf Scholz, puis à Rishi Sunak.",  # 'puis à X' hung on the verb
])
def test_a_second_person_called_after_puis_is_a_second_call(parse, text):
    assert [names for names, _ in _calls(parse, text, "2024-03-14")] == [MACRON_SCHOLZ, ["Emmanuel Macron", "Rishi Sunak"]]


@pytest.mark.parametrize("text", [
    "Olaf Scholz a tenté en vain de joindre Emmanuel Macron ces derniers jours.",  # 'jours' read as a second object
    "Olaf Scholz a appelé Emmanuel Macron la semaine dernière, sans succès.",
])
def test_a_span_of_days_after_the_person_called_leaves_the_call(parse, text):
    assert [names for names, _ in _calls(parse, text, "2024-03-14")] == [MACRON_SCHOLZ]


def test_joining_the_video_meeting_just_told_puts_someone_on_it(parse):
    text = "Emmanuel Macron et Olaf Scholz se sont réunis mercredi en visioconférence. Rishi Sunak a participé à la réunion."
    assert [names for names, _ in _calls(parse, text, "2024-03-14")] == [["Emmanuel Macron", "Olaf Scholz", "Rishi Sunak"]]


@pytest.mark.parametrize("text", [
    # a meeting after a phone call, or a meeting of its own: not the call
    "Emmanuel Macron et Olaf Scholz se sont entretenus mercredi. Rishi Sunak a participé à la réunion.",
    "Emmanuel Macron et Olaf Scholz se sont réunis mercredi en visioconférence. Rishi Sunak a participé à la réunion de l'Otan.",
])
def test_joining_another_meeting_is_not_joining_the_call(parse, text):
    assert [names for names, _ in _calls(parse, text, "2024-03-14")] == [MACRON_SCHOLZ]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron s'est entretenu mardi avec Vladimir Poutine, sans Volodymyr Zelensky.",  # read as Poutine's apposition
    "Emmanuel Macron et Vladimir Poutine se sont parlé mardi sans Volodymyr Zelensky.",
])
def test_someone_the_call_was_without_is_not_on_it(parse, text):
    assert [names for names, _ in _calls(parse, text, "2024-03-14")] == [["Emmanuel Macron", "Vladimir Putin"]]


def test_two_subjects_whose_second_name_the_parser_split_talked(parse):
    # 'Vladimir' read as the root's conjunct, 'Poutine' as the subject of 'ont échangé', itself a parataxis of the root
    text = "Emmanuel Macron et Vladimir Poutine ont échangé pendant une heure et demie, vendredi, pour la première fois depuis des mois."
    (names, call), = _calls(parse, text, "2024-03-16")
    assert (names, call.date, call.duration_min) == (["Emmanuel Macron", "Vladimir Putin"], "2024-03-15", 90)


@pytest.mark.parametrize("second,initiator", [
    ("L'appel a été initié par Moscou.", "Q7747"),  # a capital for its country's leader
    ("L'appel a été initié par la partie française.", "Q3052772"),
    ("L'appel a été initié par l'Élysée.", "Q3052772"),  # the institution that governs a country, for its leader
    ("L'appel avait été demandé par le Kremlin.", "Q7747"),
])
def test_a_call_told_again_as_initiated_by_a_side_has_that_initiator(parse, second, initiator):
    (_, call), = _calls(parse, f"Emmanuel Macron et Vladimir Poutine ont échangé vendredi. {second}", "2024-03-16")
    assert call.initiator.endswith(initiator)


@pytest.mark.parametrize("text,initiator", [
    ("Emmanuel Macron doit parler jeudi avec Olaf Scholz.", None),  # a call on the agenda: nobody said to ask for it
    ("Emmanuel Macron va s'entretenir jeudi avec Olaf Scholz.", None),
    ("Emmanuel Macron souhaite parler avec Olaf Scholz.", "Q3052772"),
    ("Emmanuel Macron s'est dit prêt à appeler Olaf Scholz.", "Q3052772"),
])
def test_who_wants_a_call_places_it_and_a_call_on_the_agenda_has_no_initiator(parse, text, initiator):
    (_, call), = _calls(parse, text, "2024-03-12")
    assert call.status == "planned" and (call.initiator or "").split("/")[-1] == (initiator or "")


def test_a_clause_hung_on_the_day_of_the_verb_that_says_it_keeps_that_verbs_subject(parse):
    # 'avoir parlé' read as a clause of 'vendredi': the subject of 'a affirmé' was lost, and the call with it
    (names, call), = _calls(parse, "Emmanuel Macron a affirmé vendredi avoir parlé avec Olaf Scholz.", "2024-03-16")
    assert names == MACRON_SCHOLZ and call.status == "occurred"


def test_a_side_denying_after_the_call_in_the_same_sentence_denies_it(parse):
    # 'dément' read as an adverb hung on 'Berlin', itself hung on the call verb
    (names, call), = _calls(parse, "Emmanuel Macron affirme avoir parlé à Olaf Scholz, Berlin dément.", "2024-03-16")
    assert names == MACRON_SCHOLZ and call.status == "denied"


@pytest.mark.parametrize("text,pairs", [
    # the span hung on the call noun ('jours' its nmod) or the call noun on the span ('conversation' the nmod of 'semaine')
    ("Deux jours après un entretien téléphonique avec Olaf Scholz, Emmanuel Macron a reçu Rishi Sunak à l'Élysée mardi.",
     [(("Emmanuel Macron", "Olaf Scholz"), "occurred", "2024-03-10")]),
    ("Emmanuel Macron a déclaré avoir parlé avec Olaf Scholz samedi, une semaine après sa conversation avec Rishi Sunak.",
     [(("Emmanuel Macron", "Olaf Scholz"), "occurred", "2024-03-09"), (("Emmanuel Macron", "Rishi Sunak"), "occurred", "2024-03-02")]),
])
def test_a_call_some_days_before_a_dated_event_is_dated_from_it(parse, text, pairs):
    assert _pairs(parse, text, "2024-03-14") == pairs


@pytest.mark.parametrize("text,date", [
    ("Emmanuel Macron a annoncé mardi vouloir appeler Olaf Scholz.", None),  # Tuesday is the announcement's day
    ("Emmanuel Macron a annoncé vouloir appeler Olaf Scholz mardi.", "2024-03-19"),
])
def test_the_day_of_saying_does_not_date_the_call_said_in_the_infinitive(parse, text, date):
    assert _pairs(parse, text, "2024-03-14") == [(tuple(MACRON_SCHOLZ), "planned", date)]


@pytest.mark.parametrize("text,minutes", [
    ("Emmanuel Macron et Olaf Scholz se sont parlé mardi pendant une heure trente.", 90),
    ("Emmanuel Macron a parlé mardi avec Olaf Scholz pendant deux heures quarante-cinq.", 165),
    ("Emmanuel Macron a parlé avec Olaf Scholz pendant une heure vingt mardi.", 80),
    ("Emmanuel Macron a parlé mardi avec Olaf Scholz pendant une heure, trente journalistes attendaient.", 60),
])
def test_minutes_spelled_after_the_hours_without_et_are_counted(parse, text, minutes):
    (names, call), = _calls(parse, text)
    assert names == MACRON_SCHOLZ and call.duration_min == minutes


@pytest.mark.parametrize("text,minutes", [
    ("Emmanuel Macron a eu Olaf Scholz au téléphone mardi, pendant près d'une heure et demie.", 90),
    ("Emmanuel Macron a joint Olaf Scholz par téléphone pendant vingt minutes.", 20),
])
def test_a_length_of_the_verb_done_over_the_phone_is_the_calls(parse, text, minutes):
    (names, call), = _calls(parse, text)
    assert names == MACRON_SCHOLZ and call.duration_min == minutes


def test_a_length_of_another_meeting_after_a_call_is_not_the_calls(parse):
    text = "Après un appel avec Olaf Scholz, Emmanuel Macron a rencontré Giorgia Meloni pendant deux heures."
    assert [c.duration_min for _, c in _calls(parse, text)] == [None]


@pytest.mark.parametrize("text,names,status", [
    ("Olaf Scholz a organisé lundi une conférence téléphonique avec Emmanuel Macron et Giorgia Meloni.",
     ["Emmanuel Macron", "Giorgia Meloni", "Olaf Scholz"], "occurred"),
    ("Emmanuel Macron a organisé une visioconférence avec Olaf Scholz.", MACRON_SCHOLZ, "occurred"),
    ("Emmanuel Macron va organiser jeudi une visioconférence avec Olaf Scholz.", MACRON_SCHOLZ, "planned"),
])
def test_who_organised_a_call_with_others_was_on_it_and_it_took_place(parse, text, names, status):
    """'organiser' over a call plans it ('va organiser', 'a été organisée à l'initiative de X'),
    but in the past tense with its subject it was held, and the subject on it."""
    assert [(names_, call.status) for names_, call in _calls(parse, text)] == [(names, status)]


def test_who_organised_a_call_between_others_is_not_on_it(parse):
    text = "Recep Tayyip Erdogan a organisé lundi un appel entre Vladimir Poutine et Volodymyr Zelensky."
    assert [names for names, _ in _calls(parse, text)] == [["Vladimir Putin", "Volodymyr Zelensky"]]


@pytest.mark.parametrize("text,date", [
    ("Emmanuel Macron doit s'entretenir jeudi avec Olaf Scholz.", "2024-03-14"),  # an article of a Thursday: that day
    ("Emmanuel Macron s'entretiendra jeudi prochain avec Olaf Scholz.", "2024-03-21"),
    ("Emmanuel Macron doit s'entretenir vendredi avec Olaf Scholz.", "2024-03-15"),
])
def test_a_call_to_come_on_the_weekday_of_the_article_is_that_day_unless_next(parse, text, date):
    assert _pairs(parse, text, "2024-03-14") == [(tuple(MACRON_SCHOLZ), "planned", date)]


@pytest.mark.parametrize("second,date", [
    ("Olaf Scholz l'avait appelé la veille pour le remercier.", "2024-03-11"),
    ("Olaf Scholz l'a appelé le lendemain.", "2024-03-13"),
])
def test_the_eve_or_the_day_after_read_as_the_object_of_calling_is_a_day(parse, second, date):
    """'appeler la veille' read as calling the eve: a thing, so no call was found."""
    text = f"Emmanuel Macron a présenté mardi un plan. {second}"
    assert _pairs(parse, text, "2024-03-13") == [(tuple(MACRON_SCHOLZ), "occurred", date)]


@pytest.mark.parametrize("text,calls", [
    ("Emmanuel Macron a parlé avec Olaf Scholz et a annoncé avoir reçu des garanties.", [MACRON_SCHOLZ]),
    ("Emmanuel Macron s'est entretenu avec Olaf Scholz, qui a rencontré des difficultés au Bundestag.", [MACRON_SCHOLZ]),
    ("Après avoir reçu son homologue allemand, Emmanuel Macron s'est entretenu avec Olaf Scholz.", []),  # a meeting
    ("Après avoir reçu la délégation allemande, Emmanuel Macron s'est entretenu avec Olaf Scholz.", []),
])
def test_a_verb_of_meeting_that_takes_a_thing_places_no_talk_in_person(parse, text, calls):
    assert [names for names, _ in _calls(parse, text)] == calls


def test_a_name_the_parser_took_for_a_clause_of_calling_is_the_one_called(parse):
    # 'Donald' read as a word of no class, an xcomp of 'appelé'
    text = "Emmanuel Macron et Olaf Scholz ont appelé Donald Trump."
    assert [names for names, _ in _calls(parse, text, "2024-11-07")] == [["Donald Trump", "Emmanuel Macron", "Olaf Scholz"]]


@pytest.mark.parametrize("group", ["Plusieurs dirigeants", "Des dizaines de dirigeants"])  # the names read as a relative clause
def test_members_of_a_group_listed_after_dont_each_called(parse, group):
    text = f"{group}, dont Emmanuel Macron et Olaf Scholz, ont appelé Giorgia Meloni pour la féliciter."
    labels = load().actors
    assert sorted((names, labels[call.initiator].label) for names, call in _calls(parse, text)) == [
        (["Emmanuel Macron", "Giorgia Meloni"], "Emmanuel Macron"), (["Giorgia Meloni", "Olaf Scholz"], "Olaf Scholz")]


@pytest.mark.parametrize("event", ["ont participé mardi à une visioconférence avec", "ont tenu mardi une visioconférence avec"])
def test_members_of_a_group_listed_after_dont_on_a_video_conference_are_on_one_call(parse, event):
    text = f"Plusieurs dirigeants européens, dont Emmanuel Macron et Olaf Scholz, {event} Joe Biden et Justin Trudeau."
    assert [names for names, _ in _calls(parse, text)] == [["Emmanuel Macron", "Joe Biden", "Justin Trudeau", "Olaf Scholz"]]


@pytest.mark.parametrize("text,date", [
    ("La présidence a publié le compte rendu de l'appel du 2 mars entre Emmanuel Macron et Olaf Scholz.", "2024-03-02"),
    ("Berlin a commenté l'entretien de lundi entre Emmanuel Macron et Olaf Scholz.", "2024-03-11"),
])
def test_the_people_between_whom_a_call_of_a_given_day_was_are_on_it(parse, text, date):
    """'entre X et Y' after the call's day: the parser hangs it on the noun before the call."""
    assert _pairs(parse, text) == [(tuple(MACRON_SCHOLZ), "occurred", date)]


@pytest.mark.parametrize("text,statuses", [
    ("Emmanuel Macron n'a aucun projet d'appeler Olaf Scholz.", []),
    ("Le porte-parole a affirmé qu'Emmanuel Macron n'avait pas de projet d'appeler Olaf Scholz.", []),
    ("Emmanuel Macron a le projet d'appeler Olaf Scholz.", ["planned"]),
])
def test_an_infinitive_completing_a_noun_of_plan_is_planned_or_no_call_when_negated(parse, text, statuses):
    """'d'appeler' was hung on 'a' rather than on 'projet': the plan, and its negation, governed nothing."""
    assert [call.status for _, call in _calls(parse, text)] == statuses


@pytest.mark.parametrize("second", [
    "Il a également parlé avec Giorgia Meloni.",
    "Il s'est aussi entretenu avec Giorgia Meloni.",
])
def test_a_call_told_as_also_made_without_a_day_is_on_the_day_of_the_call_before(parse, second):
    text = f"Emmanuel Macron s'est entretenu lundi avec Olaf Scholz. {second}"
    assert [(names, call.date) for names, call in _calls(parse, text, "2024-03-13")] == [
        (MACRON_SCHOLZ, "2024-03-11"), (["Emmanuel Macron", "Giorgia Meloni"], "2024-03-11")]


def test_reminding_someone_after_the_day_is_not_calling_them(parse):
    """'a rappelé jeudi à X ses engagements', the day read as the verb's object: reminded, not
    called back; the call is the one 'lors d'un appel' tells, and nobody is said to have placed it."""
    text = "Emmanuel Macron a rappelé jeudi à Olaf Scholz ses engagements, lors d'un appel."
    assert [(names, call.initiator) for names, call in _calls(parse, text)] == [(MACRON_SCHOLZ, None)]


@pytest.mark.parametrize("text,calls", [
    ("Emmanuel Macron a appelé Olaf Scholz et Giorgia Meloni a salué cette initiative.", [MACRON_SCHOLZ]),
    ("Emmanuel Macron a appelé Olaf Scholz et Giorgia Meloni.", [MACRON_SCHOLZ, ["Emmanuel Macron", "Giorgia Meloni"]]),
])
def test_a_name_after_et_that_opens_a_clause_of_its_own_was_not_called(parse, text, calls):
    """'X a appelé A et B a salué ...': B, read as A's conjunct, is the subject of 'a salué'."""
    assert [names for names, _ in _calls(parse, text)] == calls


def test_a_video_the_quote_of_a_call_is_said_in_is_not_the_calls_medium(parse):
    text = "« J'ai parlé cette nuit avec Olaf Scholz », a déclaré Emmanuel Macron dans une vidéo."
    assert [(names, call.medium) for names, call in _calls(parse, text)] == [(MACRON_SCHOLZ, "phone")]


@pytest.mark.parametrize("written,date", [
    ("le 10/03/2024", "2024-03-10"), ("le 3.3.2024", "2024-03-03"),
    ("le 31/02/2024", "2024-03-12"), ("le 10/03/0024", "2024-03-12"), ("le 10/03.2024", "2024-03-12"),
])
def test_a_day_written_in_figures_dates_the_call_if_it_is_one(parse, written, date):
    assert _pairs(parse, f"Emmanuel Macron et Olaf Scholz se sont entretenus {written}.") == [(tuple(MACRON_SCHOLZ), "occurred", date)]


@pytest.mark.parametrize("text,pair", [
    ("Olaf Scholz a pressé Vladimir Poutine de cesser le feu lors de leur entretien téléphonique.", ["Olaf Scholz", "Vladimir Putin"]),
    ("Joe Biden a exhorté Xi Jinping à ne pas aider la Russie au cours de leur appel vidéo.", ["Joe Biden", "Xi Jinping"]),
])
def test_the_person_addressed_in_the_clause_of_their_call_is_the_other_one_on_it(parse, text, pair):
    """'X a pressé Y de ... lors de leur entretien': 'leur' is X and the person X's verb addresses
    (the adjunct hung on the infinitive, the object on the verb above it)."""
    assert [names for names, _ in _calls(parse, text, "2022-04-26")] == [pair]


def test_someone_in_whose_presence_a_call_was_held_is_on_that_call(parse):
    text = "Emmanuel Macron s'est entretenu avec Olaf Scholz, en présence de Giorgia Meloni."
    assert [names for names, _ in _calls(parse, text)] == [["Emmanuel Macron", "Giorgia Meloni", "Olaf Scholz"]]


def test_a_stressed_pronoun_beside_the_subject_puts_nobody_on_the_call(parse):
    """'X s'est lui aussi entretenu avec Y': 'lui' is X ('he too'), read as the clitic object; the
    person named in the sentence before is not on X's call."""
    text = ("Emmanuel Macron a eu un entretien téléphonique avec Volodymyr Zelensky. "
            "Le chancelier allemand Olaf Scholz s'est lui aussi entretenu avec Vladimir Poutine.")
    assert [names for names, _ in _calls(parse, text, "2022-03-08")] == [
        ["Emmanuel Macron", "Volodymyr Zelensky"], ["Olaf Scholz", "Vladimir Putin"]]


@pytest.mark.parametrize("subject", ["Olaf Scholz a", "Olaf Scholz et Emmanuel Macron ont"])
def test_the_day_before_the_call_noun_dates_it_when_an_incise_follows(parse, subject):
    """'X a eu samedi un entretien avec Y, a indiqué Z': the parser makes the call noun the subject
    of the incise's verb, and Z its object; the call is still what X had, on the day before it."""
    text = f"{subject} eu samedi un entretien de 80 minutes avec Vladimir Poutine, a indiqué la chancellerie."
    assert [c.date for _, c in _calls(parse, text, "2022-05-30")] == ["2022-05-28"]


def test_a_night_from_one_day_to_the_next_dates_every_call_of_the_sentence_alike(parse):
    text = "Emmanuel Macron a téléphoné dans la nuit de mardi à mercredi à Ilham Aliev et à Nikol Pachinian."
    assert [(names, c.date) for names, c in _calls(parse, text, "2020-10-01")] == [
        (["Emmanuel Macron", "Ilham Aliyev"], "2020-09-29"), (["Emmanuel Macron", "Nikol Pashinyan"], "2020-09-29")]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron a eu dimanche un entretien d'environ une heure avec Olaf Scholz.",
    "Emmanuel Macron s'est entretenu dimanche avec Olaf Scholz. Pendant cet échange d'environ une heure, il a exhorté le "
    "chancelier à livrer des chars.",
])
def test_a_length_about_an_hour_is_the_calls(parse, text):
    """'d'environ une heure': the parser loses the noun the length hangs on after 'environ'."""
    assert [c.duration_min for _, c in _calls(parse, text, "2024-03-11")] == [60]


@pytest.mark.parametrize("after,length", [
    ("Cet échange a duré une heure.", 60),
    ("Cet appel a duré quarante minutes.", 40),
    ("Cette discussion a duré une demi-heure.", 30),
    ("Cet appel au calme a été entendu.", None),
])
def test_a_demonstrative_call_noun_after_a_call_is_that_call(parse, after, length):
    """'cet échange', 'cet appel' point back at the call just told; 'cet appel au calme' is a plea."""
    calls = _calls(parse, f"Emmanuel Macron s'est entretenu dimanche avec Olaf Scholz. {after}", "2024-03-11")
    assert [(names, c.duration_min) for names, c in calls] == [(MACRON_SCHOLZ, length)]


@pytest.mark.parametrize("text,lengths", [
    ("Emmanuel Macron a parlé dimanche pendant 1h45 avec Vladimir Poutine, puis pendant 40 minutes avec Joe Biden.", [105, 40]),
    ("Emmanuel Macron s'est entretenu avec Vladimir Poutine pendant une heure, puis avec Joe Biden pendant vingt minutes.",
     [60, 20]),
    ("Emmanuel Macron s'est entretenu dimanche pendant une heure avec Vladimir Poutine, puis avec Joe Biden.", [60, None]),
    ("Emmanuel Macron a parlé dimanche à Vladimir Poutine, pendant une heure vingt, puis à Joe Biden.", [80, None]),
])
def test_each_call_of_a_sentence_has_the_length_written_beside_its_partner(parse, text, lengths):
    assert [c.duration_min for _, c in _calls(parse, text, "2022-02-21")] == lengths


@pytest.mark.parametrize("earlier", [
    "Le précédent appel avait eu lieu le 11 mai.",
    "Leur précédent appel a eu lieu le 11 mai.",
    "Leur dernier appel avait eu lieu le 11 mai.",
    "Leur dernier appel date du 11 mai.",
])
def test_the_previous_call_dated_after_the_one_in_the_news_is_a_call_of_its_own(parse, earlier):
    """'le précédent appel a eu lieu', 'leur dernier appel avait eu lieu' ('dernier' told in the
    plus-que-parfait: before the one in the news), 'date du' with 'date' tagged as a noun."""
    text = f"Emmanuel Macron a eu mercredi un entretien avec Vladimir Poutine. {earlier}"
    assert _pairs(parse, text, "2019-06-20") == [
        (("Emmanuel Macron", "Vladimir Putin"), "occurred", "2019-05-11"),
        (("Emmanuel Macron", "Vladimir Putin"), "occurred", "2019-06-19")]


def test_the_last_call_that_took_place_told_in_the_passe_compose_is_no_other_call(parse):
    text = "Emmanuel Macron a eu un entretien avec Vladimir Poutine. Leur dernier appel a eu lieu mercredi."
    assert [names for names, _ in _calls(parse, text, "2019-06-20")] == [["Emmanuel Macron", "Vladimir Putin"]]


@pytest.mark.parametrize("plan", ["Il doit le rappeler dans la semaine.", "Il doit le rappeler prochainement."])
def test_an_undated_plan_told_after_a_call_is_the_next_call(parse, plan):
    """'X a parlé mardi avec Y. Il doit le rappeler dans la semaine': the plan is a call of its own
    (X is to place it); the call told does not take X as its initiator from the plan."""
    text = f"Emmanuel Macron s'est entretenu mardi soir avec Olaf Scholz. {plan}"
    assert [(names, c.status, c.date, c.initiator) for names, c in _calls(parse, text, "2025-02-19")] == [
        (MACRON_SCHOLZ, "occurred", "2025-02-18", None), (MACRON_SCHOLZ, "planned", None, "Q3052772")]


@pytest.mark.parametrize("text,pair", [
    ("Vladimir Poutine n'a pas décroché quand Emmanuel Macron a tenté de le joindre, selon l'entourage du président français.",
     ["Emmanuel Macron", "Vladimir Putin"]),
    ("Giorgia Meloni n'a pas décroché quand Olaf Scholz a essayé de la joindre, selon la chancellerie.",
     ["Giorgia Meloni", "Olaf Scholz"]),
])
def test_an_infinitive_read_as_a_noun_after_its_clitic_is_the_call_nobody_answered(parse, text, pair):
    """'a tenté de le joindre': the tagger reads 'joindre' as a noun and 'le' as its article;
    the call to the person 'le' points back to went unanswered."""
    assert [(names, c.status) for names, c in _calls(parse, text, "2023-08-22")] == [(pair, "denied")]


def test_a_call_noun_read_as_a_conjunct_of_the_day_before_it_is_the_verbs_object(parse):
    """'X a eu samedi un long entretien avec A, puis avec B': the parser makes the call noun a
    conjunct of 'samedi'; the noun is still what X had, so X is on the call, one call per partner."""
    text = ("Le président français a eu samedi un long entretien avec le président ukrainien, "
            "puis avec le chancelier allemand Olaf Scholz.")
    assert [names for names, _ in _calls(parse, text, "2022-12-05")] == [
        ["Emmanuel Macron", "Volodymyr Zelensky"], MACRON_SCHOLZ]


@pytest.mark.parametrize("text", [
    "Le chancelier autrichien a eu samedi soir deux entretiens téléphoniques distincts avec le Premier ministre grec et avec le président chypriote.",
    "Le chancelier autrichien a eu samedi soir deux entretiens téléphoniques séparés avec le Premier ministre grec et avec le président chypriote.",
])
def test_calls_counted_after_the_day_and_its_time_are_one_call_per_partner(parse, text):
    """'a eu samedi soir deux entretiens distincts avec A et avec B': the parser hangs the counted
    calls on 'soir'; the number is their determiner, the verb is the day's, one call with each."""
    assert [(names, call.date) for names, call in _calls(parse, text, "2022-12-05")] == [
        (["Karl Nehammer", "Kyriakos Mitsotakis"], "2022-12-03"), (["Karl Nehammer", "Nicos Anastasiades"], "2022-12-03")]


@pytest.mark.parametrize("text", [
    "Vladimir Poutine a reçu mardi les félicitations de plusieurs dirigeants au téléphone, dont Xi Jinping et Kassym-Jomart Tokaïev.",
    "Vladimir Poutine a reçu mardi au téléphone les félicitations de plusieurs dirigeants, dont Xi Jinping et Kassym-Jomart Tokaïev.",
])
def test_wishes_received_by_phone_from_several_leaders_are_a_call_with_each(parse, text):
    assert [names for names, _ in _calls(parse, text, "2024-03-19")] == [
        ["Vladimir Putin", "Xi Jinping"], ["Kassym-Jomart Tokayev", "Vladimir Putin"]]


@pytest.mark.parametrize("text,pair", [
    ("Les deux chefs d'État, russe et français, se sont parlé vendredi au sujet de la centrale.",
     ["Emmanuel Macron", "Vladimir Putin"]),
    ("Les dirigeants russe et turc ont eu vendredi un entretien téléphonique.", ["Recep Tayyip Erdoğan", "Vladimir Putin"]),
])
def test_a_plural_role_with_one_country_adjective_per_holder_names_each_holder(parse, text, pair):
    """'les deux chefs d'État, russe et français': the head of state of each country on the day
    ('ont eu vendredi un entretien', the call noun read as a complement of the day, is the verb's)."""
    assert [names for names, _ in _calls(parse, text, "2022-08-19")] == [pair]


@pytest.mark.parametrize("text,pair", [
    ("Le chef de l'exécutif iranien doit s'entretenir jeudi avec le président turc.", ["Masoud Pezeshkian", "Recep Tayyip Erdoğan"]),
    ("Le chef de l'exécutif grec devrait s'entretenir dans les prochains jours avec le président chypriote.",
     ["Kyriakos Mitsotakis", "Nikos Christodoulides"]),
])
def test_the_head_of_a_countrys_executive_is_its_leader(parse, text, pair):
    """'le chef de l'exécutif iranien': who leads the country's executive, the president where
    there is no prime minister, the prime minister where the president is a figurehead."""
    assert [names for names, _ in _calls(parse, text, "2024-08-04")] == [pair]


def test_a_plural_role_with_a_long_list_of_country_adjectives_names_each_holder(parse):
    """'les dirigeants français, allemand, russe et ukrainien': the parser may read one of the
    words as a noun and hang the last on the role as punctuation; the list right after the role
    still names one holder per country."""
    text = "Les dirigeants français, allemand, russe et ukrainien se sont entretenus samedi par téléphone."
    assert [names for names, _ in _calls(parse, text, "2024-03-11")] == [
        ["Emmanuel Macron", "Olaf Scholz", "Vladimir Putin", "Volodymyr Zelensky"]]


@pytest.mark.parametrize("text,status", [
    ("Joe Biden a interrompu une réunion pour appeler le roi Abdallah II de Jordanie.", "occurred"),
    ("Joe Biden interrompra une réunion pour appeler le roi Abdallah II de Jordanie.", "planned"),
    ("Joe Biden a demandé une pause pour appeler le roi Abdallah II de Jordanie.", "planned"),
])
def test_a_phone_call_that_is_the_purpose_of_an_act_told_as_done_took_place(parse, text, status):
    assert [c.status for _, c in _calls(parse, text, "2023-10-18")] == [status]


@pytest.mark.parametrize("text", [
    "Joint par téléphone, Emmanuel Macron a confirmé à l'AFP avoir parlé à Benyamin Netanyahou.",
    "Emmanuel Macron a confirmé à l'AFP avoir parlé à Benyamin Netanyahou.",
])
def test_a_perfect_infinitive_after_the_outlet_told_is_the_speakers_call(parse, text):
    """'X a confirmé à l'AFP avoir parlé à Y': the parser hangs 'avoir parlé' on 'AFP'; the call
    is still X's (the reporter's phone is no call of X's)."""
    assert [names for names, _ in _calls(parse, text, "2024-09-27")] == [["Benjamin Netanyahu", "Emmanuel Macron"]]


@pytest.mark.parametrize("text", [
    "Sur proposition de Rome, Giorgia Meloni et Emmanuel Macron se sont parlé vendredi au téléphone.",
    "Giorgia Meloni et Emmanuel Macron se sont parlé vendredi, à la demande du palais Chigi.",
])
def test_who_proposed_the_call_asked_for_it(parse, text):
    (_, call), = _calls(parse, text, "2024-03-16")
    assert call.initiator.endswith("giorgia-meloni")


@pytest.mark.parametrize("text", [
    "Emmanuel Macron a prévenu mercredi par téléphone Olaf Scholz.",
    "Olaf Scholz a été prévenu par téléphone par Emmanuel Macron mercredi.",
    "Emmanuel Macron a félicité par téléphone Olaf Scholz mercredi.",
])
def test_who_acts_on_the_other_by_phone_placed_the_call(parse, text):
    (_, call), = _calls(parse, text, "2024-03-14")
    assert call.initiator.endswith("Q3052772")


def test_who_talks_by_phone_with_the_other_did_not_say_who_called(parse):
    (_, call), = _calls(parse, "Emmanuel Macron a discuté par téléphone avec Olaf Scholz mercredi.", "2024-03-14")
    assert call.initiator is None


# --- a day between commas before the object, and an incise after it ---------------------------
@pytest.mark.parametrize("text", [
    "Olaf Scholz a eu, mardi, un entretien téléphonique avec Emmanuel Macron, indique la chancellerie dans un communiqué.",
    "Emmanuel Macron et Olaf Scholz ont eu, mardi, une longue conversation, indique un communiqué.",
])
def test_a_day_set_off_by_commas_dates_the_call_an_incise_tells(parse, text):
    """The parser makes the incise's verb the head of the sentence, the call noun its subject and
    the clause before it its adverbial clause: the day hangs on no verb of the call."""
    assert _pairs(parse, text, "2024-03-14") == [(tuple(MACRON_SCHOLZ), "occurred", "2024-03-12")]


# --- one outlet's word: its unnamed sources, a paper that 'a appris' -------------------------
@pytest.mark.parametrize("text,status", [
    ("D'après des sources proches du dossier, Giorgia Meloni a téléphoné mercredi à Olaf Scholz.", "unconfirmed"),
    ("Giorgia Meloni a parlé mercredi avec Olaf Scholz, selon deux sources informées de l'échange.", "unconfirmed"),
    ("Giorgia Meloni s'est entretenue mercredi avec Olaf Scholz, a appris le quotidien La Stampa.", "unconfirmed"),
    ("Emmanuel Macron a parlé mercredi avec Olaf Scholz, selon une source à l'Élysée.", "occurred"),  # a side's
])
def test_a_call_on_unnamed_sources_or_learnt_by_a_paper_rests_on_the_outlet(parse, text, status):
    """Sources nobody names are the outlet's own, as 'selon nos informations'; 'a appris le
    quotidien Z' is an incise whose subject the parser reads as the verb's object."""
    assert _statuses(parse, text) == [status]


# --- an outlet's noun hung by the parser on the comma of an opening adverb ---------------------
@pytest.mark.parametrize("text", [
    "Par ailleurs, la chaîne saoudienne al-Ikhbariya a affirmé mardi que Giorgia Meloni avait parlé au téléphone avec Olaf Scholz.",
    "Par ailleurs, le quotidien allemand Tagesblatt a affirmé jeudi que Giorgia Meloni avait téléphoné à Olaf Scholz.",
])
def test_an_outlet_whose_noun_the_parser_hangs_apart_still_tells_the_call(parse, text):
    """'Par ailleurs, la chaîne Z a affirmé que ...': the parser hangs 'chaîne' on the comma and
    leaves the name alone as the subject; the noun before it still makes it an outlet, whose day
    of saying is not the call's."""
    assert _pairs(parse, text, "2024-03-14") == [(("Giorgia Meloni", "Olaf Scholz"), "unconfirmed", None)]


# --- the predicate of 'un appel entre X et Y', hung by the parser on the last name -------------
@pytest.mark.parametrize("text,status", [
    ("Un entretien entre Giorgia Meloni et Olaf Scholz serait en préparation, selon la presse italienne.", "planned"),
    ("L'appel promis entre Giorgia Meloni et Olaf Scholz n'a finalement pas eu lieu.", "denied"),
])
def test_the_predicate_of_a_call_noun_heading_the_sentence_is_its_own(parse, text, status):
    """The parser reads the last word of 'Olaf Scholz' as the subject of the predicate and hangs
    the predicate on the name: the call noun heads a sentence with no verb, plan nor negation."""
    assert _statuses(parse, text) == [status]


# --- a call said not to have taken place ------------------------------------------------------
@pytest.mark.parametrize("text,status", [
    ("L'entretien annoncé entre Emmanuel Macron et Olaf Scholz ne s'est pas tenu mardi.", ["denied"]),
    ("L'entretien entre Emmanuel Macron et Olaf Scholz n'a pas encore eu lieu.", ["planned"]),
    ("L'entretien entre Emmanuel Macron et Olaf Scholz ne s'est pas bien passé, selon l'Élysée.", ["occurred"]),
    ("Un entretien entre Emmanuel Macron et Olaf Scholz n'a pas eu lieu depuis des mois.", []),
])
def test_a_call_noun_whose_taking_place_is_negated_was_denied_or_is_to_come(parse, text, status):
    """'n'a pas eu lieu', 'ne s'est pas tenu' with the call as subject: it did not happen; 'pas
    encore': it is still to come; 'pas depuis': a state, no call; how it went is no denial."""
    assert _statuses(parse, text) == status


# --- an obligation met, a plan told in the plus-que-parfait ------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Olaf Scholz a dû appeler Emmanuel Macron mardi pour le rassurer.", [("occurred", "2024-03-12")]),
    ("Olaf Scholz avait prévu de s'entretenir mardi avec Emmanuel Macron.", [("planned", "2024-03-12")]),
    ("Olaf Scholz doit appeler Emmanuel Macron mardi.", [("planned", "2024-03-19")]),
])
def test_devoir_in_the_passe_compose_is_a_call_made_and_a_plan_told_before_was_for_a_past_day(parse, text, expected):
    """'a dû appeler' tells an obligation met; 'avait prévu de' a plan made before, for the
    Tuesday before the article (as 'devait'), not the one after."""
    assert [(c.status, c.date) for _, c in _calls(parse, text, "2024-03-14")] == expected


# --- the other side denies in a clause joined after the call's --------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Recep Tayyip Erdogan a affirmé avoir parlé avec Bachar al-Assad, mais Damas a démenti.", ["denied"]),
    ("Recep Tayyip Erdogan a affirmé avoir parlé avec Bachar al-Assad, mais Damas assure qu'aucun entretien n'a eu lieu.",
     ["denied"]),
    ("Recep Tayyip Erdogan a eu un appel avec Bachar al-Assad, mais aucun entretien n'a eu lieu avec Joe Biden.",
     ["occurred", "denied"]),  # another call, denied on its own
])
def test_a_denial_joined_after_the_call_in_its_sentence_denies_it(parse, text, expected):
    """'mais Damas a démenti', with nothing else denied, or 'mais ... aucun entretien n'a eu lieu'
    with no partner of its own, denies the call the sentence just told."""
    assert _statuses(parse, text) == expected


# --- 'a proposé à Y un entretien': the object after the complement in 'à' ---------------------
@pytest.mark.parametrize("text,expected", [
    ("Olaf Scholz a proposé à Emmanuel Macron un entretien téléphonique dans les prochains jours.", [("planned", "Q61053")]),
    ("Olaf Scholz a proposé à Emmanuel Macron une conversation par visioconférence.", [("planned", "Q61053")]),
])
def test_a_call_proposed_to_someone_is_a_plan_of_the_proposer(parse, text, expected):
    """The parser reads 'un entretien' as the apposition of 'Emmanuel Macron': the call is then
    no object of 'a proposé', and reads as one that took place."""
    assert [(c.status, c.initiator) for _, c in _calls(parse, text, "2024-03-14")] == expected


# --- a call said to be alleged ------------------------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Le prétendu appel entre Giorgia Meloni et Olaf Scholz a fait grand bruit à Rome.", ["unconfirmed"]),
    ("Selon Rome, le présumé entretien entre Giorgia Meloni et Olaf Scholz a porté sur l'Ukraine.", ["unconfirmed"]),
    ("Un éventuel entretien entre Giorgia Meloni et Olaf Scholz n'est pas exclu.", ["planned"]),
    ("Un possible appel entre Giorgia Meloni et Olaf Scholz est évoqué à Rome.", ["planned"]),
])
def test_an_alleged_call_is_unconfirmed(parse, text, expected):
    """'le prétendu appel', 'le présumé entretien' is told and not vouched for; 'un éventuel', 'un
    possible entretien' is one that may come."""
    assert _statuses(parse, text) == expected


# --- 'Selon des sources citées par Z, X et Y ont échangé': the source read as the sentence's head --
@pytest.mark.parametrize("text", [
    "Selon des sources citées par la chaîne NBC, Joe Biden et Xi Jinping ont échangé par téléphone la semaine dernière.",
    "Selon des sources citées par la chaîne NBC, Joe Biden et Xi Jinping se sont parlé la semaine dernière.",
    "Selon des sources citées par le site Politico, Joe Biden et Xi Jinping ont discuté au téléphone mardi.",
])
def test_a_call_told_after_its_cited_sources_has_both_subjects(parse, text):
    """The parser makes 'sources' the root, the verb a conjunct of 'citées' and the first name
    its adjunct: the call had one subject and no partner, and was lost."""
    assert [(names, c.status) for names, c in _calls(parse, text, "2024-03-14")] == [(["Joe Biden", "Xi Jinping"], "unconfirmed")]


def test_unnamed_sources_an_agency_cites_are_no_side(parse):
    """An agency relays an office ('selon l'agence Z' is no outlet's scoop), but sources it cites
    and does not name are no side's."""
    text = "Giorgia Meloni a parlé mardi avec Olaf Scholz, selon des sources citées par l'agence Reuters."
    assert _statuses(parse, text) == ["unconfirmed"]


# --- 'avec A samedi, puis dimanche avec B, pendant 1 h 45': a day and a length each ----------------
def test_a_day_after_the_first_partner_and_before_the_second_and_a_length_after_the_last(parse):
    """The first day follows A, the second comes before B: each partner has the day nearest on
    its side (not both days for both), and the length written after B is B's call's alone."""
    text = "Olaf Scholz s'est entretenu avec Emmanuel Macron samedi, puis dimanche avec Giorgia Meloni, pendant 1 h 45."
    assert [(names, c.date, c.duration_min) for names, c in _calls(parse, text, "2024-03-12")] == [
        (MACRON_SCHOLZ, "2024-03-09", None), (["Giorgia Meloni", "Olaf Scholz"], "2024-03-10", 105.0)]


# --- a weekday the parser hung on the object: 'a rappelé le président ukrainien mardi' ----------
def test_a_day_after_the_object_dates_the_second_call_of_a_pair(parse):
    """'mardi' hung on 'président' dated nothing: the second call merged into the first."""
    text = "Olaf Scholz a parlé samedi avec Volodymyr Zelensky. Il a rappelé le président ukrainien mardi, après l'attaque sur Odessa."
    assert [(c.date, c.initiator) for _, c in _calls(parse, text, "2024-03-14")] == [("2024-03-09", None), ("2024-03-12", "Q61053")]


# --- 'a parlé deux heures avec Y': the partner hung on the length ------------------------------
@pytest.mark.parametrize("text", [
    "Emmanuel Macron a parlé deux heures avec Vladimir Poutine lundi.",
    "Le président Emmanuel Macron a finalement parlé deux heures avec Vladimir Poutine lundi.",
])
def test_a_partner_after_a_bare_length_is_the_verbs(parse, text):
    """The parser hangs 'avec Y' on 'heures': the talk had no partner and was no call."""
    assert [(names, c.date, c.duration_min) for names, c in _calls(parse, text, "2024-03-14")] == [
        (["Emmanuel Macron", "Vladimir Putin"], "2024-03-11", 120.0)]


# --- the futur antérieur that sums up: 'aura finalement parlé' ----------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Emmanuel Macron aura finalement parlé deux heures avec Olaf Scholz mardi.", [("occurred", "2024-03-12")]),
    ("Emmanuel Macron aura bien eu un entretien avec Olaf Scholz mardi, malgré les tensions.", [("occurred", "2024-03-12")]),
    ("Emmanuel Macron aura parlé avec Olaf Scholz d'ici vendredi.", [("planned", "2024-03-15")]),
])
def test_a_futur_anterieur_with_finalement_tells_a_call_that_took_place(parse, text, expected):
    assert [(c.status, c.date) for _, c in _calls(parse, text, "2024-03-14")] == expected


# --- a plan, then the call just named told in the passé composé --------------------------------
@pytest.mark.parametrize("text,expected", [
    ("Olaf Scholz devait s'entretenir mardi avec Emmanuel Macron. L'entretien a duré une heure, a précisé Berlin.",
     [("occurred", 60.0)]),
    ("Olaf Scholz doit s'entretenir vendredi avec Emmanuel Macron. L'entretien a été programmé de longue date.",
     [("planned", None)]),
])
def test_the_call_just_planned_told_as_done_took_place(parse, text, expected):
    """'L'entretien a duré une heure' after 'devait s'entretenir': the plan carried out, as 'a
    bien eu lieu' already was; 'a été programmé' only set it."""
    assert [(c.status, c.duration_min) for _, c in _calls(parse, text, "2024-03-14")] == expected


# --- adjectives before the call noun that the parser made the phrase's head --------------------
@pytest.mark.parametrize("text", [
    "Olaf Scholz a assuré mercredi avoir eu « un très bon » appel avec Emmanuel Macron.",
    "Olaf Scholz a assuré mercredi avoir eu un long et très productif appel avec Emmanuel Macron.",
])
def test_a_call_noun_after_quoted_or_coordinated_adjectives_is_a_call(parse, text):
    """'avoir eu « un très cordial » entretien avec Y': the parser made the adjective the object
    (its article hung on it) and left the noun apart: no call was read."""
    assert [names for names, _ in _calls(parse, text, "2024-03-12")] == [MACRON_SCHOLZ]


# --- a source with its own participle opening the sentence ---------------------------------------
def test_a_call_after_a_source_cited_by_an_outlet_is_read_unconfirmed(parse):
    """'Selon des responsables cités par Z, X aurait appelé Y': the parser made the source the root
    and the call verb a conjunct of 'cités'; the call had no caller and was lost."""
    text = "Selon des responsables iraniens cités par l'agence Tasnim, Hassan Rohani aurait appelé Emmanuel Macron dans la nuit."
    assert [(names, c.status) for names, c in _calls(parse, text, "2020-01-08")] == [
        (["Emmanuel Macron", "Hassan Rouhani"], "unconfirmed")]


# --- 'un appel auquel s'est joint X': X joins the call, X calls no one ------------------------
def test_who_joins_a_call_in_a_relative_clause_is_on_it_with_both_sides(parse):
    """'s'est joint' read as 'joindre' (to reach by phone) made X call both people of the sentence;
    'se joindre' joins: one call of the three."""
    text = ("Emmanuel Macron a reçu mercredi les vœux d'Olaf Scholz lors d'un appel auquel s'est joint "
            "Pedro Sánchez, a indiqué l'Élysée.")
    assert [names for names, _ in _calls(parse, text, "2024-03-14")] == [["Emmanuel Macron", "Olaf Scholz", "Pedro Sánchez"]]


# --- a person named in the event that dates the call ('après l'investiture de X') ----------------
@pytest.mark.parametrize("text", [
    "Emmanuel Macron a tenu mardi une visioconférence avec Olaf Scholz, quelques heures après l'élection de Donald Trump.",
    "Trois jours après l'élection de Donald Trump, Emmanuel Macron et Olaf Scholz se sont entretenus au téléphone.",
])
def test_who_the_event_dating_a_call_names_is_not_on_it(parse, text):
    """'avec Y, quelques heures après l'élection de Z' put Z on the call (the phrase hangs on the
    call noun); a sentence opened by such a phrase keeps the names after its comma, which the parser
    may hang on it."""
    assert [names for names, _ in _calls(parse, text, "2024-11-13")] == [MACRON_SCHOLZ]


@pytest.mark.parametrize("text", [
    "Un nouvel appel a eu lieu lundi avec Olaf Scholz, à quelques jours de l'investiture de Donald Trump, a annoncé Emmanuel Macron.",
    "Nouvel échange téléphonique lundi avec Olaf Scholz pour Emmanuel Macron, à deux semaines de la visite de Donald Trump.",
])
def test_who_the_event_a_call_is_counted_to_names_is_not_on_it(parse, text):
    """'à quelques jours de l'investiture de Z': a span counted to an event dates the call as
    'au lendemain de' does; Z, hung under the event, was put on the call when the clause named
    fewer than two people and the sentence was searched."""
    assert [names for names, _ in _calls(parse, text, "2024-11-13")] == [MACRON_SCHOLZ]


# --- the named speaker of an incise after a call whose clause has its own subject ----------------
def test_the_named_speaker_of_an_incise_is_not_on_a_call_its_clause_gives_a_subject(parse):
    """'Il doit appeler Y ..., a confirmé la porte-parole du gouvernement, X': X, named after her
    title, which the parser reads as the object of 'confirmé', filled the side 'Il' left empty;
    'Un appel a eu lieu avec Y, a annoncé X' (the call its subject) keeps X on it."""
    text = ("Il doit appeler Giorgia Meloni dans les prochains jours, a confirmé la porte-parole du gouvernement, "
            "Claire Dubois.")
    assert _calls(parse, text, "2025-03-04") == []


# --- 'ce dernier', 'celui-ci': the person named last --------------------------------------------
@pytest.mark.parametrize("text,pair", [
    ("Pedro Sánchez a reçu Olaf Scholz lundi. La veille, ce dernier avait eu un entretien téléphonique avec Emmanuel Macron.",
     MACRON_SCHOLZ),
    ("Olaf Scholz a été reçu lundi par Pedro Sánchez. Emmanuel Macron s'est ensuite entretenu avec ce dernier.",
     ["Emmanuel Macron", "Pedro Sánchez"]),
    ("Olaf Scholz a été reçu lundi par Pedro Sánchez. Emmanuel Macron a ensuite téléphoné à ce dernier.",
     ["Emmanuel Macron", "Pedro Sánchez"]),
    ("Pedro Sánchez a salué lundi Olaf Scholz, après un entretien téléphonique de celui-ci avec Emmanuel Macron.",
     MACRON_SCHOLZ),
])
def test_ce_dernier_is_the_person_named_last_other_than_the_caller(parse, text, pair):
    """'ce dernier' named nobody: the call had one side (or the subject of the sentence for a caller)."""
    assert [names for names, _ in _calls(parse, text, "2024-03-12")] == [pair]


# --- a talk at a seat of government is in person ------------------------------------------------
def test_a_talk_at_the_white_house_is_a_meeting(parse):
    text = "Joe Biden s'est entretenu jeudi avec Olaf Scholz à la Maison Blanche."
    assert _calls(parse, text, "2024-03-15") == []


@pytest.mark.parametrize("text", [
    "Le président brésilien Lula s'était entretenu avec le président chinois Xi Jinping de ce dossier lors de sa "
    "visite d'État à Pékin, en avril.",
    "Le ministre Jean-Noël Barrot s'est ensuite rendu au palais présidentiel, où il s'est entretenu avec Joseph Aoun.",
    "Emmanuel Macron s'est ensuite rendu au Grand Sérail, où il s'est entretenu pendant une heure avec Nawaf Salam.",
    "Arrivé lundi à Rome pour une visite de trois jours, Emmanuel Macron a été reçu au Quirinal par Sergio Mattarella. "
    "Il s'est ensuite rendu au palais Chigi, où il s'est entretenu pendant une heure avec Giorgia Meloni.",
])
def test_a_talk_during_a_visit_or_where_one_went_is_a_meeting(parse, text):
    """'avec Y à ce sujet lors de sa visite': the parser hangs the visit on the partner; 'se rendre
    au palais X, où il s'est entretenu avec Y': the relative 'où' places the talk where one went
    (whatever the place's name). The visit told before only names who 'il' is."""
    assert _calls(parse, text, "2024-03-12") == []


def test_a_talk_by_phone_where_one_went_is_still_a_call(parse):
    text = "Emmanuel Macron s'est rendu à Toulon, où il s'est entretenu par téléphone avec Olaf Scholz."
    assert [names for names, _ in _calls(parse, text, "2024-03-12")] == [MACRON_SCHOLZ]


# --- an attempt still to make is a plan ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Le chancelier allemand tentera une nouvelle fois de joindre Vladimir Poutine dans les prochains jours.",
    "Olaf Scholz va tenter de joindre Vladimir Poutine cette semaine.",
])
def test_an_attempt_to_come_is_a_planned_call(parse, text):
    """'tentera de joindre Y' was read as a failed attempt (denied), or as a call that took place."""
    assert _statuses(parse, text, "2024-03-12") == ["planned"]


# --- a medium of the clause's verb, beside a call word deeper in a phrase ------------------------
def test_a_medium_tells_the_clauses_verb_not_a_call_noun_deeper_in_a_phrase(parse):
    """'a informé par téléphone A et B de la teneur de l'échange': 'par téléphone' was read as how
    'l'échange' took place (the same clause), and the calls to A and B were lost."""
    text = ("Olaf Scholz et Xi Jinping se sont parlé lundi par visioconférence. Olaf Scholz a ensuite informé par "
            "téléphone Emmanuel Macron et Pedro Sánchez de la teneur de l'échange.")
    calls = _calls(parse, text, "2024-03-12")
    assert [names for names, c in calls if c.medium == "video"] == [["Olaf Scholz", "Xi Jinping"]]
    assert {n for names, c in calls if c.medium == "phone" for n in names} == {"Emmanuel Macron", "Olaf Scholz", "Pedro Sánchez"}


# --- 'son appel' under a participle that qualifies a noun ----------------------------------------
def test_the_possessor_of_a_call_under_a_noun_participle_is_the_clauses_subject(parse):
    """'X a publié le compte rendu de son appel avec Y': 'son' was looked for on 'rendu', which has
    no subject: the call had Y alone."""
    text = "Olaf Scholz a publié mercredi le compte rendu de son appel du 4 mars avec Emmanuel Macron."
    assert [(names, c.date) for names, c in _calls(parse, text, "2024-03-13")] == [(MACRON_SCHOLZ, "2024-03-04")]


# --- '... un appel de son homologue, le président Y, indique un communiqué' --------------------------
@pytest.mark.parametrize("text,pair", [
    ("Le Président de la République, Kaïs Saïed, a reçu, mardi, un appel téléphonique de son frère, le Président de la "
     "République de Côte d'Ivoire, Alassane Ouattara, indique un communiqué de la Présidence de la République.",
     ["Alassane Ouattara", "Kais Saied"]),
    ("Le Premier ministre, Aziz Akhannouch, a reçu, mardi, un appel téléphonique de son homologue, le Président du "
     "gouvernement espagnol, Pedro Sánchez, indique un communiqué du département du chef du gouvernement.",
     ["Aziz Akhannouch", "Pedro Sánchez"]),
    ("Le président de la République, M. Abdelmadjid Tebboune, a reçu mardi un appel téléphonique de son frère, le "
     "président de l'État de Palestine, M. Mahmoud Abbas, indique un communiqué de la présidence de la République.",
     ["Abdelmadjid Tebboune", "Mahmoud Abbas"]),
])
def test_a_caller_set_off_by_commas_before_an_incise_is_the_callers_apposition(parse, text, pair):
    """The parser read the call noun and the caller's title both as subjects of 'indique'; the
    mend of the first left the title the incise's subject, and the call had no caller. Or it read
    the caller's title as the incise's subject and its source as the object, the clause keeping its
    own object: the call had no caller, and no call was found."""
    assert [(sorted(names), c.date, c.initiator is not None) for names, c in _calls(parse, text, "2024-07-05")] == [
        (pair, "2024-07-02", True)]


# --- 'les présidents français A, colombien B et brésilien C': a demonym before each name ---------
def test_each_name_of_a_list_after_its_own_adjective_of_country_is_on_the_call(parse):
    """The adjective of country before the second name, read as a noun set off after the first
    name, is no description of that name: the name it opens is on the call too."""
    text = ("Les présidents français Emmanuel Macron, colombien Gustavo Petro et brésilien Luiz Inácio Lula da Silva "
            "ont eu lundi un entretien téléphonique à trois sur le climat, a annoncé l'Élysée.")
    assert [names for names, _ in _calls(parse, text)] == [["Emmanuel Macron", "Gustavo Petro", "Luiz Inácio Lula da Silva"]]


# --- 'X avait sollicité un entretien avec Y, mais celui-ci n'a pas pu avoir lieu' ----------------
def test_a_requested_call_that_could_not_take_place_was_denied_and_has_no_day(parse):
    """The call asked for, taken up by the pronoun of the clause joined to the request, did not take
    place: denied, and 'également' gives it no day of the call told before."""
    text = ("Olaf Scholz a appelé lundi Emmanuel Macron. Le chancelier avait également sollicité un entretien "
            "téléphonique avec Narendra Modi, mais celui-ci n'a pas pu avoir lieu.")
    assert _pairs(parse, text) == [(tuple(MACRON_SCHOLZ), "occurred", "2024-03-11"),
                                   (("Narendra Modi", "Olaf Scholz"), "denied", None)]
    text = "Olaf Scholz avait demandé un entretien avec Javier Milei, mais il n'a finalement pas eu lieu."
    assert _pairs(parse, text) == [(("Javier Milei", "Olaf Scholz"), "denied", None)]
    # the parser hangs the clause joined to the request on the partner's name
    text = "Le chancelier Olaf Scholz avait sollicité un entretien téléphonique avec Narendra Modi, mais celui-ci n'a pas eu lieu."
    assert _pairs(parse, text, "2024-05-28") == [(("Narendra Modi", "Olaf Scholz"), "denied", None)]


@pytest.mark.parametrize("text,pair", [
    ("Pedro Sánchez a parlé lundi avec Giorgia Meloni. Il avait aussi sollicité un entretien téléphonique avec "
     "Narendra Modi, mais celui-ci n'a pas pu avoir lieu.", ("Narendra Modi", "Pedro Sánchez")),
    ("Giorgia Meloni a reçu mercredi Keir Starmer à Rome. Elle a ensuite demandé un échange avec Javier Milei, "
     "mais il n'a pas eu lieu.", ("Giorgia Meloni", "Javier Milei")),
])
def test_a_call_requested_by_a_pronoun_is_between_the_person_it_means_and_the_partner(parse, text, pair):
    """'Il avait demandé un entretien avec Y': who asks for a call with Y would be on it; the
    request verb's subject, 'il' or 'elle' read back to the person last named as a subject."""
    assert (pair, "denied", None) in _pairs(parse, text)


# --- 'un appel de Son Altesse l'émir X': the caller past a form of address ------------------------
@pytest.mark.parametrize("text,caller", [
    ("Le roi Mohammed VI a reçu lundi un appel téléphonique de Son Altesse l'émir du Koweït, cheikh Mechaal "
     "al-Ahmad al-Jaber al-Sabah.", "mishal-al-ahmad-al-jaber-al-sabah"),
    ("Le président Macky Sall a reçu mardi un appel téléphonique de Son Excellence le président ghanéen, "
     "M. Nana Akufo-Addo.", "nana-akufo-addo"),
    ("Olaf Scholz a reçu mardi un appel téléphonique de Sa Majesté le roi Charles III.", "charles-iii"),
])
def test_the_caller_addressed_by_a_form_of_address_placed_the_call(parse, text, caller):
    """'de Son Altesse', naming no one, addresses the description after it, which the parser hangs
    beside it on the call noun: that description (or the name set off after it) is the caller."""
    assert [c.initiator for _, c in _calls(parse, text)] == [caller]


@pytest.mark.parametrize("text,pair,caller", [
    ("Le président Tebboune a reçu un appel téléphonique de Sa Majesté le roi Abdallah II.",
     ["Abdelmadjid Tebboune", "Abdullah II of Jordan"], "abdullah-ii-of-jordan"),
    ("Emmanuel Macron a appelé Sa Majesté le roi Mohammed VI mardi.", ["Emmanuel Macron", "Mohammed VI"], "Q3052772"),
    ("Emmanuel Macron a appelé Son Altesse l'émir Tamim ben Hamad Al Thani mardi.",
     ["Emmanuel Macron", "Tamim bin Hamad Al Thani"], "Q3052772"),
])
def test_a_title_the_parser_hung_beside_its_form_of_address_is_that_person(parse, text, pair, caller):
    """'a appelé Sa Majesté le roi X', 'un appel de Sa Majesté le roi X': the parser may hang 'le roi
    X' on the verb beside the form of address, as a second object; the call then had no one known on
    its other end, or no caller. The title is the address's apposition: one person."""
    assert [(names, c.initiator) for names, c in _calls(parse, text, "2024-03-13")] == [(pair, caller)]


# --- a source between commas between the conditional auxiliary and its participle ---------------
@pytest.mark.parametrize("text", [
    "Emmanuel Macron aurait, selon nos informations, appelé Vladimir Poutine dimanche soir.",
    "Dimanche soir, le président Emmanuel Macron aurait, d'après une source proche de l'Élysée, échangé avec Vladimir "
    "Poutine par téléphone.",
])
def test_a_conditional_split_by_a_source_between_commas_is_unconfirmed(parse, text):
    """'X aurait, selon nos informations, appelé Y': the parser hung 'aurait' and the source both on
    X, read as the root, or made the source the root with 'aurait' its auxiliary; the participle
    alone said a call took place. A source of five words between the commas too."""
    assert [(names, c.status, c.date) for names, c in _calls(parse, text, "2024-06-10")] == [
        (["Emmanuel Macron", "Vladimir Putin"], "unconfirmed", "2024-06-09")]


# --- a call planned, then called off in a clause joined after it --------------------------------
@pytest.mark.parametrize("text,status", [
    ("Olaf Scholz et Pedro Sánchez devaient se parler mardi, mais l'appel a finalement été annulé.", "denied"),
    ("Olaf Scholz devait appeler Pedro Sánchez mardi, mais l'entretien a été annulé à la dernière minute.", "denied"),
    ("Olaf Scholz et Pedro Sánchez devaient se parler mardi, mais l'appel a été reporté.", "planned"),
])
def test_a_planned_call_called_off_in_the_next_clause_is_denied(parse, text, status):
    assert _statuses(parse, text, "2024-06-10") == [status]


# --- 'lors d'un appel commun': one call of everyone named -----------------------------------------
def test_partners_listed_on_a_joint_call_are_one_call(parse):
    text = ("Justin Trudeau s'est entretenu samedi avec Emmanuel Macron, Olaf Scholz et Pedro Sánchez "
            "lors d'un appel commun.")
    assert [names for names, _ in _calls(parse, text, "2024-03-17")] == [
        ["Emmanuel Macron", "Justin Trudeau", "Olaf Scholz", "Pedro Sánchez"]]


# --- a group the gazetteer knows by its members: 'les dirigeants des pays baltes' ----------------
def test_the_leaders_of_the_baltic_states_are_the_leaders_of_their_three_countries(parse):
    text = "Olaf Scholz s'est entretenu mardi par téléphone avec les dirigeants des pays baltes."
    [(names, call)] = _calls(parse, text, "2022-03-01")
    assert len(names) == 4 and "Olaf Scholz" in names and call.status == "occurred"


# --- a name after the verb read as its adverbs ----------------------------------------------------
def test_a_name_read_as_adverbs_of_the_call_verb_is_its_object(parse):
    """'X appellera Donald Trump jeudi': 'Donald' and 'Trump' were read as adverbs of the verb,
    which then called no one (last stop's open item)."""
    assert [(names, c.status, c.date) for names, c in _calls(parse, "Volodymyr Zelensky appellera Donald Trump jeudi.", "2025-02-11")] == [
        (["Donald Trump", "Volodymyr Zelensky"], "planned", "2025-02-13")]


# --- quotes inside a phrase that rules out a call -------------------------------------------------
def test_no_reason_to_call_in_quotes_is_no_call(parse):
    """'n'avait « aucune raison » de parler à Y': the closing quote kept the infinitive off the noun
    ('n'a aucune raison de l'appeler' was already no call), and a call was read as made."""
    text = "Olaf Scholz a déclaré qu'il n'avait « aucune raison » de parler à Vladimir Poutine pour le moment."
    assert _calls(parse, text, "2024-03-12") == []


# --- 'à deux reprises, lundi et mercredi': a call each day ---------------------------------------
@pytest.mark.parametrize("text,published,days", [
    ("Olaf Scholz et Emmanuel Macron se sont entretenus par téléphone à deux reprises cette semaine, lundi et mercredi.",
     "2024-03-14", ["2024-03-11", "2024-03-13"]),
    ("Olaf Scholz et Emmanuel Macron se sont parlé à deux reprises, lundi et mercredi.", "2024-03-14", ["2024-03-11", "2024-03-13"]),
    ("Olaf Scholz et Emmanuel Macron s'étaient déjà parlé à deux reprises, en février et en septembre.", "2023-11-16",
     ["2023-02", "2023-09"]),
])
def test_repeated_calls_with_as_many_days_are_one_a_day(parse, text, published, days):
    """One call a day (or month), each told once, in the past for a past tense ('février' before November)."""
    assert sorted(c.date for _, c in _calls(parse, text, published)) == days


# --- 'le deuxième appel entre eux ... Le 5 mars, ils avaient déjà fait le point': the earlier call ----------
@pytest.mark.parametrize("text,days", [
    ("Emmanuel Macron s'est entretenu au téléphone mardi avec Olaf Scholz. Il s'agit du deuxième échange téléphonique "
     "entre les deux dirigeants en une semaine. Le 5 mars, ils avaient déjà fait le point sur la guerre en Ukraine.",
     ["2024-03-05", "2024-03-12"]),
    ("Emmanuel Macron a appelé mardi Olaf Scholz. C'est leur troisième appel depuis janvier. "
     "Le 5 mars, ils avaient déjà évoqué l'aide à l'Ukraine.", ["2024-03-05", "2024-03-12"]),
    ("Emmanuel Macron a appelé mardi Olaf Scholz. Les deux dirigeants ont parlé de l'Ukraine. "
     "Le 5 mars, ils avaient déjà fait le point sur la guerre.", ["2024-03-12"]),
])
def test_talk_told_in_the_past_after_a_count_of_calls_is_the_earlier_call(parse, text, days):
    """After a count of the pair's calls, 'ils avaient déjà fait le point' on another day is an
    earlier call of theirs; with no count, it may be anything."""
    calls = _calls(parse, text, "2024-03-12")
    assert all(names == MACRON_SCHOLZ for names, _ in calls) and sorted(c.date for _, c in calls) == days


# --- 'a indiqué mercredi qu'il parlerait à Y': the clause is the verb's, not the day's ------------
def test_a_that_clause_after_a_day_is_the_reporting_verbs(parse):
    """The parser read 'qu'il parlerait à Y' as a relative clause of 'mercredi': the conditional was
    no future of an announcement, and the plan was read unconfirmed."""
    text = "Olaf Scholz a indiqué mercredi qu'il parlerait à Emmanuel Macron."
    assert [(names, c.status) for names, c in _calls(parse, text, "2024-03-14")] == [(MACRON_SCHOLZ, "planned")]


# --- 'a appelé dans la soirée le président Y': the object after an adverbial phrase -------------
@pytest.mark.parametrize("text", [
    "Emmanuel Macron a appelé dans la soirée le chancelier allemand pour évoquer l'énergie.",
    "Emmanuel Macron a aussi appelé dans la matinée le chancelier allemand.",
    "Emmanuel Macron a joint dans l'après-midi le chancelier allemand.",
])
def test_a_person_called_after_an_adverbial_phrase_is_called(parse, text):
    """The parser hung the object on the phrase's noun ('soirée', 'fil') as a complement with no
    preposition, or as its adjective: the call had no one called."""
    assert [names for names, _ in _calls(parse, text)] == [MACRON_SCHOLZ]


def test_people_had_on_the_line_one_after_another_are_a_call_each(parse):
    """'au bout du fil' is a call noun that names its medium, as 'au téléphone': the clause of the
    verb 'avoir' is the call, whose subject spoke with each person in turn (it was one call of three)."""
    text = "Emmanuel Macron a eu mardi au bout du fil son homologue américain, puis le chancelier allemand."
    assert sorted(names for names, _ in _calls(parse, text)) == [["Emmanuel Macron", "Joe Biden"], MACRON_SCHOLZ]


# --- 'X s'est quant à lui entretenu avec Y': a stressed pronoun opened by 'quant à' ---------------
@pytest.mark.parametrize("text", [
    "Olaf Scholz a plaidé lundi pour la retenue. Emmanuel Macron s'est quant à lui entretenu samedi avec Vladimir Poutine.",
    "Olaf Scholz a plaidé lundi pour la retenue. Emmanuel Macron a quant à lui appelé samedi Vladimir Poutine.",
])
def test_quant_a_lui_is_no_second_person_on_the_call(parse, text):
    """'lui' was read as the participle's complement in 'à': the person named before joined the
    call (and after 'est', the participle lost its subject)."""
    assert [names for names, _ in _calls(parse, text)] == [["Emmanuel Macron", "Vladimir Putin"]]


# --- 'le même jour': the day told before, also when nothing before was a call --------------------
@pytest.mark.parametrize("text", [
    "Olaf Scholz a exclu lundi l'envoi de missiles. Il s'est entretenu le même jour avec Emmanuel Macron par téléphone.",
    "Olaf Scholz a exclu lundi l'envoi de missiles et s'est entretenu le même jour avec Emmanuel Macron.",
])
def test_the_same_day_is_the_day_told_before(parse, text):
    """It was the day of the article's first call, and with none, the publication's day."""
    assert [(names, c.date) for names, c in _calls(parse, text, "2024-02-27")] == [(MACRON_SCHOLZ, "2024-02-26")]


# --- 'X a appelé Y. L'appel a duré quarante minutes': a call lasts, an appeal does not -----------
@pytest.mark.parametrize("text", [
    "Emmanuel Macron a appelé lundi Olaf Scholz. L'appel a duré quarante minutes.",
    "Emmanuel Macron a parlé lundi avec Olaf Scholz. L'appel a duré quarante minutes, selon l'Elysée.",
])
def test_the_call_that_lasted_is_the_call_told_before(parse, text):
    """'appel' alone may be an appeal, so it named no call after one told; the length was lost."""
    assert [(names, c.duration_min) for names, c in _calls(parse, text)] == [(MACRON_SCHOLZ, 40)]


# --- 'X a reçu mercredi Y. Les deux hommes s'étaient parlé ...': the pair after a day, or an agent -
@pytest.mark.parametrize("text", [
    "Emmanuel Macron a reçu mercredi Olaf Scholz à l'Elysée. Les deux hommes s'étaient parlé au téléphone le 2 avril.",
    "Olaf Scholz a été reçu mercredi à l'Elysée par Emmanuel Macron. Les deux hommes s'étaient parlé au téléphone le 2 avril.",
])
def test_the_two_men_are_the_subject_and_the_person_met_after_a_day_or_by_an_agent(parse, text):
    """The person met was looked for among the verb's objects and 'avec' phrases only: one hung on
    the day before it, or the agent of a passive, left 'les deux hommes' no one, and the call none."""
    assert [(names, c.date) for names, c in _calls(parse, text, "2024-04-25")] == [(MACRON_SCHOLZ, "2024-04-02")]


# --- a past denial followed by a wish: the denial stands -----------------------------------------
def test_a_denial_in_the_pluperfect_stands_when_no_call_is_named_beside_it(parse):
    """The pluperfect denial was dropped as one of calls before another ('X a eu un entretien avec Y.
    Ils ne s'étaient pas parlé depuis un mois'), and the conversation wished for made the call occur."""
    text = ("Olaf Scholz a indiqué lundi qu'il n'avait toujours pas parlé à Emmanuel Macron depuis la crise. "
            "« Je reste ouvert à une conversation », a-t-il ajouté.")
    assert [(names, c.status) for names, c in _calls(parse, text)] == [(MACRON_SCHOLZ, "denied")]


# --- 'X a présidé mardi un conseil. Dans la soirée, il a appelé Y': the evening of the day told ---
def test_a_call_in_the_evening_of_a_day_told_before_with_no_call_is_on_that_day(parse):
    """'dans la soirée' took the day of the article's first call, and with none the publication's."""
    text = "Olaf Scholz a présidé mardi un conseil des ministres. Dans la soirée, il a téléphoné à Emmanuel Macron."
    assert [(names, c.date) for names, c in _calls(parse, text, "2024-03-14")] == [(MACRON_SCHOLZ, "2024-03-12")]


@pytest.mark.parametrize("text,pair", [
    ("Le président élu Donald Trump a dîné vendredi soir avec Justin Trudeau. Les deux dirigeants avaient eu une "
     "conversation téléphonique le 25 novembre.", ["Donald Trump", "Justin Trudeau"]),  # the name read as the role's
    ("Le chancelier Olaf Scholz a reçu mercredi Emmanuel Macron à Berlin. Les deux hommes s'étaient parlé au téléphone "
     "le 25 novembre.", MACRON_SCHOLZ),  # the guest read as the last part of the day's name
])
def test_the_two_men_are_a_role_with_its_name_and_a_guest_misread(parse, text, pair):
    """A subject written as a role with the name after it ('le président élu X') was no subject of
    the pair, nor a name the parser hung on the day before it as part of a name its guest."""
    assert [(names, c.date) for names, c in _calls(parse, text, "2024-12-02")] == [(pair, "2024-11-25")]



# --- who placed the call, said otherwise than by its verb's subject --------------------------
@pytest.mark.parametrize("text, caller", [
    # the passive participle with no auxiliary: no 'a été' marks it, and at the head of the sentence
    # the tagger reads 'Joint' as a name; the agent 'par X' still placed the call
    ("Emmanuel Macron, joint par téléphone mardi par Olaf Scholz, a salué l'accord.", "Q61053"),
    ("Joint par téléphone par son homologue allemand Olaf Scholz, Emmanuel Macron a salué mardi l'accord.", "Q61053"),
    # 'une communication de Y' is said as 'un appel de Y'
    ("Emmanuel Macron a reçu mardi une communication téléphonique de son homologue allemand Olaf Scholz.", "Q61053"),
    ("Le président Emmanuel Macron a reçu lundi une communication téléphonique d'Olaf Scholz.", "Q61053"),
    # who asks for a call they are not on (nor their country) did not initiate it; a side on it did
    ("Emmanuel Macron a appelé mardi Olaf Scholz, à la demande de Joe Biden.", "Q3052772"),
    ("Emmanuel Macron a parlé mardi avec Olaf Scholz, à la demande de Berlin.", "Q61053"),
])
def test_the_caller_named_by_an_agent_a_source_or_a_request(parse, text, caller):
    (names, call), = _calls(parse, text)
    assert names == MACRON_SCHOLZ and call.initiator == caller


# --- 'Avant cet appel, X avait parlé avec Y': the day of the call it refers to ---------------
@pytest.mark.parametrize("text", [
    "Olaf Scholz s'est entretenu lundi avec Vladimir Poutine. Avant cet appel, le chancelier avait parlé avec Emmanuel Macron.",
    "Olaf Scholz s'est entretenu lundi avec Vladimir Poutine. Après l'échange, il s'est entretenu avec Emmanuel Macron.",
])
def test_a_call_just_before_or_after_one_told_is_on_its_day(parse, text):
    """Neither undated (the pluperfect) nor of the publication's day: the call it hangs on was Monday."""
    dated = {tuple(names): c.date for names, c in _calls(parse, text, "2024-03-13")}
    assert dated[tuple(MACRON_SCHOLZ)] == "2024-03-11"


# --- 'à plusieurs reprises depuis X, la dernière fois mardi': the day of the last call --------
def test_the_last_of_repeated_calls_since_an_event_is_dated_by_its_own_phrase(parse):
    """'depuis' before the day kept it from dating the call ('the first call since the
    inauguration, on 20 January'), though the day hangs on a phrase of its own after it."""
    text = "Emmanuel Macron a parlé à plusieurs reprises avec Olaf Scholz depuis le début de la crise, la dernière fois mardi."
    assert [(names, c.date) for names, c in _calls(parse, text, "2024-03-13")] == [(MACRON_SCHOLZ, "2024-03-12")]


@pytest.mark.parametrize("opening", ["Plus tard dans la journée", "Dans l'après-midi"])
def test_a_subject_after_an_opening_adjunct_before_a_reflexive_verb_is_the_one_il_means_next(parse, opening):
    """'Plus tard dans la journée, X s'est entretenu avec Y': the parser may hang X on the adjunct
    as its apposition; with the verb opened by its reflexive clitic, X was no subject, and 'il'
    in the next sentence meant the subject before it."""
    text = (f"Emmanuel Macron a appelé lundi Joe Biden. {opening}, Olaf Scholz s'est également entretenu avec "
            "Joe Biden. Il doit par ailleurs appeler jeudi Xi Jinping.")
    assert ("Olaf Scholz", "Xi Jinping") in [tuple(sorted(names)) for names, _ in _calls(parse, text, "2024-10-09")]


@pytest.mark.parametrize("second", [
    "Le président kazakh s'est lui aussi entretenu avec lui par téléphone.",
    "Dans la soirée, le président kazakh s'est entretenu avec lui par téléphone.",
])
def test_avec_lui_is_the_person_last_named_as_a_subject(parse, second):
    """'Y s'est lui aussi entretenu avec lui': 'lui' is the leader the article spoke of as its
    subject, as for 'Y l'a appelé'; read as pointing back at a call of Y's, it found none and the
    call was lost."""
    text = f"Vladimir Poutine a reçu dimanche un appel de l'émir du Qatar. {second}"
    pairs = [tuple(sorted(names)) for names, _ in _calls(parse, text, "2023-06-26")]
    assert ("Kassym-Jomart Tokayev", "Vladimir Putin") in pairs


def test_joint_tagged_as_a_noun_after_its_auxiliary_is_the_participle_of_joindre(parse):
    """'X a lui aussi joint M. Y': the tagger may take 'joint' for a noun; the participles of the
    call verbs read so were only those of verbs in -er and -enir, not 'joindre'."""
    text = ("Le président nigérian Bola Tinubu s'est entretenu lundi par téléphone avec le président déchu Mohamed Bazoum. "
            "Le président sénégalais Macky Sall a lui aussi joint M. Bazoum, selon son entourage.")
    pairs = [tuple(sorted(names)) for names, _ in _calls(parse, text, "2023-08-01")]
    assert ("Macky Sall", "Mohamed Bazoum") in pairs


@pytest.mark.parametrize("text,pair,day", [
    ("Donald Trump avait échangé avec son prédécesseur, Justin Trudeau, le 3 février.", ["Donald Trump", "Justin Trudeau"], "2025-02-03"),
    ("Emmanuel Macron a échangé mardi avec son prédécesseur, François Hollande, sur l'Ukraine.",
     ["Emmanuel Macron", "François Hollande"], "2025-03-25"),
])
def test_a_name_after_the_partner_s_comma_hung_on_the_verb_is_the_partner(parse, text, pair, day):
    """'avec son prédécesseur, X,': the parser may hang X on the verb as its apposition; the
    phrase in 'avec' then named no one known, and the talk had no partner."""
    assert [(names, call.date) for names, call in _calls(parse, text, "2025-03-26")] == [(pair, day)]


@pytest.mark.parametrize("text", [
    "Le président ukrainien a été appelé par le président Emmanuel Macron dimanche.",  # the day hung on the agent
    "Le président ukrainien a été appelé dimanche par le président Emmanuel Macron.",  # the agent hung on the day
])
def test_called_in_the_passive_by_a_leader_named_with_a_title_is_a_call(parse, text):
    """'X a été appelé par le président Y': the words right after 'appelé' ('par le président')
    hold no name, and only they were read for the person called or calling."""
    assert [(names, call.initiator, call.date) for names, call in _calls(parse, text, "2024-06-07")] == [
        (["Emmanuel Macron", "Volodymyr Zelensky"], "Q3052772", "2024-06-02")]


@pytest.mark.parametrize("text", [
    "Le Kremlin a démenti lundi tout contact téléphonique récent entre Vladimir Poutine et des dirigeants occidentaux. "
    "« Il n'y a eu aucune conversation », a assuré le porte-parole. Angela Merkel s'est entretenue la semaine dernière avec Olaf Scholz.",
    "Berlin a démenti mardi tout échange entre Olaf Scholz et des responsables russes. « Aucun appel n'a eu lieu », a insisté "
    "son porte-parole. Le chancelier Olaf Scholz a en revanche parlé lundi au téléphone avec Emmanuel Macron.",
])
def test_a_denial_naming_nobody_does_not_deny_the_call_told_after_it(parse, text):
    """Whom the quoted denial is about is unknown: the call told next took place all the same."""
    assert _statuses(parse, text, "2024-01-16") == ["occurred"]


@pytest.mark.parametrize("text,pair", [
    ("Emmanuel Macron est arrivé mardi à Alger pour rencontrer Abdelmadjid Tebboune. "
     "Les deux chefs d'Etat s'étaient entretenus au téléphone le 12 janvier.", ["Abdelmadjid Tebboune", "Emmanuel Macron"]),
    ("Olaf Scholz a décidé de recevoir Emmanuel Macron la semaine prochaine. Ils s'étaient parlé au téléphone le 12 janvier.",
     ["Emmanuel Macron", "Olaf Scholz"]),
])
def test_the_pair_pointed_back_to_is_the_subject_and_whom_its_infinitive_acts_on(parse, text, pair):
    """'X se rendra à Y pour rencontrer Z. Les deux hommes s'étaient parlé': the infinitive has
    the subject's doer, so the two are X and Z, and their earlier call is one."""
    assert _pairs(parse, text, "2023-02-08") == [(tuple(pair), "occurred", "2023-01-12")]


@pytest.mark.parametrize("text", [
    "Joint par téléphone mercredi par Emmanuel Macron, Donald Trump a promis de travailler ensemble sur l'Ukraine.",
    "Joint par téléphone mardi soir par Emmanuel Macron, le chancelier Olaf Scholz a salué une position commune.",
])
def test_the_agent_of_a_leading_participle_hung_on_the_day_placed_the_call(parse, text):
    """The parser hangs 'par X' on the day between the participle and it: X is still who called."""
    [(names, call)] = _calls(parse, text, "2024-11-07")
    assert load().actors[call.initiator].label == "Emmanuel Macron"


@pytest.mark.parametrize("text,expected", [
    ("Olaf Scholz a téléphoné vendredi à Vladimir Poutine, une première depuis décembre 2022. L'échange a duré environ une heure.",
     [("2022-12", None), ("2024-11-15", 60)]),
    ("Emmanuel Macron a appelé jeudi Vladimir Poutine, une première depuis septembre 2022. La conversation a duré deux heures.",
     [("2022-09", None), ("2024-11-14", 120)]),
])
def test_what_follows_a_call_is_not_about_the_earlier_one_named_in_passing(parse, text, expected):
    """'une première depuis décembre 2022' names the last call in passing; 'l'échange' next is the call of the news."""
    assert sorted((call.date, call.duration_min) for _, call in _calls(parse, text, "2024-11-16")) == expected


@pytest.mark.parametrize("text", [
    "Le président Isaac Herzog et le Premier ministre Benyamin Netanyahou ont reçu lundi des appels du président américain Joe Biden.",
    "Emmanuel Macron et Olaf Scholz ont reçu mardi des appels de Joe Biden.",
])
def test_calls_in_the_plural_received_by_several_are_one_each(parse, text):
    """Each receiver of 'des appels de Z' had their own call with Z, not one call of the three."""
    calls = _calls(parse, text, "2023-10-10")
    assert len(calls) == 2 and all(len(names) == 2 and "Joe Biden" in names for names, _ in calls)


@pytest.mark.parametrize("text", [
    "Abdelmadjid Tebboune et Emmanuel Macron se sont parlé au téléphone en février et en septembre, selon l'Elysée.",
    "Emmanuel Macron s'est entretenu au téléphone avec Olaf Scholz en février et en septembre.",
])
def test_two_months_joined_by_et_are_two_calls(parse, text):
    """'en février et en septembre': a call each month, as 'le 12 et le 20 septembre' is a call each day."""
    assert sorted(call.date for _, call in _calls(parse, text, "2020-12-02")) == ["2020-02", "2020-09"]


def test_a_call_noun_beside_the_dated_call_of_the_pair_pointed_back_to_is_that_call(parse):
    """'Ils ont échangé en décembre, lors d'un entretien consacré à X': one call, December's."""
    text = ("Lula se rendra vendredi à Washington pour rencontrer Joe Biden. Depuis, ils ont échangé par visioconférence "
            "en décembre, lors d'un entretien consacré à la protection de l'Amazonie.")
    assert [(call.date, call.medium) for _, call in _calls(parse, text, "2023-02-08")] == [("2022-12", "video")]


@pytest.mark.parametrize("text", [
    "Donald Trump a affirmé avoir eu un très bon échange avec Vladimir Poutine la semaine précédente.",
    "Emmanuel Macron s'était entretenu avec Olaf Scholz la semaine précédente, selon l'Elysée.",
])
def test_the_week_before_is_no_day_but_its_month(parse, text):
    """'la semaine précédente' is a span of days, as 'la semaine dernière': not the publication day."""
    assert [call.date for _, call in _calls(parse, text, "2025-06-23")] == ["2025-06"]


@pytest.mark.parametrize("text", [
    "Olaf Scholz a convoqué mardi soir une visioconférence avec les dirigeants européens. Emmanuel Macron, "
    "Giorgia Meloni et Pedro Sánchez y ont participé.",
    "Olaf Scholz a organisé mardi une visioconférence sur l'Ukraine. Emmanuel Macron et Giorgia Meloni y ont pris part.",
])
def test_leaders_who_took_part_in_a_video_meeting_told_of_its_host_alone_are_on_it(parse, text):
    """'y ont participé' right after a video meeting of which only its host was named: that meeting."""
    (names, call), = _calls(parse, text)
    assert "Olaf Scholz" in names and "Emmanuel Macron" in names and "Giorgia Meloni" in names
    assert (call.medium, call.date) == ("video", "2024-03-12")




def test_who_convened_a_video_meeting_initiated_it_and_a_call_a_little_earlier_is_of_its_day(parse):
    text = ("Olaf Scholz a convoqué mardi une visioconférence avec les dirigeants européens. Emmanuel Macron et "
            "Giorgia Meloni y ont participé. Olaf Scholz s'était entretenu un peu plus tôt au téléphone avec Joe Biden.")
    assert sorted((names, call.initiator, call.date, call.medium) for names, call in _calls(parse, text, "2024-03-14")) == [
        (["Emmanuel Macron", "Giorgia Meloni", "Olaf Scholz"], "Q61053", "2024-03-12", "video"),
        (["Joe Biden", "Olaf Scholz"], None, "2024-03-12", "phone")]


@pytest.mark.parametrize("text,caller", [
    ("Appelé mercredi par Emmanuel Macron, Olaf Scholz a promis de nouvelles livraisons d'armes.", "Q3052772"),
    ("Emmanuel Macron et Olaf Scholz se sont entretenus mercredi au téléphone. C'est M. Macron qui avait appelé.", "Q3052772"),
])
def test_who_called_by_an_agent_after_a_day_or_in_a_cleft_initiated_the_call(parse, text, caller):
    """'Appelé mercredi par X' (the agent read as the day's complement); 'c'est M. X qui avait
    appelé' after the call (a relative of the civility and name, no object of its own)."""
    assert [(names, call.initiator) for names, call in _calls(parse, text)] == [(MACRON_SCHOLZ, caller)]


@pytest.mark.parametrize("text", [
    "Joint mercredi par le président Emmanuel Macron, le chancelier Olaf Scholz a promis de nouvelles livraisons d'obus.",
    "Joint par Emmanuel Macron, Olaf Scholz a assuré que Berlin tiendrait ses engagements.",
])
def test_joint_by_a_leader_with_no_medium_is_a_call_he_placed(parse, text):
    """'Joint mercredi par X, Y a ...': the participle the tagger takes for a name, passive by its
    agent alone; a leader reaching another needs no 'par téléphone' to be a call."""
    assert [(names, call.initiator, call.medium) for names, call in _calls(parse, text)] == [(MACRON_SCHOLZ, "Q3052772", "phone")]


def test_joint_by_an_outlet_is_still_no_call(parse):
    assert _calls(parse, "Joint mercredi par l'AFP, Olaf Scholz a refusé de commenter.") == []


@pytest.mark.parametrize("text", [
    "Interrogé sur Olaf Scholz, Emmanuel Macron a défendu le couple franco-allemand. « Je lui ai parlé hier soir, "
    "nous sommes d'accord sur l'essentiel », a assuré le président français.",
    "Emmanuel Macron a vanté son entente avec Olaf Scholz. « Je l'ai eu au téléphone ce matin, il est confiant », "
    "a raconté le chef de l'Etat.",
    "Interrogé sur ses liens avec Olaf Scholz, Emmanuel Macron a voulu rassurer. « Je lui ai téléphoné lundi pour "
    "le féliciter », a expliqué le président français.",
])
def test_a_speaker_telling_of_a_call_with_lui_means_the_person_named_before_the_quote(parse, text):
    """In a quote the speaker is often the only subject named so far: 'lui' or 'l'' is then the
    last person named before it, whatever their part ('avec X', 'sur X')."""
    assert [names for names, _ in _calls(parse, text)] == [MACRON_SCHOLZ]


def test_a_speaker_who_talked_to_someone_in_person_tells_of_no_call(parse):
    text = ("Interrogé sur Olaf Scholz, Emmanuel Macron a défendu le couple franco-allemand. « Je lui ai parlé "
            "lors de notre dîner à Berlin », a assuré le président français.")
    assert _calls(parse, text) == []


@pytest.mark.parametrize("text,expected", [
    ("Pedro Sánchez a annoncé : « Je m'entretiendrai vendredi avec la présidente de la Commission européenne. »",
     [(("Pedro Sánchez", "Ursula von der Leyen"), "planned", "2025-04-11")]),
    ("« Je m'entretiendrai demain avec le chancelier allemand », a indiqué Pedro Sánchez.",
     [(("Olaf Scholz", "Pedro Sánchez"), "planned", "2025-04-09")]),
    ("Pedro Sánchez a raconté : « Je me suis entretenu lundi avec le chancelier allemand. »",
     [(("Olaf Scholz", "Pedro Sánchez"), "occurred", "2025-04-07")]),
    ("« Nous nous sommes entretenus lundi, Olaf Scholz et moi », a précisé Pedro Sánchez.",
     [(("Olaf Scholz", "Pedro Sánchez"), "occurred", "2025-04-07")]),
])
def test_a_speaker_talking_with_a_reflexive_of_the_first_person_tells_a_call(parse, text, expected):
    """'s'entretenir' talks only with its reflexive, which is 'me' or 'nous' when the speaker tells
    of it in the first person: 'je m'entretiendrai avec X' is the speaker's call with X."""
    assert _pairs(parse, text, "2025-04-08") == expected


@pytest.mark.parametrize("text,expected", [
    ("Pedro Sánchez a affirmé : « Je parlerai samedi avec le président brésilien. »",
     [(("Luiz Inácio Lula da Silva", "Pedro Sánchez"), "planned", "2025-04-12")]),
    ("Pedro Sánchez a répété : « Je parlerai jeudi avec le président chinois. »",
     [(("Pedro Sánchez", "Xi Jinping"), "planned", "2025-04-10")]),
])
def test_a_partner_inside_a_quote_is_the_quoted_verbs(parse, text, expected):
    """'X a affirmé : « Je parlerai samedi avec le président brésilien. »': the parser may hang
    'avec ...' on 'a affirmé'; no word of a quote belongs to the verb that introduces it."""
    assert _pairs(parse, text, "2025-04-08") == expected


def test_a_clitic_of_the_first_person_under_another_subject_is_no_reflexive(parse):
    """'Il m'entretient de ses projets' (he tells me of them): 'me' is not the subject's reflexive."""
    assert _calls(parse, "« Olaf Scholz m'a entretenu de ses projets lundi », a raconté Pedro Sánchez.", "2025-04-08") == []


@pytest.mark.parametrize("text", [
    "Emmanuel Macron a informé Olaf Scholz de sa décision lors d'un appel mardi.",
    "Emmanuel Macron a prévenu mardi le chancelier Olaf Scholz de son intention, lors d'un entretien téléphonique.",
])
def test_who_informs_the_other_during_a_call_placed_it(parse, text):
    """'X a informé Y de ... lors d'un appel': who brings the news to the other placed the call."""
    assert [(names, call.initiator) for names, call in _calls(parse, text)] == [(MACRON_SCHOLZ, "Q3052772")]


@pytest.mark.parametrize("text", [
    "Olaf Scholz a averti lundi Emmanuel Macron que la réforme constituait une erreur, lors d'un entretien téléphonique.",
    "Olaf Scholz a assuré lundi à Emmanuel Macron que l'Allemagne soutiendrait le projet, lors d'un entretien.",
])
def test_a_call_adjunct_hung_in_a_completive_is_the_saying_verbs(parse, text):
    """'X a averti Y que [completive], lors d'un entretien': the parser hangs the adjunct on the
    completive's verb, but the call is the one in which X said it to Y, on X's day; what X said
    to Y tells nothing of who placed the call."""
    assert [(names, call.status, call.date, call.initiator) for names, call in _calls(parse, text, "2024-03-14")] == [
        (MACRON_SCHOLZ, "occurred", "2024-03-11", None)]


def test_a_call_in_a_completive_with_its_own_pair_keeps_its_own_day(parse):
    """'X a ajouté que la visite a été confirmée lors d'un entretien entre Y et Z le 4 mars': the
    call names its own people, so it stays the completive's, with the completive's day."""
    text = ("Le Kremlin a ajouté lundi que la visite avait été confirmée lors d'un entretien téléphonique entre "
            "Emmanuel Macron et Olaf Scholz le 4 mars.")
    assert _pairs(parse, text, "2024-03-14") == [(tuple(MACRON_SCHOLZ), "occurred", "2024-03-04")]


def test_informing_the_press_after_a_call_says_nothing_of_who_placed_it(parse):
    text = "Lors d'un entretien téléphonique avec Olaf Scholz mardi, Emmanuel Macron a informé la presse de ses priorités."
    assert [(names, call.initiator) for names, call in _calls(parse, text)] == [(MACRON_SCHOLZ, None)]


@pytest.mark.parametrize("text", [
    "Les dirigeants européens ont tenu mardi une visioconférence sur l'Ukraine. Emmanuel Macron, Olaf Scholz et "
    "Giorgia Meloni ont défendu une aide accrue à Kiev.",
    "Les chefs de gouvernement de l'UE se sont réunis mardi par visioconférence. Emmanuel Macron, Olaf Scholz et "
    "Giorgia Meloni ont insisté sur l'unité européenne.",
])
def test_leaders_named_together_right_after_a_video_meeting_of_a_group_spoke_at_it(parse, text):
    """A video meeting told of a group alone; the next sentence's subject names who spoke there."""
    (names, call), = _calls(parse, text)
    assert (names, call.medium, call.date) == (["Emmanuel Macron", "Giorgia Meloni", "Olaf Scholz"], "video", "2024-03-12")


def test_leaders_who_met_after_a_video_meeting_of_a_group_are_not_put_on_it(parse):
    text = ("Les dirigeants européens ont tenu mardi une visioconférence sur l'Ukraine. Emmanuel Macron et Olaf Scholz "
            "se sont ensuite rencontrés à Berlin.")
    assert _calls(parse, text) == []


def test_a_first_name_read_as_a_verb_leaves_the_sentence_its_verb_and_subjects(parse):
    """'Le président indien Narendra Modi et son homologue X ont tenu ...': the tagger reads the
    first name as a verb, which the parser makes the sentence's head; the name is a name, the
    title and the partner coordinated before it the subjects of the verb."""
    text = ("Le président indien Narendra Modi et son homologue australien Anthony Albanese ont tenu mercredi "
            "leur sommet virtuel, pandémie oblige.")
    doc = parse(text, "2023-03-09")
    first = next(t for t in doc if t.text == "Narendra")
    assert (first.pos_, first.head.text) == ("PROPN", "président")
    assert [names for names, _ in _calls(parse, text, "2023-03-09")] == [["Anthony Albanese", "Narendra Modi"]]


def test_a_name_cut_by_a_sentence_start_is_one_name_and_the_verbs_subject(parse):
    """'L'ancien président américain Barack Obama s'est entretenu avec X': the parser cuts the
    sentence between the first name and the family name; the title and the whole name are the
    subject of the call verb after."""
    text = "L'ancien président américain Barack Obama s'est entretenu avec Olaf Scholz, a fait savoir son bureau."
    doc = parse(text, "2024-05-02")
    assert len(list(doc.sents)) == 1
    assert [names for names, _ in _calls(parse, text, "2024-05-02")] == [["Barack Obama", "Olaf Scholz"]]


# --- 'X a reçu Y. Les deux hommes se sont ensuite entretenus avec Z': the pair met, and Z, on one call ---
@pytest.mark.parametrize("text,three", [
    ("Emmanuel Macron a reçu lundi Olaf Scholz à l'Élysée pour parler de défense. Les deux hommes se sont "
     "ensuite entretenus par téléphone avec Volodymyr Zelensky.", ["Emmanuel Macron", "Olaf Scholz", "Volodymyr Zelensky"]),
    ("Olaf Scholz a reçu lundi à Berlin le Premier ministre polonais Donald Tusk. Les deux dirigeants ont ensuite "
     "échangé par visioconférence avec Emmanuel Macron.", ["Donald Tusk", "Emmanuel Macron", "Olaf Scholz"]),  # the guest hung on the place
    ("Emmanuel Macron a dîné lundi chez Olaf Scholz à Berlin. Les deux hommes ont ensuite appelé Volodymyr Zelensky.",
     ["Emmanuel Macron", "Olaf Scholz", "Volodymyr Zelensky"]),  # a visit: 'chez Y'
])
def test_the_two_men_who_met_then_call_a_third_are_one_call_of_three(parse, text, three):
    """'Les deux hommes' with a partner of its own was the pair of nobody: the call of Z alone was
    dropped. The pair of the meeting told just before (host and guest) is who had it with Z."""
    assert [names for names, _ in _calls(parse, text, "2024-03-12")] == [three]


# --- 'Z avait appelé chacun d'eux': a call with each of the people named together before ---------
@pytest.mark.parametrize("text", [
    "Emmanuel Macron et Olaf Scholz ont plaidé mardi pour une trêve. Joe Biden avait appelé séparément chacun d'eux la veille.",
    "Emmanuel Macron et Olaf Scholz ont plaidé mardi pour une trêve. Joe Biden s'était entretenu avec chacun d'entre eux la veille.",
])
def test_each_of_them_is_each_of_the_people_named_together_before(parse, text):
    """'chacun d'eux' named no one, and the call had Z alone: it is one call with each of the
    subject 'X et Y' told just before."""
    assert _pairs(parse, text, "2024-03-13") == [(("Emmanuel Macron", "Joe Biden"), "occurred", "2024-03-11"),
                                                 (("Joe Biden", "Olaf Scholz"), "occurred", "2024-03-11")]


# --- 'Le prince héritier s'était entretenu avec Y': the one person the article gave that title ------
@pytest.mark.parametrize("text", [
    "Le roi Salmane et le prince héritier Mohammed ben Salmane ont inauguré lundi un stade. Le prince héritier "
    "s'était entretenu dimanche avec Emmanuel Macron.",
    "Le prince héritier saoudien Mohammed ben Salmane a visité lundi un chantier. Le prince héritier s'était "
    "entretenu dimanche au téléphone avec Emmanuel Macron.",  # the title is one of the person's names
])
def test_a_title_given_before_names_its_holder_again(parse, text):
    """A title that no office of the gazetteer reads ('prince héritier') named no one when repeated
    alone: the person the article gave it to, when only one, is who had the call."""
    assert _pairs(parse, text, "2024-03-12") == [(("Emmanuel Macron", "Mohammed bin Salman"), "occurred", "2024-03-10")]


def test_the_day_before_alone_leaves_the_partner_the_parser_hung_on_it_on_the_call(parse):
    """'la veille' with no event of its own ('la veille de la visite de X') dates nothing: the
    'avec Y' the parser hung on it, before an attribution, was left out as the event's people."""
    text = "Emmanuel Macron s'était entretenu la veille au téléphone avec Olaf Scholz, a rapporté l'AFP."
    assert [names for names, _ in _calls(parse, text, "2024-10-24")] == [MACRON_SCHOLZ]


# --- 'X et Y ont téléphoné ensemble à Z': Z on their call, not taken off by 'ensemble' ----------------
@pytest.mark.parametrize("text", [
    "Emmanuel Macron et Olaf Scholz ont ensuite téléphoné ensemble à Volodymyr Zelensky.",
    "Emmanuel Macron et Olaf Scholz ont dîné mardi à Berlin. Ils ont ensuite téléphoné ensemble à Volodymyr Zelensky.",
    "Emmanuel Macron et Olaf Scholz ont appelé ensemble Volodymyr Zelensky mardi, a-t-on appris.",
])
def test_who_they_call_together_is_on_their_call(parse, text):
    """The tagger takes 'ensemble' for a noun and hangs the one called on it ('à Z' its phrase, 'Z'
    its name): the call had X and Y alone. Z is the verb's own phrase, all three on one call."""
    assert [names for names, _ in _calls(parse, text, "2024-05-29")] == [
        ["Emmanuel Macron", "Olaf Scholz", "Volodymyr Zelensky"]]


# --- 'avec l'aide de l'interprète X': who translates the call is not a side of it ----------------------
@pytest.mark.parametrize("text", [
    "Emmanuel Macron s'est entretenu mercredi par téléphone avec Xi Jinping, avec l'aide de l'interprète Claire Dumoulin.",
    "Emmanuel Macron a appelé mercredi Xi Jinping, en présence de son traducteur Jean Martin.",
])
def test_the_interpreter_is_not_on_the_call(parse, text):
    """The interpreter, named in an 'avec' or 'en présence de' phrase, was read as a partner: a
    call of the caller with the interpreter, or the interpreter in place of the partner."""
    assert [names for names, _ in _calls(parse, text, "2025-02-20")] == [["Emmanuel Macron", "Xi Jinping"]]


# --- 'L'appel de X à Y a duré ...': a call noun with its two people hung on it, no call verb ----------
@pytest.mark.parametrize("text", [
    "L'appel de Joe Biden à Benyamin Netanyahou, mercredi, a duré près d'une heure.",
    "L'appel d'Emmanuel Macron au chancelier Olaf Scholz s'est prolongé tard dans la soirée.",
])
def test_a_call_from_one_person_to_another_that_lasted_is_a_call(parse, text):
    """'appel' followed by 'de X à Y' reads as a plea ('l'appel de X à la retenue'): no call was
    found. A plea does not last: as the subject of 'durer', 'se prolonger', it is a call of X to Y."""
    found = _calls(parse, text)
    assert len(found) == 1 and len(found[0][0]) == 2 and found[0][1].initiator is not None


def test_a_plea_from_one_person_to_another_is_no_call(parse):
    assert _calls(parse, "L'appel de Volodymyr Zelensky à Joe Biden pour davantage de munitions est resté sans réponse.") == []


@pytest.mark.parametrize("text", [
    "On commence ce matin avec ce coup de fil de Donald Trump à Vladimir Poutine, mardi, qui a duré deux heures.",
    "Retour sur le coup de téléphone d'Emmanuel Macron à Olaf Scholz, hier soir.",
])
def test_the_one_called_after_the_caller_of_a_call_noun_is_on_the_call(parse, text):
    """The parser hangs 'à Y' on the clause's verb, not on the call noun: the call had its caller
    alone and was dropped."""
    assert len([names for names, _ in _calls(parse, text) if len(names) == 2]) == 1


# --- 'X a appelé lundi A, mercredi B et vendredi C': calls in series, the verb elided ------------------
@pytest.mark.parametrize("text", [
    "Emmanuel Macron a appelé lundi Olaf Scholz, mercredi Giorgia Meloni et vendredi Pedro Sánchez.",
    "Olaf Scholz a téléphoné lundi à Emmanuel Macron, mercredi à Giorgia Meloni et vendredi à Pedro Sánchez.",
])
def test_calls_in_series_with_the_verb_elided_are_one_call_each_on_its_day(parse, text):
    """The parser hangs each later partner on its day ('mercredi B'): only the first call was found."""
    assert [len(names) for names, _ in _calls(parse, text, "2024-03-16")] == [2, 2, 2]
    assert sorted(call.date for _, call in _calls(parse, text, "2024-03-16")) == ["2024-03-11", "2024-03-13", "2024-03-15"]


# --- the wider francophone press: official agencies, Quebec usage, live blogs -----------------------
@pytest.mark.parametrize("text", [
    "Justin Trudeau a passé un appel au président Joe Biden lundi.",
    "Giorgia Meloni a passé jeudi un appel au chancelier Olaf Scholz.",
])
def test_a_call_placed_to_a_title_followed_by_the_name_is_a_call(parse, text):
    """'un appel au président X': the name is the title's apposition, the title itself names no one
    the finder knows, and the call was read as a plea ('un appel à la retenue')."""
    assert [len(names) for names, _ in _calls(parse, text)] == [2]


@pytest.mark.parametrize("text", [
    "Justin Trudeau a placé lundi un appel à Emmanuel Macron.",
    "Le premier ministre Justin Trudeau a placé un appel au président Joe Biden lundi soir.",
])
def test_placing_a_call_as_quebec_says_is_a_call_by_the_subject(parse, text):
    """'placer un appel' (Quebec usage, after 'to place a call') is 'passer un appel'."""
    assert [(len(names), call.initiator) for names, call in _calls(parse, text)] == [(2, "Q3099714")]


@pytest.mark.parametrize("text", [
    "Le président chinois Xi Jinping a eu mardi un entretien téléphonique avec le président américain Joe Biden à l'invitation de ce dernier.",
    "Xi Jinping a eu mardi un entretien téléphonique avec Joe Biden à l'invitation de la partie américaine.",
])
def test_a_call_at_the_invitation_of_one_side_was_asked_by_that_side(parse, text):
    """Chinese state media in French write 'à l'invitation de X' where others write 'à la demande de X'."""
    assert [(len(names), call.initiator) for names, call in _calls(parse, text)] == [(2, "Q6279")]


# --- 'contacter': a call between the leaders it names, once it took place --------------------
@pytest.mark.parametrize("text, caller", [
    ("Contactée mardi par Olaf Scholz, Giorgia Meloni a défendu son accord migratoire.", "Q61053"),
    ("La présidente du Conseil Giorgia Meloni, contactée mardi par Olaf Scholz, a défendu son accord.", "Q61053"),
    ("Le chancelier Olaf Scholz a contacté mardi son homologue italienne Giorgia Meloni.", "Q61053"),
])
def test_contacted_by_a_leader_is_a_call_from_that_leader(parse, text, caller):
    (names, call), = _calls(parse, text)
    assert names == ["Giorgia Meloni", "Olaf Scholz"] and call.initiator == caller and call.date == "2024-03-12"


@pytest.mark.parametrize("text", [
    "Contactée par Franceinfo, la porte-parole d'Olaf Scholz n'a pas donné suite.",
    "Olaf Scholz n'a pas pu être contacté mardi.",
    "Un habitant a contacté les pompiers vers minuit, selon Giorgia Meloni.",
    "Giorgia Meloni a été contactée mardi par un émissaire d'Olaf Scholz.",
    "Le conseiller d'Olaf Scholz a contacté mardi Giorgia Meloni.",
])
def test_contacting_through_others_is_no_call(parse, text):
    """An outlet, staff or an envoy reaching someone is no call between leaders."""
    assert _calls(parse, text) == []


@pytest.mark.parametrize("text", [
    "Giorgia Meloni a tenté de contacter Olaf Scholz, sans succès.",
    "Giorgia Meloni a essayé de contacter Olaf Scholz, en vain.",
    "Giorgia Meloni n'a pas pu contacter Olaf Scholz.",
])
def test_failing_to_contact_a_leader_is_a_denied_call(parse, text):
    """A try nobody answered is a denied call (the dev set's convention, as for 'a tenté en vain de
    joindre Y'), whatever the verb of reaching: 'contacter' as 'joindre'."""
    assert [(names, call.status, call.initiator) for names, call in _calls(parse, text)] == [
        (["Giorgia Meloni", "Olaf Scholz"], "denied", "giorgia-meloni")]


# --- staff as a side: someone acting for a leader is not that leader ---------------------
@pytest.mark.parametrize("text", [
    "Le conseiller diplomatique d'Olaf Scholz a appelé mardi Giorgia Meloni.",
    "Giorgia Meloni a été appelée mardi par les équipes d'Olaf Scholz.",
    "Olaf Scholz s'est entretenu mardi au téléphone avec l'émissaire de Giorgia Meloni.",
    "Olaf Scholz a téléphoné mardi au porte-parole de Giorgia Meloni.",
])
def test_a_leaders_staff_on_a_side_is_no_call_with_that_leader(parse, text):
    """'le conseiller de X', 'les équipes de X': people acting for X made or took the call; it is
    no call between X and the other leader, whatever the call verb."""
    assert _calls(parse, text) == []


@pytest.mark.parametrize("text", [
    "Le porte-parole de Giorgia Meloni a indiqué qu'Olaf Scholz l'avait appelée mardi.",
    "Paolo Rossi, porte-parole de Giorgia Meloni, a indiqué qu'Olaf Scholz l'avait appelée mardi.",
    "Une conseillère de Giorgia Meloni a précisé qu'Olaf Scholz l'avait appelée mardi.",
])
def test_the_clitic_in_what_a_spokesman_reports_is_the_one_he_speaks_for(parse, text):
    """'Z, porte-parole de X, a indiqué que Y l'avait appelé': the spokesman reports, he is not on
    the line; 'l'' is his principal, named in his title's complement."""
    assert [(names, call.initiator) for names, call in _calls(parse, text)] == [(["Giorgia Meloni", "Olaf Scholz"], "Q61053")]


@pytest.mark.parametrize("text", [
    "Jens Plötner, conseiller diplomatique du chancelier allemand, s'est entretenu mardi au téléphone avec Emmanuel Bonne.",
    "Emmanuel Bonne a parlé mardi au téléphone avec Jens Plötner, conseiller diplomatique du chancelier allemand, de l'Ukraine.",
])
def test_a_leader_named_in_a_description_of_a_side_is_no_side(parse, text):
    """'X, conseiller diplomatique du chancelier allemand, ...': the phrase between commas says who
    X is; the chancellor it names is not on X's call."""
    assert [names for names, _ in _calls(parse, text)] == [["emmanuel-bonne", "jens-plotner"]]


@pytest.mark.parametrize("text", [
    "Le chancelier d'Allemagne, Olaf Scholz, a appelé mardi la présidente du Conseil italien, Giorgia Meloni.",
    "Giorgia Meloni s'est entretenue mardi par téléphone avec Olaf Scholz, à l'initiative du chancelier.",
])
def test_a_leader_named_with_the_office_is_still_on_the_call(parse, text):
    assert [names for names, _ in _calls(parse, text)] == [["Giorgia Meloni", "Olaf Scholz"]]



@pytest.mark.parametrize("text, initiator", [
    ("Emmanuel Macron s'est entretenu mardi par téléphone avec Olaf Scholz, à l'invitation de celui-ci.", "Olaf Scholz"),
    ("Olaf Scholz a eu mardi un entretien téléphonique avec Giorgia Meloni, à la demande de celle-ci.", "Giorgia Meloni"),
])
def test_an_initiative_of_celui_ci_is_the_person_named_last(parse, text, initiator):
    """'à l'invitation de celui-ci' points back like 'de ce dernier': to the person named last."""
    (_, call), = _calls(parse, text)
    assert call.initiator is not None and load().actors[call.initiator].label == initiator


@pytest.mark.parametrize("text", [
    "Emmanuel Macron a eu Olaf Scholz au téléphone mardi.",
    "Olaf Scholz a eu mardi Giorgia Meloni au téléphone pendant une heure.",
])
def test_having_someone_on_the_phone_says_nothing_of_who_called(parse, text):
    (_, call), = _calls(parse, text)
    assert call.initiator is None


@pytest.mark.parametrize("text,expected", [
    ("Emmanuel Macron a eu Olaf Scholz en ligne mardi.", [(MACRON_SCHOLZ, "occurred", "phone")]),
    ("Olaf Scholz, qui a lui aussi eu Emmanuel Macron en ligne mardi, a dit son inquiétude.",
     [(MACRON_SCHOLZ, "occurred", "phone")]),
    ("Emmanuel Macron a eu M. Scholz en ligne mardi.", [(MACRON_SCHOLZ, "occurred", "phone")]),
    ("Olaf Scholz, qui a lui aussi eu M. Macron en ligne mardi, a dit son inquiétude.",
     [(MACRON_SCHOLZ, "occurred", "phone")]),  # the civility heads the name ('M.' the object, the name flat on it)
    ("Emmanuel Macron a Olaf Scholz en ligne de mire depuis mardi.", []),
    ("Emmanuel Macron a publié en ligne mardi une lettre à Olaf Scholz.", []),
])
def test_having_someone_on_the_line_is_having_them_on_the_phone(parse, text, expected):
    """'X a eu Y en ligne samedi', as 'a eu Y au téléphone': the line is the phone's when a person is
    had on it; elsewhere 'en ligne' is online, and 'avoir Y en ligne de mire' targets Y."""
    assert [(names, c.status, c.medium) for names, c in _calls(parse, text)] == expected


# --- titles, ranks and honorifics before a leader's name -------------------------------
@pytest.mark.parametrize("title", ["le capitaine", "le commandant", "le docteur", "le professeur", "Son Excellence M."])
def test_a_leader_called_under_a_rank_or_a_title_is_on_the_call(parse, title):
    """'a appelé le capitaine X': the rank heads the object and the name hangs on it, as under
    'le général X'; the person named is who was called, whatever rank or title the text gives them."""
    text = f"Le président togolais Faure Gnassingbé a appelé {title} Ibrahim Traoré mardi. Les deux dirigeants ont parlé du Sahel."
    assert [names for names, _ in _calls(parse, text, "2024-05-14")] == [["Faure Gnassingbé", "Ibrahim Traoré"]]


# --- the impersonal 'il' --------------------------------------------------------------------
@pytest.mark.parametrize("text, pair", [
    ("La Première ministre danoise Mette Frederiksen a visité Kiev lundi. Il y a eu mardi une conversation "
     "téléphonique entre le président Macron et le chancelier Scholz.", MACRON_SCHOLZ),
    ("Le porte-parole du gouvernement, Olivier Véran, a déclaré : « Il n'y a eu aucun appel entre Emmanuel Macron "
     "et Olaf Scholz cette semaine. »", MACRON_SCHOLZ),
])
def test_the_impersonal_il_of_il_y_a_is_nobody_on_the_call(parse, text, pair):
    """'il y a eu un appel entre X et Y': the 'il' is impersonal (the parser's expl:subj), not the
    person named last before it (a speaker introducing the quote, someone of the sentence before)."""
    assert [names for names, _ in _calls(parse, text)] == [pair]


# --- a list of subjects whose first member the parser hangs on the verb --------------------
@pytest.mark.parametrize("text,names", [
    ("Lisbonne (agences) - La Première ministre italienne Giorgia Meloni, le président français Emmanuel Macron, "
     "le chancelier allemand Olaf Scholz et son homologue espagnol Pedro Sánchez ont eu mardi une visioconférence à quatre.",
     ["Emmanuel Macron", "Giorgia Meloni", "Olaf Scholz", "Pedro Sánchez"]),
    ("Madrid (afp) - La présidente de la Commission Ursula von der Leyen, le président français Emmanuel Macron, le président "
     "américain Joe Biden et son homologue ukrainien Volodymyr Zelensky ont eu lundi une conversation téléphonique.",
     ["Emmanuel Macron", "Joe Biden", "Ursula von der Leyen", "Volodymyr Zelensky"]),
])
def test_the_first_of_a_list_of_subjects_read_as_a_modifier_is_on_the_call(parse, text, names):
    """After a dateline dash, the parser may hang the first of a long list of subjects ('La
    Première ministre X, le président Y, ...') on the verb as a bare modifier (obl:mod, no
    preposition) and start the subject at the second: a named person right before the subject,
    a comma between, is still one of those who talked."""
    assert [found for found, _ in _calls(parse, text)] == [names]


# --- 'l'un des premiers à appeler': the caller is the subject of the copula ----------------
@pytest.mark.parametrize("text,caller", [
    ("Le Premier ministre Justin Trudeau a été l'un des premiers dirigeants étrangers à appeler Donald Trump, mercredi.",
     "Justin Trudeau"),
    ("Pedro Sánchez a été parmi les premiers à appeler Joe Biden samedi.", "Pedro Sánchez"),
])
def test_one_of_the_first_to_call_placed_the_call(parse, text, caller):
    """'X a été l'un des premiers (dirigeants) à appeler Y': the infinitive hangs on the predicate
    of 'être', not on a verb with a subject; X, the subject of the copula, placed the call."""
    labels = load().actors
    ((_, call),) = _calls(parse, text, "2024-11-07")
    assert labels[call.initiator].label == caller


def test_a_lone_plus_is_a_comparative_not_a_negation(parse):
    """'a passé plus d'heures au téléphone': 'plus' without its 'ne' denies nothing."""
    text = "Mardi, Olaf Scholz a passé plus d'heures au téléphone avec Joe Biden."
    assert _pairs(parse, text) == [(("Joe Biden", "Olaf Scholz"), "occurred", "2024-03-12")]


@pytest.mark.parametrize("text", [
    "Olaf Scholz devait appeler Joe Biden dans les prochains jours. La chancellerie a démenti toute conversation prévue.",
    "Olaf Scholz a annoncé qu'il parlerait bientôt avec Joe Biden. Washington a démenti.",
])
def test_a_denial_naming_nobody_leaves_a_plan_planned(parse, text):
    """A call still to come cannot be said not to have happened: the denial is of the plan, which stays planned."""
    assert _statuses(parse, text) == ["planned"]


def test_a_denial_naming_nobody_still_denies_a_call_told_as_made(parse):
    text = "Olaf Scholz a appelé Joe Biden mardi. La Maison Blanche a démenti toute conversation."
    assert _statuses(parse, text) == ["denied"]


@pytest.mark.parametrize("text,pair", [
    ("Vladimir Poutine a chargé Sergueï Lavrov de joindre Antony Blinken.", ("Antony Blinken", "Sergey Lavrov")),
    ("Vladimir Poutine a mandaté Sergueï Lavrov pour appeler Antony Blinken.", ("Antony Blinken", "Sergey Lavrov")),
    ("Joe Biden a demandé à Antony Blinken d'appeler Benjamin Netanyahou.", ("Antony Blinken", "Benjamin Netanyahu")),
    ("Joe Biden a chargé Antony Blinken de s'entretenir avec Benjamin Netanyahou.", ("Antony Blinken", "Benjamin Netanyahu")),
])
def test_a_call_handed_to_someone_is_theirs_and_still_to_come(parse, text, pair):
    """A verb of delegating makes the call the delegate's, not yet made; who delegates is on no call."""
    assert _pairs(parse, text) == [(pair, "planned", None)]


def test_asking_for_a_call_without_a_delegate_is_still_ones_own(parse):
    assert _pairs(parse, "Joe Biden a demandé à s'entretenir avec Benjamin Netanyahou.") == [
        (("Benjamin Netanyahu", "Joe Biden"), "planned", None)]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron a évoqué un « bon échange » avec Olaf Scholz.",
    "Emmanuel Macron a salué « un échange utile » avec Olaf Scholz.",
    "Emmanuel Macron a fait état d'une conversation « franche » avec Olaf Scholz.",
])
def test_a_call_noun_in_quotation_marks_keeps_the_partner_after_them(parse, text):
    """The words of a quoted judgement ('un « bon échange » avec X') close before 'avec X', and the
    parser then hangs the partner on the verb: the phrase after the quote is still the noun's."""
    assert [names for names, _ in _calls(parse, text)] == [MACRON_SCHOLZ]


# --- calls61: what whole articles still lost --------------------------------------------------------
@pytest.mark.parametrize("text,minutes", [
    ("Mardi, Emmanuel Macron a eu une heure d'entretien téléphonique avec Olaf Scholz.", 60),
    ("Emmanuel Macron a eu mardi deux heures d'entretien téléphonique avec Olaf Scholz, selon l'Elysée.", 120),
    ("Emmanuel Macron s'est entretenu mardi avec Olaf Scholz. L'entretien, d'une vingtaine de minutes, a porté "
     "sur l'Ukraine.", 20),
    ("Emmanuel Macron a parlé mardi au téléphone avec Olaf Scholz. Selon Berlin, c'est le chancelier qui avait "
     "demandé l'entretien, d'une vingtaine de minutes.", 20),
])
def test_a_length_before_the_call_noun_or_a_round_one_set_off_after_it_is_the_calls(parse, text, minutes):
    """'une heure d'entretien' puts the length first, the call noun hanging on it by 'de'; 'l'entretien,
    d'une vingtaine de minutes' sets a round count off after the noun, at the end of the sentence too."""
    assert [(names, call.duration_min) for names, call in _calls(parse, text)] == [(MACRON_SCHOLZ, minutes)]


@pytest.mark.parametrize("text,caller", [
    ("Emmanuel Macron s'est entretenu mardi au téléphone avec Olaf Scholz. Au cours de cet échange, qu'il avait "
     "lui-même sollicité, le président français a évoqué l'Ukraine.", "Emmanuel Macron"),
    ("Olaf Scholz s'est entretenu mardi au téléphone avec Emmanuel Macron. Au cours de cet échange, qu'il avait "
     "lui-même sollicité, le chancelier a évoqué l'Ukraine.", "Olaf Scholz"),
])
def test_who_asked_for_the_call_in_a_relative_clause_on_its_noun_placed_it(parse, text, caller):
    labels = load().actors
    assert [(names, labels[call.initiator].label) for names, call in _calls(parse, text)] == [(MACRON_SCHOLZ, caller)]


def test_who_convened_a_video_call_placed_it(parse):
    text = "Mardi, Olaf Scholz a participé à une visioconférence convoquée par Emmanuel Macron avec Pedro Sánchez."
    labels = load().actors
    assert [(names, labels[call.initiator].label) for names, call in _calls(parse, text)] == [
        (["Emmanuel Macron", "Olaf Scholz", "Pedro Sánchez"], "Emmanuel Macron")]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron, Olaf Scholz et Justin Trudeau se sont réunis lundi en visioconférence sous la présidence de Giorgia Meloni.",
    "Sous la présidence de Giorgia Meloni, Emmanuel Macron, Olaf Scholz et Justin Trudeau ont tenu lundi une visioconférence.",
])
def test_who_chairs_a_video_call_is_on_it(parse, text):
    """'sous la présidence de X': who chairs the call is on it, as who convened it is."""
    assert [names for names, _ in _calls(parse, text)] == [["Emmanuel Macron", "Giorgia Meloni", "Justin Trudeau", "Olaf Scholz"]]


def test_a_call_named_without_a_verb_between_the_pair_named_before(parse):
    """'Le 9 mai, nouvel entretien entre les deux dirigeants.': a line of a chronology with no
    verb, whose people point back to the pair named before, tells that pair's next call; a
    heading names nobody ('Conversations téléphoniques')."""
    text = ("Giorgia Meloni a appelé Keir Starmer le 2 mai. Le 9 mai, nouvel entretien téléphonique entre "
            "les deux dirigeants. Londres salue un dialogue utile.")
    assert _pairs(parse, text, "2024-05-20") == [(("Giorgia Meloni", "Keir Starmer"), "occurred", "2024-05-02"),
                                                 (("Giorgia Meloni", "Keir Starmer"), "occurred", "2024-05-09")]


@pytest.mark.parametrize("text", [
    "Dans la soirée, Olaf Scholz a appelé Emmanuel Macron pour préparer le sommet prévu jeudi à Rome. "
    "Le chancelier a proposé d'y associer Joe Biden par visioconférence.",
    "Olaf Scholz a appelé dimanche Emmanuel Macron pour préparer la réunion de jeudi. Il a proposé d'y associer Joe Biden par téléphone.",
])
def test_a_proposal_to_bring_someone_in_by_call_is_a_plan(parse, text):
    """'a proposé d'y associer Y par visioconférence': the call is the way Y would join the meeting
    to come, so the proposal governs it: a plan, not a call that took place."""
    assert [call.status for names, call in _calls(parse, text, "2024-03-11") if "Joe Biden" in names] == ["planned"]


@pytest.mark.parametrize("text,people", [
    ("La réunion s'est tenue dimanche par visioconférence. Elle a rassemblé Emmanuel Macron, Olaf Scholz et Giorgia Meloni, "
     "ainsi que Joe Biden.", ["Emmanuel Macron", "Giorgia Meloni", "Joe Biden", "Olaf Scholz"]),
    ("Un sommet s'est tenu dimanche en visioconférence. Il a réuni Emmanuel Macron, Olaf Scholz et Pedro Sánchez.",
     ["Emmanuel Macron", "Olaf Scholz", "Pedro Sánchez"]),
])
def test_a_video_meeting_gathering_people_in_the_next_sentence(parse, text, people):
    """'Elle a rassemblé A, B et C': the meeting just told, as subject, names its people in the object."""
    assert [(names, call.medium, call.date) for names, call in _calls(parse, text, "2024-03-11")] == [(people, "video", "2024-03-10")]


@pytest.mark.parametrize("text,people", [
    ("Les chefs d'État de l'Union africaine ont tenu dimanche une session extraordinaire par visioconférence. Présidée par "
     "le président sénégalais Macky Sall, dont le pays assure la présidence tournante de l'organisation, la réunion a "
     "rassemblé Félix Tshisekedi, Paul Kagame et le président kényan William Ruto.",
     ["Félix Tshisekedi", "Macky Sall", "Paul Kagame", "William Ruto"]),
    ("La réunion s'est tenue dimanche par visioconférence. Présidée par Macky Sall, elle a rassemblé Félix Tshisekedi, "
     "Paul Kagame et William Ruto.", ["Félix Tshisekedi", "Macky Sall", "Paul Kagame", "William Ruto"]),
])
def test_the_chair_of_a_video_meeting_gathering_people_is_on_it(parse, text, people):
    """'Présidée par X, la réunion a rassemblé A, B et C': the chair the participle names is on the
    call with those it gathered (not whoever the relative on the chair names)."""
    assert [(names, call.medium, call.date) for names, call in _calls(parse, text, "2022-03-14")] == [(people, "video", "2022-03-13")]


@pytest.mark.parametrize("text,people", [
    ("Le Conseil européen s'est réuni dimanche par visioconférence. Ont participé à la réunion Emmanuel Macron, Olaf Scholz, "
     "Giorgia Meloni et Pedro Sánchez.", ["Emmanuel Macron", "Giorgia Meloni", "Olaf Scholz", "Pedro Sánchez"]),
    ("Emmanuel Macron s'est entretenu dimanche avec Olaf Scholz par visioconférence. Ont également participé à la réunion "
     "Giorgia Meloni et Pedro Sánchez.", ["Emmanuel Macron", "Giorgia Meloni", "Olaf Scholz", "Pedro Sánchez"]),
])
def test_people_joining_a_video_meeting_named_after_the_verb_are_on_it(parse, text, people):
    """'Ont participé à la réunion A, B, C et D': the subject after the verb that opens the
    sentence (its auxiliary taken for a name and the subject) names who joined the meeting."""
    assert [(names, call.medium, call.date) for names, call in _calls(parse, text, "2024-03-11")] == [(people, "video", "2024-03-10")]


def test_a_person_gathering_others_after_a_video_meeting_adds_nobody(parse):
    text = "La réunion s'est tenue dimanche par visioconférence. Olaf Scholz a réuni Emmanuel Macron et Pedro Sánchez mardi à Berlin."
    assert _calls(parse, text, "2024-03-11") == []


# --- an interview's answers are the interviewee's words ------------------------------------
_INTERVIEW = ("Annalena Baerbock : « L'Europe doit parler d'une seule voix »\n\n"
              "ENTRETIEN - La ministre allemande des Affaires étrangères revient sur la guerre en Ukraine.\n\n"
              "Propos recueillis par Paul Martin\n\n"
              "— Madame la ministre, Washington vous consulte-t-il encore ?\n\n"
              "{label}Oui, bien sûr. J'ai eu hier soir mon homologue américain Antony Blinken au téléphone, "
              "pendant près de vingt minutes.{we}\n\n"
              "— Et avec Kiev ?\n\n"
              "Je m'entretiendrai demain avec le ministre ukrainien des Affaires étrangères, Dmytro Kouleba.\n\n"
              "— Avez-vous parlé à Sergueï Lavrov ?\n\n"
              "Non. Je n'ai pas parlé à M. Lavrov, et je ne compte pas le faire.\n")


@pytest.mark.parametrize("label", ["Annalena Baerbock. — ", "Annalena Baerbock : ", ""])
def test_je_in_an_interviews_answer_is_the_interviewee(parse, label):
    """Questions on lines of their own, each answered on the lines after: 'je' outside quotes in
    an answer is the interviewee, whom an answer's label names ('X. — Oui.'), else the one person
    the title and lead name (the interviewer's credit aside)."""
    calls = [(names, call.status, call.date, call.duration_min) for names, call in _calls(parse, _INTERVIEW.format(label=label, we=""))]
    assert sorted(calls) == [(["Annalena Baerbock", "Antony Blinken"], "occurred", "2024-03-11", 20),
                             (["Annalena Baerbock", "Dmytro Kuleba"], "planned", "2024-03-13", None),
                             (["Annalena Baerbock", "Sergey Lavrov"], "denied", None, None)]


@pytest.mark.parametrize("text", [
    # no interview: one question, answered by the writer
    "Annalena Baerbock se rend à Kiev.\n\nQue peut-elle obtenir ?\n\n"
    "J'ai eu hier soir le secrétaire d'État américain Antony Blinken au téléphone, pendant une demi-heure.\n",
    # an interview whose title names two people and whose answers no one labels
    _INTERVIEW.format(label="", we="").replace("Annalena Baerbock : ", "Annalena Baerbock et Olaf Scholz : "),
])
def test_je_outside_an_interview_or_its_known_interviewee_stays_unresolved(parse, text):
    assert not any("Antony Blinken" in names for names, _ in _calls(parse, text))


@pytest.mark.parametrize("we", [
    " Nous avons surtout parlé d'énergie : notre pays achète encore du gaz qui passe par la Turquie, et ce contrat s'achève au 1er juin.",
    " Nous nous sommes aussi entretenus mardi soir par visioconférence, avec le président de la Commission.",
])
def test_nous_in_an_interviews_answer_is_not_the_interviewee_alone(parse, we):
    """An interviewee's 'nous' is a government, a country or both sides of the call just told:
    'Nous avons parlé d'énergie' adds no call of the interviewee's with the last person named."""
    calls = [(names, call.status, call.date) for names, call in _calls(parse, _INTERVIEW.format(label="", we=we))]
    assert sorted(calls) == [(["Annalena Baerbock", "Antony Blinken"], "occurred", "2024-03-11"),
                             (["Annalena Baerbock", "Dmytro Kuleba"], "planned", "2024-03-13"),
                             (["Annalena Baerbock", "Sergey Lavrov"], "denied", None)]


# A headline quoting the interviewee on someone else, a credit and a date line before the first question
_QUOTED_HEADLINE = ("Mette Frederiksen : « Olaf Scholz m'a promis d'autres chars »\n\n"
                    "Entretien. Avant le sommet de l'Otan, la cheffe du gouvernement danois revient sur l'aide à Kiev.\n\n"
                    "Propos recueillis par Paul Martin\n"
                    "Publié le 11/03/2024 à 07:00\n\n"
                    "{question}\n\n"
                    "Nous avons parlé longtemps, surtout de la défense aérienne.\n\n"
                    "Et la Pologne ?\n\n"
                    "J'appellerai Donald Tusk mercredi pour en parler.\n")


@pytest.mark.parametrize("question", [
    "Le chancelier allemand vous a-t-il rassurée ?",
    "Avez-vous parlé à Olaf Scholz samedi ?",  # a question that only asks tells no call
])
def test_a_person_named_inside_the_headlines_quote_is_not_a_second_interviewee(parse, question):
    """'X : « Y m'a promis ... »': Y is named inside X's words, so the title and lead still name
    one person outside quotes, the interviewee, whoever the claims credited the quote to."""
    text = _QUOTED_HEADLINE.format(question=question)
    assert _pairs(parse, text, "2024-03-11") == [(("Donald Tusk", "Mette Frederiksen"), "planned", "2024-03-13")]


def test_vous_in_an_interviews_question_is_the_interviewee(parse):
    """'Vous avez eu Y au téléphone samedi. Que vous a-t-il dit ?': the question's 'vous' is the
    interviewee, and the call it tells is the interviewee's with Y, as an answer's 'je' would be."""
    text = _QUOTED_HEADLINE.format(question="Vous avez eu Olaf Scholz au téléphone samedi. Que vous a-t-il promis ?")
    assert _pairs(parse, text, "2024-03-11") == [(("Donald Tusk", "Mette Frederiksen"), "planned", "2024-03-13"),
                                                 (("Mette Frederiksen", "Olaf Scholz"), "occurred", "2024-03-09")]



# A headline naming the interviewee, a lead naming others by their countries, questions stated
# as well as asked, and the interviewer's credit at the end of the page
_CREDITED_LAST = ("ENTRETIEN. Giorgia Meloni : « Avec Ankara, je préfère parler clair »\n\n"
                  "À la veille du sommet de Rome, la présidente du Conseil italien revient sur ses échanges avec les "
                  "dirigeants turc et américain.\n\n"
                  "Publié le 12/03/2024 | Abonnés\n\n"
                  "Madame la Présidente, vous allez recevoir Recep Tayyip Erdogan à Rome.\n\n"
                  "Oui. Je l'ai appelé pour la première fois le 4 février.\n\n"
                  "Et ensuite ?\n\n"
                  "Nous nous sommes reparlé le 20 février.\n\n"
                  "Et avec Bruxelles ? On vous dit très proche de la Commission.\n\n"
                  "Je parlerai jeudi au téléphone avec la présidente de la Commission, Ursula von der Leyen.\n\n"
                  "Un dernier mot ?\n\n"
                  "L'Italie tiendra ses engagements.\n\n"
                  "Propos recueillis par notre envoyée spéciale à Rome\n")


def test_the_one_person_a_headline_names_is_the_interviewee_whom_the_lead_names_others_beside(parse):
    """'X : « ... »' over a lead on 'ses échanges avec les dirigeants turc et américain': the lead
    names three people, the headline one outside its quote, the interviewee; an answer's 'je'
    is X's even when the page ends with the credit."""
    assert (("Giorgia Meloni", "Ursula von der Leyen"), "planned", "2024-03-14") in _pairs(parse, _CREDITED_LAST)

# --- headlines: who a quote is credited to, two pairs, and the pair just introduced -----------
@pytest.mark.parametrize("headline", [
    "« Le président a parlé hier soir à Donald Trump » : Jean-Noël Barrot sur RTL",
    "Jean-Noël Barrot : « Le président a parlé hier soir à Donald Trump »",
])
def test_the_guest_a_headline_quote_is_credited_to_is_not_on_the_call_it_tells(parse, headline):
    """The words after (or before) the colon say who is quoted; 'le président' of the quote is not
    that guest, whatever the article's other presidents leave him unresolved."""
    text = (f"{headline}\n\nInvité de RTL ce lundi, le ministre Jean-Noël Barrot a confirmé qu'Emmanuel Macron s'était "
            "entretenu au téléphone avec Donald Trump dimanche soir, au lendemain de sa dispute avec Volodymyr Zelensky.")
    assert _pairs(parse, text, "2025-03-03") == [(("Donald Trump", "Emmanuel Macron"), "occurred", "2025-03-02")]


def test_the_guest_a_headline_quote_is_credited_to_is_its_je(parse):
    assert [names for names, _ in _calls(parse, "« J'ai parlé hier soir à Olaf Scholz » : Emmanuel Macron sur TF1")] == [
        MACRON_SCHOLZ]


@pytest.mark.parametrize("headline", [
    "Allemagne - France : Baerbock et Colonna au téléphone, un appel Macron-Scholz en préparation",
    "Baerbock et Colonna au téléphone, un appel Macron-Scholz en préparation",
])
def test_a_verbless_headline_of_two_pairs_is_a_call_of_each_pair_the_hyphenated_one_in_preparation(parse, headline):
    """'X et Y au téléphone, un appel A-B en préparation': the pair hyphenated after 'un appel' is
    that call's, the other pair the first call's; 'en préparation' (however the parser hung it)
    is a call to come, not one of all four."""
    assert _pairs(parse, headline) == [
        (("Annalena Baerbock", "Catherine Colonna"), "occurred", "2024-03-12"),
        (("Emmanuel Macron", "Olaf Scholz"), "planned", None)]


def test_the_pair_after_ties_with_someone_newly_named_is_the_articles_subject_and_that_person(parse):
    """'Depuis, les contacts avec Z se sont multipliés. Les deux hommes se sont parlé le 5 mars':
    the ties name one side, the article's own subject is the other; not the pair of the call told
    before them. 'puis à nouveau le 9 mars': a second call of that pair."""
    text = ("Emmanuel Macron a appelé Olaf Scholz le 3 mars.\n\n"
            "Depuis, les contacts avec le président turc Recep Tayyip Erdoğan se sont multipliés. "
            "Les deux hommes se sont parlé le 5 mars, puis à nouveau le 9 mars, après la réunion de Bruxelles.")
    assert _pairs(parse, text) == [(tuple(MACRON_SCHOLZ), "occurred", "2024-03-03"),
                                   (("Emmanuel Macron", "Recep Tayyip Erdoğan"), "occurred", "2024-03-05"),
                                   (("Emmanuel Macron", "Recep Tayyip Erdoğan"), "occurred", "2024-03-09")]


def test_days_joined_by_puis_a_nouveau_are_two_calls(parse):
    text = "Emmanuel Macron et Olaf Scholz se sont parlé le 5 mars, puis à nouveau le 9 mars."
    assert _pairs(parse, text) == [(tuple(MACRON_SCHOLZ), "occurred", "2024-03-05"),
                                   (tuple(MACRON_SCHOLZ), "occurred", "2024-03-09")]


def test_one_pair_at_two_times_of_the_same_day_is_two_calls(parse):
    """'ce matin' then 'de nouveau en fin d'après-midi': two calls of one pair on one day, each
    with its own length."""
    text = ("Emmanuel Macron et Olaf Scholz se sont entretenus ce matin pendant près d'une heure sur l'Ukraine. "
            "Les marchés ont reculé.\n\n"
            "Emmanuel Macron et Olaf Scholz se sont de nouveau parlé en fin d'après-midi.")
    calls = _calls(parse, text)
    assert [(tuple(names), call.date, call.duration_min) for names, call in calls] == [
        (tuple(MACRON_SCHOLZ), "2024-03-12", 60.0), (tuple(MACRON_SCHOLZ), "2024-03-12", None)]


def test_a_call_a_talk_paves_the_way_for_is_planned(parse):
    """'Cet échange ouvre la voie à un entretien entre X et Y': a call the noun before looks ahead to."""
    text = ("Antony Blinken et Wang Yi se sont parlé mardi au téléphone. "
            "Cet échange ouvre la voie à un entretien entre Joe Biden et Xi Jinping.")
    assert _pairs(parse, text) == [(("Antony Blinken", "Wang Yi"), "occurred", "2024-03-12"),
                                   (("Joe Biden", "Xi Jinping"), "planned", None)]
    # 'entre les deux présidents': not the ministers just named, whom the pair would stand for
    text = "Antony Blinken et Wang Yi se sont parlé mardi au téléphone. Cet échange ouvre la voie à un entretien entre les deux présidents."
    assert _pairs(parse, text) == [(("Antony Blinken", "Wang Yi"), "occurred", "2024-03-12")]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron a appelé Olaf Scholz lundi. Reste la question d'un nouvel appel avec le chancelier. "
    "Berlin n'a pas confirmé qu'un tel entretien était prévu.",
    "Emmanuel Macron a appelé Olaf Scholz lundi. Berlin n'a pas confirmé qu'un nouvel entretien était prévu.",
])
def test_a_plan_left_open_after_a_call_leaves_that_call_as_told(parse, text):
    """'Reste la question d'un nouvel appel', 'n'a pas confirmé qu'un tel entretien était prévu':
    a call to come, whose plan a side leaves open; the call told before stays one that took place."""
    assert ((tuple(MACRON_SCHOLZ), "occurred", "2024-03-11") in _pairs(parse, text)
            and all(status != "unconfirmed" for status in _statuses(parse, text)))


@pytest.mark.parametrize("text,names", [
    ("Le Premier ministre belge Alexander De Croo avait tenu une conférence téléphonique avec ses homologues "
     "néerlandais Mark Rutte et luxembourgeois Xavier Bettel.", ["Alexander De Croo", "Mark Rutte", "Xavier Bettel"]),
    ("Le chancelier Olaf Scholz avait tenu une conférence téléphonique avec ses homologues autrichien Karl Nehammer "
     "et suisse Alain Berset.", ["Alain Berset", "Karl Nehammer", "Olaf Scholz"]),
])
def test_partners_each_named_after_their_own_adjective_of_country_are_all_on_the_conference(parse, text, names):
    """'avec ses homologues néerlandais X et luxembourgeois Y': each name comes with its own
    adjective; the parser joins the second adjective to X and hangs Y apart, Y is still a partner."""
    assert [n for n, _ in _calls(parse, text, "2022-03-12")] == [names]


@pytest.mark.parametrize("text", [
    "Le président Emmanuel Macron et son homologue allemand Olaf Scholz ont eu lundi une conversation.",
    "Le président français Emmanuel Jean-Michel Macron et son homologue allemand Olaf Scholz ont eu lundi "
    "une conversation d'une vingtaine de minutes sur l'énergie.",
])
def test_a_talk_two_people_named_after_their_titles_had_is_a_call(parse, text):
    """'Le président X et son homologue Y ont eu une conversation': the subjects are the titles, the
    names hang on them (or elsewhere in the subject, as the parser likes); still two people who talked."""
    assert _pairs(parse, text) == [(tuple(MACRON_SCHOLZ), "occurred", "2024-03-11")]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron a dit avoir eu « une communication » avec Olaf Scholz lundi.",
    "Le chancelier Olaf Scholz a eu lundi une communication avec le président Emmanuel Macron.",
])
def test_a_communication_with_a_person_is_a_call(parse, text):
    """'avoir eu une communication avec X': the word alone, without 'téléphonique', for a call with a person."""
    assert _pairs(parse, text) == [(tuple(MACRON_SCHOLZ), "occurred", "2024-03-11")]


def test_the_communication_of_a_house_is_no_call(parse):
    assert _calls(parse, "Emmanuel Macron a salué lundi la communication du gouvernement allemand.") == []


@pytest.mark.parametrize("text", [
    "Le chancelier Olaf Scholz a chargé ses services de contacter leurs homologues italiens.",
    "Le chancelier Olaf Scholz a donné instruction à ses services de contacter leurs homologues italiens.",
    "Le chancelier Olaf Scholz a donné l'ordre à ses diplomates de joindre le président italien Sergio Mattarella.",
    "Le chancelier Olaf Scholz a demandé à ses collaborateurs de joindre le président italien Sergio Mattarella.",
])
def test_a_call_handed_to_ones_staff_is_no_call_of_ones_own(parse, text):
    """'a chargé ses services de contacter', 'a donné instruction à ses services de contacter': a
    verb of delegating, or one whose object is a noun of delegating, hands the call to staff who
    name no one; who delegates is on no call (the parser may hang the infinitive on 'services')."""
    assert _pairs(parse, text) == []


@pytest.mark.parametrize("text", [
    "Le directeur de l'AIEA, Rafael Grossi, juge la situation grave. Son porte-parole, Fredrik Dahl, indique qu'il doit "
    "parler demain avec le ministre turc des Affaires étrangères, Hakan Fidan.",
    "Rafael Grossi a quitté Vienne lundi. Son conseiller Jean Morel a précisé qu'il s'entretiendrait mardi avec Hakan Fidan.",
])
def test_il_in_what_a_spokesperson_reports_is_the_one_they_speak_for(parse, text):
    """'Son porte-parole, X, indique qu'il doit parler avec Y': 'il' is the one the spokesperson
    (or adviser) speaks for, the person named before them, not the spokesperson."""
    assert [(names, call.status) for names, call in _calls(parse, text)] == [(["Hakan Fidan", "Rafael Grossi"], "planned")]


@pytest.mark.parametrize("text,pair,initiator,status", [
    ("Mardi, le Kremlin a appelé le président turc Recep Tayyip Erdogan.",
     ["Recep Tayyip Erdoğan", "Vladimir Putin"], "Vladimir Putin", "occurred"),
    ("Le chancelier allemand Olaf Scholz a reçu mardi un appel de la Maison-Blanche.", ["Joe Biden", "Olaf Scholz"], "Joe Biden", "occurred"),
    ("Le général Ali Traoré n'a pas répondu aux appels téléphoniques de l'Élysée.",
     ["Emmanuel Macron", "ali-traore"], "Emmanuel Macron", "denied"),
    ("Le téléphone sonne sans arrêt. Le général Ali Traoré n'a pas répondu aux appels répétés de l'Élysée.",
     ["Emmanuel Macron", "ali-traore"], "Emmanuel Macron", "denied"),  # 'de l'Élysée' hung on the participle
])
def test_a_seat_of_government_that_calls_is_its_leader(parse, text, pair, initiator, status):
    """'le Kremlin a appelé X', 'un appel de la Maison-Blanche', 'les appels de l'Élysée': the seat
    as the caller is the leader who sits there that day, and placed the call."""
    labels = load().actors
    assert [(names, labels[c.initiator].label if c.initiator in labels else c.initiator, c.status)
            for names, c in _calls(parse, text)] == [(pair, initiator, status)]


def test_a_seat_of_government_reporting_a_call_is_still_no_side_of_it(parse):
    text = "Olaf Scholz s'est entretenu mardi avec Recep Tayyip Erdogan, a indiqué le Kremlin."
    assert [names for names, _ in _calls(parse, text)] == [["Olaf Scholz", "Recep Tayyip Erdoğan"]]


def test_a_form_of_address_alone_is_the_one_the_article_gave_it(parse):
    """'Son Altesse cheikh X ... Son Altesse a reçu un coup de fil de Y': the form of address alone,
    in the house style of a state agency, is its principal named with it before."""
    text = ("Son Altesse cheikh Mohamed ben Zayed Al Nahyane a inauguré lundi un hôpital à Abou Dhabi. "
            "Mardi, Son Altesse a reçu un coup de fil du roi Abdallah II de Jordanie.")
    assert [names for names, _ in _calls(parse, text, "2023-10-12")] == [["Abdullah II of Jordan", "Mohamed bin Zayed Al Nahyan"]]


def test_a_seat_named_by_a_body_of_its_own_places_no_call(parse):
    """'la direction des communications de la présidence turque': a call noun that only names a
    body of the seat makes its leader no caller."""
    text = ("Recep Tayyip Erdogan s'est entretenu mercredi au téléphone avec Olaf Scholz, "
            "a indiqué la direction des communications de la présidence turque.")
    assert [(names, call.initiator) for names, call in _calls(parse, text)] == [(["Olaf Scholz", "Recep Tayyip Erdoğan"], None)]


@pytest.mark.parametrize("text", [
    "Olaf Scholz a expliqué mardi qu'il comptait appeler Emmanuel Macron vendredi.",
    "Olaf Scholz a fait savoir qu'il entendait joindre Emmanuel Macron vendredi.",
])
def test_an_intention_in_the_imperfect_of_a_past_saying_is_still_to_come(parse, text):
    """'a expliqué qu'il comptait appeler Y vendredi': the imperfect follows the saying's tense; the
    plan is the one standing when told, its caller the subject and its day the coming one."""
    found = [(names, call.status, call.date, call.initiator and load().actors[call.initiator].label)
             for names, call in _calls(parse, text)]
    assert found == [(MACRON_SCHOLZ, "planned", "2024-03-15", "Olaf Scholz")]


def test_a_future_call_after_an_aside_has_its_noun_for_caller(parse):
    """'Le chancelier X, élu dimanche, appellera Y': the parser hangs the future (read as a
    participle) on the name as its clause; that name is still its subject, who places the call."""
    text = "Le chancelier Olaf Scholz, élu dimanche, appellera pour sa part le président Emmanuel Macron jeudi."
    found = [(names, call.status, call.initiator and load().actors[call.initiator].label) for names, call in _calls(parse, text)]
    assert found == [(MACRON_SCHOLZ, "planned", "Olaf Scholz")]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron convoque une visioconférence avec Olaf Scholz",
])
def test_a_meeting_called_in_the_present_is_still_to_come(parse, text):
    """'X convoque une visioconférence avec Y': the present tells the convening; the meeting is planned."""
    assert _statuses(parse, text) == ["planned"]


# --- sides82: who the clitic object of a reported call stands for -----------------------------
@pytest.mark.parametrize("text", [
    "Mme Meloni a confié mardi que le président Joe Biden l'avait appelée lundi.",
    "Le chancelier Olaf Scholz a reçu Emmanuel Macron. Mme Meloni a confié que le président Joe Biden l'avait appelée lundi.",
    "Le chancelier Olaf Scholz a reçu Emmanuel Macron. Mme Meloni s'est félicitée de cette rencontre. "
    "Elle a aussi confié que le président Joe Biden l'avait appelée lundi.",
])
def test_a_clitic_object_is_the_reporting_subject_named_by_an_honorific(parse, text):
    """'Mme X a confié que Y l'avait appelée': the parser makes the honorific the subject and the
    name its part; the person so named is the subject 'l'' (and a later 'elle') stands for."""
    assert [(names, call.initiator) for names, call in _calls(parse, text)][-1] == (["Giorgia Meloni", "Joe Biden"], "Q6279")


@pytest.mark.parametrize("text,partners", [
    ("Emmanuel Macron s'est aussi entretenu, depuis le début de la guerre, avec le chancelier allemand Olaf Scholz et le "
     "Premier ministre italien Mario Draghi.", [["Emmanuel Macron", "Mario Draghi"], MACRON_SCHOLZ]),
    ("Le président français s'est entretenu, depuis le début de la guerre, avec le chancelier allemand Olaf Scholz, "
     "selon l'Elysée.", [MACRON_SCHOLZ]),
    ("Emmanuel Macron s'est en outre entretenu, depuis le début de la guerre, avec le chancelier allemand Olaf Scholz, "
     "selon l'Elysée.", [MACRON_SCHOLZ]),
])
def test_an_incise_between_the_talk_verb_and_its_avec_keeps_the_partners(parse, text, partners):
    """'s'est entretenu, depuis le début de la crise, avec X et Y': the parser hangs 'avec X' on
    the incise's noun; the partners are still the verb's, one call each, as without the incise
    (also where it folds the participle into 'en outre', the clause hung on 'est')."""
    assert sorted(names for names, _ in _calls(parse, text, "2022-03-12")) == partners


ZELENSKY_CALLED = "Emmanuel Macron s'est entretenu par téléphone lundi avec Volodymyr Zelensky. "


@pytest.mark.parametrize("text,expected", [
    (ZELENSKY_CALLED + "Le même jour, le président ukrainien a aussi parlé avec le chancelier allemand Olaf Scholz.",
     [(("Olaf Scholz", "Volodymyr Zelensky"), "occurred", "2022-10-24")]),
    (ZELENSKY_CALLED + "Le même jour, le président ukrainien a aussi parlé avec le chancelier allemand Olaf Scholz lors de sa "
     "visite à Berlin.", []),  # met in person
    ("Volodymyr Zelensky s'est rendu lundi à Berlin. Le même jour, le président ukrainien a aussi parlé à Berlin avec le "
     "chancelier allemand Olaf Scholz.", []),
])
def test_parler_avec_a_titled_name_in_the_passe_compose(parse, text, expected):
    """'a aussi parlé avec le chancelier allemand X': the parser hangs 'avec' on the title it reads as
    the name's modifier; the name is still the one talked with (a call, unless the clause places the
    talk in person)."""
    assert [p for p in _pairs(parse, text, "2022-10-25") if "Emmanuel Macron" not in p[0]] == expected


@pytest.mark.parametrize("text", [
    ZELENSKY_CALLED + "Le président ukrainien devait aussi parler dans la journée avec Olaf Scholz.",
    "Volodymyr Zelensky devait également parler dans la journée avec le chancelier allemand Olaf Scholz, a ajouté son bureau.",
])
def test_devait_parler_dans_la_journee_avec_is_a_planned_call(parse, text):
    """'X devait parler dans la journée avec Y': the parser hangs 'avec Y' on 'journée', which says
    when, as it does on a day; the imperfect of 'devoir' plans the call."""
    assert [(names, call.status) for names, call in _calls(parse, text, "2022-10-24") if "Emmanuel Macron" not in names] == \
        [(["Olaf Scholz", "Volodymyr Zelensky"], "planned")]


@pytest.mark.parametrize(("text", "caller"), [
    ("Le chancelier allemand Olaf Scholz aurait lui aussi appelé Pedro Sánchez la semaine dernière pour parler "
     "du budget européen, selon le quotidien El País.", "Olaf Scholz"),
    ("Sitôt sorti de sa réunion, Olaf Scholz a organisé un appel avec Pedro Sánchez, a indiqué la chancellerie.", "Olaf Scholz"),
])
def test_the_subject_of_a_hearsay_call_or_of_organising_a_call_placed_it(parse, text, caller):
    """'X aurait appelé Y' (the parser may hang the verb with its tensed auxiliary on X's name)
    and 'X a organisé un appel avec Y' name X as the caller."""
    labels = load().actors
    assert [labels[call.initiator].label for _, call in _calls(parse, text, "2024-03-14") if call.initiator] == [caller]


# --- receivers82: a receiver named by a title, a clitic after a relative's call, a second call noun after 'puis' --
@pytest.mark.parametrize("text,receiver,callers", [
    ("Le président de la République, Abdelmadjid Tebboune, a reçu lundi un appel d'Emmanuel Macron. Le président Macron "
     "a souhaité au président Tebboune plein succès. Le président de la République a par ailleurs reçu, mercredi soir, "
     "des appels téléphoniques du président tunisien, Kaïs Saïed, et de l'émir du Qatar, cheikh Tamim ben Hamad Al "
     "Thani, qui l'ont félicité pour sa réélection.",
     "Abdelmadjid Tebboune", ["Emmanuel Macron", "Kais Saied", "Tamim bin Hamad Al Thani"]),
    ("ABOU DHABI - Son Altesse cheikh Mohamed ben Zayed Al Nahyane, Président de l'Etat, a reçu mardi le roi de Jordanie. "
     "Le Président de l'Etat a par ailleurs reçu mercredi des appels du président égyptien Abdel Fattah al-Sissi et de "
     "l'émir du Qatar, cheikh Tamim ben Hamad Al Thani.",
     "Mohamed bin Zayed Al Nahyan", ["Abdel Fattah al-Sisi", "Tamim bin Hamad Al Thani"]),
])
def test_a_title_given_with_a_name_between_commas_names_that_person_again(parse, text, receiver, callers):
    """'Le président de la République, X, a reçu ...', 'X, Président de l'Etat, ...': house style
    then names X by the title alone ('Le président de la République a par ailleurs reçu des appels
    de A et de B'): a call each, X's with each caller, whatever office the words name elsewhere."""
    labels = load().actors
    found = sorted((names, labels[call.initiator].label) for names, call in _calls(parse, text))
    assert found == sorted((sorted([receiver, caller]), caller) for caller in callers)


def test_a_title_given_after_the_name_names_that_person_on_a_video_call(parse):
    text = ("ABOU DHABI - Son Altesse cheikh Mohamed ben Zayed Al Nahyane, Président de l'Etat, a reçu mardi le roi de "
            "Jordanie. Le Président de l'Etat a également participé mercredi à une visioconférence avec le président "
            "égyptien Abdel Fattah al-Sissi et l'émir du Qatar.")
    assert [names for names, _ in _calls(parse, text)] == [
        ["Abdel Fattah al-Sisi", "Mohamed bin Zayed Al Nahyan", "Tamim bin Hamad Al Thani"]]


@pytest.mark.parametrize("text", [
    "Joe Biden s'est entretenu lundi avec Olaf Scholz. La Première ministre italienne Giorgia Meloni, qui s'est elle aussi "
    "entretenue avec M. Scholz par téléphone en début de semaine, doit de nouveau l'appeler dans les prochains jours.",
    "Joe Biden s'est entretenu lundi avec Olaf Scholz. Giorgia Meloni, qui s'est entretenue avec le président Emmanuel "
    "Macron dimanche, doit l'appeler de nouveau mardi.",
])
def test_a_clitic_object_after_a_relative_telling_a_call_is_that_call_partner(parse, text):
    """'X, qui s'est entretenue avec P lundi, doit de nouveau l'appeler': the caller's relative
    clause just named P as the partner of a call; 'l'' is P, not the subject of the sentence before."""
    planned = [names for names, call in _calls(parse, text) if call.status == "planned"]
    assert len(planned) == 1 and "Joe Biden" not in planned[0] and "Giorgia Meloni" in planned[0]


@pytest.mark.parametrize("text,second", [
    ("Emmanuel Macron a eu un entretien téléphonique avec Joe Biden, puis une visioconférence avec Olaf Scholz et "
     "Giorgia Meloni.", ["Emmanuel Macron", "Giorgia Meloni", "Olaf Scholz"]),
    ("Joe Biden a organisé un appel avec Volodymyr Zelensky, puis un appel commun avec plusieurs dirigeants européens, "
     "dont Emmanuel Macron, Olaf Scholz et Giorgia Meloni.",
     ["Emmanuel Macron", "Giorgia Meloni", "Joe Biden", "Olaf Scholz"]),
])
def test_a_second_call_noun_after_puis_keeps_its_people_and_the_first_nouns_caller(parse, text, second):
    """'X a eu un entretien avec A, puis une visioconférence avec B et C': the parser hangs the
    second call noun on A, inside the first call's 'avec' phrase; its own phrase is still its
    people, and its caller is the subject of the verb whose object is the first call noun."""
    found = [names for names, _ in _calls(parse, text)]
    assert len(found) == 2 and found[1] == second


def test_the_subject_of_a_call_verb_hung_on_it_keeps_the_caller_role_past_an_object_hung_there_too(parse):
    """'X, qui se trouvait dimanche à Z, a quant à elle appelé mardi le président Y, ...': the
    parser hangs the verb on X's name, and the verb's object with it; X still placed the call."""
    text = ("Theresa May, qui se trouvait dimanche à Bruxelles, a quant à elle appelé ce mardi matin le président turc, "
            "Recep Tayyip Erdoğan, pour poursuivre les discussions sur l'accord entre l'UE et la Turquie destiné à freiner "
            "l'afflux de migrants vers l'Europe, a indiqué à Londres un porte-parole de Downing Street.")
    labels = load().actors
    assert [(names, labels[call.initiator].label if call.initiator else None, call.date)
            for names, call in _calls(parse, text, "2018-03-14")] == [
        (["Recep Tayyip Erdoğan", "Theresa May"], "Theresa May", "2018-03-13")]


def test_leur_right_after_a_wish_to_call_is_that_pair_not_the_main_call(parse):
    """'X a fait savoir qu'il avait l'intention de téléphoner à Y. Leur dernier entretien remonte à
    mars 2023': the pair of the wish just told, not the pair of the article's main call."""
    text = ("Joe Biden s'est entretenu lundi par téléphone avec Recep Tayyip Erdoğan.\n\n"
            "Par ailleurs, Olaf Scholz a fait savoir qu'il avait l'intention de téléphoner à Recep Tayyip Erdoğan "
            "« le moment venu ». Leur dernier entretien téléphonique remonte au 3 mars 2023.")
    assert (("Olaf Scholz", "Recep Tayyip Erdoğan"), "occurred", "2023-03-03") in _pairs(parse, text)
    assert (("Joe Biden", "Recep Tayyip Erdoğan"), "occurred", "2023-03-03") not in _pairs(parse, text)


def test_les_deux_presidents_are_two_people_the_role_fits_not_an_envoy_named_with_one(parse):
    """'X a remis à l'envoyé américain W une lettre pour Y et un échange entre les deux présidents
    pourrait suivre': the presidents are X and Y; W, the envoy X acted on, is no president."""
    text = ("Le Kremlin a répondu jeudi que Vladimir Poutine avait remis mercredi à l'envoyé américain Steve Witkoff "
            "une lettre pour Donald Trump et qu'un échange téléphonique entre les deux présidents pourrait se tenir "
            "le mois prochain.")
    assert [names for names, _ in _calls(parse, text, "2025-03-20")] == [["Donald Trump", "Vladimir Putin"]]


@pytest.mark.parametrize("text", [
    "Donald Trump, le vainqueur de la présidentielle américaine, a reçu jeudi de nombreux messages. "
    "Le président sud-coréen Yoon Suk Yeol a lui aussi appelé jeudi le vainqueur de la présidentielle.",
    "Donald Trump, le vainqueur du scrutin de mardi, a remercié ses électeurs. "
    "Yoon Suk Yeol s'est entretenu jeudi au téléphone avec le vainqueur du scrutin.",
])
def test_a_noun_phrase_first_apposed_to_a_name_names_that_person_again_alone(parse, text):
    """'X, le vainqueur de la présidentielle américaine, ...' then 'a appelé le vainqueur de la
    présidentielle': the description the article tied to X, met again without the name, is X."""
    assert [names for names, _ in _calls(parse, text, "2024-11-08")] == [["Donald Trump", "Yoon Suk Yeol"]]


@pytest.mark.parametrize("text", [
    "Joe Biden s'était concerté lundi par téléphone avec Emmanuel Macron, le chancelier allemand Olaf Scholz "
    "et le premier ministre britannique Rishi Sunak. Les quatre dirigeants ont appelé Moscou à la retenue.",
    "Joe Biden a parlé lundi avec Emmanuel Macron, Olaf Scholz et Rishi Sunak. Au terme de cet appel à quatre, "
    "la Maison Blanche a publié un communiqué commun.",
    "Joe Biden a parlé lundi avec Emmanuel Macron, Olaf Scholz et Rishi Sunak. Lors de l'appel à quatre, "
    "ils ont évoqué le climat.",
])
def test_a_list_of_partners_counted_as_one_group_right_after_is_one_call(parse, text):
    """'X s'est concerté par téléphone avec A, B et C. Les quatre dirigeants ont appelé ...', 'Au
    terme de cet appel à quatre, ...': the next sentence counts the caller and the partners as one
    group; one call of the four, not three."""
    assert [names for names, _ in _calls(parse, text)] == [["Emmanuel Macron", "Joe Biden", "Olaf Scholz", "Rishi Sunak"]]


def test_whom_a_participle_beside_the_callee_names_is_no_side(parse):
    """'X a téléphoné au président Y, lui demandant de libérer Z': the participle clause the parser
    sets beside Y tells what X asked; Z is named in it, on no call."""
    text = "Jeudi, Rishi Sunak a téléphoné au président iranien Ebrahim Raïssi, lui demandant de recevoir Emmanuel Macron."
    assert [names for names, _ in _calls(parse, text)] == [["Ebrahim Raisi", "Rishi Sunak"]]


def test_a_leader_inside_the_role_of_the_partner_is_no_side(parse):
    """'X s'est entretenu avec le conseiller spécial du président brésilien, Y': the president
    says whose adviser Y is; the call is X's with Y alone."""
    for text in ("Wang Yi s'est entretenu au téléphone avec le conseiller spécial du président français pour les affaires "
                 "européennes, Emmanuel Bonne.",
                 "Wang Yi s'est entretenu mardi avec le conseiller spécial du Président français pour l'Europe, Emmanuel Bonne."):
        assert [(len(names), "Emmanuel Macron" in names) for names, _ in _calls(parse, text)] == [(2, False)]


def test_the_second_verb_of_a_coordination_shares_the_first_ones_subject(parse):
    """'X a exposé sa position, et a informé le président Y de son entretien avec Z': the parser may
    take Y for the second verb's subject; the verb shares X, whose call with Z it was."""
    text = ("Le Président Emmanuel Macron a exposé la position de la France, et a informé le Président Xi Jinping de son "
            "récent entretien avec le Premier ministre indien Narendra Modi.")
    assert [names for names, _ in _calls(parse, text)] == [["Emmanuel Macron", "Narendra Modi"]]


def test_a_relative_of_joining_on_a_call_noun_apposed_to_the_partner_adds_a_participant(parse):
    """'X a parlé avec Y, un appel auquel s'est joint Z': the call noun set beside the partner is the
    call itself; who joined it in the relative is on it with X and Y."""
    text = "Joe Biden a parlé mercredi avec Emmanuel Macron, un appel auquel s'est joint Olaf Scholz."
    assert [names for names, _ in _calls(parse, text)] == [["Emmanuel Macron", "Joe Biden", "Olaf Scholz"]]


@pytest.mark.parametrize(("text", "second"), [
    ("Emmanuel Macron a aussi parlé mardi avec le chancelier allemand Olaf Scholz, avec lequel il a abordé la situation "
     "en Ukraine, ainsi qu'avec le Premier ministre italien Giorgia Meloni.", ["Emmanuel Macron", "Giorgia Meloni"]),
    ("Olaf Scholz s'est entretenu jeudi avec le président français Emmanuel Macron, avec lequel il a évoqué le climat, "
     "ainsi qu'avec le Premier ministre italien Giorgia Meloni.", ["Giorgia Meloni", "Olaf Scholz"]),
])
def test_a_second_partner_after_a_relative_on_the_first_is_the_talk_verbs(parse, text, second):
    """'X a parlé avec A, avec lequel il a évoqué N, ainsi qu'avec B': the parser hangs 'ainsi
    qu'avec B' on the relative's verb; B is X's next partner, a call of its own, not a side of A's."""
    assert sorted(names for names, _ in _calls(parse, text)) == sorted([MACRON_SCHOLZ, second])


@pytest.mark.parametrize(("text", "pair"), [
    ("Le dernier appel entre les présidents russe et ukrainien, avec Petro Porochenko à l'époque, avait eu lieu en août 2018.",
     ["Petro Poroshenko", "Vladimir Putin"]),
    ("Le dernier échange entre les présidents français et américain, avec Donald Trump à l'époque, remontait à décembre 2020.",
     ["Donald Trump", "Emmanuel Macron"]),
])
def test_a_past_holder_given_beside_the_role_stands_for_its_holder_of_today(parse, text, pair):
    """'l'appel entre les présidents russe et ukrainien, avec X à l'époque': X held one of the roles
    then; he takes the place of its holder on the article's day, not a third side of the call."""
    assert [names for names, _ in _calls(parse, text, "2021-04-12")] == [pair]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron a promis de s'entretenir à nouveau avec Olaf Scholz dès que possible.",
    "Emmanuel Macron a promis d'appeler Olaf Scholz.",
])
def test_a_promise_to_talk_is_a_plan(parse, text):
    """'promettre de' + a call verb commits to a call still to come, like 'compter' or 'envisager'."""
    assert _statuses(parse, text) == ["planned"]


def test_a_plan_over_having_someone_on_the_phone_is_a_plan(parse):
    """'avoir X au téléphone' is the call itself, so the 'devoir' above the light verb plans it."""
    text = "Emmanuel Macron doit à nouveau avoir Olaf Scholz au téléphone dans la soirée."
    assert _statuses(parse, text) == ["planned"]


def test_an_intention_over_a_quoted_infinitive_is_a_plan(parse):
    """'compte « également parler avec Y »': the quote opens between the intention and its verb."""
    text = "Emmanuel Macron compte « également parler avec Olaf Scholz » dans les prochains jours."
    assert _statuses(parse, text) == ["planned"]


def test_a_failed_try_after_a_denial_of_the_pair_is_that_denied_call(parse):
    """'Aucun appel n'a eu lieu entre X et Y' then 'Y avait tenté de joindre X, sans réponse': the
    try that came to nothing is the evidence of the call denied, not a second denied call."""
    text = ("Aucune conversation téléphonique n'a eu lieu entre Emmanuel Macron et Olaf Scholz, a indiqué Berlin.\n\n"
            "La veille, Olaf Scholz avait assuré qu'il avait tenté de joindre Emmanuel Macron sans obtenir de réponse.")
    assert _pairs(parse, text) == [(tuple(MACRON_SCHOLZ), "denied", None)]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron s'est entretenu samedi soir avec Joe Biden et Olaf Scholz, lors d'une conférence téléphonique.",
    "Emmanuel Macron a parlé samedi avec Joe Biden et Olaf Scholz au cours d'une visioconférence.",
])
def test_talking_with_several_during_a_conference_is_one_call_of_all(parse, text):
    """'X s'est entretenu avec A et B, lors d'une conférence téléphonique': the conference noun is
    the occasion of the clause, so one call of the three, not one call per partner."""
    assert _pairs(parse, text) == [(("Emmanuel Macron", "Joe Biden", "Olaf Scholz"), "occurred", "2024-03-09")]


def test_talking_with_several_before_a_summit_is_still_a_call_each(parse):
    """A summit the clause only dates itself by is no conference the partners share."""
    text = "Emmanuel Macron a parlé samedi avec Joe Biden et Olaf Scholz avant le sommet du G7."
    assert len(_pairs(parse, text)) == 2


@pytest.mark.parametrize("text", [
    "Emmanuel Macron n'a pas pris part au sommet du G7, tenu mercredi par visioconférence à l'initiative de Joe Biden.",
    "Olaf Scholz n'a pas participé à la réunion, organisée jeudi en visioconférence à l'initiative de Joe Biden.",
])
def test_who_did_not_join_a_conference_is_on_no_side_of_it(parse, text):
    """'X n'a pas pris part au sommet tenu par visioconférence': X stayed away; the sentence names
    him, yet he is no side of the call (nor of one with its host)."""
    assert not any({"Emmanuel Macron", "Olaf Scholz"} & set(names) for names, _ in _calls(parse, text))


def test_a_plan_verb_before_an_incise_still_plans_the_call(parse):
    """'X a de son côté prévu de s'entretenir avec Y': the incise before the participle throws the
    parser, which makes the infinitive the root; 'prévu de' still plans the call."""
    text = "Le président français a de son côté prévu de s'entretenir jeudi avec Olaf Scholz."
    assert _statuses(parse, text) == ["planned"]


@pytest.mark.parametrize("text", [
    "L'entretien entre Emmanuel Macron et Olaf Scholz n'aura pas lieu mardi.",
    "L'entretien téléphonique entre Emmanuel Macron et Olaf Scholz ne se tiendra finalement pas mardi.",
])
def test_a_call_that_will_not_take_place_on_its_day_is_still_to_come(parse, text):
    """'n'aura pas lieu mardi', in the future: the call is put off, a plan, not said never to have
    taken place ('n'a pas eu lieu' is)."""
    assert _statuses(parse, text) == ["planned"]


def test_not_yet_since_a_date_denies_any_call(parse):
    """'ne se sont pas encore parlé depuis X': no call at all in that time (a denial), unlike
    'ne se sont pas parlé depuis X', a state since a last call."""
    text = "Emmanuel Macron et Olaf Scholz ne se sont pas encore parlé depuis les élections."
    assert _pairs(parse, text) == [(tuple(MACRON_SCHOLZ), "denied", None)]


# --- the speaker as the object clitic of a call verb -------------------------------------
@pytest.mark.parametrize("text,published,expected", [
    ("« Olaf Scholz m'a téléphoné mardi », a raconté Pedro Sánchez.", "2025-04-10",
     [(("Olaf Scholz", "Pedro Sánchez"), "occurred", "2025-04-08", "Olaf Scholz")]),
    ("Giorgia Meloni a déclaré : « Olaf Scholz m'a appelée hier. »", "2024-03-12",
     [(("Giorgia Meloni", "Olaf Scholz"), "occurred", "2024-03-11", "Olaf Scholz")]),
    ("« Olaf Scholz m'a appelé mardi », a raconté Pedro Sánchez.", "2025-04-10",  # the incise's 'a' is no 'appeler à'
     [(("Olaf Scholz", "Pedro Sánchez"), "occurred", "2025-04-08", "Olaf Scholz")]),
    ("« Le chancelier Olaf Scholz m'a, lui, appelé lundi », a confié Pedro Sánchez.", "2025-04-10",  # an incise after 'a'
     [(("Olaf Scholz", "Pedro Sánchez"), "occurred", "2025-04-07", "Olaf Scholz")]),
])
def test_me_as_the_object_of_a_call_verb_in_a_quote_is_its_speaker(parse, text, published, expected):
    """'« X m'a téléphoné », a dit Y': 'me' as the object of the call verb is the quote's speaker,
    as 'je' is as its subject; X placed the call."""
    labels = load().actors
    assert sorted((tuple(names), call.status, call.date, labels[call.initiator].label if call.initiator else None)
                  for names, call in _calls(parse, text, published)) == expected


def test_me_as_the_object_of_a_call_verb_in_an_interviews_answer_is_the_interviewee(parse):
    text = _INTERVIEW.format(label="", we="").replace(
        "J'ai eu hier soir mon homologue américain Antony Blinken au téléphone,", "Antony Blinken m'a téléphoné hier soir,")
    calls = [(names, call.status, call.date) for names, call in _calls(parse, text)]
    assert (["Annalena Baerbock", "Antony Blinken"], "occurred", "2024-03-11") in calls


def test_me_reminded_of_something_in_a_quote_is_no_call(parse):
    """'X m'a rappelé nos engagements' recalls a thing to the speaker: no call, 'me' or not."""
    assert _calls(parse, "« Olaf Scholz m'a rappelé nos engagements », a dit Pedro Sánchez.", "2025-04-10") == []


@pytest.mark.parametrize("text, published, pair, status", [
    ("Le chancelier Olaf Scholz a appelé le Kremlin mardi.", "2024-03-14", ["Olaf Scholz", "Vladimir Putin"], "occurred"),
    ("Jeudi, le président Emmanuel Macron a appelé Baabda.", "2025-03-14", ["Emmanuel Macron", "Joseph Aoun"], "occurred"),
    ("Le président algérien Abdelmadjid Tebboune n'a jamais appelé Carthage.", "2023-05-10",
     ["Abdelmadjid Tebboune", "Kais Saied"], "denied"),
])
def test_a_seat_of_office_called_is_its_head(parse, text, published, pair, status):
    """'X a appelé le Kremlin', 'n'a pas appelé Carthage': a seat of government called stands for
    the leader who sits there that day, as a person's name does; 'appeler' then phones."""
    calls = _calls(parse, text, published)
    assert [(sorted(names), call.status) for names, call in calls] == [(sorted(pair), status)]
    assert calls[0][1].initiator is not None


@pytest.mark.parametrize("text", [
    "Le président Emmanuel Macron a appelé le Kremlin à la retenue.",
    "Olaf Scholz a appelé la Maison Blanche au dialogue.",
])
def test_a_seat_urged_to_something_is_no_call(parse, text):
    """'appeler le Kremlin à la retenue' urges the seat; it does not phone it."""
    assert _calls(parse, text) == []


@pytest.mark.parametrize("text", [
    "Emmanuel Macron a appelé Olaf Scholz lundi. « Ce n'est pas un coup de fil qui change une politique », "
    "a ironisé un diplomate à propos de l'appel de Macron.",
    "Emmanuel Macron a appelé Olaf Scholz lundi. « Ce n'est pas un simple coup de téléphone qui fera plier Berlin », "
    "a commenté un conseiller.",
])
def test_a_negated_cleft_of_any_call_denies_no_call(parse, text):
    """'Ce n'est pas un coup de fil qui change une politique': the negation bears on what any call
    does (the cleft's relative), not on a call; the call told before still took place."""
    assert _pairs(parse, text) == [(tuple(MACRON_SCHOLZ), "occurred", "2024-03-11")]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron et Olaf Scholz se sont parlé ce matin. Les deux hommes avaient convenu de se reparler dans "
    "l'après-midi, ce qu'ils ont fait vers 15 h.",
    "Emmanuel Macron a appelé Olaf Scholz en fin de matinée. Les deux hommes ont convenu de se reparler dans "
    "l'après-midi, ce qu'ils ont fait.",
])
def test_a_plan_carried_out_the_same_day_is_a_second_call(parse, text):
    """'avaient convenu de se reparler dans l'après-midi, ce qu'ils ont fait': the 'ce que'
    relative of a verb of doing says the plan was carried out; in the afternoon, after the morning's
    call, it is a second call that took place."""
    assert _statuses(parse, text, "2024-03-12") == ["occurred", "occurred"]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron et Olaf Scholz ont convenu de se rappeler dans la soirée, ce qu'ils n'ont pas fait.",
    "Emmanuel Macron et Olaf Scholz ont convenu de se rappeler dans la soirée, ce qu'ils feront.",
])
def test_a_plan_not_yet_carried_out_stays_a_plan(parse, text):
    assert _statuses(parse, text) == ["planned"]


def test_the_previous_call_is_the_one_just_recalled(parse):
    """'Ils s'étaient parlé le 21 février. Ce précédent appel, d'une heure environ, ...': 'ce
    précédent appel' points at the call just recalled, whose length it gives; it is no third call,
    nor the call in the news."""
    text = ("Emmanuel Macron et Olaf Scholz se sont parlé lundi pendant une heure et demie. Ils s'étaient parlé le "
            "21 février. Ce précédent appel, d'une heure environ, avait été jugé « constructif ».")
    calls = sorted((call.date, call.duration_min) for _, call in _calls(parse, text))
    assert calls == [("2024-02-21", 60.0), ("2024-03-11", 90.0)]


def test_a_call_recalled_by_its_day_in_a_participle_is_an_earlier_call(parse):
    """'Rappelant l'entretien qu'ils avaient eu le 20 décembre, X a relevé ...': the call noun
    names nobody, but its own day, before the call in the news, makes it the pair's earlier call;
    the call in the news keeps its day."""
    text = ("Emmanuel Macron et Olaf Scholz se sont parlé lundi. Rappelant l'entretien téléphonique qu'ils avaient "
            "eu le 20 décembre dernier, Emmanuel Macron a relevé les progrès accomplis.")
    assert _pairs(parse, text) == [(tuple(MACRON_SCHOLZ), "occurred", "2023-12-20"),
                                   (tuple(MACRON_SCHOLZ), "occurred", "2024-03-11")]


@pytest.mark.parametrize("text,pair,date", [
    ("Le Premier ministre espagnol Pedro Sánchez, qu'Olaf Scholz a également appelé lundi, a demandé un plafonnement "
     "des prix.", ("Olaf Scholz", "Pedro Sánchez"), "2024-03-11"),
    ("Le président Emmanuel Macron, que Joe Biden a appelé mardi, a salué une décision courageuse.",
     ("Emmanuel Macron", "Joe Biden"), "2024-03-12"),
])
def test_the_antecedent_of_a_relative_que_is_the_one_called(parse, text, pair, date):
    """'Y, que X a appelé lundi, a ...': the relative 'que' (read by the parser as a conjunction)
    stands for Y, whom X called."""
    assert _pairs(parse, text, "2024-03-13") == [(pair, "occurred", date)]


def test_a_relative_que_on_a_thing_calls_no_one(parse):
    """'la trêve, que X a appelée de ses vœux': the antecedent names no person, no call."""
    assert _pairs(parse, "La trêve, que Joe Biden a appelée de ses vœux lundi, reste fragile.", "2024-03-13") == []


# --- a call noun as the agent of a passive: its 'de' person called the passive's subject --------------
@pytest.mark.parametrize("text,pair,initiator", [
    ("Olaf Scholz a été tiré de son sommeil mardi par un appel d'Emmanuel Macron.", MACRON_SCHOLZ, "Q3052772"),
    ("Olaf Scholz a été prévenu par un appel du président français.", MACRON_SCHOLZ, "Q3052772"),
    ("Olaf Scholz a été interrompu par une communication d'Emmanuel Macron.", MACRON_SCHOLZ, "Q3052772"),
    ("Olaf Scholz a été ému par l'appel d'Emmanuel Macron à la réconciliation.", None, None),  # a plea
])
def test_a_call_as_the_agent_of_a_passive_is_from_its_de_person_to_the_subject(parse, text, pair, initiator):
    """'X a été réveillé par un appel de Y': whatever the passive verb, Y called X; 'l'appel de Y à
    la paix' is a plea."""
    assert [(names, call.initiator) for names, call in _calls(parse, text)] == ([(pair, initiator)] if pair else [])


# --- 'rappeler' in an incise or in 'comme l'a rappelé X': the source recalls the call, it calls back no one --------
@pytest.mark.parametrize("text,pair", [
    ("Rishi Sunak avait eu lundi soir Olaf Scholz au téléphone, a rappelé mercredi Downing Street.", ("Olaf Scholz", "Rishi Sunak")),
    ("Olaf Scholz s'est entretenu lundi avec Emmanuel Macron, comme l'a rappelé mercredi la chancellerie.", tuple(MACRON_SCHOLZ)),
])
def test_rappeler_in_an_incise_recalls_the_call_without_dating_it(parse, text, pair):
    """'..., a rappelé mercredi Downing Street': 'rappeler' after the clause it credits, its
    subject after it, is a saying verb (even of a seat a call verb may phone); the day is the
    saying's, the call keeps its own (the medium the parser hung on the incise included)."""
    assert _pairs(parse, text, "2024-03-13") == [(pair, "occurred", "2024-03-11")]


def test_rappeler_in_an_incise_makes_its_source_no_caller(parse):
    """'..., a rappelé l'Elysée': the Elysée says it; it calls no one back, and names no initiator."""
    text = "Olaf Scholz avait eu lundi soir Emmanuel Macron au téléphone, a rappelé l'Elysée."
    assert [(names, call.initiator) for names, call in _calls(parse, text, "2024-03-13")] == [(MACRON_SCHOLZ, None)]


def test_rappeler_with_a_clitic_after_a_comma_still_calls_back(parse):
    """'..., puis l'a rappelé mardi': the clitic is the person called back, a second call."""
    text = "Emmanuel Macron a appelé Olaf Scholz lundi, puis l'a rappelé mardi."
    assert _pairs(parse, text, "2024-03-13") == [(tuple(MACRON_SCHOLZ), "occurred", "2024-03-11"),
                                                 (tuple(MACRON_SCHOLZ), "occurred", "2024-03-12")]


# --- talks resumed: a process, no call, unless the clause says how or how long ------------------
@pytest.mark.parametrize("text", [
    "Olaf Scholz a appelé Emmanuel Macron lundi. Il a chargé Annalena Baerbock de poursuivre les discussions avec Giorgia Meloni.",
    "Olaf Scholz a appelé Emmanuel Macron lundi. Le chancelier a décidé de relancer les échanges avec Giorgia Meloni.",
    "Olaf Scholz a téléphoné à Emmanuel Macron lundi. Le chancelier a décidé de reprendre les discussions avec Giorgia Meloni.",
])
def test_talks_resumed_with_someone_are_no_call(parse, text):
    """'poursuivre les discussions avec X', 'relancer les échanges avec X': talks taken up again,
    over weeks, are no call of their own, even in an article about a phone call."""
    assert [names for names, _ in _calls(parse, text)] == [MACRON_SCHOLZ]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron et Olaf Scholz ont repris leurs discussions par téléphone mardi.",
    "Olaf Scholz a chargé Emmanuel Macron de s'entretenir avec Giorgia Meloni.",
])
def test_talks_resumed_by_phone_or_a_talk_delegated_are_still_calls(parse, text):
    """The medium said makes the resumed talks that day's call; 'chargé Y de s'entretenir avec Z'
    delegates a call to come."""
    assert len(_calls(parse, text)) == 1


# --- a denial told in the plus-que-parfait with its own time: an earlier call, not today's ----------
def test_an_earlier_denial_dated_by_its_clause_is_a_call_of_its_own(parse):
    """'En octobre, Z avait démenti un entretien entre les deux hommes': the month dates the call
    denied then, which is not Wednesday's call of an hour and a half."""
    text = ("Joe Biden s'est entretenu mercredi avec Xi Jinping pendant une heure. "
            "En septembre, Pékin avait démenti une conversation téléphonique entre les deux présidents.")
    assert sorted((call.status, call.date) for _, call in _calls(parse, text, "2024-03-14")) == \
        [("denied", "2023-09"), ("occurred", "2024-03-13")]


def test_a_denial_of_the_call_just_told_is_that_call(parse):
    text = "Joe Biden s'est entretenu mercredi avec Xi Jinping pendant une heure. Pékin a démenti cet appel."
    assert [call.status for _, call in _calls(parse, text, "2024-03-14")] == ["denied"]


# --- an epithet for the one person named before: 'le milliardaire', 'le vainqueur' -------
@pytest.mark.parametrize("text,pair", [
    ("Donald Trump a dénoncé l'accord commercial. Le milliardaire républicain a également téléphoné au Premier ministre "
     "canadien Justin Trudeau.", ("Donald Trump", "Justin Trudeau")),
    ("Joe Biden a remporté l'élection. Mardi, Olaf Scholz a appelé le vainqueur pour le féliciter.", ("Joe Biden", "Olaf Scholz")),
])
def test_an_epithet_for_the_one_person_named_before_is_a_side_of_the_call(parse, text, pair):
    assert [tuple(names) for names, _ in _calls(parse, text, "2021-01-05")] == [pair]
