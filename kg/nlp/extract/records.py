"""The small frozen records extraction produces, one kind per stage.

They hold actor keys (gazetteer local names), never IRIs: only `kg.graph.rdf` knows the ontology.
Offsets are character offsets into the document text as ingested.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from kg.nlp.gazetteer import Target

Status = Literal["occurred", "planned", "denied", "unconfirmed"]
Medium = Literal["phone", "video"]
#: Where reports of one call disagree, the strongest statement wins: denied, then occurred,
#: unconfirmed, planned.
STATUS_RANK: dict[str, int] = {"planned": 0, "unconfirmed": 1, "occurred": 2, "denied": 3}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class ActorMention:
    """A stretch of text that names an actor, and how (by name, office, or capital)."""

    actor: str
    start: int
    end: int
    text: str
    target: Target
    token_start: int
    token_end: int


@dataclass(frozen=True)
class CallRecord:
    participants: tuple[str, ...]
    initiator: str | None
    date: str | None
    duration_min: float | None
    medium: Medium
    status: Status
    topics: tuple[str, ...]
    evidence: tuple[Span, ...]


@dataclass(frozen=True)
class ClaimRecord:
    speaker: str
    text: str
    verb: str | None
    start: int
    end: int
    quoted: bool
    call: int | None  # index into the document's calls
    topics: tuple[str, ...]
