"""How a reporting verb stands in its sentence: with a tense or not, in an incise after what it
reports ('..., a déclaré M. X'), in a clause in 'comme' that credits the sentence ('comme l'a
rappelé X'), or with a clause hung on it that it reports ('X a eu un appel avec Y, indique Z').
Claims ask it who speaks; calls ask it which clause is only told by someone ('..., croit savoir
le quotidien Z' is no complement of the call's verb). The questions read the tree; they keep no state.
"""
from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from kg.nlp.cues import cues
from kg.nlp.extract.words import CLOSING_QUOTES, children, feature, kept_per_word, reflexive, tokens_of
from kg.text import fold

_DATIVE_CLITICS = frozenset(fold(w) for w in cues()["dative_clitics"])
_QUE = frozenset(fold(w) for w in cues()["que_forms"])  # the complementiser
_REPORTED_CLAUSE_DEPS = {"advcl", "ccomp", "parataxis", "dep"}  # how the parser hangs a clause on the incise after it
NOUN_PHRASE = frozenset({"DET", "ADJ", "NOUN", "PROPN", "ADP", "NUM"})  # the words of an incise's subject: a role, a country, a name
_INCISE_WORDS = 10  # tokens: how far after its verb an incise that cuts a clause may close ('précise le chef de la diplomatie russe,')


@kept_per_word
def finite(verb: Token) -> bool:
    """'a déclaré', 'ajoute': a verb with a tense, not a participle or an infinitive."""
    return any("Fin" in feature(t, "VerbForm") for t in [verb, *children(verb)]
               if t.i == verb.i or t.dep_.startswith("aux")) or _present_read_as_participle(verb) or unknown_participle(verb) \
        or present_read_as_noun(verb)


def unknown_participle(token: Token) -> bool:
    """'a tweeté', 'a posté', 'a-t-il martelé': a participle the tagger did not know (a name, a
    foreign word) or took for a noun, told by the auxiliary 'avoir' or 'être' it governs, right
    before it or before the subject glued to it."""
    if token.pos_ in {"VERB", "AUX"} or token.i == 0 or not token.norm_.endswith(("e", "es")):
        return False
    at = token.i - 1
    while at > 0 and token.doc[at].pos_ == "PRON" and token.doc[at].text.startswith("-"):
        at -= 1  # '-t', '-il'
    before = token.doc[at]
    # the auxiliary hangs on the participle, or on the inverted pronoun the parser made a word of its own ('a-t-il tweeté')
    return at < token.i and token.i - at <= 3 and fold(before.lemma_) in {"avoir", "etre"} and (
        before.head.i in range(at + 1, token.i + 1) and before.dep_ in {"aux:tense", "aux:pass", "dep"}
        or auxiliary_read_as_verb(token) is not None)


def present_read_as_noun(token: Token) -> bool:
    """'« ... », conteste X', '», nuance X': a verb in the present opening the incise after a
    quote, which the tagger read as the noun spelt like it ('la conteste'). Right after the
    quote's comma, with no article, and given a subject by the parser itself: a noun takes none."""
    if token.pos_ != "NOUN" or token.i < 2 or token.doc[token.i - 1].text != "," or token.doc[token.i - 2].text not in CLOSING_QUOTES:
        return False
    dependents = children(token)
    return not any(c.dep_ == "det" for c in dependents) and any(c.dep_ == "nsubj" and c.i > token.i for c in dependents)


def auxiliary_read_as_verb(participle: Token) -> Token | None:
    """'a' in 'X a tweeté que ...' when the parser read it as 'has', the main verb, with the unknown
    participle right after it its object: the auxiliary, which holds the participle's subject and clause."""
    head = participle.head
    if participle.dep_ != "obj" or head.i != participle.i - 1 or head.pos_ != "VERB" or fold(head.lemma_) != "avoir":
        return None
    return head


def auxiliary_above_its_adverb(participle: Token) -> Token | None:
    """'X s'est en outre entretenu, depuis ..., avec Y': the parser may fold the participle into the
    fixed adverb between it and its auxiliary ('en outre entretenu'), and hang the clause (subject,
    'se', adjuncts) on the auxiliary: that auxiliary, which holds the participle's clause."""
    adverb = participle.head
    if participle.dep_ != "fixed" or adverb.dep_ != "advmod" or "Part" not in feature(participle, "VerbForm"):
        return None
    clause = adverb.head
    return clause if clause.pos_ == "AUX" and clause.i < adverb.i else None


