"""The people one phrase of a call's sentence names, however it names them.

A subject may be a name or a descriptor, 'il' for the person last spoken of, 'je' or 'nous' for
the speaker of a quote, 'notre président', 'les présidents russe et américain' (a holder per
adjective of country), or the first of a long list the parser hung apart; a complement may be
'celui-ci', 'chacun d'eux', or names listed after it ('avec les dirigeants européens, dont Y et
Z'). `participants.lineup` asks this of each phrase of a call's clause, `sentence_people` of the
subjects of the sentences that add people to a call.
"""
from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from kg.nlp.extract.calls.clause import case_words, existential, lemma, listed_after, own_tokens
from kg.nlp.extract.calls.lexicon import CallCues
from kg.nlp.extract.calls.people import People, people_in, people_of
from kg.nlp.extract.words import children, feature, tokens_of


def subject_people(subject: Token, skip: set[int], people: People, on: date | None, cues: CallCues) -> list[str]:
    """The people a subject names: a name or a descriptor, 'il' for the person last spoken of,
    'je' or 'nous' for the speaker of the quote, 'qui' for its antecedent, 'notre président'
    for the leader of the speaker's country."""
    word = subject.norm_
    named: list[str] = []
    if people.named_within(subject.left_edge.i, subject.right_edge.i + 1):  # a name in its stretch at all ('il' has none)
        others = set(people_in((t for c in asides(subject, cues) for t in own_tokens(c, skip)), people, on))
        named = [p for p in people_in((t for t in own_tokens(subject, skip) if t.i not in skip), people, on)  # the parser
                 if p not in others]  # may make a source the subject
    holders = _roles_by_country(subject, people, on) if subject.pos_ == "NOUN" else []
    if len(holders) >= 2:
        return holders  # "les deux chefs d'État, russe et français": the first country may be read as a mention of its own
    if named:
        return named  # the tagger sometimes takes a name for a pronoun
    if subject.pos_ == "NOUN":
        members = [p for c in children(subject) if member_list(c, cues) for p in people_of(c, skip, people, on)]
        if members:
            return members  # "Plusieurs dirigeants, dont A et B, ont participé à ...": the names read as a relative clause
    if subject.pos_ == "PRON":
        if word in cues.first_person and subject.idx in people.quote_speaker:
            return [people.quote_speaker[subject.idx]]
        if word in cues.second_person and subject.idx in people.addressed:
            return [people.addressed[subject.idx]]  # 'Vous avez eu X au téléphone. Que vous a-t-il dit ?'
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


def first_subject_read_as_a_modifier(verb: Token, subjects: list[Token], people: People) -> list[Token]:
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
    adjectives += [t for t in _listed_right_after(noun, noun.i + 1 + len(complement)) if t not in adjectives]
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


def _listed_right_after(noun: Token, start: int) -> list[Token]:
    """'les dirigeants français, allemand, russe et ukrainien': the words of a list right after
    the role, separated by commas and closed by 'et'. With four of them the parser may read one as
    a noun and hang the last on the role as punctuation, out of the chain of adjectives; the list
    itself, inside the role's phrase, still gives one country per word."""
    doc, inside = noun.doc, {t.i for t in noun.subtree}
    at = start + 1 if start < len(doc) and doc[start].text == "," else start  # 'Les deux chefs d'État, russe et français'
    found: list[Token] = []
    closed = False
    while at in inside and doc[at].pos_ in {"ADJ", "NOUN"}:
        found.append(doc[at])
        if closed:
            break
        after = doc[at + 1].norm_ if at + 1 in inside else ""
        if after not in {",", "et"}:
            break
        closed, at = after == "et", at + 2
    return found if closed and found[-1].i == at else []


def named_last(word: Token, other_than: list[str], people: People, on: date | None, cues: CallCues) -> list[str]:
    """'un appel de celui-ci', 'avec ce dernier': the person named last before the pronoun, other
    than the callers ('X a reçu Y. Z s'est ensuite entretenu avec ce dernier': Y)."""
    if not _recency_pronoun(word, cues):
        return []
    person = people.last_named(word, on, other_than)
    return [person] if person is not None else []


def each_of_them(word: Token, people: People, on: date | None, cues: CallCues) -> list[str]:
    """'a appelé chacun d'eux', 'avec chacun d'entre eux': the people named together just before
    ('X et Y ont plaidé pour une trêve'), each a partner of their own."""
    if word.pos_ != "PRON" or lemma(word) not in cues.each_of_pronouns:
        return []
    if not any(c.pos_ == "PRON" and "Plur" in feature(c, "Number") and "3" in feature(c, "Person")
               for c in children(word) if c.dep_.startswith("nmod")):
        return []
    return list(people.pair_before(word, on))


