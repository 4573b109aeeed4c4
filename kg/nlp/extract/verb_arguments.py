"""Misparses of a verb's arguments mended in the tree itself, before any reader reads it: its
subjects, objects, partners and days hung on the wrong word (the verb itself:
`kg.nlp.extract.verb_phrases`).

'X et Y ont eu un entretien jeudi': the parser may make the first name the root of the sentence
and the verb a conjunct of it, with only Y as its subject. Every reader then sees Y alone do
it. The verb is the root; X is its subject and Y a conjunct of X.

'X a appelé A et B a salué ...': the parser may make B a conjunct of A, and 'a salué' a clause
with no subject; B is then called too. B is the subject of the verb its auxiliary opens, and
that verb the conjunct of the first.

'X s'est entretenu avec A, puis avec B, a annoncé Z': the parser may make B, preposition and
all, the subject of 'a annoncé'; B is then on no call. B is a conjunct of A.

'X a eu samedi un entretien avec Y, a indiqué Z': with a day between the verb and its object,
the parser may make the object the subject of the reporting verb of the incise after the comma,
and Z that verb's object (and with the day between commas, 'X a eu, lundi, un entretien avec Y,
indique Z', that reporting verb the head of the sentence and the clause its adverbial clause).
An incise's subject follows its verb: the noun before the comma is the object of the verb it
follows, Z the reporting verb's subject, and the incise hangs on the clause it tells. When Z is
already read as its subject ('X a reçu un appel de son frère, le président Y, indique Z'), the
phrase before the comma is an apposition of the noun before it.

'X a proposé à Y un entretien téléphonique': the parser may read the object after the
complement in 'à' as that complement's apposition; the call is then the name's, and what the
verb says of it (a proposal, a plan) is lost. With no comma between ('a appelé Y, un allié' is an
apposition) and an indefinite article, the noun is the verb's object.

'X a rappelé le président ukrainien mardi', 'a été appelé par le président X mardi': the parser
may hang the day on the object or agent before it, where it dates nothing; a weekday with no
preposition after the verb's object or agent is the verb's.

'X a parlé deux heures avec Y': the parser may hang the partner on the length before it; the
talk then has no partner and is no call. The phrase in 'avec' is the verb's.

'X a échangé avec son prédécesseur, Y, le 3 février': the parser may hang the name after the
comma on the verb, as its apposition; the phrase in 'avec' then names no one the article knows,
and the talk has no partner. The name is the apposition of the noun before its comma.

'Le 3 mai, à l'occasion d'une fête, les deux hommes s'étaient parlé': the parser may hang the
fronted day and phrase on the subject after them; they are the verb's.

'Un appel entre MM. A et B est prévu jeudi, a fait savoir Z': with a reporting verb of two words,
the parser may hang 'savoir' on the clause's verb as its conjunct and Z on that verb as its
object; Z is then one more side of the call. Z is the subject of the incise's verb.

'X a affirmé : « Je parlerai jeudi avec le président Y. »': the parser may hang the phrase in
'avec' inside the quote on the reporting verb outside it; the talk then has no partner and is no
call. No word inside a quote belongs to the verb that introduces it: the phrase is the partner of
the quote's own verb before it.

'Le président X m'a, lui, appelé en mars': with an incise between the auxiliary and the
participle, the parser may hang the subject and the clitic on the auxiliary, where no reader
looks for a verb's arguments; the call then has no caller and no one called. An auxiliary cut
from its verb by an incise governs nothing: what hangs on it, its commas aside, is the verb's.

'X m'appelle souvent', 'X m'a appelé mardi': the parser may read 'me' or 'te' as a subject, or
as an expletive, beside the verb's own subject; nobody is then called. A clitic of the first or
second person singular is never a subject; beside a subject of another person (not the 'je' of
'je m'entretiens', a reflexive) it is the verb's object.
"""
from __future__ import annotations

import numpy
from spacy.tokens import Doc, Token

from kg.nlp.cues import cues
from kg.nlp.extract.words import CLOSING_QUOTES, MADE_KNOWN, OPENING_QUOTES, REPORTING_LEMMAS, feature, folded_string
from kg.text import fold

