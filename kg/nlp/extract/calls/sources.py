"""Who vouches for a call: one outlet's word ('selon le New York Times', '..., révèle le site Z',
'le journal a rapporté que'), a side that denies it ('Pékin dément', 'a démenti cet appel', 'n'a
pas répondu à son appel') or leaves it open ('n'a ni confirmé ni démenti'). `modality` asks these
questions when it gives a call its status; the finder asks for the outlet.
"""
from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from datetime import date
from itertools import islice

from spacy.tokens import Token

from kg.nlp.extract.calls.clause import Sentence, a_day, case_words, lemma, negated
from kg.nlp.extract.calls.lexicon import CallCues
from kg.nlp.extract.calls.people import People
from kg.nlp.extract.date_clauses import WHEN_MARKS
from kg.nlp.extract.incises import incise
from kg.nlp.extract.words import children, feature, introduction, tokens_of
from kg.text import fold

_SOURCE_WORDS = 12  # 'Selon le quotidien britannique The Guardian,': the words of a source before its comma


def told_by_the_press(verb: Token, cues: CallCues) -> bool:
    """A verb that reports the call, said by a newspaper or a site: one outlet's report. The verb
    first: status_of asks this of every word above a call word, and most are no verb of saying."""
    base = lemma(verb)
    if base != "rapporter" and base not in cues.reporting:
        return False
    # not the call word itself, which the parser may make the subject of an incise after its clause ('Un échange
    # tendu : X a mis en garde Y, a rapporté l'Élysée'): a call reports nothing
    subjects = [c for c in children(verb) if c.dep_.startswith("nsubj") and lemma(c) not in cues.nouns]
    if base == "rapporter":
        return any(s.ent_type_ != "PER" for s in subjects)
    return any(lemma(s) in cues.press_nouns or (title := _title_hung_apart(s)) is not None and lemma(title) in cues.press_nouns
               for s in subjects)  # 'Par ailleurs, le quotidien Z a affirmé': 'quotidien' hung on the comma


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
                child.dep_.startswith("nsubj") and holder is not trigger and lemma(holder) in cues.reporting or \
                incise_subject(child, holder, cues) and holder is not trigger
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


def incise_subject(phrase: Token, verb: Token, cues: CallCues) -> bool:
    """'X s'est entretenu avec Y, a appris le quotidien Z': the subject after an incise's verb,
    which the parser may read as its object when the clause it tells hangs on that verb (an
    outlet here; the speaker who reports the call for `left_out.reports_the_call`)."""
    return phrase.i > verb.i and phrase.dep_ in {"obj", "xcomp"} and _reporting(verb, cues) and incise(verb)


def _reporting(token: Token, cues: CallCues) -> bool:
    return token.pos_ == "VERB" and (lemma(token) in cues.reporting or lemma(token) in cues.disclosure_verbs)


def opened_by_an_outlet(tokens: Sequence[Token], people: People, cues: CallCues) -> bool:
    """'Selon le New York Times, X et Y se sont parlé': a sentence that opens on an outlet as its
    source, up to its first comma, rests on that outlet whatever the parser makes of the phrase (it
    may take the paper's name for the sentence's root and the call for its conjunct). 'D'après' is
    two words."""
    tokens = [t for t in tokens[:_SOURCE_WORDS] if not t.is_space]
    comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
    opening = next((k for k in (1, 2) if "".join(t.norm_ for t in tokens[:k]) in cues.attribution), None)
    if comma is None or opening is None:
        return False
    phrase = tokens[opening:comma]
    return _names_an_outlet(phrase, people, cues, {lemma(t) for t in phrase if t.pos_ == "NOUN"})


def an_outlet(phrase: Token, people: People, cues: CallCues) -> bool:
    """'le New York Times', 'le quotidien Z', 'les informations du site Axios': a newspaper, a
    site or a channel reporting on its own; not 'l'agence Xinhua', 'la télévision d'État', an
    outlet the gazetteer knows as an agency ('Tass': 'agence Tass'), which relay an office."""
    title = _title_hung_apart(phrase)
    return _names_an_outlet(list(phrase.subtree), people, cues, {lemma(phrase), *([lemma(title)] if title is not None else [])})


def _title_hung_apart(name: Token) -> Token | None:
    """'Par ailleurs, la chaîne saoudienne Z a affirmé que ...': the parser may hang the noun
    before a name on the comma of an opening adverb ('fixed'), leaving the name alone as the
    subject; that noun, right before the name (past its adjectives and the pieces of a hyphenated
    name), still says what the name is."""
    doc = name.doc
    k = name.left_edge.i - 1
    while k >= 0 and (doc[k].pos_ in {"ADJ", "PROPN"} or doc[k].text == "-") and doc[k].sent.start == name.sent.start:
        k -= 1
    if k < 0 or doc[k].pos_ != "NOUN" or doc[k].dep_ != "fixed" or doc[k].sent.start != name.sent.start:
        return None
    return doc[k]


