"""Who speaks through a reporting verb: its subject, an inverted pronoun, the actor of an incise
('..., a annoncé la Maison Blanche'), the holder of the clause a participle hangs on ('affirmant
que'), an agent ('a été annoncé par la France'); and what each sentence puts in the foreground
for the next ones. Pronouns and descriptions are resolved in `anaphora`, sources that are no
subject in `sources`, noun phrases and the discourse state in `phrases`.
"""
from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Span, Token

from kg.nlp.extract.claims.anaphora import gender_shown
from kg.nlp.extract.claims.cues import marker
from kg.nlp.extract.claims.phrases import Mark, Unnamed, article_gender
from kg.nlp.extract.claims.reported import antecedent_view, pronoun_relative, reporting
from kg.nlp.extract.claims.sources import Sources
from kg.nlp.extract.incises import (
    across_conjunction,
    as_said,
    auxiliary_read_as_verb,
    dative,
    finite,
    fixed_into_adverb,
    incise,
    is_clause,
    passive,
    reported_clauses,
    reported_word,
    words_start,
)
from kg.nlp.extract.records import ActorMention
from kg.nlp.extract.words import children, feature, tokens_of
from kg.text import fold

_SUBJECT_DEPS = ("nsubj", "nsubj:pass", "expl:subj")
_HOLDER_CHAIN = {"conj"}  # 'et a ajouté que': a participle or an infinitive climbs whatever its relation
_DASHES = frozenset({"-", "–", "—"})
_INCISE_REACH = 12  # tokens: '..., a annoncé le chancelier devant le Bundestag, ajoutant que'


