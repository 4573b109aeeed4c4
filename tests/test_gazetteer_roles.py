"""A leader named only by role is the office's holder on the article's day: one case per region
the French news follows, each across a change of holder, on sentences of our own. A country whose
gazetteer entry lacks the office names nobody there ('le chef de la diplomatie algérienne'), and
the call loses a participant, the claim its speaker."""
from __future__ import annotations

import pytest

from kg.nlp.gazetteer import load


def _holders(parse, text: str, published: str, role: str) -> list[str]:
    """The label of the actor each mention written `role` names."""
    doc = parse(text, published)
    labels = {**{k: a.label for k, a in load().actors.items()}, **{k: a.label for k, a in doc._.new_actors.items()}}
    return [labels[m.actor] for m in doc._.actor_mentions if m.text == role]


@pytest.mark.parametrize("text,role,published,who", [
    # Maghreb
    ("Le chef du gouvernement marocain a inauguré jeudi un nouveau port de pêche.", "chef du gouvernement marocain",
     "2019-05-09", "Saadeddine Othmani"),
    ("Le chef du gouvernement marocain a inauguré jeudi un nouveau port de pêche.", "chef du gouvernement marocain",
     "2023-05-11", "Aziz Akhannouch"),
    ("Le chef de la diplomatie algérienne est arrivé lundi à Rome pour deux jours.", "chef de la diplomatie algérienne",
     "2020-05-11", "Sabri Boukadoum"),
    ("Le chef de la diplomatie algérienne est arrivé lundi à Rome pour deux jours.", "chef de la diplomatie algérienne",
     "2024-05-13", "Ahmed Attaf"),
    ("La cheffe du gouvernement tunisien a présenté mardi son budget.", "cheffe du gouvernement tunisien",
     "2022-05-10", "Najla Bouden"),
    ("Le chef du gouvernement tunisien a présenté mardi son budget.", "chef du gouvernement tunisien",
     "2017-05-09", "Youssef Chahed"),
    # francophone Africa
    ("Le Premier ministre sénégalais a réuni ses ministres à Dakar.", "Premier ministre sénégalais",
     "2023-05-10", "Amadou Ba"),
    ("Le Premier ministre sénégalais a réuni ses ministres à Dakar.", "Premier ministre sénégalais",
     "2024-06-12", "Ousmane Sonko"),
    ("Le Premier ministre ivoirien a visité mercredi un chantier à Abidjan.", "Premier ministre ivoirien",
     "2018-05-09", "Amadou Gon Coulibaly"),
    ("Le Premier ministre ivoirien a visité mercredi un chantier à Abidjan.", "Premier ministre ivoirien",
     "2022-05-11", "Patrick Achi"),
    # Middle East and the Gulf
    ("Le chef de la diplomatie égyptienne a reçu lundi un émissaire au Caire.", "chef de la diplomatie égyptienne",
     "2020-05-11", "Sameh Shoukry"),
    ("Le chef de la diplomatie égyptienne a reçu lundi un émissaire au Caire.", "chef de la diplomatie égyptienne",
     "2025-01-13", "Badr Abdelatty"),
    ("Le Premier ministre jordanien a démissionné dimanche.", "Premier ministre jordanien", "2018-06-03", "Hani Mulki"),
    ("Le Premier ministre jordanien a démissionné dimanche.", "Premier ministre jordanien", "2021-06-06",
     "Bisher al-Khasawneh"),
    ("Le chef de la diplomatie libanaise a quitté Beyrouth lundi.", "chef de la diplomatie libanaise", "2019-05-13",
     "Gebran Bassil"),
    ("Le chef de la diplomatie libanaise a quitté Beyrouth lundi.", "chef de la diplomatie libanaise", "2023-05-15",
     "Abdallah Bou Habib"),
    ("Le Premier ministre qatari a quitté Doha mardi.", "Premier ministre qatari", "2018-05-08",
     "Abdullah bin Nasser bin Khalifa Al Thani"),
    ("Le Premier ministre qatari a quitté Doha mardi.", "Premier ministre qatari", "2021-05-11",
     "Khalid bin Khalifa bin Abdulaziz Al Thani"),
    # the European Union, its candidates and Ukraine's neighbours
    ("Le Premier ministre roumain a présenté son gouvernement au Parlement.", "Premier ministre roumain",
     "2016-05-10", "Dacian Cioloș"),
    ("Le Premier ministre roumain a présenté son gouvernement au Parlement.", "Premier ministre roumain",
     "2022-05-10", "Nicolae Ciucă"),
    ("La Première ministre moldave a reçu mardi une délégation européenne.", "Première ministre moldave",
     "2022-05-10", "Natalia Gavrilița"),
    ("Le Premier ministre moldave a reçu mardi une délégation européenne.", "Premier ministre moldave",
     "2024-05-14", "Dorin Recean"),
    ("Le chef de la diplomatie belge a convoqué l'ambassadeur.", "chef de la diplomatie belge", "2018-05-08",
     "Didier Reynders"),
    ("La cheffe de la diplomatie belge a convoqué l'ambassadeur.", "cheffe de la diplomatie belge", "2023-05-09",
     "Hadja Lahbib"),
    ("Le Premier ministre croate a rencontré des agriculteurs à Zagreb.", "Premier ministre croate", "2015-05-12",
     "Zoran Milanović"),
    ("Le Premier ministre croate a rencontré des agriculteurs à Zagreb.", "Premier ministre croate", "2019-05-14",
     "Andrej Plenković"),
    ("Le président de la Confédération a ouvert la conférence.", "président de la Confédération", "2023-05-09",
     "Alain Berset"),
    ("La présidente de la Confédération a ouvert la conférence.", "présidente de la Confédération", "2024-05-14",
     "Viola Amherd"),
    # the G20
    ("Le Premier ministre sud-coréen a visité une usine à Ulsan.", "Premier ministre sud-coréen", "2018-05-08",
     "Lee Nak-yon"),
    ("Le Premier ministre sud-coréen a visité une usine à Ulsan.", "Premier ministre sud-coréen", "2023-05-09",
     "Han Duck-soo"),
    ("Le chef de la diplomatie mexicaine a quitté Mexico mercredi.", "chef de la diplomatie mexicaine", "2017-05-10",
     "Luis Videgaray"),
    ("Le chef de la diplomatie mexicaine a quitté Mexico mercredi.", "chef de la diplomatie mexicaine", "2020-05-13",
     "Marcelo Ebrard"),
    # the Caucasus and Central Asia
    ("Le Premier ministre kazakh a limogé deux ministres.", "Premier ministre kazakh", "2020-05-12", "Askar Mamin"),
    ("Le Premier ministre kazakh a limogé deux ministres.", "Premier ministre kazakh", "2024-05-14", "Olzhas Bektenov"),
    ("Le chef de la diplomatie arménienne a reçu l'ambassadeur.", "chef de la diplomatie arménienne", "2019-05-14",
     "Zohrab Mnatsakanyan"),
    ("Le chef de la diplomatie arménienne a reçu l'ambassadeur.", "chef de la diplomatie arménienne", "2023-05-16",
     "Ararat Mirzoyan"),
    # South-East Asia and the Western Balkans
    ("Le Premier ministre thaïlandais a dissous la Chambre.", "Premier ministre thaïlandais", "2019-03-12",
     "Prayut Chan-o-cha"),
    ("Le Premier ministre thaïlandais a dissous la Chambre.", "Premier ministre thaïlandais", "2024-03-12",
     "Srettha Thavisin"),
    ("Le Premier ministre kosovar a répondu à Belgrade.", "Premier ministre kosovar", "2018-05-08", "Ramush Haradinaj"),
    ("Le Premier ministre kosovar a répondu à Belgrade.", "Premier ministre kosovar", "2022-05-10", "Albin Kurti"),
    # Africa's east and south, Libya, the Indian Ocean
    ("Le président malgache a inauguré lundi une route à Tuléar.", "président malgache", "2016-06-13",
     "Hery Rajaonarimampianina"),
    ("Le président malgache a inauguré lundi une route à Tuléar.", "président malgache", "2021-06-14", "Andry Rajoelina"),
    ("Le Premier ministre libyen a reçu mardi une délégation à Tripoli.", "Premier ministre libyen", "2019-04-09",
     "Fayez al-Sarraj"),
    ("Le Premier ministre libyen a reçu mardi une délégation à Tripoli.", "Premier ministre libyen", "2023-04-11",
     "Abdul Hamid Dbeibah"),
    ("Le président zimbabwéen a limogé son vice-président.", "président zimbabwéen", "2017-11-07", "Robert Mugabe"),
    ("Le président zimbabwéen a limogé son vice-président.", "président zimbabwéen", "2019-11-05", "Emmerson Mnangagwa"),
    ("Le Premier ministre mauricien a dissous l'Assemblée.", "Premier ministre mauricien", "2019-10-08",
     "Pravind Jugnauth"),
    ("Le Premier ministre mauricien a dissous l'Assemblée.", "Premier ministre mauricien", "2025-03-11",
     "Navin Ramgoolam"),
    # Asia and Latin America
    ("Le Premier ministre cambodgien a visité un temple lundi.", "Premier ministre cambodgien", "2019-04-08", "Hun Sen"),
    ("Le Premier ministre cambodgien a visité un temple lundi.", "Premier ministre cambodgien", "2024-04-08", "Hun Manet"),
    ("Le président vietnamien a reçu jeudi un émissaire à Hanoï.", "président vietnamien", "2019-05-09",
     "Nguyễn Phú Trọng"),
    ("Le président bolivien a promulgué la loi samedi.", "président bolivien", "2018-05-12", "Evo Morales"),
    ("Le président bolivien a promulgué la loi samedi.", "président bolivien", "2022-05-14", "Luis Arce"),
    ("Le président équatorien a décrété l'état d'urgence.", "président équatorien", "2019-10-08", "Lenín Moreno"),
    ("Le président équatorien a décrété l'état d'urgence.", "président équatorien", "2024-01-09", "Daniel Noboa"),
    ("Le président yéménite a quitté Aden mardi.", "président yéménite", "2019-03-12", "Abdrabbuh Mansur Hadi"),
    ("Le président yéménite a quitté Aden mardi.", "président yéménite", "2023-03-14", "Rashad al-Alimi"),
    ("Le chef de la junte birmane a reçu lundi un émissaire.", "chef de la junte birmane", "2022-03-14",
     "Min Aung Hlaing"),
    ("Le souverain monégasque a ouvert mardi le salon nautique.", "souverain monégasque", "2021-09-21",
     "Albert II, Prince of Monaco"),
    ("Le président libérien a prêté serment lundi.", "président libérien", "2018-01-22", "George Weah"),
    # the seat for its holder, as 'le chef du Kremlin'
    ("Le chef de l'Élysée a téléphoné mardi au chancelier.", "chef de l'Élysée", "2016-03-15", "François Hollande"),
    ("Le patron de l'Elysée a téléphoné mardi au chancelier.", "patron de l'Elysée", "2024-03-12", "Emmanuel Macron"),
])
def test_a_bare_role_is_the_holder_on_the_articles_day(parse, text, role, published, who):
    assert _holders(parse, text, published, role) == [who]


