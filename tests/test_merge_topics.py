"""One call reported by several articles is one call; topics come from the sentences about it."""
from __future__ import annotations

import json

import pytest

from kg.build import build
from kg.nlp.extract.topics import topics_in
from tests.conftest import export_of


def _article(folder, name, text, published):
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    (folder / f"{name}.json").write_text(json.dumps({"published": published, "source": name}), encoding="utf-8")


def test_the_same_call_in_two_articles_is_one_call(tmp_path, nlp):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _article(corpus, "a", "Emmanuel Macron s'est entretenu ce mardi par téléphone avec Olaf Scholz de l'aide à l'Ukraine.", "2024-03-12")
    _article(corpus, "b", "Le chancelier allemand Olaf Scholz a eu mardi un entretien téléphonique avec Emmanuel Macron, "
                          "a indiqué Berlin.", "2024-03-13")
    build([corpus], tmp_path / "store", on_problem=print)
    calls = export_of(tmp_path / "store")["calls"]
    assert len(calls) == 1
    assert calls[0]["documents"] == ["a", "b"] and calls[0]["date"] == "2024-03-12"
    assert {e["document"] for e in calls[0]["evidence"]} == {"a", "b"}


def test_calls_on_different_days_stay_apart(tmp_path, nlp):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _article(corpus, "a", "Emmanuel Macron s'est entretenu ce mardi par téléphone avec Olaf Scholz.", "2024-03-12")
    _article(corpus, "b", "Emmanuel Macron s'est entretenu ce mardi par téléphone avec Olaf Scholz.", "2024-03-19")
    build([corpus], tmp_path / "store", on_problem=print)
    assert sorted(c["date"] for c in export_of(tmp_path / "store")["calls"]) == ["2024-03-12", "2024-03-19"]


def test_topics_by_lemma(parse):
    doc = parse("Les deux dirigeants ont discuté des garanties de sécurité et d'un échange de prisonniers.")
    assert {"security-guarantees", "prisoner-exchange"} <= topics_in(doc._.sentences[0])
    assert topics_in(parse("Il fait beau à Paris.")._.sentences[0]) == set()


def test_a_ceasefire_is_no_particular_war(parse):
    doc = parse("Il a plaidé pour un cessez-le-feu immédiat au Soudan. Il a demandé un cessez-le-feu en Ukraine.")
    first, second = doc._.sentences
    assert topics_in(first) == set()
    assert "ukraine-war" in topics_in(second)


def test_call_topics_come_from_its_paragraph(parse):
    doc = parse("Emmanuel Macron s'est entretenu par téléphone avec Olaf Scholz.\n"
                "Ils ont parlé de la guerre en Ukraine et des livraisons de gaz.")
    (call,) = doc._.calls
    assert {"ukraine-war", "energy"} <= set(call.topics)


@pytest.mark.parametrize("before", [
    "Pedro Sánchez est arrivé à Rome, où il doit rencontrer Giorgia Meloni pour parler de migration.",
    "Pedro Sánchez a dit qu'il voulait un échange de prisonniers.",
])
def test_a_line_about_someone_else_before_the_call_is_not_about_the_call(parse, before):
    """A live blog's earlier line: its 'il' is the person it names, not someone on the call told after it."""
    doc = parse(before + "\nEmmanuel Macron s'est entretenu par téléphone avec Olaf Scholz de l'Ukraine.", "2024-03-12")
    assert [call.topics for call in doc._.calls] == [("ukraine-war",)]


@pytest.mark.parametrize("before", ["Selon Pedro Sánchez, il a parlé de migration.", "Il a parlé de migration."])
def test_a_pronoun_after_a_source_still_points_to_the_call(parse, before):
    doc = parse("Emmanuel Macron s'est entretenu par téléphone avec Olaf Scholz de l'Ukraine.\n" + before, "2024-03-12")
    assert [call.topics for call in doc._.calls] == [("migration", "ukraine-war")]


