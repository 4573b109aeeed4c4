"""Who is on the line: the people a call word's clause puts on each side of it.

The parse names the sides: the subject of the event ('X s'est entretenu', 'lors d'un
entretien, X a souligné'), the possessor of the call noun ('sa conversation'), 'entre X et Y',
'l'entretien de X et de Y' on one side; 'avec Y', 'à Y', 'appeler Y' on the other. One caller
with several partners is one call each ('X s'est entretenu avec A, B et C'), unless the call
is a conference. People reporting the call, quoted beside it, or met at another event in the
same sentence are not on either side. Only when the clause names fewer than two people is the
rest of the sentence searched, leaving out reporters, sources and parentheses. What one phrase
names is read by `phrase_people`, what the sentence names beyond the clause by `sentence_people`.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Span, Token

from kg.nlp.extract.calls.clause import (
    POSSESSIVES,
    Sentence,
    antecedent_called,
    called_after_caller,
    case_words,
    clause_verb,
    delegate_of,
    following_phrase,
    hung_on_its_participle,
    hyphenated_pair,
    lemma,
    noun_holders,
    own_tokens,
    phrase_of,
    phrases,
    points_back,
    subjects_of,
    time_anchor,
    time_word,
    verb_lemma,
    verbal,
    words_near,
)
from kg.nlp.extract.calls.left_out import attributed, credited_to_its_quote, left_out, sources
from kg.nlp.extract.calls.lexicon import CallCues
from kg.nlp.extract.calls.people import People, people_in, people_of
from kg.nlp.extract.calls.phrase_people import (
    addressed,
    each_of_them,
    first_subject_read_as_a_modifier,
    joined_likewise,
    listed_as_members,
    member_list,
    named_last,
    names_someone,
    people_listed_after,
    subject_people,
)
from kg.nlp.extract.calls.sentence_people import (
    describing_a_name,
    listed_with,
    name_lists,
    named_below_someone_else,
    participle_beside_a_name,
    sentence_people,
    spoken_about,
)
from kg.nlp.extract.calls.several import held_as_a_conference, second_call_at
from kg.nlp.extract.calls.sources import none_took_place
from kg.nlp.extract.words import children, feature
from kg.nlp.gazetteer import Period


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
        for c in children(o) if c.dep_ == "acl:relcl"] + [  # "X a présidé par visioconférence le sommet, auquel Y a pris part"
        c for p in (children(event) if verbal(event) else ()) for a in children(p)
        if a.dep_ == "appos" and lemma(a) in cues.nouns for c in children(a) if c.dep_ == "acl:relcl"]
    # "X a parlé avec Y, un appel auquel s'est joint Z": the call noun set beside the partner is the call
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


def _name_read_as_a_clause(child: Token, dep: str) -> bool:
    """'X et Y ont appelé Donald Trump': the parser may take a first name for a word of no class
    and make it a clause of the verb (xcomp); a name with no preposition is the one called. So
    may it a title and its name ('... et appelle le président Y', the name read as the title's
    adjective), a noun with no clause of its own (no subject, copula or auxiliary)."""
    return dep == "xcomp" and not case_words(child) and (child.pos_ in {"PROPN", "X"} or child.pos_ == "NOUN" and not any(
        c.dep_.startswith(("nsubj", "cop", "aux")) for c in children(child)))


def _second_person_called(conjunct: Token, cues: CallCues) -> bool:
    """'X a appelé A, puis B', 'a téléphoné à A, puis à B', '... à A, ainsi qu'à B': the parser
    makes B, after a word of sequence or addition, a conjunct of the verb rather than of A; a name
    with no clause of its own (no subject, auxiliary or object) and no preposition but 'à' or
    'avec' is then the verb's next complement, called after A."""
    words = case_words(conjunct)
    return conjunct.pos_ in {"PROPN", "NOUN"} and (not words or bool(words & (cues.to_prepositions | cues.partner_prepositions))) \
        and any(c.norm_ in cues.in_sequence or c.norm_ in cues.adding_coordinators for c in children(conjunct) if c.dep_ in {"cc", "advmod"}) \
        and not any(c.dep_.startswith(("nsubj", "aux", "cop", "obj")) for c in children(conjunct))


