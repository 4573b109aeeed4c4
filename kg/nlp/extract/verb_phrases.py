"""Misparses of the verb mended in the tree itself, before any reader reads it: a participle, an
infinitive or a predicate hung on the wrong word, or a sentence headed by something else than its
verb (the verb's subjects, objects and partners: `kg.nlp.extract.verb_arguments`).

'Le Kremlin a de son côté indiqué que ...', 'X a, de son côté, jugé ...': with an adverbial
phrase between the auxiliary and the participle ('de son côté', 'en outre', also between
commas), the parser may read 'a' as the main verb ('has') and hang 'indiqué' on the phrase's
noun as a clause of its own. Every reader then loses the clause's
subject: the claim goes to whoever the reported clause names, a call verb finds no caller. The
participle is the verb: it takes the auxiliary's place in the tree, the auxiliary and the
auxiliary's other dependents (the subject, the adverbial phrase) hang on it.

'X a appelé à nouveau Y', 'X a appelé coup sur coup Y et Z': an adverbial phrase right after the
verb may be read as its object, or its preposition as the case of the name after it, which then
hangs on the phrase or is no object. The phrase is an adverb of the verb, and the words that
hung on it, or took its preposition, are the verb's (a name or a noun its object).

'X n'a aucun projet d'appeler Y': the parser may hang the infinitive on 'a' rather than on the
noun it completes; the plan, and its negation, then govern no call. The infinitive is the noun's.

'X a confirmé à l'AFP avoir parlé à Y': the parser may hang the perfect infinitive on the noun
before it, as if it qualified the outlet; the call then has no subject. An infinitive with its
own infinitive auxiliary qualifies no noun: it is the complement of the reporting verb.

'L'appel annoncé entre X et Y n'a finalement pas eu lieu', 'Un appel entre X et Y serait en
préparation': the parser may read the last word of the last name as the predicate's subject and
hang the predicate on that name, leaving the noun to head a sentence with no verb; the call then
has no negation nor plan to read. The word is the name's, the predicate heads the sentence, the
noun is its subject.

'Selon des sources citées par Z, X et Y ont échangé par téléphone': the parser may make the
source the head of the sentence, the verb a conjunct of 'citées' and X that participle's
adjunct; the call then has Y alone for its subject and no partner ('Selon des responsables cités
par Z, X aurait appelé Y': no call at all). The verb heads the sentence, the source is its
adjunct, the names after the source's comma its subjects.
"""
from __future__ import annotations

import numpy
from spacy.tokens import Doc, Span, Token

from kg.nlp.cues import cues
from kg.nlp.extract.words import CLOSING_QUOTES, DAY_WORDS, PERSON_NOUNS, REPORTING_LEMMAS, feature, introduction
from kg.text import fold

_AUXILIARIES = frozenset(cues()["auxiliary_lemmas"])
_ADVERBIAL_PHRASES = tuple(tuple(fold(w) for w in p.split()) for p in cues()["adverbial_phrases"])
_ADVERBIAL_FIRST_WORDS = frozenset(p[0] for p in _ADVERBIAL_PHRASES)
_CLAUSE_HEADS = frozenset({"ROOT", "ccomp", "xcomp", "conj"})  # a participle heading one is no participle of an adverbial phrase
_REACH = 12  # tokens between the auxiliary and its participle: 'a quant à lui indiqué', 'aurait, d'après une source proche de l'Élysée, appelé'
_ATTRIBUTION = frozenset(fold(w).replace(" ", "") for w in cues()["attribution_markers"])


def reattach_split_participles(doc: Doc) -> None:
    """Mend each participle the parser hung on an adverbial phrase of its own auxiliary (the
    verbs found from the tag array: no Token made for the other words)."""
    strings = doc.vocab.strings  # the symbols' ids, as the arrays hold them
    array = doc.to_array(["POS", "DEP"])
    verbs = array[:, 0] == strings["VERB"]
    for relation in _CLAUSE_HEADS:
        verbs &= array[:, 1] != strings[relation]
    for i in numpy.flatnonzero(verbs).tolist():
        participle = doc[i]
        if participle.dep_ in _CLAUSE_HEADS:
            continue  # made one by a mend before (`_reattach`)
        auxiliary = _stranded_auxiliary(participle)
        if auxiliary is not None:
            _reattach(participle, auxiliary)


