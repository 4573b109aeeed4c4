"""`kg_topics`, the last of kg's readers: each call's topics from the sentences about it
(`kg.nlp.extract.topics` reads a sentence's), and each claim tied to its sentence's call."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.nlp import gazetteer
from kg.nlp.cues import cues
from kg.nlp.extract.dates import clock_time_words
from kg.nlp.extract.records import CallRecord, ClaimRecord
from kg.nlp.extract.topics import (
    earlier_call_told_within,
    meetings_told_as_history,
    said_of_a_call_named_before,
    settled,
    tells_what_is_to_come,
    topics_in,
    turns_to_other_news,
)
from kg.nlp.extract.words import children, feature, paragraph_numbers, starts_paragraph
from kg.text import fold

COMPONENT = "kg_topics"


@Language.component(COMPONENT, assigns=["doc._.calls", "doc._.claims"])
def assign_topics(doc: Doc) -> Doc:
    """Topics of each call from the sentences about it; each claim tied to its sentence's call."""
    sents = doc._.sentences
    names = frozenset(t for m in doc._.actor_mentions if m.target.kind in {"office", "leader"}
                      for t in range(m.token_start, m.token_end)) | _call_words_alone(doc) | _titles(doc)  # "le président élu", "un sommet virtuel"
    folded = doc._.folded
    names |= _history(doc) | _places_acting(doc) | _whose_things(doc)
    read: dict[int, set[str]] = {}

    def sent_topics(index: int) -> set[str]:
        """A sentence's topics, read only for a sentence a call or a claim is told in: those that
        tell neither (a fifth of the synthetic bench articles' sentences) cost nothing."""
        if index not in read:
            read[index] = topics_in(sents[index], names, folded)
        return read[index]

    starts = [s.start_char for s in sents]  # in order: each claim's sentences found by bisection, not a scan of all
    paragraph = paragraph_numbers(doc._.text, sents)
    call_topics = _topics_of_calls(doc, names, sent_topics, paragraph, starts)
    for call, topics in _topics_of_series(doc, sent_topics, paragraph, starts).items():
        call_topics.setdefault(call, set()).update(topics)
    war = _war_of_the_title(doc, sent_topics, paragraph)
    if war:
        for call in _calls_with_words_said(doc, starts):  # a call said never to have taken place had no content
            if not settled(call_topics.get(call, set())) and doc._.calls[call].status != "denied":
                call_topics[call] = {war}
    doc._.calls = [_with_topics(c, settled(call_topics.get(i, set()))) for i, c in enumerate(doc._.calls)]
    claims = []
    for claim in doc._.claims:
        first = bisect_right(starts, claim.start) - 1  # the last sentence starting at or before it
        if first < 0:
            raise ValueError(f"claim at {claim.start} before the first sentence ({starts[:1]})")
        topics = set().union(*(sent_topics(i) for i in range(first, bisect_left(starts, claim.end))))
        calls = doc._.sentence_calls.get(first, ())  # a claim belongs to the first call its sentence is about
        claims.append(ClaimRecord(claim.speaker, claim.text, claim.verb, claim.start, claim.end, claim.quoted,
                                  calls[0] if calls else None, tuple(sorted(settled(topics)))))
    doc._.claims = claims
    return doc


_ROLES = frozenset(fold(w) for w in cues()["person_role_nouns"])
_WARS = frozenset(cues()["war_topics"])


def _war_of_the_title(doc: Doc, sent_topics: Callable[[int], set[str]], paragraph: list[int]) -> str | None:
    """'Invasion de l'Ukraine : suivez les dernières informations': the one war the article's
    title line (its first paragraph) names, if it names one and no other topic. A text of one
    paragraph has no title line: its first paragraph is all it tells. `paragraph`: each sentence's."""
    sents = doc._.sentences
    if not sents or paragraph[-1] == paragraph[0]:
        return None
    topics = settled(set().union(*(sent_topics(i) for i in range(len(sents)) if paragraph[i] == paragraph[0])))
    return next(iter(topics)) if len(topics) == 1 and topics <= _WARS else None


def _call_words_alone(doc: Doc) -> frozenset[int]:
    """The call words that name a call, not the last part of a compound the tokenizer cut at its
    hyphen ('l'accord de libre-échange': 'échange' is no exchange of the leaders; the compound
    signals its own topic)."""
    return frozenset(i for i in doc._.call_words
                     if not (i > 1 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_))


