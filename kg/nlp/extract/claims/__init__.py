"""Claims: who said what, as a quote or as reported speech.

A quote of a few words or more is a claim of its own; its speaker is the subject of the
reporting verb in the incise after it ("», a déclaré M. Peskov"), of the verb that introduces
it ("X a déclaré : «"), the name that signs it ("— X (@x)"), the source after "selon", or, for
a quote standing alone, whoever spoke or was talked about just before. A quote inside
reported speech ("a ajouté que « ... »") belongs to that reported speech.

Outside quotes, each reporting verb with a content is a claim (`reported`): a sentence with two
('Rappelant que ..., il a invité ...') gives two. A sentence with none is a claim when "selon
X" or "Pour X," attributes it. Speakers are resolved by `speakers`: a person before an
institution, a pronoun to the person talked about, 'le journal' to the medium named last, a
capital to its country.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.nlp.extract.claims.cues import ClaimCues
from kg.nlp.extract.claims.quotes import after_quote, around_incises, incised_short_quotes, long_quotes, quote_spans, signature
from kg.nlp.extract.claims.reported import Report, account_of_several, content, pronoun_relative, reporting, reports, spans
from kg.nlp.extract.claims.speakers import Speakers
from kg.nlp.extract.incises import finite, governing_modal, incise, incise_before_colon, opening_incise
from kg.nlp.extract.interview import interview_answers
from kg.nlp.extract.ranges import CoverIndex, RangeIndex
from kg.nlp.extract.records import ActorMention, ClaimRecord
from kg.nlp.extract.words import CLOSING_QUOTES, OPENING_QUOTES, Folded, children, feature, paragraph_numbers, tokens_of
from kg.nlp.gazetteer import Gazetteer
from kg.text import fold

_ORPHAN_REACH = 400  # characters: how far back a standalone quote looks for its speaker
_INVERTED_IMPERSONAL = {"-on", "-t-on"}
_AFTER_WORDS = " \u00a0\u202f" + "".join(CLOSING_QUOTES)  # what may stand between a claim's last word and its quote's closing mark
_FULL_STOPS = frozenset(".!?…")
_KICKER_WORDS = 5
_KICKER_ENDS = frozenset("-–—|.")


class ClaimFinder:
    """Reads claims from a parsed document; built once per pipeline, from the cues. Each
    document gets a `_ClaimReader` of its own, so nothing carries over from one to the next."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.cues = ClaimCues.read(gazetteer.cues)

    def __call__(self, doc: Doc, mentions: list[ActorMention], skip: set[int]) -> tuple[list[ClaimRecord], dict[int, str]]:
        """The claims of `doc` (not yet tied to calls), and the speaker of each quoted character."""
        return _ClaimReader(self.cues, self.gazetteer, doc, mentions).read(skip)


class _Attribution:
    """How a quote is attributed: by a verb after or before it, by a signature, or not at all."""

    __slots__ = ("verb", "phrase", "how")

    def __init__(self, verb: Token | None, phrase: tuple[Token, ...], how: str) -> None:
        # how: incise (consumes the verb) | after (a verb after the quote that reports more) | intro |
        # opened (a verb whose clause before a colon is a statement of its own, then the quote) |
        # embedded (in reported speech) | colon (any verb's clause before a colon) | signed |
        # document (the text of a document named before a colon, set off below it: `verb` is the document's noun) | none
        self.verb, self.phrase, self.how = verb, phrase, how