@pytest.mark.parametrize("between", [" ", "\n\n"])
def test_what_follows_a_list_of_calls_is_about_each_of_them(parse, between):
    """'X a appelé A, puis B': one call each; the sentences after, in its paragraph or the next,
    are about both, not the first."""
    doc = parse("Lundi, Emmanuel Macron a appelé Olaf Scholz puis Giorgia Meloni." + between +
                "Ils ont parlé de la guerre en Ukraine et des livraisons de gaz.", "2024-03-12")
    assert len(doc._.calls) == 2
    for call in doc._.calls:
        assert {"ukraine-war", "energy"} <= set(call.topics), call


@pytest.mark.parametrize("between", [" ", "\n\n"])
def test_a_sentence_opening_a_series_of_calls_gives_its_topics_to_each(parse, between):
    """'Face à X, Y a enchaîné les appels': the series is about X, each call of it told after, in
    its paragraph or the next, too (the second call had none: only the main call took them)."""
    doc = parse("Face à la pandémie, la chancelière Angela Merkel a enchaîné les appels téléphoniques." + between +
                "Lundi, elle a parlé avec Pedro Sánchez. Mardi, elle a téléphoné à Mark Rutte.", "2020-03-20")
    assert len(doc._.calls) == 2
    for call in doc._.calls:
        assert "covid-19" in call.topics, call


def test_calls_in_the_plural_between_two_named_people_are_no_series(parse):
    """'X et Y ont eu des entretiens sur Z' tells their calls: Z is not what a later call is about."""
    doc = parse("Joe Biden et Xi Jinping ont eu plusieurs entretiens téléphoniques sur le climat. "
                "Par ailleurs, Joe Biden a parlé mardi avec Olaf Scholz des livraisons de gaz.", "2021-06-02")
    later = next(call for call in doc._.calls if call.date == "2021-06-01")
    assert "climate" not in later.topics


def test_a_call_told_otherwise_beside_the_news_keeps_its_own_topics(parse):
    """A call planned beside the one that took place is told otherwise: what follows is not about it."""
    doc = parse("Emmanuel Macron s'est entretenu mardi avec Olaf Scholz et doit appeler Giorgia Meloni jeudi. "
                "Ils ont parlé de la guerre en Ukraine.", "2024-03-12")
    topics = {call.date: call.topics for call in doc._.calls}
    assert "ukraine-war" in topics["2024-03-12"] and "ukraine-war" not in topics["2024-03-14"]


def test_unknown_spokesperson_keeps_the_role_the_text_gives(parse):
    doc = parse("Le porte-parole du ministère, Jean Dupontel, a démenti toute conversation.")
    (actor,) = [a for a in doc._.new_actors.values() if a.label == "Jean Dupontel"]
    assert actor.role and "porte-parole" in actor.role


def test_pronoun_speaker_is_the_last_speaker(parse):
    doc = parse("Dmitri Peskov a affirmé que l'entretien avait été utile.\nIl a ajouté que d'autres suivraient.")
    from kg.nlp.gazetteer import load

    assert [load().actors[c.speaker].label for c in doc._.claims] == ["Dmitry Peskov", "Dmitry Peskov"]


def test_stray_markup_and_run_on_text_invent_no_call(parse):
    text = "<div class='x'>Le gouvernement a présenté son budget</div> " + "et la séance a continué " * 60 + "."
    assert parse(text)._.calls == []


def test_a_phrase_that_dates_the_call_by_another_event_gives_no_topic(parse):
    doc = parse("Deux jours après l'élection présidentielle, Emmanuel Macron s'est entretenu par téléphone avec "
                "Olaf Scholz de la guerre en Ukraine.")
    (call,) = doc._.calls
    assert "ukraine-war" in call.topics and "elections" not in call.topics


def test_a_dating_phrase_the_parser_takes_for_the_subject_gives_no_topic_either(parse):
    doc = parse("Près de trois jours après l'élection présidentielle allemande, Emmanuel Macron et Olaf Scholz "
                "se sont parlé au téléphone.")
    assert [t.dep_ for t in doc if t.text == "élection"] == ["nsubj"]  # the misparse this test is about
    assert topics_in(doc._.sentences[0]) == set()


