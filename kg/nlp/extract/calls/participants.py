"""Who is on the line: the people a call word's clause puts on each side of it.

The parse names the sides: the subject of the event ('X s'est entretenu', 'lors d'un
entretien, X a souligné'), the possessor of the call noun ('sa conversation'), 'entre X et Y',
'l'entretien de X et de Y' on one side; 'avec Y', 'à Y', 'appeler Y' on the other. One caller
with several partners is one call each ('X s'est entretenu avec A, B et C'), unless the call
is a conference. People reporting the call, quoted beside it, or met at another event in the
same sentence are not on either side. Only when the clause names fewer than two people is the
rest of the sentence searched, leaving out reporters, sources and parentheses.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Span, Token

from kg.nlp.extract.calls.clause import (
    POSSESSIVES,
    Sentence,
    called_after_caller,
    case_words,
    clause_verb,
    delegate_of,
    existential,
    following_phrase,
    lemma,
    listed_after,
    negated,
    noun_holders,
    own_tokens,
    phrases,
    points_back,
    subjects_of,
    time_anchor,
    time_word,
    verb_lemma,
    verbal,
    words_near,
)
from kg.nlp.extract.calls.left_out import attributed, journalist, left_out, reports_the_call, sources
from kg.nlp.extract.calls.lexicon import CallCues
from kg.nlp.extract.calls.people import People, people_in, people_of
from kg.nlp.extract.words import children, feature, tokens_of


@dataclass(frozen=True)
class Lineup:
    callers: tuple[str, ...]
    partners: tuple[str, ...]
    together: bool  # a conference: one call of everyone, never one call per partner
    named: bool  # read from the clause, not gathered from the rest of the sentence
    refers: bool  # points back to people named before ('ils', 'les deux hommes', 'cet entretien')
    apart: bool = False  # the callers each had their own call with the partners ('chacun de son côté')
    in_turn: bool = False  # the partners one after another ('un sommet en ligne avec A, puis avec B'): a call each

    @property
    def everyone(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((*self.callers, *self.partners)))

    def calls(self) -> list[tuple[str, ...]]:
        """The calls this line-up makes: one per partner of a single caller, none among the
        partners of a caller the clause does not name ('va parler avec X et Y'), else one of all."""
        if len(self.callers) == 1 and len(self.partners) >= 2 and not self.together:
            return [(self.callers[0], p) for p in self.partners]
        if self.apart and len(self.callers) >= 2 and self.partners:
            return [(c, *self.partners) for c in self.callers]  # "X et Y ont parlé avec Z, chacun de son côté"
        if self.in_turn and self.callers and len(self.partners) >= 2:
            return [(*self.callers, p) for p in self.partners]  # "X et Y ont tenu un sommet avec A, puis avec B"
        if self.named and not self.callers and len(self.partners) >= 2 and not self.together:
            return []
        return [self.everyone]


def _received_from_each(trigger: Token, cues: CallCues) -> bool:
    """'X a reçu les félicitations de plusieurs dirigeants au téléphone, dont A et B', 'a reçu par
    téléphone les condoléances de A et de B': what X received, in the plural, came from each of
    them, each on a call of their own."""
    verb = trigger.head.head if trigger.dep_.startswith("nmod") else trigger.head  # 'au téléphone' on the thing or on the verb
    return lemma(verb) in cues.receiving_verbs and any(c.dep_ == "obj" and _plural(c) for c in children(verb))


def _each_received(trigger: Token, event: Token, callers: list[str], cues: CallCues) -> bool:
    """'Le roi X et le prince héritier Y ont reçu des appels de Z': calls in the plural that several
    people received, each on a call of their own with Z (not one call of the three)."""
    return len(callers) >= 2 and _plural(trigger) and lemma(event) in cues.receiving_verbs


def _sent_by_each(subject: Token, found: list[str], cues: CallCues) -> bool:
    """'les condoléances de A et de B sont parvenues par téléphone à X': things in the plural that
    several people sent, each by a call of their own (not 'les dirigeants du G7', who are people)."""
    return len(found) >= 2 and _plural(subject) and subject.pos_ == "NOUN" and lemma(subject) not in cues.met_people_nouns \
        and any(c.dep_.startswith("nmod") and case_words(c) & cues.of_prepositions for c in children(subject))


def _plural(noun: Token) -> bool:
    """'des appels', 'les entretiens': a call noun in the plural names one call per partner."""
    return noun.pos_ in {"NOUN", "PROPN"} and "Plur" in feature(noun, "Number")


def _names_someone(phrase: Token, people: People, cues: CallCues) -> bool:
    """'(à) X', '(au) président', '(à) son homologue': the phrase's own head names the person, not
    a noun they only hang on ('au sujet de X', 'a évoqué le sort de X'); but 'joindre au
    téléphone X' may come with X hung on the medium."""
    return phrase.pos_ not in {"NOUN", "ADJ"} or phrase.i in people.at or lemma(phrase) in cues.media or _recency_pronoun(phrase, cues)


