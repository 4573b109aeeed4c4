"""Claims and actors on French sentences of our own."""
from __future__ import annotations

import pytest

from kg.nlp.gazetteer import load


def _claims(parse, text, published="2024-03-12"):
    doc = parse(text, published)
    labels = {**{k: a.label for k, a in load().actors.items()}, **{k: a.label for k, a in doc._.new_actors.items()}}
    return [(labels[c.speaker], c.text, c.verb) for c in doc._.claims]


def _actors(parse, text, published="2024-03-12"):
    doc = parse(text, published)
    labels = {**{k: a.label for k, a in load().actors.items()}, **{k: a.label for k, a in doc._.new_actors.items()}}
    return {labels[m.actor] for m in doc._.actor_mentions}


def test_quote_with_speaker_after(parse):
    (speaker, text, verb), = _claims(parse, "« Nous soutiendrons l'Ukraine aussi longtemps qu'il le faudra », a déclaré Emmanuel Macron.")
    assert speaker == "Emmanuel Macron" and text.startswith("Nous soutiendrons") and verb == "a déclaré"


def test_quote_with_speaker_before(parse):
    (speaker, text, _), = _claims(parse, "Olaf Scholz a déclaré : « L'Allemagne restera aux côtés de ses alliés européens. »")
    assert speaker == "Olaf Scholz" and text.startswith("L'Allemagne restera")


def test_incise_pronoun_takes_the_last_speaker(parse):
    found = _claims(parse, "« La discussion a été franche et utile », a déclaré Emmanuel Macron.\n"
                           "« Nous nous reparlerons très bientôt », a-t-il ajouté.")
    assert [s for s, _, _ in found] == ["Emmanuel Macron", "Emmanuel Macron"]
    assert found[1][2] == "a-t-il ajouté"


def test_reported_speech(parse):
    (speaker, text, verb), = _claims(parse, "Dmitri Peskov a affirmé que les discussions se poursuivraient.")
    assert speaker == "Dmitry Peskov" and verb == "a affirmé" and "se poursuivraient" in text


def test_selon_attributes_to_an_outlet(parse):
    (speaker, _, verb), = _claims(parse, "Selon Reuters, les deux dirigeants ont évoqué un échange de prisonniers.")
    assert speaker == "Reuters" and verb == "selon"


@pytest.mark.parametrize("text, marker", [
    ("D'après le Kremlin, les deux dirigeants ont évoqué un échange de prisonniers.", "d'après"),
    ("Aux dires de Dmitri Peskov, les deux dirigeants ont évoqué un échange de prisonniers.", "aux dires de"),
    ("Aux dires du Kremlin, les deux dirigeants ont évoqué un échange de prisonniers.", "aux dires du"),
    # a point of view, said as the source's own: 'aux yeux de X', and its forms with the article
    ("Aux yeux de Dmitri Peskov, « un échange de prisonniers reste possible ».", "aux yeux de"),
    ("Aux yeux du Kremlin, un échange de prisonniers reste possible.", "aux yeux du"),
])
def test_every_attribution_marker_of_the_cues_attributes(parse, text, marker):
    (speaker, _, verb), = _claims(parse, text)
    assert speaker in {"Kremlin", "Dmitry Peskov"} and verb == marker


def test_qualifier_de_with_institution_speaker(parse):
    (speaker, text, _), = _claims(parse, "Le Kremlin a qualifié de « constructive » la conversation.")
    assert speaker == "Kremlin" and "constructive" in text


def test_selon_laquelle_is_not_a_source(parse):
    found = _claims(parse, "Il défend une idée selon laquelle la paix est proche.")
    assert found == []


def test_descriptor_resolves_at_publication(parse):
    assert "Volodymyr Zelensky" in _actors(parse, "Le président ukrainien a remercié ses alliés.", "2024-03-12")
    assert "Donald Trump" in _actors(parse, "Le locataire de la Maison Blanche a répondu.", "2018-03-12")


def test_institution_is_not_a_person(parse):
    doc = parse("Le Kremlin a répondu aux questions des journalistes.")
    assert [load().actors[m.actor].type for m in doc._.actor_mentions] == ["Organization"]


def test_unknown_person_is_kept_with_a_minted_key(parse):
    doc = parse("Le conseiller diplomatique Jean Dupontel a confirmé la date de la rencontre.")
    assert any(a.label == "Jean Dupontel" and a.type == "Person" for a in doc._.new_actors.values())


def test_outlet_named_after_a_media_noun(parse):
    doc = parse("Selon le média ukrainien Kyivska.Pravda, la rencontre aura lieu lundi.")
    assert any(a.type == "Media" and a.label == "Kyivska.Pravda" for a in doc._.new_actors.values())


@pytest.mark.parametrize("text,label", [
    ("M. Poutine a parlé.", "Vladimir Putin"),
    ("Poutine a parlé.", "Vladimir Putin"),
    ("Le chef de l'État russe a parlé.", "Vladimir Putin"),
    ("Le locataire du Kremlin a parlé.", "Vladimir Putin"),
])
def test_names_and_descriptors(parse, text, label):
    assert label in _actors(parse, text, "2024-03-12")


