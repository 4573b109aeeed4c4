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
from kg.nlp.extract.calls.clause import negated
from kg.nlp.extract.words import Folded, children, feature
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
    topic): a set lookup per token, and a text search only for phrases whose first word occurs.
    A signal with a hyphen is also a phrase of its parts and hyphens: the tokenizer cuts some
    compounds ('l'accord de libre-échange') and keeps others whole."""
    words: dict[str, set[str]] = {fold(w): {_EITHER.join(pair)} for w, pair in cues()["words_of_either_topic"].items()}
    phrases: dict[str, list[tuple[str, str]]] = {}
    for topic, signal_phrases in _signals(extra).items():
        # 'libre-échange' the tokenizer may cut at its hyphens ('libre', '-', 'échange'): the cut form signals too
        for phrase in {*signal_phrases, *(p.replace("-", " - ") for p in signal_phrases if "-" in p)}:
            if " " in phrase:
                phrases.setdefault(phrase.split()[0], []).append((f" {phrase} ", topic))
            else:
                words.setdefault(phrase, set()).add(topic)
    return words, phrases


#: Joins the two topics of a word that signals the first when the call's other words signal it too, the second
#: otherwise (`words_of_either_topic`); `settled` reads it once a call's or a claim's topics are all known.
_EITHER = "|"


def settled(topics: set[str]) -> set[str]:
    """'Israël' in a call about Gaza (told by 'Gaza', 'Hamas') is the war; in a call about Syria in
    2017 or about Iran in 2025 it is the Middle East. Hostages are the Gaza war when held by Hamas,
    people to free (as prisoners are) when held in Iran. A word of either topic adds the second
    only when the call has not the first from other words."""
    either = {t for t in topics if _EITHER in t}
    return (topics - either) | {second for first, second in (t.split(_EITHER) for t in either) if first not in topics}


_ANCHORS = frozenset(fold(w) for w in cues()["time_anchor_prepositions"])  # "après l'élection": when, not what
_ANCHOR_NOUNS = frozenset(fold(w) for w in cues()["time_anchor_nouns"])
# "le président ukrainien", "la presse israélienne", "le chef de la diplomatie iranienne": whose, not what
_OWNERS = frozenset(fold(w) for key in ("person_role_nouns", "plural_leader_nouns", "journalist_nouns", "media_nouns",
                                        "press_nouns", "institution_nouns_as_office", "leader_staff_nouns", "topic_owner_nouns")
                    for w in cues()[key])
# "ses condoléances après l'attentat", "ses félicitations à la suite de son investiture": the event is what the call is about
_SYMPATHY = frozenset(fold(w) for key in ("sympathy_nouns", "congratulation_words") for w in cues()[key])
_RANKED = frozenset(fold(w) for w in cues()["ranked_meeting_markers"])  # "leur dernier face-à-face": history
_MEETINGS = frozenset(fold(w) for w in cues()["in_person_nouns"])
_MEETINGS_APART = frozenset(tuple(w.replace("-", " ").split()) for w in _MEETINGS if "-" in w)  # "face à face"
_MEETINGS_APART_FIRST = frozenset(words[0] for words in _MEETINGS_APART)
_MEETING_FIRST_WORDS = _MEETINGS | _MEETINGS_APART_FIRST  # a word not among these, its lemma of one word, names no meeting
_MEETING_VERBS = frozenset(fold(w) for w in cues()["in_person_verbs"])  # "ils s'étaient rencontrés"
_HOLDING = frozenset(fold(w) for w in cues()["meeting_holding_verbs"])  # "la visite qu'il avait effectuée", "qui avait eu lieu"
_AUXILIARIES = frozenset(fold(w) for w in cues()["auxiliary_lemmas"])
_ALREADY = frozenset(fold(w) for w in cues()["already_adverbs"])
_PHRASE_PARTS = frozenset({"amod", "nmod", "det", "case", "flat:name"})
_OTHER_CLAUSES = frozenset({"conj", "parataxis", "ccomp", "advcl"})
_RELATIONS = frozenset(fold(w) for w in cues()["relation_nouns"])
_COMBINING = frozenset(fold(w) for w in cues()["demonym_combining_forms"])
_COUNTRY_NOUNS = frozenset(fold(w) for w in cues()["country_nouns"])
_NUMBERS = {fold(w): n for w, n in cues()["number_words"].items()}
_TITLE_WORDS = frozenset(fold(w) for w in cues()["title_words"])  # "le président élu" is a title, not an election
_CALL_NOUNS = frozenset(fold(w) for key in ("call_nouns", "virtual_event_nouns") for w in cues()[key])
_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
_DISCUSSION_VERBS = frozenset(fold(w) for w in cues()["discussion_verbs"])
_ABSENCE = frozenset(fold(w) for w in cues()["absence_prepositions"])  # "sans évoquer X"
_OPEN_QUESTION = frozenset(fold(w) for w in cues()["open_question_marks"])  # "ne précise pas s'ils ont évoqué X"
_QUE = frozenset(fold(w) for w in cues()["que_forms"])  # "ils n'ont évoqué que X": only X, not none; "alors que"
_OFFSET_UNITS = frozenset(fold(w) for w in cues()["time_offset_units"])  # "à deux jours du sommet"
_TO = frozenset(fold(w) for w in cues()["to_prepositions"])
_OF = frozenset(fold(w) for w in cues()["of_prepositions"])
_PREPARING = frozenset(fold(w) for w in cues()["preparing_verbs"])  # "pour préparer la visioconférence des dirigeants"
_LEADERS = frozenset(fold(w) for w in cues()["plural_leader_nouns"])
_GROUPS = frozenset(fold(w) for w in cues()["leaders_group_names"])  # "pour préparer le G20": its leaders' summit
_BACKGROUND = frozenset(fold(w) for w in cues()["background_marks"])  # "alors que …": the scene, not the subject
_FIGURATIVE = frozenset(fold(w) for w in cues()["figurative_when_qualified"])  # "le climat politique": a mood
_GUARANTEEING = frozenset(fold(w) for w in cues()["guarantee_verbs"])  # "prêts à garantir un cessez-le-feu"
_TRUCES = frozenset(fold(w) for w in cues()["truce_nouns"])
_PUNITIVE = frozenset(fold(w) for w in cues()["punitive_nouns"])  # "un isolement économique", "des restrictions sur les exportations"
_CONSENSUS = frozenset(fold(w) for w in cues()["consensus_nouns"])
_IMPLEMENTING = frozenset(fold(w) for w in cues()["implementing_words"])  # "mettre en œuvre le consensus"
_TIME_PREFIXES = frozenset(fold(w) for w in cues()["time_prefixes"])  # "la crise post-électorale": the election is the subject
_OTHER_NEWS = tuple(tuple(fold(w).split()) for w in cues()["other_news_openers"])  # "Par ailleurs, le président se rendra …"
_CLAUSE_EDGES = frozenset({"parataxis", "advcl", "acl", "acl:relcl", "ccomp", "csubj", "xcomp"})
_OBLIGATION = frozenset(fold(w) for w in cues()["obligation_verbs"])  # "il doit se rendre à Doha": to come
_EXPECTED = frozenset(fold(w) for w in cues()["expectation_verbs"])  # "il est attendu à Ankara": to come


def blind_spots(sent: Span, folded: Folded) -> set[int]:
    """Words of the sentence that say when or who, not what: a phrase that dates the call by
    another event ('depuis l'élection', 'au lendemain du sommet'), a title ('le président élu'),
    the pair's history ('leur dernière rencontre remonte à 2022', 'leur premier face-à-face').
    An event a sentence offers sympathy or congratulations for ('ses condoléances après
    l'attentat', 'le féliciter après sa réélection') is what it is about, not when."""
    doc = sent.doc
    norms, lemmas = folded.norms, folded.lemmas  # a Token is made only for the few words that may matter
    found: set[int] = set()
    sympathy = any(lemmas[i] in _SYMPATHY for i in range(sent.start, sent.end))
    anchored = set() if sympathy else {doc[i].head.i for i in range(sent.start, sent.end)
                                       if norms[i] in _ANCHORS and doc[i].dep_ in {"case", "mark"}}  # one pass, not one per word
    for i in range(sent.start, sent.end):
        base = lemmas[i]
        # set lookups first: `_names_a_meeting` called for every word cost a tenth of the topics
        meeting = (base in _MEETING_FIRST_WORDS or norms[i] in _MEETING_FIRST_WORDS or " " in base) and _names_a_meeting(i, folded)
        dating = base in _ANCHOR_NOUNS and not sympathy  # "au lendemain de l'attentat", unless sympathy is offered for it
        if i not in anchored and not dating and norms[i] not in _TITLE_WORDS and not meeting:
            continue
        token = doc[i]
        if token.i in anchored and token.dep_.startswith(("obl", "nmod", "advcl")) or dating:
            found.update(t.i for t in token.subtree)
            if dating:
                found.update(_event_hung_elsewhere(token))
        elif token.i in anchored and token.pos_ == "NOUN":  # the same phrase hung elsewhere by the parser: the phrase alone
            found.add(token.i)
            found.update(t.i for c in children(token) if c.dep_ in _PHRASE_PARTS for t in c.subtree)
        elif token.norm_ in _TITLE_WORDS and (token.head.pos_ == "NOUN" or token.pos_ == "NOUN" and not sympathy):
            found.add(token.i)  # "le président élu"; "devant les élus locaux" names officials, unless congratulated
        elif meeting and any(c.dep_ == "amod" and fold(c.lemma_) in _RANKED for c in children(token)):
            told = token.head if token.dep_.startswith("nsubj") else token  # "... remonte au sommet de Rome": all of it
            others = {t.i for c in children(told) if c.dep_ in _OTHER_CLAUSES for t in c.subtree}  # "..., et ils ont parlé de X"
            found.update(t.i for t in told.subtree if t.i not in others)
    found.update(_meetings_told_before(sent, folded), _distance_to_an_event(sent, folded))
    return found


def _event_hung_elsewhere(anchor: Token) -> set[int]:
    """'son soutien au lendemain du sommet de l'Otan': the event an anchor noun dates by is the 'de'
    phrase right after it, also where the parser hung that phrase on another word (here on
    'soutien'): its words, unless the anchor already holds them."""
    doc = anchor.doc
    after = anchor.i + 1
    if after >= len(doc) or doc[after].norm_ not in _OF or doc[after].dep_ != "case":
        return set()
    event = doc[after].head
    if event.i <= anchor.i or event.pos_ not in {"NOUN", "PROPN"} or event in anchor.subtree or event.i - after > 3:
        return set()
    return {t.i for t in event.subtree}


def not_discussed(sent: Span, folded: Folded) -> set[int]:
    """Words of a subject the sentence says the call was not about: the clause of a discussion verb
    that is negated ('la question n'a pas été abordée', 'ils n'ont parlé ni de X ni de Y'), under
    'sans' ('sans évoquer la question migratoire'), or asked in a question a negated verb leaves
    open ('l'Elysée ne précise pas s'ils ont évoqué X'), also under a reporting verb ('le texte
    précise que X n'a pas été abordé'). 'Ils n'ont évoqué que X' says only X."""
    doc = sent.doc
    found: set[int] = set()
    for i in range(sent.start, sent.end):
        if folded.lemmas[i] not in _DISCUSSION_VERBS or doc[i].pos_ != "VERB":
            continue
        verb = doc[i]
        parts = children(verb)
        marks = {c.norm_ for c in parts if c.dep_ == "mark"}
        # the 'que' of 'ne ... que' follows the verb; the one that opens the verb's own clause ('le texte
        # précise que la question n'a pas été abordée') comes before it and restricts nothing
        denied = negated(verb) and not any(c.norm_ in _QUE and c.i > verb.i for c in parts)
        left_open = bool(marks & _OPEN_QUESTION) and verb.dep_ == "ccomp" and negated(verb.head)
        if denied or left_open or marks & _ABSENCE:
            found.update(_own_clause(verb))
    return found


def turns_to_other_news(sent: Span, folded: Folded) -> bool:
    """'Par ailleurs, le président français se rendra au Maroc …', 'Dans un autre registre, …': a
    sentence opened by a turn to other news, and that tells of nothing discussed (no 'évoquer',
    'parler'), is the article's other news, even when it names a leader of the call."""
    doc = sent.doc
    if not any(tuple(folded.norms[sent.start:sent.start + len(words)]) == words for words in _OTHER_NEWS):
        return False
    return not any(folded.lemmas[i] in _DISCUSSION_VERBS and doc[i].pos_ == "VERB" for i in range(sent.start, sent.end))


def tells_what_is_to_come(sent: Span, folded: Folded) -> bool:
    """'Le président russe est attendu en Turquie', 'le ministre doit se rendre à Doha', 'les deux
    dirigeants seront au sommet de Paris': a sentence whose own verb tells what is still to come,
    outside quotation marks and with no verb of discussion, tells the news that follows a call
    told as past, not what the call was about ('« La Chine enverra un émissaire », a dit Xi' is
    what was said in it)."""
    doc = sent.doc
    root = sent.root
    if _quoted(root) or any(folded.lemmas[i] in _DISCUSSION_VERBS and doc[i].pos_ == "VERB" for i in range(sent.start, sent.end)):
        return False
    finite = [root, *(c for c in children(root) if c.dep_ in {"cop", "aux:tense", "aux:pass"})]
    if any("Fut" in feature(t, "Tense") and "Ind" in feature(t, "Mood") for t in finite):
        return True  # "ils seront", "il se rendra"
    present = any("Pres" in feature(t, "Tense") and "Ind" in feature(t, "Mood") for t in finite)
    base = folded.lemmas[root.i]
    if base in _OBLIGATION:  # "il doit se rendre"
        return present and any(c.dep_ == "xcomp" for c in children(root))
    return base in _EXPECTED and "Pass" in feature(root, "Voice") and present  # "il est attendu", "une visite est prévue"


def _quoted(token: Token) -> bool:
    """Is `token` inside quotation marks opened before it in its sentence?"""
    marks = [t for t in token.sent[:token.i - token.sent.start] if t.is_quote]
    return len(marks) % 2 == 1


def background(sent: Span, folded: Folded) -> set[int]:
    """Words of a clause that sets the scene of the call ('…, alors que Moscou est visée par des
    sanctions', 'cet appel intervient alors que les négociations sur les otages piétinent'): what
    surrounds the call, not what the leaders said. The parser writes 'alors que' either as one
    mark of the clause's verb, or as 'alors' and a loose 'que' before the clause: then the clause
    is the phrase, right of 'que', that the word after it hangs in."""
    doc = sent.doc
    found: set[int] = set()
    for i in range(sent.start, sent.end - 2):
        if folded.norms[i] not in _BACKGROUND or folded.norms[i + 1] not in _QUE:
            continue
        if doc[i].dep_ == "mark":
            head = doc[i].head
        else:
            head = doc[i + 2]
            while head.head.i > i + 1 and head.head.i != head.i:
                head = head.head
        found.update(t.i for t in head.subtree if t.i > i + 1)
    return found


def figurative(sent: Span, folded: Folded) -> set[int]:
    """A topic's word used for a mood: 'le climat politique', 'un climat de confiance', 'le climat
    des affaires'. Qualified by an adjective or a 'de' phrase, the noun names the mood of the
    talks, not the topic it names alone ('ils ont parlé du climat', 'l'accord de Paris sur le
    climat')."""
    doc = sent.doc
    return {i for i in range(sent.start, sent.end) if folded.lemmas[i] in _FIGURATIVE and doc[i].pos_ == "NOUN" and any(
        c.dep_ == "amod" or c.dep_ == "nmod" and any(p.dep_ == "case" and p.norm_ in _OF for p in children(c))
        for c in children(doc[i]))}


def _own_clause(verb: Token) -> set[int]:
    """The words of `verb`'s clause, without the clauses it governs ('…, mais ils ont parlé de X')."""
    found, stack = set(), [verb]
    while stack:
        token = stack.pop()
        found.add(token.i)
        stack.extend(c for c in children(token) if c.dep_ not in _CLAUSE_EDGES and not (c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}))
    return found


