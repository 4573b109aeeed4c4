"""Who speaks: a subject, a pronoun, a description or a source, resolved to an actor.

The reader goes through a document in order and keeps a little discourse state here: the
person last talked about as a subject ('Il a ajouté' is that person, not a country named in
the clause before), the last group of people ('ils ont indiqué'), the last speaker ('a-t-on
ajouté', a quote standing alone). What does not depend on the order is computed once: the
medium named last before a point ('ajoute le journal'), the actor named last ('ce dernier'),
and the nouns that described each actor ('le porte-parole' after 'le porte-parole du Kremlin,
Dmitri Peskov').
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.nlp.extract.claims.cues import ClaimCues, marker
from kg.nlp.extract.incises import as_said, finite, fixed_into_adverb, incise, is_clause, passive, reported_clauses, reported_word
from kg.nlp.extract.ranges import CoverIndex
from kg.nlp.extract.records import ActorMention
from kg.nlp.extract.words import children, feature, tokens_of
from kg.nlp.gazetteer import Actor, Gazetteer
from kg.text import fold

_SUBJECT_DEPS = ("nsubj", "nsubj:pass", "expl:subj")
_HOLDER_CHAIN = {"conj"}  # 'et a ajouté que': a participle or an infinitive climbs whatever its relation
_NOT_THE_SPEAKER = {"acl:relcl"}  # 'M. X, qui s'est entretenu avec Y, a déclaré': Y does not speak
_INCISE_REACH = 12  # tokens: '..., a annoncé le chancelier devant le Bundestag, ajoutant que'
_FOCUS_REACH = 1500  # characters: how far back 'il' looks for the person talked about
_ROLE_RANK = {"Person": 0, "Organization": 1, "Media": 1, "Country": 2}


@dataclass(frozen=True)
class Mark:
    """An actor and where the text last put it in the foreground."""

    at: int  # character offset
    actor: str


class Speakers:
    """Resolves speakers in one document; built by the reader, updated as it reads."""

    def __init__(self, cues: ClaimCues, gazetteer: Gazetteer, doc: Doc, mentions: list[ActorMention],
                 quoted: set[int] | frozenset[int] = frozenset()) -> None:
        self.cues = cues
        self.quoted = quoted  # the tokens inside quotes: what a quote says never names who says it
        self.gazetteer = gazetteer
        self.minted: dict[str, Actor] = doc._.new_actors or {}
        self.norms = doc._.folded.norms  # every token's norm_, as kg_prepare folded it: read without making a Token
        self.mention_at = {t: m for m in mentions for t in range(m.token_start, m.token_end)}
        ordered = sorted(mentions, key=lambda m: m.start)
        self.ordered = ordered
        self.doc = doc
        self.named = [(m.start, self.resolved(m)) for m in ordered]
        self.named_starts = [start for start, _ in self.named]
        self.media = [(m.start, self.resolved(m)) for m in ordered if self.type_of(self.resolved(m)) == "Media"]
        self.media_starts = [start for start, _ in self.media]
        self.described, self.people = _descriptions(doc, ordered, self)
        self.focus: Mark | None = None  # the person last talked about as a subject, or last speaking
        self.group: Mark | None = None  # the first of the people last talked about together
        self.speaker: Mark | None = None  # whoever spoke last

    # ------------------------------------------------------------------ actors
    @staticmethod
    def resolved(mention: ActorMention) -> str:
        """The actor a mention stands for, as the actors step resolved it: a capital is its country
        ('Moscou a mis en garde'), an office its holder within the article's period."""
        return mention.actor

    def type_of(self, key: str) -> str:
        actor = self.gazetteer.actors.get(key) or self.minted.get(key)
        return actor.type if actor is not None else "Person"

    def actor(self, token: Token) -> str | None:
        mention = self.mention_at.get(token.i)
        return self.resolved(mention) if mention is not None else None

    def in_phrase(self, head: Token) -> str | None:
        """The actor a noun phrase names: a person named by name first ('le porte-parole du président,
        X'), then one named by office, then an institution or outlet, then a country. Relative clauses
        inside the phrase name others, and so do its complements of place or time, unless the phrase
        is a role and a person named by name hangs there ('le ministre à la présidence X'). An
        institution named by the head noun itself speaks, not the person it belongs to
        ('l'entourage de M. X', 'le bureau du premier ministre X'). A role's holder named between
        commas after it comes before a person its complement names ('le porte-parole du président
        Erdogan, Ibrahim Kalin,' is Kalin, whom the parser hangs on 'président')."""
        own = self.mention_at.get(head.i)
        if own is not None and self.type_of(self.resolved(own)) == "Organization":
            return self.resolved(own)
        holder = self._holder_between_commas(head)
        if holder is not None:
            return holder
        if fold(head.lemma_) in self.cues.kin_nouns:  # 'la fille de X' is not X; 'la fille de X, Y,' is Y
            return None
        found = self._ranked(_phrase(head, self.cues.document_nouns))
        if not found and fold(head.lemma_) in self.cues.role_nouns:
            found = [f for f in self._ranked(_phrase(head, self.cues.document_nouns, strict=False)) if f[0] == 0]
        return min(found)[2] if found else None

    def _ranked(self, tokens: list[Token]) -> list[tuple[float, int, str]]:
        found: list[tuple[float, int, str]] = []
        seen: set[int] = set()
        for token in tokens:
            mention = self.mention_at.get(token.i)
            if mention is None or mention.token_start in seen:
                continue
            seen.add(mention.token_start)
            key = self.resolved(mention)
            rank: float = _ROLE_RANK.get(self.type_of(key), 1)
            if rank == 0 and not any(t.pos_ == "PROPN" for t in tokens_of(token.doc)[mention.token_start:mention.token_end]):
                rank = 0.5  # a person named by a role ('le président ukrainien') comes after one named by name
            found.append((rank, len(found), key))
        return found

    # ------------------------------------------------------------------ discourse
    def last_named(self, before: int) -> str | None:
        index = bisect_left(self.named_starts, before)
        return self.named[index - 1][1] if index else None

    def last_medium(self, before: int) -> str | None:
        index = bisect_left(self.media_starts, before)
        return self.media[index - 1][1] if index else None

    def person_in_focus(self, at: int) -> str | None:
        if self.focus is not None and at - self.focus.at <= _FOCUS_REACH:
            return self.focus.actor
        return None

    def spoke(self, actor: str, at: int) -> None:
        self.speaker = Mark(at, actor)
        if self.type_of(actor) == "Person":
            self.focus = Mark(at, actor)

    def talked_about(self, sent: Span, quoted: set[int]) -> None:
        """After a sentence: the people it is about (subjects of its main verbs, or of the clause an
        incise reports: 'X a eu un entretien avec Y, annonce un communiqué') come to the fore. A
        dateline the parser made the root ('WASHINGTON - X a quitté Taïwan', the verb hung on the
        city) is no verb: the sentence's verb is the one beside it."""
        root = sent.root
        beside = [c for c in children(root) if c.dep_ == "parataxis"] if root.pos_ not in {"VERB", "AUX"} else []
        for verb in [root, *[c for c in children(root) if c.dep_ == "conj"], *reported_clauses(root), *beside]:
            for subject in [c for c in children(verb) if c.dep_ in ("nsubj", "nsubj:pass") and c.i not in quoted]:
                if subject.norm_ in self.cues.person_pronouns:
                    continue
                people = [key for key in self._conjoined(subject) if self.type_of(key) == "Person"]
                if people:
                    self.focus = Mark(subject.idx, people[0])
                    if len(people) > 1:
                        self.group = Mark(subject.idx, people[0])
                    return

    def published(self, sent: Span) -> None:
        """'Le ministère a publié un long communiqué.' then '« ... », peut-on y lire' or 'précise le
        texte': who published a document speaks through it, though the sentence that says so
        reports nothing ('Zelensky a reçu une lettre' publishes none)."""
        root = sent.root
        for verb in [root, *[c for c in children(root) if c.dep_ == "conj"]]:
            if fold(verb.lemma_) in self.cues.publishing and any(
                    c.dep_ == "obj" and fold(c.lemma_) in self.cues.document_nouns for c in children(verb)):
                found = self._speaking(self._subjects(verb, [verb]), verb)
                if found:
                    self.spoke(found, sent.end_char)
                    return

    def _conjoined(self, subject: Token) -> list[str]:
        """The people a subject names itself ('X et Y'), not those named inside it ('les échanges
        entre X et Y')."""
        keys = []
        for head in [subject, *subject.conjuncts]:
            if head.i not in self.mention_at and self._named_beside(head) is None:
                continue
            key = self.in_phrase(head)
            if key and key not in keys:
                keys.append(key)
        return keys

    def _named_beside(self, head: Token) -> Token | None:
        """The name a noun phrase gives beside its head ('le porte-parole, Dmitri Peskov'; 'S.M. le Roi
        Mohammed VI', with the honorific read as a pronoun and the title as a noun), not one it
        names in a complement ('les échanges entre X et Y', 'le président de la Russie')."""
        return next((c for c in children(head) if c.i in self.mention_at and c.dep_ in {"appos", "flat:name", "nmod"} and (
            c.pos_ == "PROPN" or not any(g.dep_ == "case" for g in children(c)))), None)

    # ------------------------------------------------------------------ resolution
    def of_verb(self, verb: Token, phrase: list[Token]) -> str | None:
        """The actor who speaks through `verb`: its subject (or an inverted pronoun), or its head's
        for 'affirmant que', 'et a ajouté que'; else the actor of an incise just after it."""
        reported = fixed_into_adverb(verb)
        if reported is not None and reported.head.i != reported.i:  # ', tout en reconnaissant que ...': the clause's holder
            return self.of_verb(reported.head, [reported.head])
        clause = verb.head
        if verb.dep_ in {"parataxis", "conj", "advcl"} and clause.dep_ == "acl:relcl" and clause.head.i < clause.i < verb.i \
                and not any(c.dep_ in _SUBJECT_DEPS or c.dep_ == "mark" for c in children(verb)):
            return self.in_phrase(clause.head)  # 'Moscou, qui n'est pas invité, a qualifié ...': the verb hung on the relative
        holder = verb
        said = as_said(verb, self.cues.as_said_marks)
        learnt = self._where_said(verb) if fold(verb.lemma_) in self.cues.learning else None
        if learnt:  # 'a appris l'AFP auprès de la présidence': the presidency said it
            return learnt
        if incise(verb, phrase) or said is not None:  # '..., a annoncé la Maison Blanche': the subject follows, whatever the parse
            subjects = [s for s in self._subjects(verb, phrase) if not reported_word(s, verb) and (said is None or s.i > said)]
            if subjects and subjects[0].text.startswith("-"):  # 'a-t-il écrit sur son compte X': il
                return self.resolve(subjects[0], verb)
            found = self._speaking(subjects, verb) or self._after(phrase[-1])
            if found or self._names_after(phrase[-1]):
                return found  # '..., a précisé le palais présidentiel': a source we do not know, not the clause's subject
        if passive(verb):  # 'X était accusé de ...': X does not speak
            agent = next((c for c in children(verb) if c.dep_ == "obl:agent"), None)
            if agent is not None:
                return self.in_phrase(agent)
            impersonal = [s for s in self._subjects(verb, phrase)  # 'est-il ajouté dans le communiqué'
                          if s.norm_.lstrip("-t") in {"il", "on"} and (s.text.startswith("-") or s.dep_ == "expl:subj")]
            return self.source(verb) if impersonal else None
        if verb.dep_ == "acl" and not finite(verb):  # 'un entretien décrit comme « franc » par la Maison Blanche'
            by_agent = self._stray_agent(verb)
            if by_agent is not None:
                return by_agent
        while True:
            # 'voir le président se rétablir, soulignant ...': the subject of an infinitive on the way up is not the speaker's
            own = holder.i == verb.i or finite(holder)
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
            if own and any(c.dep_ in _SUBJECT_DEPS for c in children(holder)):
                break
            if holder.dep_ == "acl:relcl":
                relative = [c for c in children(holder) if "Rel" in feature(c, "PronType")]
                if relative and all(c.norm_ != "qui" for c in relative):
                    return self._after(phrase[-1])  # 'C'est ce qu'a indiqué X': the subject follows
                return self.in_phrase(holder.head)  # 'le Washington Post, qui précise que', or a misparse
            if holder.head.i == holder.i or holder.dep_ not in _HOLDER_CHAIN and finite(holder):
                break
            if holder.head.i in self.quoted and verb.i not in self.quoted:
                break  # '« La France restera ... », écrit X': the quote's subject says nothing of who speaks
            holder = holder.head
            if incise(holder):  # '..., a indiqué la Maison Blanche, précisant que': the incise's speaker
                return self.of_verb(holder, [holder])
        found = self._nearby(verb)
        if found is None and not finite(verb):
            found = self._incise_before(verb)
        if found is None and not finite(holder):  # 'Sans manquer d'ajouter que ...': whoever the text is about
            return self.person_in_focus(verb.idx)
        return found

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
                return self.of_verb(token, [token])
        return None

    def _stray_agent(self, participle: Token) -> str | None:
        """The agent of a participle, or one the parser hung on the noun it describes or on an active
        verb above it: an active verb has no agent ('ont eu un entretien décrit comme … par la Maison Blanche')."""
        def by(token: Token) -> bool:  # 'par X' after the participle
            return token.i > participle.i and (token.dep_ == "obl:agent" or token.dep_.startswith(("nmod", "obl")) and any(
                g.dep_ == "case" and g.norm_ == "par" for g in children(token)))

        agents = [c for c in children(participle) if c.dep_ == "obl:agent"]
        agents += [c for c in children(participle.head) if by(c)]  # 'un échange décrit … par X'
        for ancestor in participle.ancestors:
            if ancestor.pos_ in {"VERB", "AUX"} and not passive(ancestor):
                agents += [c for c in children(ancestor) if by(c)]
                break
        return next((found for found in (self.in_phrase(a) for a in agents) if found), None)

    def _outside(self, token: Token, verb: Token) -> bool:
        """Can `token` name who speaks through `verb`? Not from inside a quote the verb is outside of."""
        return token.i not in self.quoted or verb.i in self.quoted

    def _speaking(self, subjects: list[Token], verb: Token) -> str | None:
        """The actor the first subject names; but a person the parser made a second subject
        ('Le conseiller du Kremlin, X, a dit': X's apposition read as a subject) comes before the
        institution of the first."""
        found = [key for key in (self.resolve(s, verb) for s in subjects if self._outside(s, verb)) if key]
        return next((k for k in found if self.type_of(k) == "Person"), found[0]) if len(found) > 1 else next(iter(found), None)

    def _subjects(self, verb: Token, phrase: list[Token]) -> list[Token]:
        auxiliaries = [c for c in children(verb) if c.dep_.startswith("aux")]
        subjects = [c for t in [*phrase, *auxiliaries] for c in children(t)
                    if c.dep_ in _SUBJECT_DEPS and c.text != "-t" and not is_clause(c)]  # a clause is what was said
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
            return self.source(verb)  # 'peut-on lire dans le communiqué de X', 'est-il ajouté dans'
        if self._recency(subject):
            return self.last_named(subject.idx)
        if word in self.cues.person_pronouns:
            return self._earlier_subject(subject) or self._body_still_speaking(subject) or \
                self.person_in_focus(subject.idx) or (self.speaker.actor if self.speaker else None) or \
                self._earlier_subject(subject, country=True)
        if word in self.cues.group_pronouns:
            if self.group is not None and (self.focus is None or self.group.at >= self.focus.at - 400):
                return self.group.actor
            return self.person_in_focus(subject.idx)
        if subject.pos_ == "PRON" and "Rel" in feature(subject, "PronType") and verb.dep_ == "acl:relcl":
            return self.in_phrase(verb.head)
        if subject.pos_ == "PRON" and self._named_beside(subject) is None:
            return None
        return self.in_phrase(subject) or self.described_by(subject)

    def _earlier_subject(self, pronoun: Token, country: bool = False) -> str | None:
        """'X s'est rendu à Pékin, où il a exhorté ...', 'La Russie a annoncé qu'elle ...': the subject
        of a clause the pronoun's clause depends on, or of the clause its incise reports ('X a eu un
        appel avec Y, a-t-il déclaré'), if it comes before, names an actor and agrees with it in number
        ('Les deux dirigeants ont convenu de ..., a-t-il précisé' is not theirs). The country a clause
        before an incise is about is what was said, not who says it ('Le Canada ripostera, a-t-il
        prévenu' is the person talked about): unless `country`, when nobody else can be."""
        inverted = pronoun.text.startswith("-")
        reported = reported_clauses(pronoun.head) if inverted else []
        for holder in [*reported, *pronoun.head.ancestors]:  # 'X a eu un appel avec Y, a-t-il déclaré': X
            for subject in children(holder):
                if subject.dep_ in ("nsubj", "nsubj:pass") and subject.i < pronoun.i and subject.pos_ in {"NOUN", "PROPN"} \
                        and self._outside(subject, pronoun) and _agrees(subject, pronoun):  # '« Les États-Unis ... », a-t-il dit': not them
                    found = self.in_phrase(subject)
                    if found and (not inverted or country or self.type_of(found) != "Country" and not self._other_in_focus(found, pronoun)):
                        return found
        return None

    def _other_in_focus(self, found: str, pronoun: Token) -> bool:
        """Was another person talked about before the sentence of this inverted pronoun? Then the
        person its clause is about is what was said ('X a reçu les ministres. Poutine ne veut pas la
        paix, a-t-il estimé': X), as a country is."""
        focus = self.focus
        return focus is not None and focus.actor != found and focus.at < pronoun.sent.start_char \
            and pronoun.idx - focus.at <= _FOCUS_REACH

    def _body_still_speaking(self, pronoun: Token) -> str | None:
        """'La Maison Blanche a assuré que ... Elle a précisé que ...': an institution, a country or
        an outlet that spoke as a subject after the person in focus was last put forward, named by a
        noun of the pronoun's gender, goes on speaking (not one a quote was only credited to); as the
        subject of a sentence, not of a clause inside one: 'Les chaînes ont rapporté un propos du
        ministre, ou il espère que ...' after 'Le Kremlin a démenti ...' is the minister talked about."""
        speaker, focus = self.speaker, self.focus
        if not pronoun.text.startswith("-") and pronoun.head.dep_ != "ROOT":
            return None
        if speaker is None or self.type_of(speaker.actor) == "Person" or focus is not None and focus.at >= speaker.at \
                or pronoun.idx - speaker.at > _FOCUS_REACH:
            return None
        spoke_at = bisect_left(self.named_starts, speaker.at)  # walking back from there: named just before it spoke
        named = next((self.ordered[i] for i in reversed(range(spoke_at)) if self.resolved(self.ordered[i]) == speaker.actor), None)
        if named is None:
            return None
        noun = self.doc[named.token_start:named.token_end].root
        gender = feature(noun, "Gender")
        return speaker.actor if noun.dep_.startswith("nsubj") and gender and gender == feature(pronoun, "Gender") else None

    def _recency(self, token: Token) -> bool:
        """'ce dernier', 'cette dernière', 'celui-ci': the actor named last."""
        words = " ".join(t.norm_ for t in token.subtree if t.dep_ != "punct")
        return words in self.cues.recency_pronouns

    def described_by(self, noun: Token) -> str | None:
        """A definite description with no name in it: 'le journal' is the medium named last, 'le
        porte-parole' whoever was last called so, 'le politologue' the person talked about, 'le
        royaume' the country named last."""
        common = noun.pos_ == "NOUN" or noun.pos_ == "PROPN" and noun.text.islower()  # 'le royaume' tagged a name
        if not common or not any(c.dep_ == "det" and "Def" in feature(c, "Definite") or
                                          c.dep_ == "det" and "Dem" in feature(c, "PronType") for c in children(noun)):
            return None
        lemma = _role_of(noun, self.cues)
        if lemma not in self.cues.role_nouns and "-" in lemma and lemma.rsplit("-", 1)[1] in self.cues.role_nouns:
            lemma = lemma.rsplit("-", 1)[1]  # 'le vice-ministre' is a 'ministre'
        at = noun.idx
        if lemma in self.cues.source_nouns:  # 'selon la même source', 'a précisé cette source': the last to speak; 'une source' is no one
            again = any(c.norm_ in self.cues.sameness_adjectives or c.dep_ == "det" and "Dem" in feature(c, "PronType")
                        for c in children(noun))
            return self.speaker.actor if again and self.speaker else None
        if lemma in self.cues.document_nouns:  # 'le communiqué': the last speaker's; 'le communiqué de la chancellerie' names another
            owned = any(c.dep_ == "nmod" and any(g.dep_ == "case" and marker(g.text) == "de" for g in children(c)) for c in children(noun))
            return self.speaker.actor if self.speaker and not owned else None
        if lemma in self.cues.media_anaphors:
            return self.last_medium(at)
        if lemma in self.cues.country_anaphors and "Sing" in feature(noun, "Number"):  # 'selon l'émirat', 'le royaume a dénoncé'
            return next((key for start, key in reversed(self.named[:bisect_left(self.named_starts, at)])
                         if self.type_of(key) == "Country"), None)
        countries = {self.gazetteer.demonyms[c.norm_] for c in children(noun)
                     if c.dep_ == "amod" and c.norm_ in self.gazetteer.demonyms}
        def fits(key: str, country: str | None) -> bool:  # nothing known of the actor's country does not contradict
            known = {country} if country else self.countries(key)
            return not countries or not known or bool(known & countries)
        earlier = [(start, key) for start, key, country in self.described.get(lemma, ()) if start < at and fits(key, country)]
        if earlier:
            return earlier[-1][1]
        if lemma in self.cues.kin_nouns:  # 'a lancé la veuve de l'opposant': the person talked about, not the one whose kin
            focus = self.person_in_focus(at)
            kin_of = {self.actor(t) for t in noun.subtree if t.i > noun.i}
            return focus if focus not in kin_of else None
        if lemma in self.cues.role_nouns:  # 'le politologue': the person talked about; 'le ministre russe': the Russian one
            focus = self.person_in_focus(at)
            if focus is not None and fits(focus, None):
                return focus
            if countries:
                named = [key for start, key, country in self.people if start < at and fits(key, country)]
                return named[-1] if named else None
        return None

    def countries(self, key: str) -> set[str]:
        return self.gazetteer.countries_of(key)

    def source(self, verb: Token) -> str | None:
        """The source of an impersonal report: the institution whose communiqué it is ('lit-on dans
        le communiqué de la présidence') or where it was said ('a-t-on appris auprès de l'Élysée'),
        else whoever spoke last ('a-t-on ajouté'), but for what the writer learnt ('a-t-on appris
        de source diplomatique' names no one)."""
        for token in [verb, *[t for t in tokens_of(verb.doc)[verb.i + 1:min(len(verb.doc), verb.i + 12)]
                              if t.head.i == verb.i or t.head.head.i == verb.i]]:
            if token.pos_ == "NOUN" and fold(token.lemma_) in self.cues.document_nouns:
                found = self.in_phrase(token)
                if found:
                    return found
        found = self._where_said(verb)
        if found or fold(verb.lemma_) in self.cues.learning:
            return found
        return self.speaker.actor if self.speaker else None

    def _where_said(self, verb: Token) -> str | None:
        """The institution where something was said or learnt: 'a-t-on indiqué à l'Élysée', 'a appris
        l'AFP auprès de la présidence' (with 'auprès' read as an adverb)."""
        verbs = [verb, *[t for t in [verb.head, *children(verb)] if t.pos_ == "VERB" and 0 < t.i - verb.i <= 3]]  # 'fait-on valoir'
        places = [c for v in verbs for c in children(v)]
        places += [g for c in places if c.dep_ == "advmod" and marker(c.text) == "aupres" for g in children(c)]
        for child in places:
            if child.dep_.startswith("obl") and any(c.dep_ == "case" and marker(c.text) in {"a", "dans", "aupres"}
                                                    for c in children(child)) or child.head.dep_ == "advmod":
                found = self.in_phrase(child)
                if found and self.type_of(found) == "Organization":
                    return found
        return None

    def _nearby(self, verb: Token) -> str | None:
        """When the parse gives no subject: the actor just after an incise verb ('..., a déclaré à la
        presse M. X'), or the one the clause opens with ('Pékin a de son côté rappelé ...'), not one
        before a dash: 'KIEV (AFP) - Le président a affirmé' is not the agency's."""
        if incise(verb):
            found = self._after(verb)
            if found:
                return found
        for token in reversed(tokens_of(verb.doc)[max(0, verb.i - 30):verb.i]):
            if token.pos_ in {"VERB", "AUX"} and token.dep_ not in {"aux:tense", "aux:pass", "cop"} or token.text in {
                    ",", ";", ":", "»", ".", "!", "?", "-", "–", "—"} or "\n" in token.text:
                break
            if self.actor(token) and token.dep_ not in {"nmod", "obl:mod", "obl:arg", "obl", "obj", "iobj"}:
                return self.actor(token)
        return None

    def _names_after(self, verb: Token) -> bool:
        """Is the verb of an incise followed by a noun phrase of its own ('a précisé le palais ...')?"""
        for token in tokens_of(verb.doc)[verb.i + 1:min(len(verb.doc), verb.i + 4)]:
            if token.is_punct:
                return False
            if token.pos_ in {"NOUN", "PROPN"} and token.dep_.startswith(("nsubj", "obj", "appos")):
                return True
        return False

    def cited(self, verb: Token) -> str | None:
        """'a indiqué X, citant un communiqué de la présidence': the source cited, when X is unknown."""
        for child in children(verb):
            if fold(child.lemma_) in self.cues.citing and child.pos_ == "VERB":
                found = next((self.in_phrase(c) for c in children(child) if c.dep_ == "obj"), None)
                if found:
                    return found
        return None

    def _citing(self, source: Token) -> str | None:
        """'selon des sources diplomatiques citées par l'agence DPA': who cites the unnamed sources."""
        for child in children(source):
            if child.dep_ == "acl" and fold(child.lemma_) in self.cues.citing:
                found = next((self.in_phrase(c) for c in children(child) if "par" in {w.norm_ for w in children(c)}), None)
                if found:
                    return found
        return None

    def _after(self, verb: Token) -> str | None:
        """The actor named right after an incise verb, or described there ('ajoute le journal'), past an
        addressee set off by commas ('a confié à un hebdomadaire, le politologue X')."""
        doc = verb.doc
        for token in tokens_of(doc)[verb.i + 1:min(len(doc), verb.i + 12)]:
            if token.text in {".", ";", "«", '"', ":"} or "\n" in token.text or token.pos_ == "VERB" and token.dep_ != "flat:name" \
                    and token.i not in self.mention_at:  # 'a répété la Première ministre Mette Frederiksen', 'Mette' read as a verb
                break
            if token.pos_ in {"NOUN", "PROPN"} and _addressed(token):
                continue  # 'a déclaré à la presse le porte-parole X': the press is told, X speaks
            if token.pos_ in {"NOUN", "PROPN"}:
                found = self.in_phrase(token) or self.described_by(token)
                if found or fold(token.lemma_) in self.cues.kin_nouns:
                    return found  # 'a confié un proche de X': nobody named, not X
            if self.actor(token):
                return self.actor(token)
        return None

    # ------------------------------------------------------------------ attribution
    def attributed(self, sent: Span, outside: tuple[int, int] | None = None,
                   quotes: CoverIndex | None = None) -> tuple[str, str] | None:
        """'selon le Kremlin', "d'après Reuters", 'selon un communiqué de la présidence', 'selon lui':
        an attribution marker of the cues and the source it names (not 'selon laquelle')."""
        words = self.norms[sent.start:sent.end]
        if self.cues.attribution_starts.isdisjoint(words):
            return None  # most sentences: no Token made
        tokens = list(sent)
        for i, token in enumerate(tokens):
            if outside and outside[0] <= token.idx < outside[1] or words[i] not in self.cues.attribution_starts:
                continue
            if quotes is not None and quotes.covers(token.idx, token.idx + 1):  # inside a quote
                continue
            length = next((k for k in range(1, 5) if _glued(words[i:i + k]) in self.cues.attribution), None)
            if length is None or i + length >= len(tokens):
                continue
            written = self.cues.attribution[_glued(words[i:i + length])]
            following = tokens[i + length]
            word = following.norm_
            phrase = tokens[i + length:i + length + 5]
            if word in self.cues.writer_possessives:  # 'selon nos informations': the writer, no source
                continue
            if " ".join(t.norm_ for t in phrase[:2]) in self.cues.recency_pronouns:  # 'selon cette dernière'
                found = self.last_named(sent.start_char)
            elif word in self.cues.person_pronouns:  # 'selon lui': the person talked about
                found = self.person_in_focus(following.idx)
            elif following.pos_ == "PRON":  # 'selon laquelle', 'selon moi'
                continue
            else:
                head = following if following.pos_ in {"NOUN", "PROPN"} else following.head
                found = self._holder_between_commas(head) or (self._before_comma(self.in_phrase(head), following)
                                                              if head.i >= following.i else None)
                if found is None and head.i >= following.i:  # 'selon le journal, Donald Trump ...': the medium
                    found = self.described_by(head) or self._citing(head)
                if found is None and not _unnamed(head, following):
                    found = next((self.actor(t) for t in phrase if self.actor(t)), None)
            if found:
                return found, written
        return None

    def _before_comma(self, found: str | None, start: Token) -> str | None:
        """The actor of a 'selon ...' phrase if it is named before the comma that closes the phrase:
        'selon le média Axios, X et Y auraient ...' with X and Y parsed as conjuncts of 'média'."""
        if found is None:
            return None
        doc = start.doc
        end = next((t.i for t in doc[start.i:start.sent.end] if t.text == ","), start.sent.end)
        named = {self.resolved(m) for t in range(start.i, end) if (m := self.mention_at.get(t)) is not None}
        return found if found in named or not any(
            (m := self.mention_at.get(t)) is not None and self.resolved(m) == found for t in range(end, start.sent.end)) else None

    def _holder_between_commas(self, role: Token) -> str | None:
        """'selon le conseiller diplomatique du Kremlin, X, ...', '..., selon un porte-parole du
        gouvernement, X.': the person named between commas, or at the end of the sentence, right after
        a role, wherever the parser hung the name (often as the next clause's subject)."""
        doc = role.doc
        if fold(role.lemma_) not in self.cues.role_nouns and fold(role.lemma_) not in self.cues.kin_nouns:
            return None
        after = next((t.i for t in doc[role.i + 1:role.sent.end] if t.text == ","), len(doc))  # the role's words end there
        if after + 2 >= len(doc) or any(not role.is_ancestor(t) for t in doc[role.i + 1:after]):
            return None
        mention = self.mention_at.get(after + 1)
        if mention is None or mention.token_start != after + 1 or mention.token_end < role.sent.end and \
                doc[mention.token_end].text not in {",", ".", ";"}:
            return None  # the name ends the phrase: a comma, or the end of the sentence ('..., selon un porte-parole, X.')
        key = self.resolved(mention)
        return key if self.type_of(key) == "Person" else None

    def viewpoint(self, sent: Span) -> str | None:
        """'Pour le Kremlin, ...', "De l'avis du président russe, ..." opening a sentence: the view of
        whoever it names; 'Pour lui, ...', 'À ses yeux, ...', that of the person talked about ('Pour
        lui rendre hommage' is a purpose: the pronoun must end the phrase)."""
        opening = [t for t in tokens_of(sent.doc)[sent.start:min(sent.start + 8, sent.end)] if not t.is_space]
        norms = [t.norm_ for t in opening[:4]]  # read once for the four lengths tried
        length = next((k for k in range(1, 5) if _glued(norms[:k]) in self.cues.view_markers), None)
        if length is None or length >= len(opening):
            return None
        comma = next((t for t in opening if t.text == ","), None)
        if comma is None:
            return None
        following = opening[length]
        if following.i == comma.i:  # 'À ses yeux, ...'
            return self.person_in_focus(following.idx)
        if following.norm_ in self.cues.person_pronouns and following.pos_ == "PRON":
            return self.person_in_focus(following.idx) if following.i + 1 == comma.i else None
        marker, head = opening[length - 1], opening[length - 1].head
        if head.pos_ not in {"NOUN", "PROPN"} or not (marker.i < head.i < comma.i):
            return None
        return self.in_phrase(head)


