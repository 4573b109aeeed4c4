"""When a call took place, whether it did and how, as news writes it: sentences of our own."""
from __future__ import annotations

import pytest

from kg.nlp.gazetteer import load


def _calls(parse, text, published):
    doc = parse(text, published)
    labels = load().actors
    return sorted((tuple(sorted(labels[p].label if p in labels else p for p in c.participants)), c.status, c.date)
                  for c in doc._.calls)


def test_a_call_made_next_is_on_the_day_of_the_meeting_told_before(parse):
    """'ensuite' after a meeting dated in the sentence before: the call followed it that day,
    not on the day the article appeared."""
    text = ("Emmanuel Macron a reçu Olaf Scholz mardi 5 mars à l'Élysée. "
            "Il s'est ensuite entretenu par téléphone avec Joe Biden, selon la présidence.")
    assert _calls(parse, text, "2024-03-08") == [(("Emmanuel Macron", "Joe Biden"), "occurred", "2024-03-05")]


def test_a_call_on_the_margin_of_a_summit_told_before_is_on_the_summit_s_day(parse):
    """'En marge du sommet' points back to the summit the article dated: the call took place that
    day, not on the day the article appeared; 'en marge d'un sommet' points back to none."""
    told = "Le sommet de l'Union africaine s'est ouvert mardi à Addis-Abeba. "
    call = "{} sommet, Emmanuel Macron s'est entretenu par téléphone avec Olaf Scholz."
    assert _calls(parse, told + call.format("En marge du"), "2024-03-14") == [
        (("Emmanuel Macron", "Olaf Scholz"), "occurred", "2024-03-12")]
    assert _calls(parse, told + call.format("En marge d'un autre"), "2024-03-14") == [
        (("Emmanuel Macron", "Olaf Scholz"), "occurred", "2024-03-14")]


def test_a_call_ended_when_a_post_dated_by_a_weekday_was_written_is_in_that_month_of_a_month_only_issue(parse):
    """'a écrit jeudi ..., au terme d'un échange': the call ended on the post's day; an issue dated
    by its month only gives no day to count the weekday from, but the month holds."""
    text = ("« Bon échange avec le président Macron. Nous avons parlé de l'Ukraine et du commerce », a écrit jeudi sur X "
            "le chancelier allemand Olaf Scholz, au terme d'un échange téléphonique d'environ une heure avec son homologue "
            "français.")
    assert _calls(parse, text, "2024-03") == [(("Emmanuel Macron", "Olaf Scholz"), "occurred", "2024-03")]


def test_a_weekday_with_a_day_number_and_no_month_is_that_day(parse):
    """'lundi 3' in an article that gives only its month: the 3rd that is a Monday, not the month."""
    text = "Recep Tayyip Erdogan s'est entretenu lundi 3 par téléphone avec Vladimir Poutine."
    assert _calls(parse, text, "2023-04") == [(("Recep Tayyip Erdoğan", "Vladimir Putin"), "occurred", "2023-04-03")]


def test_a_weekday_with_a_day_number_of_the_month_before(parse):
    """'jeudi 30' early in the next month: the 30th of the month before, the one that is a Thursday."""
    text = "Pedro Sánchez a parlé jeudi 30 au téléphone avec Emmanuel Macron."
    assert _calls(parse, text, "2023-04") == [(("Emmanuel Macron", "Pedro Sánchez"), "occurred", "2023-03-30")]


def test_a_source_that_says_it_could_not_confirm_leaves_the_call_unconfirmed(parse):
    """'selon Z, qui n'a pas obtenu de confirmation': the call rests on Z's report alone."""
    for text in ["Joe Biden a parlé jeudi au téléphone avec Xi Jinping, selon le journal Nikkei, "
                 "qui n'a pas obtenu de confirmation officielle.",
                 "Joe Biden a parlé jeudi avec Xi Jinping, selon le site Axios, qui n'a pas confirmé l'information."]:
        assert [status for _, status, _ in _calls(parse, text, "2024-03-12")] == ["unconfirmed"]


def test_a_source_that_leaves_only_the_time_open_reports_a_call(parse):
    """'qui n'a pas confirmé l'heure': the call itself is told; nor is a source giving no details in doubt."""
    for text in ["Selon l'agence Tass, qui n'a pas confirmé l'heure, Vladimir Poutine a parlé mardi avec Xi Jinping.",
                 "Joe Biden a parlé jeudi avec Xi Jinping, selon la Maison Blanche, qui n'a pas donné de détails."]:
        assert [status for _, status, _ in _calls(parse, text, "2024-03-12")] == ["occurred"]


