"""Claims on French sentences of our own: what reports something, who says it, which text it covers."""
from __future__ import annotations

import pytest

from kg.nlp.extract.claims.quotes import quote_spans
from kg.nlp.gazetteer import load


def _claims(parse, text, published="2024-03-12"):
    doc = parse(text, published)
    labels = {**{k: a.label for k, a in load().actors.items()}, **{k: a.label for k, a in doc._.new_actors.items()}}
    return [(labels[c.speaker], c.text) for c in doc._.claims]


def _speakers(parse, text, published="2024-03-12"):
    return [speaker for speaker, _ in _claims(parse, text, published)]


# ---------------------------------------------------------------- what reports something
@pytest.mark.parametrize("text", [
    "Emmanuel Macron a réaffirmé le soutien de la France à l'Ukraine.",
    "Olaf Scholz a exprimé sa solidarité avec les familles des victimes.",
    "Le chancelier Olaf Scholz a insisté sur la nécessité d'un cessez-le-feu.",
    "Le Kremlin a mis en garde contre toute livraison de missiles à longue portée.",
    "Emmanuel Macron a appelé à la retenue des deux côtés.",
    "Olaf Scholz a exhorté les deux parties à reprendre les négociations.",
    "Dmitri Peskov a accusé les Européens de prolonger la guerre.",
    "Le Kremlin a fait part de sa préoccupation au sujet des sanctions.",
    "Emmanuel Macron s'est dit prêt à recevoir son homologue.",
    "Dmitri Peskov estime possible une rencontre avant l'été.",
    "Emmanuel Macron a redit son soutien à l'Ukraine.",
    "Olaf Scholz a déploré la lenteur des négociations.",
    "Olaf Scholz réclame la libération des opposants emprisonnés.",
    "Le Kremlin a fustigé les nouvelles sanctions européennes.",
    "Emmanuel Macron a condamné avec la plus grande fermeté les frappes de la nuit.",
    "Dmitri Peskov a critiqué la décision de Berlin.",
    "Le président français a promis une aide à la reconstruction du port.",
])
def test_a_noun_phrase_or_an_infinitive_can_be_what_was_said(parse, text):
    assert len(_claims(parse, text)) == 1


@pytest.mark.parametrize("text,speaker", [
    ("Le Kremlin a annoncé jeudi un entretien téléphonique entre Vladimir Poutine et Emmanuel Macron.", "Kremlin"),
    ("L'Élysée a annoncé une visioconférence entre Emmanuel Macron et Olaf Scholz dans la soirée.", "Élysée Palace"),
])
def test_a_call_announced_as_an_object_is_what_was_said(parse, text, speaker):
    assert _speakers(parse, text) == [speaker]


def test_an_object_the_parser_hangs_on_a_day_is_still_what_was_said(parse):
    text = "La Maison Blanche a confirmé dimanche un appel entre Joe Biden et le président mexicain."
    assert _speakers(parse, text) == ["White House"]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron a annoncé son intention d'appeler Vladimir Poutine.",  # an intention, not an event announced
    "Le Kremlin a annoncé de nouvelles mesures contre Londres.",
])
def test_annoncer_with_another_object_reports_nothing(parse, text):
    assert _claims(parse, text) == []


@pytest.mark.parametrize("text,speaker", [
    ("Olaf Scholz a annoncé la suspension de la coopération militaire avec Bamako.", "Olaf Scholz"),
    ("Joe Biden a annoncé jeudi le déploiement de deux porte-avions en Méditerranée.", "Joe Biden"),
    ("Emmanuel Macron annonce la levée du couvre-feu dans la capitale.", "Emmanuel Macron"),
])
def test_a_measure_announced_by_its_act_noun_is_what_was_said(parse, text, speaker):
    """'a annoncé la levée de ...', "l'envoi de ...": the noun of the act names a decision taken, which
    the announcer states ('de nouvelles mesures' names none, `test_annoncer_with_another_object_reports_nothing`)."""
    assert _speakers(parse, text) == [speaker]


@pytest.mark.parametrize("text,said", [
    ("Gaza : au sortir d'un long appel avec Netanyahou, Biden annonce des négociations «rapides»\n\n"
     "Joe Biden et Benyamin Netanyahou se sont parlé lundi.",
     "Gaza : au sortir d'un long appel avec Netanyahou, Biden annonce des négociations «rapides»"),
    ("Le Kremlin annonce une conversation « franche »", "Le Kremlin annonce une conversation « franche »"),
    # a quotation nested in the claim's own quote: both closing marks are the claim's
    ('Le Kremlin annonce une conversation « franche et "très utile" »', 'Le Kremlin annonce une conversation « franche et "très utile" »'),
])
def test_a_claim_that_ends_on_a_quote_keeps_its_closing_mark(parse, text, said):
    """A sentence without a full stop (a headline) that ends on a quote of the claim's own: its closing
    mark is part of the claim ('annonce des négociations « rapides »'), unlike a mark around the whole."""
    assert said in [body for _, body in _claims(parse, text)]


def test_presser_with_an_addressee_and_an_infinitive_is_a_request(parse):
    """'a pressé X de + infinitive' asks X to act, as 'a demandé à X de' does (the dev gold counts those)."""
    text = "Olaf Scholz a pressé ses partenaires européens de débloquer l'aide promise à Kiev."
    assert _speakers(parse, text) == ["Olaf Scholz"]


@pytest.mark.parametrize("text,said", [
    ("Alain Berset a eu un entretien avec Joe Biden vendredi, a communiqué le Conseil fédéral.", "Alain Berset a eu"),
    ("Le Conseil fédéral a communiqué que son président avait parlé avec Joe Biden.", "que son président"),
])
def test_communiquer_reports_in_an_incise_or_with_a_clause(parse, text, said):
    (_, found), = _claims(parse, text)
    assert said in found


@pytest.mark.parametrize("text", [
    "Emmanuel Macron et Olaf Scholz ont communiqué par téléphone vendredi.",  # they talked
    "Le Kremlin a communiqué sa liste de prisonniers à Washington.",  # something sent, not a statement
])
def test_communiquer_without_clause_or_incise_reports_nothing(parse, text):
    assert _claims(parse, text) == []


@pytest.mark.parametrize("text", [
    "Emmanuel Macron a appelé Olaf Scholz mardi soir.",  # a phone call, not a statement
    "Emmanuel Macron et Olaf Scholz ont évoqué la situation au Proche-Orient.",  # a topic, not a statement
    "Le Kremlin n'a pas confirmé la conversation.",  # negated
    "Pour prévenir une crise, le Kremlin a proposé un corridor.",  # a purpose
    "Notons que la rencontre aura lieu lundi.",  # the writer
    "Le Kremlin a poursuivi ses efforts diplomatiques pendant des mois.",  # 'poursuivre' reports only before a quote
    "Emmanuel Macron a souhaité un prompt rétablissement à son homologue.",  # a wish sent, not a position stated
    "Olaf Scholz a appelé Emmanuel Macron au téléphone mardi.",  # 'appeler à', but 'au téléphone' is how they talked
    "Emmanuel Macron a appelé Vladimir Poutine à la demande de ce dernier.",  # why they talked, not what was called for
    "Olaf Scholz a appelé Joe Biden à la veille du sommet de l'Otan.",  # when they talked
    "Olaf Scholz a appelé Joe Biden à plusieurs reprises cette semaine.",  # how often
    "Vladimir Poutine a rappelé Emmanuel Macron dans la soirée.",  # a call back, not a fact recalled
    "Le Maroc a rappelé la semaine dernière son ambassadeur à Alger pour consultations.",  # an envoy recalled
])
def test_not_every_verb_with_an_object_reports(parse, text):
    assert _claims(parse, text) == []


@pytest.mark.parametrize("text", [
    "Emmanuel Macron a affirmé la position constante de la France en faveur d'un cessez-le-feu.",
    "Emmanuel Macron a affirmé sa volonté de poursuivre le dialogue.",
    "Olaf Scholz a mis en avant la nécessité du partenariat entre Berlin et Paris.",
    "Olaf Scholz a mis en avant « la solidité du partenariat » entre Berlin et Paris.",
    "Emmanuel Macron a fait valoir la nécessité d'une défense européenne.",
])
def test_a_stance_noun_is_what_affirmer_or_mettre_en_avant_states(parse, text):
    assert len(_claims(parse, text)) == 1


@pytest.mark.parametrize("text", [
    "La Russie a affirmé sa présence militaire dans la région.",  # a fact asserted by acting, no position
    "Olaf Scholz a affirmé son autorité sur la coalition.",
    "Emmanuel Macron a mis en avant sa voiture neuve.",
    "Olaf Scholz a fait valoir ses droits à la retraite.",
])
def test_affirmer_or_mettre_en_avant_with_another_object_reports_nothing(parse, text):
    assert _claims(parse, text) == []


@pytest.mark.parametrize("text", [
    "Le président Joe Biden a insisté, lors de sa rencontre avec le Premier ministre, sur l'urgence d'un accord.",
    "Le président Joe Biden a longuement insisté, lors d'un entretien téléphonique avec la présidente de la Commission, "
    "sur la nécessité de lutter contre l'inflation.",
])
def test_the_preposition_of_what_was_said_after_a_phrase_set_off_by_commas(parse, text):
    (speaker, said), = _claims(parse, text)
    assert speaker == "Joe Biden" and "sur l" in said


def test_a_preposition_hung_on_the_participle_of_a_phrase_set_off_is_what_was_said(parse):
    """'a mis en garde, dans un entretien accordé à X, contre ...': the parser hangs 'contre' on the
    participle that ends the phrase set off; it is still what the warning is against."""
    text = "Recep Tayyip Erdogan a toutefois mis en garde, dans un entretien accordé lundi à la BBC, contre toute escalade en mer Égée."
    (speaker, said), = _claims(parse, text)
    assert speaker == "Recep Tayyip Erdoğan" and "contre toute escalade" in said


def test_an_adverb_inside_a_multiword_reporting_verb_leaves_it_one(parse):
    """'X mettant alors en garde Y contre ...': an adverb between the verb and the rest of its phrase;
    an absolute participle with its own subject after a clause that says nothing is X's statement."""
    text = "Ils s'étaient déjà parlé dimanche, Joe Biden mettant alors en garde Moscou contre le « prix » d'une offensive."
    (speaker, said), = _claims(parse, text)
    assert speaker == "Joe Biden" and "prix" in said


def test_a_phrase_set_off_after_the_verb_is_not_what_was_said(parse):
    assert _claims(parse, "Emmanuel Macron est arrivé, après un vol depuis Paris, sur la base aérienne.") == []


def test_an_adjective_with_its_own_article_is_no_attribute_said(parse):
    # the parser reads 'possible' as the object and 'cessez-le-feu' as its dependent: a topic, not a view
    text = "Ukraine : Zelensky et Trump se sont parlé au téléphone\n\nLes deux dirigeants ont évoqué un possible cessez-le-feu."
    assert _claims(parse, text) == []


def test_two_reporting_verbs_in_a_sentence_are_two_claims(parse):
    found = _claims(parse, "Rappelant que la paix reste fragile, Emmanuel Macron a exhorté les deux camps à reprendre le dialogue.")
    assert [s for s, _ in found] == ["Emmanuel Macron", "Emmanuel Macron"]
    first, second = (t for _, t in found)
    assert "la paix reste fragile" in first and "reprendre le dialogue" not in first
    assert "reprendre le dialogue" in second and "la paix reste fragile" not in second


def test_two_participles_sharing_one_auxiliary_are_one_claim(parse):
    found = _claims(parse, "Le Kremlin a salué dans un communiqué une discussion utile et annoncé que les contacts reprendraient.")
    assert len(found) == 1 and "reprendraient" in found[0][1]


def test_speech_inside_speech_is_the_outer_speakers(parse):
    assert _speakers(parse, "Emmanuel Macron a assuré à Olaf Scholz que l'Europe resterait unie, a indiqué l'Élysée.") == ["Élysée Palace"]


@pytest.mark.parametrize("text", [
    "Le Kremlin a de son côté indiqué que Vladimir Poutine avait rappelé que la Russie voulait la paix.",
    "Le Kremlin a de son côté indiqué que Vladimir Poutine avait rappelé que la Russie voulait la paix.\n",
])
def test_a_phrase_between_auxiliary_and_participle_leaves_the_verb_its_subject(parse, text):
    # the parser reads 'a' as 'has' and hangs 'indiqué' on 'côté': the tree is mended (kg.nlp.extract.verb_phrases)
    assert _speakers(parse, text) == ["Kremlin"]


@pytest.mark.parametrize("text,speaker", [
    ("Emmanuel Macron s'est entretenu dimanche avec Olaf Scholz, a indiqué son entourage.", "Élysée Palace"),
    ("Emmanuel Macron s'est entretenu dimanche avec Olaf Scholz, selon son entourage.", "Élysée Palace"),
    ("Benyamin Nétanyahou s'est entretenu dimanche avec Joe Biden, selon un communiqué de son bureau.",
     "Prime Minister's Office (Israel)"),
])
def test_the_staff_of_the_subject_speaks_as_their_office(parse, text, speaker):
    assert _speakers(parse, text) == [speaker]


def test_the_staff_of_a_leader_named_after_it_speaks_not_the_leader(parse):
    # the parser cuts the emir's name and makes part of it a second subject: the cabinet still speaks
    text = ("L'émir du Qatar, Tamim ben Hamad Al Thani, a reçu un appel de Joe Biden. "
            "Les deux hommes ont parlé des otages, a indiqué le cabinet de Tamim ben Hamad Al Thani.")
    assert _speakers(parse, text) == ["Presidency of Qatar"]


@pytest.mark.parametrize("text,published,speakers", [
    ("Donald Trump a parlé avec Emmanuel Macron, selon les mots du président américain. "
     "La chancelière Angela Merkel a quant à elle jugé « utile » cet échange.", "2019-08-26", ["Donald Trump", "Angela Merkel"]),
    ("Joe Biden a parlé mardi avec Vladimir Poutine. Le conseiller présidentiel Iouri Ouchakov a indiqué que les deux "
     "dirigeants étaient convenus de se reparler. Selon lui, l'échange a été « franc ».", "2024-03-12", ["Yuri Ushakov"] * 2),
])
def test_a_title_the_parser_makes_a_subject_of_its_own_is_the_name_s(parse, text, published, speakers):
    # 'La chancelière' and 'Angela' both read as subjects: the title alone would point back to the person in focus
    assert _speakers(parse, text, published) == speakers


def test_the_staff_of_a_leader_described_after_it_is_not_the_leader(parse):
    text = ("L'émir du Qatar, Tamim ben Hamad Al Thani, a reçu un appel de Joe Biden. "
            "Les deux hommes ont parlé des otages, a indiqué le cabinet de l'émir.")
    assert "Tamim bin Hamad Al Thani" not in _speakers(parse, text)


@pytest.mark.parametrize("text,speaker", [
    ("François Hollande s'est entretenu mardi avec Volodymyr Zelensky, a fait savoir son cabinet.", "François Hollande"),
    ("Barack Obama a parlé dimanche avec Joe Biden, a indiqué son bureau.", "Barack Obama"),
])
def test_the_office_of_someone_out_of_office_speaks_for_them(parse, text, speaker):
    # no presidency or government speaks for a former leader: their own office does
    assert _speakers(parse, text, "2025-02-20") == [speaker]


def test_the_entourage_of_someone_out_of_office_is_nobody_named(parse):
    assert _claims(parse, "Nicolas Sarkozy a parlé avec Vladimir Poutine, selon son entourage.", "2025-02-20") == []


@pytest.mark.parametrize("text,published,speaker", [
    ("Le président kényan William Ruto a téléphoné jeudi à Cyril Ramaphosa. "
     "Sa présidence a indiqué que les deux hommes avaient parlé du commerce régional.", "2024-05-16", "Presidency of Kenya"),
    ("Le premier ministre Justin Trudeau a parlé samedi avec Joe Biden. "
     "Son gouvernement a fait savoir que les frontières resteraient ouvertes.", "2024-05-18", "Government of Canada"),
])
def test_the_presidency_or_government_of_the_subject_speaks_as_that_institution(parse, text, published, speaker):
    # 'sa présidence', 'son gouvernement': the institution of the leader the clause before is about
    assert _speakers(parse, text, published) == [speaker]


def test_a_government_speaks_through_a_reporting_phrase_of_several_words(parse):
    text = "Le gouvernement allemand a fait savoir que la livraison des chars serait retardée."
    assert _speakers(parse, text) == ["Government of Germany"]


def test_a_possessed_government_that_does_not_speak_is_no_speaker(parse):
    text = "Justin Trudeau a parlé samedi avec Joe Biden. Son gouvernement est divisé sur la question."
    assert _speakers(parse, text, "2024-05-18") == []


@pytest.mark.parametrize("text", [
    "Volodymyr Zelensky a parlé lundi avec Emmanuel Macron. « Nous avons parlé de défense aérienne », a écrit sur X le président ukrainien.",
])
def test_the_network_a_quote_was_posted_on_is_not_its_speaker(parse, text):
    assert _speakers(parse, text, "2025-03-10") == ["Volodymyr Zelensky"]


def test_an_outlet_whose_name_holds_a_country_speaks_and_is_then_the_newspaper(parse):
    # 'China' inside 'South China Morning Post' is a word of the name, not the country
    text = ("Xi Jinping et Joe Biden se sont parlé mardi, rapporte le South China Morning Post. "
            "Le quotidien affirme que l'échange a porté sur Taïwan.")
    assert _speakers(parse, text) == ["South China Morning Post", "South China Morning Post"]


@pytest.mark.parametrize("text,outlet", [
    ("Selon le quotidien South China Morning Post, Xi Jinping a appelé Joe Biden mardi.", "South China Morning Post"),
    ("Selon le journal Jerusalem Post, Benjamin Netanyahu a appelé Joe Biden mardi.", "Jerusalem Post"),
])
def test_a_place_inside_an_outlets_name_after_a_media_noun_is_a_word_of_the_name(parse, text, outlet):
    """A media noun's outlet runs over a word read as a place ('China', 'Jerusalem') when the name
    goes on after it: the outlet speaks, not 'South', and the place is no mention of its own."""
    doc = parse(text)
    assert _speakers(parse, text) == [outlet]
    assert [m.text for m in doc._.actor_mentions if m.token_start < 6] == [outlet]


def test_a_media_noun_inside_an_outlets_name_does_not_cut_the_name(parse):
    text = "Selon la Ghana Broadcasting Corporation, le président a parlé avec son homologue ivoirien."
    assert _speakers(parse, text) == ["Ghana Broadcasting Corporation"]


def test_a_word_read_as_a_leader_inside_an_outlets_name_is_a_word_of_the_name(parse):
    text = "Bola Tinubu a parlé jeudi avec Macky Sall, rapporte la Nigerian Television Authority."
    assert _speakers(parse, text, "2023-09-14") == ["Nigerian Television Authority"]


def test_a_known_outlet_written_in_lower_case_after_a_media_noun_speaks(parse):
    text = "Selon l'agence de presse officielle irna, le président iranien a parlé avec l'émir du Qatar."
    assert _speakers(parse, text) == ["IRNA"]


def test_a_proposal_to_do_something_is_a_claim_a_proposed_call_is_not(parse):
    found = _claims(parse, "Emmanuel Macron a proposé à Olaf Scholz de réunir les ministres des Finances. "
                           "Vladimir Poutine a proposé un entretien à Emmanuel Macron.")
    assert [speaker for speaker, _ in found] == ["Emmanuel Macron"] and "de réunir" in found[0][1]


@pytest.mark.parametrize("text", [
    "Giorgia Meloni a appelé lundi Donald Trump depuis Rome.",
    "Giorgia Meloni a appelé lundi Donald Trump.",
])
def test_a_call_to_a_name_the_parser_reads_as_a_clause_is_no_claim(parse, text):
    assert _claims(parse, text, "2025-01-07") == []


@pytest.mark.parametrize("text,speaker", [
    ("Vladimir Poutine et Xi Jinping se sont parlé. Les deux présidents, précise le Kremlin, ont évoqué la situation au Proche-Orient.",
     "Kremlin"),
    ("Emmanuel Macron et Olaf Scholz se sont parlé. Les deux dirigeants, indique Le Soir, « ont évoqué la crise énergétique ».",
     "Le Soir"),
    # a name the parser cuts in pieces before the comma that closes the incise
    ("Joseph Aoun et Emmanuel Macron se sont parlé. Les deux chefs d'État, souligne L'Orient-Le Jour, ont évoqué la reconstruction.",
     "L'Orient-Le Jour"),
    # the incise hung on the subject as a relative, or the clause's verb hung on the incise
    ("Abdelmadjid Tebboune a parlé mardi avec Pedro Sánchez. Les deux chefs d'État, rapporte l'agence APS, ont évoqué le gaz.",
     "Algérie Presse Service"),
    ("Bart De Wever a parlé jeudi avec Volodymyr Zelensky. Les deux hommes, précise le cabinet du Premier ministre, ont évoqué les F-16.",
     "Prime Minister's Office (Belgium)"),
])
def test_an_incise_between_subject_and_verb_speaks_for_the_whole_clause(parse, text, speaker):
    (found, said), = _claims(parse, text, "2025-03-20")
    assert found == speaker and "ont évoqué" in said


