"""Text folding: how names and cue words are compared, and how names become IRI-safe."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00a0": " ", "\u202f": " "})
# letters that carry their mark in the glyph itself, which Unicode does not decompose: 'Radosław'
# is compared, and minted, as 'radoslaw' (not 'rados-aw'); one letter for one, so that a folded
# text keeps its length ('œ', 'æ', 'ß' stay)
_UNDECOMPOSED = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ħ": "h", "ı": "i"})
_MARKS_KEPT = 1 << 14  # code points remembered: the scripts of news text; hostile text never grows the table past it


class _Marks(dict):
    """str.translate's table that drops the combining marks NFKD splits off: each code point is
    asked of `unicodedata` once, then looked up (a build folds some 60,000 new strings, the
    gazetteer's names; a generator over their characters took 0.5 s of CPU, this 0.3 s)."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        if len(self) < _MARKS_KEPT:
            self[code] = kept
        return kept


_MARKS = _Marks()


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower case, no accents, straight apostrophes: how names and cues are compared.

    Cached: extraction folds the same few thousand words over and over (half a million
    calls per hundred articles); the bound keeps a long build's memory flat."""
    return unicodedata.normalize("NFKD", text.translate(_APOSTROPHES).lower().translate(_UNDECOMPOSED)).translate(_MARKS)


def slug(name: str) -> str:
    """An IRI-safe local name minted from a person's or outlet's name."""
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-") or "unnamed"
