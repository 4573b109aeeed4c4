"""The people of one document as the call rules see them (`People`): who is named at which word,
whom each sentence was about for pronouns, and the people a phrase names (`people_in`,
`people_of`)."""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from spacy.tokens import Doc, Token

from kg.nlp.cues import cues
from kg.nlp.extract.calls.clause import POSSESSIVES, case_words, own_tokens, phrases
from kg.nlp.extract.records import ActorMention
from kg.nlp.extract.words import children, feature, reflexive, sentence_bounds
from kg.nlp.gazetteer import Gazetteer, Office, Period, Target
from kg.text import fold

_ROLE_NOUNS = frozenset(fold(w) for w in cues()["person_role_nouns"])
_MET_PREPOSITIONS = frozenset(fold(w) for w in cues()["met_prepositions"])
_VOICE_NOUNS = frozenset(fold(w) for w in [*cues()["voice_nouns"], *cues()["speaking_for_owner_nouns"]])
_ADDRESS_FORMS = frozenset(fold(w) for w in cues()["address_forms"])
_HONORIFICS = frozenset(fold(w) for w in cues()["honorifics"])

#: How many sentences back 'les deux hommes' may point to the pair a subject named ('X et Y'),
#: when the sentences between name nobody else.
PAIR_LOOK_BACK = 3


@dataclass(frozen=True)
class GivenTitle:
    """One title the article gave one person."""

    words: tuple[str, ...]  # a role with the words that narrow it (`_role_words`), or an office as its words run (`_title`)
    person: str
    office: bool  # an office with its complement given between commas ('Le président de la République, X, ...')


@dataclass
class Titles:
    """Which people the article gave which title, in the order it gave them, grown as `People.of`
    reads the article's role nouns: the one record each reading of a title met again without a
    name asks (the office again, the role again, the bare noun), so that what one reading counts
    as given the others count too."""

    given: list[GivenTitle] = field(default_factory=list)

    def give(self, words: tuple[str, ...], person: str, *, office: bool) -> None:
        self.given.append(GivenTitle(words, person, office))

    def bearer_of_office(self, words: tuple[str, ...]) -> str | None:
        """The one person the article gave this office between commas; none when it gave it to
        several (or to no one)."""
        bearers = {g.person for g in self.given if g.office and g.words == words}
        return next(iter(bearers)) if len(bearers) == 1 else None

    def last_given_role(self, words: tuple[str, ...]) -> str | None:
        """The person the article last named with exactly this role ('le président élu X')."""
        return next((g.person for g in reversed(self.given) if not g.office and g.words == words), None)

    def role_bearers(self, noun: str) -> set[str]:
        """Everyone the article named with a role of this noun ('le président X', 'le président
        rwandais Y'); an office ('le président de la République') is not such a role."""
        return {g.person for g in self.given if not g.office and g.words[0] == noun}

    def one_role_within(self, words: tuple[str, ...]) -> str | None:
        """The one person, if only one, whose role has these words or more ('le prince héritier
        saoudien X' for 'le prince héritier'): each role counted for the person last named with it."""
        last = {g.words: g.person for g in self.given if not g.office}
        found = {person for role, person in last.items() if role[0] == words[0] and set(words[1:]) <= set(role[1:])}
        return next(iter(found)) if len(found) == 1 else None


