"""Which of many token ranges lie inside a given one, or whether any covers it, without
looking at all of them.

An article of a million characters names people some 40,000 times; asking, for each name the
parser found, which gazetteer mentions lie inside it by scanning every mention took 459 s. The
ranges are sorted by start once, and each question bisects to the few that start inside it.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from itertools import accumulate
from typing import Generic, TypeVar

T = TypeVar("T")


class RangeIndex(Generic[T]):
    """Items keyed by a token range `(start, end)`, sorted by start."""

    def __init__(self, items: Iterable[T], bounds: Callable[[T], tuple[int, int]]) -> None:
        keyed = sorted(((bounds(item), n, item) for n, item in enumerate(items)), key=lambda k: (k[0][0], k[1]))
        self.starts = [b[0] for b, _, _ in keyed]
        self.ends = [b[1] for b, _, _ in keyed]
        self.items = [item for _, _, item in keyed]

    def within(self, start: int, end: int) -> list[T]:
        """The items whose range lies inside `start`..`end`, in order of start: only those that
        start inside it are looked at (fewer than `end - start` when ranges do not overlap)."""
        first, last = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return [self.items[k] for k in range(first, last) if self.ends[k] <= end]

    def starting(self, start: int, end: int) -> list[T]:
        """The items that start inside `start`..`end`, wherever they end, in order of start."""
        return self.items[bisect_left(self.starts, start):bisect_left(self.starts, end)]


class CoverIndex:
    """Ranges `(start, end)` sorted by start, with the furthest end any of the first k reaches:
    whether one of them covers a given range is one bisection (a sentence asked of each of an
    article's quotes in turn made a million characters quadratic)."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(ranges)
        self.starts = [start for start, _ in ordered]
        self.reach = list(accumulate((end for _, end in ordered), max))

    def covers(self, start: int, end: int) -> bool:
        """Is there a range `(s, e)` with `s <= start` and `end <= e`?"""
        k = bisect_right(self.starts, start)
        return k > 0 and self.reach[k - 1] >= end