def _stranded_auxiliary(participle: Token) -> Token | None:
    """'a' in 'a de son côté indiqué': the avoir or être before the past participle, of which the
    participle's head (the phrase's noun) is a dependent, or which is a dependent of that noun
    (read as its copula), the noun between the two."""
    if "Part" not in feature(participle, "VerbForm") or "Past" not in feature(participle, "Tense"):
        return None
    if any(c.dep_.startswith("aux") for c in participle.children):
        return None  # it has its own auxiliary
    doc = participle.doc
    phrase = participle.head
    for auxiliary in reversed(doc[_within_sentence(participle, _REACH):participle.i - 1]):
        if auxiliary.lemma_ not in _AUXILIARIES:
            continue
        if not auxiliary.i < phrase.i < participle.i:
            return None
        if phrase.pos_ != "ADV" and not any(c.dep_ == "case" for c in phrase.children):
            return None  # 'c'est une rencontre attendue': a noun and its participle, no adverbial phrase
        above = phrase.head.i == auxiliary.i and not auxiliary.dep_.startswith("aux")  # 'a' read as 'has'
        below = auxiliary.head.i == phrase.i and auxiliary.dep_ in {"cop", "aux", "aux:tense", "dep"}  # read as the noun's copula
        beside = auxiliary.head.i == phrase.head.i < auxiliary.i  # 'X aurait, selon Y, appelé': both hung on X, read as the root
        if not (above or below or beside):
            return None
        between = doc[auxiliary.i + 1:participle.i]
        inside = between[1:-1] if between[0].text == "," and between[-1].text == "," else between  # 'a, de son côté, jugé'
        if any(t.pos_ in {"VERB", "AUX"} for t in between) or any(t.is_punct for t in inside):
            return None  # another clause in between, or an incise the parser reads well
        return auxiliary
    return None


def _within_sentence(token: Token, reach: int) -> int:
    """`max(token.i - reach, token.sent.start)`, reading the sentence marks of `reach` words at
    most: `Token.sent` checks the whole document for them first (~8 µs)."""
    doc = token.doc
    start, bound = token.i, max(0, token.i - reach)
    while start > bound and doc[start].is_sent_start is not True:  # a start is marked 1 (True), other words -1 or 0
        start -= 1
    return start


def _reattach(participle: Token, auxiliary: Token) -> None:
    """The participle takes the place of the word that heads the clause (the auxiliary read as a
    verb, or the phrase's noun read as a predicate); the rest hangs on the participle."""
    phrase = participle.head
    holder = auxiliary if phrase.head.i == auxiliary.i else phrase
    inside = range(auxiliary.i, participle.i)
    # the clause's other words: its subject before, and what the parser hung after the participle
    # on the phrase ('que ...', the object read as an apposition), which are the verb's
    moved = [c for c in [*holder.children, *phrase.children, *auxiliary.children] if c.i not in inside and c.i != participle.i]
    subject = holder.head if holder.dep_ in {"dep", "nmod"} and holder.head.i < auxiliary.i and \
        holder.head.pos_ in {"PROPN", "NOUN", "PRON"} else None  # 'Olaf Scholz' read as the root, 'a' hung on it
    if subject is not None:
        moved += [c for c in subject.children if c.i > participle.i]
        holder = subject
    root = holder.head.i == holder.i
    above, relation = holder.head, holder.dep_
    participle.head = participle if root else above
    participle.dep_ = relation
    if subject is not None:
        subject.head = participle
        subject.dep_ = "nsubj"
    auxiliary.head = participle
    auxiliary.dep_ = "aux:tense"
    auxiliary.pos_ = "AUX"
    phrase.head = participle
    phrase.dep_ = "obl:mod"
    for word in dict.fromkeys(moved):
        word.head = participle
        if word.i > participle.i and not word.dep_.startswith(("obl", "advmod", "punct")):
            word.dep_ = "ccomp" if word.pos_ in {"VERB", "AUX"} else \
                "obj" if not any(c.dep_ == "case" for c in word.children) else "obl"