def _calls_with_words_said(doc: Doc, starts: list[int]) -> set[int]:
    """The calls a claim is tied to whose words are more than the call ('X a assuré Y de la
    « solidarité totale » de son pays', not 'X dit s'être entretenu avec Y'): they had a
    content, if no topic word."""
    found = set()
    for claim in doc._.claims:
        calls = doc._.sentence_calls.get(bisect_right(starts, claim.start) - 1, ())
        if calls and not _tells_only_the_call(doc, claim):
            found.add(calls[0])
    return found


def _tells_only_the_call(doc: Doc, claim: ClaimRecord) -> bool:
    """'X dit s'être entretenu avec Y', 'Z affirme avoir parlé à W': the words said are the call
    itself (the reporting verb's clause is headed by a word of a call)."""
    said = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    last = claim.verb.split()[-1] if claim.verb else ""
    verbs = [t for t in said or () if t.text == last]
    return any(c.i in doc._.call_words for v in verbs for c in children(v) if c.dep_ in {"xcomp", "ccomp"})


def _history(doc: Doc) -> frozenset[int]:
    """The meeting words of the sentences told in the pluperfect that name no call
    (`meetings_told_as_history`); a call told in the pluperfect ('X avait tenu une visioconférence
    avec Y consacrée au sommet de Z') keeps them: the sentence tells that call."""
    sents, call_words = doc._.sentences, doc._.call_words
    return frozenset(i for index in doc._.sentence_calls
                     if not any(k in call_words for k in range(sents[index].start, sents[index].end))
                     for i in meetings_told_as_history(sents[index], doc._.folded))


def _places_acting(doc: Doc) -> frozenset[int]:
    """'Ankara et Téhéran se parlent', 'Kiev exclut de négocier': a capital or a country that is
    the subject of the sentence's own verb stands for the government that acts; it says who, not
    what was discussed ('les négociations avec Téhéran' still tells the topic, and so does a
    clause within: '« tout ce dont Israël a besoin »', and a subject of a predicate that is no
    action: "L'Ukraine était au centre de leur échange")."""
    found = set()
    for mention in doc._.actor_mentions:
        if mention.target.kind not in {"capital", "actor"} or mention.token_end - mention.token_start != 1:
            continue
        word = doc[mention.token_start]
        subject = word.head if word.dep_ == "conj" else word
        verb = subject.head if subject.head.dep_ != "conj" else subject.head.head
        if subject.dep_ in {"nsubj", "nsubj:pass"} and subject.pos_ == "PROPN" and verb.dep_ == "ROOT" and verb.pos_ == "VERB" \
                and not any(c.dep_ == "cop" for c in children(verb)):
            found.add(word.i)
    return frozenset(found)


def _whose_things(doc: Doc) -> frozenset[int]:
    """'le président turc X, dont le pays héberge des millions de migrants': a relative clause right
    after a name, about something of theirs ('dont' hung on a noun, the clause's subject: the
    country, the government), says who they are, not what the call was about ('la crise, dont ils
    ont mesuré la gravité', after no name, or 'dont' hung on the verb, still tells it). The clause:
    the noun's verb, or the noun when the parser hangs the clause on it."""
    named = {t for m in doc._.actor_mentions for t in range(m.token_start, m.token_end)}
    found: set[int] = set()
    for i, norm in enumerate(doc._.folded.norms):
        if norm != "dont" or i < 2 or doc[i].head.pos_ != "NOUN" or doc[i - 1].text != "," or i - 2 not in named:
            continue
        noun = doc[i].head
        clause = noun.head if noun.dep_.startswith("nsubj") else noun
        found.update(t.i for t in clause.subtree if t.i > i)
    return frozenset(found)


