"""One document's parse turned into a `GraphUpdate`: what the sequential build, the process
pool (`kg.build.pool`) and the Dask workers (`kg.build.dask`) all hand back to be written."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.graph.rdf import Extraction, actor_triples, document_triples
from kg.ingest import Document
from kg.nlp import extensions, gazetteer

if TYPE_CHECKING:  # spaCy takes 0.7 s to import: a rebuild where nothing changed never needs it
    from spacy.tokens import Doc


def extraction(document: Document, doc: Doc, fingerprint: str | None = None) -> Extraction:
    """Gather what the pipeline found in one document into an `Extraction`."""
    gaz = gazetteer.load()
    actors = dict(doc._.new_actors)
    surface: dict[str, set[str]] = {}
    for mention in doc._.actor_mentions:
        if mention.by_name and " et " not in mention.text:
            # a role ('le chef de l'État turc'), a capital or a plural names an actor in one
            # sentence of one document: an alias of it for the whole graph would mislead
            surface.setdefault(mention.actor, set()).add(mention.text)
        else:
            surface.setdefault(mention.actor, set())
    keys = set(surface)
    keys.update(p for c in doc._.calls for p in c.participants)
    keys.update(c.speaker for c in doc._.claims)
    for key in keys:
        if key not in actors and key in gaz.actors:
            actors[key] = gaz.actors[key]
    named = {k: actors[k] for k in sorted(keys) if k in actors}
    return Extraction(document, named, {k: tuple(sorted(v)) for k, v in surface.items()}, tuple(doc._.calls),
                      tuple(doc._.claims), frozenset(k for k, a in named.items() if gaz.actors.get(k) != a), fingerprint)


@dataclass(frozen=True)
class GraphUpdate:
    """One document's graph as N-Triples lines, and the description of the actors it names (for
    the actors graph): what a worker process hands back to be written."""

    doc_id: str
    lines: tuple[str, ...]
    actors: frozenset[str]
    calls: int
    claims: int
    actor_lines: tuple[str, ...] = ()


def update_of(found: Extraction) -> GraphUpdate:
    return GraphUpdate(found.document.id, tuple(f"{t} ." for t in document_triples(found)), frozenset(found.actors),
                       len(found.calls), len(found.claims), tuple(f"{t} ." for t in actor_triples(found)))


def graph_updates(documents: Iterable[Document], batch_size: int = 32) -> Iterator[GraphUpdate]:
    """Parse and extract in this process, streaming one update per document."""
    from kg.nlp.pipeline import parse

    read_with = extensions.digest(extensions.fingerprint())
    for document, doc in parse(documents, batch_size=batch_size):
        found = extraction(document, doc, read_with)
        doc.user_data.clear()  # its spans point back at the doc: a cycle only a full GC would free
        yield update_of(found)


def batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for document in documents:
        batch.append(document)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def update_batch(batch: list[Document], read_by: extensions.Extensions | None = None) -> list[GraphUpdate]:
    """A worker's job: one batch, read by the caller's actors and topics files."""
    extensions.use(read_by or extensions.Extensions())
    return list(graph_updates(batch))
