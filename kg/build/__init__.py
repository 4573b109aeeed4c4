"""`kg build`: documents in, one named graph per document out, streamed to the store.

Incremental: a document whose content hash is already in the store, read with the same
fingerprint (kg's version, rules, cue words, gazetteer, topics, model: `kg.nlp.extensions`),
is skipped, so a rebuild costs what changed; with another fingerprint, or `force`, every
document is read again, and the build says why. Each document is written on its own,
atomically (with the description of the actors it names), as soon as it is parsed, by a
thread of its own while the next ones parse (`kg.build.writer`); nothing holds the whole
corpus in memory. Then the actors and calls graphs are derived again
(`kg.graph.derive`), when what they come from changed.

The module itself is callable, so that `kg.build(paths, store=...)` is the library's front door
beside `kg.open` (`kg.build.build` is the function the command line calls).
"""
from __future__ import annotations

import sys
import time
import types
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

from pyoxigraph import NamedNode

import kg
from kg.build.pool import parallel_updates
from kg.build.updates import GraphUpdate, Skipped
from kg.build.writer import Writer
from kg.errors import InputError
from kg.graph import derive
from kg.graph.rdf import document_id, document_iri
from kg.ingest import Document, read_documents
from kg.limits import MAX_MEMORY_MB, STORE_SECONDS
from kg.namespace import ACTORS_GRAPH
from kg.nlp import extensions

#: Documents written between two flushes of the store's write buffer, which holds some 140 MB
#: per 1,000 documents until flushed (Oxigraph never flushes it itself below 128 MB a table):
#: peak of a 1,000-article build 963 MB flushing every 1,000, 825 MB every 250, same CPU time.
_FLUSH_EVERY = 250


@dataclass
class BuildReport:
    documents: int = 0
    unchanged: int = 0
    pruned: int = 0
    actors: set[str] = field(default_factory=set)
    calls: int = 0
    claims: int = 0
    triples: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    reread: str | None = None  # why every document was read again, if it was
    merges: int | None = None  # calls united from several reports, when the calls graph was derived again

    def summary(self) -> dict[str, object]:
        return {"documents": self.documents, "unchanged": self.unchanged, "pruned": self.pruned,
                "actors": len(self.actors), "calls": self.calls, "claims": self.claims,
                "triples": self.triples, "seconds": round(self.seconds, 2), "problems": len(self.problems)}


#: What the fingerprint's parts are called when the build says which changed.
_PARTS = {"kg": "kg's version", "rules": "the extraction rules", "cues": "the cue words", "gazetteer": "the gazetteer (or --actors)",
          "topics": "the topics (or --topics)", "model": "the spaCy model"}


def build(paths: Iterable[Path], store_path: Path = Path("output/store"), *,
          on_problem: Callable[[InputError], None] | None = None, prune: bool = False, workers: int = 1,
          on_warning: Callable[[str], None] | None = None, dask: str | None = None,
          on_progress: Callable[[BuildReport], None] | None = None, actors: Iterable[Path] = (),
          topics: Iterable[Path] = (), force: bool = False, on_notice: Callable[[str], None] | None = None,
          dask_wait: float | None = None, max_memory_mb: int = MAX_MEMORY_MB) -> BuildReport:
    """Build `paths` into the store; a file that cannot be read goes to `on_problem` (and to the
    report's `problems`), one read with a caveat (e.g. decoded as Windows-1252) to `on_warning`,
    once per file; `on_progress` hears of every document written or found unchanged;
    `on_notice` of why every document is read again. `actors` (CSV or Turtle) and `topics`
    (SKOS Turtle) files extend the bundled gazetteer and topics; `force` reads every document
    again. `dask_wait` is how long a build on Dask waits while the cluster has no worker before
    it stops (`kg.build.dask.NO_WORKER_SECONDS` by default), keeping what it wrote. The build's
    reads of the store run in the store's query worker (`kg.open`), each stopped once it maps
    `max_memory_mb` megabytes or runs `kg.limits.STORE_SECONDS` (a damaged table can make a read
    run away): a `StoreError`, what was written kept, every document graph old or new.

    The model is loaded, and worker processes started, only once a document needs parsing:
    a rebuild where nothing changed costs the reading and hashing of the files."""
    report = BuildReport()
    read_by = extensions.Extensions.read(actors, topics)
    previous = extensions.current()
    extensions.use(read_by)
    try:
        return _build(paths, store_path, report, read_by, on_problem=on_problem, prune=prune, workers=workers,
                      on_warning=on_warning, dask=dask, on_progress=on_progress, force=force, on_notice=on_notice,
                      dask_wait=dask_wait, max_memory_mb=max_memory_mb)
    finally:
        extensions.use(previous)  # a library caller's next build or parse reads by what it chose