class _ClaimReader:
    """One document as the claim rules see it, read once in order."""

    def __init__(self, cues: ClaimCues, gazetteer: Gazetteer, doc: Doc, mentions: list[ActorMention]) -> None:
        self.cues = cues
        self.doc = doc
        self.text: str = doc._.text
        marked = quote_spans(self.text)  # every pair of marks, found once
        quotes, short = long_quotes(self.text, marked), incised_short_quotes(doc, marked)
        if short:  # '« Jamais ! », a tonné X'
            quotes = sorted([*quotes, *short])
        self.quotes = around_incises(doc, quotes, lambda verb: reporting(verb, cues) is not None and incise(verb))
        self.whole_quotes = CoverIndex(quotes)  # before the incises cut them
        # What each sentence and report asks of the article's quotes, answered by bisection: a
        # scan of them all each time made claims quadratic in the length of an article.
        self.quote_cover = CoverIndex(self.quotes)
        self.quote_index = RangeIndex(self.quotes, lambda q: q)
        self.marked_quotes = RangeIndex(marked, lambda q: q)  # however short their words
        self.sents: list[Span] = doc._.sentences
        self.folded: Folded = doc._.folded
        self.sent_of = {t: i for i, s in enumerate(self.sents) for t in range(s.start, s.end)}  # indices: no Token made
        self.quoted_tokens = {t for q in self.quotes if (span := doc.char_span(*q, alignment_mode="expand")) is not None
                              for t in range(span.start, span.end)}
        self.speakers = Speakers(cues, gazetteer, doc, mentions, self.quoted_tokens)
        people = frozenset(m.actor for m in mentions if self.speakers.type_of(m.actor) == "Person")
        interview = interview_answers(self.sents, paragraph_numbers(self.text, self.sents), self.speakers.mention_at, people,
                                      frozenset())
        if interview is not None:  # 'Je lui ai confirmé que ...', 'Il m'a dit que ...' in an answer
            self.speakers.answered = interview.answers

    def read(self, skip: set[int]) -> tuple[list[ClaimRecord], dict[int, str]]:
        doc, text = self.doc, self.text
        sent_of = self.sent_of
        attributions = {q: self._attribution(*q) for q in self.quotes}
        consumed = {t.i for a in attributions.values() if a.how in {"incise", "intro"} for t in a.phrase}
        self.own_quotes = RangeIndex((q for q, a in attributions.items() if a.how in {"incise", "intro", "signed"}), lambda q: q)
        self.opened_quotes = RangeIndex((q for q, a in attributions.items() if a.how == "opened"), lambda q: q)
        self.incised_quotes = RangeIndex((q for q, a in attributions.items() if a.how == "incise"), lambda q: q)
        # a document's text set off as a block is read as the text it is: the reports in it are claims too
        given = [q for q, a in attributions.items() if a.how == "document"]
        documents = CoverIndex(given)
        self.quoted_tokens.difference_update(t for q in given if (span := doc.char_span(*q, alignment_mode="expand")) is not None
                                             for t in range(span.start, span.end))
        claims: list[ClaimRecord] = []
        quoted_chars: dict[int, str] = {}
        events = [(q[0], 0, q) for q in self.quotes] + [(s.start_char, 1, i) for i, s in enumerate(self.sents)]
        for _, kind, item in sorted(events, key=lambda e: (e[0], e[1])):
            if kind == 0:
                start, end = item  # type: ignore[misc]
                first = doc.char_span(start, end, alignment_mode="expand")
                if first is None or sent_of.get(first.start) in skip:
                    continue
                covering = next((c for c in claims if not c.quoted and c.start <= start < c.end), None)
                if covering is not None:  # 'a ajouté que « ... »': part of reported speech
                    quoted_chars.update(dict.fromkeys(range(start, end), covering.speaker))
                    continue
                speaker, verb = self._quote_speaker(start, end, attributions[item])  # type: ignore[index]
                if speaker is None:
                    continue
                raw = text[start:end]
                body = raw.strip()
                start += len(raw) - len(raw.lstrip())
                if claims and self._one_sentence_across_incise(claims[-1], speaker, start):
                    # '« A, a insisté X, B. »': one statement the incise interrupts, not two
                    start, body = claims[-1].start, text[claims.pop().start:start + len(body)]
                elif attributions[item].how == "incise":  # type: ignore[index]
                    start, body = self._clause_before(start, body)
                claims.append(ClaimRecord(speaker, body, verb, start, start + len(body), True, None, ()))
                quoted_chars.update(dict.fromkeys(range(start, end), speaker))
                self.speakers.spoke(speaker, end)
                if attributions[item].how == "document":  # type: ignore[index]
                    self.speakers.issued(speaker, end)  # a later 'le communiqué' is this one
            else:
                index: int = item  # type: ignore[assignment]
                sent = self.sents[index]
                if index in skip:
                    continue
                if not _inside_quotes(sent, self.text, self.quote_cover) or _inside_quotes(sent, self.text, documents):
                    focus = self.speakers.focus  # a new one each time a person speaks (`Speakers.spoke`)
                    before = len(claims)
                    claims = self._sentence(index, sent, consumed, claims)
                    if len(claims) == before:  # 'X a publié un communiqué.': X speaks through it next
                        self.speakers.published(sent)
                    self._through_document(sent, claims[before:])
                    self.speakers.unnamed_in(sent)
                    if self.speakers.focus is focus:  # no person spoke in the sentence
                        # 'X n'a pas parlé à Y, a reconnu Z. « ... », a-t-il précisé': Z, who spoke, stays in the fore
                        self.speakers.talked_about(sent, self.quoted_tokens)
        return _dedupe(self._without_headline_summaries(claims)), quoted_chars

    def _through_document(self, sent: Span, said: list[ClaimRecord]) -> None:
        """'..., a annoncé la présidence dans un communiqué', 'peut-on lire dans le communiqué de X': a
        sentence that reports something and names a document (outside its quotes) is the last
        speaker's word through that document, whose a later 'le communiqué' is."""
        if said and any(self.cues.document(t) for t in sent if t.pos_ == "NOUN" and t.i not in self.quoted_tokens):
            self.speakers.issued(said[-1].speaker, sent.end_char)

    def _one_sentence_across_incise(self, previous: ClaimRecord, speaker: str, start: int) -> bool:
        """Is the quoted part at `start` the rest of `previous`'s sentence ('« La paix, a insisté X,
        passe par le droit. »'): the same speaker, the same pair of quotation marks, and between them
        an incise closed by a comma, no full stop?"""
        between = self.text[previous.end:start]
        return (previous.quoted and previous.speaker == speaker and previous.text[-1:] not in _FULL_STOPS | {";", ":"}
                and between.rstrip()[-1:] == "," and not _FULL_STOPS & set(between)
                and self.whole_quotes.covers(previous.start, start + 1))

    def _clause_before(self, start: int, body: str) -> tuple[int, str]:
        """'La rencontre n'aura lieu que « si ... », a-t-il déclaré': the incise reports the whole clause
        the quote ends, whose unquoted words before the quote are the speaker's too; the claim begins
        where the sentence does, unless those words are no clause of their own (no verb: 'Lundi, « ... »')
        or something else opens the quote there (a colon, another quote, a reporting verb)."""
        opening = self.doc.char_span(max(0, start - 1), start, alignment_mode="expand")
        if opening is None:
            return start, body
        sentence = self._sentence_of(opening.start)
        lead = [t for t in self.doc[sentence.start:opening.start] if not t.is_space]
        while lead and lead[-1].text in OPENING_QUOTES:
            lead.pop()
        if not any(t.pos_ in {"VERB", "AUX"} for t in lead) or any(
                t.text in OPENING_QUOTES | CLOSING_QUOTES | {":"} or t.i in self.quoted_tokens or reporting(t, self.cues) for t in lead):
            return start, body
        return lead[0].idx, self.text[lead[0].idx:start + len(body)]

    def _without_headline_summaries(self, claims: list[ClaimRecord]) -> list[ClaimRecord]:
        """'Le Kremlin dément tout appel', 'X et Y plaident pour un sommet' over an article: the
        headline sums up what the body reports, in its own words, whoever the body has speak; the
        body's claims are the statements. A quote, or a source the headline credits ('..., selon le
        Washington Post'), stays."""
        first = self.text.lstrip()
        line = first.split("\n", 1)[0].rstrip()
        if not line or line[-1] in ".!?\"»”" or not first[len(line):].strip():
            return claims  # no headline: a first sentence, or the whole text
        end = len(self.text) - len(first) + len(line)
        if any(self.speakers.attributed(s) for s in self.sents if s.start_char < end):
            return claims
        return [c for c in claims if c.start >= end or c.quoted]

    # ------------------------------------------------------------------ sentences
    def _sentence(self, index: int, sent: Span, consumed: set[int], claims: list[ClaimRecord]) -> list[ClaimRecord]:
        doc, text = self.doc, self.text
        signer = self._signature(sent)
        if signer is not None:
            post = self._post_before(index, claims)
            if post is not None:
                start, end = post
                body = text[start:end].strip()
                claims.append(ClaimRecord(signer, body, None, start, start + len(body), True, None, ()))
                self.speakers.spoke(signer, end)
            return claims
        labelled = self._labelled(sent) or self._answer(sent)
        if labelled is not None:  # 'Emmanuel Macron : Je lui ai dit que ...', 'Macron : « ... »'
            answerer, start, end = labelled
            body = text[start:end].strip(" \t«»\u201c\u201d\"")  # a headline's marks: the same words as the body's quote
            start += text[start:end].index(body) if body else 0
            claims.append(ClaimRecord(answerer, body, None, start, start + len(body), False, None, ()))
            self.speakers.spoke(answerer, end)
            return claims
        found = reports(sent, self.cues, consumed, self.quoted_tokens, self.folded, self.speakers.answered)
        source = self.speakers.attributed(sent, outside=None, quotes=self.quote_cover, documents=False) if found else None
        # 'Selon le Kremlin, X a déclaré que ...': the source the text names speaks for the sentence; 'Selon le
        # communiqué, X a souligné ...': X, the document his; the last speaker's only when no one else is named
        document = self.speakers.attributed(sent, outside=None, quotes=self.quote_cover) if found and not source else None
        # 'Selon le communiqué, les deux dirigeants ont souligné ...': several people say nothing as one, the document does
        speaker_of = {r.verb.i: source[0] if source else (document[0] if document and self.speakers.jointly(r.verb) else None)
                      or self.speakers.of_verb(r.verb, list(r.phrase)) or self.speakers.cited(r.verb)
                      or (document[0] if document else None) for r in found}
        speaker_of.update({r.verb.i: speaker_of[r.shares] for r in found if r.shares is not None})
        # 'Selon l'Élysée, X et Y ont rappelé ... et appelé ...': the source's one account of what they did, not two statements
        # '..., qu'elle juge « illégales »': a relative with a pronoun subject is a statement of its own when whom the
        # pronoun stands for can be told, else words of the claim it is nested in
        found = [r for r in found if (r.within is None or not speaker_of.get(r.within) or not source and speaker_of[r.verb.i]
                                      and pronoun_relative(r.verb) is not None) and not _manner_of_incise(r, consumed, self.cues)
                 and not (source and account_of_several(r))]
        on_source = [r for r in found if _relative_on_source(r.verb, self.cues)]
        for report, (lo, hi) in zip(found, spans(sent, found), strict=True):
            speaker = speaker_of[report.verb.i]
            if speaker is None:
                continue
            if report in on_source:  # 'selon X, qui a réitéré que ...': the relative's words, the sentence the source's
                lo, hi = min(t.i for t in report.verb.subtree), max(t.i for t in report.verb.subtree) + 1
            start, end = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
            before = [q_end for _, q_end in self.own_quotes.within(start, report.verb.idx)]
            if before:  # '« ... », s'est félicité X, précisant que ...': what follows the quote
                start = max(before) + 1
            if index and len(found) == 1 and (sent[0].text in {",", "»"} or report.content == "anaphoric" and self._points_back(sent)):
                # the parser cut '..., a déclaré X' off the sentence it attributes; 'C'est ce qu'a indiqué X'
                start = self.sents[index - 1].start_char
                claims = [c for c in claims if c.quoted or c.start < start]
            opened = [q_start for q_start, _ in self.opened_quotes.starting(report.verb.idx, end)]
            if opened:  # '... qu'il n'avait aucun projet : « ... »': the quote after the colon is a claim of its own
                end = start + len(text[start:min(opened)].rstrip(" «\"\u201c:"))
            end = max([end, *[q[1] for q in self.quote_index.starting(start, end)]])
            raw = text[start:end]
            trimmed = raw.strip(" \n,»\"”")
            start += raw.index(trimmed) if trimmed else 0
            body = text[start:self._closing_its_quotes(start, start + len(trimmed), end)]
            claims.append(ClaimRecord(speaker, body, _verb_phrase(report), start, start + len(body), False, None, ()))
            self.speakers.spoke(speaker, end)
        if len(found) == len(on_source) and not self.incised_quotes.within(sent.start_char, sent.end_char):
            # '« ... », a déclaré X, selon un communiqué de Y': the quote's own verb names who said it
            attributed = self.speakers.attributed(sent)
            if attributed is None:
                view = self.speakers.viewpoint(sent)
                attributed = (view, sent[0].norm_) if view else None
            if attributed is not None:
                raw = text[sent.start_char:sent.end_char]
                start = sent.start_char + len(raw) - len(raw.lstrip())
                body = text[start:sent.end_char].strip()
                claims.append(ClaimRecord(attributed[0], body, attributed[1], start, start + len(body), False, None, ()))
                self.speakers.spoke(attributed[0], sent.end_char)
        return claims

    def _closing_its_quotes(self, start: int, end: int, limit: int) -> int:
        """Where the words of a reported claim end, trimmed of the marks around them, with back the closing
        marks of the quotes they open ('annonce des négociations « immédiates »', '« franche et "utile" »'):
        a quote that ends the sentence (a headline, without a full stop) closes a quote of the claim, not
        one around it. Only spaces and closing marks stand between the words and those marks, before `limit`."""
        closes = [close for _, close in self.marked_quotes.starting(start + 1, end)
                  if end <= close < limit and not self.text[end:close].strip(_AFTER_WORDS)]
        return max(closes) + 1 if closes else end

    def _labelled(self, sent: Span) -> tuple[str, int, int] | None:
        """'Emmanuel Macron : Je lui ai dit que ...' (an answer in an interview), 'Macron : « ... »',
        'Zelensky au Congrès : « ... »' (a headline): a line that opens with a person's name and a
        colon is that person's words, to the end of the paragraph. A headline without quotes ('Zelensky : ce que l'on sait') is no
        statement, nor a line opened by a country ('Ukraine : ...'). The speaker, and where the
        words begin and end."""
        opening = self.folded.texts[sent.start:min(sent.start + 12, sent.end)]
        if ":" not in opening[1:]:  # most sentences (a look in C before anything else)
            return None
        text = self.text
        line = text.rfind("\n", 0, sent.start_char) + 1
        at_colon = sent.start + opening.index(":")
        if at_colon == sent.start:
            return None
        colon = self.doc[at_colon]
        mentions = [m for i in range(sent.start, at_colon) if (m := self.speakers.mention_at.get(i)) is not None and m.token_start == i]
        mention = next((m for m in mentions if self.speakers.type_of(self.speakers.resolved(m)) == "Person"), None)
        if mention is None or mention.token_end > colon.i or not _kicker(text[line:mention.start]):
            return None  # not at the start of a line, nor after a kicker ('G7 à Biarritz - ', 'ENTRETIEN. ')
        speaker = self.speakers.resolved(mention)
        after = text[colon.idx + 1:colon.idx + 8].lstrip()
        quoted = after[:1] in {"«", "\u201c", '"'}
        if mention.token_end < colon.i and not (quoted and _where_or_when(self.doc[mention.token_end:colon.i])):
            return None  # 'Zelensky au Congrès : « ... »' is his; 'Zelensky et la guerre : ...' is no one's
        if not quoted and not text[:sent.start_char].strip():
            return None  # the first line, a headline: quoted words only
        end = text.find("\n", colon.idx)
        end = len(text) if end < 0 else end
        return (speaker, colon.idx + 1, end) if end - colon.idx > 10 else None

    def _answer(self, sent: Span) -> tuple[str, int, int] | None:
        """'Q. Le cessez-le-feu est-il réaliste ?' then 'R. Il est nécessaire. ...', or a line of
        dialogue after one that asks ('— Et face à la Chine ?' / '— Nous devons ...'): the answer of
        an interview, to the end of its line, is the interviewee's, who answered or was presented
        last (the headline's 'X : « ... »', 'X répond à nos questions')."""
        text = self.text
        if not text.startswith(self.cues.answer_markers, sent.start_char):
            return None  # most sentences: one look for all the markers
        line = text.rfind("\n", 0, sent.start_char) + 1
        marker = next((m for m in self.cues.answer_markers if text.startswith(m, sent.start_char)), None)
        if marker is None or text[line:sent.start_char].strip():
            return None
        asked = text[:line].rstrip()
        end = text.find("\n", sent.start_char)
        end = len(text) if end < 0 else end
        if not asked.endswith("?") or text[sent.start_char:end].rstrip().endswith("?"):
            return None  # no question just before, or a question itself
        last = self.speakers.speaker
        speaker = last.actor if last is not None and self.speakers.type_of(last.actor) == "Person" else \
            self.speakers.person_in_focus(sent.start_char)
        return (speaker, sent.start_char + len(marker), end) if speaker else None

    def _signature(self, sent: Span) -> str | None:
        """'— Emmanuel Macron (@EmmanuelMacron) March 13, 2020': the line that signs an embedded post."""
        if self.cues.signature_dashes.isdisjoint(self.folded.texts[sent.start:min(sent.start + 2, sent.end)]):
            return None
        tokens = [t for t in tokens_of(self.doc)[sent.start:min(sent.start + 10, sent.end)] if not t.is_space]
        if len(tokens) < 2 or tokens[0].text not in self.cues.signature_dashes or not any(
                t.text.startswith("@") for t in tokens[2:8]):
            return None  # a dash opening a line of dialogue or a list is no signature: the handle is
        return self.speakers.in_phrase(tokens[1]) or self.speakers.actor(tokens[1])

    def _post_before(self, index: int, claims: list[ClaimRecord]) -> tuple[int, int] | None:
        """The text of the post a signature signs: the sentences before it in its paragraph that no
        claim covers yet (a few at most)."""
        first = None
        for k in range(index - 1, max(-1, index - 5), -1):
            sent = self.sents[k]
            if "\n" in self.text[sent.end_char:self.sents[k + 1].start_char] or any(
                    c.start < sent.end_char and sent.start_char < c.end for c in claims):
                break
            first = k
        if first is None:
            return None
        return self.sents[first].start_char, self.sents[index - 1].end_char

    # ------------------------------------------------------------------ quotes
    def _attribution(self, start: int, end: int) -> _Attribution:
        """What attributes a quote: a reporting verb in the incise after it, a name signing it, or
        a verb before it in its sentence (introducing it, or reporting a clause it is part of)."""
        after = after_quote(self.doc, end)
        # '« ... diplomatique. » Kiev a vivement réagi': a quote that ended its sentence, then a new one
        said_after = [] if after and after[0].text[:1].isupper() and self.text[start:end].rstrip()[-1:] in _FULL_STOPS else after
        for token in said_after:
            if token.text in _INVERTED_IMPERSONAL and token.i > 0:  # '», peut-on lire dans', '», lit-on'
                verb = token.doc[token.i - 1]
                if verb.text == "-t" and token.i > 1:  # 'ajoute-t-on'; 'a-t-on indiqué': the participle after it reports
                    verb = token.doc[token.i - 2]
                    if verb.pos_ == "AUX":
                        continue
                return _Attribution(verb, (verb, token), "incise")
            matched = reporting(token, self.cues)
            if matched is None:
                continue
            if any(c.dep_ == "cc" for c in children(token)):
                break  # 'a « réitéré ... » et évoqué « ... »': the quote belongs to the verb before it
            modal = governing_modal(token, self.cues.speech_modals)
            if modal is not None:  # '« ... », s'est contenté de dire X': the modal's incise, X speaks
                return _Attribution(modal, (modal, token), "incise")
            reports_more = not finite(token) or any(c.dep_ in {"ccomp", "xcomp"} and c.i > token.i for c in children(token))
            if reports_more:
                return _Attribution(token, matched[0], "after")
            # 'X a affirmé que ... « ... », a rapporté Y': the incise credits the whole reported sentence to Y
            before = self._verb_before(start, end, after)
            if before is not None and before.verb is not None and self._reports_up_to(before.verb, start):
                return _Attribution(before.verb, before.phrase, "embedded")
            return _Attribution(token, matched[0], "incise")
        opened = opening_incise(said_after)  # '« ... », a tonné X': any verb of an incise
        if opened is not None:
            return _Attribution(opened, (opened,), "incise")
        signed = signature(after, self.cues.signature_dashes)
        if signed is not None and self.speakers.actor(after[signed]):
            return _Attribution(after[signed], (after[signed],), "signed")
        opener = self._opening_verb(start, end)
        if opener is not None:
            return opener
        before = self._verb_before(start, end, after)
        if before is not None:
            return before
        opening = self.doc.char_span(max(0, start - 1), start, alignment_mode="expand")
        if opening is not None:
            colon = self.doc[opening.start - 1] if opening.start > 0 else None
            if colon is not None and colon.text == ":" and (colon.head.pos_ == "VERB" or colon.head.pos_ in {"ADJ", "NOUN"}
                                                           and any(c.dep_ == "cop" for c in children(colon.head))):
                return _Attribution(colon.head, (colon.head,), "colon")  # "X a remercié Y sur X : « ... »", "X a été clair : « ... »"
            incised = incise_before_colon(colon) if colon is not None and colon.text == ":" else None
            if incised is not None:  # 'Rien n'a changé, conteste l'ancien ambassadeur X : « ... »'
                return _Attribution(incised, (incised,), "intro")
        document = self._document_given(start)
        if document is not None:
            return _Attribution(document, (document,), "document")
        return _Attribution(None, (), "none")

    def _document_given(self, start: int) -> Token | None:
        """'Voici le texte du communiqué de l'Élysée :', 'X en a rendu compte dans un communiqué :' and,
        in a paragraph of its own, « ... »: a quote set off below a sentence that ends on a colon and
        names a document whose author it says is that document's text. The document's noun."""
        before = self.text[:start - 1].rstrip()
        if not before.endswith(":") or "\n" not in self.text[len(before):start]:
            return None
        colon = self.doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
        if colon is None:
            return None
        sentence = self._sentence_of(colon.start)
        return next((t for t in sentence if t.pos_ == "NOUN" and t.i not in self.quoted_tokens and self.cues.document(t)
                     and self.speakers.author(t)), None)

    def _verb_before(self, start: int, end: int, after: list[Token]) -> _Attribution | None:
        """The reporting verb before a quote in its sentence: one that introduces it ('a déclaré :
        « ... »') or reports a clause it is part of ('a affirmé que ses objectifs « ... »')."""
        opening = self.doc.char_span(max(0, start - 1), start, alignment_mode="expand")
        if opening is None:
            return None
        sentence = self._sentence_of(opening.start)
        for token in reversed(self.doc[sentence.start:opening.start]):
            matched = reporting(token, self.cues)
            if matched is None or matched[1] in self.cues.clause_only | self.cues.quote_only and \
                    content(*matched, self.cues, sentence) is None:
                continue  # 'soutenir l'Ukraine « aussi longtemps que nécessaire »' quotes no one
            phrase = matched[0]
            between = self.text[phrase[-1].idx + len(phrase[-1].text):start - 1]
            direct = between.strip(" ,") in {"", ":"} or between.rstrip().endswith(":")
            if direct and self._second_statement(token) and not self.speakers.attributed(sentence):
                direct = False  # 'X a accusé Y de « ... » et réclamé « ... »': the quote is the second report's object
            if direct and between.rstrip().endswith(":") and content(*matched, self.cues, sentence) == "clause":
                # 'X a assuré qu'il n'avait aucun projet : « ... »': the clause is a statement, the quote after it another
                return _Attribution(token, phrase, "opened")
            return _Attribution(token, phrase, "intro" if direct and _ends_clause(self.text, end, after) else "embedded")
        return None

    def _second_statement(self, verb: Token) -> bool:
        """'X a accusé Y de « ... » et réclamé « ... »': a participle joined by 'et' to a reporting verb
        before it is a statement of its own, which the sentence reads as one of two (`reported`); the
        quote that is its object does not take the verb from it ('Selon X, Y a ... et ...' stays one
        claim, the source's)."""
        head = verb.head
        return verb.dep_ == "conj" and head.i < verb.i and reporting(head, self.cues) is not None \
            and any(c.dep_ == "cc" for c in children(verb))

    def _reports_up_to(self, verb: Token, start: int) -> bool:
        """Does a reporting verb before a quote report something, in the sentence the quote opens in
        ('a affirmé que ... « ... »', not 'a appelé X et Y, qui « ... »' nor a verb of the sentence
        before a quote whose opening mark the parser left there)?"""
        matched = reporting(verb, self.cues)
        return matched is not None and not any(mark in self.text[verb.idx:start] for mark in _FULL_STOPS) \
            and content(*matched, self.cues, self._sentence_of(verb.i)) is not None

    def _opening_verb(self, start: int, end: int) -> _Attribution | None:
        """'L'Élysée « condamne avec la plus grande fermeté » les frappes', 'Moscou « dément
        catégoriquement »': a quote that opens with a finite reporting verb whose subject is named
        before the quote mark gives that subject's words, the verb quoted with them; not inside a
        clause another verb reports."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        first = next((t for t in span if not (t.is_space or t.is_punct)), None) if span is not None else None
        matched = reporting(first, self.cues) if first is not None else None
        if first is None or matched is None or not finite(first) or not any(
                c.dep_ == "nsubj" and c.pos_ != "PRON" and c.i < first.i and c.i not in self.quoted_tokens for c in children(first)):
            return None  # a pronoun ('elle « salue »') is left to the quote's other readings: read here it cost a dev check claim
        if matched[1] in self.cues.incise_only or content(*matched, self.cues, first.sent) is None:
            return None  # 'Israël « poursuit » ses frappes' reports nothing
        if any(c.dep_ == "mark" for c in children(first)) or any(reporting(a, self.cues) for a in first.ancestors):
            return None  # 'X a affirmé que Moscou « condamne » ...': X's words, Moscow's only as X tells them
        if self.speakers.attributed(first.sent, outside=(start, end)):
            return None  # 'Selon Reuters, Moscou « dément » ...': the source speaks for the sentence
        return _Attribution(first, matched[0], "embedded")

    def _sentence_of(self, token: int) -> Span:
        index = self.sent_of.get(token)
        return self.sents[index] if index is not None else self.doc[token:token + 1].sent

    def _quote_speaker(self, start: int, end: int, attribution: _Attribution) -> tuple[str | None, str | None]:
        speakers = self.speakers
        verb = attribution.verb
        if attribution.how == "signed" and verb is not None:
            return speakers.in_phrase(verb) or speakers.actor(verb), None
        if verb is not None and attribution.how in {"incise", "after", "intro", "embedded", "opened"}:
            who = speakers.of_verb(verb, list(attribution.phrase)) or speakers.cited(verb)
            if who:
                return who, _verb_phrase(Report(verb, attribution.phrase, "", attribution.how, verb))
            if attribution.how == "incise" and self._inverted_pronoun(verb):
                # '« ... », a-t-il déclaré. Le président turc X a ajouté ...': 'il' with no one before
                # it is the person the next sentence names
                who = self._next_subject(self.sent_of.get(verb.i), sourced=False)
                return (who, _verb_phrase(Report(verb, attribution.phrase, "", "incise", verb))) if who else (None, None)
            if attribution.how in {"incise", "intro", "embedded"}:
                return None, None  # the text names a source we do not know: not whoever spoke before
        if verb is not None and attribution.how == "document":  # the text of a document set off after a colon: its author's
            return self.speakers.author(verb), None
        if verb is not None and attribution.how == "colon":  # a clause of any verb opens the quote: its subject speaks
            who = speakers.of_verb(verb, [verb])
            if who:
                return who, _verb_phrase(Report(verb, attribution.phrase, "", "intro", verb))
        opening = self.doc.char_span(max(0, start - 1), start, alignment_mode="expand")
        if opening is not None:
            source = speakers.attributed(self._sentence_of(opening.start), outside=(start, end))
            if source:
                return source
        opening_sentence = self._sentence_of(opening.start) if opening is not None else None
        stands_alone = opening_sentence is not None and not self.text[opening_sentence.start_char:start].strip(" «\"\u201c\n")
        recent = [m for m in (speakers.speaker, speakers.focus) if m is not None and 0 <= start - m.at <= _ORPHAN_REACH]
        if recent and stands_alone:  # a quote standing alone continues the last speaker; one inside a sentence does not
            return max(recent, key=lambda m: m.at).actor, None
        if stands_alone:  # '« ... » Le chef de la diplomatie européenne, X, ne cache pas son pessimisme.'
            return self._subject_after(end), None
        return None, None

    def _points_back(self, sent: Span) -> bool:
        """"C'est ce qu'a indiqué X", "C'est en ces termes que X ...", 'Ainsi s'est exprimé X',
        'Voilà ce qu'a dit X': a sentence that opens pointing back at the one before."""
        words = [t.norm_ for t in sent[:5] if not t.is_space]
        if words and words[0] in self.cues.pointing_back_openers:
            return True
        return len(words) >= 3 and words[0] in {"c'", "c'est", "ce"} and ("ce" in words[1:3] or "ces" in words[1:4])

    def _subject_after(self, end: int) -> str | None:
        """Who a quote that is a sentence of its own, with no one speaking before it, belongs to: the
        source the next sentence of its paragraph names (the Élysée that told both), else the person
        or body that sentence is about."""
        closing = self.doc.char_span(max(0, end - 1), end, alignment_mode="expand")
        index = self.sent_of.get(closing.start) if closing is not None else None
        if index is None or self.text[end:self.sents[index].end_char].strip(" .!?»\"\u201d"):
            return None  # the quote does not end its sentence
        return self._next_subject(index, sourced=True)

    def _inverted_pronoun(self, verb: Token) -> bool:
        """'a-t-il déclaré', 'ajoute-t-elle': the verb's subject is a person pronoun glued after it."""
        near = tokens_of(self.doc)[max(0, verb.i - 2):min(len(self.doc), verb.i + 3)]
        return any(_inverted(t) and fold(t.text.removeprefix("-t-").removeprefix("-")) in self.cues.person_pronouns for t in near)

    def _next_subject(self, index: int | None, sourced: bool) -> str | None:
        """Whom the sentence after sentence `index`, in the same paragraph, names: if `sourced`, the
        source it credits ('Selon un conseiller de l'Élysée, X a exigé ...': the Élysée), else its
        root's named subject (the one a pronoun before it stands for)."""
        if index is None or index + 1 >= len(self.sents):
            return None
        current, following = self.sents[index], self.sents[index + 1]
        if "\n" in self.text[current.end_char:following.start_char]:
            return None  # the next sentence opens another paragraph
        source = self.speakers.attributed(following) if sourced else None
        if source is not None:
            return source[0]
        root = following.root
        return next((who for s in children(root) if s.dep_ in {"nsubj", "nsubj:pass"} and s.pos_ != "PRON"
                     and (who := self.speakers.in_phrase(s)) is not None), None)