@pytest.mark.parametrize("text,speaker,said", [
    ("Pedro Sánchez a parlé lundi avec Emmanuel Macron. L'Espagne, a-t-il ajouté, veut accélérer les interconnexions électriques.",
     "Pedro Sánchez", "L'Espagne, a-t-il ajouté, veut accélérer les interconnexions électriques."),
    ("Mark Rutte a parlé lundi avec Donald Trump. Les Pays-Bas, a-t-il ajouté, souhaitent renforcer la défense aérienne.",
     "Mark Rutte", "Les Pays-Bas, a-t-il ajouté, souhaitent renforcer la défense aérienne."),
])
def test_an_inverted_pronoun_incise_between_subject_and_verb_speaks_for_the_whole_clause(parse, text, speaker, said):
    """'X, a-t-il ajouté, veut ...': the pronoun glued to the incise's words is its subject, as a name after
    its verb is; the parser makes the clause's subject the incise's, which must not hide the inversion."""
    assert (speaker, said) in _claims(parse, text, "2025-03-20")


@pytest.mark.parametrize("text, speaker", [
    ("Le Premier ministre indien Narendra Modi, arrivé dimanche à Tokyo pour trois jours, a longuement parlé ce lundi "
     "au téléphone avec Emmanuel Macron, affirme son cabinet.", "Prime Minister's Office (India)"),
    ("La présidente Ursula von der Leyen, revenue vendredi de Kiev, a encore parlé samedi avec Volodymyr Zelensky, "
     "indique son porte-parole.", "Ursula von der Leyen"),
    ("Le président kényan William Ruto, rentré lundi de Washington, a ensuite parlé mardi avec Emmanuel Macron, "
     "a indiqué mercredi la présidence kényane.", "Presidency of Kenya"),
])
def test_an_incise_closing_the_sentence_is_no_clause_cut_by_a_verb_read_as_an_incise_before_it(parse, text, speaker):
    # the parser leaves 'parlé' its subject's participle between commas before it, and 'parlé' is read as an
    # incise too: taking the closing incise for the clause it cuts, it nested the two in each other
    assert _speakers(parse, text) == [speaker]


def test_the_subject_after_an_incise_speaks_not_a_name_of_the_list_before_it(parse):
    # 'dont A, B et C, a indiqué X': the parser makes the first name of the list a second subject of the incise
    text = ("Joe Biden a ensuite tenu un appel commun avec plusieurs dirigeants européens, dont Emmanuel Macron, Olaf Scholz, "
            "Giorgia Meloni et le président finlandais Sauli Niinistö, a indiqué la Maison-Blanche.")
    assert _speakers(parse, text) == ["White House"]


def test_a_clause_the_parser_runs_into_a_relative_is_what_the_incise_after_it_reports(parse):
    # the parser makes the incise's verb the main one, the relative's antecedent its subject
    text = ("Le président français Emmanuel Macron, qui avait salué la victoire de M. Scholz pendant la soirée, ne l'avait "
            "toujours pas appelé dimanche, a relevé le quotidien Le Monde.")
    assert _speakers(parse, text) == ["Le Monde (newspaper)"]


@pytest.mark.parametrize("text", [
    "Vladimir Poutine et Joe Biden se sont parlé. L'échange, a précisé jeudi Dmitri Peskov, a duré une heure.",
    "Vladimir Poutine et Joe Biden se sont parlé. L'échange, a indiqué le porte-parole du Kremlin Dmitri Peskov, a porté sur les otages.",
    "Vladimir Poutine et Joe Biden se sont parlé. L'échange, a souligné jeudi le porte-parole du Kremlin, Dmitri Peskov, a été franc.",
])
def test_an_incise_cutting_a_clause_speaks_for_it_whatever_the_parser_made_of_the_name(parse, text):
    # a day or a role before the name: the parser hangs the incise on the clause and the name elsewhere
    (found, said), = _claims(parse, text, "2025-03-20")
    assert found == "Dmitry Peskov" and said.startswith("L'échange")


@pytest.mark.parametrize("text,speaker", [
    ("Le chef de la diplomatie allemande, Johann Wadephul, a assuré que l'aide européenne, qui comprend des munitions, "
     "resterait intacte.", "Johann Wadephul"),
    ("De son côté, le porte-parole du Kremlin, Dmitri Peskov, a estimé que la proposition, qui circule depuis mardi, "
     "restait floue.", "Dmitry Peskov"),
])
def test_a_verb_after_an_apposition_reporting_a_completive_cut_by_a_relative_is_no_incise(parse, text, speaker):
    # ', a assuré que X, qui ..., resterait': the clause after the relative has its 'que', the verb's; it resumes no clause
    (found, said), = _claims(parse, text, "2025-03-20")
    assert found == speaker and said.endswith(("intacte.", "floue."))


def test_a_question_put_by_an_unnamed_journalist_is_nobodys_claim(parse):
    # 'lui' before the auxiliary is who is asked (the parser may take it for the subject)
    text = ("Emmanuel Macron a parlé lundi avec Olaf Scholz. « Comptez-vous le revoir bientôt ? », lui a demandé une journaliste "
            "à la sortie du Conseil européen. « Dès que possible », a répondu le chef de l'État.")
    assert _claims(parse, text) == [("Emmanuel Macron", "Dès que possible")]


def test_an_indefinite_document_where_it_was_said_does_not_hide_the_speaker_after_it(parse):
    text = "Emmanuel Macron a pu parler avec Olaf Scholz et Pedro Sánchez, a annoncé mardi dans un communiqué le parti Renaissance."
    assert _speakers(parse, text) == ["Renaissance (France)"]


def test_a_journalist_asking_is_nobody_in_the_story(parse):
    # the parser may hang the leader on 'un journaliste' first, which made 'le journaliste' that leader
    text = ("Interrogé par un journaliste sur son entretien avec Benyamin Netanyahou, Emmanuel Macron a répondu que Paris restait "
            "opposé à l'annexion. Le journaliste lui a demandé s'il comptait se rendre à Jérusalem.")
    assert _speakers(parse, text) == ["Emmanuel Macron"]


def test_the_person_told_before_the_auxiliary_is_not_the_speaker(parse):
    text = "Emmanuel Macron a parlé mardi avec Olaf Scholz. « Il faudra tenir bon tout l'hiver », lui a dit le chancelier."
    assert _speakers(parse, text) == ["Olaf Scholz"]


def test_the_source_selon_names_speaks_for_the_sentence(parse):
    assert _speakers(parse, "Selon le Kremlin, Vladimir Poutine a souligné l'importance du dialogue.") == ["Kremlin"]


# ---------------------------------------------------------------- who says it
def test_il_is_the_person_talked_about_not_a_country_in_the_clause(parse):
    text = ("Emmanuel Macron a reçu lundi à Paris des représentants de l'Ukraine. "
            "Il a souligné que la Russie devait retirer ses troupes.")
    assert _speakers(parse, text) == ["Emmanuel Macron"]


def test_il_in_a_later_clause_is_the_subject_of_its_sentence(parse):
    text = ("Dmitri Peskov a répondu aux journalistes lundi. "
            "Emmanuel Macron s'est rendu à Berlin, où il a exhorté Olaf Scholz à livrer davantage de munitions.")
    assert _speakers(parse, text) == ["Emmanuel Macron"]


def test_an_inverted_pronoun_after_a_quote_is_the_person_last_talked_about(parse):
    text = ("« Nous restons prêts à discuter sans conditions », a déclaré Dmitri Peskov.\n"
            "Olaf Scholz a répondu aux questions des journalistes à Berlin.\n"
            "« Il faut d'abord un cessez-le-feu complet », a-t-il ajouté.")
    assert _speakers(parse, text) == ["Dmitry Peskov", "Olaf Scholz"]


def test_a_communique_after_a_quote_speaks_for_its_institution(parse):
    text = "« Les deux dirigeants ont longuement parlé de sécurité énergétique », indique le communiqué de la Maison Blanche."
    assert _speakers(parse, text) == ["White House"]


def test_an_impersonal_incise_reads_the_source_of_the_document(parse):
    text = "« Le dialogue doit continuer à tous les niveaux », peut-on lire dans le communiqué du Kremlin."
    assert _speakers(parse, text) == ["Kremlin"]


def test_the_place_of_an_impersonal_incise_the_parser_hangs_on_the_clause_before_speaks(parse):
    # 'au Quai d'Orsay' read as an adjunct of 'prévue', not of 'confirme'
    text = "Emmanuel Macron a parlé lundi avec Sergueï Lavrov. Aucune visite n'est prévue, confirme-t-on au Quai d'Orsay."
    assert _speakers(parse, text) == ["Ministry for Europe and Foreign Affairs (France)"]


def test_an_impersonal_incise_at_an_office_nobody_names_is_not_the_last_speaker(parse):
    text = ("Bart De Wever s'est entretenu jeudi avec Volodymyr Zelensky, a annoncé Maxime Prévot. "
            "Une rencontre est prévue la semaine prochaine, indique-t-on au cabinet.")
    assert _speakers(parse, text, "2025-03-20") == ["Maxime Prévot"]


@pytest.mark.parametrize("text,speakers", [
    # 'on' before its verb is people in general; an inverted 'on' goes on with the last speaker
    ("Justin Trudeau a parlé lundi avec Joe Biden, a indiqué le bureau du premier ministre. "
     "Dans les milieux agricoles, on s'inquiète déjà des nouveaux tarifs.", ["Prime Minister's Office (Canada)"]),
    ("Justin Trudeau a parlé lundi avec Joe Biden, a indiqué le bureau du premier ministre. "
     "La rencontre aura lieu en juin, précise-t-on.", ["Prime Minister's Office (Canada)"] * 2),
])
def test_on_before_its_verb_is_not_the_last_speaker(parse, text, speakers):
    assert _speakers(parse, text) == speakers


def test_le_journal_is_the_medium_named_last(parse):
    text = ("Selon le quotidien Kyivska.Pravda, les deux présidents se parleront lundi. "
            "« La date reste à confirmer », ajoute le journal.")
    assert _speakers(parse, text) == ["Kyivska.Pravda", "Kyivska.Pravda"]


def test_selon_lui_is_the_person_talked_about(parse):
    text = "Olaf Scholz a parlé lundi avec Vladimir Poutine. Selon lui, la guerre doit cesser au plus vite."
    assert _speakers(parse, text) == ["Olaf Scholz"]


def test_selon_lui_after_a_colon_is_the_subject_of_the_clause_before(parse):
    """'X s'est montré réservé : selon lui, ...': the pronoun explains the clause before the colon,
    whose subject it stands for, not the person talked about in the sentence before."""
    text = ("Olaf Scholz a reçu mardi Emmanuel Macron à Berlin. Le président français a plaidé pour un accord rapide "
            "avec le Mercosur. Le chancelier s'est montré plus réservé : selon lui, les agriculteurs « doivent encore être entendus ».")
    assert _speakers(parse, text) == ["Emmanuel Macron", "Olaf Scholz"]


def test_selon_lui_inside_the_clause_after_a_colon_is_the_subject_of_the_clause_before(parse):
    """'X a tempéré l'optimisme : il ne faut pas attendre, selon lui, ...': further inside the clause
    after the colon, the pronoun still stands for the subject before it."""
    text = ("Emmanuel Macron a affirmé que les deux dirigeants avaient parlé du Mercosur. Le chancelier Olaf Scholz a "
            "tempéré l'optimisme : il ne faut pas attendre, selon lui, un accord avant l'été.")
    assert _speakers(parse, text) == ["Emmanuel Macron", "Olaf Scholz"]


def test_pour_x_opening_a_sentence_is_x_view(parse):
    assert _speakers(parse, "Pour le Kremlin, cette conversation était constructive et utile.") == ["Kremlin"]


def test_pour_x_with_a_long_title_before_the_name_is_x_view(parse):
    text = "Pour le chef de la diplomatie turque Hakan Fidan, cet échange ouvre une ère nouvelle avec Damas."
    assert _speakers(parse, text) == ["Hakan Fidan"]


def test_pour_a_description_opening_a_sentence_is_the_view_of_whom_it_describes(parse):
    text = ("Le ministre suisse des Affaires étrangères, Ignazio Cassis, a reçu son homologue serbe à Berne. "
            "Pour le ministre suisse, cette visite marque « un nouveau départ » entre les deux pays.")
    assert _speakers(parse, text) == ["Ignazio Cassis"]


def test_a_passive_report_is_its_agents(parse):
    text = "L'entretien a été annoncé par le Kremlin, évoquant « une discussion franche et directe »."
    assert _speakers(parse, text) == ["Kremlin"]


# ---------------------------------------------------------------- which text
def test_speech_after_a_colon_without_quotes(parse):
    (speaker, text), = _claims(parse, "Dmitri Peskov a ensuite ajouté : les contacts avec Washington se poursuivent.")
    assert speaker == "Dmitry Peskov" and "les contacts avec Washington" in text


@pytest.mark.parametrize("text,speaker", [
    ("Volodymyr Zelensky a remercié l'Italie sur X : « Merci pour ton soutien constant. »", "Volodymyr Zelensky"),
    ("Emmanuel Macron a rendu hommage aux soldats ukrainiens sur les réseaux sociaux : « Nous resterons à vos côtés. »",
     "Emmanuel Macron"),
])
def test_a_quote_after_a_colon_is_the_subject_s_whatever_the_verb(parse, text, speaker):
    """'X a remercié Y sur X : « ... »': the clause before the colon opens the quote, and its
    subject speaks, even when its verb is not one of reporting."""
    (who, quoted), = _claims(parse, text)
    assert who == speaker and quoted.startswith(("Merci", "Nous resterons"))


def test_a_quote_after_a_colon_without_a_person_before_it_is_nobody_s(parse):
    assert _claims(parse, "Le bilan reste lourd : « des dizaines de blessés ».") == []


def test_what_follows_an_attributed_quote_is_a_claim_of_its_own(parse):
    found = _claims(parse, "« Nous avançons pas à pas vers un accord », a déclaré Olaf Scholz, assurant que les discussions continueraient.")
    texts = [t for _, t in found]
    assert len(found) == 2 and any(t.startswith("Nous avançons") for t in texts)
    assert any("continueraient" in t and "Nous avançons" not in t for t in texts)


@pytest.mark.parametrize("text,count", [
    ("« La sécurité de l'Europe, a insisté Emmanuel Macron, se joue aussi en Ukraine. »", 1),
    ("« Nos deux pays resteront unis, a assuré Olaf Scholz, quoi qu'il arrive à Washington. »", 1),
    ("« La situation est très grave, a reconnu Emmanuel Macron. Nous devons agir vite. »", 2),
])
def test_an_incise_closed_by_a_comma_interrupts_one_quoted_statement(parse, text, count):
    """'« A, a insisté X, B. »': the sentence goes on after the incise, so A and B are one claim;
    an incise closed by a full stop ends a sentence, and the next one is a claim of its own."""
    assert len(_claims(parse, text)) == count


@pytest.mark.parametrize("text,speaker", [
    ("« Nous devons tenir bon, a déclaré le Premier ministre belge Bart De Wever, car la paix ne viendra pas seule. »", "Bart De Wever"),
    ("« Les sanctions resteront en place, a affirmé la ministre allemande des Affaires étrangères Annalena Baerbock, "
     "tant que la Russie occupera l'Ukraine. »", "Annalena Baerbock"),
    ("« Nous ne reculerons pas, a prévenu le président du Conseil européen António Costa, et nous soutiendrons Kiev. »",
     "António Costa"),
])
def test_an_incise_with_a_long_subject_still_interrupts_the_quote(parse, text, speaker):
    """A role, a country and a name make a subject of many words: the comma that closes the
    incise lies past them, and the quote on both sides of it is the speaker's."""
    assert [s for s, _ in _claims(parse, text)] == [speaker]


@pytest.mark.parametrize("text,speaker", [
    ("Cet accord ne règle rien, conteste l'ancienne ministre Claire Dumas : « Le Kremlin gagne du temps. »", "Claire Dumas"),
])
def test_an_inverted_incise_before_a_colon_introduces_the_quote(parse, text, speaker):
    """'..., conteste X : « ... »': whatever the verb, its subject after it says speech, and the
    quote after the colon is that subject's."""
    assert (speaker, text.split("« ")[1].rstrip(" »")) in _claims(parse, text)


def test_a_quote_inside_reported_speech_is_part_of_it(parse):
    (speaker, text), = _claims(parse, "Le Kremlin a ajouté que « la Russie reste ouverte au dialogue avec tous ».")
    assert speaker == "Kremlin" and text.startswith("Le Kremlin a ajouté")


# ---------------------------------------------------------------- quotation marks (no model)
def test_a_guillemet_typed_the_wrong_way_round_closes_the_quote():
    text = "« Ces informations sont fausses« , a-t-il écrit. « Autre chose »"
    assert [text[a:b] for a, b in quote_spans(text)] == [" Ces informations sont fausses", " Autre chose "]


def test_straight_quotes_nested_or_left_open_do_not_shift_the_next_pairs():
    text = 'Il a demandé que les Français "en Iran ne soient "en aucun cas visés".\n"Mon premier message", a-t-il dit.'
    assert [text[a:b] for a, b in quote_spans(text)] == ["en aucun cas visés", "Mon premier message"]


@pytest.mark.parametrize("text,verb", [
    ("William Ruto, qui estime la trêve « fragile », a appelé les deux camps au calme.", "estime"),
    ("Olaf Scholz, qui a qualifié la proposition d'« irréaliste », a demandé une réunion des ministres.", "a qualifié"),
])
def test_a_relative_with_a_quote_before_the_main_verb_is_a_statement_of_its_own(parse, text, verb):
    """'X, qui juge Y « ... », a appelé ...': the quote the relative closes on does not make the main verb an
    incise ('« ... », a déclaré X'), which would take the relative's words as its own."""
    doc = parse(text)
    assert len(doc._.claims) == 2 and verb in {c.verb for c in doc._.claims}


def test_a_statement_in_a_relative_of_the_subject_is_no_part_of_the_main_one(parse):
    """'X, qui avait qualifié Y de « ... », juge ...': two statements, the main one beginning after the relative."""
    text = "Olaf Scholz, qui avait qualifié la proposition d'« irréaliste » dès lundi, juge ces négociations « inutiles »."
    found = _claims(parse, text)
    assert [s for s, _ in found] == ["Olaf Scholz", "Olaf Scholz"]
    relative, main = (t for _, t in found)
    assert "irréaliste" in relative and "inutiles" not in relative
    assert "inutiles" in main and "irréaliste" not in main


def test_a_stance_in_a_relative_clause_about_its_antecedent_says_nothing(parse):
    """'une réforme sur laquelle X souhaite ...': a wish about a noun of the sentence describes that noun."""
    text = "Les ministres ont évoqué la réforme du marché du gaz, sur laquelle Berlin souhaite ouvrir une concertation."
    assert _claims(parse, text) == []


def test_a_stance_in_a_relative_the_parser_made_its_antecedent_s_predicate_says_nothing(parse):
    """', une option que Rome et Madrid jugent dangereuse': the parser makes the noun before 'que' the
    verb's subject; the relative describes that noun and says nothing."""
    text = "Olaf Scholz veut livrer des missiles à Kiev, une option que Rome et Madrid jugent dangereuse."
    assert _claims(parse, text) == []


def test_a_stance_in_a_relative_clause_on_a_speaker_is_a_statement(parse):
    text = "Lundi, Olaf Scholz a appelé Emmanuel Macron, qui a exprimé le soutien de la France au projet allemand."
    assert _speakers(parse, text) == ["Emmanuel Macron"]


@pytest.mark.parametrize("text,speakers,relative", [
    ("Le président n'a pas encore appelé son homologue, a reconnu son conseiller Iouri Ouchakov, qui a précisé que "
     "les deux dirigeants se parleraient bientôt.", ["Yuri Ushakov", "Yuri Ushakov"], "se parleraient bientôt"),
    ("La Maison Blanche a confirmé l'envoi de deux porte-avions, que Téhéran a qualifié de « menace directe ».",
     ["White House", "Iran"], "menace directe"),
])
def test_a_relative_on_a_reporting_verbs_object_is_a_statement_of_its_own(parse, text, speakers, relative):
    """'a reconnu son conseiller X, qui a précisé que ...', 'a confirmé l'envoi de Z, que Y a
    qualifié de ...': a relative on the incise's speaker or on the object describes that noun; its
    verb reports its own subject's words, a claim beside the main one, not a part of it."""
    found = _claims(parse, text)
    assert [s for s, _ in found] == speakers
    assert relative in found[1][1] and len(found[1][1]) < len(found[0][1])


