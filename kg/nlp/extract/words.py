"""Token tests that several extraction rules share."""
from __future__ import annotations

from spacy.tokens import Token

from kg.text import fold


def reflexive(token: Token) -> bool:
    """'se' or "s'" (with either apostrophe), whatever lemma the model gave it."""
    return fold(token.text) in {"se", "s'"}
