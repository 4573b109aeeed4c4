"""Reporting verbs in the present that the tagger took for the noun, adjective or adverb they are
spelt like: 'Le Kremlin dément toute implication' ('dément' an adverb), '« ... », juge le Premier
ministre' ('juge' a noun), 'note le ministère', 'tranche X', 'critique Y'. Wire copy and live
blogs write in the present, and the tree then has no verb where the statement is: no reader
finds it, nor who made it.

Where such a word stands as a verb would (after its subject, in a sentence with no verb of its
own; or opening an incise after a comma, its subject after it), the sentence is parsed again with
an unambiguous reporting verb of the same number in the word's place ('affirme'), and that tree
is the sentence's; the word becomes a verb of its own lemma. The other words keep their tags.
"""
from __future__ import annotations

from collections.abc import Callable

import numpy
from spacy.tokens import Doc, Span, Token

from kg.nlp.extract.words import OPENING_QUOTES, feature
from kg.text import fold

#: What stands in for the word in the second parse, by number: verbs the tagger never mistakes.
STAND_INS = {"Sing": "affirme", "Plur": "affirment"}
_MISTAKEN_FOR = frozenset({"NOUN", "ADJ", "ADV"})
_SUBJECT_PRONOUNS = frozenset({"il", "elle", "ils", "elles", "on"})
_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "ant")
_KEPT = 1 << 14  # words whose answer is kept

#: (words, spaces) -> the parse of those words alone
Parser = Callable[[list[str], list[bool]], Doc]


def mend_reporting_homographs(doc: Doc, lemma_of: ReportingLemmas, parse: Parser) -> None:
    """Give each sentence whose verb the tagger read as another word the tree it has with a verb
    there. `parse`: the model's tagger and parser on a list of words. The words are read from the
    tag and word arrays: a Token is made only for a word after a noun, a pronoun or a comma whose
    form a reporting verb's could be."""
    pos, orth = (column.tolist() for column in doc.to_array(["POS", "ORTH"]).T)
    strings = doc.vocab.strings
    mistaken = {strings[k] for k in _MISTAKEN_FOR}
    after = {strings[k] for k in ("NOUN", "PROPN", "PRON")}
    comma = strings[","]
    for i in range(1, len(pos)):
        if pos[i] not in mistaken or pos[i - 1] not in after and orth[i - 1] != comma:
            continue
        lemma = lemma_of(strings[orth[i]])
        if lemma is not None and _stands_as_a_verb(doc[i]):
            _reparse(doc[i], lemma, parse)


class ReportingLemmas:
    """The reporting verb a word in the present could be: 'dément' démentir, 'juge' juger (not
    'jugé', a participle the tagger reads well), kept by word. `verb_lemma`: the lemma a word has
    as a verb (the model's lemmatizer, ~0.4 ms a word: asked only of a word that begins as a
    reporting verb does); `reporting`: the reporting verbs' lemmas, folded."""

    def __init__(self, verb_lemma: Callable[[str], str], reporting: frozenset[str]) -> None:
        self.verb_lemma = verb_lemma
        self.reporting = reporting
        self.stems = {lemma[:3] for lemma in reporting}
        self.known: dict[str, str | None] = {}

    def __call__(self, word: str) -> str | None:
        if word not in self.known:
            if len(self.known) >= _KEPT:
                self.known.clear()
            self.known[word] = self._lemma(word.lower())
        return self.known[word]

    def _lemma(self, word: str) -> str | None:
        if len(word) < 3 or word.endswith(_PARTICIPLE_ENDINGS) or not word[-1].isalpha() or fold(word)[:3] not in self.stems:
            return None
        lemma = self.verb_lemma(word)
        if fold(lemma) == fold(word) and word.endswith(("e", "ent")):  # 'note', 'estime': the lemmatizer kept the form
            lemma = word[: -len("ent")] + "er" if word.endswith("ent") else word + "r"
        return lemma if fold(lemma) in self.reporting and fold(lemma) != fold(word) else None


def _stands_as_a_verb(token: Token) -> bool:
    """After a comma, before the subject it inverts ('», juge le ministre'); or right after its
    subject, in a sentence whose root is no verb ('Le Kremlin dément toute implication'), before
    a word or a quote it opens ('Ankara juge « inacceptable » ...'), not a full stop ('le juge.')."""
    doc = token.doc
    if token.i == 0 or token.i + 1 >= len(doc):
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    if before.text == ",":
        return after.pos_ in {"DET", "PROPN"}
    subject = before.pos_ in {"NOUN", "PROPN"} or before.norm_ in _SUBJECT_PRONOUNS
    root = token.sent.root
    opens_a_quote = after.text in OPENING_QUOTES  # 'Ankara juge « inacceptable » la décision'
    return subject and (not after.is_punct or opens_a_quote) and not (root.pos_ in {"VERB", "AUX"} and "Fin" in feature(root, "VerbForm"))


def _reparse(token: Token, lemma: str, parse: Parser) -> None:
    """Parse the sentence again (as one sentence) with a stand-in verb for `token`; keep that tree
    if the stand-in is a verb, with a subject before it unless it opens an incise."""
    doc = token.doc
    sent: Span = token.sent
    words = [t.text for t in sent]
    at = token.i - sent.start
    word = token.text.lower()
    number = "Plur" if word.endswith("ent") and not lemma.lower().startswith(word) else "Sing"  # 'notent'; 'dément' is démentir's
    words[at] = STAND_INS[number]
    again = parse(words, [bool(t.whitespace_) for t in sent])
    verb = again[at]
    inverted = doc[token.i - 1].text == ","  # the parser reads an inverted subject as the verb's object as often as not
    if len(again) != len(sent) or verb.pos_ != "VERB" or not inverted and not any(
            c.dep_.startswith("nsubj") for c in verb.children):
        return
    heads, deps = doc.to_array("HEAD").astype("int64"), doc.to_array("DEP")
    for k, parsed in enumerate(again):
        heads[sent.start + k], deps[sent.start + k] = parsed.head.i - k, parsed.dep
    # offsets stored unsigned, as spaCy stores them; a sentence's tree keeps its root at its first word's edge
    doc.from_array(["HEAD", "DEP"], numpy.column_stack([heads.astype("uint64"), deps]))  # type: ignore[arg-type]
    token.pos_ = "VERB"
    token.morph = verb.morph
    token.lemma_ = lemma