def _build(paths: Iterable[Path], store_path: Path, report: BuildReport, read_by: extensions.Extensions, *,
           on_problem: Callable[[InputError], None] | None, prune: bool, workers: int,
           on_warning: Callable[[str], None] | None, dask: str | None,
           on_progress: Callable[[BuildReport], None] | None, force: bool,
           on_notice: Callable[[str], None] | None, dask_wait: float | None, max_memory_mb: int) -> BuildReport:
    started = time.perf_counter()
    parts = extensions.fingerprint(read_by)
    read_with = extensions.digest(parts)
    part_lines = [f"{k}={v}" for k, v in sorted(parts.items())]

    def problem(error: InputError) -> None:
        report.problems.append(str(error))
        if on_problem is not None:
            on_problem(error)

    def warn(warning: str) -> None:
        if warning not in report.warnings:
            report.warnings.append(warning)
            if on_warning is not None:
                on_warning(warning)

    # Its reads of the store in a worker: a table damaged at its own size made the read of the
    # splits take a build to 3.4 GB in 13 s, and a pyoxigraph read cannot be interrupted.
    with kg.open(store_path, write=True, timeout=STORE_SECONDS, max_memory_mb=max_memory_mb) as store:
        known = derive.documents(store)
        recorded_basis, recorded_parts = derive.recorded(store)
        # the derived graphs were derived from the store as it is: only what this build changes needs deriving again
        derived = recorded_basis == derive.basis(store, recorded_parts, known) and set(part_lines) == recorded_parts
        present = {g.value for g in store.graphs()}  # with or without a hash: a new graph is only added
        files = store.document_files()
        if force:
            report.reread = "--force"
        elif any(read != read_with for _, read in known.values()):
            report.reread = _why(recorded_parts, part_lines)
        if report.reread and on_notice is not None:
            on_notice(f"reading every document again: {report.reread}")
        seen: dict[str, str] = {}  # graph -> where its document was read this run

        def todo() -> Iterator[Document]:
            for document in read_documents(paths, problem):
                graph = document_iri(document.id).value
                if graph in seen:
                    problem(InputError(document.origin, f"duplicate document id {document.id!r}, the id of {seen[graph]} "
                                                        "read before it; kept that one (rename one of them to keep both)"))
                    continue
                seen[graph] = document.origin
                for warning in document.warnings:
                    warn(warning)
                if not force and known.get(graph) == (document.content_hash, read_with):
                    report.unchanged += 1
                    if on_progress is not None:
                        on_progress(report)
                    continue
                if files.get(graph, document.file_digest) != document.file_digest:
                    warn(f"{document.origin}: replaces document {document.id!r}, read before from another file "
                         "(rename one of them to keep both)")
                yield document

        pending = todo()
        first = next(pending, None)
        if first is None:
            updates: Iterable[GraphUpdate | Skipped] = ()
        elif dask:
            from kg.build.dask import NO_WORKER_SECONDS, dask_updates

            updates = dask_updates(chain([first], pending), dask, no_worker=NO_WORKER_SECONDS if dask_wait is None else dask_wait)
        else:
            updates = parallel_updates(chain([first], pending), workers)
        actors_graph = NamedNode(ACTORS_GRAPH)
        changed: set[str] = set()  # the ids of the documents written or removed
        now = dict(known)  # every document graph as the store holds it once written: hash, fingerprint
        new: set[str] = set()  # those of them the derived graphs never saw
        with Writer() as writer:  # the store is written while the next documents parse
            for update in updates:
                if isinstance(update, Skipped):
                    problem(InputError(update.origin, update.problem))
                    continue
                graph = document_iri(update.doc_id)
                write = store.replace_graph if graph.value in present else store.add_graph
                writer.put(write, graph, update.lines, {actors_graph: list(update.actor_lines)})
                report.triples += len(update.lines)
                report.documents += 1
                changed.add(update.doc_id)
                now[graph.value] = update.read
                if graph.value not in present:
                    new.add(update.doc_id)
                report.actors.update(update.actors)
                report.calls += update.calls
                report.claims += update.claims
                if report.documents % _FLUSH_EVERY == 0:
                    writer.put(store.flush)
                if on_progress is not None:
                    on_progress(report)
        if prune:
            for gone in set(known) - seen.keys():
                changed.add(document_id(gone))
                store.drop_graph(NamedNode(gone))
                del now[gone]
                report.pruned += 1
        if report.documents or report.pruned or not derived:
            from kg.nlp import gazetteer

            actors = gazetteer.load().actors
            report.merges = derive.derive(store, actors, part_lines, changed if derived else None, new, now).merges
        store.flush()
    report.seconds = time.perf_counter() - started
    return report


def _why(recorded: set[str], now: list[str]) -> str:
    """Which parts of the fingerprint changed since the last build, in words."""
    if not recorded:
        return "the store was built by an earlier kg, which did not record how it read the documents"
    before = dict(line.split("=", 1) for line in recorded)
    changed = [_PARTS.get(k, k) for k, v in (line.split("=", 1) for line in now) if before.get(k) != v]
    return (", ".join(changed) or "how they were read") + " changed since they were read"


class _CallableModule(types.ModuleType):
    """`kg.build(paths, store=...)`: the module, called, builds."""

    def __call__(self, paths: str | Path | Iterable[str | Path], store: str | Path = "output/store", **options) -> BuildReport:
        """Build the articles at `paths` (files or folders) into the store folder `store`; the
        options are `build`'s (prune, workers, actors, topics, force, on_problem, ...)."""
        given = [paths] if isinstance(paths, str | Path) else list(paths)
        return build([Path(p) for p in given], Path(store), **options)


sys.modules[__name__].__class__ = _CallableModule