def test_a_relative_the_parser_made_the_reporting_verbs_clause_is_a_statement_of_its_own(parse):
    """'a insisté sur la nécessité de ..., que Y qualifie de « ... »': a 'que' after the comma that closes
    a noun phrase opens a relative on that noun, which the parser hung on the verb as its content
    clause: Y's words, a claim beside the main one."""
    text = ("Mark Rutte a insisté sur la nécessité de renforcer l'Alliance face à la Russie, que le Kremlin qualifie "
            "de « menace directe ».")
    (first_speaker, first), (second_speaker, second) = _claims(parse, text)
    assert (first_speaker, second_speaker) == ("Mark Rutte", "Kremlin")
    assert second.startswith("que le Kremlin qualifie") and len(second) < len(first)


def test_a_relative_with_a_pronoun_subject_is_a_statement_of_whom_the_pronoun_stands_for(parse):
    """'..., qu'elle juge contraires à ...': the pronoun is the latest subject agreeing with it in gender and
    number (here the sentence's own, which stands for the minister named before): her claim beside the main one."""
    text = ("La cheffe de la diplomatie allemande a rencontré son homologue chinois. Elle a évoqué les nouvelles "
            "restrictions à l'exportation, qu'elle juge contraires aux règles du commerce.")
    (first_speaker, first), (second_speaker, second) = _claims(parse, text)
    assert first_speaker == second_speaker == "Annalena Baerbock"
    assert second.startswith("qu'elle juge contraires") and first.startswith("Elle a évoqué")


def test_a_relative_with_a_pronoun_nobody_agrees_with_stays_in_the_main_claim(parse):
    """'Il a évoqué ..., qu'elle juge ...' after a bare name: no subject before shows the pronoun's gender, so
    nobody can be told; the relative is no claim of anyone, the words stay the main claim's."""
    text = ("Emmanuel Macron a reçu la cheffe de la diplomatie allemande. Il a évoqué les nouvelles restrictions à "
            "l'exportation, qu'elle juge contraires aux règles du commerce.")
    assert _speakers(parse, text) == ["Emmanuel Macron"]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron a parlé avec Olaf Scholz de la conférence sur l'énergie, que l'Autriche souhaite prolonger l'an prochain.",
    "Au cœur de l'entretien figurait la conférence sur l'énergie, que l'Autriche souhaite prolonger l'an prochain.",
])
def test_a_stance_in_a_relative_the_parser_made_a_content_clause_says_nothing(parse, text):
    """'la conférence ..., que X souhaite prolonger': the relative on a noun, read by the parser as a
    content clause, describes that noun (as `_background`): no statement of X."""
    assert _claims(parse, text) == []


@pytest.mark.parametrize("text", [
    "Emmanuel Macron a affirmé, dans un entretien au Monde, que la France souhaite prolonger son aide.",
    "Emmanuel Macron a dit au président ukrainien que la France souhaite prolonger son aide.",
])
def test_a_content_clause_after_an_incise_or_an_addressee_still_reports(parse, text):
    assert _speakers(parse, text) == ["Emmanuel Macron"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Le Washington Post affirmait, en citant des diplomates, que le ministre avait appelé mardi son homologue.",
     "The Washington Post"),
    ("Sergueï Lavrov a répondu, en souriant, qu'il n'en savait rien.", "Sergey Lavrov"),
    ("Le Kremlin a assuré, en s'appuyant sur des rapports militaires, que la ville était tombée.", "Kremlin"),
])
def test_a_content_clause_after_a_gerund_set_off_by_commas_still_reports(parse, text, speaker):
    """'affirmait, en citant des sources, que ...': the parser hangs the clause on the gerund, an aside
    on how it was said; the clause is the verb's all the same, not a relative on the noun before it."""
    assert _speakers(parse, text) == [speaker]


def test_an_assertion_in_a_relative_the_parser_made_a_content_clause_is_a_statement(parse):
    """'le scrutin ..., que X affirme avoir remporté': X asserts something, unlike 'que X souhaite prolonger'."""
    text = "Les ministres ont demandé un recomptage des voix du scrutin régional, que Nicolás Maduro affirme avoir remporté."
    assert "Nicolás Maduro" in _speakers(parse, text)


def test_a_relative_on_the_source_of_selon_is_a_second_claim_of_that_source(parse):
    """'..., selon le porte-parole X, qui a réitéré que ...': the sentence is credited to X, and the
    relative reports X's own words, a claim of its own."""
    text = "Le dialogue reste ouvert, selon le porte-parole Jean Martin, qui a réitéré que « la porte n'est pas fermée »."
    found = _claims(parse, text)
    assert len(found) == 2 and len({s for s, _ in found}) == 1
    assert any(t.startswith("Le dialogue reste ouvert") for _, t in found)
    assert any(t.startswith("qui a réitéré que") for _, t in found)


@pytest.mark.parametrize("text", [
    "Plus tôt, le ministre Sergueï Lavrov avait qualifié la ville de « repaire terroriste », accusant les milices "
    "présentes dans la province de préparer une attaque chimique.",
    "La veille, le chef de la diplomatie Sergueï Lavrov avait qualifié la ville de «nid de terroristes» en Syrie, accusant "
    "les groupes armés présents dans la zone de préparer une attaque au chlore.",
])
def test_a_gerund_after_a_statement_is_a_second_statement_even_with_its_infinitive_hung_low(parse, text):
    """'X avait qualifié Y de « ... », accusant les milices présentes dans la province de préparer ...':
    the participle adds a statement of X, its infinitive hung by the parser on the place in its object
    or in its adjunct."""
    (first_speaker, first), (second_speaker, second) = _claims(parse, text)
    assert first_speaker == second_speaker == "Sergey Lavrov"
    assert "qualifié" in first and "préparer" not in first and second.startswith("accusant") and "préparer" in second


def test_a_participle_joined_to_a_report_keeps_the_quote_it_takes_as_object(parse):
    """'X a accusé Y de « ... » et réclamé « ... »': two statements, the second one's quote its own."""
    text = "Dans son discours, Olaf Scholz a accusé Moscou de « crimes odieux » et réclamé « une enquête internationale indépendante »."
    (first_speaker, first), (second_speaker, second) = _claims(parse, text)
    assert first_speaker == second_speaker == "Olaf Scholz"
    assert "crimes odieux" in first and "enquête" not in first and "une enquête internationale" in second


def test_a_reported_clause_before_a_colon_and_the_quote_after_it_are_two_claims(parse):
    """'X a assuré qu'il n'avait « aucun projet » de ... : « ... »': the clause is a statement of its own."""
    text = ("Olaf Scholz a appelé Emmanuel Macron. Il a assuré qu'il n'avait « aucun projet » de se rendre à Moscou : "
            "« Le jour où la paix sera possible, j'irai. Mais ce n'est pas le cas. »")
    (first_speaker, first), (second_speaker, second) = _claims(parse, text)
    assert first_speaker == second_speaker == "Olaf Scholz"
    assert "aucun projet" in first and "Le jour" not in first and second.startswith("Le jour où la paix")


def test_a_relative_the_parser_hung_on_the_main_verb_speaks_for_its_antecedent(parse):
    """"j'avais eu au téléphone X, qui m'a confirmé que ...": 'confirmé' read as the clause of 'eu', its 'qui' is still X."""
    text = "Lundi, j'avais déjà eu au téléphone Olaf Scholz, qui m'a confirmé que l'aide serait livrée avant l'hiver."
    assert _speakers(parse, text) == ["Olaf Scholz"]


def test_a_participle_set_off_by_a_comma_is_a_statement_of_its_own(parse):
    found = _claims(parse, "Olaf Scholz a qualifié ces propos de provocation, soulignant que l'Allemagne ne céderait pas.")
    assert len(found) == 2 and all(s == "Olaf Scholz" for s, _ in found)


def test_a_participle_recalling_a_fact_is_not_a_statement(parse):
    assert len(_claims(parse, "Emmanuel Macron a réaffirmé le soutien de la France, rappelant la livraison de munitions en mars.")) == 1


def test_elle_is_the_subject_of_the_clause_it_depends_on(parse):
    found = _claims(parse, "Olaf Scholz a parlé lundi. "
                           "La Russie a annoncé qu'elle suspendait sa participation, après avoir accusé l'Ukraine d'une attaque.")
    assert [s for s, _ in found] == ["Russia", "Russia"]


def test_an_incise_in_the_middle_of_the_sentence(parse):
    assert _speakers(parse, "Olaf Scholz a parlé lundi. Les deux pays, a-t-il dit, doivent reprendre le dialogue.") == ["Olaf Scholz"]


def test_c_est_ce_qu_a_indique_reports_the_sentence_before(parse):
    found = _claims(parse, "Les deux présidents se parleront jeudi. C'est ce qu'a indiqué mardi le Kremlin.")
    (speaker, text), = found
    assert speaker == "Kremlin" and text.startswith("Les deux présidents se parleront")


@pytest.mark.parametrize("pointing", [
    "Ainsi s'est exprimé le chancelier Olaf Scholz.",
    "Voilà ce qu'a déclaré mardi Olaf Scholz.",
    "C'est en ces termes qu'Olaf Scholz a salué l'accord.",
])
def test_a_sentence_pointing_back_at_a_quote_names_its_speaker(parse, pointing):
    (speaker, text), = _claims(parse, f"« Cet accord est une étape importante pour l'Europe. » {pointing}")
    assert speaker == "Olaf Scholz" and "Cet accord est une étape importante" in text


def test_two_who_talked_before_a_colon_say_nothing_themselves(parse):
    """A headline's 'X et Y se sont parlé : ...' introduces an account of the call, not their words."""
    assert _claims(parse, "Macron et Scholz se sont parlé : ce que l'on sait de leur conversation") == []
    assert _speakers(parse, "Olaf Scholz a parlé aux journalistes : il veut rencontrer Emmanuel Macron.") == ["Olaf Scholz"]


def test_ainsi_opening_a_statement_of_its_own_keeps_the_one_before(parse):
    found = _claims(parse, "Olaf Scholz a estimé que l'accord était équilibré. Ainsi, le Kremlin a démenti tout appel.")
    assert [(s, t.split()[0]) for s, t in found] == [("Olaf Scholz", "Olaf"), ("Kremlin", "Ainsi,")]


@pytest.mark.parametrize("text", [
    "Le Danemark a confirmé l'entretien.",
    "Le Kremlin a confirmé cet échange téléphonique dans la soirée.",
])
def test_confirming_the_call_the_text_tells_says_nothing(parse, text):
    assert _claims(parse, text) == []


@pytest.mark.parametrize("text", [
    "Le président argentin Javier Milei et son homologue chilien Gabriel Boric se sont salués lundi devant les photographes.",
])
def test_a_reciprocal_greeting_is_no_statement(parse, text):
    assert _claims(parse, text) == []


def test_detailler_reports_in_an_incise(parse):
    text = "L'Italie renforcera ses contrôles et nommera un coordinateur, a-t-il détaillé."
    assert _speakers(parse, text) == ["Italy"]


def test_detailler_with_an_object_reports_nothing(parse):
    assert _claims(parse, "Giorgia Meloni a détaillé son plan devant le Sénat.") == []


def test_a_relative_dans_lequel_on_a_document_is_what_it_says(parse):
    text = "Le Kremlin a reçu la lettre dans laquelle Recep Tayyip Erdogan exprimait ses regrets pour l'incident."
    (speaker, said), = _claims(parse, text)
    assert speaker == "Recep Tayyip Erdoğan" and "ses regrets" in said


@pytest.mark.parametrize("text,speaker", [
    ("Le ministre iranien, Abbas Araghchi, a adressé une lettre au Conseil de sécurité pour dénoncer une violation du droit "
     "international.", "Abbas Araghchi"),
    ("Le Kremlin a publié un communiqué pour dénoncer les sanctions.", "Kremlin"),
])
def test_a_document_sent_for_a_statement_makes_it(parse, text, speaker):
    assert _speakers(parse, text) == [speaker]


def test_an_incise_pronoun_is_not_the_account_it_writes_on(parse):
    text = ("Dmitri Peskov a répondu aux journalistes lundi. "
            "« Ces informations sont fausses et sans fondement« , a-t-il écrit sur son compte Telegram.")
    assert _speakers(parse, text) == ["Dmitry Peskov"]


def test_a_signed_post_is_its_signers(parse):
    text = ("Le Kremlin a annoncé un entretien entre Vladimir Poutine et Emmanuel Macron. We agreed to keep talking about energy security. "
            "— Emmanuel Macron (@EmmanuelMacron) March 3, 2024")
    found = _claims(parse, text)
    assert ("Emmanuel Macron", "We agreed to keep talking about energy security.") in found


def test_citing_a_source_names_it_when_the_reporter_is_unknown(parse):
    found = _claims(parse, "Les deux présidents se parleront jeudi. C'est ce qu'a indiqué un site local, citant un communiqué du Kremlin.")
    assert [s for s, _ in found] == ["Kremlin"]


def test_a_named_source_we_do_not_know_is_not_the_last_speaker(parse):
    text = ("Le Kremlin a annoncé un entretien entre Vladimir Poutine et Joe Biden. "
            "Les deux dirigeants, indique un site local, « ont parlé de la sécurité de la centrale nucléaire ».")
    assert _speakers(parse, text) == ["Kremlin"]


@pytest.mark.parametrize("text", [
    "Le président turc a affirmé avoir suivi le discours avec intérêt.",
    "Olaf Scholz avait demandé à M. Poutine de retirer ses troupes.",
])
def test_a_perfect_infinitive_or_an_infinitive_on_the_addressee_is_what_was_said(parse, text):
    assert len(_claims(parse, text)) == 1


def test_a_complement_of_place_does_not_name_the_source(parse):
    found = _claims(parse, "Les dirigeants se sont réunis lundi, selon des images diffusées depuis la résidence du président français.")
    assert found == []


def test_who_is_accused_does_not_speak(parse):
    assert _claims(parse, "Dmitri Peskov a répondu lundi. Il était accusé d'avoir menti sur la rencontre.") == []


def test_a_quote_inside_a_sentence_without_a_source_is_no_claim(parse):
    text = "« Nous voulons la paix », a déclaré Olaf Scholz. Les deux dirigeants ont parlé de « la paix en Europe et au Proche-Orient »."
    assert _speakers(parse, text) == ["Olaf Scholz"]


def test_a_description_with_a_country_is_someone_of_that_country(parse):
    text = ("Sébastien Lecornu a téléphoné à son homologue russe Sergueï Choïgou. "
            "Le ministre russe a quant à lui évoqué un autre sujet : « Il faut parler de l'Ukraine avant tout. »")
    assert _speakers(parse, text)[-1] == "Sergei Shoigu"


def test_the_subject_of_an_infinitive_on_the_way_up_does_not_speak(parse):
    text = "Emmanuel Macron a exprimé sa joie de voir le président algérien se rétablir, soulignant la volonté de la France de l'aider."
    assert set(_speakers(parse, text)) == {"Emmanuel Macron"}


def test_the_subject_of_an_incise_past_an_addressee_set_off_by_commas(parse):
    text = "Les deux hommes se sont parlé mardi, a confié à un hebdomadaire, le politologue et essayiste, Jean Dupontel."
    assert _speakers(parse, text) == ["Jean Dupontel"]


def test_a_vice_minister_is_a_minister_described(parse):
    text = ("Sergueï Riabkov, vice-ministre russe des Affaires étrangères, a parlé lundi à Moscou. "
            "Le vice-ministre a poursuivi : les contacts avec Washington se poursuivent.")
    assert _speakers(parse, text)[-1] == "Sergey Ryabkov"


def test_a_clause_hung_on_the_addressee_is_still_what_was_said(parse):
    text = ("Dmitri Peskov a dit à l'agence officielle qu'il ne pouvait pas confirmer la conversation, "
            "mais il a laissé entendre qu'elle avait eu lieu.")
    assert len(_claims(parse, text)) == 2


def test_a_coordinated_report_shares_the_subject_of_the_first(parse):
    text = "Le Kremlin a déclaré que Vladimir Poutine avait posé des questions et a ajouté que les discussions continueraient."
    assert _speakers(parse, text) == ["Kremlin", "Kremlin"]


@pytest.mark.parametrize("text,second", [
    ("Sergueï Lavrov a par ailleurs affirmé que la Russie restait ouverte au dialogue, et s'est dit prêt à rencontrer "
     "son homologue.", "prêt à rencontrer"),
    ("Olaf Scholz a rappelé que l'Allemagne tenait à ses engagements, et s'est déclaré favorable à de nouvelles sanctions.",
     "favorable à de nouvelles sanctions"),
])
def test_a_reflexive_report_after_et_is_a_second_claim_of_the_same_speaker(parse, text, second):
    """'a affirmé que ..., et s'est dit prêt à ...': the 'se' opens the second verb's words, so the 'et'
    before it joins it to the first (no incise of someone else's); a statement of its own, of the same
    speaker, the first claim ending before it."""
    (first_speaker, first), (second_speaker, said) = _claims(parse, text)
    assert first_speaker == second_speaker
    assert second in said and second not in first


@pytest.mark.parametrize("text,second", [
    ("Olaf Scholz a, de son côté, exhorté les pays donateurs à « agir sans tarder » et réitéré l'engagement de "
     "l'Allemagne à financer la reconstruction.", "l'engagement de l'Allemagne"),
    ("Olaf Scholz a appelé la communauté internationale à soutenir l'Ukraine et réitéré l'engagement de l'Allemagne "
     "à livrer des armes.", "l'engagement de l'Allemagne"),  # the participle hung on the infinitive
])
def test_a_participle_sharing_the_auxiliary_of_a_report_is_a_second_claim(parse, text, second):
    """'X a appelé ... et réitéré ...': the second participle has no auxiliary of its own, but it
    is a statement of its own, of the same speaker; the first claim ends before it."""
    (first_speaker, first), (second_speaker, said) = _claims(parse, text)
    assert first_speaker == second_speaker == "Olaf Scholz"
    assert second in said and second not in first


def test_a_gerund_with_an_object_pronoun_set_off_after_a_clause_is_the_speaker_s_second_claim(parse):
    """'X lui a assuré que ..., tout en l'exhortant à ...': the gerund, hung in the clause by the parser,
    adds a statement of X's, not of the clause's subject."""
    text = "Joe Biden lui a assuré que les États-Unis livreraient des armes, tout en l'exhortant à protéger les civils."
    (first_speaker, first), (second_speaker, second) = _claims(parse, text)
    assert first_speaker == second_speaker == "Joe Biden"
    assert "exhortant" not in first and second.startswith("tout en l'exhortant")


def test_an_infinitive_after_avant_de_hung_in_the_clause_is_the_speaker_s_second_claim(parse):
    """'X a estimé que ..., avant de prévenir que ...': the parser hangs the infinitive in the clause X
    reports; set off by a comma, it is a second statement of X's, not words of the clause's subject."""
    text = ("Emmanuel Macron a estimé que la situation restait très grave, avant de prévenir que "
            "« aucune option n'est exclue ».")
    (first_speaker, first), (second_speaker, second) = _claims(parse, text)
    assert first_speaker == second_speaker == "Emmanuel Macron"
    assert "prévenir" not in first and second.startswith("avant de prévenir que")


def test_a_gerund_the_tagger_reads_as_an_adjective_is_the_speaker_s_second_claim(parse):
    """', tout en regrettant que ...': the tagger may take the gerund for an adjective; its 'en' tells it
    is a participle, and what it regrets is the speaker's claim of its own."""
    text = "Olaf Scholz a salué les efforts de la Pologne, tout en regrettant que Varsovie bloque encore les importations."
    (first_speaker, first), (second_speaker, second) = _claims(parse, text)
    assert first_speaker == second_speaker == "Olaf Scholz"
    assert "regrettant" not in first and second.startswith("tout en regrettant que Varsovie")


def test_a_source_s_account_of_two_participles_is_one_claim(parse):
    text = ("Selon l'Élysée, Emmanuel Macron et Olaf Scholz ont rappelé à Vladimir Poutine « leur inquiétude » et "
            "appelé la Russie à « respecter la trêve ».")
    assert _speakers(parse, text) == ["Élysée Palace"]


def test_a_source_s_account_of_one_person_s_two_participles_is_two_claims(parse):
    text = ("Selon l'agence Anadolu, le président Recep Tayyip Erdogan a appelé les pays voisins à « rester unis » et "
            "proposé la tenue d'un sommet régional.")
    claims = _claims(parse, text)
    assert [speaker for speaker, _ in claims] == ["Anadolu Agency", "Anadolu Agency"]
    assert "sommet" not in claims[0][1] and "sommet" in claims[1][1]


