"""Reading one clause of the parse: what a call word's event is, who its subject is, which words
are its own phrase. Shared by the rules on participants, status, dates and initiator; the people
a phrase names are `kg.nlp.extract.calls.people`'s."""
from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from spacy.tokens import Span, Token

from kg.nlp.cues import cues
from kg.nlp.extract.calls.lexicon import CallCues
from kg.nlp.extract.date_clauses import hung_on_its_subject
from kg.nlp.extract.dates import MONTHS, Publication, dates_in
from kg.nlp.extract.incises import auxiliary_above_its_adverb
from kg.nlp.extract.words import CLOSING_QUOTES, OPENING_QUOTES, children, feature, kept_per_word, reflexive, sentence_bounds, tokens_of
from kg.nlp.extract.words import folded_lemma as lemma  # the call rules' name for it
from kg.text import fold

CLAUSAL = frozenset({"acl", "acl:relcl", "advcl", "ccomp", "csubj", "parataxis"})
NEGATIONS = frozenset(fold(w) for w in cues()["negation_words"])
POSSESSIVES = frozenset(fold(w) for w in cues()["possessive_determiners"])
_TIME_WORDS = frozenset(fold(w) for w in [*cues()["weekdays"], *cues()["times_of_day"], *cues()["duration_units"],
                                          *cues()["ago_units"], *cues()["weekend_nouns"], *cues()["event_relative_days"]])
_DURATION_UNITS = frozenset(fold(w) for w in cues()["duration_units"])
_LATER_TODAY_NOUNS = frozenset(fold(p.split()[-1]) for p in cues()["later_today_phrases"])  # 'dans la journée': 'journée'
_INFORMING = frozenset(fold(w) for w in cues()["informing_verbs"])  # 'a informé Y que', 'a prévenu Y que'
_TOGETHER = frozenset(fold(w) for w in cues()["together_adverbs"])
_RELATIVE_DAYS = frozenset(fold(w) for w in cues()["event_relative_days"])
_EVENT_ENDS = frozenset(fold(w) for w in cues()["event_end_nouns"])  # 'à l'issue de', 'au terme de': the event just ended
_UNIT_DAYS = {fold(w): days for w, days in cues()["ago_units"].items()}
_NUMBER_WORDS = {fold(w): n for w, n in cues()["number_words"].items()}
_OFFSET_SIGNS = {fold(w): sign for w, sign in cues()["event_offset_prepositions"].items()}  # 'après' the event: before it


def negated(token: Token) -> bool:
    """'ne ... pas / plus / jamais' on this word, or 'aucun' before a noun. A lone 'plus' is a
    comparative ('a passé plus de temps avec X'): it negates only with its 'ne'."""
    for child in children(token):  # one pass: the status rules ask this of some 20 words a call
        word = child.norm_  # the folded form (kg_prepare)
        if word in NEGATIONS and child.dep_ in {"advmod", "advmod:neg"} and (
                word not in _NEEDING_NE or any(c.norm_ in NE_FORMS for c in children(token))) or word in _NO_ONE:
            return True
    return False


_NO_ONE = frozenset({"aucun", "aucune", "nul", "nulle"})
_NEEDING_NE = frozenset(fold(w) for w in cues()["negation_words_needing_ne"])
NE_FORMS = frozenset({"ne", "n'"})  # the particle of every negation ('ne ... pas', 'n'a jamais')
_NEVER = frozenset(fold(w) for w in cues()["never_adverbs"])
_HONORIFICS = frozenset(fold(w) for w in cues()["honorifics"])


def no_longer(verb: Token) -> bool:
    """'ne se parlent plus': a state, not a call."""
    return any(c.norm_ == "plus" and c.dep_.startswith("advmod") for c in children(verb)) and \
        any(c.norm_ in NE_FORMS for c in children(verb))


def none_since(verb: Token) -> bool:
    """'ne se parlent plus', 'ne se sont pas parlé depuis le 2 mars': no call since; the last
    call, if the text dates it, is dated by what follows 'depuis'. Not 'ne s'est jamais
    entretenu avec Y depuis son investiture': no call at all in all that time, a denied call
    (no last one before it is told)."""
    return no_longer(verb) or any(c.norm_ in NE_FORMS for c in children(verb)) and negated(verb) and \
        not any(c.norm_ in _NEVER and c.dep_.startswith("advmod") for c in children(verb)) and \
        any("depuis" in case_words(c) for c in children(verb) if c.dep_.startswith(("obl", "advmod", "advcl")))


def existential(verb: Token) -> bool:
    """'il y a', 'il y avait', 'il n'y a eu': 'avoir' with its clitic 'y', whose 'il' is impersonal."""
    return lemma(verb) == "avoir" and any(c.norm_ == "y" for c in children(verb))


def delegate_of(trigger: Token, event: Token, cues: CallCues) -> Token | None:
    """'X a chargé / mandaté Y de contacter Z', 'X a demandé à Y d'appeler Z', 'X a donné instruction
    à Y de contacter Z': the person (or the staff, 'ses services') a verb of delegating, or a verb
    with a noun of delegating as its object, hands the call to, its object named before the
    infinitive; the call is theirs, not X's. The parser may hang the infinitive on the noun before
    it ('a chargé ses services de contacter Z'); the noun's verb still delegates. Only when the
    infinitive is the call ('d'appeler Z', 'de passer un appel à Z'): 'X a demandé à Y de lever les
    taxes lors d'un appel' hands Y a task, told during their call. ('l'ordre à Y de contacter Z': Y
    may hang on the noun.)"""
    verb = event.head
    if event.dep_ == "acl" and verb.dep_ == "obj" and verb.head.i != verb.i:
        verb = verb.head
    the_call = trigger.i == event.i or trigger.dep_ == "obj" and trigger.head.i == event.i
    orders = [c for c in children(verb) if c.dep_ == "obj" and lemma(c) in cues.delegating_nouns]
    if not the_call or "Inf" not in feature(event, "VerbForm") or verb.i == event.i or not (
            lemma(verb) in cues.delegating_verbs or orders):
        return None
    return next((c for h in (verb, *orders) for c in children(h) if c.i < event.i and c not in orders and (
        c.dep_ == "obj" or c.dep_.startswith(("iobj", "obl", "nmod")) and "a" in case_words(c) or c.pos_ == "PRON" and c.dep_ == "iobj")
        and c.pos_ in {"PROPN", "NOUN", "PRON", "X"}), None)