def _recency_pronoun(word: Token, cues: CallCues) -> bool:
    """'celui-ci', '(à) ce dernier': a word for the person named last. The word's own form is
    looked up first: it is part of the phrase, and most words, in no such pronoun, then have their
    phrase's words left unread (the line-up asks this of most phrases of a call's clause)."""
    if word.dep_ != "case" and not any(word.norm_ in pronoun for pronoun in cues.recency_pronouns):
        return False
    return " ".join(t.norm_ for t in word.subtree if t.dep_ != "case") in cues.recency_pronouns


def _joined_in_relative(noun: Token, event: Token, cues: CallCues) -> list[Token]:
    """The subjects of a relative clause in which someone joins the call the noun names ('une
    visioconférence à laquelle a participé X', 'l'appel auquel X a répondu'): they are on it.
    The parser may hang the relative on the verb that holds the noun ('X a organisé une
    visioconférence avec Y, à laquelle Z a pris part')."""
    relatives = [c for c in children(noun) if c.dep_ == "acl:relcl"] + [
        c for c in (children(event) if event.i != noun.i else ()) if c.dep_ == "advcl"
        and any("Rel" in feature(r, "PronType") for r in children(c))] + [
        c for o in children(noun.head if case_words(noun) & cues.medium_adjunct_markers else noun)
        if o.dep_ == "obj" and lemma(o) in cues.virtual_event_nouns
        for c in children(o) if c.dep_ == "acl:relcl"]  # "X a présidé par visioconférence le sommet, auquel Y a pris part"
    return [s for c in relatives if _joining(c, cues) for s in _relative_subjects(c)]


def _organised_by(noun: Token, cues: CallCues) -> list[Token]:
    """'Y et Z ont participé au sommet virtuel sur le climat organisé par X': who organised a call
    its sentence names no partner of ('avec') is on it with those who joined; not who organised
    'un appel entre A et B'. The participle may hang on a word of the noun's phrase ('sur le
    climat organisé'). The agents are looked for first: most call nouns have none, and then
    neither the 'entre' phrase nor the partners are read."""
    if noun.pos_ != "NOUN":
        return []
    agents = [agent for word in noun.subtree if word.dep_ == "acl" and lemma(word) in cues.arranging_verbs
              for agent in children(word) if agent.dep_ == "obl:agent"]
    if not agents or following_phrase(noun, "entre") is not None or any(
            t.norm_ in cues.partner_prepositions for t in noun.subtree if t.dep_ == "case"):
        return []
    return agents


def _joining(verb: Token, cues: CallCues) -> bool:
    """'a participé', 'a pris part' (the verb and the noun that makes it a phrase)."""
    return lemma(verb) in cues.joining_verbs or any(
        f"{lemma(verb)} {c.norm_}" in cues.joining_verbs for c in children(verb) if c.i > verb.i)


def _relative_subjects(verb: Token) -> list[Token]:
    """The subjects of a relative clause; after 'auquel', 'à laquelle' read as its subject, the
    subject put after the verb ('auquel ont pris part X et Y'), which the parser reads as an object."""
    subjects = [s for s in children(verb) if s.dep_ in {"nsubj", "nsubj:pass"}]
    named = [s for s in subjects if s.pos_ != "PRON"]
    if named or not any("Rel" in feature(s, "PronType") for s in subjects):
        return named
    return [o for o in children(verb) if o.dep_ == "obj" and o.i > verb.i and o.pos_ in {"PROPN", "NOUN"}]


def _listed_as_members(subject: Token, cues: CallCues) -> bool:
    """Is the subject listed after 'dont', 'parmi lesquels' ... ('Des dizaines de dirigeants, dont
    A et B, ont appelé X'): members of a group, each on a call of their own."""
    words = [t.norm_ for t in tokens_of(subject.doc)[max(0, subject.left_edge.i - 3):subject.i]]
    return any(tuple(words[k:k + len(m)]) == m for m in cues.inclusion for k in range(len(words)))


def _member_list(clause: Token, cues: CallCues) -> bool:
    """'des dirigeants, dont A et B': names after 'dont' that the parser made a relative clause of
    the group noun, with no verb."""
    return clause.dep_ == "acl:relcl" and clause.pos_ == "PROPN" and \
        any((d.norm_,) in cues.inclusion for d in children(clause) if d.i < clause.i)


def _name_read_as_a_clause(child: Token, dep: str) -> bool:
    """'X et Y ont appelé Donald Trump': the parser may take a first name for a word of no class
    and make it a clause of the verb (xcomp); a name with no preposition is the one called."""
    return dep == "xcomp" and child.pos_ in {"PROPN", "X"} and not case_words(child)


def _second_person_called(conjunct: Token, cues: CallCues) -> bool:
    """'X a appelé A, puis B', 'a téléphoné à A, puis à B', '... à A, ainsi qu'à B': the parser
    makes B, after a word of sequence or addition, a conjunct of the verb rather than of A; a name
    with no clause of its own (no subject, auxiliary or object) and no preposition but 'à' or
    'avec' is then the verb's next complement, called after A."""
    words = case_words(conjunct)
    return conjunct.pos_ in {"PROPN", "NOUN"} and (not words or bool(words & (cues.to_prepositions | cues.partner_prepositions))) \
        and any(c.norm_ in cues.in_sequence or c.norm_ in cues.adding_coordinators for c in children(conjunct) if c.dep_ in {"cc", "advmod"}) \
        and not any(c.dep_.startswith(("nsubj", "aux", "cop", "obj")) for c in children(conjunct))