def _distance_to_an_event(sent: Span, folded: Folded) -> set[int]:
    """'à quelques mois de l'élection présidentielle', 'à deux jours des législatives': a span of
    time ('à' + a unit) up to an event ('de' + a noun) dates the call, as 'à la veille de' does."""
    doc = sent.doc
    found: set[int] = set()
    for i in range(sent.start, sent.end):
        if folded.lemmas[i] not in _OFFSET_UNITS or doc[i].pos_ != "NOUN":
            continue
        parts = children(doc[i])
        if any(c.dep_ == "case" and c.norm_ in _TO for c in parts) and any(
                c.dep_ == "nmod" and any(p.dep_ == "case" and p.norm_ in _OF for p in children(c)) for c in parts):
            found.update(t.i for t in doc[i].subtree)
    return found


def _meetings_told_before(sent: Span, folded: Folded) -> set[int]:
    """A meeting the text tells in the pluperfect ('ils s'étaient rencontrés à Rome', 'la rencontre
    qui avait eu lieu lundi', 'il avait effectué une visite à Paris') or as already held ('ils se
    sont déjà rencontrés'): the pair's history, told before the call, not what the call was about.
    The meeting's words are hidden: 'une visite officielle', 'rencontrés'."""
    doc = sent.doc
    found: set[int] = set()
    for i in range(sent.start, sent.end):
        if folded.lemmas[i] in _MEETING_VERBS and doc[i].pos_ == "VERB":
            verb = doc[i]
        elif folded.lemmas[i] in _MEETINGS and doc[i].pos_ == "NOUN":
            noun = doc[i]
            verb = next((c for c in children(noun) if c.dep_ == "acl:relcl" and fold(c.lemma_) in _HOLDING), noun.head)
            if fold(verb.lemma_) not in _HOLDING:
                continue
        else:
            continue
        if "Part" not in feature(verb, "VerbForm") or not _before(verb):
            continue
        found.add(i)  # the meeting's words only: where and with whom it was may still be the call's subject
        found.update(c.i for c in children(doc[i]) if c.dep_ == "amod")  # "officielle"
    return found


