"""Token tests that several extraction rules share, and a document's folded words."""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import wraps
from typing import TypeVar

import numpy
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

from kg.nlp.cues import cues
from kg.text import fold

#: Words that name a day or a time of day, and nouns of people ('le président', 'son homologue'):
#: an infinitive hung on one of them is the clause's, not the noun's (`verb_phrases`, `retag`).
DAY_WORDS = frozenset(fold(w) for w in [*cues()["weekdays"], *cues()["times_of_day"]])
PERSON_NOUNS = frozenset(fold(w) for w in [*cues()["person_role_nouns"], *cues()["met_people_nouns"]])
#: The reporting verbs of one word, folded: 'indiquer', 'annoncer' (`verb_phrases`, `verb_arguments`).
#: each clitic of the first or second person -> the subjects it is the reflexive of ('me' -> 'je', "j'")
_REFLEXIVE_SUBJECTS = {fold(clitic): frozenset(fold(s) for s in subjects)
                       for clitic, subjects in cues()["reflexive_clitics_of_subjects"].items()}
REPORTING_LEMMAS = frozenset(fold(w) for w in cues()["reporting_verbs"] if " " not in w)
#: The second word of each reporting verb 'faire + infinitive' ('faire savoir' -> 'savoir').
MADE_KNOWN = frozenset(fold(w).split()[1] for w in cues()["reporting_verbs"] if fold(w).startswith("faire "))
#: The marks that open and close a quote, as tokens: '« … », a dit X', '“ … ”', '" … "'.
OPENING_QUOTES = frozenset({"«", "\u201c", '"'})
CLOSING_QUOTES = frozenset({"»", "\u201d", '"'})


def blank_in_a_line(word: str) -> bool:
    """Is this token white space within a line? spaCy's tokenizer attaches one ASCII space to
    the word before it and makes any other white space a token of its own: a no-break space
    (U+00A0), a narrow one (U+202F, French typography's thousands and unit separator), a thin
    or figure space, a tab. The readers of numbers and dates step over these as over a space
    ('1\u202f000 minutes', 'le 3\u00a0mars 2025' were read as no duration and no date). Not a
    line break: a date or a number does not run over one."""
    return word.isspace() and "".join(word.splitlines()) == word


def feature(token: Token, field: str) -> tuple[str, ...]:
    """The values of one morphological feature of a word ('Tense': ('Imp', 'Pqp')), as
    `token.morph.get(field)` gives them, kept for each set of features: spaCy's `get` looks up
    and splits every feature at each call (~15 µs measured, ten times the rest of a word test),
    and the rules ask it thousands of times an article. The key is the features' hash, the same
    in every vocabulary."""
    morph = token.morph
    key = (hash(morph), field)
    found = _FEATURES.get(key)
    if found is None:
        found = _FEATURES[key] = tuple(morph.get(field, []))
    return found


_FEATURES: dict[tuple[int, str], tuple[str, ...]] = {}  # a few hundred sets of features in French


def folded_string(key: int, strings: StringStore) -> str:
    """`fold(strings[key])`, kept by the string's hash (the same in every vocabulary): reading a
    string out of spaCy's store makes a new Python string at each call (`Token.lemma_`: 0.8 µs
    with the fold, 0.2 µs so), and the rules fold a lemma some 500 times an article."""
    found = _FOLDED.get(key)
    if found is None:
        if len(_FOLDED) >= _FOLDED_KEPT:
            _FOLDED.clear()  # a long build's memory stays flat
        found = _FOLDED[key] = fold(strings[key])
    return found


_FOLDED: dict[int, str] = {}
_FOLDED_KEPT = 1 << 16


def folded_lemma(token: Token) -> str:
    """The word's lemma, folded: `folded_string` of `token.lemma`, the kept string looked up here
    first (the call rules ask some 900 lemmas an article; a function call less each time)."""
    key = token.lemma
    found = _FOLDED.get(key)
    return found if found is not None else folded_string(key, token.vocab.strings)


def participle_forms(verb: str) -> list[str]:
    """The past participle forms of a folded infinitive of the call verbs' groups, in each gender and
    number: 'telephoner' -> 'telephone', 'telephonee' ...; 'entretenir' -> 'entretenu' ...;
    'joindre' -> 'joint' ... (the call rules and the retag of participles read as nouns)."""
    if verb.endswith("er"):
        stem = verb[:-2] + "e"
    elif verb.endswith("enir"):
        stem = verb[:-4] + "enu"
    elif verb.endswith("indre"):
        stem = verb[:-5] + "int"
    else:
        return []
    return [stem, stem + "s", stem + "e", stem + "es"]


def children(token: Token) -> list[Token]:
    """The word's dependents, in order: `token.children` as `kg_prepare` listed them once for the
    whole document (`with_children`). spaCy's `children` scans the word's span and makes each
    child Token anew at every call (~2 µs, and the rules ask some 2,000 times an article)."""
    table = token.doc.user_data.get(_CHILDREN)
    return table[token.i] if table is not None else list(token.children)  # a doc kg_prepare has not read yet


def conjuncts(token: Token) -> tuple[Token, ...]:
    """`token.conjuncts`, read from the dependents `with_children` listed: the words coordinated with
    it ('X et Y'), in spaCy's order. spaCy's walks the tree making each word's Token anew (~3 µs;
    the claim rules ask it of every subject)."""
    start = token
    while start.head.i != start.i and start.dep_ == "conj":
        start = start.head
    found = [start]
    for word in found:  # a queue: each conjunct's own conjuncts after it
        found.extend(c for c in children(word) if c.i > word.i and c.dep_ == "conj")
    return tuple(w for w in found if w.i != token.i)