def time_word(token: Token) -> bool:
    """'mercredi', 'soir', 'heure', 'la veille': a noun that says when or how long."""
    return token.pos_ == "NOUN" and lemma(token) in _TIME_WORDS


def together_word(token: Token) -> bool:
    """'ensemble', 'conjointement', which the tagger may take for a noun ('X et Y ont appelé
    ensemble Z'): it says how the call was made, it names nothing."""
    return lemma(token) in _TOGETHER


def times_of(verb: Token) -> frozenset[str]:
    """The days and months a verb is dated by, folded ('mardi', 'en janvier', 'fin janvier', 'la
    veille'): what tells two events of one sentence apart in time."""
    phrases = [c for c in children(verb) if c.dep_.startswith(("obl", "obj", "nmod", "advmod"))]
    phrases += [g for p in phrases for g in children(p) if g.dep_.startswith("nmod")]  # 'début avril', 'en début de semaine'
    # not a length ('pendant trois heures' says how long, not when)
    return frozenset(lemma(p) for p in phrases if time_word(p) and lemma(p) not in _DURATION_UNITS or lemma(p) in MONTHS)


@kept_per_word
def told_as_earlier(event: Token) -> bool:
    """'avaient parlé', 's'étaient entretenus': told in the plus-que-parfait, a call before the one in
    the news ('ont déjà parlé', in the passé composé, is today's news: it has already happened).
    Kept per word: asked of a call's event once for it and once for each of its line-up's calls."""
    return any("Pqp" in feature(c, "Tense") or c.dep_.startswith("aux") and "Imp" in feature(c, "Tense")
               for c in children(event))


@kept_per_word
def time_anchor(noun: Token) -> bool:
    """'au lendemain d'un entretien avec X', 'à la veille de leur appel', 'deux jours après un
    appel avec X', "à l'issue d'un entretien avec X": the noun is the event another one is dated by.
    Kept per word: the status, date and line-up rules ask it of each call word three times."""
    return noun.dep_.startswith("nmod") and lemma(noun.head) in _RELATIVE_DAYS or offset_days(noun) is not None \
        or at_its_end(noun) or just_after(noun)


def at_its_end(noun: Token) -> bool:
    """"à l'issue d'un entretien avec X", "au terme de leur appel": what the clause tells came
    right after the event the noun names, the same day (its modality is not the call's: 'X a
    promis de ..., à l'issue d'un entretien' tells a call that took place)."""
    return noun.dep_.startswith("nmod") and lemma(noun.head) in _EVENT_ENDS \
        and any(c.dep_ == "case" for c in children(noun.head))


def just_after(noun: Token) -> bool:
    """'X a accepté mardi de ..., après un entretien avec Y': with no span before 'après', the call
    came right before what the clause tells, the same day."""
    return noun.dep_.startswith(("obl", "nmod")) and any(_OFFSET_SIGNS.get(w, 0) > 0 for w in case_words(noun)) \
        and offset_days(noun) is None and not any(c.dep_.startswith("nmod") and c.i < noun.i for c in children(noun))


def offset_days(noun: Token) -> int | None:
    """'une semaine après sa conversation avec X', 'deux jours avant leur appel': how many days
    the event the noun names came before the one its phrase dates (negative: after). The parser
    hangs the noun on the span ('semaine') or the span on the noun ('jours')."""
    sign = next((_OFFSET_SIGNS[w] for w in case_words(noun) if w in _OFFSET_SIGNS), None)
    if sign is None:
        return None
    spans = [c for c in children(noun) if c.dep_.startswith("nmod") and c.i < noun.i]
    if noun.dep_.startswith("nmod") and noun.head.i < noun.i:
        spans.append(noun.head)
    for span in spans:
        days = _UNIT_DAYS.get(lemma(span)) if span.pos_ == "NOUN" else None
        count = next((_count(c) for c in children(span) if c.dep_ in {"nummod", "det"} and _count(c)), None)
        if days and count:
            return sign * days * count
    return None


def _count(word: Token) -> int | None:
    """'deux', '3', 'une' (a determiner): a number of days, weeks or months."""
    if word.dep_ == "det":
        return 1 if _NUMBER_WORDS.get(word.norm_) == 1 else None  # 'une semaine', not 'la semaine'
    return int(word.text) if word.text.isascii() and word.text.isdigit() and len(word.text) <= 3 else _NUMBER_WORDS.get(word.norm_)


@kept_per_word
def object_of(noun: Token) -> Token | None:
    """The word (a verb) `noun` is the object of. The parser sometimes hangs the object on a time word
    before it ('a reçu vendredi un appel de X' read as the object of 'vendredi'): the verb is
    the time word's own; so is 'a reçu mercredi des appels de X', the article read as the
    preposition of a phrase of 'mercredi' (it keeps its article features), or of a phrase of the
    verb after its day ('a reçu mardi des appels de X' with 'des appels' an oblique of 'reçu'), or
    of a conjunct or a bare complement of the day ('a eu samedi un long entretien avec X', no 'et'
    or preposition between them); the day may be a time of a day ('samedi soir'). Kept per word: asked some 30 times an article, of some 6 call
    nouns (~1 µs a time)."""
    article = next((c for c in children(noun) if c.dep_ == "case" and "Art" in feature(c, "PronType")), None)
    if noun.dep_ != "obj" and not (noun.dep_.startswith("nmod") and time_word(noun.head) and article is not None) \
            and not (noun.dep_.startswith("obl") and article is not None and _after_its_day(article, noun.head)) \
            and not _conjunct_of_its_day(noun):
        return None
    head = noun.head
    while time_word(head) and head.head.i != head.i:  # 'a reçu samedi soir des appels': 'soir' hangs on 'samedi'
        head = head.head
    return head