def reattach_adverbial_phrases(doc: Doc) -> None:
    """Mend each adverbial phrase of the cue list right after a verb that the parser tied to the
    words after it (found from the document's folded words: a Token made only at a first word)."""
    norms = doc._.folded.norms
    for i, norm in enumerate(norms):
        if norm not in _ADVERBIAL_FIRST_WORDS or i == 0 or doc[i - 1].pos_ not in {"VERB", "AUX"}:
            continue
        phrase = next((p for p in _ADVERBIAL_PHRASES if tuple(norms[i:i + len(p)]) == p), None)
        if phrase is not None:
            _make_adverb(doc[i:i + len(phrase)], doc[i - 1])


def _make_adverb(phrase: Span, verb: Token) -> None:
    """The phrase hangs on the verb as one adverb; what hung on its words, or took its preposition
    as a case, is the verb's: a name or a noun after it without a case of its own is its object
    (beside the one the parser may have found: 'coup sur coup X et Y' can leave Y the object)."""
    inside = range(phrase.start, phrase.end)
    outside = [t for t in phrase.sent if t.i not in inside and (t.head.i in inside and t.head.i != t.i or any(
        c.i in inside and c.dep_ == "case" for c in t.children))]
    argument = any(word.head.i == verb.i and word.dep_.startswith(("obj", "obl")) for word in phrase)
    # 'Y l'a appelé à son tour.': the phrase alone, read as what the verb is about ('appeler à' urges)
    if not (outside or argument) or any(word.is_ancestor(verb) for word in phrase):
        return  # the parser read the phrase well: nothing to mend (or made the verb hang on it: not this misparse)
    first = phrase[0]
    first.head, first.dep_ = verb, "advmod"
    for word in phrase[1:]:
        word.head, word.dep_ = first, "fixed"
    for word in outside:
        word.head = verb
        if word.pos_ in {"PROPN", "NOUN"} and not any(c.dep_ == "case" and c.i not in inside for c in word.children):
            word.dep_ = "obj" if word.i > phrase.start else "obl:mod"


def reattach_infinitives_on_days(doc: Doc) -> None:
    """Mend each infinitive clause the parser hung on the day that dates the verb before it (the
    verbs found from the tag array: no Token made for the other words)."""
    verb = doc.vocab.strings["VERB"]
    for i in numpy.flatnonzero(doc.to_array("POS") == verb).tolist():
        clause = doc[i]
        day = clause.head
        if clause.dep_ != "acl" or day.i > clause.i or day.norm_ not in DAY_WORDS or day.head.i == day.i \
                or day.head.pos_ not in {"VERB", "AUX"} or day.head.i > day.i:
            continue
        if "Inf" in feature(clause, "VerbForm") or any(
                c.dep_.startswith("aux") and "Inf" in feature(c, "VerbForm") for c in clause.children):  # 'avoir parlé'
            clause.head = day.head
            clause.dep_ = "xcomp"