def meetings_told_as_history(sent: Span, folded: Folded) -> set[int]:
    """The words that name a meeting in a sentence told in the pluperfect ('ils s'étaient vus en
    marge du sommet de Rome', 'sa visite avait provoqué la colère de X'): a sentence whose own verb
    tells what had happened before the news; for a call it does not tell, the pair's history."""
    root = sent.root
    if root.pos_ not in {"VERB", "AUX"} or "Part" not in feature(root, "VerbForm") or not _pluperfect(root):
        return set()
    return {i for i in range(sent.start, sent.end) if _names_a_meeting(i, folded)}


def _before(verb: Token) -> bool:
    """Is the participle `verb` told in the pluperfect ('avait eu lieu'), or with 'déjà'?"""
    return any(c.dep_ == "advmod" and c.norm_ in _ALREADY for c in children(verb)) or _pluperfect(verb)


def _pluperfect(verb: Token) -> bool:
    """Is the participle `verb` told in the pluperfect: an auxiliary in the imperfect ('avait eu
    lieu', 's'étaient vus')?"""
    return any(c.dep_.startswith("aux") and fold(c.lemma_) in _AUXILIARIES and "Imp" in feature(c, "Tense") for c in children(verb))


def said_of_a_call_named_before(sent: Span, folded: Folded, call_words: frozenset[int]) -> tuple[frozenset[int], frozenset[int]]:
    """The words of a clause whose subject points back to a call ('…, mais ce sommet est l'occasion
    de parler de X', 'cet entretien portera sur Y') while the sentence's own call is told in
    another clause ('ils se sont déjà parlé deux fois'): X and Y are said of the call named before,
    not of the one this sentence tells. Also the pointing nouns: they name a call, not a topic."""
    doc = sent.doc
    clauses: set[int] = set()
    nouns: set[int] = set()
    for i in range(sent.start, sent.end):
        if folded.lemmas[i] not in _CALL_NOUNS or i in clauses:
            continue
        noun = doc[i]
        if noun.dep_ not in _SUBJECTS or not any(c.dep_ == "det" and "Dem" in feature(c, "PronType") for c in children(noun)):
            continue
        clause = {t.i for t in noun.head.subtree}
        if not (clause - {i}) & call_words:  # the pointing noun may be a call word itself
            clauses |= clause
            nouns.add(i)
    return frozenset(clauses), frozenset(nouns)


