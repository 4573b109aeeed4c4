"""Noun phrases the parser broke apart, mended in the tree before any reader reads it (the other
repairs: `kg.nlp.extract.verb_phrases`, `kg.nlp.extract.verb_arguments`).

'X dit avoir eu « un très bon » appel avec Y', 'X a eu un long et très productif appel avec Y':
with adjectives before the noun, quoted or coordinated, the parser may make the first adjective
the head of the phrase (its article hung on it, as if the adjective were a noun) and leave the
noun apart, hung on the verb above as a loose apposition or even a punctuation mark; the call
then has no noun to name it, and the phrase in 'avec' no call to belong to. The noun heads the
phrase: it takes the adjective's place in the tree, the article and the adjective hang on it.

'Dans un entretien accordé au Monde, X affirme que ...': the parser may read the name after the
comma as an apposition of the phrase that opens the sentence, and leave the verb with no subject;
the claim then goes to whoever the reported clause names, a call verb finds no caller. A name
right before a verb that has no subject, after the comma that closes the verb's adjunct, is the
verb's subject; so is one right before the reflexive or object clitic, or the auxiliary, that
opens such a verb ('Plus tard dans la journée, X s'est entretenu avec Y', 'X l'a appelé').

'X appellera Donald Trump jeudi': the parser may read the words of a name after a verb as its
adverbs ('Donald' a foreign word, 'Trump' a proper noun, both adverbial modifiers of the
verb); the verb then has no object, and calls no one. A name right after a verb with no object,
each of its words an adverb of the verb, is the verb's object.

'Le Premier ministre indien Narendra Modi et son homologue X ont tenu un sommet': the tagger may
read a first name it does not know as a verb, which the parser then makes the head of the
sentence, the family name its object and the sentence's own verb a loose clause of it; the verb
then has no subject and the sentence no call. A capitalised word inside a sentence, right after
the noun or adjective of a title and right before a capitalised name, is that name's first word:
the verb it held hangs in its place, the title (or the name) is its subject. So is one opening a
sentence ('Narendra Modi l'avait appelé'), where the parser made the family name a word of it
and may hang the sentence's verb as its clause (a verb's object after it is no word of its name).

'X a appelé Keir Starmer lundi soir': the tagger may read a family name that ends like an
infinitive as a verb, which the parser then hangs on the sentence's verb as its clause ('appeler
X à faire': calling for, not a call), with the first name alone the object. A capitalised word
inside a sentence, right after a capitalised proper noun, is that name's last word: it goes on
the first name, and what hung on it (the day) goes on the word the name hangs on.

'L'ancien président américain Barack Obama s'est entretenu avec X': the parser may cut the
sentence inside the name, the title and first name one piece with no verb, the family name
(read as a pronoun) the start of the next; the verb then has no subject. A capitalised word
that starts a piece right after a capitalised proper noun, with a space between, goes on the
name; the piece before, a noun phrase, is the subject of the verb of the piece after.
"""
from __future__ import annotations

import numpy
from spacy.tokens import Doc, Token

from kg.nlp.extract.words import CLOSING_QUOTES

_BEFORE_THE_NOUN = frozenset({"ADJ", "ADV", "CCONJ", "PUNCT"})  # 'un « très bon » appel', 'un long et franc entretien'
_REACH = 8  # words between the article and the noun at most
_LOOSE_CLAUSES = frozenset({"parataxis", "advcl", "conj", "ccomp"})  # how the parser hangs the sentence's verb on a name read as one


def reattach_nouns_after_their_adjectives(doc: Doc) -> None:
    """Mend each noun written after adjectives the parser made the head of its phrase (the nouns
    after an adjective or a closing quote found from the part-of-speech array)."""
    strings = doc.vocab.strings
    pos = doc.to_array("POS")
    after = numpy.flatnonzero((pos[1:] == strings["NOUN"]) & ((pos[:-1] == strings["ADJ"]) | (pos[:-1] == strings["PUNCT"]))) + 1
    for i in after.tolist():
        if pos[i - 1] == strings["ADJ"] or doc[i - 1].text in CLOSING_QUOTES:
            phrase = _phrase_before(doc[i])
            if phrase is not None:
                _make_the_noun_the_head(doc[i], *phrase)