def test_the_next_call_agreed_has_no_length_of_the_call_that_took_place(parse):
    """'se sont parlé pendant une heure et se reparleront jeudi': the length is the call's that
    took place, in its own clause; the next call has none yet. One in the plan's clause is its."""
    def lengths(text):
        return sorted((c.status, c.duration_min) for c in parse(text, "2024-05-14")._.calls)

    assert lengths("Pedro Sánchez et Olaf Scholz se sont parlé lundi au téléphone pendant une demi-heure "
                   "et sont convenus de se rappeler vendredi.") == [("occurred", 30), ("planned", None)]
    assert lengths("Emmanuel Macron a téléphoné mardi à Joe Biden pendant quarante minutes "
                   "et les deux présidents se reparleront jeudi.") == [("occurred", 40), ("planned", None)]
    assert ("planned", 60) in lengths("Giorgia Meloni a appelé Keir Starmer lundi et les deux dirigeants "
                                      "doivent se reparler pendant une heure jeudi.")


def test_the_next_call_agreed_takes_no_day_of_the_call_that_took_place(parse):
    """'se sont parlé mardi et se reparleront dans les prochains jours': the weekday of the call
    that took place, read ahead, is not the next call's day; nor is a span of days a day."""
    def days(text):
        return sorted((c.status, c.date) for c in parse(text, "2024-03-14")._.calls)

    assert days("Jacinda Ardern et Anthony Albanese se sont entretenus mardi par téléphone "
                "et sont convenus de se reparler la semaine prochaine.") == [("occurred", "2024-03-12"), ("planned", None)]
    assert days("Justin Trudeau et Joe Biden ont discuté lundi au téléphone "
                "et se reparleront dans les prochains jours.") == [("occurred", "2024-03-11"), ("planned", None)]
    assert days("Emmanuel Macron et Olaf Scholz ont convenu lundi de se reparler vendredi.") == [("planned", "2024-03-15")]


def test_a_day_read_as_a_complement_of_the_noun_after_it_is_the_verbs(parse):
    """'a appelé mercredi le Premier ministre de l'Inde': the parser hangs the day on the noun
    that follows it; a noun's complement comes after it, so the day is the call's."""
    text = "Le chef de l'Etat kényan, William Ruto, a appelé mercredi le Premier ministre de l'Inde, Narendra Modi."
    assert [c.date for c in parse(text, "2024-08-23")._.calls] == ["2024-08-21"]


def test_a_day_after_the_call_noun_beats_the_day_of_the_telling_before_it(parse):
    """'A la une ce soir, la conversation entre X et Y, hier mardi': the parser hangs both days
    on the call noun; its complement follows it, the day before it is the broadcast's."""
    text = "Au sommaire ce matin, le coup de fil de Joe Biden à Xi Jinping, hier mardi, qui a duré une heure."
    assert [c.date for c in parse(text, "2024-03-13")._.calls] == ["2024-03-12"]


def test_a_day_hung_on_the_means_of_the_call_dates_the_call(parse):
    """'leur échange par liaison vidéo du 14 mai': the parser hangs the day on the means, which
    belongs to the call noun; the day is the call's."""
    text = ("Olaf Scholz recevra lundi Pedro Sánchez à Berlin. "
            "Lors de leur échange par liaison vidéo du 14 mai, les deux dirigeants avaient parlé de l'Ukraine.")
    assert _calls(parse, text, "2024-06-03") == [(("Olaf Scholz", "Pedro Sánchez"), "occurred", "2024-05-14")]


def test_la_veille_does_not_count_from_a_day_that_opens_a_time(parse):
    """'dès lundi' opens a stretch of time (here still to come): 'la veille' counts from the day
    something was told to happen, not from it."""
    text = ("Emmanuel Macron a reçu samedi Olaf Scholz à Paris. Leurs conseillers doivent se retrouver dès lundi à Bruxelles. "
            "La veille, le président français avait appelé Joe Biden.")
    assert _calls(parse, text, "2024-03-11") == [(("Emmanuel Macron", "Joe Biden"), "occurred", "2024-03-08")]


def test_la_veille_counts_from_the_day_told_further_back(parse):
    """Three sentences of comment between the day told and 'la veille': it still counts from the
    day the earlier sentence's clause tells, not from the day the article appeared."""
    text = ("Olaf Scholz a reçu mardi le Premier ministre chinois à Berlin. Les deux hommes ont parlé du commerce. "
            "Berlin veut éviter des taxes. Les industriels restent inquiets. "
            "La veille, le chancelier s'était entretenu au téléphone avec Emmanuel Macron.")
    assert _calls(parse, text, "2024-05-10") == [(("Emmanuel Macron", "Olaf Scholz"), "occurred", "2024-05-06")]


def test_la_veille_far_back_does_not_count_from_a_day_planned(parse):
    """Further back than three sentences, only the day of a sentence's own verb is one told:
    'convenus de se parler jeudi' plans a day, 'la veille' does not count from it."""
    text = ("Olaf Scholz a reçu samedi Emmanuel Macron à Berlin. Ils sont convenus de se reparler jeudi. "
            "Les deux hommes ont parlé du commerce. Berlin veut éviter des taxes. Les industriels restent inquiets. "
            "La veille, le chancelier s'était entretenu au téléphone avec Joe Biden.")
    assert _calls(parse, text, "2024-05-13") == [(("Joe Biden", "Olaf Scholz"), "occurred", "2024-05-10")]