_DURATION_UNITS = frozenset(fold(w) for w in cues()["duration_units"])
#: Nouns that say when, which stand with no preposition ("la semaine dernière", "le mois prochain", "le 4 mars"):
#: a bare noun phrase of one of them after an adverbial phrase dates the verb, it is no object.
_BARE_TIME_NOUNS = frozenset(fold(w) for w in [*cues()["weekdays"], *cues()["times_of_day"], *cues()["duration_units"],
                                                *cues()["ago_units"], *cues()["weekend_nouns"], *cues()["months"]])
_WEEKDAYS = frozenset(fold(w) for w in cues()["weekdays"])
_PARTNER_PREPOSITIONS = frozenset(fold(w) for w in cues()["partner_prepositions"])
_ADDRESS_FORMS = frozenset(fold(w) for w in cues()["address_forms"])  # 'Sa Majesté', 'Son Altesse', 'Son Excellence'
#: 'me', "m'", 'te', "t'" -> the subjects they are the reflexive of: clitics that are never a subject themselves
_OBJECT_CLITICS = {fold(clitic): frozenset(fold(s) for s in subjects)
                   for clitic, subjects in cues()["reflexive_clitics_of_subjects"].items() if clitic not in subjects}


def reattach_coordinated_subjects(doc: Doc) -> None:
    """Mend each sentence whose root is the first of two coordinated subjects (the roots found
    from the dependency array: no Token made for the other words)."""
    root, noun, name = (doc.vocab.strings[s] for s in ("ROOT", "NOUN", "PROPN"))
    array = doc.to_array(["DEP", "POS"])
    pos = array[:, 1]  # two comparisons: numpy.isin sorts its input, ten times their cost on an article
    for i in numpy.flatnonzero((array[:, 0] == root) & ((pos == noun) | (pos == name))).tolist():
        first = doc[i]
        for verb in [c for c in first.children if c.dep_ in {"conj", "parataxis"} and c.pos_ in {"VERB", "AUX"}]:
            found = next(((s, second) for s in verb.children if (second := _second_subject(first, s, verb)) is not None), None)
            if found is not None:
                subject, second = found
                relation = subject.dep_ if subject.dep_.startswith("nsubj") else "nsubj"
                if second is not subject:  # 'X et Vladimir Poutine ont ...': 'Poutine' the verb's subject, 'Vladimir' the root's conjunct
                    subject.head, subject.dep_ = second, "flat:name"
                _make_subjects(first, second, verb, relation)
                break


def _second_subject(first: Token, subject: Token, verb: Token) -> Token | None:
    """The second of 'X et Y' (its first word) when `subject`, a subject of the verb after the
    first (or a name the parser read as its adverb), is Y (after its 'et') or the last word of a
    name Y whose first words the parser made the root's conjunct."""
    doc = first.doc
    read_as_adverb = subject.dep_ == "advmod" and subject.pos_ == "PROPN"  # 'X et Xi Jinping se sont ...'
    if not ((subject.dep_.startswith("nsubj") or read_as_adverb) and first.i < subject.i < verb.i
            and subject.pos_ in {"NOUN", "PROPN"}) or subject.left_edge.i == 0:
        return None
    before = doc[subject.left_edge.i - 1]
    if before.norm_ == "et":
        return subject
    if subject.pos_ == "PROPN" and before.pos_ == "PROPN" and before.dep_ == "conj" and before.head.i == first.i \
            and doc[before.left_edge.i].norm_ == "et":  # its 'et' already hangs on it
        return before
    return None


def _make_subjects(first: Token, second: Token, verb: Token, relation: str) -> None:
    """The verb takes the root's place; the first subject hangs on it (as `relation`), the second
    on the first, with its 'et'; what the parser hung on the first name after the verb ('jeudi')
    is the verb's."""
    edge = second.left_edge.i
    conjunction = first.doc[edge if first.doc[edge].norm_ == "et" else edge - 1]
    after = [c for c in first.children if c.i > verb.i]
    verb.head = verb
    verb.dep_ = "ROOT"
    first.head = verb
    first.dep_ = relation
    second.head = first
    second.dep_ = "conj"
    conjunction.head = second
    conjunction.dep_ = "cc"
    for word in after:
        word.head = verb
        if word.pos_ in {"NOUN", "PROPN"} and not word.dep_.startswith("obl"):
            word.dep_ = "obl:mod"


