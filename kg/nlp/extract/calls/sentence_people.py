"""The people a sentence names beyond the call's own clause: who is only named, and who is added.

Some names only say who someone is, and are on no side of a call: a description set between
commas after a name ('X, conseiller du président Y, ...'), a person named below a noun of people
acting for them ('le conseiller de X'). Lists of three names or more ('A, B, C et D') hold
together however the parser tied them. When a call's clause names fewer than two people, the
rest of the sentence is searched, leaving out reporters, sources and other events ('après sa
visite à Y'). A sentence after a call may add people to it ('X était également présent', 'X et
Y y ont participé', those who spoke at a video meeting told of a group alone).
"""
from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from kg.nlp.extract.calls.clause import case_words, existential, heads_a_locution, lemma, negated
from kg.nlp.extract.calls.left_out import journalist, reports_the_call
from kg.nlp.extract.calls.lexicon import CallCues
from kg.nlp.extract.calls.people import People, people_in, people_of
from kg.nlp.extract.calls.phrase_people import asides, joined_likewise, people_listed_after
from kg.nlp.extract.words import children, feature, tokens_of


def named_below_someone_else(sent: Span, people: People, cues: CallCues) -> set[int]:
    """The tokens of a person named only below a noun of people acting for them ('le conseiller
    de X', 'les équipes de X', 'avec l'émissaire de X'): that side is someone of X's, not X, and X
    is on no call by it; nor is X named by a role ('le conseiller spécial du président brésilien').
    Not below what X did ('à l'initiative de X', 'l'appel de X'), nor below a role the gazetteer
    reads as that person ('le président de X' is a mention of its own)."""
    found: set[int] = set()
    for start in people.named_within(sent.start, sent.end):
        mention = people.at[start]
        if start != mention.token_start or not (mention.target.kind == "actor" and mention.actor in people.people
                                                or mention.target.kind in {"office", "leader"}):
            continue
        root = sent.doc[mention.token_start:mention.token_end].root
        above = root.head
        if root.dep_.startswith("nmod") and case_words(root) & cues.of_prepositions and above.pos_ == "NOUN" \
                and above.i not in people.at and lemma(above) in cues.staff_nouns:
            # a role's own words only: the parser may hang the adviser's name on it ('du président français, Y')
            found.update(range(mention.token_start, mention.token_end) if mention.target.kind != "actor" else (t.i for t in root.subtree))
    return found


def spoken_about(sent: Span, people: People, cues: CallCues) -> set[int]:
    """The tokens of a person named inside a phrase of topic ('au sujet de X', 'à propos du sort
    de X', 'concernant X'): whom the call was about, on no side of it, wherever the parser hung
    the phrase (on the call's verb or on its object, 'a appelé Y au sujet de X'). Read up from
    the name through the nouns of its phrase, never past a clause's verb."""
    found: set[int] = set()
    for start in people.named_within(sent.start, sent.end):
        mention = people.at[start]
        if start != mention.token_start:
            continue
        word = sent.doc[mention.token_start:mention.token_end].root
        while True:
            if _opens_a_topic(word, cues):
                found.update(range(mention.token_start, mention.token_end))
                break
            if word.head.i == word.i or word.head.pos_ not in {"NOUN", "PROPN"} or not word.dep_.startswith("nmod"):
                break
            word = word.head
    return found


def _opens_a_topic(word: Token, cues: CallCues) -> bool:
    """'(au) sujet', '(à) propos' with a 'de' phrase below, or a phrase opened by 'concernant'
    (a preposition, or a participle the phrase is the object of)."""
    if case_words(word) & cues.to_prepositions and heads_a_locution(word, cues.topic_locution_nouns, cues):
        return True
    return bool(case_words(word) & cues.topic_prepositions) or word.dep_ == "obj" and word.head.norm_ in cues.topic_prepositions