@pytest.mark.parametrize("text", [
    "Le chef du gouvernement a reçu un appel du roi de Jordanie, a indiqué le Grand Sérail.",
    "Le Premier ministre libanais a évoqué l'aide à l'armée avec son homologue grec, rapporte le Grand Sérail.",
])
def test_a_seat_of_government_speaks_as_its_office(parse, text):
    """'a indiqué le Grand Sérail' as 'a indiqué l'Élysée': the building names the office it houses."""
    assert [s for s, _, _ in _claims(parse, text)] == ["Grand Serail"]


def test_a_leader_s_staff_speaks_as_their_office_not_as_the_leader(parse):
    text = ("Giorgia Meloni a parlé avec Emmanuel Macron. Les services de Meloni ont indiqué que l'échange avait été long. "
            "Le bureau de Justin Trudeau a déclaré que les deux dirigeants resteraient en contact.")
    speakers = [speaker for speaker, _, _ in _claims(parse, text, "2024-03-12")]
    assert speakers == ["Palazzo Chigi", "Prime Minister's Office (Canada)"]


@pytest.mark.parametrize("text", [
    "Le Premier ministre Alexander De Croo a eu mardi un entretien téléphonique avec le président français Emmanuel Macron, "
    "a fait savoir son cabinet.",
    "Le Premier ministre Alexander De Croo s'est rendu à Kiev. Le chef du gouvernement doit aussi rencontrer la semaine "
    "prochaine le président polonais, selon son porte-parole.",
    "Le Premier ministre Alexander De Croo est arrivé à Varsovie. Il rencontrera le président polonais jeudi, a précisé son bureau.",
])
def test_an_office_or_spokesperson_no_institution_stands_for_speaks_for_its_owner(parse, text):
    """'son cabinet', 'son porte-parole' of a leader whose office the gazetteer lacks: the leader whom
    the possessive points to, the one the clause's subject names or the one talked about."""
    assert [s for s, _, _ in _claims(parse, text, "2024-03-12")] == ["Alexander De Croo"]


def test_an_entourage_is_nobody_named(parse):
    text = "Le Premier ministre Alexander De Croo est arrivé à Varsovie. Il rencontrera le président polonais jeudi, selon son entourage."
    assert _claims(parse, text, "2024-03-12") == []


@pytest.mark.parametrize("text,speaker", [
    ("L'armée ukrainienne a affirmé mardi avoir repris trois hameaux près de la frontière.", "Ukraine"),
    ("Le ministère sud-coréen de l'Unification a indiqué que le Nord avait fermé son bureau de liaison.", "South Korea"),
    ("Le Conseil de sécurité nationale a affirmé que le pays ne céderait à aucune menace.", "Conseil de sécurité nationale"),
    ("Les autorités iraniennes ont affirmé avoir arrêté trois suspects près de la frontière.", "Iran"),
    ("Le régime syrien a affirmé avoir repoussé une offensive près d'Idleb.", "Syria"),
])
def test_a_body_the_gazetteer_does_not_know_speaks(parse, text, speaker):
    """A body named by its kind and what sets it apart: its country's, or one of its own."""
    assert [s for s, _, _ in _claims(parse, text, "2024-03-12")] == [speaker]


def test_only_a_speaking_body_set_apart_is_minted(parse):
    """'l'armée' alone names no body; 'une frappe de l'Armée populaire' is a body talked about."""
    doc = parse("L'armée a affirmé avoir repris trois hameaux. Une frappe de l'Armée populaire a touché un dépôt. "
                "Le Conseil de sécurité nationale a affirmé que le pays ne céderait pas.", "2024-03-12")
    assert [a.label for a in doc._.new_actors.values() if a.type == "Organization"] == ["Conseil de sécurité nationale"]



def test_the_agency_of_a_dateline_does_not_speak_for_the_subject_after_its_dash(parse):
    text = "LONDRES, 3 mars (Reuters) - Le négociateur a affirmé que les pourparlers reprendraient jeudi."
    assert "Reuters" not in [s for s, _, _ in _claims(parse, text, "2024-03-03")]



def test_a_former_trade_describes_the_person_talked_about(parse):
    """'l'ancien acteur sur CNN': the actor is the person talked about, not the channel after him."""
    text = ("Arnold Schwarzenegger a appelé les Russes à ouvrir les yeux. « Je vous dis la vérité », "
            "a déclaré l'ancien acteur sur CNN.")
    assert [s for s, claim, _ in _claims(parse, text, "2022-03-17") if claim.startswith("Je vous")] == ["Arnold Schwarzenegger"]


def test_a_present_reporting_verb_read_as_a_noun_before_a_quote(parse):
    """'Varsovie juge « ... »': 'juge' tagged a noun, a quote opening after it."""
    text = "Varsovie juge « irresponsable » la proposition allemande de réformer les traités."
    assert [(s, v) for s, _, v in _claims(parse, text, "2024-03-12")] == [("Poland", "juge")]



