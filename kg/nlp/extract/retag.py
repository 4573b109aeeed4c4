"""Words the tagger or the lemmatizer read as another part of speech, mended in the tree before
any reader reads it (where a word hangs, `kg.nlp.extract.verb_phrases`, `kg.nlp.extract.verb_arguments`).

'X compte s'entretenir avec Y, a affirmé Z': the tagger may read 'compte' as a noun or a word of
the name before it, and the parser then hangs the infinitive on the name, or makes it the root
with the name apart: the call has no subject, and whoever else the sentence names (Z) is taken
for its caller. 'compte' is the verb: the subject's name and the infinitive hang on it, and it
takes the place of whichever of the three headed the clause.

'Leur dernier appel date du 3 mai': the tagger may read a verb's form as the noun it is spelled
like ('date'), heading the sentence with a subject, or as a word of the name before it in a
sentence with no verb ('l'appel entre X et Y date de mai'). A noun takes no subject, and a
sentence has a verb: it is the verb, its subject the noun that headed the sentence.

'X a tenté de le joindre': the tagger may read the infinitive after its preposition as a noun,
and the object clitic before it as its article (or the clitic alone as an article, 'de la
joindre'); the call has no one to call. The word is the
infinitive, the clitic its object.

'X a interrompu la réunion pour téléphoner à Y', 'a décidé lundi de téléphoner à Y', 'doit téléphoner
mardi à Y': the tagger may read a call verb's infinitive as a noun, hung on the noun or the day
before it; the call then has no subject to take, and the day of the clause above dates it. The
word is the infinitive, its preposition its mark, and it hangs on the verb above it, unless it
completes the verb's object ('n'a aucune raison de téléphoner à Y').

'X réclame un appel avec Y', 'X demande un entretien': the lemmatizer may keep the form of a verb
in the present spelt like a noun ('demande', 'réclame', 'indique'), and the readers that look
for a request, a plan or a saying by its lemma miss it. A verb in the present whose lemma is its
own form ending in -e or -ent is of the first group: its lemma is the infinitive in -er.

'X a indiqué mercredi qu'il parlerait à Y': the parser may read 'qu'' as a relative pronoun and
the clause as a relative clause of the day; the clause then is no one's report, and the call no
plan of it. After a day, 'que' opens the reporting verb's complement clause: it is its mark,
the clause the verb's.

'X a téléphoné dimanche à Y', 'Le roi Z a téléphoné au président': the tagger may read a call
verb's past participle as a noun (the noun 'téléphone' is spelt like it, once folded), and the
parser then may hang it and its auxiliary on the subject's name; the call has no verb, and the
claim no speaker. Right after avoir or être, the word is the participle: it heads the clause in
the place the subject, the auxiliary or itself held, the subject and the auxiliary its own.

'X a, de son côté, fait savoir que ...', 'X ont, selon Y, fait valoir que ...': after an incise
between the auxiliary and the participle, the tagger may read 'fait' as a noun, or the parser hang
it on the infinitive as a word apart; the reporting verb of two words is then never reached, and
the clause is no one's report. The participle of faire, always 'fait' before an infinitive, heads
the clause, the subject, the auxiliary and the incise its own, the infinitive its complement.
"""
from __future__ import annotations

import numpy
from spacy.tokens import Doc, MorphAnalysis, Token

from kg.nlp.cues import cues
from kg.nlp.extract.words import DAY_WORDS, MADE_KNOWN, PERSON_NOUNS, feature, participle_forms, reflexive
from kg.text import fold

_INTENT_FORMS = frozenset(fold(w) for w in cues()["intent_forms_read_as_nouns"])
_INTENT_LEMMA = cues()["intent_verb_read_as_noun"]
_INTENT_MORPH = {"Mood": "Ind", "Number": "Sing", "Person": "3", "Tense": "Pres", "VerbForm": "Fin"}
_INFINITIVE_REACH = 3  # 'compte s'entretenir', 'compte bien appeler'
_INCISE_REACH = 6  # the words of an incise between an auxiliary and its participle: ', selon une source proche du dossier,'
_VERBS_READ_AS_NOUNS = {fold(form): (lemma, number) for form, (lemma, number) in cues()["verb_forms_read_as_nouns"].items()}
_OBJECT_CLITICS = frozenset(fold(w) for w in cues()["object_clitics"])
_INFINITIVE_ENDINGS = tuple(cues()["infinitive_endings"])
_INFINITIVE_PREPOSITIONS = frozenset(fold(w) for w in cues()["infinitive_prepositions"])
_CALL_INFINITIVES = frozenset(fold(w.split()[-1].removeprefix("s'")) for w in [*cues()["phone_verbs"], *cues()["talk_verbs"]])
#: each folded form of a call verb's participle ('telephonees') -> its infinitive as written ('téléphoner')
_CAUSATIVE = fold(cues()["causative_participle"])
_CALL_PARTICIPLES = {form: verb for phrase in [*cues()["phone_verbs"], *cues()["talk_verbs"]]
                     for verb in [phrase.split()[-1].removeprefix("s'")] for form in participle_forms(fold(verb))}