def _names_an_outlet(words: list[Token], people: People, cues: CallCues, heads: set[str]) -> bool:
    if any(t.norm_ in cues.official_outlet_words for t in words):
        return _unnamed_sources(words, cues)  # an agency relays an office, but sources it cites and does not name are no side's
    if any(t.norm_ in cues.writer_possessives and lemma(t.head) in cues.own_source_nouns for t in words):
        return True  # "D'après nos informations", "selon notre correspondant": the outlet writing ('selon mon homologue' is not)
    actors = people.gazetteer.actors
    # the gazetteer's actors the phrase names, not a country's adjective ('le quotidien israélien Haaretz') nor a body
    # minted for this article ('les médias américains'), which say what the phrase is no better than its head noun
    named = {people.at[t.i].actor for t in words if t.i in people.at and t.pos_ != "ADJ"} & actors.keys()
    agencies = {key for key in named if actors[key].type == "Media" and any(
        fold(name).split()[0] in cues.official_outlet_words for name in actors[key].aliases)}
    if named - agencies:
        return all(actors[key].type == "Media" for key in named - agencies) and not agencies
    if agencies:
        return _unnamed_sources(words, cues)
    return bool(heads & cues.press_nouns) or _unnamed_sources(words, cues)


def _unnamed_sources(words: list[Token], cues: CallCues) -> bool:
    """'selon des sources proches du dossier', 'd'après trois sources informées': sources no one
    names, and no side's ('une source à l'Élysée' names one, `_names_an_outlet`), are the outlet's
    own, as 'selon nos informations' is."""
    inside = {t.i for t in words}
    tops = [t for t in words if t.head.i not in inside or t.head.i == t.i]  # the phrase's head, however the parser hung it
    return any(lemma(t) in cues.source_nouns and any(
        c.dep_ in {"det", "nummod"} and ("Ind" in feature(c, "Definite") or "Ind" in feature(c, "PronType") or c.pos_ == "NUM")
        for c in children(t)) for t in tops)


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


def silent_outsider(sent: Sentence, call: Collection[str], people: People, on: date | None, cues: CallCues) -> bool:
    """'Le nouveau Premier ministre X, qui ..., n'a pas commenté l'échange', after a call between
    Y and Z: the silence of a person on neither end of the call just told says nothing of whether
    it took place; a side's does ('le cabinet de Y n'a pas commenté', 'Z n'a pas confirmé')."""
    named = _silent(sent, people, on, cues)
    return bool(named) and all(person is not None and person not in call for person in named)


def _silent(sent: Sentence, people: People, on: date | None, cues: CallCues) -> list[str | None]:
    """Who the sentence says did not confirm or comment (None for a subject that names no one)."""
    silent = [t for t, base in zip(sent.tokens, sent.lemmas, strict=True) if base in cues.confirmation_verbs and left_open(t, cues)]
    holders = [v.head if v.dep_ in {"conj", "xcomp"} else v for v in silent]  # 'n'a ni confirmé ni démenti', 'a refusé de commenter'
    return [_named_by(c, people, on) for v in holders for c in children(v) if c.dep_.startswith("nsubj")]


def of_other_people(sent: Sentence, call: Collection[str], people: People, on: date | None, cues: CallCues) -> bool:
    """'X a appelé Y. Selon une source, Z aurait lui aussi téléphoné à W, une information que Kigali
    n'a pas confirmée': a sentence that tells someone did the same ('lui aussi', 'elle aussi') or
    names two people on neither end of the call just told (beside whoever it says kept silent)
    tells another call, however its call word was read: its doubt is not the call just told's."""
    named = {p for t in people.named_within(sent.span.start, sent.span.end) for p in people.everyone(sent.span.doc[t], on)}
    if not call or named & set(call):
        return False
    likewise = any(t.norm_ in cues.stressed and any(c.norm_ in cues.additive for c in children(t)) for t in sent.tokens)
    return likewise and bool(named) or len(named - set(_silent(sent, people, on, cues))) >= 2


def _named_by(subject: Token, people: People, on: date | None) -> str | None:
    """The person a subject names: its head, or the name the parser hung on a title ('le Premier
    ministre X')."""
    names = [subject, *(c for c in children(subject) if c.pos_ == "PROPN" and c.dep_ in {"flat:name", "appos", "nmod"})]
    return next((person for t in names if (person := people.person(t, on)) is not None), None)


