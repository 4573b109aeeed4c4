"""Who says 'je' outside quotes, and whom a question's 'vous' means: the interviewee of a document
laid out as an interview, read by the calls and by the claims alike.

An interview prints each question on a line of its own ('— Et avec Berlin ?') and the answer on
the lines after it, the interviewee's words without quotes: 'J'ai eu hier mon homologue X au
téléphone' is a call of the interviewee's. Elsewhere a 'je' outside quotes is the writer's, or
someone's we cannot tell, and stays unresolved. The 'vous' a question's statements address is the
interviewee too: 'Vous avez eu X au téléphone jeudi. Que vous a-t-il dit ?' tells the interviewee's
call, as an answer's 'je' would; 'Avez-vous parlé à X ?' only asks, and tells no call.
"""
from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from kg.nlp.cues import cues
from kg.nlp.extract.records import ActorMention
from kg.nlp.extract.words import CLOSING_QUOTES, OPENING_QUOTES, feature
from kg.text import fold

_LABEL_MARKS = frozenset(cues()["interview_label_marks"])  # 'X. — Oui.', 'X : Oui.': the interviewee labelling an answer
_CREDITS = tuple(fold(x) for x in cues()["interview_credits"])  # 'Propos recueillis par X': the interviewer, whom the lead names too
_SECOND_PERSON = frozenset(fold(x) for x in cues()["second_person"])  # 'Vous avez eu X au téléphone ?': the interviewee


@dataclass(frozen=True)
class Interview:
    """Who the words of an interview's answers and the 'vous' of its questions stand for."""

    answers: dict[int, str]  # character offset of each word of the answers, outside quotes -> the interviewee
    addressed: dict[int, str]  # character offset of each 'vous' the questions state (not ask) -> the interviewee


def interview_answers(sents: Sequence[Span], paragraph: Sequence[int], at: dict[int, ActorMention], people: Collection[str],
                      quoted: Collection[int]) -> Interview | None:
    """The answers and the questions' 'vous' of a document laid out as an interview, each the
    interviewee's (`paragraph`: each sentence's paragraph number); None for any other document.

    The layout: two questions at least, each a paragraph ending with '?' that a paragraph of
    answer follows; then also the questions stated rather than asked (`_puts`), the first of them
    too when its answer comes right after it; the interviewer's credit ('Propos recueillis par Y'),
    at the top or at the end, is no answer. The interviewee: the person an answer opens with,
    labelled ('X. — Oui.', 'X : Oui.'), else the one person the title and lead name outside quotes
    (the headline's 'X : « ... »'), the credit aside, else the one person the title names; no one
    when it names several."""
    paragraphs: list[list[Span]] = []
    for index, sent in enumerate(sents):
        if index == 0 or paragraph[index] != paragraph[index - 1]:
            paragraphs.append([])
        paragraphs[-1].append(sent)
    asks = [_asks(p[-1]) for p in paragraphs]
    answered = [k for k in range(len(paragraphs) - 1) if asks[k] and not asks[k + 1]]
    if len(answered) < 2:
        return None
    puts = [asks[k] or _puts(p, quoted) for k, p in enumerate(paragraphs)]
    first = answered[0]
    while first >= 2 and puts[first - 2] and not puts[first - 1]:
        first -= 2  # 'Monsieur le Président, vous allez rencontrer X.' then its answer: a question stated, not asked
    norms = sents[0].doc._.folded.norms
    credits = {k for k, p in enumerate(paragraphs) if " ".join(norms[p[0].start:p[0].start + 4]).startswith(_CREDITS)}
    answers = [p for k, p in enumerate(paragraphs) if k > first and not puts[k] and k not in credits]
    interviewee = next((person for p in answers if (person := _label(p[0], at, people))), None)
    if interviewee is None:
        marked = {i for p in paragraphs[:first] for s in p for i in _between_marks(s)}
        named = [{at[t.i].actor for s in p for t in s if t.i in at and at[t.i].actor in people and t.idx not in quoted
                  and t.i not in marked and k not in credits} for k, p in enumerate(paragraphs[:first])]
        lead = set().union(*named)
        if len(lead) == 1:
            interviewee = lead.pop()
        elif named and len(named[0]) == 1:  # 'X : « ... »', then a lead on 'ses échanges avec les dirigeants russe et américain'
            interviewee = named[0].pop()
        else:
            return None
    questions = [p for k, p in enumerate(paragraphs) if k >= first and puts[k]]
    return Interview({t.idx: interviewee for p in answers for s in p for t in s if t.idx not in quoted and not _we(t)},
                     {t.idx: interviewee for p in questions for s in p if not _asks(s) for t in s
                      if t.idx not in quoted and t.pos_ == "PRON" and t.norm_ in _SECOND_PERSON})


def _we(token: Token) -> bool:
    """'Nous avons parlé de l'énergie', 'Nous nous sommes entretenus avec Y': an interviewee's 'nous'
    is a government, a country, or the two sides of a call, never the interviewee alone."""
    return token.pos_ == "PRON" and "1" in feature(token, "Person") and "Plur" in feature(token, "Number")


def _between_marks(sent: Span) -> set[int]:
    """The words of a sentence between quotation marks, whoever the claims found said them: the
    headline 'X : « Y m'a dit que ... »' names Y inside the interviewee's words, and no claim
    gives that quote a speaker of its own (the whole line is X's)."""
    inside, found = False, set()
    for token in sent:
        if inside and token.text in CLOSING_QUOTES:
            inside = False
        elif token.text in OPENING_QUOTES:
            inside = True
        elif inside:
            found.add(token.i)
    return found


def _puts(paragraph: Sequence[Span], quoted: Collection[int]) -> bool:
    """Is the paragraph of an interview a question, though it ends with no question mark? 'Et X ?
    On le dit très impliqué.' asks before it states; 'Certains vous accusent de ...' addresses the
    interviewee, and an answer that says no 'je', 'me' or 'moi' does neither."""
    words = [t for s in paragraph for t in s if t.idx not in quoted and t.pos_ == "PRON"]
    if any("1" in feature(t, "Person") and "Sing" in feature(t, "Number") for t in words):
        return False
    return any(_asks(s) for s in paragraph) or any(t.norm_ in _SECOND_PERSON for t in words)


def _asks(sent: Span) -> bool:
    """Does the sentence end with a question mark (a question, on the line it ends)?"""
    words = [t for t in sent if not t.is_space]
    return bool(words) and words[-1].text == "?"


def _label(first: Span, at: dict[int, ActorMention], people: Collection[str]) -> str | None:
    """'X. — Absolument pas.', 'X : Non.': the person whose name, then a dash or a colon, opens
    the answer (the full stop after the name aside)."""
    mention = at.get(first.start)
    if mention is None or mention.token_start != first.start or mention.actor not in people:
        return None
    doc = first.doc
    after = [t for t in doc[mention.token_end:min(mention.token_end + 3, len(doc))] if not t.is_space and t.text != "."]
    return mention.actor if after and after[0].text in _LABEL_MARKS else None