def test_the_press_of_an_agency_noun_is_the_agency_named_after_it(parse):
    """"l'agence de presse officielle iranienne Tasnim": Tasnim speaks, not 'the Iranian press' nor Iran."""
    text = "L'agence de presse officielle iranienne Tasnim a rapporté que le convoi était arrivé à Bandar Abbas."
    assert [s for s, _, _ in _claims(parse, text, "2024-03-12")] == ["Tasnim News Agency"]
    assert "Iran media" not in _actors(parse, text, "2024-03-12")


@pytest.mark.parametrize("text", [
    "Plusieurs médias russes avaient affirmé mardi que la rencontre se tiendrait à Istanbul.",
    "Des médias turcs ont rapporté que le président Erdoğan recevrait son homologue la semaine prochaine.",
    "Certains médias libanais assurent que le Premier ministre s'est rendu à Damas.",
])
def test_an_unnamed_few_of_a_countrys_media_is_no_actor_and_no_speaker(parse, text):
    """'plusieurs / des / certains médias X': some outlets nobody names, not the country's press as a whole."""
    assert _claims(parse, text) == []
    assert not any(label.endswith(" media") for label in _actors(parse, text))


def test_the_definite_media_of_a_country_still_speak(parse):
    text = "Les médias russes ont affirmé que les deux présidents s'étaient parlé la veille."
    assert [s for s, _, _ in _claims(parse, text)] == ["Russia media"]


@pytest.mark.parametrize("text", [
    "« L'Europe est de retour », a confié le Premier ministre à la presse belge à la sortie du sommet.",
    "Benjamin Netanyahou n'a pas parlé à Recep Tayyip Erdogan, contrairement à des informations parues dans la presse israélienne.",
    "Le chancelier a défendu devant les médias néerlandais la stratégie de son gouvernement.",
])
def test_the_press_told_or_read_in_is_no_actor(parse, text):
    """'à la presse belge', 'devant les médias néerlandais': whom a leader speaks to; 'dans la presse
    israélienne': where a report was read. Neither is a source that speaks ('selon la presse
    allemande' still is)."""
    assert not any(label.endswith(" media") for label in _actors(parse, text))


def test_an_unknown_participle_after_an_inverted_pronoun(parse):
    """'a-t-elle tweeté': the tagger knows neither the participle nor where 'a' goes (a pronoun its head)."""
    text = ("Maia Sandu a réagi dans la soirée. Il est « absurde » qu'aucune date ne soit fixée pour l'adhésion "
            "de la Moldavie, a-t-elle tweeté avant l'ouverture du sommet.")
    found = [(s, v) for s, claim, v in _claims(parse, text, "2023-11-15") if claim.startswith("Il est")]
    assert found == [("Maia Sandu", "a-t-elle tweeté")]


def test_a_participle_after_an_incise_is_the_incise_speaker_s(parse):
    """'« ... », a annoncé X devant les députés, ajoutant que ...': 'ajoutant' hung on the quote's verb."""
    text = ("Berlin a fini par céder. « Nous livrerons quatorze chars Leopard », a annoncé Olaf Scholz devant le Bundestag, "
            "ajoutant que l'Allemagne agissait « en étroite coordination » avec ses alliés.")
    found = [(s, v) for s, claim, v in _claims(parse, text, "2023-01-25") if "agissait" in claim]
    assert found == [("Olaf Scholz", "ajoutant")]


@pytest.mark.parametrize("text,speaker", [
    ("Le Danemark a convoqué le chargé d'affaires. Le royaume a dénoncé une « ingérence inacceptable ».", "Denmark"),
    ("Le Qatar poursuit sa médiation. Selon l'émirat, un nouvel échange aura lieu dimanche.", "Qatar"),
])
def test_a_country_noun_is_the_country_named_last(parse, text, speaker):
    assert [s for s, _, _ in _claims(parse, text, "2024-03-12")][-1:] == [speaker]


@pytest.mark.parametrize("text,published,speaker", [
    # 'SÉOUL - X a quitté ...': the parser hangs the verb on the city; X is still talked about
    pytest.param("SÉOUL - Antony Blinken a quitté Séoul mardi. « Notre engagement envers nos alliés est total », "
                 "a-t-il déclaré.", "2024-03-19", "Antony Blinken", id="pronoun-after-a-dateline"),
    # a role nobody in the article is named in, dated from a capital: that country's on the day
    pytest.param("VARSOVIE - Le Premier ministre a assuré lundi que la Pologne augmenterait encore ses dépenses militaires.",
                 "2024-03-12", "Donald Tusk", id="bare-role-of-the-dateline"),
    # a kin noun: the person talked about, never the one whose kin
    pytest.param("Sophie Dantec a pris la parole à Lyon devant la presse. « Nous voulons toute la vérité », "
                 "a lancé la veuve du journaliste Marc Dantec.", "2024-03-12", "Sophie Dantec", id="kin-noun"),
    # 'a qualifié' read as a clause of the relative before it: the relative's antecedent speaks
    pytest.param("Le sommet s'est ouvert lundi. Pékin, qui n'a pas été consulté, a qualifié le projet de « provocation ».",
                 "2024-03-12", "China", id="verb-hung-on-a-relative"),
    # an organization nobody listed, named by the recogniser
    pytest.param("Human Rights Watch a accusé les deux camps de viser des civils dans la région.",
                 "2024-03-12", "Human Rights Watch", id="body-the-recogniser-names"),
    # Iran's supreme leader named by the title alone, held on the day
    pytest.param("Le guide suprême a mis en garde samedi contre toute « aventure militaire » dans le Golfe.",
                 "2023-02-11", "Ali Khamenei", id="supreme-leader-by-title"),
    # the longer title another office bears is read whole, not as the shorter one inside it
    pytest.param("Le guide suprême nord-coréen a jugé que les essais devaient « se poursuivre ».",
                 "2023-02-11", "Kim Jong Un", id="longer-title"),
])
def test_who_speaks_on_unseen_styles(parse, text, published, speaker):
    assert [s for s, _, _ in _claims(parse, text, published)] == [speaker]