def unanswered(trigger: Token, event: Token, cues: CallCues) -> bool:
    """'Y n'a pas répondu à un appel de X': the verb the call noun hangs on says, negated, that
    it went unanswered (that verb is the call's event, so it is not among its `governors`).
    'Y n'a pas décroché quand X l'a appelé': the call of a 'quand' clause whose main verb says
    so (the clause's edge keeps that verb out of `governors`)."""
    if event is not trigger and trigger.pos_ == "NOUN" and lemma(event) in cues.unanswered and negated(event):
        return True
    head = event.head  # 'quand' may hang on the clause's subject ('quand X l'a appelé')
    if event.dep_ == "advcl" and head.i < event.i and any(t.norm_ in WHEN_MARKS for t in tokens_of(event.doc)[head.i + 1:event.i]) \
            and lemma(head) in cues.unanswered and negated(head):
        return True
    return any(_went_unanswered(c, cues) for c in _clauses_after(event, trigger))


def _clauses_after(event: Token, trigger: Token) -> list[Token]:
    """The verbs of clauses told after the call of `event`: joined to it ('X a appelé Y, mais
    celui-ci n'a pas répondu') or relative to one of its phrases ('X a appelé Y, qui n'a pas
    décroché'), wherever the parser hung the relative."""
    phrases = [c for c in children(event) if c.i > trigger.i]
    clauses = [c for c in phrases if c.dep_ in {"conj", "parataxis", "advcl", "acl:relcl"}]
    clauses += [r for c in phrases for r in children(c) if r.dep_ == "acl:relcl"]
    return [c for c in clauses if c.pos_ == "VERB"]


def _went_unanswered(verb: Token, cues: CallCues) -> bool:
    """'n'a pas décroché', 'n'a pas donné suite', 'n'a pas pu le joindre': negated, a verb (or
    its object) saying the call got no answer, with nothing else to answer ('n'a pas répondu à
    ses demandes' answers something else; 'n'a pas pu le convaincre' fails at something else)."""
    if not negated(verb) or lemma(verb) not in cues.unanswered and not any(lemma(c) in cues.unanswered for c in children(verb)):
        return False
    return all(c.pos_ == "PRON" or lemma(c) in cues.unanswered | cues.nouns | cues.call_verbs
               for c in children(verb) if c.dep_ in {"obj", "obl:arg", "xcomp", "ccomp"})


def confirmed_by_a_side(event: Token, cues: CallCues) -> bool:
    """'X et Y ont eu un échange lundi, a confirmé le cabinet de X', 'Z a confirmé que X et Y se
    sont parlé': a side confirms the call in the sentence that tells it. The other side's silence
    ('la Maison-Blanche n'avait pas commenté l'appel') then leaves nothing open."""
    verbs = [c for c in children(event) if c.dep_ in {"conj", "parataxis"} and c.i > event.i]
    if event.dep_ in {"ccomp", "advcl"}:  # the parser may make the incise's verb the root, the call its clause
        verbs.append(event.head)
    return any(lemma(v) in cues.confirmation_verbs and not left_open(v, cues) and not negated(v) for v in verbs)


def said_of_it(verb: Token) -> bool:
    """'ne l'a pas confirmé': the clitic object stands for what the sentence just told."""
    return any(c.dep_ == "obj" and c.pos_ == "PRON" and c.norm_ in {"l'", "le"} for c in children(verb))


def a_side_denies_after(trigger: Token, sent: Sentence, cues: CallCues) -> bool:
    """'X affirme avoir parlé à Y, Pékin dément': 'dément' after the call, read as an adverb or
    adjective of the side (a name) that denies it, wherever the parser hung that name; 'ce que
    Pékin dément', wherever the parser hung 'ce'. 'X a assuré avoir parlé à Y, mais Pékin a
    démenti', '..., mais Pékin affirme qu'aucun entretien n'a eu
    lieu': a clause joined after the call's that denies what was told, says no call took place, or
    calls it off ('mais l'appel a été annulé')."""
    if not cues.denial_adjectives.isdisjoint(sent.norms) and any(  # the words first: most sentences have none
            norm in cues.denial_adjectives and t.i > trigger.i and t.pos_ in {"ADV", "ADJ"} and t.head.pos_ == "PROPN"
            for t, norm in zip(sent.tokens, sent.norms, strict=True)):
        return True
    if "ce" in sent.norms and any(norm == "ce" and t.i > trigger.i and t.pos_ == "PRON" and _what_is_denied(t, cues)
                                  for t, norm in zip(sent.tokens, sent.norms, strict=True)):
        return True  # "..., affirme le journal Z, ce que dément le Kremlin": 'ce' hung on the outlet
    later = [c for g in [trigger, *trigger.ancestors] for c in children(g)
             if c.i > trigger.i and c.dep_ in {"conj", "parataxis"} and c.pos_ in {"VERB", "AUX"}]
    return any(lemma(c) in cues.denial_verbs and denies_what_was_told(c, cues) or _called_off(c, cues)
               or any(_no_call_took_place(t, cues) for t in c.subtree) for c in later)