_AUXILIARIES = frozenset(cues()["auxiliary_lemmas"])
_QUE = frozenset(fold(w) for w in cues()["que_forms"])
_NOMINAL_RELATIONS = frozenset({"nsubj", "obj", "obl", "obl:mod", "obl:arg", "nmod", "appos", "dep"})
_FIRST_GROUP_ENDINGS = ("e", "ent")  # and not an infinitive's -re: 'dire' is its own lemma
_CLAUSE_RELATIONS = frozenset({"ROOT", "ccomp", "xcomp", "conj", "parataxis", "advcl", "acl:relcl"})


def reattach_intent_verbs(doc: Doc) -> None:
    """Mend each 'compte' + infinitive after a subject that the parser did not read as the verb
    (the forms found from the document's folded words: a Token made only there)."""
    norms = doc._.folded.norms
    for i, norm in enumerate(norms):
        if norm in _INTENT_FORMS and i:
            verb = doc[i]
            if verb.pos_ == "VERB" and verb.dep_ in _CLAUSE_RELATIONS:
                continue  # read well
            found = _subject_and_infinitive(verb)
            if found is not None:
                _make_intent_verb(verb, *found)


def _subject_and_infinitive(verb: Token) -> tuple[Token, Token] | None:
    """The head of the subject that ends right before the word (a name or a noun) and the
    infinitive right after it, which the parser hung on the subject or the word, made a root, or
    made the head of the subject."""
    doc = verb.doc
    subject = doc[verb.i - 1]
    while subject.dep_ == "flat:name" and subject.head.i < subject.i:
        subject = subject.head
    if subject.pos_ not in {"PROPN", "NOUN"} or verb.head.i not in {verb.i, subject.i} | {t.i for t in subject.subtree}:
        return None
    infinitive = next((t for t in doc[verb.i + 1:verb.i + 1 + _INFINITIVE_REACH]
                       if t.pos_ == "VERB" and "Inf" in feature(t, "VerbForm")), None)
    if infinitive is None or infinitive.head.i not in {verb.i, subject.i, infinitive.i} and \
            infinitive.head.i not in {t.i for t in subject.subtree} and subject.head.i != infinitive.i:
        return None  # the subject hung on the infinitive: 'Keir Starmer compte s'entretenir', read as a 'dep' of it
    return subject, infinitive


def _make_intent_verb(verb: Token, subject: Token, infinitive: Token) -> None:
    """The word heads the clause in the place of the one of the three the parser made its head
    (a subject hung on a reporting verb after it makes the clause that verb's complement)."""
    three = {verb.i, subject.i, infinitive.i}
    top = next(t for t in (subject, infinitive, verb) if t.head.i == t.i or t.head.i not in three and not any(
        a.i in three for a in t.ancestors))
    root = top.head.i == top.i
    above, relation = top.head, top.dep_
    moved = [c for c in subject.children if c.i > verb.i and c.i != infinitive.i and c.dep_ != "flat:name"]
    verb.head = verb if root else above
    verb.dep_ = "ROOT" if root else "ccomp" if relation.startswith("nsubj") else relation
    subject.head, subject.dep_ = verb, "nsubj"
    infinitive.head, infinitive.dep_ = verb, "xcomp"
    for word in moved:
        word.head = verb
    verb.pos_ = "VERB"
    verb.lemma_ = _INTENT_LEMMA
    verb.morph = MorphAnalysis(verb.vocab, _INTENT_MORPH)