@pytest.mark.parametrize("text,claims", [
    # a quote of a few words that opens with the sentence's own reporting verb, its subject named before the mark
    pytest.param("Dans un communiqué publié jeudi, le Quai d'Orsay « déplore vivement la décision unilatérale » des "
                 "autorités de fermer le consulat.", [("Ministry for Europe and Foreign Affairs (France)", "déplore vivement")],
                 id="verb-opens-the-quote"),
    # inside a clause another verb reports, the quoted verb is the reporter's words
    pytest.param("Dmitri Peskov a affirmé que Moscou « condamne fermement ces livraisons » d'armes à Kiev.",
                 [("Dmitry Peskov", "Moscou « condamne fermement")], id="inside-a-reported-clause"),
    # a verb that reports only before a quote it opens ('a poursuivi : « ... »'), quoted itself
    pytest.param("L'armée israélienne « poursuit méthodiquement ses opérations » dans le nord.", [], id="no-report"),
    pytest.param("L'armée israélienne « poursuit méthodiquement » ses opérations dans le nord.", [], id="no-report-short"),
])
def test_a_quote_that_opens_with_its_reporting_verb(parse, text, claims):
    found = [(s, t) for s, t, _ in _claims(parse, text, "2024-03-14")]
    assert [s for s, _ in found] == [s for s, _ in claims]
    assert all(want in text_ for (_, want), (_, text_) in zip(claims, found, strict=True))


@pytest.mark.parametrize("text,speaker", [
    pytest.param("Le Kremlin a diffusé un bref communiqué. « Moscou suit la situation avec la plus grande "
                 "attention », indique le texte.", "Kremlin", id="the-text"),
    pytest.param("La présidence sud-africaine a publié une longue déclaration dimanche. « Nous appelons à la retenue "
                 "de toutes les parties », peut-on y lire.", "Presidency of South Africa", id="one-reads-there"),
])
def test_who_published_a_document_speaks_through_it(parse, text, speaker):
    assert [s for s, _, _ in _claims(parse, text, "2024-03-14")] == [speaker]


def test_treating_someone_as_a_quoted_name_is_a_claim(parse):
    """'traiter X de « ... »' says what X is, as 'qualifier X de' does; 'traiter de' a subject says nothing."""
    said = _claims(parse, "Le président brésilien a traité son rival de « menteur pathologique ».", "2024-03-14")
    dealt = _claims(parse, "Le sommet de Lima traitera de la sécurité alimentaire et du climat.", "2024-03-14")
    assert [(s, v) for s, _, v in said] == [("Luiz Inácio Lula da Silva", "a traité")] and dealt == []


def test_a_that_clause_the_parser_hangs_on_the_day_as_a_relative(parse):
    """'a estimé jeudi qu'Israël devait ...': 'jeudi' read as the object, the clause as its relative,
    'qu'' still the clause's marker: the clause is what was said, not the quoted words alone."""
    text = "ROME - La présidente du Conseil italien, Giorgia Meloni, a estimé vendredi qu'Israël devait « protéger les civils » à Gaza."
    (speaker, claim, verb), = _claims(parse, text, "2024-03-12")
    assert (speaker, verb) == ("Giorgia Meloni", "a estimé") and "Israël devait" in claim



def test_a_participle_after_tout_en_and_a_reflexive_is_the_incise_speaker_s(parse):
    """'« ... », a répété la Première ministre X, tout en se disant ouverte à ...': the words between
    the comma and the participle do not hide the incise it follows."""
    text = ("« L'Arctique n'est pas à vendre », a insisté la Première ministre Mette Frederiksen, tout en se disant "
            "prête à « discuter de sécurité » avec Washington.")
    found = [(s, v) for s, claim, v in _claims(parse, text, "2024-03-12") if "discuter" in claim]
    assert found == [("Mette Frederiksen", "se disant")]


