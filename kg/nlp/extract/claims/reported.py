"""Reported speech: the reporting verbs of a sentence that report something, and the part of
the sentence each one reports.

A reporting verb reports when it has a content: a clause ('a indiqué que'), an infinitive ('a
dit avoir informé', 'a appelé à maintenir'), an adjective ('s'est dit prêt', 'estime
possible'), a quote, what follows a colon ('a ajouté : ...'), or, for the verbs whose object is
what was said, a noun phrase ('a réaffirmé l'engagement de ...', 'a insisté sur la nécessité
de ...'). A verb that is negated ('ne précisent pas') or that states a purpose ('pour prévenir
une crise') reports nothing, but for those that say something negated ("n'exclut pas de ..."),
and those that say something only when negated ("n'a pas caché que ...").
"""
from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from spacy.tokens import Span, Token

from kg.nlp.extract.claims.cues import PRESENT_ENDINGS, ClaimCues, marker
from kg.nlp.extract.incises import (
    across_conjunction,
    as_said,
    auxiliary_read_as_verb,
    cut_clause,
    finite,
    fixed_into_adverb,
    incise,
    listed,
    passive,
    unknown_participle,
    words_start,
)
from kg.nlp.extract.words import CLOSING_QUOTES, OPENING_QUOTES, Folded, children, feature, reflexive, tokens_of
from kg.text import fold

_QUOTE_MARKS = OPENING_QUOTES | CLOSING_QUOTES
_CONTENT_DEPS = {"obj", "ccomp", "xcomp", "obl", "obl:arg", "obl:mod", "iobj", "nmod", "advcl", "parataxis"}


@dataclass(frozen=True)
class Report:
    verb: Token
    phrase: tuple[Token, ...]  # the verb and the words of a multiword cue ('fait savoir', 'mis en garde')
    lemma: str  # the cue, folded: 'souligner', 'faire savoir'
    content: str  # clause | infinitive | adjective | object | preposition | quote | colon | incise | anaphoric
    scope: Token  # the token whose subtree is the part of the sentence the verb reports (usually the verb)
    within: int | None = None  # the verb of the report this one is part of, if any
    shares: int | None = None  # the verb of the report whose subject this one shares ('a déclaré ... et a ajouté')
    relayed: bool = False  # passed on by a source's relative ('..., a indiqué l'agence, selon laquelle X a affirmé que ...')


def reporting(token: Token, cues: ClaimCues) -> tuple[tuple[Token, ...], str] | None:
    """The tokens and the cue of the reporting verb `token` starts, if it starts one."""
    if token.pos_ not in {"VERB", "AUX"} and not unknown_participle(token) and not _participle_read_as_adjective(token) \
            and not _gerund_read_as_adjective(token):
        return None
    lemma = _lemma(token, cues)
    doc = token.doc
    phrases = cues.phrases.get(lemma, ())
    if phrases:
        # 'fait-on valoir', 'fait-il savoir': an inverted subject sits inside the phrase; 'mettant alors en garde',
        # an adverb of the verb's
        after = [t for t in tokens_of(doc)[token.i + 1:token.i + 6] if not (t.text.startswith("-") and t.pos_ == "PRON")
                 and not (t.pos_ == "ADV" and t.head.i == token.i and t.norm_ not in cues.negations)]
        for rest in phrases:
            following = after[:len(rest)]
            if len(following) == len(rest) and tuple(t.norm_ for t in following) == rest:
                return (token, *following), " ".join((lemma, *rest))
    if lemma not in cues.verbs:
        return None
    if lemma in cues.reflexive_only and not any(reflexive(c) for c in children(token)):
        return None
    if lemma not in cues.reflexive and _reciprocal(token):
        return None
    if lemma in cues.with_y and not any(c.i < token.i and c.norm_ == "y" for c in children(token)):
        return None  # 'X y voit une provocation', 'n'y voit qu'un geste': a reading stated; 'X voit Y' is sight
    return (token,), lemma


def _reciprocal(token: Token) -> bool:
    """'X et Y se sont salués devant les photographes': a cue the cues never write with 'se' ('saluer'),
    taken with 'se' by a plural subject and with no clause or infinitive to tell, is what they did to
    each other (a greeting), not what one of them said ('se sont promis de ...' still tells something)."""
    dependents = children(token)
    plural = "Plur" in feature(token, "Number") or any(
        c.dep_.startswith("nsubj") and ("Plur" in feature(c, "Number") or any(g.dep_ == "conj" for g in children(c)))
        for c in dependents)
    return plural and any(reflexive(c) and c.i < token.i for c in dependents) and not any(
        c.dep_ in {"ccomp", "xcomp"} for c in dependents)


def _participle_read_as_adjective(token: Token) -> bool:
    """"n'a pas caché que ...": a participle the tagger took for an adjective, told by the auxiliary
    'avoir' hung on it (an adjective takes 'être' as its copula, never 'avoir')."""
    return token.pos_ == "ADJ" and any(c.dep_ == "aux:tense" and fold(c.lemma_) == "avoir" for c in children(token))


def _gerund_read_as_adjective(token: Token) -> bool:
    """', tout en regrettant que ...': a present participle the tagger took for an adjective, told by
    the 'en' that marks it (an adjective never takes 'en' as its mark: 'en' opens only a gerund)."""
    return token.pos_ == "ADJ" and token.norm_.endswith("ant") and any(
        c.dep_ == "mark" and c.norm_ == "en" and c.i < token.i for c in children(token))


def _lemma(token: Token, cues: ClaimCues) -> str:
    """The token's lemma, folded; a present form the model left as it is ('indique', 'estime',
    'précisent') gets its infinitive when that is a cue."""
    return _cue_lemma(fold(token.lemma_), token.norm_, cues)


def _cue_lemma(lemma: str, form: str, cues: ClaimCues) -> str:
    """`_lemma` of a word given its folded lemma and form."""
    if lemma != form or lemma in cues.verbs or lemma in cues.phrases:
        return lemma
    for ending in PRESENT_ENDINGS:
        if lemma.endswith(ending) and lemma[: -len(ending)] + "er" in cues.verbs:
            return lemma[: -len(ending)] + "er"
    return lemma