class Speakers(Sources):
    """Resolves speakers in one document; built by the reader, updated as it reads."""

    def talked_about(self, sent: Span, quoted: set[int]) -> None:
        """After a sentence: the people it is about (subjects of its main verbs, of the clause an
        incise reports: 'X a eu un entretien avec Y, annonce un communiqué', or of the speech a
        reporting verb whose subject is no person relays) come to the fore. A
        dateline the parser made the root ('WASHINGTON - X a quitté Taïwan', the verb hung on the
        city) is no verb: the sentence's verb is the one beside it."""
        root = sent.root
        if _cleft(root):  # 'C'est X qui s'est adressé au Parlement': X is what the sentence is about
            people = [key for key in self._conjoined(root) if self.type_of(key) == "Person"]
            if people:
                self.put_forward(Mark(root.idx, people[0]))
                return
        beside = [c for c in children(root) if c.dep_ == "parataxis"] if root.pos_ not in {"VERB", "AUX"} else []
        # 'La présidence a rapporté que M. X avait jugé ...': the person whose words an institution relays is talked about
        told = [c for c in children(root) if c.dep_ == "ccomp" and reporting(c, self.cues) is not None] \
            if reporting(root, self.cues) is not None else []
        for verb in [root, *[c for c in children(root) if c.dep_ == "conj"], *reported_clauses(root), *beside, *told]:
            # 'X a pour sa part lancé un appel': the subject the parser hung on the auxiliary, read as a verb
            holders = [verb, *[c for c in children(verb) if c.dep_.startswith("aux")]]
            subjects = [c for t in holders for c in children(t) if c.dep_ in ("nsubj", "nsubj:pass") and c.i not in quoted]
            for subject in subjects or _subject_read_as_apposition(verb, holders):
                if subject.norm_ in self.cues.person_pronouns:
                    continue
                # 'Le chef de la diplomatie, X, a entamé ...': the role's holder between commas, whom the parser hangs
                # on the role's complement, is the person talked about
                # 'Le président, accompagné de son épouse, a visité ...': a bare role stands for whom it describes
                people = [key for key in self._conjoined(subject) if self.type_of(key) == "Person"] or \
                    [key for key in [self._holder_between_commas(subject) or self._described_person(subject)] if key]
                if people:
                    self.put_forward(Mark(subject.idx, people[0]))
                    if len(people) > 1:
                        self.group = Mark(subject.idx, people[0])
                    return

    def _described_person(self, subject: Token) -> str | None:
        """'Le président américain a reconnu ... Le président, accompagné de son épouse, a visité ...': a
        bare definite role as a subject (no name of its own) is the person it describes, who is then the
        one talked about, not whoever was named last as a subject."""
        if subject.pos_ != "NOUN" or subject.i in self.mention_at or fold(subject.lemma_) not in self.cues.role_nouns \
                or any(c.pos_ == "PROPN" or c.dep_ in {"nmod", "appos", "flat:name"} or c.i > subject.i and c.text[:1].isupper()
                       for c in children(subject)):
            return None  # 'le président Pezeshkian', a name the actors step left alone (even tagged an adjective): not the last president
        found = self.described_by(subject)
        return found if found is not None and self.type_of(found) == "Person" else None

    def unnamed_in(self, sent: Span) -> None:
        """After a sentence: someone who spoke in it and whom the text does not name ('Un diplomate
        européen a jugé ...', '..., a dit un responsable américain', 'selon un diplomate', 'la
        porte-parole du gouvernement' with no government named) is whom a pronoun after it stands
        for, not the person who spoke before."""
        lemmas = self.doc._.folded.lemmas  # the words first: a Token made only for a role noun
        for i in range(sent.start, sent.end):
            if lemmas[i] not in self.cues.role_nouns or i in self.quoted:
                continue
            noun = self.doc[i]
            if noun.pos_ != "NOUN":
                continue
            # '..., a dit un responsable': the subject after an incise's verb, often read as its object
            speaks = (noun.dep_ in _SUBJECT_DEPS or noun.dep_ == "obj" and noun.i > noun.head.i and incise(noun.head)) \
                and reporting(noun.head, self.cues) is not None or any(
                c.dep_ == "case" and fold(c.text) in self.cues.attribution for c in children(noun))
            indefinite = any(c.dep_ == "det" and "Ind" in feature(c, "Definite") for c in children(noun))
            if speaks and (self._holder_between_commas(noun) if indefinite else self.named_or_described(noun)) is None:
                # 'selon un diplomate européen, Bruxelles ...': an indefinite role names no one but a holder set off after it
                self.unnamed = Unnamed(noun.idx, article_gender(noun) or feature(noun, "Gender"), feature(noun, "Number"))

    def published(self, sent: Span) -> None:
        """'Le ministère a publié un long communiqué.' then '« ... », peut-on y lire' or 'précise le
        texte': who published a document speaks through it, though the sentence that says so
        reports nothing ('Zelensky a reçu une lettre' publishes none)."""
        root = sent.root
        for verb in [root, *[c for c in children(root) if c.dep_ == "conj"]]:
            if fold(verb.lemma_) in self.cues.publishing and any(
                    c.dep_ == "obj" and self.cues.document(c) for c in children(verb)):
                found = self._speaking(self._subjects(verb, [verb]), verb)
                if found:
                    self.spoke(found, sent.end_char)
                    self.issued(found, sent.end_char)
                    return

    # ------------------------------------------------------------------ resolution
    def of_verb(self, verb: Token, phrase: list[Token]) -> str | None:
        """The actor who speaks through `verb`: its subject (or an inverted pronoun), or its head's
        for 'affirmant que', 'et a ajouté que'; else the actor of an incise just after it."""
        view = antecedent_view(verb, self.cues)
        if view is not None:  # '..., le président X, selon lequel ...': X's view
            return self.in_phrase(view[1])
        pronoun = pronoun_relative(verb)
        if pronoun is not None:  # '..., qu'elle juge « illégales »': whom the pronoun stands for, if it can be told
            return self.latest_agreeing_subject(pronoun)
        reported = fixed_into_adverb(verb)
        if reported is not None and reported.head.i != reported.i:  # ', tout en reconnaissant que ...': the clause's holder
            return self.of_verb(reported.head, [reported.head])
        reporter = self._reporter_of_completive(verb)
        if reporter is not None:  # 'X a déclaré que Y ..., tout en soulignant que ...': X's words, not Y's
            return self.of_verb(reporter, [reporter])
        clause = verb.head
        # 'X, qui avait critiqué Y, ne l'avait pas appelé, a constaté le quotidien Z': the relative and the clause it runs
        # into are what Z reports, whichever verb the parser made the main one
        main = clause.head if verb.dep_ == "acl:relcl" and clause.dep_ in _SUBJECT_DEPS else verb
        if _relative_runs_on(main) and reporting(main, self.cues) is not None:
            found = self._after(main)
            if found:
                return found
        if verb.dep_ in {"parataxis", "conj", "advcl", "advmod"} and clause.dep_ == "acl:relcl" and clause.head.i < clause.i < verb.i \
                and not any(c.dep_ in _SUBJECT_DEPS or c.dep_ == "mark" for c in children(verb)):
            return self.in_phrase(clause.head)  # 'Moscou, qui n'est pas invité, a qualifié ...': the verb hung on the relative
        if verb.dep_ == "advmod" and clause.pos_ in {"NOUN", "PROPN"} and clause.i < verb.i and any(c.dep_ == "aux:tense" for c in children(verb)) \
                and not any(c.dep_ in _SUBJECT_DEPS for c in children(verb)):
            return self.in_phrase(clause)  # 'Le président X, qui ..., a de son côté qualifié ...': a tense read as the noun's adverb
        holder = auxiliary_read_as_verb(verb) or verb  # 'X a tweeté que': the subject hangs on 'a', read as the verb
        said = as_said(verb, self.cues.as_said_marks)
        learnt = self._where_said(verb) if fold(verb.lemma_) in self.cues.learning else None
        if learnt:  # 'a appris l'AFP auprès de la présidence': the presidency said it
            return learnt
        agent = next((c for c in children(verb) if c.dep_ == "obl:agent"), None) if passive(verb) else None
        if agent is None and passive(verb) and (fold(verb.lemma_) in self.cues.attribute_verbs or any(c.dep_ == "xcomp" for c in children(verb))):
            # 'avait été jugé « utile » par le Kremlin', the agent read as an adjunct: who judged, not what was judged
            agent = _by_phrase(verb)
        if agent is not None:  # '..., a été informé un journaliste par un responsable': who told, not who was told
            return self.in_phrase(agent)
        if incise(verb, phrase) or said is not None:  # '..., a annoncé la Maison Blanche': the subject follows, whatever the parse
            subjects = [s for s in self._subjects(verb, phrase) if not reported_word(s, verb) and (said is None or s.i > said)]
            if subjects and subjects[0].text.startswith("-"):  # 'a-t-il écrit sur son compte X': il
                return self.resolve(subjects[0], verb)
            # '..., dont A, B et le président C, a indiqué la Maison-Blanche': the subject after the incise's verb speaks,
            # not a name of the list before it the parser made a second subject
            inverted = [s for s in subjects if s.i > verb.i]
            found = (self._speaking(inverted, verb) if inverted else None) or self._speaking(subjects, verb) or self._after(phrase[-1])
            if found or self._names_after(phrase[-1]):
                return found  # '..., a précisé le palais présidentiel': a source we do not know, not the clause's subject
        if passive(verb):  # 'X était accusé de ...': X does not speak
            impersonal = [s for s in self._subjects(verb, phrase)  # 'est-il ajouté dans le communiqué'
                          if s.norm_.lstrip("-t") in {"il", "on"} and (s.text.startswith("-") or s.dep_ == "expl:subj")]
            return self.source(verb) if impersonal else None
        if verb.dep_ == "acl" and not finite(verb):  # 'un entretien décrit comme « franc » par la Maison Blanche'
            by_agent = self._stray_agent(verb)
            if by_agent is not None:
                return by_agent
            if self._describes_its_noun(verb):
                return self.in_phrase(verb.head)
        agent = _by_phrase(verb) if _bare_past_participle(verb) else None
        if agent is not None:  # 'Décrite comme « franche » par des diplomates, la conversation ...': theirs, not the clause's subject's
            return self.in_phrase(agent)
        if not finite(verb):  # '..., a fait savoir son bureau, ajoutant que ...': the incise's, wherever the parser hung it
            found = self._incise_before(verb)
            if found:
                return found
        while True:
            # 'voir le président se rétablir, soulignant ...': the subject of an infinitive on the way up is not the speaker's
            own = holder.i == verb.i and not _shares_subject(holder) or finite(holder)
            subjects = self._subjects(holder, phrase if holder.i == verb.i else [holder]) if own else []
            kin = next((s for s in subjects if fold(s.lemma_) in self.cues.kin_nouns), None)
            if kin is not None and self.resolve(kin, verb) is None:
                return None  # 'des proches de X ont démenti': nobody named, and not X, whom the parser may make a subject too
            found = self._speaking(subjects, verb)
            if found:
                return found
            agent = next((c for c in children(holder) if c.dep_ == "obl:agent"), None)
            if agent is not None and self.in_phrase(agent):  # 'a été annoncé par la France'
                return self.in_phrase(agent)
            if own and any(c.dep_ in _SUBJECT_DEPS and not across_conjunction(c, holder) for c in children(holder)):
                break
            if holder.dep_ == "acl:relcl":
                relative = [c for c in children(holder) if "Rel" in feature(c, "PronType")]
                if relative and all(c.norm_ != "qui" for c in relative):
                    return self._after(phrase[-1])  # 'C'est ce qu'a indiqué X': the subject follows
                return self.in_phrase(holder.head)  # 'le Washington Post, qui précise que', or a misparse
            if holder.head.i == holder.i or holder.dep_ not in _HOLDER_CHAIN and finite(holder):
                break
            if holder.head.i in self.quoted and verb.i not in self.quoted:
                # '« La France restera ... », écrit X': the quote's subject says nothing of who speaks; but 'X a réaffirmé
                # « le droit de Y à se défendre », tout en insistant ...', hung on a word of the quote, climbs to X's verb
                outside = next((a for a in holder.head.ancestors if a.i not in self.quoted), None)
                if outside is None:
                    break
                holder = outside
                continue
            holder = holder.head
            if incise(holder):  # '..., a indiqué la Maison Blanche, précisant que': the incise's speaker
                return self.of_verb(holder, [holder])
        found = self._nearby(verb)
        # 'Sans manquer d'ajouter que ...': whoever the text is about; but 'Un bénévole, croisé sur la plage, décrit ...', the
        # verb read as a participle on an indefinite noun, is that someone's, whom the text does not name
        if found is None and not finite(holder) and not _indefinite(holder):
            return self.person_in_focus(verb.idx)
        return found

    def _reporter_of_completive(self, participle: Token) -> Token | None:
        """'X a affirmé que Y ne livrerait rien, tout en appelant Z à ...': a present participle set off
        by a comma after a completive, which the parser hangs on the completive's verb (or on 'tout'
        before it), says what the reporting verb's subject says too, not what the completive's does;
        the reporting verb above the completive, if there is one."""
        if not ("Part" in feature(participle, "VerbForm") and "Pres" in feature(participle, "Tense")):
            return None
        clause = participle.head
        if self.norms[clause.i] in self.cues.participle_leads and clause.i < participle.i:
            clause = clause.head  # 'tout en soulignant' read as one fixed adverb
        before = participle.i - 1
        while before > clause.i and self.norms[before] in self.cues.participle_leads:
            before -= 1
        if not (clause.i < before and self.texts[before] == "," and clause.dep_ == "ccomp" and clause.head.i < clause.i):
            return None
        return clause.head if reporting(clause.head, self.cues) is not None else None

    def _describes_its_noun(self, participle: Token) -> bool:
        """'en réponse à un article du quotidien X assurant que ...': a present participle right after
        a noun, no comma between, says what the noun's phrase says (the outlet, the author of the
        message), not what the clause's subject says; nobody speaks if the phrase names nobody."""
        return "Part" in feature(participle, "VerbForm") and "Pres" in feature(participle, "Tense") \
            and participle.head.pos_ in {"NOUN", "PROPN"} and participle.head.i < participle.i \
            and "," not in self.texts[participle.head.i:participle.i]

    def jointly(self, verb: Token) -> bool:
        """Is the verb's subject several people no name sums up ('les deux dirigeants', 'ils'), whom
        one statement cannot quote as one speaker?"""
        return any(c.dep_ in _SUBJECT_DEPS and "Plur" in feature(c, "Number") and c.i not in self.mention_at and (
            c.pos_ == "NOUN" or c.norm_ in self.cues.group_pronouns) for c in children(verb))

    def _incise_before(self, participle: Token) -> str | None:
        """'« ... », a annoncé X devant les députés, ajoutant que ...', '..., tout en se disant prêt à ...':
        a participle after the comma that closes an incise speaks for the incise's speaker, wherever
        the parser hung it (often on the quote's verb)."""
        doc = participle.doc
        comma = participle.i - 1
        while comma > participle.sent.start and self.norms[comma] in self.cues.participle_leads:
            comma -= 1  # ', tout en se disant ouverte à ...'
        if comma < 1 or doc[comma].text != ",":
            return None
        for token in reversed(tokens_of(doc)[max(participle.sent.start, comma - _INCISE_REACH):comma]):
            if token.text in {"»", "\u201d", ".", ";", ":"}:
                return None
            if token.pos_ == "VERB" and incise(token):
                matched = reporting(token, self.cues)  # 'a fait savoir son bureau': the subject follows the phrase
                return self.of_verb(token, list(matched[0]) if matched else [token])
        return None

    def _stray_agent(self, participle: Token) -> str | None:
        """The agent of a participle, or one the parser hung on the noun it describes or on an active
        verb above it: an active verb has no agent ('ont eu un entretien décrit comme … par la Maison Blanche')."""
        def by(token: Token) -> bool:  # 'par X' after the participle
            return token.i > participle.i and (token.dep_ == "obl:agent" or token.dep_.startswith(("nmod", "obl")) and any(
                g.dep_ == "case" and g.norm_ == "par" for g in children(token)))

        agents = [c for c in children(participle) if c.dep_ == "obl:agent"]
        agents += [t for t in participle.subtree if t.i != participle.i and by(t)]  # 'de « constructif » par X', on the word quoted
        agents += [c for c in children(participle.head) if by(c)]  # 'un échange décrit … par X'
        for ancestor in participle.ancestors:
            if ancestor.pos_ in {"VERB", "AUX"} and not passive(ancestor):
                agents += [c for c in children(ancestor) if by(c)]
                break
        return next((found for found in (self.in_phrase(a) for a in agents) if found), None)

    def _speaking(self, subjects: list[Token], verb: Token) -> str | None:
        """The actor the first subject names; but a person the parser made a second subject
        ('Le conseiller du Kremlin, X, a dit': X's apposition read as a subject) comes before the
        institution of the first; not a person its words name with no comma between ('a indiqué le
        cabinet de X', X's name cut in two by the parser): whose institution it is, which speaks."""
        resolved = [(s, key) for s, key in ((s, self.resolve(s, verb)) for s in subjects if self._outside(s, verb)) if key]
        found = [key for _, key in resolved]
        if len(found) < 2:
            return next(iter(found), None)
        first = resolved[0][0]
        if _titled(first, resolved[1][0]):
            return resolved[1][1]
        return next((k for s, k in resolved if self.type_of(k) == "Person" and not _owner(first, s, self.mention_at.get(s.i))), found[0])

    def _subjects(self, verb: Token, phrase: list[Token]) -> list[Token]:
        auxiliaries = [c for c in children(verb) if c.dep_.startswith("aux")]
        subjects = [c for t in [*phrase, *auxiliaries] for c in children(t)  # a clause is what was said
                    if c.dep_ in _SUBJECT_DEPS and c.text != "-t" and not is_clause(c) and not _kicker(c) and not _set_aside(c)
                    and not dative(c, verb) and not across_conjunction(c, verb)]
        for token in [*phrase, *auxiliaries]:  # 'a-t-il ajouté', 'ajoute-t-elle', 'peut-on lire'
            for near in tokens_of(token.doc)[token.i + 1:min(len(token.doc), token.i + 3)]:
                if near.text.startswith("-") and near not in subjects and near.text != "-t":
                    subjects.insert(0, near)
        if not auxiliaries:  # 'a-t-il tweeté' with the auxiliary hung on '-t': the pronoun just before the verb
            before = tokens_of(verb.doc)[max(0, verb.i - 2):verb.i]
            subjects[:0] = [t for t in before if t.text.startswith("-") and t.text != "-t" and t.pos_ == "PRON" and t not in subjects]
        return sorted(subjects, key=lambda t: (not t.text.startswith("-"), t.dep_ == "expl:subj", t.i))

    def resolve(self, subject: Token, verb: Token) -> str | None:
        """A subject token to an actor: a pronoun to whom it stands for, a noun phrase to the
        actor it names or describes."""
        word = subject.norm_.removeprefix("-t-").removeprefix("-")
        in_passive = passive(verb)
        if word in self.cues.impersonal or word == "il" and in_passive or (
                subject.dep_ == "expl:subj" and word not in self.cues.person_pronouns):
            # 'peut-on lire dans le communiqué de X', 'est-il ajouté dans'; 'on estime' before the verb: people in general
            return self.source(verb, carried=subject.text.startswith("-") or word != "on")
        interviewee = self.answered.get(subject.idx)
        if interviewee is not None and word in self.cues.first_person_singular:
            return interviewee  # 'Je lui ai confirmé que ...' in an interview's answer
        if interviewee is not None and word in {"il", "elle"}:
            return self.last_person_other_than(subject.idx, interviewee)  # 'Il m'a dit que ...': not the one answering
        if self._recency(subject):
            return self.last_named(subject.idx)
        if word in self.cues.person_pronouns:
            gender = feature(subject, "Gender")
            last = self.speaker.actor if self.speaker and self.may_be(self.speaker.actor, gender) else None
            earlier = self._earlier_subject(subject)
            if earlier is None and self.unnamed_spoke_last(subject):  # 'Un diplomate a jugé ... « ... », a-t-il résumé'
                return None
            return earlier or self._body_still_speaking(subject) or \
                self.person_in_focus(subject.idx, gender) or last or self._earlier_subject(subject, country=True)
        if word in self.cues.group_pronouns:
            if self.group is not None and (self.focus is None or self.group.at >= self.focus.at - 400):
                return self.group.actor
            return self.person_in_focus(subject.idx)
        if subject.pos_ == "PRON" and "Rel" in feature(subject, "PronType") and verb.dep_ == "acl:relcl":
            return self.in_phrase(verb.head)
        antecedent = _antecedent_of_misparsed_relative(subject)
        if antecedent is not None:  # "j'ai eu au téléphone X, qui m'a confirmé que ...", 'confirmé' hung on 'eu'
            return self.in_phrase(antecedent)
        if subject.pos_ == "PRON" and self._named_beside(subject) is None:
            return None
        found = self.named_or_described(subject) or self._named_in_full(subject)
        if found is not None and subject.i not in self.mention_at and found in self._addressees(verb):
            # 'Le chef libéral a confirmé au président américain que ...': a description is not the one its verb addresses,
            # who may well be the person in the fore; the person named before other than the addressee
            return self.last_person_other_than(subject.idx, found)
        return found

    def _addressees(self, verb: Token) -> set[str]:
        """Whom a verb's phrases in 'à' name ('a confirmé au président américain')."""
        return {found for c in children(verb) if c.dep_ in {"obl:arg", "iobj"} and _addressed(c) and (found := self.in_phrase(c))}

    def latest_agreeing_subject(self, pronoun: Token) -> str | None:
        """'La ministre a dénoncé ces mesures, qu'elle juge « illégales »': whom the pronoun subject of a
        relative on a noun stands for, the latest subject of its sentence or of the one before that
        agrees with it in number and in the gender its article or its own form shows (the main clause's,
        not a person merely in focus). None when that subject names no actor, or shows no gender where the
        pronoun has one (a bare name) and the text shows none of the actor: nobody can be told, rather than
        the wrong speaker."""
        doc = pronoun.doc
        sentence = pronoun.sent.start
        start = doc[sentence - 1].sent.start if sentence else 0
        gender = feature(pronoun, "Gender")
        for token in reversed(tokens_of(doc)[start:pronoun.i]):
            if token.dep_ not in ("nsubj", "nsubj:pass") or token.pos_ not in {"NOUN", "PROPN", "PRON"} or token.i in self.quoted \
                    or "Rel" in feature(token, "PronType") or token.norm_ in self.cues.impersonal:
                continue
            numbers = feature(token, "Number"), feature(pronoun, "Number")
            shown = feature(token, "Gender") if token.pos_ == "PRON" else gender_shown(token)
            if all(numbers) and numbers[0] != numbers[1] or shown and gender and shown != gender:
                continue
            found = self.resolve(token, token.head) if token.pos_ == "PRON" else self.in_phrase(token)
            if found is None or gender and not shown and self.genders.get(found) not in gender:
                return None  # 'Emmanuel Macron a critiqué ..., qu'elle juge': a bare name shows no gender
            return found
        return None

    def _named_in_full(self, name: Token) -> str | None:
        """'..., a expliqué Cho devant la commission de X' after 'le ministre Cho Tae-yul': a lone name the
        actors step left unresolved is the person last named in full with that word in their name, not
        whoever the phrase after it names."""
        if name.pos_ != "PROPN" or name.i in self.mention_at or any(c.dep_ in {"flat:name", "flat"} for c in children(name)):
            return None
        words = tokens_of(name.doc)
        word = fold(name.text)
        before = bisect_left(self.named_starts, name.idx)  # the mentions before it, nearest first; each one's key already resolved
        return next((key for m, (_, key) in zip(reversed(self.ordered[:before]), reversed(self.named[:before]), strict=True)
                     if m.token_end <= name.i and m.token_end - m.token_start > 1
                     and any(words[i].pos_ == "PROPN" and fold(words[i].text) == word for i in range(m.token_start, m.token_end))
                     and self.type_of(key) == "Person"), None)

    def _nearby(self, verb: Token) -> str | None:
        """When the parse gives no subject: the actor just after an incise verb ('..., a déclaré à la
        presse M. X'), or the one the clause opens with ('Pékin a de son côté rappelé ...'), not one
        before a dash: 'KIEV (AFP) - Le président a affirmé' is not the agency's. A name the tagger
        read in part as a verb ('Nasser Bourita a affirmé', 'Nasser' a verb, 'Bourita' its object) is
        the clause's opener, whatever the parser hung it on. A conjunction joining the verb to a clause
        before it ends the search: what comes before is the other clause's."""
        if incise(verb):
            found = self._after(verb)
            if found:
                return found
        doc = verb.doc
        for token in reversed(tokens_of(doc)[max(0, verb.i - 30):verb.i]):
            mention = self.mention_at.get(token.i)
            misread = mention is not None and any(t.pos_ == "VERB" for t in doc[mention.token_start:mention.token_end])
            if token.pos_ in {"VERB", "AUX"} and token.dep_ not in {"aux:tense", "aux:pass", "cop"} and not misread or token.text in {
                    ",", ";", ":", "»", ".", "!", "?", "-", "–", "—"} or "\n" in token.text \
                    or token.dep_ == "cc" and token.head.i == verb.i:  # 'X avait serré la main de Y et lui avait affirmé': not Y
                break
            if mention is not None and (misread or token.dep_ not in {"nmod", "obl:mod", "obl:arg", "obl", "obj", "iobj"}
                                        or self._just_before(mention, verb)):
                return self.resolved(mention)
        return None

    def _just_before(self, mention: ActorMention, verb: Token) -> bool:
        """'À Téhéran, le ministre X a averti que ...' with X hung on the city: a name right before the
        verb's auxiliaries, in no phrase of a preposition ('la visite de X a ...'), is the subject the
        parse lost."""
        doc = verb.doc
        between = doc[mention.token_end:verb.i]
        return all(t.dep_.startswith("aux") for t in between) and not any(
            c.dep_ == "case" for t in doc[mention.token_start:mention.token_end] for c in children(t))

    def _names_after(self, verb: Token) -> bool:
        """Is the verb of an incise followed by a noun phrase of its own ('a précisé le palais ...')?"""
        for token in tokens_of(verb.doc)[verb.i + 1:min(len(verb.doc), verb.i + 4)]:
            if token.is_punct:
                return False
            if token.pos_ in {"NOUN", "PROPN"} and token.dep_.startswith(("nsubj", "obj", "appos")):
                return True
        return False

    def _after(self, verb: Token) -> str | None:
        """The actor named right after an incise verb, or described there ('ajoute le journal'), past an
        addressee set off by commas ('a confié à un hebdomadaire, le politologue X') and past where it
        was posted ('a écrit sur X le président', 'a publié le ministre sur le réseau social X')."""
        doc = verb.doc
        posted: set[int] = set()
        for token in tokens_of(doc)[verb.i + 1:min(len(doc), verb.i + 12)]:
            if token.i in posted or token.dep_ == "det" and token.head.i > token.i:
                continue  # 'l'agence jordanienne': the noun says who, the article its mention starts with does not
            if token.pos_ in {"NOUN", "PROPN"} and any(c.dep_ == "case" and c.norm_ in self.cues.posted_on for c in children(token)):
                posted.update(t.i for t in token.subtree)
                continue
            if token.text in {".", ";", "«", '"', ":"} or "\n" in token.text or token.pos_ == "VERB" and token.dep_ != "flat:name" \
                    and token.i not in self.mention_at:  # 'a répété la Première ministre Mette Frederiksen', 'Mette' read as a verb
                break
            if self._recency(token):  # '», a déclaré cette dernière': 'dernière' an adjective the parser made the object
                return self.last_named(token.idx)
            if token.pos_ in {"NOUN", "PROPN"} and _addressed(token):
                # 'a déclaré à la presse le porte-parole X': the press is told, X speaks; and the whole of a name told
                # ('a déclaré à L'Orient-Le Jour une source', the parser hanging the name's last words elsewhere)
                told = self.mention_at.get(token.i)
                posted.update(range(told.token_start, told.token_end) if told is not None else ())
                continue
            if token.pos_ in {"NOUN", "PROPN"}:
                found = self.source_close_to(token) or self.named_or_described(token) or self.owner_speaking(token)
                if found or (base := fold(token.lemma_)) in self.cues.kin_nouns or base in self.cues.staff_nouns or _indefinite(token):
                    return found  # 'a confié un proche de X', 'a indiqué le cabinet de l'émir', 'a demandé une journaliste': not X
            if self.actor(token):
                return self.actor(token)
        return None