def denied_in_a_word(word: Token, sentence: Sequence[Token], cues: CallCues) -> bool:
    """'Pékin dément.', 'Le Kremlin dément : « C'est une pure fiction »', 'La chancellerie nie :
    « Une invention »': the verb of denial the tagger reads as an adjective or adverb of the side
    that denies. With only that side before it, and after it nothing, or a quote set off by a
    colon that calls what was told false ('« ... », assure son porte-parole' may follow), the side
    denies the call the sentence before told (a weak trigger, as 'Le Kremlin a démenti' is). Not
    'Pékin dément : « Le président se porte bien »', which denies something else."""
    side = word.head
    if word.pos_ not in {"ADV", "ADJ"} or side.pos_ not in {"NOUN", "PROPN"} or side.i > word.i:
        return False
    if any(t.i < side.left_edge.i and not t.is_punct for t in sentence):
        return False  # 'X a parlé à Y, Pékin dément': the sentence's own call (`a_side_denies_after`)
    after = [t for t in sentence if t.i > word.i]
    if all(t.is_punct for t in after):
        return True
    return after[0].text == ":" and len(after) > 1 and after[1].is_quote and any(t.norm_ in cues.falsity_words for t in after)


def denied_by(noun: Token, cues: CallCues) -> bool:
    """'un appel démenti par le Kremlin', 'une information aussitôt démentie par Pékin': a
    participle of denial hung on the noun, not negated, with its agent after 'par'."""
    return any(c.dep_ == "acl" and lemma(c) in cues.denial_verbs and not negated(c) and any(
        case_words(a) & {"par"} for a in children(c) if a.pos_ in {"PROPN", "NOUN"}) for c in children(noun))


def _what_is_denied(ce: Token, cues: CallCues) -> bool:
    """'ce que Pékin dément', 'ce que le Kremlin a démenti': 'ce' and a relative that denies it
    ('ce que Pékin n'a pas démenti' leaves it open)."""
    return any((lemma(d) in cues.denial_verbs or d.norm_ in cues.denial_adjectives) and not negated(d) for d in ce.subtree)


def _called_off(verb: Token, cues: CallCues) -> bool:
    """'X et Y devaient se parler lundi, mais l'appel a été annulé': a verb of cancelling whose
    subject is a call noun with no partner of its own (the call just told)."""
    return lemma(verb) in cues.cancel_verbs and any(
        s.dep_.startswith("nsubj") and lemma(s) in cues.nouns and not any(names_a_side(c, cues) for c in children(s))
        for s in children(verb))


def _no_call_took_place(noun: Token, cues: CallCues) -> bool:
    """'aucun entretien n'a eu lieu': a call noun under 'aucun', the subject of a verb saying it took
    place, with no partner of its own ('aucun entretien n'a eu lieu avec Z' tells of another call)."""
    return noun.pos_ == "NOUN" and lemma(noun) in cues.nouns and noun.dep_.startswith("nsubj") and negated(noun) \
        and took_place(noun.head, cues) and not any(names_a_side(c, cues) for c in [*children(noun), *children(noun.head)])


def names_a_side(phrase: Token, cues: CallCues) -> bool:
    """'avec Z', 'entre X et Y': a phrase that names who is on a call, which is then another one
    than the call the sentence before told."""
    return bool(case_words(phrase) & (cues.partner_prepositions | {"entre"}))


def with_its_object(verb: Token) -> set[str]:
    """The verb's lemma, alone and with each object's ('avoir', 'avoir lieu', 'faire point'): how
    the phrase lists of the cues name a verb that says something only with its object."""
    return {lemma(verb), *(f"{lemma(verb)} {lemma(c)}" for c in children(verb) if c.dep_ == "obj")}


def took_place(verb: Token, cues: CallCues) -> bool:
    """'avoir lieu', 'se tenir': the verb (with its object) says a call took place."""
    return bool(with_its_object(verb) & cues.took_place)


def none_took_place(noun: Token, cues: CallCues) -> bool:
    """'Aucun contact n'a eu lieu ...': a call noun under 'aucun', the subject of a verb saying it
    took place: no call at all."""
    return noun.dep_.startswith("nsubj") and negated(noun) and took_place(noun.head, cues)


