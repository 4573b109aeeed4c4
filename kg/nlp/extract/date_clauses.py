"""Which clause a date in a sentence dates: a call's own, or another event's.

A sentence often holds several days ("a indiqué jeudi que X et Y s'étaient parlé mardi"): the
call's day is the one its own clause carries, not the day it was told, denied or reported, nor
the day of an event named beside it ("les élections du 18 mars"). These rules read the parse from
the date up to the call's words, mending the attachments the parser gets wrong in news French
(a fronted day set off by a comma, a day closing a relative clause, a call noun read as the
subject of an incise).
"""
from __future__ import annotations

from itertools import takewhile

from spacy.tokens import Doc, Span, Token

from kg.nlp.cues import cues
from kg.nlp.extract.dates import MONTH_END, DateMention
from kg.nlp.extract.incises import incise
from kg.nlp.extract.words import children, feature
from kg.text import fold

_CUES = cues()
EXCLUDING = {x.lower() for x in _CUES["date_excluding_preps"]}  # with accents: 'dès' is not the article 'des'
MONTH_END_BOUNDS = {x.lower() for x in _CUES["month_end_bounds"]}  # 'avant la fin du mois': still within the month
DATE_CARRIERS = {fold(x) for x in _CUES["date_carrier_nouns"]}  # "mardi soir", "le jour du 12 mars", "a eu lieu lundi"
# a verb of saying, not of calling ('a indiqué jeudi', 'a fait savoir jeudi'): its date is the saying's
SAYING = {fold(v.split()[-1]) for v in _CUES["reporting_verbs"] if " " not in v or v.startswith("faire ")} - {"appeler"}
DENYING = {fold(v) for v in _CUES["denial_verbs"]}
WHEN_MARKS = {fold(x) for x in _CUES["when_marks"]}
LENGTH_UNITS = {fold(x) for x in _CUES["duration_units"]} | {fold(x) for x in _CUES["half_hour_nouns"]}  # "une demi-heure"
ROUND_COUNTS = {fold(x) for x in _CUES["approximate_numbers"]}  # "une dizaine de minutes"
MEDIUM_MARKERS = {fold(x) for x in _CUES["medium_adjunct_markers"]}  # "par liaison vidéo", "au téléphone"
PLANNING = {fold(v) for v in _CUES["planned_cues"]}  # 'doivent se retrouver', 'prévoient de se voir': what is to come
_TELLING = SAYING | DENYING  # the verbs whose own day an infinitive after them does not take
_CLAUSAL = {"acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis"}


def clause_of(trigger: Token) -> tuple[set[int], set[int]]:
    """The tokens of the trigger's own clause up to its verb, and the verbs that govern it
    (a refusal dated 'lundi' to confirm that a call took place does not date the call)."""
    anchors, token = {trigger.i}, trigger
    while token.head.i != token.i:
        if _subject_misread_of_an_incise(token) or _phrase_misread_into_an_incise(token):
            token = token.head.head  # 'X a reçu vendredi un appel de Y, a indiqué Z': the call is the object of 'reçu'
            anchors.add(token.i)
            continue
        dep = token.dep_.split(":")[0]
        if token.pos_ in {"VERB", "AUX"} and dep in _CLAUSAL and (dep != "xcomp" or fold(token.head.lemma_) in _TELLING) \
                and not _set_off_by_a_cleft(token) and not _a_mark(token.head) and not hung_on_its_subject(token):
            break  # "X a démenti dimanche avoir parlé à Y", "a annoncé mardi vouloir appeler Y": the denial's or the saying's day
        if token is not trigger and {"mark", "cop"} <= {c.dep_ for c in children(token)}:
            break  # "X a affirmé la veille qu'un appel était en préparation": a clause, whatever its head was read as
        token = token.head
        anchors.add(token.i)
    if token.dep_.startswith("advcl") and token.head.i != token.i and \
            any(c.dep_ == "mark" and fold(c.text) in WHEN_MARKS for c in children(token)):
        anchors.add(token.head.i)  # "remonte au 11 septembre, quand X a appelé Y": its time is the clause's it hangs on
        token = token.head
    governing = {a.i for a in token.ancestors} - anchors
    return anchors, governing


def hung_on_its_subject(verb: Token) -> bool:
    """'Le ministre X aurait appelé Y la semaine dernière', 'Le premier ministre X, assermenté
    vendredi, appellera Y': the parser may hang a finite verb on the noun before it, as if a
    participle described it ('le ministre, appelé par ...'); with a tense of its own or of its
    auxiliary and no subject, relative pronoun or 'que' of its own, it is a clause whose subject
    that noun is. The tagger may read the future as a participle ('appellera' tagged
    VerbForm=Part), which no French participle ending in '-ra' or '-ront' is."""
    return verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"} and verb.head.i < verb.i \
        and ("Fin" in feature(verb, "VerbForm") or verb.norm_.endswith(("ra", "ront"))
             or any(c.dep_.startswith("aux") and "Fin" in feature(c, "VerbForm") for c in children(verb))) \
        and not any(c.dep_ == "mark" or "Rel" in feature(c, "PronType") for c in children(verb))