def _unnamed(head: Token, following: Token) -> bool:
    """'selon un diplomate européen, X devrait ...', 'selon des sources, ...': a source the phrase
    leaves unnamed (an indefinite noun naming nobody) is nobody the sentence names after it."""
    return head.pos_ == "NOUN" and head.i >= following.i and any(
        c.dep_ == "det" and "Ind" in feature(c, "Definite") for c in children(head))


def _phrase(head: Token, document_nouns: frozenset[str], strict: bool = True) -> list[Token]:
    """The tokens of a noun phrase that can name its actor: its words, appositions and 'de'/'par'
    complements ('le porte-parole du Kremlin', 'un communiqué publié par la présidence'), not
    its relative clauses nor its complements of place or time ('des images depuis la résidence
    du président', 'une déclaration faite à la chaîne X')."""
    tokens = [head]
    stack = list(children(head))
    while stack:
        token = stack.pop()
        if token.dep_ in _NOT_THE_SPEAKER:
            continue
        if strict and token.dep_.startswith(("nmod", "obl")):
            case = next((marker(c.text) for c in children(token) if c.dep_ == "case"), "de")
            if case not in {"de", "par"}:
                continue
        if strict and token.dep_ == "acl" and fold(token.head.lemma_) not in document_nouns:
            continue  # 'le journal fondé par X' is not X; 'le résumé fourni par X' is X's
        tokens.append(token)
        stack.extend(children(token))
    return sorted(tokens, key=lambda t: t.i)


