"""Who a pronoun or a description stands for: 'il', 'elle', 'ce dernier', 'le porte-parole',
'le journal', 'le royaume', resolved from what the document named before and the reader's
discourse state (`phrases`)."""
from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Token

from kg.nlp.extract.claims.cues import marker
from kg.nlp.extract.claims.phrases import ALSO_FOR_WOMEN, FOCUS_REACH, Phrases, article_gender, role_of
from kg.nlp.extract.claims.reported import reporting
from kg.nlp.extract.incises import reported_clauses
from kg.nlp.extract.words import OPENING_QUOTES, children, feature, tokens_of
from kg.text import fold


class Anaphora(Phrases):
    """Pronouns and definite descriptions to the actors they stand for."""

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
                    if found and (not inverted or country or self.type_of(found) != "Country" and (
                            _opens_quote_by_colon(holder, pronoun) or not self._other_in_focus(found, pronoun))):
                        return found
        return None

    def _other_in_focus(self, found: str, pronoun: Token) -> bool:
        """Was another person talked about before the sentence of this inverted pronoun? Then the
        person its clause is about is what was said ('X a reçu les ministres. Poutine ne veut pas la
        paix, a-t-il estimé': X), as a country is."""
        focus = self.focus
        return focus is not None and focus.actor != found and focus.at < pronoun.sent.start_char \
            and pronoun.idx - focus.at <= FOCUS_REACH

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
                or pronoun.idx - speaker.at > FOCUS_REACH:
            return None
        spoke_at = bisect_left(self.named_starts, speaker.at)  # walking back from there: named just before it spoke
        named = next((self.ordered[i] for i in reversed(range(spoke_at)) if self.resolved(self.ordered[i]) == speaker.actor), None)
        if named is None:
            return None
        noun = self.doc[named.token_start:named.token_end].root
        gender = feature(noun, "Gender")
        return speaker.actor if noun.dep_.startswith("nsubj") and gender and gender == feature(pronoun, "Gender") else None

    def named_or_described(self, noun: Token) -> str | None:
        """The actor a noun phrase names, else the one it describes. An outlet described by its
        country ('a ajouté l'agence jordanienne', 'selon le quotidien russe') is the outlet of that
        country named before: the adjective says whose press it is, the country does not speak."""
        found = self.in_phrase(noun)
        if found is not None and self.type_of(found) == "Country" and role_of(noun, self.cues) in self.cues.media_anaphors:
            return self.described_by(noun) or found
        return found or self.described_by(noun)

    def owner_speaking(self, noun: Token) -> str | None:
        """'a fait savoir son cabinet', 'selon son porte-parole': an office or a spokesperson the actors
        step named no institution for speaks for the person its possessive points to, the person
        talked about: the person the sentence's subject names before it ('X a eu un entretien avec Y,
        a fait savoir son cabinet'), else the one talked about before (not 'son entourage': people
        around them, nobody named)."""
        if fold(noun.lemma_) not in self.cues.speaking_for_owner or noun.i in self.mention_at \
                or not any(c.dep_ == "det" and c.norm_ in self.cues.possessives for c in children(noun)):
            return None
        root = noun.sent.root
        for subject in children(root):
            if subject.dep_ in {"nsubj", "nsubj:pass"} and subject.i < noun.i:
                found = self.in_phrase(subject)
                if found is not None and self.type_of(found) == "Person":
                    return found
        return self.person_in_focus(noun.idx)

    def _speaker_holding(self, noun: Token, holders: set[str]) -> str | None:
        """'« ... », a dit X. Le président a ajouté que ...': a bare role that speaks through a
        reporting verb goes on with the last speaker, if the text gave them that role, not with
        whoever was last called so (another president named in passing, or inside the quote)."""
        speaker = self.speaker
        if speaker is None or speaker.actor not in holders or noun.idx - speaker.at > FOCUS_REACH \
                or not noun.dep_.startswith("nsubj") or reporting(noun.head, self.cues) is None:
            return None
        return speaker.actor

    def _counted(self, noun: Token) -> list[str]:
        """'X a participé à une visioconférence avec Y et Z. Les trois dirigeants ont appelé à ...': a
        counted plural role ('les deux présidents') stands for the people the sentence before names,
        one of whom speaks for all; not for someone talked about earlier, outside the group."""
        if "Plur" not in feature(noun, "Number") or noun.sent.start == 0:
            return []
        before = noun.doc[noun.sent.start - 1].sent
        people: list[str] = []
        lo, hi = bisect_left(self.named_starts, before.start_char), bisect_left(self.named_starts, before.end_char)
        for mention, (_, key) in zip(self.ordered[lo:hi], self.named[lo:hi], strict=True):  # that sentence's only
            if mention.token_start not in self.quoted and self.type_of(key) == "Person" and key not in people:
                people.append(key)
        return people if len(people) > 1 else []

    def _recency(self, token: Token) -> bool:
        """'ce dernier', 'cette dernière', 'celui-ci': the actor named last."""
        word = token.norm_
        if " " not in word and word not in self.cues.recency_words and token.dep_ != "punct":
            return False  # its own word is in the phrase: no need to walk its subtree
        words = " ".join(t.norm_ for t in token.subtree if t.dep_ != "punct")
        return words in self.cues.recency_pronouns

    def _demonyms(self, noun: Token) -> set[str]:
        """The countries a noun's adjectives give: 'le ministre russe' is Russia's."""
        return {self.gazetteer.demonyms[c.norm_] for c in children(noun) if c.dep_ == "amod" and c.norm_ in self.gazetteer.demonyms}

    def _source_countries(self, noun: Token) -> set[str]:
        """'Selon un haut responsable américain, le président a dit ...': an official nobody names,
        of one country, who speaks of 'le président' means his own, not the last president named.
        The country of an unnamed source the sentence opens with, before the description."""
        for token in noun.sent:
            if token.i >= noun.i:
                break
            if token.pos_ == "NOUN" and any(c.dep_ == "case" and fold(c.text) in self.cues.attribution for c in children(token)) \
                    and any(c.dep_ == "det" and "Ind" in feature(c, "Definite") for c in children(token)):
                return self._demonyms(token)
        return set()

    def described_by(self, noun: Token) -> str | None:
        """A definite description with no name in it: 'le journal' is the medium named last, 'le
        porte-parole' whoever was last called so, 'le politologue' the person talked about, 'le
        royaume' the country named last; 'le journaliste' nobody."""
        # 'le royaume' tagged a name; 'l'Émir', 'le Roi': a role written with a capital, as for a sovereign
        common = noun.pos_ == "NOUN" or noun.pos_ == "PROPN" and (noun.text.islower() or fold(noun.text) in self.cues.role_nouns)
        if not common or not any(c.dep_ == "det" and "Def" in feature(c, "Definite") or
                                          c.dep_ == "det" and "Dem" in feature(c, "PronType") for c in children(noun)):
            return None
        lemma = role_of(noun, self.cues)
        if lemma not in self.cues.role_nouns and "-" in lemma and lemma.rsplit("-", 1)[1] in self.cues.role_nouns:
            lemma = lemma.rsplit("-", 1)[1]  # 'le vice-ministre' is a 'ministre'
        at = noun.idx
        if lemma in self.cues.journalist_nouns:  # 'le journaliste lui a demandé': the one asking, no actor
            return None
        if lemma in self.cues.source_nouns:  # 'selon la même source', 'a précisé cette source': the last to speak; 'une source' is no one
            again = any(c.norm_ in self.cues.sameness_adjectives or c.dep_ == "det" and "Dem" in feature(c, "PronType")
                        for c in children(noun))
            return self.speaker.actor if again and self.speaker else None
        if lemma in self.cues.document_nouns or self.cues.document(noun):  # 'le communiqué', 'le compte rendu': the last
            # document's issuer, else the last speaker's; 'le communiqué de la chancellerie' names another
            owned = any(c.dep_ == "nmod" and any(g.dep_ == "case" and marker(g.text) == "de" for g in children(c)) for c in children(noun))
            last = self.issuer or self.speaker
            return last.actor if last and not owned else None
        countries = self._demonyms(noun) or self._source_countries(noun)
        def fits(key: str, country: str | None) -> bool:  # nothing known of the actor's country does not contradict
            known = {country} if country else self.countries(key)
            return not countries or not known or bool(known & countries)
        if lemma in self.cues.media_anaphors:  # 'l'agence officielle Irna': a name of its own, unknown, is not the last medium
            medium = None if _named(noun) else self.last_medium(at)
            return medium if medium is not None and fits(medium, None) else None
        if lemma in self.cues.country_anaphors and "Sing" in feature(noun, "Number"):  # 'selon l'émirat', 'le royaume a dénoncé'
            return next((key for start, key in reversed(self.named[:bisect_left(self.named_starts, at)])
                         if self.type_of(key) == "Country"), None)
        own = article_gender(noun)
        earlier = [(start, key) for start, key, country, gender in self.described.get(lemma, ())
                   if start < at and fits(key, country) and (not own or not gender or own == gender)]
        if earlier:
            return self._speaker_holding(noun, {key for _, key in earlier}) or earlier[-1][1]
        if lemma in self.cues.kin_nouns:  # 'a lancé la veuve de l'opposant': the person talked about, not the one whose kin
            focus = self.person_in_focus(at)
            kin_of = {self.actor(t) for t in noun.subtree if t.i > noun.i}
            return focus if focus not in kin_of else None
        if lemma in self.cues.role_nouns and _unnamed_before(noun):
            return None  # 'Selon un haut responsable, ... a ajouté ce responsable': the one nobody named, not the leader
        if lemma in self.cues.role_nouns and not _several(noun):
            # 'le politologue': the person talked about; 'le ministre russe': the Russian one; 'les diplomates
            # néerlandais racontent': a group nobody names, not the person they talk about
            focus = self.person_in_focus(at, gender_shown(noun))  # 'le milliardaire' is no woman talked about
            counted = self._counted(noun)
            if counted and focus not in counted:
                return counted[0]
            if focus is not None and fits(focus, None):
                return focus
            if countries:
                named = [key for start, key, country in self.people if start < at and fits(key, country)]
                return named[-1] if named else None
        return None


