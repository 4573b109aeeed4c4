"""Merging: the mentions of one article that report the same call become one call.

Mentions with the same participants are one call when their dates agree and both are planned
or both are not: a call that took place and the one the leaders agree to have next are two,
as are calls on different dates ('leur premier entretien, fin janvier' beside today's), 'une
autre conversation', and a try of one side told before the news that failed ('X avait cherché à
joindre Y, sans suite'). A mention that names nobody ('les deux dirigeants ont évoqué ...',
'cet appel') adds its evidence, and its denial or doubt, to the call its paragraph is about, else
to the article's main call; one that names a single person, to that person's call. Sentences
that mention no call belong to the last call of their paragraph, or to the article's main call:
that is what topics and claims attach to.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from kg.nlp.extract.calls.attributes import initiator
from kg.nlp.extract.dates import Publication
from kg.nlp.extract.records import CallRecord, Medium, Span, Status
from kg.nlp.gazetteer import Gazetteer

_NEAR_PUBLICATION = timedelta(days=7)


@dataclass(frozen=True)
class Mention:
    """One sentence's report of a call."""

    sent: int
    paragraph: int
    participants: tuple[str, ...]
    status: Status
    medium: Medium
    date: str | None
    initiator: str | None
    mutual: bool
    duration: float | None
    distinct: bool  # "une autre conversation", one of "à deux reprises": never merged with a call of its own kind
    strong: bool  # may make a call on its own
    evidence: Span
    sought: bool = False  # a call wanted or asked for, told in the past: the plan of the call in the news, if there is one
    earlier: bool = False  # told as past before the news ("avaient déjà parlé"): not dated by the publication
    refers: bool = True  # names its participants, or points back to them ('ils', 'cet entretien'); else it may only add evidence
    demonstrative: bool = False  # "cet entretien": the call just named, whatever tense the sentence is in
    told_of: bool = False  # "l'Élysée a confirmé mardi cet entretien": the call told before, its day the telling's
    certain: bool = True  # its status is stated (a tense, a modality), not assumed for a bare noun ('avant son appel avec X')
    vague: bool = False  # dated by a span of days across two months ('la semaine dernière'), or said to be unknown: no day, not the publication's
    same_day: bool = False  # "dans la soirée", "le même jour": on the day of the call reported before it
    day_before: str | None = None  # "X a présidé mardi un conseil. Dans la soirée, il a appelé Y": the day told before, with no call then
    asked: bool = False  # its doubt is a question ("Un appel entre X et Y ?"): a report of the call outweighs it
    aside: bool = False  # a call named in passing in another call's sentence: the sentence is not about it
    anaphoric: bool = False  # named nobody: it adds evidence and doubt, never a participant
    joins: bool = False  # people who were also on the call just reported ('X a également participé à l'appel')
    pointed: tuple[str, ...] = ()  # whom a pointing-back subject means if no call was told ('X et Y se sont vus. Ils s'étaient parlé')
    firsthand: bool = False  # told by one of its participants in the first person ('« Nous avons eu un très bon appel », a dit X')
    confirmed: bool = False  # confirmed by a side as it is told ('X et Y se sont parlé lundi, a confirmé le cabinet de X')
    carried_out: bool = False  # "l'entretien a bien eu lieu", "a finalement eu lieu": the call planned before took place
    after: str | None = None  # denies any call since that day ('aucun échange depuis mars'): not one on it or before it
    daytime: str | None = None  # "ce matin", "en fin d'après-midi": the part of its day; another part, another call