def _added_past_its_relative(partner: Token, holder: Token, cues: CallCues) -> list[Token]:
    """'avec A, avec laquelle il a évoqué N, ainsi qu'avec B': the parser hangs the 'ainsi qu'avec B'
    after a relative clause on A on the relative's verb; a complement of that verb opened by a word
    of addition or sequence and a partner preposition is the talk's next partner, as 'avec A, ainsi
    qu'avec B' would be. The relative is A's, or one the parser hangs on the talk verb that opens on
    'avec lequel'."""
    relatives = [t for t in partner.subtree if t.dep_ == "acl:relcl"] + [
        c for c in children(holder) if c.dep_ in {"ccomp", "parataxis", "advcl"} and c.i > partner.i and any(
            "Rel" in feature(w, "PronType") and case_words(w) & cues.partner_prepositions for w in children(c))]
    return [c for relative in relatives for c in children(relative)
            if c.dep_.startswith("obl") and case_words(c) & cues.partner_prepositions and c.i > relative.i
            and any(w.norm_ in cues.in_sequence or w.norm_ in cues.adding_coordinators
                    for w in children(c) if w.dep_ in {"cc", "advmod"})]


def _holding_it_then(partner: Token, cues: CallCues) -> bool:
    """'l'entretien entre les présidents russe et ukrainien, avec X à l'époque': 'à l'époque' on X,
    or right after X on the same head, says X held the role then; X stands for the role's holder of
    the article's day, not a third side."""
    end = max(t.i for t in partner.subtree)
    return any(lemma(c) in cues.then_nouns and case_words(c) and (c.head.i == partner.i or min(t.i for t in c.subtree) == end + 1)
               for c in (*children(partner), *(s for s in children(partner.head) if s.i > partner.i)))


def _seat_calling(word: Token, calls: bool, skip: set[int], people: People, on: date | None) -> list[str]:
    """'le Kremlin a appelé X', 'les appels répétés de l'Élysée': a seat of government that is
    the subject of the call word itself (`calls`) or names whose calls they are is the leader who
    sits there, as the caller (not where the call noun only names a body: 'la direction des
    communications de la présidence')."""
    leader = people.seat_leader(word, on) if calls and word.i not in skip else None
    return [leader] if leader is not None else []


def _none_with_them(noun: Token, cues: CallCues) -> bool:
    """'X a affirmé qu'aucun contact n'avait eu lieu avec Y': a call noun under 'aucun', the subject
    of a verb saying it took place in the clause of a verb of saying; who says so speaks for the
    side that had no call with Y."""
    return none_took_place(noun, cues) and noun.head.dep_ == "ccomp" and lemma(noun.head.head) in cues.reporting


def _dates_its_clause(noun: Token, cues: CallCues) -> bool:
    """'X a affirmé, après un échange avec Y, que ...', 'X a dit ..., au lendemain d'un entretien
    avec Y': a call that dates what its clause's subject did next was that subject's."""
    return time_anchor(noun) or noun.dep_.startswith("obl") and bool(case_words(noun) & cues.earlier_event_prepositions)