def _subject_misread_of_an_incise(token: Token) -> bool:
    """'X a reçu vendredi un appel de Y, a indiqué Z': the parser may read the noun before an
    incise of saying as its subject, though the incise has its own subject after its verb; a verb
    has one subject, so the noun belongs to the clause the incise is hung on."""
    verb = token.head
    return token.dep_ == "nsubj" and verb.dep_ == "parataxis" and verb.pos_ == "VERB" and token.i < verb.i \
        and any(c.dep_ == "nsubj" and c.i > verb.i for c in children(verb))


def _phrase_misread_into_an_incise(token: Token) -> bool:
    """'X avait eu Y au téléphone, a rappelé mercredi Z': the parser may hang a phrase of the
    clause before an incise of saying on the incise's verb ('au téléphone' under 'rappelé'); an
    incise's words follow its comma, so a phrase before it belongs to the clause it credits, the
    one the incise is hung on."""
    verb = token.head
    return verb.pos_ == "VERB" and fold(verb.lemma_) in SAYING and verb.head.i < token.i < verb.i \
        and any(t.text == "," for t in token.doc[token.i + 1:verb.i]) and incise(verb)


def _a_mark(token: Token) -> bool:
    """'• 14 novembre 2024 – X appelle Y': a bullet opening a line of a chronology, which the
    tagger may read as a noun, even as the line's root with its date and its verb hung on it. It
    is no word: the date it holds is the line's own, and the verb's clause runs up through it."""
    return not any(map(str.isalnum, token.text))


def _set_off_by_a_cleft(verb: Token) -> bool:
    """'Le lendemain, c'est avec X qu'il s'entretient', 'Mardi, c'est X qui a appelé Y': the clause
    that 'c'est ... que (qui)' sets off is the sentence's own, its focus hung above it by the
    parser; a day of the sentence dates it. Known by its shape: the verb follows its head, opened
    by a conjunction ('que', tagged as one or as a pronoun) or a relative subject, and the head
    has the copula ('est', 'était'), or a pronoun with the copula fixed to it ('c'est' read as one
    adverb); its focus names someone or
    something ('il est probable que ...' sets off no focus: its clause's day is the judgement's)."""
    head = verb.head
    if head.i == verb.i or head.i > verb.i or head.pos_ not in {"NOUN", "PROPN", "PRON"} or not any(
            c.dep_ == "mark" or c.dep_.startswith("nsubj") and "Rel" in feature(c, "PronType")
            for c in children(verb)):
        return False
    focus = [head]  # "c'est le président X qui a appelé Y": the parser may give the copula to the name's title,
    if head.pos_ == "PROPN":  # hanging the name on it or it on the name
        focus += [head.head] if head.dep_ in {"nmod", "appos"} and head.head.i < head.i else []
        focus += [c for c in children(head) if c.pos_ == "NOUN" and c.i < head.i]
    return any(c.i < head.i and (c.dep_ == "cop" or c.pos_ == "PRON" and any(f.dep_ == "fixed" and f.pos_ in {"VERB", "AUX"}
                                                                               for f in children(c)))
               for word in focus for c in children(word))