def test_a_call_noun_pointing_back_takes_the_day_of_the_exchange_told_before(parse):
    """'Le 4 mars, X et Y ont renoué le dialogue. Leur échange téléphonique a porté sur ...': the
    sentence before told the same people's exchange without a call word; the call is on the day of
    its verb, not on the day the article appeared. Not the day of a meeting told before."""
    assert _calls(parse, "Le 4 mars, Keir Starmer et Olaf Scholz ont renoué le dialogue. "
                         "Leur échange téléphonique a porté sur la défense.", "2024-03-08") == [
        (("Keir Starmer", "Olaf Scholz"), "occurred", "2024-03-04")]
    assert _calls(parse, "Jeudi soir, Giorgia Meloni a fait le point avec Pedro Sánchez sur les migrations. "
                         "Au cours de cet entretien téléphonique, les deux dirigeants ont évoqué la Libye.", "2024-03-08") == [
        (("Giorgia Meloni", "Pedro Sánchez"), "occurred", "2024-03-07")]
    assert [day for _, _, day in _calls(parse, "Jeudi, Olaf Scholz a reçu Keir Starmer à Berlin. "
                                               "Cet entretien téléphonique a porté sur la défense.", "2024-03-08")] != ["2024-03-07"]


def test_le_lendemain_counts_from_a_day_itself_counted_from_another(parse):
    """A narrative sets a day, then counts on from it: 'le même jour' after 'le lendemain' is the
    day after the one set, even sentences later; not the day after the article appeared."""
    text = ("Lundi 3 juin, Olaf Scholz s'entretient au téléphone avec Joe Biden. "
            "Le lendemain, il s'entretient avec Emmanuel Macron. Les deux hommes parlent de défense. "
            "Le chancelier reste prudent. Le même jour, il appelle Pedro Sánchez.")
    assert _calls(parse, text, "2024-06-10") == [
        (("Emmanuel Macron", "Olaf Scholz"), "occurred", "2024-06-04"),
        (("Joe Biden", "Olaf Scholz"), "occurred", "2024-06-03"),
        (("Olaf Scholz", "Pedro Sánchez"), "occurred", "2024-06-04")]


def test_a_day_before_a_cleft_dates_the_clause_it_sets_off(parse):
    """'Le lendemain, c'est avec X qu'il s'entretient': 'c'est ... que' only sets off the partner;
    the day opening the sentence is the call's, counted from the day told before."""
    text = ("Lundi 3 juin, Olaf Scholz s'entretient au téléphone avec Joe Biden. Berlin reste prudent. "
            "Le lendemain, c'est avec Emmanuel Macron que le chancelier s'entretient longuement.")
    assert _calls(parse, text, "2024-06-10") == [
        (("Emmanuel Macron", "Olaf Scholz"), "occurred", "2024-06-04"),
        (("Joe Biden", "Olaf Scholz"), "occurred", "2024-06-03")]
    text = ("Lundi 3 juin, Olaf Scholz s'entretient au téléphone avec Joe Biden. Berlin reste prudent. "
            "Le lendemain, c'est avec Emmanuel Macron qu'il s'entretient, plus d'une heure selon la chancellerie.")
    assert (("Emmanuel Macron", "Olaf Scholz"), "occurred", "2024-06-04") in _calls(parse, text, "2024-06-10")


@pytest.mark.parametrize("focus", ["le président français Emmanuel Macron", "le chancelier allemand Olaf Scholz"])
def test_a_day_before_a_cleft_on_a_titled_name_dates_the_call_and_its_length(parse, focus):
    """'Le 3 juin, c'est le président X qui avait téléphoné à Y pendant une heure': the parser gives
    the copula to the title and hangs the name on it (or the title on the name); still a cleft,
    whose fronted day and length are the call's."""
    doc = parse(f"Le 4 février, c'est {focus} qui avait téléphoné à Pedro Sánchez pendant près d'une heure.", "2024-02-09")
    assert [(c.date, c.duration_min) for c in doc._.calls] == [("2024-02-04", 60.0)]


@pytest.mark.parametrize(("title", "caller"), [("Le Premier ministre britannique", "Keir Starmer"),
                                             ("Le chancelier allemand", "Olaf Scholz")])
def test_last_week_dates_a_hearsay_call_hung_on_its_subject_by_the_month(parse, title, caller):
    """'Le ministre X aurait appelé Y la semaine dernière, selon un quotidien': the parser may hang
    the verb with its tensed auxiliary on the subject; still the sentence's clause, which the week
    dates by its month, and X placed the call."""
    doc = parse(f"{title} {caller} aurait lui aussi appelé Pedro Sánchez la semaine dernière pour parler de l'Ukraine, "
                "selon un quotidien espagnol.", "2025-08-12")
    labels = load().actors
    assert [(c.date, labels[c.initiator].label if c.initiator else None) for c in doc._.calls] == [
        ("2025-08", caller)]


