"""Outlets and the people who made the article: media after a media noun ("la chaîne X",
"l'agence de presse X"), agencies and photographers in picture credits ("© NAME / AGENCY",
"Photo: AGENCY/AGENCY", "/AGENCY/" in a dateline), agencies sharing a byline ("Par OUTLET (avec
AGENCY)", "(Avec AGENCY)" closing the text) and journalists in a closing credit
("(Reportage X; version française Y, édité par Z)"), and the agency a dateline credits
("RABAT, 3 mai (AGENCY) -").
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.nlp.extract.actor_names import PARTICLES, is_name_word, name_of, words_of
from kg.nlp.extract.actor_spans import span_mention
from kg.nlp.extract.datelines import dateline_agencies
from kg.nlp.extract.records import ActorMention
from kg.nlp.extract.words import feature
from kg.nlp.gazetteer import Actor, Gazetteer, Target
from kg.text import fold, slug

_GLUED = re.compile(r"[^/©()|]+")  # the parts of a token like '/TASS/.' or '©BELGA'
_OUTLET_WORD = re.compile(r"^[\w][\w.\-']*$")
_MAX_OUTLET_WORDS = 4
_OUTLETS = frozenset({"Media"})
_OUTLETS_AND_BODIES = frozenset({"Media", "Organization"})  # a credit sign may carry a body's name too


class CreditReader:
    def __init__(self, gazetteer: Gazetteer, targets: dict, roles: set[str]) -> None:
        c = gazetteer.cues
        self.gazetteer = gazetteer
        self.targets = targets
        self.roles = roles
        self.media_nouns = {fold(x) for x in c["media_nouns"]}
        self.media_phrases: dict[str, list[list[str]]] = {}  # 'agence de presse', by its first word
        for phrase in (fold(x) for x in c["media_nouns"] if " " in x):
            self.media_phrases.setdefault(phrase.split()[0], []).append(phrase.split())
        self.media_plural = {fold(x) for x in c["media_plural"]}
        self.audience = {fold(x) for x in c["media_audience_prepositions"]}
        self.noun_starts = self.media_nouns | set(self.media_phrases)
        self.media_starts = self.noun_starts | self.media_plural
        self.markers = {fold(x) for x in c["credit_markers"]}
        self.sharers = {fold(x) for x in c["credit_sharers"]}
        self.agency_nouns = [fold(x) for x in c["credit_agency_nouns"]]
        self.contracted = {fold(k): fold(v) for k, v in c["contracted_articles"].items()}

    # ------------------------------------------------------------------ outlets
    def media(self, doc: Doc, tokens: list[Token], covered: set[int]) -> Iterator[tuple[ActorMention, Actor]]:
        # each rule is given only the words that may start what it reads, told by their folded
        # forms (`doc._.folded`): a Token's own strings cost a lookup each, and few words qualify
        norms = doc._.folded.norms
        yield from self._dateline_agencies(doc, covered)
        yield from self._after_nouns(doc, [t for t, n in zip(tokens, norms, strict=True) if n in self.media_starts], covered)
        # a word `_glued` may read: a credit sign in it, or a full stop at its end (as `\.$` reads it: before a
        # last line break too); string tests cost ~90 ns a word, a regular expression's search ~130
        yield from self._glued(doc, [t for t, n in zip(tokens, norms, strict=True)
                                     if "/" in n or "©" in n or "(" in n or n.endswith((".", ".\n"))], covered)
        yield from self._contracted(doc, [t for t, n in zip(tokens, norms, strict=True) if n in self.contracted], covered)
        yield from self._picture_credits(doc, [t for t, n in zip(tokens, norms, strict=True) if n.rstrip(":") in self.markers],
                                         covered)
        yield from self._initials(doc, [t for t, n in zip(tokens, norms, strict=True) if n == "("], covered)
        yield from self._sharers(doc, [t for t, n in zip(tokens, norms, strict=True) if n in self.sharers], covered)

    def _after_nouns(self, doc: Doc, tokens: list[Token], covered: set[int]) -> Iterator[tuple[ActorMention, Actor]]:
        """'le média ukrainien X', "l'agence de presse officielle X": X is an outlet;
        'les médias américains' are the country's media, 'plusieurs médias américains' none that
        can be named (`_some_of`); 'la presse belge' after 'à', 'devant' or 'dans' none that speaks."""
        for token in tokens:
            norm = token.norm_
            if norm in self.media_plural and token.i > 1 and doc[token.i - 1].norm_ in {"de", "d'"} \
                    and doc[token.i - 2].norm_ in self.noun_starts:
                continue  # "l'agence de presse officielle iranienne X": the press of a media noun is X, not the country's
            if norm in self.media_plural and token.tag_ != "ADJ" and token.text[:1].islower():
                if _some_of(token) or any(t.dep_ == "case" and t.norm_ in self.audience for t in token.children):
                    continue  # "il a dit à la presse belge", "des informations parues dans la presse israélienne":
                    # whom he told, where it was read; not a source
                adj = next((t for t in token.rights if t.pos_ == "ADJ" and t.norm_ in self.gazetteer.demonyms), None)
                if adj is not None:
                    country = self.gazetteer.actors.get(self.gazetteer.demonyms[adj.norm_])
                    if country:
                        label = f"{country.label} media"
                        actor = Actor(slug(label), "Media", label, (doc[token.i:adj.i + 1].text,))
                        yield ActorMention(actor.key, token.idx, adj.idx + len(adj.text), doc[token.i:adj.i + 1].text,
                                           Target("actor", actor.key), token.i, adj.i + 1, True), actor
                continue
            i = self._noun_end(doc, token)
            if i is None or _inside_a_name(doc, token):
                continue
            while i < len(doc) and i - token.i < 5 and doc[i].text[:1].islower():
                known = self._known(doc[i].text, _OUTLETS) if i not in covered else None
                if known is not None:  # "l'agence officielle irna": a known outlet, written in lower case
                    covered.add(i)
                    yield ActorMention(known, doc[i].idx, doc[i].idx + len(doc[i].text), doc[i].text,
                                       Target("actor", known), i, i + 1, True), self.gazetteer.actors[known]
                    i = len(doc)
                elif doc[i].pos_ == "ADJ" and not doc[i].is_punct:
                    i += 1  # 'officielle', 'panafricain'
                elif doc[i].norm_ in {"de", "d'"} and i + 1 < len(doc) and doc[i + 1].text[:1].islower():
                    i += 2  # 'de presse', "d'information"
                else:
                    break
            if i >= len(doc) or i > 0 and doc[i - 1].norm_ in {"de", "d'", "du", "des"}:
                continue  # "le média d'État": a complement, not a name
            j = i
            while j < len(doc) and (j not in covered or _a_word_of_a_longer_name(doc, j, covered)) and j - i < _MAX_OUTLET_WORDS \
                    and not (j > i and doc[j].is_sent_start and doc[j - 1].whitespace_) and (
                    is_name_word(doc[j].text) or j > i and not doc[j - 1].whitespace_ and not doc[j].is_space
                    and (doc[j].is_alpha or j + 1 < len(doc) and not doc[j].whitespace_)):
                j += 1  # 'Kyivska.Pravda', 'Bladi.net'; not the full stop of 'ABC. Le'
                if doc[j - 1].text.endswith(".") and doc[j - 1].whitespace_:
                    break
            while j > i and not doc[j - 1].is_alpha:
                j -= 1
            if j > i:
                name = doc[i:j].text
                actor = Actor(slug(name), "Media", name, ())
                covered.update(range(i, j))
                yield ActorMention(actor.key, doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text), name,
                                   Target("actor", actor.key), i, j, True), actor

    def _dateline_agencies(self, doc: Doc, covered: set[int]) -> Iterator[tuple[ActorMention, Actor]]:
        """'RABAT, 3 mai (Agence Atlantique de Presse) -': the agency a dateline credits is its
        parenthesis whole, the gazetteer's outlet of that name or one minted under it; not
        'Atlantique' after the media noun, where a 'de' ends a name. A parenthesis holding a name
        already read ('(AFP)') is left as it was."""
        for start, end in dateline_agencies(doc):
            if any(i in covered for i in range(start, end)):
                continue
            span = doc[start:end]
            known = self._known(span.text, _OUTLETS)
            actor = self.gazetteer.actors[known] if known else Actor(slug(span.text), "Media", span.text, ())
            covered.update(range(start, end))
            yield span_mention(span, actor.key, Target("actor", actor.key)), actor

    def _contracted(self, doc: Doc, tokens: list[Token], covered: set[int]) -> Iterator[tuple[ActorMention, Actor]]:
        """'au Devoir', 'un article du Soir', 'aux Echos': a title opening with 'Le' or 'Les' loses
        its article to 'à' or 'de' before it; the capitalised words after the contraction, the
        article given back, are the outlet's whole title; not inside a longer name ('la Coupe du Monde')."""
        for token in tokens:
            if token.i > 0 and doc[token.i - 1].is_alpha and doc[token.i - 1].text[:1].isupper() \
                    and not doc[token.i - 1].is_sent_start:
                continue
            end = token.i + 1
            while end < len(doc) and end - token.i <= _MAX_OUTLET_WORDS and doc[end].text[:1].isupper() \
                    and doc[end].i not in covered:
                end += 1
            for stop in range(end, token.i + 1, -1):  # the longest title first
                span = doc[token.i + 1:stop]
                known = self._known(f"{self.contracted[token.norm_]} {span.text}", _OUTLETS)
                if known:
                    yield span_mention(span, known, Target("actor", known)), self.gazetteer.actors[known]
                    break

    def _known(self, word: str, types: frozenset[str]) -> str | None:
        """The gazetteer's actor of one of `types` a word names, whatever its case."""
        targets = self.targets.get(fold(word), ())
        return next((t.key for t in targets if t.kind == "actor" and self.gazetteer.actors[t.key].type in types), None)

    def _noun_end(self, doc: Doc, token) -> int | None:
        """The index after a media noun starting at `token` ('chaîne', 'réseau social'), else None."""
        norm = token.norm_
        if norm not in self.noun_starts:
            return None
        for words in self.media_phrases.get(norm, ()):
            if [t.norm_ for t in doc[token.i:token.i + len(words)]] == words:
                return token.i + len(words)
        return token.i + 1 if norm in self.media_nouns else None

    def _glued(self, doc: Doc, tokens: list[Token], covered: set[int]) -> Iterator[tuple[ActorMention, Actor]]:
        """Known outlets glued to credit signs or to a full stop in one token: '/TASS/.', '©BELGA',
        'sur X.'."""
        for token in tokens:
            text = token.text
            if len(text) < 2 or token.i in covered:
                continue
            signs = len(text) >= 3 and ("/" in text or "©" in text or "(" in text)
            final = not signs and text[-1] == "." and token.i > 0 and not doc[token.i - 1].text[:1].isupper() \
                and token.ent_type_ != "PER"  # 'sur X.' at the end of a sentence; not 'Malcolm X.'
            if not signs and not final:
                continue
            for part in _GLUED.finditer(token.text):
                word = part.group().strip(".,;:")
                known = self._known(word, _OUTLETS_AND_BODIES)
                if known and word[:1].isupper():
                    start = token.idx + part.start() + part.group().index(word)
                    yield ActorMention(known, start, start + len(word), word, Target("actor", known),
                                       token.i, token.i + 1, True), self.gazetteer.actors[known]

    def _initials(self, doc: Doc, tokens: list[Token], covered: set[int]) -> Iterator[tuple[ActorMention, Actor]]:
        """'(ats/afp/ebz)' closing a line or the page: Swiss and Belgian pages credit their agencies by
        lower-case initials joined by slashes, the editor's own initials last; each part the gazetteer
        knows as an outlet is that outlet, an unknown part (the editor) is nobody. Lower case and the
        slashes set it apart from a bracketed word of the text; 'ats' alone in brackets is left unread."""
        for token in tokens:
            end = token.i + 1
            while end < len(doc) and end - token.i <= 12 and (doc[end].text == "/" or doc[end].is_alpha and doc[end].is_lower):
                end += 1
            parts = [t for t in doc[token.i + 1:end] if t.text != "/"]
            if end >= len(doc) or doc[end].text != ")" or len(parts) < 2 or len(parts) * 2 - 1 != end - token.i - 1 \
                    or any(doc[i].text != "/" for i in range(token.i + 2, end, 2)) or not _ends_a_line(doc, end):
                continue  # not 'part/part/part' alone in its brackets at a line's end
            for part in parts:
                known = self._known(part.text, _OUTLETS) if part.i not in covered else None
                if known is not None:
                    covered.add(part.i)
                    yield ActorMention(known, part.idx, part.idx + len(part.text), part.text, Target("actor", known),
                                       part.i, part.i + 1, True), self.gazetteer.actors[known]

    def _sharers(self, doc: Doc, tokens: list[Token], covered: set[int]) -> Iterator[tuple[ActorMention, Actor]]:
        """'Par OUTLET (avec MAP)', '(Avec AFP)' closing the text, 'OUTLET avec AFP et Reuters': the
        agencies whose dispatches the article draws on share its byline, and are outlets of the page.
        'avec' counts as a byline's when it opens brackets or when nothing but a credit's words (names,
        'par', 'la rédaction') stand before it on its line; each name after it, up to the brackets' or
        the line's end, is an outlet the gazetteer knows, by itself or as an agency ('MAP' as 'agence MAP')."""
        for token in tokens:
            if not (token.i > 0 and doc[token.i - 1].text == "(" or self._byline_before(doc, token)):
                continue
            start = end = token.i + 1
            while end <= len(doc):
                if end == len(doc) or not is_name_word(doc[end].text) or end in covered or "\n" in doc[end - 1].whitespace_:
                    if end > start:
                        yield from self._agency(doc[start:end], covered)
                    if end == len(doc) or doc[end].norm_ not in {"et", ","} or "\n" in doc[end - 1].whitespace_:
                        break
                    start = end + 1
                end += 1

    def _byline_before(self, doc: Doc, token: Token) -> bool:
        """Whether only a credit's words (names, 'par', 'la rédaction') stand before `token` on its line."""
        i = token.i - 1
        while i >= 0 and "\n" not in doc[i].text and "\n" not in doc[i].whitespace_:
            if not (is_name_word(doc[i].text) or doc[i].norm_ in self.roles or doc[i].pos_ == "DET"):
                return False
            i -= 1
        return i < token.i - 1

    def _agency(self, span: SpacySpan, covered: set[int]) -> Iterator[tuple[ActorMention, Actor]]:
        """The outlet a name after a byline's 'avec' is, as itself or as an agency's short name."""
        known = self._known(span.text, _OUTLETS) or next(
            (k for noun in self.agency_nouns if (k := self._known(f"{noun} {span.text}", _OUTLETS))), None)
        if known is not None:
            covered.update(range(span.start, span.end))
            yield span_mention(span, known, Target("actor", known)), self.gazetteer.actors[known]

    def _picture_credits(self, doc: Doc, tokens: list[Token], covered: set[int]) -> Iterator[tuple[ActorMention, Actor]]:
        """'© NAME / AGENCY pour OUTLET', 'Photo: AGENCY/AGENCY': the photographer is a person,
        the other parts outlets."""
        for token in tokens:
            if token.norm_.rstrip(":") not in self.markers:
                continue
            end = token.i + 1
            while end < len(doc) and end - token.i <= 12 and "\n" not in doc[end].text and doc[end].text != "|" \
                    and not (doc[end].text == "." and doc[end].whitespace_) and "\n" not in doc[end - 1].whitespace_:
                end += 1
            colon = token.text.endswith(":") or token.i + 1 < len(doc) and doc[token.i + 1].text == ":"
            parts = _slash_parts(doc[token.i + 1:end])
            if token.text != "©" and not colon and len(parts) < 2:
                continue  # 'la photo de famille': no credit without a colon or a slash
            for index, part in enumerate(parts):
                for n, piece in enumerate(_split_on(part, "pour")):
                    yield from self._credit_piece(piece, covered, first=index == 0, outlet=n > 0)

    def _credit_piece(self, piece: SpacySpan, covered: set[int], first: bool,
                      outlet: bool) -> Iterator[tuple[ActorMention, Actor]]:
        """One part of a credit: a photographer's name, or an outlet ('pour OUTLET' always is)."""
        tokens = [t for t in piece if not t.is_punct or t.text in "-."]
        if len(tokens) > 1 and tokens[-1].like_num and len(tokens[-1].text) == 4:
            tokens.pop()  # '© OUTLET 2020': the year of the copyright, no word of the name
        if not tokens or any(t.i in covered for t in tokens):
            return
        span = piece.doc[tokens[0].i:tokens[-1].i + 1]
        words = [w for w, _, _ in words_of(span)]
        if not words or len(words) > _MAX_OUTLET_WORDS:
            return
        name = name_of(span, self.roles)
        if (known := self._known(span.text, _OUTLETS)) is not None:  # 'AFP', 'La Libre.be': an outlet the gazetteer knows
            covered.update(t.i for t in span)
            yield span_mention(span, known, Target("actor", known)), self.gazetteer.actors[known]
            return
        if not outlet and name is not None and len(name.words) >= 2 and all(w[:1].isupper() for w in name.words) and \
                not any(w.isupper() and len(w) <= 3 and fold(w) not in PARTICLES for w in name.words) and len(words) >= 2:
            label = name.label
            actor = Actor(slug(label), "Person", label, (), role="photographe")
        elif len(words) <= (3 if outlet else 2) and all(_OUTLET_WORD.match(w) for w in words) and not span.text[:1].isdigit() \
                and (span.text[:1].isupper() or not first and len(words) == 1 and "'" not in span.text):
            label = span.text
            actor = Actor(slug(label), "Media", label, ())
        else:
            return
        covered.update(t.i for t in span)
        yield span_mention(span, actor.key, Target("actor", actor.key)), actor

    # ------------------------------------------------------------------ journalists
    def people(self, doc: Doc, tokens: list[Token], covered: set[int]) -> Iterator[tuple[ActorMention, Actor]]:
        """'(Reportage de X et Y; version française Z)': journalists of a closing credit."""
        norms = doc._.folded.norms
        for token in (t for t, n in zip(tokens, norms, strict=True) if n == "("):
            if token.text != "(" or token.i + 1 >= len(doc) or doc[token.i + 1].norm_ not in self.roles:
                continue
            end = token.i + 1
            while end < len(doc) and doc[end].text != ")" and end - token.i < 40:
                end += 1
            start = token.i + 1
            for i in range(token.i + 1, end + 1):
                if i == end or doc[i].text in {";", ","} or doc[i].norm_ == "et":
                    yield from self._journalist(doc[start:i], covered)
                    start = i + 1

    def _journalist(self, chunk: SpacySpan, covered: set[int]) -> Iterator[tuple[ActorMention, Actor]]:
        tokens = list(chunk)
        while tokens and (tokens[0].norm_ in self.roles or tokens[0].text[:1].islower()):
            tokens.pop(0)
        run = []
        for t in tokens:
            if t.i in covered or t.text[:1].islower() and t.text not in {"-"}:
                break
            run.append(t)
        if len(run) < 2:
            return
        span = chunk.doc[run[0].i:run[-1].i + 1]
        name = name_of(span, self.roles)
        if name is None or len(name.words) < 2:
            return
        actor = Actor(slug(name.label), "Person", name.label, (), role="journaliste")
        covered.update(range(name.start, name.end))
        yield ActorMention(actor.key, name.start_char, name.end_char, name.text, Target("actor", actor.key),
                           name.start, name.end, True), actor