def dates_the_clause(mention: DateMention, sent: Span, trigger: Token) -> bool:
    """Does this date say when the event of `trigger` (a call noun or verb) happened?"""
    doc = sent.doc
    anchors, governing = clause_of(trigger)
    start = max(sent.start, mention.tokens[0] - 4, trigger.i + 1 if trigger.i < mention.tokens[0] else 0)
    excluding = EXCLUDING - MONTH_END_BOUNDS if _a_months_end(mention, doc) else EXCLUDING
    if any(t.lower_ in excluding for t in doc[start:mention.tokens[0]]):
        return False  # "depuis mardi"; not "après l'appel de mercredi", where 'après' introduces the call
    head = doc[mention.tokens[0]:mention.tokens[1]].root
    since = [t.i for t in doc[trigger.i:mention.tokens[0]] if fold(t.text) == "depuis"] if trigger.i < mention.tokens[0] else []
    carrier = head.head  # "a parlé à plusieurs reprises avec Y depuis le coup d'Etat, la dernière fois mardi": the
    # day of a phrase of the call's own clause, after the 'depuis' one
    if since and not (carrier.pos_ == "NOUN" and fold(carrier.lemma_) in DATE_CARRIERS and carrier.head.i in anchors
                      and since[-1] < carrier.i < head.i):
        return False  # "the first call since the inauguration, on 20 January"
    if fold(doc[mention.tokens[0]].text) == "il" and head.i == mention.tokens[0] + 2 and head.head.i != head.i:
        head = head.head  # "il y a deux semaines" read as a clause of its own: the time of what it hangs on
    below = []  # the date's heads up to the call's clause: a preposition above it ('Un mois après leur dernier
    for a in [head, *head.ancestors]:  # échange, X et Y se sont parlé dimanche', misparsed under 'échange') scopes the clause
        if a.i in anchors:
            break
        below.append(a)
    if any(c.lower_ in excluding for a in below for c in children(a) if c.dep_ == "case"):
        return False
    if _closing_a_relative(head, mention, anchors):
        return True
    while head.i not in anchors:
        if head.i in governing:
            return False
        if head.pos_ in {"VERB", "AUX"} and fold(head.lemma_) in SAYING:
            return False  # "X a parlé avec Y en début de semaine, a fait savoir jeudi la présidence": the day it was told
        if head.pos_ in {"VERB", "AUX"} and head.dep_ == "xcomp" and head.head.i in anchors:
            head = head.head  # "la rencontre devrait avoir lieu lundi": 'avoir lieu' tells the call's own clause
            continue
        if head.pos_ in {"VERB", "AUX"} and head.i not in range(*mention.tokens):  # not the day read as a verb ('a
            # téléphoné dimanche à Y'): a date of a subordinate clause dates something else ...
            # ... unless the clause describes the call itself ("la visioconférence qui les a rassemblés, le 3 mai",
            # "un échange tendu mardi", the day read as the participle's)
            return head.dep_.split(":")[0] not in _CLAUSAL or head.dep_ in {"acl:relcl", "acl"} and head.head.i == trigger.i
        if _apposed_after_a_name(head, mention):
            head = next((a for a in head.ancestors if a.pos_ in {"VERB", "AUX"}), head.head)
            continue
        if head.head.i == head.i:
            # a date parsed as a tree apart dates the clause it opens ("Plus tôt ce mois-ci, X et Y ..."), not one it follows
            return trigger.sent.root == head or head in trigger.ancestors or mention.tokens[1] <= trigger.i
        if head.pos_ == "NOUN" and not _a_mark(head) and head.i not in range(*mention.tokens) and \
                fold(head.lemma_) not in DATE_CARRIERS and \
                not {fold(c.text) for c in children(head) if c.dep_ == "case"} & {"avec", "a", "au"} and \
                not _a_name(head) and not _of_a_locution(head) and not _hung_ahead(head, mention) and \
                not _means_of(head, anchors) and not _kind_of(head, anchors) and not _length_of(head, anchors):
            return False  # not "avec son homologue jeudi", "a appelé M. Poutine lundi", "a appelé mercredi le Premier ministre"
        head = head.head
    return True


def _apposed_after_a_name(head: Token, mention: DateMention) -> bool:
    """'a joint le président du Mexique, X, vendredi, ...': a bare day between commas right after
    the name that a title is set off with; the parser hangs it as a second apposition of the
    title (or its complement), but a day describes no one: it is the day of the verb the title is an argument of, as
    'a joint vendredi le président ...' says."""
    noun = head.head
    if head.dep_ not in {"appos", "nmod"} or head.i not in range(*mention.tokens) or noun.i == head.i \
            or any(c.dep_ == "case" for c in children(head)):
        return False
    doc = head.doc
    comma = mention.tokens[0] - 1
    return comma > noun.i and doc[comma].text == "," and any(
        c.dep_ == "appos" and c.pos_ == "PROPN" and comma - 1 <= c.right_edge.i <= comma for c in children(noun))


def apposed_to(noun: Token, mention: DateMention) -> bool:
    """'c'est au lendemain d'un coup de téléphone avec X, le 14 décembre, que Y a annoncé ...': a
    date set off by commas right after the phrase of a noun of an event, in the focus of a cleft
    ('c'est ... que'), which the parser hangs on the clause the focus is set off from, is that
    event's, as 'le coup de téléphone du 14 décembre' says; the clause's own day is counted from
    it ('au lendemain de'). Fronted with no cleft ('À la veille de l'investiture, le 19 janvier,
    X a ...') the date is the clause's own."""
    doc = noun.doc
    between = doc[noun.right_edge.i + 1:mention.tokens[0]]
    focus = list(takewhile(lambda a: a.pos_ not in {"VERB", "AUX"}, noun.ancestors))  # up to the clause's verb
    return len(between) > 0 and between[0].text == "," and all(t.dep_ == "det" for t in between[1:]) \
        and mention.tokens[1] < len(doc) and doc[mention.tokens[1]].text == "," \
        and any(c.dep_ == "cop" and c.i < noun.i for a in focus for c in children(a))