def merge(mentions: list[Mention], published: Publication) -> list[list[Mention]]:
    """Mentions grouped into calls, in the order the calls are first reported."""
    calls: list[list[Mention]] = []
    known = _Calls(calls)
    pending: list[Mention] = []  # anaphoric mentions before any call: "Les deux hommes ont eu ..."
    rounds: dict[str, Mention] = {}  # "X a eu mardi une série d'entretiens téléphoniques": X's calls told next, undated
    last: list[Mention] | None = None
    host: Mention | None = None  # the last call told of one person alone, with nobody yet: others may join it next
    statuses: dict[int, set[str]] = {}
    for mention in mentions:
        statuses.setdefault(mention.sent, set()).add(mention.status)
    mixed = {sent for sent, found in statuses.items() if len(found) > 1}  # sentences that tell calls of several statuses
    wished = {m.sent: m for m in mentions if m.sought and len(m.participants) >= 2}
    # a plan told in the past joins the call that fulfilled it, wherever the article reports that call
    for mention in [m for m in mentions if not m.sought] + [m for m in mentions if m.sought]:
        mention = _pointing_at_the_wish_before(mention, wished)
        people = frozenset(mention.participants)
        if mention.joins:  # "il y avait aussi X et Y": on the call just reported (this paragraph or the one before)
            told = next((m for m in pending[-1:] if m.sent == mention.sent - 1 and not m.participants and m.medium == "video"), None)
            if told is not None:
                # "Les dirigeants des Vingt-Sept ont tenu une visioconférence. A, B et C ont plaidé pour ...": the
                # meeting just told, of no one named yet
                pending.remove(told)
                everyone = tuple(sorted(people))
                last = [replace(told, participants=everyone), replace(mention, participants=everyone, anaphoric=True)]
                calls.append(last)
                known.refile()
            elif host is not None and host.sent == mention.sent - 1 and (last is None or last[-1].sent < host.sent):
                # "X a convoqué une visioconférence. A, B et C y ont participé": the call of X alone just told
                everyone = tuple(sorted(set(host.participants) | people))
                if rounds.get(host.participants[0]) is host:  # that meeting, not a round of calls of its host
                    del rounds[host.participants[0]]
                last = [replace(host, participants=everyone), replace(mention, participants=everyone, anaphoric=True)]
                calls.append(last)
                known.refile()
            elif last is not None and last[-1].paragraph >= mention.paragraph - 1:
                everyone = tuple(sorted(_participants(last) | people))
                last[:] = [replace(m, participants=everyone) for m in last]
                last.append(replace(mention, participants=everyone, anaphoric=True))
                known.refile()
            continue
        spoken_of = _told_before(mention, people, known, last)
        if spoken_of is not None:
            spoken_of.append(replace(mention, participants=tuple(sorted(_participants(spoken_of))), date=None, anaphoric=True))
            continue
        target: list[Mention] | None = None
        if len(people) >= 2:
            if mention.sought:  # the first such call: the article's main one
                target = next((c for c in known.of(people) if not _planned(c) and
                               not any(m.distinct for m in c) and _in_the_news(c, published)), None)
                if target is not None:
                    target.append(replace(mention, anaphoric=True))
                    continue
                if mention.earlier:  # "il avait voulu s'entretenir avec X": a past wish is no plan
                    continue
            if not mention.certain:  # "avant son appel avec X": the call with X the article reports
                target = next((c for c in _news_first(reversed(known.of(people)), mention) if
                               _dates_agree(c, mention, published)), None)
                if target is not None:
                    mention = replace(mention, anaphoric=True)
            if target is None and _failed_before(mention) and not mention.distinct:
                # "Aucun appel n'a eu lieu entre X et Y. X avait assuré avoir tenté de joindre Y, sans réponse"
                target = next((c for c in reversed(known.of(people)) if _denied(c) and _same_call(c, mention, published)), None)
            elif target is None and not mention.distinct:
                if mention.date is None and last is not None and _participants(last) == people and \
                        _planned(last) == (mention.status == "planned") and not _before_the_stretch(last, mention) \
                        and not _other_daytime(last, mention) and not _denied_then_told(last, mention):
                    target = last  # "... s'est ensuite entretenu avec X": the call just reported
                    if _recalled(last) and not mention.earlier:  # unless it was only recalled, and one in the news is theirs
                        target = next((c for c in _news_first(reversed(known.of(people)), mention)
                                       if not _recalled(c) and _same_call(c, mention, published)), last)
                else:
                    target = next((c for c in _news_first(reversed(known.of(people)), mention)
                                   if _same_call(c, mention, published)), None)
            if target is None and mention.strong:
                target = []
                calls.append(target)
                target.extend(replace(r, participants=mention.participants, anaphoric=True)
                              for r in sorted((rounds[p] for p in people if p in rounds), key=lambda r: r.sent)
                              if not mention.date and r.paragraph >= mention.paragraph - 1 and r.status == mention.status)
        elif len(people) == 1:  # the paragraph's call with that person, else the main one, else the latest
            candidates = known.with_(next(iter(people)))
            if not candidates and mention.strong:
                host = mention
            if not candidates and mention.date and mention.strong:
                rounds[next(iter(people))] = mention
                continue
            target = next((c for c in reversed(candidates) if c[-1].paragraph == mention.paragraph),
                          candidates[0] if candidates and candidates[0] is calls[0] else (candidates[-1] if candidates else None))
            if target is not None and (mention.distinct or _plan_after(target, mention, mixed) or mention.date and (
                    not _dates_agree(target, mention, published) or mention.certain and _planned(target) != (mention.status == "planned"))):
                mention = replace(mention, participants=tuple(sorted(_participants(target))))
                target = []
                calls.append(target)
        elif calls and len(mention.pointed) >= 2 and (
                mention.date and not set(mention.pointed) <= {p for c in calls for p in _participants(c)}
                or mention.status == "denied" and not any(set(mention.pointed) <= _participants(c) for c in calls)):
            # "X a appelé Y. Depuis, les contacts avec Z se sont intensifiés. Les deux hommes se sont parlé le
            # 5 mars": a call of its own day, of the pair named just before, one of them on no call told yet;
            # not the last call's pair (undated, 'les deux présidents ont discuté de Z' tells of the call just told).
            # A denial needs no day: "X a appelé Y. Z dément tout contact entre X et W : « Il n'y a pas eu d'appel
            # entre les deux hommes »" denies X and W's call, not the call just told (W may be on another call)
            mention = replace(mention, participants=mention.pointed)
            target = []
            calls.append(target)
        elif calls:
            target = last if last is not None and last[-1].paragraph == mention.paragraph else calls[0]
            if mention.certain and _planned(target) != (mention.status == "planned"):
                # "Après leur appel de mardi, X et Y se reparleront. Lors de leur échange, ils ont évoqué Z":
                # the pair's call of the paragraph that the tense tells, not the plan just named
                target = next((c for c in reversed(known.of(_participants(target))) if c[-1].paragraph == mention.paragraph
                               and _planned(c) == (mention.status == "planned")), target)
            if (mention.refers or mention.distinct or _recalled_by_day(target, mention, published)) and \
                    _another_of_the_pair(target, mention, published):
                # "les deux dirigeants s'étaient déjà entretenus le 12 février", "ils se reparleront
                # prochainement", "ils se sont déjà parlé à deux reprises": another call of the same pair; one
                # recalled by its day and naming nobody is named in passing, the sentence is about the call before
                mention = replace(mention, participants=tuple(sorted(_participants(target))),
                                  aside=mention.aside or not (mention.refers or mention.distinct))
                target = []
                calls.append(target)
        elif not calls and mention.strong:
            pending.append(mention)
            continue
        if target is None:
            continue
        if target and len(people) < 2:
            mention = replace(mention, participants=tuple(sorted(_participants(target))), anaphoric=True)
        target.append(mention)
        if pending and len(target) == 1:
            for waiting in pending:  # "C'était leur premier entretien depuis mars. X et Y ont parlé lundi."
                if len(waiting.pointed) >= 2 and set(waiting.pointed) != set(mention.participants):
                    # "X appelait Y chaque semaine. Leur dernier entretien remonte à mars. X a parlé avec Z": X and Y's
                    calls.append([replace(waiting, participants=waiting.pointed)])
                elif waiting.refers and _another_of_the_pair(target, waiting, published):
                    calls.append([replace(waiting, participants=mention.participants)])
                elif not _denies_what_follows(waiting, mention) and not _started_by_another(mention, waiting):
                    target.append(replace(waiting, participants=mention.participants, anaphoric=True))
            pending = []
        if not mention.aside:  # "X a appelé Y, une première depuis mars. L'échange a duré une heure": not March's
            last = target
    if not calls:  # "X et Y se sont vus à Rome. Ils s'étaient parlé au téléphone le 3 mars": the pair of the subject before
        for waiting in (replace(m, participants=m.pointed) for m in pending if len(m.pointed) >= 2):
            same = next((c for c in calls if _participants(c) == set(waiting.participants) and _same_call(c, waiting, published)), None)
            if same is None and calls and waiting.date is None and not waiting.distinct and calls[-1][-1].sent == waiting.sent \
                    and _participants(calls[-1]) == set(waiting.participants):
                same = calls[-1]  # "Ils ont échangé en décembre, lors d'un entretien sur X": the call its sentence just dated
            if same is None:
                calls.append([waiting])
            else:
                same.append(waiting)
    return _headline_spread(_headline_folded(calls))