def _present_read_as_participle(verb: Token) -> bool:
    """'fait-on valoir', 'dit-il', '», écrit l'Élysée': a present the tagger took for the participle
    it is spelt like. A participle takes no inverted subject, and one with no auxiliary opening
    the incise after a quote, a noun phrase after it, is the verb of that incise."""
    if "Part" not in feature(verb, "VerbForm") or "Past" not in feature(verb, "Tense") or any(
            c.dep_.startswith("aux") for c in children(verb)):  # ', soulignant le rôle' is a participle indeed
        return False
    doc = verb.doc
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if after is None:
        return False
    if after.text.startswith("-") and len(after.text) > 1 and after.pos_ == "PRON":
        return True
    before = [t.text for t in tokens_of(doc)[max(0, verb.i - 2):verb.i]]
    return before[-1:] == [","] and before[0] in CLOSING_QUOTES and after.pos_ in {"DET", "PROPN"}


def is_clause(token: Token) -> bool:
    """A verb, or a word with an auxiliary the tagger took for a noun ('X a téléphoné à Y pour lui
    réaffirmer son soutien, a indiqué Z': 'téléphoné', made the subject of 'indiqué')."""
    return token.pos_ in {"VERB", "AUX"} or any(c.dep_.startswith("aux") for c in children(token))


def passive(verb: Token) -> bool:
    """'était accusé', 'est-il ajouté': a passive auxiliary is 'être' ('aurait recommandé' is not one,
    whatever the parser says)."""
    return any(c.dep_ == "aux:pass" and fold(c.lemma_) == "etre" for c in children(verb))


def incise(verb: Token, phrase: Sequence[Token] = ()) -> bool:
    """'..., a déclaré M. Peskov.': a verb with a tense after a comma or a quote, its subject after
    it (a participle, '..., soulignant que', is not one). In a phrase of two verbs ('..., a fait
    savoir l'Élysée') the tense and the subject may hang on either. A verb after a coordinating
    conjunction ('..., et a rappelé que', '..., et s'est dit prêt') shares the subject of the one before: no incise."""
    words = list(phrase) or [verb]
    if not any(finite(w) for w in words):
        return False
    tokens = tokens_of(verb.doc)
    start = words_start(verb)
    while start > 0 and reflexive(tokens[start - 1]):
        start -= 1  # '..., et s'est dit prêt à': the verb's words open at its 'se'
    if start > 0 and tokens[start - 1].pos_ == "CCONJ":
        return False
    before = tokens[max(0, verb.i - 5):verb.i]  # (the parser may have cut the sentence at the quote)
    if not any(t.text in {",", "»", '"', "\u201d"} for t in before):
        return False  # (asked before the subjects: most verbs have neither comma nor quote just before)
    closing = max(t.i for t in before if t.text in {",", "»", '"', "\u201d"})
    if any(t.pos_ == "PROPN" for t in tokens[closing + 1:start]):
        return False  # 'Lors de son entretien avec X, Wang Yi a indiqué': a name opens the clause, its subject however hung
    subjects = [c for w in words for c in children(w) if c.dep_.startswith("nsubj") and not is_clause(c)  # not the clause
                and not dative(c, verb)  # nor who is told
                and not _inside_a_quote(c, verb)  # nor a word of the quote
                and not reported_word(c, verb)]  # nor a word of the clause reported ('X a eu un entretien ..., indique Y')
    if not subjects:  # the subject follows, misread as an object; or the verb shares one named before it
        return not listed(verb)
    return any(s.i > verb.i or s.text.startswith("-") for s in subjects)  # inverted


def _inside_a_quote(word: Token, verb: Token) -> bool:
    """'« La Russie est prête », a déclaré X': a word a quote closes on before the verb; not the
    subject of 'X, qui juge la trêve « fragile », a appelé ...', which only a quote opened after it
    follows."""
    marks = (t.text for t in tokens_of(verb.doc)[word.i + 1:verb.i] if t.text in {"«", "\u201c", "»", "\u201d"})
    return next(marks, None) in {"»", "\u201d"}