def test_a_day_that_sets_the_scene_dates_the_call_told_next(parse):
    """'Vendredi, le programme se déplace vers Ankara. Il s'entretient avec X': a narrative in the
    present sets the day in a sentence that tells no call; the undated call told right after it
    is on that day, not on the day the article appeared."""
    text = ("Lundi 3 juin, Olaf Scholz s'entretient au téléphone avec Joe Biden. "
            "Vendredi, le programme du chancelier se déplace vers Ankara. "
            "Olaf Scholz s'entretient cette fois avec Recep Tayyip Erdogan.")
    assert _calls(parse, text, "2024-06-10") == [
        (("Joe Biden", "Olaf Scholz"), "occurred", "2024-06-03"),
        (("Olaf Scholz", "Recep Tayyip Erdoğan"), "occurred", "2024-06-07")]


def test_a_full_date_a_sentence_goes_back_to_dates_the_call_told_next_in_the_present(parse):
    """'Revenons au 12 février 2017. X téléphone à Y': a narrative in the historical present goes
    back to a day written in full (day, month and year) anywhere in its own clause; the undated
    call told right after it is on that day, not on the day the article appeared."""
    assert _calls(parse, "Pour saisir la brouille, revenons au 14 octobre 2018. Angela Merkel appelle alors "
                         "Vladimir Poutine pour évoquer la Syrie.", "2024-06-10") == [
        (("Angela Merkel", "Vladimir Putin"), "occurred", "2018-10-14")]
    assert _calls(parse, "Tout bascule dans la nuit du 3 avril 2019. Le président Emmanuel Macron appelle "
                         "Giuseppe Conte.", "2024-06-10") == [
        (("Emmanuel Macron", "Giuseppe Conte"), "occurred", "2019-04-03")]


def test_a_full_date_outside_what_the_sentence_tells_sets_no_scene(parse):
    """Only a day written in full and dating what the sentence tells sets the narrative's day: a
    day of a summit the sentence merely names ('le sommet prévu le 14 octobre 2018') dates the summit."""
    assert _calls(parse, "Les ministres préparent le sommet prévu le 14 octobre 2018 à Bruxelles. "
                         "Angela Merkel appelle Vladimir Poutine.", "2018-10-02") == [
        (("Angela Merkel", "Vladimir Putin"), "occurred", "2018-10-02")]


def test_a_day_set_in_another_paragraph_or_on_a_past_call_does_not_date_it(parse):
    """The day must set the scene of the call's own paragraph, for a call told in the present;
    'Olaf Scholz s'est entretenu avec X' after it is news of the day the article appeared."""
    assert _calls(parse, "Vendredi, le programme du chancelier se déplace vers Ankara.\n\n"
                         "Olaf Scholz s'entretient avec Recep Tayyip Erdogan.", "2024-06-10") == [
        (("Olaf Scholz", "Recep Tayyip Erdoğan"), "occurred", "2024-06-10")]
    assert _calls(parse, "Vendredi, le programme du chancelier se déplaçait vers Ankara. "
                         "Olaf Scholz s'est entretenu avec Recep Tayyip Erdogan.", "2024-06-10") == [
        (("Olaf Scholz", "Recep Tayyip Erdoğan"), "occurred", "2024-06-10")]



def test_a_cleft_opened_by_que_read_as_a_pronoun_is_still_the_sentences_clause():
    """The parser may tag the 'qu'' of 'c'est avec X qu'il ...' as a relative pronoun marking the
    clause: still a cleft, whose clause reaches up to the focus the day hangs on."""
    import spacy
    from spacy.tokens import Doc

    from kg.nlp.extract.date_clauses import clause_of

    words = ["Le", "lendemain", ",", "c'", "est", "avec", "Giorgia", "Meloni", "qu'", "il", "s'", "entretient", "."]
    heads = [1, 6, 6, 6, 3, 6, 6, 6, 11, 11, 11, 6, 6]
    deps = ["det", "dep", "punct", "advmod", "fixed", "case", "ROOT", "flat:name", "mark", "expl:subj", "expl:comp",
            "acl:relcl", "punct"]
    pos = ["DET", "NOUN", "PUNCT", "PRON", "VERB", "ADP", "PROPN", "PROPN", "PRON", "PRON", "PRON", "VERB", "PUNCT"]
    doc = Doc(spacy.blank("fr").vocab, words=words, heads=heads, deps=deps, pos=pos)
    anchors, governing = clause_of(doc[11])
    assert 6 in anchors and not governing


def test_la_veille_counts_from_the_call_told_before_not_from_an_event_planned_in_between(parse):
    """'La veille' after a call told 'lundi' and a summit 'le 24 mars' announced in the sentence
    after it: the day before the call, not the day before the summit."""
    text = ("Le ministre Jean Dupont a parlé lundi au téléphone avec Olaf Scholz. Selon la présidence, Olaf Scholz "
            "a promis son aide et a annoncé l'ouverture, le 24 mars, d'un sommet européen à Berlin. Le chancelier "
            "a aussi salué le travail des ONG.\n\nLa veille, Olaf Scholz avait eu un entretien téléphonique avec "
            "Emmanuel Macron.")
    assert (("Emmanuel Macron", "Olaf Scholz"), "occurred", "2024-03-10") in _calls(parse, text, "2024-03-13")


