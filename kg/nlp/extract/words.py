"""Token tests that several extraction rules share, and a document's folded words."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from kg.text import fold

#: The marks that close a quote, as tokens: '« … », a dit X', '“ … ”', '" … "'.
CLOSING_QUOTES = frozenset({"»", "\u201d", '"'})


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


def reflexive(token: Token) -> bool:
    """'se' or "s'" (with either apostrophe), whatever lemma the model gave it."""
    return fold(token.text) in {"se", "s'"}


@dataclass(frozen=True)
class Folded:
    """A document's words and lemmas, folded (`kg.text.fold`), by token index; made once by
    `kg_prepare` (`doc._.folded`). The rules that scan every word of a sentence compare these
    strings and make a spaCy Token only for the few words that may matter: each Token made and
    each string read from one costs a lookup. Reading `doc._` costs microseconds too: a reader
    fetches it once per document and hands it on."""

    norms: list[str]
    lemmas: list[str]