@dataclass(frozen=True)
class People:
    """One document's people as the call rules see them: who is named at which token, and
    which person each sentence was about, for pronouns."""

    gazetteer: Gazetteer
    at: dict[int, ActorMention]  # token index -> the mention covering it
    people: frozenset[str]  # actor keys that can take part in a call
    subjects: tuple[tuple[int, str | None], ...]  # (token, person) for each person named as a subject, in order;
    # None for a role the article does not resolve ('le président élu'), whom a later 'il' may mean
    quote_speaker: dict[int, str]  # character offset inside a quote -> its speaker
    alongside: dict[int, tuple[ActorMention, ...]]  # token -> the other mentions of the same words ('les dirigeants du G7')
    pairs: tuple[tuple[int, ...], ...] = ()  # where each subject naming two people or more ('X et Y ont ...') names them, in order
    named: tuple[int, ...] = ()  # the tokens of `at`, in order (`named_within`)
    voices: tuple[tuple[int, int, int], ...] = ()  # (first token, last token, verb) of each subject 'son porte-parole, X'
    spoken_for: tuple[tuple[int, str], ...] = ()  # (verb, person) of each subject 'le porte-parole de X', 'Z, porte-parole de X'
    titles: Titles = field(default_factory=Titles)  # the roles and offices the article gave its people
    addressed: dict[int, str] = field(default_factory=dict)  # character offset of an interview question's 'vous' -> the interviewee

    @classmethod
    def of(cls, gazetteer: Gazetteer, mentions: list[ActorMention], people: frozenset[str],
           quote_speaker: dict[int, str], doc_tokens) -> People:
        at = {t: m for m in mentions for t in range(m.token_start, m.token_end)}
        alongside: dict[int, tuple[ActorMention, ...]] = {}
        for m in mentions:
            shown = at[m.token_start]
            if m is not shown and (m.token_start, m.token_end) == (shown.token_start, shown.token_end):
                for t in range(m.token_start, m.token_end):
                    alongside[t] = (*alongside.get(t, ()), m)
        subjects: list[tuple[int, str | None]] = []
        pairs: list[tuple[int, ...]] = []
        for m in mentions:
            if _of_a_person(m, people):
                head = doc_tokens[m.token_start:m.token_end].root
                role = head
                while role.dep_ in {"appos", "dep", "amod"} and role.head.i < role.i:  # 'le président élu X': X read as
                    role = role.head  # the apposition of the role, or of its adjective
                if role is not head and role.dep_.startswith("nsubj") and fold(role.lemma_) in _ROLE_NOUNS:
                    head = role  # 'le président élu X a dîné avec Y': the role the name completes is the subject
                elif head.dep_ == "flat:name" and head.head.i == m.token_start - 1 and head.head.norm_ in _HONORIFICS:
                    head = head.head  # 'Mme X a indiqué ...': the parser makes the honorific the subject, the name its part
                if "entre" in case_words(head) and (pair := _pair_between(at.get(head.i, m), at, doc_tokens)):
                    pairs.append(pair)  # 'Le canal entre X et Y reste ouvert. Les deux présidents ...': X and Y
                if (lead := _ties_with(head, at, subjects, m.actor)) is not None:
                    pairs.append((m.token_start, lead))  # 'Les contacts avec X se sont intensifiés. Les deux hommes ...'
                if head.dep_.startswith("nsubj"):
                    subjects.append((m.token_start, m.actor))
                    starts = sorted({at[t.i].token_start for t in head.subtree if t.i in at})  # the parser may make
                    if len(starts) >= 2 and any(t.norm_ == "et" for t in head.subtree):  # 'et le chancelier Y' an apposition
                        pairs.append(tuple(starts))
                    else:  # 'X a remercié Y. Les deux hommes s'étaient parlé ...': the subject and the person it acts on
                        # (or meets: 'X s'est entretenu avec Y à Berlin', 'X a été reçu par Y'. Les deux hommes ...)
                        verb = head.head  # and the clause below it whose subject is a pronoun for X ('où il a rencontré Y')
                        clauses = [verb, *(v for v in children(verb) if v.pos_ == "VERB" and v.i > verb.i and (any(
                            s.dep_.startswith("nsubj") and s.pos_ == "PRON" for s in children(v)) or _subject_left_to(v)))]
                        met = next((at[c.i].token_start for v in clauses for c, dep in _met_phrases(v)  # 'a reçu mercredi Y': Y hung on the day
                                    if (dep == "obj" or c.dep_ in {"appos", "flat:name"} or c.dep_ == "obl:agent"
                                        or dep.startswith("obl") and case_words(c) & _MET_PREPOSITIONS) and c.i in at
                                    and _of_a_person(at[c.i], people)), None)
                        if met is not None and head.head.i != head.i:
                            pairs.append((m.token_start, met))
        speakers = (doc_tokens[i] for i, base in enumerate(doc_tokens._.folded.lemmas) if base in _VOICE_NOUNS)
        voices = tuple((voice.left_edge.i, voice.right_edge.i, voice.head.i) for voice in speakers  # 'son porte-parole, X'
                       if voice.dep_.startswith("nsubj") and any(c.dep_ == "det" and c.norm_ in POSSESSIVES for c in children(voice)))
        for i, person in _periphrases_again(mentions, at, people, doc_tokens):
            token = doc_tokens[i]  # 'X, le vainqueur de la présidentielle américaine, ...', then 'le vainqueur de la présidentielle'
            at[i] = ActorMention(person, token.idx, token.idx + len(token), token.text, Target("actor", person), i, i + 1, False)
            if token.dep_.startswith("nsubj"):
                subjects.append((i, person))
        titles = Titles()
        roles = [i for i, norm in enumerate(doc_tokens._.folded.norms) if norm in _ROLE_NOUNS]  # a Token made only for a role noun's form
        for i in roles:
            token = doc_tokens[i]
            if token.pos_ != "NOUN":
                continue
            title = _title(token)
            if title and (bearer := _bearer(token, title, at, people)) is not None:
                titles.give(title, bearer, office=True)
            elif title and (bearer := titles.bearer_of_office(title)) is not None and (
                    i not in at or at[i].target.kind != "actor" or at[i].actor not in people):
                # 'Le président de la République a reçu ...' after 'Le président de la République, X, ...': X, whatever
                # the gazetteer reads in the words (a seat, that office in another country)
                read = at.get(i)
                styled_again = ActorMention(bearer, token.idx, token.idx + len(token), token.text, Target("actor", bearer), i, i + 1, False)
                for t in range(i, i + len(title)):
                    if t == i or read is not None and at.get(t) is read:
                        at[t] = styled_again
                if token.dep_.startswith("nsubj"):
                    subjects.append((i, bearer))
                continue
            if i in at:  # 'le prince héritier saoudien', a person's own title: the role of that person
                if at[i].token_start == i and at[i].target.kind == "actor" and at[i].actor in people:
                    titles.give(_role_words(token), at[i].actor, office=False)
                continue
            named = _named_by_role(token, at)
            if named is not None:
                titles.give(_role_words(token), named, office=False)
            elif (again := _role_again(token, titles)) is not None:
                # 'Le prince héritier s'était entretenu avec Y': the one person the article gave that title
                at[i] = ActorMention(again, token.idx, token.idx + len(token), token.text, Target("actor", again), i, i + 1, False)
            if token.dep_.startswith("nsubj"):  # 'le président élu X a ...': X, whom the role heads; the role alone: the
                subjects.append((token.i, named or titles.last_given_role(_role_words(token))))  # person it introduced,
                # else someone we do not know
        subjects.sort(key=lambda pair: pair[0])
        spoken_for = tuple((verb.i, m.actor) for m in mentions if _of_a_person(m, people)
                           and (verb := _verb_of_a_voice_of(doc_tokens[m.token_start:m.token_end].root)) is not None)
        return cls(gazetteer, at, people, tuple(subjects), quote_speaker, alongside, tuple(pairs), tuple(sorted(at)), voices,
                   spoken_for, titles)

    @cached_property
    def person_tokens(self) -> frozenset[int]:
        """The tokens that name a person (or an office, a group's leaders), not a country or a body."""
        return frozenset(t for t, m in self.at.items() if _of_a_person(m, self.people))

    def named_within(self, start: int, end: int) -> tuple[int, ...]:
        """The tokens from `start` to `end` (not included) that name someone, in order: found by
        bisection among the few that do, not by a look-up for every word (the line-up asks it of
        its sentence several times for each call word)."""
        return self.named[bisect_left(self.named, start):bisect_left(self.named, end)]

    def person(self, token: Token, on: date | None) -> str | None:
        """The person named at this token on that day, if any."""
        mention = self.at.get(token.i)
        return None if mention is None else self._resolved(mention, on)

    def everyone(self, token: Token, on: date | None) -> list[str]:
        """The people named at this token on that day: one, or each member of a group's leaders."""
        found = [self._resolved(m, on) for m in (self.at[token.i], *self.alongside.get(token.i, ()))] if token.i in self.at else []
        return [p for p in found if p is not None]

    def _resolved(self, mention: ActorMention, on: date | None) -> str | None:
        actor = self.gazetteer.resolve(mention.target, on) if mention.target.kind in {"office", "leader"} else mention.actor
        return actor if actor in self.people else None

    def seat_leader(self, token: Token, on: date | None) -> str | None:
        """'les appels de l'Élysée', 'le Kremlin a appelé X': a seat of government the gazetteer
        ties to a country (the Élysée, the Kremlin, Downing Street) named as a caller is that
        country's leader on that day. Only where the line-up asks: elsewhere the seat speaks for
        itself ('a confirmé l'Élysée' is a source)."""
        mention = self.at.get(token.i)
        if mention is None or mention.target.kind != "actor":
            return None
        country = self.gazetteer.governed.get(mention.actor)
        leader = self.gazetteer.leader(country, on) if country is not None else None
        return leader if leader in self.people else None

    def leader_of_speaker(self, speaker: str, on: date | None) -> str | None:
        """'notre président' in a minister's quote: the leader of the speaker's country."""
        countries = self.gazetteer.countries_of(speaker)
        leaders = {self.gazetteer.leader(c, on) for c in countries} - {None, speaker}
        return next(iter(leaders)) if len(leaders) == 1 else None

    def speaker_as_object(self, clitic: Token) -> str | None:
        """Whom 'me' or "m'" means as the object of a verb ('« X m'a appelé hier », a dit Y'): the
        speaker of the quote, or the interviewee in an answer, as 'je' means as a subject. Not the
        clitic of a subject of the same person ('je m'entretiens' talks, `reflexive`); not 'nous',
        which may stand for a whole country or party."""
        if clitic.pos_ != "PRON" or feature(clitic, "Person") != ("1",) or feature(clitic, "Number") != ("Sing",) \
                or clitic.dep_ not in {"obj", "iobj"} or reflexive(clitic):
            return None
        return self.quote_speaker.get(clitic.idx)

    def before(self, token: Token, other_than: Collection[str | None] = ()) -> str | None:
        """Whom 'il' or 'elle' most likely means: the last person named as a subject before it (nobody
        we know when that subject is a role the article leaves unresolved); for 'l'', someone other
        than its own clause's subject. In what a spokesperson or an adviser of someone reports ('Son
        porte-parole, X, précise qu'il doit parler ce soir avec Y'), 'il' is the one they speak for,
        the subject before them, not the spokesperson."""
        principal = next((p for verb, p in self.spoken_for if p not in other_than and any(a.i == verb for a in token.ancestors)), None)
        if principal is not None:
            return principal  # "Z, porte-parole de X, a indiqué que Y l'avait appelé": X; Z reports, he is not on the line
        first = sentence_bounds(token)[0] - 400
        voiced = [(start, end) for start, end, verb in self.voices
                  if end < token.i and any(a.i == verb for a in token.ancestors)]
        found = [p for t, p in self.subjects if t < token.i and t >= first and p not in other_than
                 and not any(start <= t <= end for start, end in voiced)]
        return found[-1] if found else None

    def object_before(self, token: Token, on: date | None, other_than: Collection[str]) -> str | None:
        """Whom 'lui' or 'l'' means: as `before`; but in a quote, where the speaker is often the
        only subject named so far ('X a évoqué Y. « Je lui ai parlé hier », a dit X'), the last
        person named before it, whatever their part, other than `other_than` (the speaker)."""
        found = self.before(token, other_than)
        return found if found is not None or token.idx not in self.quote_speaker else self.last_named(token, on, other_than)

    def last_named(self, token: Token, on: date | None, other_than: Collection[str] = ()) -> str | None:
        """Whom 'celui-ci' or 'ce dernier' means: the last person named before it, whatever their
        part in the sentence ('X a reçu Y, au lendemain d'un appel de celui-ci avec Z': Y), other
        than `other_than`."""
        for i in range(token.i - 1, max(sentence_bounds(token)[0] - 400, 0) - 1, -1):
            mention = self.at.get(i)
            if mention is not None and (person := self._resolved(mention, on)) is not None and person not in other_than:
                return person
        return None

    def pair_named_last(self, before: Token, on: date | None) -> frozenset[str]:
        """The people of the pair the article last named together before this token ('X et Y
        ont ...', 'entre X et Y', 'X a reçu Y'), however far back: whom 'les deux chefs d'État'
        means when the sentence tells nothing else; none when that pair does not resolve to two."""
        heads = max((h for h in self.pairs if h[-1] < before.i), key=lambda h: h[-1], default=())
        found = frozenset(p for h in heads if (p := self._resolved(self.at[h], on)) is not None)
        return found if len(found) >= 2 else frozenset()

    def fitting_the_role(self, pair: tuple[str, ...], noun: Token, on: date | None) -> tuple[str, ...]:
        """'X a remis à l'émissaire W un message pour Y et un entretien entre les deux présidents
        pourrait suivre': a pair named by a role noun that offices have ('présidents', not 'hommes'
        nor 'dirigeants') is two people that role fits, held in an office of that name or given it
        by the article; not the pair just named (X and W, an envoy) when the role does not fit one
        of them, but the last two people before it whom it fits (X and Y), if there are two."""
        role = fold(noun.lemma_)
        offices = self.gazetteer.offices
        if any(c.dep_.startswith("nmod") for c in children(noun)) or not any(role in _nouns_of(o) for o in offices.values()):
            return pair  # 'les deux chefs d'État', 'les deux hommes': any two leaders
        titled = {g.person for g in self.titles.given if not g.office and fold(g.words[0]) == role}

        def fits(person: str) -> bool:
            return person in titled or any(role in _nouns_of(offices[o]) for o in self.gazetteer.offices_of(person, Period()))

        if all(fits(p) for p in pair):
            return pair
        found: list[str] = []
        for i in range(noun.i - 1, max(sentence_bounds(noun)[0] - 400, 0) - 1, -1):
            mention = self.at.get(i)
            if mention is not None and (person := self._resolved(mention, on)) is not None and person not in found and fits(person):
                found.append(person)
                if len(found) == 2:
                    return tuple(reversed(found))
        return pair

    def pair_before(self, token: Token, on: date | None) -> tuple[str, ...]:
        """Whom 'ils' or 'les deux hommes' means when nothing else tells: the people of a subject
        'X et Y' in its sentence or the one before ('X et Y se sont vus à Rome. Ils s'étaient parlé
        au téléphone'); or a few sentences before, when the sentences between name no one else
        ('X et Y ne s'étaient plus vus. Mercredi, le président turc a atterri au Caire. Les deux
        hommes avaient échangé au téléphone en 2023'), whoever else the pair's own sentence named."""
        doc = token.doc
        starts = [sentence_bounds(token)[0]]
        while len(starts) <= PAIR_LOOK_BACK and starts[-1] > 0:
            starts.append(sentence_bounds(doc[starts[-1] - 1])[0])
        previous = starts[min(1, len(starts) - 1)]
        for heads in reversed(self.pairs):
            if not starts[-1] <= heads[0] < token.i:
                continue
            found = [p for h in heads if (p := self.person(doc[h], on)) is not None]
            if len(set(found)) < 2:
                return ()
            told = sentence_bounds(doc[heads[-1]])[1]  # farther back: nobody else named since the pair's sentence
            if heads[0] < previous and any(  # (not 'X a vu Y soutenir sa ministre, Z': a word of that sentence)
                    (p := self._resolved(m, on)) is not None and p in self.people and p not in found
                    for t, m in self.at.items() if told <= t < token.i):
                return ()
            return tuple(dict.fromkeys(found))
        return ()


