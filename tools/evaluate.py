"""`make eval`: precision, recall and F1 of each kind on the seeds and on the sample corpus.

Builds each corpus into a temporary store, exports it and scores the export with the
team's scorer (`../shared/eval/score.py`) against the matching gold file.
"""
from __future__ import annotations

import importlib.util
import sys
import tempfile
from pathlib import Path

import kg
from kg.build import build
from kg.ingest import sample_corpus
from kg.outputs.export import export_data

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
KINDS = ("actors", "calls", "claims", "call_topics")


def scorer():
    """The shared scorer module, loaded from its file."""
    spec = importlib.util.spec_from_file_location("kg_score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def evaluate(corpus: Path, gold: dict) -> dict:
    """Build `corpus` afresh and score its export against `gold`."""
    with tempfile.TemporaryDirectory() as tmp:
        build([corpus], Path(tmp) / "store", on_problem=lambda e: print(f"skipped {e}", file=sys.stderr))
        with kg.open(Path(tmp) / "store") as store:
            data = export_data(store)
    return scorer().score(gold, data)


def table(name: str, report: dict) -> str:
    lines = [f"{name}", f"  {'kind':12} {'P':>6} {'R':>6} {'F1':>6}   tp/pred/gold"]
    for kind in KINDS:
        r = report[kind]
        lines.append(f"  {kind:12} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f}   {r['tp']}/{r['pred']}/{r['gold']}")
    attrs = ", ".join(f"{k} {v:.2f}" for k, v in report["call_attributes"].items() if v is not None)
    lines.append(f"  call attributes on matched calls: {attrs}")
    return "\n".join(lines)


def main() -> None:
    import json

    corpora = [("seeds (../shared/seeds)", SHARED / "seeds", SHARED / "gold" / "seeds.json"),
               ("sample (kg/data/sample)", sample_corpus(), sample_corpus().parent / "sample_gold.json")]
    for name, corpus, gold in corpora:
        if not corpus.exists():
            print(f"{name}: not found, skipped")
            continue
        report = evaluate(corpus, json.loads(gold.read_text(encoding="utf-8")))
        print(table(name, report))
        for miss in report["misses"]:
            print("    " + miss)


if __name__ == "__main__":
    main()