def test_a_name_the_tagger_reads_as_a_verb_after_an_incise_verb_speaks(parse):
    """'a répété la Première ministre Mette Frederiksen': 'Mette' tagged a verb ended the search
    for who speaks, and the quote had nobody."""
    text = "« Nos frontières ne sont pas négociables », a répété la Première ministre Mette Frederiksen."
    assert [(s, c) for s, c, _ in _claims(parse, text, "2024-03-12")] == [
        ("Mette Frederiksen", "Nos frontières ne sont pas négociables")]


@pytest.mark.parametrize("text", [
    "Selon un négociateur européen, Pedro Sánchez devrait accepter le compromis dès jeudi.",
    "Selon des sources proches du dossier, la Pologne pourrait renoncer à son veto.",
])
def test_an_unnamed_source_after_selon_is_not_the_name_after_its_comma(parse, text):
    """The sentence is the unnamed source's, not that of the person it is about."""
    assert _claims(parse, text, "2024-03-12") == []


def test_a_named_source_after_selon_still_speaks(parse):
    (speaker, _, verb), = _claims(parse, "Selon le Kremlin, les deux présidents pourraient se parler la semaine prochaine.", "2024-03-12")
    assert (speaker, verb) == ("Kremlin", "selon")


@pytest.mark.parametrize("text", [
    "Un proche de Giorgia Meloni a assuré que la coalition tiendrait jusqu'aux élections.",
    "Des alliés de Viktor Orban ont démenti toute rupture avec Bruxelles.",
    "« Il ne lâchera rien », a confié un proche d'Emmanuel Macron au Parisien.",
])
def test_an_associate_of_a_leader_is_not_the_leader(parse, text):
    """'un proche de X', 'des alliés de X' (cue kinship_nouns): nobody the text names speaks, not X."""
    assert _claims(parse, text, "2024-03-12") == []


@pytest.mark.parametrize("text,speaker", [
    # the one country the article names, as a subject before the role: its holder on the day
    pytest.param("L'Espagne a convoqué l'ambassadeur israélien mardi. Le Premier ministre a jugé que ces propos étaient "
                 "« inacceptables ».", "Pedro Sánchez", id="one-country-subject"),
    # a country named only as a complement says nothing of whose role it is
    pytest.param("Des migrants sont arrivés d'Espagne mardi. Le Premier ministre a jugé que la situation était "
                 "« sous contrôle ».", None, id="country-not-a-subject"),
])
def test_a_bare_role_in_an_article_about_one_country(parse, text, speaker):
    assert [s for s, _, _ in _claims(parse, text, "2024-03-12")] == ([speaker] if speaker else [])


@pytest.mark.parametrize("text,said", [
    ("La Belgique a rappelé son ambassadeur à Kigali pour consultations.", False),
    ("Giorgia Meloni a salué le Premier ministre albanais à sa descente d'avion.", False),
    ("La Belgique a rappelé son attachement au droit international.", True),
])
def test_recalling_or_greeting_a_person_is_no_statement(parse, text, said):
    """'rappeler', 'saluer' with a person as the object (cue object_content_not_a_person) act on them."""
    assert bool(_claims(parse, text, "2024-03-12")) is said


def test_tout_en_and_a_participle_read_as_one_adverb_still_report_their_clause(parse):
    """', tout en reconnaissant que « ... »': the parser makes 'tout en reconnaissant' a fixed adverb of
    the clause; the participle reports that clause, a statement of its own, for the main verb's subject."""
    text = "Le président finlandais a qualifié la rencontre de « constructive », tout en reconnaissant que « rien n'est encore réglé »."
    found = [(s, v) for s, claim, v in _claims(parse, text, "2024-03-12") if claim.startswith("tout en reconnaissant")]
    assert found == [("Alexander Stubb", "reconnaissant")]


@pytest.mark.parametrize("text,speaker", [
    ("Emmanuel Macron et Joe Biden se sont parlé jeudi. Selon un haut responsable américain, le président a dit à son "
     "homologue que Washington restait prudent.", "Joe Biden"),
    ("Joe Biden et Xi Jinping se sont parlé mardi. Selon un haut responsable chinois, le président a dit à son homologue "
     "que Pékin ne voulait pas la guerre.", "Xi Jinping"),
])
def test_a_bare_role_after_an_unnamed_source_of_a_country_is_that_country_s(parse, text, speaker):
    """'Selon un haut responsable américain, le président a dit ...': the official speaks of his own
    president, not the one put in the fore by the sentence before."""
    assert [s for s, _, _ in _claims(parse, text, "2024-03-12")] == [speaker]


@pytest.mark.parametrize("text,participle,speaker", [
    ("Dmitri Peskov a déclaré que le Kremlin n'avait pas été informé, tout en soulignant que Moscou restait prêt à discuter.",
     "soulignant", "Dmitry Peskov"),  # 'tout en soulignant' read as one adverb of the completive
    ("Olaf Scholz a affirmé que l'Allemagne ne livrerait pas de missiles, tout en appelant Moscou à retirer ses troupes.",
     "appelant", "Olaf Scholz"),  # the participle an adjunct of the completive's verb
    ("Emmanuel Macron a estimé que l'Ukraine devait être associée aux discussions, ajoutant qu'il appellerait "
     "Volodymyr Zelensky.", "ajoutant", "Emmanuel Macron"),
])
def test_a_participle_after_a_completive_speaks_for_the_reporting_verb_s_subject(parse, text, participle, speaker):
    """'X a déclaré que Y ..., tout en soulignant que ...': the parser hangs the participle on the
    completive's verb, whose subject (Y) says nothing; X, who reports the completive, goes on speaking."""
    found = [s for s, _, v in _claims(parse, text, "2024-03-12") if v == participle]
    assert found == [speaker]