def _a_months_end(mention: DateMention, doc: Doc) -> bool:
    """'avant la fin du mois', 'avant fin mars': a month's end, before which what is bounded
    still falls within that month (the month dates it), where 'avant le 12 mars' sets no day."""
    return len(mention.value) == 7 and fold(doc[mention.tokens[0]].text) == MONTH_END


def _closing_a_relative(head: Token, mention: DateMention, anchors: set[int]) -> bool:
    """'X, qui s'est entretenu avec M. Y mercredi, a averti ...': a bare day the parser hung on the
    noun a relative clause describes, though it closes that clause: it follows the relative's verb
    with no mark between them, where a complement of the noun would come before the relative. The
    day is the relative's, so the call's when the relative tells it."""
    noun = head.head
    if head.dep_ != "nmod" or any(c.dep_ == "case" for c in children(head)) or noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    doc = head.doc
    return any(c.dep_ == "acl:relcl" and c.i in anchors and c.i < mention.tokens[0]
               and not any(t.is_punct for t in doc[c.i:mention.tokens[0]]) for c in children(noun))


def _means_of(noun: Token, anchors: set[int]) -> bool:
    """'leur échange par liaison vidéo du 21 janvier': the noun of the means the call went by,
    hung on the call's own words; a day the parser hung on it is the call's."""
    return noun.head.i in anchors and any(c.dep_ == "case" and fold(c.text) in MEDIUM_MARKERS for c in children(noun))


def _length_of(noun: Token, anchors: set[int]) -> bool:
    """'se sont parlé pendant une demi-heure vendredi dernier': the parser hangs the day on the
    call's length, a unit of time hung on the call's clause; the day is the call's. A round count
    with its unit after 'de' ('une dizaine de minutes', 'une vingtaine de minutes') is the
    parser's head of such a length: it tells it as a number would."""
    return noun.head.i in anchors and (fold(noun.lemma_) in LENGTH_UNITS or fold(noun.lemma_) in ROUND_COUNTS and any(
        fold(c.lemma_) in LENGTH_UNITS and any(fold(d.text) in {"de", "d'"} for d in children(c) if d.dep_ == "case")
        for c in children(noun) if c.dep_ == "nmod"))


def _kind_of(noun: Token, anchors: set[int]) -> bool:
    """'un appel de félicitations le 10 novembre', 'un entretien de courtoisie mardi': a bare noun
    after 'de' that says what kind of call it was, hung on the call's own words; a day the parser
    hung on it is the call's (where 'les élections du 18 mars' has its article and dates itself)."""
    return noun.head.i in anchors and noun.head.i < noun.i and not any(c.dep_ == "det" for c in children(noun)) \
        and any(c.dep_ == "case" and fold(c.text) in {"de", "d'"} for c in children(noun))


def _hung_ahead(noun: Token, mention: DateMention) -> bool:
    """'a appelé mercredi le Premier ministre de l'Inde': a date the parser hung on a noun that
    follows it, with only the noun's article and adjectives between, or the comma that sets off a
    fronted day ('Samedi, le ministre X s'est entretenu ...'). A noun's complement comes after it in
    French; a day before it is that of the verb it follows, or of the clause it opens."""
    doc = noun.doc
    return mention.tokens[1] <= noun.i and all(
        t.head.i == noun.i and t.dep_ in {"det", "amod", "nummod"} or t.is_punct for t in doc[mention.tokens[1]:noun.i])


def _of_a_locution(noun: Token) -> bool:
    """'a mis en garde samedi X', 'a rendu hommage lundi à Y': a bare noun that makes a verb with
    its verb; a day hung on it is the verb's."""
    return noun.head.pos_ in {"VERB", "AUX"} and noun.dep_.startswith(("obl", "obj")) and \
        not any(c.dep_ == "det" or c.dep_ == "case" and feature(c, "Definite") for c in children(noun))  # no article, nor 'au'


def _a_name(noun: Token) -> bool:
    """'M. Poutine', 'Mme Merkel': a civility the tagger reads as a noun, heading the name it
    introduces; a day hung on it is the day of what the person did, not a thing of theirs."""
    return any(c.dep_ == "flat:name" and c.pos_ == "PROPN" for c in children(noun))


def plans(verb: Token) -> bool:
    """'Les deux dirigeants doivent se retrouver mercredi', 'se retrouveront mercredi': a clause
    that tells what is to come, in the future tense or by a verb of planning before an
    infinitive. Its day has not happened in the narrative: no 'la veille' told in the past
    counts from it."""
    return feature(verb, "Tense") == ("Fut",) or verb.pos_ in {"VERB", "AUX"} and fold(verb.lemma_) in PLANNING and any(
        c.dep_ == "xcomp" for c in children(verb))