def earlier_call_told_within(sent: Span, call_words: frozenset[int]) -> frozenset[int]:
    """The words of a clause told in the pluperfect that tells a call of its own ('le premier échange
    depuis le 6 juillet, lorsque X avait appelé Y pour le féliciter de son élection', '… depuis le 18
    mars, date à laquelle ils avaient convenu, au téléphone, d'un moratoire'), while the sentence
    tells its own call outside it ('échange'): what the clause says is the earlier call's, not the
    sentence's. Only a clause of time ('lorsque') or one hung on a noun ('date à laquelle'): a
    reported clause ('il a indiqué qu'ils avaient parlé de X') tells the sentence's own call."""
    doc = sent.doc
    found: set[int] = set()
    for i in range(sent.start, sent.end):
        verb = doc[i]
        if verb.dep_ not in {"advcl", "acl:relcl"} or verb.pos_ != "VERB" or i in found or not _pluperfect(verb):
            continue
        clause = {t.i for t in verb.subtree}
        if clause & call_words and any(k not in clause for k in call_words if sent.start <= k < sent.end):
            found |= clause
    return frozenset(found)


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
    adjectives = _signalling_adjectives(sent, words, folded)
    hidden = blind_spots(sent, folded) | not_discussed(sent, folded) | background(sent, folded) | figurative(sent, folded)
    hidden.update(_qualifiers_of_another_topic(adjectives, words), _owners_named(adjectives, folded), _in_a_body_name(adjectives))
    hidden.update(names.intersection(indices))
    punished = _economic_measures(sent, words, folded) - hidden
    hidden.update(punished)
    lemma_list = [_without_time_prefix(lemmas[i]) if i not in hidden else "_" for i in indices]
    word_list = [_without_time_prefix(norms[i]) if i not in hidden else "_" for i in indices]
    present = {*lemma_list, *word_list}  # the signals looked up once per distinct word, the lookups made by sets
    found = set().union(*(words[w] for w in words.keys() & present))
    if any(_between_two_countries(doc[i]) for i in indices if i not in hidden and lemmas[i] in _RELATIONS):
        found.add("bilateral-relations")
    if any(_guarantees_a_truce(doc[i]) for i in indices if i not in hidden and lemmas[i] in _TRUCES):
        found.add("security-guarantees")
    if punished:
        found.add("sanctions")
    if any(_implements_a_consensus(doc[i]) for i in indices if i not in hidden and lemmas[i] in _CONSENSUS):
        found.add("bilateral-relations")
    if any(_prepares_a_leaders_meeting(doc[i]) for i in indices if lemmas[i] in _CALL_NOUNS or norms[i] in _GROUPS):
        found.add("summit-meeting")
    lemmas_text = " " + " ".join(lemma_list) + " "
    text = " " + " ".join(word_list) + " "
    candidates = (p for w in phrases.keys() & present for p in phrases[w])
    found.update(topic for phrase, topic in candidates if topic not in found and (phrase in lemmas_text or phrase in text))
    return found