def lineup(trigger: Token, event: Token, sentence: Sentence, elsewhere: set[int], people: People, on: date | None,
           cues: CallCues) -> Lineup:
    """The two sides of the call `trigger` names; `elsewhere` are tokens that belong to other
    events of the sentence (other call words, meetings) and to nobody on this call."""
    sent = sentence.span
    second = second_call_at(sentence, cues)  # "avec A, puis, lors d'un appel commun, avec B et C": two calls
    if second is not None and trigger.i > second:
        # "X a eu un entretien avec A, puis une visioconférence avec B et C": the parser may hang the second call
        # on A, inside the first's 'avec' phrase; the second call's own phrase is its own
        elsewhere = elsewhere - phrase_of(trigger)
    for_someone = named_below_someone_else(sent, people, cues)
    skip = elsewhere | sentence.aside | sources(sent, people, cues) | left_out(sentence, trigger, cues) | attributed(sentence, trigger, cues) \
        | for_someone | describing_a_name(sent, people) | participle_beside_a_name(sent, trigger) | spoken_about(sent, people, cues) \
        | credited_to_its_quote(sentence, trigger, event, cues)
    # "A a participé à l'appel, tout comme B": B joined it too
    likewise = joined_likewise(event, sent, cues) if trigger.dep_.startswith("obl") and trigger.head.i == event.i else []
    joined_too = [p for head in likewise for p in people_of(head, skip, people, on)]
    skip = skip | {t.i for head in likewise for t in head.subtree}
    # 'X et Y au téléphone, un appel A-B en préparation': a pair hyphenated after another call word is that call's
    skip = skip | {i for other in sentence.call_words if other != trigger.i for i in hyphenated_pair(sent.doc[other], people.at)}
    first = min(sentence.call_words, default=trigger.i)
    if second is not None:  # the first call's people are named before the word of sequence, the second's after it
        skip = skip | (set(range(second, sent.end)) if trigger.i < second else set(range(first + 1, second)))
    callers: list[str] = []
    partners: list[str] = []
    anaphoric = False  # a subject or determiner that points back: 'ils', 'les deux hommes', 'cet entretien'

    def add(side: list[str], found: list[str]) -> None:
        side.extend(p for p in found if p not in side)

    group = False  # the partners are members of a group on the call ('avec les dirigeants européens, dont X et Y')

    def listed(head: Token) -> list[str]:
        nonlocal group
        found, members = people_listed_after(head, skip, people, on, cues)
        group = group or members
        return found

    each_calling = False  # the subjects are members of a group, each calling ('des dizaines de dirigeants, dont A et B, ont appelé X')

    pointing: list[Token] = []  # a subject that means people named before ('les deux hommes')

    def subjects(verb: Token) -> None:
        nonlocal anaphoric, each_calling
        found_subjects = _shared_subjects(verb, subjects_of(verb))
        for subject in [*first_subject_read_as_a_modifier(verb, found_subjects, people), *found_subjects]:
            found = subject_people(subject, skip, people, on, cues) or named_last(subject, [], people, on, cues) \
                or _seat_calling(subject, verb.i == trigger.i, skip, people, on)
            if not found and points_back(subject, cues):
                anaphoric = True
                pointing.append(subject)
            each_calling = each_calling or bool(found) and (
                listed_as_members(subject, cues) or any(member_list(c, cues) for c in children(subject))
                or _sent_by_each(subject, found, cues))
            add(callers, found)

    delegate = delegate_of(trigger, event, cues)
    if delegate is not None:  # "X a chargé Y de contacter Z": Y calls, X is on no call, not even when
        # the delegate names no one ('X a chargé ses services de contacter Z': someone unnamed calls); not for
        # a clause of purpose ('X a demandé une pause pour appeler Z': X calls)
        giver = clause_verb(delegate) if event.dep_ != "advcl" else None
        skip = skip | {t.i for subject in (subjects_of(giver) if giver is not None else []) for t in subject.subtree}
        add(callers, subject_people(delegate, skip, people, on, cues))
    elif verbal(event) and not (lemma(event) in cues.arranging_verbs and following_phrase(trigger, "entre") is not None):
        subjects(event)  # who organised a call 'avec A et B' is on it; one 'entre A et B', not
    add(callers, joined_too)
    joined = [p for subject in _joined_in_relative(trigger, event, cues) for p in subject_people(subject, skip, people, on, cues)]
    add(partners, joined)  # "une visioconférence à laquelle a participé X"
    for agent in _organised_by(trigger, cues):  # "le sommet virtuel sur le climat organisé par X": X is on it
        add(callers, subject_people(agent, skip, people, on, cues))
    if verbal(trigger.head) and trigger.head.i != trigger.i and not subjects_of(trigger) and \
            any(c.dep_ == "obl:agent" for c in children(trigger)):
        subjects(trigger.head)  # "Joint mardi par X, Y a salué ...": who was reached is the subject of the clause it opens
    for holder in dict.fromkeys([trigger, event, *noun_holders(trigger, cues)]):  # "la conversation a eu lieu entre X et Y"
        for child, dep in phrases(holder) + hung_on_its_participle(holder):
            if child.i in skip:
                continue
            words = case_words(child)
            phrase = people_of(child, skip, people, on) or named_last(child, callers, people, on, cues) \
                or each_of_them(child, people, on, cues)
            if words & cues.partner_prepositions or "en" in words and lemma(child) in cues.presence_nouns:
                add(partners, phrase + listed(child))  # "avec X", "en présence de X"
                add(partners, [p for added in _added_past_its_relative(child, holder, cues) if added.i not in skip
                               for p in people_of(added, skip, people, on)])
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
                also, of_a_group = people_listed_after(child, skip, people, on, cues)  # 'du président X et du roi Y'
                own = holder is trigger and not trigger.dep_.startswith("nmod")
                phrase = phrase or _seat_calling(child, own, skip, people, on)  # "les appels de l'Élysée"
                add(partners if callers and _plural(holder) else callers, phrase + ([] if of_a_group else also))
                # (not 'de plusieurs dirigeants, dont A et B': each calls on their own, told below)
            elif holder is trigger and trigger.pos_ == "NOUN" and dep.startswith("nmod") and words & cues.to_prepositions \
                    and phrase and (child.i in people.at or lemma(child) in cues.met_people_nouns):
                add(partners, phrase)  # "les condoléances de A sont parvenues par téléphone au président X"
            elif verbal(holder) and (dep in {"obj", "iobj"} or words & cues.to_prepositions and dep.startswith(("obl", "nmod"))
                                     or dep == "conj" and _second_person_called(child, cues) or _name_read_as_a_clause(child, dep)) \
                    and names_someone(child, people, cues):
                if holder is event or lemma(holder) in cues.call_verbs:  # a participle tagged as a noun: "puis a téléphoné à X"
                    phrase = phrase or _seat_calling(child, holder is trigger and lemma(holder) in cues.phone_verbs_need_person, skip, people,
                                                     on)  # "a appelé Baabda": its head (not 'a parlé ..., selon Downing Street')
                    add(partners, phrase + listed(child))  # "appeler X", "parler à X"
                    speaker = people.speaker_as_object(child)  # "« X m'a appelé », a dit Y": Y
                    add(partners, [speaker] if speaker is not None and not phrase else [])
                    if not phrase and child.pos_ == "PRON" and "3" in feature(child, "Person") and "Sing" in feature(child, "Number"):
                        # "Y a répondu quand X l'a appelé": the one named as a subject before the clitic
                        meant = _called_in_turn(holder, child, people, callers, cues) \
                            or _partner_of_the_relative(holder, child, people, callers, on, cues) or people.object_before(child, on, callers)
                        add(partners, [p for p in [meant] if p is not None])
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
    antecedent = antecedent_called(event) if lemma(event) in cues.call_verbs else None
    if antecedent is not None and antecedent.i not in skip:  # "Y, que X a appelé lundi, a ..."
        add(partners, people_of(antecedent, skip | {event.i}, people, on))
    if event.pos_ in {"VERB", "AUX"}:  # "par téléphone avec X": an 'avec' the parser hung lower in the clause
        for token in own_tokens(event, skip):
            if token.head.i != event.i and token.i != event.i and case_words(token) & cues.partner_prepositions and \
                    token.head.pos_ not in {"PROPN"} and token.head.i not in skip:
                add(partners, people_of(token, skip, people, on))
            elif lemma(token) in cues.chair_nouns and case_words(token) & cues.chair_prepositions:
                add(partners, people_of(token, skip, people, on))  # "A et B se sont réunis en visioconférence sous la présidence de X"
    partner = following_phrase(trigger, "avec")
    if partner is not None and partner.i not in skip:
        add(partners, people_of(partner, skip, people, on) + listed(partner))
    between = following_phrase(trigger, "entre")
    if between is not None and between.i not in skip:
        named_between = people_of(between, skip, people, on) + listed(between)
        add(callers, named_between)  # 'entre X et Y', Y hung apart
        anaphoric = anaphoric or not named_between and points_back(between, cues)
    if trigger.pos_ in {"NOUN", "PROPN"}:  # 'un appel Biden-Xi': its two sides, as 'entre Biden et Xi'
        add(callers, people_in((sent.doc[i] for i in hyphenated_pair(trigger, people.at) if i not in skip), people, on))
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
    if not callers and partners and _none_with_them(trigger, cues):
        saying = trigger.head.head  # "X a affirmé qu'aucun appel n'avait eu lieu avec Y": X's side had none with Y
        voices = [s for s in subjects_of(saying) if lemma(s) in cues.voice_nouns]
        if not voices:
            subjects(saying)
        kept = skip - for_someone  # "le porte-parole d'Olaf Scholz": the name below a spokesman is the side he speaks for
        for voice in voices:  # "le porte-parole du chancelier a assuré que ...": the chancellor, never his spokesman
            add(callers, [p for c in children(voice) if c.dep_.startswith("nmod") and c.i not in kept for p in people_of(c, kept, people, on)])
    if second is not None and trigger.i > second and not callers:
        lender = sent.doc[first]  # "X s'est entretenu avec A puis, dans un appel commun, avec B et C": X called B and C too;
        if lender.pos_ == "NOUN" and lender.dep_ == "obj" and verbal(lender.head):
            lender = lender.head  # "X a organisé un appel avec A, puis un appel commun avec B et C": the verb holding the first
        if verbal(lender):
            subjects(lender)
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
            add(partners, addressed(verb, skip, people, on, cues))  # "X a pressé Y de céder lors de leur entretien"
    if not callers and partners and trigger.pos_ == "NOUN" and trigger.dep_ == "obj" and lemma(trigger.head) in cues.appraisal_verbs:
        subjects(trigger.head)  # "X a salué un long appel avec Y": who judges a call with Y had it ('a annoncé' may report another's)
    if not callers and partners and trigger.pos_ == "NOUN" and trigger.dep_ == "obj" and lemma(trigger.head) in cues.request_verbs \
            and any(c.dep_ == "nsubj" for c in children(trigger.head)):
        # "Il avait demandé un entretien avec Y", "X réclame un appel avec Y": who asked for a call with Y is on it,
        # 'il' read back (not the subject some clause above an infinitive lends it: '... pris contact avec X pour
        # demander un entretien'); a request, past or present, is a call to come (the request verbs are cues of a plan)
        subjects(trigger.head)
    anaphoric = anaphoric or bool(determiners & cues.pointing_back_determiners) or any(
        c.dep_ == "acl:relcl" and any(o.pos_ == "PRON" and "Plur" in feature(o, "Number") and o.dep_.startswith(("obj", "iobj"))
                                      for o in children(c)) for c in children(trigger))  # "la visioconférence qui les a rassemblés"
    if pointing and not callers and partners:
        # "X a reçu Y. Les deux hommes se sont ensuite entretenus avec Z": the pair of the meeting
        # told before is who calls Z, all three on one call
        add(callers, list(people.pair_before(pointing[0], on)))
    if not callers and len(partners) == 1:
        add(callers, [p for p in _office_principal(trigger, people, on, cues) if p not in partners])
    runs = name_lists(sent, people, cues)
    for side in (callers, partners):
        add(side, [p for found in side[:] for p in listed_with(found, runs, sent, skip, people, on)])
    partners = [p for p in partners if p not in callers]
    then = [p for c in sent if c.i not in skip and case_words(c) & cues.partner_prepositions and _holding_it_then(c, cues)
            for p in people_of(c, skip, people, on) if p in callers or p in partners]
    # 'avec X à l'époque': X held a role the call names, not its holder of today
    if then:
        replaced = {people.gazetteer.holder(o, on) for p in then for o in people.gazetteer.offices_of(p, Period())} - set(then)
        callers, partners = [p for p in callers if p not in replaced], [p for p in partners if p not in replaced]
    members = {p for t in people.named_within(sent.start, sent.end) if t in people.alongside for p in people.everyone(sent.doc[t], on)}
    # "avec les dirigeants du G7": one call of the group; "X a appelé les dirigeants du G7" phones each
    group = group or len(partners) >= 2 and set(partners) <= members and lemma(trigger) not in cues.phone_verbs
    by_video = bool(words_near(trigger) & cues.video) or \
        any(lemma(c) in cues.conference_nouns and c.i in sentence.call_words for c in {*children(trigger), *children(event)})
    on_one_screen = by_video and not sentence.has_any(cues.in_sequence)
    # "s'est entretenu en visioconférence avec A et B": one call of all; "... avec A, puis avec B": one after another
    conference = lemma(trigger) in cues.conference_nouns or sentence.has_any(cues.conference_markers) or on_one_screen \
        or held_as_a_conference(trigger, event, sentence, cues)
    gathered = verbal(event) and lemma(event) in cues.gathering_verbs  # "X a réuni au téléphone A, B et C": one call of all
    together = group or conference or gathered or bool(joined) or counted_next(sent, len(callers) + len(partners), cues)
    # who joins a call joins everyone on it; "X s'est concerté avec A, B et C. Les quatre dirigeants ...": one call of all
    if callers and joined and len(callers) + len(partners) - len(joined) < 2:
        # "X a reçu les vœux de Y lors d'un appel auquel s'est joint Z": Z joined X and Y, named elsewhere in the sentence
        add(partners, [p for p in sentence_people(sent, trigger, skip, people, on, cues) if p not in callers])
    if len(callers) + len(partners) >= 2 or anaphoric:
        # "des dirigeants, dont A et B, ont appelé X": each their own call; "... ont participé à une visioconférence avec X": one
        return Lineup(tuple(callers), tuple(partners), together, True, anaphoric,
                      apart=(each_calling or _each_received(trigger, event, callers, cues)) and not conference
                      or sentence.has_any(cues.separately),
                      in_turn=_named_in_turn(sentence, cues) and second is None)
    loose = [p for p in sentence_people(sent, trigger, skip, people, on, cues) if p not in callers and p not in partners]
    if not callers and _plural(trigger) and verbal(event) and subjects_of(event):
        # "le nouveau dirigeant a reçu des appels de plusieurs chefs d'État, dont A et B": a call each with someone
        # the sentence does not name, none among them
        return Lineup((), tuple(loose), False, True, False)
    # "X a appelé A, ... et B", "X a reçu des appels de plusieurs dirigeants, dont A et B": a call each
    one_by_one = len(callers) == 1 and (verb_lemma(trigger, cues) in cues.phone_verbs or _plural(trigger)
                                        or _received_from_each(trigger, cues))
    return Lineup(tuple(callers), tuple(partners) + tuple(loose), not one_by_one, False, False)