def _of_a_person(mention: ActorMention, people: Collection[str]) -> bool:
    """Does the mention name a person: a known or minted one, or an office or a group's leaders
    that the day resolves to one (not a country or a body)?"""
    return mention.actor in people or mention.target.kind in {"office", "leader"}


def _nouns_of(office: Office) -> set[str]:
    """The nouns an office's labels open with ('président' of 'président de la Russie'): the role
    its holders are called by."""
    return {fold(label.split()[0]) for label in office.labels if label}


def _content_words(noun: Token, end: int) -> frozenset[str]:
    """The nouns and adjectives after a noun up to `end` (not included), as lemmas: what narrows it."""
    return frozenset(fold(t.lemma_) for t in noun.doc[noun.i + 1:end] if t.pos_ in {"NOUN", "ADJ", "PROPN"})


def _periphrases_again(mentions: list[ActorMention], at: dict[int, ActorMention], people: frozenset[str],
                       doc: Doc) -> list[tuple[int, str]]:
    """'X, le vainqueur de la présidentielle américaine, a ...' then '... a appelé le vainqueur de la
    présidentielle': a definite noun phrase the article set between commas right after a person's
    name describes that person; met again alone, with the same noun and no word the first one did
    not have, it names them. Read from the words' order (the parser often makes the apposition the
    subject). Role nouns have their own reading (`Titles`); a noun the article gave several people
    names none of them."""
    given: dict[str, set[tuple[frozenset[str], str]]] = {}
    first: dict[str, int] = {}
    for m in mentions:
        if m.target.kind != "actor" or m.actor not in people or m.token_end + 2 >= len(doc) or doc[m.token_end].norm_ != "," \
                or "Def" not in feature(doc[m.token_end + 1], "Definite"):
            continue
        noun = doc[m.token_end + 2]
        close = next((t.i for t in doc[noun.i:sentence_bounds(noun)[1]] if t.norm_ == ","), None)
        if noun.pos_ != "NOUN" or fold(noun.lemma_) in _ROLE_NOUNS or close is None or any(t in at for t in range(noun.i, close)):
            continue
        given.setdefault(fold(noun.lemma_), set()).add((_content_words(noun, close), m.actor))
        first.setdefault(fold(noun.lemma_), noun.i)
    found: list[tuple[int, str]] = []
    for base, described in given.items():
        if len({person for _, person in described}) != 1:
            continue
        for token in doc[first[base] + 1:]:
            if token.pos_ != "NOUN" or fold(token.lemma_) != base or token.i in at or not any(
                    c.dep_ == "det" and "Def" in feature(c, "Definite") for c in children(token)):
                continue
            own = _content_words(token, token.right_edge.i + 1)
            if own and any(own <= words for words, _ in described):
                found.append((token.i, next(iter(described))[1]))
    return found


