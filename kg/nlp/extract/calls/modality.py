"""Status: whether a call happened, is planned, was denied or rests on an unconfirmed report.

This module reads when the call stands (planned, possible, carried out) from the words that
govern it; who vouches for it (an outlet, a side that denies or leaves it open) is `sources`.
Modality counts only where it governs the call: the negation, tense and mood of the call's own
words, and the verbs that take the call as their complement ('envisage de s'entretenir', 'a
démenti cet appel', 'a tenté de joindre'). A verb of which the call is only an adjunct does
not ('X a demandé à Y, lors d'un appel, de ...' reports a call that took place), nor does a
denial of something else in the same sentence.
"""
from __future__ import annotations

from collections.abc import Sequence
from itertools import islice

from spacy.tokens import Token

from kg.nlp.extract.calls.clause import (
    NE_FORMS,
    Sentence,
    a_day,
    adjunct,
    case_words,
    delegate_of,
    governors,
    lemma,
    negated,
    none_since,
    points_back,
    time_anchor,
    time_word,
)
from kg.nlp.extract.calls.lexicon import CallCues
from kg.nlp.extract.calls.sources import (
    a_side_denies_after,
    denied,
    left_open,
    names_a_side,
    said_of_it,
    told_by_the_press,
    took_place,
    unanswered,
    with_its_object,
)
from kg.nlp.extract.records import Status
from kg.nlp.extract.words import OPENING_QUOTES, children, feature, tokens_of


def status_of(trigger: Token, event: Token, sent: Sentence, cues: CallCues, details: bool = True) -> Status | None:
    """The status the sentence gives the call of `trigger`; None when it reports no call
    ('n'envisage pas de s'entretenir'). `details`: whether a conditional or an outlet's word on a
    detail of the call, or on what it dates (`on_a_detail`), doubts the call itself, as it does
    when the sentence names the call's people: with none, it tells of a call told before."""
    status = _status(trigger, event, sent, cues, details)
    if status == "planned" and not cues.scheduled_participles.isdisjoint(sent.lemmas) and none_scheduled_after(trigger.i, sent.tokens, cues):
        return None  # "interrogé sur un éventuel appel entre X et Y, Z a répondu qu'aucun contact n'est envisagé"
    return status