def _shared_subjects(verb: Token, found: list[Token]) -> list[Token]:
    """'X a présenté sa position, et a informé le président Y de son entretien avec Z': the parser
    may take the object after the second verb of a coordination for its subject; that verb, joined
    by 'et' with no subject before it, shares the first verb's, which comes before it (X)."""
    if verb.dep_ != "conj" or not found or any(s.i < verb.i for s in found) \
            or not any(c.dep_ == "cc" and c.i < verb.i for c in children(verb)):
        return found
    first = [s for s in subjects_of(verb.head) if s.i < verb.head.i]
    return first or found


def _office_principal(trigger: Token, people: People, on: date | None, cues: CallCues) -> list[str]:
    """'Le bureau de X a démenti qu'une conversation avec Y ait eu lieu': an office, a spokesman, an
    entourage denies for its principal, who is the other side of the call with Y it denies (the
    office itself is the denial's source, kept off the call)."""
    denier = next((v for v in list(trigger.ancestors)[:_DENIAL_REACH] if lemma(v) in cues.denial_verbs), None)
    if denier is None:
        return []
    return [p for subject in subjects_of(denier) if lemma(subject) in cues.staff_nouns
            for child in children(subject) if child.dep_.startswith("nmod") and case_words(child) & cues.of_prepositions
            for p in people_of(child, set(), people, on)]