def reattach_infinitives_to_nouns(doc: Doc) -> None:
    """Mend each infinitive opened by 'de' right after the object noun of the verb it hangs on
    ('a le projet d'appeler', 'n'a pas exprimé le souhait de parler'): it completes the noun. Not
    after a person the verb acts on ('a convaincu son homologue de parler'), who is its subject."""
    verb, xcomp = doc.vocab.strings["VERB"], doc.vocab.strings["xcomp"]
    array = doc.to_array(["POS", "DEP"])
    for i in numpy.flatnonzero((array[:, 0] == verb) & (array[:, 1] == xcomp)).tolist():
        clause = doc[i]
        head = clause.head
        mark = doc[clause.left_edge.i]
        if head.i > clause.i or mark.dep_ != "mark" or mark.norm_ not in {"de", "d'"} \
                or "Inf" not in feature(clause, "VerbForm") or mark.i == 0:
            continue
        before = mark.i - 2 if doc[mark.i - 1].text in CLOSING_QUOTES else mark.i - 1  # 'n'a « aucune raison » de'
        noun = next((c for c in head.children if c.dep_ == "obj" and c.right_edge.i == before), None)
        if noun is not None and noun.pos_ == "NOUN" and fold(noun.lemma_) not in PERSON_NOUNS:
            clause.head = noun
            clause.dep_ = "acl"


def reattach_perfect_infinitives(doc: Doc) -> None:
    """Mend each perfect infinitive ('avoir parlé', 's'être entretenu') the parser hung as a
    clause of a noun that is a phrase of a reporting verb (the verbs found from the tag array:
    no Token made for the other words)."""
    verb_tag = doc.vocab.strings["VERB"]
    for i in numpy.flatnonzero(doc.to_array("POS") == verb_tag).tolist():
        clause = doc[i]
        noun = clause.head
        if clause.dep_ != "acl" or noun.pos_ not in {"NOUN", "PROPN"} or noun.i > clause.i:
            continue
        verb = noun.head
        if verb.pos_ != "VERB" or fold(verb.lemma_) not in REPORTING_LEMMAS or not any(
                c.dep_.startswith("aux") and "Inf" in feature(c, "VerbForm") for c in clause.children):
            continue
        clause.head, clause.dep_ = verb, "xcomp"


def reattach_predicates_hung_on_a_name(doc: Doc) -> None:
    """Mend each sentence headed by a noun whose predicate the parser hung on a name inside the
    noun's phrase, with the last word of that name as its subject (the names found from the tag
    array: a Token made only for those with a head after them)."""
    name_tag = doc.vocab.strings["PROPN"]
    pos = doc.to_array("POS")
    for i in numpy.flatnonzero(pos[1:] == name_tag).tolist():
        word = doc[i + 1]
        predicate = word.head
        if not word.dep_.startswith("nsubj") or predicate.i <= word.i or doc[i].pos_ != "PROPN":
            continue
        subject = next((a for a in predicate.ancestors if a.pos_ == "NOUN"), None)
        if subject is None or subject.dep_ != "ROOT" or subject.i > i or not _finite_predicate(predicate):
            continue
        name = doc[i] if doc[i].dep_ != "flat:name" else doc[i].head
        if name.i == word.i or word.is_ancestor(name):  # 'Luiz' hung on 'Lula': under its own word, a loop
            continue
        after = [c for c in subject.children if c.i > predicate.i]  # ', selon Z', the full stop: the sentence's
        word.head, word.dep_ = name, "flat:name"
        predicate.head, predicate.dep_ = predicate, "ROOT"
        subject.head = predicate
        subject.dep_ = "nsubj:pass" if any(c.dep_ == "aux:pass" for c in predicate.children) else "nsubj"
        for child in after:
            child.head = predicate


def reattach_predicates_read_as_modifiers(doc: Doc) -> None:
    """Mend each sentence headed by a noun whose verb, finite, the parser read as a modifier of a
    noun of its phrase ('Le dernier entretien entre les deux hommes date du 11 mars', 'date' an
    adjective of 'hommes', the day hung on 'hommes'): the verb heads the sentence, the noun is its
    subject, and what follows the verb is the verb's."""
    for verb in doc:
        if verb.pos_ != "VERB" or verb.dep_ not in {"amod", "acl"} or "Fin" not in feature(verb, "VerbForm") \
                or any(c.dep_.startswith("nsubj") for c in verb.children):
            continue
        subject = next((a for a in verb.ancestors if a.dep_ == "ROOT"), None)
        if subject is None or subject.pos_ != "NOUN" or subject.i > verb.i \
                or any(t.pos_ in {"VERB", "AUX"} and t.i != verb.i for t in subject.subtree):
            continue
        after = [c for t in verb.ancestors for c in t.children if c.i > verb.i]
        verb.head, verb.dep_ = verb, "ROOT"
        subject.head, subject.dep_ = verb, "nsubj"
        for child in after:
            child.head = verb