def reports(sent: Span, cues: ClaimCues, skip: set[int], quoted: set[int], folded: Folded,
            answered: Collection[int] = ()) -> list[Report]:
    """The reporting verbs of a sentence that report something, in order (not those inside quotes);
    `folded`: the document's folded words (`doc._.folded`, which costs microseconds to read);
    `answered`: the character offsets of an interview's answers, where 'je' is the interviewee, no writer."""
    found = []
    taken: set[int] = set()
    doc = sent.doc
    lemmas, may_start = folded.lemmas, cues.may_start
    for i in range(sent.start, sent.end):
        if lemmas[i] not in may_start or i in skip or i in taken or i in quoted:
            continue
        base = _cue_lemma(lemmas[i], folded.norms[i], cues)
        if base not in cues.verbs and base not in cues.phrases:
            continue  # no reporting verb starts here: no Token made for it
        token = doc[i]
        matched = reporting(token, cues)
        if matched is None:
            continue
        phrase, lemma = matched
        negated = _negated(phrase, cues)
        if (negated or _refused(token, cues)) and lemma not in cues.possible_when_negated | cues.said_only_when_negated \
                or lemma in cues.said_only_when_negated and not negated or _purpose(token, cues) \
                or _writer(token, sent) and token.idx not in answered or _asked(token, sent, quoted, folded) \
                or len(phrase) == 1 and _naming(token):
            continue
        kind = content(phrase, lemma, cues, sent)
        if kind is None or _background(token, kind, lemma, cues):
            continue
        taken.update(t.i for t in phrase)
        found.append(Report(token, phrase, lemma, kind, _scope(token)))
    found.extend(_views_of_antecedents(sent, found, skip, quoted, cues))
    found.sort(key=lambda r: r.verb.i)
    return _nest([r for r in found if not _as_said_of_a_report(r, found, cues)], cues, sent)


def _views_of_antecedents(sent: Span, found: list[Report], skip: set[int], quoted: set[int], cues: ClaimCues) -> list[Report]:
    """'..., a déclaré le président X, selon lequel les entreprises ont « toute leur place »': a relative
    opened by an attribution marker with no reporting verb in it states its antecedent's view, a
    statement of that person or body beside the one its sentence reports (the marker is its cue)."""
    return [Report(verb, (verb,), view[0], "clause", verb) for verb in sent
            if verb.i not in skip and verb.i not in quoted and not any(r.verb in verb.subtree for r in found)
            and (view := antecedent_view(verb, cues)) is not None]


def antecedent_view(verb: Token, cues: ClaimCues) -> tuple[str, Token] | None:
    """The attribution marker ('selon') and the antecedent of a relative 'selon lequel ...' whose verb
    reports nothing: the view of that antecedent, not of the verb's subject. The relative follows its
    antecedent, whose phrase ends right before the marker (the parser may hang the relative on the
    incise's verb rather than on the noun); it is a name or a person's role ('une idée selon laquelle
    ...' is no one's statement). `verb` is the word the parser makes the relative's head, which a quote
    inside it may turn into its subject noun ('selon lequel les entreprises ont « toute leur place »')."""
    case = _attribution_marker(verb, cues)  # the words first: most verbs have no such relative
    if case is None or case.i == 0 or reporting(verb, cues) is not None:
        return None
    doc = verb.doc
    noun = doc[case.i - 1] if doc[case.i - 1].text != "," or case.i == 1 else doc[case.i - 2]
    while noun.dep_ in {"flat:name", "appos", "amod", "nmod"} and noun.head.i < noun.i:
        noun = noun.head
    if noun.pos_ == "PROPN" or fold(noun.lemma_) in cues.role_nouns or any(
            c.dep_ == "appos" and c.pos_ == "PROPN" for c in children(noun)):
        return cues.attribution[fold(case.text)], noun
    return None


def _background(verb: Token, kind: str, lemma: str, cues: ClaimCues) -> bool:
    """'une réforme sur laquelle Berlin souhaite engager ...', 'ces exigences, que Moscou juge ...': a
    stance in a relative clause whose antecedent is what the stance is about (the relative pronoun
    its object or complement, the clause a subject of its own) describes that noun of the sentence,
    with neither a clause nor a quote of its own it is no statement the text reports. A relative
    on a speaker ('X, qui a exprimé le soutien de ...', 'X, qui réclame ...') is one, and so is one on a
    document opened by 'dans' ('la lettre dans laquelle X exprimait ses regrets'): what it says. A relative the parser
    read as a content clause ('la conférence ..., que X souhaite prolonger') describes its noun when it
    tells what X wants done with it; 'que X affirme avoir remportée' asserts something, a statement."""
    if kind not in {"object", "infinitive", "adjective"} or any(t.text in _QUOTE_MARKS for t in verb.subtree):
        return False
    dependents = children(verb)
    if _relative_read_as_subject(verb):  # '..., une option que Berlin et Paris jugent dangereuse'
        return True
    if kind == "adjective":
        return False
    own_subject = any(c.dep_.startswith("nsubj") and "Rel" not in feature(c, "PronType") for c in dependents)
    if _relative_shape(verb):  # '..., que la Suisse souhaite prolonger', '..., qu'elle souhaite prolonger'
        return own_subject and lemma in cues.intending
    relatives = [c for c in dependents if c.dep_.startswith(("obj", "obl")) and "Rel" in feature(c, "PronType")]
    return verb.dep_ == "acl:relcl" and own_subject and bool(relatives) and not (cues.document(verb.head) and any(
        marker(g.text) == "dans" for c in relatives for g in children(c) if g.dep_ == "case"))


def _relative_read_as_subject(verb: Token) -> bool:
    """'une option que Berlin et Paris jugent dangereuse': the parser may make the noun before 'que' the
    verb's subject and its true subject the noun's dependent. A subject noun 'que' follows right away,
    before the verb, is the antecedent of a relative 'que' (a content clause, 'l'idée que Berlin a
    raison', is not its own noun's predicate), so the verb describes that noun."""
    doc = verb.doc
    return any(c.dep_.startswith("nsubj") and c.pos_ == "NOUN" and c.i + 2 < verb.i
               and marker(doc[c.i + 1].text) == "que" and doc[c.i + 1].dep_ in {"mark", "obj"}
               for c in children(verb))


def _relative_read_as_clause(verb: Token) -> bool:
    """'a insisté sur la nécessité d'adapter l'Alliance, que le communiqué qualifie de ...': a 'que'
    right after a comma that ends a noun phrase, with no comma between the governing verb and that
    noun, is a relative on the noun which the parser made the verb's content clause; a content
    clause set off by a comma follows an incise opened by one ('a dit, dans un entretien, que') or a
    gerund's aside (`_gerund_aside`). Not with
    a pronoun subject ('..., qu'elle juge ...'): it is a statement of its own only when the pronoun
    can be bound to someone (`pronoun_relative`), else it stays in the main claim."""
    return _relative_shape(verb) and not any(c.dep_.startswith("nsubj") and c.pos_ == "PRON" for c in children(verb))


def pronoun_relative(verb: Token) -> Token | None:
    """'Elle a dénoncé ces mesures, qu'elle juge « illégales »': the personal pronoun subject of a
    relative on a noun which the parser made the verb's content clause; the relative is the
    pronoun's own statement when the speaker rules can tell whom it stands for."""
    subject = next((c for c in children(verb) if c.dep_.startswith("nsubj") and c.pos_ == "PRON"), None)
    return subject if subject is not None and "Rel" not in feature(subject, "PronType") and _relative_shape(verb) else None


