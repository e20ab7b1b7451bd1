"""Rendered pages shared by the server processes of one machine, beneath each process's memory.

With ``copytrace serve --workers N`` every process used to render a page for itself after each
write, and to warm it for itself. :class:`SharedPages` keeps the pages one process renders in a
folder every process of the server reads (a `diskcache <https://grantjenks.com/docs/diskcache/>`_
cache: an SQLite index in WAL mode and one file per large page), so a page is rendered once per
registry state by the whole server. Each process's :class:`~copytrace.web.pagestore.PageStore`
stays the first level; this is where it looks before rendering.

Freshness is the page cache's own rule: an entry is filed under the audit sequence read before its
render began and found only by a request that read exactly that sequence, so nothing of an older
state is ever served after a newer write, whichever process wrote and whichever rendered.

Robustness: diskcache writes a value's file before the index row that names it, in one SQLite
transaction, so a reader never sees half an entry a writer is still making. Each entry also
carries its key, its state and a digest of the rest: an entry damaged on disk (a truncated file,
bits flipped) or filed under the wrong key is ignored and rendered again, never served. Values are
plain bytes, never pickled. The folder is bounded (``max_bytes``, the least recently stored
entries go first) and the cache deletes only files it created. Any failure to read or write the
folder (full disk, a lock held too long) costs a render, not an error page.

Several machines serving one PostgreSQL registry each keep their own folder (a network file
system is no place for SQLite): the audit sequence comes from the shared database, so the machines
never disagree about what is current, and a page is rendered once per machine and state.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
from pathlib import Path
from typing import Any

import diskcache

from copytrace.registry import Registry
from copytrace.web.pagestore import Page

log = logging.getLogger(__name__)

MAGIC = b"copytrace page 1\n"
DIGEST_SIZE = 16
# A lock on the folder's index held longer than this (another process culling, a slow disk) is a miss;
# short, as the page cache waits for it on the server's event loop.
TIMEOUT_S = 0.25
# How long a process's claim to render a page for warming holds, should it die before storing it.
CLAIM_S = 30


def registry_identity(registry: Registry) -> str:
    """Which registry a server serves, as part of every key: audit sequences of two registries
    served from one folder must not meet. A SQLite file by its real path, a database by its URL
    without the password."""
    url = registry.engine.url
    if url.get_backend_name() == "sqlite" and url.database:
        url = url.set(database=os.path.realpath(url.database))
    return url.render_as_string(hide_password=True)


def _canonical(registry: str, key: tuple[Any, ...]) -> str:
    path, query, role, language, htmx, with_csrf = key
    return json.dumps([registry, path, query.decode("latin-1"), role, language, htmx, with_csrf], ensure_ascii=True)


def encode(canonical: str, state: int, page: Page) -> bytes:
    """An entry: the magic line, a digest of the rest, then the length of the page's description,
    the description (key, state, kept headers, ETag) and the body."""
    meta = json.dumps({"key": canonical, "state": state, "etag": page.etag, "personal": page.personal,
                       "headers": [[n.decode("latin-1"), v.decode("latin-1")] for n, v in page.headers]},
                      ensure_ascii=True).encode()
    rest = len(meta).to_bytes(4, "big") + meta + page.body
    return MAGIC + hashlib.blake2b(rest, digest_size=DIGEST_SIZE).digest() + rest


def decode(entry: bytes, canonical: str, state: int) -> Page | None:
    """The page an entry holds, or None when the entry is damaged or not the page of ``canonical`` at ``state``."""
    head = len(MAGIC) + DIGEST_SIZE
    if not entry.startswith(MAGIC) or len(entry) < head + 4:
        return None
    rest = memoryview(entry)[head:]
    if hashlib.blake2b(rest, digest_size=DIGEST_SIZE).digest() != entry[len(MAGIC):head]:
        return None
    size = int.from_bytes(rest[:4], "big")
    try:
        meta = json.loads(bytes(rest[4:4 + size]))
    except ValueError:
        return None
    if not isinstance(meta, dict) or meta.get("key") != canonical or meta.get("state") != state:
        return None
    headers = tuple((n.encode("latin-1"), v.encode("latin-1")) for n, v in meta["headers"])
    return Page(bytes(rest[4 + size:]), headers, meta["etag"], bool(meta["personal"]))


def _name(kind: str, canonical: str, state: int) -> str:
    return f"{kind}/{state}/{hashlib.blake2b(canonical.encode(), digest_size=16).hexdigest()}"


class SharedPages:
    """Pages by (key, registry state) in a folder shared by the processes of one server."""

    def __init__(self, directory: str | Path, max_bytes: int, registry: str) -> None:
        self.directory = str(directory)
        self.registry = registry  # registry_identity() of the registry served
        # Least recently *stored* first: a read changes nothing on disk, so reads never wait on each other.
        self._cache = diskcache.Cache(self.directory, size_limit=max_bytes, timeout=TIMEOUT_S,
                                      eviction_policy="least-recently-stored")
        self.hits = 0
        self.misses = 0
        self.damaged = 0  # entries found but not served (damaged, or not the page asked for)

    def get(self, key: tuple[Any, ...], state: int) -> Page | None:
        canonical = _canonical(self.registry, key)
        try:
            entry = self._cache.get(_name("page", canonical, state))
        except (diskcache.Timeout, sqlite3.Error, OSError):
            log.warning("reading the shared page cache in %s failed", self.directory, exc_info=True)
            entry = None
        page = decode(entry, canonical, state) if isinstance(entry, bytes) else None
        if page is None:
            self.misses += 1
            if entry is not None:
                self.damaged += 1
                log.warning("a damaged entry for %s in the shared page cache was ignored", key[0])
        else:
            self.hits += 1
        return page

    def put(self, key: tuple[Any, ...], state: int, page: Page) -> None:
        canonical = _canonical(self.registry, key)
        try:
            self._cache.set(_name("page", canonical, state), encode(canonical, state, page))
        except (diskcache.Timeout, sqlite3.Error, OSError):
            log.warning("writing the shared page cache in %s failed", self.directory, exc_info=True)

    def claim(self, key: tuple[Any, ...], state: int) -> bool:
        """Whether this process is the first to take rendering the page for warming (for ``CLAIM_S``):
        after a write, every process of the server warms the pages its readers read most, and one
        render for all is enough."""
        try:
            added: bool = self._cache.add(_name("claim", _canonical(self.registry, key), state), os.getpid(),
                                          expire=CLAIM_S)
        except (diskcache.Timeout, sqlite3.Error, OSError):
            return True  # render it here rather than not at all
        return added

    def close(self) -> None:
        self._cache.close()