def _dates_its_clause(noun: Token, cues: CallCues) -> bool:
    """'X a affirmé, après un échange avec Y, que ...', 'X a dit ..., au lendemain d'un entretien
    avec Y': a call that dates what its clause's subject did next was that subject's."""
    return time_anchor(noun) or noun.dep_.startswith("obl") and bool(case_words(noun) & cues.earlier_event_prepositions)


def lineup(trigger: Token, event: Token, sentence: Sentence, elsewhere: set[int], people: People, on: date | None,
           cues: CallCues) -> Lineup:
    """The two sides of the call `trigger` names; `elsewhere` are tokens that belong to other
    events of the sentence (other call words, meetings) and to nobody on this call."""
    sent = sentence.span
    skip = elsewhere | sentence.aside | sources(sent, people, cues) | left_out(sentence, trigger, cues) | attributed(sentence, trigger, cues) \
        | _named_below_someone_else(sent, people, cues) | _describing_a_name(sent, people)
    callers: list[str] = []
    partners: list[str] = []
    anaphoric = False  # a subject or determiner that points back: 'ils', 'les deux hommes', 'cet entretien'

    def add(side: list[str], found: list[str]) -> None:
        side.extend(p for p in found if p not in side)

    group = False  # the partners are members of a group on the call ('avec les dirigeants européens, dont X et Y')

    def listed(head: Token) -> list[str]:
        nonlocal group
        found, members = _listed_after(head, skip, people, on, cues)
        group = group or members
        return found

    each_calling = False  # the subjects are members of a group, each calling ('des dizaines de dirigeants, dont A et B, ont appelé X')

    pointing: list[Token] = []  # a subject that means people named before ('les deux hommes')

    def subjects(verb: Token) -> None:
        nonlocal anaphoric, each_calling
        found_subjects = subjects_of(verb)
        for subject in [*_first_subject_read_as_a_modifier(verb, found_subjects, people), *found_subjects]:
            found = _subject_people(subject, skip, people, on, cues) or _named_last(subject, [], people, on, cues)
            if not found and points_back(subject, cues):
                anaphoric = True
                pointing.append(subject)
            each_calling = each_calling or bool(found) and (
                _listed_as_members(subject, cues) or any(_member_list(c, cues) for c in children(subject))
                or _sent_by_each(subject, found, cues))
            add(callers, found)

    delegate = delegate_of(trigger, event, cues)
    if delegate is not None:  # "X a chargé Y de contacter Z": Y calls, X is on no call
        add(callers, _subject_people(delegate, skip, people, on, cues))
    elif verbal(event) and not (lemma(event) in cues.arranging_verbs and following_phrase(trigger, "entre") is not None):
        subjects(event)  # who organised a call 'avec A et B' is on it; one 'entre A et B', not
    joined = [p for subject in _joined_in_relative(trigger, event, cues) for p in _subject_people(subject, skip, people, on, cues)]
    add(partners, joined)  # "une visioconférence à laquelle a participé X"
    for agent in _organised_by(trigger, cues):  # "le sommet virtuel sur le climat organisé par X": X is on it
        add(callers, _subject_people(agent, skip, people, on, cues))
    if verbal(trigger.head) and trigger.head.i != trigger.i and not subjects_of(trigger) and \
            any(c.dep_ == "obl:agent" for c in children(trigger)):
        subjects(trigger.head)  # "Joint mardi par X, Y a salué ...": who was reached is the subject of the clause it opens
    for holder in dict.fromkeys([trigger, event, *noun_holders(trigger, cues)]):  # "la conversation a eu lieu entre X et Y"
        for child, dep in phrases(holder):
            if child.i in skip:
                continue
            words = case_words(child)
            phrase = people_of(child, skip, people, on) or _named_last(child, callers, people, on, cues) \
                or _each_of_them(child, people, on, cues)
            if words & cues.partner_prepositions or "en" in words and lemma(child) in cues.presence_nouns:
                add(partners, phrase + listed(child))  # "avec X", "en présence de X"
                if not phrase and child.pos_ == "PRON" and "3" in feature(child, "Person"):
                    # "Y s'est lui aussi entretenu avec lui": the person last named as a subject, as for 'X l'a
                    # appelé'; else ('avec eux') the people of the call named before
                    before = people.object_before(child, on, callers) if "Sing" in feature(child, "Number") else None
                    add(partners, [before] if before is not None else [])
                    anaphoric = anaphoric or before is None
            elif "entre" in words:
                add(callers, phrase)
                anaphoric = anaphoric or not phrase and points_back(child, cues)  # "un entretien entre les deux dirigeants"
            elif holder.pos_ in {"NOUN", "PROPN"} and words & cues.of_prepositions and (
                    dep.startswith("nmod") or dep == "conj" and phrase):  # "des appels de A et de B", B read as another noun
                # "l'entretien du président et du chancelier", "un appel de X"; but "X a reçu des appels de A
                # et de B": calls, one from each, to the subject
                add(partners if callers and _plural(holder) else callers, phrase)
            elif holder is trigger and trigger.pos_ == "NOUN" and dep.startswith("nmod") and words & cues.to_prepositions \
                    and phrase and (child.i in people.at or lemma(child) in cues.met_people_nouns):
                add(partners, phrase)  # "les condoléances de A sont parvenues par téléphone au président X"
            elif verbal(holder) and (dep in {"obj", "iobj"} or words & cues.to_prepositions and dep.startswith(("obl", "nmod"))
                                     or dep == "conj" and _second_person_called(child, cues) or _name_read_as_a_clause(child, dep)) \
                    and _names_someone(child, people, cues):
                if holder is event or lemma(holder) in cues.call_verbs:  # a participle tagged as a noun: "puis a téléphoné à X"
                    add(partners, phrase + listed(child))  # "appeler X", "parler à X"
                    if not phrase and child.pos_ == "PRON" and "3" in feature(child, "Person") and "Sing" in feature(child, "Number"):
                        # "Y a répondu quand X l'a appelé": the one named as a subject before the clitic
                        add(partners, [p for p in [people.object_before(child, on, callers)] if p is not None])
            elif verbal(holder) and dep == "conj" and time_word(child) and any(
                    c.norm_ in cues.in_sequence for c in children(child) if c.dep_ in {"cc", "advmod"}):
                for called in children(child):  # "a téléphoné dimanche à A, puis lundi au roi B": B hangs on the day
                    if called.dep_.startswith(("nmod", "obl")) and case_words(called) & (cues.to_prepositions | cues.partner_prepositions):
                        add(partners, people_of(called, skip, people, on))
            elif holder is event and verbal(holder) and lemma(holder) in cues.phone_verbs and time_word(child):
                for day in (child, *(c for c in children(child) if c.dep_ == "conj" and time_word(c))):
                    for called in children(day):  # "a appelé lundi A, mercredi B et vendredi C": each hung on its day
                        if (called.dep_ == "appos" or called.dep_.startswith(("obl", "nmod")) and case_words(called) & cues.to_prepositions) \
                                and called.i not in skip:  # (not 'Appelé mercredi par X': the caller)
                            add(partners, people_of(called, skip, people, on))
    if event.pos_ in {"VERB", "AUX"}:  # "par téléphone avec X": an 'avec' the parser hung lower in the clause
        for token in own_tokens(event, skip):
            if token.head.i != event.i and token.i != event.i and case_words(token) & cues.partner_prepositions and \
                    token.head.pos_ not in {"PROPN"} and token.head.i not in skip:
                add(partners, people_of(token, skip, people, on))
    partner = following_phrase(trigger, "avec")
    if partner is not None and partner.i not in skip:
        add(partners, people_of(partner, skip, people, on) + listed(partner))
    between = following_phrase(trigger, "entre")
    if between is not None and between.i not in skip:
        named_between = people_of(between, skip, people, on) + listed(between)
        add(callers, named_between)  # 'entre X et Y', Y hung apart
        anaphoric = anaphoric or not named_between and points_back(between, cues)
    reached = called_after_caller(trigger, people.at, cues) if lemma(trigger) in cues.caller_nouns else None
    if reached is not None and reached.i not in skip:  # "ce coup de fil de X à Y", 'à Y' hung on the verb
        add(partners, people_of(reached, skip, people, on))
    if trigger.pos_ == "NOUN" and _dates_its_clause(trigger, cues):
        # the first verb up whose subject names someone: the parser may hang a final adjunct on the
        # nearest verb ('X a dit que l'Allemagne ne céderait pas, au lendemain d'un entretien avec Y')
        for above in (v for v in trigger.ancestors if verbal(v)):
            if callers:
                break
            subjects(above)
    determiners = {c.norm_ for c in children(trigger) if c.dep_ == "det"}
    if determiners & POSSESSIVES:
        verb = clause_verb(trigger.head) if trigger.head.i != trigger.i else None
        if verb is not None and not callers:
            subjects(verb)
            if not callers and verb.dep_ in {"advcl", "acl"} and not subjects_of(verb) and verb.head.i != verb.i:
                # "Interrogé sur son entretien avec Y, X a ...": the participle's subject is X; "X a publié le compte
                # rendu de son appel avec Y": the participle qualifies a noun, the subject is its clause's
                main = verb.head if verb.dep_ == "advcl" else clause_verb(verb.head)
                if main is not None:
                    subjects(main)
        if verb is not None and len(callers) == 1 and not partners and determiners & cues.plural_possessives:
            add(partners, _addressed(verb, skip, people, on, cues))  # "X a pressé Y de céder lors de leur entretien"
    if not callers and partners and trigger.pos_ == "NOUN" and trigger.dep_ == "obj" and lemma(trigger.head) in cues.appraisal_verbs:
        subjects(trigger.head)  # "X a salué un long appel avec Y": who judges a call with Y had it ('a annoncé' may report another's)
    anaphoric = anaphoric or bool(determiners & cues.pointing_back_determiners) or any(
        c.dep_ == "acl:relcl" and any(o.pos_ == "PRON" and "Plur" in feature(o, "Number") and o.dep_.startswith(("obj", "iobj"))
                                      for o in children(c)) for c in children(trigger))  # "la visioconférence qui les a rassemblés"
    if pointing and not callers and partners:
        # "X a reçu Y. Les deux hommes se sont ensuite entretenus avec Z": the pair of the meeting
        # told before is who calls Z, all three on one call
        add(callers, list(people.pair_before(pointing[0], on)))
    runs = _name_lists(sent, people, cues)
    for side in (callers, partners):
        add(side, [p for found in side[:] for p in _listed_with(found, runs, sent, skip, people, on)])
    partners = [p for p in partners if p not in callers]
    members = {p for t in people.named_within(sent.start, sent.end) if t in people.alongside for p in people.everyone(sent.doc[t], on)}
    # "avec les dirigeants du G7": one call of the group; "X a appelé les dirigeants du G7" phones each
    group = group or len(partners) >= 2 and set(partners) <= members and lemma(trigger) not in cues.phone_verbs
    by_video = bool(words_near(trigger) & cues.video) or \
        any(lemma(c) in cues.conference_nouns and c.i in sentence.call_words for c in {*children(trigger), *children(event)})
    on_one_screen = by_video and not sentence.has_any(cues.in_sequence)
    # "s'est entretenu en visioconférence avec A et B": one call of all; "... avec A, puis avec B": one after another
    conference = lemma(trigger) in cues.conference_nouns or sentence.has_any(cues.conference_markers) or on_one_screen
    together = group or conference or bool(joined)  # who joins a call joins everyone on it
    if callers and joined and len(callers) + len(partners) - len(joined) < 2:
        # "X a reçu les vœux de Y lors d'un appel auquel s'est joint Z": Z joined X and Y, named elsewhere in the sentence
        add(partners, [p for p in _sentence_people(sent, trigger, skip, people, on, cues) if p not in callers])
    if len(callers) + len(partners) >= 2 or anaphoric:
        # "des dirigeants, dont A et B, ont appelé X": each their own call; "... ont participé à une visioconférence avec X": one
        return Lineup(tuple(callers), tuple(partners), together, True, anaphoric,
                      apart=(each_calling or _each_received(trigger, event, callers, cues)) and not conference
                      or sentence.has_any(cues.separately),
                      in_turn=_named_in_turn(sentence, cues))
    loose = [p for p in _sentence_people(sent, trigger, skip, people, on, cues) if p not in callers and p not in partners]
    if not callers and _plural(trigger) and verbal(event) and subjects_of(event):
        # "le nouveau dirigeant a reçu des appels de plusieurs chefs d'État, dont A et B": a call each with someone
        # the sentence does not name, none among them
        return Lineup((), tuple(loose), False, True, False)
    # "X a appelé A, ... et B", "X a reçu des appels de plusieurs dirigeants, dont A et B": a call each
    one_by_one = len(callers) == 1 and (verb_lemma(trigger, cues) in cues.phone_verbs or _plural(trigger)
                                        or _received_from_each(trigger, cues))
    return Lineup(tuple(callers), tuple(partners) + tuple(loose), not one_by_one, False, False)