def reattach_subjects_read_as_conjuncts(doc: Doc) -> None:
    """Mend each verb with an auxiliary and no subject whose auxiliary follows a name the parser
    made the conjunct of another word ('X a appelé A et B a salué ...'): the name is its subject
    (the verbs right after an auxiliary right after a name, found from the tag array)."""
    verb_tag, auxiliary_tag, name_tag = (doc.vocab.strings[s] for s in ("VERB", "AUX", "PROPN"))
    pos = doc.to_array("POS")
    after = numpy.flatnonzero((pos[2:] == verb_tag) & (pos[1:-1] == auxiliary_tag) & (pos[:-2] == name_tag)) + 2
    for i in after.tolist():
        verb = doc[i]
        auxiliary = next((c for c in verb.children if c.dep_ in {"aux", "aux:tense"} and c.i < verb.i), None)
        if auxiliary is None or auxiliary.i == 0 or "Fin" not in feature(auxiliary, "VerbForm") \
                or any(c.dep_.startswith("nsubj") or c.dep_ == "expl:subj" for c in verb.children):
            continue
        last = doc[auxiliary.i - 1]
        name = last.head if last.dep_ == "flat:name" else last
        conjunction = doc[name.i - 1] if name.i else name
        if name.pos_ != "PROPN" or name.dep_ != "conj" or conjunction.norm_ != "et" or conjunction.head.i != name.i:
            continue
        clause = name.head
        while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
            clause = clause.head
        if clause.pos_ not in {"VERB", "AUX"} or clause.i > name.i or verb.is_ancestor(clause):
            continue  # not 'Lors de l'appel initié par X, A et B ont parlé': the verb heads that clause
        verb.head, verb.dep_ = clause, "conj"
        name.head, name.dep_ = verb, "nsubj"
        conjunction.head = verb


def reattach_partners_read_as_subjects(doc: Doc) -> None:
    """Mend each subject that carries 'avec' ('X s'est entretenu avec A, puis avec B, a annoncé
    Z'): a subject takes no preposition, and the parser made B the subject of the reporting verb
    after it. B is a conjunct of the partner named before it in the sentence (the subjects found
    from the dependency array: no Token made for the other words)."""
    strings = doc.vocab.strings
    array = doc.to_array(["DEP", "POS"])
    dep, pos = array[:, 0], array[:, 1]  # comparisons: numpy.isin sorts its input, ten times their cost on an article
    subjects = ((dep == strings["nsubj"]) | (dep == strings["nsubj:pass"])) & ((pos == strings["NOUN"]) | (pos == strings["PROPN"]))
    for i in numpy.flatnonzero(subjects).tolist():
        partner = doc[i]
        if not any(c.dep_ == "case" and c.norm_ in _PARTNER_PREPOSITIONS for c in partner.children):
            continue
        earlier = _partner_before(partner)
        if earlier is not None:
            partner.head, partner.dep_ = earlier, "conj"


def _partner_before(partner: Token) -> Token | None:
    """The nearest word before `partner`, in its sentence, that takes a partner preposition."""
    for j in range(partner.i - 1, partner.sent.start - 1, -1):
        word = partner.doc[j]
        if word.dep_ == "case" and word.norm_ in _PARTNER_PREPOSITIONS and word.head.i != partner.i and word.head.i < partner.i:
            return word.head
    return None