def test_la_veille_counts_from_a_call_told_before_the_saying_of_it(parse):
    """'X s'est entretenu lundi avec Y, a annoncé son bureau': the sentence tells the call's day,
    though its root is the saying; a day planned in the sentence after does not come first."""
    text = ("Olaf Scholz s'est entretenu lundi au téléphone avec Giorgia Meloni de la crise en Syrie, a annoncé "
            "son cabinet. Selon le communiqué, Giorgia Meloni a exprimé son soutien et a annoncé la tenue, le 24 "
            "mars, d'une conférence à Rome.\n\nLa veille, Olaf Scholz avait eu un échange téléphonique avec Emmanuel Macron.")
    assert (("Emmanuel Macron", "Olaf Scholz"), "occurred", "2024-03-10") in _calls(parse, text, "2024-03-13")


def test_calls_received_on_the_same_occasion_take_the_day_of_the_call_told_before(parse):
    """'à la même occasion' after 'X a reçu jeudi un appel de Y': the calls it adds were on
    that Thursday, not on the day the article appeared, which an undated call only the headline
    tells took: that one is not the article's first call."""
    text = ("Fête nationale : Kaïs Saïed reçoit des appels de Pedro Sánchez\n\nTUNIS - Le président Kaïs Saïed a "
            "reçu jeudi un appel téléphonique d'Emmanuel Macron, à l'occasion de la fête nationale, indique un "
            "communiqué.\n\nLe président Saïed a également reçu, à la même occasion, des appels téléphoniques de "
            "Giorgia Meloni et d'Olaf Scholz, ajoute le communiqué.")
    found = _calls(parse, text, "2024-03-16")
    assert (("Giorgia Meloni", "Kais Saied"), "occurred", "2024-03-14") in found
    assert (("Kais Saied", "Olaf Scholz"), "occurred", "2024-03-14") in found


def test_a_day_closing_a_relative_clause_dates_the_call_it_tells(parse):
    """'X, qui a parlé avec M. Y jeudi, a prévenu ...': the day closes the relative that tells the
    call, though the parser hangs it on the noun the relative describes; not the publication day."""
    text = "Le président Emmanuel Macron, qui a téléphoné à M. Obama mercredi, a de son côté averti que les mesures seraient renforcées."
    assert _calls(parse, text, "2024-03-22") == [(("Barack Obama", "Emmanuel Macron"), "occurred", "2024-03-20")]
    text = "Le chancelier Olaf Scholz, qui s'est entretenu avec M. Obama lundi, a pour sa part estimé que les sanctions seraient durcies."
    assert _calls(parse, text, "2024-03-22") == [(("Barack Obama", "Olaf Scholz"), "occurred", "2024-03-18")]


def test_a_fronted_day_set_off_by_a_comma_dates_the_call(parse):
    """'Samedi, le ministre X s'est entretenu avec Y': the day opens the clause, though the parser
    hangs it on the subject after the comma."""
    text = ("Samedi, le ministre des Affaires étrangères Abbas Araghchi s'est à son tour entretenu au téléphone avec son "
            "homologue allemande Annalena Baerbock.")
    assert _calls(parse, text, "2024-03-18") == [(("Abbas Araghchi", "Annalena Baerbock"), "occurred", "2024-03-16")]


def test_a_call_received_before_an_incise_of_saying_takes_the_day_of_receiving(parse):
    """'X a reçu vendredi un appel de Y, a indiqué Z': the call noun read as the subject of the
    incise (which has its own after its verb) is still the object of 'reçu', dated 'vendredi'."""
    text = ("Le Premier ministre sortant, Rishi Sunak, a reçu vendredi un appel téléphonique du président français "
            "Emmanuel Macron, a indiqué Downing Street dans un communiqué.")
    assert _calls(parse, text, "2024-03-18") == [(("Emmanuel Macron", "Rishi Sunak"), "occurred", "2024-03-15")]


def test_a_denied_call_with_a_clause_of_its_own_takes_that_clause_s_day(parse):
    """'a démenti qu'un appel ait eu lieu mardi', 'les rumeurs selon lesquelles X aurait eu fin août
    un appel': the day is in the clause that tells the call denied, not the denial's own."""
    rumour = ("Le porte-parole du Kremlin a démenti les rumeurs selon lesquelles Vladimir Poutine aurait eu fin août une "
              "conversation téléphonique avec Olaf Scholz.")
    assert _calls(parse, rumour, "2018-09-07") == [(("Olaf Scholz", "Vladimir Putin"), "denied", "2018-08")]
    again = ("Olaf Scholz et Emmanuel Macron se sont parlé le 25 mai. La chancellerie a démenti qu'un nouvel appel ait eu "
             "lieu mardi entre les deux dirigeants.")
    assert _calls(parse, again, "2018-09-07") == [(("Emmanuel Macron", "Olaf Scholz"), "denied", "2018-09-04"),
                                                  (("Emmanuel Macron", "Olaf Scholz"), "occurred", "2018-05-25")]