def describing_a_name(sent: Span, people: People) -> set[int]:
    """The tokens of a description set between commas right after a name ('X, conseiller
    diplomatique du président algérien, ...', 'X, chef de la diplomatie du roi Y, ...'): it says
    who X is, and whoever it names ('le président algérien', 'le roi Y') is no side of X's call."""
    doc = sent.doc
    found: set[int] = set()
    for start in people.named_within(sent.start, sent.end):
        mention = people.at[start]
        end = mention.token_end
        if start != mention.token_start or end + 1 >= sent.end or doc[end].norm_ != ",":
            continue
        noun = doc[end + 1]
        if noun.pos_ != "NOUN" or not mention.token_start <= noun.head.i < end:
            continue
        if noun.i + 1 in people.at and people.at[noun.i + 1].token_start == noun.i + 1:
            continue  # 'les présidents brésilien A, colombien B et mexicain C': the next name of a list, its
            # adjective of country read as a noun, describes no one
        closing = next((t.i for t in doc[end + 1:sent.end] if t.norm_ == ","), None)
        if closing is not None:
            found.update(t.i for t in noun.subtree if t.i < closing)
    return found


def participle_beside_a_name(sent: Span, trigger: Token) -> set[int]:
    """The tokens of a present participle's clause the parser set beside a name as its apposition
    ('X a téléphoné à Y, lui demandant de libérer Z'): what X asked Y, and whoever it names (Z) is
    no side of the call; unless the call is told inside it ('X, appelant Y lundi, ...')."""
    found: set[int] = set()
    for token in sent:
        if token.dep_ == "appos" and token.pos_ == "VERB" and "Part" in feature(token, "VerbForm") \
                and "Pres" in feature(token, "Tense") and not token.left_edge.i <= trigger.i <= token.right_edge.i:
            found.update(t.i for t in token.subtree)
    return found


def name_lists(sent: Span, people: People, cues: CallCues) -> list[list[int]]:
    """The runs of three names or more joined by commas and a last 'et' ('A, B, C et D'), as the
    first token of each name; a run takes no name after the one 'et' joined. A name may come with
    its article and title ('le président français X': the title and the name, one person, are one
    item), as news writes a line-up of leaders of several countries."""
    doc = sent.doc
    starts = sorted({people.at[i].token_start for i in people.named_within(sent.start, sent.end)})
    runs: list[list[int]] = []
    run: list[int] = []
    end, closed = 0, False  # where the run's last item ends; whether 'et' joined it
    for start in starts:
        mention = people.at[start]
        if run:
            between = [t.norm_ for t in tokens_of(doc)[end:start]]
            while between and between[-1] in cues.definite_determiners:
                between.pop()  # "..., le président français X"
            if end == start and mention.actor == people.at[run[-1]].actor:
                end = mention.token_end  # "le chancelier allemand" then "Olaf Scholz": one item
                continue
            if between in ([","], ["et"], [",", "et"]) and not closed:
                run.append(start)
                end, closed = mention.token_end, between[-1] == "et"
                continue
            if closed:
                runs.append(run)
        run, end, closed = [start], mention.token_end, False
    if closed:
        runs.append(run)
    return [r for r in runs if len(r) >= 3]


def listed_with(person: str, runs: list[list[int]], sent: Span, skip: set[int], people: People,
                 on: date | None) -> list[str]:
    """The others of a list of three names or more that holds `person` ('A, B, C et D'), however
    the parser tied them: it may make B a parataxis and C a modifier of A, and drop them."""
    for run in runs:
        keys = [people.everyone(sent.doc[start], on) for start in run if start not in skip]
        if any(person in k for k in keys):
            return [p for k in keys for p in k if p != person]
    return []


def sentence_people(sent: Span, trigger: Token, skip: set[int], people: People, on: date | None,
                     cues: CallCues) -> list[str]:
    """The people of the sentence who may be on the call when its clause does not say: not in
    another event's phrase or a parenthesis, not a reporter or a source, not the 'X' of 'après X'."""
    doc = sent.doc
    named = people.named_within(sent.start, sent.end)
    if not named:
        return []
    words = tokens_of(doc)[sent.start:sent.end]
    found: list[str] = []
    anchors = {t.i for head in words if head.dep_.startswith(("obl", "nmod")) and _other_event(case_words(head), cues)
               for t in head.subtree if trigger not in head.subtree}  # "depuis la victoire de X", "avant sa visite à Y"
    anchors.update(t.i for subject in words if subject.dep_.startswith("nsubj") for aside in asides(subject, cues)
                   for t in aside.subtree)
    anchors.update(t.i for verb in words if _stayed_away(verb, cues) for subject in children(verb)
                   if subject.dep_.startswith("nsubj") for t in subject.subtree)
    for token in (words[i - sent.start] for i in named):
        if token.i in skip or token.i in anchors:
            continue
        mention = people.at[token.i]
        if token.i != mention.token_start:
            continue
        if token.i > sent.start and doc[token.i - 1].norm_ in cues.other_event_prepositions:
            continue  # "Après Vladimir Poutine, Donald Trump s'entretient avec ..."
        span = doc[mention.token_start:mention.token_end]
        if reports_the_call(span, trigger, cues) or journalist(span, cues):
            continue
        found.extend(p for p in people.everyone(token, on) if p not in found)
    return found