def _headline_spread(calls: list[list[Mention]]) -> list[list[Mention]]:
    """'X et Y se sont précipités au téléphone' under 'Victoire de Z :': a headline that puts
    more leaders than two in one undated call the article tells as several calls of fewer, which
    between them take in all its leaders (X with Z, Y with Z), names those calls, not one more."""
    kept: list[list[Mention]] = []
    for call in calls:
        people = _participants(call)
        parts = [] if len(people) < 3 or any(m.paragraph or m.date or m.distinct for m in call) else [
            c for c in calls if c is not call and _participants(c) < people and _planned(c) == _planned(call)]
        if not parts or frozenset().union(*map(_participants, parts)) != people:
            kept.append(call)  # dropped otherwise, its words kept off those calls: a headline's are the article's gist
    return kept


def _headline_folded(calls: list[list[Mention]]) -> list[list[Mention]]:
    """A headline names the leaders it has room for ('X, Y et Z ont discuté au téléphone'): the
    undated call it alone reports is the article's call of those leaders and more, if there is one."""
    kept: list[list[Mention]] = []
    for call in calls:
        people = _participants(call)
        fuller = None if any(m.paragraph or m.date or m.distinct for m in call) else next(
            (c for c in calls if c is not call and _participants(c) > people and _planned(c) == _planned(call)), None)
        if fuller is None:
            kept.append(call)
        else:
            everyone = tuple(sorted(_participants(fuller)))
            fuller[:] = sorted([*fuller, *(replace(m, participants=everyone, anaphoric=True) for m in call)], key=lambda m: m.sent)
    return kept