def test_the_statement_a_source_s_relative_passes_on_is_its_speaker_s(parse):
    text = ("Les deux dirigeants ont discuté de la crise au Sahel, a indiqué l'agence Anadolu, selon laquelle Recep "
            "Tayyip Erdogan a affirmé que la Turquie « ne cherche pas l'escalade ».")
    claims = _claims(parse, text)
    assert [speaker for speaker, _ in claims] == ["Anadolu Agency", "Recep Tayyip Erdoğan"]
    assert claims[0][1].startswith("Les deux dirigeants") and "escalade" not in claims[0][1]
    assert "escalade" in claims[1][1]


@pytest.mark.parametrize("text", [
    "« Le dialogue reprend », a déclaré le président Recep Tayyip Erdogan, selon lequel la Turquie peut « servir de pont ».",
    "Les deux dirigeants ont parlé du Sahel, a indiqué le président turc Recep Tayyip Erdogan, selon lequel la Turquie peut « servir de pont ».",
    "« Le dialogue reprend », a assuré le président Recep Tayyip Erdogan, selon lequel les investisseurs allemands gardent « une "
    "place de choix » sur le pont du Bosphore.",
])
def test_a_relative_selon_lequel_on_a_speaker_is_his_view(parse, text):
    """'..., a déclaré le président X, selon lequel ...': a relative opened by an attribution marker with
    no reporting verb is a statement of its antecedent, beside the one the sentence reports."""
    claims = _claims(parse, text)
    assert [speaker for speaker, _ in claims] == ["Recep Tayyip Erdoğan"] * 2
    assert "pont" not in claims[0][1] and "pont" in claims[1][1]


@pytest.mark.parametrize("text", [
    "Emmanuel Macron et Joe Biden ont évoqué les milices d'Ahmed Ould Salem, dit « le Faucon ».",
    "Olaf Scholz a parlé du chef de guerre Idriss Bako, dit « Tonnerre », et de ses troupes.",
    # the noun ends in its adjective: the name a text goes by
    "Olaf Scholz a ouvert la conférence mardi à Berlin. La déclaration finale, dite « de Berlin », énonce dix "
    "principes, dont la transparence.",
])
def test_a_name_a_person_or_a_text_goes_by_is_no_claim(parse, text):
    assert _claims(parse, text) == []


def test_a_participle_joined_inside_a_reported_clause_stays_in_it(parse):
    text = "Le Kremlin a déclaré que Vladimir Poutine avait reçu Olaf Scholz et évoqué la guerre en Ukraine."
    assert _speakers(parse, text) == ["Kremlin"]


def test_announcing_that_a_conference_will_be_held_is_a_claim(parse):
    text = ("Le président Emmanuel Macron a réaffirmé que la France soutenait le Liban et a annoncé la tenue, le "
            "12 mars, d'une conférence d'aide.")
    assert [(s, "le Liban" in t) for s, t in _claims(parse, text)] == [("Emmanuel Macron", True), ("Emmanuel Macron", False)]


@pytest.mark.parametrize("text,speaker", [
    ("Moscou a mis en garde contre toute livraison d'armes à l'Ukraine.", "Russia"),
    ("Les deux dirigeants ont évoqué les droits de douane, a indiqué Bruxelles.", "European Union"),  # its seat
])
def test_a_capital_speaks_for_its_country(parse, text, speaker):
    assert _speakers(parse, text) == [speaker]


@pytest.mark.parametrize("text,speaker", [
    ("Selon des sources diplomatiques citées par l'agence Reuters, les deux dirigeants auraient parlé de l'Ukraine.",
     "Reuters"),
    ("D'après des responsables européens cités par le quotidien Le Monde, Olaf Scholz a plaidé pour une trêve.",
     "Le Monde (newspaper)"),
])
def test_unnamed_sources_cited_by_a_medium_are_the_medium_s(parse, text, speaker):
    assert _speakers(parse, text)[:1] == [speaker]


@pytest.mark.parametrize("text", [
    "L'échange a été tendu, à en croire une source de l'Élysée citée par la presse allemande.",
    "Selon une source à l'Élysée citée par le quotidien Le Monde, Emmanuel Macron a jugé l'échange franc.",
])
def test_a_source_inside_a_body_cited_by_a_medium_is_the_body_s(parse, text):
    """'une source de l'Élysée citée par la presse': the body the source belongs to speaks, the medium
    only relays it (sources nobody places stay the medium's)."""
    assert _speakers(parse, text)[:1] == ["Élysée Palace"]


@pytest.mark.parametrize("text", [
    "Olaf Scholz a affirmé samedi s'être entretenu la veille avec Emmanuel Macron.",
    "Olaf Scholz a annoncé dimanche avoir parlé la veille avec Emmanuel Macron.",
])
def test_a_perfect_infinitive_after_a_day_is_what_the_verb_reports(parse, text):
    """The parser reads 'a affirmé samedi s'être entretenu' as an adjunct: without a mark or a
    comma before it, the infinitive is still what is said."""
    assert _speakers(parse, text) == ["Olaf Scholz"]


def test_a_capital_named_as_a_place_is_nobody(parse):
    doc = parse("Emmanuel Macron se rendra jeudi à Bruxelles, puis à Moscou.")
    assert doc._.claims == [] and not {m.actor for m in doc._.actor_mentions} & {"Q458", "Q159"}


@pytest.mark.parametrize("text", [
    "Le président russe Vladimir Poutine, visé par des sanctions européennes, y sera représenté par son ministre des "
    "Affaires étrangères, Sergueï Lavrov, a annoncé Brasilia la semaine dernière.",
])
def test_a_clause_the_parser_hangs_on_an_apposition_as_a_relative_is_what_the_incise_reports(parse, text):
    """'X, visé par ..., y sera représenté par Y, a annoncé Z': the parser hangs 'représenté' on the
    apposition's noun as a relative without a relative pronoun, and makes X the incise's subject; the
    clause is what Z announced."""
    assert _speakers(parse, text) == ["Brazil"]


def test_a_recommendation_in_the_conditional_is_a_claim_of_its_subject(parse):
    assert _speakers(parse, "Olaf Scholz aurait également recommandé à Kiev de « se préparer à une longue guerre ».") == ["Olaf Scholz"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Olaf Scholz a estimé que la réunion était utile, rapporte l'agence Reuters.", "Reuters"),
    ("Emmanuel Macron a plaidé pour une trêve durable, a fait savoir l'Élysée.", "Élysée Palace"),
])
def test_an_incise_at_the_end_speaks_for_the_reported_statement(parse, text, speaker):
    """The incise is the source, also where the parser hangs it inside the clause it reports, or
    puts the tense of 'a fait savoir' on its second verb."""
    assert _speakers(parse, text) == [speaker]


def test_a_minister_is_not_the_prime_minister_named_before(parse):
    text = ("Mélanie Joly, ministre des Affaires étrangères, a parlé lundi. "
            "« Le Premier ministre canadien a évoqué le commerce », a dit la ministre.")
    assert _speakers(parse, text, "2023-05-09")[-1] == "Mélanie Joly"


def test_a_quote_opened_after_a_full_stop_is_its_own_speaker_s(parse):
    doc = parse("Olaf Scholz a affirmé avoir eu Vladimir Poutine au téléphone. « Il n'y a eu aucun appel », a répondu "
                "Moscou. Berlin a salué l'appel ! « C'était utile », a dit Olaf Scholz.", "2024-03-12")
    assert [s.text.split()[0] for s in doc._.sentences] == ["Olaf", "«", "Berlin", "«"]  # the parser cut after '«'
    assert [(c.speaker, c.text.split()[0]) for c in doc._.claims] == [
        ("Q61053", "Olaf"), ("Q159", "Il"), ("Q183", "Berlin"), ("Q61053", "C'était")]  # a short quote before its incise: its words


def test_who_is_told_after_the_incise_verb_is_not_who_speaks(parse):
    doc = parse("Le Kremlin a démenti les informations du Washington Post. « C'est de la pure invention », a déclaré "
                "à la presse le porte-parole du gouvernement allemand, Steffen Hebestreit.", "2024-03-12")
    assert [(c.speaker, c.text) for c in doc._.claims if c.quoted] == [("steffen-hebestreit", "C'est de la pure invention")]


def test_a_person_in_apposition_read_as_a_second_subject_speaks(parse):
    doc = parse("Le conseiller diplomatique de l'Élysée, Emmanuel Bonne, a dénoncé une « provocation » inutile.", "2024-03-12")
    assert [c.speaker for c in doc._.claims] == ["emmanuel-bonne"]


# ---------------------------------------------------------------- claims5: what a quote says never names its speaker
@pytest.mark.parametrize("text", [
    "Olaf Scholz a reçu mardi le président polonais. « La Pologne peut compter sur l'Allemagne », a-t-il dit.",
    "Olaf Scholz a reçu mardi le président polonais. « L'Allemagne restera aux côtés de Varsovie », lui a-t-il promis.",
])
def test_a_country_named_inside_a_quote_is_not_its_inverted_pronoun(parse, text):
    assert _speakers(parse, text, "2024-03-12") == ["Olaf Scholz"]


def test_an_inverted_pronoun_after_an_incise_is_its_speaker_not_the_clause_subject(parse):
    text = ("Vladimir Poutine n'a pas parlé à Joe Biden, a assuré lundi Dmitri Peskov. "
            "« Aucune conversation n'est prévue pour le moment », a-t-il ajouté.")
    assert _speakers(parse, text, "2022-03-14") == ["Dmitry Peskov", "Dmitry Peskov"]


# ---------------------------------------------------------------- claims5: incises the reader did not know
@pytest.mark.parametrize("verb", ["a tranché", "a réagi", "a résumé"])
def test_a_verb_that_reports_only_in_an_incise(parse, verb):
    text = f"« Il n'est pas question de céder au chantage du Kremlin », {verb} mardi Olaf Scholz."
    assert _speakers(parse, text) == ["Olaf Scholz"]


@pytest.mark.parametrize("incise", ["a-t-on indiqué à l'Élysée", "fait-on valoir à l'Élysée", "indique-t-on à l'Élysée"])
def test_an_impersonal_incise_speaks_for_the_institution_where_it_is_said(parse, incise):
    text = f"« Le président ne se rendra pas à Moscou avant l'été », {incise}."
    assert _speakers(parse, text) == ["Élysée Palace"]


def test_a_present_spelt_like_its_participle_opens_an_incise(parse):
    text = "« La Pologne peut compter sur la solidarité de la France », écrit l'Élysée dans un communiqué."
    assert _speakers(parse, text) == ["Élysée Palace"]


def test_the_verb_of_an_inverted_incise_keeps_its_pronoun(parse):
    doc = parse("Olaf Scholz a reçu mardi Andrzej Duda. « Nous devons renforcer le flanc est de l'alliance », affirme-t-il.",
                "2024-03-12")
    assert [c.verb for c in doc._.claims] == ["affirme-t-il"]


# ---------------------------------------------------------------- claims5: 'selon'
@pytest.mark.parametrize("text", [
    "Selon nos informations, Olaf Scholz et Emmanuel Macron se sont parlé jeudi soir.",
    "D'après nos sources, Olaf Scholz a appelé Emmanuel Macron jeudi soir.",
])
def test_selon_nos_informations_is_the_writer_not_a_source(parse, text):
    assert _claims(parse, text) == []


def test_a_clause_the_tagger_took_for_a_noun_is_what_an_incise_reports(parse):
    text = "Abdel Fattah al-Sissi a téléphoné dimanche à Benyamin Netanyahou pour lui exprimer son inquiétude, a indiqué la présidence égyptienne."
    assert _speakers(parse, text) == ["Egyptian Presidency"]


@pytest.mark.parametrize(("palace", "speaker"), [("le palais présidentiel turc", "Presidency of Türkiye"),
                                                  ("le palais présidentiel français", "Élysée Palace")])
def test_the_presidential_palace_of_a_country_is_its_presidency(parse, palace, speaker):
    text = f"Recep Tayyip Erdogan a appelé Emmanuel Macron pour parler de la Syrie, a indiqué {palace}."
    assert _speakers(parse, text) == [speaker]


def test_a_country_s_diplomacy_that_speaks_is_its_foreign_ministry(parse):
    """'la diplomatie turque a réagi': the ministry, for every country; 'le chef de la diplomatie russe X' stays X."""
    assert _speakers(parse, "« Ces accusations sont sans fondement », a réagi la diplomatie turque mardi.") == [
        "Ministry of Foreign Affairs of Turkey"]
    assert _speakers(parse, "Le chef de la diplomatie russe Sergueï Lavrov a estimé que l'échange avait été utile.") == [
        "Sergey Lavrov"]


# ---------------------------------------------------------------- claims5: a judgement in quotes
def test_a_quoted_adjective_the_parser_hung_on_the_mark_is_what_was_said(parse):
    assert _speakers(parse, "Giorgia Meloni l'a jugée « très positive ».") == ["Giorgia Meloni"]


def test_a_participle_describing_a_call_speaks_for_its_agent(parse):
    text = "Olaf Scholz et Keir Starmer ont eu un échange décrit comme « franc et cordial » par le Kremlin."
    assert _speakers(parse, text) == ["Kremlin"]


@pytest.mark.parametrize("text,outlet", [
    ("« Il n'y a eu aucun échange », a affirmé le porte-parole du Kremlin, en réponse à un article du quotidien "
     "Kommersant assurant que le président turc avait appelé son homologue russe.", "Kommersant"),
    ("« Rien n'est prévu », a assuré le porte-parole du Kremlin, en réponse à une dépêche de l'agence Reuters "
     "assurant qu'un appel aurait lieu lundi.", "Reuters"),
])
def test_a_participle_right_after_a_noun_speaks_for_that_noun(parse, text, outlet):
    """'un article du quotidien X assurant que ...': the article's outlet says it, not the spokesman denying it."""
    assert _speakers(parse, text) == ["Dmitry Peskov", outlet]


# ---------------------------------------------------------------- claims5: a participle the tagger did not know
@pytest.mark.parametrize("text", [
    "Le Kremlin a tweeté mardi que les discussions avaient été utiles.",
    "« Les discussions ont été utiles et franches », a tweeté le Kremlin.",
])
def test_a_participle_the_tagger_took_for_a_name_reports(parse, text):
    assert _speakers(parse, text) == ["Kremlin"]


def test_a_word_of_the_quote_the_parser_made_the_subject_does_not_hide_the_incise(parse):
    text = "Keir Starmer a reçu mardi Andrzej Duda. « Une très bonne discussion avec mon ami », a tweeté plus tard Olaf Scholz."
    assert _speakers(parse, text) == ["Olaf Scholz"]


@pytest.mark.parametrize("first, second, speaker", [
    ("Emmanuel Macron", "Recep Tayyip Erdogan", "Élysée Palace"),
    ("Recep Tayyip Erdogan", "Emmanuel Macron", "Presidency of Türkiye"),
])
def test_the_staff_of_the_president_is_the_subjects_when_two_presidents_are_named(parse, first, second, speaker):
    text = (f"{first} n'a pas parlé à {second} depuis l'automne. "
            "« Aucun contact n'est prévu pour le moment », a fait savoir l'entourage du président.")
    assert _speakers(parse, text) == [speaker]


@pytest.mark.parametrize("called, office", [
    ("Alexander De Croo", "Prime Minister's Office (Belgium)"),
    ("Mark Rutte", "Prime Minister's Office (Netherlands)"),
])
def test_the_office_of_the_premier_is_the_one_named_nearby_when_two_premiers_are_named(parse, called, office):
    """A bare 'du Premier ministre' after a sentence whose subject is no premier: the premier it names, not nobody."""
    text = ("Mark Rutte et Alexander De Croo se sont vus à Bruxelles.\n\n"
            f"Lundi soir, Volodymyr Zelensky a joint {called} pour évoquer la situation. "
            "La conversation a duré une demi-heure, a précisé le cabinet du Premier ministre.")
    assert _speakers(parse, text) == [office]


@pytest.mark.parametrize("text,body", [
    ("Joe Biden a appelé Olaf Scholz jeudi. La Maison Blanche a indiqué que le président avait plaidé pour la retenue. "
     "Elle a précisé que l'appel avait duré une heure.", "White House"),
    ("Olaf Scholz a appelé Emmanuel Macron jeudi. Le Kremlin a dénoncé l'attitude des Européens. "
     "Il a ajouté que la Russie restait ouverte au dialogue.", "Kremlin"),
])
def test_a_pronoun_of_the_institution_s_gender_goes_on_with_the_institution(parse, text, body):
    """'Elle' after 'la Maison Blanche a indiqué' is the White House, not the president talked about before."""
    assert _speakers(parse, text)[-1] == body


@pytest.mark.parametrize("text", [
    "Olaf Scholz espère que les négociations reprendront avant l'été.",
    "Le Kremlin craint que les livraisons d'armes ne prolongent le conflit.",
    "Emmanuel Macron a répliqué que la France ne céderait pas.",
    "Dmitri Peskov a constaté que le dialogue restait difficile.",
])
def test_hoping_fearing_and_retorting_report_what_follows(parse, text):
    assert len(_claims(parse, text)) == 1


def test_a_pronoun_of_another_gender_is_the_person_in_focus(parse):
    text = ("Joe Biden a appelé Olaf Scholz jeudi. Le chancelier a exprimé son inquiétude. La Maison Blanche a indiqué "
            "que les deux dirigeants avaient parlé de l'Ukraine. Il a ensuite affirmé que l'alliance tenait bon.")
    assert _speakers(parse, text)[-1] == "Olaf Scholz"


@pytest.mark.parametrize("text,speaker", [
    ("D'après le conseiller diplomatique du Kremlin, Iouri Ouchakov, les deux dirigeants ont aussi parlé du Moyen-Orient.",
     "Yuri Ushakov"),
    ("Selon le porte-parole du Kremlin, Dmitri Peskov, aucune rencontre n'est prévue pour le moment.", "Dmitry Peskov"),
])
def test_a_source_named_by_role_then_name_between_commas_is_the_person(parse, text, speaker):
    """The parser hangs the name as the role's apposition with the next clause below it, or as that
    clause's subject: the person is the source, not the institution in the role."""
    assert _speakers(parse, text) == [speaker]


def test_a_quote_s_own_verb_names_its_speaker_before_a_source_given_after_it(parse):
    found = _claims(parse, "« Nous attendons de la Chine qu'elle joue un rôle constructif », a déclaré M. Blinken, "
                           "selon un communiqué du département d'État.")
    assert found == [("Antony Blinken", "Nous attendons de la Chine qu'elle joue un rôle constructif")]


def test_a_participle_read_as_a_noun_after_an_inverted_subject_still_reports(parse):
    found = _claims(parse, "Dmitri Peskov est prudent. Une rencontre entre les deux présidents n'est pas à l'ordre du jour, "
                           "a-t-il martelé devant la presse.")
    assert [speaker for speaker, _ in found] == ["Dmitry Peskov"]


def test_people_after_the_comma_closing_a_selon_phrase_are_not_its_source(parse):
    """'Selon le média américain Axios, X et Y auraient ...' with X and Y parsed as conjuncts of 'média'."""
    found = _claims(parse, "Selon le média américain Axios, Benyamin Netanyahou et Joe Biden auraient eu un échange tendu "
                           "la semaine dernière.")
    assert [speaker for speaker, _ in found] == ["Axios"]


# ---------------------------------------------------------------- claims9: incises after reported speech without quotes
def test_an_incise_in_the_present_after_a_clause_the_parser_hung_on_it(parse):
    """The parser makes the incise verb the root and a noun of the clause before it its subject
    ('entretien'): that clause is what the incise reports, its source follows the verb."""
    assert _speakers(parse, "Le président turc Recep Tayyip Erdogan a eu mardi un entretien téléphonique avec son "
                            "homologue russe Vladimir Poutine, indique la présidence turque dans un communiqué.") == [
        "Presidency of Türkiye"]


def test_an_incise_after_a_clause_whose_subject_no_one_knows_names_no_one_of_the_clause(parse):
    """'..., Angela Merkel, Justin Trudeau et X, a annoncé un parti': the names in the clause do not speak."""
    assert _speakers(parse, "Olaf Scholz a ainsi pu parler avec Emmanuel Macron, Pedro Sánchez, Giorgia Meloni et "
                            "Mark Rutte, a annoncé lundi dans un communiqué un collectif de juristes.") == []


@pytest.mark.parametrize("text", [
    "Le Premier ministre canadien Mark Carney a eu un appel constructif avec Donald Trump, a-t-il déclaré vendredi.",
    "Mark Carney a eu un appel constructif avec Donald Trump, a-t-il déclaré vendredi. Les deux dirigeants ont convenu "
    "d'entamer des négociations, a-t-il précisé, sans donner de calendrier.",
])
def test_an_inverted_pronoun_after_an_unquoted_clause_is_that_clause_s_subject(parse, text):
    """'X a eu un appel avec Y, a-t-il déclaré': 'il' is X, the person the clause is about; in the
    next sentence a plural subject cannot be 'il', who stays X."""
    assert set(_speakers(parse, text)) == {"Mark Carney"}
    assert len(_speakers(parse, text)) == text.count("a-t-il")


