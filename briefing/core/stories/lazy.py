"""A dict whose keys live in buckets of a store and are read one bucket at a time, on first use.

The grouping state of a large index is too big to read whole for an update that
touches one article. Each of its tables (articles, term counts, postings,
sketches) is kept in ``BUCKETS`` buckets by a stable hash of the key
(``bucket_of``); a ``LazyDict`` reads a key's bucket the first time any key of it
is asked for, set or removed, and afterwards behaves as the dict it would be had
it read everything. ``loaded()`` gives the buckets it read with their current
contents (empty ones included): all a store must write back.

Only ``[]``, ``get``, ``in``, assignment, ``del``, ``pop`` and ``len`` see the whole
table; iterating sees the buckets read so far.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Hashable
from typing import Any

BUCKETS = 4096
_ABSENT = object()


def bucket_of(key: Hashable, buckets: int = BUCKETS) -> int:
    """The bucket of ``key`` (a str or an int), the same in every process."""
    if isinstance(key, int):
        return key % buckets
    return zlib.crc32(str(key).encode("utf-8", "surrogatepass")) % buckets


class LazyDict(dict[Any, Any]):
    """A dict over a store: ``load(bucket)`` gives that bucket's items ({} for none);
    ``stored`` is how many keys the store holds in all."""

    def __init__(self, load: Callable[[int], dict[Any, Any]], stored: int, buckets: int = BUCKETS) -> None:
        super().__init__()
        self._load = load
        self._buckets = buckets
        self._read: set[int] = set()
        self._stored = stored
        self._from_store = 0  # keys read from the store (what ``len`` counts once)

    def _ensure(self, key: Any) -> None:
        b = bucket_of(key, self._buckets)
        if b not in self._read:
            self._read.add(b)
            items = self._load(b)
            self._from_store += len(items)
            dict.update(self, items)

    def __missing__(self, key: Any) -> Any:
        self._ensure(key)
        found = dict.get(self, key, _ABSENT)
        if found is _ABSENT:
            raise KeyError(key)
        return found

    def get(self, key: Any, default: Any = None) -> Any:
        found = dict.get(self, key, _ABSENT)
        if found is _ABSENT:
            self._ensure(key)
            found = dict.get(self, key, default)
        return found

    def __contains__(self, key: object) -> bool:
        if dict.__contains__(self, key):
            return True
        self._ensure(key)
        return dict.__contains__(self, key)

    def __setitem__(self, key: Any, value: Any) -> None:
        self._ensure(key)
        dict.__setitem__(self, key, value)

    def __delitem__(self, key: Any) -> None:
        self._ensure(key)
        dict.__delitem__(self, key)

    def pop(self, key: Any, *default: Any) -> Any:
        self._ensure(key)
        return dict.pop(self, key, *default)

    def setdefault(self, key: Any, default: Any = None) -> Any:
        self._ensure(key)
        return dict.setdefault(self, key, default)

    def __len__(self) -> int:
        return self._stored - self._from_store + dict.__len__(self)

    def loaded(self) -> dict[int, dict[Any, Any]]:
        """Every bucket read so far, with its items as they are now."""
        out: dict[int, dict[Any, Any]] = {b: {} for b in self._read}
        for key, value in dict.items(self):
            out[bucket_of(key, self._buckets)][key] = value
        return out