def _relative_shape(verb: Token) -> bool:
    """A content clause opened by 'que' right after a comma that ends a noun phrase, no comma between
    the governing verb and that noun (`_relative_read_as_clause`)."""
    if verb.dep_ != "ccomp" or verb.head.i > verb.i:
        return False
    doc = verb.doc
    mark = next((c for c in children(verb) if c.dep_ == "mark" and marker(c.text) == "que"), None)
    if mark is None or mark.i < 2 or doc[mark.i - 1].text != "," or doc[mark.i - 2].pos_ not in {"NOUN", "PROPN", "ADJ"} \
            or _gerund_aside(verb.head, mark):
        return False
    return not any(t.text == "," for t in tokens_of(doc)[verb.head.i + 1:mark.i - 1])


def _as_said_of_a_report(report: Report, found: list[Report], cues: ClaimCues) -> bool:
    """'Y a démenti qu'une réunion ait eu lieu, comme l'affirmait X': the 'l'' of a 'comme' clause hung
    on another reporting verb stands for what that verb reports, not for the sentence: Y speaks the
    sentence, and X's words are only the clause Y denies or repeats, which the text gives once."""
    if report.content != "incise" or as_said(report.verb, cues.as_said_marks) is None:
        return False
    return any(other.verb.i == report.verb.head.i and other.content != "incise" for other in found)


def _nest(found: list[Report], cues: ClaimCues, sent: Span) -> list[Report]:
    """Marks reported speech inside reported speech: 'X a assuré que ..., a déclaré M. Y' and 'Y a
    déclaré que X avait assuré ...' are Y's, once Y is known. 'a appelé ... et réitéré ...' is two
    statements of one speaker, the second participle sharing the first one's auxiliary and subject.
    A participle is never speech of another ('a qualifié ces propos de ..., soulignant que': two
    statements of one speaker). An incise cuts no clause that is the incise closing the sentence
    ('X, reçu lundi, a parlé avec Y, affirme son bureau': the parser may leave 'parlé' no subject and
    read it as an incise too, 'affirme' the clause it cuts; the two would each nest the other)."""
    outer: dict[int, int] = {}
    shares: dict[int, int] = {}
    heads = [r for r in found if not _bare_participle(r.verb)]
    for report in found:
        earlier = [r.verb.i for r in heads if r.verb.i < report.verb.i]
        if _bare_participle(report.verb) and earlier and report.content != "incise":  # '..., a fait savoir X': 'a' on 'savoir'
            (shares if _joined(report.verb, earlier[-1]) else outer)[report.verb.i] = earlier[-1]
    for report in found:
        if report.content == "incise":
            cut = cut_clause(report.verb)
            if cut is not None and any(r.verb.i == cut.i and r.content == "incise" for r in found) and _closing(cut, sent):
                cut = None
            for other in found:  # 'Les présidents, précise X, ont évoqué ...': the clause the incise cuts is X's too
                if other.verb.i < report.verb.i or cut is not None and other.verb.i == cut.i and finite(other.verb):
                    outer.setdefault(other.verb.i, report.verb.i)
            continue
    for report in found:
        for child in (c for t in report.phrase for c in children(t) if c.dep_ in {"ccomp", "xcomp", "obj"}):
            for other in found:  # 'a dit que X avait assuré', 'a dit avoir informé'
                if other is report or other.verb not in child.subtree or other.content == "incise" or other.verb.i in shares:
                    continue  # '..., rapporte l'agence X' hung inside the clause it reports is still the outer one
                if child.dep_ == "obj" and _relative(other.verb) or _relative_read_as_clause(other.verb) \
                        or _according_to_relative(other.verb, cues):
                    continue  # 'X a annoncé des sanctions, que Y a dénoncées': the writer's words on the object, Y's statement
                if _coordinated(other.verb) or _link(other.verb):  # 'a déclaré que ... et a ajouté que ...', hung low by the parser
                    shares.setdefault(other.verb.i, report.verb.i)
                elif finite(other.verb) or other.verb.i == child.i and not _gerund(other.verb) or not _adjunct(other.verb):
                    outer.setdefault(other.verb.i, report.verb.i)
                else:  # 'a assuré que ..., tout en l'exhortant à ...', hung in the clause: the gerund's subject is the speaker
                    shares.setdefault(other.verb.i, report.verb.i)
    for k, report in enumerate(found):  # 'X a souligné ..., a réaffirmé ... et a salué ...': X's, each of them
        if report.verb.i not in shares and report.verb.i not in outer and (_link(report.verb) or _coordinated(report.verb)):
            before = next((r for r in reversed(found[:k]) if _auxiliary(r.verb) == _auxiliary(report.verb)), None)
            if before is not None:
                shares[report.verb.i] = shares.get(before.verb.i, before.verb.i)
    return [Report(r.verb, r.phrase, r.lemma, r.content, r.scope, outer.get(r.verb.i), shares.get(r.verb.i),
                   _according_to_relative(r.verb, cues)) for r in found]


def _closing(verb: Token, sent: Span) -> bool:
    """'..., affirme son bureau.': a verb whose subject follows it and whose words end the sentence. The
    clause an incise cuts ('Les présidents, précise X, ont évoqué ...') has its subject before the
    incise, so such a verb is no clause cut but the incise the whole sentence is said by."""
    return any(c.dep_.startswith("nsubj") and c.i > verb.i for c in children(verb)) and all(
        t.is_punct for t in tokens_of(verb.doc)[verb.right_edge.i + 1:sent.end])


def _according_to_relative(verb: Token, cues: ClaimCues) -> bool:
    """'..., a indiqué l'agence, selon laquelle X a affirmé que ...': a relative opened by an attribution
    marker on the source names who said what it reports: X's statement, which the source passes on,
    not part of the source's own (the account of the talks before the incise)."""
    return _attribution_marker(verb, cues) is not None


def _attribution_marker(verb: Token, cues: ClaimCues) -> Token | None:
    """The marker ('selon') of the relative pronoun that opens the verb's clause ('selon laquelle ...')."""
    return next((g for c in children(verb) if "Rel" in feature(c, "PronType") and c.i < verb.i
                 for g in children(c) if g.dep_ == "case" and fold(g.text) in cues.attribution), None)


def _relative(verb: Token) -> bool:
    """A finite relative clause ('..., qui a précisé que', '..., une décision que Y a dénoncée'): hung
    on a reporting verb's object (or on the speaker an incise's parse makes its object: 'a reconnu
    son conseiller X, qui a précisé que ...'), it is the writer's description of that noun, its
    reporting verb a statement of its own subject, not part of what the verb reports."""
    return verb.dep_ in {"acl:relcl", "acl"} and finite(verb) and any(
        "Rel" in feature(c, "PronType") or c.dep_ == "mark" and marker(c.text) == "que" for c in children(verb))