def test_the_person_an_unknown_source_reports_about_comes_to_the_fore(parse):
    found = _claims(parse, "Le roi Mohammed VI a eu un entretien téléphonique avec le président français, annonce un "
                           "communiqué du cabinet royal. Au cours de cet entretien, le souverain a réitéré l'attachement "
                           "du Maroc à ce partenariat.")
    assert [speaker for speaker, _ in found] == ["Mohammed VI"]


def test_a_source_named_by_role_then_name_at_the_end_of_the_sentence_is_the_person(parse):
    assert _speakers(parse, "L'appel a duré une heure, selon un porte-parole du gouvernement allemand, Steffen Hebestreit.") == [
        "Steffen Hebestreit"]


def test_an_inverted_pronoun_is_not_a_subject_of_another_gender(parse):
    """'La Chine est disposée ..., a-t-il indiqué': 'il' is the man who spoke before, not China."""
    assert _speakers(parse, "Xi Jinping a noté que les deux pays portaient une responsabilité particulière. La Chine est "
                            "disposée à travailler avec la France pour promouvoir un règlement de la crise, a-t-il indiqué.") == [
        "Xi Jinping", "Xi Jinping"]


@pytest.mark.parametrize("text,speaker", [
    ("Comme l'a rappelé le ministre des Armées Sébastien Lecornu, la France a déjà livré plusieurs systèmes de défense.",
     "Sébastien Lecornu"),
    ("La France, ainsi que l'a souligné mardi l'Élysée, a déjà livré plusieurs systèmes de défense.", "Élysée Palace"),
])
def test_a_clause_in_comme_credits_the_sentence_to_whoever_said_it(parse, text, speaker):
    """'Comme l'a rappelé X, ...': 'l'' is the sentence, X (parsed as an object, or the sentence's
    subject taken for the clause's) says it."""
    found = _claims(parse, text)
    assert [s for s, _ in found] == [speaker]
    assert "a déjà livré" in found[0][1]


@pytest.mark.parametrize("text", [
    "Volodymyr Zelensky n'exclut pas de rencontrer Vladimir Poutine si c'est le prix de la paix.",
    "Dmitri Peskov n'a pas exclu une rencontre des deux présidents avant l'été.",
])
def test_a_negated_exclusion_still_states_something(parse, text):
    """"n'exclut pas de ..." says that it may be: a statement, where "n'a pas confirmé" is none."""
    assert len(_claims(parse, text)) == 1


def test_cette_derniere_after_an_incise_verb_is_the_last_named(parse):
    text = "Olaf Scholz a parlé avec Giorgia Meloni. « Nous avançons ensemble », a assuré cette dernière."
    assert _speakers(parse, text) == ["Giorgia Meloni"]


@pytest.mark.parametrize("text,speaker", [
    ("La nécessité d'un cessez-le-feu a été soulignée par Emmanuel Macron.", "Emmanuel Macron"),
    ("La position de la France a été rappelée mardi par le ministre Jean-Noël Barrot.", "Jean-Noël Barrot"),
])
def test_a_stance_subject_of_a_passive_is_said_by_its_agent(parse, text, speaker):
    """'X a été réaffirmé par Y': the stance is what Y said."""
    assert _speakers(parse, text) == [speaker]


def test_a_person_subject_of_a_passive_is_not_what_was_said(parse):
    assert _claims(parse, "Olaf Scholz a été critiqué par Emmanuel Macron.") == []


@pytest.mark.parametrize("text", [
    "Olaf Scholz n'a pas caché sa déception après l'échec des négociations.",
    "Olaf Scholz n'a pas caché que la situation restait difficile à Kiev.",
    "Emmanuel Macron a parlé avec Olaf Scholz. Il n'a pas caché son agacement face au blocage.",
])
def test_a_negated_hiding_states_something(parse, text):
    """"n'a pas caché que ..." says it (the tagger may read 'caché' as an adjective)."""
    assert len(_claims(parse, text)) == 1


def test_hiding_unnegated_states_nothing(parse):
    assert _claims(parse, "Olaf Scholz a caché sa déception après l'échec des négociations.") == []


@pytest.mark.parametrize("text,speakers", [
    ("Emmanuel Macron et Pedro Sánchez se sont parlé jeudi au téléphone, a-t-on appris auprès de l'Élysée.", ["Élysée Palace"]),
    ("Les deux dirigeants se sont parlé jeudi, a appris l'AFP auprès de la présidence ukrainienne.",
     ["Office of the President of Ukraine"]),
    ("Olaf Scholz a parlé mardi. Emmanuel Macron et Pedro Sánchez se sont parlé jeudi, a-t-on appris de source diplomatique.", []),
])
def test_what_was_learnt_is_said_by_whom_it_was_learnt_from(parse, text, speakers):
    """'a-t-on appris auprès de X': X is the source; the agency that learnt it is not, and 'de source
    diplomatique' names no one (not the last person who spoke)."""
    assert _speakers(parse, text) == speakers


def test_an_answer_in_an_interview_is_the_person_s_who_opens_the_line(parse):
    text = ("Question : Vous avez parlé à Vladimir Poutine. Que lui avez-vous dit ?\n\n"
            "Emmanuel Macron : Je lui ai dit que la France ne reconnaîtrait jamais l'annexion. Le dialogue continue.\n")
    assert _claims(parse, text) == [
        ("Emmanuel Macron", "Je lui ai dit que la France ne reconnaîtrait jamais l'annexion. Le dialogue continue.")]


@pytest.mark.parametrize("text,found", [
    ("Macron : « La France ne lâchera jamais l'Ukraine »\n\nLe président s'est exprimé mardi devant des élus.\n",
     [("Emmanuel Macron", "La France ne lâchera jamais l'Ukraine")]),
    ("Zelensky : ce que l'on sait de son appel avec Donald Trump\n\nLes deux présidents se sont parlé mardi.\n", []),
    ("Ukraine : « Nous tiendrons jusqu'au bout »\n\nLa ville a été bombardée mardi.\n", []),
    ("G7 à Biarritz - Trump : « Nous avons eu une excellente réunion »\n\nLes dirigeants se sont quittés lundi.\n",
     [("Donald Trump", "Nous avons eu une excellente réunion")]),  # a kicker before the name
    ("ENTRETIEN. Jean-Noël Barrot : « Nous ne laisserons pas tomber l'Ukraine »\n\nLe ministre revient sur son voyage.\n",
     [("Jean-Noël Barrot", "Nous ne laisserons pas tomber l'Ukraine")]),
])
def test_a_headline_opened_by_a_name_and_a_colon_is_a_claim_when_quoted(parse, text, found):
    assert _claims(parse, text) == found


def test_a_communique_of_someone_unknown_is_not_the_last_speaker_s(parse):
    """'d'après le communiqué de la chancellerie': not the spokesman who spoke before; the subject speaks."""
    found = _speakers(parse, "L'appel a duré une heure, selon un porte-parole du gouvernement allemand, Steffen Hebestreit. "
                             "Le chancelier Olaf Scholz a exhorté le président russe à retirer ses troupes, d'après le "
                             "communiqué de la chancellerie.")
    assert found == ["Steffen Hebestreit", "Olaf Scholz"]


@pytest.mark.parametrize("text,speakers", [
    ("Le ministre chinois Wang Yi a parlé lundi avec son homologue Abbas Araghchi, a indiqué le ministère iranien des "
     "Affaires étrangères. Selon le communiqué chinois, M. Wang a souligné que la Chine voulait une solution négociée.",
     ["Ministry of Foreign Affairs of Iran", "Wang Yi"]),
    ("Vladimir Poutine a parlé avec Recep Tayyip Erdogan, a indiqué le Kremlin. D'après le communiqué turc, "
     "M. Erdogan a affirmé que son pays accueillerait volontiers de nouveaux pourparlers.",
     ["Kremlin", "Recep Tayyip Erdoğan"]),
])
def test_a_communique_that_names_no_owner_leaves_the_named_subject_speaking(parse, text, speakers):
    """'Selon le communiqué, M. Wang a souligné ...': the document is the speaker's own, not the
    last speaker's (the seeds' 'Selon le Kremlin, X a ...' still credits the source it names)."""
    assert _speakers(parse, text) == speakers


def test_a_communique_still_speaks_for_a_sentence_with_no_one_named(parse):
    found = _speakers(parse, "Le Kremlin a publié un communiqué lundi. Selon le communiqué, les deux hommes ont "
                             "insisté sur la nécessité d'une trêve.")
    assert found == ["Kremlin"]


@pytest.mark.parametrize("text,speakers", [
    ("Emmanuel Macron a parlé avec Bassirou Diomaye Faye, a annoncé la présidence sénégalaise dans un communiqué. "
     "Le président Faye a invité son homologue à Dakar. Cette visite, indique le communiqué, aura lieu en mai.",
     ["Presidency of Senegal", "Bassirou Diomaye Faye", "Presidency of Senegal"]),
    ("Justin Trudeau s'est entretenu mardi avec Keir Starmer, a indiqué son bureau dans une déclaration. "
     "M. Starmer a salué l'engagement canadien. Le même texte précise que les deux dirigeants se reverront à Londres.",
     ["Prime Minister's Office (Canada)", "Keir Starmer", "Prime Minister's Office (Canada)"]),
])
def test_the_communique_is_the_last_document_s_issuer_s_though_someone_spoke_since(parse, text, speakers):
    """'le communiqué', 'le même texte' with no owner: the document last cited, whose issuer spoke
    through it, not whoever spoke last in between ('Le président Faye a invité ...')."""
    assert _speakers(parse, text, "2025-03-12") == speakers


def test_several_people_reported_by_a_compte_rendu_are_its_issuer_s_words(parse):
    """"D'après le compte rendu, les deux dirigeants ont souligné ...": the two leaders do not speak
    as one; the document that reports them does ('compte rendu' is two words for the parser)."""
    text = ("Justin Trudeau s'est entretenu mardi avec Keir Starmer. "
            "« Le premier ministre a réaffirmé le soutien du Canada au Royaume-Uni », peut-on lire dans le communiqué du "
            "Cabinet du premier ministre. D'après le compte rendu, les deux dirigeants ont souligné l'importance de l'OTAN.")
    assert _speakers(parse, text, "2025-03-12") == ["Prime Minister's Office (Canada)"] * 2


# ---------------------------------------------------------------- claims11: forms of unseen news
@pytest.mark.parametrize("text,anchor", [
    ("Olaf Scholz a condamné « avec la plus grande fermeté » les frappes de la nuit sur Kiev.", "les frappes de la nuit"),
    ("Le Kremlin a dénoncé « une provocation sans précédent » de la part de Varsovie.", "de la part de Varsovie"),
])
def test_a_few_quoted_words_in_a_sentence_that_goes_on_are_part_of_what_was_said(parse, text, anchor):
    """The quote does not end the verb's clause: the sentence is the claim, not the quoted words alone."""
    found = _claims(parse, text)
    assert len(found) == 1 and anchor in found[0][1]


@pytest.mark.parametrize("text,speakers", [
    ("Le juge Dupont a rendu sa décision mardi. Le Kremlin dément toute implication dans l'explosion du gazoduc.", ["Kremlin"]),
    ("22h10 – Moscou dément avoir frappé un hôpital de Kharkiv.", ["Russia"]),
    ("« Cette réforme européenne est une erreur historique », juge le Premier ministre hongrois Viktor Orban.", ["Viktor Orbán"]),
    ("La situation reste très tendue à la frontière, note le porte-parole du Kremlin, Dmitri Peskov.", ["Dmitry Peskov"]),
])
def test_a_reporting_verb_in_the_present_the_tagger_took_for_a_noun_reports(parse, text, speakers):
    """'dément' (an adverb to the tagger), 'juge', 'note' (nouns): verbs where they stand as one,
    after their subject or opening an incise; 'le juge Dupont' stays a judge."""
    assert _speakers(parse, text) == speakers


def test_a_headline_summing_up_what_the_body_reports_is_no_claim_of_its_own(parse):
    text = ("Le Kremlin a démenti tout contact avec la nouvelle administration\n\n"
            "Le Kremlin a affirmé mardi qu'aucune conversation n'avait eu lieu entre les deux présidents.\n")
    assert _claims(parse, text) == [("Kremlin", "Le Kremlin a affirmé mardi qu'aucune conversation n'avait eu lieu entre les deux présidents.")]


def test_a_headline_is_no_claim_even_of_someone_the_body_does_not_have_speak(parse):
    text = ("Climat : Scholz et Macron plaident pour une taxe carbone aux frontières\n\n"
            "Olaf Scholz et Emmanuel Macron se sont entretenus mardi par téléphone, a annoncé la chancellerie.\n")
    assert _speakers(parse, text) == ["German Chancellery"]


def test_headlines_a_page_links_to_are_no_claims(parse):
    text = ("Olaf Scholz et Emmanuel Macron se sont entretenus mardi par téléphone, a annoncé la chancellerie.\n\n"
            "Pour mémoire\nLe Kremlin accuse Berlin de prolonger la guerre\n\n"
            "Lisez aussi:\nScholz : « Nous ne livrerons pas de missiles »\n")
    assert _speakers(parse, text) == ["German Chancellery"]


@pytest.mark.parametrize("text,speaker", [
    ("Dmitri Peskov a affirmé à l'agence Ria Novosti que le président russe restait ouvert au dialogue.", "Dmitry Peskov"),
    ("Le Kremlin a fait savoir dans la soirée que les deux présidents s'étaient mis d'accord.", "Kremlin"),
    ("Giorgia Meloni a déclaré mardi devant l'Assemblée générale de l'ONU que son pays ne cherchait pas la guerre.",
     "Giorgia Meloni"),
])
def test_a_clause_after_a_complement_of_place_or_time_is_what_was_said(parse, text, speaker):
    """'a affirmé à l'agence X que ...', 'a fait savoir dans la soirée que ...': the parser hangs
    the clause on the complement's noun, or reads 'que' as a relative pronoun of it."""
    assert _speakers(parse, text) == [speaker]


@pytest.mark.parametrize("text,speaker", [
    ("Le Nigeria a, de son côté, fait savoir que les deux dirigeants avaient examiné la situation.", "Nigeria"),
    ("La France a, quant à elle, fait valoir que la trêve restait fragile.", "France"),
])
def test_a_two_word_reporting_verb_cut_by_an_incise_after_its_auxiliary_reports(parse, text, speaker):
    """'X a, de son côté, fait savoir que ...': after the incise the tagger may read 'fait' as a noun
    (or the parser hang it on the infinitive as a word apart): the participle heads the clause."""
    assert _speakers(parse, text) == [speaker]


@pytest.mark.parametrize("text,speakers", [
    ("Les deux présidents ont parlé de la Libye, a indiqué le Kremlin. Ils se reparleront bientôt, selon la même source.",
     ["Kremlin", "Kremlin"]),
    ("Le sommet aura lieu à Genève, a annoncé la Maison Blanche. « Aucune date n'est encore fixée », a ajouté cette source.",
     ["White House", "White House"]),
])
def test_the_same_source_is_whoever_spoke_last(parse, text, speakers):
    assert _speakers(parse, text) == speakers


@pytest.mark.parametrize("text,speakers", [
    ("« Nous ne laisserons pas tomber nos alliés », a indiqué l'Élysée mardi. « La France se tient prête à tout », a ajouté la présidence.",
     ["Élysée Palace", "Élysée Palace"]),
    ("Le Quai d'Orsay a condamné l'attaque contre l'ambassade. Le ministère a précisé qu'aucun diplomate n'avait été blessé.",
     ["Ministry for Europe and Foreign Affairs (France)"] * 2),
])
def test_the_kind_of_an_institution_named_by_its_seat_names_it_again(parse, text, speakers):
    """'la présidence' after 'l'Élysée', 'le ministère' after 'le Quai d'Orsay': a name that says no noun."""
    assert _speakers(parse, text) == speakers


@pytest.mark.parametrize("text", [
    "Le porte-parole du Kremlin, Dmitri Peskov, a refusé de confirmer l'information.",
    "La Maison Blanche a refusé de dire si les deux présidents se parleraient avant le sommet.",
])
def test_refusing_to_say_says_nothing(parse, text):
    assert _claims(parse, text) == []


@pytest.mark.parametrize("text", [
    "Viktor Orban juge les sanctions européennes inefficaces.",
    "Le Kremlin considère l'élargissement de l'OTAN comme une menace directe.",
    "Emmanuel Macron a jugé la proposition chinoise intéressante.",
])
def test_an_object_and_what_it_is_judged_to_be_is_what_was_said(parse, text):
    assert len(_claims(parse, text)) == 1


def test_judging_a_case_without_an_attribute_is_no_claim(parse):
    assert _claims(parse, "Le tribunal juge les accusés mardi. Le Kremlin a jugé la situation très grave.") == [
        ("Kremlin", "Le Kremlin a jugé la situation très grave.")]


@pytest.mark.parametrize("text,speakers", [
    ("Le premier ministre Justin Trudeau a dénoncé les nouveaux droits de douane. Le Canada ripostera sans hésiter, a-t-il prévenu.",
     ["Justin Trudeau", "Justin Trudeau"]),
    ("Le président Kaïs Saïed a reçu le chef du gouvernement. Le Japon restera un partenaire précieux, a-t-il estimé.",
     ["Kais Saied"]),
])
def test_an_inverted_pronoun_is_not_the_country_the_clause_before_it_is_about(parse, text, speakers):
    """'Le Canada ripostera, a-t-il prévenu': 'il' agrees with 'le Canada', but the clause is what
    the person talked about said, not who said it."""
    assert _speakers(parse, text, "2025-03-04") == speakers



@pytest.mark.parametrize("text,speakers", [
    ("Le président Emmanuel Macron a reçu le ministre. « Rien n'a été décidé », a déclaré à Reuters une source proche "
     "de l'Élysée.", ["Élysée Palace"]),
    ("Le président Michel Aoun a reçu le ministre. « Rien n'a été décidé », a déclaré une source proche de la présidence.",
     ["Presidency of Lebanon"]),
    ("Le président Michel Aoun a reçu le ministre. Selon une source proche de la présidence, rien n'a été décidé.",
     ["Presidency of Lebanon"]),
    ("Le président Michel Aoun a reçu le ministre. « Rien n'a été décidé », a déclaré une source proche du dossier.", []),
])
def test_a_source_close_to_a_body_speaks_for_it_not_the_outlet_it_told(parse, text, speakers):
    """'a déclaré à Reuters une source proche de l'Élysée': the outlet in 'à' is told; the source
    close to a body speaks for it, as one inside it does; one close to a case names nobody."""
    assert _speakers(parse, text, "2017-11-10") == speakers


@pytest.mark.parametrize("text,speakers", [
    ("Le président Michel Aoun a reçu Saad Hariri mardi. Le chef de la diplomatie, Gebran Bassil, a entamé de son côté "
     "une tournée en Europe. « Nous voulons la paix », a-t-il dit.", ["Gebran Bassil"]),
    ("Le président Emmanuel Macron a reçu Olaf Scholz lundi. La cheffe de la diplomatie, Catherine Colonna, a de son "
     "côté commencé une visite à Kiev. « Nous sommes prêts », a-t-elle dit.", ["Catherine Colonna"]),
])
def test_a_role_s_holder_between_commas_is_the_person_talked_about(parse, text, speakers):
    """'Le chef de la diplomatie, X, a entamé ...': X, whom the parser hangs on the role's complement,
    is the person the sentence is about; the inverted pronoun after it is X, not one named before."""
    assert _speakers(parse, text, "2017-11-10") == speakers


@pytest.mark.parametrize("text,speakers", [
    ("Le conseiller fédéral Alain Berset a défendu la tradition humanitaire de la Suisse. Pour lui, Genève doit rester un lieu de dialogue.",
     ["Alain Berset"]),
    ("Le président Félix Tshisekedi a reçu les élus de l'Est. À ses yeux, les agresseurs doivent être sanctionnés.",
     ["Félix Tshisekedi"]),
    ("De l’avis du président russe, l'élargissement de l'Otan serait une ligne rouge.", ["Vladimir Putin"]),
])
def test_a_view_opening_a_sentence_with_a_pronoun_or_a_longer_marker(parse, text, speakers):
    """'Pour lui, ...', 'À ses yeux, ...': the person talked about; "De l'avis de X, ...": X."""
    assert _speakers(parse, text, "2021-11-30") == speakers