def _conjunct_of_its_day(noun: Token) -> bool:
    """'samedi un long entretien': the noun, with its determiner, after a time word the parser
    made it a conjunct or a complement of, with no conjunction or preposition of its own; a number
    counts as its determiner ('a eu samedi soir deux entretiens distincts avec X et avec Y')."""
    day = noun.head
    return noun.dep_ in {"conj", "nmod"} and time_word(day) and day.i < noun.i \
        and any(c.dep_ in {"det", "nummod"} for c in children(noun)) \
        and not any(c.dep_ in {"cc", "case"} for c in children(noun))


def _after_its_day(article: Token, verb: Token) -> bool:
    """'a reçu mardi des ...': the article right after a time word of the same verb, which has no other object."""
    day = article.doc[article.i - 1] if article.i else None
    return day is not None and time_word(day) and day.head.i == verb.i and verb.pos_ == "VERB" and \
        not any(c.dep_ == "obj" and not time_word(c) for c in children(verb))  # the day itself may be read as the object


def hung_on_its_participle(noun: Token) -> list[tuple[Token, str]]:
    """'les appels répétés de X': the parser may hang the 'de X' of a call noun on the participle
    that qualifies it, right after it; it is the noun's own phrase (whose calls they are)."""
    if noun.pos_ != "NOUN" or noun.i + 1 >= len(noun.doc):
        return []
    participle = noun.doc[noun.i + 1]
    if participle.head.i != noun.i or participle.dep_ != "acl" or "Part" not in feature(participle, "VerbForm"):
        return []
    return [(c, "nmod") for c in children(participle) if c.dep_.startswith("obl") and case_words(c) & {"de", "d'", "du", "des"}]


def phrases(head: Token) -> list[tuple[Token, str]]:
    """The phrases of a word, each with its relation to it. A name or an 'avec' phrase the parser
    hung on one of the word's time phrases is the word's own: 'a appelé mercredi Charles Michel'
    (read as the object 'mercredi' with the name in apposition), 'a parlé pendant une heure avec X'
    (read as the hour's), 'a été appelé dimanche par X' (the agent of 'dimanche'); the name takes
    the time word's relation, an agent stays one; so is one hung on 'dans la journée' ('devait parler
    dans la journée avec X')."""
    found = []
    for child in children(head):
        found.append((child, child.dep_))
        found += [(hung, "obl") for hung in _past_the_incise(child)]
        if time_word(child) or child.pos_ == "NOUN" and lemma(child) in _LATER_TODAY_NOUNS:
            for hung in children(child):
                if hung.dep_ in {"appos", "flat:name"} and hung.pos_ == "PROPN":  # 'mercredi Emmanuel Macron', read as a name
                    found.append((hung, child.dep_))
                elif hung.dep_.startswith("nmod") and "avec" in case_words(hung):
                    found.append((hung, "obl"))
                elif hung.dep_ == "obl:agent":  # "a été appelé dimanche par X"
                    found.append((hung, hung.dep_))
        elif together_word(child) and child.pos_ == "NOUN":
            # 'ont téléphoné ensemble à X', 'ont appelé ensemble X': the tagger takes the adverb for a
            # noun and hangs the one called on it; X is the word's own phrase, its name an object
            for hung in children(child):
                if hung.dep_.startswith(("obl", "nmod")):
                    found.append((hung, hung.dep_ if hung.dep_.startswith("obl") else "obl"))
                elif hung.dep_ in {"appos", "flat:name"} and hung.pos_ == "PROPN":
                    found.append((hung, "obj"))
    return found


def _past_the_incise(child: Token) -> list[Token]:
    """'s'est entretenu, depuis le début de la crise, avec X': the parser hangs the 'avec' phrase
    after an adjunct set off by commas on that adjunct's words; the phrase that opens right after
    the closing comma, hung on the adjunct's nouns (no verb between), is the word's own."""
    words = tokens_of(child.doc)
    start = child.left_edge.i
    if start == 0 or words[start - 1].text != "," or child.pos_ not in {"NOUN", "PROPN"}:
        return []
    return [t for t in child.subtree if t.i > child.i and "avec" in case_words(t) and words[_first_word(t) - 1].text == ","
            and all(a.pos_ in {"NOUN", "PROPN"} for a in t.ancestors if a.i != child.i and child.i in {b.i for b in a.ancestors})]


def _first_word(head: Token) -> int:
    """Where the words of a phrase begin, past the comma the parser may have hung on it."""
    return min(t.i for t in head.subtree if not t.is_punct)


def participle_as_noun(token: Token, cues: CallCues) -> bool:
    """A call verb's participle the tagger took for a noun or an adjective ('X a téléphoné à Y',
    'se sont téléphoné', 'Joint mercredi par X, Y a ...'): known by its auxiliary, copula, 'se' or,
    heading a clause on the main verb, its agent ('par X', which only a passive verb takes), so that
    the noun 'téléphone', the same word once folded, stays a noun."""
    return token.pos_ in {"NOUN", "PROPN", "ADJ"} and token.norm_ in cues.participles and any(
        c.dep_ in {"aux", "aux:tense", "cop"} or reflexive(c)
        or c.dep_ == "obl:agent" and (token.dep_ == "advcl" or token.i == sentence_bounds(token)[0])
        for c in children(token))


def verb_lemma(token: Token, cues: CallCues) -> str:
    """A call verb's lemma, also where the tagger took its participle for a noun."""
    return cues.participles[token.norm_] if participle_as_noun(token, cues) else lemma(token)


