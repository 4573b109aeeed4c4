"""Where a document's sentences begin and which of them no reader reads.

The model's parser cuts sentences where French news does not end them (before a name, inside a
short quote) and runs headlines into their leads; `kg_paragraphs` (before the parser) and
`sentences` (after it) mend both. `related_reading` and `captions` find the sentences a page
adds around an article: links to other stories, a photo's caption and credit.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.nlp.cues import cues
from kg.nlp.extract.words import CLOSING_QUOTES, feature
from kg.text import fold

_SENTENCE_ENDS = ".!?»\"”…)]"
_FULL_STOPS = frozenset({".", "!", "?", "…"})
_OPENING_QUOTES = frozenset({"«", "“"})  # after a full stop, a quote begins a sentence ('... al-Assad. « Aucun ...')
_MAY_END_SENTENCE = _SENTENCE_ENDS + ":;"  # where the parser may still see a sentence end ('Diplomatie : Le sommet ...')
_NETWORK_WORDS = frozenset(fold(w) for w in cues()["one_letter_network_words"])  # 'sur X.': not an initial


@Language.component("kg_paragraphs", assigns=["token.is_sent_start"])
def paragraphs(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, captions and paragraphs never run together. So
    does a headline run into its lead on one line ('... sauver Vladimir Poutine Les présidents
    ont ...'): a name, then a capitalised determiner or pronoun, begins a sentence (the tagger
    has run, the parser has not). So does a quote opened after a full stop on the same line
    ('... a démenti. « Rien de tel », a dit X', which the parser reads as one sentence and the
    claims as one speaker's). Elsewhere a sentence goes on until a full stop or a colon: the
    parser, left free, cuts before a name ('avec son homologue russe | Vladimir Poutine jeudi'),
    and the two halves lose each other's dates and people."""
    # read and written back as arrays: each `token.is_sent_start = ` scans the doc for a parse,
    # quadratic on a long article, and each `doc[i]` makes a Token object anew
    starts = doc.to_array(["SENT_START"]).astype("int64")
    columns = _Columns.of(doc)
    after_break = False
    for i, text in enumerate(columns.texts):
        if after_break and not columns.is_space[i] or i and columns.starts_anew(i) or \
                text in _OPENING_QUOTES and i and columns.texts[i - 1] in _FULL_STOPS or columns.after_closed_quote(i):
            starts[i] = 1
        elif i and not columns.is_space[i - 1] and columns.texts[i - 1][-1] not in _MAY_END_SENTENCE or \
                text in CLOSING_QUOTES and i and columns.texts[i - 1] in _FULL_STOPS:
            starts[i] = -1
        after_break = "\n" in text
    doc.from_array(["SENT_START"], starts.astype("uint64"))  # type: ignore[arg-type]  # -1 (not a start) as spaCy stores it
    return doc


class _Columns:
    """What `paragraphs` and `sentences` read of each token, as plain lists taken from the doc's
    arrays in one pass (a spaCy Token is made anew, and its strings looked up, at each access)."""

    _DETERMINERS = frozenset({"DET", "PRON"})

    def __init__(self, texts: list[str], is_space: list[bool], spaced: list[bool], pos: list[str]) -> None:
        self.texts, self.is_space, self.spaced, self.pos = texts, is_space, spaced, pos

    @classmethod
    def of(cls, doc: Doc) -> _Columns:
        strings = doc.vocab.strings
        orth, is_space, spaced, pos = doc.to_array(["ORTH", "IS_SPACE", "SPACY", "POS"]).T.tolist()
        return cls([strings[o] for o in orth], [bool(v) for v in is_space], [bool(v) for v in spaced],
                   [strings[p] if p else "" for p in pos])

    def after_closed_quote(self, i: int) -> bool:
        """A capitalised word after a quote that ended on a full stop of its own ('« Nous ne partirons
        pas. » Volodymyr Zelensky a remercié ...'): the parser begins that sentence at the closing mark,
        which leaves the quote open and gives its words to the sentence after."""
        return i > 1 and self.texts[i][:1].isupper() and (
            self.texts[i - 1] in CLOSING_QUOTES and self.texts[i - 2] in _FULL_STOPS or self._network_ends(i - 1))

    def _network_ends(self, i: int) -> bool:
        """'a-t-il écrit sur X. À Budapest, ...': the tokenizer keeps 'X.' as an initial ('George W.
        Bush'); after 'sur' or 'réseau' it is the network, and its full stop ends the sentence."""
        word = self.texts[i]
        return len(word) == 2 and word[0].isupper() and word[1] == "." and fold(self.texts[i - 1]) in _NETWORK_WORDS

    def starts_anew(self, i: int) -> bool:
        """A capitalised determiner or pronoun right after a name, with no full stop between."""
        return self.texts[i][:1].isupper() and self.pos[i] in self._DETERMINERS and self.pos[i - 1] == "PROPN" \
            and self.spaced[i - 1]