def denies_what_was_told(verb: Token, cues: CallCues) -> bool:
    """'Le Washington Post affirme que X a appelé Y. Le milliardaire a démenti dimanche', 'Moscou
    l'a démenti': a denial with nothing denied named but what was just told (no object but a
    pronoun, no clause), in a main clause of its own, denies the call the sentence before told (a
    weak trigger, as 'a démenti ces informations' is). Not 'n'a pas démenti', which leaves it open."""
    if verb.dep_ == "conj" and negated(verb.head) or any(c.norm_ in cues.neither for c in children(verb)):
        return False  # "n'a ni confirmé ni démenti": left open
    return verb.pos_ == "VERB" and verb.dep_ in {"ROOT", "conj", "parataxis"} and not negated(verb) and not any(
        (c.dep_ in {"ccomp", "xcomp", "csubj"} or c.dep_ in {"obj", "iobj"} and c.pos_ != "PRON") and not a_day(c)
        or "Rel" in feature(c, "PronType") for c in children(verb))  # 'a démenti dimanche', the day read as its object


def denied(own: list[Token], above: list[Token], cues: CallCues) -> bool:
    if any(negated(t) for t in own):
        return True  # "ne se sont pas parlé", "aucun appel"
    if any(lemma(t) in cues.denial_verbs for t in own):
        return True  # "Le Kremlin a démenti", after the call it denies (`triggers`)
    if any(c.norm_ in cues.denial_adjectives and c.pos_ in {"ADV", "ADJ"} for t in own for c in children(t)):
        return True  # "X dément avoir parlé à Y", the verb read as the adjective 'dément' and hung on the call
    if any(c.norm_ in cues.denial_adjectives and c.pos_ in {"ADV", "ADJ"} and c.i < t.i
           for t in own for g in islice(t.ancestors, 2) for c in children(g)):  # the two above, not all
        return True  # "Pékin dément tout échange entre X et Y", 'dément' read as an adverb of 'Pékin', the call hung beside it
    if any(t.pos_ == "NOUN" and denied_by(t, cues) for t in own):
        return True  # "un appel aussitôt démenti par Pékin", "Une information démentie par le Kremlin." (`triggers`)
    if any(c.norm_ == "ce" and _what_is_denied(c, cues) for t in own for c in children(t)):
        return True  # "X affirme avoir parlé à Y, ce que Pékin dément"
    for at, g in enumerate(above):
        base = lemma(g)
        if base in cues.comment_verbs or base in cues.comment_nouns:
            return False  # "a refusé de commenter l'appel", "a tenté d'évoquer l'appel", "s'est refusé à tout commentaire sur
            # la teneur de l'échange": said of the call, not refused it
        if base in cues.attempt_verbs or base in cues.refusal_verbs:
            # "a tenté de le joindre", "a refusé de prendre son appel"; but "cherchent à renforcer leurs échanges"
            # tries something else, of which the call word is only the object
            if _reaching_the_call(above[:at], cues) and not _attempt_to_come(g, above[at + 1:], cues):
                return True
            continue
        if base in cues.denial_verbs or base in cues.cancel_verbs or called_false(g, cues):
            return True  # "a démenti cet appel", "l'appel a été annulé", "a qualifié ces informations de « fiction »"
        if (base in cues.unanswered and negated(g) or negated(g) and any(lemma(c) in cues.unanswered for c in children(g))) \
                and _reaching_the_call(above[:at], cues):
            # "n'a pas répondu à son appel", "il n'y a pas eu de retour à leur appel", "n'a pas pu avoir Y au
            # téléphone"; but "si X ne parvenait pas à protéger les échanges de son pays" failed at something else
            return True
    return False


def _reaching_the_call(between: list[Token], cues: CallCues) -> bool:
    """Whether the verbs between a call word and a verb of trying (or failing) above it only make
    the call ('a tenté d'avoir un entretien', 'n'a pas pu le joindre'): then the attempt or the
    failure is the call's; through another verb ('n'a pas réussi à relancer les échanges') it is
    that verb's."""
    making = cues.light_verbs | cues.call_verbs | cues.joining_verbs
    return all(lemma(w) in making for w in between if w.pos_ in {"VERB", "AUX"})


def _attempt_to_come(verb: Token, above: list[Token], cues: CallCues) -> bool:
    """'X tentera de joindre Y', 'X va tenter de l'appeler': an attempt still to make is a call
    planned, not one that failed."""
    return "Fut" in feature(verb, "Tense") or bool(above) and lemma(above[0]) in cues.planned