def _status(trigger: Token, event: Token, sent: Sentence, cues: CallCues, details: bool) -> Status | None:
    own = list(dict.fromkeys([trigger, event]))
    on_the_line = lemma(event) in cues.light_verbs and trigger.norm_ in cues.media  # "avoir eu X au téléphone": the call itself
    above = [] if _before_the_clause(trigger, event, cues) else governors(*(event, event) if _joined_through(trigger, event, cues)
                                                                         or on_the_line else (trigger, event))
    if any(lemma(g) in cues.planned and negated(g) or _negated_light_verb(g, cues) for g in above):
        return None  # "n'envisage pas de l'appeler", "n'a pas l'intention de l'appeler", "n'a aucune raison de l'appeler"
    if any(_could_have(g, cues) for g in above[:1]) or _supposed(own + above[:1], cues) or _none_scheduled(trigger, cues):
        return None  # "X, qui aurait pu appeler Y, s'y refuse", "si un appel avait lieu", "aucun appel n'est prévu"
    if above and _on_the_agenda(above[0], cues):
        return None if negated(above[0]) else "planned"  # "un entretien est à l'ordre du jour" / "n'est pas ..."
    if any(c.norm_ in cues.habit_adverbs and c.dep_.startswith("advmod") for t in own for c in children(t)):
        return None  # "X appelle régulièrement Y", "ils se parlent souvent": a habit, no call of its own
    if event.pos_ == "VERB" and not cues.habit_determiners.isdisjoint(sent.norms) and any(
            t.norm_ in cues.habit_determiners and t.dep_ == "det" and time_word(t.head) for t in event.subtree):
        return None  # "X appelait Y presque chaque semaine" (the time hung anywhere in the clause)
    ruled = next((g for g in above if lemma(g) in cues.possible_when_negated), None)
    if ruled is not None:
        return "planned" if negated(ruled) else None  # "n'exclut pas un appel" / "exclut tout appel"
    if any(c.dep_ == "mark" and c.norm_ in cues.absence_prepositions for t in own for c in children(t)):
        return None  # "a écrit à X sans l'appeler", "est reparti sans s'entretenir avec Y": the call did not happen
    if any(none_since(t) and not _not_yet(t, cues) for t in own) and not none_at_all(trigger):
        return None  # "X ne parle plus à Y depuis un an", "ne se sont pas parlé depuis la crise": a state, not a call
        # denied by anyone (a day after 'depuis' dates the last one, `attributes.last_time`); "ne se sont pas encore
        # parlé depuis l'investiture" denies any call in all that time
    if any(p in sent.words for p in cues.unconfirmed_phrases) or sent.text.rstrip().endswith("?"):
        return "unconfirmed"  # also a headline that asks "Un appel entre X et Y ?"
    answers = [d for t in own for c in children(t) if c.norm_ == "ce" for d in c.subtree]  # "..., ce que X dément"
    if not cues.confirmation_verbs.isdisjoint(sent.lemmas):  # the words first: most sentences have none
        answers += [t for t, base in zip(sent.tokens, sent.lemmas, strict=True)  # "mais X ne l'a pas confirmé"
                    if base in cues.confirmation_verbs and said_of_it(t)]
    if any(left_open(g, cues) for g in above + answers):
        if above and lemma(above[0]) in cues.scheduled_participles and not negated(above[0]):
            return "planned"  # "n'a pas confirmé qu'un tel entretien était prévu": a plan left open, of no call told before
        return "unconfirmed"  # "n'a pas confirmé l'appel", "n'a ni confirmé ni démenti un entretien", "ce que X n'a pas confirmé"
    if not cues.attribution.isdisjoint(sent.norms) and _source_unsure(sent, cues):
        return "unconfirmed"  # "selon le journal Z, qui n'a pas obtenu de confirmation"
    if _not_made_known(trigger, event, above, cues):
        return None  # "aucun entretien n'a été annoncé": nothing told, and nothing denied either
    if _a_stance(trigger, event, cues):
        return None  # "X ne parle pas à Y", "ne parlera pas avec Y tant que ...", "a dit qu'il ne l'appellerait pas"
    if _a_cleft_of_any_call(trigger):
        return None  # "ce n'est pas un coup de fil qui change une politique": what any call does, none told
    if denied([trigger] if adjunct(trigger, event) and not on_the_line else own, above, cues):  # "n'a pas cédé lors de l'appel"
        return "denied"
    if (undone := _not_taken_place(trigger, event, above, cues)) is not None:
        if none_since(undone):
            return None  # "un entretien n'a pas eu lieu depuis des mois": a state, not a call
        if _not_yet(undone, cues) or "Fut" in feature(undone, "Tense"):
            return "planned"  # "n'a pas encore eu lieu", "n'aura finalement pas lieu lundi": still to come (postponed)
        return "denied"
    if _request_not_met(trigger, above, cues):
        return "denied"
    if a_side_denies_after(trigger, sent, cues):
        return "denied"
    if unanswered(trigger, event, cues):
        return "denied"
    if lemma(event) in cues.joining_verbs and negated(event):
        return None  # "X n'a pas pris part à l'échange", "n'a pas été associé à la conversation": not on it
    if trigger.pos_ == "NOUN" and any(c.dep_ == "det" and c.norm_ in cues.any_determiners for c in children(trigger)):
        return None  # "avant tout appel entre X et Y", "tout appel serait une victoire": any call, none told
    if _in_doubt(trigger, cues):
        return "unconfirmed"  # "le prétendu appel entre X et Y"
    happening = own + [g for g in above[:1] if lemma(g) in cues.happening_verbs or _complement(trigger)
                       and not _finite(trigger) or trigger.pos_ in {"NOUN", "PROPN"} and any(c.dep_ == "cop" for c in children(g))]
    if _planned(own, happening, above, cues):
        return "occurred" if _done_as_planned(own, cues) else "planned"
    if _possible_later(own, happening, above, cues) or _said_possible(trigger, cues):
        return "planned"  # "pourraient se parler cette semaine", "un appel pourrait avoir lieu", "un appel est possible"
    conditional = [t for t in happening if _mood(t, "Cnd") or lemma(t) in cues.call_verbs and conditional_form(t) or
                   any(c.norm_ in cues.conditional_auxiliaries for c in children(t) if c.dep_.startswith("aux"))]
    if any(not _has_aux(t) for t in conditional) and any(_reported_in_the_past(g, cues) for g in above):
        return "planned"  # "a annoncé que X appellerait Y": the future of a past announcement
    if _future_of_a_past_saying(event, cues):
        return "planned"  # "a annoncé qu'il réunirait mercredi les chefs d'État (lors d'un sommet) en visioconférence"
    if conditional and trigger.pos_ == "NOUN" and any(_judged(g, trigger, cues) for g in conditional):
        return None  # "un appel entre X et Y serait « utile »", "serait une erreur": a call judged, none told
    if not details and on_a_detail(trigger, event, cues):
        return "occurred"  # "L'appel aurait duré une heure, selon Z", "Z évoque une note rédigée avant l'appel"
    if conditional:
        return "unconfirmed"
    if any(told_by_the_press(g, cues) for g in trigger.ancestors):  # adjuncts too: the outlet tells the whole clause
        return "unconfirmed"  # "le journal a rapporté que ...", "le quotidien ajoutait que ..."
    if any(lemma(c) in cues.hearsay_nouns and (c.dep_.startswith("nsubj") or case_words(c) & cues.attribution)
           for g in [trigger, *trigger.ancestors] for c in children(g)):  # the word first: it costs the least
        return "unconfirmed"  # "des rumeurs font état d'un appel", "selon des rumeurs, X et Y se seraient parlé"
    return "occurred"


def on_a_detail(trigger: Token, event: Token, cues: CallCues) -> bool:
    """'Le journal évoque une note rédigée avant l'appel', 'depuis l'échange, X aurait ...': a
    call noun that only dates another event; 'l'entretien aurait duré dix minutes', 'aurait porté
    sur Z', 'aurait été demandé par Y': a call noun, the subject of what is said of it (its length,
    content, tone, asker), not of its taking place. A conditional or an outlet there bears on that
    event or detail; 'l'appel aurait eu lieu', 'un appel aurait été passé' bear on the call."""
    if trigger.pos_ != "NOUN":
        return False
    if trigger.dep_.startswith(("obl", "nmod", "advmod")):
        return bool(case_words(trigger) & cues.dating_prepositions) or time_anchor(trigger)
    said = trigger.head
    return trigger.dep_.startswith("nsubj") and event is trigger and said.i != trigger.i and not took_place(said, cues) \
        and lemma(said) not in cues.light_verbs | cues.happening_verbs - cues.lasting_verbs