def reattach_objects_read_as_incise_subjects(doc: Doc) -> None:
    """Mend each reporting verb of an incise ('..., a indiqué Z') whose subject the parser found
    before the comma that opens the incise and whose object follows it (the verbs found from the
    tag array: no Token made for the other words)."""
    strings = doc.vocab.strings
    array = doc.to_array(["POS", "LEMMA"])
    for i in numpy.flatnonzero(array[:, 0] == strings["VERB"]).tolist():
        if folded_string(int(array[i, 1]), strings) not in REPORTING_LEMMAS:
            continue  # no Token made for the other verbs
        verb = doc[i]
        if verb.dep_ == "acl" and _incise_read_as_a_nouns_clause(verb):
            continue
        main = verb.head if verb.dep_ in {"parataxis", "conj", "advcl"} else _clause_hung_on_the_incise(verb)
        if main is None or main.i >= verb.i or main.pos_ not in {"VERB", "AUX"}:
            continue
        auxiliaries = [c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i]
        comma = doc[min([verb.i, *(a.i for a in auxiliaries)]) - 1]
        if comma.text != ",":
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and main.i < c.i < comma.i
                        and c.pos_ in {"NOUN", "PROPN"}), None)
        if subject is not None and any(c.dep_ == "nsubj" and c.i > verb.i for c in verb.children):
            _make_an_apposition(subject, main)  # '..., un appel de son frère, le président Y, indique un communiqué'
            continue
        after = next((c for c in verb.children if c.dep_ == "obj" and c.i > verb.i and c.pos_ in {"NOUN", "PROPN"}), None)
        if subject is None or after is None:
            continue
        if any(c.dep_ == "obj" for c in main.children):  # the clause has its object: the phrase describes a noun of it
            if not _make_an_apposition(subject, main):  # '... un appel de son frère, le président Y, indique un communiqué'
                continue
        else:
            subject.head, subject.dep_ = main, "obj"
        if main.head.i == verb.i:  # the clause takes the incise's place in the tree
            main.head, main.dep_ = (main, "ROOT") if verb.head.i == verb.i else (verb.head, verb.dep_)
            verb.head = main
        after.dep_ = "nsubj"
        verb.dep_ = "parataxis"
        for other in [c for c in verb.children if c.dep_ == "nsubj" and main.i < c.i < comma.i]:
            _make_an_apposition(other, main)  # '... un appel de son frère, le président Y, indique Z', 'appel' read as a subject too


def reattach_sources_of_two_word_incises(doc: Doc) -> None:
    """Mend each incise of a reporting verb of two words ('..., a fait savoir Z') whose verb the
    parser hung on the clause before its comma, with Z as that clause's object: Z is the incise's
    subject, and the incise a parenthesis of the clause it tells."""
    strings = doc.vocab.strings
    lemmas = doc.to_array("LEMMA")  # a Token made only for the few words 'savoir' and the like
    for i in numpy.flatnonzero(numpy.isin(lemmas, [strings[w] for w in MADE_KNOWN])).tolist():
        verb = doc[i]
        if verb.i < 3 or doc[verb.i - 1].lemma_ != "faire" \
                or verb.dep_ not in {"conj", "parataxis"} or any(c.dep_.startswith("nsubj") for c in verb.children):
            continue
        start = min([verb.i - 1, *(c.i for c in [*doc[verb.i - 1].children, *verb.children]
                                    if c.dep_.startswith("aux") and c.i < verb.i)])
        main = verb.head
        source = next((c for c in main.children if c.dep_ == "obj" and c.i > verb.i and c.pos_ in {"NOUN", "PROPN"}), None)
        if start == 0 or doc[start - 1].text != "," or main.i >= start or source is None:
            continue
        source.head, source.dep_ = verb, "nsubj"
        verb.dep_ = "parataxis"


