"""The reasoner as the web serves it: one subject's facts for an entity page, a shared snapshot for the rest.

An entity page assesses one product or design: :func:`copytrace.reason.local.reasoner_for` loads
just the facts that assessment reads (its lineage, the licences naming it, the parties its
producers stand for), a few milliseconds, always as the registry stands.

Whole-registry answers (the dashboard's strongest claims, the map) need every assessment, and
loading the whole registry's facts costs seconds at scale. The app keeps one :class:`Snapshot`
keyed by the newest audit entry (every write appends one). The first request builds it; after
a write, requests keep getting the previous snapshot while one background thread builds the new
one, so no request waits for a rebuild, and such pages lag the registry by one rebuild at most.

An entity page's explanations are memoised per process in an :class:`ExplanationCache` keyed by
the newest audit entry too: a request pays one indexed ``max(seq)`` read to learn whether they are
still the registry's answer, and a write (which always appends an audit entry) invalidates them.
"""

from __future__ import annotations

import contextvars
import logging
import threading
import time
import weakref
from collections import Counter, OrderedDict
from collections.abc import Callable
from typing import Any, TypeVar

from copytrace.present import entity_assessments, present_explained
from copytrace.reason.claims import Claim, strongest
from copytrace.reason.explain import (
    explain_all,
    facility_assessments,
    reasoner,
    respondent_assessments,
)
from copytrace.reason.licence import Assessment, Reasoner
from copytrace.registry import Registry, queries

log = logging.getLogger(__name__)
T = TypeVar("T")


def registry_state(registry: Registry) -> int:
    """The sequence number of the newest audit entry: it changes with every write."""
    return queries.last_audit_seq(registry)


class Snapshot:
    """A reasoner over one registry state, with whole-registry answers memoised."""

    def __init__(self, state: int, r: Reasoner) -> None:
        self.state = state
        self.reasoner = r
        # Re-entrant: one memoised answer may be computed from another.
        self._lock = threading.RLock()
        self._memo: dict[str, Any] = {}

    def _once(self, key: str, compute: Callable[[], T]) -> T:
        with self._lock:
            if key not in self._memo:
                self._memo[key] = compute()
            found: T = self._memo[key]
            return found

    def assessments(self) -> list[Assessment]:
        """Every (product, producer) assessment of the registry."""
        return self._once("all", self.reasoner.assess_all)

    def strongest_unlicensed(self, registry: Registry, limit: int = 10) -> list[Claim]:
        def compute() -> list[Claim]:
            unlicensed = [a for a in self.assessments() if a.status == "unlicensed"]
            return strongest(registry, unlicensed, limit=limit)

        return self._once(f"strongest:{limit}", compute)


class ReasonerCache:
    """The current snapshot: built by the first request, then rebuilt off the request path after writes."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._current: Snapshot | None = None
        self._building: int | None = None  # the state a background thread is building

    def snapshot(self, registry: Registry) -> tuple[Snapshot, bool]:
        """The newest snapshot built, and whether it is of the registry as it stands now.

        When a write has made it stale, a background rebuild starts and the stale one is returned
        meanwhile (pages say so); only the very first request waits for a build.
        """
        state = registry_state(registry)
        current = self._current
        if current is not None and current.state >= state:  # >=: built after this request read the state
            return current, True
        if current is not None:
            self._rebuild_later(registry, state)
            return current, False
        with self._lock:
            current = self._current
            if current is None:
                current = self._current = _build(registry, state)
            return current, current.state == state

    def _rebuild_later(self, registry: Registry, state: int) -> None:
        with self._lock:
            if self._building is not None:
                return  # one rebuild at a time; a later request starts the next one if still behind
            self._building = state
        # An empty context: the thread must not share the request's pinned read connection.
        threading.Thread(target=contextvars.Context().run, args=(self._rebuild, registry, state),
                         name="reasoner-snapshot", daemon=True).start()

    def _rebuild(self, registry: Registry, state: int) -> None:
        try:
            built = _build(registry, state)
            built.strongest_unlicensed(registry)  # what the dashboard shows, ready before it is asked
            with self._lock:
                if self._current is None or self._current.state < built.state:
                    self._current = built
        except Exception:  # the app may be shutting down; the next request tries again
            log.exception("rebuilding the reasoner snapshot for registry state %s failed", state)
        finally:
            with self._lock:
                self._building = None


def _build(registry: Registry, state: int) -> Snapshot:
    started = time.perf_counter()
    # The state is read before the facts: a write in between makes the snapshot newer than its
    # key, and the next request rebuilds; never older.
    built = Snapshot(state, reasoner(registry))
    log.info("reasoner built for registry state %s in %.2f s", state, time.perf_counter() - started)
    return built


# An organization or country page explains at most this many of its assessments (a country may
# have thousands); the counts cover all of them and the dossier has every one.
EXPLAINED_LIMIT = 100
# Shown first: what a claim is built on.
STATUS_ORDER = {"unlicensed": 0, "disputed": 1, "expired": 2, "unknown": 3, "licensed": 4}


def explain_respondent(registry: Registry, entity_id: str, kind: str) -> dict[str, Any] | None:
    """What an organization or country makes (itself or through those it answers for), or a
    facility's products as made by its operators, with licence statuses (memoised until the next write)."""
    if kind not in ("organization", "country", "facility"):
        return None
    return explanation_cache(registry).get(registry, ("respondent", entity_id, kind),
                                           lambda: _explain_respondent(registry, entity_id, kind))


