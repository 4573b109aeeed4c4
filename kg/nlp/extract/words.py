"""Token tests that several extraction rules share, and a document's folded words."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from kg.text import fold


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
