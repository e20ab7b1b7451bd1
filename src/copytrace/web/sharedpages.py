"""Rendered pages shared by the server processes of one machine.

Each process of ``copytrace serve --workers N`` keeps its own :class:`~copytrace.web.pagecache.PageStore`;
without more, the first read of a page after a write is rendered once in every process. A
:class:`SharedPages` store lets the processes hand each other what they render: a process that
misses in its own store looks here before rendering, and what it renders it puts here too. The
reasoning a page shows (licence status, explanations, lineage) is in its bytes, so it is computed
once per registry state on the machine, not once per process.

The store is a folder of SQLite-backed files (diskcache, safe for several processes), bounded in
bytes, least recently read dropped first. Entries are keyed by the same key as the process's
store and by the registry state (the newest audit sequence) they were rendered at: a page is only
ever served for the state it was read under, so a write makes every older entry unreachable, and
the bound removes them. An entry that cannot be read back (a damaged file, an older format) counts
as a miss. ``copytrace serve --workers N`` makes the folder for its processes (readable by its
user only) and removes it when the server stops.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from copytrace.errors import ConfigError

if TYPE_CHECKING:
    from copytrace.web.pagecache import Page

log = logging.getLogger(__name__)

# Not more than this in one value: a larger page is kept by its process only.
MAX_PAGE_BYTES = 8 * 1024 * 1024


class SharedPages:
    """A page store on disk that the server processes of one machine share."""

    def __init__(self, directory: str | Path, max_bytes: int) -> None:
        try:
            import diskcache
        except ImportError as exc:  # the web extra brings it
            raise ConfigError("sharing pages between server processes needs diskcache: "
                              "pip install 'copytrace[web]'") from exc
        self.directory = Path(directory)
        self._cache = diskcache.Cache(str(self.directory), size_limit=max_bytes,
                                      eviction_policy="least-recently-used", statistics=False)
        self.hits = 0
        self.misses = 0

    def get(self, key: tuple[Any, ...], state: int) -> Page | None:
        from copytrace.web.pagecache import Page

        try:
            found = self._cache.get((state, *key))
        except Exception:  # a damaged entry: render instead
            log.warning("a shared page could not be read back; rendering it instead", exc_info=True)
            found = None
        if not (isinstance(found, tuple) and len(found) == 4 and isinstance(found[0], bytes)):
            self.misses += 1
            return None
        body, headers, etag, personal = found
        self.hits += 1
        return Page(body, tuple((bytes(n), bytes(v)) for n, v in headers), str(etag), bool(personal))

    def put(self, key: tuple[Any, ...], state: int, page: Page) -> None:
        if len(page.body) > MAX_PAGE_BYTES:
            return
        try:
            self._cache.set((state, *key), (page.body, page.headers, page.etag, page.personal))
        except Exception:  # a full disk or a locked file costs this process nothing but the sharing
            log.warning("a page could not be shared with the other server processes", exc_info=True)

    def close(self) -> None:
        self._cache.close()
