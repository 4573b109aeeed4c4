"""Status: whether a call happened, is planned, was denied or rests on an unconfirmed report.

Modality counts only where it governs the call: the negation, tense and mood of the call's own
words, and the verbs that take the call as their complement ('envisage de s'entretenir', 'a
démenti cet appel', 'a tenté de joindre'). A verb of which the call is only an adjunct does
not ('X a demandé à Y, lors d'un appel, de ...' reports a call that took place), nor does a
denial of something else in the same sentence.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from kg.nlp.extract.calls.clause import (
    People,
    Sentence,
    adjunct,
    case_words,
    governors,
    introduction,
    lemma,
    negated,
    none_since,
    time_anchor,
)
from kg.nlp.extract.calls.lexicon import CallCues
from kg.nlp.extract.dates import WHEN_MARKS
from kg.nlp.extract.records import Status
from kg.nlp.extract.words import children, feature, tokens_of
from kg.text import fold

_SOURCE_WORDS = 12  # 'Selon le quotidien britannique The Guardian,': the words of a source before its comma


def status_of(trigger: Token, event: Token, sent: Sentence, cues: CallCues) -> Status | None:
    """The status the sentence gives the call of `trigger`; None when it reports no call
    ('n'envisage pas de s'entretenir')."""
    own = list(dict.fromkeys([trigger, event]))
    above = [] if _before_the_clause(trigger, event, cues) else governors(trigger, event)
    if any(lemma(g) in cues.planned and negated(g) or _negated_light_verb(g, cues) for g in above):
        return None  # "n'envisage pas de l'appeler", "n'a pas l'intention de l'appeler", "n'a aucune raison de l'appeler"
    if above and _on_the_agenda(above[0], cues):
        return None if negated(above[0]) else "planned"  # "un entretien est à l'ordre du jour" / "n'est pas ..."
    if any(c.norm_ in cues.habit_adverbs and c.dep_.startswith("advmod") for t in own for c in children(t)):
        return None  # "X appelle régulièrement Y", "ils se parlent souvent": a habit, no call of its own
    ruled = next((g for g in above if lemma(g) in cues.possible_when_negated), None)
    if ruled is not None:
        return "planned" if negated(ruled) else None  # "n'exclut pas un appel" / "exclut tout appel"
    if any(c.dep_ == "mark" and c.norm_ in cues.absence_prepositions for t in own for c in children(t)):
        return None  # "a écrit à X sans l'appeler", "est reparti sans s'entretenir avec Y": the call did not happen
    if any(none_since(t) for t in own):
        return None  # "X ne parle plus à Y depuis un an", "ne se sont pas parlé depuis la crise": a state, not a call
        # denied by anyone (a day after 'depuis' dates the last one, `attributes.last_time`)
    if any(p in sent.words for p in cues.unconfirmed_phrases) or sent.text.rstrip().endswith("?"):
        return "unconfirmed"  # also a headline that asks "Un appel entre X et Y ?"
    answers = [d for t in own for c in children(t) if c.norm_ == "ce" for d in c.subtree]  # "..., ce que X dément"
    answers += [t for t, base in zip(sent.tokens, sent.lemmas, strict=True)  # "mais X ne l'a pas confirmé"
                if base in cues.confirmation_verbs and _said_of_it(t)]
    if any(left_open(g, cues) for g in above + answers):
        return "unconfirmed"  # "n'a pas confirmé l'appel", "n'a ni confirmé ni démenti un entretien", "ce que X n'a pas confirmé"
    on_the_line = lemma(event) in cues.light_verbs and trigger.norm_ in cues.media  # "avoir eu X au téléphone": the call itself
    if _denied([trigger] if adjunct(trigger, event) and not on_the_line else own, above, cues):  # "n'a pas cédé lors de l'appel"
        return "denied"
    if _a_side_denies_after(trigger, sent, cues):
        return "denied"
    if _unanswered(trigger, event, cues):
        return "denied"
    if lemma(event) in cues.joining_verbs and negated(event):
        return None  # "X n'a pas pris part à l'échange", "n'a pas été associé à la conversation": not on it
    if trigger.pos_ == "NOUN" and any(c.dep_ == "det" and c.norm_ in cues.any_determiners for c in children(trigger)):
        return None  # "avant tout appel entre X et Y", "tout appel serait une victoire": any call, none told
    happening = own + [g for g in above[:1] if lemma(g) in cues.happening_verbs or trigger.dep_ in {"xcomp", "ccomp"}
                       and not _finite(trigger) or trigger.pos_ in {"NOUN", "PROPN"} and any(c.dep_ == "cop" for c in children(g))]
    if _planned(own, happening, above, cues):
        return "planned"
    if _possible_later(own, happening, above, cues) or _said_possible(trigger, cues):
        return "planned"  # "pourraient se parler cette semaine", "un appel pourrait avoir lieu", "un appel est possible"
    conditional = [t for t in happening if _mood(t, "Cnd") or lemma(t) in cues.call_verbs and _conditional(t) or
                   any(c.norm_ in cues.conditional_auxiliaries for c in children(t) if c.dep_.startswith("aux"))]
    if any(not _has_aux(t) for t in conditional) and any(_reported_in_the_past(g, cues) for g in above):
        return "planned"  # "a annoncé que X appellerait Y": the future of a past announcement
    if conditional:
        return "unconfirmed"
    if any(_told_by_the_press(g, cues) for g in trigger.ancestors):  # adjuncts too: the outlet tells the whole clause
        return "unconfirmed"  # "le journal a rapporté que ...", "le quotidien ajoutait que ..."
    if any(lemma(c) in cues.hearsay_nouns for g in [trigger, *trigger.ancestors] for c in children(g)
           if c.dep_.startswith("nsubj") or case_words(c) & cues.attribution):
        return "unconfirmed"  # "des rumeurs font état d'un appel", "selon des rumeurs, X et Y se seraient parlé"
    return "occurred"


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


def _told_by_the_press(verb: Token, cues: CallCues) -> bool:
    """A verb that reports the call, said by a newspaper or a site: one outlet's report."""
    subjects = [c for c in children(verb) if c.dep_.startswith("nsubj")]
    if lemma(verb) == "rapporter":
        return any(s.ent_type_ != "PER" for s in subjects)
    return lemma(verb) in cues.reporting and any(lemma(s) in cues.press_nouns for s in subjects)