def listed(verb: Token) -> bool:
    """'X a souligné ..., a réaffirmé ..., a salué ... et a exprimé ...': a link in a list of
    predicates that share the subject named before them, as a communiqué chains what a leader
    said; the list closes on one after 'et' with the same auxiliary and no subject of its own. An
    incise ('..., a indiqué le Kremlin') closes no list, and the clause it credits is another's
    ('ont parlé de ..., a indiqué X, et ont convenu de ...': the auxiliaries differ)."""
    auxiliary = next((c for c in children(verb) if c.dep_ == "aux:tense"), None)
    if auxiliary is None:
        return False
    sentence = verb.sent
    for token in tokens_of(verb.doc)[verb.i + 1:sentence.end]:
        dependents = children(token)
        if token.pos_ == "VERB" and any(c.dep_ == "cc" for c in dependents) and not any(c.dep_.startswith("nsubj") for c in dependents) \
                and any(c.dep_ == "aux:tense" and c.norm_ == auxiliary.norm_ for c in dependents):
            return True
    return False


def across_conjunction(subject: Token, verb: Token) -> bool:
    """'X a qualifié de « positives » les propositions ..., mais a estimé que ...': a word before the
    'et' or 'mais' that joins a verb to the one before it is no subject of the joined verb (a subject
    stands after the conjunction: 'mais Paris a estimé'); the parser took the first verb's object for
    it (and may hang the joined verb as a parataxis or an adverbial clause), and the joined verb shares
    the first one's subject."""
    return verb.head.i < subject.i < verb.i and any(
        c.dep_ == "cc" and subject.i < c.i < verb.i for c in children(verb))


def dative(pronoun: Token, verb: Token) -> bool:
    """'», lui a demandé une journaliste': 'lui' or 'leur' right before the verb's words is who is
    told, whatever the parser made of it (it may read 'lui' as the subject, lemma 'luire')."""
    return pronoun.i + 1 == words_start(verb) and fold(pronoun.text) in _DATIVE_CLITICS


def as_said(verb: Token, marks: frozenset[str]) -> int | None:
    """'Comme l'a rappelé le ministre, ...', '..., ainsi que l'a dit X', 'comme il l'a dit': where
    a clause in 'comme' begins whose 'l'' stands for the sentence it is part of, which the verb's
    subject (after it, often parsed as its object) says; None for any other verb."""
    if not finite(verb):
        return None
    doc = verb.doc
    clitic = next((c for c in children(verb) if c.dep_ == "obj" and c.pos_ == "PRON" and c.i < verb.i), None)
    if clitic is None:
        return None
    at = clitic.i
    while at > 0 and doc[at - 1].pos_ == "PRON" and doc[at - 1].dep_.startswith("nsubj"):
        at -= 1  # 'comme il l'a dit'
    before = [fold(t.text) for t in doc[max(0, at - 2):at]]
    if before and before[-1] in marks:
        return at - 1
    return at - 2 if len(before) == 2 and " ".join(before) in marks else None


@kept_per_word
def reported_clauses(verb: Token) -> list[Token]:
    """The clauses a verb set off by a comma reports when the parser hung them on it: 'X a eu un
    entretien avec Y, indique la présidence' ('eu' under 'indique'), finite and before it, not
    opened by a conjunction ('Quand il a parlé, ...' says when, not what)."""
    dependents = children(verb)
    left = words_start(verb)
    if left == 0 or verb.doc[left - 1].text != ",":
        return []
    return [c for c in dependents if c.i < left and c.dep_ in _REPORTED_CLAUSE_DEPS and c.pos_ in {"VERB", "AUX"}
            and finite(c) and not any(g.dep_ == "mark" for g in children(c))]