def near_words(governed: Iterable[Token], run: Sequence[Token] | Span) -> set[str]:
    """The forms and lemmas of some words and of a run of words, and each pair of words that
    follow each other in the run: medium markers of two words ('en ligne', 'liaison vidéo')."""
    near = [*governed, *run]
    norms = [t.norm_ for t in near]
    return near_forms(norms, [lemma(t) for t in near], norms[len(near) - len(run):])


@kept_per_word
def words_near(token: Token) -> set[str]:
    """`near_words` of the word's dependents and the three words after it ('un sommet en ligne',
    'un entretien par téléphone'): where a call word's medium is said. Kept per word (a set its
    callers only read): the trigger rules and the line-up ask it of each call word."""
    return near_words(children(token), tokens_of(token.doc)[token.i + 1:token.i + 4])


def near_forms(norms: Iterable[str], lemmas: Iterable[str], run: Sequence[str]) -> set[str]:
    """`near_words` of words already folded: their forms, their lemmas, and the run's pairs."""
    return {*norms, *lemmas} | {f"{run[i]} {run[i + 1]}" for i in range(len(run) - 1)}


def heads_a_locution(noun: Token, nouns: Container[str], cues: CallCues) -> bool:
    """'au sujet de Y', 'à propos de Y', 'à la demande de Y': a noun of `nouns` (folded lemmas)
    with its 'de' complement, the head of a prepositional locution that says what or why."""
    return lemma(noun) in nouns and any(c.dep_.startswith("nmod") and case_words(c) & cues.of_prepositions for c in children(noun))


@kept_per_word
def case_words(token: Token) -> set[str]:
    """The prepositions and adverbs that introduce a phrase: 'lors de', 'au cours de', 'avec'.
    Kept per word (`words.kept_per_word`; a set every caller only reads): the rules ask it some
    150 times an article, of some 50 words."""
    words = set()
    for child in children(token):  # one pass: the rules ask this of some 150 words an article
        dep = child.dep_
        if dep in _CASE_DEPS:
            words.add(child.norm_)
            if dep == "case":
                words.update(g.norm_ for g in children(child) if g.dep_ == "fixed")
        elif dep == "amod" and child.pos_ == "NOUN" and token.pos_ == "PROPN" and child.left_edge.i == _first_word(token):
            # ', avec le chancelier allemand X': the title read as the name's modifier, the phrase's preposition on it
            words.update(g.norm_ for g in children(child) if g.dep_ == "case")
    return words


_CASE_DEPS = frozenset({"case", "advmod", "mark", "fixed"})