def _descriptions(doc: Doc, mentions: list[ActorMention], speakers: Speakers
                  ) -> tuple[dict[str, list[tuple[int, str, str | None]]], list[tuple[int, str, str | None]]]:
    """Each noun that named or described an actor, with where and the country its adjective gives:
    'ministère' in 'le ministère russe des Affaires étrangères', 'porte-parole' in 'le porte-parole du
    Kremlin, Dmitri Peskov', 'homologue' (Russia) in 'son homologue russe X', 'présidence' for the
    Élysée (`Gazetteer.institution_nouns`); and each person named, with that country."""
    demonyms = speakers.gazetteer.demonyms
    institutions = speakers.gazetteer.institution_nouns()
    found: dict[str, list[tuple[int, str, str | None]]] = {}
    people: list[tuple[int, str, str | None]] = []
    for mention in mentions:
        key = speakers.resolved(mention)
        if key in institutions:  # 'l'Élysée' is 'la présidence' after: a name that says no noun
            of, kinds = institutions[key]
            for kind in kinds:
                found.setdefault(kind, []).append((mention.start, key, of))
        span = doc[mention.token_start:mention.token_end]
        nouns = [t for t in span if t.pos_ == "NOUN"][:1]
        root = span.root
        person = speakers.type_of(key) == "Person"
        if person:
            if root.dep_ in {"appos", "nmod", "flat:name"} and root.head.pos_ == "NOUN" and root.head.i < span.start:
                nouns.append(root.head)
            nouns += [c for c in children(root) if c.dep_ == "appos" and c.pos_ == "NOUN"]
        country = next((demonyms[t.norm_] for n in nouns for t in [*children(n), *span]
                        if t.pos_ == "ADJ" and t.norm_ in demonyms), None)
        for noun in nouns:
            found.setdefault(_role_of(noun, speakers.cues), []).append((mention.start, key, country))
        if person:
            people.append((mention.start, key, country))
    return found, people