def _recency_pronoun(word: Token, cues: CallCues) -> bool:
    """'celui-ci', '(à) ce dernier': a word for the person named last. The word's own form is
    looked up first: it is part of the phrase, and most words, in no such pronoun, then have their
    phrase's words left unread (the line-up asks this of most phrases of a call's clause)."""
    if word.dep_ != "case" and not any(word.norm_ in pronoun for pronoun in cues.recency_pronouns):
        return False
    return " ".join(t.norm_ for t in word.subtree if t.dep_ != "case") in cues.recency_pronouns


def names_someone(phrase: Token, people: People, cues: CallCues) -> bool:
    """'(à) X', '(au) président', '(à) son homologue': the phrase's own head names the person, not
    a noun they only hang on ('au sujet de X', 'a évoqué le sort de X'); but 'joindre au
    téléphone X' may come with X hung on the medium. A title heads the name it comes with ('le
    président X', the name flat on the title, or read as its adjective)."""
    return phrase.pos_ not in {"NOUN", "ADJ"} or phrase.i in people.at or lemma(phrase) in cues.media or _recency_pronoun(phrase, cues) \
        or any(c.dep_ in {"flat:name", "amod"} and c.pos_ == "PROPN" and c.i in people.at for c in children(phrase))


def addressed(verb: Token, skip: set[int], people: People, on: date | None, cues: CallCues) -> list[str]:
    """'X a pressé Y de céder lors de leur entretien', 'X a assuré à Y son soutien au cours de leur
    appel': the person the clause's verb (or the verb whose complement it is) addresses, its
    object or its 'à' phrase, is the other one of 'leur'."""
    found: list[str] = []
    for holder in [verb, verb.head] if verb.dep_ == "xcomp" else [verb]:
        for child in children(holder):
            if child.i not in skip and (child.dep_ in {"obj", "iobj"} or case_words(child) & cues.to_prepositions
                                        and child.dep_.startswith("obl")) and names_someone(child, people, cues):
                found.extend(p for p in people_of(child, skip, people, on) if p not in found)
    return found


def people_listed_after(head: Token, skip: set[int], people: People, on: date | None, cues: CallCues) -> tuple[list[str], bool]:
    """People listed right after a phrase (', Y, Z et W', 'les dirigeants européens, dont Y et
    Z') that the parser hung elsewhere; True when they are members of a group on the call."""
    def person_end(start: int) -> int | None:
        mention = people.at.get(start)
        return mention.token_end if mention is not None and people.person(head.doc[start], on) is not None else None

    starts, members = listed_after(head, skip, person_end, cues.inclusion)
    return [p for i in starts if (p := people.person(head.doc[i], on)) is not None], members


def listed_as_members(subject: Token, cues: CallCues) -> bool:
    """Is the subject listed after 'dont', 'parmi lesquels' ... ('Des dizaines de dirigeants, dont
    A et B, ont appelé X'): members of a group, each on a call of their own."""
    words = [t.norm_ for t in tokens_of(subject.doc)[max(0, subject.left_edge.i - 3):subject.i]]
    return any(tuple(words[k:k + len(m)]) == m for m in cues.inclusion for k in range(len(words)))


def member_list(clause: Token, cues: CallCues) -> bool:
    """'des dirigeants, dont A et B': names after 'dont' that the parser made a relative clause of
    the group noun, with no verb."""
    return clause.dep_ == "acl:relcl" and clause.pos_ == "PROPN" and \
        any((d.norm_,) in cues.inclusion for d in children(clause) if d.i < clause.i)


def asides(subject: Token, cues: CallCues) -> list[Token]:
    """The phrases of a subject that name others than it: 'le président élu face à Y'."""
    return [c for c in children(subject) if case_words(c) & cues.subject_aside]


def joined_likewise(verb: Token, sent: Span, cues: CallCues) -> list[Token]:
    """'A a participé à l'appel, tout comme B et C', '... de même que B', '... ainsi que B': the
    heads of the phrases a marker of likeness opens beside a verb of joining are people who joined
    as its subject did, not the subject's partners. The parser hangs them on the call noun, on the
    verb or as its conjunct, or makes them the subject of a reporting verb after them: the head is
    read from the words, the first one after the marker climbed up through nouns and names after it."""
    if lemma(verb) not in cues.joining_verbs:  # most sentences have none: their words are not read
        return []
    tokens = tokens_of(sent.doc)[sent.start:sent.end]
    norms = tuple(t.norm_ for t in tokens)
    heads: list[Token] = []
    for at, norm in enumerate(norms):
        for marker in cues.likewise:
            end = at + len(marker)
            if norm == marker[0] and norms[at:end] == marker and end < len(tokens):
                head = tokens[end]
                while head.head.i >= tokens[end].i and head.head.pos_ in {"PROPN", "NOUN"} and head.head.i != head.i:
                    head = head.head
                if head.pos_ in {"PROPN", "NOUN"} and head not in heads:
                    heads.append(head)
    return heads