@pytest.mark.parametrize("text,role,published,who", [
    # any monarch's title with the demonym, or the country, of a state whose head of state reigns
    ("Le monarque koweïtien a reçu lundi un émissaire.", "monarque koweïtien", "2021-05-10", "Nawaf Al-Ahmad Al-Jaber Al-Sabah"),
    ("Le monarque koweïtien a reçu lundi un émissaire.", "monarque koweïtien", "2024-05-13", "Mishal Al-Ahmad Al-Jaber Al-Sabah"),
    ("Le souverain omanais a gracié des détenus.", "souverain omanais", "2018-11-18", "Qaboos bin Said"),
    ("Le souverain omanais a gracié des détenus.", "souverain omanais", "2022-11-18", "Haitham bin Tariq"),
    ("Le souverain qatari a inauguré un stade.", "souverain qatari", "2022-11-18", "Tamim bin Hamad Al Thani"),
    ("Le souverain qatari a inauguré un stade.", "souverain qatari", "2010-11-18", "Hamad bin Khalifa Al Thani"),
    ("La souveraine du Qatar a inauguré un stade.", "souveraine du Qatar", "2022-11-18", "Tamim bin Hamad Al Thani"),
    ("Le souverain français a inauguré un stade.", "souverain français", "2022-11-18", None),  # a president reigns over nothing
])
def test_a_monarchs_title_and_a_reigning_country_is_its_head_of_state(parse, text, role, published, who):
    """'le souverain qatari' is the emir, whose office the gazetteer names 'émir': any monarch's
    title names the head of state of a country whose office a reigning title names."""
    assert _holders(parse, text, published, role) == ([who] if who else [])