def record(call: list[Mention], published: Publication, gazetteer: Gazetteer, main_day: str | None = None) -> CallRecord:
    """One call's record from its mentions; `main_day` is the day of the article's main call,
    which an undated call 'dans la soirée' or 'le même jour' shares."""
    # "X a eu un entretien avec Y. Ils ne s'étaient pas parlé depuis un mois": the plus-que-parfait
    # denies calls before this one, not this one; but with no call named besides ('X a dit qu'il n'avait
    # pas parlé à Y. « Je reste ouvert à une conversation »'), the denial is what the text tells
    kept = [m for m in call if not (m.status == "denied" and m.earlier)]
    telling = kept if any(not m.anaphoric for m in kept) else call
    named = [m for m in telling if not m.anaphoric] or telling
    statuses = {m.status for m in named} | _doubts(named, telling)
    if "occurred" in statuses and all(m.asked for m in call if m.status == "unconfirmed"):
        statuses.discard("unconfirmed")  # a headline's question, answered by the article
    if "unconfirmed" in statuses and any((m.firsthand or m.confirmed) and m.status == "occurred" for m in call):
        statuses = statuses - {"unconfirmed"} | {"occurred"}  # a report one of its participants (or a side) confirms
    if statuses == {"planned"} and any(m.carried_out and m.sent > named[0].sent for m in telling):
        statuses = {"occurred"}  # "X devait appeler Y lundi. L'entretien a bien eu lieu": the plan, carried out
    status: Status = next((s for s in ("denied", "unconfirmed", "occurred") if s in statuses), "planned")
    when = next((m.date for m in named if m.date), None) or next((m.date for m in call if m.date), None)
    # "ils ont également convenu de se reparler": 'également' adds a plan to the call told before, not its day;
    # "X avait également sollicité un entretien avec Z, qui n'a pas eu lieu": nor a day to a call that never was
    if when is None and status not in {"planned", "denied"} and any(m.same_day for m in named):
        when = main_day or next((m.day_before for m in named if m.day_before), None) or (
            published.exact.isoformat() if published.exact and status == "occurred" else None)
    if when is None and status == "occurred" and published.exact and not any(m.earlier or m.vague for m in named):
        when = published.exact.isoformat()  # news reports the day's calls: undated, it is the publication day
    participants = tuple(sorted(named[0].participants))
    mutual = any(m.mutual for m in call)
    caller = None if mutual else initiator([m.initiator for m in call if m.initiator], participants, gazetteer)
    return CallRecord(
        participants=participants,
        initiator=caller,
        date=when,
        duration_min=next((m.duration for m in call if m.duration), None),
        medium="video" if any(m.medium == "video" for m in named) else "phone",
        status=status,
        topics=(),
        evidence=tuple(dict.fromkeys(m.evidence for m in call)),
    )