def _ends_clause(text: str, end: int, after: list[Token]) -> bool:
    """Does the quote closing at `end` end the clause of the verb before it? 'X a condamné « avec
    la plus grande fermeté » l'attaque' quotes a few words of the sentence that goes on: the
    sentence is what X said, not the quoted words alone."""
    return not after or after[0].is_punct or text[:end].rstrip()[-1:] in {".", "!", "?", "…"}


def _kicker(words: str) -> bool:
    """What may open a line before a headline's speaker: nothing, or a few words set off by a dash,
    a bar or a full stop ('G7 à Biarritz - Trump : « ... »', 'ENTRETIEN. Jean-Noël Barrot : « ... »')."""
    kept = words.strip()
    return not kept or len(kept.split()) <= _KICKER_WORDS and kept[-1] in _KICKER_ENDS


def _where_or_when(words: Span) -> bool:
    """'au Congrès', 'devant l'ONU', 'à Kiev': a few words of place or time after a headline's name."""
    return len(words) <= 4 and words[0].pos_ == "ADP" and all(t.pos_ in {"ADP", "DET", "NOUN", "PROPN", "ADJ"} for t in words)




def _inside_quotes(sent: Span, text: str, quotes: CoverIndex) -> bool:
    raw = text[sent.start_char:sent.end_char]
    body = raw.strip(" «»\"\u201c\u201d.,\n")
    start = sent.start_char + raw.find(body[:10]) if body else sent.start_char
    return quotes.covers(start + 2, start + len(body) - 2)  # a quote from 2 before to 2 after it