def _unnamed_before(noun: Token) -> bool:
    """'ce responsable' after 'un haut responsable': a demonstrative points back to the someone the
    text introduced with that noun and an indefinite article, whom it does not name."""
    if not any(c.dep_ == "det" and "Dem" in feature(c, "PronType") for c in children(noun)):
        return False
    doc = noun.doc
    lemmas, words = doc._.folded.lemmas, tokens_of(doc)  # folded once by kg_prepare: a Token made only for the same noun
    return any(lemmas[i] == lemmas[noun.i] and any(c.dep_ == "det" and "Ind" in feature(c, "Definite") for c in children(words[i]))
               for i in range(noun.i))


def gender_shown(noun: Token) -> tuple[str, ...]:
    """The gender a description's article shows of the person it stands for: 'le milliardaire' is a
    man; 'le ministre' shows none, a title French writes with the masculine article for women too."""
    gender = article_gender(noun)
    return () if gender == ("Masc",) and fold(noun.lemma_) in ALSO_FOR_WOMEN else gender


def _several(noun: Token) -> bool:
    """'les diplomates', 'des conseillers': a plural role noun with no number of its own; 'les deux
    présidents' counts the leaders the text talks about, one of whom speaks for both."""
    return "Plur" in feature(noun, "Number") and not any(c.dep_ == "nummod" for c in children(noun))