def _verb_of_a_voice_of(name: Token) -> Token | None:
    """'le porte-parole de X a indiqué ...', 'Z, porte-parole de X, a indiqué ...': the verb whose
    subject is a spokesman (or an adviser, an office) of the person named here, who speaks for them."""
    voice = name.head
    if not name.dep_.startswith("nmod") or voice.i == name.i or fold(voice.lemma_) not in _VOICE_NOUNS:
        return None
    apposed = voice.dep_ == "appos" or voice.dep_ == "conj" and not any(c.dep_ == "cc" for c in children(voice))
    subject = voice.head if apposed and voice.head.i < voice.i else voice  # (a 'conj' with no 'et': an apposition misread)
    return subject.head if subject.dep_.startswith("nsubj") and subject.head.pos_ in {"VERB", "AUX"} else None


def _pair_between(first: ActorMention, at: dict[int, ActorMention], doc: Doc) -> tuple[int, ...]:
    """Where the people of 'entre X et Y' whose X is the mention `first` are named: a pair the
    article speaks of as much as a subject 'X et Y' does. Read from the words' order, X's mention
    then 'et' then Y's: the parser may hang Y anywhere ('Le canal entre X et Y reste ouvert', Y
    read as the subject of 'reste')."""
    after = first.token_end
    if after + 1 < len(doc) and doc[after].norm_ == "et" and (second := at.get(after + 1)) is not None \
            and second.token_start == after + 1:
        return first.token_start, second.token_start
    return ()