def test_a_weekday_after_the_name_set_off_with_the_object_s_title_dates_the_call(parse):
    """'a joint le président X, Y, vendredi, au lendemain de ...': the parser hangs the day on the
    title, after the name set off with it; a day describes no one, it is the call's, as it is
    before the object."""
    text = ("Justin Trudeau a joint par téléphone le président américain, Joe Biden, vendredi, au lendemain de "
            "l'annulation de la visite de ce dernier à Ottawa.")
    assert _calls(parse, text, "2024-03-14") == [(("Joe Biden", "Justin Trudeau"), "occurred", "2024-03-08")]


def test_a_length_after_the_partner_s_name_is_the_call_s(parse):
    """'s'est entretenu avec le président X pendant une quarantaine de minutes, quelques heures
    après ...': the parser hangs the length on the partner's title, whom no 'pendant' describes."""
    doc = parse("Le Premier ministre indien, Narendra Modi, s'est entretenu au téléphone ce jeudi matin avec le président "
                "américain Joe Biden pendant une quarantaine de minutes, quelques heures après le lancement par la Corée du "
                "Nord d'une fusée qui a survolé le Japon avant de tomber dans la mer.", "2024-03-12")
    assert [(c.date, c.duration_min) for c in doc._.calls] == [("2024-03-07", 40.0)]


def test_a_call_restated_under_a_saying_verb_takes_no_day_from_a_saying_further_up(parse):
    """'se sont entretenus jeudi, a annoncé vendredi la présidence, qui assure que les deux
    dirigeants ont parlé de X': the restated call gives no day; the day of the saying that tells
    it is that of 'assure', the nearest one above, not the announcement's 'vendredi' (which made it
    a second call)."""
    text = ("Joe Biden et Olaf Scholz se sont entretenus jeudi soir par téléphone, a annoncé vendredi la Maison Blanche, "
            "qui assure que les deux dirigeants ont longuement parlé du Proche-Orient.")
    assert _calls(parse, text, "2024-03-16") == [(("Joe Biden", "Olaf Scholz"), "occurred", "2024-03-14")]


@pytest.mark.parametrize("text", [
    "Giorgia Meloni a eu lundi avec Olaf Scholz un entretien plus long que celui du 20 février.",
    "Giorgia Meloni a eu avec Olaf Scholz un entretien plus long que celui du 20 février.",
])
def test_the_day_of_the_call_a_longer_one_is_compared_with_is_that_call_s(parse, text):
    """'un entretien plus long que celui du 20 février': the demonstrative stands for another
    call, which that day dates; the call told is on its own day (or the article's), not the other's."""
    main = "2024-03-11" if "lundi" in text else "2024-03-12"
    assert _calls(parse, text, "2024-03-12") == [(("Giorgia Meloni", "Olaf Scholz"), "occurred", "2024-02-20"),
                                                 (("Giorgia Meloni", "Olaf Scholz"), "occurred", main)]


@pytest.mark.parametrize("text,day", [
    ("Giorgia Meloni et Olaf Scholz se sont parlé une seule fois depuis le sommet, lors d'un appel de félicitations le 4 "
     "février.", "2024-02-04"),  # the day hung on 'félicitations'
    ("Giorgia Meloni et Olaf Scholz se sont parlé depuis le sommet, lors d'un appel le 4 février.", "2024-02-04"),
    ("Giorgia Meloni et Olaf Scholz ont échangé lors d'un entretien téléphonique le 4 mars.", "2024-03-04"),
])
def test_a_call_verb_told_during_a_dated_call_is_that_call_on_its_day(parse, text, day):
    """'se sont parlé ..., lors d'un appel le 4 février': the verb and the call noun of its occasion
    tell one call, on the day the noun's phrase gives (not a second call on the article's day)."""
    assert _calls(parse, text, "2024-03-12") == [(("Giorgia Meloni", "Olaf Scholz"), "occurred", day)]


@pytest.mark.parametrize("text,pair,day", [
    ("Emmanuel Macron a téléphoné mardi au président sud-africain Cyril Ramaphosa pour préparer la réunion, prévue du "
     "22 au 24 août à Pretoria.", ("Cyril Ramaphosa", "Emmanuel Macron"), "2024-03-12"),
    ("Olaf Scholz a téléphoné jeudi à son homologue sud-africain Cyril Ramaphosa pour préparer le sommet des BRICS, prévu "
     "du 22 au 24 octobre à Kazan.", ("Cyril Ramaphosa", "Olaf Scholz"), "2024-03-14"),
    ("Emmanuel Macron a appelé mercredi Olaf Scholz pour organiser la réunion, prévue en mai.",
     ("Emmanuel Macron", "Olaf Scholz"), "2024-03-13"),
])
def test_a_plan_of_a_noun_of_the_purpose_clause_leaves_the_call_done_and_its_day_past(parse, text, pair, day):
    """'X a téléphoné mardi à Y pour préparer le sommet, prévu du 22 au 24 août': the participle of
    plan qualifies the summit, though the parser hangs it on the call verb: the call took place,
    last Tuesday, not next."""
    assert _calls(parse, text, "2024-03-15") == [(pair, "occurred", day)]


