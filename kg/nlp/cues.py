"""The French cue words kg reads by (`data/cues_fr.json`): reporting verbs, call phrasings,
modality markers, duration words. Data, not code: a new cue is a line in the JSON file."""
from __future__ import annotations

import json
from functools import lru_cache

from kg.resources import DATA_DIR


@lru_cache(maxsize=1)
def cues() -> dict:
    return json.loads((DATA_DIR / "cues_fr.json").read_text(encoding="utf-8"))