def _slash_parts(span: SpacySpan) -> list[SpacySpan]:
    parts, start = [], span.start
    for token in span:
        if token.text == "/":
            parts.append(span.doc[start:token.i])
            start = token.i + 1
    parts.append(span.doc[start:span.end])
    return [p for p in parts if len(p)]


def _ends_a_line(doc: Doc, at: int) -> bool:
    """Whether the token at `at` is the last of its line or of the page (spaces aside)."""
    after = at + 1
    while after < len(doc) and doc[after].is_space and "\n" not in doc[after].text:
        after += 1
    return "\n" in doc[at].whitespace_ or after >= len(doc) or "\n" in doc[after].text and doc[after].is_space


def _split_on(span: SpacySpan, word: str) -> list[SpacySpan]:
    for token in span:
        if token.norm_ == word:
            return [p for p in (span.doc[span.start:token.i], span.doc[token.i + 1:span.end]) if len(p)]
    return [span]


def _a_word_of_a_longer_name(doc: Doc, at: int, covered: set[int]) -> bool:
    """'le quotidien South China Morning Post', 'le journal Jerusalem Post': a capitalised word some
    other reader took for a place (a country, a capital) is a word of the outlet's name when a
    capitalised word nothing has read follows it (the reader of actors then drops the place)."""
    after = at + 1
    while after < len(doc) and after in covered and doc[after].text[:1].isupper():
        after += 1
    return doc[at].text[:1].isupper() and after < len(doc) and after not in covered and is_name_word(doc[after].text)


def _inside_a_name(doc: Doc, noun: Token) -> bool:
    """'la Nigerian Television Authority': a media noun with a capital after a name word is a word
    of the outlet's own name, not the common noun that introduces one ('la chaîne X')."""
    return noun.i > noun.sent.start and is_name_word(noun.text) and is_name_word(doc[noun.i - 1].text)


def _some_of(noun: Token) -> bool:
    """'plusieurs médias libanais', 'des médias israéliens', 'certains médias': a determiner other than
    the definite article picks an unnamed few of the country's media, who are no actor and whose words
    nobody can be credited with; 'les médias américains' (definite) are the country's press as a whole."""
    return any(c.dep_ == "det" and "Def" not in feature(c, "Definite") for c in noun.children)