def _titles(doc: Doc) -> frozenset[int]:
    """The words of a title set beside a name ('le secrétaire général de l'OTAN, Mark Rutte', 'X,
    ministre de l'Énergie'): who the person is, not what the call was about. A role noun the name
    hangs on, or that hangs on the name, with its phrase; never one that heads a clause."""
    found: set[int] = set()
    for mention in doc._.actor_mentions:
        if not mention.by_name:
            continue
        name = doc[mention.token_start:mention.token_end].root
        roles = [c for c in children(name) if c.dep_ in {"appos", "nmod"} and c.i > name.i]
        if name.dep_ in {"appos", "nmod", "flat:name"} and name.head.i < name.i:
            roles.append(name.head)
        for role in roles:  # a title before the name ends at it: 'le président X de l'exploitation du gaz' is the call's
            words = [t.i for t in role.subtree if t.i < mention.token_start or role.i > name.i]
            if fold(role.lemma_) in _ROLES and role.dep_ != "ROOT" and not any(doc[i].pos_ in {"VERB", "AUX"} for i in words):
                found.update(words)
    return frozenset(found)


def _topics_of_calls(doc: Doc, names: frozenset[int], sent_topics: Callable[[int], set[str]], paragraph: list[int],
                     starts: list[int]) -> dict[int, set[str]]:
    """Each call's topics, by index: those of the sentences about it, except what a clause says of
    a call named before ("…, mais ce sommet sera l'occasion de parler de X": X goes to the summit),
    a paragraph that turns to the article's other news ("Par ailleurs, le président se rendra
    au Maroc …") without a word of a call, and, for a call told as past, a sentence without a
    word of a call that tells what is to come ("Le président russe est attendu en Turquie")."""
    sents, folded = doc._.sentences, doc._.folded
    sentence_calls, unread, call_words = doc._.sentence_calls, doc._.unread, doc._.call_words  # each `doc._` read costs a microsecond or two
    records = doc._.calls
    told_apart = _told_in_entries(doc, paragraph, starts)
    call_topics: dict[int, set[str]] = {}
    for index, calls in sentence_calls.items():
        sent = sents[index]
        if index in told_apart:
            calls = tuple(c for c in calls if c in told_apart[index])
        if not calls or index in unread or _other_news(doc, index, call_words) or _third_party_acting(doc, index, calls):
            continue
        own = sent_topics(index)
        clause, nouns = said_of_a_call_named_before(sent, folded, call_words)
        before = _calls_named_before(sentence_calls, index) if clause else ()
        if before:  # the sentence's own names only: a union with the document's, per sentence, is quadratic
            words = range(sent.start, sent.end)
            hidden = {i for i in words if i in names} | nouns
            own = topics_in(sent, frozenset(hidden | clause), folded)
            for call in before:
                call_topics.setdefault(call, set()).update(topics_in(sent, frozenset(hidden | set(words) - clause), folded))
        earlier = earlier_call_told_within(sent, call_words) if own else frozenset()
        first = _earliest_of(records, set(calls) | _calls_told_in(records, sent)) if earlier else None
        if first is not None:  # "le premier échange depuis le 6 juillet, lorsque X avait appelé Y pour le féliciter de son élection"
            words = range(sent.start, sent.end)
            hidden = {i for i in words if i in names} | (nouns | clause if before else set())
            own = topics_in(sent, frozenset(hidden | earlier), folded)
            call_topics.setdefault(first, set()).update(topics_in(sent, frozenset(hidden | set(words) - earlier), folded))
            calls = tuple(c for c in calls if c != first)
        # "Le président russe est attendu en Turquie": after a call that took place, what is to come
        to_come = own and not any(i in call_words for i in range(sent.start, sent.end)) and tells_what_is_to_come(sent, folded)
        for call in calls:
            if not (to_come and records[call].status != "planned"):
                call_topics.setdefault(call, set()).update(own)
    return call_topics