def _relative_on_source(verb: Token, cues: ClaimCues) -> bool:
    """'..., selon le porte-parole X, qui a réitéré que ...': a relative on the source a marker names
    (its name in apposition, or the role before it) reports that source's words of its own; the rest
    of the sentence is what the source is credited with, a second claim."""
    if verb.dep_ != "acl:relcl" or not any(c.dep_.startswith("nsubj") and "Rel" in feature(c, "PronType") for c in children(verb)):
        return False
    noun = verb.head
    while noun.dep_ in {"appos", "flat:name"} and noun.head.i < noun.i:
        noun = noun.head
    return any(c.dep_ == "case" and fold(c.text) in cues.attribution for c in children(noun))


def _manner_of_incise(report: Report, consumed: set[int], cues: ClaimCues) -> bool:
    """'« ... », a déclaré X devant la presse, en appelant ses alliés à ...', '« ... », a assuré X,
    sans exclure un nouvel appel': a gerund or a 'sans' infinitive hung on a quote's incise tells
    how the quote was said, one statement with it, not a claim of its own beginning at the
    incise; one with a clause of its own ('en précisant que ...') adds a statement."""
    verb = report.verb
    return verb.head.i in consumed and verb.head.i != verb.i and report.content not in {"clause", "colon", "quote"} \
        and ("Part" in feature(verb, "VerbForm") and "Pres" in feature(verb, "Tense") or "Inf" in feature(verb, "VerbForm")) \
        and any(c.dep_ == "mark" and c.norm_ in cues.manner_marks for c in children(verb))


