"""How a text reaches the model within bounds: long runs without white space tokenized in
pieces (`BoundedTokenizer`), long texts parsed in pieces cut at paragraph ends and joined again
(`pieces`, `model_parse`), batches bounded in characters (`BATCH_CHARS`). The parser's time and
memory grow with what it reads at once; kg's readers still see each document whole.
"""
from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from kg.ingest import Document

#: A run of characters without white space longer than this is handed to spaCy's tokenizer in
#: pieces of `RUN_PIECE`: its prefix and suffix loop is quadratic in a run's length (2,000 ')'
#: took 3 s, 20,000 took 200 s; "l'l'l'...", '«««...', '———...' the same). No article of the
#: seeds, dev or sample sets has a run of even 40 characters, so they are tokenized as before.
LONGEST_RUN = 100
RUN_PIECE = 50
_LONG_RUN = re.compile(rf"\S{{{LONGEST_RUN + 1},}}")


class BoundedTokenizer:
    """spaCy's tokenizer, given long runs without white space in pieces (see `LONGEST_RUN`); the
    Doc's text is the text given, character for character. Anything else goes to spaCy's."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        if _LONG_RUN.search(text) is None:
            return self.tokenizer(text)
        parts, start = [], 0
        for run in _LONG_RUN.finditer(text):
            parts.append(text[start:run.start()])
            parts += [text[at:at + RUN_PIECE] for at in range(run.start(), run.end(), RUN_PIECE)]
            start = run.end()
        parts.append(text[start:])
        return Doc.from_docs([self.tokenizer(part) for part in parts if part], ensure_whitespace=False)

    def __getattr__(self, name: str) -> Any:
        if name == "tokenizer":  # not set yet (a copy being made): no recursion
            raise AttributeError(name)
        return getattr(self.tokenizer, name)


#: A longer text is parsed in pieces cut at line breaks (`pieces`), joined before kg's readers:
#: the parser's memory grows with what it reads at once (3.8 GB for one Doc of a million characters).
PIECE_CHARS = 20_000
#: At most this many characters, and the batch size in texts, go through the parser together.
BATCH_CHARS = 200_000
#: A paragraph longer than this (no article of seeds, dev or sample has one of even 5,000
#: characters) is cut too, after its last sentence end within `PIECE_CHARS`, else its last blank,
#: else at `PIECE_CHARS`: a text of one line was one piece, and the model read it whole (a line of
#: 400,000 brackets took a build to 7.6 GB, one of 900,000 characters of short words to 8.5 GB).
PARAGRAPH_CHARS = 50_000
#: The characters a batch counts for a piece: its length, or `CHARS_PER_TOKEN` for each token it
#: will likely have if that is more, since the model's memory grows with tokens, not characters;
#: French prose has about one token per 5 characters, a run of brackets one per character.
CHARS_PER_TOKEN = 5
_TOKEN_GUESS = re.compile(r"\w+|[^\w\s]")
_SENTENCE_END = re.compile(r"[.!?…»]\s+")
_BLANKS = re.compile(r"\s+")
_LINE_BREAK = re.compile(r"\n\s*")  # a line break and the blanks after it: cut after them, before a word
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")


def pieces(text: str, size: int = PIECE_CHARS) -> list[str]:
    """`text` cut into pieces of at most `size` characters, each ending a paragraph:
    `"".join(pieces(text)) == text`. A cut follows a blank line if the piece has one, else a
    line break, and the whitespace after it, so each piece tokenizes as that stretch of the whole
    text does; a sentence never runs over a line break (`kg_paragraphs`), so no sentence is cut.
    A paragraph longer than `size` is a piece of its own, longer than `size`."""
    found: list[str] = []
    start = 0
    while len(text) - start > size:
        cut = _last_cut(text, start, start + size, _BLANK_LINE) or _last_cut(text, start, start + size, _LINE_BREAK)
        if cut is None:  # one paragraph fills the piece: up to its end
            after = next((m.end() for m in _LINE_BREAK.finditer(text, start + size) if _ends_blanks(text, m.end())), None)
            if after is None:
                break
            cut = after
        found.append(text[start:cut])
        start = cut
    found.append(text[start:])
    return found


def _within_paragraphs(piece: str, size: int) -> list[str]:
    """`piece` as it is, or, longer than `PARAGRAPH_CHARS`, cut in pieces of at most `size`
    characters (see `PARAGRAPH_CHARS`); `"".join(...) == piece`."""
    if len(piece) <= PARAGRAPH_CHARS:
        return [piece]
    found: list[str] = []
    start = 0
    while len(piece) - start > size:
        cut = (_last_cut(piece, start, start + size, _SENTENCE_END) or _last_cut(piece, start, start + size, _BLANKS)
               or start + size)
        found.append(piece[start:cut])
        start = cut
    found.append(piece[start:])
    return found


def _weight(piece: str) -> int:
    """What `piece` counts in a batch: see `CHARS_PER_TOKEN`."""
    return max(len(piece), CHARS_PER_TOKEN * len(_TOKEN_GUESS.findall(piece)))


def _last_cut(text: str, start: int, end: int, breaks: re.Pattern[str]) -> int | None:
    """Where the last of `breaks` inside text[start:end] ends, if a word follows it there."""
    return next((m.end() for m in reversed(list(breaks.finditer(text, start, end))) if _ends_blanks(text, m.end())), None)


def _ends_blanks(text: str, at: int) -> bool:
    return at < len(text) and not text[at].isspace()


def model_parse(nlp: Language, documents: Iterable[Document], batch_size: int, disable: list[str]) -> Iterator[tuple[Document, Doc]]:
    """Each document with the parse of its text by `nlp` less `disable`, read in `pieces` and joined."""
    counts: deque[tuple[Document, int]] = deque()

    def texts() -> Iterator[str]:
        for document in documents:
            parts = [part for piece in pieces(document.text, PIECE_CHARS) for part in _within_paragraphs(piece, PIECE_CHARS)]
            counts.append((document, len(parts)))
            yield from parts

    read: list[Doc] = []
    for batch in _batches(texts(), batch_size, BATCH_CHARS):
        for doc in nlp.pipe(batch, batch_size=len(batch), disable=disable):
            read.append(doc)
            document, count = counts[0]
            if len(read) == count:
                counts.popleft()
                if count > 1:  # the model's vectors of each token (`tensor`) are read by no rule: not copied
                    doc = Doc.from_docs(read, ensure_whitespace=False, exclude=["tensor"])  # type: ignore[call-arg]  # not in spaCy's stub
                yield document, doc
                read = []


def _batches(texts: Iterable[str], size: int, chars: int) -> Iterator[list[str]]:
    """`texts` in lists of at most `size` texts and, unless one alone is more, `chars` characters
    as `_weight` counts them."""
    batch: list[str] = []
    length = 0
    for text in texts:
        weight = _weight(text)
        if batch and (len(batch) == size or length + weight > chars):
            yield batch
            batch, length = [], 0
        batch.append(text)
        length += weight
    if batch:
        yield batch