def account_of_several(report: Report) -> bool:
    """'Selon l'Élysée, X et Y ont rappelé ... et appelé ...': the report of a participle that has the
    auxiliary of another whose subject is several people, a source's one account of what they did
    together. One person's two participles ('Selon l'agence X, le président Y a appelé ... et proposé
    ...') are two statements of that person, as without the source."""
    if report.shares is None or not _bare_participle(report.verb):
        return False
    first = report.verb.doc[report.shares]
    return _by_several(first, children(first))


def _joined(participle: Token, before: int) -> bool:
    """'a appelé ... et réitéré ...': a participle joined by a conjunction to the verb `before`,
    whose auxiliary it shares, is a predicate of its own (not 'fait' in '..., a fait savoir X').
    The parser may join it to the infinitive that verb governs ('a appelé X à soutenir Y et
    réitéré ...'): an infinitive has no auxiliary to share, so the participle is still the verb's
    peer. Hung on a word of the clause `before` reports ('a jugé qu'il s'agissait d'un « tournant » et
    exhorté Y à ...'), it is still the verb's peer when no verb of that clause has an auxiliary it
    could share; with one ('a dit que X avait signé ... et promis ...') it stays inside that clause.
    Hung on the verb's object, with no clause between ('a évoqué une « très bonne » discussion et
    annoncé ...'), it stays one account (the seeds' gold reads it so)."""
    head = participle.head
    doc = participle.doc
    return participle.dep_ == "conj" and any(c.dep_ == "cc" and c.i < participle.i for c in children(participle)) and (
        head.i == before or "Inf" in feature(head, "VerbForm") or _auxiliary(doc[before]) is not None and bool(
            between := [t for t in tokens_of(doc)[before + 1:participle.i] if t.pos_ in {"VERB", "AUX"} and not t.dep_.startswith("aux")])
        and not any(_auxiliary(t) is not None for t in between))


def _link(verb: Token) -> bool:
    """A subjectless predicate in a list of them after a comma ('..., a réaffirmé ...'), see `listed`."""
    return not any(c.dep_.startswith("nsubj") for c in children(verb)) and listed(verb)


def _auxiliary(verb: Token) -> str | None:
    """The tense auxiliary of a verb, as written ('a', 'ont'): predicates of one subject agree."""
    return next((c.norm_ for c in children(verb) if c.dep_ == "aux:tense"), None)


def _coordinated(verb: Token) -> bool:
    """'et a ajouté', 'mais a démenti': a verb with its own auxiliary, no subject, after 'et'/'mais'."""
    dependents = children(verb)
    return (any(c.dep_ == "cc" for c in dependents) and any(c.dep_.startswith("aux") for c in dependents)
            and not any(c.dep_.startswith("nsubj") and not across_conjunction(c, verb) for c in dependents))


def _clause_below(phrase: tuple[Token, ...], conjunction: Token) -> bool:
    """Is the clause 'que' opens under the reporting verb (any word of its phrase: 'a fait savoir
    dans la soirée que'), through nouns only (not through another verb)? The clause's verb is
    its head, or what its head is the auxiliary of ('que le président restait ouvert', with
    'restait' read as the auxiliary of 'ouvert')."""
    head = conjunction.head
    while head.dep_.startswith(("aux", "cop")) and head.head.i != head.i:
        head = head.head
    words = {t.i for t in phrase}
    for ancestor in head.ancestors:
        if ancestor.i in words:
            return True
        if ancestor.pos_ in {"VERB", "AUX"} and not _gerund_aside(ancestor, conjunction):
            return False
    return False


def _gerund_aside(gerund: Token, conjunction: Token) -> bool:
    """'affirmait, en citant des sources anonymes, que ...': a gerund set off by commas between the
    verb and its 'que', which the parser makes the head of the clause after it, is an aside on how
    it was said; the clause is the verb's (a gerund's own clause follows it with no comma between)."""
    doc = gerund.doc
    return "Part" in feature(gerund, "VerbForm") and "Pres" in feature(gerund, "Tense") and gerund.i < conjunction.i \
        and doc[conjunction.i - 1].text == "," and any(
            c.dep_ == "mark" and c.norm_ == "en" and doc[c.i - 1].text == "," for c in children(gerund))


def _conjunction(word: Token) -> bool:
    """'que' opening a clause: a conjunction, or one the tagger read as a relative pronoun that the
    parser still marks its clause with ('a estimé jeudi qu'Israël devait ...', the clause hung on
    the day as a relative) or whose verb has an object of its own ('a déclaré devant l'Assemblée que son pays ne cherchait pas la
    guerre': a relative 'que' would be the verb's object)."""
    if marker(word.text) != "que":
        return False
    return word.pos_ == "SCONJ" or word.dep_ == "mark" or word.pos_ == "PRON" and word.dep_ in {"obj", "iobj"} and any(
        c.dep_ == "obj" and c.i != word.i for c in children(word.head))


def _infinitive(verb: Token) -> bool:
    """'informer', or 'avoir informé' (a participle whose auxiliary is an infinitive)."""
    return "Inf" in feature(verb, "VerbForm") or any(
        c.dep_.startswith("aux") and "Inf" in feature(c, "VerbForm") for c in children(verb))


def _conditional(clause: Token) -> bool:
    """'si Ottawa ne cède pas': a clause opened by 'si', the condition of what was threatened."""
    return clause.pos_ in {"VERB", "AUX"} and any(c.dep_ == "mark" and fold(c.text) == "si" for c in children(clause))


def _stray_infinitive(noun: Token) -> bool:
    """An infinitive without 'à' or 'de' right after a verb's adjunct, which the parser hangs on the
    adjunct's noun ('dans un communiqué avoir lancé ...', 'sur X être prêt à ...'): no noun takes
    such an infinitive ('le droit de vivre' has its 'de'), the verb before the adjunct does."""
    return any(c.dep_ == "acl" and c.i > noun.i and _infinitive(c) and not any(g.dep_ in {"mark", "case"} for g in children(c))
               for c in children(noun))


def _gerund(verb: Token) -> bool:
    """', accusant les milices de ...' after a statement: a present participle set off by a comma, which
    the parser may make the statement's own complement, adds a statement of the same speaker."""
    return "Part" in feature(verb, "VerbForm") and "Pres" in feature(verb, "Tense") and _adjunct(verb)


def _adjunct(verb: Token) -> bool:
    """', soulignant que', ', tout en précisant que', ', après avoir accusé', ', tout en l'exhortant à', ', avant
    de prévenir que': set off by a comma, it adds a statement (an object pronoun of the participle, 'l'', 'les',
    'lui', or the conjunction that opens the infinitive, 'avant de', before it)."""
    before = [t for t in tokens_of(verb.doc)[max(0, verb.i - 4):verb.i] if t.norm_ not in {"tout", "en", "apres", "avoir"}
              and not (t.head.i == verb.i and (t.pos_ == "PRON" and t.dep_ in {"obj", "iobj"} or t.dep_ == "mark"))]
    return bool(before) and before[-1].text == ","