def _doubts(named: list[Mention], telling: list[Mention]) -> set[str]:
    """The denial or doubt that mentions naming nobody add to a call ('Le Kremlin a démenti').
    A call only planned cannot be said not to have happened: 'X comptait parler bientôt avec Y.
    Moscou a démenti tout projet d'appel' denies the plan, which stays X's plan, still planned."""
    doubts: set[str] = {m.status for m in telling if m.anaphoric and m.status in {"denied", "unconfirmed"}}
    return doubts - {"denied"} if all(m.status == "planned" for m in named) else doubts


def sentence_calls(paragraph: list[int], calls: list[list[Mention]], about_main: list[bool],
                   about_others: set[int]) -> dict[int, tuple[int, ...]]:
    """Each sentence's calls: its own, else those of the last sentence of its paragraph that had
    some, else the main call (with those told alike beside it) when the paragraph names one of its participants or speaks of someone
    named before ('il', 'ils'): a paragraph of background does neither, nor a sentence that points
    back to people of another meeting (`about_others`). A sentence's own calls are
    the first it tells and those told alike beside it (same status, day and medium: 'X a appelé Y
    puis Z'), so what follows ('ils ont évoqué la crise') is about each of them."""
    own: dict[int, tuple[int, ...]] = {}
    pointing_back: set[int] = set()  # sentences whose only calls are those they point back to
    for named in (True, False):  # a call the sentence names before one it only points back to ('cette visioconférence')
        firsts: dict[int, Mention] = {}
        for i, call in enumerate(calls):
            for m in call:
                if m.aside or m.anaphoric == named:
                    continue
                first = firsts.setdefault(m.sent, m)
                if m.sent not in own:
                    own[m.sent] = (i,)
                    if not named:
                        pointing_back.add(m.sent)
                elif first is not m and _told_alike(first, m) and i not in own[m.sent]:
                    own[m.sent] += (i,)
    main_paragraphs = {paragraph[i] for i in range(len(paragraph)) if about_main[i]}
    main = next((group for _, group in sorted(own.items()) if 0 in group), (0,))  # the main call and those told with it
    result: dict[int, tuple[int, ...]] = {}
    current: tuple[int, ...] = ()
    for index in range(len(paragraph)):
        if index and paragraph[index] != paragraph[index - 1]:
            current = ()
        here = own.get(index, current)
        if not (index in pointing_back and set(here) <= set(current)):  # 'ils ont parlé de…' after 'X a appelé Y puis Z'
            current = here
        if current:
            result[index] = current
        elif calls and paragraph[index] in main_paragraphs and index not in about_others:
            result[index] = main
    return result


def _told_alike(first: Mention, other: Mention) -> bool:
    return (first.status, first.date, first.medium) == (other.status, other.date, other.medium)


def _news_first(calls: Iterable[list[Mention]], mention: Mention) -> list[list[Mention]]:
    """Where a call told in the present or passé composé may go: the calls in the news first,
    those the article only recalls ('ils ne s'étaient plus parlé depuis 2022') after them;
    a call itself recalled goes anywhere, in order."""
    ordered = list(calls)
    return ordered if mention.earlier else sorted(ordered, key=_recalled)  # stable: recency kept within each kind


def _recalled(call: list[Mention]) -> bool:
    """A call the article only recalls, every report of it told as before the news."""
    return all(m.earlier for m in call)


class _Calls:
    """The calls merged so far, by who is on them, in the order they were first reported: a
    mention is compared with the calls of its people only (every call, on a long article, made
    merging quadratic). A call's people are its first mention's, so each call is filed once,
    when first asked after it was added, unless people join it (`refile`)."""

    def __init__(self, calls: list[list[Mention]]) -> None:
        self.calls, self.filed = calls, 0
        self.by_people: dict[frozenset[str], list[list[Mention]]] = {}
        self.by_person: dict[str, list[list[Mention]]] = {}

    def _file(self) -> None:
        for call in self.calls[self.filed:]:
            self.by_people.setdefault(_participants(call), []).append(call)
            for person in _participants(call):
                self.by_person.setdefault(person, []).append(call)
        self.filed = len(self.calls)

    def refile(self) -> None:
        """File every call again: one's people changed ('il y avait aussi X et Y')."""
        self.filed = 0
        self.by_people.clear()
        self.by_person.clear()

    def of(self, people: frozenset[str]) -> list[list[Mention]]:
        """The calls of exactly these people."""
        self._file()
        return self.by_people.get(people, [])

    def with_(self, person: str) -> list[list[Mention]]:
        """The calls this person is on."""
        self._file()
        return self.by_person.get(person, [])