@pytest.mark.parametrize("text", [
    "Dmitri Peskov n'a pas voulu dire si une réponse était envisagée.",
    "La Maison Blanche ne peut pas confirmer que les deux présidents se sont parlé.",
])
def test_the_infinitive_of_a_negated_verb_says_nothing(parse, text):
    assert _claims(parse, text) == []


def test_a_verb_that_reports_only_with_a_clause(parse):
    """'a soutenu que ...', 'a concédé que ...' report; 'soutenir l'Ukraine « aussi longtemps que
    nécessaire »' does not (the parser reads 'que nécessaire' as a clause of 'soutenir')."""
    assert _speakers(parse, "La ministre des Affaires étrangères, Mélanie Joly, a soutenu que le Canada devait diversifier "
                            "ses partenariats en Asie.") == ["Mélanie Joly"]
    assert _speakers(parse, "Le Premier ministre Alexander De Croo a concédé que la réforme avait pris du retard.") == [
        "Alexander De Croo"]
    assert _claims(parse, "L'Allemagne va soutenir l'Ukraine « aussi longtemps que nécessaire ».") == []


def test_a_person_named_after_an_honorific_is_talked_about(parse):
    """'S.M. le Roi Mohammed VI': the model reads 'S.M.' as a pronoun and 'Roi' as a noun it governs;
    the king is the subject all the same, and 'le Souverain' after is him."""
    text = ("S.M. le Roi Mohammed VI a adressé un message de félicitations au président élu. Dans ce message, "
            "le Souverain exprime sa « profonde satisfaction » quant à l'excellence des relations.")
    assert _speakers(parse, text, "2021-05-20") == ["Mohammed VI"]


def test_a_headline_with_a_place_between_the_name_and_the_colon_is_that_persons_words(parse):
    text = ("Volodymyr Zelensky à Hiroshima : « La paix sera notre victoire »\n\n"
            "Le président ukrainien a rencontré dimanche les dirigeants du G7.")
    assert _claims(parse, text, "2023-05-21") == [("Volodymyr Zelensky", "La paix sera notre victoire")]


@pytest.mark.parametrize("text,speaker", [
    ("Le président de la République, M. Abdelmadjid Tebboune, a reçu jeudi un appel du président français. Les deux "
     "chefs d'État ont passé en revue les relations bilatérales, indique un communiqué de la présidence de la République.",
     "Presidency of Algeria"),
    ("Le président Macky Sall a reçu le Premier ministre. La présidence de la République a précisé que la réunion "
     "portait sur le budget.", "Presidency of Senegal"),
])
def test_the_presidency_of_the_republic_is_that_of_the_president_the_article_is_about(parse, text, speaker):
    """African state media write 'la présidence de la République' for their own country's."""
    assert _speakers(parse, text, "2023-01-05") == [speaker]


def test_a_post_announced_before_a_colon_is_its_authors(parse):
    text = "Le nouveau président américain a posté sur Truth Social un message sans équivoque : les États-Unis reprendront le canal."
    assert _speakers(parse, text, "2025-01-21") == ["Donald Trump"]


@pytest.mark.parametrize("text,speaker", [
    ("Volodymyr Zelensky a reçu les ministres européens à Kiev. Vladimir Poutine ne veut pas la paix, a-t-il estimé.",
     "Volodymyr Zelensky"),
    ("Le président ukrainien s'est exprimé devant la presse. Le président russe ne s'arrêtera pas là, a-t-il averti.",
     "Volodymyr Zelensky"),
])
def test_an_inverted_pronoun_is_the_person_talked_about_before_not_the_one_the_clause_is_about(parse, text, speaker):
    """'X ... . Poutine ne veut pas la paix, a-t-il estimé': X judges Putin; the clause's own subject
    speaks only when nobody was talked about before ('Mark Carney a eu un appel ..., a-t-il déclaré')."""
    assert _speakers(parse, text, "2024-02-10") == [speaker]


# ---------------------------------------------------------------- a quote that ends its sentence
def test_the_second_half_of_a_split_quote_is_not_the_next_sentences_subjects(parse):
    text = ("« Nous ne devons pas laisser tomber nos partenaires », a déclaré Emmanuel Macron, « pour que le jour venu, "
            "nous puissions bâtir une paix durable. » Moscou a vivement réagi à ces propos.")
    found = _claims(parse, text, "2022-06-03")
    assert [s for s, t in found if t.startswith("pour que le jour venu")] == ["Emmanuel Macron"]


def test_a_name_opening_the_sentence_after_a_quote_does_not_sign_it(parse):
    text = ("Le président américain a rendu hommage aux anciens combattants. Puis, se tournant vers l'Ukraine : "
            "« Nous ne partirons pas. » Volodymyr Zelensky, présent dans la salle, a remercié ses alliés.")
    found = _claims(parse, text, "2024-06-06")
    assert ("Volodymyr Zelensky", "Nous ne partirons pas.") not in found


@pytest.mark.parametrize(("text", "published", "claim"), [
    ("Le Premier ministre polonais Donald Tusk s'est montré plus direct. « L'époque de la sous-traitance "
     "géopolitique est finie », a-t-il écrit sur X. À Budapest, Viktor Orbán a salué au contraire « un immense retour ».",
     "2024-11-07", ("Donald Tusk", "L'époque de la sous-traitance géopolitique est finie")),  # 'sur X.' ends the sentence
    ("Le président turc a longuement commenté la chute du régime. « La Syrie appartient aux Syriens. » "
     "Il a ensuite assuré que la Turquie n'avait « aucune visée » sur le territoire syrien.",
     "2024-12-08", ("Recep Tayyip Erdoğan", "Il a ensuite assuré que la Turquie n'avait « aucune visée » sur le territoire syrien.")),
])
def test_the_sentence_after_a_quote_or_a_post_that_ended_is_its_own(parse, text, published, claim):
    assert claim in _claims(parse, text, published)


@pytest.mark.parametrize(("text", "speaker"), [
    ("Le porte-parole du président Erdogan, Ibrahim Kalin, a déclaré que la Turquie fermerait les détroits.", "İbrahim Kalın"),
    ("Le conseiller de Joe Biden, Jake Sullivan, a estimé que la guerre durerait encore des mois.", "Jake Sullivan"),
])
def test_a_roles_holder_between_commas_speaks_not_the_person_it_serves(parse, text, speaker):
    assert _speakers(parse, text, "2022-03-02") == [speaker]


def test_a_pronoun_inside_a_clause_is_not_the_body_that_spoke_sentences_before(parse):
    text = ("Le ministre des Armées, Sébastien Lecornu, a eu un entretien avec son homologue. "
            "Le Kremlin a démenti toute implication dans l'attentat. Les télévisions ont rapporté un autre propos "
            "du ministre français, ou il espère que Moscou n'est pas derrière l'attaque.")
    assert _speakers(parse, text, "2024-04-05") == ["Kremlin", "Sébastien Lecornu"]


@pytest.mark.parametrize(("text", "speakers"), [
    ("Le Kremlin parle d'une « mise en scène grossière » de Kiev.", ["Kremlin"]),
    ("Le guide suprême Ali Khamenei a parlé d'une « gifle » infligée aux États-Unis.", ["Ali Khamenei"]),
    ("Les deux dirigeants ont parlé de la situation en Syrie.", []),  # a topic
    ("Emmanuel Macron et Olaf Scholz ont parlé de « la paix en Europe ».", []),  # what two people talked about
])
def test_speaking_of_a_quoted_phrase_is_a_claim(parse, text, speakers):
    assert _speakers(parse, text, "2020-01-08") == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    ("Le Kremlin a menacé de « riposter avec fermeté » à toute nouvelle livraison d'armes.", ["Kremlin"]),
    ("Donald Trump a défendu sa décision. Il a toutefois menacé de « ruiner » l'économie turque.", ["Donald Trump"]),
    ("Le président américain menace désormais d'imposer des droits de douane sur l'acier européen.", []),  # a move told
])
def test_a_threat_in_its_author_s_quoted_words_is_a_claim(parse, text, speakers):
    """'a menacé de « ruiner »' quotes the words of the threat; 'menace d'imposer des droits' tells
    what someone may do, in the writer's words."""
    assert _speakers(parse, text, "2020-01-08") == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    ("Le président Joe Biden a menacé d'imposer des droits de douane sur l'acier chinois si Pékin ne cédait pas.", ["Joe Biden"]),
    ("Le Kremlin a menacé de couper le gaz à l'Europe si les sanctions étaient renforcées.", ["Kremlin"]),
    ("Le Kremlin a menacé de couper le gaz à l'Europe.", []),  # a move told, no ultimatum
])
def test_a_threat_with_its_condition_is_an_ultimatum_said(parse, text, speakers):
    """'a menacé de faire X si Y ...': a threat with the condition it sets is an ultimatum, something
    said to someone, in whatever words; without one, the writer tells a move."""
    assert _speakers(parse, text, "2024-03-12") == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    ("Joe Biden avait attribué sur Twitter la hausse des prix à « des années de laxisme et d'incompétence ».", ["Joe Biden"]),
    ("Le comité Nobel a attribué son prix de la paix à Joe Biden.", []),  # an award, nothing said
])
def test_a_cause_given_in_its_author_s_quoted_words_is_a_claim(parse, text, speakers):
    """'a attribué X à « ... »' quotes the words its author put on the cause; 'a attribué le prix à X'
    gives something away and says nothing."""
    assert _speakers(parse, text, "2020-01-08") == speakers


@pytest.mark.parametrize(("text", "speakers"), [
    ("Le Hezbollah a revendiqué des tirs de roquettes sur le nord d'Israël.", ["Hezbollah"]),
    ("Volodymyr Zelensky a revendiqué la libération de deux villages.", ["Volodymyr Zelensky"]),
])
def test_what_is_claimed_as_one_s_own_is_what_was_said(parse, text, speakers):
    """'a revendiqué la victoire', 'des tirs': its object is what the speaker states as theirs."""
    assert _speakers(parse, text, "2020-01-08") == speakers


def test_a_family_name_written_first_is_the_person_after_an_honorific(parse):
    text = ("La porte-parole de la diplomatie chinoise, Mao Ning, a tenu son point de presse. "
            "Mme Mao a indiqué que la Chine soutenait toute initiative favorable à l'apaisement.")
    assert _speakers(parse, text, "2023-04-08") == ["Mao Ning"]


def test_an_infinitive_after_an_adjunct_is_what_the_verb_reports(parse):
    found = _claims(parse, "Le Hamas a affirmé dans un communiqué avoir tiré plus de mille roquettes.", "2023-10-07")
    assert [s for s, _ in found] == ["Hamas"]


@pytest.mark.parametrize(("text", "claims"), [
    ("« La situation à la frontière est très préoccupante, a reconnu Jens Stoltenberg. Nous voyons des concentrations "
     "inhabituelles de troupes. »", [("Jens Stoltenberg", "La situation à la frontière est très préoccupante"),
                                     ("Jens Stoltenberg", "Nous voyons des concentrations inhabituelles de troupes.")]),
    ("« Nous ne céderons pas à la pression, a martelé Sergueï Lavrov, et nous irons jusqu'au bout de nos objectifs. »",
     [("Sergey Lavrov", "Nous ne céderons pas à la pression, a martelé Sergueï Lavrov, et nous irons jusqu'au bout de nos objectifs.")]),
])
def test_an_incise_inside_the_quote_marks_attributes_both_parts(parse, text, claims):
    assert _claims(parse, text, "2022-02-01") == claims


def test_a_party_descriptor_in_an_incise_is_the_person_talked_about(parse):
    text = ("Joe Biden a remporté l'élection présidentielle américaine, selon les projections des grands médias. "
            "« Je serai un président qui cherche non pas à diviser mais à unifier », a tweeté le démocrate. "
            "Donald Trump a de son côté affirmé que l'élection était « loin d'être terminée ».")
    assert ("Joe Biden", "Je serai un président qui cherche non pas à diviser mais à unifier") in _claims(parse, text, "2020-11-07")


@pytest.mark.parametrize(("text", "claims"), [
    ("ENTRETIEN. Jean-Noël Barrot : « Nous ne laisserons pas tomber l'Ukraine »\n"
     "Le ministre revient sur son voyage à Kiev.\nQ. La trêve de trente jours est-elle réaliste ?\n"
     "R. Elle est nécessaire. La Russie doit montrer qu'elle veut la paix.\n",
     [("Jean-Noël Barrot", "Nous ne laisserons pas tomber l'Ukraine"),
      ("Jean-Noël Barrot", "Elle est nécessaire. La Russie doit montrer qu'elle veut la paix.")]),
    ("Josep Borrell répond à nos questions sur la Chine.\n— L'Europe a-t-elle été naïve ?\n"
     "— Nous devons être réalistes, sans naïveté aucune.\n",
     [("Josep Borrell", "Nous devons être réalistes, sans naïveté aucune.")]),
    ("Les négociations reprennent lundi.\n— un premier point sur le calendrier ;\n— un second sur les garanties.\n", []),
])
def test_an_answer_after_a_question_is_the_interviewees(parse, text, claims):
    assert _claims(parse, text, "2025-05-10") == claims


_ANSWERED = ("Mette Frederiksen : « Nous tiendrons nos promesses »\n\n"
             "Entretien. La cheffe du gouvernement danois revient sur l'aide à Kiev.\n\n"
             "Propos recueillis par Paul Martin\n\n"
             "Vous avez eu Olaf Scholz au téléphone samedi. De quoi avez-vous parlé ?\n\n"
             "De la défense aérienne. Il m'a assuré que Berlin livrerait deux batteries de plus. "
             "Je lui ai répondu que le Danemark paierait sa part.\n\n"
             "Et la Pologne ?\n\n"
             "Nous en parlerons mercredi.\n")


def test_je_and_il_in_an_interviews_answer(parse):
    """In an interview's answer 'je' is the interviewee, no writer; 'il' is someone else, the person
    last named other than the interviewee (the question's 'Vous avez eu Y au téléphone')."""
    claims = _claims(parse, _ANSWERED, "2024-03-11")
    assert [speaker for speaker, text in claims if "deux batteries" in text] == ["Olaf Scholz"]
    assert [speaker for speaker, text in claims if "paierait sa part" in text] == ["Mette Frederiksen"]


# ---------------------------------------------------------------- claims16: the writer's questions
@pytest.mark.parametrize("text", [
    "Donald Trump a-t-il vraiment promis à Mark Carney de suspendre les tarifs ? Personne ne le sait.",
    "Pourquoi le Kremlin a-t-il annoncé que Vladimir Poutine parlerait à Donald Trump ?",
    "Est-ce que Joe Biden a assuré à Xi Jinping que Washington ne soutenait pas l'indépendance de Taïwan ?",
])
def test_a_question_the_writer_asks_is_no_claim(parse, text):
    assert _claims(parse, text) == []


def test_a_speakers_question_is_said_the_writers_is_not(parse):
    assert _claims(parse, "Emmanuel Macron a-t-il dit à Olaf Scholz qu'il enverrait des troupes en Ukraine ?") == []
    assert _speakers(parse, "« Faut-il négocier avec Moscou ? », a demandé Olaf Scholz.") == ["Olaf Scholz"]
    assert _speakers(parse, "La Chine est-elle prête à jouer les médiateurs ? Wang Yi a assuré que Pékin restait neutre.") == ["Wang Yi"]


# ---------------------------------------------------------------- claims16: experts named once, then by trade
@pytest.mark.parametrize("text, expert", [
    ("« L'Europe est traitée comme un vassal », juge Nicole Gnesotto, de l'Institut Jacques Delors. "
     "Selon l'historienne, l'entretien entre les deux présidents marque « un tournant ».", "Nicole Gnesotto"),
    ("Thomas Gomart, directeur de l'Ifri, a jugé l'échange « très inhabituel ». "
     "Le spécialiste des relations internationales ajoute que Moscou cherche à diviser les Européens.", "Thomas Gomart"),
    ("L'économiste Philippe Aghion a estimé que les tarifs nuiraient d'abord aux Américains. "
     "Selon l'universitaire, l'Europe doit répondre « sans naïveté ».", "Philippe Aghion"),
])
def test_an_expert_named_again_by_trade_is_the_expert(parse, text, expert):
    assert _speakers(parse, text) == [expert, expert]


# ---------------------------------------------------------------- claims16: more reporting verbs
@pytest.mark.parametrize("text, speaker", [
    ("La Russie ne renoncera pas à la Crimée, a nuancé jeudi le Kremlin.", "Kremlin"),
    ("Le chancelier Olaf Scholz a suggéré qu'une conférence de paix pourrait se tenir à l'automne.", "Olaf Scholz"),
    ("Olaf Scholz a alerté que la situation pourrait dégénérer.", "Olaf Scholz"),
    ("Emmanuel Macron a parlé à Olaf Scholz. Le président lui a signifié que la France ne céderait pas.", "Emmanuel Macron"),
])
def test_nuancing_suggesting_warning_signifying_report(parse, text, speaker):
    assert _speakers(parse, text) == [speaker]


# ---------------------------------------------------------------- claims16: any verb of an incise after a quote
@pytest.mark.parametrize("text, speaker", [
    ("« Nous ne céderons jamais au chantage », a tonné le président ukrainien Volodymyr Zelensky.", "Volodymyr Zelensky"),
    ("« On ne négocie pas avec un pistolet sur la tempe », s'est emporté Olaf Scholz.", "Olaf Scholz"),
    ("« L'Europe doit enfin se réveiller », s'agace Emmanuel Macron.", "Emmanuel Macron"),
    ("« Nous verrons bien ce qui se passe », sourit Donald Trump.", "Donald Trump"),
    ("Le Kremlin a publié un communiqué. « Nous sommes prêts à tout », a grincé Dmitri Peskov.", "Dmitry Peskov"),
])
def test_a_quote_is_said_whatever_the_verb_of_its_incise(parse, text, speaker):
    assert _speakers(parse, text) == [speaker]
    # a quoted name, then a verb that is no incise
    assert _claims(parse, "Le programme « Bouclier du Nord pour la paix », lancé en 2020, a été prolongé jusqu'en mars.") == []


# ---------------------------------------------------------------- claims16: 'se féliciter des', 's'inquiéter du'
@pytest.mark.parametrize("text", [
    "Joe Biden s'est félicité des progrès réalisés.",
    "Joe Biden et Xi Jinping se sont parlé. Les deux dirigeants se sont félicités des progrès réalisés.",
])
def test_des_after_a_reflexive_verb_is_its_de(parse, text):
    assert _speakers(parse, text) == ["Joe Biden"]


# ---------------------------------------------------------------- claims16: 'indique-t-on de source diplomatique'
@pytest.mark.parametrize("text", [
    "Le Kremlin a démenti toute rencontre. La discussion aurait été tendue, indique-t-on de source diplomatique.",
    "Le Kremlin a démenti toute rencontre. La discussion aurait été tendue, précise-t-on de sources concordantes.",
])
def test_a_bare_source_names_nobody_the_same_source_the_last_speaker(parse, text):
    assert _speakers(parse, text) == ["Kremlin"]
    same = "Le Kremlin a démenti toute rencontre. La discussion aurait été tendue, a-t-on ajouté de même source."
    assert _speakers(parse, same) == ["Kremlin", "Kremlin"]


# ---------------------------------------------------------------- claims16: a description's article gives its gender
def test_la_presidente_is_not_the_president_named_before(parse):
    text = ("Ursula von der Leyen et Antonio Costa ont appelé vendredi le président turc. "
            "La présidente de la Commission a déclaré que l'Union européenne était prête à approfondir ses relations avec Ankara.")
    assert _speakers(parse, text) == ["Ursula von der Leyen"]


def test_a_short_quote_opening_its_sentence_before_an_incise_is_said(parse):
    assert _claims(parse, "Le Kremlin a réagi. « C'est une farce », a raillé Dmitri Peskov.") == [("Dmitry Peskov", "C'est une farce")]
    # a few quoted words inside a sentence stay part of it
    assert _speakers(parse, "Il a qualifié la rencontre de « constructive », a précisé l'Élysée.") == ["Élysée Palace"]


# ---------------------------------------------------------------- claims16: misread names, kickers
def test_a_name_read_in_part_as_a_verb_still_opens_its_clause(parse):
    assert _speakers(parse, "Nasser Bourita a affirmé que le Maroc restait attaché au dialogue.") == ["Nasser Bourita"]


def test_an_outlet_kicker_before_a_dash_is_no_subject(parse):
    text = "TV5MONDE - Le Premier ministre indien Narendra Modi a confié avoir parlé avec Vladimir Poutine de la nécessité d'un dialogue."
    assert _speakers(parse, text, "2024-07-30") == ["Narendra Modi"]


def test_unnamed_sources_cited_by_a_medium_are_the_mediums_word(parse):
    text = "La Russie serait prête à discuter d'un cessez-le-feu, selon des sources proches du Kremlin citées par l'agence Reuters."
    assert _speakers(parse, text) == ["Reuters"]