def _third_party_acting(doc: Doc, index: int, calls: tuple[int, ...]) -> bool:
    """'Jeudi, les dirigeants de l'Union européenne ont menacé Moscou de sanctions': a sentence
    that names none of its calls' participants, whose main verb has a subject naming only people
    or bodies the gazetteer knows off those calls (neither a participant nor a participant's country
    or its government; a person or a body, not a country or an outlet) by its head or
    whose it is (not 'la prolongation du conflit et son extension au Liban', a thing), tells what that
    third party did on its own, not what was said on the call (even when it names talks of its
    own: 'ont suspendu les discussions sur …'). Not a subject that reports ('Le Quai d'Orsay a
    indiqué que …', a clause below the verb): what it reports may be the call's."""
    sent = doc._.sentences[index]
    root = sent.root
    if root.pos_ != "VERB" or any(c.dep_ in {"ccomp", "parataxis"} for c in children(root)):
        return False
    subjects = {t.i for c in _subjects_of(root)  # its head, or whose it is ('les dirigeants de l'UE')
                for t in (c, *(n for n in children(c) if n.dep_ == "nmod"))}
    mentions = [m for m in doc._.actor_mentions if sent.start <= m.token_start < sent.end]
    callers = {a for c in calls for a in doc._.calls[c].participants}
    if any(m.actor in callers for m in mentions) or any(
            c.speaker in callers and sent.start_char <= c.start < sent.end_char for c in doc._.claims):
        return False  # 'Selon lui, la guerre au Liban …': what a caller says
    places = gazetteer.load()
    known = {m.actor: places.actors[m.actor] for m in mentions if m.token_start in subjects and m.actor in places.actors}
    named = {places.governed.get(key, key) for key, actor in known.items() if actor.type in {"Person", "Organization"}}
    # 'la Maison-Blanche' stands for its country; a country ('Israël et l'Iran poursuivent leurs frappes')
    # is the situation the call is about, and an outlet reports
    return bool(named) and not named & {country for a in callers for country in places.countries_of(a)}


def _subjects_of(root: Token) -> list[Token]:
    """The subjects of the sentence's verb `root`; without one of its own, those the parser hangs
    on a participle set between commas before it ('L'Union européenne, réunie en sommet à
    Bruxelles, a suspendu …': the Union is the subject of 'a suspendu')."""
    subjects = [c for c in children(root) if c.dep_ in {"nsubj", "nsubj:pass"}]
    if subjects:
        return subjects
    return [s for c in children(root) if c.dep_ == "advcl" and c.i < root.i and "Part" in feature(c, "VerbForm")
            for s in children(c) if s.dep_ in {"nsubj", "nsubj:pass"} and s.i < c.i]


def _calls_told_in(records: list[CallRecord], sent: Span) -> set[int]:
    """The calls, by index, whose evidence lies in `sent`."""
    return {c for c, record in enumerate(records) if any(sent.start_char <= e.start < sent.end_char for e in record.evidence)}


def _earliest_of(records: list[CallRecord], told: set[int]) -> int | None:
    """Of two or more calls a sentence tells, the one dated before all the others (an undated one is
    the sentence's news): the call a clause in the pluperfect tells. None when none is."""
    dated = sorted((records[c].date, c) for c in told if records[c].date)
    if len(told) < 2 or not dated or len(dated) > 1 and dated[0][0] == dated[1][0]:
        return None
    return dated[0][1]


def _topics_of_series(doc: Doc, sent_topics: Callable[[int], set[str]], paragraph: list[int],
                      starts: list[int]) -> dict[int, set[str]]:
    """'Face à la pandémie, X a multiplié les appels. Lundi, il a parlé avec A, puis mardi avec B.':
    a sentence that names calls in the plural and tells none of them says what the series is
    about; each call told after it in its paragraph (in the next one, when it ends its own) is
    about that too. Calls by index, with the topics they gain (`paragraph`, `starts`: each
    sentence's paragraph and first character)."""
    sents = doc._.sentences
    plural = {bisect_right(starts, doc[t].idx) - 1 for t in doc._.call_words if "Plur" in feature(doc[t], "Number")} - doc._.unread
    if not plural:
        return {}
    named: dict[int, set[str]] = {}
    for mention in doc._.actor_mentions:
        named.setdefault(bisect_right(starts, mention.start) - 1, set()).add(mention.actor)
    # a sentence naming two people of one of the calls tells that call ('X et Y ont eu des entretiens sur Z')
    series = sorted(i for i in plural if not any(len(named.get(i, set()) & set(c.participants)) >= 2 for c in doc._.calls))
    told_in = {index: min(bisect_right(starts, e.start) - 1 for e in call.evidence)  # each call's first sentence
               for index, call in enumerate(doc._.calls) if call.evidence}
    found: dict[int, set[str]] = {}
    for index in series:
        topics = sent_topics(index)
        if not topics:
            continue
        later = [i for i in range(index + 1, len(sents)) if paragraph[i] == paragraph[index]]
        if not later:
            later = [i for i in range(index + 1, len(sents)) if paragraph[i] == paragraph[index] + 1]
        calls = tuple(call for call, first in told_in.items() if first in later)
        if calls and _third_party_acting(doc, index, calls):  # 'l'UE a suspendu ses discussions avec X': the body's own talks
            continue
        for call in calls:
            found.setdefault(call, set()).update(topics)
    return found