def _participants(call: list[Mention]) -> frozenset[str]:
    return frozenset(call[0].participants)


def _plan_after(call: list[Mention], mention: Mention, mixed: set[int]) -> bool:
    """'X a parlé mardi avec Y. Il doit le rappeler dans la semaine': a plan told, undated, in a
    sentence after a call that took place is the next call. Not in the same sentence, which may
    read that very call twice, nor in one that also tells a call of another status ('X avait
    demandé un entretien avec Y, mais n'a pas eu de retour à son appel': the call asked for)."""
    return mention.certain and mention.status == "planned" and not mention.sought and mention.sent not in mixed and \
        all(m.status == "occurred" and m.sent < mention.sent for m in call)


def _denied(call: list[Mention]) -> bool:
    """A call all its own mentions deny: a failed try of one side of it is the evidence of that
    denial ('X avait tenté de joindre Y, sans obtenir de réponse'), not a call of its own."""
    return all(m.status == "denied" for m in call if not m.anaphoric)


def _planned(call: list[Mention]) -> bool:
    return all(m.status == "planned" for m in call if not m.anaphoric)


def _same_call(call: list[Mention], mention: Mention, published: Publication) -> bool:
    return _participants(call) == frozenset(mention.participants) and not any(m.distinct for m in call) and \
        _planned(call) == (mention.status == "planned") and _dates_agree(call, mention, published) and \
        not _other_daytime(call, mention) and not _denied_then_told(call, mention)


def _denied_then_told(call: list[Mention], mention: Mention) -> bool:
    """'Le bureau de X a démenti tout appel avec Y cette semaine. [...] X et Y se sont parlé une
    seule fois, en novembre': a call that took place, told in a later paragraph than the denial it
    follows, is another call than the one denied, not one the denial takes back. Only when it may
    make a call on its own (a weaker word is the call the article is about), and not after a
    headline's denial, which tells in short the call the body reports."""
    named = [m for m in call if not m.anaphoric]
    return mention.status == "occurred" and mention.certain and mention.strong and bool(named) and \
        all(m.status == "denied" and 0 < m.paragraph < mention.paragraph for m in named)


def _other_daytime(call: list[Mention], mention: Mention) -> bool:
    """'X et Y se sont parlé ce matin' and 'X et Y se sont reparlé en fin d'après-midi': told at
    two parts of the day, two calls."""
    told = {m.daytime for m in call if m.daytime}
    return mention.daytime is not None and bool(told) and mention.daytime not in told


def _pointing_at_the_wish_before(mention: Mention, wished: dict[int, Mention]) -> Mention:
    """'X a fait savoir qu'il avait l'intention d'appeler Y. Leur dernier entretien remonte à mars':
    a mention that names nobody and points at no pair, right after a sentence of its paragraph that
    told a wish of a call of X and Y, is of that pair. Wishes are merged after every other mention,
    so the call just merged before it is an older one (the article's main call), not theirs."""
    before = wished.get(mention.sent - 1)
    if mention.participants or mention.pointed or not mention.refers or before is None or before.paragraph != mention.paragraph:
        return mention
    return replace(mention, pointed=before.participants)


def _told_before(mention: Mention, people: frozenset[str], known: _Calls, last: list[Mention] | None) -> list[Mention] | None:
    """'L'Élysée a confirmé mardi cet entretien', 'c'est X qui avait demandé cet échange dès
    samedi': a verb that takes the call just told as its object says something of that call (who
    confirmed it, who asked for it); the day in its clause is the confirmation's or the request's,
    and a request told in the past is no plan of another call. The last call of its people, else
    the last call told."""
    if not mention.told_of:
        return None
    if len(people) >= 2:
        return next(reversed(known.of(people)), None)
    return last if not people or last is not None and people <= _participants(last) else None