def _pointing_back(verb: Token, phrase: tuple[Token, ...], dependents: list[Token], cues: ClaimCues) -> bool:
    """'Ainsi s'est exprimé X', 'Voilà ce qu'a déclaré X', "C'est en ces termes que X a réagi": the
    sentence says who spoke the words told before it, and says nothing of its own (no clause or
    quote after the verb)."""
    if any(c.dep_ == "ccomp" or marker(c.text) == "que" and c.i > verb.i for c in dependents):
        return False
    opener = next((c for c in dependents if c.norm_ in cues.pointing_back_openers and c.i < verb.i and c.is_sent_start), None)
    if opener is not None:  # 'Ainsi s'est exprimé X', 'Ainsi a réagi X' ('ainsi' may be read as its subject): the
        # subject after the verb ('Ainsi, X a démenti tout appel' is a statement of its own)
        return not any(c.dep_.startswith("nsubj") and opener.i < c.i < verb.i for c in dependents) and \
            tokens_of(verb.doc)[opener.i + 1].text != ","
    head = verb.head
    if verb.dep_ == "acl:relcl" and fold(head.text) == "ce" and fold(head.head.text) in cues.pointing_back_openers:
        return True  # 'Voilà ce qu'a déclaré X': 'ce' the object of 'voilà'
    return verb.dep_.startswith("acl") and fold(head.lemma_) in cues.wording_nouns and any(
        c.dep_ == "det" and c.norm_ == "ces" for c in children(head))  # "C'est en ces termes que X a ..."


def content(phrase: tuple[Token, ...], lemma: str, cues: ClaimCues, sent: Span) -> str | None:
    """What kind of content a reporting verb has in its sentence, or None when it reports nothing."""
    verb = phrase[0]
    holder = auxiliary_read_as_verb(verb) if unknown_participle(verb) else None
    if holder is not None:  # 'X a tweeté que ...': what the participle governs hangs on its auxiliary
        phrase = (*phrase, holder)
    dependents = [c for t in phrase for c in children(t) if c not in phrase]
    if verb.dep_ in {"mark", "fixed"} and _scope(verb).i != verb.i:
        return "clause"  # 'Rappelant que ...' taken by the parser for a conjunction of the clause it reports
    if any(t.dep_ == "acl:relcl" and fold(t.head.text) == "ce" and not t.head.dep_.startswith(("obj", "nsubj", "obl", "iobj"))
           for t in phrase) and any(
            marker(c.text) == "que" for c in dependents):
        return "anaphoric"  # 'C'est ce qu'a indiqué X', ', ce que Moscou dément': what was said is told before
    if _pointing_back(verb, phrase, dependents, cues):
        return "anaphoric"
    if (incise(verb, phrase) or as_said(verb, cues.as_said_marks) is not None) and not any(c.dep_ == "ccomp" and c.i > verb.i for c in dependents):
        return "incise"
    if _colon(verb, phrase, sent):  # 'X et Y se sont parlé : ce que l'on sait': two who talked, not words of one
        return None if lemma in cues.quote_only and _by_several(verb, dependents) else "colon"
    if lemma in cues.incise_only:  # 'a poursuivi : « ... »', not 'poursuivre ses efforts'
        following = next((t for t in verb.doc[phrase[-1].i + 1:sent.end] if t.pos_ != "ADV"), None)
        # a quote that opens after the verb: 'Israël « poursuit » ses frappes' closes one on it
        return "quote" if following is not None and following.text in OPENING_QUOTES else None
    if lemma in cues.quote_only:  # 'Le Kremlin parle d'une « mise en scène »': the words it chose; 'X et Y
        # ont parlé de « la paix »', what two people talked about, in someone else's words
        if _quoted(dependents) and not _by_several(verb, dependents):
            return "quote"
        # 'a menacé d'imposer des droits de douane si Ottawa ...': an infinitive in the verb's preposition with a
        # condition is an ultimatum, said to someone; 'menace d'imposer des droits', with none, tells a move
        threatened = cues.prepositions.get(lemma, frozenset())
        infinitives = [c for c in dependents if c.dep_ == "xcomp" and c.pos_ == "VERB" and _infinitive(c)
                       and any(g.dep_ == "mark" and marker(g.text) in threatened for g in children(c))]
        return "infinitive" if infinitives and any(_conditional(c) for t in [verb, *infinitives] for c in children(t)) else None
    if lemma in cues.clause_only:  # 'a soutenu que le Canada ...' reports; 'soutenir l'Ukraine « aussi longtemps que ... »' does not
        return "clause" if any(c.dep_ == "ccomp" and any(g.dep_.startswith("nsubj") for g in children(c)) for c in dependents) else None
    markers = cues.prepositions.get(lemma)
    for child in dependents:
        if child.dep_ == "ccomp" and not _name_alone(child) and not _relative_read_as_clause(child) \
                or marker(child.text) == "que" and child.i > verb.i:
            return "clause"
    if any(_clause_below(phrase, t) for t in tokens_of(verb.doc)[phrase[-1].i + 1:min(sent.end, phrase[-1].i + 12)]
           if _conjunction(t) and not _relative_read_as_clause(t.head)):
        return "clause"  # 'a dit à l'agence X qu'il ...': the parser hangs the clause on the addressee
    for child in dependents:
        if child.pos_ == "ADJ" and child.dep_ in {"xcomp", "obj", "advmod"} and not any(g.dep_ == "det" for g in children(child)):
            # 's'est dit prêt', 'estime possible ...'; not 'ont évoqué un possible cessez-le-feu', an adjective
            # with an article of its own, the noun after it misparsed as its dependent
            return "adjective"
        bare = child.dep_ == "advcl" and child.i > verb.i and not _adjunct(child) and not any(
            c.dep_ == "mark" for c in children(child))  # "a affirmé samedi s'être entretenu ...", read as an adjunct
        if child.dep_ != "xcomp" and not bare:
            continue
        if lemma == "qualifier":
            return "adjective"
        if child.pos_ in {"VERB", "AUX"} and _infinitive(child):
            mark = next((marker(c.text) for c in children(child) if c.dep_ == "mark"), "")
            if markers is None or mark in markers:
                return "infinitive"
    if markers is None and any(_stray_infinitive(c) for c in dependents if c.dep_.startswith("obl") and c.i > verb.i):
        return "infinitive"  # 'a affirmé dans un communiqué avoir lancé ...', the infinitive hung on 'communiqué'
    if lemma in cues.attribute_verbs and any(_with_attribute(c) for c in dependents if c.dep_ == "obj" and c.pos_ in {"NOUN", "PROPN"}):
        return "adjective"  # 'juge les sanctions inefficaces', 'estime la situation préoccupante'
    if markers:  # 'a exhorté les deux camps à reprendre': the parser may hang the infinitive on the addressee
        # 's'est félicité des progrès': a verb with 'se' takes no object, its 'des' or 'du' is 'de' and an article
        contracted = {"case", "mark", "det"} if any(reflexive(c) for c in dependents) else {"case", "mark"}
        for child in [*dependents, *(g for c in dependents if c.dep_ in {"obj", "iobj", "obl:arg"} for g in children(c))]:
            case = next((marker(c.text) for c in children(child) if c.dep_ in contracted and (
                c.dep_ != "det" or fold(c.text) in {"du", "des"})), None)
            if case in markers and child.dep_ in _CONTENT_DEPS | {"acl"} and child.pos_ in {"NOUN", "PROPN", "VERB", "PRON"} \
                    and child.i > verb.i and not (case == "a" and fold(child.lemma_) in cues.not_called_for):
                # 'a appelé X au téléphone' is a call; 'Au printemps, elle appela X': a time set before the verb, no content
                return "preposition"
        if any(_set_off_infinitive(t, markers) for t in verb.subtree if t.i > verb.i):
            return "infinitive"  # 'a demandé à X, lors de leur appel, de protéger ...', hung on 'appel'
        if any(_infinitive_deep_in_object(c, markers, cues) for c in dependents if c.dep_ in {"obj", "obl:mod"} and c.i > verb.i):
            return "infinitive"  # 'accusant les milices présentes dans la province de préparer ...', hung on 'province'
        if any(_set_off_noun(t, phrase, markers, cues) for t in verb.subtree if t.i > verb.i):
            return "preposition"  # 'a insisté, lors de sa rencontre avec X, sur la nécessité de ...', hung on X
    # the parser may hang the object on a day after the verb ('a confirmé dimanche un appel', 'a annoncé
    # jeudi un entretien'): read it there too
    objects = [*dependents, *(g for c in dependents if c.dep_ == "obl:mod" and c.i > verb.i for g in children(c))]
    if lemma in cues.object_content and _passive_stance(verb, dependents, cues):
        return "object"
    if lemma in cues.object_content and any((_object(c, verb) or c.dep_ == "xcomp") and c.pos_ in {"NOUN", "PROPN"}
                                            and not (lemma in cues.confirming and _call_told(c, cues)) for c in objects) \
            and not (lemma in cues.participle_needs_clause and not finite(verb)) and not (
            lemma in cues.not_a_person and any((_object(c, verb) or c.dep_ == "xcomp") and _person(c, cues) for c in objects)):
        # 'a rappelé la semaine dernière son ambassadeur': with a person among its objects the verb acts on
        # that person, and the other object is a time the parser took for one
        return "object"  # 'rappelant la mobilisation de ...' recalls a fact; 'a rappelé sa position' states one
    if lemma in cues.content_noun_only:  # 'a rejeté toute idée de trêve', not 'a rejeté cette demande'; 'a mis en avant
        # la nécessité de ...', the noun hung by a word of the phrase ('en'); or the words it quotes
        if any(fold(c.lemma_) in cues.content_nouns and (_object(c, verb) or any(g in phrase for g in children(c) if g.dep_ == "case"))
               for c in objects):
            return "object"
        return "quote" if _quoted(dependents) else None
    # 'a annoncé un entretien entre X et Y': that they will talk is what was said
    if lemma in cues.announcing and any(_object(c, verb) and c.pos_ == "NOUN" and fold(c.lemma_) in cues.announced_events for c in objects):
        return "object"
    if lemma in {"dire", "declarer"} and any(reflexive(c) for c in dependents):
        return "adjective"  # 's'est dit « disposé à ... »'
    if _quoted(dependents):
        return "quote"
    return None