def test_earlier_in_the_week_dates_a_call_by_the_weeks_month(parse):
    """'Plus tôt dans la semaine, X a eu ...': some day of this week, given as its month, not the
    day the article appeared ('dans la semaine' was read as no date at all)."""
    text = "Plus tôt dans la semaine, Narendra Modi a eu une conversation téléphonique avec Donald Trump."
    assert _calls(parse, text, "2024-03-15") == [(("Donald Trump", "Narendra Modi"), "occurred", "2024-03")]


def test_la_veille_counts_from_the_call_told_before_not_from_an_event_named_in_passing(parse):
    """'la veille' in a sentence after a call told 'ce mardi' and, in between, an attack 'dimanche'
    named in a clause of its own: the day before the call, not the day before the attack."""
    text = ("Le chancelier Olaf Scholz a eu ce mardi un entretien téléphonique avec le président Emmanuel Macron. "
            "Les deux hommes ont parlé du commerce. Selon Berlin, Emmanuel Macron a appelé au calme après l'attaque "
            "contre un navire dimanche. Le chancelier a aussi exigé la libération des otages. Le ministre allemand des "
            "Affaires étrangères avait pour sa part eu la veille un entretien téléphonique avec Giorgia Meloni.")
    assert (("Annalena Baerbock", "Giorgia Meloni"), "occurred", "2024-04-08") in _calls(parse, text, "2024-04-09")


def test_la_veille_far_back_counts_from_the_call_not_from_a_day_dating_something_else(parse):
    """Further back than three sentences, the call told 'mercredi' is what 'la veille' counts from,
    not the day of a report's publication told right after it."""
    text = ("Le président Emmanuel Macron a parlé mercredi par téléphone avec Olaf Scholz. Le rapport sur le commerce "
            "a été publié le 2 avril. Les deux hommes ont évoqué ce rapport. Berlin veut éviter des taxes. Les "
            "industriels restent inquiets. La veille, Emmanuel Macron s'était entretenu au téléphone avec Joe Biden.")
    assert (("Emmanuel Macron", "Joe Biden"), "occurred", "2024-04-02") in _calls(parse, text, "2024-04-09")


@pytest.mark.parametrize("text,month", [
    ("Plus tôt dans la semaine, le président Emmanuel Macron avait annoncé sur les réseaux sociaux avoir eu « un très bon "
     "échange » avec Olaf Scholz.", "2024-04"),
    ("La semaine dernière, Emmanuel Macron a annoncé avoir eu une longue conversation avec Olaf Scholz.", "2024-03"),
    ("Emmanuel Macron a affirmé en début de semaine avoir eu une longue conversation avec Olaf Scholz.", "2024-04"),
])
def test_a_call_told_at_a_vague_time_is_dated_as_vaguely_not_on_the_publication_day(parse, text, month):
    """'X avait annoncé plus tôt dans la semaine avoir eu un entretien avec Y': the call gives no
    day of its own and was told in some days of a week; it took place by then, so it is dated by
    that week's month (the week before a Friday, 5 April, lies in March), not by the publication."""
    assert _calls(parse, text, "2024-04-05") == [(("Emmanuel Macron", "Olaf Scholz"), "occurred", month)]


@pytest.mark.parametrize("text", [
    "Angela Merkel et Emmanuel Macron se sont parlé jeudi lors d'un appel vidéo de deux heures.",
    "Angela Merkel et Emmanuel Macron se sont parlé jeudi lors d'un appel vidéo d'environ deux heures.",
])
def test_the_length_of_a_video_call_is_read_through_the_word_of_its_kind(parse, text):
    """'un appel vidéo de deux heures': the parser hangs the length on 'vidéo', the call's kind,
    which modifies the call noun; the length is the call's."""
    assert [c.duration_min for c in parse(text, "2024-06-08")._.calls] == [120.0]


def test_a_participle_set_off_after_the_call_noun_names_who_asked_for_it(parse):
    """'Au cours de cette conversation, sollicitée par la partie allemande, ...': the parser hangs
    the participle on 'cours'; it is said of the conversation, whose caller it names."""
    text = ("Angela Merkel s'est entretenue jeudi avec Emmanuel Macron. Au cours de cette conversation, sollicitée par la "
            "partie allemande, Emmanuel Macron a assuré que Paris restait prêt à aider Berlin.")
    labels = load().actors
    assert [labels[c.initiator].label if c.initiator else None for c in parse(text, "2024-06-08")._.calls] == ["Angela Merkel"]


@pytest.mark.parametrize("text,caller", [
    ("L'Élysée indique qu'Emmanuel Macron a lui aussi téléphoné lundi à Olaf Scholz.", "Emmanuel Macron"),
    ("Le Quai d'Orsay indique qu'Emmanuel Macron a lui aussi téléphoné mardi à Olaf Scholz.", "Emmanuel Macron"),
])
def test_a_caller_under_a_reporting_verb_keeps_the_call_with_a_stressed_pronoun(parse, text, caller):
    """'X indique que Y a lui aussi téléphoné à Z': the parser may hang Y on 'que' and leave the
    call verb with no subject; the name right before its auxiliary placed the call."""
    labels = load().actors
    assert [labels[c.initiator].label if c.initiator else None for c in parse(text, "2024-03-13")._.calls] == [caller]