def _named(noun: Token) -> bool:
    """Does a noun give a name of its own right after it ('l'agence Irna', 'le quotidien Haaretz')?"""
    doc = noun.doc
    return any(c.pos_ == "PROPN" and c.dep_ in {"appos", "flat:name", "nmod"} and c.i > noun.i
               and not any(g.dep_ == "case" for g in children(c)) and not any(t.is_punct for t in doc[noun.i + 1:c.i])
               for c in children(noun))


def _opens_quote_by_colon(holder: Token, pronoun: Token) -> bool:
    """'X a réclamé des comptes : « ... », a-t-il lancé': a clause whose colon, right before a quote,
    comes before the incise introduces that quote; its subject says it, not someone talked about
    before (as the clause an incise reports would be)."""
    doc = holder.doc
    return any(c.text == ":" and holder.i < c.i < pronoun.i and c.i + 1 < len(doc) and doc[c.i + 1].text in OPENING_QUOTES
               for c in children(holder))


def _agrees(noun: Token, pronoun: Token) -> bool:
    """Can the pronoun stand for the noun? Not when their numbers differ, nor their genders where a
    determiner gives the noun's ('La Chine est prête ..., a-t-il indiqué' is not China)."""
    numbers = feature(noun, "Number"), feature(pronoun, "Number")
    if all(numbers) and numbers[0] != numbers[1]:
        return False
    genders = article_gender(noun), feature(pronoun, "Gender")
    return not all(genders) or genders[0] == genders[1]