_DENIAL_REACH = 3  # words up from the call word: its clause's verb, the completive's, the denial ('a démenti qu'un appel ait eu lieu')


def _called_in_turn(verb: Token, pronoun: Token, people: People, callers: list[str], cues: CallCues) -> str | None:
    """'Y l'appelle à son tour': Y does in turn what a call told before did, so 'l'' is whom that
    call had as its subject, not the last person named as a subject ('X s'entretient avec Z, dont
    le pays dit que Z a souhaité ... Y l'appelle à son tour': X). None without 'à son tour'."""
    if not any(c.dep_ == "advmod" and " ".join(t.norm_ for t in [c, *children(c)] if t is c or t.dep_ == "fixed") in cues.in_turn
               for c in children(verb)):
        return None
    doc = verb.doc
    found = [p for t, p in people.subjects if t < pronoun.i and p not in callers and _subject_of_a_call(doc[t], cues)]
    return found[-1] if found else None


def _partner_of_the_relative(verb: Token, pronoun: Token, people: People, callers: list[str], on: date | None,
                             cues: CallCues) -> str | None:
    """'X, qui s'est elle aussi entretenue avec P lundi, doit de nouveau l'appeler': the relative
    clause of the caller tells a call with P, so 'l'' is P, the partner named just before, not the
    subject of the sentence before. The relative is the subject's, or the parser's head of the
    verb (it may hang the main verb on the relative as its conjunct)."""
    clauses = []
    for above in (verb, *verb.ancestors):
        if above.dep_ == "acl:relcl":
            clauses.append(above)
        clauses.extend(c for s in subjects_of(above) for c in children(s) if c.dep_ == "acl:relcl")
    for clause in clauses:
        if clause.i > pronoun.i or lemma(clause) not in cues.call_verbs:
            continue
        for child in children(clause):
            if case_words(child) & cues.partner_prepositions:
                found = [p for p in people_of(child, set(), people, on) if p not in callers]
                if found:
                    return found[0]
    return None