def test_the_pair_s_last_meeting_is_history_not_a_topic(parse):
    doc = parse("Leur dernière rencontre remonte au sommet de Rome en 2021. Ils ont évoqué une rencontre au printemps. "
                "Leur dernière rencontre a eu lieu à Rome, et ils ont parlé de l'Ukraine.")
    history, plan, both = doc._.sentences
    assert "summit-meeting" not in topics_in(history)
    assert "summit-meeting" in topics_in(plan)
    assert topics_in(both) == {"ukraine-war"}


@pytest.mark.parametrize("meeting", ["face à face", "tête-à-tête", "face-à-face"])
def test_a_last_meeting_written_in_several_words_is_history_too(parse, meeting):
    doc = parse(f"Leur dernier {meeting} remonte au sommet de Séville en 2019.")
    assert topics_in(doc._.sentences[0]) == set()


def test_a_summit_held_by_video_is_the_call_not_its_topic(parse):
    doc = parse("Les dirigeants du G7 s'entretiendront lundi par visioconférence pour un sommet extraordinaire "
                "consacré au climat.")
    assert [call.topics for call in doc._.calls] == [("climate",)]
    doc = parse("Olaf Scholz et Emmanuel Macron se sont parlé au téléphone pour préparer le sommet de l'Otan.")
    assert "summit-meeting" in doc._.calls[0].topics  # a summit they prepare by phone is what they spoke of


def test_links_to_related_reading_are_not_read(parse):
    doc = parse("Olaf Scholz et Emmanuel Macron se sont entretenus mardi par téléphone.\n"
                "Ils ont parlé du climat.\n"
                "Sur le même thème\n"
                "Pourquoi Joe Biden a-t-il rencontré Xi Jinping à Lima ?\n"
                "Le sommet du G20 en questions\n\n"
                "Les deux dirigeants ont aussi évoqué l'Ukraine.\n"
                "Lire aussi : Donald Trump s'est entretenu avec Vladimir Poutine de la Syrie\n")
    assert [(call.participants, call.topics) for call in doc._.calls] == [
        (("Q3052772", "Q61053"), ("climate", "ukraine-war"))]
    assert doc._.unread == {2, 3, 4, 6}


@pytest.mark.parametrize("header", ["Les plus partagés", "Vous aimerez aussi", "Ailleurs sur le web", "Contenus sponsorisés",
                                    "Lisez aussi:", "Pour mémoire"])
def test_other_headers_of_links_a_page_adds_open_related_reading(parse, header):
    doc = parse("Olaf Scholz et Emmanuel Macron se sont entretenus mardi par téléphone.\n"
                f"{header}\n"
                "Donald Trump a appelé Vladimir Poutine pour parler de la Syrie\n")
    assert [call.participants for call in doc._.calls] == [("Q3052772", "Q61053")]


@pytest.mark.parametrize("text", [
    "Les relations maroco-françaises sortent d'une longue brouille.",
    "Ils ont salué le partenariat franco-allemand.",
    "Il a évoqué la coopération entre la France et le Maroc.",
    "Les tensions entre Pékin et Washington restent vives.",
    "Emmanuel Macron s'est entretenu mardi avec Olaf Scholz des relations étroites entre les deux pays.",
    "Au téléphone, les deux chefs d'Etat ont passé en revue les relations fraternelles entre les deux pays.",
])
def test_a_relation_between_two_countries_is_bilateral(parse, text):
    assert "bilateral-relations" in topics_in(parse(text)._.sentences[0])


@pytest.mark.parametrize("text", [
    "Il a évoqué sa relation avec son frère et le dialogue entre amis.",
    "Il a évoqué les liens étroits entre les deux frères et le dialogue entre deux amis.",
])
def test_a_relation_between_two_people_is_not(parse, text):
    assert topics_in(parse(text)._.sentences[0]) == set()