def _without_time_prefix(word: str) -> str:
    """'post-électoral', 'pré-électoral', 'post-covid': a word made of a prefix of time and a word
    signals what the word does (the crisis after an election is about the election)."""
    if "-" not in word:  # most words: no split
        return word
    prefix, rest = word.split("-", 1)
    return rest if prefix in _TIME_PREFIXES and rest else word


def _guarantees_a_truce(noun: Token) -> bool:
    """'des dirigeants prêts à garantir un éventuel cessez-le-feu': countries that would guarantee a
    truce give the guarantees of its security (a force, a pledge), whatever words sit between the
    verb and its object; 'garantir la sécurité de la région' alone is a wish, no guarantee."""
    return noun.dep_ == "obj" and fold(noun.head.lemma_) in _GUARANTEEING


def _economic_measures(sent: Span, words: dict[str, set[str]], folded: Folded) -> set[int]:
    """'menacer Moscou d'un isolement politique et économique', 'des restrictions sur les
    exportations': a measure taken against a country, aimed at its economy, is a sanction, not
    trade. The economic words that qualify such a noun (an adjective, also one coordinated with
    another, or a 'de'/'sur' phrase): they tell the sanction, not a topic of their own."""
    doc = sent.doc
    found: set[int] = set()
    for i in range(sent.start, sent.end):
        if folded.lemmas[i] not in _PUNITIVE or doc[i].pos_ != "NOUN":
            continue
        parts = [c for c in children(doc[i]) if c.dep_ in {"amod", "nmod"}]
        parts += [k for c in parts for k in children(c) if k.dep_ == "conj"]
        found.update(c.i for c in parts if "economy-trade" in words.get(folded.lemmas[c.i], set()) | words.get(folded.norms[c.i], set()))
    return found