def _subject_read_as_apposition(verb: Token, holders: list[Token]) -> list[Token]:
    """'Au lendemain de l'élection de M. Y, X avait laissé poindre ...': a subject after an opening
    complement ending in a name, which the parser hangs on that name as an apposition, leaving the
    verb with none: the apposition that runs up to the verb (or its auxiliary) before it."""
    starts = {t.i for t in holders}
    return [t for t in verb.doc[verb.sent.start:verb.i] if t.dep_ == "appos" and t.head.i < t.i
            and t.right_edge.i + 1 in starts and any(a.dep_.startswith("obl") and a.i < t.i for a in t.ancestors)]


def _cleft(root: Token) -> bool:
    """'C'est le président X qui a ...': a noun put after 'c'est' and before the relative that says
    what it did; the parser makes it the root, 'c'' its subject."""
    dependents = children(root)
    return root.pos_ in {"NOUN", "PROPN"} and any(c.dep_ == "cop" for c in dependents) \
        and any(c.dep_ in _SUBJECT_DEPS and c.lemma_ == "ce" for c in dependents) \
        and any(c.dep_ == "nsubj" and c.norm_ == "qui" for t in root.subtree if t.i > root.i for c in children(t))  # as a relative or not


def _relative_runs_on(verb: Token) -> bool:
    """'X, qui avait critiqué Y pendant la campagne, ne l'avait pas appelé, a constaté le quotidien Z':
    the parser runs the clause after a relative into it (a finite verb with no subject, no conjunction
    and no 'que' of its own, after a comma) and makes the incise's verb the main one, X its subject.
    That clause, ending on the comma before the verb, is what was said; the verb is an incise."""
    start = words_start(verb)
    if start < 1 or verb.doc[start - 1].text != ",":
        return False
    for subject in children(verb):
        if subject.dep_ not in _SUBJECT_DEPS or subject.i > verb.i:
            continue
        for relative in (c for c in children(subject) if c.dep_ == "acl:relcl"):
            if any(t.i > relative.i and t.pos_ in {"VERB", "AUX"} and finite(t) and t.dep_ in {"advcl", "conj", "parataxis"}
                   and t.doc[min(g.i for g in t.subtree) - 1].text == "," and max(g.i for g in t.subtree) == start - 2
                   and not any(g.dep_ in {*_SUBJECT_DEPS, "mark", "cc"} for g in children(t)) for t in relative.subtree):
                return True
    return False