def _failed_before(mention: Mention) -> bool:
    """'X et Y se sont parlé hier. En novembre, X avait cherché à joindre Y, mais Moscou n'avait pas
    donné suite': a try of one side, told in the plus-que-parfait, that came to nothing is a call
    of its own before the news, denied; not a denial of the call in the news, nor of calls 'since'
    ('ils ne s'étaient pas parlé depuis mars' only dates the call in the news)."""
    return mention.status == "denied" and mention.earlier and mention.initiator is not None and not mention.mutual \
        and mention.after is None


def _started_by_another(told: Mention, nameless: Mention) -> bool:
    """'Les deux chefs d'État se seraient parlé début mai, à l'initiative du président français',
    a paragraph before the first call told, of the Rwandan president with the Senegalese one: a
    mention that names nobody but whoever started its call, someone not on that call, is of another
    call (of people it leaves unresolved); it adds neither evidence nor doubt to that one. Only for a
    paragraph of its own: 'à la demande de la partie iranienne' beside the call names a side of it."""
    return nameless.initiator is not None and not nameless.participants and nameless.paragraph < told.paragraph \
        and nameless.initiator not in told.participants


def _denies_what_follows(waiting: Mention, told: Mention) -> bool:
    """'« Il n'y a eu aucune conversation », a dit le porte-parole. X s'est entretenu avec Y': a
    denial that names nobody, before any call, is not about the call told after it as having taken
    place; whom it concerns is unknown, so it is no call."""
    return waiting.status == "denied" and told.status == "occurred" and told.certain


def _another_of_the_pair(call: list[Mention], mention: Mention, published: Publication) -> bool:
    """Does a mention that names fewer than two people report another call of this call's pair: one
    told apart ('une autre conversation'), on another date, or of another kind (planned after
    one that took place), or at another part of the day ('ils se sont reparlé dans l'après-midi'
    after a call of the morning)? Not when it points at this call ('cet entretien')."""
    if mention.distinct and mention.demonstrative and _recalled(call):
        return False  # "Ils s'étaient parlé le 21 février. Ce précédent appel, d'une heure, ...": the call just recalled
    if mention.distinct or mention.date and not _dates_agree(call, mention, published) or _other_daytime(call, mention):
        return True
    return mention.strong and mention.certain and not mention.demonstrative and not mention.sought and \
        _planned(call) != (mention.status == "planned")


def _recalled_by_day(call: list[Mention], mention: Mention, published: Publication) -> bool:
    """'X et Y se sont parlé lundi. Rappelant l'entretien qu'ils avaient eu le 20 décembre, X a
    relevé ...': a bare call noun that names nobody, dated to a full day before the call it
    would join, is an earlier call of that pair recalled, not more evidence of this one."""
    theirs = _explicit_date(call) or (published.exact.isoformat() if published.exact else None)
    return mention.strong and not mention.certain and mention.date is not None and len(mention.date) == 10 \
        and theirs is not None and len(theirs) == 10 and mention.date < theirs


def _in_the_news(call: list[Mention], published: Publication) -> bool:
    """The call the article reports as news: undated, or dated near a known publication day."""
    dated = _explicit_date(call)
    day = published.exact
    return dated is None or day is not None and len(dated) == 10 and abs(date.fromisoformat(dated) - day) <= _NEAR_PUBLICATION


def _explicit_date(call: list[Mention]) -> str | None:
    return next((m.date for m in call if m.date), None)


def _dates_agree(call: list[Mention], mention: Mention, published: Publication) -> bool:
    """Two dates agree when one contains the other ('2024-10' and '2024-10-06'); a single date
    agrees with an undated mention when it is near the publication, where undated news is."""
    mine, theirs = mention.date, _explicit_date(call)
    if _before_the_stretch(call, mention):
        return False
    if mine and theirs:
        return mine.startswith(theirs) or theirs.startswith(mine)
    dated = mine or theirs
    if dated is None:
        return True
    day = published.exact
    if day is None:
        month = published.month_value()
        return month is None or dated.startswith(month) or month.startswith(dated)
    if len(dated) != 10:
        return day.isoformat().startswith(dated)
    return abs(date.fromisoformat(dated) - day) <= _NEAR_PUBLICATION


def _before_the_stretch(call: list[Mention], mention: Mention) -> bool:
    """'X a appelé Y le 3 octobre. Il n'y a eu aucun échange entre eux depuis octobre': the denial
    covers the days after its 'depuis', not a call dated on that day or before it."""
    theirs = _explicit_date(call)
    return mention.after is not None and theirs is not None and theirs[:len(mention.after)] <= mention.after