def retag_verbs_read_as_nouns(doc: Doc) -> None:
    """Mend each form of the cue list read as a noun that heads its sentence and has a subject,
    or that the parser made a word of the name before it in a sentence with no verb (its root a
    noun before it): it is the verb, in the present (found from the document's folded words)."""
    for i, norm in enumerate(doc._.folded.norms):
        if norm not in _VERBS_READ_AS_NOUNS:
            continue
        word = doc[i]
        if word.pos_ == "NOUN" and word.dep_ == "flat:name" and (subject := _verbless_root(word)) is not None:
            word.head, word.dep_ = word, "ROOT"
            subject.head, subject.dep_ = word, "nsubj"
        if word.pos_ == "NOUN" and word.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in word.children):
            base, number = _VERBS_READ_AS_NOUNS[norm]
            word.pos_ = "VERB"
            word.lemma_ = base
            word.morph = MorphAnalysis(word.vocab, {"Mood": "Ind", "Number": number, "Person": "3", "Tense": "Pres",
                                                    "VerbForm": "Fin"})


def _verbless_root(word: Token) -> Token | None:
    """'Le dernier entretien entre X et Y date de novembre', 'date' read as a word of Y's name: the
    noun root of a sentence that has no verb, before the word, followed by its 'de' phrase."""
    root = word.head
    for _ in range(len(word.doc)):  # bounded: an earlier repair may have tied the tree into a loop (`mend` undoes it)
        if root.head.i == root.i:
            break
        root = root.head
    sentence = word.doc[root.left_edge.i:root.right_edge.i + 1]
    if root.pos_ != "NOUN" or root.i > word.i or any(t.pos_ in {"VERB", "AUX"} for t in sentence) or \
            word.i + 1 >= len(word.doc) or word.doc[word.i + 1].dep_ != "case":
        return None
    return root


def retag_infinitives_read_as_nouns(doc: Doc) -> None:
    """Mend each 'de le joindre', 'de la rappeler': a noun in an infinitive's ending, the
    complement of a verb, its 'article' an object clitic right before it and a preposition before
    that (the clitics found from the document's folded words: a Token made only there)."""
    norms = doc._.folded.norms
    for i, norm in enumerate(norms[:-1]):
        if norm not in _OBJECT_CLITICS or i == 0 or norms[i - 1] not in _INFINITIVE_PREPOSITIONS \
                or not norms[i + 1].endswith(_INFINITIVE_ENDINGS):
            continue
        clitic, word = doc[i], doc[i + 1]
        if clitic.head.i != word.i or clitic.dep_ != "det" or word.head.pos_ not in {"VERB", "AUX"} or not (
                word.pos_ in {"NOUN", "VERB"} and word.dep_ == "xcomp"):
            continue  # not 'à l'ordre du jour', a noun; the infinitive may be read well but for its clitic ('de la joindre')
        word.pos_ = "VERB"
        word.morph = MorphAnalysis(word.vocab, {"VerbForm": "Inf"})
        word.dep_ = "xcomp"
        clitic.pos_, clitic.dep_ = "PRON", "obj"
        kept = {k: v for k, v in clitic.morph.to_dict().items() if k in {"Gender", "Number"}}  # 'la': her, 'les': them
        clitic.morph = MorphAnalysis(clitic.vocab, {**kept, "Person": "3", "PronType": "Prs"})
        preposition = doc[i - 1]
        if preposition.head.i == word.i:
            preposition.dep_ = "mark"