def _quoted_words_run_on(tail: str, following: str) -> bool:
    """'un « long et très productif » | appel avec X': a quote of a few words inside a sentence,
    cut by the parser at its closing mark; what follows starts in lower case and the quote did
    not end on a full stop of its own ('« C'est fini. »')."""
    inside = tail[:-1].rstrip() if tail and tail[-1] in CLOSING_QUOTES else ""
    return bool(inside) and inside[-1] not in _FULL_STOPS and following[:1].islower()


def sentences(doc: Doc, text: str | None = None) -> list[Span]:
    """The parser's sentences, rejoined where it cut inside one: a piece that does not end a
    sentence ('Joe Biden' | 'et Xi Jinping ont ...') runs on into the next, unless a line break
    separates them. `text`: the doc's text, if already at hand."""
    text = doc.text if text is None else text
    columns: _Columns | None = None  # read only when a piece may run on
    merged: list[Span] = []
    for sent in doc.sents:
        if merged:
            previous = merged[-1]
            whole = text[previous.start_char:previous.end_char]
            tail = whole.rstrip()
            if "\n" not in whole[len(tail):] and tail and tail[-1] not in _SENTENCE_ENDS:
                columns = columns or _Columns.of(doc)
                if not columns.starts_anew(sent.start):
                    merged[-1] = doc[previous.start:sent.end]
                    continue
            if "\n" not in whole[len(tail):] and _quoted_words_run_on(tail, text[sent.start_char:sent.end_char]):
                merged[-1] = doc[previous.start:sent.end]
                continue
        merged.append(sent)
    return merged


_RELATED_READING = frozenset(tuple(fold(h).split()) for h in cues()["related_reading_headers"])
_HEADER_FIRST = frozenset(h[0] for h in _RELATED_READING)
_HEADER_ENDS = frozenset({":", "|", "-", "»", ">"})


def related_reading(sents: list[Span], norms: list[str], text: str) -> set[int]:
    """The sentences of a block of links a page adds to an article ('Sur le même thème', 'Lire
    aussi : …'): from the header's sentence to the end of its paragraph (a blank line). Their
    headlines name other people's meetings and topics; no call is about them."""
    found: set[int] = set()
    inside = False
    for index, sent in enumerate(sents):
        if inside:
            between = text[sents[index - 1].start_char:sent.start_char]
            inside = between[len(between.rstrip()):].count("\n") < 2
        first = norms[sent.start]  # the sentence's first word; past blanks only where it is one
        if not first.strip():
            first = next((n for n in norms[sent.start + 1:sent.end] if n.strip()), "")
        if not inside and first in _HEADER_FIRST:  # the words of a sentence read only when it may be a header
            words = [n for n in norms[sent.start:sent.end] if n.strip()]
            inside = any(tuple(words[:len(h)]) == h and (len(words) == len(h) or words[len(h)] in _HEADER_ENDS)
                         for h in _RELATED_READING)
        if inside:
            found.add(index)
    return found


_CREDIT_SIGN = "©"


def captions(sents: list[Span], text: str) -> set[int]:
    """A picture's caption and its credit ('X au téléphone avec Y, en 2019. © AGENCE'): a sentence
    with no finite verb followed on its line by a sentence opening with the credit sign. It says
    what a photo shows, often years before; no call or claim is read from it. A sentence with a
    verb before a credit is news ('Les présidents se sont entretenus vendredi. ©AGENCE')."""
    found: set[int] = set()
    for index in range(1, len(sents)):
        credit, caption = sents[index], sents[index - 1]
        start = credit.start_char  # not `credit.text`, which makes a Token of every word of the sentence
        if not text.startswith(_CREDIT_SIGN, start) or "\n" in text[caption.end_char:start]:
            continue
        if not any(t.pos_ in {"VERB", "AUX"} and "Fin" in feature(t, "VerbForm") for t in caption):
            found.update((index - 1, index))
    return found
