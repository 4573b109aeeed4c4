"""`kg merges`: list the calls kg merged from several reports, and split or unsplit one."""
from __future__ import annotations

from pathlib import Path

import click

from kg.cli.options import capped, reports_errors, store_option
from kg.limits import QUERY_SECONDS


@click.group(invoke_without_command=True)
@store_option
@click.option("--format", "format", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.pass_context
@capped(QUERY_SECONDS)
@reports_errors
def merges(ctx: click.Context, store: Path, format: str) -> None:
    """List the calls kg merged from several reports, with the reason; split one that is wrong.

    Reports are merged when they name the same participants and day, or the same participants,
    month and topic. `kg merges split CALL` keeps its reports apart in this and later builds.
    """
    if ctx.invoked_subcommand is None:
        from kg.outputs.merges import listing

        click.echo(listing(store, format))


@merges.command()
@click.argument("call")
@click.option("--document", metavar="ID", help="Keep only this document's reports out of the call.")
@store_option
@reports_errors
def split(call: str, document: str | None, store: Path) -> None:
    """Keep the reports of the merged CALL (call/3f2a..., as listed) apart, from now on."""
    from kg.outputs.merges import split as run_split

    decision = run_split(store, call, document)
    which = f"document {decision.document}'s reports" if decision.document else "its reports"
    click.echo(f"split {call}: {which} stay apart in this and every later build (kg merges unsplit {call} undoes it)")


@merges.command()
@click.argument("call")
@store_option
@reports_errors
def unsplit(call: str, store: Path) -> None:
    """Forget your splits of CALL: its reports may merge again."""
    from kg.outputs.merges import unsplit as run_unsplit

    count = run_unsplit(store, call)
    click.echo(f"forgot {count} split(s) of {call}")