@pytest.mark.parametrize(("text", "speaker"), [
    # the agent hung by the parser on the day
    ("Le parti a remporté 52,3% des voix, selon les résultats provisoires annoncés vendredi par le ministre de l'Intérieur "
     "et des Collectivités locales, Gérald Darmanin.", "Gérald Darmanin"),
    ("La croissance a ralenti au premier trimestre, selon les chiffres publiés jeudi par le Kremlin.", "Kremlin"),
])
def test_figures_a_participle_says_someone_issued_are_that_agents_word(parse, text, speaker):
    """'selon les résultats annoncés par X': the agent of the participle after the noun speaks."""
    assert _speakers(parse, text, "2022-06-13") == [speaker]


def test_a_document_published_by_a_body_leaves_the_sentence_to_its_subject(parse):
    text = "Vladimir Poutine a jugé que la situation s'aggravait, d'après le compte rendu publié par le Kremlin."
    assert _speakers(parse, text) == ["Vladimir Putin"]


@pytest.mark.parametrize("text", [
    "Les ventes de blé vers l'Égypte ont reculé de 30 %, selon les chiffres de l'Union des exportateurs de céréales d'Ukraine (UGA).",
    "Les commandes ont baissé de 12 %, selon les chiffres de la Chambre de commerce de France.",
])
def test_a_country_inside_the_name_of_an_unknown_body_does_not_speak(parse, text):
    """'selon les chiffres de l'Union des exportateurs de X': the body whose name holds the country
    speaks, not the country; unknown, nobody kg can name."""
    assert _claims(parse, text) == []


def test_a_country_in_a_selon_phrase_of_its_own_still_speaks(parse):
    assert _speakers(parse, "Les commandes ont baissé de 12 %, selon les chiffres de la Russie.") == ["Russia"]


def test_a_verb_after_et_shares_the_subject_before_it_is_no_incise(parse):
    text = ("Le président ukrainien Volodymyr Zelensky a dénoncé « un espace de désinformation » créé par Moscou, "
            "et a rappelé que son mandat restait légitime.")
    assert _speakers(parse, text) == ["Volodymyr Zelensky", "Volodymyr Zelensky"]


# ---------------------------------------------------------------- lead17: split participles, bodies behind a spokesperson
def test_a_participle_after_an_adverbial_phrase_between_commas_keeps_its_subject(parse):
    """'X a, de son côté, jugé ...': the parser made the phrase's noun the root and the participle
    its clause, with 'a' and X hung apart: no claim was read."""
    text = "Emmanuel Macron a, de son côté, jugé « indispensable » un cessez-le-feu rapide au Soudan."
    assert _speakers(parse, text) == ["Emmanuel Macron"]


def test_a_demand_of_several_leaders_is_the_first_s_not_that_of_a_relative_after_it(parse):
    """'Les trois dirigeants réclament X, dont Y revendique ...': the leaders counted speak as the first
    of them; the relative's subject says something of X, not the sentence."""
    text = ("Emmanuel Macron, Olaf Scholz et Donald Tusk se sont parlé mardi. Les trois dirigeants réclament un recomptage "
            "des bulletins du scrutin, dont Alexandre Loukachenko revendique la victoire.")
    assert _speakers(parse, text) == ["Emmanuel Macron"]


def test_a_participle_the_parser_hung_on_a_relative_between_commas_is_the_antecedent_s(parse):
    """'X, qui a rompu avec Y, a de son côté qualifié ...': the participle read as an adverb of the
    relative's verb, the comma closing the relative taken for an incise's: X speaks."""
    text = "Le président chilien Gabriel Boric, qui a rompu avec Managua, a de son côté qualifié l'élection de « mascarade »."
    assert _speakers(parse, text) == ["Gabriel Boric"]


def test_a_participle_the_parser_hung_on_its_subject_as_an_adverb_is_the_subject_s(parse):
    """'Le président X, qui ..., a de son côté qualifié ...' with the participle read as an adverb of
    the noun the parser made the root: the comma before it was taken for an incise's, nobody spoke."""
    text = ("Gabriel Boric a parlé avec Gustavo Petro jeudi. Le président équatorien Daniel Noboa, qui a rompu avec Caracas, "
            "a de son côté qualifié le scrutin de « farce ».")
    assert _speakers(parse, text) == ["Daniel Noboa"]


@pytest.mark.parametrize("text,speaker", [
    ("Selon le porte-parole du gouvernement indien, New Delhi n'a jamais acheté d'armes à ce pays.", "Government of India"),
    ("D'après un porte-parole du gouvernement allemand, Berlin « n'a reçu aucune demande » de Kiev.", "Government of Germany"),
])
def test_a_spokesperson_of_a_government_speaks_for_it(parse, text, speaker):
    """The government named under the spokesperson was no body (it is one only where it speaks):
    the claim had no speaker and was dropped."""
    assert _speakers(parse, text) == [speaker]


def test_a_name_after_the_comma_of_an_opening_adjunct_is_the_verbs_subject(parse):
    """'Dans un entretien accordé au Monde, X affirme que ...': the parser hung X on 'entretien' as an
    apposition; the verb had no subject and the claim went to the country of the reported clause."""
    text = "Dans un entretien accordé au Monde, Olaf Scholz affirme que l'Allemagne restera aux côtés de la Moldavie."
    assert _speakers(parse, text) == ["Olaf Scholz"]


def test_a_quote_after_a_predicate_and_a_colon_is_the_subjects(parse):
    """'X a été clair : « ... »': the colon hangs on an adjective (with its copula), not a verb; the
    quote had no speaker."""
    text = "Le président polonais a été clair : « La Pologne ne cédera pas. »"
    assert _claims(parse, text) == [("Andrzej Duda", "La Pologne ne cédera pas.")]


@pytest.mark.parametrize("text,expected", [
    ("« Nous ne signerons rien sous la pression. » Le Premier ministre polonais, Donald Tusk, a refermé la porte lundi.",
     [("Donald Tusk", "Nous ne signerons rien sous la pression.")]),
    ("« Nous ne signerons rien sous la pression. »\nDonald Tusk a refermé la porte lundi.", []),
])
def test_a_quote_standing_alone_before_anyone_speaks_is_the_next_sentences_subjects(parse, text, expected):
    """A quote that is a sentence of its own at the head of a paragraph had no speaker; the person
    the next sentence of the paragraph is about said it (not across a paragraph break)."""
    assert [(s, t) for s, t in _claims(parse, text) if t.startswith("Nous")] == expected


@pytest.mark.parametrize("text,speaker", [
    ("« Rien n'est encore décidé. » D'après la Maison Blanche, Joe Biden a évoqué une visite à Kiev.", "White House"),
    ("« Il a été très ferme avec son interlocuteur. » Selon un conseiller du Kremlin, Vladimir Poutine a réclamé la levée "
     "des sanctions.", "Kremlin"),
])
def test_a_quote_standing_alone_before_a_sourced_sentence_is_the_sources(parse, text, speaker):
    """The next sentence's subject is talked about; the source it names ('selon un conseiller du
    Kremlin') is who told the writer both the quote and what follows."""
    assert [s for s, t in _claims(parse, text) if t.startswith(("Rien", "Il a"))] == [speaker]


@pytest.mark.parametrize("text,speaker", [
    ("« Nous avons parlé pendant une heure », a-t-elle confié au micro d'une radio. La cheffe du gouvernement italien "
     "Giorgia Meloni a précisé que l'échange portait sur l'immigration.", "Giorgia Meloni"),
    ("« Le dialogue reste ouvert », a-t-il assuré lors d'un point presse. Selon le Kremlin, Vladimir Poutine a proposé "
     "une rencontre.", "Vladimir Putin"),
])
def test_an_inverted_pronoun_with_no_one_before_it_is_the_next_sentences_subject(parse, text, speaker):
    """'a-t-elle confié' opening an article points forward: the person the next sentence of the
    paragraph names (its subject, not the source it credits for itself)."""
    assert [s for s, t in _claims(parse, text) if t.startswith(("Nous", "Le dialogue"))] == [speaker]


@pytest.mark.parametrize("text,published,speaker", [
    ("Le roi Abdallah II a reçu lundi le président Emmanuel Macron. Le souverain a plaidé pour un cessez-le-feu immédiat.",
     "2024-03-12", "Abdullah II of Jordan"),
    ("AMMAN - Le souverain a adressé un message de félicitations au roi Felipe VI. Le monarque y salue « une amitié "
     "séculaire ».", "2024-03-12", "Abdullah II of Jordan"),
])
def test_le_souverain_is_the_monarch_named_before_or_of_the_dispatch(parse, text, published, speaker):
    """'le souverain' named nobody (it was no role), and 'le monarque' in a dispatch from a
    monarchy's capital is that country's monarch, not the other king the message goes to."""
    assert set(_speakers(parse, text, published)) == {speaker}


@pytest.mark.parametrize("text,speaker", [
    ("Olaf Scholz a affirmé que l'Allemagne resterait « un partenaire fiable et engagé de Kiev », a indiqué la chancellerie allemande.",
     "German Chancellery"),
    ("Emmanuel Macron a exhorté Vladimir Poutine à « cesser immédiatement les frappes » sur les civils, rapporte l'agence Reuters.",
     "Reuters"),
])
def test_an_incise_after_a_quote_inside_reported_speech_credits_the_whole_sentence(parse, text, speaker):
    """A quote inside what a reporting verb reports, then an incise: the incise's source tells the
    whole sentence (as without the quote), not the quoted words alone, left to the subject."""
    assert _speakers(parse, text) == [speaker]


def test_a_pronoun_after_quant_a_is_no_subject(parse):
    """'La Maison Blanche a quant à elle indiqué': 'elle', made a subject by the parser, is the
    subject set apart, not the person talked about before."""
    text = "Emmanuel Macron s'est entretenu avec Joe Biden. La Maison Blanche a quant à elle indiqué que l'échange avait été constructif."
    assert _speakers(parse, text) == ["White House"]


def test_a_participle_after_an_incise_of_two_words_is_the_incises(parse):
    """', a fait savoir son bureau, ajoutant que ...': the participle goes on for whoever the incise
    names after its two words, not for the subject of the clause the incise reports."""
    text = "Emmanuel Macron a remercié Olaf Scholz, a fait savoir l'Élysée, ajoutant que les deux dirigeants se reparleraient bientôt."
    assert _speakers(parse, text) == ["Élysée Palace", "Élysée Palace"]


def test_who_published_a_compte_rendu_speaks_through_it(parse):
    """'compte rendu', two words for the parser, is a document like 'communiqué': 'y lit-on' after it
    reads the words of whoever published it."""
    text = "Le Kremlin a publié un compte rendu de l'entretien.\n« Les deux présidents ont évoqué la sécurité énergétique en Europe », y lit-on."
    assert _speakers(parse, text) == ["Kremlin"]


def test_relater_reports(parse):
    assert _speakers(parse, "Vladimir Poutine et Xi Jinping ont évoqué le commerce bilatéral, a relaté l'agence Xinhua.") == ["Xinhua"]


def test_a_question_whose_verb_governs_the_reporting_one_is_the_writers(parse):
    """'X a-t-il eu raison de qualifier ... ?': the inverted subject sits on the verb of the
    question, not on the reporting infinitive it governs; nobody says it."""
    assert _claims(parse, "Emmanuel Macron a-t-il eu tort de qualifier la Russie de « menace durable » ?") == []


def test_a_en_croire_attributes_like_selon(parse):
    assert _speakers(parse, "Les deux présidents ont évoqué la crise énergétique, à en croire le Kremlin.") == ["Kremlin"]


def test_a_role_between_commas_after_a_name_is_that_person(parse):
    """'X, sa porte-parole, a confirmé': the parser may make the role the subject and hang the name
    elsewhere; the role names nobody by itself ('sa' is no article)."""
    text = "Donald Trump a parlé avec Vladimir Poutine.\nKaroline Leavitt, sa porte-parole, a confirmé que l'Ukraine avait été évoquée."
    assert _speakers(parse, text, "2025-03-12") == ["Karoline Leavitt"]


def test_an_infinitive_after_an_adjunct_between_commas_is_what_was_asked(parse):
    """'a demandé à X, lors de leur appel, de ...': the parser hangs the infinitive on the call noun."""
    text = "Emmanuel Macron a demandé à Benjamin Netanyahu, lors d'un appel difficile, de protéger les civils."
    assert _speakers(parse, text) == ["Emmanuel Macron"]


def test_a_medium_noun_with_a_name_of_its_own_is_not_the_last_medium(parse):
    """'selon l'agence officielle iranienne Irna' after 'sur le réseau social X': the agency is the
    one it names, not the medium named last."""
    text = ("Emmanuel Macron a écrit sur le réseau social X qu'il restait prudent. Selon l'agence officielle iranienne Irna, "
            "Massoud Pezeshkian a affirmé que l'Iran voulait négocier.")
    assert "X" not in _speakers(parse, text, "2025-06-20")[1:]


def test_a_t_on_appris_de_names_where_it_was_learnt(parse):
    text = "Justin Trudeau a parlé avec le président égyptien. Le premier ministre a souligné l'importance de protéger les civils, " \
           "a-t-on appris de son bureau."
    assert _speakers(parse, text, "2023-11-09") == ["Prime Minister's Office (Canada)"]


def test_an_incise_hung_on_the_clause_it_reports_keeps_its_inverted_subject(parse):
    """'X a reçu un appel de Y, annonce la présidence': the parser may make 'appel' the subject of
    'annonce' and hang 'annonce' on 'reçu'; the presidency after the verb says the sentence."""
    text = "Le président Macky Sall a reçu mardi un appel téléphonique du président français Emmanuel Macron, " \
           "annonce la présidence sénégalaise dans un communiqué."
    assert _speakers(parse, text, "2022-09-14") == ["Presidency of Senegal"]


def test_the_agent_of_a_participle_hung_on_the_words_quoted_speaks(parse):
    """'un entretien qualifié de « constructif » par le Kremlin': the parser hangs 'par le Kremlin'
    on the quoted word; the participle's agent is who qualified the talk."""
    assert _speakers(parse, "Les deux présidents ont eu un entretien qualifié de « constructif » par le Kremlin.") == ["Kremlin"]


# ---------------------------------------------------------------- an outlet described by its country
@pytest.mark.parametrize("text, outlet", [
    ("Le président turc a parlé mardi avec Emmanuel Macron, selon Anadolu. "
     "Il a plaidé pour une trêve à Gaza, a ajouté l'agence turque.", "Anadolu Agency"),
    ("Le chef de l'État algérien a reçu un appel de son homologue tunisien, a rapporté l'agence APS. "
     "Les échanges ont porté sur la sécurité aux frontières, a précisé l'agence algérienne.", "Algérie Presse Service"),
])
def test_an_outlet_described_by_its_country_is_the_outlet_named_before(parse, text, outlet):
    assert _speakers(parse, text)[-1] == outlet


@pytest.mark.parametrize("text, outlet", [
    ("Le roi de Jordanie s'est entretenu lundi avec le président égyptien, a rapporté Petra.", "Jordan News Agency"),
    ("Le prince héritier saoudien a téléphoné au président iranien, rapporte l'agence officielle SPA.", "Saudi Press Agency"),
])
def test_a_state_agency_named_by_its_short_name_speaks(parse, text, outlet):
    assert _speakers(parse, text) == [outlet]


# ---------------------------------------------------------------- an unnamed source of a country's government
@pytest.mark.parametrize("text", [
    "Olaf Scholz a parlé mardi avec Emmanuel Macron, selon une source gouvernementale allemande.",
    "Selon des sources gouvernementales allemandes, le chancelier a appelé le président français mardi.",
    "Olaf Scholz se rend mercredi à Paris pour rencontrer Emmanuel Macron, a-t-on appris de source gouvernementale allemande.",
])
def test_a_government_source_of_a_named_country_is_that_government(parse, text):
    assert _speakers(parse, text) == ["Government of Germany"]


def test_an_unnamed_diplomatic_source_is_still_nobody(parse):
    assert _speakers(parse, "Emmanuel Macron a parlé mardi avec Olaf Scholz, selon une source diplomatique française.") == []


@pytest.mark.parametrize("text, speaker", [
    ("Selon une source à la présidence sénégalaise, le chef de l'État a appelé son homologue malien.", "Presidency of Senegal"),
    ("Le sommet se tiendra en juin, selon des sources au Kremlin.", "Kremlin"),
])
def test_an_unnamed_source_inside_a_named_body_is_that_body(parse, text, speaker):
    """'une source à la présidence X' works there: the body speaks through it, as 'a-t-on appris à
    l'Élysée' does; 'à la présidence' after a source is the institution, not the office one is elected to."""
    assert _speakers(parse, text) == [speaker]


def test_the_office_of_a_subject_after_an_opening_phrase_speaks(parse):
    """'Quatre jours après le sommet, X ...': the parser makes the opening phrase the subject and X
    its conjunct; 'son bureau' is still X's office, which speaks."""
    text = "Quatre jours après le sommet de Bruxelles, Justin Trudeau n'a toujours pas parlé à Joe Biden, a confirmé mardi son bureau."
    assert _speakers(parse, text) == ["Prime Minister's Office (Canada)"]


def test_the_office_of_a_former_leader_whose_call_verb_is_misread_speaks_as_them(parse):
    text = ("L'ancienne chancelière allemande Angela Merkel a téléphoné à Emmanuel Macron, a fait savoir son bureau. "
            "Elle a dit vouloir soutenir l'initiative franco-allemande.")
    assert _speakers(parse, text) == ["Angela Merkel", "Angela Merkel"]


@pytest.mark.parametrize("text,speaker", [
    ("L'ancienne Première ministre britannique Theresa May a téléphoné à Olaf Scholz, a confirmé son porte-parole. "
     "Elle a dit vouloir renforcer le dialogue.", "Theresa May"),
])
def test_a_call_participle_read_as_a_noun_is_the_verb_of_its_subject(parse, text, speaker):
    """'X a téléphoné à Y': the tagger reads 'téléphoné' as a noun (the noun 'téléphone' folded);
    after its auxiliary it is the call verb, X its subject, whom 'elle' after then points back to."""
    doc = parse(text, "2024-09-11")
    participle = next(t for t in doc if t.text == "téléphoné")
    assert (participle.pos_, participle.lemma_) == ("VERB", "téléphoner")
    assert [s for s, said in _claims(parse, text, "2024-09-11") if said.startswith("Elle")] == [speaker]


@pytest.mark.parametrize("text,count", [
    ("Le Kremlin a rejeté toute idée de trêve pendant les fêtes.", 1),
    ("Moscou a rejeté les accusations de Kiev.", 1),
    ("Emmanuel Macron a rejeté cette demande.", 0),
    ("Le gouvernement a rejeté le texte en commission.", 0),
])
def test_rejecting_an_idea_states_a_view_rejecting_a_demand_does_not(parse, text, count):
    """'rejeter' reports when its object carries a statement (an idea, a proposal, an accusation);
    turning down a demand or a bill is an act, no statement."""
    assert len(_claims(parse, text)) == count


# ---------------------------------------------------------------- claims45: wider francophone press
@pytest.mark.parametrize("text,speaker", [
    ("La Russie ne cédera pas sur la Crimée, dixit Sergueï Lavrov.", "Sergey Lavrov"),
    ("« Rien n'est encore décidé », dixit le porte-parole du Kremlin, Dmitri Peskov.", "Dmitry Peskov"),
    ("Le cessez-le-feu tiendra jusqu'à lundi, dixit la Maison Blanche.", "White House"),
])
def test_dixit_names_the_source_as_selon_does(parse, text, speaker):
    """'..., dixit X': the Latin marker (tagged a noun or a proper noun, never a verb) attributes what
    comes before it to X, as 'selon X' does."""
    assert _speakers(parse, text, "2025-03-12") == [speaker]


@pytest.mark.parametrize("text", [
    "Lors de son entretien téléphonique avec Jean-Noël Barrot, Wang Yi a indiqué que la partie chinoise était prête "
    "à renforcer le dialogue stratégique.",
    "Lors de son entretien avec Jean-Noël Barrot, Wang Yi a indiqué que la Chine était prête à renforcer le dialogue.",
])
def test_a_name_between_an_opening_phrase_and_its_verb_is_no_incise(parse, text):
    """'Lors de son entretien avec X, Wang Yi a indiqué que ...': the parser hangs the name on X as an
    apposition, leaving the verb no subject; a name between the comma and the verb still opens the
    clause, so the verb is no incise ('..., a indiqué Wang Yi') and the name speaks, not the clause's subject."""
    assert _speakers(parse, text, "2025-04-17") == ["Wang Yi"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Olaf Scholz a tweeté son soutien à l'Ukraine.", "Olaf Scholz"),
    ("Emmanuel Macron a tweeté sa solidarité avec les familles des victimes.", "Emmanuel Macron"),
])
def test_a_stance_tweeted_by_a_participle_read_as_a_noun_is_a_claim(parse, text, speaker):
    """'tweeté' tagged a noun: its object, which the parser makes the noun's dependent, is what was said."""
    assert _speakers(parse, text) == [speaker]


