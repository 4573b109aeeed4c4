"""Triggers: the words of a sentence that name a call.

A call noun or verb tied to a medium ('entretien téléphonique', 's'entretenir par téléphone',
'sommet virtuel') names a call on its own, as do the phone verbs with a person to call
('appeler X', 'téléphoner à X'). Talking with someone ('s'entretenir avec X', 'se parler',
'discuter avec X') names a call unless the clause places the talk somewhere in person ('à
Berlin', 'reçu à l'Élysée', 'en marge du sommet'). A bare call noun ('l'entretien', 'la
conversation') names one only in an article that speaks of a phone or a video link somewhere;
such weak triggers add evidence to a call but do not make one alone.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from kg.nlp.extract.calls.clause import (
    a_day,
    above_its_completive,
    agent_of_a_passive,
    antecedent_called,
    called_after_caller,
    callers_named,
    case_words,
    clause_verb,
    following_phrase,
    heads_a_locution,
    hyphenated_pair,
    lemma,
    listed_after,
    marker_head,
    near_words,
    negated,
    noun_holders,
    object_of,
    opened_phrase,
    outside_the_incise,
    own_tokens,
    participle_as_noun,
    phrases,
    points_back,
    subjects_of,
    time_word,
    times_of,
    together_word,
    told_as_earlier,
    words_near,
)
from kg.nlp.extract.calls.lexicon import CallCues
from kg.nlp.extract.calls.modality import conditional_form
from kg.nlp.extract.calls.sources import (
    called_false,
    denied_by,
    denied_in_a_word,
    denies_what_was_told,
    left_open,
    names_a_side,
    none_took_place,
    with_its_object,
)
from kg.nlp.extract.dates import WEEK_PARTS
from kg.nlp.extract.incises import as_said, auxiliary_above_its_adverb, incise
from kg.nlp.extract.words import CLOSING_QUOTES, Folded, children, feature, reflexive, sentence_bounds, tokens_of

_PLACE_ENTITIES = frozenset({"LOC", "GPE"})


@dataclass(frozen=True)
class Trigger:
    token: Token
    strong: bool  # may make a call on its own


def triggers(sent: Span, words: str, cues: CallCues, phone_context: bool, person_tokens: frozenset[int],
             capital_tokens: frozenset[int], folded: Folded, call_told: bool, seat_tokens: frozenset[int]) -> list[Trigger]:
    """The call words of a sentence (`words`: its folded words, padded), in order; `folded`, the
    document's: a Token is made only for the few words that may start a call. `call_told`: a
    sentence before reported a call, which a bare 'l'entretien' or 'la conversation' may be.
    `seat_tokens`: seats of government ('Baabda', 'le Kremlin'), whom a call verb needing a person
    may phone (their head that day), though they are no person elsewhere ('selon Downing Street')."""
    found: list[Trigger] = []
    doc = sent.doc
    first = cues.first_words
    if first.isdisjoint(folded.norms[sent.start:sent.end]) and first.isdisjoint(folded.lemmas[sent.start:sent.end]):
        return found  # no word that may start a call, as in most sentences: not looked at word by word
    for i in range(sent.start, sent.end):
        if folded.norms[i] not in cues.first_words and folded.lemmas[i] not in cues.first_words:
            continue
        token = doc[i]
        if folded.norms[i] in cues.denial_adjectives and token.pos_ in {"ADV", "ADJ"}:  # "Pékin dément."
            if call_told and denied_in_a_word(token, tokens_of(doc)[sent.start:sent.end], cues):
                found.append(Trigger(token, False))
            continue
        if folded.norms[i] in cues.already:  # "Le 15 août, ils avaient déjà fait le point" after a count of calls
            if call_told and _earlier_talk_after_a_count(token, cues):
                found.append(Trigger(token.head, True))
            continue
        strong = _strength(token, words, cues, phone_context, person_tokens, capital_tokens, folded.lemmas, call_told, seat_tokens)
        if strong is not None:
            found.append(Trigger(token, strong))
    return found


def phone_context(sentence_words: list[str], cues: CallCues) -> bool:
    """Does the article speak of a phone or video link anywhere (its sentences' folded words)?"""
    words = "".join(sentence_words)
    return any(f" {m} " in words for m in cues.media)


def _strength(token: Token, words: str, cues: CallCues, phone_context: bool, person_tokens: frozenset[int],
              capital_tokens: frozenset[int], lemmas: list[str], call_told: bool, seat_tokens: frozenset[int]) -> bool | None:
    """True for a strong trigger, False for a weak one, None when the word names no call.
    `lemmas`: the document's folded lemmas (`doc._.folded`, which costs microseconds to read)."""
    word, base = token.norm_, lemma(token)
    if opened_phrase(token, cues) is not None:
        return True
    if word in cues.earlier_ordinals or base in cues.earlier_ordinals:
        return False if call_told and _stands_for_an_earlier_call(token, cues) else None
    if base in cues.denial_verbs or base in cues.left_open_verbs:
        if not call_told:
            return None
        if base in cues.denial_verbs and denies_what_was_told(token, cues):
            return False
        return False if leaves_open_what_was_told(token, cues) else None
    if base in cues.line_nouns:
        return True if _a_person_had_on_the_line(token, person_tokens, cues) else None
    if participle_as_noun(token, cues):
        base = cues.participles[word]  # "se sont téléphoné" tagged as a noun
    elif token.pos_ in {"NOUN", "PROPN"}:
        if base in cues.denied_report_nouns:
            return False if _denies_the_report(token, cues) else None
        if base in cues.exchange_nouns and _things_exchanged(token, cues):
            return None  # "un échange de prisonniers", "un échange de tirs"
        if base in cues.contact_nouns and _no_contact_with(token, cues):
            return True  # "aucun contact n'a eu lieu entre X et Y": no call at all, a denial (`modality.none_at_all`)
        if token.dep_.startswith("nmod") and not any(c.dep_ == "det" for c in children(token)) and \
                case_words(token) & {"de", "d'"} and not marked(token, cues):
            return None  # "des sujets de conversation": a kind of thing, not a call ("une série d'entretiens téléphoniques" is)
        if base in cues.nouns or word in cues.nouns:
            if _medium_of_a_speech(token, cues) or _an_interview(token, person_tokens, cues):
                return None  # "dans un discours retransmis en visioconférence devant le Parlement": an address
            if base in cues.self_marked_nouns or word in cues.self_marked_nouns or marked(token, cues):
                return True
            if base in cues.process_nouns and _talks_resumed(token, cues):
                return None  # "X a chargé Y de reprendre les discussions avec Z": talks taken up again, no call of a day
            if base in cues.call_or_plea_nouns and (verb := object_of(token)) is not None and lemma(verb) in cues.placing_verbs and (
                    not _appeal(token, cues) or lemma(verb) not in cues.plea_verbs and _to_a_person(token, person_tokens, cues)):
                return True  # "a reçu un appel de X", "a passé un appel à X": a phone call, whatever the article says around it
            if base in cues.weak_nouns and base in cues.caller_nouns and _agent_of_a_passive(token, person_tokens, cues):
                return True  # "X a été réveillé par un appel de Y": Y called X
            if base in cues.weak_nouns and (verb := object_of(token)) is not None and lemma(verb) in cues.request_verbs and (
                    _to_a_person(token, person_tokens, cues) or not _appeal(token, cues) and _has_partner(verb, person_tokens)):
                return True  # "X a proposé à Y un nouvel appel", "a demandé un appel à Y": a call asked of a person
            if base in cues.weak_nouns and not _appeal(token, cues) and (
                    _call_partner(token, person_tokens, cues) or _told_during(token, person_tokens, cues)
                    or _had_by_two(token, person_tokens, cues) or _hyphenated_pair(token, person_tokens)
                    or _lasted_between(token, person_tokens, cues)) and \
                    (base in cues.call_or_plea_nouns or not in_person(token, words, cues, capital_tokens, lemmas)):
                return True  # "un appel avec X" (an appeal is 'à'); "une conversation entre X et Y" unless they met
            if phone_context and base in cues.weak_nouns and not _appeal(token, cues) and not in_person(token, words, cues, capital_tokens, lemmas):
                return base in cues.bare_nouns
            if call_told and _previous_and_dated(token, cues):
                return True  # "Lors de leur précédent échange, le 12 février, ils avaient ...": an earlier call of its own
            if call_told and (base in cues.bare_nouns or _pointed_at(token, cues)) and not in_person(token, words, cues, capital_tokens, lemmas):
                return False  # "X a reçu un appel de Y. La conversation a duré ...", "Cet échange a duré ...": that call
            if call_told and base in cues.call_or_plea_nouns and any(c.norm_ in cues.plural_possessives for c in children(token) if c.dep_ == "det"):
                return False  # "X et Y se sont parlé mardi, leur deuxième appel du mois": the pair's, not a plea
            if call_told and _dated_earlier(token, cues):
                return False  # "X et Y se sont parlé lundi. Leur dernier appel remontait au 12 février": another call
            if _dated_earlier(token, cues) and (base in cues.call_or_plea_nouns or _said_to_be_a_call(token.head, cues)):
                return True  # "X et Y se sont vus lundi. Leur précédent appel datait de mars": a call of its own
                # ('leur précédent échange remontait à mars, lors d'un appel': one the clause says was a call)
            if call_told and token.dep_ == "nsubj:pass" and lemma(token.head) in cues.initiated_verbs:
                return False  # "L'appel a été initié par Paris": the call just told, and who asked for it
            if call_told and token.dep_ == "nsubj" and lemma(token.head) in cues.lasting_verbs:
                return False  # "X a appelé Y. L'appel a duré quarante minutes": the call just told, and its length
            return None
        if base in cues.virtual_event_nouns and (_video_marked(token, cues) or base in cues.conference_nouns and marked(token, cues)
                                                 or _joined_by_video(token, cues)):
            return True  # "un sommet virtuel", "une réunion en visioconférence", "une réunion téléphonique"
        return None
    elif token.pos_ != "VERB":
        return None
    if base in cues.video_meeting_verbs:
        return True if _met_by_video(token, cues) else None  # met in person otherwise: no call
    if base in cues.phone_verbs:
        if base in cues.joining_verbs and any(reflexive(c) for c in children(token)):
            return None  # "un appel auquel s'est joint X": X joins a call ('se joindre'), X phones nobody
        if base in cues.phone_verbs_also_saying and _saying_shape(token, cues):
            return None  # "X a eu Y au téléphone mardi, a rappelé jeudi Downing Street": the source recalls it
        if base in cues.phone_verbs_need_person and not _phoned_person(token, person_tokens | seat_tokens, cues):
            return False if call_told and _cleft_caller(token, person_tokens) else None
        return True
    if base not in cues.talk_verbs:
        return None
    token = auxiliary_above_its_adverb(token) or token  # 's'est en outre entretenu avec Y': the clause is on 'est'
    if marked(token, cues):
        return True
    if in_person(token, words, cues, capital_tokens, lemmas):
        return None
    if base in cues.talk_verbs_need_reflexive and not any(reflexive(c) for c in children(token)):
        return None  # "entretenir de bonnes relations" maintains, "s'entretenir" talks
    if base in cues.talk_verbs_need_partner and not any(reflexive(c) for c in children(token)):
        if _has_partner(token, person_tokens) or _paired_subject(token, person_tokens) or _speaker_to_someone(token, cues):
            return True
        subjects = [c for c in children(token) if c.dep_.startswith("nsubj")]
        if _one_speaking_of_a_thing(token, subjects, person_tokens, cues):
            return None  # "le président avait parlé d'une « terrible attaque »", even in an article about a call
        if phone_context and subjects or call_told and any(points_back(s, cues) and s.pos_ != "PRON" for s in subjects):
            return False  # "les deux dirigeants ont discuté de ..." in an article about a call, or after one (not 'ils',
            # who may be the people of several calls: what they said is then about each)
        return None
    return True


def _talks_resumed(noun: Token, cues: CallCues) -> bool:
    """'relancer les échanges avec X', 'poursuivre les discussions avec X', 'reprendre les
    discussions': talks resumed are a process of weeks, not a call, unless the clause says how
    they were held or how long ('ont repris leurs discussions par téléphone', '... pendant une
    heure': that day's call)."""
    verb = object_of(noun)
    if verb is None or lemma(verb) not in cues.resuming_verbs or words_near(verb) & cues.media:
        return False
    return not any(case_words(c) & cues.length_prepositions for c in children(verb) if time_word(c))


def _previous_and_dated(noun: Token, cues: CallCues) -> bool:
    """'leur précédent échange, le 12 février', 'lors de leur précédent appel du 3 mars': the call
    before the one told, with its own day beside it (in apposition or as its complement)."""
    if not any(c.dep_ == "amod" and lemma(c) in cues.previous_adjectives for c in children(noun)):
        return False
    after = tokens_of(noun.doc)[noun.i + 1:noun.i + 4]  # the day set off by a comma, wherever the parser hung it
    return any(c.dep_ in {"appos", "nmod", "nummod"} and any(a_day(t) for t in c.subtree) for c in children(noun)) or \
        bool(after) and after[0].text == "," and any(a_day(t) for t in after[1:])


def _dated_earlier(noun: Token, cues: CallCues) -> bool:
    """'leur dernier appel remonte au 12 février', 'leur précédent échange date du 3 mars': the
    subject of a verb that dates an earlier call (whatever the noun's other senses: an appeal
    does not 'remonter à' a day). 'Le précédent appel a eu lieu le 3 mai', 'leur dernier appel
    avait eu lieu le 3 mai': the previous one took place, or the last one had (told before the
    call in the news; 'leur dernier appel a eu lieu mardi' may be that very call)."""
    if noun.dep_ != "nsubj":
        return False
    verb = noun.head
    if lemma(verb) in cues.earlier_call_verbs:
        return True
    if lemma(verb) not in cues.happening_verbs:
        return False
    adjectives = {lemma(c) for c in children(noun) if c.dep_ == "amod"}
    return bool(adjectives & cues.previous_adjectives) or bool(adjectives & cues.last_adjectives) and any(
        c.dep_.startswith("aux") and "Imp" in feature(c, "Tense") for c in children(verb))


def _stands_for_an_earlier_call(word: Token, cues: CallCues) -> bool:
    """'X et Y se sont parlé lundi. Le premier avait eu lieu en août', 'Le précédent, samedi
    dernier, avait duré 90 minutes', 'La précédente remontait à mars': after a call, an ordinal
    standing alone as the subject of a verb that tells a call taking place before the news
    (plus-que-parfait, or 'remonter à', 'dater de' in the imperfect) stands for an earlier call
    noun. 'Le premier aura lieu en mai' may be anything to come; 'ce dernier' is a person."""
    if word.dep_ != "nsubj" or not any(c.dep_ == "det" and c.norm_ in {"le", "la"} for c in children(word)):
        return False
    verb = word.head
    past = any(c.dep_.startswith("aux") and "Imp" in feature(c, "Tense") for c in children(verb)) or "Imp" in feature(verb, "Tense")
    return past and lemma(verb) in cues.happening_verbs | cues.earlier_call_verbs


def _earlier_talk_after_a_count(already: Token, cues: CallCues) -> bool:
    """'Il s'agit du deuxième appel entre les deux hommes en un mois. Le 3 mai, ils avaient déjà fait
    le point sur la crise': after a sentence that counts a pair's calls (a call noun with an ordinal
    past the first), 'ils' who had already talked of something, in the plus-que-parfait, had the
    earlier call the count speaks of, though no call word tells it."""
    verb = already.head
    if already.dep_ != "advmod" or not told_as_earlier(verb) or not any(
            c.dep_ == "nsubj" and c.pos_ == "PRON" and "Plur" in feature(c, "Number") for c in children(verb)):
        return False
    if not with_its_object(verb) & cues.reviewing_phrases:
        return False
    start = verb.sent.start
    before = verb.doc[start - 1].sent if start > 0 else None
    return before is not None and any(
        lemma(t) in cues.nouns and any(c.dep_ == "amod" and "Ord" in feature(c, "NumType") and lemma(c) not in cues.earlier_ordinals
                                       for c in children(t)) for t in before)


def _said_to_be_a_call(verb: Token, cues: CallCues) -> bool:
    """'... remontait à juillet, lors d'un appel de deux heures', '... datait de mars, au téléphone':
    the clause tells its subject was a call (an 'échange' after a meeting may be another meeting)."""
    adjuncts = [g for c in children(verb) for g in [c, *(children(c) if c.dep_ == "advmod" else [])]]  # 'lors' read as an adverb
    return any(c.dep_.startswith("obl") and (lemma(c) in cues.call_or_plea_nouns or marked(c, cues)) for c in adjuncts)


def leaves_open_what_was_told(verb: Token, cues: CallCues) -> bool:
    """'Le Kremlin n'a pas confirmé cet échange', 'Berlin n'a ni confirmé ni démenti', 'Pékin a refusé
    de le confirmer': a side that neither confirms nor denies what the sentence before told, in a
    main clause of its own with nothing else as its object, leaves that call resting on the report
    (a weak trigger: the finder makes its call unconfirmed). Not 'n'a pas commenté', which says
    nothing of whether it took place."""
    if lemma(verb) not in cues.left_open_verbs:
        return False
    main = verb.head if verb.dep_ == "conj" and lemma(verb.head) in cues.left_open_verbs else verb  # 'ni démenti ni confirmé'
    refused = main.dep_ == "xcomp" and lemma(main.head) in cues.refusal_verbs and not negated(main.head)
    if (main.head if refused else main).dep_ != "ROOT" or not (refused or left_open(verb, cues)):
        return False  # '..., mais le Kremlin n'a pas confirmé': the sentence's own call, left open (`status_of`)
    return verb.pos_ == "VERB" and not any(
        c.dep_ in {"ccomp", "csubj"} or c.dep_ in {"obj", "iobj"} and c.pos_ != "PRON" and not a_day(c) and not any(
            d.dep_ == "det" and d.norm_ in cues.pointing_back_determiners for d in children(c))
        or "Rel" in feature(c, "PronType") for c in children(verb))


def _no_contact_with(noun: Token, cues: CallCues) -> bool:
    """'Aucun contact n'a eu lieu entre X et Y', '... qu'aucun contact n'avait eu lieu avec Y': a
    contact under 'aucun', the subject of a verb saying it took place, with a side of its own,
    denies any call between them. 'contact' is no call noun elsewhere ('garder le contact', 'les
    contacts se multiplient' tell of no call of a day)."""
    return none_took_place(noun, cues) and any(names_a_side(c, cues) for c in [*children(noun), *children(noun.head)])


def _things_exchanged(noun: Token, cues: CallCues) -> bool:
    """'un échange de prisonniers', 'un échange de tirs': a bare noun after 'de' says what is
    traded, and no call; 'un échange de vues' is talk, 'un échange de 40 minutes' a length."""
    return any(c.dep_ == "nmod" and c.pos_ == "NOUN" and case_words(c) & {"de", "d'"} and lemma(c) not in cues.talk_contents
               and lemma(c) not in cues.duration_units and not any(d.dep_ in {"det", "nummod"} for d in children(c))
               for c in children(noun))


def _denies_the_report(noun: Token, cues: CallCues) -> bool:
    """'Le Kremlin a démenti ces informations', 'a qualifié ces informations de « fiction »': the
    report of the call the sentence before told, denied (a weak trigger: it adds the denial to
    that call and makes none alone). 'Une information aussitôt démentie par le Kremlin.': the
    noun opening a sentence without a verb of its own, a participle of denial with its agent
    ('par X') hung on it, is that report denied by X whatever the parser hangs the noun on."""
    return noun.dep_ == "obj" and (lemma(noun.head) in cues.denial_verbs or called_false(noun.head, cues)) and \
        any(c.dep_ == "det" and c.norm_ in cues.pointing_back_determiners for c in children(noun)) or \
        noun.left_edge.i == noun.sent.start and denied_by(noun, cues)


def marked(token: Token, cues: CallCues) -> bool:
    """A medium word governed by the trigger, or right after it."""
    return bool(words_near(token) & cues.media)


def _video_marked(token: Token, cues: CallCues) -> bool:
    return bool(_near_words(token, 2) & cues.video)


def _met_by_video(verb: Token, cues: CallCues) -> bool:
    """'se sont réunis mardi en ligne', 'a rencontré par liaison vidéo X', 'se sont retrouvés
    virtuellement': a video marker in one of the verb's adjuncts (not in its subject: 'les
    participants du sommet virtuel se sont retrouvés à Rome' met in person)."""
    return any(near_words([], list(c.subtree)) & cues.video for c in children(verb)
               if c.dep_.startswith(("obl", "advmod", "nmod")))


def _joined_by_video(event: Token, cues: CallCues) -> bool:
    """'X a participé par liaison vidéo à une réunion': the medium said of joining the event."""
    joining = event.head
    if event.i == joining.i or not event.dep_.startswith("obl") or lemma(joining) not in cues.joining_verbs:
        return False
    return any(case_words(c) & cues.medium_adjunct_markers and near_words([], list(c.subtree)) & cues.video
               for c in children(joining) if c.i != event.i)


def _near_words(token: Token, reach: int) -> set[str]:
    """The words governed by `token` or among the `reach` after it ('un sommet en ligne')."""
    return near_words(children(token), tokens_of(token.doc)[token.i + 1:token.i + 1 + reach])


def in_person(token: Token, words: str, cues: CallCues, capital_tokens: frozenset[int], lemmas: list[str]) -> bool:
    """Does the clause place the talk in person: a place ('à Rome', 'au palais X', also hung on the
    day or on the partner: 'lundi à Kiev', 'avec X au palais Y'), a meeting it happens at ('lors
    de sa visite', 'en marge du sommet'), a trip of the subject ('X, en visite à Kiev, ...'), a
    reception ('reçu à l'Élysée'), a talk left ('sorti de son entretien avec X')? A meeting still to come ('qui doit l'accueillir vendredi') does not.
    `lemmas`: the document's folded lemmas: a Token is made only for the verbs that may place it."""
    if any(f" {p} " in words for p in cues.in_person_phrases):
        return True
    if token.pos_ == "NOUN" and lemma(token.head) in cues.leaving_verbs and case_words(token) & {"de", "d'", "du"}:
        return True  # "à peine sorti de son entretien avec X": a talk one walks out of ('de son appel' is marked)
    holders = [token, token.head] if token.pos_ in {"NOUN", "PROPN"} else [token]
    for holder in holders:
        # the words first in each test: they cost the least; also the adjuncts the parser hung on the day
        # ('s'est entretenu dimanche avec Y lors d'un dîner') or on the partner ('avec Y à ce sujet lors de sa visite')
        for child in [*children(holder), *(g for c in children(holder) if time_word(c) or "avec" in case_words(c) for g in children(c))]:
            if lemma(child) in cues.in_person_nouns and case_words(child) & cues.meeting_adjunct_markers and not _video_marked(child, cues):
                return True  # "lors de sa visite", "en marge du sommet"
            if child.norm_ in cues.meeting_adjunct_markers and any(
                    lemma(g) in cues.in_person_nouns and not _video_marked(g, cues) for g in children(child)):
                return True  # "lors d'un dîner de travail", 'lors' read as an adverb with the meal hung on it
            if lemma(child) in cues.in_person_nouns and case_words(child) & cues.in_person_trip_markers:
                return True  # "s'est entretenu avec Y, en visite à Paris", the trip of either hung on the verb
            if lemma(child) in cues.in_person_nouns and case_words(child) & {"a", "au", "aux"} and not _video_marked(child, cues):
                return True  # "s'est entretenu avec Y au sommet du G7"
            events = [child] if case_words(child) & cues.meeting_adjunct_markers else \
                [g for g in children(child) if g.dep_.startswith("obl")] if child.norm_ in cues.meeting_adjunct_markers else []
            if any(not time_word(e) and any(_a_place(p, cues, capital_tokens) for p in children(e)) for e in events):
                return True  # "pendant le Conseil européen à Bruxelles": an event held in a place
            if child.dep_ == "advcl" and _arrived(child, cues, capital_tokens):
                return True  # "Arrivé mercredi à Berlin, X s'est entretenu avec Y"
            if "avec" in case_words(child) and any(a.dep_ == "acl" and _arrived(a, cues, capital_tokens) for a in children(child)):
                return True  # "s'est entretenu avec Y, arrivé à Berlin pour une visite officielle": Y came
            if child.dep_.startswith("nsubj") and any(
                    lemma(g) in cues.in_person_nouns and case_words(g) & cues.in_person_trip_markers for g in children(child)):
                return True  # "X, en visite à Kiev, s'est entretenu avec Y"
        if lemma(holder) not in cues.devoting_verbs and any(_a_place(p, cues, capital_tokens) for p in _place_phrases(holder)):
            return True  # "s'est entretenu à Berlin avec ...", "... avec X au palais Y" (not "un échange consacré à la Syrie")
    if _where_one_went(token, cues, capital_tokens):
        return True  # "X s'est rendu au Grand Sérail, où il s'est entretenu avec Y"
    if token.dep_.startswith("advcl") and _purpose(token, cues) and any(
            _a_place(p, cues, capital_tokens) for p in _place_phrases(token.head)):
        return True  # "s'est rendu samedi à Moscou pour s'entretenir avec Y": the trip's purpose, in person
    start, end = sentence_bounds(token)
    if _after_their_meeting(token, start, cues, lemmas):
        return True  # "X a reçu Y à l'Élysée. Les deux hommes se sont entretenus pendant trois heures"
    if _in_a_visit_announced(token, start, cues, capital_tokens):
        return True  # "X est attendu jeudi à Berlin. L'Élysée a indiqué qu'il s'entretiendrait avec Y"
    if cues.in_person_verbs.isdisjoint(lemmas[start:end]):
        return False  # no verb of meeting in the sentence, as in most: not scanned word by word
    return any(lemmas[i] in cues.in_person_verbs and _meeting_held(token.doc[i], token, cues)
               and token.i not in {t.i for t in own_tokens(token.doc[i], set())} for i in range(start, end))
    # "reçu à l'Élysée, X s'est entretenu avec Y"


def _where_one_went(talk: Token, cues: CallCues, capital_tokens: frozenset[int]) -> bool:
    """'X s'est rendu au Grand Sérail, où il s'est entretenu avec Y', 'reçu au palais de l'Élysée,
    où il a discuté avec Y': a talk in a relative clause of 'où' took place where someone went or
    was, told just before: a trip's destination ('se rendre à', 'arriver à', whatever the place's
    name) or a place. The parser hangs the clause on the place or on the verb of the trip."""
    if talk.pos_ != "VERB" or not any(lemma(c) == "ou" and "Rel" in feature(c, "PronType") for c in children(talk)):
        return False
    place = talk.head
    if _a_place(place, cues, capital_tokens):
        return True
    before = [p for p in _place_phrases(place) if p.i < talk.i]
    return any(_a_place(p, cues, capital_tokens) for p in before) or lemma(place) in cues.arrival_verbs and any(
        case_words(p) & {"a", "au", "aux"} and p.pos_ in {"NOUN", "PROPN"} for p in before)


def _arrived(verb: Token, cues: CallCues, capital_tokens: frozenset[int]) -> bool:
    """'arrivé mercredi à Berlin', 'arrivé dans la capitale pour une visite officielle': a participle
    of arrival with a place or a meeting it came for (not 'arrivé au pouvoir'): its subject came
    to meet in person."""
    return lemma(verb) in cues.arrival_verbs and "Part" in feature(verb, "VerbForm") and any(
        _a_place(p, cues, capital_tokens) or lemma(p) in cues.in_person_nouns and not _video_marked(p, cues)
        for p in _place_phrases(verb))


def _meeting_held(verb: Token, talk: Token, cues: CallCues) -> bool:
    """A verb of meeting that tells a meeting held at the time of the talk: not denied, not to
    come, not one that takes a thing ('a reçu des armes'), not told at another time."""
    return verb.pos_ == "VERB" and not negated(verb) and not _to_come(verb) and not _takes_a_thing(verb, cues) \
        and not _at_another_time(verb, talk)


def _after_their_meeting(talk: Token, start: int, cues: CallCues, lemmas: list[str]) -> bool:
    """'X a reçu Y à l'Élysée. Les deux hommes se sont entretenus pendant trois heures', 'Ils ont
    parlé', 'Il s'est entretenu avec lui': a talk verb whose people are only people named before
    (pronouns, 'les deux dirigeants'), right after a sentence that tells a meeting held, is that
    meeting; the talk's own clause says nothing of it. (A phone or video word, read before, keeps
    it a call; a name as a partner, 'il s'est ensuite entretenu avec Z', is someone else.)
    `start`: where the talk's sentence starts."""
    if talk.pos_ != "VERB" or start == 0:
        return False
    subjects = subjects_of(talk)
    if not subjects or not all(s.pos_ == "PRON" or points_back(s, cues) for s in subjects) or any(
            case_words(p) & {"avec"} and p.pos_ != "PRON" for p, _ in phrases(talk)):
        return False
    before, _ = sentence_bounds(talk.doc[start - 1])
    return any(lemmas[i] in cues.in_person_verbs and _meeting_held(talk.doc[i], talk, cues) for i in range(before, start))


def _in_a_visit_announced(talk: Token, start: int, cues: CallCues, capital_tokens: frozenset[int]) -> bool:
    """'X est attendu jeudi à Berlin. L'Élysée a indiqué qu'il s'entretiendrait avec Y': a talk
    still to come (future or conditional), its subject a pronoun, right after a sentence that
    announces someone expected at a place, is a talk of that visit, in person. `start`: where the
    talk's sentence starts."""
    if talk.pos_ != "VERB" or start == 0 or not (_to_come(talk) or conditional_form(talk)) or not any(
            c.dep_ in {"nsubj", "expl:subj"} and c.pos_ == "PRON" for c in children(talk)):
        return False
    doc = talk.doc
    before, _ = sentence_bounds(doc[start - 1])
    return any(lemma(v) in cues.expected_visit_participles and "Part" in feature(v, "VerbForm")
               and any(c.dep_.startswith("aux") and lemma(c) == "etre" for c in children(v))
               and any(_a_place(p, cues, capital_tokens) for p in _place_phrases(v)) for v in doc[before:start])


def _at_another_time(meeting: Token, talk: Token) -> bool:
    """'X s'est entretenu mardi avec Y, qu'il avait reçu en janvier', 'Y, qui avait reçu Z': a meeting
    told in the plus-que-parfait beside a talk that is not, or dated by a time of its own beside
    the talk's, is background on someone, another event: it does not place the talk in person."""
    verb = talk if talk.pos_ in {"VERB", "AUX"} else talk.head
    if told_as_earlier(meeting) and not told_as_earlier(verb):
        return True
    met, talked = times_of(meeting), times_of(verb)
    return bool(met and talked) and met.isdisjoint(talked)


def _takes_a_thing(verb: Token, cues: CallCues) -> bool:
    """'X a parlé avec Y et a annoncé avoir reçu des armes', 'a rencontré des difficultés': a verb
    of meeting whose object is a thing meets nobody, and places no talk in person."""
    return lemma(verb) in cues.meeting_person_verbs and any(
        c.dep_ == "obj" and c.pos_ == "NOUN" and lemma(c) not in cues.met_people_nouns and not time_word(c)
        for c in children(verb))  # ('a reçu mardi X': the day read as the object)


def _place_phrases(holder: Token) -> list[Token]:
    """The word's phrases, and the one the parser hung right after its day or its partner ('lundi
    à Kiev', 'avec X au palais Y'; not 'avec X de la situation au Proche-Orient')."""
    found: list[Token] = []
    pending = list(children(holder))
    while pending:  # 'mercredi avec X à l'Élysée': the place hung on the partner hung on the day
        child = pending.pop(0)
        found.append(child)
        if time_word(child) or "avec" in case_words(child):
            end = max([child.i] + [t.i for t in children(child) if t.dep_.startswith("flat") and t.i > child.i])
            for g in sorted(children(child), key=lambda t: t.i):  # the phrase right after it, and after a partner the next
                if g.dep_.startswith(("nmod", "obl")) and g.left_edge.i == end + 1:
                    pending.append(g)
                    if "avec" not in case_words(g):
                        break
                    end = g.right_edge.i
    return found


def _a_place(phrase: Token, cues: CallCues, capital_tokens: frozenset[int]) -> bool:
    """'à Berlin', 'à l'Élysée', 'au palais X', 'à la résidence de Y'. The word is read before its
    preposition: most phrases of a call word name no place, and the preposition costs the most."""
    if phrase.pos_ == "PROPN":
        place = phrase.ent_type_ in _PLACE_ENTITIES or phrase.i in capital_tokens
    else:
        place = phrase.pos_ == "NOUN" and lemma(phrase) in cues.in_person_venues
    return place and bool(case_words(phrase) & {"a", "au", "aux"})


def _to_come(verb: Token) -> bool:
    """An infinitive or a future: 'qui doit l'accueillir à Rome', 'd'accueillir le navire', 'recevra'."""
    return "Inf" in feature(verb, "VerbForm") or "Fut" in feature(verb, "Tense")


def _appeal(token: Token, cues: CallCues) -> bool:
    """'un appel à la retenue' is a plea, not a phone call ('un appel a eu lieu' is one: that 'a' is a verb)."""
    return lemma(token) in cues.call_or_plea_nouns and any(c.norm_ in cues.plea_prepositions and c.pos_ not in {"AUX", "VERB"}
                                                   for c in token.doc[token.i + 1:token.i + 2])


def _agent_of_a_passive(noun: Token, person_tokens: frozenset[int], cues: CallCues) -> bool:
    """'X a été réveillé par un appel de Y', 'X a été informé par une communication du ministre Y':
    a call noun as the agent of a passive, from a person, whatever the verb: the passive's subject
    and that person are the call's two sides. Not a plea: 'X a été marqué par l'appel de Y à la
    paix', an 'à' phrase right after the person naming no one ('l'appel de Y à X' is a call to X)."""
    if not agent_of_a_passive(noun):
        return False
    words = tokens_of(noun.doc)
    return any(end + 1 >= len(words) or words[end + 1].norm_ not in cues.plea_prepositions
               or called_after_caller(noun, person_tokens, cues) is not None for end in callers_named(noun, person_tokens, cues))


def _to_a_person(noun: Token, person_tokens: frozenset[int], cues: CallCues) -> bool:
    """'un appel à X', 'un appel au président' (a person, wherever the parser hung the phrase), 'un
    appel au président X' (the parser hangs the name on the title, or the title on the name), not
    'un appel à la retenue'."""
    phrases = (following_phrase(noun, word) for word in cues.plea_prepositions)
    return any(p is not None and any(t.i in person_tokens for t in (p, p.head, *(c for c in children(p) if c.dep_ == "appos")))
               for p in phrases)


def _has_partner(verb: Token, person_tokens: frozenset[int]) -> bool:
    """'parler avec X', 'parler à X', 'discuter avec X' (a person)."""
    for child, _ in phrases(verb):
        if case_words(child) & {"avec", "a", "au", "aux"} and any(t.i in person_tokens for t in child.subtree):
            return True
    return False


def _speaker_to_someone(verb: Token, cues: CallCues) -> bool:
    """'« Je lui ai parlé hier », a dit X': a speaker telling in the first person of talking to
    someone named before, as a clitic ('lui', 'leur'); who that is, the participants read."""
    return any(c.dep_.startswith("nsubj") and c.norm_ in cues.first_person for c in children(verb)) and any(
        c.dep_ in {"obj", "iobj"} and c.pos_ == "PRON" and "3" in feature(c, "Person") and not reflexive(c) for c in children(verb))
    # ('lui' read as the object: 'parler' takes no other clitic)


def _told_during(noun: Token, person_tokens: frozenset[int], cues: CallCues) -> bool:
    """'X a présenté ses condoléances à Y lors d'un appel', 'X a exhorté Y, lors d'un appel, à ...':
    a call noun as the circumstance of a clause in which one person addresses another, or two
    people do something together ('X et Y ont condamné l'attaque lors d'un échange mardi')."""
    marker = marker_head(noun, cues)
    if not (noun.dep_.startswith(("obl", "nmod")) and (case_words(noun) & cues.event_adjunct_markers or marker is not None)):
        return False
    verb = clause_verb(marker.head if marker is not None else noun.head)
    if verb is None:
        return False
    verb = above_its_completive(outside_the_incise(verb, noun, cues), noun, person_tokens, cues)
    # "X a exhorté Y à ne pas aider Z lors d'un appel": the adjunct hung on the infinitive, the people on the verb above it
    clause = [verb, verb.head] if verb.dep_ == "xcomp" and verb.head.pos_ == "VERB" else [verb]
    subject = any(t.i in person_tokens for v in clause for c in children(v) if c.dep_.startswith("nsubj") for t in c.subtree)
    addressed = any(t.i in person_tokens for v in clause for c in children(v) if c.dep_ in {"iobj", "obj"} or
                    c.dep_.startswith("obl") and case_words(c) & {"a", "au", "aux", "avec"} for t in c.subtree)
    return (subject and addressed or any(_two_as_subject(v, person_tokens) for v in clause)) \
        and not _partner_of_its_own(noun, person_tokens, cues)


def _partner_of_its_own(noun: Token, person_tokens: frozenset[int], cues: CallCues) -> bool:
    """'lors d'un entretien avec Z': the call noun names its own partner, so the clause around it
    tells of another exchange (or of an interview)."""
    return any(case_words(c) & {"avec", "entre"} for c in children(noun)) or _an_interview(noun, person_tokens, cues)


def _an_interview(noun: Token, person_tokens: frozenset[int], cues: CallCues) -> bool:
    """'dans un entretien au journal Z', 'un entretien téléphonique accordé samedi à la radio Z',
    'un entretien à Z' (a name, not of a person): given to an outlet, an interview, not a call
    ('un entretien à trois', 'à la demande de Z' are not outlets; 'un appel à X' is always to its
    callee, or a plea)."""
    def to_no_person(phrase: Token) -> bool:
        return bool(case_words(phrase) & {"a", "au", "aux"}) and not any(t.i in person_tokens for t in phrase.subtree) and (
            phrase.pos_ == "PROPN" or lemma(phrase) in cues.interviewers)

    after = next((t for t in tokens_of(noun.doc)[noun.i + 1:noun.i + 4] if not (t.pos_ == "ADJ" and t.head.i == noun.i)), None)
    given = [c for c in children(noun) if c.dep_ == "acl" and lemma(c) in cues.interview_verbs]
    if after is not None and lemma(after) in cues.interview_verbs and "Part" in feature(after, "VerbForm"):
        given.append(after)  # the participle the parser hung on the main verb
    if any(to_no_person(p) for g in given for p in children(g) if p.dep_.startswith("obl")):
        return True
    return lemma(noun) not in cues.call_or_plea_nouns and any(c.dep_ == "nmod" and to_no_person(c) for c in children(noun))


def _medium_of_a_speech(noun: Token, cues: CallCues) -> bool:
    """'un discours retransmis en visioconférence', 'une allocution en visioconférence', "X, qui
    souhaite s'exprimer par visioconférence devant l'Union africaine": the call noun is the way a
    speech reached its audience, the nearest noun above it a speech or the nearest verb a verb of
    speaking to an audience."""
    if not case_words(noun):
        return False
    above = next((a for a in noun.ancestors if a.pos_ in {"NOUN", "PROPN"}), None)
    verb = next((a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    return above is not None and lemma(above) in cues.speech_nouns or verb is not None and lemma(verb) in cues.speech_verbs


def _a_person_had_on_the_line(noun: Token, person_tokens: frozenset[int], cues: CallCues) -> bool:
    """'X a eu Y en ligne samedi', as 'a eu Y au téléphone': 'en ligne' hung on 'avoir' or on its
    object, a person. Elsewhere ('un sommet en ligne', 'publié en ligne') it means online, and 'avoir
    Y en ligne de mire' targets Y."""
    if not case_words(noun) & cues.medium_adjunct_markers or any(case_words(c) & cues.of_prepositions for c in children(noun)):
        return False
    verb = noun.head.head if noun.dep_.startswith("nmod") and noun.head.dep_ == "obj" else noun.head
    return lemma(verb) in cues.line_holding_verbs and verb.pos_ in {"VERB", "AUX"} and any(
        c.dep_ == "obj" and _names_a_person(c, person_tokens) for c in children(verb))


def _one_speaking_of_a_thing(verb: Token, subjects: list[Token], person_tokens: frozenset[int], cues: CallCues) -> bool:
    """'Le président avait parlé d'une « terrible attaque »': one person (a subject neither plural
    nor two people) speaking of a thing (a 'de' phrase naming no one) mentions it, with no partner:
    speech, not a talk ('les deux dirigeants ont parlé de l'Ukraine' is one). The phrase is told by
    its first word too: with a quoted word inside ('d'une « terrible attaque »') the parser hangs the
    'de' on the adjective."""
    return lemma(verb) in cues.talk_verbs_mentioning and bool(subjects) and not _two_as_subject(verb, person_tokens) \
        and not any("Plur" in feature(s, "Number") for s in subjects) and any(
            (case_words(c) | {c.left_edge.norm_}) & cues.of_prepositions and c.pos_ == "NOUN" and c.i not in person_tokens
            for c in children(verb) if c.i > verb.i)


def _paired_subject(verb: Token, person_tokens: frozenset[int]) -> bool:
    """'X et Y ont échangé', 'X et Y ont discuté lundi': two people as the subject talk together
    ('ont échangé des cadeaux' exchanges a thing; 'ont conversé jeudi', the day the parser may
    take for an object, is when they talked)."""
    return not any(c.dep_ == "obj" and not time_word(c) for c in children(verb)) and _two_as_subject(verb, person_tokens)


def _two_as_subject(verb: Token, person_tokens: frozenset[int]) -> bool:
    """Two people or more among the verb's subjects and their conjuncts ('X et Y ont ...')."""
    subjects = [c for c in children(verb) if c.dep_.startswith("nsubj")]
    if sum(h.i in person_tokens for c in subjects for h in (c, *c.conjuncts)) >= 2:
        return True
    # 'Le président X et son homologue Y ont ...': the names hang on role nouns, wherever the parser
    # put them; two names apart, joined by a conjunction, in the subject's own words
    words = sorted(t.i for c in subjects for t in own_tokens(c, set()))
    names = [i for i in words if i in person_tokens and i - 1 not in person_tokens]
    doc = verb.doc
    return len(names) >= 2 and any(doc[i].dep_ == "cc" for i in words if names[0] < i < names[1])


def _had_by_two(noun: Token, person_tokens: frozenset[int], cues: CallCues) -> bool:
    """'X et Y ont eu un appel dimanche': the call noun is what two people as the subject had."""
    verb = object_of(noun)
    return verb is not None and lemma(verb) in cues.light_verbs and _two_as_subject(verb, person_tokens)


def _lasted_between(noun: Token, person_tokens: frozenset[int], cues: CallCues) -> bool:
    """'L'appel de X à Y a duré une heure': the subject of a verb of lasting, from one person to
    another (an appeal to someone does not last; 'l'appel de X à Y pour des armes est resté
    sans réponse' is a plea)."""
    return noun.dep_ == "nsubj" and lemma(noun.head) in cues.lasting_verbs and \
        called_after_caller(noun, person_tokens, cues) is not None


def _call_partner(noun: Token, person_tokens: frozenset[int], cues: CallCues) -> bool:
    """'un appel avec X', 'un appel entre X et Y', also where the parser hung 'avec X' on the verb
    that has the noun ('a eu un appel avec X', 'la conversation a eu lieu entre X et Y')."""
    def person_end(start: int) -> int | None:
        end = start
        while end in person_tokens:
            end += 1
        return end if end > start else None

    sides = [child for holder in noun_holders(noun, cues) for child in children(holder) if case_words(child) & {"avec", "entre"}]
    sides += [p for word in ("avec", "entre") if (p := following_phrase(noun, word)) is not None]
    return any(any(t.i in person_tokens for t in p.subtree) or listed_after(p, set(), person_end, cues.inclusion)[1]
               or _pair_named_before(p, cues) for p in sides)


def _pointed_at(noun: Token, cues: CallCues) -> bool:
    """'cet échange', 'cet appel', 'cette discussion': a weak noun that could name something else
    ('un échange de tirs', 'un appel au calme') points back at the call just told."""
    return any(c.dep_ == "det" and c.norm_ in cues.demonstratives for c in children(noun)) and not _appeal(noun, cues)


def _hyphenated_pair(noun: Token, person_tokens: frozenset[int]) -> bool:
    """'Appel Biden-Xi', 'Entretien Macron – Zelensky': a headline's call noun and the pair right after it."""
    return bool(hyphenated_pair(noun, person_tokens))


def _purpose(clause: Token, cues: CallCues) -> bool:
    return any(c.dep_ == "mark" and c.norm_ in cues.purpose_marks for c in children(clause))


def _pair_named_before(phrase: Token, cues: CallCues) -> bool:
    """'tout appel entre les deux dirigeants': the pair the article named before. A phrase of its
    own the parser hung on the pair ('d'appel entre les deux présidents depuis le scrutin': the
    call's time, opened by a preposition other than 'de') is not part of the pair's words."""
    if "entre" not in case_words(phrase):
        return False
    hung = {t.i for c in children(phrase) if c.i > phrase.i and c.dep_.startswith("nmod")
            and (opening := case_words(c)) and opening.isdisjoint(cues.of_prepositions) for t in c.subtree}
    return " ".join(t.norm_ for t in phrase.subtree if t.dep_ != "case" and t.i not in hung) in cues.pair_words


def _cleft_caller(verb: Token, person_tokens: frozenset[int]) -> bool:
    """'C'est M. X qui avait appelé', after a call: who placed the call just told (the relative
    clause of a person set off by 'c'est'), not a call of its own."""
    head = verb.head
    return head.i != verb.i and any("Rel" in feature(c, "PronType") for c in subjects_of(verb)) and any(
        c.dep_ == "cop" for c in children(head)) and _names_a_person(head, person_tokens)


def _names_a_person(word: Token, person_tokens: frozenset[int]) -> bool:
    """A person's name, or the civility heading one ('M. X', 'Mme X': the parser makes the title
    the head and hangs the name on it as flat:name)."""
    return word.i in person_tokens or any(c.dep_ == "flat:name" and c.i in person_tokens for c in children(word))


def _phoned_person(verb: Token, person_tokens: frozenset[int], cues: CallCues) -> bool:
    """'appeler X' (a person, directly) is a call; 'appeler à la retenue' is not."""
    antecedent = antecedent_called(verb)
    if antecedent is not None:
        return any(t.i in person_tokens for t in antecedent.subtree if t.i < verb.i)
    words = tokens_of(verb.doc)
    end = min(sentence_bounds(verb)[1], verb.i + 7)
    end = next((t.i for t in words[verb.i + 1:end] if t.text in CLOSING_QUOTES), end)  # '« X m'a appelé », a dit Y': the
    # incise's auxiliary 'a' after the quote is no 'à' of 'appeler à'
    following = [t for t in words[verb.i + 1:end] if not t.is_punct and t.text not in "<>"
                 and not (t.dep_ == "advmod" and t.head.i == verb.i or t.dep_ == "fixed" or t.head.i == verb.i and time_word(t)
                          or together_word(t))
                 and not _day_written(t, words)
                 ][:3]  # 'a appelé à nouveau X', 'a rappelé jeudi à X ses engagements', 'a appelé le 14 mars X'
    if following and following[0].norm_ in {"a", "au", "aux"}:
        return False
    if any(c.pos_ == "VERB" and any(m.norm_ == "a" for m in children(c) if m.dep_ == "mark") for c in children(verb)):
        return False  # "appeler son homologue à instaurer un cessez-le-feu" urges, it does not phone
    if any(c.dep_.startswith("obl") and case_words(c) & cues.plea_prepositions and lemma(c) in cues.plea_nouns for c in children(verb)):
        return False  # "a appelé X à la retenue", "au dialogue": what X is urged to ("à la demande de X" is a call)
    if any(c.dep_ in {"ccomp", "xcomp"} and c.pos_ in {"VERB", "AUX"} and not _purpose(c, cues) and not _relative(c)
           and not incise(c) for c in children(verb) if c.i > verb.i):
        return False  # "en nous rappelant que ..." reminds, it does not call back ("pour le féliciter" is why X was called)
    appositions = [t for c in children(verb) if c.dep_ in {"appos", "dep"} and c.pos_ == "PROPN" and c.i > verb.i for t in c.subtree]

    def person(word: Token) -> bool:  # 'Mme Merkel': the civility, read as a noun, heads the name
        return _names_a_person(word, person_tokens) \
            or lemma(word) in cues.person_role_nouns and any(t.i in person_tokens for t in [*word.subtree, *appositions] if t.i > word.i)
        # 'le président élu X': the role whose name the parser hangs lower down, under 'élu'; 'les deux généraux, X et
        # Y': the names in apposition, hung on the verb

    if any(g.pos_ == "NOUN" and case_words(g) & {"a", "au", "aux"} and g.i not in person_tokens and not time_word(g)
           and lemma(g) not in cues.media and not heads_a_locution(g, cues.locution_nouns, cues)
           for c in children(verb) if c.dep_ in {"obj", "iobj"} for g in children(c)):
        return False  # "a rappelé X à ses engagements", "appeler X au calme": urged or reminded, not phoned ("au téléphone" is,
        # and so is "appeler X au sujet de Y")
    objects = [c for c in children(verb) if c.dep_ == "obj"]
    if any(c.pos_ in {"NOUN", "PROPN"} and c.is_alpha and not person(c) and not a_day(c) and lemma(c) not in cues.nouns
           and not together_word(c) and not _part_of_a_week(c) for c in objects):
        return False  # "lui a rappelé l'importance de ...": what is recalled is a thing, not a person called (not
        # "a appelé X mardi, un appel de deux heures": the call itself, in apposition, read as an object)
    on_the_day = [g for c in children(verb) if time_word(c) for g in children(c) if g.dep_ in {"obj", "appos"}]
    return any(c.dep_ in {"obj", "iobj"} and (c.pos_ == "PRON" and not reflexive(c) or person(c))
               for c in children(verb)) or any(reflexive(c) for c in children(verb)) or any(t.i in person_tokens for t in following) \
        or any(t.i in person_tokens for g in on_the_day for t in g.subtree) \
        or _called_by_a_person(verb, person_tokens)  # "a appelé lundi le chancelier X", hung on the day; "a été appelé par X"


def _saying_shape(verb: Token, cues: CallCues) -> bool:
    """'..., a rappelé jeudi Downing Street', 'comme l'a rappelé X': a verb that both calls back
    and recalls, in an incise after the clause it credits (its subject after it) or in a clause
    in 'comme' whose 'l'' stands for the sentence, says; it calls back only the person it takes
    as its object ('..., puis l'a rappelé mardi': the clitic stands for that person)."""
    if as_said(verb, cues.as_said_marks) is not None:
        return True
    return incise(verb) and not any(c.dep_ in {"obj", "iobj"} and c.pos_ == "PRON" and c.i < verb.i for c in children(verb))


def _part_of_a_week(noun: Token) -> bool:
    """'joindre X « d'ici la fin de la semaine »': 'la fin', 'le début' of a time word says when
    the call is to be made; the parser may read it as a second object, which is no thing recalled."""
    return lemma(noun) in WEEK_PARTS and any(time_word(c) for c in children(noun) if c.dep_ == "nmod")


def _called_by_a_person(verb: Token, person_tokens: frozenset[int]) -> bool:
    """'X a été appelé dimanche par le président Y': a call verb in the passive whose agent, in
    'par', names a person (also hung on the day before it); the words right after the verb need not
    ('par le président' holds no name). 'Joint mercredi par X, Y a ...': a participle with no
    auxiliary is passive by its agent alone."""
    if not any(c.dep_ in {"aux:pass", "obl:agent"} for c in children(verb)):
        return False
    agents = [g for c in children(verb) for g in ([c] if not time_word(c) else children(c)) if g.dep_.startswith(("obl", "nmod"))]
    return any("par" in case_words(a) and any(t.i in person_tokens for t in a.subtree) for a in agents)


def _day_written(word: Token, words: list[Token]) -> bool:
    """A word of a day written out ('le 14 mars', 'le 1er mars', 'jeudi 14'), wherever the parser
    hung it (the name after it may hang on the month)."""
    following = words[word.i + 1] if word.i + 1 < len(words) else None
    return a_day(word) or word.norm_ == "1er" or word.pos_ == "DET" and following is not None and (
        following.norm_ == "1er" or following.pos_ == "NUM" and a_day(following))


def _relative(clause: Token) -> bool:
    """'a appelé X, qu'il connaît bien': a relative clause on the person called, which the parser
    may hang on the verb as its complement ('que' a pronoun here, not the conjunction of 'a rappelé que')."""
    return any("Rel" in feature(m, "PronType") for m in children(clause) if m.i < clause.i)
