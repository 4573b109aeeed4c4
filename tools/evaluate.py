"""`make eval`: precision, recall and F1 of each kind on the seeds and on the sample corpus.

    python -m tools.evaluate [--shared DIR]

Builds each corpus into a temporary store, exports it and scores the export with the
team's scorer (`DIR/eval/score.py`) against the matching gold file. The shared folder is
`--shared`, else `$KG_SHARED`, else `shared/` beside the repository (`../shared`).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import tempfile
from pathlib import Path

import kg
from kg.build import build
from kg.ingest import sample_corpus
from kg.outputs.export import export_data

REPO = Path(__file__).resolve().parents[1]
KINDS = ("actors", "calls", "claims", "call_topics")


def shared_dir() -> Path:
    """The team's shared folder (seeds, gold files, scorer): `$KG_SHARED`, else `../shared`."""
    return Path(os.environ.get("KG_SHARED") or REPO.parent / "shared")


def scorer(shared: Path | None = None):
    """The shared scorer module, loaded from its file."""
    spec = importlib.util.spec_from_file_location("kg_score", (shared or shared_dir()) / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def evaluate(corpus: Path, gold: dict, shared: Path | None = None) -> dict:
    """Build `corpus` afresh and score its export against `gold` with the shared scorer."""
    with tempfile.TemporaryDirectory() as tmp:
        build([corpus], Path(tmp) / "store", on_problem=lambda e: print(f"skipped {e}", file=sys.stderr))
        with kg.open(Path(tmp) / "store") as store:
            data = export_data(store)
    return scorer(shared).score(gold, data)


def table(name: str, report: dict) -> str:
    lines = [f"{name}", f"  {'kind':12} {'P':>6} {'R':>6} {'F1':>6}   tp/pred/gold"]
    for kind in KINDS:
        r = report[kind]
        lines.append(f"  {kind:12} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f}   {r['tp']}/{r['pred']}/{r['gold']}")
    attrs = ", ".join(f"{k} {v:.2f}" for k, v in report["call_attributes"].items() if v is not None)
    lines.append(f"  call attributes on matched calls: {attrs}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tools.evaluate", description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=None,
                        help="the shared folder with seeds/, gold/ and eval/score.py (default: $KG_SHARED, else ../shared)")
    shared = parser.parse_args(argv).shared or shared_dir()
    if not (shared / "eval" / "score.py").is_file():
        parser.error(f"no scorer at {shared / 'eval' / 'score.py'}; give --shared DIR or set KG_SHARED")
    corpora = [(f"seeds ({os.path.relpath(shared / 'seeds')})", shared / "seeds", shared / "gold" / "seeds.json"),
               ("sample (kg/data/sample)", sample_corpus(), sample_corpus().parent / "sample_gold.json")]
    for name, corpus, gold in corpora:
        if not corpus.exists():
            print(f"{name}: not found, skipped")
            continue
        report = evaluate(corpus, json.loads(gold.read_text(encoding="utf-8")), shared)
        print(table(name, report))
        for miss in report["misses"]:
            print("    " + miss)


if __name__ == "__main__":
    main()