def _role_of(noun: Token, cues: ClaimCues) -> str:
    """The role a noun describes: 'ministre', but 'premier ministre' in 'le Premier ministre',
    another office ('a dit la ministre' is not the Prime Minister named before)."""
    base = fold(noun.lemma_)
    ranked = any(c.dep_ == "amod" and c.i < noun.i and c.norm_ in cues.office_ranks for c in children(noun))
    return f"premier {base}" if ranked else base


def _glued(words: list[str]) -> str:
    """Words as the cues write them: 'd' après' (two tokens) is 'd'après'."""
    return " ".join(words).replace("' ", "'")


def _agrees(noun: Token, pronoun: Token) -> bool:
    """Can the pronoun stand for the noun? Not when their numbers differ, nor their genders where a
    determiner gives the noun's ('La Chine est prête ..., a-t-il indiqué' is not China): the tagger's
    guess at the gender of a bare name is no evidence ('Giorgia Meloni' may come out masculine)."""
    numbers = feature(noun, "Number"), feature(pronoun, "Number")
    if all(numbers) and numbers[0] != numbers[1]:
        return False
    determiner = next((c for c in children(noun) if c.dep_ == "det" and "Art" in feature(c, "PronType")), None)
    genders = feature(determiner, "Gender") if determiner is not None else (), feature(pronoun, "Gender")
    return not all(genders) or genders[0] == genders[1]


def _addressed(noun: Token) -> bool:
    """'à la presse', 'aux journalistes': a phrase in 'à' after a speech verb names who is told."""
    return any(c.dep_ == "case" and c.norm_ in {"a", "au", "aux"} for c in children(noun))