def _named_last(word: Token, other_than: list[str], people: People, on: date | None, cues: CallCues) -> list[str]:
    """'un appel de celui-ci', 'avec ce dernier': the person named last before the pronoun, other
    than the callers ('X a reçu Y. Z s'est ensuite entretenu avec ce dernier': Y)."""
    if not _recency_pronoun(word, cues):
        return []
    person = people.last_named(word, on, other_than)
    return [person] if person is not None else []


def _each_of_them(word: Token, people: People, on: date | None, cues: CallCues) -> list[str]:
    """'a appelé chacun d'eux', 'avec chacun d'entre eux': the people named together just before
    ('X et Y ont plaidé pour une trêve'), each a partner of their own."""
    if word.pos_ != "PRON" or lemma(word) not in cues.each_of_pronouns:
        return []
    if not any(c.pos_ == "PRON" and "Plur" in feature(c, "Number") and "3" in feature(c, "Person")
               for c in children(word) if c.dep_.startswith("nmod")):
        return []
    return list(people.pair_before(word, on))


def _named_in_turn(sentence: Sentence, cues: CallCues) -> bool:
    """'avec A, puis avec B': a word of sequence that joins two names, not two clauses."""
    return any(word in sentence.norms for word in cues.in_sequence) and any(  # the words first: most sentences have none
        norm in cues.in_sequence and token.dep_ in {"cc", "advmod"} and token.head.pos_ in {"PROPN", "NOUN"}
        for token, norm in zip(sentence.tokens, sentence.norms, strict=True))


