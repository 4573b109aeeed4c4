"""Token tests that several extraction rules share, and a fast way to a span's tokens."""
from __future__ import annotations

from spacy.tokens import Span, Token

from kg.text import fold


def reflexive(token: Token) -> bool:
    """'se' or "s'" (with either apostrophe), whatever lemma the model gave it."""
    return fold(token.text) in {"se", "s'"}


def tokens_of(span: Span) -> list[Token]:
    """The tokens of `span`, in order: a slice of the doc's tokens as `kg_prepare` listed them
    (`doc._.tokens`). Iterating a spaCy Span makes each Token through a slow path (2.6 µs a
    token, fifteen times a Doc's own iteration), and the rules scan every sentence several times."""
    listed = span.doc._.tokens
    return listed[span.start:span.end] if listed is not None else list(span)