def _passive_stance(verb: Token, dependents: list[Token], cues: ClaimCues) -> bool:
    """'L'attachement de X à ... a été réaffirmé par le président': in the passive, what was said is
    the subject and who said it the agent. Only a stance or content noun is what was said ('le
    président a été critiqué par ...' says nothing the president said, nor the critic's words)."""
    return passive(verb) and any(c.dep_ == "obl:agent" for c in dependents) and any(
        c.dep_.startswith("nsubj") and fold(c.lemma_) in cues.content_nouns for c in dependents)


def _object(word: Token, verb: Token) -> bool:
    """Is a dependent the verb's object? Under a participle the tagger took for a noun ('a tweeté son
    soutien', 'tweeté' a noun), the parser calls its object a noun's dependent: one without a
    preposition is the object all the same."""
    return word.dep_ == "obj" or word.dep_ == "nmod" and word.head.i == verb.i and unknown_participle(verb) and not any(
        c.dep_ == "case" for c in children(word))


def _call_told(noun: Token, cues: ClaimCues) -> bool:
    """'Berlin a confirmé l'échange', 'a confirmé cet entretien': a call noun with a definite or
    demonstrative article and nothing of its own but an adjective points to the call the text tells;
    confirming it adds no words of the confirmer's ('a salué l'appel' judges it). 'a confirmé un appel
    entre X et Y' tells a call, 'a réitéré son appel à la retenue' what was called for (the parser may
    hang their complements on the verb: the article tells them apart)."""
    dependents = children(noun)
    return fold(noun.lemma_) in cues.call_nouns and all(c.dep_ in {"det", "amod"} for c in dependents) and any(
        c.dep_ == "det" and ("Dem" in feature(c, "PronType") or "Def" in feature(c, "Definite") and "Yes" not in feature(c, "Poss"))
        for c in dependents)


def _person(noun: Token, cues: ClaimCues) -> bool:
    """'son ambassadeur', 'Emmanuel Macron': a role, or a name without article (a person's; 'la
    Russie' has one), which 'rappeler' or 'saluer' acts on ('a rappelé X dans la soirée': a call back)."""
    return fold(noun.lemma_) in cues.role_nouns or noun.pos_ == "PROPN" and not any(c.dep_ == "det" for c in children(noun))


def _set_off_infinitive(word: Token, markers: frozenset[str]) -> bool:
    """An infinitive in one of the verb's prepositions that opens after a comma, which the parser
    hangs on the noun before the comma ('lors d'un appel, de protéger'): no noun takes its own
    infinitive after a comma ('le droit de vivre' has none), the verb before the adjunct does."""
    if word.dep_ != "acl" or word.pos_ != "VERB" or not _infinitive(word):
        return False
    mark = next((c for c in children(word) if c.dep_ == "mark"), None)
    return mark is not None and marker(mark.text) in markers and mark.i > 0 and word.doc[mark.i - 1].text == ","


