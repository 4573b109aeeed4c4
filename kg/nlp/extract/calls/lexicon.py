"""The cue words of call extraction, folded once per pipeline from `data/cues_fr.json`."""
from __future__ import annotations

from dataclasses import dataclass

from kg.nlp.extract.words import participle_forms
from kg.text import fold


def _folded(values: list[str]) -> frozenset[str]:
    return frozenset(fold(v) for v in values)


def _as_words(phrases: list[str]) -> tuple[str, ...]:
    """Phrases compared with a sentence's words joined by spaces, where an elided article is a
    word of its own: 'dans l'après-midi' is looked for as 'dans l' apres-midi'."""
    return tuple(fold(p).replace("'", "' ") for p in phrases)


def _verb(phrase: str) -> str:
    """'s'entretenir' and 'se parler' are looked up by their verb's lemma."""
    return fold(phrase).removeprefix("s'").removeprefix("se ")


@dataclass(frozen=True)
class CallCues:
    nouns: frozenset[str]
    self_marked_nouns: frozenset[str]
    phrases: dict[str, tuple[str, ...]]  # multiword self-marked nouns ("coup de fil"), by first word
    virtual_event_nouns: frozenset[str]
    conference_nouns: frozenset[str]
    conference_markers: tuple[str, ...]
    phone_verbs: frozenset[str]
    phone_verbs_need_person: frozenset[str]
    phone_verbs_also_saying: frozenset[str]  # 'rappeler': to call back, or to recall ('..., a rappelé X')
    as_said_marks: frozenset[str]  # 'comme l'a rappelé X': the clause in 'comme' credits the sentence
    contact_verbs: frozenset[str]  # 'contacter': a call only when it took place between the leaders named
    reflexive_phone_verbs: frozenset[str]
    talk_verbs: frozenset[str]
    call_verbs: frozenset[str]  # phone_verbs | talk_verbs, made once
    talk_verbs_need_partner: frozenset[str]
    talk_verbs_mentioning: frozenset[str]  # 'X a parlé d'une attaque': one person speaking of a thing mentions it
    line_nouns: frozenset[str]  # 'X a eu Y en ligne': on the phone line, said only of having a person there ...
    line_holding_verbs: frozenset[str]  # ... with these verbs ('en ligne' elsewhere is online)
    talk_verbs_need_reflexive: frozenset[str]
    phone: frozenset[str]
    video: frozenset[str]
    media: frozenset[str]  # phone | video, made once: the rules ask some 20 times an article
    event_adjunct_markers: frozenset[str]
    dating_prepositions: frozenset[str]  # 'une note rédigée avant l'appel', 'depuis l'échange': the call dates another event
    medium_adjunct_markers: frozenset[str]
    light_verbs: frozenset[str]
    arranging_verbs: frozenset[str]  # 'X a organisé un appel entre A et B': X is not on it
    convening_verbs: frozenset[str]  # 'X a convoqué une visioconférence': X asked for it
    setting_up_verbs: frozenset[str]  # 'X convoque un sommet virtuel': a meeting set up, still to come
    chair_nouns: frozenset[str]  # 'sous la présidence de X': X chairs the call, and is on it
    chair_prepositions: frozenset[str]
    chairing_verbs: frozenset[str]  # 'Présidée par X, la réunion a rassemblé A et B': X chairs the call, and is on it
    day_joiners: frozenset[str]  # 'le 12 et le 20 septembre': the words between two days of one list
    habit_adverbs: frozenset[str]  # 'X appelle régulièrement Y': a habit, no call of a day
    habit_determiners: frozenset[str]  # 'X appelait Y chaque semaine': a habit too
    any_determiners: frozenset[str]  # 'avant tout appel entre X et Y': any call, none in particular
    joining_verbs: frozenset[str]
    additive: frozenset[str]  # 'aussi', 'également': someone else on the call just reported
    stressed: frozenset[str]  # 'lui', 'elle': 'Z aurait lui aussi téléphoné à W', a like call of others
    presence: frozenset[str]  # 'présent': 'X était également présent'
    presence_nouns: frozenset[str]  # 'en présence de X': X is on the call
    definite_determiners: frozenset[str]  # 'l'appel', 'cet échange': a call already named
    placing_verbs: frozenset[str]
    receiving_verbs: frozenset[str]  # 'X a reçu un appel de Y': X took the call, Y placed it
    plea_verbs: frozenset[str]  # 'a lancé un appel à X' pleads with X; 'a passé un appel à X' phones X
    call_or_plea_nouns: frozenset[str]  # 'un appel': alone a phone call, but also a plea ('un appel à la retenue')
    plea_prepositions: frozenset[str]  # 'à', 'au', 'aux': what a plea is made for, or to whom
    plea_nouns: frozenset[str]  # 'appeler X à la retenue', 'au dialogue': what X is urged to, no phone call
    locution_nouns: frozenset[str]  # 'au sujet de', 'à propos de', 'à la demande de': an 'à' that opens no plea
    topic_locution_nouns: frozenset[str]  # 'au sujet de X', 'à propos de X': whom the call was about, no side of it
    topic_prepositions: frozenset[str]  # 'concernant X': the same
    weak_nouns: frozenset[str]
    bare_nouns: frozenset[str]  # weak nouns that name the call alone once the article has one: 'la conversation'
    caller_nouns: frozenset[str]
    meeting_adjunct_markers: frozenset[str]
    scheduled_participles: frozenset[str]
    prospect_nouns: frozenset[str]  # 'la perspective d'un appel', 'ouvre la voie à un entretien': a call still to come
    contact_nouns: frozenset[str]  # 'aucun contact n'est envisagé': no call either, said of a call just evoked
    telling_phrases: frozenset[str]  # 'pour lui rendre compte de la conversation': the call told of, not one to come
    clock_time_before: frozenset[str]
    clock_time_after: frozenset[str]
    partner_prepositions: frozenset[str]
    absence_prepositions: frozenset[str]  # 'avec X, sans Y': Y is not on the call
    to_prepositions: frozenset[str]
    of_prepositions: frozenset[str]
    subject_aside: frozenset[str]  # 'le président élu face à Y': Y is not the subject's
    other_event_prepositions: frozenset[str]
    time_anchor_prepositions: frozenset[str]  # 'après l'investiture de X': X is on no call the phrase dates
    handset_verbs: frozenset[str]  # 'avant de décrocher', 'après avoir raccroché': the call just told, its start or end
    call_sequence_prepositions: frozenset[str]  # 'avant cet appel, X avait parlé avec Y': the day of the call told
    time_anchor_nouns: frozenset[str]  # 'au lendemain de la visite de X'
    time_offset_units: frozenset[str]  # 'à quelques jours de l'investiture de X'
    recency_pronouns: frozenset[str]  # 'celui-ci', 'ce dernier': the person named last
    each_of_pronouns: frozenset[str]  # 'chacun d'eux': each of the people named together before
    video_meeting_verbs: frozenset[str]  # 'se sont réunis en ligne', 'a rencontré par liaison vidéo X': a call when by video
    gathering_verbs: frozenset[str]  # 'elle a rassemblé A, B et C': the meeting as subject, its people as object
    separately: tuple[str, ...]  # 'X et Y ont parlé avec Z, chacun de son côté': a call each
    in_sequence: tuple[str, ...]  # 'avec X, puis avec Y': one call after another
    in_turn: frozenset[str]  # 'Y l'appelle à son tour': Y does what the call told before did
    adding_coordinators: frozenset[str]  # 'a téléphoné à A, ainsi qu'à B': B too, a complement the parser hangs apart
    then_nouns: frozenset[str]  # 'avec X à l'époque': X held the role then, not its holder of today
    likewise: tuple[tuple[str, ...], ...]  # 'A a participé à l'appel, tout comme B': B joined it too
    same_kind_pronouns: frozenset[str]  # 'le deuxième appel, après celui du 26 janvier': another call, that day
    consent_nouns: frozenset[str]  # 'avec l'accord de X': X consented, X is not on the call
    interpreter_nouns: frozenset[str]  # 'l'interprète X': X translates the call, X is not a side of it
    next_step_marks: frozenset[str]  # '..., avant de s'entretenir avec Y': the step after the clause it hangs on
    latter_words: frozenset[str]  # 'à la demande de ce dernier': the person last named
    earlier_event_prepositions: frozenset[str]  # 'après un premier échange': a call before the one the clause tells
    pointing_back_determiners: frozenset[str]
    event_pronouns: frozenset[str]  # 'X y a participé': the event just told
    demonstratives: frozenset[str]  # 'cet échange', 'cet appel': the call just told
    in_person_nouns: frozenset[str]
    speech_nouns: frozenset[str]  # 'un discours retransmis en visioconférence': a speech, not a call
    speech_verbs: frozenset[str]  # "s'adresser à l'assemblée par visioconférence": a speech, not a call
    interview_verbs: frozenset[str]  # "un entretien accordé à la radio Z": an interview, not a call
    interviewers: frozenset[str]  # press, broadcast, journalist and agency nouns: who an interview is given to
    in_person_verbs: frozenset[str]
    length_prepositions: frozenset[str]  # 'pendant une heure, les deux dirigeants ont ...': how long the clause lasted
    leaving_verbs: frozenset[str]  # 'sorti de son entretien avec X': a room one leaves, a talk in person
    arrival_verbs: frozenset[str]  # 'Arrivé mercredi à Berlin, X s'est entretenu avec Y': there in person
    meeting_person_verbs: frozenset[str]  # they place a meeting only when what they take is someone
    met_people_nouns: frozenset[str]  # the someone: 'une délégation', 'son homologue', and the role nouns
    staff_nouns: frozenset[str]  # people acting for a leader: 'le conseiller de X', 'les équipes de X'
    reviewing_phrases: frozenset[str]  # 'faire le point' (a verb, or its lemma and its object's), 'évoquer': talk something over
    expected_visit_participles: frozenset[str]  # 'X est attendu à Berlin': a visit announced
    voice_nouns: frozenset[str]  # who speaks for someone: 'le porte-parole de X', 'le bureau de X'
    in_person_venues: frozenset[str]  # 'au palais X', 'à la résidence de Y': where people meet
    devoting_verbs: frozenset[str]  # 'un échange consacré à la Syrie': what 'à' names is the talk's subject, no place
    in_person_trip_markers: frozenset[str]  # 'X, en visite à Kiev, ...'
    in_person_phrases: tuple[str, ...]
    another: frozenset[str]
    new: frozenset[str]  # 'un nouvel appel' naming nobody: another of the pair's; 'nouvel appel entre X et Y' may be the news
    planned: frozenset[str]
    agenda_phrases: tuple[tuple[str, ...], ...]  # 'un appel est à l'ordre du jour': to come; 'n'est pas ...': none
    denial_verbs: frozenset[str]
    comment_verbs: frozenset[str]  # 'a refusé de commenter l'appel': what one may refuse, not the call
    comment_nouns: frozenset[str]  # 's'est refusé à tout commentaire sur l'échange': the same, as a noun
    denied_report_nouns: frozenset[str]  # 'a démenti ces informations': the report of the call just told
    exchange_nouns: frozenset[str]  # 'un échange de prisonniers' trades things; 'un échange de vues' talks
    process_nouns: frozenset[str]  # 'les discussions avec X' may be talks going on for weeks, not one call ...
    resuming_verbs: frozenset[str]  # ... which 'reprendre', 'poursuivre', 'relancer' take up again
    talk_contents: frozenset[str]
    denial_adjectives: frozenset[str]  # 'dément' (démentir), 'nie' (nier) that the tagger reads as an adjective or adverb
    cancel_verbs: frozenset[str]  # 'l'appel a été annulé': it did not take place
    postpone_verbs: frozenset[str]  # 'l'appel a été reporté': it is still to come
    intent_forms: frozenset[str]  # 'X compte appeler Y', 'compte' read as a noun
    hearsay_nouns: frozenset[str]  # 'des rumeurs font état d'un appel'
    attribution: frozenset[str]  # 'selon', 'd'après': who a report comes from
    denied_words: frozenset[str]
    attempt_verbs: frozenset[str]
    answering_words: frozenset[str]  # denial, left-open and report words: of the call the sentence before told, or none
    fulfilment_adverbs: frozenset[str]  # "a bien eu lieu": the plan told before, carried out
    fulfilment_verbs: frozenset[str]  # "ont convenu de se reparler, ce qu'ils ont fait": the plan, done
    possible_adjectives: frozenset[str]  # "un entretien est « possible »": a call that may come
    writer_possessives: frozenset[str]  # "selon nos informations": the outlet writing is the source
    own_source_nouns: frozenset[str]  # what of an outlet's own it may cite: its information, sources, correspondent
    source_nouns: frozenset[str]  # 'selon des sources proches du dossier': unnamed, the outlet's own
    qualifying_verbs: frozenset[str]  # "a qualifié ces informations de « fiction »": a denial with one of the falsity words
    falsity_words: frozenset[str]
    left_open_verbs: frozenset[str]  # "n'a pas confirmé": left open; not "n'a pas commenté", which says nothing
    refusal_verbs: frozenset[str]  # 'a refusé de prendre son appel': no call took place
    unanswered: frozenset[str]
    unconfirmed_phrases: tuple[str, ...]
    mutual: tuple[str, ...]
    initiative: frozenset[str]
    initiated_verbs: frozenset[str]
    que_forms: frozenset[str]  # "cet échange, qu'elle avait sollicité": the relative pronoun of a clause on the call noun
    informing_verbs: frozenset[str]  # 'X a informé Y de sa décision lors d'un appel': X placed it
    lasting_verbs: frozenset[str]  # "l'appel a duré une heure": a call lasts, an appeal does not
    reporting: frozenset[str]
    first_person: frozenset[str]
    second_person: frozenset[str]  # 'Vous avez eu X au téléphone ?': in an interview's question, the interviewee
    repeat_nouns: frozenset[str]
    many_words: frozenset[str]  # 'à plusieurs reprises', 'de nombreuses fois': repeats not counted, on days not told
    earlier_call_verbs: frozenset[str]
    previous_adjectives: frozenset[str]  # 'le précédent appel a eu lieu le 3 mai': an earlier call, in any tense
    last_adjectives: frozenset[str]  # 'leur dernier appel avait eu lieu le 3 mai': one, in the plus-que-parfait
    earlier_ordinals: frozenset[str]  # 'X et Y se sont parlé lundi. Le premier avait eu lieu en août': standing for a call noun
    already: frozenset[str]  # 'ils s'étaient déjà parlé samedi': a call before the one in the news
    neither: frozenset[str]  # "n'a ni confirmé ni démenti": a denial verb joined to a negated one
    happening_verbs: frozenset[str]
    took_place: frozenset[str]  # 'avoir lieu', 'tenir': negated with the call as subject, it did not happen
    not_yet: frozenset[str]  # 'n'a pas encore eu lieu': still to come
    obligation: frozenset[str]  # 'a dû appeler': in the passé composé, an obligation met
    alleged: frozenset[str]  # 'le prétendu appel': told, not vouched for
    first_words: frozenset[str]  # every word a trigger can start with, by form or lemma: one set lookup per token
    pair_words: frozenset[str]
    pair_nouns: frozenset[str]  # 'les deux dirigeants', 'les chefs d'État': a leaders' noun that, plural and definite, means a pair told before
    possibility_verbs: frozenset[str]  # 'pourrait': in the conditional over a call to come, a plan
    possible_when_negated: frozenset[str]  # "n'exclut pas un appel": a call that may come
    untold_when_negated: frozenset[str]  # "aucun appel n'a été annoncé": no call told, none denied
    confirmation_verbs: frozenset[str]  # "n'a pas confirmé", like "n'a pas démenti", leaves the report open
    confirmation_nouns: frozenset[str]  # "qui n'a pas obtenu de confirmation": the source could not confirm it
    appraisal_verbs: frozenset[str]  # 'X a salué un appel avec Y': who judges the call had it
    conditional_auxiliaries: frozenset[str]  # 'seraient', 'aurait': the tagger may read them as a present
    inclusion: tuple[tuple[str, ...], ...]  # 'dont', 'notamment': what follows are members of a group just named
    intention_cues: frozenset[str]
    purpose_marks: frozenset[str]  # 'pour', 'afin', and 'si' of a hypothesis
    hypothesis_marks: frozenset[str]  # 'si': with the imperfect, a call supposed, none told
    same_day_phrases: tuple[str, ...]
    same_day_times: tuple[str, ...]  # those that tell a time of the day ('dans la soirée', 'peu après'), not 'aussi'
    later_today_phrases: tuple[str, ...]  # "doit l'appeler dans la soirée": a plan for the day the article is published
    request_verbs: frozenset[str]
    delegating_verbs: frozenset[str]  # 'X a chargé Y de contacter Z', 'a demandé à Y d'appeler Z': the call is Y's, still to come
    delegating_nouns: frozenset[str]  # 'X a donné instruction à Y de contacter Z': a verb with one as object delegates
    willing: frozenset[str]  # 'X souhaite / a demandé / est prêt à appeler Y', 'a pris l'initiative de': X places the call
    journalist_nouns: frozenset[str]
    person_role_nouns: frozenset[str]  # 'selon le porte-parole du Kremlin, X,': X is who reports
    press_nouns: frozenset[str]  # an outlet's own report, not a wire agency relaying an office
    disclosure_verbs: frozenset[str]  # 'a révélé le journal Z', 'croit savoir Z': an outlet's scoop
    plural_possessives: frozenset[str]  # 'leur entretien': the call of two people the sentence names
    span_prepositions: frozenset[str]  # 'deux appels en 24 heures': a span, not a length
    window_words: frozenset[str]  # 'dans les prochaines 24 heures': a time to come, not a length
    indefinite_articles: frozenset[str]  # 'en marge d'un sommet': not one the article told before
    scheduling_prepositions: frozenset[str]  # 'pour jeudi': the day a call is set for
    official_outlet_words: frozenset[str]  # 'l'agence X', 'la télévision d'État', 'le quotidien officiel': relays an office
    participles: dict[str, str]  # 'telephone' -> 'telephoner', for participles the tagger takes for nouns
    number_words: dict[str, float]
    approximate_numbers: dict[str, float]  # 'une trentaine de minutes' is about 30
    duration_units: dict[str, float]
    duration_lower_bound: tuple[str, ...]
    duration_nouns: frozenset[str]  # 'd'une durée de 45 minutes': the length of what it hangs on
    half_hour_nouns: frozenset[str]  # 'une demi-heure': a length in one word, of 30 minutes
    about_words: frozenset[str]  # "un entretien d'environ une heure": the length still the noun's
    undated_phrases: tuple[str, ...]  # 'a affirmé dimanche avoir parlé à Y, sans préciser quand': no day
    quarter_words: frozenset[str]  # 'trois quarts d'heure'

    @classmethod
    def from_cues(cls, c: dict) -> CallCues:
        self_marked = _folded(c["call_nouns_self_marked"])
        phrases: dict[str, list[str]] = {}
        for phrase in sorted(n for n in self_marked if " " in n):
            phrases.setdefault(phrase.split()[0], []).append(phrase)
        talk = frozenset(_verb(v) for v in c["talk_verbs"])
        phone_verbs = frozenset(_verb(v) for v in c["phone_verbs"])
        return cls(
            nouns=_folded(c["call_nouns"]),
            self_marked_nouns=self_marked,
            phrases={k: tuple(v) for k, v in phrases.items()},
            virtual_event_nouns=_folded(c["virtual_event_nouns"]),
            conference_nouns=_folded(c["conference_nouns"]),
            conference_markers=tuple(fold(x) for x in c["conference_markers"]),
            phone_verbs=phone_verbs,
            phone_verbs_need_person=_folded(c["phone_verbs_need_person"]),
            phone_verbs_also_saying=_folded(c["phone_verbs_also_saying"]),
            as_said_marks=_folded(c["as_said_marks"]),
            contact_verbs=_folded(c["contact_verbs"]),
            reflexive_phone_verbs=frozenset(_verb(v) for v in c["phone_verbs"] if fold(v).startswith(("s'", "se "))),
            talk_verbs=talk,
            call_verbs=talk | phone_verbs,
            talk_verbs_need_partner=_folded(c["talk_verbs_need_partner"]),
            talk_verbs_mentioning=_folded(c["talk_verbs_mentioning"]),
            line_nouns=_folded(c["line_nouns"]),
            line_holding_verbs=_folded(c["line_holding_verbs"]),
            talk_verbs_need_reflexive=frozenset(_verb(v) for v in c["talk_verbs"] if fold(v).startswith(("s'", "se ")))
            - _folded(c["talk_verbs_need_partner"]),
            phone=_folded(c["phone_markers"]),
            video=_folded(c["video_markers"]),
            media=_folded(c["phone_markers"]) | _folded(c["video_markers"]),
            event_adjunct_markers=_folded(c["event_adjunct_markers"]),
            dating_prepositions=_folded(c["dating_prepositions"]),
            medium_adjunct_markers=_folded(c["medium_adjunct_markers"]),
            light_verbs=_folded(c["light_verbs"]),
            arranging_verbs=_folded(c["arranging_verbs"]),
            convening_verbs=_folded(c["convening_verbs"]),
            setting_up_verbs=_folded(c["setting_up_verbs"]),
            chair_nouns=_folded(c["chair_nouns"]),
            chair_prepositions=_folded(c["chair_prepositions"]),
            chairing_verbs=_folded(c["chairing_verbs"]),
            habit_adverbs=_folded(c["habit_adverbs"]),
            habit_determiners=_folded(c["habit_determiners"]),
            any_determiners=_folded(c["any_determiners"]),
            day_joiners=_folded(c["day_joiners"]),
            joining_verbs=frozenset(_verb(v).split()[0] for v in c["joining_verbs"]),
            additive=_folded(c["additive_adverbs"]),
            stressed=_folded(c["stressed_pronouns"]),
            presence=_folded(c["presence_adjectives"]),
            presence_nouns=_folded(c["presence_nouns"]),
            definite_determiners=_folded(c["definite_determiners"]),
            placing_verbs=_folded(c["placing_verbs"]),
            receiving_verbs=_folded(c["receiving_verbs"]),
            plea_verbs=_folded(c["plea_verbs"]),
            call_or_plea_nouns=_folded(c["call_or_plea_nouns"]),
            locution_nouns=_folded(c["adjunct_locution_nouns"]),
            topic_locution_nouns=_folded(c["topic_locution_nouns"]),
            topic_prepositions=_folded(c["topic_prepositions"]),
            plea_prepositions=_folded(c["plea_prepositions"]),
            plea_nouns=_folded(c["plea_nouns"]),
            weak_nouns=_folded(c["call_nouns_weak"]),
            bare_nouns=_folded(c["bare_call_nouns"]),
            caller_nouns=_folded(c["caller_nouns"]),
            meeting_adjunct_markers=_folded(c["meeting_adjunct_markers"]),
            scheduled_participles=_folded(c["scheduled_participles"]),
            prospect_nouns=_folded(c["prospect_nouns"]),
            contact_nouns=_folded(c["contact_nouns"]),
            telling_phrases=_folded(c["telling_phrases"]),
            clock_time_before=_folded(c["clock_time_before"]),
            clock_time_after=_folded(c["clock_time_after"]),
            partner_prepositions=_folded(c["partner_prepositions"]),
            absence_prepositions=_folded(c["absence_prepositions"]),
            to_prepositions=_folded(c["to_prepositions"]),
            of_prepositions=_folded(c["of_prepositions"]),
            subject_aside=_folded(c["subject_aside_prepositions"]),
            other_event_prepositions=_folded(c["other_event_prepositions"]),
            time_anchor_prepositions=_folded(c["time_anchor_prepositions"]),
            handset_verbs=_folded(c["handset_verbs"]),
            call_sequence_prepositions=_folded(c["call_sequence_prepositions"]),
            time_anchor_nouns=_folded(c["time_anchor_nouns"]),
            time_offset_units=_folded(c["time_offset_units"]),
            recency_pronouns=_folded(c["recency_pronouns"]),
            each_of_pronouns=_folded(c["each_of_pronouns"]),
            earlier_event_prepositions=_folded(c["earlier_event_prepositions"]),
            video_meeting_verbs=_folded(c["video_meeting_verbs"]),
            gathering_verbs=_folded(c["gathering_verbs"]),
            separately=tuple(fold(x) for x in c["separate_call_markers"]),
            in_sequence=tuple(fold(x) for x in c["sequence_markers"]),
            in_turn=_folded(c["in_turn_phrases"]),
            adding_coordinators=_folded(c["adding_coordinators"]),
            then_nouns=_folded(c["then_nouns"]),
            likewise=tuple(tuple(fold(x).split()) for x in c["likewise_markers"]),
            same_kind_pronouns=_folded(c["same_kind_pronouns"]),
            consent_nouns=_folded(c["consent_nouns"]),
            interpreter_nouns=_folded(c["interpreter_nouns"]),
            next_step_marks=_folded(c["next_step_marks"]),
            latter_words=_folded(c["latter_words"]),
            pointing_back_determiners=_folded(c["pointing_back_determiners"]),
            event_pronouns=_folded(c["event_pronouns"]),
            demonstratives=_folded(c["demonstratives"]),
            in_person_nouns=_folded(c["in_person_nouns"]),
            speech_nouns=_folded(c["speech_nouns"]),
            speech_verbs=frozenset(fold(v).removeprefix("s'") for v in c["speech_verbs"]),
            interview_verbs=_folded(c["interview_verbs"]),
            interviewers=_folded(c["press_nouns"] + c["broadcast_nouns"] + c["journalist_nouns"] + c["agency_nouns"]),
            in_person_verbs=_folded(c["in_person_verbs"]),
            length_prepositions=_folded(c["length_prepositions"]),
            leaving_verbs=_folded(c["leaving_verbs"]),
            arrival_verbs=_folded(c["arrival_verbs"]),
            meeting_person_verbs=_folded(c["meeting_person_verbs"]),
            met_people_nouns=_folded(c["met_people_nouns"]) | _folded(c["person_role_nouns"]),
            staff_nouns=_folded(c["staff_nouns"]),
            reviewing_phrases=_folded(c["reviewing_phrases"]),
            expected_visit_participles=_folded(c["expected_visit_participles"]),
            voice_nouns=_folded(c["voice_nouns"]) | _folded(c["speaking_for_owner_nouns"]),
            in_person_venues=_folded(c["in_person_venues"]),
            devoting_verbs=_folded(c["devoting_verbs"]),
            in_person_trip_markers=_folded(c["in_person_trip_markers"]),
            in_person_phrases=tuple(fold(x) for x in c["in_person_phrases"]),
            another=_folded(c["another_markers"]),
            new=_folded(c["new_markers"]),
            planned=_folded(c["planned_cues"]),
            agenda_phrases=tuple(tuple(fold(x).split()) for x in c["agenda_phrases"]),
            denial_verbs=_folded(c["denial_verbs"]),
            comment_verbs=_folded(c["comment_verbs"]),
            comment_nouns=_folded(c["comment_nouns"]),
            denied_report_nouns=_folded(c["denied_report_nouns"]),
            exchange_nouns=_folded(c["exchange_nouns"]),
            process_nouns=_folded(c["process_nouns"]),
            resuming_verbs=_folded(c["resuming_verbs"]),
            talk_contents=_folded(c["talk_contents"]),
            denial_adjectives=_folded(c["denial_forms_read_as_adjectives"]),
            cancel_verbs=_folded(c["cancel_verbs"]),
            postpone_verbs=_folded(c["postpone_verbs"]),
            intent_forms=_folded(c["intent_forms_read_as_nouns"]),
            hearsay_nouns=_folded(c["hearsay_nouns"]),
            attribution=_folded(c["attribution_markers"]),
            denied_words=_folded(c["denied_cues"]),
            attempt_verbs=_folded(c["attempt_verbs"]),
            refusal_verbs=_folded(c["refusal_verbs"]),
            left_open_verbs=_folded(c["left_open_verbs"]),
            qualifying_verbs=_folded(c["qualifying_verbs"]),
            writer_possessives=_folded(c["writer_possessives"]),
            own_source_nouns=_folded(c["own_source_nouns"]),
            source_nouns=_folded(c["source_nouns"]),
            possible_adjectives=_folded(c["possible_adjectives"]),
            fulfilment_adverbs=_folded(c["fulfilment_adverbs"]),
            fulfilment_verbs=_folded(c["fulfilment_verbs"]),
            answering_words=_folded(c["denied_report_nouns"]) | _folded(c["denial_verbs"]) | _folded(c["left_open_verbs"])
            | _folded(c["denial_forms_read_as_adjectives"]),
            falsity_words=_folded(c["falsity_words"]),
            unanswered=_folded(c["unanswered_cues"]),
            unconfirmed_phrases=tuple(fold(x) for x in c["unconfirmed_phrases"]),
            mutual=tuple(fold(x) for x in c["mutual_phrases"]),
            initiative=_folded(c["initiative_nouns"]),
            initiated_verbs=_folded(c["initiated_verbs"]),
            que_forms=_folded(c["que_forms"]),
            informing_verbs=_folded(c["informing_verbs"]),
            lasting_verbs=frozenset(_verb(v) for v in c["lasting_verbs"]),
            reporting=frozenset(fold(x).split()[-1] for x in c["reporting_verbs"]) - talk - phone_verbs,
            first_person=_folded(c["first_person"]),
            second_person=_folded(c["second_person"]),
            repeat_nouns=_folded(c["repeat_nouns"]),
            many_words=_folded(c["many_words"]),
            earlier_call_verbs=_folded(c["earlier_call_verbs"]),
            previous_adjectives=_folded(c["previous_adjectives"]),
            last_adjectives=_folded(c["last_adjectives"]),
            earlier_ordinals=_folded(c["earlier_ordinals"]),
            already=_folded(c["already_adverbs"]),
            neither=_folded(c["neither_conjunctions"]),
            happening_verbs=_folded(c["happening_verbs"]),
            took_place=_folded(c["took_place_phrases"]),
            not_yet=_folded(c["not_yet_adverbs"]),
            obligation=_folded(c["obligation_verbs"]),
            alleged=_folded(c["alleged_adjectives"]),
            first_words=frozenset({n.split()[0] for n in _folded(c["call_nouns"]) | self_marked} | _folded(c["virtual_event_nouns"])
                                  | _folded(c["denied_report_nouns"]) | _folded(c["contact_nouns"]) | _folded(c["already_adverbs"])
                                  | _folded(c["earlier_ordinals"]) | _folded(c["denial_verbs"]) | _folded(c["line_nouns"])
                                  | _folded(c["left_open_verbs"]) | _folded(c["denial_forms_read_as_adjectives"])
                                  | talk | phone_verbs | _folded(c["video_meeting_verbs"])
                                  | {form for verb in talk | phone_verbs for form in participle_forms(verb)}),
            pair_words=_folded(c["anaphoric_pair"]),
            pair_nouns=_folded(c["pair_nouns"]),
            possibility_verbs=_folded(c["possibility_verbs"]),
            possible_when_negated=_folded(c["possible_when_negated"]),
            untold_when_negated=_folded(c["untold_when_negated"]),
            confirmation_verbs=_folded(c["confirmation_verbs"]),
            confirmation_nouns=_folded(c["confirmation_nouns"]),
            appraisal_verbs=_folded(c["appraisal_verbs"]),
            conditional_auxiliaries=_folded(c["conditional_auxiliaries"]),
            inclusion=tuple(tuple(fold(x).split()) for x in c["inclusion_markers"]),
            intention_cues=_folded(c["intention_cues"]),
            purpose_marks=_folded(c["purpose_marks"]) | _folded(c["hypothesis_marks"]),
            hypothesis_marks=_folded(c["hypothesis_marks"]),
            same_day_phrases=_as_words(c["same_day_adverbs"] + c["same_day_phrases"] + c["later_today_phrases"]),
            same_day_times=_as_words(c["same_day_phrases"] + c["later_today_phrases"]),
            later_today_phrases=_as_words(c["later_today_phrases"]),
            request_verbs=_folded(c["request_verbs"]),
            delegating_verbs=_folded(c["delegating_verbs"]),
            delegating_nouns=_folded(c["delegating_nouns"]),
            willing=_folded([*c["intention_cues"], *c["request_verbs"], *c["readiness_words"], *c["initiative_nouns"]]),
            journalist_nouns=_folded(c["journalist_nouns"]),
            person_role_nouns=_folded(c["person_role_nouns"]),
            press_nouns=_folded(c["press_nouns"]),
            official_outlet_words=_folded(c["official_outlet_words"]),
            scheduling_prepositions=_folded(c["scheduling_prepositions"]),
            span_prepositions=_folded(c["duration_span_prepositions"]),
            window_words=_folded(c["duration_window_words"]),
            indefinite_articles=_folded(c["indefinite_determiners"]),
            plural_possessives=_folded(c["plural_possessive_determiners"]),
            disclosure_verbs=_folded(c["disclosure_verbs"]),
            participles={form: verb for verb in talk | phone_verbs for form in participle_forms(verb)},
            number_words={fold(k): v for k, v in c["number_words"].items()},
            approximate_numbers={fold(k): v for k, v in c["approximate_numbers"].items()},
            duration_units={fold(k): v for k, v in c["duration_units"].items()},
            duration_lower_bound=tuple(fold(x) for x in c["duration_lower_bound"]),
            duration_nouns=_folded(c["duration_nouns"]),
            half_hour_nouns=_folded(c["half_hour_nouns"]),
            about_words=_folded(c["about_words"]),
            undated_phrases=tuple(fold(x) for x in c["undated_phrases"]),
            quarter_words=_folded(c["quarter_words"]),
        )