def _antecedent_of_misparsed_relative(pronoun: Token) -> Token | None:
    """The noun a relative 'qui' follows, comma or not, when the parser hung the relative's verb on the
    main verb instead of on that noun: the head of the noun phrase ending just before it ('X, qui')."""
    if pronoun.pos_ != "PRON" or "Rel" not in feature(pronoun, "PronType") or pronoun.head.dep_ == "acl:relcl":
        return None
    before = pronoun.i - 1
    if before >= 0 and pronoun.doc[before].text == ",":
        before -= 1
    if before < pronoun.sent.start:
        return None
    noun = pronoun.doc[before]
    while noun.dep_ in {"flat:name", "flat", "fixed"} and noun.head.i < noun.i:
        noun = noun.head  # 'Olaf Scholz': 'Scholz' hangs on 'Olaf'
    return noun if noun.pos_ in {"NOUN", "PROPN"} else None


def _shares_subject(participle: Token) -> bool:
    """'X a dénoncé une « agression » et appelé l'Occident à l'aide': a past participle joined by a
    conjunction with no auxiliary of its own shares the first verb's auxiliary, and so its subject;
    a noun after it the parser made its subject is its object."""
    first = participle.head
    return participle.dep_ == "conj" and first.i < participle.i and "Part" in feature(participle, "VerbForm") \
        and not any(c.dep_.startswith("aux") for c in children(participle)) and any(c.dep_.startswith("aux") for c in children(first))