def _incise_read_as_a_nouns_clause(verb: Token) -> bool:
    """'X a réitéré la solidité des liens, souligne un communiqué de Y': the parser may hang the
    incise's verb on the object before its comma as a clause of that noun, and read its subject as
    its object. The verb, finite and with no subject, hangs on the clause's verb; its object is its
    subject. Mended here; False when the verb is no such incise."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != "," or "Fin" not in feature(verb, "VerbForm") \
            or any(c.dep_.startswith(("nsubj", "aux", "ccomp", "mark")) for c in verb.children):
        return False
    main = next((a for a in verb.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    after = next((c for c in verb.children if c.dep_ == "obj" and c.i > verb.i and c.pos_ in {"NOUN", "PROPN"}), None)
    if main is None or after is None or main.i > verb.i:
        return False
    verb.head, verb.dep_ = main, "parataxis"
    after.dep_ = "nsubj"
    return True


def _make_an_apposition(phrase: Token, main: Token) -> bool:
    """The phrase set off by commas before an incise that has a subject of its own after its verb
    (or whose clause has its object already) is the apposition of the noun before its comma, in the
    clause the incise tells. False when no such noun is there: nothing changed."""
    doc = phrase.doc
    opening = phrase.left_edge.i - 1
    if opening <= main.i or doc[opening].text != ",":
        return False
    owner = doc[opening - 1]
    owner = owner.head if owner.dep_ == "flat:name" else owner
    if owner.pos_ in {"NOUN", "PROPN"} and main in owner.ancestors:
        phrase.head, phrase.dep_ = owner, "appos"
        return True
    return False


def _clause_hung_on_the_incise(verb: Token) -> Token | None:
    """'X a eu, lundi, un entretien avec Y, indique un communiqué': the parser may make the incise's
    verb the head of the sentence and the clause it tells its adverbial clause."""
    return next((c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i and c.pos_ in {"VERB", "AUX"}), None)


def reattach_fronted_adjuncts_hung_on_subjects(doc: Doc) -> None:
    """Mend each adjunct before a clause ('Le 3 mai, à l'occasion d'une fête, les deux hommes
    s'étaient parlé') the parser hung on the clause's subject after it: a noun takes no adjunct of
    its own (an 'obl' is a verb's), so the day and the phrase are the verb's, and date the call."""
    strings = doc.vocab.strings
    array = doc.to_array(["DEP", "HEAD", "POS"])  # HEAD: the offset to the word's head
    offsets = array[:, 1].astype("int64")
    heads = numpy.arange(len(doc)) + offsets
    head_pos = array[heads, 2]
    adjuncts = [key for key in numpy.unique(array[:, 0]).tolist() if strings[key].startswith("obl")]
    candidates = numpy.isin(array[:, 0], adjuncts) & (offsets > 0) & ((head_pos == strings["NOUN"]) | (head_pos == strings["PROPN"]))
    for i in numpy.flatnonzero(candidates).tolist():
        subject = doc[int(heads[i])]  # an adjunct before the noun it hangs on: Tokens made only for those
        if subject.dep_.startswith("nsubj") and subject.head.pos_ in {"VERB", "AUX"}:
            doc[i].head = subject.head


def reattach_days_hung_on_objects(doc: Doc) -> None:
    """Mend each day with no preposition the parser hung on the verb's object or agent before it
    ('a rappelé le président ukrainien mardi', 'a été appelé par le président X dimanche'): it is
    the verb's (the days found from the folded words: a Token made only for those)."""
    for i, norm in enumerate(doc._.folded.norms):
        if norm not in _WEEKDAYS:
            continue
        day = doc[i]
        noun = day.head
        verb = noun.head
        if day.dep_ != "nmod" or noun.i > day.i or noun.dep_ not in {"obj", "obl:agent"} or verb.pos_ != "VERB" or verb.i > noun.i \
                or any(c.dep_ == "case" for c in day.children):
            continue
        for adjective in [c for c in day.children if c.dep_ == "amod" and c.i < day.i]:
            adjective.head = noun  # 'ukrainien', which the parser hung on the day after it
        day.head, day.dep_ = verb, "obl:mod"


def reattach_partners_hung_on_lengths(doc: Doc) -> None:
    """Mend each phrase in 'avec' the parser hung on a length with its number ('a parlé deux heures
    avec X'): it is the verb's (the lengths found from the folded words: a Token made only for those)."""
    for i, norm in enumerate(doc._.folded.norms):
        if norm not in _DURATION_UNITS:
            continue
        length = doc[i]
        verb = next((a for a in length.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if verb is None or verb.i > length.i or not any(c.dep_ == "nummod" for c in length.children):
            continue
        for partner in [c for c in length.children if c.i > length.i and any(
                k.dep_ == "case" and fold(k.text) in _PARTNER_PREPOSITIONS for k in c.children)]:
            partner.head, partner.dep_ = verb, "obl:mod"


def reattach_objects_read_as_appositions(doc: Doc) -> None:
    """Mend each noun with an indefinite article the parser hung, with no comma between, as the
    apposition of a verb's complement in 'à' that has no object (the nouns found from the tag and
    relation arrays: a Token made only for those hung as appositions)."""
    tags = doc.to_array(["POS", "DEP"])
    appositions = (tags[:, 0] == doc.vocab.strings["NOUN"]) & (tags[:, 1] == doc.vocab.strings["appos"])
    for i in numpy.flatnonzero(appositions).tolist():
        noun = doc[i]
        complement = noun.head
        verb = complement.head
        if complement.i > noun.i or complement.dep_ not in {"obl:arg", "iobj", "obl"} \
                or verb.pos_ != "VERB" or any(c.dep_ == "obj" for c in verb.children):
            continue
        if any(t.is_punct for t in doc[complement.i:noun.i]) or not any(
                c.dep_ == "det" and "Ind" in feature(c, "Definite") for c in noun.children):
            continue
        noun.head, noun.dep_ = verb, "obj"


def reattach_objects_hung_on_adverbials(doc: Doc) -> None:
    """Mend each noun with a determiner and no preposition the parser hung, with no comma between,
    on the noun of a verb's adverbial phrase in a preposition ('a appelé dans la soirée le président
    Y', 'a eu au bout du fil son homologue'): it is the verb's object, if the verb has none (the
    nouns found from the tag and relation arrays: a Token made only for the nouns hung as complements)."""
    tags = doc.to_array(["POS", "DEP"])
    complements = (tags[:, 0] == doc.vocab.strings["NOUN"]) & numpy.isin(tags[:, 1], [doc.vocab.strings["nmod"], doc.vocab.strings["amod"]])
    for i in numpy.flatnonzero(complements).tolist():
        noun = doc[i]
        phrase = noun.head
        while phrase.dep_.startswith("nmod") and phrase.head.i < phrase.i and any(c.dep_ == "case" for c in phrase.children):
            phrase = phrase.head  # 'au bout du fil son homologue': hung on 'fil', the complement of 'bout'
        verb = phrase.head
        if phrase.i > noun.i or not phrase.dep_.startswith("obl") or verb.pos_ != "VERB" or verb.i > phrase.i \
                or not any(c.dep_ == "case" for c in phrase.children) or any(c.dep_ == "obj" for c in verb.children):
            continue
        if any(c.dep_ == "case" for c in noun.children) or not any(c.dep_ == "det" for c in noun.children) \
                or fold(noun.lemma_) in _BARE_TIME_NOUNS or any(t.is_punct for t in doc[phrase.i:noun.i]):
            continue
        noun.head, noun.dep_ = verb, "obj"


def reattach_names_hung_on_the_verb(doc: Doc) -> None:
    """Mend each name the parser hung as an apposition of a verb, right after the comma that ends
    a noun phrase of that verb after it ('a échangé avec son prédécesseur, X, le 3 février'): it
    is that noun's apposition (the names found from the tag and relation arrays: a Token made only
    for the names hung as appositions)."""
    tags = doc.to_array(["POS", "DEP"])
    names = (tags[:, 0] == doc.vocab.strings["PROPN"]) & (tags[:, 1] == doc.vocab.strings["appos"])
    for i in numpy.flatnonzero(names).tolist():
        name = doc[i]
        verb = name.head
        if verb.pos_ != "VERB" or verb.i > i or i < 2 or doc[i - 1].text != ",":
            continue
        noun = doc[i - 2]
        while noun.head.i != verb.i and verb.i < noun.head.i < i:
            noun = noun.head  # 'avec le premier ministre canadien, X': from the phrase's last word to its head
        if noun.head.i == verb.i and noun.pos_ == "NOUN" and noun.dep_.startswith(("obl", "obj")) \
                and any(c.dep_ == "case" or c.dep_ == "det" for c in noun.children):
            name.head = noun


def reattach_partners_hung_outside_their_quote(doc: Doc) -> None:
    """Mend each phrase in 'avec' or 'auprès' inside a quote that the parser hung on a verb outside
    it, when a verb of the quote hung outside it too comes before the phrase: the phrase is that
    verb's (the quotes found from the folded words: a Token made only for the words inside one;
    the straight quote '"', which opens and closes alike, is left out)."""
    norms = doc._.folded.norms
    opening, closing = OPENING_QUOTES - CLOSING_QUOTES, CLOSING_QUOTES - OPENING_QUOTES
    for start, norm in enumerate(norms):
        if norm not in opening:
            continue
        end = next((i for i in range(start + 1, len(norms)) if norms[i] in closing or norms[i] in opening), len(norms))
        if end == len(norms) or norms[end] not in closing:
            continue  # a quote never closed: where it ends is not known
        verb = None
        for i in range(start + 1, end):
            word = doc[i]
            if start < word.head.i < end or word.head.i == word.i:
                continue
            if word.pos_ == "VERB":
                verb = word  # the quote's own clause, hung on the verb that introduces it
            elif verb is not None and word.head.pos_ == "VERB" and word.dep_.startswith("obl") and any(
                    k.dep_ == "case" and fold(k.text) in _PARTNER_PREPOSITIONS for k in word.children) \
                    and not word.is_ancestor(verb):  # never a loop
                word.head = verb


def reattach_titles_after_forms_of_address(doc: Doc) -> None:
    """Mend each title the parser hung beside the form of address before it ('Sa Majesté le roi Y'
    as two objects, or the title on the verb and the address on the call noun): the title is the
    address's apposition (the forms found from the folded norms: a Token made only for those)."""
    norms = doc.to_array(["NORM"])
    forms = numpy.isin(norms, [doc.vocab.strings[w] for w in _ADDRESS_FORMS])
    for i in numpy.flatnonzero(forms).tolist():
        address = doc[i]
        at = i + 1
        if at < len(doc) and doc[at].pos_ == "DET":
            at += 1  # 'le roi', "l'émir"
        if at >= len(doc) or address.pos_ not in {"NOUN", "PROPN"}:
            continue
        title = doc[at]
        if title.pos_ != "NOUN" or title.head.i == title.i or title in address.subtree or title.is_ancestor(address) \
                or not title.head.is_ancestor(address):
            continue  # already the address's, or hung where no mend is needed
        title.head, title.dep_ = address, "appos"


def reattach_arguments_hung_on_auxiliaries(doc: Doc) -> None:
    """Mend each auxiliary the parser gave dependents of its own (its commas aside) when it is the
    auxiliary of a verb after it and an incise between commas stands between them: they are that
    verb's (the auxiliaries found from the tag array). Without an incise the parser's habit is left
    alone: other readers find the negation of 'il n'avait pas parlé' on the auxiliary."""
    strings = doc.vocab.strings
    array = doc.to_array(["DEP", "HEAD"])  # HEAD: the head's offset from the word
    auxiliaries = numpy.isin(array[:, 0], [strings[d] for d in ("aux", "aux:tense", "aux:pass")]) & (array[:, 1].astype(numpy.int64) > 0)
    for i in numpy.flatnonzero(auxiliaries).tolist():
        auxiliary = doc[i]
        verb = auxiliary.head
        if not any(t.text == "," for t in doc[i + 1:verb.i]):
            continue
        for word in [c for c in auxiliary.children if c.dep_ != "punct" and not c.is_ancestor(verb)]:
            word.head = verb


def reattach_object_clitics_read_as_subjects(doc: Doc) -> None:
    """Mend each 'me' or 'te' before its verb read as a subject or an expletive while the verb has
    a subject of another person before it: the clitic is the verb's object (the clitics found from
    the folded norms: a Token made only for those)."""
    norms = doc.to_array(["NORM"])
    clitics = numpy.isin(norms, [doc.vocab.strings[w] for w in _OBJECT_CLITICS])
    for i in numpy.flatnonzero(clitics).tolist():
        clitic = doc[i]
        verb = clitic.head
        if clitic.pos_ != "PRON" or not clitic.dep_.startswith(("nsubj", "expl")) or verb.i < clitic.i:
            continue
        reflexive_of = _OBJECT_CLITICS[fold(clitic.text)]
        subjects = [c for c in verb.children if c.dep_.startswith("nsubj") and c.i < clitic.i]
        if subjects and not any(fold(s.text) in reflexive_of for s in subjects):
            clitic.dep_ = "obj"
