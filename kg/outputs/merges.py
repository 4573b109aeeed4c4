"""`kg merges`: the calls kg made from several reports, why, and a user's way to undo one.

`kg build` takes reports of several documents for one call when they name the same participants
and day, or the same participants, month and topic (`kg.graph.merge`); each such call has a
`kg:CallMerge` saying why. `split` records a user's decision that a merge was wrong, in the
splits graph: the reports of the call stay apart (or only those of one document), in this
store now and in every later build. `unsplit` forgets the decisions about a call.
"""
from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import kg
from kg.errors import QueryError
from kg.graph.derive import splits, write_splits
from kg.graph.merge import Split
from kg.graph.store import Store
from kg.namespace import BASE
from kg.outputs.ask import Answer, render, run
from kg.outputs.tables import table


def merged(store: Store) -> Answer:
    """Every merge: the call, the reason, its date, participants and documents."""
    return run(store, "merges", {})


def listing(store_path: Path, format: str = "table") -> str:
    """The merges, then the user's splits, as `kg merges` prints them."""
    with kg.open(store_path) as store:
        answer, decisions = merged(store), splits(store)
    if format != "table":
        return render(answer, format)
    text = render(answer, "table")
    if decisions:
        rows = [[s.call.removeprefix(BASE), s.document or "(every document)", s.created or ""] for s in decisions]
        text += "\n\nKept apart by you (kg merges unsplit CALL undoes it)\n" + table(["call", "document", "decided"], rows)
    return text


def split(store_path: Path, call: str, document: str | None = None) -> Split:
    """Keep the reports of the merged `call` apart (or only those of `document`), from now on."""
    with kg.open(store_path, write=True) as store:
        iri = _call_iri(call)
        rows = [r for r in merged(store).rows if r["call"] is not None and r["call"].value == iri]
        if not rows:
            raise QueryError(f"{call!r} is not a call kg merged; `kg merges` lists those")
        documents = rows[0]["documents"].value.split() if rows[0]["documents"] is not None else []
        if document is not None and document not in documents:
            raise QueryError(f"document {document!r} has no report in {call}; its documents: {', '.join(documents)}")
        decision = Split(iri, document, datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z"))
        write_splits(store, [*(s for s in splits(store) if (s.call, s.document) != (iri, document)), decision])
    return decision


def unsplit(store_path: Path, call: str) -> int:
    """Forget the user's splits of `call`, so the next derivation may merge its reports again;
    how many decisions that was."""
    with kg.open(store_path, write=True) as store:
        iri = _call_iri(call)
        decisions = splits(store)
        kept = [s for s in decisions if s.call != iri]
        if len(kept) == len(decisions):
            raise QueryError(f"no split of {call!r} to undo; `kg merges` lists the splits")
        write_splits(store, kept)
    return len(decisions) - len(kept)


def _call_iri(call: str) -> str:
    """A call as the tables print it (call/3f2a...), prefixed (call:3f2a...) or in full."""
    text = call.strip().strip("<>")
    if text.startswith("call/"):
        return BASE + text
    if text.startswith("call:"):
        return BASE + "call/" + text[5:]
    return text