@pytest.mark.parametrize("text,published,day", [
    ("La brouille dure jusqu'à fin juin 2016. Emmanuel Macron et Olaf Scholz se parlent enfin au téléphone le 29 juin.",
     "2020-03-06", "2016-06-29"),
    ("Tout commence le 10 février 2021. Sept mois plus tard, le 9 septembre, Emmanuel Macron et Olaf Scholz se reparlent "
     "pendant une heure.", "2024-04-03", "2021-09-09"),
    ("La brouille dure jusqu'à fin juin 2016. Le 17 juillet, Olaf Scholz appelle Emmanuel Macron pour le soutenir.",
     "2020-03-06", "2016-07-17"),
])
def test_a_day_without_its_year_in_a_narrative_is_in_the_year_the_narrative_runs_in(parse, text, published, day):
    """A day and month the article's nearest year would put after the article, for a call told as
    done (in a past tense or a historical present): the year the narrative last wrote, not the
    year after the article."""
    assert [c.date for c in parse(text, published)._.calls] == [day]


@pytest.mark.parametrize("marks", ["de la même année", "suivant"])
def test_a_day_of_the_same_year_or_the_following_one_is_after_the_narrative_s_date(parse, marks):
    """'le 19 décembre de la même année', 'le 15 novembre suivant': the year the narrative runs
    in, the day after its last date written in full; 'le soir même' that day too."""
    text = (f"La crise éclate en mars 2016. Le 19 décembre {marks}, Emmanuel Macron s'entretient par téléphone avec "
            "Olaf Scholz. Le soir même, Joe Biden appelle Justin Trudeau.")
    assert [c.date for c in parse(text, "2020-03-06")._.calls] == ["2016-12-19", "2016-12-19"]


def test_a_weekday_with_an_indefinite_article_says_which_weekday_the_date_was(parse):
    """'Le 14 février, un vendredi, ...': the apposition names the weekday of the date told, not
    the last Friday before the article."""
    text = "Le 14 février, un vendredi, Emmanuel Macron et Olaf Scholz se sont entretenus par téléphone."
    assert [c.date for c in parse(text, "2025-03-07")._.calls] == ["2025-02-14"]


def test_a_day_the_parser_hangs_on_the_call_s_length_is_the_call_s(parse):
    """'pendant une demi-heure vendredi dernier': the day hung on the length noun, itself the
    call's, dates the call."""
    text = "Emmanuel Macron et Olaf Scholz se sont parlé au téléphone pendant une demi-heure vendredi dernier."
    assert [c.date for c in parse(text, "2025-03-07")._.calls] == ["2025-02-28"]


def test_la_veille_counts_from_the_call_not_from_a_plan_told_in_between(parse):
    """'X a appelé Y jeudi. Ils doivent se voir lundi. La veille, Z avait parlé avec W': a plan's
    day has not happened; 'la veille' told in the past counts from the call (and agrees with
    'la veille, mercredi')."""
    text = ("Olaf Scholz a appelé Justin Trudeau jeudi. Les deux hommes doivent se voir lundi à Ottawa. "
            "La veille, {}Justin Trudeau avait eu un entretien téléphonique avec Joe Biden.")
    for day in ("", "mercredi, "):
        assert _calls(parse, text.format(day), "2024-03-16") == [
            (("Joe Biden", "Justin Trudeau"), "occurred", "2024-03-13"),
            (("Justin Trudeau", "Olaf Scholz"), "occurred", "2024-03-14")]


@pytest.mark.parametrize("text, published", [
    ("Emmanuel Macron s'est entretenu mardi avec Joe Biden. Le président français avait également parlé avec Olaf Scholz.",
     "2024-03-14"),
    ("Giorgia Meloni a téléphoné jeudi à Olaf Scholz. Elle avait aussi appelé Pedro Sánchez.", "2024-03-15"),
])
def test_a_call_told_in_the_pluperfect_with_also_is_an_earlier_one_with_no_day(parse, text, published):
    """'X avait également parlé avec Y': 'également' adds a call before the news, not one on the
    day of the call told before it nor on the publication day; the sentence gives it no day."""
    dates = [date for _, _, date in _calls(parse, text, published)]
    assert len(dates) == 2 and None in dates


@pytest.mark.parametrize("order", ["Juste avant, il avait parlé", "Avant de décrocher, il avait parlé",
                                   "Juste après, il a parlé", "Après avoir raccroché, il a parlé"])
def test_a_call_just_before_or_after_the_one_told_is_on_its_day_in_any_tense(parse, order):
    """'Juste avant' (before what was just told), 'avant de décrocher' (before lifting the handset
    for the call told): the other call is on that call's day, in the plus-que-parfait too."""
    text = f"Olaf Scholz a parlé vendredi avec Vladimir Poutine. {order} avec Emmanuel Macron."
    assert (("Emmanuel Macron", "Olaf Scholz"), "occurred", "2024-03-08") in _calls(parse, text, "2024-03-12")