@pytest.mark.parametrize("text,verb,speaker", [
    ("Emmanuel Macron a parlé avec Vladimir Poutine, a fait savoir l'Élysée. A Kiev, le Premier ministre Denys Chmyhal "
     "a dénoncé une « agression » et appelé l'Occident à l'aide.", "appelé", "Denys Shmyhal"),  # 'l'Occident' read as a subject
    ("Olaf Scholz a reçu Emmanuel Macron jeudi. Pedro Sánchez a salué la rencontre et appelé l'Europe à l'unité.",
     "appelé", "Pedro Sánchez"),
])
def test_a_participle_joined_without_its_own_auxiliary_shares_the_first_verb_s_subject(parse, text, verb, speaker):
    """'X a dénoncé ... et appelé Y à ...': the second participle shares the first one's auxiliary,
    so its subject; the noun after it the parser made its subject is its object, not a speaker."""
    found = [s for s, _, v in _claims(parse, text, "2024-03-12") if v == verb]
    assert found == [speaker]


@pytest.mark.parametrize("text,speaker", [
    ("Emmanuel Macron a reçu Giorgia Meloni lundi. Mardi, c'est le président ukrainien Volodymyr Zelensky qui s'est "
     "adressé par vidéo au Parlement espagnol. Il a remercié Madrid pour son aide et appelé à « ne pas baisser les bras ».",
     "Volodymyr Zelensky"),
    ("Emmanuel Macron a rencontré Olaf Scholz à Berlin. Le soir, c'est Pedro Sánchez qui a reçu les dirigeants européens. "
     "Il a plaidé pour une défense commune.", "Pedro Sánchez"),
])
def test_the_person_a_cleft_puts_forward_is_whom_a_pronoun_after_it_stands_for(parse, text, speaker):
    """'C'est X qui s'est adressé au Parlement. Il a remercié ...': the cleft makes X the one the
    sentence is about, as a subject does."""
    assert [s for s, _, _ in _claims(parse, text, "2024-03-12")][-1] == speaker


@pytest.mark.parametrize("text,kept", [
    ("Emmanuel Macron a reçu Olaf Scholz mardi à l'Élysée. Selon un diplomate européen, Bruxelles prépare une riposte "
     "commerciale. « Il faut aller vite, les entreprises s'impatientent », a-t-il résumé.", []),
    ("Joe Biden a appelé Benyamin Netanyahou lundi. « Nous attendons des résultats », a déclaré John Kirby. La conversation "
     "a été tendue, a dit un responsable américain sous couvert d'anonymat. Selon lui, le président a exigé une pause humanitaire.",
     ["Joe Biden", "John Kirby"]),
    ("Le Kremlin a confirmé mardi un entretien entre Vladimir Poutine et Olaf Scholz. A Berlin, la porte-parole du "
     "gouvernement a au contraire démenti toute conversation. « Aucun contact n'a eu lieu », a-t-elle martelé.",
     ["Kremlin", "Government of Germany", "Government of Germany"]),  # 'A Berlin, ... du gouvernement': Germany's, through its voice
])
def test_a_pronoun_after_someone_unnamed_who_spoke_is_not_the_speaker_before(parse, text, kept):
    """'Un diplomate a jugé ... « ... », a-t-il résumé', '..., a dit un responsable. Selon lui, ...': the
    pronoun stands for the last one who spoke, whom the text does not name; not for the leader or
    the spokesman who spoke before (no claim rather than a wrong speaker)."""
    assert [s for s, _, _ in _claims(parse, text, "2024-03-12")] == kept


def test_a_pronoun_after_a_named_speaker_still_finds_that_speaker(parse):
    text = ("Un diplomate européen a jugé la rencontre utile. Olaf Scholz a ensuite pris la parole. "
            "« Nous resterons unis », a-t-il déclaré.")
    assert [s for s, _, _ in _claims(parse, text, "2024-03-12")][-1] == "Olaf Scholz"


@pytest.mark.parametrize("text,speaker", [
    ("Emmanuel Macron a promis une aide à la ville. À Dunkerque, le maire Claire Lemaître reste sceptique. "
     "« Nous attendons des actes », a-t-elle réagi.", "Claire Lemaître"),
    ("Olaf Scholz a promis une aide à la région. Le ministre Agnès Pannier-Runacher reste prudente. "
     "« Il faudra des moyens », a-t-elle ajouté.", "Agnès Pannier-Runacher"),
])
def test_a_masculine_title_written_for_a_woman_does_not_keep_her_pronoun_from_her(parse, text, speaker):
    """'le maire X', 'le ministre X': French writes these titles with the masculine article for a
    woman too, so they show no man, and 'a-t-elle réagi' is her, not a man named before."""
    assert [s for s, _, _ in _claims(parse, text, "2024-03-12")][-1] == speaker


