"""Quotations: where they are, and what attributes each one.

Guillemets and curly quotes pair with their closing mark; a guillemet typed the wrong way
round where a quote must close ('... fausses« , a-t-il écrit') closes it. Straight quotes
pair by position (one opens after a space, one closes before one) and never run over a
paragraph, so a quote nested in another or left open does not shift every pair after it.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.nlp.extract.incises import NOUN_PHRASE, opening_incise
from kg.nlp.extract.words import CLOSING_QUOTES

_PAIRS = {"«": "»", "\u201c": "\u201d"}
_MARKS = re.compile("[" + "".join(_PAIRS) + '"\n]')  # what `quote_spans` stops at: opening marks, straight quotes, line breaks
_CLOSING_CONTEXT = set(" ,.;:!?)\n")
_MIN_QUOTE_WORDS = 4
_FREE_WORDS = 7  # the words after an incise verb that may be anything but a verb (past them, only its subject's noun phrase)


@dataclass(frozen=True)
class QuoteSpan:
    start: int  # offset of the first character inside the marks
    end: int


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the text inside each pair of quotation marks: « », “ ” and straight quotes."""
    spans = []
    straight_open: int | None = None
    found = _MARKS.search(text)  # from mark to mark: a loop over every character took ~1 ms an article
    while found is not None:
        i = found.start()
        char = text[i]
        after_mark = i + 1
        if char == "\n":
            straight_open = None
        elif char in _PAIRS:
            j = _closing(text, i, _PAIRS[char])
            if j >= 0:
                spans.append((i + 1, j))
                after_mark = j + 1
        else:  # a straight quote
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            opens = (before.isspace() or before in "(['’") and not after.isspace()
            if straight_open is not None and not opens:
                spans.append((straight_open + 1, i))
                straight_open = None
            elif straight_open is None and (opens or not before.isspace()) and after not in _CLOSING_CONTEXT:
                straight_open = i
            elif straight_open is not None and opens:
                straight_open = i  # an inner quote opens: the outer one is given up
        found = _MARKS.search(text, after_mark)
    return sorted(spans)


def _closing(text: str, start: int, close: str) -> int:
    """Where the quote opened at `start` closes: its closing mark, or an opening mark typed where a
    closing one belongs (glued to the word before it, followed by a space or punctuation)."""
    j = text.find(close, start + 1)
    k = text.find(text[start], start + 1)
    while 0 <= k and (j < 0 or k < j):
        if text[k - 1] not in " \n\u00a0\u202f" and (k + 1 == len(text) or text[k + 1] in _CLOSING_CONTEXT):
            return k
        k = text.find(text[start], k + 1)
    return j


def long_quotes(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Of the text's quotes (`quote_spans`), those long enough to be claims of their own (a word or
    two in quotes is part of a sentence)."""
    return [q for q in spans if len(text[q[0]:q[1]].split()) >= _MIN_QUOTE_WORDS]


def incised_short_quotes(doc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'« C'est une farce », a raillé X', '« Jamais ! », a tonné X': of the text's quotes
    (`quote_spans`), one too short to be a claim of its own is one when it opens its sentence and
    the incise of a speaker follows it."""
    text = doc._.text
    return [(start, end) for start, end in spans if len(text[start:end].split()) < _MIN_QUOTE_WORDS
            and text[:start - 1].rstrip(" \t")[-1:] in {"", "\n", ".", "!", "?", "…"}
            and opening_incise(after_quote(doc, end)) is not None]


def around_incises(doc: Doc, quotes: list[tuple[int, int]], is_incise: Callable[[Token], bool]) -> list[tuple[int, int]]:
    """The quotes, each cut around the incises inside its marks ('« La situation est grave, a reconnu
    X. Nous devons agir. »', '« Nous ne céderons pas, a-t-il martelé, et nous irons au bout. »'): the
    incise is the writer's, each part is a quote it attributes. `is_incise`: does a reporting verb
    stand there as an incise? A part too short to be a claim of its own is dropped."""
    text = doc._.text
    found = []
    for start, end in quotes:
        span = doc.char_span(start, end, alignment_mode="contract")
        cuts = [] if span is None else [cut for token in span if token.text == "," and (cut := _incise_after(token, span, is_incise))]
        bounds = [start, *(at for cut in cuts for at in cut), end]
        found += [(lo, hi) for lo, hi in zip(bounds[::2], bounds[1::2], strict=True)
                  if len(text[lo:hi].split()) >= _MIN_QUOTE_WORDS or not cuts]
    return found


def _incise_after(comma: Token, quote: Span, is_incise: Callable[[Token], bool]) -> tuple[int, int] | None:
    """(where the words before an incise end, where the words after it begin) if an incise
    follows the comma: a reporting verb within its first words ('a-t-il ajouté', 'estime X'), then
    its subject, up to a comma or a full stop."""
    doc = comma.doc
    verb = next((t for t in doc[comma.i + 1:min(comma.i + 5, quote.end)] if is_incise(t)), None)
    if verb is None:
        return None
    close = _incise_end(verb, quote)
    if close is None:
        return None
    after = close.idx + 1
    while after < len(doc._.text) and doc._.text[after].isspace():
        after += 1
    return comma.idx, after


def _incise_end(verb: Token, quote: Span) -> Token | None:
    """The comma or full stop that closes the incise of `verb`: no verb before it, and past its
    first few words ('a-t-il ajouté hier') only the words of the subject's noun phrase, however
    long a role, a country and a name make it ('a déclaré le Premier ministre belge Bart De Wever,')."""
    for token in verb.doc[verb.i + 1:quote.end]:
        if token.text in {",", ".", ";"}:
            return token
        if token.pos_ in {"VERB", "AUX"} or (token.i - verb.i > _FREE_WORDS and token.pos_ not in NOUN_PHRASE):
            return None
    return None


def within(char: int, quotes: list[tuple[int, int]]) -> bool:
    return any(start <= char < end for start, end in quotes)


def after_quote(doc: Doc, end: int, limit: int = 8) -> list[Token]:
    """The tokens right after a closing mark, up to the end of the sentence or the next quote."""
    span = doc.char_span(end, min(len(doc._.text), end + 120), alignment_mode="expand")  # Doc.text rebuilds the text
    tokens = []
    for token in list(span)[1:limit] if span is not None else []:  # after the closing mark, whichever it is
        if token.text in {".", "«", "\u201c"} or "\n" in token.text:
            break
        tokens.append(token)
    return tokens


def signature(tokens: list[Token], dashes: frozenset[str]) -> int | None:
    """'» Donald Trump dans un message', '— Emmanuel Macron (@EmmanuelMacron)': the index of the
    name that signs a quote or a post, right after its closing mark or a dash. A name that is the
    subject of a verb after it opens a sentence of its own ('« ... pas. » Volodymyr Zelensky, présent
    dans la salle, a remercié ...'): it signs nothing."""
    for index, token in enumerate(tokens[:3]):
        if token.text in dashes or token.text in CLOSING_QUOTES:
            continue
        name = token.head if token.dep_ == "flat:name" else token
        return index if token.pos_ == "PROPN" and not name.dep_.startswith("nsubj") else None
    return None