def _explain_respondent(registry: Registry, entity_id: str, kind: str) -> dict[str, Any] | None:
    if kind in ("organization", "country"):
        found = respondent_assessments(registry, entity_id, kind)[1]
    elif kind == "facility":
        found = facility_assessments(registry, entity_id)
    else:
        return None
    counts: Counter[str] = Counter(a.status for a in found)
    labels = registry.labels(a.product for a in found)
    found.sort(key=lambda a: (STATUS_ORDER.get(a.status, 9), labels.get(a.product, a.product).casefold(),
                              a.producer or ""))
    shown = [present_explained(e) for e in explain_all(registry, found[:EXPLAINED_LIMIT])]
    return {"counts": {s: counts[s] for s in STATUS_ORDER if counts[s]}, "total": len(found),
            "products": len({a.product for a in found}), "assessments": shown}


class ExplanationCache:
    """Explanations per (what, entity) for one registry state, the newest ``size`` kept.

    Keyed by the newest audit sequence: every write appends an audit entry, so an entry computed
    before a write is never served after it. What is cached is shared by the requests of one
    process and must not be changed by them (pages only read it).
    """

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self._lock = threading.Lock()
        self._state = -1
        self._found: OrderedDict[tuple[str, str, str], Any] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def clear(self) -> None:
        """Forget everything (the web benchmark measures pages computed from nothing with it)."""
        with self._lock:
            self._found.clear()
            self._state = -1

    def get(self, registry: Registry, key: tuple[str, str, str], compute: Callable[[], T]) -> T:
        with registry.reading():  # the state and the answer from one snapshot
            state = queries.last_audit_seq(registry)
            with self._lock:
                if state != self._state:
                    self._found.clear()
                    self._state = state
                elif key in self._found:
                    self._found.move_to_end(key)
                    self.hits += 1
                    found: T = self._found[key]
                    return found
                self.misses += 1
            value = compute()
        with self._lock:
            if self._state == state:
                self._found[key] = value
                while len(self._found) > self.size:
                    self._found.popitem(last=False)
        return value


_caches: weakref.WeakKeyDictionary[Registry, ExplanationCache] = weakref.WeakKeyDictionary()
_caches_lock = threading.Lock()


def explanation_cache(registry: Registry) -> ExplanationCache:
    """The process's explanation cache for one open registry."""
    with _caches_lock:
        found = _caches.get(registry)
        if found is None:
            found = _caches[registry] = ExplanationCache()
        return found


def explain_entity(registry: Registry, entity_id: str, kind: str) -> list[dict[str, Any]]:
    """The licence status of an entity with the full explanation, for its page (from its own facts
    only; memoised until the next write)."""
    return explanation_cache(registry).get(registry, ("entity", entity_id, kind),
                                           lambda: entity_assessments(registry, entity_id, kind))