def _addressed(verb: Token, skip: set[int], people: People, on: date | None, cues: CallCues) -> list[str]:
    """'X a pressé Y de céder lors de leur entretien', 'X a assuré à Y son soutien au cours de leur
    appel': the person the clause's verb (or the verb whose complement it is) addresses, its
    object or its 'à' phrase, is the other one of 'leur'."""
    found: list[str] = []
    for holder in [verb, verb.head] if verb.dep_ == "xcomp" else [verb]:
        for child in children(holder):
            if child.i not in skip and (child.dep_ in {"obj", "iobj"} or case_words(child) & cues.to_prepositions
                                        and child.dep_.startswith("obl")) and _names_someone(child, people, cues):
                found.extend(p for p in people_of(child, skip, people, on) if p not in found)
    return found


def also_present(sent: Span, people: People, on: date | None, cues: CallCues, after_video: bool = False,
                 just_told: bool = False) -> list[str]:
    """People a sentence adds to the call just reported: 'il y avait aussi X et Y', 'X était
    également présent', 'X a aussi participé' (with 'aussi' or 'également' on the verb), 'X a
    participé à l'entretien' (the one just told; 'à la réunion' after a call by video), 'X et Y y
    ont participé' right after it (`just_told`: the sentence before told it)."""
    found: list[str] = []
    for token in sent:
        joined_it = _joined_the_event(token, cues, after_video, just_told)
        if not joined_it and not any(c.norm_ in cues.additive for c in children(token) if c.dep_.startswith("advmod")):
            continue
        there_is = existential(token)
        joined = joined_it or lemma(token) in cues.joining_verbs and all(
            lemma(c) in cues.nouns for c in children(token) if c.dep_.startswith("obl"))
        if not (there_is or token.norm_ in cues.presence or joined):  # joined what: the call, or nothing said
            continue
        for child in children(token):
            if child.dep_ in {"nsubj", "obj", "nsubj:pass"} or there_is and child.dep_ == "expl:subj":
                found.extend(p for p in people_of(child, set(), people, on) + _listed_after(
                    child, set(), people, on, cues)[0] if p not in found)
    if found:  # 'A, B et C y ont participé' with A read apart from the subject: the others of their list
        runs = _name_lists(sent, people, cues)
        found.extend(dict.fromkeys(p for person in found[:] for p in _listed_with(person, runs, sent, set(), people, on)
                                   if p not in found))
    return found