def _subject_of_a_call(word: Token, cues: CallCues) -> bool:
    """A name (or the role it completes) that is the subject of a call verb."""
    while word.dep_ in {"flat:name", "appos"} and word.head.i != word.i:
        word = word.head
    return word.dep_.startswith("nsubj") and lemma(word.head) in cues.call_verbs


def _named_in_turn(sentence: Sentence, cues: CallCues) -> bool:
    """'avec A, puis avec B': a word of sequence that joins two names, not two clauses."""
    return any(word in sentence.norms for word in cues.in_sequence) and any(  # the words first: most sentences have none
        norm in cues.in_sequence and token.dep_ in {"cc", "advmod"} and token.head.pos_ in {"PROPN", "NOUN"}
        for token, norm in zip(sentence.tokens, sentence.norms, strict=True))


def counted_next(sent: Span, everyone: int, cues: CallCues) -> bool:
    """'X s'est concerté par téléphone avec A, B, C et D. Les cinq dirigeants ont appelé ...': the
    sentence right after counts as one group the caller and all the partners together ('les cinq
    dirigeants', a leaders' noun with their number as subject; 'à l'issue de cet appel à cinq', a
    call noun with their number after 'à'): they spoke on one call, not on one call each."""
    doc = sent.doc
    if everyone < 3 or sent.end >= len(doc):
        return False
    following = doc[sent.end].sent
    return any(t.pos_ == "NOUN" and t.dep_.startswith("nsubj") and lemma(t) in cues.pair_nouns and "Plur" in feature(t, "Number")
               and any(c.dep_ == "nummod" and cues.number_words.get(c.norm_) == everyone for c in children(t))
               or sides_counted(t, cues) == everyone for t in following)


def sides_counted(noun: Token, cues: CallCues) -> float | None:
    """'une conférence téléphonique à trois', 'cet appel à cinq': the number of sides a call noun
    counts after 'à' (none for another noun, or for 'un appel à 10 heures')."""
    if lemma(noun) not in cues.nouns:
        return None
    return next((cues.number_words.get(c.norm_) for c in children(noun)
                 if c.dep_ == "nmod" and c.norm_ in cues.number_words and case_words(c) & cues.to_prepositions), None)