def _verb_phrase(report: Report) -> str:
    """The reporting verb as written: 'a déclaré', 'a-t-il ajouté', 's'est dit', 'a fait savoir'."""
    verb = report.verb
    parts = [c for c in children(verb) if c.dep_.startswith("aux") or c.i < verb.i and c.norm_ in {"se", "s'"}
             or c.i == verb.i - 1 and fold(c.lemma_) in {"avoir", "etre"}]  # 'a tweeté': 'a' hung as 'dep'
    parts += [c for c in children(verb) if _inverted(c)]
    tokens = sorted([*report.phrase, *parts], key=lambda t: t.i)
    doc = verb.doc
    first, last = tokens[0].i, tokens[-1].i
    while last + 1 < len(doc) and _inverted(doc[last + 1]):  # 'affirme-t-il', whatever the parser hung '-il' on
        last += 1
    if first >= 2 and _inverted(doc[first - 1]):  # 'a-t-on ajouté' with 'a' hung elsewhere
        before = first - 1
        while before > 0 and _inverted(doc[before - 1]):
            before -= 1
        if before > 0 and doc[before - 1].pos_ == "AUX" and not doc[before - 1].whitespace_:
            first = before - 1
    return doc[first:last + 1].text


def _inverted(token: Token) -> bool:
    """'-t', '-il', '-on': a subject pronoun glued after its verb."""
    return token.text.startswith("-") and len(token.text) > 1 and token.text[1:].isalpha()


def _dedupe(claims: list[ClaimRecord]) -> list[ClaimRecord]:
    """A statement reported twice by the same speaker is one claim: the fuller one."""
    kept: list[ClaimRecord] = []
    said: dict[str, list[tuple[str, ClaimRecord]]] = {}  # kept, folded, by speaker: a claim is compared with its speaker's only
    for claim in sorted(claims, key=lambda c: -len(c.text)):
        text = fold(claim.text)
        own = said.setdefault(claim.speaker, [])
        if not any(text in folded and (claim.end <= k.start or k.end <= claim.start) for folded, k in own):
            kept.append(claim)
            own.append((text, claim))
    return sorted(kept, key=lambda c: c.start)
