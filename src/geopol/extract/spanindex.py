"""A sorted index of items by start offset, so range queries cost O(log n + k)."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator, Sequence
from typing import Generic, TypeVar

__all__ = ["SpanIndex"]

T = TypeVar("T")


class SpanIndex(Generic[T]):
    """Items with ``(start, end)`` offsets, sorted by start."""

    def __init__(self, items: Iterable[tuple[int, int, T]]) -> None:
        ordered = sorted(items, key=lambda x: (x[0], x[1]))
        self._starts = [s for s, _e, _i in ordered]
        self._items: Sequence[tuple[int, int, T]] = ordered

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[tuple[int, int, T]]:
        return iter(self._items)

    def between(self, lo: int, hi: int) -> Sequence[tuple[int, int, T]]:
        """Items whose start lies in ``[lo, hi)``."""
        i = bisect.bisect_left(self._starts, lo)
        j = bisect.bisect_left(self._starts, hi)
        return self._items[i:j]

    def overlapping(self, lo: int, hi: int, longest: int) -> list[tuple[int, int, T]]:
        """Items overlapping ``[lo, hi)``; ``longest`` bounds an item's length."""
        return [x for x in self.between(lo - longest, hi) if x[1] > lo and x[0] < hi]

    def last_ending_by(self, pos: int, lo: int) -> tuple[int, int, T] | None:
        """The item with the greatest start in ``[lo, pos)`` that ends by ``pos``."""
        for x in reversed(self.between(lo, pos)):
            if x[1] <= pos:
                return x
        return None