def _implements_a_consensus(noun: Token) -> bool:
    """'mettre en œuvre le consensus atteint par les deux chefs d'État', 'la mise en œuvre des
    consensus obtenus': what two sides agreed on, put into effect, is their relations' work (a
    consensus only hoped for or only named, 'un consensus international', says nothing of them)."""
    return noun.dep_ in {"obj", "nmod"} and fold(noun.head.lemma_) in _IMPLEMENTING


def _prepares_a_leaders_meeting(noun: Token) -> bool:
    """'pour préparer la visioconférence des dirigeants européens', 'organiser une réunion des chefs
    d'Etat': a call that sets up leaders' meeting, held by video or not, is about a summit. The
    noun names a call (it signals no topic of its own): the verb and the leaders make it a summit.
    'pour préparer le G20': a group of leaders prepared for is its summit (named alone, 'le pays
    qui préside le G7', it is none)."""
    return noun.dep_ == "obj" and fold(noun.head.lemma_) in _PREPARING and (noun.norm_ in _GROUPS or any(
        c.dep_ == "nmod" and c.norm_ in _LEADERS for c in children(noun)))


def _qualifiers_of_another_topic(adjectives: list[Token], words: dict[str, set[str]]) -> set[int]:
    """'des sanctions économiques': an adjective that signals a topic only says which kind of
    its noun, when the noun signals a topic of its own."""
    def signalled(token: Token) -> set[str]:
        return words.get(fold(token.lemma_), set()) | words.get(token.norm_, set())

    return {t.i for t in adjectives if signalled(t) and signalled(t.head) and not signalled(t) & signalled(t.head)}