def _ties_with(head: Token, at: dict[int, ActorMention], subjects: list[tuple[int, str | None]], person: str) -> int | None:
    """'Depuis, les contacts avec X se sont intensifiés', 'le dialogue avec X a repris': the subject
    of a clause is ties 'avec X' that name no one on the other side (no possessive, no 'de Y'); the
    other side is the article's own subject, the first person it named as a subject. Where that
    subject is named: with X, whom a 'les deux hommes' right after means."""
    while head.dep_ in {"appos", "dep", "amod", "flat:name"} and head.head.i < head.i:
        head = head.head  # 'avec le président turc X': the role the name completes carries the preposition
    ties = head.head
    if "avec" not in case_words(head) or ties.pos_ != "NOUN" or not ties.dep_.startswith("nsubj") or any(
            c.i != head.i and (c.dep_ in {"nmod", "nmod:poss"} and (c.i in at or c.pos_ == "PRON") or c.norm_ in POSSESSIVES)
            for c in children(ties)):
        return None
    return next((t for t, p in subjects if p is not None and p != person), None)


def _met_phrases(verb: Token) -> list[tuple[Token, str]]:
    """The verb's `phrases`, and a name the parser hung in apposition on its place ('X a reçu
    mardi à Berlin le Premier ministre Y', read as 'Berlin, le Premier ministre Y'): the guest."""
    found = phrases(verb)
    return found + [(c, c.dep_) for p, dep in found if dep.startswith("obl") for c in children(p) if c.dep_ == "appos"]