def _joined_through(trigger: Token, event: Token, cues: CallCues) -> bool:
    """'Le chancelier a proposé d'y associer Y par visioconférence', 'X doit participer par
    téléphone à la réunion': the call is the way someone joins the event, not a circumstance of
    it, so what governs the joining (a proposal, a plan, a negation) governs the call too."""
    return event is not trigger and lemma(event) in cues.joining_verbs and trigger.dep_.startswith("obl") \
        and bool(case_words(trigger) & cues.medium_adjunct_markers)


def _not_made_known(trigger: Token, event: Token, above: list[Token], cues: CallCues) -> bool:
    """'Aucun entretien entre X et Y n'a été annoncé', 'l'Elysée n'a pas signalé d'appel': a verb
    of making known, negated, of which a call with no definite article is the subject or object,
    says that no call was reported, which is no denial (and may be said of another pair than the
    article's). 'n'a pas annoncé l'appel' takes the call as given and stays a call."""
    if trigger.pos_ != "NOUN" or any(c.dep_ == "det" and ("Def" in feature(c, "Definite") or "Yes" in feature(c, "Poss"))
                                     for c in children(trigger)):
        return False
    return any(lemma(v) in cues.untold_when_negated and negated(v) for v in [event, *above[:1]] if v is not trigger)


def _a_stance(trigger: Token, event: Token, cues: CallCues) -> bool:
    """'X ne parle pas à Y', 'X ne discute pas avec Y', 'ne parlera pas avec Y tant que ...', 'a
    indiqué qu'il ne téléphonerait pas à Y': a talk verb itself negated, in a simple present,
    future or conditional, with no day, states a policy; no call is told as having happened, nor
    said not to have happened (`denied` is a call one side says did not take place). Not 'n'a
    pas parlé à Y', 'ne s'est pas entretenu avec Y', 'ne parlait pas' (a past: denied), nor 'ne
    parle pas à Y ce mardi' (a day: that call is denied)."""
    if trigger.i != event.i or trigger.pos_ != "VERB" or lemma(trigger) not in cues.call_verbs or not negated(trigger):
        return False
    if _has_aux(trigger) or any(a_day(t) for t in trigger.subtree):  # the day hung anywhere ('ce mardi' read as a conj)
        return False
    return "Pres" in feature(trigger, "Tense") and "Ind" in feature(trigger, "Mood") or _mood(trigger, "Fut", "Tense") \
        or _future(trigger) or _mood(trigger, "Cnd") or conditional_form(trigger)


def _could_have(verb: Token, cues: CallCues) -> bool:
    """'X aurait pu appeler Y', 'aurait dû s'entretenir avec Y': 'pouvoir' or 'devoir' in the past
    conditional over the call says it could or should have been made, so it was not, and is no
    plan either ('pourrait appeler Y', in the present conditional, is one)."""
    return lemma(verb) in cues.possibility_verbs | cues.obligation and "Part" in feature(verb, "VerbForm") and any(
        c.dep_.startswith("aux") and ("Cnd" in feature(c, "Mood") or c.norm_ in cues.conditional_auxiliaries) for c in children(verb))


def _supposed(clauses: list[Token], cues: CallCues) -> bool:
    """'Si un appel avait lieu, il porterait sur Z', 'si X appelait Y', 's'il avait eu lieu':
    'si' with the imperfect or the pluperfect supposes a call that is not real, so none is told
    and none planned ('si l'entretien se tient', in the present, is a plan: `_planned`)."""
    return any(c.dep_ == "mark" and c.norm_ in cues.hypothesis_marks and c.i < t.i and _mood(t, "Imp", "Tense")
               for t in clauses for c in children(t))


def _done_as_planned(own: list[Token], cues: CallCues) -> bool:
    """'Ils avaient convenu de se reparler dans l'après-midi, ce qu'ils ont fait vers 15 h': a
    'ce que' relative on the planned call, of a verb of doing told in the past and not negated,
    says the plan was carried out: the call took place."""
    return any(c.norm_ == "ce" and any(r.dep_ == "acl:relcl" and lemma(r) in cues.fulfilment_verbs and _past(r) and not negated(r)
                                        for r in children(c)) for t in own for c in children(t))


def _a_cleft_of_any_call(noun: Token) -> bool:
    """'Ce n'est pas un appel qui réglera la crise': a call noun with an indefinite article, the
    negated focus of a cleft ('ce' its subject, its relative the cleft's rest), says what any call
    does or not; the negation bears on the relative, it denies no call, and no call is told."""
    kids = children(noun)
    return noun.pos_ == "NOUN" and negated(noun) and any(c.dep_ == "cop" for c in kids) \
        and any(c.dep_.startswith("nsubj") and c.norm_ == "ce" for c in kids) and any(c.dep_ == "acl:relcl" for c in kids) \
        and any(c.dep_ == "det" and "Ind" in feature(c, "Definite") for c in kids)


def none_at_all(trigger: Token) -> bool:
    """'Il n'y a eu aucun échange entre X et Y depuis mars', 'aucun appel n'a eu lieu depuis
    mars': the call noun itself is negated, a denial of any call; 'depuis' bounds the stretch it
    covers and dates no call, unlike 'ne se sont plus parlé depuis mars' (a state since the last one)."""
    return trigger.pos_ == "NOUN" and negated(trigger)