def _finite_predicate(word: Token) -> bool:
    """'n'a pas eu lieu', 'serait en préparation', 'est prévu': a verb with a tense, or a word
    with a copula or auxiliary that has one."""
    return any("Fin" in feature(t, "VerbForm") for t in [word, *word.children]
               if t.i == word.i or t.dep_ in {"aux", "aux:tense", "aux:pass", "cop"})


def reattach_clauses_read_into_their_source(doc: Doc) -> None:
    """Mend each sentence headed by the source that opens it ('Selon des sources citées par Z, ...')
    whose verb the parser made a conjunct of a word of the source, with the first of the verb's two
    subjects hung on that word (the roots found from the dependency array)."""
    root_dep, noun, name = (doc.vocab.strings[s] for s in ("ROOT", "NOUN", "PROPN"))
    array = doc.to_array(["DEP", "POS"])
    pos = array[:, 1]
    for i in numpy.flatnonzero((array[:, 0] == root_dep) & ((pos == noun) | (pos == name))).tolist():
        source = doc[i]
        if introduction(source) not in _ATTRIBUTION:
            continue
        for verb in [t for t in source.subtree if t.dep_ in {"conj", "parataxis"} and t.pos_ in {"VERB", "AUX"}]:
            subjects = _subjects_split(verb) or _subject_after_the_source(verb, source)
            if subjects is not None:
                _make_the_source_an_adjunct(source, verb, *subjects)
                break


def _subjects_split(verb: Token) -> tuple[Token, Token] | None:
    """'..., Joe Biden et Xi Jinping ont échangé': the first name hung on the word the verb is a
    conjunct of, after a comma, the second (after its 'et') the verb's subject or read as its adverb."""
    doc = verb.doc
    for second in verb.children:
        if not (second.dep_.startswith("nsubj") or second.dep_ == "advmod" and second.pos_ == "PROPN") or second.i > verb.i \
                or second.left_edge.i < 2 or doc[second.left_edge.i - 1].norm_ != "et":
            continue
        last = doc[second.left_edge.i - 2]
        first = last.head if last.dep_ == "flat:name" else last
        if first.pos_ == "PROPN" and first.head.i == verb.head.i and first.i > 0 and doc[first.i - 1].text == ",":
            return first, second
    return None


def _subject_after_the_source(verb: Token, source: Token) -> tuple[Token] | None:
    """'Selon des responsables cités par Z, X aurait appelé Y': the verb's own subject, written
    right after the comma that closes the source."""
    for subject in verb.children:
        if subject.dep_.startswith("nsubj") and subject.i < verb.i and subject.left_edge.i > source.i:
            comma = verb.doc[subject.left_edge.i - 1]
            if comma.text == "," and comma.head.i != verb.i and comma.head in source.subtree:
                return (subject,)
    return None


def _make_the_source_an_adjunct(source: Token, verb: Token, first: Token, second: Token | None = None) -> None:
    """The verb heads the sentence, the source is its adjunct, the names its subjects."""
    after = [c for c in source.children if c.i > verb.i]  # the full stop
    verb.head, verb.dep_ = verb, "ROOT"
    source.head, source.dep_ = verb, "obl:mod"
    first.head, first.dep_ = verb, "nsubj"
    if second is not None:
        conjunction = first.doc[second.left_edge.i - 1]
        second.head, second.dep_ = first, "conj"
        conjunction.head, conjunction.dep_ = second, "cc"
    for word in after:
        word.head = verb