def _bare_past_participle(verb: Token) -> bool:
    """'Décrite comme « franche », la conversation ...': a past participle with no auxiliary, whose
    subject is what it describes, not who describes it."""
    return "Part" in feature(verb, "VerbForm") and "Past" in feature(verb, "Tense") and not finite(verb) \
        and not any(c.dep_.startswith("aux") for c in children(verb))


def _by_phrase(participle: Token) -> Token | None:
    """The agent of a participle, in 'par' after it, whatever relation the parser gave it ('par des
    sources proches du dossier' read as an adjunct, 'par l'Élysée' hung on the word quoted)."""
    return next((t for t in participle.subtree if t.i > participle.i and (t.dep_ == "obl:agent" or t.dep_.startswith(("obl", "nmod"))
                 and any(g.dep_ == "case" and g.norm_ == "par" for g in children(t)))), None)


def _kicker(subject: Token) -> bool:
    """'TV5MONDE - Le Premier ministre ... a confié', 'MOSCOU - ...': words that open a line and end at
    a dash are a dateline or the outlet's name, whatever the parser made of them, not a subject."""
    doc = subject.doc
    words = sorted(t.i for t in subject.subtree)
    first, after = words[0], words[-1] + 1
    return after < len(doc) and doc[after].text in _DASHES and (first == 0 or "\n" in doc[first - 1].text + doc[first - 1].whitespace_)