def spoke_at_the_meeting(sent: Span, people: People, on: date | None, cues: CallCues) -> list[str]:
    """'Les dirigeants des Vingt-Sept ont tenu mardi une visioconférence. A, B et C ont plaidé pour
    ...': right after a video meeting told of a group alone, the people named together as the
    subject of the next sentence's main verb spoke at it, so are on it (not those who met: 'A et
    B se sont vus')."""
    root = sent.root
    if root.pos_ != "VERB" or lemma(root) in cues.in_person_verbs or lemma(root) in cues.video_meeting_verbs:
        return []
    found: list[str] = []
    for child in children(root):
        if child.dep_ == "nsubj":
            found.extend(p for p in people_of(child, set(), people, on) + _listed_after(child, set(), people, on, cues)[0]
                         if p not in found)
    if found:  # 'A, B et C ont plaidé' with A read apart from the subject: the others of their list
        runs = _name_lists(sent, people, cues)
        found.extend(dict.fromkeys(p for person in found[:] for p in _listed_with(person, runs, sent, set(), people, on)
                                   if p not in found))
    return found if len(found) >= 2 else []


def _joined_the_event(verb: Token, cues: CallCues, after_video: bool, just_told: bool) -> bool:
    """'Y s'est joint à cet échange', 'X a participé à la réunion' after a video call: joining the
    call the article just told ('la', 'cette': one named already) puts X on it, with no 'aussi';
    so does 'X et Y y ont participé' in the sentence right after it ('y' is the call)."""
    if lemma(verb) not in cues.joining_verbs or negated(verb):
        return False
    if just_told and any(c.pos_ == "PRON" and c.norm_ in cues.event_pronouns for c in children(verb)):
        return True
    nouns = cues.nouns | cues.virtual_event_nouns if after_video else cues.nouns
    named_before = cues.definite_determiners | cues.pointing_back_determiners
    # not an event of its own: 'la réunion du Conseil', 'la réunion ministérielle'
    events = [c for c in children(verb) if c.dep_.startswith("obl") and lemma(c) in nouns
              and not any(d.dep_.startswith(("nmod", "amod", "acl")) for d in children(c))]
    return any(d.norm_ in named_before for e in events for d in children(e) if d.dep_ == "det")


def _listed_with(person: str, runs: list[list[int]], sent: Span, skip: set[int], people: People,
                 on: date | None) -> list[str]:
    """The others of a list of three names or more that holds `person` ('A, B, C et D'), however
    the parser tied them: it may make B a parataxis and C a modifier of A, and drop them."""
    for run in runs:
        keys = [people.everyone(sent.doc[start], on) for start in run if start not in skip]
        if any(person in k for k in keys):
            return [p for k in keys for p in k if p != person]
    return []