def told_by_one_outlet(trigger: Token, is_outlet: Callable[[Token], bool], cues: CallCues) -> bool:
    """'Selon le New York Times, X a appelé Y', 'X a parlé à Y, révèle le quotidien Z', 'Le site
    Z rapporte que X a appelé Y': the call rests on one newspaper's word, not on a side's
    readout. The outlet is the source of the call's clause: after 'selon' or 'd'après', the
    subject of a reporting verb above it, or the subject after the verb of an incise hung on it
    (which the parser may read as its object or complement). `is_outlet`: does this phrase name a newspaper
    (an agency or a state outlet relaying an office, 'selon l'agence Xinhua', is not one)?"""
    clause = [trigger, *trigger.ancestors]
    for holder in clause:
        for child in children(holder):
            attributed = introduction(child) in cues.attribution or \
                child.dep_.startswith("nsubj") and holder is not trigger and lemma(holder) in cues.reporting
            if attributed and is_outlet(child):
                return True
            if child.i < trigger.i:
                continue
            if _reporting(child, cues) and child.dep_ in {"parataxis", "advcl", "conj", "ccomp"} and \
                    any(c.i > child.i and c.pos_ in {"NOUN", "PROPN"} and not case_words(c) and is_outlet(c) for c in children(child)):
                return True  # "..., révèle le journal Z": an incise, its subject after it (read as its object or complement)
            if any(_reporting(v, cues) and v.i < child.i for v in children(child)) and is_outlet(child):
                return True  # "..., affirme Z": the incise's verb read as a word of the name after it
    return False


def _reporting(token: Token, cues: CallCues) -> bool:
    return token.pos_ == "VERB" and (lemma(token) in cues.reporting or lemma(token) in cues.disclosure_verbs)