def reported_word(subject: Token, verb: Token) -> bool:
    """Is a subject the parser gave an incise verb a word of the clause it reports, after that
    clause's verb ('X a eu un entretien avec Y, indique Z': 'entretien')? The clause may hang on
    the incise, or the incise on the clause ('X a reçu un appel de Y, annonce la présidence', with
    'appel' made the subject of 'annonce' and 'annonce' a complement of 'reçu'): a verb set off by a
    comma, with no conjunction and a noun phrase after it, its subject inverted. The incise may
    also cut the clause between its subject and its verb ('Les deux présidents, précise le
    Kremlin, ont évoqué ...'): then the noun phrase after it, or the pronoun glued to its words
    ('La France, a-t-il ajouté, souhaite ...'), closes on a comma."""
    start = words_start(verb)
    if subject.i >= start:
        return False
    if any(k.i < subject.i for k in reported_clauses(verb)) or _clause_read_as_relative(subject, start):
        return True
    head, doc = verb.head, verb.doc
    if doc[start - 1].text != "," or any(c.dep_ == "mark" for c in children(verb)):
        return False
    inverted = [c for c in children(verb) if c.i > verb.i and c.dep_ in {"obj", "nsubj"} and c.pos_ in {"NOUN", "PROPN"}]
    hung = verb.dep_ in _REPORTED_CLAUSE_DEPS and head.pos_ in {"VERB", "AUX"}
    if hung and head.i < subject.i and finite(head):
        return bool(inverted)
    # the incise closes on the first comma after its verb, with no other verb before it ('indique
    # L'Orient-Le Jour,', a name the parser cuts in pieces), and names someone before that comma,
    # whatever the parser made of the name ('a précisé mercredi Dmitri Peskov,': an apposition of
    # the day; 'a précisé le porte-parole du Kremlin,': the subject of the clause it cuts), or by a
    # pronoun glued to its words ('a-t-il ajouté,', 'ajoute-t-elle,')
    comma = next((t.i for t in doc[verb.i + 1:min(len(doc), verb.i + _INCISE_WORDS)] if t.text == "," or t.pos_ in {"VERB", "AUX"}), None)
    if comma is None or doc[comma].text != "," or not any(
            t.pos_ in {"NOUN", "PROPN"} and t.i > verb.i or _glued_pronoun(t) for t in doc[start:comma]):
        return False
    cut = cut_clause(verb)
    return subject.i < start - 1 and cut is not None and cut.i > comma and finite(cut)


def _clause_read_as_relative(subject: Token, start: int) -> bool:
    """'X, visé par des sanctions, y sera représenté par Y, a annoncé Z': the parser may hang the
    clause's verb on a noun of the subject's apposition as a relative clause and make the clause's
    subject the incise's. A relative opens with its pronoun ('qui', 'que', 'dont', 'où'); a verb with
    a tense under the subject, before the incise's comma, with none from the subject to it, is the
    clause the incise reports."""
    doc = subject.doc
    if doc[start - 1].text != ",":
        return False
    return any(t.dep_ == "acl:relcl" and t.i < start and finite(t) and not any(
        "Rel" in feature(w, "PronType") or w.dep_ == "mark" for w in doc[subject.i:t.i]) for t in subject.subtree)


def cut_clause(verb: Token) -> Token | None:
    """The verb, after an incise, of the clause it cuts: the incise's head ('précise' hung on 'ont
    évoqué'), the verb of the subject the parser hung it on as a relative ('Les chefs d'État,
    rapporte X, ont souligné': 'rapporte' an acl of 'chefs'), or a clause hung on the incise itself,
    with no conjunction before it ('et a ajouté' is the incise's own next statement) nor 'que' ('X, a
    affirmé que la trêve, qui ..., tenait': a completive the verb reports, its subject cut by a relative)."""
    head = verb.head
    if verb.dep_ == "acl" and head.dep_.startswith("nsubj"):
        head = head.head
    if verb.dep_ in _REPORTED_CLAUSE_DEPS | {"acl"} and head.i > verb.i and (
            head.pos_ in {"VERB", "AUX"} or any(c.dep_ == "cop" for c in children(head))):  # 'a été franc'
        return head
    return next((c for c in children(verb) if c.i > verb.i and c.dep_ in _REPORTED_CLAUSE_DEPS | {"conj"} and c.pos_ in {"VERB", "AUX"}
                 and not any(g.dep_ in {"cc", "mark"} for g in children(c))), None)


@kept_per_word
def words_start(verb: Token) -> int:
    """Where the words of a verb begin: its auxiliary's index ('a-t-il déclaré': 'a'), else its own."""
    return min([verb.i, *(c.i for c in children(verb) if c.dep_.startswith("aux"))])