@pytest.mark.parametrize("text,speaker", [
    ("Olaf Scholz a reçu Emmanuel Macron jeudi. L'Élysée a rapporté que M. Macron avait jugé la rencontre « utile ». "
     "« Nous avançons ensemble », a-t-il assuré.", "Emmanuel Macron"),
    ("Olaf Scholz a reçu Volodymyr Zelensky jeudi. La présidence ukrainienne a indiqué que Volodymyr Zelensky avait "
     "évoqué « une étape ». « Nous avançons ensemble », a-t-il assuré.", "Volodymyr Zelensky"),
])
def test_the_person_an_institution_reports_on_is_whom_a_pronoun_after_it_stands_for(parse, text, speaker):
    """'La présidence a rapporté que M. X avait jugé ... « ... », a-t-il assuré': the institution only
    relays; the person whose words it reports is the one the sentence is about, not the host before."""
    assert [s for s, _, _ in _claims(parse, text)][-1] == speaker


@pytest.mark.parametrize("text,speaker", [
    ("Le président Emmanuel Macron a reçu les ministres à l'Élysée. Le chancelier Olaf Scholz a exigé des explications : "
     "« Les coupables rendront des comptes », a-t-il lancé dans une allocution.", "Olaf Scholz"),
    ("Le Premier ministre Justin Trudeau a remercié ses alliés. Le président Joe Biden a demandé des comptes : "
     "« Les responsables de cette attaque seront punis », a-t-il lancé.", "Joe Biden"),
])
def test_a_pronoun_after_a_quote_opened_by_a_colon_is_the_subject_before_the_colon(parse, text, speaker):
    """'X a réclamé des comptes : « ... », a-t-il lancé': the clause before the colon introduces the
    quote, so its subject is who says it, not the person talked about in the sentence before."""
    assert [s for s, _, _ in _claims(parse, text)] == [speaker]


def test_a_bare_role_as_subject_puts_forward_the_person_it_describes(parse):
    """'Le président, accompagné de son épouse, a visité ... Il a promis ...': the bare role is the
    president described before, who is then talked about, not the last person named as a subject."""
    found = _claims(parse, "Le président américain Joe Biden a reconnu des « divergences » avec Pékin. Xi Jinping a répliqué en "
                           "dénonçant les sanctions. Le président, accompagné de son épouse, a ensuite visité la Cité interdite. "
                           "Dans un message vidéo, il a promis aux Chinois de « revenir bientôt ».")
    assert [s for s, text, _ in found if "revenir" in text] == ["Joe Biden"]


def test_a_subject_read_as_an_apposition_of_an_opening_complement_is_talked_about(parse):
    """'Au lendemain de la visite de M. Y, X avait laissé ...': the parser hangs the subject X on the
    name ending the opening complement; X is still whom the sentence is about, so 'il' after it."""
    found = _claims(parse, "Emmanuel Macron a déclaré que la France soutiendrait Kiev. Au lendemain de la visite de M. Macron, "
                           "Olaf Scholz avait, dans un discours, exprimé ses réserves sur l'envoi de chars. "
                           "Il avait également affirmé qu'il travaillerait avec Paris « en confiance ».")
    assert [s for s, text, _ in found if "confiance" in text] == ["Olaf Scholz"]


@pytest.mark.parametrize("text,speaker", [
    ("Le ministre de l'Intérieur Paul-Henri Delvaux a répondu que des discussions étaient en cours.", "Paul-Henri Delvaux"),
    ("Pour le chef de groupe N-VA Bart Verhoeven, le gouvernement « se cache derrière Bruxelles ».", "Bart Verhoeven"),
    ("« Aucune date n'est arrêtée », a affirmé le haut-commissaire du Canada, R. Louis Bertrand.", "R. Louis Bertrand"),
])
def test_a_person_named_after_a_role_speaks_not_the_role_s_country_or_party(parse, text, speaker):
    """The claim of a minister or ambassador the gazetteer does not know is theirs, not the
    country or party their role names."""
    assert [c[0] for c in _claims(parse, text)] == [speaker]


@pytest.mark.parametrize("text,speaker", [
    ("Joe Biden et Xi Jinping se parleront jeudi, a annoncé Pékin, au lendemain d'une déclaration du président américain. "
     "« Je parlerai au président Xi demain », a dit Joe Biden aux journalistes. "
     "Le président a ajouté que la question de Taïwan serait abordée.", "Joe Biden"),
    ("Recep Tayyip Erdoğan recevra Vladimir Poutine à Ankara, a confirmé le Kremlin, après une annonce du président turc. "
     "« Le président Poutine sera notre invité », a déclaré Recep Tayyip Erdoğan devant la presse. "
     "Le président a précisé que le gaz serait au menu.", "Recep Tayyip Erdoğan"),
])
def test_a_bare_role_speaking_goes_on_with_the_last_speaker_who_holds_it(parse, text, speaker):
    """'« ... », a dit X. Le président a ajouté que ...': a bare role as the subject of a speech verb
    is the last speaker the text gave that role, not another president named in passing."""
    assert [s for s, _, _ in _claims(parse, text)][-1] == speaker