def opened_by_an_outlet(tokens: Sequence[Token], people: People, cues: CallCues) -> bool:
    """'Selon le New York Times, X et Y se sont parlé': a sentence that opens on an outlet as its
    source, up to its first comma, rests on that outlet whatever the parser makes of the phrase (it
    may take the paper's name for the sentence's root and the call for its conjunct)."""
    tokens = [t for t in tokens[:_SOURCE_WORDS] if not t.is_space]
    comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
    if comma is None or tokens[0].norm_ not in cues.attribution:
        return False
    phrase = tokens[1:comma]
    return _names_an_outlet(phrase, people, cues, {lemma(t) for t in phrase if t.pos_ == "NOUN"})


def an_outlet(phrase: Token, people: People, cues: CallCues) -> bool:
    """'le New York Times', 'le quotidien Z', 'les informations du site Axios': a newspaper, a
    site or a channel reporting on its own; not 'l'agence Xinhua', 'la télévision d'État', an
    outlet the gazetteer knows as an agency ('Tass': 'agence Tass'), which relay an office."""
    return _names_an_outlet(list(phrase.subtree), people, cues, {lemma(phrase)})


def _names_an_outlet(words: list[Token], people: People, cues: CallCues, heads: set[str]) -> bool:
    if any(t.norm_ in cues.official_outlet_words for t in words):
        return False
    if any(t.norm_ in cues.writer_possessives and lemma(t.head) in cues.own_source_nouns for t in words):
        return True  # "D'après nos informations", "selon notre correspondant": the outlet writing ('selon mon homologue' is not)
    actors = people.gazetteer.actors
    # the gazetteer's actors the phrase names, not a country's adjective ('le quotidien israélien Haaretz') nor a body
    # minted for this article ('les médias américains'), which say what the phrase is no better than its head noun
    named = {people.at[t.i].actor for t in words if t.i in people.at and t.pos_ != "ADJ"} & actors.keys()
    if named:
        return all(actors[key].type == "Media" and not any(
            fold(name).split()[0] in cues.official_outlet_words for name in actors[key].aliases) for key in named)
    return bool(heads & cues.press_nouns)


def sought(trigger: Token, event: Token, cues: CallCues) -> str | None:
    """A call someone wanted or asked for, told in the past ('avait demandé à s'entretenir', 'a
    annoncé son intention de l'appeler'): the plan of a call the article may also report as done.
    'before' when the wish is told as anterior to the story ('il avait voulu'), else 'past'."""
    for g in governors(trigger, event):
        if lemma(g) in cues.intention_cues:
            verb = g if g.pos_ in {"VERB", "AUX"} else next((a for a in g.ancestors if a.pos_ in {"VERB", "AUX"}), None)
            if verb is None or not _past(verb):
                return None
            return "before" if any("Imp" in feature(a, "Tense") for a in children(verb) if a.dep_.startswith("aux")) else "past"
    return None


def requested(trigger: Token, event: Token, cues: CallCues) -> bool:
    """'X a demandé à s'entretenir avec Y': X asked for the call, so X initiated it."""
    return any(lemma(g) in cues.request_verbs for g in governors(trigger, event))


def _past(verb: Token) -> bool:
    """Passé composé, plus-que-parfait or imparfait: 'a annoncé', 'avait demandé', 'voulait'."""
    aux = [c for c in children(verb) if c.dep_ in {"aux", "aux:tense"}]
    if aux:
        return not any("Fut" in feature(a, "Tense") for a in aux)
    return "Imp" in feature(verb, "Tense")


def called_false(verb: Token, cues: CallCues) -> bool:
    """'a qualifié ces informations de « pure fiction »', 'a taxé ces affirmations de mensonges':
    calling a report false denies it."""
    return lemma(verb) in cues.qualifying_verbs and any(t.norm_ in cues.falsity_words for t in verb.subtree)


def left_open(verb: Token, cues: CallCues) -> bool:
    """A verb that would confirm or deny the call, negated or in a 'ni ... ni' pair, or under a
    negated verb or a refusal ('a dit ne pas pouvoir le confirmer', 'a refusé de le confirmer'):
    the side asked neither confirms nor denies, so the call rests on the report alone."""
    if lemma(verb) not in cues.confirmation_verbs | cues.denial_verbs:
        return False
    if verb.dep_ == "xcomp" and lemma(verb) in cues.left_open_verbs and (negated(verb.head) or lemma(verb.head) in cues.refusal_verbs):
        return True  # not 'a refusé de commenter l'appel', which says nothing of whether it took place
    pair = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(negated(v) or any(c.dep_ == "cc" and c.norm_ == "ni" for c in children(v)) for v in pair)


