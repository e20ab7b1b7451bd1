"""The pages one server process keeps in memory for the newest registry state it has read."""

from __future__ import annotations

import threading
from collections import Counter, OrderedDict
from dataclasses import dataclass
from typing import Any

# After a write, at most this many of the pages read most before it are rendered again (those read twice or more).
WARM_PAGES = 16
WARM_MIN_READS = 2


@dataclass(frozen=True, slots=True)
class Page:
    """A rendered page with its user marks in place."""

    body: bytes
    headers: tuple[tuple[bytes, bytes], ...]
    etag: str
    personal: bool  # carries marks to fill in


class PageStore:
    """Pages for one registry state, the most recently used kept within ``max_bytes``."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._lock = threading.Lock()
        self._state = -1
        self._pages: OrderedDict[tuple[Any, ...], Page] = OrderedDict()
        self._bytes = 0
        self._reads: Counter[tuple[Any, ...]] = Counter()  # reads of each page in this state
        self.hits = 0
        self.misses = 0

    @property
    def state(self) -> int:
        return self._state

    def advance(self, state: int) -> list[tuple[Any, ...]]:
        """Move to a newer ``state``, forgetting every page; the keys of the pages read most in
        the state left (for warming), most read first. Nothing when ``state`` is not newer."""
        with self._lock:
            return self._advance(state)

    def _advance(self, state: int) -> list[tuple[Any, ...]]:
        if state <= self._state:
            return []
        popular = [key for key, reads in self._reads.most_common(WARM_PAGES) if reads >= WARM_MIN_READS]
        self._pages.clear()
        self._reads.clear()
        self._bytes = 0
        self._state = state
        return popular

    def get(self, key: tuple[Any, ...], state: int) -> Page | None:
        with self._lock:
            if state < self._state:  # read before a newer state was seen: nothing kept is that old
                self.misses += 1
                return None
            self._advance(state)
            page = self._pages.get(key)
            if page is None:
                self.misses += 1
                return None
            self._pages.move_to_end(key)
            self._reads[key] += 1
            self.hits += 1
            return page

    def put(self, key: tuple[Any, ...], state: int, page: Page) -> None:
        size = len(page.body)
        with self._lock:
            if state != self._state or size > self.max_bytes:
                return
            old = self._pages.pop(key, None)
            self._bytes += size - (len(old.body) if old else 0)
            self._pages[key] = page
            self._reads[key] += 1  # the read that rendered it
            while self._bytes > self.max_bytes:
                dropped_key, dropped = self._pages.popitem(last=False)
                self._bytes -= len(dropped.body)
                self._reads.pop(dropped_key, None)

    def has(self, key: tuple[Any, ...], state: int) -> bool:
        with self._lock:
            return state == self._state and key in self._pages