def noun_holders(noun: Token, cues: CallCues) -> list[Token]:
    """A call noun and the verb that has it, where the parser hangs the noun's own phrases on that
    verb: 'a eu un appel avec X', 'la conversation a eu lieu entre X et Y'; or on the noun's
    participle ('la conversation prévue mardi entre X et Y')."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return [noun]
    own = [noun, *(c for c in children(noun) if c.dep_ == "acl" and lemma(c) in cues.scheduled_participles)]
    if (verb := object_of(noun)) is not None and lemma(verb) in cues.light_verbs:
        return [*own, verb]
    if noun.dep_.startswith("nsubj") and lemma(noun.head) in cues.happening_verbs:
        return [*own, noun.head]
    return own


def outside_the_incise(verb: Token, adjunct: Token, cues: CallCues) -> Token:
    """"X et Y ont condamné dimanche, lors d'un appel, les frappes, a annoncé Z": an adjunct set off
    by commas that the parser hung on the reporting incise after it belongs to the verb before it."""
    if verb.i > adjunct.i and lemma(verb) in cues.reporting and verb.head.i < adjunct.i and verb.head.pos_ == "VERB":
        return verb.head
    return verb


def above_its_completive(verb: Token, noun: Token, person_tokens: Container[int], cues: CallCues) -> Token:
    """'X a averti Y que l'intervention constituait une violation, lors d'un entretien téléphonique':
    a 'lors de'/'au cours de' call adjunct after a completive that names no one, which the parser hung
    on the completive's verb, is the circumstance of the verb of saying or addressing above it: the
    call's people and day are that verb's ('X a dit que Y et Z s'étaient parlé lors d'un appel', 'que ... lors d'un
    appel entre Y et Z' keep their own)."""
    head = verb.head
    if not (verb.dep_ == "ccomp" and head.i < verb.i < noun.i and lemma(head) in cues.reporting):
        return verb
    if not (noun.dep_.startswith(("obl", "nmod")) and case_words(noun) & cues.event_adjunct_markers or marker_head(noun, cues) is not None):
        return verb
    named = any(t.i in person_tokens for c in children(verb) if c.dep_.startswith(("nsubj", "obj", "iobj")) for t in c.subtree) \
        or any(c.dep_.startswith("nsubj") and c.pos_ == "PRON" for c in children(verb))  # "a annoncé qu'il réunirait ... lors d'un sommet"
    # 'a ajouté que la visite a été confirmée lors d'un entretien entre X et Y ce 4 août': a call with its own people
    own = any(case_words(c) & (cues.partner_prepositions | {"entre"}) for c in children(noun))
    return verb if named or own else head


@kept_per_word
def verbal(token: Token) -> bool:
    """A verb, or a participle the tagger took for a noun ('se sont téléphoné'). Kept per word:
    asked some 60 times an article, of some 10 words (the call words and their events)."""
    return token.pos_ in {"VERB", "AUX"} or token.pos_ in {"NOUN", "ADJ"} and any(
        c.dep_ in {"aux", "aux:tense", "cop"} for c in children(token)) and not any(c.dep_ == "det" for c in children(token))


def clause_verb(token: Token) -> Token | None:
    """The nearest verb this word belongs to (itself when it is one)."""
    for holder in [token, *token.ancestors]:
        if holder.pos_ in {"VERB", "AUX"}:
            return holder
    return None


def marker_head(noun: Token, cues: CallCues) -> Token | None:
    """'lors d'un appel', 'au cours de l'appel' parsed with 'lors', 'cours' as the noun's head: that marker."""
    head = noun.head
    if head.i != noun.i and head.norm_ in cues.event_adjunct_markers and (  # the word first: it costs the least
            head.pos_ == "ADV" or head.pos_ == "NOUN" and case_words(head) & {"au", "a"}):
        return head
    return None


def event_of(trigger: Token, cues: CallCues) -> Token:
    """The word whose clause describes the call: the verb of which a call noun is an adjunct of the
    same time ('lors d'un entretien, X a souligné ...' is X speaking during the call), the light
    verb it is the object of ('X a eu un entretien avec Y'), else the call word itself."""
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return auxiliary_above_its_adverb(trigger) or trigger  # 's'est en outre entretenu avec Y', read on 'est'
    head = trigger.head
    if head.i == trigger.i:
        return trigger
    markers = cues.event_adjunct_markers
    if lemma(trigger) in cues.self_marked_nouns or opened_phrase(trigger, cues) is not None:
        markers = markers | cues.medium_adjunct_markers  # "X a assuré par téléphone à Y": the clause is the call
    if trigger.dep_.startswith(("obl", "nmod", "advmod")) and case_words(trigger) & markers:
        verb = clause_verb(head)
        return outside_the_incise(verb, trigger, cues) if verb is not None else trigger
    if marker_head(trigger, cues) is not None:
        verb = clause_verb(head.head) if head.head.i != head.i else _main_clause_below(trigger)
        return outside_the_incise(verb, trigger, cues) if verb is not None else trigger
    misread = trigger.dep_ == "nsubj" or trigger.dep_.startswith("obl") and not case_words(trigger)  # no preposition: an object
    if (trigger.dep_ in {"obj", "nsubj:pass"} or misread and trigger.i > head.i) and lemma(head) in cues.light_verbs:
        return head  # "X a eu un entretien avec Y", also read after the verb as its subject or a bare adjunct ("avoir eu mardi un entretien")
    if trigger.dep_ == "obj" and lemma(head) in cues.arranging_verbs:
        return head  # "X a organisé une visioconférence avec A et B": X is on it (not so told in the passive)
    if lemma(trigger) in cues.caller_nouns and agent_of_a_passive(trigger):
        return head  # "X a été réveillé par un appel de Y": X, the passive's subject, was called
    if (verb := object_of(trigger)) is not None and lemma(verb) in cues.light_verbs:
        return verb  # "X a reçu mercredi des appels de A et de B", the calls hung on the day
    if trigger.dep_.startswith("obl") and case_words(trigger) & {"a", "au", "aux"} and lemma(head) in cues.joining_verbs:
        return head  # "X a participé à une visioconférence avec Y": X is on the call
    if misread:  # "X a eu lundi un entretien avec Y, a annoncé Z": the light verb read as a clause of its own
        return next((v for v in children(head) if v.i < trigger.i and v.pos_ == "VERB" and lemma(v) in cues.light_verbs
                     and v.right_edge.i + 1 == trigger.left_edge.i), trigger)
    return trigger


def agent_of_a_passive(noun: Token) -> bool:
    """'X a été réveillé par un appel de Y': the noun is the agent ('par ...') of a passive verb
    that has a subject."""
    return noun.dep_.startswith("obl") and "par" in case_words(noun) and any(c.dep_ == "nsubj:pass" for c in children(noun.head))


def opened_phrase(token: Token, cues: CallCues) -> str | None:
    """The multiword call noun that names its medium ('bout du fil', 'coup de fil') opened by this word."""
    return next((p for p in cues.phrases.get(token.norm_, ()) if
                 " ".join(t.norm_ for t in tokens_of(token.doc)[token.i:token.i + p.count(" ") + 1]) == p), None)


def _main_clause_below(noun: Token) -> Token | None:
    """'Lors d'un entretien avec Y, X a souligné ...' parsed with 'lors' as the sentence's root: the
    main clause hangs below the call noun as if it were a relative clause. Its verb has a subject of
    its own and no relative pronoun ('l'entretien qu'il a eu' is a real relative clause)."""
    for verb in children(noun):
        if verb.i > noun.i and verb.pos_ == "VERB" and verb.dep_.startswith("acl") and \
                any(c.dep_.startswith("nsubj") for c in children(verb)) and \
                not any("Rel" in feature(c, "PronType") for c in children(verb)):
            return verb
    return None


@dataclass(frozen=True)
class Sentence:
    """One sentence as the call rules read it, with what several rules need worked out once."""

    span: Span
    text: str  # `span.text`, taken once from the document's text (spaCy rebuilds it from every token at each access)
    words: str  # its folded words, space-separated and padded: ' le president a appele ... '
    call_words: frozenset[int]  # its tokens that name a call
    aside: frozenset[int]  # tokens between parentheses: credits, asides, captions
    dates: tuple  # the DateMentions of the sentence, read as of the past
    published: Publication  # what its dates are read from: the article's day ...
    before: date | None  # ... and the day the text told last before it, for 'la veille', 'le lendemain'
    tokens: tuple[Token, ...]  # its tokens, made once (spaCy makes a new object at each access)
    norms: tuple[str, ...]  # the folded form of each of its tokens (`Token.norm_`), read once from `doc._.folded`
    lemmas: tuple[str, ...]  # the folded lemma of each (`lemma`): the rules that scan the sentence compare these
    duration: float | None  # the length it gives a call, if any
    meetings: tuple[Token, ...]  # nouns of in-person events ('rencontre', 'visite') that name no call
    heading: str | None  # the day of the chronology's heading line above it ('Dimanche 17 juillet'), if any

    def has_any(self, phrases: Iterable[str]) -> bool:
        """Does the sentence say any of these phrases (folded)? One call for them all: the rules
        ask some 50 phrases of each call word's sentence (the cues of a conference, of a call
        each, of the same day ...), a method call and a generator each before."""
        words = self.words
        for phrase in phrases:
            if f" {phrase} " in words:
                return True
        return False

    @cached_property
    def future_dates(self) -> tuple:
        """The DateMentions of the sentence read as of the future ('jeudi' is the next one). Read
        when first asked: only a planned call, or one set 'pour' a day, asks (reading a
        sentence's dates is some 15 µs, and most call sentences tell a call that took place)."""
        return tuple(dates_in(self.span, self.published, future=True, before=self.before, tokens=self.tokens, norms=self.norms))


#: Where a call's clause ends: above an adverbial clause ("Interrogé sur l'appel, X n'a pas voulu
#: commenter") is what another clause does, not what is done to the call.
_CLAUSE_EDGES = frozenset({"acl:relcl", "parataxis", "conj", "appos", "dislocated", "advcl", "ROOT"})


def adjunct(trigger: Token, event: Token) -> bool:
    """Is the call a circumstance of another event ('lors d'un appel, X a demandé ...')?"""
    return event is not trigger and not trigger.dep_.startswith(("obj", "nsubj"))


def _content_relative(token: Token) -> bool:
    """'les informations selon lesquelles X et Y se seraient parlé': the relative clause is the
    content of the noun, so what is said of the noun (denied, confirmed) is said of the call."""
    return token.dep_ == "acl:relcl" and any(c.norm_ == "selon" for c in token.subtree if c.i < token.i)


def governors(trigger: Token, event: Token, reach: int = 3) -> list[Token]:
    """The words that take the call as their complement ('envisage de s'entretenir', 'a démenti
    cet appel', 'l'existence d'une conversation'), up to the edge of its clause. A call that is
    only the circumstance of another event has none: what governs that event is not about it."""
    if adjunct(trigger, event):
        return []
    found: list[Token] = []
    token = event
    while len(found) < reach and token.head.i != token.i and (token.dep_ not in _CLAUSE_EDGES or _content_relative(token)
                                                              or _completive_read_as_relative(token)
                                                              or _completive_read_as_conjunct(token)):
        token = next((a for a in token.ancestors if a.pos_ == "VERB"), token.head) if _completive_read_as_relative(token) \
            else token.head
        found.append(token)
    return found


def antecedent_called(verb: Token) -> Token | None:
    """'Y, que X a lui aussi appelé, a ...': a relative clause with 'que' and no object of its own
    calls its antecedent (the parser may read that 'que' as a conjunction); None elsewhere."""
    if verb.dep_ != "acl:relcl" or verb.head.i == verb.i or verb.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    own = children(verb)
    if any(c.dep_ == "obj" and lemma(c) != "que" for c in own) or not any(
            c.dep_ in {"obj", "mark"} and lemma(c) == "que" and c.i < verb.i for c in own):
        return None
    return verb.head


def _completive_read_as_relative(token: Token) -> bool:
    """'X a indiqué lors d'une conférence de presse qu'il appellerait son homologue': the parser
    reads 'qu'' as the relative object of a clause that has an object of its own and hangs the
    clause on the noun before it; a verb has one direct object, so 'que' is the conjunction and
    the clause the complement of the verb that noun hangs on. So too after the person a verb of
    informing takes ('a prévenu son hôte qu'il téléphonerait à Y'): 'informer Y que' takes a
    completive, whatever the clause's own verb."""
    return token.dep_ == "acl:relcl" and any(c.dep_ == "obj" and "Rel" in feature(c, "PronType") for c in children(token)) \
        and (any(c.dep_ == "obj" and c.pos_ in {"NOUN", "PROPN"} for c in children(token))
             or token.head.dep_ == "obj" and lemma(token.head.head) in _INFORMING)


def _completive_read_as_conjunct(token: Token) -> bool:
    """'X a indiqué que Paris et Rome échangeraient des vues': with two subjects joined by 'et',
    the parser may hang 'que' and the first subject on the verb of saying ('dep', 'ccomp') and read the
    clause as the second conjunct of that verb; 'que' before the clause's own 'et' makes the
    clause the complement of that verb, not a second act of its subject."""
    if token.dep_ != "conj":
        return False
    joined = next((c.i for c in children(token) if c.dep_ == "cc"), None)
    return joined is not None and any(
        c.i < joined and any(m.dep_ == "mark" and m.norm_ in {"que", "qu'"} for m in children(c))
        for c in children(token.head) if token.head.i < c.i < token.i)


def own_tokens(head: Token, skip: set[int]) -> Iterator[Token]:
    """The words of the phrase headed by `head`, without its clauses and without the phrases of
    other events ('sa rencontre avec X' inside it) or of parentheses."""
    yield head
    for child in children(head):
        if child.i in skip or child.dep_ in CLAUSAL:
            continue
        yield from own_tokens(child, skip)


def phrase_of(trigger: Token) -> set[int]:
    """The tokens a call word owns: its phrase, and for a noun the 'avec X' or 'entre X et Y'
    right after it, wherever the parser attached X ('sa conversation avec X' names X as the other side)."""
    tokens = {t.i for t in own_tokens(trigger, set())}
    for word in ("avec", "entre"):
        partner = following_phrase(trigger, word)
        if partner is not None:
            tokens.update(t.i for t in own_tokens(partner, set()))
    return tokens


def hyphenated_pair(noun: Token, named: Container[int]) -> list[int]:
    """'Appel Biden-Xi', 'Entretien Macron – Zelensky': the words of the two names joined by a dash
    right after a headline's call noun (`named`: the words that name someone), its two sides as
    'entre X et Y' would be; none when no such pair follows."""
    doc, at = noun.doc, noun.i + 1
    first = at
    while at in named:
        at += 1
    if at == first or at + 1 >= len(doc) or doc[at].text not in {"-", "–", "—"} or at + 1 not in named:
        return []
    second = at + 1
    while second in named:
        second += 1
    return [*range(first, at), *range(at + 1, second)]


def following_phrase(trigger: Token, preposition: str) -> Token | None:
    """For a call noun, the head of the 'avec ...' or 'entre ...' phrase right after it (past its
    adjectives, participles and length: 'l'appel prévu entre X et Y'), wherever the parser hung it ('a
    démenti un appel entre X et Y' on the verb, 'entre X' on 'prévu')."""
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return None
    words = tokens_of(trigger.doc)
    i = _past_the_noun(trigger)
    if i < len(words) and words[i].norm_ == preposition and words[i].head.i != words[i].i:
        return words[i].head
    return None


def called_after_caller(noun: Token, persons: Container[int], cues: CallCues) -> Token | None:
    """'l'appel de X à Y', 'ce coup de fil de X au président Y': the first word naming a person in
    the 'à' phrase right after the caller's name hung on a call noun, wherever the parser hung
    that phrase (on the caller's name, on the verb: 'On commence avec ce coup de fil de X à Y';
    'au roi Y' with the name as the caller's apposition). `persons`: the tokens that name people."""
    words = tokens_of(noun.doc)
    for end in callers_named(noun, persons, cues):
        after = words[end + 1] if end + 1 < len(words) else None
        if after is None or after.norm_ not in cues.to_prepositions:
            continue
        called = next((t for t in words[end + 2:end + 5] if t.i in persons), None)  # 'au roi Y': past the title, however hung
        if called is not None and not any(t.is_punct for t in words[end + 2:called.i]):
            return called
    return None


def callers_named(noun: Token, persons: Container[int], cues: CallCues) -> Iterator[int]:
    """The last word of each person named in a 'de' phrase hung on a call noun: 'l'appel de X',
    'un appel du président X' (the title, then the name). `persons`: the tokens that name people."""
    words = tokens_of(noun.doc)
    for caller in children(noun):
        if not caller.dep_.startswith("nmod") or not case_words(caller) & cues.of_prepositions:
            continue
        end = caller.i if caller.i in persons else caller.i + 1
        if end not in persons:
            continue
        while end + 1 < len(words) and end + 1 in persons:
            end += 1
        yield end


_QUOTE_MARKS = OPENING_QUOTES | CLOSING_QUOTES


@kept_per_word
def _past_the_noun(noun: Token) -> int:
    """Where the phrase that follows a noun begins, past its adjectives, participles, length and
    day (`following_phrase`). Kept per word: the rules ask for the 'avec', 'entre' and 'à'
    phrases of the same call noun some four times an article each (~3 µs a time)."""
    words = tokens_of(noun.doc)  # each word's Token made once: it is read several times
    i = noun.i + 1
    while i < len(words) and (words[i].text in _QUOTE_MARKS or words[i].head.i == noun.i and (
            words[i].pos_ == "ADJ" or words[i].pos_ == "VERB" and "Part" in feature(words[i], "VerbForm") and words[i].dep_ == "acl")):
        i += 1  # and past quotation marks: 'un « bon échange » avec X', 'une conversation « franche » avec X'
    if i < len(words) and words[i].norm_ in {"de", "d'"}:  # past its length: 'un appel de plus de deux heures entre X et Y'
        unit = next((j for j in range(i + 1, min(i + 6, len(words))) if words[j].norm_ in _DURATION_UNITS), None)
        i = unit + 1 if unit is not None else i
    day = next((c for c in children(noun) if c.left_edge.i == i and c.dep_.startswith("nmod") and a_day(c)), None)
    if day is not None:  # past its day: 'l'appel du 25 juillet entre X et Y', 'l'entretien de mardi avec X'
        i = day.right_edge.i + 1
    return i


def a_day(phrase: Token) -> bool:
    """'du 25 juillet', 'de mardi', 'de janvier': a phrase that says which day."""
    return phrase.pos_ == "NUM" and phrase.is_ascii and phrase.text.isdigit() or time_word(phrase) or lemma(phrase) in MONTHS


def listed_after(head: Token, skip: set[int], item_end: Callable[[int], int | None],
                 inclusion: tuple[tuple[str, ...], ...]) -> tuple[list[int], bool]:
    """The items listed right after a phrase, wherever the parser hung them: ', Y, Z et W', or
    the members of a group ('plusieurs dirigeants, dont Y et Z'). `item_end` gives where an
    item starting at a token ends (None: no item there). The phrase runs to the end of the name
    its last word is in ('du président X', the name hung apart); an item may say the phrase's
    preposition again ('du président X et du chancelier Y', ', et de l'émir Z'), an honorific
    (', M. Y') and an adjective of its own ('les présidents français X et italien Y'). Returns the
    items' first tokens and whether they are members of the group the phrase names."""
    doc = head.doc
    own = [t for t in own_tokens(head, skip) if not t.is_punct or t.i == head.i]
    # 'avec ses homologues néerlandais X et belge Y': the parser may join 'belge' to X and hang Y
    # apart; the adjective, with its 'et', is the next item's, not the phrase's
    theirs = {w.i for t in own if t.pos_ == "ADJ" and t.dep_ == "conj" and item_end(t.i + 1) is not None for w in t.subtree}
    end = max(t.i for t in own if t.i not in theirs) + 1
    end = max(end, item_end(end - 1) or end)
    while (stop := item_end(end)) is not None and doc[end].pos_ == "PROPN":
        end = stop  # 'du président français X': the role, then its holder's name
    again = {lemma(c) for c in children(head) if c.dep_ == "case"}
    starts: list[int] = []
    members = False
    while end + 1 < len(doc) and doc[end].text in {",", "et"} and sentence_bounds(doc[end]) == sentence_bounds(head):
        start = end + 1
        if doc[end].text == "," and doc[start].text == "et" and again:
            start += 1  # ', et du chancelier Y'
        if start + 1 < len(doc) and doc[start].pos_ == "ADP" and lemma(doc[start]) in again:
            start += 1 + (doc[start + 1].pos_ == "DET" and item_end(start + 1) is None)  # 'et de l'émir Y'
        if start + 1 < len(doc) and doc[start].norm_ in _HONORIFICS and item_end(start) is None:
            start += 1  # ', M. Y'
        if start + 1 < len(doc) and doc[start].pos_ == "ADJ" and doc[start + 1].pos_ == "PROPN" and item_end(start) is None:
            start += 1  # 'ses homologues néerlandais X et belge Y': each name after its own adjective of country
        if not starts and doc[end].text == ",":
            marker = next((m for m in inclusion if tuple(t.norm_ for t in tokens_of(doc)[start:start + len(m)]) == m), ())
            start += len(marker)
            members = bool(marker)
        stop = item_end(start) if start not in skip and start < len(doc) else None
        if stop is None or doc[start].dep_.startswith("nsubj") and doc[start].head.i > start:
            break  # "X a appelé A et B a salué ...": B is the subject of a clause of its own
        starts.append(start)
        end = stop
    return starts, members and bool(starts)


def _infinitive(verb: Token) -> bool:
    """'appeler', 'avoir eu': the verb or its auxiliary is an infinitive, which has no subject of its own."""
    return any("Inf" in feature(t, "VerbForm") for t in [verb, *(a for a in children(verb) if a.dep_.startswith("aux"))])


def _controlled(verb: Token) -> bool:
    """'après avoir parlé', 'avant de parler', 'pour appeler': an infinitive clause opened by a
    preposition, whose subject is its sentence's; so is a bare infinitive a verb takes ('a déclaré
    s'être entretenu avec X', however the parser names it)."""
    opened = any(c.dep_ == "mark" for c in children(verb))
    return (verb.dep_ in {"advcl", "acl"} and opened or verb.dep_ in {"advcl", "ccomp"} and verbal(verb.head)) and _infinitive(verb)


def _inverted_after_a_quote(verb: Token) -> list[Token]:
    """'« … », a martelé samedi X lors d'un appel avec Y': the verb of an incise after a quote has
    its subject after it, which the parser may read as its object."""
    first = min([verb, *(a for a in children(verb) if a.dep_.startswith("aux"))], key=lambda t: t.i)
    doc = verb.doc
    if first.i < 2 or doc[first.i - 1].text != "," or doc[first.i - 2].text not in CLOSING_QUOTES:
        return []
    return [c for c in children(verb) if c.dep_ == "obj" and c.pos_ == "PROPN" and c.i > verb.i][:1]


def points_back(subject: Token, cues: CallCues) -> bool:
    """'ils', 'les deux hommes', 'les présidents', 'les deux ministres', 'les trois dirigeants': a
    subject that means people named before."""
    if subject.pos_ == "PRON":
        return "Plur" in feature(subject, "Number") and "3" in feature(subject, "Person")
    words = sorted(own_tokens(subject, set()), key=lambda t: t.i)
    phrase = " ".join(t.norm_ for t in words)
    # 'entre les deux hommes', with its preposition and any verb the parser hung on it ('... hommes
    # remonte au 2 mai'), not with a complement of its own ('les dirigeants du G20' are not people named before)
    verbs = {t.i for c in children(subject) if c.i > subject.i and c.pos_ in {"VERB", "AUX"} for t in c.subtree}
    head = " ".join(t.norm_ for t in words if t.i not in verbs and t.dep_ != "case")
    return phrase in cues.pair_words or head in cues.pair_words or lemma(subject) in cues.person_role_nouns and any(
        c.dep_ == "nummod" and cues.number_words.get(c.norm_, 0) >= 2 for c in children(subject))  # "les deux ministres"


def subjects_of(verb: Token) -> list[Token]:
    """The verb's subjects; for a controlled infinitive ('X envisage de s'entretenir', 'X s'est
    dit prêt à appeler'), or a second verb of a coordination, those of the word it depends on."""
    token = verb
    for _ in range(4):
        found = [c for holder in [token, *(a for a in children(token) if a.dep_.startswith("aux"))]
                 for c in children(holder) if c.dep_ in {"nsubj", "nsubj:pass", "expl:subj"}  # the parser may hang it on "aurait"
                 and not (c.i > token.i and _infinitive(token))]  # 'avoir eu un entretien': an object read as a subject
        if not found:  # "nous commencerons par appeler X": the parser may call a leading 'nous' an object
            found = [c for c in children(token) if c.pos_ == "PRON" and c.i < token.i and "1" in feature(c, "Person")
                     and c.dep_ in {"iobj", "obj"} and not any(a.dep_.startswith("nsubj") for a in children(token))]
        if not found:
            found = _inverted_after_a_quote(token)
        if found or token.head.i == token.i:
            return found
        if hung_on_its_subject(token):
            return [token.head]
        climbs = token.dep_ in {"xcomp", "conj"} or token.dep_ == "acl" and token.head.pos_ == "NOUN" or \
            token.pos_ == "NOUN" and any(c.norm_ in POSSESSIVES for c in children(token)) or \
            token.pos_ == "ADJ" and token.dep_ in {"acl", "amod"} or \
            token.head.pos_ == "ADJ" and token.dep_ in {"acl", "advcl", "obl", "obl:arg"} or \
            token.dep_ == "ccomp" and any(lemma(c) in {"de", "a"} for c in children(token) if c.dep_ == "mark")
        if _controlled(token):  # "X a appelé Y, un jour après avoir parlé avec Z": X did, wherever the parser hung it
            token = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), token.head)
            continue
        if not climbs:
            return []
        token = token.head
    return []


def parenthesised(doc, start: int, end: int) -> set[int]:
    """Token indices between '(' and ')' within [start, end): credits, asides, photo captions."""
    inside: set[int] = set()
    depth = 0
    for token in tokens_of(doc)[start:end]:
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth = max(0, depth - 1)
        elif depth:
            inside.add(token.i)
    return inside