def _unanswered(trigger: Token, event: Token, cues: CallCues) -> bool:
    """'Y n'a pas répondu à un appel de X': the verb the call noun hangs on says, negated, that
    it went unanswered (that verb is the call's event, so it is not among its `governors`).
    'Y n'a pas décroché quand X l'a appelé': the call of a 'quand' clause whose main verb says
    so (the clause's edge keeps that verb out of `governors`)."""
    if event is not trigger and trigger.pos_ == "NOUN" and lemma(event) in cues.unanswered and negated(event):
        return True
    head = event.head  # 'quand' may hang on the clause's subject ('quand X l'a appelé')
    return event.dep_ == "advcl" and head.i < event.i and any(t.norm_ in WHEN_MARKS for t in tokens_of(event.doc)[head.i + 1:event.i]) \
        and lemma(head) in cues.unanswered and negated(head)


def _said_of_it(verb: Token) -> bool:
    """'ne l'a pas confirmé': the clitic object stands for what the sentence just told."""
    return any(c.dep_ == "obj" and c.pos_ == "PRON" and c.norm_ in {"l'", "le"} for c in children(verb))


def _a_side_denies_after(trigger: Token, sent: Sentence, cues: CallCues) -> bool:
    """'X affirme avoir parlé à Y, Pékin dément': 'dément' after the call, read as an adverb or
    adjective of the side (a name) that denies it, wherever the parser hung that name."""
    return any(norm in cues.denial_adjectives and t.i > trigger.i and t.pos_ in {"ADV", "ADJ"} and t.head.pos_ == "PROPN"
               for t, norm in zip(sent.tokens, sent.norms, strict=True))


def _denied(own: list[Token], above: list[Token], cues: CallCues) -> bool:
    if any(negated(t) for t in own):
        return True  # "ne se sont pas parlé", "aucun appel"
    if any(lemma(t) in cues.denial_verbs for t in own):
        return True  # "Le Kremlin a démenti", after the call it denies (`triggers`)
    if any(c.norm_ in cues.denial_adjectives and c.pos_ in {"ADV", "ADJ"} for t in own for c in children(t)):
        return True  # "X dément avoir parlé à Y", the verb read as the adjective 'dément' and hung on the call
    if any(c.norm_ in cues.denial_adjectives and c.pos_ in {"ADV", "ADJ"} and c.i < t.i
           for t in own for g in list(t.ancestors)[:2] for c in children(g)):
        return True  # "Pékin dément tout échange entre X et Y", 'dément' read as an adverb of 'Pékin', the call hung beside it
    if any(c.norm_ == "ce" and any(lemma(d) in cues.denial_verbs or d.norm_ in cues.denial_adjectives for d in c.subtree)
           for t in own for c in children(t)):
        return True  # "X affirme avoir parlé à Y, ce que Pékin dément"
    for at, g in enumerate(above):
        base = lemma(g)
        if base in cues.comment_verbs:
            return False  # "a refusé de commenter l'appel", "a tenté d'évoquer l'appel": said of the call, not refused it
        if base in cues.attempt_verbs or base in cues.refusal_verbs:
            # "a tenté de le joindre", "a refusé de prendre son appel"; but "cherchent à renforcer leurs échanges"
            # tries something else, of which the call word is only the object
            if all(lemma(w) in cues.light_verbs | cues.call_verbs | cues.joining_verbs
                   for w in above[:at] if w.pos_ in {"VERB", "AUX"}):
                return True
            continue
        if base in cues.denial_verbs or base in cues.cancel_verbs or called_false(g, cues):
            return True  # "a démenti cet appel", "l'appel a été annulé", "a qualifié ces informations de « fiction »"
        if base in cues.unanswered and negated(g) or negated(g) and any(lemma(c) in cues.unanswered for c in children(g)):
            return True  # "n'a pas répondu à son appel", "il n'y a pas eu de retour à leur appel"
    return False