def test_a_counted_group_of_leaders_speaks_through_one_of_those_named_before(parse):
    """'Une visioconférence a réuni X, Y et Z. Les trois dirigeants ont appelé à ...': a counted plural
    role stands for the people the sentence before names (a joint statement, one of them its
    speaker), not for someone talked about earlier, outside the group."""
    found = _claims(parse, "« Nous resterons aux côtés de Kiev », a déclaré Emmanuel Macron lundi. Une visioconférence a réuni "
                           "mardi le président polonais Andrzej Duda, le chancelier Olaf Scholz et le Premier ministre italien "
                           "Giorgia Meloni. Les trois dirigeants ont appelé à « un soutien durable à l'Ukraine ».")
    assert found[-1][0] in {"Andrzej Duda", "Olaf Scholz", "Giorgia Meloni"}


@pytest.mark.parametrize("text,speaker", [
    ("Donald Trump a suivi l'incendie depuis la Maison Blanche. Il a proposé son aide pour la reconstruction du pont, "
     "selon la porte-parole Karine Jean-Pierre. « Le pont est un trésor », avait écrit la veille le milliardaire sur Twitter.",
     "Donald Trump"),
    ("Elon Musk a suivi l'incendie depuis le Texas. Il a proposé son aide pour la reconstruction du pont, selon sa "
     "conseillère Linda Yaccarino. « Le pont est un trésor », avait écrit la veille le milliardaire sur son réseau.", "Elon Musk"),
])
def test_a_description_agrees_in_gender_with_the_person_it_stands_for(parse, text, speaker):
    """'selon la porte-parole X' shows X a woman, even under a preposition: 'le milliardaire' after it
    is the man talked about before her, not her."""
    assert [s for s, _, _ in _claims(parse, text)][-1] == speaker


@pytest.mark.parametrize("text,speaker", [
    ("Le ministre sud-coréen des Affaires étrangères Cho Tae-yul a rencontré son homologue japonais. « Nous sommes convenus "
     "de coordonner notre réponse », a expliqué Cho devant la commission des affaires étrangères de l'Assemblée nationale.",
     "Cho Tae-yul"),
    ("Le ministre sud-coréen de la Défense Shin Won-sik a reçu son homologue américain. « Notre alliance est solide », "
     "a expliqué Shin devant la commission de la défense de l'Assemblée nationale.", "Shin Won-sik"),
])
def test_a_lone_name_after_an_inverted_verb_is_the_person_named_in_full_before(parse, text, speaker):
    """'« ... », a expliqué Cho devant la commission de X': the lone name is the person named in full
    before with that word in their name, not the institution the phrase after it names."""
    assert [s for s, _, _ in _claims(parse, text)][-1] == speaker


def test_a_verb_read_as_a_participle_on_an_indefinite_noun_is_nobody_s_in_the_fore(parse):
    """'Un bénévole de l'association, croisé sur la plage, décrit des départs « ... »': the verb the
    parser hung on the indefinite noun as a participle is that someone's, whom the text does not
    name; not the person talked about before."""
    text = ("Le maire Pierre Durand a dénoncé la situation. « C'est intenable », a-t-il déclaré. Un bénévole de "
            "l'association, croisé lundi matin sur la plage, décrit des départs « de plus en plus dangereux ».")
    assert [t for _, t, _ in _claims(parse, text) if "dangereux" in t] == []


def test_a_description_is_not_the_one_its_verb_addresses(parse):
    """'Le chef libéral a confirmé au président français que ...': the description, whatever it
    resolves to, is not the person the same verb addresses, though that person is in the fore."""
    text = ("Emmanuel Macron a reçu Justin Trudeau à l'Élysée mardi. Le chef libéral a confirmé au président français "
            "que le Canada livrerait des chars.")
    assert [s for s, _, _ in _claims(parse, text, "2024-03-12")] == ["Justin Trudeau"]


@pytest.mark.parametrize("text, speaker", [
    ("L'entretien a été jugé « franc » par le Kremlin.", "Kremlin"),
    ("L'appel entre Olaf Scholz et Vladimir Poutine avait été jugé « utile » par le Kremlin.", "Kremlin"),
])
def test_the_agent_of_a_passive_judgement_read_as_an_adjunct_speaks(parse, text, speaker):
    """'avait été jugé « utile » par X', the agent the parser hangs as an adjunct: X judged, and says so."""
    assert [s for s, _, _ in _claims(parse, text)] == [speaker]


def test_a_passive_without_judgement_has_no_speaker_in_par(parse):
    assert _claims(parse, "Le président a été reçu à Moscou par Vladimir Poutine.") == []