def _stayed_away(verb: Token, cues: CallCues) -> bool:
    """'X n'a pas pris part au sommet, tenu par visioconférence', 'X n'a pas participé à la
    réunion': who did not join the event is on no side of it, though the sentence names him."""
    return lemma(verb) in cues.joining_verbs and negated(verb) and any(
        c.dep_.startswith("obl") and lemma(c) in cues.nouns | cues.virtual_event_nouns | cues.conference_nouns for c in children(verb))


def _other_event(words: set[str], cues: CallCues) -> bool:
    """'après sa visite', 'depuis la victoire de X' place the call by another event; 'd'après
    plusieurs médias' names a source (where the parser may hang the next names on it)."""
    return bool(words & cues.other_event_prepositions) and not words & {"d'", "de"}


def also_present(sent: Span, people: People, on: date | None, cues: CallCues, after_video: bool = False,
                 just_told: bool = False) -> list[str]:
    """People a sentence adds to the call just reported: 'il y avait aussi X et Y', 'X était
    également présent', 'X a aussi participé' (with 'aussi' or 'également' on the verb), 'X a
    participé à l'entretien' (the one just told; 'à la réunion' after a call by video), 'X et Y y
    ont participé' right after it (`just_told`: the sentence before told it), 'tout comme Z' after
    any of these."""
    found: list[str] = []
    for token in sent:
        joined_it = _joined_the_event(token, cues, after_video, just_told)
        if not joined_it and not any(c.norm_ in cues.additive for c in children(token) if c.dep_.startswith("advmod")):
            continue
        there_is = existential(token)
        joined = joined_it or lemma(token) in cues.joining_verbs and all(
            lemma(c) in cues.nouns for c in children(token) if c.dep_.startswith("obl"))
        if not (there_is or token.norm_ in cues.presence or joined):  # joined what: the call, or nothing said
            continue
        if joined and _opens_the_sentence(token, sent, people):
            found.extend(p for p in people_in(tokens_of(sent.doc)[token.i + 1:sent.end], people, on) if p not in found)
            continue
        for child in children(token):
            if child.dep_ in {"nsubj", "obj", "nsubj:pass"} or there_is and child.dep_ == "expl:subj":
                found.extend(p for p in people_of(child, set(), people, on) + people_listed_after(
                    child, set(), people, on, cues)[0] if p not in found)
        if joined:  # "X a participé à l'appel, tout comme Y": Y too
            found.extend(p for head in joined_likewise(token, sent, cues) for p in people_of(head, set(), people, on) if p not in found)
    return _with_their_lists(found, sent, people, on, cues)


def _opens_the_sentence(verb: Token, sent: Span, people: People) -> bool:
    """'Ont participé à la réunion A, B et C', 'Ont également pris part à l'échange A et B': a verb
    of joining that opens its sentence (after its auxiliary, which the tagger may take for a name
    and the subject, and its adverbs) has its subject after it: the people named after it joined
    (not 'X participait', 'Ils ont participé', 'Y ont participé': a subject or a clitic before)."""
    return all(t.head.i == verb.i and (t.dep_.startswith(("aux", "advmod")) or t.i == sent.start and t.pos_ != "PRON"
                                       and t.i not in people.at) for t in tokens_of(sent.doc)[sent.start:verb.i])


