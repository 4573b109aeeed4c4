"""`kg build`: documents in, one named graph per document out, streamed to the store.

Incremental: a document whose content hash is already in the store is skipped, so a rebuild
costs what changed. Each document is written on its own, atomically, as soon as it is
parsed; nothing holds the whole corpus in memory.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

from pyoxigraph import NamedNode

import kg
from kg.build.pool import parallel_updates
from kg.build.updates import GraphUpdate
from kg.errors import InputError
from kg.graph.rdf import document_iri
from kg.ingest import Document, read_documents

_FLUSH_EVERY = 1000


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

    def summary(self) -> dict[str, object]:
        return {"documents": self.documents, "unchanged": self.unchanged, "pruned": self.pruned,
                "actors": len(self.actors), "calls": self.calls, "claims": self.claims,
                "triples": self.triples, "seconds": round(self.seconds, 2), "problems": len(self.problems)}


def build(paths: Iterable[Path], store_path: Path, *, on_problem: Callable[[InputError], None],
          prune: bool = False, workers: int = 1, on_warning: Callable[[str], None] | None = None,
          dask: str | None = None, on_progress: Callable[[BuildReport], None] | None = None) -> BuildReport:
    """Build `paths` into the store; a file that cannot be read goes to `on_problem`, one read
    with a caveat (e.g. decoded as Windows-1252) to `on_warning`, once per file; `on_progress`
    hears of every document written or found unchanged.

    The model is loaded, and worker processes started, only once a document needs parsing:
    a rebuild where nothing changed costs the reading and hashing of the files."""
    report = BuildReport()
    started = time.perf_counter()

    def problem(error: InputError) -> None:
        report.problems.append(str(error))
        on_problem(error)

    with kg.open(store_path, write=True) as store:
        known = store.document_hashes()
        present = {g.value for g in store.graphs()}  # with or without a hash: a new graph is only added
        seen: set[str] = set()

        def todo() -> Iterator[Document]:
            for document in read_documents(paths, problem):
                graph = document_iri(document.id).value
                if graph in seen:
                    problem(InputError(document.origin, f"duplicate document id {document.id!r}; kept the first"))
                    continue
                seen.add(graph)
                for warning in document.warnings:
                    if warning not in report.warnings:
                        report.warnings.append(warning)
                        if on_warning is not None:
                            on_warning(warning)
                if known.get(graph) == document.content_hash:
                    report.unchanged += 1
                    if on_progress is not None:
                        on_progress(report)
                    continue
                yield document

        pending = todo()
        first = next(pending, None)
        if first is None:
            updates: Iterable[GraphUpdate] = ()
        elif dask:
            from kg.build.dask import dask_updates

            updates = dask_updates(chain([first], pending), dask)
        else:
            updates = parallel_updates(chain([first], pending), workers)
        for update in updates:
            graph = document_iri(update.doc_id)
            write = store.replace_graph if graph.value in present else store.add_graph
            report.triples += write(graph, update.lines)
            report.documents += 1
            report.actors.update(update.actors)
            report.calls += update.calls
            report.claims += update.claims
            if report.documents % _FLUSH_EVERY == 0:
                store.flush()  # Oxigraph's write buffer otherwise grows ~90 MB per 1,000 documents
            if on_progress is not None:
                on_progress(report)
        if prune:
            for gone in set(known) - seen:
                store.drop_graph(NamedNode(gone))
                report.pruned += 1
        store.flush()
    report.seconds = time.perf_counter() - started
    return report