def _set_aside(pronoun: Token) -> bool:
    """'La Maison Blanche a quant à elle affirmé': a pronoun after a preposition sets its subject
    apart, whatever the parser made of it; it is no subject of its own (a clause, the other
    thing `_subjects` leaves out, is what was said)."""
    return pronoun.pos_ == "PRON" and pronoun.i > 0 and pronoun.doc[pronoun.i - 1].pos_ == "ADP"


def _indefinite(noun: Token) -> bool:
    """'une journaliste', 'un diplomate': someone the text does not name, nor point back to ('dans
    un communiqué', after a preposition, is where it was said, not who said it)."""
    dependents = children(noun)
    return any(c.dep_ == "det" and "Ind" in feature(c, "Definite") for c in dependents) and not any(c.dep_ == "case" for c in dependents)


def _addressed(noun: Token) -> bool:
    """'à la presse', 'aux journalistes': a phrase in 'à' after a speech verb names who is told."""
    return any(c.dep_ == "case" and marker(c.text) == "a" for c in children(noun))


def _titled(role: Token, name: Token) -> bool:
    """'La chancelière Angela Merkel', 'Le conseiller présidentiel Iouri Ouchakov' read as two
    subjects: a common noun with nothing but adjectives before the name is the name's title; the
    name speaks, not whoever the title alone would point back to (a president for 'présidentiel')."""
    between = role.doc[role.i + 1:name.i]
    return role.pos_ == "NOUN" and name.pos_ == "PROPN" and role.i < name.i and all(t.pos_ == "ADJ" for t in between)


def _owner(institution: Token, subject: Token, mention: ActorMention | None) -> bool:
    """'le cabinet de Tamim ben Hamad Al Thani', the name made a second subject: a name that goes on
    the first subject's phrase with no punctuation between is whose it is, no apposition ('Le
    conseiller du Kremlin, X,': set off by commas)."""
    start = mention.token_start if mention is not None else subject.i
    return institution.i < start and not any(t.is_punct for t in institution.doc[institution.i + 1:start])
