"""The cue file is read by several finders: a key written twice would silently keep only the last list."""
from __future__ import annotations

import json
from collections import Counter

from kg.resources import DATA_DIR


def test_no_key_is_written_twice_in_one_object():
    repeated: list[str] = []

    def check(pairs):
        repeated.extend(key for key, count in Counter(key for key, _ in pairs).items() if count > 1)
        return dict(pairs)

    json.loads((DATA_DIR / "cues_fr.json").read_text(encoding="utf-8"), object_pairs_hook=check)
    assert repeated == []