def _describing_a_name(sent: Span, people: People) -> set[int]:
    """The tokens of a description set between commas right after a name ('X, conseiller
    diplomatique du président algérien, ...', 'X, chef de la diplomatie du roi Y, ...'): it says
    who X is, and whoever it names ('le président algérien', 'le roi Y') is no side of X's call."""
    doc = sent.doc
    found: set[int] = set()
    for start in people.named_within(sent.start, sent.end):
        mention = people.at[start]
        end = mention.token_end
        if start != mention.token_start or end + 1 >= sent.end or doc[end].norm_ != ",":
            continue
        noun = doc[end + 1]
        if noun.pos_ != "NOUN" or not mention.token_start <= noun.head.i < end:
            continue
        closing = next((t.i for t in doc[end + 1:sent.end] if t.norm_ == ","), None)
        if closing is not None:
            found.update(t.i for t in noun.subtree if t.i < closing)
    return found


def _name_lists(sent: Span, people: People, cues: CallCues) -> list[list[int]]:
    """The runs of three names or more joined by commas and a last 'et' ('A, B, C et D'), as the
    first token of each name; a run takes no name after the one 'et' joined. A name may come with
    its article and title ('le président français X': the title and the name, one person, are one
    item), as news writes a line-up of leaders of several countries."""
    doc = sent.doc
    starts = sorted({people.at[i].token_start for i in people.named_within(sent.start, sent.end)})
    runs: list[list[int]] = []
    run: list[int] = []
    end, closed = 0, False  # where the run's last item ends; whether 'et' joined it
    for start in starts:
        mention = people.at[start]
        if run:
            between = [t.norm_ for t in tokens_of(doc)[end:start]]
            while between and between[-1] in cues.definite_determiners:
                between.pop()  # "..., le président français X"
            if end == start and mention.actor == people.at[run[-1]].actor:
                end = mention.token_end  # "le chancelier allemand" then "Olaf Scholz": one item
                continue
            if between in ([","], ["et"], [",", "et"]) and not closed:
                run.append(start)
                end, closed = mention.token_end, between[-1] == "et"
                continue
            if closed:
                runs.append(run)
        run, end, closed = [start], mention.token_end, False
    if closed:
        runs.append(run)
    return [r for r in runs if len(r) >= 3]


def _named_below_someone_else(sent: Span, people: People, cues: CallCues) -> set[int]:
    """The tokens of a person named only below a noun of people acting for them ('le conseiller
    de X', 'les équipes de X', 'avec l'émissaire de X'): that side is someone of X's, not X, and X
    is on no call by it. Not below what X did ('à l'initiative de X', 'l'appel de X'), nor below a
    role the gazetteer reads as that person ('le président de X' is a mention of its own)."""
    found: set[int] = set()
    for start in people.named_within(sent.start, sent.end):
        mention = people.at[start]
        if start != mention.token_start or mention.target.kind != "actor" or mention.actor not in people.people:
            continue
        root = sent.doc[mention.token_start:mention.token_end].root
        above = root.head
        if root.dep_.startswith("nmod") and case_words(root) & cues.of_prepositions and above.pos_ == "NOUN" \
                and above.i not in people.at and lemma(above) in cues.staff_nouns:
            found.update(t.i for t in root.subtree)
    return found


def _listed_after(head: Token, skip: set[int], people: People, on: date | None, cues: CallCues) -> tuple[list[str], bool]:
    """People listed right after a phrase (', Y, Z et W', 'les dirigeants européens, dont Y et
    Z') that the parser hung elsewhere; True when they are members of a group on the call."""
    def person_end(start: int) -> int | None:
        mention = people.at.get(start)
        return mention.token_end if mention is not None and people.person(head.doc[start], on) is not None else None

    starts, members = listed_after(head, skip, person_end, cues.inclusion)
    return [p for i in starts if (p := people.person(head.doc[i], on)) is not None], members


def _first_subject_read_as_a_modifier(verb: Token, subjects: list[Token], people: People) -> list[Token]:
    """'Berlin - La chancelière X, le président Y et son homologue Z ont tenu ...': after a
    dateline dash the parser may hang the first of a long list of subjects on the verb as a bare
    modifier (obl:mod, no preposition) and start the subject at the second. A named phrase of that
    kind that ends at the comma right before the subject (the parser may give the comma to it) is
    its first member; a day ('Mardi soir, X a appelé') names nobody and is left as it is."""
    if not subjects:
        return []
    start = min(s.left_edge.i for s in subjects)
    doc = verb.doc
    if start == 0 or doc[start - 1].text != ",":
        return []
    return [c for c in children(verb) if c.dep_ == "obl:mod" and c.pos_ in {"NOUN", "PROPN"}
            and c.right_edge.i in {start - 2, start - 1} and not any(k.dep_ == "case" for k in children(c))
            and people.named_within(c.left_edge.i, c.right_edge.i + 1)]