def none_scheduled_after(after: int, tokens: Sequence[Token], cues: CallCues) -> bool:
    """'Interrogé sur un éventuel appel entre X et Y, l'Élysée a répondu qu'aucun contact n'est
    envisagé', '... qu'un échange n'est pas prévu': a call noun after the plan (after the token
    `after`: the call's word, or the sentence before, which the finder asks of the sentence after
    it: 'On évoque un éventuel appel entre X et Y. L'Élysée a répondu qu'aucun échange n'est
    prévu'), with no side of its own and not another one ('aucun autre appel n'est prévu' leaves
    the plan told), of which the words say no one is scheduled: the plan evoked is answered by a no."""
    return any(t.i > after and t.pos_ == "NOUN" and lemma(t) in cues.nouns | cues.contact_nouns and (
        _none_scheduled(t, cues) or t.dep_.startswith("nsubj") and lemma(t.head) in cues.scheduled_participles and negated(t.head))
        and not any(names_a_side(c, cues) or c.norm_ in cues.another for c in children(t)) for t in tokens)


def scheduled_after(tokens: Sequence[Token], cues: CallCues) -> bool:
    """'L'entretien entre X et Y n'a pas eu lieu ce matin. Selon Z, il est prévu en fin de
    journée': a verb of scheduling in the passive, not negated, whose subject is a pronoun of the
    third person singular and which takes no clause ('il est prévu que ...', 'il est prévu de
    ...' are impersonal, and schedule something else): the sentence right after a call names no
    other thing it could be, so the pronoun is that call, which is planned, not denied."""
    return any(lemma(t) in cues.scheduled_participles and not negated(t) and any(c.dep_ == "aux:pass" for c in children(t))
               and any(c.dep_ == "nsubj:pass" and c.pos_ == "PRON" and "3" in feature(c, "Person")
                       and "Sing" in feature(c, "Number") for c in children(t))
               and not any(c.dep_ in {"ccomp", "csubj", "xcomp"} for c in children(t)) for t in tokens)


def _none_scheduled(trigger: Token, cues: CallCues) -> bool:
    """'Aucun appel entre X et Y n'est prévu', 'aucun contact n'était pour l'instant programmé': a
    call noun under 'aucun' with a negated verb of scheduling says that no call is planned and
    none told, which is no denial ('aucun appel n'a eu lieu' is one). The parser may hang the
    'ne' and the participle on a phrase put between ('pour l'instant'), itself under the noun."""
    if trigger.pos_ != "NOUN" or not negated(trigger):
        return False
    clause = trigger.head if trigger.dep_.startswith("nsubj") else trigger
    ne = next((t for t in clause.subtree if t.i > trigger.i and t.norm_ in NE_FORMS), None)
    return ne is not None and any(lemma(w) in cues.scheduled_participles
                                  for w in [ne.head, *(c for c in children(ne.head) if c.i > ne.i)])


def _source_unsure(sent: Sentence, cues: CallCues) -> bool:
    """'selon le journal Z, qui n'a pas confirmé l'information', '..., qui n'a pas obtenu de
    confirmation': the source the report is attributed to says, in a relative clause of its own,
    that it could not confirm it, so the call rests on that report alone."""
    for token, norm in zip(sent.tokens, sent.norms, strict=True):
        if norm not in cues.attribution or token.dep_ != "case":
            continue
        for clause in children(token.head):
            objects = [c for c in children(clause) if c.dep_ == "obj"]
            if clause.dep_ == "acl:relcl" and negated(clause) and not any(time_word(o) for o in objects) and (
                    lemma(clause) in cues.confirmation_verbs or any(lemma(o) in cues.confirmation_nouns for o in objects)):
                return True  # not 'qui n'a pas confirmé l'heure': the call, not its time, left open
    return False


def _complement(word: Token) -> bool:
    """The complement of the verb above ('tentera de joindre Y'), also read as a clause of it."""
    return word.dep_ in {"xcomp", "ccomp"} or word.dep_ == "acl" and word.head.pos_ == "VERB"


def _not_taken_place(trigger: Token, event: Token, above: list[Token], cues: CallCues) -> Token | None:
    """'L'appel annoncé n'a finalement pas eu lieu', 'l'entretien ne s'est pas tenu': the negated
    verb saying the call took place, of which the call noun is the subject: it was denied, or is
    still to come ('n'a pas encore eu lieu'). 'ne s'est pas bien passé' says how it went, not whether."""
    if event is not trigger or not above or not trigger.dep_.startswith("nsubj") or not negated(above[0]):
        return None
    return above[0] if took_place(above[0], cues) else None


def _not_yet(verb: Token, cues: CallCues) -> bool:
    """'ne se sont pas encore parlé': the negation with 'encore' says no call has come yet."""
    return any(c.norm_ in cues.not_yet and c.dep_.startswith("advmod") for c in children(verb))