def _infinitive_deep_in_object(obj: Token, markers: frozenset[str], cues: ClaimCues) -> bool:
    """'accuser les milices présentes dans la province de préparer ...': an infinitive in one of the
    verb's prepositions that the parser hangs on a noun further down the object's phrase, or on a
    place or time it made the verb's adjunct (a noun that takes no such infinitive), is the verb's content; a noun that takes an infinitive of its own
    ('la décision de', 'l'intention de': a content noun) keeps it."""
    for word in obj.subtree:
        if word.dep_ != "acl" or word.pos_ != "VERB" or word.head.i == obj.i and obj.dep_ == "obj" or not _infinitive(word):
            continue
        mark = next((c for c in children(word) if c.dep_ == "mark"), None)
        if mark is not None and marker(mark.text) in markers and word.head.pos_ == "NOUN" \
                and fold(word.head.lemma_) not in cues.content_nouns:
            return True
    return False


def _set_off_noun(word: Token, phrase: tuple[Token, ...], markers: frozenset[str], cues: ClaimCues) -> bool:
    """A noun in one of the verb's prepositions after a phrase set off by commas right after the
    verb, which the parser hangs on the last noun of that phrase ('a insisté, lors de sa rencontre
    avec X, sur la nécessité de ...'), or on the participle that phrase ends with ('a mis en garde, dans
    une interview accordée à X, contre toute escalade'): what was said, as `_set_off_infinitive` for a
    noun. Not a phrase that is itself the one set off ('a demandé, de son côté, ...'), nor a word of a
    locution ('à la demande de')."""
    if not (word.dep_ == "nmod" or word.dep_.startswith("obl") and word.head.pos_ == "VERB" and word.head.dep_ == "acl") \
            or word.pos_ != "NOUN" or fold(word.lemma_) in cues.not_called_for:
        return False
    case = next((c for c in children(word) if c.dep_ == "case"), None)
    doc = word.doc
    if case is None or marker(case.text) not in markers or doc[case.i - 1].text != ",":
        return False
    opening = next((t for t in tokens_of(doc)[phrase[-1].i + 1:case.i] if t.pos_ != "ADV"), None)
    return opening is not None and opening.text == "," and opening.i < case.i - 2


def _by_several(verb: Token, dependents: list[Token]) -> bool:
    """'X et Y ont parlé', 'les deux dirigeants parlent': a verb of more than one subject, by its
    agreement or its subject's."""
    agreeing = [verb, *(c for c in dependents if c.dep_.startswith("aux") or c.dep_.startswith("nsubj"))]
    return any("Plur" in feature(t, "Number") or t.dep_.startswith("nsubj") and any(c.dep_ == "conj" for c in children(t))
               for t in agreeing)


def _with_attribute(noun: Token) -> bool:
    """An object followed by what it is said to be, which the parser hangs on it: 'les sanctions
    inefficaces', 'les accusations infondées'."""
    return any(g.i > noun.i and (g.pos_ == "ADJ" and g.dep_ in {"amod", "acl"} or g.pos_ == "VERB" and g.dep_ == "acl"
                                 and "Part" in feature(g, "VerbForm")) for g in children(noun))


def spans(sent: Span, found: list[Report]) -> list[tuple[int, int]]:
    """The tokens each report covers: the whole sentence for one; for several, each the part of
    the sentence its verb governs, the tokens no verb governs going to the nearest ('Rappelant
    que ..., il a invité ...': two claims, one per verb)."""
    if len(found) <= 1:
        return [(sent.start, sent.end)] * len(found)
    # 'a affirmé que ..., a rappelé que ...': a predicate sharing another's subject, which the parser may
    # hang the clause before it on, begins at its own words
    subtrees = [{t.i for t in r.scope.subtree if r.shares is None or t.i >= _own_words_start(r.verb) or t.dep_ == "cc" and t.head.i == r.verb.i}
                | {r.verb.i} for r in found]
    owner: dict[int, int] = {}
    for token in sent:
        holders = [k for k, tree in enumerate(subtrees) if token.i in tree]
        if holders:
            owner[token.i] = min(holders, key=lambda k: len(subtrees[k]))
        else:
            owner[token.i] = min(range(len(found)), key=lambda k: abs(found[k].verb.i - token.i))
    result = []
    for k in range(len(found)):
        mine = [i for i, o in owner.items() if o == k] or [found[k].verb.i]
        result.append((min(mine), max(mine) + 1))
    # 'X, qui avait qualifié Y de « ... », juge ...': a statement of its own inside the subject (a relative) is
    # not a word of the main one, which begins after it
    result = [(max([lo, *(j_hi for j, (j_lo, j_hi) in enumerate(result) if j != k and lo <= j_lo and j_hi <= found[k].verb.i
                          and found[j].within != found[k].verb.i)]), hi) for k, (lo, hi) in enumerate(result)]
    # 'X a souligné ..., a réaffirmé ... et a salué ...': the full stop hangs on the first verb, so its
    # part would run over the statements listed after it; each stops where the next listed one starts, as
    # a source's part stops where the statement its relative passes on starts
    listed = [lo for (lo, _), r in zip(result, found, strict=True) if r.shares is not None or r.relayed]
    return [(lo, min([hi, *(start for start in listed if found[k].verb.i < start < hi)]))
            for k, (lo, hi) in enumerate(result)]


def _own_words_start(verb: Token) -> int:
    """Where the words of a predicate begin, its auxiliary (`words_start`) or what opens it before the
    verb: 'tout en' and an object pronoun (', tout en l'exhortant à ...'), 'tout' hung on the verb
    itself when the tagger took the gerund for an adjective."""
    doc = verb.doc
    return min([words_start(verb), *(c.left_edge.i for c in children(verb) if c.i < verb.i and (
        c.dep_ == "mark" or c.pos_ == "PRON" and c.dep_ in {"obj", "iobj"}
        or c.dep_ == "advmod" and doc[c.i + 1].dep_ == "mark" and doc[c.i + 1].head.i == verb.i))])


def _scope(verb: Token) -> Token:
    """The token whose subtree a reporting verb reports: itself, or, for a participle the parser took
    for a conjunction ('Rappelant que X, il a ...'), the clause it opens."""
    if verb.dep_ == "fixed":  # ', tout en reconnaissant que ...' read as one adverb of the clause it reports
        return fixed_into_adverb(verb) or verb
    if verb.dep_ != "mark":
        return verb
    head = verb.head
    clauses = [c for c in children(head) if c.dep_ in {"advcl", "ccomp"} and verb.i < c.i < head.i and
               any(marker(g.text) == "que" for g in children(c))]
    if clauses:
        return clauses[0]
    return head if head.pos_ in {"VERB", "AUX"} and any(marker(g.text) == "que" for g in children(head)) else verb


def _colon(verb: Token, phrase: tuple[Token, ...], sent: Span) -> bool:
    """'a annoncé dans un discours : ...': a colon after the verb, before any other verb, and a clause after it."""
    tokens = tokens_of(verb.doc)
    for token in tokens[phrase[-1].i + 1:sent.end]:
        if token.text == ":":
            rest = tokens[token.i + 1:sent.end]
            return any(t.pos_ in {"VERB", "AUX"} for t in rest) and len(rest) >= 3
        if token.pos_ in {"VERB", "AUX"} and token.dep_ not in {"aux:tense", "aux:pass"} or token.text in _QUOTE_MARKS:
            return False
    return False