def fixed_into_adverb(participle: Token) -> Token | None:
    """'..., tout en reconnaissant que rien n'est réglé': the parser may read 'tout en reconnaissant'
    as one fixed adverb of the clause the participle reports; that clause's verb, hung after it."""
    adverb = participle.head
    if participle.dep_ != "fixed" or adverb.dep_ != "advmod" or adverb.head.i < participle.i:
        return None
    clause = adverb.head
    return clause if clause.pos_ in {"VERB", "AUX"} and any(fold(g.text) in _QUE for g in children(clause)) else None


def opening_incise(after: Sequence[Token]) -> Token | None:
    """'« ... », a tonné X', '« ... », s'agace X', '« ... », a-t-il grincé': the verb of an incise that
    opens at the comma after a quote, whatever the verb. Writers vary that verb without end (railler,
    soupirer, s'emporter, balayer): the inversion says speech by itself. Before the verb only an
    auxiliary, a reflexive pronoun or a glued subject pronoun; the verb has a tense, and right after
    it (past its glued pronoun) a noun phrase or a name, its subject whatever the parser made of it,
    or its glued pronoun ('sourit-il'). `after`: the tokens after the quote's closing mark."""
    if not after or after[0].text != ",":
        return None
    k = 2
    while k < len(after) and after[1].pos_ == "AUX" and after[k].text.startswith("-"):
        k += 1
    if 2 < k < len(after) and after[k].is_alpha and any(_glued_pronoun(t) for t in after[2:k]):
        return after[k]  # 'a-t-il grincé', whatever the tagger made of the participle
    verb = next((t for t in after[1:5] if t.pos_ == "VERB" or present_read_as_noun(t)), None)
    if verb is None or not finite(verb) or any(
            t.pos_ != "AUX" and not reflexive(t) for t in after[1:after.index(verb)]):
        return None
    following = [t for t in tokens_of(verb.doc)[verb.i + 1:min(len(verb.doc), verb.i + 4)] if t.pos_ not in {"DET", "ADJ"}]
    if following and _glued_pronoun(following[0]):
        return verb  # 'sourit-il'
    return verb if following and following[0].pos_ in {"NOUN", "PROPN", "X"} else None  # a first name may be tagged X


def governing_modal(infinitive: Token, modals: frozenset[str]) -> Token | None:
    """'« ... », s'est contenté de dire X', '», a tenu à préciser X', '», a préféré répondre X': the
    verb with a tense that governs the saying infinitive of an incise (a modal or aspectual verb in
    `modals`, folded lemmas), right before it past 'de' or 'à'; the incise is that verb's, its
    subject the speaker."""
    head = infinitive.head
    if "Inf" not in feature(infinitive, "VerbForm") or infinitive.dep_ != "xcomp" or head.i >= infinitive.i \
            or fold(head.lemma_) not in modals or not finite(head):
        return None
    between = infinitive.doc[head.i + 1:infinitive.i]
    return head if all(t.dep_ == "mark" and t.head.i == infinitive.i for t in between) else None


def incise_before_colon(colon: Token) -> Token | None:
    """'Rien n'a changé, conteste l'ancien ambassadeur X : « ... »': the verb of an incise that closes
    at a colon, whatever the verb, as after a quote (`opening_incise`): the inversion says speech.
    The incise opens at a comma after a clause of its own, its verb has no subject before it nor
    shares one ('X a réuni ses ministres, a rencontré Y : « ... »' goes on X's clause), and from its
    subject to the colon only the words of a noun phrase."""
    sentence = colon.sent
    comma = next((t for t in reversed(sentence[:colon.i - sentence.start]) if t.text == ","), None)
    if comma is None or not any(t.pos_ in {"VERB", "AUX"} and finite(t) for t in colon.doc[sentence.start:comma.i]):
        return None
    verb = opening_incise(list(colon.doc[comma.i:colon.i]))
    if verb is None or verb.dep_ == "conj" or any(c.dep_.startswith("nsubj") and c.i < verb.i for c in children(verb)):
        return None
    return verb if all(t.pos_ in NOUN_PHRASE for t in colon.doc[verb.i + 1:colon.i]) else None


def _glued_pronoun(token: Token) -> bool:
    """'-il', '-t-elle', '-on': a subject pronoun glued to its verb by a hyphen."""
    return token.text.startswith("-") and token.text != "-t" and token.pos_ == "PRON"