def _request_not_met(trigger: Token, above: list[Token], cues: CallCues) -> bool:
    """'X avait sollicité un entretien avec Y, mais celui-ci n'a pas pu avoir lieu': the call asked
    for, taken up by a pronoun in the clause coordinated with the request, did not take place
    (also 'mais il n'a pas eu lieu'). Said of the call noun, not of the request's other words. The
    parser may hang the coordinated clause on a word of the request ('..., mais celui-ci n'a pas eu
    lieu' as a conjunct of the partner's name): any clause coordinated within the request counts."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "obj" or not above or above[0].i != trigger.head.i \
            or lemma(above[0]) not in cues.request_verbs:
        return False
    for clause in above[0].subtree:
        if clause.dep_ != "conj" or clause.pos_ not in {"VERB", "AUX"} or clause.i < trigger.i or not negated(clause) or not any(
                c.dep_ in {"nsubj", "expl:subj"} and c.pos_ == "PRON" for c in children(clause)):
            continue
        said = [clause] + [c for c in children(clause) if c.dep_ == "xcomp" and lemma(clause) in cues.possibility_verbs]
        if any(took_place(verb, cues) for verb in said):
            return True
    return False


def _negated_light_verb(noun: Token, cues: CallCues) -> bool:
    """'n'a pas l'intention de', 'n'a aucune raison de', 'n'a pas eu le temps de': the noun the call
    completes is the object of a light verb that is negated, so no plan and no call ('n'a pas
    caché son intention de' still has one)."""
    return noun.pos_ == "NOUN" and noun.dep_ == "obj" and lemma(noun.head) in cues.light_verbs and negated(noun.head)


def _before_the_clause(trigger: Token, event: Token, cues: CallCues) -> bool:
    """'X doit appeler Y jeudi, après un premier échange le 2 mars': a call noun after 'après' or
    'depuis' happened before what its clause tells, and one that dates the clause ('X a dit ne pas
    céder, au lendemain d'un entretien avec Y') is that clause's point in time: the clause's
    modality is not its own."""
    return event is trigger and trigger.pos_ == "NOUN" and trigger.dep_.startswith(("obl", "nmod")) \
        and bool(case_words(trigger) & cues.earlier_event_prepositions or time_anchor(trigger))


def sought(trigger: Token, event: Token, cues: CallCues) -> str | None:
    """A call someone wanted or asked for, told in the past ('avait demandé à s'entretenir', 'a
    annoncé son intention de l'appeler'): the plan of a call the article may also report as done.
    'before' when the wish is told as anterior to the story ('il avait voulu'), else 'past'."""
    for g in governors(trigger, event):
        if lemma(g) in cues.intention_cues:
            verb = g if g.pos_ in {"VERB", "AUX"} else next((a for a in g.ancestors if a.pos_ in {"VERB", "AUX"}), None)
            if verb is None or not _past(verb) or still_ahead_when_told(verb, cues):
                return None
            return "before" if any("Imp" in feature(a, "Tense") for a in children(verb) if a.dep_.startswith("aux")) else "past"
    return None


def still_ahead_when_told(verb: Token, cues: CallCues) -> bool:
    """'X a précisé qu'il comptait appeler Y d'ici vendredi', '... qu'il prévoyait de s'entretenir
    avec Y': an intention in the simple imperfect, the clause of a past verb of saying, is the plan
    as it stood when it was told (the tense follows the saying's), a call still to come; told
    alone ('il voulait appeler Y') or in the plus-que-parfait ('avait prévu'), it was a plan of before."""
    return verb.dep_ == "ccomp" and "Imp" in feature(verb, "Tense") and not _has_aux(verb) \
        and _reported_in_the_past(verb.head, cues)


def requested(trigger: Token, event: Token, cues: CallCues) -> bool:
    """'X a demandé à s'entretenir avec Y': X asked for the call, so X initiated it."""
    return any(lemma(g) in cues.request_verbs for g in governors(trigger, event))


def _past(verb: Token) -> bool:
    """Passé composé, plus-que-parfait or imparfait: 'a annoncé', 'avait demandé', 'voulait'."""
    aux = [c for c in children(verb) if c.dep_ in {"aux", "aux:tense"}]
    if aux:
        return not any("Fut" in feature(a, "Tense") for a in aux)
    return "Imp" in feature(verb, "Tense")


def _planned(own: list[Token], happening: list[Token], above: list[Token], cues: CallCues) -> bool:
    if delegate_of(own[0], own[-1], cues) is not None:
        return True  # "X a chargé Y de contacter Z": the call handed to Y is still to come
    if any((lemma(g) in cues.planned or g.norm_ in cues.planned or lemma(g) in cues.postpone_verbs) and not _obliged(g, cues)
           for g in above):
        return True  # "envisage de s'entretenir", "est censé appeler", "ont convenu de se parler", "l'appel a été reporté"
    if _in_the_making(own[0], cues) or _in_prospect(own[0], cues) or _being_set_up(own[0], cues):
        return True  # "un appel Biden-Xi en préparation", "la perspective d'un nouvel appel"
    if any("Inf" in feature(t, "VerbForm") and _word_before(t).norm_ in cues.intent_forms for t in own):
        return True  # "X compte appeler Y", "X compte s'entretenir avec Y", 'compte' read as a noun
    if any("Inf" in feature(t, "VerbForm") and _plan_just_before(t, cues) for t in own):
        return True  # "X a de son côté prévu de s'entretenir avec Y", 'prévu' hung on the incise
    if not _what_a_telling_is_about(own[0], cues) and any(c.dep_ == "mark" and c.norm_ in cues.purpose_marks and c.i < own[0].i
                                          and not _done_for_it(t, cues) for t in own + above for c in children(t)):
        # the act asked of a clause only for a mark of purpose
        return True  # "part pour Rome afin de prendre part à l'appel", "si l'entretien se tient" (not "X a appelé Y
        # pour évoquer Z" with 'évoquer' read as the head of it all)
    if any(lemma(c) in cues.planned or c.norm_ in cues.planned for t in own for c in children(t)
           if c.dep_ in {"amod", "advmod", "aux", "aux:tense", "cop"} or c.dep_ == "acl" and lemma(c) in cues.scheduled_participles
           and not _took_place_since(t, cues) and not _past_its_purpose(t, c, cues)):
        return True  # "le prochain entretien", "doit s'entretenir", "prochainement"
    return any((_mood(t, "Fut", "Tense") or lemma(t) in cues.call_verbs and _future(t)) and not _looking_back(t, cues)
               for t in happening)  # "parlera", "aura lieu", "sera organisée"


def _past_its_purpose(call: Token, participle: Token, cues: CallCues) -> bool:
    """'X a téléphoné à Y pour préparer le sommet, prévu du 22 au 24 août': a participle of plan
    after the call's clause of purpose qualifies a noun of that clause (the summit is planned),
    whatever word the parser hung it on: it plans nothing of the call."""
    return any(clause.dep_.startswith("advcl") and clause.i < participle.i and any(
        m.dep_ == "mark" and m.norm_ in cues.purpose_marks for m in children(clause)) and any(
        c.pos_ in {"NOUN", "PROPN"} for c in children(clause)) for clause in children(call))


def _being_set_up(noun: Token, cues: CallCues) -> bool:
    """'X convoque un sommet virtuel avec Y', 'X annonce une visioconférence': a call noun, the
    object of a verb that calls a meeting, in the simple present, is a meeting to come (the
    present of the news tells the convening, not the meeting); 'a convoqué une visioconférence'
    may tell one held since, and 'il organise une conversation avec Y', in a narrative present,
    one held then. The word that makes it a call may be the noun's adjective ('virtuel');
    the tagger may read the present of a headline as a participle ('convoque'), which with a
    subject of its own and no auxiliary it cannot be."""
    noun = noun.head if noun.dep_ == "amod" else noun
    verb = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "obj" or lemma(verb) not in cues.setting_up_verbs \
            or any(c.dep_.startswith("aux") for c in children(verb)):
        return False
    return "Pres" in feature(verb, "Tense") and "Ind" in feature(verb, "Mood") or \
        "Part" in feature(verb, "VerbForm") and any(c.dep_ == "nsubj" for c in children(verb))


def _in_the_making(noun: Token, cues: CallCues) -> bool:
    """'Un appel Biden-Xi en préparation', 'un entretien en projet': a call noun that 'en' and a
    noun of planning follow, past its own words and the names of its pair, is still to come. A
    verbless headline's parse may hang that phrase on its first word rather than on the noun."""
    if noun.pos_ != "NOUN":
        return False
    doc, at = noun.doc, noun.i + 1
    own = {t.i for t in noun.subtree}
    while at < len(doc) and (at in own and doc[at].norm_ != "en" or doc[at].ent_type_ == "PER"):
        at += 1  # 'un appel Biden-Xi', the names whichever way the parser tagged them
    return at + 1 < len(doc) and doc[at].norm_ == "en" and doc[at].dep_ == "case" and doc[at].head.i == at + 1 \
        and lemma(doc[at + 1]) in cues.planned


def _in_prospect(noun: Token, cues: CallCues) -> bool:
    """'Reste la question d'un nouvel appel avec X', 'la perspective d'un entretien', 'cet échange
    ouvre la voie à un entretien entre X et Y': a call noun with an indefinite article, the
    complement of a noun that looks ahead, is a call still to come ('au cours d'un appel', 'à
    l'issue d'un entretien' tell one held). Not one 'entre les deux présidents': the pair named
    before is the pair of the talk that looks ahead, often not the one it looks ahead to."""
    return noun.pos_ == "NOUN" and noun.dep_ == "nmod" and noun.head.pos_ == "NOUN" and lemma(noun.head) in cues.prospect_nouns \
        and any(c.dep_ == "det" and "Ind" in feature(c, "Definite") for c in children(noun)) \
        and not any(points_back(c, cues) for g in [noun, *islice(noun.ancestors, 2)] for c in children(g)
                    if case_words(c) & {"entre"})  # the pair hung anywhere up to the verb


def _what_a_telling_is_about(noun: Token, cues: CallCues) -> bool:
    """'X appelle Y pour lui rendre compte de la conversation', '... afin de l'informer de
    l'échange', '... pour lui faire le récit de l'entretien': a call noun that a verb of telling
    (with its object) is about was held before the telling; a purpose clause makes the telling
    a thing to do, not the call told."""
    if noun.pos_ != "NOUN":
        return False
    holder = noun.head.head if noun.head.pos_ == "NOUN" and noun.head.dep_ == "obj" else noun.head  # 'faire le récit de'
    return bool(with_its_object(holder) & cues.telling_phrases)


def _took_place_since(noun: Token, cues: CallCues) -> bool:
    """'La conversation prévue entre X et Y a eu lieu mardi', 's'est tenue': the call once planned,
    the subject of a verb saying, in the passé composé or simple, that it took place."""
    verb = noun.head
    if not noun.dep_.startswith("nsubj") or not took_place(verb, cues) or negated(verb):
        return False
    if "Part" in feature(verb, "VerbForm"):
        return any(c.dep_ == "aux:tense" and "Pres" in feature(c, "Tense") and "Ind" in feature(c, "Mood") for c in children(verb))
    return "Past" in feature(verb, "Tense") and "Ind" in feature(verb, "Mood")


def _looking_back(verb: Token, cues: CallCues) -> bool:
    """'X aura finalement parlé deux heures avec Y lundi': a futur antérieur with 'finalement',
    'bien' sums up what took place; it plans nothing ('aura parlé à Y d'ici vendredi' does)."""
    return "Part" in feature(verb, "VerbForm") and any(c.norm_ in cues.fulfilment_adverbs for c in children(verb))


def _in_doubt(noun: Token, cues: CallCues) -> bool:
    """'le prétendu appel entre X et Y', 'le présumé entretien': a call said to be alleged is told
    and not vouched for. ('Interrogé sur un éventuel entretien' stays a plan: a side asked about a
    call that may come.)"""
    before = noun.doc[noun.i - 1] if noun.i else noun  # 'le présumé entretien': the adjective may be tagged as the noun's head
    return noun.pos_ == "NOUN" and (before.norm_ in cues.alleged or any(c.norm_ in cues.alleged for c in children(noun) if c.dep_ == "amod"))


def _obliged(verb: Token, cues: CallCues) -> bool:
    """'X a dû appeler Y lundi': 'devoir' in the passé composé tells an obligation met, a call
    made ('devait', 'doit' tell one still to meet)."""
    return lemma(verb) in cues.obligation and "Part" in feature(verb, "VerbForm") and any(
        c.dep_ == "aux:tense" and "Pres" in feature(c, "Tense") and "Ind" in feature(c, "Mood") for c in children(verb))


def _done_for_it(clause: Token, cues: CallCues) -> bool:
    """'X a interrompu une réunion pour appeler Y': a phone call that is the purpose of an act told
    as done (passé composé or simple, no plan, no request, no saying) took place with it ('s'est
    rendu à Berlin pour s'entretenir avec Y' goes to talk there: no call)."""
    act = clause.head
    if clause.dep_ != "advcl" or lemma(clause) not in cues.phone_verbs or act.i == clause.i or act.pos_ != "VERB" \
            or lemma(act) in cues.planned | cues.reporting | cues.request_verbs:
        return False
    auxiliaries = [c for c in children(act) if c.dep_ == "aux:tense"]
    return any("Pres" in feature(a, "Tense") and "Ind" in feature(a, "Mood") for a in auxiliaries) and \
        "Part" in feature(act, "VerbForm") or not auxiliaries and "Past" in feature(act, "Tense") and "Fin" in feature(act, "VerbForm")


def _on_the_agenda(governor: Token, cues: CallCues) -> bool:
    """The call is the subject of 'être à l'ordre du jour', 'être au programme': the phrase
    (with its preposition) the governing word heads, or a phrase of the verb 'être' ('n'est pas
    à l'ordre du jour', read with 'est' as the head), or the phrase 'est' is read as the copula of."""
    doc = governor.doc
    predicate = [governor.head] if governor.dep_ == "cop" else []  # 'n'est pas à l'ordre du jour', 'ordre' heading it
    for head in [governor, *predicate, *(c for c in children(governor) if c.dep_.startswith("obl"))]:
        words = [t.norm_ for t in tokens_of(doc)[max(head.i - 2, 0):head.i + 3]]
        if any(words[k:k + len(phrase)] == list(phrase) for phrase in cues.agenda_phrases for k in range(len(words))
               if words[k] == phrase[0]):  # a phrase compared only where its first word is
            return True
    return False


def _word_before(verb: Token) -> Token:
    """The word before a verb, its clitic pronouns and the adverbs between ('s'entretenir', 'lui
    parler', 'compte également appeler', 'compte aussi s'entretenir'): an adverb there is the
    verb's or the word's before it, whichever the parser hung it on."""
    at = verb.i - 1
    while at > 0 and _between(verb.doc[at], verb):
        at -= 1
    return verb.doc[max(at, 0)]


def _plan_just_before(verb: Token, cues: CallCues) -> bool:
    """'X a de son côté prévu de s'entretenir avec Y': an infinitive whose 'de' follows a verb of
    plan is that verb's complement, whatever the parser, thrown by an incise before the
    participle, made of it (the participle hung on 'côté', the infinitive the root)."""
    mark = _word_before(verb)
    if mark.norm_ != "de" or mark.head.i != verb.i or mark.i == 0:
        return False
    plan = mark.doc[mark.i - 1]
    return plan.pos_ == "VERB" and lemma(plan) in cues.planned and not negated(plan)


def _between(word: Token, verb: Token) -> bool:
    """A clitic pronoun of `verb`, an adverb hung on it or on a word before, or the quotation
    mark that opens a quote of the verb's words ('compte « également parler avec Y »': the
    quote is the speaker's, the intention the reporter's)."""
    return word.head.i == verb.i and word.pos_ == "PRON" or word.pos_ == "ADV" and (word.head.i == verb.i or word.head.i < word.i) \
        or word.text in OPENING_QUOTES


def _possible_later(own: list[Token], happening: list[Token], above: list[Token], cues: CallCues) -> bool:
    """'pourrait' over a call in the present infinitive is a call that may come: a plan. Over a
    perfect one ('pourrait avoir eu lieu', 'pourraient s'être parlé') it is a report we cannot confirm."""
    possible = any(lemma(g) in cues.possibility_verbs and (_mood(g, "Cnd") or conditional_form(g)) for g in above[:2])
    perfect = any(c.dep_ == "aux:tense" for t in own + happening for c in children(t))
    return possible and not perfect


def _said_possible(trigger: Token, cues: CallCues) -> bool:
    """'Un entretien entre X et Y est « possible » dans les semaines à venir', 'reste envisageable':
    the call noun is the subject of an adjective of possibility: a call that may come."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "nsubj":
        return False
    head = trigger.head  # 'est possible', or 'reste envisageable' (the adjective a complement of the verb)
    said = [head] if head.pos_ == "ADJ" and any(c.dep_ == "cop" for c in children(head)) else \
        [c for c in children(head) if c.dep_ == "xcomp" and c.pos_ == "ADJ"]
    return any(lemma(a) in cues.possible_adjectives for a in said)


def _judged(predicate: Token, noun: Token, cues: CallCues) -> bool:
    """A call noun not told before ('un appel', not 'l'appel' the article reports) is the subject
    of a predicate with a copula ('serait utile', 'serait une erreur'), one that does not say it
    may come ('serait possible' does)."""
    if any(c.dep_ == "det" and c.norm_ in cues.definite_determiners for c in children(noun)):
        return False  # "l'appel aurait été cordial, selon Z": the call Z reports, in Z's words
    return any(c.dep_ == "cop" for c in children(predicate)) and predicate.i != noun.i and \
        any(s.i == noun.i for s in children(predicate) if s.dep_.startswith("nsubj")) and \
        lemma(predicate) not in cues.possible_adjectives and predicate.norm_ not in cues.possible_adjectives


def _mood(token: Token, value: str, field: str = "Mood") -> bool:
    """The word, or its auxiliary or copula, is in this mood or tense ('aurait eu', 'parlera', 'sera')."""
    return value in feature(token, field) or any(
        value in feature(c, field) for c in children(token) if c.dep_ in {"aux", "aux:tense", "aux:pass", "cop"})


def conditional_form(token: Token) -> bool:
    """A call verb in the conditional by its ending, where the tagger reads an imperfect
    ('appellerait' tagged Tense=Imp): '-rait' that is not the imperfect of the lemma ('durait')."""
    return _ends_in(token, ("ait", "aient"))


def _future(token: Token) -> bool:
    """A call verb in the future by its ending, where the tagger reads a past ('s'entretiendra' of
    a headline tagged Tense=Past): '-ra', '-ront' ... that is not the passé simple or the present
    of a lemma whose stem ends in 'r' ('déclara', 'déclarons')."""
    return _ends_in(token, ("a", "ai", "as", "ons", "ez", "ont"))


def _ends_in(token: Token, endings: tuple[str, ...]) -> bool:
    """The verb ends in 'r' and one of these endings, the 'r' not the last letter of its stem:
    the future and conditional of French verbs are built on a stem ending in 'r'."""
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    form, base = token.norm_, lemma(token)  # fold(token.lemma_), kept by the lemma's hash (the fold costs ~1 µs)
    stem = base[:-2] if base.endswith(("er", "ir")) else base[:-3] if base.endswith("re") else base
    return any(form.endswith("r" + e) and not form.startswith(stem + e) for e in endings)


def _finite(verb: Token) -> bool:
    """A verb with a finite auxiliary of its own ('s'étaient parlé', 'être' read as passive or not):
    its clause has its own tense, whatever the parser hangs it under ('Narendra' read as a verb in
    the future)."""
    return any(c.dep_ in {"aux:tense", "aux:pass"} and "Fin" in feature(c, "VerbForm") for c in children(verb))


def _has_aux(token: Token) -> bool:
    """A compound tense: 'aurait appelé', and 'se seraient parlé', whose 'être' the parser reads as
    a passive's (a pronominal verb's past, where 'serait organisé' is a passive, the future of a past)."""
    return any(c.dep_ in {"aux", "aux:tense"} for c in children(token)) or any(c.dep_ == "aux:pass" for c in children(token)) \
        and any("Yes" in feature(c, "Reflex") for c in children(token))


def _future_of_a_past_saying(event: Token, cues: CallCues) -> bool:
    """'X a annoncé qu'il réunirait mercredi les dirigeants en visioconférence', '... lors d'un
    sommet en visioconférence': the verb that holds the call (or of which the call is only the
    circumstance), in the conditional by its mood or by its ending (the tagger reads 'réunirait'
    as an imperfect), with no auxiliary, under a past verb of saying, is the future of that
    saying: what is to be done then, on the call, is planned, not hearsay nor done."""
    return event.pos_ == "VERB" and (_mood(event, "Cnd") or conditional_form(event)) and not _has_aux(event) \
        and any(_reported_in_the_past(g, cues) for g in governors(event, event))


def _reported_in_the_past(verb: Token, cues: CallCues) -> bool:
    """'a annoncé que', 'avait indiqué que', 'a fait savoir que', 'a prévenu Y que': a past verb of
    saying or of informing someone (the infinitive of 'faire savoir' in the tense of 'faire',
    whether the parser hangs the clause on
    the infinitive or on 'fait' above it, or hangs 'fait' below the infinitive, its root, as after
    an opening adverbial: 'Par ailleurs, X a fait savoir que ...')."""
    infinitive = "Inf" in feature(verb, "VerbForm")
    told = verb.head if verb.dep_ == "xcomp" and infinitive else next(
        (c for c in children(verb) if infinitive and c.i == verb.i - 1 and c.pos_ in {"VERB", "AUX"}), verb)
    said = lemma(verb) in cues.reporting | cues.informing_verbs or any(
        c.dep_ == "xcomp" and "Inf" in feature(c, "VerbForm") and lemma(c) in cues.reporting for c in children(verb))
    return said and (_has_aux(told) or "Past" in feature(told, "Tense") or "Imp" in feature(told, "Tense"))