def test_an_adjective_says_which_kind_of_a_topic_noun(parse):
    assert topics_in(parse("Ils veulent des sanctions économiques contre Moscou.")._.sentences[0]) == {"sanctions"}
    assert "economy-trade" in topics_in(parse("Ils veulent une coopération économique plus étroite.")._.sentences[0])


def test_a_title_gives_no_topic(parse):
    doc = parse("Le président élu s'est entretenu par téléphone avec Olaf Scholz et Emmanuel Macron de la guerre en Ukraine.")
    assert all("elections" not in call.topics for call in doc._.calls)


@pytest.mark.parametrize(("text", "topic"), [
    ("Ils ont parlé de la présidentielle américaine de novembre.", "elections"),
    ("Ils ont évoqué l'aide militaire promise à Kiev.", "ukraine-war"),
    ("Il a demandé la levée du blocus du port d'Odessa.", "ukraine-war"),
    ("Ils ont discuté de la réduction des émissions de carbone.", "climate"),
    ("Ils ont parlé des taxes sur le vin et le fromage.", "economy-trade"),
    ("Ils ont évoqué les négociations avec Téhéran.", "iran-nuclear"),
    ("Ils ont parlé de la sûreté de la centrale de Zaporijia.", "ukraine-war"),
    ("Ils ont évoqué la protection de l'Amazonie.", "climate"),
    ("Il lui a proposé l'envoi de secouristes après le séisme.", "humanitarian"),
])
def test_common_names_of_a_topic_signal_it(parse, text, topic):
    """'la présidentielle' (the noun, not the adjective of 'l'administration présidentielle'), a
    capital or city standing for a war's country, a tax: words the news uses for the topic."""
    assert topic in topics_in(parse(text)._.sentences[0])


@pytest.mark.parametrize("text", [
    "Il a rencontré les conseillers de l'administration présidentielle.",
    "Ils ont parlé du programme nucléaire de la Corée du Nord.",
    "Ils ont parlé de la mission de l'AIEA à la centrale de Zaporijia.",
])
def test_words_near_a_topic_s_name_do_not_signal_it(parse, text):
    """A presidential administration holds no election; a nuclear programme, or the nuclear
    watchdog, is Iran's only if the sentence says so."""
    assert not topics_in(parse(text)._.sentences[0]) & {"elections", "iran-nuclear"}


def test_the_event_a_call_offers_sympathy_for_is_its_topic(parse):
    """'après l'attentat' dates a call by another event, unless the call offers condolences for it."""
    doc = parse("Emmanuel Macron a appelé Vladimir Poutine pour lui présenter ses condoléances après l'attentat de vendredi.")
    (call,) = doc._.calls
    assert "terrorism" in call.topics
    doc = parse("Emmanuel Macron a appelé Vladimir Poutine après l'attentat de vendredi pour parler du gaz.")
    (call,) = doc._.calls
    assert "terrorism" not in call.topics


@pytest.mark.parametrize("text", [
    "Emmanuel Macron s'est entretenu mardi avec le président ukrainien Volodymyr Zelensky.",
    "Emmanuel Macron s'est entretenu mardi avec Isaac Herzog, a indiqué la presse israélienne.",
    "Emmanuel Macron s'est entretenu mardi avec le chef de la diplomatie iranienne.",
])
def test_a_country_adjective_of_a_role_or_a_medium_gives_no_topic(parse, text):
    """'le président ukrainien' says who is on the call, 'la presse israélienne' who reports it:
    a call whose content the text does not give has no topic."""
    (call,) = parse(text, "2023-05-02")._.calls
    assert call.topics == ()


def test_a_country_adjective_of_what_was_discussed_still_gives_its_topic(parse):
    (call,) = parse("Emmanuel Macron s'est entretenu mardi avec Olaf Scholz de la crise ukrainienne.", "2023-05-02")._.calls
    assert call.topics == ("ukraine-war",)