def _owners_named(adjectives: list[Token], folded: Folded) -> set[int]:
    """'le président ukrainien', 'la presse israélienne', 'selon la diplomatie iranienne': an
    adjective of a role, a medium or an office says whose it is, not what the sentence is about."""
    return {t.i for t in adjectives if folded.lemmas[t.head.i] in _OWNERS}


def _in_a_body_name(adjectives: list[Token]) -> set[int]:
    """'la Communauté économique des États de l'Afrique de l'Ouest', 'la Commission électorale': an
    adjective of a noun written with a capital inside the sentence is part of a body's name; it says
    which body, not what the sentence is about."""
    return {t.i for t in adjectives if t.head.i > t.sent.start and t.head.text[:1].isupper() and t.head.pos_ in {"NOUN", "PROPN"}}


def _signalling_adjectives(sent: Span, words: dict[str, set[str]], folded: Folded) -> list[Token]:
    """The sentence's adjectives of a noun ('amod') that signal a topic on their own (a Token made
    only for the words that signal one), for the two rules above."""
    doc = sent.doc
    signalling = (doc[i] for i in range(sent.start, sent.end) if folded.lemmas[i] in words or folded.norms[i] in words)
    return [t for t in signalling if t.pos_ == "ADJ" and t.dep_ == "amod"]