def _phrase_before(noun: Token) -> tuple[Token, Token] | None:
    """The article and the adjective heading the words before `noun`, when the article hangs on
    that adjective, the adjective hangs outside the phrase and the noun is neither's."""
    doc = noun.doc
    start = noun.i - 1
    while start > 0 and noun.i - start <= _REACH and doc[start].pos_ in _BEFORE_THE_NOUN:
        start -= 1
    article = doc[start]
    if article.pos_ != "DET" or noun.i - start < 2:
        return None
    span = range(article.i, noun.i)
    heads = [t for t in doc[article.i:noun.i] if t.head.i not in span]
    if len(heads) != 1 or heads[0].pos_ != "ADJ" or article.head.i != heads[0].i:
        return None
    adjective = heads[0]
    if adjective.head.i == noun.i or noun.head.i in span or adjective.head.i == adjective.i:
        return None
    return article, adjective


def _make_the_noun_the_head(noun: Token, article: Token, adjective: Token) -> None:
    head, relation = adjective.head, adjective.dep_
    noun.head = head
    noun.dep_ = "obj" if relation in {"xcomp", "conj", "appos"} and head.pos_ in {"VERB", "AUX"} else relation
    adjective.head, adjective.dep_ = noun, "amod"
    article.head, article.dep_ = noun, "det"


def reattach_subjects_read_as_appositions(doc: Doc) -> None:
    """Mend each name after the comma of an opening adjunct that the parser hung on the adjunct
    as an apposition, right before a verb with no subject (the appositions found from the
    dependency array)."""
    apposition = doc.vocab.strings["appos"]
    for i in numpy.flatnonzero(doc.to_array("DEP") == apposition).tolist():
        name = doc[i]
        adjunct, verb = name.head, doc[name.right_edge.i + 1] if name.right_edge.i + 1 < len(doc) else None
        if verb is not None and (verb.dep_.startswith(("aux", "expl")) or verb.pos_ == "PRON" and verb.dep_ in {"obj", "iobj"}) \
                and verb.head.i > verb.i:
            verb = verb.head  # 'X a affirmé', 'X s'est entretenu', 'X l'a appelé': the verb its clitic or auxiliary opens
        if name.pos_ != "PROPN" or verb is None or verb.pos_ not in {"VERB", "AUX"} or adjunct.head.i != verb.i \
                or not adjunct.dep_.startswith("obl") or i == 0 or doc[i - 1].text != "," or adjunct.i > i:
            continue
        if not any(c.dep_.startswith("nsubj") for c in verb.children):
            name.head, name.dep_ = verb, "nsubj"


def reattach_names_read_as_adverbs(doc: Doc) -> None:
    """Mend each name the parser split into adverbs of the verb before it (the adverbs found from
    the dependency array)."""
    adverb = doc.vocab.strings["advmod"]
    seen: set[int] = set()
    for i in numpy.flatnonzero(doc.to_array("DEP") == adverb).tolist():
        first = doc[i]
        verb = first.head
        if i in seen or verb.pos_ != "VERB" or verb.i != i - 1 or not _a_name_word(first) \
                or any(c.dep_ == "obj" for c in verb.children):
            continue
        words = [first]
        while words[-1].i + 1 < len(doc) and (nxt := doc[words[-1].i + 1]).dep_ == "advmod" and nxt.head.i == verb.i \
                and _a_name_word(nxt):
            words.append(nxt)
        if len(words) < 2 or not any(w.pos_ == "PROPN" for w in words):
            continue
        seen.update(w.i for w in words)
        first.dep_ = "obj"
        for word in words[1:]:
            word.head, word.dep_ = first, "flat:name"


def _a_name_word(word: Token) -> bool:
    """A capitalised proper noun, or a foreign word ('Donald', which the tagger may call X)."""
    return word.pos_ in {"PROPN", "X"} and word.text[:1].isupper()