def sentence_bounds(token: Token) -> tuple[int, int]:
    """Where `token.sent` starts and ends, as `with_children` listed them for the whole document.
    spaCy's `sent` checks the whole document for sentence starts, then scans for the two ends and
    makes a Span, at every call (~8 µs; the rules ask some 25 times an article)."""
    starts = token.doc.user_data.get(_SENTENCES)
    if starts is None:  # a doc kg_prepare has not read yet
        sent = token.sent
        return sent.start, sent.end
    at = bisect_right(starts, token.i)  # the sentence after the token's
    return starts[at - 1], starts[at] if at < len(starts) else len(token.doc)


def tokens_of(doc: Doc) -> list[Token]:
    """The document's tokens, made once by `with_children`: a slice of this list costs a fraction of
    a `doc[a:b]` (a Span, ~2 µs, and a new Token per word it yields). Only for reading: a token's
    object is shared by every rule that takes it from here."""
    tokens = doc.user_data.get(_TOKENS)
    return tokens if tokens is not None else list(doc)


def with_children(doc: Doc) -> None:
    """List each word's dependents for `children`, from the parse's head offsets, once; and each
    word's sentence for `sentence_bounds` (the parse's, as `Token.sent` gives it), and the tokens
    for `tokens_of`. The lists live in `doc.user_data`, which the build clears after reading the
    document; the parse must not change after (kg_prepare's repairs run before)."""
    tokens = list(doc)
    table: list[list[Token]] = [[] for _ in tokens]
    for i, offset in enumerate(doc.to_array("HEAD").astype("int64").tolist()):
        if offset:
            table[i + offset].append(tokens[i])
    doc.user_data[_CHILDREN] = table
    doc.user_data[_TOKENS] = tokens
    # as spaCy's `Span.sent`: a sentence begins at a word marked as a start (1) and at the first word
    marked = numpy.flatnonzero(doc.to_array("SENT_START") == 1).tolist()
    doc.user_data[_SENTENCES] = marked if marked[:1] == [0] or not tokens else [0, *marked]


_CHILDREN = "kg.children"
_TOKENS = "kg.tokens"
_SENTENCES = "kg.sentences"

_Answer = TypeVar("_Answer")


def kept_per_word(question: Callable[[Token], _Answer]) -> Callable[[Token], _Answer]:
    """`question`, answered once per word of a document and kept in its `user_data` (which the
    build clears after reading it): the readers ask the same of the same verb again and again
    ('is it finite?' some 20 times per reporting verb of an article, from the claim and speaker
    rules), each answer reading the word's dependents and features anew. Kept only once
    `with_children` has read the document, when the parse no longer changes; asked before
    (by a repair, or of a doc kg_prepare has not read), answered afresh. An answer that is a
    list is shared by every caller: read it, never change it."""
    key = f"kg.kept.{question.__module__}.{question.__qualname__}"

    @wraps(question)
    def kept(token: Token) -> _Answer:
        data = token.doc.user_data
        answers = data.get(key)
        if answers is None:
            if _CHILDREN not in data:
                return question(token)
            answers = data[key] = {}
        at = token.i
        if at in answers:
            return answers[at]
        found = answers[at] = question(token)
        return found

    return kept


def introduction(phrase: Token) -> str:
    """The words that open a phrase, as one folded string: 'selon', "d'apres" (a case and its
    fixed words; the word norms are folded by `kg_prepare` before any repair or reader asks)."""
    case = next((c for c in children(phrase) if c.dep_ == "case"), None)
    if case is None:
        return ""
    return "".join([case.norm_, *(f.norm_ for f in children(case) if f.dep_ == "fixed")])


def paragraph_numbers(text: str, sents: Sequence[Span]) -> list[int]:
    """The paragraph number of each sentence: a line break starts a paragraph."""
    numbers, current = [], 0
    for index in range(len(sents)):
        current += starts_paragraph(text, sents, index)
        numbers.append(current)
    return numbers


def starts_paragraph(text: str, sents: Sequence[Span], index: int) -> bool:
    """Does sentence `index` open a paragraph (a line break before it), the first one aside?"""
    return bool(index) and "\n" in text[sents[index - 1].end_char - 1:sents[index].start_char + 1]


def reflexive(token: Token) -> bool:
    """'se' or "s'" (with either apostrophe), whatever lemma the model gave it; or a clitic of the
    first or second person before the verb whose subject is of the same person ('je m'entretiendrai',
    'nous nous sommes parlé'): 'Il m'a appelé' calls me, 'je m'entretiens' talks (not the subject
    'nous' itself)."""
    form = fold(token.text)
    if form in {"se", "s'"}:
        return True
    subjects = _REFLEXIVE_SUBJECTS.get(form)
    verb = token.head
    return subjects is not None and token.i < verb.i and not token.dep_.startswith("nsubj") and any(
        c.dep_.startswith("nsubj") and c.i < token.i and fold(c.text) in subjects for c in verb.children)


@dataclass(frozen=True)
class Folded:
    """A document's words and lemmas, folded (`kg.text.fold`), and its words as written, by token index; made once by
    `kg_prepare` (`doc._.folded`). The rules that scan every word of a sentence compare these
    strings and make a spaCy Token only for the few words that may matter: each Token made and
    each string read from one costs a lookup. Reading `doc._` costs microseconds too: a reader
    fetches it once per document and hands it on."""

    norms: list[str]
    lemmas: list[str]
    texts: list[str]  # the words as written (`Token.text`), for the scans that look at their case