def _quoted(dependents: list[Token]) -> bool:
    """A quote among what the verb governs ('a qualifié de « constructive »'), not one in a clause
    of a relative clause further down ('a appelé X et les autres, qui « ont tous accepté »')."""
    for child in dependents:
        if child.dep_ == "punct" and child.text in _QUOTE_MARKS and any(not g.is_punct for g in children(child)):
            return True  # "l'a jugée « très positive »": the parser hung the quoted words on the mark
        if child.dep_ in {"nsubj", "nsubj:pass", "punct"}:
            continue
        for mark in (t for t in child.subtree if t.text in _QUOTE_MARKS and not _names(t)):
            between = list(mark.ancestors)[:list(mark.ancestors).index(child) + 1] if child in mark.ancestors else [child]
            if not any(t.dep_ == "acl:relcl" for t in between):
                return True
    return False


def _names(mark: Token) -> bool:
    """Is a quotation mark one of a name a noun goes by ('X, dit « le Faucon »': `_naming`)?"""
    return any(t.pos_ == "VERB" and _naming(t) for t in mark.ancestors)


def _negated(phrase: tuple[Token, ...], cues: ClaimCues) -> bool:
    return any(c.norm_ in cues.negations for t in phrase for c in children(t))


def _refused(verb: Token, cues: ClaimCues) -> bool:
    """'a refusé de confirmer', 'a décliné de commenter': the infinitive of a refusal says nothing,
    nor that of a negated verb ("n'a pas voulu dire si ...", 'ne peut pas confirmer'), but for the
    verbs a negation turns into saying it all the same ("n'a pas hésité à dire", 'ne cesse de répéter')."""
    if verb.dep_ != "xcomp":
        return False
    governing = fold(verb.head.lemma_)
    return governing in cues.refusals or governing not in cues.said_when_negated_before and _negated((verb.head,), cues)


def _bare_participle(verb: Token) -> bool:
    """'évoqué' in 'a évoqué ... et annoncé': a past participle that shares another verb's auxiliary."""
    return "Past" in feature(verb, "Tense") and "Part" in feature(verb, "VerbForm") and not any(
        c.dep_.startswith(("aux", "nsubj")) for c in children(verb))


def _writer(verb: Token, sent: Span) -> bool:
    """'Notons que ...', 'je rappelle que': the writer speaking, outside any quote, is no source. (The
    model reads 'Notons' as a participle: a first person plural opening a sentence without subject.)"""
    subjects = [c for c in children(verb) if c.dep_.startswith("nsubj")]
    if any(c.norm_ in {"je", "j'", "nous"} for c in subjects) or "Imp" in feature(verb, "Mood"):
        return True
    return not subjects and verb.i == sent.start and verb.norm_.endswith("ons")


def _asked(verb: Token, sent: Span, quoted: set[int], folded: Folded) -> bool:
    """'X a-t-il promis à Y de ... ?', 'Pourquoi le Kremlin a-t-il annoncé que ... ?', 'Est-ce que X a
    assuré que ... ?': the writer asking whether it was said (a headline, a magazine's lead), not
    anyone saying it. The sentence ends in a question mark outside any quote and the verb is asked,
    its subject pronoun inverted after it or its auxiliary, or the sentence opened by 'est-ce que';
    an incise after a question ('Faut-il négocier ? s'interroge X') still reports it."""
    last = next((i for i in range(sent.end - 1, sent.start - 1, -1) if not folded.norms[i].isspace()), None)
    if last is None or folded.norms[last] != "?" or last in quoted or incise(verb):
        return False
    if [folded.norms[i] for i in range(sent.start, min(sent.start + 3, sent.end))] in (["est", "-ce", "que"], ["est", "-ce", "qu'"]):
        return True
    doc = sent.doc
    # 'X a-t-il eu raison de qualifier Y de « tueur » ?': the verb of the question may govern the reporting one
    heads = [verb, *(a for a in verb.ancestors if a.pos_ in {"VERB", "AUX"})]
    asked = [*heads, *(c for h in heads for c in children(h) if c.dep_.startswith("aux"))]
    return any(t.text.startswith("-") and t.text != "-t" and t.pos_ == "PRON" for word in asked
               for t in tokens_of(doc)[word.i + 1:min(word.i + 3, sent.end)])


def _naming(verb: Token) -> bool:
    """'les milices d'Ahmed Salem, dit « le Faucon »': a participle with neither subject nor auxiliary set
    off after a noun and followed at once by quoted words without a verb gives the name the noun goes by
    ('known as'), which nobody in the story says; the noun may end in its adjective ('la déclaration
    finale, dite « de Genève »')."""
    doc = verb.doc
    if verb.i < 2 or verb.i + 2 >= len(doc) or doc[verb.i - 1].text != "," \
            or not _ends_a_noun_phrase(doc[verb.i - 2]) or doc[verb.i + 1].text not in OPENING_QUOTES \
            or any(c.dep_.startswith(("aux", "nsubj")) for c in children(verb)):
        return False
    closing = next((t for t in tokens_of(doc)[verb.i + 2:min(verb.i + 8, len(doc))] if t.text in CLOSING_QUOTES), None)
    return closing is not None and not any(t.pos_ in {"VERB", "AUX"} for t in tokens_of(doc)[verb.i + 2:closing.i])


def _ends_a_noun_phrase(word: Token) -> bool:
    """A noun or a name, or the adjective after the noun it qualifies ('finale' of 'la déclaration finale')."""
    return word.pos_ in {"PROPN", "NOUN"} or word.pos_ == "ADJ" and word.dep_ == "amod" and word.head.i < word.i \
        and word.head.pos_ in {"PROPN", "NOUN"}


def _purpose(verb: Token, cues: ClaimCues) -> bool:
    """'pour prévenir une crise', 'afin de souligner': a purpose, not a statement. Not after a document
    sent or published ('a adressé une lettre à X pour dénoncer ...'): the letter says what it is sent for."""
    return any(c.dep_ in {"mark", "case"} and c.norm_ in cues.purpose_marks for c in children(verb)) and not (
        verb.dep_ == "advcl" and verb.head.i < verb.i and any(
            c.dep_ == "obj" and c.pos_ == "NOUN" and cues.document(c) for c in children(verb.head)))


def _name_alone(child: Token) -> bool:
    """'X a appelé lundi Donald Trump': a name the parser made a clause ('Donald' tagged X) with no
    verb nor conjunction under it is the person called, not what was said."""
    return child.pos_ in {"PROPN", "X"} and not any(t.pos_ in {"VERB", "AUX"} or t.dep_ == "mark" for t in child.subtree)