_BULLETS = frozenset(cues()["entry_bullets"])
_STAMP_SEPARATORS = frozenset(cues()["entry_stamp_separators"])


def _told_in_entries(doc: Doc, paragraph: list[int], starts: list[int]) -> dict[int, frozenset[int]]:
    """'• Paris mise sur le Golfe. Jeudi, X a appelé Y.', '19h48 - Biden annonce de nouvelles
    sanctions.': a paragraph opened by a bullet, or by the time of day of a live page, is an entry
    of its own, whatever calls the entries before or after it tell. Its sentences speak only of
    the calls told in it (none, for an entry of other news), never of the article's main call
    told in another entry. Sentence index -> the calls it may speak of, for the sentences of
    such entries only."""
    sents = doc._.sentences
    entries = {paragraph[i] for i in range(len(sents)) if (i == 0 or paragraph[i] != paragraph[i - 1]) and _opens_an_entry(sents[i])}
    if not entries:
        return {}
    told: dict[int, set[int]] = {}
    for index, call in enumerate(doc._.calls):
        for evidence in call.evidence:
            told.setdefault(paragraph[bisect_right(starts, evidence.start) - 1], set()).add(index)
    return {i: frozenset(told.get(paragraph[i], ())) for i in range(len(sents)) if paragraph[i] in entries}


def _opens_an_entry(sent: Span) -> bool:
    """Does the sentence open with a bullet ('•'), or with a time of day and a dash or a colon
    ('21h05 -', '8 h 30 :'), the way a list or a live page sets its entries apart?"""
    words = [t.text for t in sent[:6] if not t.is_space]
    if words[:1] and words[0] in _BULLETS:
        return True
    length = clock_time_words(words)
    return bool(length) and len(words) > length and words[length] in _STAMP_SEPARATORS


def _other_news(doc: Doc, index: int, call_words: frozenset[int]) -> bool:
    """Does sentence `index` turn to the article's other news (`turns_to_other_news`), naming no
    call? It does when it opens a paragraph; inside one ('…, à l'occasion de la fête nationale. Par
    ailleurs, l'Algérie accueillera une conférence …', an agency's dispatch run on) when it names
    neither of its calls' leaders nor a subject that stands for them ('les deux présidents', 'il')."""
    sents = doc._.sentences
    sent = sents[index]
    if not turns_to_other_news(sent, doc._.folded) or any(i in call_words for i in range(sent.start, sent.end)):
        return False
    return starts_paragraph(doc._.text, sents, index) or not _names_the_callers(doc, index)


_LEADER_NOUNS = frozenset(fold(w).split()[0] for w in cues()["plural_leader_nouns"])  # "chefs" of "chefs d'État"


def _names_the_callers(doc: Doc, index: int) -> bool:
    """Does sentence `index` name a participant of one of its calls, or have a pronoun or a noun
    of leaders as a subject ('Par ailleurs, les deux présidents ont convenu de …')?"""
    sent = doc._.sentences[index]
    callers = {a for c in doc._.sentence_calls.get(index, ()) for a in doc._.calls[c].participants}
    if any(m.actor in callers and sent.start <= m.token_start < sent.end for m in doc._.actor_mentions):
        return True
    return any(t.dep_.startswith("nsubj") and (t.pos_ == "PRON" or t.norm_ in _LEADER_NOUNS) for t in sent)


#: How far back a call noun with a demonstrative ('ce sommet', 'cet entretien') looks for its call.
POINTING_BACK = 3


def _calls_named_before(sentence_calls: dict[int, tuple[int, ...]], index: int) -> tuple[int, ...]:
    """The calls of the last sentence before `index`, and not more than `POINTING_BACK` before it,
    that is about other calls than it is."""
    here = set(sentence_calls.get(index, ()))
    earlier = (sentence_calls.get(i, ()) for i in range(index - 1, max(index - 1 - POINTING_BACK, -1), -1))
    return next((calls for calls in earlier if calls and not here & set(calls)), ())


def _with_topics(call: CallRecord, topics: set[str]) -> CallRecord:
    return CallRecord(call.participants, call.initiator, call.date, call.duration_min, call.medium,
                      call.status, tuple(sorted(topics)), call.evidence)