def test_a_call_keeps_the_participant_named_by_role(parse):
    """The foreign minister named only as 'le chef de la diplomatie algérienne' is on the line."""
    doc = parse("Le chef de la diplomatie algérienne s'est entretenu mardi par téléphone avec Jean-Noël Barrot.",
                "2025-01-15")
    assert [set(call.participants) for call in doc._.calls] == [{"ahmed-attaf", "jean-noel-barrot"}]


@pytest.mark.parametrize("text,published,participants", [
    ("Jean-Noël Barrot s'est entretenu mardi par téléphone avec son homologue algérien.", "2025-01-15",
     {"jean-noel-barrot", "ahmed-attaf"}),
    ("Le Premier ministre français a appelé lundi son homologue marocain.", "2023-05-15",
     {"elisabeth-borne", "aziz-akhannouch"}),
    ("Emmanuel Macron s'est entretenu jeudi au téléphone avec son homologue malgache.", "2020-04-16",
     {"Q3052772", "andry-rajoelina"}),
])
def test_a_counterpart_is_the_holder_of_the_same_office(parse, text, published, participants):
    """'son homologue algérien' of a foreign minister is Algeria's foreign minister, not its
    president, once the gazetteer knows that office."""
    assert [set(call.participants) for call in parse(text, published)._.calls] == [participants]