def _subject_left_to(clause: Token) -> bool:
    """An infinitive with no subject of its own, whose doer is the subject above it ('X se rendra
    à Washington pour rencontrer Y. Les deux présidents s'étaient parlé ...': X and Y)."""
    return "Inf" in feature(clause, "VerbForm") and not any(c.dep_.startswith("nsubj") for c in children(clause))


def _title(role: Token) -> tuple[str, ...]:
    """A role with the complement that makes it one office ('président de la République',
    'Président de l'Etat'), as its words run: empty for a role with no complement, or one that
    names a person or a country ('président du Sénégal' is an office the gazetteer reads)."""
    complements = [c for c in children(role) if c.dep_ == "nmod" and c.i > role.i and c.pos_ == "NOUN"]
    if not complements:
        return ()
    end = max(c.right_edge.i for c in complements)
    words = role.doc[role.i:end + 1]
    return tuple(t.norm_ for t in words) if all(t.pos_ in {"NOUN", "ADP", "DET", "ADJ"} for t in words) else ()


def _bearer(role: Token, title: tuple[str, ...], at: dict[int, ActorMention], people: frozenset[str]) -> str | None:
    """The person a title is given between commas ('Le président de la République, X, a reçu ...',
    'X, Président de l'Etat, a eu ...'): house style then names the same person by the title
    alone ('Le président de la République a par ailleurs reçu ...')."""
    doc = role.doc
    after = role.i + len(title)
    if after + 1 < len(doc) and doc[after].norm_ == "," and (mention := at.get(after + 1)) is not None \
            and mention.token_start == after + 1 and mention.target.kind == "actor" and mention.actor in people:
        return mention.actor
    if role.i < 2 or doc[role.i - 1].norm_ != "," or after >= len(doc) or doc[after].norm_ != ",":
        return None
    last = role.i - 2
    while last > 0 and last not in at and doc[last].pos_ == "PROPN":
        last -= 1  # 'Mohamed ben Zayed Al Nahyane': the gazetteer's name may stop short of the full one
    mention = at.get(last)
    return mention.actor if mention is not None and mention.target.kind == "actor" and mention.actor in people else None


