"""Reports of one call, across documents, taken for one call: which, and why.

Pure functions over small records (`Report`), so the rules read and test without a store:

1. Reports that name the same participants and the same day are one call ("same participants
   and day"), whatever else they say, save one thing: a call planned for that day and a call
   that took place (or was denied, or is unconfirmed) are two, since a morning's "X doit
   s'entretenir ce mardi avec Y" tells a plan that an evening's report may tell carried out
   (and each article's reader reads its own). Where they disagree otherwise, the call shows
   the strongest status and each report keeps its own.
2. A report dated only to the month joins the one call of the same participants dated to a day
   of that month when the two meet ("same participants, month and topic"): no report of that
   call comes from the report's own document (the extraction told those apart), they agree on
   the medium and on whether the call is planned, and they share a topic. A report that could
   join several such calls joins none: it does not say which.
3. Reports dated only to the month that meet in the same way among themselves are one call.

A user's split (`kg merges split`) is applied first: the reports of the split call, or only
those of one document, each stay a call of their own and join none of those reports again.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from kg.nlp.extract.records import STATUS_RANK

Reason = Literal["day", "month"]


@dataclass(frozen=True)
class Report:
    """One document's report of a call, as read back from the store (actors as IRIs)."""

    iri: str
    document: str  # the document's id
    participants: frozenset[str]
    date: str | None
    status: str
    medium: str
    initiator: str | None = None
    duration: float | None = None
    topics: frozenset[str] = frozenset()

    @property
    def month(self) -> str | None:
        return self.date[:7] if self.date and len(self.date) >= 7 else None

    @property
    def day(self) -> str | None:
        return self.date if self.date and len(self.date) == 10 else None


@dataclass(frozen=True)
class Split:
    """A user's decision: the reports of `call` stay apart (all, or only `document`'s)."""

    call: str
    document: str | None = None
    created: str | None = None  # when the user decided (xsd:dateTime)


@dataclass(frozen=True)
class Group:
    """The reports taken for one call, the call's IRI and why they were merged (None: one report)."""

    iri: str
    reports: tuple[Report, ...]
    reason: Reason | None = None


@dataclass(frozen=True)
class United:
    """A call's own values, from its reports: what the calls graph says of it."""

    participants: frozenset[str]
    date: str | None
    status: str
    medium: str
    initiator: str | None
    duration: float | None
    topics: frozenset[str]


def group(reports: Iterable[Report], day_iri: Callable[[frozenset[str], str, bool], str],
          single_iri: Callable[[str], str], splits: Iterable[Split] = ()) -> list[Group]:
    """Every call the reports make, each with its reports in document order.

    `day_iri(participants, day, planned)` names the call of those participants on that day (or
    the one planned for it);
    `single_iri(report)` the call of a report alone (kg.graph.rdf decides IRIs, not this module).
    """
    ordered = sorted(reports, key=_order)
    splits = list(splits)
    apart_all = {s.call for s in splits if s.document is None}
    apart_doc = {(s.call, s.document) for s in splits if s.document is not None}
    alone: list[Report] = []
    by_day: dict[tuple[frozenset[str], str, bool], list[Report]] = defaultdict(list)
    month_only: list[Report] = []
    for report in ordered:
        if report.day is not None:
            key = (report.participants, report.day, report.status == "planned")
            iri = day_iri(*key)
            if iri in apart_all or (iri, report.document) in apart_doc:
                alone.append(report)
            else:
                by_day[key].append(report)
        elif report.month is not None and report.topics:
            month_only.append(report)
        else:
            alone.append(report)

    groups: dict[str, list[Report]] = {}
    reasons: dict[str, Reason | None] = {}
    for key, members in by_day.items():
        iri = day_iri(*key)
        groups[iri] = members
        reasons[iri] = "day" if len(members) > 1 else None

    days_of_month: dict[tuple[frozenset[str], str], list[str]] = defaultdict(list)  # (participants, month) -> day calls
    for (participants, day, planned) in by_day:
        days_of_month[(participants, day[:7])].append(day_iri(participants, day, planned))
    unplaced: list[Report] = []
    for report in month_only:
        if single_iri(report.iri) in apart_all:
            alone.append(report)
            continue
        targets = [iri for iri in days_of_month.get((report.participants, report.month or ""), ())
                   if iri not in apart_all and (iri, report.document) not in apart_doc and _joins(report, groups[iri])]
        if len(targets) == 1:
            groups[targets[0]].append(report)
            reasons[targets[0]] = "month"
        else:
            unplaced.append(report)

    # month-only reports among themselves, one cluster at a time (a report meeting several joins none)
    clusters: dict[tuple[frozenset[str], str | None], list[list[Report]]] = defaultdict(list)
    for report in unplaced:
        candidates = clusters[(report.participants, report.month)]
        meeting = [c for c in candidates if _joins(report, c)]
        if len(meeting) == 1:
            meeting[0].append(report)
        else:
            candidates.append([report])
    for cluster in (c for same in clusters.values() for c in same):
        principal = single_iri(cluster[0].iri)
        if principal in apart_all:
            alone.extend(cluster)
            continue
        kept = [r for r in cluster if (principal, r.document) not in apart_doc]
        alone.extend(r for r in cluster if r not in kept)
        if kept:
            iri = single_iri(kept[0].iri)
            groups[iri] = kept
            reasons[iri] = "month" if len(kept) > 1 else None

    for report in alone:
        groups[single_iri(report.iri)] = [report]
        reasons[single_iri(report.iri)] = None
    return [Group(iri, tuple(sorted(members, key=_order)), reasons[iri]) for iri, members in sorted(groups.items())]


def united(group: Group) -> United:
    """The call's values: the most precise date, the strongest status, every topic; medium,
    initiator and duration from the first report (in document order) that gives them."""
    reports = group.reports
    dates = [r.date for r in reports if r.date]
    return United(
        participants=reports[0].participants,
        date=max(dates, key=len) if dates else None,
        status=max((r.status for r in reports), key=STATUS_RANK.__getitem__),
        medium=reports[0].medium,
        initiator=next((r.initiator for r in reports if r.initiator), None),
        duration=next((r.duration for r in reports if r.duration is not None), None),
        topics=frozenset().union(*(r.topics for r in reports)),
    )


def _joins(report: Report, members: list[Report]) -> bool:
    """A month-dated report meets the reports of one call: the same participants, month and
    medium (a phone call and a video call of one month are two calls), none from its own
    document (which the extraction already told apart), planned or not alike, a topic in common."""
    planned = report.status == "planned"
    return all(m.participants == report.participants and m.month == report.month and m.medium == report.medium
               for m in members) and \
        all(m.document != report.document for m in members) and \
        all((m.status == "planned") == planned for m in members) and \
        bool(report.topics & frozenset().union(*(m.topics for m in members)))


def _order(report: Report) -> tuple[str, int, str]:
    """Document order: by document id, then by the report's place in its document."""
    tail = report.iri.rsplit("/", 1)[-1]
    return report.document, int(tail) if tail.isdigit() else 0, report.iri
