"""Who a sentence names but keeps off a call's line: the person reporting it ('a déclaré M.
Peskov'), the journalist who writes it, the source it is told after ('selon X', "d'après X"),
those named as absent or consenting ('sans X', 'avec l'accord de X'), the interpreter, the guest
a headline quotes ('« ... » : X sur France Inter'), and the
days counted from or to another event ('au lendemain de la visite de X', 'à quelques jours de
l'investiture de X'). `participants.lineup` skips their words."""
from __future__ import annotations

import re
from itertools import islice

from spacy.tokens import Doc, Span, Token

from kg.nlp.cues import cues
from kg.nlp.extract.calls.clause import Sentence, case_words, event_of, lemma, subjects_of
from kg.nlp.extract.calls.lexicon import CallCues
from kg.nlp.extract.calls.people import People
from kg.nlp.extract.calls.sources import incise_subject
from kg.nlp.extract.words import CLOSING_QUOTES, OPENING_QUOTES, children, introduction, sentence_bounds
from kg.text import fold

# the first word of each attribution marker as the tokenizer cuts it: 'selon', "d'" of "d'après", 'aux'
_ATTRIBUTION_STARTS = frozenset(re.split(r"(?<=')| ", fold(marker))[0] for marker in cues()["attribution_markers"])


def journalist(span: Span, cues: CallCues) -> bool:
    """'notre correspondante à New York, X', 'le journaliste X': who writes the news is not in it."""
    root = span.root
    return any(lemma(t) in cues.journalist_nouns for t in [root.head, *children(root)] if t.i != root.i)


def reports_the_call(span: Span, trigger: Token, cues: CallCues) -> bool:
    """The person who reports the call ('a déclaré M. Peskov'; 'selon X' is `attributed`) is not
    in it, unless the call is what they say they do ('X s'est dit prêt à appeler Y')."""
    root = span.root
    for token in [root, *islice(root.ancestors, 2)]:  # the two above it, not every one up to the root
        if token.left_edge.i <= trigger.i <= token.right_edge.i:
            return False  # 'X a téléphoné à Y, a indiqué Z', read as one subject of 'indiqué': the call's own clause
        if token.dep_.startswith("nsubj") and lemma(token.head) in cues.reporting:
            return not _complement_of(trigger, token.head)
        if token.dep_ == "appos" and token.head.dep_.startswith("nsubj") and lemma(token.head.head) in cues.reporting:
            return True
        if incise_subject(token, token.head, cues) or token.dep_ == "appos" and incise_subject(token.head, token.head.head, cues):
            return _has_a_subject(trigger, cues)  # '..., a confirmé la porte-parole du gouvernement, X': X, her name
    return False


def _has_a_subject(trigger: Token, cues: CallCues) -> bool:
    """Does the call's clause name who acts ('Le chef de l'État doit appeler Y, a confirmé X')? Then
    the speaker of the incise after it is not on the call; 'Un appel a eu lieu avec Y, a annoncé X',
    whose subject is the call, leaves X as its other side."""
    return any(s.i != trigger.i and lemma(s) not in cues.nouns for s in subjects_of(event_of(trigger, cues)))


def left_out(sentence: Sentence, trigger: Token, cues: CallCues) -> set[int]:
    """The tokens of 'sans X', 'hors X', 'avec l'accord de X': whoever the phrase names is not on
    the call; nor the interpreter ('l'interprète X', who translates it); nor whoever an event that
    dates it names ('après l'investiture de X', 'au lendemain de la visite de X', 'à deux jours de
    l'arrivée de X'), unless the call word is in that phrase. The words are read first (no relation
    looked up for the others: this runs for every call word); a sentence with none of these words,
    most of them, is not scanned word by word."""
    left: set[int] = set()
    if cues.absence_prepositions.isdisjoint(sentence.norms) and cues.time_anchor_prepositions.isdisjoint(sentence.norms) \
            and cues.consent_nouns.isdisjoint(sentence.lemmas) and cues.time_anchor_nouns.isdisjoint(sentence.lemmas) \
            and cues.interpreter_nouns.isdisjoint(sentence.lemmas) and cues.time_offset_units.isdisjoint(sentence.lemmas):
        return left
    for token, norm, base in zip(sentence.tokens, sentence.norms, sentence.lemmas, strict=True):
        if norm in cues.absence_prepositions and token.dep_ == "case":
            left.update(t.i for t in token.head.subtree)
        elif base in cues.consent_nouns and token.pos_ == "NOUN" and case_words(token) & cues.partner_prepositions:
            left.update(t.i for t in token.subtree)  # 'avec l'aval de X': X consented
        elif base in cues.interpreter_nouns and token.pos_ == "NOUN" and trigger not in token.subtree:
            left.update(t.i for t in token.subtree)  # 'avec l'aide de l'interprète X', 'en présence de son traducteur X'
        elif norm in cues.time_anchor_prepositions and token.dep_ == "case" and token.head.pos_ == "NOUN" \
                or base in cues.time_anchor_nouns and token.pos_ == "NOUN" and _of_an_event(token, cues) \
                or base in cues.time_offset_units and token.pos_ == "NOUN" and _counted_to_an_event(token, cues):
            anchor = token.head if token.dep_ == "case" else token
            if trigger not in anchor.subtree:  # up to its comma: 'Après l'élection, X et Y ...' may hang X and Y on it
                end = next((t.i for t in anchor.subtree if t.i > anchor.i and t.text == ","), anchor.right_edge.i + 1)
                left.update(t.i for t in anchor.subtree if t.i < end)
    return left