def _role_words(role: Token) -> tuple[str, ...]:
    """A role with the words that narrow it ('président élu', 'ministre'), to know it again."""
    return (role.norm_, *sorted(c.norm_ for c in children(role) if c.dep_ in {"amod", "acl"} and c.i > role.i))


def _role_again(role: Token, titles: Titles) -> str | None:
    """Whom a role with no name means when the article gave that title, with as many words or more
    ('le prince héritier saoudien X', then 'le prince héritier'), to one person only so far. 'Le
    président' alone is any of the article's presidents; but the one the article gave that bare
    title ('le président X a ... « Il n'y a pas eu d'appel entre le président et Y »') when it gave
    no one else a title of that noun ('le président rwandais Y' is another's; 'le président de la
    République', 'le ministre de l'Intérieur' are offices of their own). A form of address alone is
    one ('Son Altesse X', then 'Son Altesse'): house style names its principal so."""
    words = _role_words(role)
    if len(words) < 2 and words[0] not in _ADDRESS_FORMS:
        bare = titles.last_given_role(words)
        complement = any(c.dep_.startswith("nmod") for c in children(role))
        return bare if bare is not None and not complement and titles.role_bearers(words[0]) == {bare} else None
    return titles.one_role_within(words)


def _named_by_role(role: Token, at: dict[int, ActorMention]) -> str | None:
    """The person a role introduces right before the name ('le président élu Emmanuel Durand'):
    a name that starts within the role's own phrase, past the words that narrow the role."""
    phrase = {t.i for t in role.subtree}
    following = role.i + 1
    while following in phrase and following not in at and role.doc[following].dep_ in {"amod", "acl"}:
        following += 1
    mention = at.get(following)
    return mention.actor if mention is not None and following in phrase and mention.token_start == following else None


def people_in(tokens: Iterable[Token], people: People, on: date | None) -> list[str]:
    found: list[str] = []
    for token in tokens:
        if token.i in people.at:  # most words name no one: no list made for them
            found.extend(p for p in people.everyone(token, on) if p not in found)
    return found


def people_of(head: Token, skip: set[int], people: People, on: date | None) -> list[str]:
    """The people the phrase headed by `head` names (`people_in` its `own_tokens`). Its words are
    walked only when the stretch of its subtree holds a name at all: most phrases of a call's
    clause (its day, its object, its medium) hold none, and the walk costs a few µs."""
    if not people.named_within(head.left_edge.i, head.right_edge.i + 1):
        return []
    return people_in(own_tokens(head, skip), people, on)
