"""The claim rules' cue words, read once from `data/cues_fr.json` and folded for comparison."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from kg.text import fold

# contractions a preposition takes before an article: 'appeler au dialogue', 'faire part du souhait'
_CONTRACTIONS = {"au": "a", "aux": "a", "du": "de", "des": "de", "d'": "de", "qu'": "que"}
#: The endings of a present form the model may leave as its own lemma ('indique', 'précisent', the
#: participle 'regrettant'), read as the first-group infinitive ('indiquer') when that is a cue (`reported._cue_lemma`).
PRESENT_ENDINGS = ("ant", "ent", "es", "e")


def marker(word: str) -> str:
    """A preposition or conjunction as the cues write it: 'au' is 'à', "d'" is 'de'."""
    folded = fold(word)
    return _CONTRACTIONS.get(folded, folded)


@dataclass(frozen=True)
class ClaimCues:
    verbs: frozenset[str]  # single-word reporting and stance lemmas, folded
    phrases: dict[str, tuple[tuple[str, ...], ...]]  # first lemma -> the words that follow it ('faire' -> 'savoir')
    reflexive_only: frozenset[str]  # reporting only with 'se': 'se féliciter', not 'féliciter X'
    # reporting with 'se' too ('se dire'); another cue with 'se' is reciprocal or reflexive ('se sont salués')
    reflexive: frozenset[str]
    needs_complement: frozenset[str]
    incise_only: frozenset[str]  # 'a poursuivi' reports only in an incise, before a colon or a quote
    clause_only: frozenset[str]  # 'a soutenu que ...', not 'continuerait de soutenir l'Ukraine « ... »'
    quote_only: frozenset[str]  # 'parle d'une « mise en scène »' reports; 'ont parlé de la Syrie' is a topic
    with_y: frozenset[str]  # 'X y voit une provocation' states a reading; 'X voit Y' is sight
    object_content: frozenset[str]  # 'a réaffirmé l'engagement de ...': the object is what was said
    confirming: frozenset[str]  # 'confirmer': with a call noun ('a confirmé l'échange') the call told, no words
    call_nouns: frozenset[str]
    not_a_person: frozenset[str]  # 'a rappelé son ambassadeur', 'a salué le président': an act on a person, no statement
    content_noun_only: frozenset[str]  # 'a rejeté toute idée de ...' states a view; 'a rejeté cette demande' answers one
    # 'idée', 'proposition': an object that carries a statement; 'position', 'attachement', 'nécessité': one that
    # carries a stance ('a affirmé la position de X' states it, 'a affirmé sa présence militaire' does not)
    content_nouns: frozenset[str]
    intending: frozenset[str]  # 'souhaiter', 'vouloir': what one wants done, no assertion
    announcing: frozenset[str]  # 'a annoncé un entretien entre X et Y': an event announced is what was said
    # ... when it is one of these, a call or meeting or a measure named by the act's own noun ('a annoncé la
    # levée des restrictions', "l'envoi de ..."); 'a annoncé son intention de', 'de nouvelles mesures' are not
    announced_events: frozenset[str]
    participle_needs_clause: frozenset[str]  # 'rappelant la mobilisation de ...': a fact recalled, not said
    attribute_verbs: frozenset[str]  # 'juge les sanctions inefficaces': an object and what it is said to be
    prepositions: dict[str, frozenset[str]]  # 'insister' -> {'sur'}: what was said follows the preposition
    # 'a appelé X au téléphone', '... à l'occasion de', '... à la demande de': how, when or why one
    # talked, in the 'à' that gives what one calls for ('appeler à la retenue')
    not_called_for: frozenset[str]
    attribution: dict[str, str]  # folded marker -> as written ('selon', "d'après")
    attribution_starts: frozenset[str]
    view_markers: frozenset[str]  # 'Pour le Kremlin, ...'
    as_said_marks: frozenset[str]  # 'comme l'a rappelé X, ...': X says the sentence
    pointing_back_openers: frozenset[str]  # 'Ainsi s'est exprimé X', 'Voilà ce qu'a dit X': the words told before
    wording_nouns: frozenset[str]  # "C'est en ces termes que X a réagi"
    learning: frozenset[str]  # 'a-t-on appris auprès de X': X is the source, the writer only learnt it
    citing: frozenset[str]  # 'citant un communiqué de X': X is the source when the reporter is unknown
    person_pronouns: frozenset[str]
    first_person_singular: frozenset[str]  # 'Je lui ai confirmé que ...' in an interview's answer: the interviewee
    group_pronouns: frozenset[str]
    impersonal: frozenset[str]  # 'on', '-t-on'
    recency_pronouns: frozenset[str]  # 'ce dernier': the actor named last, not the one talked about
    recency_words: frozenset[str]  # their words: a subject whose head is none of them is none of them
    source_nouns: frozenset[str]  # 'selon la même source', 'a ajouté cette source': whoever spoke last
    sameness_adjectives: frozenset[str]
    # 'a fait savoir son cabinet', 'selon son porte-parole': who speaks for the person 'son' points to
    speaking_for_owner: frozenset[str]
    possessives: frozenset[str]
    document_nouns: frozenset[str]  # 'le communiqué de X indique'
    publishing: frozenset[str]  # 'X a publié un communiqué': X speaks through it ('précise le texte')
    participle_leads: frozenset[str]  # ', tout en se disant ...': words between a comma and the participle it sets off
    media_anaphors: frozenset[str]  # 'ajoute le journal': the medium named last
    role_nouns: frozenset[str]  # 'a déclaré le politologue': the person talked about
    kin_nouns: frozenset[str]  # 'a lancé la veuve de X': the person talked about, never X
    staff_nouns: frozenset[str]  # 'a indiqué le cabinet de l'émir': the leader's staff, never the leader
    journalist_nouns: frozenset[str]  # 'le journaliste lui a demandé': the press asking, nobody in the story
    country_anaphors: frozenset[str]  # 'selon l'émirat': the country named last
    office_ranks: frozenset[str]  # 'le Premier ministre' is not 'la ministre'
    negations: frozenset[str]
    refusals: frozenset[str]  # 'a refusé de confirmer': nothing said (the calls' cue: 'a refusé de prendre son appel')
    possible_when_negated: frozenset[str]  # "n'exclut pas de ...": negated, a statement still (that it may be)
    said_only_when_negated: frozenset[str]  # "n'a pas caché que ...", 'ne cache pas sa déception': a statement; 'a caché' is none
    said_when_negated_before: frozenset[str]  # "n'a pas hésité à dire", 'ne cesse de répéter': said all the same
    # '« ... », s'est contenté de dire X', 'a tenu à préciser X': a verb that governs the saying infinitive
    # of an incise, its subject the speaker
    speech_modals: frozenset[str]
    purpose_marks: frozenset[str]
    manner_marks: frozenset[str]  # ', en appelant ...', ', sans exclure ...' hung on a quote's incise: how it was said
    signature_dashes: frozenset[str]
    answer_markers: tuple[str, ...]  # 'R. ...', '— ...' after a question: an interview's answer
    writer_possessives: frozenset[str]  # 'selon nos informations': the writer's own finding, no source
    posted_on: frozenset[str]  # 'a écrit sur X le président': where it was said, not who
    # every folded lemma that may start a reporting verb: the cues, and their present forms (PRESENT_ENDINGS);
    # a sentence's other words are passed over by one set lookup each
    may_start: frozenset[str]

    def document(self, noun: Token) -> bool:
        """Does a noun name a document ('le communiqué')? 'compte rendu' too, which the parser
        splits into a noun and the participle after it."""
        folded = fold(noun.lemma_)
        if folded in self.document_nouns:
            return True
        after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
        return after is not None and after.head.i == noun.i and f"{folded} {after.norm_}" in self.document_nouns

    @classmethod
    def read(cls, cues: dict) -> ClaimCues:
        def folded(key: str) -> frozenset[str]:
            return frozenset(fold(x) for x in cues[key])

        single: set[str] = set()
        phrases: dict[str, set[tuple[str, ...]]] = {}
        plain = set()
        with_se = set()
        for entry in [*cues["reporting_verbs"], *cues["stance_verbs"]]:
            words = fold(entry).split()
            reflexive = words[0] in {"se", "s'"} or words[0].startswith("s'")
            if words[0].startswith("s'") and len(words[0]) > 2:
                words = [words[0][2:], *words[1:]]
            elif words[0] in {"se", "s'"}:
                words = words[1:]
            if reflexive:
                with_se.add(words[0])
            if len(words) > 1:
                phrases.setdefault(words[0], set()).add(tuple(words[1:]))
            else:
                single.add(words[0])
                if not reflexive:
                    plain.add(words[0])
        prepositions = {}
        for verb, preps in cues["reporting_prepositions"].items():
            words = fold(verb).split()
            if words[0] in {"se", "s'"}:
                words = words[1:]
            elif words[0].startswith("s'"):
                words[0] = words[0][2:]
            prepositions[" ".join(words)] = frozenset(marker(p) for p in preps)
        attribution = {fold(x): x for x in cues["attribution_markers"]}
        starts = {m.split()[0] for m in attribution} | {m.split("'")[0] + "'" for m in attribution if "'" in m.split()[0]}
        with_y = folded("reporting_with_y")
        single |= with_y
        plain |= with_y
        return cls(
            verbs=frozenset(single), phrases={k: tuple(sorted(v)) for k, v in phrases.items()},
            reflexive_only=frozenset(single - plain), reflexive=frozenset(with_se), needs_complement=folded("reporting_needs_complement"),
            incise_only=folded("reporting_incise_only"), clause_only=folded("reporting_clause_only"),
            quote_only=folded("reporting_quote_only"), with_y=with_y,
            object_content=folded("reporting_object_content"), confirming=folded("confirming_verbs"),
            call_nouns=folded("call_nouns"), not_a_person=folded("object_content_not_a_person"),
            content_noun_only=folded("reporting_content_noun_only"), content_nouns=folded("content_nouns") | folded("stance_nouns"),
            intending=folded("intention_cues"), announcing=folded("event_announcing_verbs"),
            announced_events=folded("announced_event_nouns") | folded("announced_measure_nouns"),
            participle_needs_clause=folded("participle_needs_clause"), attribute_verbs=folded("attribute_verbs"),
            prepositions=prepositions, not_called_for=folded("call_nouns_self_marked") | folded("adjunct_locution_nouns"),
            attribution=attribution, attribution_starts=frozenset(starts),
            view_markers=folded("view_markers"), as_said_marks=folded("as_said_marks"),
            pointing_back_openers=folded("pointing_back_openers"), wording_nouns=folded("wording_nouns"),
            learning=folded("learning_verbs"), citing=folded("citing_verbs"),
            person_pronouns=folded("person_pronouns"), first_person_singular=folded("first_person_singular"),
            group_pronouns=folded("group_pronouns"), impersonal=folded("impersonal_pronouns"),
            recency_pronouns=folded("recency_pronouns"), source_nouns=folded("source_nouns"),
            recency_words=frozenset(w for p in folded("recency_pronouns") for w in p.split(" ")),
            sameness_adjectives=folded("sameness_adjectives"), speaking_for_owner=folded("speaking_for_owner_nouns"),
            possessives=folded("possessive_determiners"), document_nouns=folded("document_nouns"),
            publishing=frozenset(fold(x).split()[0] for x in cues["publishing_verbs"]),
            participle_leads=folded("participle_leads"),
            media_anaphors=folded("media_anaphors"), role_nouns=folded("person_role_nouns") | folded("person_descriptor_nouns"),
            kin_nouns=folded("kinship_nouns"), staff_nouns=folded("leader_staff_nouns"),
            journalist_nouns=folded("journalist_nouns"), country_anaphors=folded("country_anaphor_nouns"),
            office_ranks=folded("office_rank_adjectives"),
            negations=folded("negation_words"), refusals=folded("refusal_verbs"),
            possible_when_negated=folded("possible_when_negated"), said_only_when_negated=folded("said_only_when_negated"),
            said_when_negated_before=folded("said_when_negated_before"), purpose_marks=folded("purpose_marks"),
            speech_modals=folded("speech_modal_verbs"),
            manner_marks=folded("manner_marks"),
            signature_dashes=frozenset(cues["signature_dashes"]), writer_possessives=folded("writer_possessives"),
            posted_on=folded("posted_on_prepositions"),
            answer_markers=tuple(sorted(cues["answer_markers"], key=len, reverse=True)),
            may_start=frozenset([*single, *phrases, *(verb[:-2] + ending for verb in single if verb.endswith("er")
                                                     for ending in PRESENT_ENDINGS)]))
