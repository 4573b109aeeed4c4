"""One document's parse turned into a `GraphUpdate`: what the sequential build, the process
pool (`kg.build.pool`) and the Dask workers (`kg.build.dask`) all hand back to be written.

Each document is read inside a guard: an error the parser or a rule raises on one document
(a date out of range, a character a rule did not expect) becomes a `Skipped` for that document,
handed back in its place, and the others of its batch are still read."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING

from kg.graph.rdf import Extraction, actor_lines, document_lines
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
    #: The content hash and fingerprint its lines give the document (`kg.graph.derive.documents`
    #: reads them back): the build need not ask the store again for every document it holds.
    read: tuple[str, str | None]
    actor_lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class Skipped:
    """A document that could not be read, and why: `kg: skipped ORIGIN: PROBLEM`."""

    origin: str
    problem: str


def failure(error: BaseException) -> str:
    """An error raised while reading a document, as one short line."""
    message = " ".join(str(error).split())
    message = message if len(message) <= 200 else message[:199] + "…"
    return f"could not be read ({type(error).__name__}{': ' + message if message else ''})"


def update_of(found: Extraction) -> GraphUpdate:
    return GraphUpdate(found.document.id, tuple(document_lines(found)), frozenset(found.actors),
                       len(found.calls), len(found.claims), (found.document.content_hash, found.fingerprint or None),
                       tuple(actor_lines(found)))


def graph_updates(documents: Iterable[Document], batch_size: int = 32) -> Iterator[GraphUpdate | Skipped]:
    """Parse and extract in this process, streaming one update (or `Skipped`) per document.

    A batch goes through the parser together (the parser's speed needs it); when anything in
    it raises, the documents of the batch not yet handed on are read again one by one, so
    that only the one that raises is skipped."""
    read_with = extensions.digest(extensions.fingerprint())
    pending = iter(documents)
    with one_blas_thread():
        while batch := list(islice(pending, batch_size)):
            done = 0
            try:
                for update in _updates(batch, read_with):
                    done += 1
                    yield update
            except Exception:  # noqa: BLE001 - any error of one document is that document's, see the module's docstring
                for document in batch[done:]:
                    yield _guarded(document, read_with)


def one_blas_thread() -> AbstractContextManager[object]:
    """While a build parses, the model multiplies its matrices on one thread (its products are
    numpy's, `kg.nlp.pipeline.load_model`). OpenBLAS otherwise starts a thread per core, and its
    threads wait for work by spinning: a one-process build of 1,000 synthetic articles took 85 s
    of CPU for 53 s of wall time, and two worker processes on two cores ran no faster than one
    (300 articles: 31.0 s against 30.3; one thread each, 23-24 s). More cores are used by more
    workers (`kg build --workers`, Dask), each on one thread. The limit is lifted when the
    parse ends: a library caller's own numpy keeps its threads. numpy is loaded first: only a
    library already loaded can be told how many threads to use."""
    import numpy  # noqa: F401 - loads OpenBLAS
    from threadpoolctl import threadpool_limits

    return threadpool_limits(1, user_api="blas")


def _updates(batch: list[Document], read_with: str) -> Iterator[GraphUpdate]:
    from kg.nlp.pipeline import parse

    for document, doc in parse(batch, batch_size=len(batch)):
        found = extraction(document, doc, read_with)
        doc.user_data.clear()  # its spans point back at the doc: a cycle only a full GC would free
        yield update_of(found)


def _guarded(document: Document, read_with: str) -> GraphUpdate | Skipped:
    """One document read alone; what it raises makes it a `Skipped`."""
    try:
        return next(_updates([document], read_with))
    except Exception as error:  # noqa: BLE001 - see the module's docstring
        return Skipped(document.origin or document.id, failure(error))


def batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for document in documents:
        batch.append(document)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def update_batch(batch: list[Document], read_by: extensions.Extensions | None = None) -> list[GraphUpdate | Skipped]:
    """A worker's job: one batch, read by the caller's actors and topics files."""
    extensions.use(read_by or extensions.Extensions())
    return list(graph_updates(batch))