def spoke_at_the_meeting(sent: Span, people: People, on: date | None, cues: CallCues) -> list[str]:
    """'Les dirigeants des Vingt-Sept ont tenu mardi une visioconférence. A, B et C ont plaidé pour
    ...': right after a video meeting told of a group alone, the people named together as the
    subject of the next sentence's main verb spoke at it, so are on it (not those who met: 'A et
    B se sont vus')."""
    root = sent.root
    if root.pos_ != "VERB" or lemma(root) in cues.in_person_verbs or lemma(root) in cues.video_meeting_verbs:
        return []
    found: list[str] = []
    for child in children(root):
        if child.dep_ == "nsubj":
            found.extend(p for p in people_of(child, set(), people, on) + people_listed_after(child, set(), people, on, cues)[0]
                         if p not in found)
    found = _with_their_lists(found, sent, people, on, cues)
    return found if len(found) >= 2 else []


def gathered_by_the_meeting(sent: Span, people: People, on: date | None, cues: CallCues) -> list[str]:
    """'La réunion s'est tenue dimanche par visioconférence. Elle a rassemblé A, B et C': right
    after a video meeting told with nobody on it, a sentence whose main verb gathers people, with
    the meeting as subject ('elle', 'la visioconférence'), names its people in the object (not
    'X a réuni ses ministres': a person gathering others meets them), and its chair in the
    participle that opens it ('Présidée par X, elle a rassemblé A et B': X is on it too)."""
    root = sent.root
    if root.pos_ != "VERB" or lemma(root) not in cues.gathering_verbs or negated(root) or not any(
            c.dep_ == "nsubj" and (c.pos_ == "PRON" and c.i not in people.at or lemma(c) in cues.virtual_event_nouns)
            for c in children(root)):
        return []
    found: list[str] = []
    for child in children(root):  # ', ainsi que D': an object the parser hangs on the verb
        chairs = [a for a in children(child) if a.dep_ == "obl:agent"] if child.dep_ == "advcl" and lemma(child) in cues.chairing_verbs else []
        for head in chairs:  # not who a relative names ('X, dont le pays préside le G7'): the chair alone
            relative = {t.i for c in children(head) if c.dep_ == "acl:relcl" for t in c.subtree}
            found.extend(p for p in people_of(head, relative, people, on) if p not in found)
        if child.dep_ == "obj" or child.dep_ == "conj" and any(c.norm_ in cues.adding_coordinators for c in children(child)):
            found.extend(p for p in people_of(child, set(), people, on) + people_listed_after(child, set(), people, on, cues)[0]
                         if p not in found)
    found = _with_their_lists(found, sent, people, on, cues)
    return found if len(found) >= 2 else []


def _joined_the_event(verb: Token, cues: CallCues, after_video: bool, just_told: bool) -> bool:
    """'Y s'est joint à cet échange', 'X a participé à la réunion' after a video call: joining the
    call the article just told ('la', 'cette': one named already) puts X on it, with no 'aussi';
    so does 'X et Y y ont participé' in the sentence right after it ('y' is the call)."""
    if lemma(verb) not in cues.joining_verbs or negated(verb):
        return False
    if just_told and any(c.pos_ == "PRON" and c.norm_ in cues.event_pronouns for c in children(verb)):
        return True
    nouns = cues.nouns | cues.virtual_event_nouns if after_video else cues.nouns
    named_before = cues.definite_determiners | cues.pointing_back_determiners
    # not an event of its own: 'la réunion du Conseil', 'la réunion ministérielle'
    events = [c for c in children(verb) if c.dep_.startswith("obl") and lemma(c) in nouns
              and not any(d.dep_.startswith(("nmod", "amod", "acl")) for d in children(c))]
    return any(d.norm_ in named_before for e in events for d in children(e) if d.dep_ == "det")


def _with_their_lists(found: list[str], sent: Span, people: People, on: date | None, cues: CallCues) -> list[str]:
    """'A, B et C y ont participé', 'A, B et C ont plaidé' with A read apart from the subject: the
    people found, then the others of the lists of three names or more they are in."""
    if not found:
        return found
    runs = name_lists(sent, people, cues)
    return found + list(dict.fromkeys(p for person in found for p in listed_with(person, runs, sent, set(), people, on)
                                      if p not in found))
