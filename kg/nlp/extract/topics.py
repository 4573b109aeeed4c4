"""Topics: the SKOS scheme's labels and signal words found in a sentence, by lemma or form.

`ontology/topics.ttl` gives each topic its French labels and the words that signal it
(`skos:hiddenLabel`, written as lemmas). A sentence signals a topic when one of them occurs
in its folded lemmas or its folded words, on word boundaries.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from kg.nlp import extensions
from kg.nlp.cues import cues
from kg.nlp.extract.words import Folded
from kg.resources import ONTOLOGY_DIR
from kg.text import fold


def signals() -> dict[str, tuple[str, ...]]:
    """Topic id -> folded signal phrases, read from `topics.ttl` and the user's topics files in
    use (`kg.nlp.extensions`, SKOS concepts with a skos:notation) once per process."""
    return _signals(extensions.current().topics)


@lru_cache(maxsize=4)
def _signals(extra: tuple[extensions.Source, ...]) -> dict[str, tuple[str, ...]]:
    from rdflib import Graph
    from rdflib.namespace import RDF, SKOS

    from kg.errors import InputError

    graph = Graph()
    graph.parse(ONTOLOGY_DIR / "topics.ttl", format="turtle")
    for source in extra:
        try:
            graph.parse(data=source.text, format="turtle")
        except Exception as exc:  # noqa: BLE001 - rdflib raises many kinds; each is a bad file
            raise InputError(source.name, f"not valid Turtle: {str(exc).splitlines()[0][:200]}") from None
        for concept in graph.subjects(RDF.type, SKOS.Concept):
            if graph.value(concept, SKOS.notation) is None:
                raise InputError(source.name, f"topic {concept} has no skos:notation (its id in the graph)")
    result = {}
    for concept in graph.subjects(RDF.type, SKOS.Concept):
        topic = str(graph.value(concept, SKOS.notation))
        words = {fold(str(o)) for p in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)
                 for o in graph.objects(concept, p) if getattr(o, "language", None) in {None, "fr"}}
        result[topic] = tuple(sorted(w for w in words if w))
    return result


def _by_kind() -> tuple[dict[str, set[str]], dict[str, list[tuple[str, str]]]]:
    return _kinds(extensions.current().topics)


@lru_cache(maxsize=4)
def _kinds(extra: tuple[extensions.Source, ...]) -> tuple[dict[str, set[str]], dict[str, list[tuple[str, str]]]]:
    """One-word signals as word -> topics, and multiword ones as first word -> (padded phrase,
    topic): a set lookup per token, and a text search only for phrases whose first word occurs."""
    words: dict[str, set[str]] = {}
    phrases: dict[str, list[tuple[str, str]]] = {}
    for topic, signal_phrases in _signals(extra).items():
        for phrase in signal_phrases:
            if " " in phrase:
                phrases.setdefault(phrase.split()[0], []).append((f" {phrase} ", topic))
            else:
                words.setdefault(phrase, set()).add(topic)
    return words, phrases


_ANCHORS = frozenset(fold(w) for w in cues()["topic_anchor_prepositions"])  # "après l'élection": when, not what
_ANCHOR_NOUNS = frozenset(fold(w) for w in cues()["topic_anchor_nouns"])
_RANKED = frozenset(fold(w) for w in cues()["ranked_meeting_markers"])  # "leur dernier face-à-face": history
_MEETINGS = frozenset(fold(w) for w in cues()["in_person_nouns"])
_MEETINGS_APART = frozenset(tuple(w.replace("-", " ").split()) for w in _MEETINGS if "-" in w)  # "face à face"
_MEETINGS_APART_FIRST = frozenset(words[0] for words in _MEETINGS_APART)
_PHRASE_PARTS = frozenset({"amod", "nmod", "det", "case", "flat:name"})
_OTHER_CLAUSES = frozenset({"conj", "parataxis", "ccomp", "advcl"})
_RELATIONS = frozenset(fold(w) for w in cues()["relation_nouns"])
_COMBINING = frozenset(fold(w) for w in cues()["demonym_combining_forms"])
_TITLE_WORDS = frozenset(fold(w) for w in cues()["title_words"])  # "le président élu" is a title, not an election


def blind_spots(sent: Span, folded: Folded) -> set[int]:
    """Words of the sentence that say when or who, not what: a phrase that dates the call by
    another event ('depuis l'élection', 'au lendemain du sommet'), a title ('le président élu'),
    the pair's history ('leur dernière rencontre remonte à 2022', 'leur premier face-à-face')."""
    doc = sent.doc
    norms, lemmas = folded.norms, folded.lemmas  # a Token is made only for the few words that may matter
    found: set[int] = set()
    anchored = {doc[i].head.i for i in range(sent.start, sent.end)
                if norms[i] in _ANCHORS and doc[i].dep_ in {"case", "mark"}}  # one pass, not one per word
    for i in range(sent.start, sent.end):
        base = lemmas[i]
        meeting = _names_a_meeting(i, folded)
        if i not in anchored and base not in _ANCHOR_NOUNS and norms[i] not in _TITLE_WORDS and not meeting:
            continue
        token = doc[i]
        if token.i in anchored and token.dep_.startswith(("obl", "nmod", "advcl")) or base in _ANCHOR_NOUNS:
            found.update(t.i for t in token.subtree)
        elif token.i in anchored and token.pos_ == "NOUN":  # the same phrase hung elsewhere by the parser: the phrase alone
            found.add(token.i)
            found.update(t.i for c in token.children if c.dep_ in _PHRASE_PARTS for t in c.subtree)
        elif token.norm_ in _TITLE_WORDS and token.head.pos_ == "NOUN":
            found.add(token.i)
        elif meeting and any(c.dep_ == "amod" and fold(c.lemma_) in _RANKED for c in token.children):
            told = token.head if token.dep_.startswith("nsubj") else token  # "... remonte au sommet de Rome": all of it
            others = {t.i for c in told.children if c.dep_ in _OTHER_CLAUSES for t in c.subtree}  # "..., et ils ont parlé de X"
            found.update(t.i for t in told.subtree if t.i not in others)
    return found


def _names_a_meeting(i: int, folded: Folded) -> bool:
    """Does word `i` name an in-person meeting: 'rencontre', 'tête-à-tête' (which the lemmatizer
    writes 'tête à tête'), or the first word of 'face à face' written apart?"""
    base, word = folded.lemmas[i], folded.norms[i]
    if base in _MEETINGS or word in _MEETINGS:
        return True
    if word not in _MEETINGS_APART_FIRST and " " not in base:  # most words: set lookups, nothing built
        return False
    return any(tuple(base.split()) == words or tuple(folded.norms[i:i + len(words)]) == words for words in _MEETINGS_APART)


def topics_in(sent: Span, names: frozenset[int] = frozenset(), folded: Folded | None = None) -> set[str]:
    """The topics a sentence signals; words inside `names` (tokens that name an actor, such as
    'le président élu') signal nothing. `folded`: the document's folded words, if at hand."""
    words, phrases = _by_kind()
    doc = sent.doc
    folded = doc._.folded if folded is None else folded
    norms, lemmas = folded.norms, folded.lemmas
    indices = range(sent.start, sent.end)
    # The document's names within this sentence only: a union with all of them, per sentence,
    # made the topics of an article quadratic in its length (2 s of a million characters' 7 s).
    hidden = {i for i in indices if i in names} | blind_spots(sent, folded) | _qualifiers_of_another_topic(sent, words, folded)
    lemma_list = [lemmas[i] if i not in hidden else "_" for i in indices]
    word_list = [norms[i] if i not in hidden else "_" for i in indices]
    found = set().union(*(words.get(w, ()) for w in (*lemma_list, *word_list)))
    if any(_between_two_countries(doc[i]) for i in indices if i not in hidden and lemmas[i] in _RELATIONS):
        found.add("bilateral-relations")
    lemmas_text = " " + " ".join(lemma_list) + " "
    text = " " + " ".join(word_list) + " "
    candidates = (p for w in {*lemma_list, *word_list} for p in phrases.get(w, ()))
    found.update(topic for phrase, topic in candidates if topic not in found and (phrase in lemmas_text or phrase in text))
    return found


def _qualifiers_of_another_topic(sent: Span, words: dict[str, set[str]], folded: Folded) -> set[int]:
    """'des sanctions économiques': an adjective that signals a topic only says which kind of
    its noun, when the noun signals a topic of its own."""
    def signalled(token: Token) -> set[str]:
        return words.get(fold(token.lemma_), set()) | words.get(token.norm_, set())

    doc = sent.doc
    signalling = (doc[i] for i in range(sent.start, sent.end) if folded.lemmas[i] in words or folded.norms[i] in words)
    return {t.i for t in signalling if t.pos_ == "ADJ" and t.dep_ == "amod" and signalled(t)
            and signalled(t.head) and not signalled(t) & signalled(t.head)}


def _between_two_countries(token: Token) -> bool:
    """'les relations maroco-françaises', 'la coopération entre la France et le Maroc', 'les
    tensions entre Pékin et Washington': a relation noun tied to a pair of countries."""
    if fold(token.lemma_) not in _RELATIONS:
        return False
    for child in token.children:
        if child.dep_ == "amod" and fold(child.text.split("-")[0]) in _COMBINING:  # one token or "maroco", "-", ...
            return True
        if child.dep_.startswith("nmod") and any(fold(c.text) == "entre" for c in child.children if c.dep_ == "case"):
            pair = [child, *(c for c in child.children if c.dep_ == "conj")]
            return len(pair) >= 2 and all(t.text[:1].isupper() for t in pair)
    return False