def _of_an_event(noun: Token, cues: CallCues) -> bool:
    """'au lendemain de la visite de X': a day counted from an event its 'de' phrase names; 'la
    veille' alone is a day ('X s'était entretenu la veille au téléphone avec Y', Y hung on it)."""
    return any(case_words(c) & cues.of_prepositions for c in children(noun) if c.dep_.startswith("nmod"))


def _counted_to_an_event(noun: Token, cues: CallCues) -> bool:
    """'à quelques jours de l'investiture de X', 'à deux semaines de la visite de X': a span of
    time counted to an event its 'de' phrase names dates the call; who the event names is not on
    it ('X a parlé deux jours avec Y', with no 'à', is how long)."""
    return bool(case_words(noun) & cues.to_prepositions) and _of_an_event(noun, cues)


def attributed(sentence: Sentence, trigger: Token, cues: CallCues) -> set[int]:
    """The tokens of a phrase the call is told according to ('..., selon son porte-parole X',
    "d'après X"), wherever the parser hung it (on the partner, as an apposition): its source is
    not on the call, unless the call is told inside it ('selon le compte rendu de l'appel entre X
    et Y'). The words are read first, a relation looked up only after 'selon' or 'd'."""
    found: set[int] = set()
    if _ATTRIBUTION_STARTS.isdisjoint(sentence.norms):
        return found  # no word to look at: not scanned word by word
    for token, norm in zip(sentence.tokens, sentence.norms, strict=True):
        if norm in _ATTRIBUTION_STARTS and token.dep_ == "case" and introduction(token.head) in cues.attribution:
            end = next((t.i for t in token.head.subtree if t.i > token.i and t.text == ","), token.head.right_edge.i + 1)
            phrase = range(token.i, end)  # up to its comma: 'Selon X, A et B ...' may hang A on X as a conjunct
            if trigger.i not in phrase:
                found.update(phrase)
    return found


def credited_to_its_quote(sentence: Sentence, trigger: Token, event: Token, cues: CallCues) -> set[int]:
    """'« Le président a parlé hier à X » : Y sur France Inter', 'Y : « Le président a parlé hier à
    X »': a headline that quotes someone credits the words with a colon beside the quote. The call
    is told inside the quote; the words on the other side of the colon name who said it, on the
    call only as its 'je' ('« J'ai parlé à X » : Y', where they are left in)."""
    inside = _quote_around(sentence.tokens, trigger.i)
    if inside is None or any(s.norm_ in cues.first_person for s in subjects_of(event)):
        return set()
    opening, closing = inside
    first, last = sentence.tokens[0].i, sentence.tokens[-1].i + 1
    if closing + 1 < last and sentence.span.doc[closing + 1].text == ":":
        return set(range(closing + 2, last))
    if opening - 1 > first and sentence.span.doc[opening - 1].text == ":":
        return set(range(first, opening - 1))
    return set()


def _quote_around(tokens: tuple[Token, ...], at: int) -> tuple[int, int] | None:
    """The opening and closing quote marks (token indices) around the word `at`, if any."""
    opening = next((t.i for t in reversed(tokens) if t.i < at and t.text in OPENING_QUOTES | CLOSING_QUOTES), None)
    closing = next((t.i for t in tokens if t.i > at and t.text in CLOSING_QUOTES), None)
    if opening is None or closing is None or tokens[0].doc[opening].text not in OPENING_QUOTES:
        return None
    return opening, closing


def sources(sent: Span, people: People, cues: CallCues) -> set[int]:
    """The tokens of the sources the sentence gives ('selon le porte-parole du Kremlin, X, ...'):
    the role and its holder, on the call neither of them."""
    doc = sent.doc
    found: set[int] = set()
    for start in people.named_within(sent.start, sent.end):
        mention = people.at[start]
        if start == mention.token_start:
            source = _source_named_before(doc, mention.token_start, mention.token_end, cues)
            if source is not None:
                found.update(range(mention.token_start, mention.token_end))
                found.update(t.i for t in source.subtree if t.i < mention.token_start)
    return found


def _source_named_before(doc: Doc, start: int, end: int, cues: CallCues) -> Token | None:
    """For X (the words from `start` to `end`) between commas right after a 'selon' phrase about a
    role ('Selon le porte-parole du Kremlin, X, Y et Z se sont parlé'), that phrase: X is the role's
    holder, a source, whom the parser may make a subject."""
    first, last = sentence_bounds(doc[start])
    if start - 2 < first or end >= last or doc[start - 1].text != "," or doc[end].text != ",":
        return None
    source = doc[start - 2]
    while "selon" not in case_words(source) and source.head.i != source.i and source.head.i < start:
        source = source.head  # up to the phrase the comma closes: 'le porte-parole du Kremlin'
    return source if lemma(source) in cues.person_role_nouns and "selon" in case_words(source) else None


def _complement_of(trigger: Token, verb: Token) -> bool:
    """`trigger` is an infinitive complement of `verb` ('a dit avoir appelé', 's'est dit prêt à
    appeler'), so `verb`'s subject is the one who calls."""
    token = trigger
    while token.dep_ in {"xcomp", "acl", "advcl"} and token.head.i != token.i:
        token = token.head
        if token == verb:
            return True
    return False
