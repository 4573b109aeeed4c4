"""The graph layer's commands, `kg ask`, `kg stats`, `kg serve` and `kg push`: thin shells.

`kg.cli` registers them with `main.add_command(...)`; each parses its options, makes one
library call and prints the result.
"""
from __future__ import annotations

from pathlib import Path

import click

from kg.cli.options import PUSH_SECONDS, REQUEST_SECONDS, capped, reports_errors, store_option
from kg.limits import QUERY_SECONDS, STORE_SECONDS


@click.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.argument("name", required=False)
@click.option("--list", "show_list", is_flag=True, help="List the named queries and their parameters.")
@store_option
@click.option("--format", "format", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.pass_context
@capped(QUERY_SECONDS)
@reports_errors
def ask(ctx: click.Context, name: str | None, show_list: bool, store: Path, format: str) -> None:
    """Run the named query NAME with its parameters: kg ask calls-between --a Poutine --b Macron.

    An actor parameter takes a label, an alias or an IRI; `kg ask --list` shows every query.
    """
    from kg.outputs.ask import ask as run_ask
    from kg.outputs.ask import listing

    if show_list:
        click.echo(listing())
        return
    if name is None:
        raise click.UsageError("give a query NAME, or --list to see them")
    click.echo(run_ask(store, name, _parameters(ctx.args), format))


def _parameters(args: list[str]) -> dict[str, str]:
    """`--name value` and `--name=value` pairs, as click leaves them for a query's own parameters."""
    values: dict[str, str] = {}
    tokens = iter(args)
    for token in tokens:
        if not token.startswith("--") or token == "--":
            raise click.UsageError(f"unexpected {token!r}; query parameters are written --NAME VALUE")
        key, equals, value = token[2:].partition("=")
        if not equals:
            following = next(tokens, None)
            if following is None:
                raise click.UsageError(f"--{key} needs a value")
            value = following
        if key in values:
            raise click.UsageError(f"--{key} is given twice")
        values[key] = value
    return values


@click.command()
@store_option
@click.option("--format", "format", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--top", type=click.IntRange(1, 1000), default=10, show_default=True, help="Rows per ranking.")
@capped(STORE_SECONDS)
@reports_errors
def stats(store: Path, format: str, top: int) -> None:
    """Measure the call network: degree, betweenness, communities, pairs, initiative, by year."""
    from kg.outputs.stats import stats as run_stats

    click.echo(run_stats(store, format, top))


@click.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--allow-update", is_flag=True, help="Accept SPARQL updates (one worker, store opened for writing).")
@click.option("--allow-service", is_flag=True, help="Let queries use SERVICE to fetch other endpoints.")
@click.option("--timeout", type=click.FloatRange(0.1, 3600), default=10.0, show_default=True,
              help="Seconds before a query is stopped (503).")
@click.option("--max-rows", type=click.IntRange(1), default=10_000, show_default=True,
              help="Longer answers are truncated and carry X-SPARQL-MaxRows.")
@click.option("--max-request", "max_request", type=click.IntRange(1), default=1_000_000, show_default=True,
              help="Largest request body in bytes (413 above).")
@click.option("--workers", type=click.IntRange(1, 64), default=2, show_default=True, help="Query processes.")
@click.option("--page", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="HTML page to serve at / (e.g. output/network.html).")
@click.option("--max-answer", "max_answer", type=click.IntRange(1000), default=50_000_000, show_default=True,
              help="Largest answer in bytes; longer ones are cut and carry X-KG-MaxBytes.")
@click.option("--max-memory", "max_memory", type=click.IntRange(256), default=2048, show_default=True,
              help="Address space of each query process in MB; a query that needs more gets 503.")
@click.option("--max-connections", type=click.IntRange(1, 10_000), default=64, show_default=True,
              help="Connections served at once; more get 503.")
@click.option("--request-timeout", "request_seconds", type=click.FloatRange(0.1, 3600), default=10.0, show_default=True,
              help="Seconds a client has to send a whole request (and an idle connection stays open).")
@click.option("--cors", is_flag=True, help="Let pages of other origins read answers (Access-Control-Allow-Origin: *).")
@click.option("--allow-cross-site-updates", is_flag=True,
              help="Accept updates sent by pages of other sites (refused by default, --cors or not).")
@click.option("--allow-host", "allowed_hosts", multiple=True, metavar="NAME",
              help="Another host name to answer for (besides localhost and --host); repeatable.")
@reports_errors
def serve(store: Path, host: str, port: int, allow_update: bool, allow_service: bool, timeout: float,
          max_rows: int, max_request: int, workers: int, page: Path | None, max_answer: int, max_memory: int,
          max_connections: int, request_seconds: float, cors: bool, allow_cross_site_updates: bool,
          allowed_hosts: tuple[str, ...]) -> None:
    """Serve the store as a SPARQL 1.1 endpoint at /sparql (read-only by default)."""
    from kg.serve.protocol import Settings
    from kg.serve.server import serve as run_serve

    settings = Settings(store, allow_update=allow_update, allow_service=allow_service, timeout=timeout,
                        max_rows=max_rows, max_request_bytes=max_request, workers=workers, page=page,
                        max_answer_bytes=max_answer, max_memory_mb=max_memory, max_connections=max_connections,
                        request_seconds=request_seconds, cors=cors, allow_cross_site_updates=allow_cross_site_updates,
                        allowed_hosts=allowed_hosts)
    def ready(url: str, snapshot: str | None) -> None:
        if snapshot is None:
            click.echo(f"serving {url} (read-write); Ctrl-C stops", err=True)
        else:
            click.echo(f"serving {url} (read-only); answers come from a snapshot of {store} taken at {snapshot} "
                       "(header X-KG-Snapshot), renewed when a build changes the store; Ctrl-C stops", err=True)

    run_serve(settings, host, port, ready=ready)


@click.command()
@store_option
@click.option("--endpoint", required=True, metavar="URL",
              help="Where graphs are PUT (Graph Store Protocol, e.g. http://localhost:7878/store); "
                   "with --graph-store, the SPARQL query endpoint that checks the push instead.")
@click.option("--graph-store", metavar="URL", help="The Graph Store Protocol URL, when it is not --endpoint.")
@click.option("--timeout", type=click.FloatRange(0.1, 3600), default=REQUEST_SECONDS, show_default=True,
              help="Seconds to wait for each request.")
@capped(PUSH_SECONDS, time_option="--max-time")
def push(store: Path, endpoint: str, graph_store: str | None, timeout: float) -> None:
    """Copy every document graph to a triple store server; pushing again replaces, never duplicates."""
    push_graphs(store, endpoint, graph_store, timeout)


@reports_errors
def push_graphs(store: Path, endpoint: str, graph_store: str | None, timeout: float) -> None:
    """What `kg push` and `kg build --endpoint` run, each in a child capped at --max-memory and
    --max-time (`kg.cli.capped`): the push, then its one line."""
    from kg.outputs.push import push as run_push

    report = run_push(store, graph_store or endpoint, endpoint if graph_store else None, timeout)
    checked = f"; {endpoint} holds the same counts" if report.checked else ""
    click.echo(f"pushed {report.graphs} graphs, {report.triples} triples to {graph_store or endpoint}{checked}")
