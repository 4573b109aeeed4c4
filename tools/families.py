"""The error families of extraction, each measured on its own: how well the calls of articles
that report several are found, how often a found call has the right status, participants,
date and medium, and the claim, actor and cross-article figures of the scorer.

    python -m tools.families EXPORT.json [--gold GOLD.json] [--shared DIR]

A call is "found" here when a predicted call of its document has the same participants,
whatever its status: that is what the status figure is measured on. Everything else comes
from the team's scorer, so the figures agree with `make eval`.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from tools.evaluate import scorer, shared_dir


def families(gold: dict, data: dict, shared: Path | None = None) -> dict[str, float | None]:
    """One figure per error family of the extraction issue."""
    score = scorer(shared)
    report = score.score(gold, data)
    several = {**gold, "docs": [d for d in gold["docs"] if len(d["calls"]) >= 2]}
    by_people = _found_by_participants(score, gold, data)
    statuses = [same_status for same_status in by_people if same_status is not None]
    video = {**gold, "docs": [{**d, "calls": [c for c in d["calls"] if c["medium"] == "video"]} for d in gold["docs"]]}
    merge = report["cross_document_merge"]
    return {
        "several calls in one article (calls F1 there)": score.score(several, data)["calls"]["f1"],
        "status (right status, calls found by participants)": _ratio(sum(statuses), len(statuses)),
        "participants (calls found by participants, recall)": _ratio(len(statuses), sum(len(d["calls"]) for d in gold["docs"])),
        "dates (date right, matched calls)": report["call_attributes"]["date"],
        "medium (video calls found)": _ratio(score.score(video, data)["calls"]["tp"], sum(len(d["calls"]) for d in video["docs"])),
        "claims (F1)": report["claims"]["f1"],
        "actors (F1)": report["actors"]["f1"],
        "one call across articles (pairs merged)": _ratio(merge["merged"], merge["pairs"]),
    }


def _found_by_participants(score, gold: dict, data: dict) -> list[bool | None]:
    """For each gold call, whether a predicted call of its document with the same participants
    has its status (None when no predicted call has them)."""
    actors = score.Actors(data)
    found: list[bool | None] = []
    for doc in gold["docs"]:
        local = {score.norm(a["name"]): a for a in doc["actors"]}
        predicted = [c for c in data.get("calls", []) if doc["id"] in (c.get("documents") or [])]
        for call in doc["calls"]:
            wanted = [local.get(score.norm(p), {"name": p}) for p in call["participants"]]
            same = [c for c in predicted if len(c.get("participants") or []) == len(wanted) and all(
                any(score.gold_matches(w, *actors.names(p)) for p in c["participants"]) for w in wanted)]
            found.append(any(c.get("status") == call["status"] for c in same) if same else None)
    return found


def _ratio(part: float, whole: float) -> float | None:
    return round(part / whole, 3) if whole else None


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tools.families", description=__doc__.split("\n\n")[0])
    parser.add_argument("export", type=Path, help="a `kg export` JSON file")
    parser.add_argument("--gold", type=Path, default=None, help="the gold file (default: the development set's)")
    parser.add_argument("--shared", type=Path, default=None, help="the shared folder (default: $KG_SHARED, else ../shared)")
    args = parser.parse_args(argv)
    shared = args.shared or shared_dir()
    gold = json.loads((args.gold or shared / "dev" / "gold.json").read_text(encoding="utf-8"))
    data = json.loads(args.export.read_text(encoding="utf-8"))
    for family, figure in families(gold, data, shared).items():
        print(f"{family:55} {'-' if figure is None else f'{figure:.3f}'}")


if __name__ == "__main__":
    main()
