"""The `kg` command line: a thin click shell over the library.

Each command parses its options, makes one library call and prints the result. A `KgError`
becomes a one-line message and exit code 1; click's usage errors exit with 2.

Exit codes: 0 success; 1 an error the user can fix (bad path, bad query, nothing could be
built, validation failed); 2 wrong usage.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

import kg
from kg.cli.graph import ask, push, push_graphs, serve, stats
from kg.cli.merges import merges
from kg.cli.options import PUSH_SECONDS, REQUEST_SECONDS, capped, max_memory_option, reports_errors, standard_input, store_option, timeout_option
from kg.errors import InputError, printable
from kg.limits import QUERY_SECONDS, STORE_SECONDS

if TYPE_CHECKING:
    from kg.build import BuildReport

@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def main() -> None:
    """kg: a knowledge graph of calls between political leaders, from French news."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@store_option
@click.option("--prune", is_flag=True, help="Drop the graphs of documents no longer in the input.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True, help="Parser processes.")
@click.option("--endpoint", metavar="URL", help="Then push every graph to this Graph Store Protocol server.")
@click.option("--dask", metavar="ADDRESS", help="Hand extraction to a Dask cluster (scheduler address, e.g. tcp://host:8786).")
@click.option("--dask-wait", "dask_wait", metavar="S", type=click.FloatRange(0, min_open=True),
              help="Stop the build (keeping what it wrote) once the Dask cluster has had no worker for S seconds "
                   "(default 60).")
@click.option("--actors", "actors", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Your own actors (CSV or Turtle), added to the gazetteer; give it on every build of the store.")
@click.option("--topics", "topics", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Your own topics (SKOS Turtle), added to the bundled ones; give it on every build of the store.")
@click.option("--force", is_flag=True, help="Read every document again, changed or not.")
@max_memory_option("Stop the build once one of its reads of the store (in a process of its own) maps MB megabytes, "
                   "and the push (--endpoint) once its process maps MB more than kg had.")
@timeout_option(PUSH_SECONDS, "the push (--endpoint)", "--max-time")
@reports_errors
def build(paths: tuple[Path, ...], store: Path, prune: bool, workers: int, endpoint: str | None, dask: str | None,
          dask_wait: float | None, actors: tuple[Path, ...], topics: tuple[Path, ...], force: bool, max_memory: int,
          max_time: float) -> None:
    """Build the graph of PATHS (.txt, .html, .jsonl files or folders, or - for standard input;
    none: the bundled sample).

    A document already in the store is read again only when it changed, or when what reads it
    did (kg's version, rules, cue words, gazetteer, topics, --actors, --topics): the build then
    says why.
    """
    from tqdm import tqdm

    from kg.build import build as run_build
    from kg.ingest import sample_corpus

    # On a terminal only, and only once a build has run two seconds: pipes and logs stay clean.
    bar = tqdm(desc="kg build", unit=" docs", file=sys.stderr, delay=2, disable=not sys.stderr.isatty())

    def progress(report: BuildReport) -> None:
        bar.update(report.documents + report.unchanged - bar.n)
        if report.unchanged:
            bar.set_postfix(unchanged=report.unchanged, refresh=False)

    def skipped(problem: InputError) -> None:
        tqdm.write(f"kg: skipped {problem}", file=sys.stderr)

    def warning(message: str) -> None:
        tqdm.write(f"kg: warning: {printable(message)}", file=sys.stderr)

    def notice(message: str) -> None:
        tqdm.write(f"kg: {printable(message)}", file=sys.stderr)

    with bar, standard_input(paths) as inputs:
        report = run_build(inputs or [sample_corpus()], store, on_problem=skipped, prune=prune, workers=workers,
                           on_warning=warning, dask=dask, on_progress=progress, actors=actors, topics=topics,
                           force=force, on_notice=notice, dask_wait=dask_wait, max_memory_mb=max_memory)
    summary = report.summary()
    click.echo("  ".join(f"{k}={v}" for k, v in summary.items()))
    if report.documents == 0 and report.unchanged == 0 and report.pruned == 0:
        raise click.ClickException("nothing could be built" if report.problems
                                   else "nothing could be built: no .txt, .html or .jsonl article found")
    if endpoint:  # read and sent as `kg push` does: in a child capped in memory and time
        from kg.cli.capped import run_capped

        run_capped(lambda: push_graphs(store, endpoint, None, REQUEST_SECONDS), store, max_time, max_memory, "--max-time")


@main.command()
@click.argument("sparql", required=False)
@click.option("-f", "--file", "query_file", type=click.Path(allow_dash=True, dir_okay=False, path_type=Path),
              help="Read the query from a .rq file (- for standard input).")
@store_option
@click.option("--format", "format", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@timeout_option(QUERY_SECONDS, "the query")
@max_memory_option("Stop the query once its process maps more than MB megabytes (a quarter of them may hold the answer).")
@click.option("--allow-service", is_flag=True, help="Let the query use SERVICE to fetch other endpoints.")
@reports_errors
def query(sparql: str | None, query_file: Path | None, store: Path, format: str, timeout: float, max_memory: int,
          allow_service: bool) -> None:
    """Run a SPARQL query (the ontology's prefixes are predeclared); SPARQL - reads it from
    standard input. It runs in a process of its own, as on `kg serve`, stopped at --timeout
    or --max-memory with one line; SERVICE is refused unless --allow-service."""
    from kg.errors import KgError
    from kg.outputs.query import read_answer, read_query
    from kg.serve.bounded import bounded_query

    if (sparql is None) == (query_file is None):
        raise click.UsageError("give either a SPARQL query or -f FILE.rq")
    if query_file is not None:
        if str(query_file) != "-" and not query_file.exists():
            raise click.UsageError(f"-f {query_file}: no such file")
        sparql = read_query(query_file)
    elif sparql == "-":
        sparql = read_query(Path("-"))
    assert sparql is not None  # one of the two, as checked above
    reply = bounded_query(store, sparql, timeout, max_memory, allow_service)
    if reply is None:
        from kg.outputs.query import run

        click.echo(f"kg: warning: cannot start {sys.executable}: the query runs in this process, "
                   "without --timeout or --max-memory", err=True)
        click.echo(run(store, sparql, format, allow_service))
        return
    if reply.status != 200:
        raise KgError(reply.body.decode("utf-8", "replace").strip())
    if dict(reply.headers).get("X-KG-MaxBytes"):
        click.echo(f"kg: warning: the answer was cut at {max_memory // 4} MB, a quarter of --max-memory", err=True)
    click.echo(read_answer(reply.body, reply.content_type, format))


@main.command()
@store_option
@click.option("--out", default="output/export.json", show_default=True,
              help="The file to write; - writes to standard output.")
@click.option("--format", "format", type=click.Choice(["json", "turtle", "trig", "nquads", "jsonld", "gexf", "graphml"]),
              help="Default: the one the --out extension names (.json .ttl .trig .nq .jsonld .gexf .graphml); json for -.")
@capped(STORE_SECONDS)
@reports_errors
def export(store: Path, out: str, format: str | None) -> None:
    """Write the graph as the JSON contract, as RDF (Turtle, TriG, N-Quads, JSON-LD) or as the
    call network for Gephi and other graph tools (GEXF, GraphML)."""
    from kg.outputs.export import export as run_export

    written = run_export(store, out, format)
    if written is not None:
        click.echo(f"wrote {written}")


@main.command()
@store_option
@click.option("--out", type=click.Path(path_type=Path, allow_dash=True), default=Path("output/network.html"), show_default=True,
              help="The page to write; - writes it to standard output.")
@click.option("--query", "query_file", type=click.Path(exists=True, dir_okay=False, path_type=Path, allow_dash=True),
              help="Draw only the subgraph this SPARQL CONSTRUCT returns (- reads it from standard input).")
@capped(STORE_SECONDS)
@reports_errors
def viz(store: Path, out: Path, query_file: Path | None) -> None:
    """Write the interactive network of calls: one HTML file that works offline."""
    import tempfile

    from kg.outputs.export import export_data, subgraph
    from kg.outputs.query import read_query
    from kg.outputs.viz.network import write_network

    with kg.open(store) as opened:
        data = export_data(opened)
        if query_file is not None:
            data = subgraph(data, opened.query(read_query(query_file)))
    if str(out) != "-":
        click.echo(f"wrote {write_network(data, out)}")
        return
    with tempfile.TemporaryDirectory(prefix="kg-viz-") as folder:
        page = write_network(data, Path(folder) / "network.html")
        sys.stdout.buffer.write(page.read_bytes())
        sys.stdout.buffer.flush()


@main.command()
@store_option
@capped(STORE_SECONDS)
@reports_errors
def validate(store: Path) -> None:
    """Check every graph against the SHACL shapes (each document with the actors it names)."""
    from kg.outputs.validate import validate as run_validate

    report = run_validate(store)
    for line in report.violations:
        click.echo(line, err=True)
    if not report.conforms:
        raise click.ClickException(f"{len(report.violations)} violation(s) in {report.graphs} graph(s)")
    click.echo(f"conforms: {report.documents} document graph(s) and {report.graphs - report.documents} other(s) "
               "checked against shapes.ttl")


for _command in (ask, stats, serve, push, merges):
    main.add_command(_command)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