def test_a_tweeted_picture_is_no_claim(parse):
    assert _claims(parse, "Olaf Scholz a posté une photo de la rencontre.") == []


@pytest.mark.parametrize(("text", "speaker"), [
    ("Tamim ben Hamad Al Thani a reçu un appel du président Erdogan. L'Émir a affirmé son soutien au cessez-le-feu.",
     "Tamim bin Hamad Al Thani"),
    ("Abdallah II a reçu un appel du président Erdogan. Le Roi a affirmé son soutien au cessez-le-feu.", "Abdullah II of Jordan"),
])
def test_a_role_written_with_a_capital_is_the_person_talked_about(parse, text, speaker):
    """'l'Émir', 'le Roi': the tagger makes a capitalised role a name; it is a description all the same."""
    assert _speakers(parse, text) == [speaker]


@pytest.mark.parametrize("text,speaker,parts", [
    ("Le président Kaïs Saïed a souligné l'importance des liens historiques, a réaffirmé le soutien de la Tunisie au peuple "
     "palestinien, a salué le rôle de l'Égypte et a exprimé son souhait d'une paix durable.", "Kais Saied",
     ["l'importance des liens", "le soutien de la Tunisie", "le rôle de l'Égypte", "son souhait d'une paix"]),
    ("Le roi Abdallah II a affirmé que la Jordanie refusait tout déplacement de population, a rappelé que Jérusalem restait une ligne rouge "
     "et a souhaité que les pourparlers reprennent.", "Abdullah II of Jordan",
     ["la Jordanie refusait", "Jérusalem restait une ligne rouge", "les pourparlers reprennent"]),
])
def test_a_communique_listing_predicates_gives_one_claim_each_to_their_subject(parse, text, speaker, parts):
    claims = _claims(parse, text)
    assert len(claims) == len(parts)
    assert {s for s, _ in claims} == {speaker}
    assert all(part in said for part, (_, said) in zip(parts, claims, strict=True))


@pytest.mark.parametrize("text,ends", [
    ("Le président Abdelmadjid Tebboune a souligné la profondeur des liens entre les deux peuples, a réaffirmé le soutien "
     "de l'Algérie à la cause sahraouie et a salué la coopération énergétique.",
     ["deux peuples", "cause sahraouie", "coopération énergétique"]),
    ("Vladimir Poutine a rappelé que la Russie restait ouverte au dialogue et a souligné l'importance des échanges commerciaux.",
     ["ouverte au dialogue", "échanges commerciaux"]),
])
def test_a_listed_statement_stops_where_the_next_one_starts(parse, text, ends):
    """A communiqué's list ('X a souligné ..., a réaffirmé ... et a salué ...'): each predicate says its
    own part; the text of one does not run over the statements listed after it."""
    claims = _claims(parse, text)
    assert len(claims) == len(ends)
    assert all(said.rstrip(".").endswith(end) for end, (_, said) in zip(ends, claims, strict=True)), claims


@pytest.mark.parametrize("text,speaker", [
    ("Pedro Sánchez a tweeté que l'Espagne accueillerait les réfugiés sans condition.", "Pedro Sánchez"),
])
def test_a_post_tweeted_as_a_clause_is_a_claim_when_avoir_is_read_as_the_verb(parse, text, speaker):
    assert _speakers(parse, text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Le porte-parole du gouvernement hongrois, Zoltán Kovács, a démenti mardi qu'un entretien ait eu lieu entre "
     "Viktor Orbán et Robert Fico, comme l'affirmait la veille un quotidien de Bratislava.", "Zoltán Kovács"),
    ("Le ministre de l'Intérieur Gérald Darmanin a démenti qu'une réunion ait eu lieu, comme l'affirmait un journal de Berlin.",
     "Gérald Darmanin"),
])
def test_a_comme_clause_on_a_reporting_verb_leaves_the_sentence_to_its_subject(parse, text, speaker):
    assert _speakers(parse, text) == [speaker]


@pytest.mark.parametrize("text,found", [
    ("« Nous tiendrons », a déclaré Olaf Scholz devant les députés, en appelant l'Europe à rester unie.",
     [("Olaf Scholz", "Nous tiendrons")]),
    ("« Le dialogue doit reprendre », a affirmé le chancelier Olaf Scholz lors d'un point presse, en insistant sur le rôle de l'ONU.",
     [("Olaf Scholz", "Le dialogue doit reprendre")]),
    ("« Le dialogue continue », a déclaré le ministre Paul Garnier, sans exclure de nouvelles sanctions.",
     [("Paul Garnier", "Le dialogue continue")]),
    ("« Nos usines tiendront », a assuré la ministre Claire Vasseur devant la presse, sans exclure un nouvel appel à Washington.",
     [("Claire Vasseur", "Nos usines tiendront")]),
])
def test_a_gerund_after_a_quote_s_incise_is_no_claim_of_its_own(parse, text, found):
    """'« ... », a déclaré X, en appelant Y à ...', '..., sans exclure ...': how the quote was
    said, not a second claim that begins with the incise."""
    assert _claims(parse, text) == found


@pytest.mark.parametrize("text", [
    "La chancelière Ingrid Dalberg a longtemps misé sur le dialogue. « Elle écoute avant de trancher », résume "
    "l'un de ses anciens conseillers, Paul Vernier. Elle reconnaît aujourd'hui avoir sous-estimé la menace.",
])
def test_a_pronoun_is_not_a_person_the_text_shows_of_the_other_gender(parse, text):
    assert _speakers(parse, text)[-1] == "Ingrid Dalberg"


def test_a_plural_role_noun_is_not_the_person_talked_about(parse):
    """'Les diplomates racontent que ...': a group the text does not name speaks, not the leader
    they speak of; 'les deux présidents' (counted) still stands for the leaders talked about."""
    text = ("La chancelière Ingrid Dalberg a longtemps misé sur le dialogue. Les diplomates néerlandais racontent "
            "qu'elle préparait chaque réunion comme un examen.")
    assert _speakers(parse, text) == []


def test_a_demonstrative_role_noun_points_back_to_the_unnamed_one_it_introduced(parse):
    """'Selon un haut responsable, ... a ajouté ce responsable': the official nobody names, not the
    leader talked about before him."""
    text = ("Le président Marc Olivier a appelé son homologue lundi. Selon un haut responsable du gouvernement, les deux "
            "hommes ont évoqué la frontière. Aucune rencontre n'est prévue, a ajouté ce responsable.")
    assert "Marc Olivier" not in _speakers(parse, text)


def test_il_is_not_a_woman_the_text_names_with_a_feminine_article(parse):
    text = ("Le ministre Marc Olivier a présenté le budget lundi. « Les comptes sont tenus », a assuré la secrétaire "
            "d'État Julie Ferrand. Il a ajouté que la dette baisserait dès l'an prochain.")
    assert _speakers(parse, text) == ["Julie Ferrand", "Marc Olivier"]


def test_a_phrase_in_a_before_the_verb_is_not_what_one_calls_for(parse):
    text = "Au printemps, la chancelière Ingrid Dalberg appela le président russe pour lui parler de la frontière."
    assert _claims(parse, text) == []


# ---------------------------------------------------------------- claims66: wording found in whole articles
@pytest.mark.parametrize("text,speakers", [
    # the parser climbs from the participle to the clause's subject, a name of what is described
    ("Jugé « tendu » par des diplomates européens, l'échange entre Olaf Scholz et Vladimir Poutine a duré une heure.", []),
    ("Qualifié de « constructif » par le Kremlin, l'entretien entre Emmanuel Macron et Vladimir Poutine a duré deux heures.",
     ["Kremlin"]),
])
def test_a_participle_opening_the_sentence_speaks_through_its_agent_not_the_subject(parse, text, speakers):
    """'Décrite comme « franche » par des sources, la conversation entre X et Y ...': the participle's
    agent describes, whoever the subject names; unnamed sources are no one."""
    assert _speakers(parse, text) == speakers


@pytest.mark.parametrize("text,speaker", [
    ("« Nous ne reculerons pas », conteste Emmanuel Macron.", "Emmanuel Macron"),
    ("Olaf Scholz a reçu Giorgia Meloni. « L'Europe doit se réveiller », conteste Emmanuel Macron.", "Emmanuel Macron"),
])
def test_an_incise_verb_tagged_as_a_noun_after_a_quote(parse, text, speaker):
    """'», conteste X': the present read as the noun 'conteste', given X as its subject by the parser."""
    assert _claims(parse, text)[-1] == (speaker, text.split("« ")[1].split(" »")[0])


@pytest.mark.parametrize("text,said", [
    ("Dmitri Peskov y voit « une provocation ».", True),
    ("Le Kremlin y voit une manœuvre pour gagner du temps.", True),
    ("Emmanuel Macron voit Olaf Scholz mardi à Berlin.", False),  # sight, a meeting
])
def test_y_voir_states_a_reading(parse, text, said):
    """'X y voit Y': what X reads into it, a stance; 'voir' without 'y' is no statement."""
    assert bool(_claims(parse, text)) is said


# ---------------------------------------------------------------- claims77: a source or a pronoun of another clause
@pytest.mark.parametrize("text,speakers", [
    ("Olaf Scholz a reçu le président brésilien à Berlin. Lula a, de son côté, appelé à « une trêve immédiate » "
     "et plaidé pour des négociations, seule voie selon lui vers « une paix juste ».", ["Luiz Inácio Lula da Silva"] * 2),
    # on the clause itself, 'selon lui' is someone else's account of what the subject did
    ("Emmanuel Macron a reçu Olaf Scholz à l'Élysée. Vladimir Poutine a, selon lui, promis une trêve de trois jours.",
     ["Emmanuel Macron"]),
])
def test_selon_lui_in_a_noun_phrase_of_what_a_person_says_is_that_person(parse, text, speakers):
    """'X a plaidé pour des négociations, seule voie selon lui vers la paix': the pronoun after
    'selon' in a noun phrase of what X says is X, not the person talked about before the sentence."""
    assert _speakers(parse, text) == speakers


def test_a_source_cited_by_an_outlet_on_a_day_is_the_outlet_whatever_selon_comes_later(parse):
    """'D'après des sources citées vendredi par X, Y aurait ..., alors que Z, soutenus par W selon
    l'ONU, ...': the fronted source covers the sentence (the day may carry the agent in the parse);
    the later 'selon' only its own phrase."""
    text = ("D'après deux sources diplomatiques citées vendredi par Jeune Afrique, Emmanuel Macron aurait appelé samedi "
            "Paul Kagame, alors que les rebelles, soutenus par Kigali selon l'ONU, avancent.")
    assert _speakers(parse, text) == ["Jeune Afrique"]


def test_a_participle_hung_on_a_quoted_word_speaks_for_the_clause_that_quotes(parse):
    """'X a réaffirmé « le droit de Y à se défendre », tout en insistant sur ...': the parser hangs
    the participle on the quoted infinitive; it climbs out of the quote to X's verb, not to the
    person who spoke before."""
    text = ("Le Premier ministre britannique a téléphoné à Emmanuel Macron. « Ce fut un échange franc », a déclaré la "
            "porte-parole Karine Jean-Pierre, sans donner de détails. Le président américain a réaffirmé « le droit de "
            "l'Ukraine à se défendre », tout en insistant sur la nécessité de « limiter les dommages aux civils » à "
            "Kharkiv, selon le compte rendu publié par Washington.")
    assert _speakers(parse, text)[-2:] == ["Joe Biden", "Joe Biden"]


def test_a_subject_hung_on_its_auxiliary_is_talked_about(parse):
    """'À Kiev, X a pour sa part lancé un appel à la nation.' then '« ... », a-t-il déclaré': the
    parser hangs X on 'a' read as a verb; X is still whom the sentence is about, 'il' after it."""
    text = ("Joe Biden a appelé Olaf Scholz lundi. À Kiev, Volodymyr Zelensky a pour sa part lancé mercredi soir un "
            "appel à la nation, en direct. « Nous ne céderons rien », a-t-il déclaré.")
    assert _speakers(parse, text) == ["Volodymyr Zelensky"]



def test_who_is_told_in_a_passive_incise_does_not_speak(parse):
    """'..., a été informé un journaliste de l'AFP par un responsable': the agent tells, the
    journalist (and his agency) is told; an official nobody names is nobody."""
    text = ("L'appel, qui a duré environ une heure, a été initié par l'Élysée, a été informé un journaliste de l'AFP "
            "par un responsable français.")
    assert "Agence France-Presse" not in _speakers(parse, text)


def test_an_unnamed_official_cited_by_an_outlet_is_the_outlets_word(parse):
    """'Selon un haut responsable canadien cité par X, ...': the parser hangs 'par X' on the
    official, not on 'cité'; the outlet that cites the unnamed official is the source."""
    text = "Selon un haut responsable canadien cité par CBC, Justin Trudeau et Donald Trump se sont parlé ce matin."
    assert _speakers(parse, text) == ["CBC News"]


# ---------------------------------------------------------------- claims77: speakers the reader never found
def test_a_coach_named_before_speaks_as_the_role_in_an_incise(parse):
    """'« ... », a prévenu le sélectionneur': a trade noun after the verb is the person talked about,
    named two sentences before, as 'le politologue' is."""
    text = ("Didier Deschamps a dévoilé sa liste jeudi. Le match aura lieu à Lyon. « Ce sera difficile », a prévenu le "
            "sélectionneur lors de la conférence de presse.")
    assert _speakers(parse, text) == ["Didier Deschamps"]


def test_a_titled_name_after_a_fronted_place_is_the_subject(parse):
    """'À Téhéran, le ministre X a averti que ...': the parser hangs the title and the name on the
    place; the name right before the verb's auxiliary is its subject."""
    text = "À Téhéran, le ministre des Affaires étrangères Abbas Araghchi a averti que toute frappe serait suivie d'une riposte."
    assert _speakers(parse, text) == ["Abbas Araghchi"]


def test_whom_a_clause_joined_by_et_names_before_it_does_not_speak_in_it(parse):
    """'X avait serré la main de Y et lui avait affirmé que ...': Y (and 'lui', Y as addressee) is
    told; a search back for the subject the parse lost stops at the conjunction."""
    text = "Narendra Modi avait serré la main de Volodymyr Zelensky et lui avait affirmé que l'Inde soutenait la paix."
    assert "Volodymyr Zelensky" not in _speakers(parse, text)


# ---------------------------------------------------------------- claimsA79: a second or embedded verb of speech
def test_a_verb_joined_by_mais_shares_the_first_verbs_subject(parse):
    """'X a qualifié de « ... » les propositions ..., mais a estimé que ...': the parser makes the
    first verb's object the subject of the verb after 'mais'; a subject stands after the conjunction,
    so X says both."""
    text = ("Le président Erdogan a qualifié de « sérieuses » les propositions américaines visant à ouvrir une ligne de "
            "crédit de dix milliards de dollars, mais a estimé que leur mise en œuvre restait lente.")
    found = _claims(parse, text)
    assert [s for s, _ in found] == ["Recep Tayyip Erdoğan", "Recep Tayyip Erdoğan"]
    assert found[1][1].startswith("mais a estimé que leur mise en œuvre")


def test_a_participle_hung_inside_the_reported_clause_borrows_the_reporting_verbs_auxiliary(parse):
    """'X a estimé qu'il s'agissait de ... et exhorté Y à ...': the parser hangs 'exhorté' on a noun of
    the clause; with no auxiliary in the clause to share, it shares X's 'a': two statements of X."""
    found = _claims(parse, "Le chancelier Olaf Scholz a estimé qu'il s'agissait d'une erreur grave et exhorté Washington à "
                           "revenir sur sa décision.")
    assert [s for s, _ in found] == ["Olaf Scholz", "Olaf Scholz"]
    assert "exhorté" not in found[0][1] and found[1][1].startswith("et exhorté Washington")


def test_a_participle_after_an_auxiliary_of_the_reported_clause_stays_in_it(parse):
    found = _claims(parse, "Emmanuel Macron a affirmé que Vladimir Poutine avait signé l'accord et promis un cessez-le-feu.")
    assert len(found) == 1 and found[0][1].endswith("promis un cessez-le-feu.")


def test_a_quote_that_ends_a_clause_before_an_incise_is_said_with_the_clause(parse):
    """'La rencontre n'aura lieu que « si ... », a-t-il déclaré': the incise reports the whole clause;
    its unquoted opening is the speaker's too, so the claim starts where the sentence does."""
    text = ("Dmitri Peskov a parlé aux journalistes. La rencontre n'aura lieu que « si les points en discussion "
            "peuvent être réglés d'ici là », a-t-il déclaré.")
    assert [t for s, t in _claims(parse, text) if s == "Dmitry Peskov"][-1].startswith("La rencontre n'aura lieu que « si")


def test_a_quote_after_words_that_are_no_clause_starts_at_the_quote(parse):
    text = "Olaf Scholz a salué l'accord. « Nous sommes prêts », a-t-il indiqué."
    assert _claims(parse, text)[-1] == ("Olaf Scholz", "Nous sommes prêts")


@pytest.mark.parametrize("text,found", [
    ("Emmanuel Macron s'est entretenu mardi avec Olaf Scholz. L'Élysée en a rendu compte dans un communiqué diffusé "
     "dans la soirée :\n\n« Le président de la République a eu un long entretien avec le chancelier allemand. Emmanuel "
     "Macron a souligné que l'Europe devait rester unie face à la crise. »",
     [("Élysée Palace", "Le président de la République a eu"), ("Emmanuel Macron", "Emmanuel Macron a souligné que")]),
    ("Emmanuel Macron a parlé mardi avec Olaf Scholz. Voici le texte du communiqué de l'Élysée :\n\n« Le président de "
     "la République a eu un long entretien avec le chancelier Olaf Scholz.\n\nLe chef de l'Etat a rappelé que l'Europe "
     "devait rester unie, soulignant que la France soutiendrait Kiev. »",
     [("Élysée Palace", "Le président de la République a eu"), ("Emmanuel Macron", "Le chef de l'Etat a rappelé que"),
      ("Emmanuel Macron", "soulignant que la France")]),
])
def test_a_document_s_text_set_off_after_a_colon_is_its_author_s_with_the_reports_in_it(parse, text, found):
    """'X en a rendu compte dans un communiqué :', 'Voici le texte du communiqué de X :', then the text in
    a paragraph of its own: the author's words, not the last person named; and a report inside it is a
    claim of its own, as it would be in the text itself."""
    claims = _claims(parse, text)
    assert len(claims) == len(found)
    assert [(speaker, said[:len(start)]) for (speaker, said), (_, start) in zip(claims, found, strict=True)] == found


def test_a_communique_a_participle_says_who_published_is_that_publisher_s(parse):
    """'Selon le communiqué diffusé dans la soirée par X': the agent of the participle issued it, wherever
    the parser hangs 'par X'; 'le texte' after it is that communiqué, not the person named before."""
    found = _speakers(parse, "Donald Trump a parlé samedi avec Vladimir Poutine. Selon le communiqué diffusé dans la "
                             "soirée par le Kremlin, les deux présidents se sont dits prêts à coopérer. Le texte précise "
                             "que la question des sanctions n'a pas été abordée.")
    assert found == ["Kremlin", "Kremlin"]


@pytest.mark.parametrize("text, speaker", [
    ("Les dirigeants du G7 ont dénoncé « avec la plus grande fermeté » les frappes de la nuit.", "G7"),
    ("Réunis en visioconférence, les dirigeants du G7 ont affirmé que Moscou devait retirer ses troupes.", "G7"),
])
def test_a_group_s_leaders_speak_as_its_body_not_as_one_of_them(parse, text, speaker):
    """'les dirigeants du G7 ont condamné ...': the actors step reads the phrase as each member's leader (for the
    calls they make together); what they say together is the group's word, not that of whichever member came last."""
    assert _speakers(parse, text) == [speaker]


# ---------------------------------------------------------------- claims53: a verb governing the incise's saying infinitive
@pytest.mark.parametrize("text", [
    "« Nous avons trouvé un terrain d'entente, mais le chemin reste long », s'est contenté de dire Olaf Scholz aux journalistes.",
    "Emmanuel Macron a parlé avec Andrzej Duda. « Rien n'est encore décidé sur ce dossier », a tenu à préciser Olaf Scholz devant la presse.",
    "Emmanuel Macron a parlé avec Andrzej Duda. « Rien n'est encore décidé sur ce dossier », a préféré répondre Olaf Scholz.",
])
def test_the_subject_of_a_modal_before_the_saying_infinitive_speaks(parse, text):
    assert _speakers(parse, text) == ["Olaf Scholz"]