def _subject_people(subject: Token, skip: set[int], people: People, on: date | None, cues: CallCues) -> list[str]:
    """The people a subject names: a name or a descriptor, 'il' for the person last spoken of,
    'je' or 'nous' for the speaker of the quote, 'qui' for its antecedent, 'notre président'
    for the leader of the speaker's country."""
    word = subject.norm_
    named: list[str] = []
    if people.named_within(subject.left_edge.i, subject.right_edge.i + 1):  # a name in its stretch at all ('il' has none)
        others = set(people_in((t for c in _asides(subject, cues) for t in own_tokens(c, skip)), people, on))
        named = [p for p in people_in((t for t in own_tokens(subject, skip) if t.i not in skip), people, on)  # the parser
                 if p not in others]  # may make a source the subject
    holders = _roles_by_country(subject, people, on) if subject.pos_ == "NOUN" else []
    if len(holders) >= 2:
        return holders  # "les deux chefs d'État, russe et français": the first country may be read as a mention of its own
    if named:
        return named  # the tagger sometimes takes a name for a pronoun
    if subject.pos_ == "NOUN":
        members = [p for c in children(subject) if _member_list(c, cues) for p in people_of(c, skip, people, on)]
        if members:
            return members  # "Plusieurs dirigeants, dont A et B, ont participé à ...": the names read as a relative clause
    if subject.pos_ == "PRON":
        if word in cues.first_person and subject.idx in people.quote_speaker:
            return [people.quote_speaker[subject.idx]]
        if word in {"il", "elle", "-il", "-elle"}:
            if existential(subject.head):
                return []  # 'il y a eu un appel entre X et Y': the impersonal 'il' stands for no one
            person = people.before(subject)
            return [person] if person else []
        if "Rel" in feature(subject, "PronType") and subject.head.dep_.startswith("acl") and subject.head.head.i != subject.head.i:
            return people_of(subject.head.head, skip | {subject.head.i}, people, on)
        return []
    found = named
    if subject.idx in people.quote_speaker and any(c.norm_ in {"notre", "nos"} for c in children(subject)):
        leader = people.leader_of_speaker(people.quote_speaker[subject.idx], on)
        return [leader] if leader else []
    return found


def _roles_by_country(noun: Token, people: People, on: date | None) -> list[str]:
    """'Les deux chefs d'État, russe et français', 'les présidents russe et américain': a role in
    the plural with one adjective of country for each holder, each the holder of that role in
    that country on the day (the role with each adjective, as the gazetteer names offices)."""
    if "Plur" not in feature(noun, "Number"):
        return []
    complement = [t.norm_ for c in children(noun) if c.dep_ == "nmod" and c.pos_ == "NOUN" and c.i == noun.i + 2
                  and any(w.dep_ == "case" for w in children(c)) for t in (noun.doc[noun.i + 1], c)]  # 'd'État'
    role = " ".join([lemma(noun), *complement]).replace("' ", "'")
    adjectives: list[Token] = []
    for token in noun.subtree:
        if token.pos_ == "ADJ" and token.dep_ in {"amod", "conj"} and (token.head.i == noun.i or token.head in adjectives):
            adjectives.append(token)
    if len(adjectives) < 2:
        return []
    forms = people.gazetteer.surface_forms()
    found: list[str] = []
    for adjective in adjectives:
        for target in forms.get(f"{role} {lemma(adjective)}", ()):
            holder = people.gazetteer.resolve(target, on)
            if holder in people.people and holder not in found:
                found.append(holder)
    return found if len(found) == len(adjectives) else []


def _sentence_people(sent: Span, trigger: Token, skip: set[int], people: People, on: date | None,
                     cues: CallCues) -> list[str]:
    """The people of the sentence who may be on the call when its clause does not say: not in
    another event's phrase or a parenthesis, not a reporter or a source, not the 'X' of 'après X'."""
    doc = sent.doc
    named = people.named_within(sent.start, sent.end)
    if not named:
        return []
    words = tokens_of(doc)[sent.start:sent.end]
    found: list[str] = []
    anchors = {t.i for head in words if head.dep_.startswith(("obl", "nmod")) and _other_event(case_words(head), cues)
               for t in head.subtree if trigger not in head.subtree}  # "depuis la victoire de X", "avant sa visite à Y"
    anchors.update(t.i for subject in words if subject.dep_.startswith("nsubj") for aside in _asides(subject, cues)
                   for t in aside.subtree)
    for token in (words[i - sent.start] for i in named):
        if token.i in skip or token.i in anchors:
            continue
        mention = people.at[token.i]
        if token.i != mention.token_start:
            continue
        if token.i > sent.start and doc[token.i - 1].norm_ in cues.other_event_prepositions:
            continue  # "Après Vladimir Poutine, Donald Trump s'entretient avec ..."
        span = doc[mention.token_start:mention.token_end]
        if reports_the_call(span, trigger, cues) or journalist(span, cues):
            continue
        found.extend(p for p in people.everyone(token, on) if p not in found)
    return found


def _asides(subject: Token, cues: CallCues) -> list[Token]:
    """The phrases of a subject that name others than it: 'le président élu face à Y'."""
    return [c for c in children(subject) if case_words(c) & cues.subject_aside]


def _other_event(words: set[str], cues: CallCues) -> bool:
    """'après sa visite', 'depuis la victoire de X' place the call by another event; 'd'après
    plusieurs médias' names a source (where the parser may hang the next names on it)."""
    return bool(words & cues.other_event_prepositions) and not words & {"d'", "de"}
