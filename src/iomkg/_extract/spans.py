"""Spans of a text: membership and overlap questions answered in log time."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

__all__ = ["Cover"]


class Cover:
    """Spans that answer "is this position (or stretch) inside one of you?" in log time.

    With the spans sorted by start and the furthest end reached so far kept for
    each, a position is inside a span exactly when the furthest end among the spans
    starting at or before it lies beyond it: no scan over all spans, so the work
    stays linear on long texts with many sentences and mentions.
    """

    __slots__ = ("_ordered", "_reach", "_starts")

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._ordered = ordered
        self._starts = [start for start, _end in ordered]
        reach: list[int] = []
        furthest = -1
        for _start, end in ordered:
            furthest = max(furthest, end)
            reach.append(furthest)
        self._reach = reach

    def covers(self, pos: int) -> bool:
        """Whether ``start <= pos < end`` for one of the spans."""
        i = bisect.bisect_right(self._starts, pos) - 1
        return i >= 0 and self._reach[i] > pos

    def contains(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies inside one of the spans."""
        i = bisect.bisect_right(self._starts, start) - 1
        return i >= 0 and self._reach[i] >= end

    def overlaps(self, start: int, end: int) -> bool:
        """Whether one of the spans shares a position with ``[start, end)``."""
        i = bisect.bisect_left(self._starts, end) - 1
        return i >= 0 and self._reach[i] > start

    def first_reaching(self, pos: int) -> int:
        """The index (in start order) of the first span that ends after ``pos``."""
        return bisect.bisect_right(self._reach, pos)

    @property
    def spans(self) -> list[tuple[int, int]]:
        """The spans, sorted by start."""
        return self._ordered