def retag_call_infinitives_read_as_nouns(doc: Doc) -> None:
    """Mend each call verb's infinitive read as a noun without an article, after 'de', 'à' or
    'pour' or as a verb's complement (found from the document's folded words: a Token made only
    for those words)."""
    for i, norm in enumerate(doc._.folded.norms):
        if norm not in _CALL_INFINITIVES:
            continue
        word = doc[i]
        if word.pos_ != "NOUN" or any(c.dep_ == "det" for c in word.children):
            continue  # 'le parler', a noun
        verb = next((a for a in word.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        marks = [c for c in word.children if c.dep_ == "case" and fold(c.text) in _INFINITIVE_PREPOSITIONS]
        if verb is None or not marks and word.dep_ != "xcomp":
            continue
        word.pos_ = "VERB"
        word.morph = MorphAnalysis(word.vocab, {"VerbForm": "Inf"})
        for mark in marks:
            mark.dep_ = "mark"
        noun = word.head
        before = word.doc[marks[0].i - 1] if marks else noun
        if noun.dep_ == "obj" and noun.pos_ == "NOUN" and marks and noun in {before, before.head} and \
                fold(marks[0].text) in {"de", "d'"} and fold(noun.lemma_) not in PERSON_NOUNS | DAY_WORDS:
            word.dep_ = "acl"  # 'n'a aucune raison de téléphoner à Y': it completes the object noun, as above
            continue
        word.head = verb
        word.dep_ = "advcl" if any(fold(m.text) == "pour" for m in marks) else "xcomp"


def retag_call_participles_read_as_nouns(doc: Doc) -> None:
    """Mend each call verb's past participle ('téléphoné', 'entretenues') read as a noun or an
    adjective right after a form of avoir or être (found from the document's folded words: a Token
    made only for those words)."""
    norms = doc._.folded.norms
    for i, norm in enumerate(norms[1:], start=1):
        lemma = _CALL_PARTICIPLES.get(norm)
        if lemma is None:
            continue
        word = doc[i]
        found = _auxiliary_before(word) if word.pos_ in {"NOUN", "ADJ", "PROPN"} else None
        if found is None:
            continue
        auxiliary, incise = found
        word.pos_, word.lemma_ = "VERB", lemma
        word.morph = MorphAnalysis(word.vocab, {"Tense": "Past", "VerbForm": "Part"})
        if auxiliary.head.i != word.i or incise is not None:
            _head_the_clause(word, auxiliary, incise)
        if word.dep_ in _NOMINAL_RELATIONS and word.head.i != word.i:
            word.dep_ = "ccomp" if word.head.pos_ == "VERB" and word.head.i > word.i else "conj"


def retag_causatives_after_an_incise(doc: Doc) -> None:
    """Mend each 'fait' + the infinitive of a reporting verb of two words ('savoir', 'valoir') after
    an auxiliary and an incise, which the parser did not hang the infinitive on (found from the
    document's folded words: a Token made only for those words)."""
    norms = doc._.folded.norms
    for i, norm in enumerate(norms[1:-1], start=1):
        if norm != _CAUSATIVE or norms[i + 1] not in MADE_KNOWN:
            continue
        word, infinitive = doc[i], doc[i + 1]
        if infinitive.pos_ != "VERB" or infinitive.head.i == word.i:
            continue  # read well: the infinitive hangs on 'fait'
        found = _auxiliary_before(word)
        if found is None or found[1] is None:
            continue  # right after its auxiliary, the parser reads it well
        root = infinitive.head.i == infinitive.i
        word.head, word.dep_ = (word, "ROOT") if root else (infinitive.head, infinitive.dep_)
        word.pos_, word.lemma_ = "VERB", "faire"
        doc._.folded.lemmas[i] = "faire"  # the claims find their verbs by the folded lemmas, made before the mends
        word.morph = MorphAnalysis(word.vocab, {"Gender": "Masc", "Number": "Sing", "Tense": "Past", "VerbForm": "Part"})
        infinitive.head, infinitive.dep_ = word, "xcomp"
        for before in [c for c in infinitive.children if c.i < word.i]:
            before.head = word
        auxiliary, incise = found
        auxiliary.pos_ = "AUX"  # 'a' read as a verb: the claims read the tense from the auxiliary
        _head_the_clause(word, auxiliary, incise)


def _auxiliary_before(word: Token) -> tuple[Token, Token | None] | None:
    """The form of avoir or être a participle follows: right before it, or before an incise set off
    by commas ('X aurait, selon une source, téléphoné à Y'), given then with the incise's head."""
    doc = word.doc
    before = doc[word.i - 1]
    if before.pos_ == "AUX" and before.lemma_ in _AUXILIARIES:
        return before, None
    if before.text != ",":
        return None
    for comma in range(word.i - 3, max(0, word.i - 3 - _INCISE_REACH), -1):
        if doc[comma + 1].is_sent_start or doc[comma].text != ",":
            continue
        auxiliary, inside = doc[comma - 1], doc[comma + 1:word.i - 1]
        if not _auxiliary(auxiliary) or any(
                t.pos_ in {"VERB", "AUX"} or t.is_punct for t in inside):
            return None  # another clause, or a list, between the commas
        heads = [t for t in inside if t.head.i == t.i or not comma < t.head.i < word.i - 1]
        return (auxiliary, heads[0]) if len(heads) == 1 else None
    return None


def _auxiliary(word: Token) -> bool:
    """A form of avoir or être as an auxiliary: tagged so, or tagged a verb the parser still hung
    as an auxiliary ('X a, de son côté, fait savoir': 'a' read as a verb, an auxiliary of 'savoir')."""
    return word.lemma_ in _AUXILIARIES and (word.pos_ == "AUX" or word.dep_.startswith("aux"))


def _head_the_clause(participle: Token, auxiliary: Token, incise: Token | None = None) -> None:
    """The participle takes the place of the highest of the subject (the name or noun phrase that
    ends before the auxiliary, 's'' aside), the auxiliary, the `incise` between them ('selon une
    source', then its adjunct) and itself; the words after it that the parser hung on the subject
    or the auxiliary ('au président', the comma) are its own."""
    doc = participle.doc
    before = auxiliary.i - 1
    clitic = doc[before] if before >= 0 and reflexive(doc[before]) else None
    if clitic is not None:
        before -= 1
    if before < 0:
        return
    subject = doc[before]
    if subject.pos_ not in {"PROPN", "NOUN", "PRON"}:  # 'Le président français', 'Emmanuel Macron' with 'Macron' an adverb:
        if subject.dep_ not in {"amod", "flat:name"} or not subject.head.i < subject.i or subject.head.pos_ not in {"PROPN", "NOUN"}:
            return
        subject = subject.head  # the noun or the name the word ends
    while subject.head.i < subject.i and subject.head.pos_ in {"PROPN", "NOUN"} and subject.dep_ in {"flat:name", "nmod", "appos"}:
        subject = subject.head
    words = (subject, auxiliary, participle) if incise is None else (subject, auxiliary, incise, participle)
    three = {w.i for w in words}
    top = next((t for t in words if t.head.i == t.i or t.head.i not in three and not any(
        a.i in three for a in t.ancestors)), None)
    if top is None:
        return
    above, relation = top.head, top.dep_
    moved = [c for w in words[:-1] for c in w.children if c.i > participle.i]
    if top.head.i == top.i:
        participle.head, participle.dep_ = participle, "ROOT"
    else:
        participle.head, participle.dep_ = above, relation
    subject.head, subject.dep_ = participle, "nsubj"
    auxiliary.head, auxiliary.dep_ = participle, "aux:tense"
    if clitic is not None:
        clitic.head, clitic.dep_ = participle, "expl:comp"
    if incise is not None:
        incise.head, incise.dep_ = participle, "obl:mod"
    for word in moved:
        word.head = participle


def relemmatize_verbs_kept_as_forms(doc: Doc) -> None:
    """Give each verb in the present whose lemma is its own form in -e or -ent ('demande',
    'réclament') the infinitive in -er (the words found from the tag, lemma and form arrays: a
    Token made only for those)."""
    pos, lemma, lower = doc.to_array(["POS", "LEMMA", "LOWER"]).T
    for i in numpy.flatnonzero((pos == doc.vocab.strings["VERB"]) & (lemma == lower)).tolist():
        word = doc[i]
        form = word.lower_
        if form.endswith(_FIRST_GROUP_ENDINGS) and "Pres" in feature(word, "Tense"):
            word.lemma_ = form.removesuffix("nt") + "r" if form.endswith("ent") else form + "r"


def retag_completives_read_as_relatives(doc: Doc) -> None:
    """Mend each clause opened by 'que' that the parser hung on a day after a verb as a relative
    clause with 'que' its object (the relative clauses found from the dependency array)."""
    relative = doc.vocab.strings["acl:relcl"]
    for i in numpy.flatnonzero(doc.to_array("DEP") == relative).tolist():
        clause = doc[i]
        day, que = clause.head, doc[clause.left_edge.i]
        verb = day.head
        if fold(day.norm_) not in DAY_WORDS or verb.pos_ != "VERB" or verb.i > day.i or que.norm_ not in _QUE \
                or que.i != day.i + 1 or que.dep_ != "obj" or not any(c.dep_.startswith("nsubj") for c in clause.children):
            continue
        clause.head, clause.dep_ = verb, "ccomp"
        que.pos_, que.dep_ = "SCONJ", "mark"
