"""A stressed pronoun between the auxiliary and the participle: 'X a lui aussi appelé Y', 'Y
s'est elle aussi entretenue avec Z', 'ils ont eux-mêmes téléphoné'. The tagger and the parser
lose the verb there: 'lui' is read as the verb luire and the root, the participle as a noun in
apposition, the subject hangs on the pronoun. Every reader then loses the clause: the call has no
caller, and a second person ('..., ainsi qu'à Z') joins the first one's call. After 'être' the
pronoun is read as the participle's object instead, and the person named before joins the call.

Where a stressed pronoun follows an auxiliary, the sentence is parsed again with an adverb in
the pronoun's place ('a bien aussi appelé'), which the parser reads well; if a word then takes
that auxiliary, that tree is the sentence's, the participle a verb of its own lemma if the
tagger now reads it as one.
The pronoun stays a pronoun, an emphasis of the subject hung on the verb.

So with the words that open it ('X s'est quant à lui entretenu avec Y'), all put in the
adverb's place: read as the participle's complement in 'à', 'lui' was a second person on the
call (whoever was named before), and the participle a clause of 'est' with no subject.
"""
from __future__ import annotations

from collections.abc import Callable

import numpy
from spacy.tokens import Doc, Span, Token

from kg.nlp.cues import cues
from kg.text import fold

_STRESSED = frozenset(cues()["stressed_pronouns"])
_OPENERS = tuple(tuple(w.split()) for w in cues()["stressed_pronoun_openers"])  # 'quant à' lui
_AUXILIARIES = frozenset(fold(lemma) for lemma in cues()["auxiliary_lemmas"])  # lemmas compared folded: "etre"
_STAND_IN = "bien"  # an adverb the parser never takes for anything else between 'a' and its participle
_REACH = 3  # words from the pronoun to the participle: 'a lui aussi appelé', 'a, lui aussi, appelé'

#: (words, spaces) -> the parse of those words alone
Parser = Callable[[list[str], list[bool]], Doc]


def mend_stressed_pronouns(doc: Doc, parse: Parser, verb_lemma: Callable[[str], str]) -> None:
    """Give each sentence with a stressed pronoun after an auxiliary the tree it has without it.
    The pronouns are found in the array of lower-case forms: no Token made for the other words."""
    strings = doc.vocab.strings
    forms = numpy.array([strings.add(form) for form in _STRESSED], dtype="uint64")
    for i in numpy.flatnonzero(numpy.isin(doc.to_array("LOWER"), forms)).tolist():
        opener = next((len(o) for o in _OPENERS if i >= len(o) and tuple(t.lower_ for t in doc[i - len(o):i]) == o), 0)
        first = i - opener  # 'quant' in 'a quant à lui indiqué'
        before = first - 1 if first > 1 and doc[first - 1].text == "," else first  # 'a, lui aussi, appelé'
        if 0 < before < len(doc) - 1 and fold(doc[before - 1].lemma_) in _AUXILIARIES:
            _reparse(doc[i], doc[before - 1], parse, verb_lemma, opener)


def _reparse(pronoun: Token, auxiliary: Token, parse: Parser, verb_lemma: Callable[[str], str], opener: int = 0) -> None:
    doc = pronoun.doc
    sent: Span = pronoun.sent
    at, aux_at = pronoun.i - sent.start, auxiliary.i - sent.start
    words = [t.text for t in sent]
    words[at - opener:at + 1] = [_STAND_IN] * (opener + 1)
    again = parse(words, [bool(t.whitespace_) for t in sent])
    if len(again) != len(sent):
        return
    participle = next((t for t in again[at + 1:at + 1 + _REACH] if any(
        c.i == aux_at and c.dep_.startswith("aux") for c in t.children)), None)
    if participle is None:
        return
    heads, deps = doc.to_array("HEAD").astype("int64"), doc.to_array("DEP")
    for k, parsed in enumerate(again):
        heads[sent.start + k], deps[sent.start + k] = parsed.head.i - k, parsed.dep
    # offsets stored unsigned, as spaCy stores them
    doc.from_array(["HEAD", "DEP"], numpy.column_stack([heads.astype("uint64"), deps]))  # type: ignore[arg-type]
    verb = doc[sent.start + participle.i]
    if participle.pos_ == "VERB":  # 'téléphoné' stays the noun the tagger reads everywhere (kg knows that participle)
        verb.pos_ = "VERB"
        verb.morph = participle.morph
        verb.lemma_ = verb_lemma(verb.text)
    pronoun.pos_ = "PRON"
    pronoun.lemma_ = pronoun.lower_