def _between_two_countries(token: Token) -> bool:
    """'les relations maroco-françaises', 'la coopération entre la France et le Maroc', 'les
    tensions entre Pékin et Washington', 'les liens étroits entre les deux pays': a relation noun
    tied to a pair of countries. The 'entre' phrase is read where it is written, right after the
    noun and its adjectives: the parser often hangs it on the verb."""
    if fold(token.lemma_) not in _RELATIONS:
        return False
    if any(c.dep_ == "amod" and fold(c.text.split("-")[0]) in _COMBINING for c in children(token)):
        return True  # one token or "maroco", "-", ...
    doc = token.doc
    after = token.i + 1
    # "les relations fraternelles entre ...", "la coopération commerciale, culturelle et humanitaire entre ...";
    # a quotation closed before the pair: "« renforcer les liens fraternels » entre le Liban et la Syrie"
    while after < len(doc) and (doc[after].pos_ in {"ADJ", "ADV"} or doc[after].is_quote
                                or doc[after].dep_ in {"punct", "cc"} and after + 1 < len(doc) and doc[after + 1].pos_ == "ADJ"):
        after += 1
    if after >= len(doc) or doc[after].norm_ != "entre" or doc[after].dep_ != "case":
        return False
    pair = doc[after].head
    if fold(pair.lemma_) in _COUNTRY_NOUNS and any(c.dep_ == "nummod" and _NUMBERS.get(c.norm_) == 2 for c in children(pair)):
        return True  # "les deux pays", not "deux amis"
    members = [pair, *(c for c in children(pair) if c.dep_ == "conj")]
    if len(members) < 2 and (second := _named_after(pair)) is not None:
        members.append(second)
    return len(members) >= 2 and all(t.text[:1].isupper() for t in members)


def _named_after(name: Token) -> Token | None:
    """'entre le Liban et l'Arabie saoudite' where the parser hangs the second country elsewhere
    than on the first: the proper noun written right after 'et' (and its article) that follows the
    first name's phrase."""
    doc = name.doc
    after = max(t.i for t in name.subtree) + 1
    if after >= len(doc) or doc[after].dep_ != "cc" or doc[after].norm_ != "et":
        return None
    after += 1
    if after < len(doc) and doc[after].pos_ == "DET":
        after += 1
    return doc[after] if after < len(doc) and doc[after].pos_ == "PROPN" else None