def _planned(own: list[Token], happening: list[Token], above: list[Token], cues: CallCues) -> bool:
    if any(lemma(g) in cues.planned or g.norm_ in cues.planned or lemma(g) in cues.postpone_verbs for g in above):
        return True  # "envisage de s'entretenir", "est censé appeler", "ont convenu de se parler", "l'appel a été reporté"
    if any("Inf" in feature(t, "VerbForm") and _word_before(t).norm_ in cues.intent_forms for t in own):
        return True  # "X compte appeler Y", "X compte s'entretenir avec Y", 'compte' read as a noun
    if any(c.dep_ == "mark" and c.norm_ in cues.purpose_marks and c.i < own[0].i for t in own + above for c in children(t)
           if not _done_for_it(t, cues)):
        return True  # "part pour Rome afin de prendre part à l'appel", "si l'entretien se tient" (not "X a appelé Y
        # pour évoquer Z" with 'évoquer' read as the head of it all)
    if any(lemma(c) in cues.planned or c.norm_ in cues.planned for t in own for c in children(t)
           if c.dep_ in {"amod", "advmod", "aux", "aux:tense", "cop"} or c.dep_ == "acl" and lemma(c) in cues.scheduled_participles):
        return True  # "le prochain entretien", "doit s'entretenir", "prochainement"
    return any(_mood(t, "Fut", "Tense") or lemma(t) in cues.call_verbs and _future(t)
               for t in happening)  # "parlera", "aura lieu", "sera organisée"


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
    à l'ordre du jour', read with 'est' as the head)."""
    doc = governor.doc
    for head in [governor, *(c for c in children(governor) if c.dep_.startswith("obl"))]:
        words = [t.norm_ for t in tokens_of(doc)[max(head.i - 2, 0):head.i + 3]]
        if any(words[k:k + len(phrase)] == list(phrase) for phrase in cues.agenda_phrases for k in range(len(words))
               if words[k] == phrase[0]):  # a phrase compared only where its first word is
            return True
    return False


def _word_before(verb: Token) -> Token:
    """The word before a verb and its clitic pronouns ('s'entretenir', 'lui parler')."""
    at = verb.i - 1
    while at > 0 and verb.doc[at].pos_ == "PRON" and verb.doc[at].head.i == verb.i:
        at -= 1
    return verb.doc[max(at, 0)]


def _possible_later(own: list[Token], happening: list[Token], above: list[Token], cues: CallCues) -> bool:
    """'pourrait' over a call in the present infinitive is a call that may come: a plan. Over a
    perfect one ('pourrait avoir eu lieu', 'pourraient s'être parlé') it is a report we cannot confirm."""
    possible = any(lemma(g) in cues.possibility_verbs and (_mood(g, "Cnd") or _conditional(g)) for g in above[:2])
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


def _mood(token: Token, value: str, field: str = "Mood") -> bool:
    """The word, or its auxiliary or copula, is in this mood or tense ('aurait eu', 'parlera', 'sera')."""
    return value in feature(token, field) or any(
        value in feature(c, field) for c in children(token) if c.dep_ in {"aux", "aux:tense", "aux:pass", "cop"})


def _conditional(token: Token) -> bool:
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
    form, base = token.norm_, fold(token.lemma_)
    stem = base[:-2] if base.endswith(("er", "ir")) else base[:-3] if base.endswith("re") else base
    return any(form.endswith("r" + e) and not form.startswith(stem + e) for e in endings)


def _finite(verb: Token) -> bool:
    """A verb with a finite auxiliary of its own ('s'étaient parlé', 'être' read as passive or not):
    its clause has its own tense, whatever the parser hangs it under ('Narendra' read as a verb in
    the future)."""
    return any(c.dep_ in {"aux:tense", "aux:pass"} and "Fin" in feature(c, "VerbForm") for c in children(verb))


def _has_aux(token: Token) -> bool:
    return any(c.dep_ in {"aux", "aux:tense"} for c in children(token))


def _reported_in_the_past(verb: Token, cues: CallCues) -> bool:
    """'a annoncé que', 'avait indiqué que': a past verb of saying."""
    return lemma(verb) in cues.reporting and (_has_aux(verb) or "Past" in feature(verb, "Tense") or
                                              "Imp" in feature(verb, "Tense"))
