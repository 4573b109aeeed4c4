"""Sources that are no subject of a reporting verb: an attribution ('selon le Kremlin', "d'après
Reuters"), a viewpoint opening a sentence ('Pour Moscou, ...'), an impersonal report and where
it was said or learnt ('a-t-on appris auprès de l'Élysée', 'lit-on dans le communiqué de X'),
a document cited ('citant un communiqué de la présidence')."""
from __future__ import annotations

from spacy.tokens import Span, Token

from kg.nlp.extract.claims.anaphora import Anaphora
from kg.nlp.extract.claims.cues import marker
from kg.nlp.extract.claims.reported import reporting
from kg.nlp.extract.ranges import CoverIndex
from kg.nlp.extract.words import children, feature, tokens_of
from kg.text import fold

# tokens: how far the comma closing 'Pour X,' may come ('Pour le chef de la diplomatie turque Hakan Fidan,')
_VIEW_WORDS = 14
_PLACE_REACH = 6  # tokens: 'confirme -t -on au Quai': the place after the verb and its inverted pronoun


class Sources(Anaphora):
    """Attributions, viewpoints and the sources of impersonal reports."""

    def source(self, verb: Token, carried: bool = True) -> str | None:
        """The source of an impersonal report: the institution whose communiqué it is ('lit-on dans
        le communiqué de la présidence') or where it was said ('a-t-on appris auprès de l'Élysée'),
        else whoever spoke last ('a-t-on ajouté'), but for what the writer learnt ('a-t-on appris
        auprès de ...' names no one else) and what a bare source says ('indique-t-on de source
        diplomatique', 'de sources concordantes': nobody named; 'de même source' is the last speaker).
        Not `carried` (an 'on' before its verb: 'Dans les milieux agricoles, on s'inquiète déjà'), it
        is people in general, not the last speaker going on as an inverted incise does."""
        for token in [verb, *[t for t in tokens_of(verb.doc)[verb.i + 1:min(len(verb.doc), verb.i + 12)]
                              if t.head.i == verb.i or t.head.head.i == verb.i]]:
            if token.pos_ == "NOUN" and self.cues.document(token):
                found = self.in_phrase(token)
                if found:
                    return found
        found = self._where_said(verb)
        if found or fold(verb.lemma_) in self.cues.learning or self._bare_source(verb) or not carried:
            return found
        if any(fold(place.lemma_) in self.cues.staff_nouns for place in self._places(verb)):
            return None  # 'indique-t-on au cabinet', whose we cannot tell: someone else than the last speaker
        return self.speaker.actor if self.speaker else None

    def _bare_source(self, verb: Token) -> bool:
        """'de source diplomatique', 'de sources proches du dossier': a source noun in 'de' without a
        determiner nor 'même', hung on the verb (as a complement or, misparsed, an attribute)."""
        return any(fold(c.lemma_) in self.cues.source_nouns and any(marker(g.text) == "de" and g.dep_ == "case" for g in children(c))
                   and not any(g.dep_ == "det" or g.norm_ in self.cues.sameness_adjectives for g in children(c))
                   for c in children(verb))

    def _where_said(self, verb: Token) -> str | None:
        """The institution where something was said or learnt: 'a-t-on indiqué à l'Élysée', 'a appris
        l'AFP auprès de la présidence' (with 'auprès' read as an adverb), 'a-t-on appris de son bureau',
        'confirme-t-on au Quai d'Orsay' (the place hung on the clause before the incise)."""
        for place in self._places(verb):
            found = self.in_phrase(place)
            if found and self.type_of(found) == "Organization":
                return found
        return None

    def _places(self, verb: Token) -> list[Token]:
        """The phrases that say where the verb's words were said or learnt ('à l'Élysée', 'auprès de
        la présidence', 'de son bureau'), whatever the parser hung them on."""
        verbs = [verb, *[t for t in [verb.head, *children(verb)] if t.pos_ == "VERB" and 0 < t.i - verb.i <= 3]]  # 'fait-on valoir'
        places = [c for v in verbs for c in children(v)]
        for token in tokens_of(verb.doc)[verb.i + 1:min(verb.sent.end, verb.i + _PLACE_REACH)]:
            if token.is_punct:
                break
            if token.head.i < verb.i:  # right after the verb, on a word before it: the parser's misplaced adjunct
                places.append(token)
        places += [g for c in places if c.dep_ == "advmod" and marker(c.text) == "aupres" for g in children(c)]
        return [child for child in places if child.dep_.startswith("obl") and any(
            c.dep_ == "case" and marker(c.text) in {"a", "dans", "aupres", "de"} for c in children(child)) or child.head.dep_ == "advmod"]

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
                # 'citées mercredi par X': the agent the parser may hang on the day, or on the sources' noun
                after = [*[c for c in child.subtree if c.i > child.i], *[c for c in children(source) if c.i > child.i]]
                found = next((self.in_phrase(c) for c in after if "par" in {w.norm_ for w in children(c)}), None)
                if found:
                    return found
        return None

    def _issued_by(self, head: Token, following: Token, documents: bool) -> str | None:
        """'selon les résultats annoncés vendredi par le ministre X', 'selon les chiffres publiés par la
        commission': figures or a text a past participle says someone issued are that agent's word,
        whom the 'selon' phrase names after the noun. A document ('le compte rendu publié par la
        présidence') is read as one only with `documents`: its issuer the sentence's own subject may
        come before."""
        if head.pos_ != "NOUN" or head.i < following.i or self.cues.document(head) and not documents:
            return None
        return self.published_by(head)

    def published_by(self, noun: Token) -> str | None:
        """The agent of a past participle on a noun ('les chiffres publiés par la commission', 'le
        communiqué diffusé dans la soirée par l'Élysée'), wherever the parser hung the 'par' phrase:
        on the participle, on the day after it, on the noun."""
        for participle in children(noun):
            if participle.dep_ == "acl" and participle.i > noun.i and "Part" in feature(participle, "VerbForm") \
                    and "Past" in feature(participle, "Tense"):
                agent = next((c for c in noun.subtree if c.i > participle.i and (c.dep_ == "obl:agent" or c.dep_.startswith(
                    ("obl", "nmod")) and any(g.dep_ == "case" and g.norm_ == "par" for g in children(c)))), None)
                if agent is not None:
                    return self.in_phrase(agent)
        return None

    def author(self, document: Token) -> str | None:
        """Who issued the document a noun names: the body its phrase names ('le texte du communiqué de
        l'Élysée'), the agent of a participle on it ('un communiqué diffusé par X'), else the named
        subject of the verb it is a complement of ('X en a rendu compte dans un communiqué')."""
        found = self.in_phrase(document) or self.published_by(document)
        if found or not document.dep_.startswith("obl") or document.head.pos_ != "VERB":
            return found
        return next((self.in_phrase(c) for c in children(document.head) if c.dep_ == "nsubj" and c.pos_ != "PRON"), None)

    def _source_within(self, source: Token) -> str | None:
        """'selon une source à la présidence congolaise', 'selon des sources au Kremlin', 'une source de
        l'Élysée': an unnamed source inside (or of) a body the phrase names speaks for that body, as 'a-t-on appris à l'Élysée'
        does; 'une source à Paris', 'une source diplomatique' name no body (a capital, a country
        is no institution one works in)."""
        if fold(source.lemma_) not in self.cues.source_nouns:
            return None
        for place in children(source):
            # 'de' right after the noun only: in 'des sources proches du Kremlin' the parser may hang 'du Kremlin' on 'sources'
            cases = {"a", "dans", "de"} if min(t.i for t in place.subtree) == source.i + 1 else {"a", "dans"}
            if place.dep_.startswith("nmod") and any(c.dep_ == "case" and marker(c.text) in cases for c in children(place)):
                found = self.in_phrase(place)
                if found and self.type_of(found) == "Organization":
                    return found
        return None

    def source_close_to(self, source: Token) -> str | None:
        """'une source proche de la présidence', 'selon des sources proches du gouvernement': an unnamed
        source close to a body speaks for it, as one inside it does; one close to a person or to a
        case ('une source proche du dossier') names no body."""
        if fold(source.lemma_) not in self.cues.source_nouns:
            return None
        for body in (g for c in children(source) if c.dep_ == "amod" for g in children(c)):
            if body.dep_.startswith(("obl", "nmod")) and any(c.dep_ == "case" and marker(c.text) == "de" for c in children(body)):
                found = self.in_phrase(body)
                if found and self.type_of(found) == "Organization":
                    return found
        return None

    # ------------------------------------------------------------------ attribution
    def attributed(self, sent: Span, outside: tuple[int, int] | None = None,
                   quotes: CoverIndex | None = None, documents: bool = True) -> tuple[str, str] | None:
        """'selon le Kremlin', "d'après Reuters", 'selon un communiqué de la présidence', 'selon lui':
        an attribution marker of the cues and the source it names (not 'selon laquelle'). Without
        `documents`, a document that names no owner ('selon le communiqué') is no source: whose it is
        the sentence may say itself ('Selon le communiqué chinois, M. Wang a souligné ...')."""
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
            elif word in self.cues.person_pronouns:  # 'selon lui': the person talked about, or the unnamed one who spoke last
                # 'X a plaidé pour des négociations, seule voie selon lui': a view within a noun phrase of what a person X's
                # verb reports is X's; on a clause ('X a, selon lui, promis ...', 'Y ne veut pas la paix, selon lui') someone
                # else's account of it
                own = self._earlier_subject(following) if following.head.pos_ in {"NOUN", "PROPN"} and any(
                    reporting(a, self.cues) is not None for a in following.ancestors if a.pos_ == "VERB") else None
                own = own or self._subject_before_colon(token, following)
                found = own if own is not None and self.type_of(own) == "Person" else (
                    None if self.unnamed_spoke_last(following) else self.person_in_focus(following.idx))
            elif following.pos_ == "PRON":  # 'selon laquelle', 'selon moi'
                continue
            else:
                head = following if following.pos_ in {"NOUN", "PROPN"} else following.head
                # 'selon des sources proches du Kremlin citées par Reuters': unnamed sources, the medium's word
                # 'selon une source à l'Élysée citée par la presse': the body the source is inside speaks, the medium relays it
                cited = (self._source_within(head) or self._citing(head) or self.source_close_to(head)) if _unnamed(head, following) else None
                found = cited or self._issued_by(head, following, documents) or self._holder_between_commas(head) or (
                    self._before_comma(self.in_phrase(head), following) if head.i >= following.i else None)
                if found is None and head.i >= following.i and (documents or not self.cues.document(head)):
                    # 'selon le journal, Donald Trump ...': the medium
                    found = self.described_by(head) or self._citing(head) or self.owner_speaking(head)
                if found is None and not _unnamed(head, following):
                    found = next((self.actor(t) for t in phrase if self.actor(t)), None)
                if found is not None and self._country_in_a_name(head, found):
                    continue
            if found:
                return found, written
        return None

    def _subject_before_colon(self, marker: Token, pronoun: Token) -> str | None:
        """'Le chancelier s'est montré prudent : selon lui, ...', '... prudent : il ne faut pas, selon lui,
        ...': a 'selon lui' in the clause after a colon explains the clause before it, whose subject the
        pronoun stands for, not the person talked about before that sentence."""
        colon = next((t for t in reversed(marker.doc[marker.sent.start:marker.i]) if t.text == ":"), None)
        if colon is None:
            return None
        for holder in pronoun.ancestors:
            for subject in children(holder):
                if subject.dep_ in ("nsubj", "nsubj:pass") and subject.i < colon.i and subject.pos_ in {"NOUN", "PROPN"}:
                    return self.in_phrase(subject) or self.described_by(subject)
        return None

    def _country_in_a_name(self, head: Token, found: str) -> bool:
        """'selon les chiffres de l'Union des exportateurs de Tunisie', 'selon la Chambre de commerce de
        France': a country named after the capitalised name of a body the actors step does not know is
        a word of that body's name, which speaks, not the country (a role's phrase, 'le ministre des
        Affaires étrangères de X', names its holder's country)."""
        if self.type_of(found) != "Country" or fold(head.lemma_) in self.cues.role_nouns:
            return False
        country = next((t.i for t in head.subtree if t.i > head.i and self.actor(t) == found), None)
        return country is not None and any(
            t.pos_ in {"NOUN", "PROPN"} and t.text[:1].isupper() and t.i not in self.mention_at and t.i < country
            and (t.i == head.i or t.dep_.startswith("nmod")) for t in head.subtree)

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

    def viewpoint(self, sent: Span) -> str | None:
        """'Pour le Kremlin, ...', "De l'avis du président russe, ..." opening a sentence: the view of
        whoever it names or describes; 'Pour lui, ...', 'À ses yeux, ...', that of the person talked about ('Pour
        lui rendre hommage' is a purpose: the pronoun must end the phrase)."""
        # the words read from the document's lists (`Token.is_space` is `text.isspace()`): a Token made only
        # for a sentence that opens with a marker
        at = [i for i in range(sent.start, min(sent.start + _VIEW_WORDS, sent.end)) if not self.texts[i].isspace()]
        norms = [self.norms[i] for i in at[:4]]  # read once for the four lengths tried
        length = next((k for k in range(1, 5) if _glued(norms[:k]) in self.cues.view_markers), None)
        if length is None or length >= len(at):
            return None
        opening = [tokens_of(sent.doc)[i] for i in at]
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
        # 'Pour le ministre suisse, ...' after 'Ignazio Cassis ...': a description names whom it did before
        return self.in_phrase(head) or self.described_by(head)


def _unnamed(head: Token, following: Token) -> bool:
    """'selon un diplomate européen, X devrait ...', 'selon des sources, ...': a source the phrase
    leaves unnamed (an indefinite noun naming nobody) is nobody the sentence names after it."""
    return head.pos_ == "NOUN" and head.i >= following.i and any(
        c.dep_ == "det" and "Ind" in feature(c, "Definite") for c in children(head))


def _glued(words: list[str]) -> str:
    """Words as the cues write them: 'd' après' (two tokens) is 'd'après'."""
    return " ".join(words).replace("' ", "'")