def test_a_claim_keeps_the_speaker_named_by_role(parse):
    doc = parse("« Le Maroc restera un partenaire fiable », a déclaré jeudi le chef du gouvernement marocain.",
                "2022-06-09")
    assert [claim.speaker for claim in doc._.claims] == ["aziz-akhannouch"]


def test_a_new_holder_is_named_by_surname_alone(parse):
    """The surname alone, with no full name before it: the gazetteer's alias."""
    doc = parse("Akhannouch a reçu jeudi le ministre espagnol de l'Agriculture.", "2023-05-11")
    assert [m.actor for m in doc._.actor_mentions if m.text == "Akhannouch"] == ["aziz-akhannouch"]


def test_a_namesake_of_a_known_leader_stays_apart(parse):
    """'Orban' alone is the Hungarian's name: the Romanian Prime Minister is known by his full name
    and his office, and neither takes the other's mentions."""
    doc = parse("Ludovic Orban a appelé Viktor Orbán. Le Premier ministre roumain a ensuite réuni son gouvernement.",
                "2020-05-12")
    named = {m.text: m.actor for m in doc._.actor_mentions}
    assert (named["Ludovic Orban"], named["Viktor Orbán"], named["Premier ministre roumain"]) == \
        ("ludovic-orban", "Q57641", "ludovic-orban")