def reattach_names_read_as_verbs(doc: Doc) -> None:
    """Mend each first name read as a verb that heads the verb of its sentence (the verbs found
    from the part-of-speech array, a Token made only for the capitalised ones after a title or
    opening a sentence)."""
    strings = doc.vocab.strings
    pos, starts = doc.to_array("POS"), doc.to_array("SENT_START")
    verbs = (pos[1:-1] == strings["VERB"]) & (numpy.isin(pos[:-2], [strings["NOUN"], strings["ADJ"]]) | (starts[1:-1] == 1)) \
        & numpy.isin(pos[2:], [strings["PROPN"], strings["X"]])
    for i in (numpy.flatnonzero(verbs) + 1).tolist():
        first, family = doc[i], doc[i + 1]
        opening = bool(first.is_sent_start)  # 'Narendra Modi l'avait appelé': a name opening the sentence, no title
        if not (first.text[:1].isupper() and family.text[:1].isupper()) or family.head.i != i \
                or opening and family.dep_ != "flat:name" \
                or any(c.dep_.startswith("aux") or c.dep_.startswith("nsubj") and c.i > i for c in first.children):
            continue  # (opening a sentence, only where the parser made the family name a word of the first)
        clauses = _LOOSE_CLAUSES | {"acl"} if opening else _LOOSE_CLAUSES  # there the verb may hang as the name's clause
        verb = next((c for c in first.children if c.i > i + 1 and c.pos_ == "VERB" and c.dep_ in clauses
                     and not any(g.dep_.startswith("nsubj") for g in c.children)), None)
        if verb is None:
            continue
        title = next((c for c in first.children if c.i < i and c.dep_.startswith("nsubj")), None)
        subject = title or first
        moved = [c for c in first.children if c.i > verb.i]
        verb.head, verb.dep_ = (verb, "ROOT") if first.head.i == i else (first.head, first.dep_)
        subject.head, subject.dep_ = verb, "nsubj"
        if title is not None:
            first.head, first.dep_ = title, "appos"
        for word in first.children:
            if word.i != family.i and word.i < verb.i and word.dep_ == "conj":
                word.head = subject  # 'X et son homologue Y ont tenu': the two subjects
        for word in moved:
            word.head = verb
        family.dep_ = "flat:name"
        first.pos_, first.lemma_ = "PROPN", first.text


def reattach_family_names_read_as_verbs(doc: Doc) -> None:
    """Mend each family name read as a verb right after a first name (the verbs found from the
    part-of-speech array, a Token made only for those right after a proper noun)."""
    strings = doc.vocab.strings
    pos, starts = doc.to_array("POS"), doc.to_array("SENT_START")
    verbs = (pos[1:] == strings["VERB"]) & (pos[:-1] == strings["PROPN"]) & (starts[1:] != 1)
    for i in (numpy.flatnonzero(verbs) + 1).tolist():
        first, family = doc[i - 1], doc[i]
        if not (family.text[:1].isupper() and family.text[1:].islower() and first.text[:1].isupper()) \
                or any(c.dep_.startswith(("aux", "nsubj")) for c in family.children) or family.is_ancestor(first):
            continue  # a verb with its own auxiliary or subject is one, whatever its case; (hanging the word on a
            # first name under it would tie the tree into a loop)
        above = first if first.head.i == first.i else first.head
        for word in list(family.children):
            word.head = above
        family.head, family.dep_ = first, "flat:name"
        family.pos_, family.lemma_ = "PROPN", family.text


def reattach_names_split_by_a_sentence_start(doc: Doc) -> None:
    """Mend each name cut by a sentence start (the starts found from the sentence-start array, a
    Token made only for those after a capitalised proper noun); the tree, one again, makes the
    sentence one."""
    mended = False
    for i in numpy.flatnonzero(doc.to_array("SENT_START")[1:] == 1).tolist():
        first, word = doc[i], doc[i + 1]
        if first.pos_ != "PROPN" or not (first.is_alpha and word.is_alpha and first.text[:1].isupper()
                                         and word.text[:1].isupper()) or first.whitespace_ != " ":
            continue
        phrase, verb = _root(first), _root(word)
        if phrase.pos_ not in {"NOUN", "PROPN"} or verb.pos_ != "VERB" or verb.i < word.i \
                or any(c.dep_.startswith("nsubj") for c in verb.children):
            continue
        moved = [c for c in word.children if c.i > word.i]
        word.head, word.dep_ = first, "flat:name"
        word.pos_, word.lemma_ = "PROPN", word.text  # 'Obama' read as a pronoun
        for child in moved:
            child.head = verb
        phrase.head, phrase.dep_ = verb, "nsubj"
        mended = True
    if mended:  # spaCy draws the sentences from the tree only when the heads are written as an array
        doc.from_array(["HEAD", "DEP"], doc.to_array(["HEAD", "DEP"]))  # type: ignore[arg-type]


def _root(word: Token) -> Token:
    """The head of the word's tree; in a tree an earlier repair tied into a loop (undone by `mend`
    once all have run), the word reached after as many steps as the document has words."""
    for _ in range(len(word.doc)):
        if word.head.i == word.i:
            break
        word = word.head
    return word
