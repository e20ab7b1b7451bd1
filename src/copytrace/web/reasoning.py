"""The reasoner as the web serves it: built once per registry state and shared by requests.

Loading the reasoning facts costs time proportional to the registry (about a second per few
hundred thousand statements), while one assessment costs well under a millisecond. So the app
keeps one :class:`Snapshot` keyed by the newest audit entry: every write (statement, review,
ingest, user change) appends one, so a page never shows a status older than the registry.
The first request after a write rebuilds; the rest reuse it. Whole-registry answers (every
assessment, the strongest claims) are computed lazily once per snapshot.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import func, select

from copytrace.reason.claims import Claim, strongest
from copytrace.reason.explain import Explained, explain_all, reasoner
from copytrace.reason.licence import Assessment, Reasoner
from copytrace.registry import Registry
from copytrace.registry.tables import audit
from copytrace.web.present import entity_ref

log = logging.getLogger(__name__)
T = TypeVar("T")


def registry_state(registry: Registry) -> int:
    """The sequence number of the newest audit entry: it changes with every write."""
    with registry.engine.connect() as conn:
        seq: int | None = conn.execute(select(func.max(audit.c.seq))).scalar_one()
    return seq or 0


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
    """The current snapshot; rebuilt by one thread when the registry has changed."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._current: Snapshot | None = None

    def snapshot(self, registry: Registry) -> Snapshot:
        state = registry_state(registry)
        current = self._current
        if current is not None and current.state == state:
            return current
        with self._lock:
            current = self._current
            if current is not None and current.state == state:
                return current
            started = time.perf_counter()
            # The state is read before the facts: a write in between makes the snapshot newer
            # than its key, and the next request rebuilds; never older.
            current = Snapshot(state, reasoner(registry))
            log.info("reasoner built for registry state %s in %.2f s", state, time.perf_counter() - started)
            self._current = current
            return current


def assessments_of(snapshot: Snapshot, entity_id: str, kind: str) -> list[Assessment]:
    """The licence assessments an entity page shows: a product's (per producer), a made design's."""
    r = snapshot.reasoner
    producers = r.producers(entity_id)
    if kind == "product":
        return [r.assess(entity_id, p) for p in producers] if producers else [r.assess(entity_id, None)]
    if kind == "design" and producers:
        return [r.assess(entity_id, p) for p in producers]
    return []


def present_explained(item: Explained, kinds: dict[str, str]) -> dict[str, Any]:
    """An explanation as the page and its JSON twin show it: each step with its sources inline."""
    data = item.to_dict()
    a = item.assessment
    data["product"] = entity_ref(a.product, item.labels, kinds)
    data["producer"] = entity_ref(a.producer, item.labels, kinds)

    def source(sid: str) -> dict[str, Any]:
        found = item.sources.get(sid)
        out: dict[str, Any] = found.to_dict() if found else {"statement_id": sid}
        out["url"] = f"/statement/{sid}"
        if found is not None and found.kind == "document" and found.sha256:
            out["document_url"] = f"/document/{found.sha256}#s-{sid}"
        return out

    for key, steps in (("explanation", a.steps), ("pending_evidence", a.pending)):
        for shown, step in zip(data[key], steps, strict=True):
            shown["sources"] = [source(sid) for sid in step.statements]
    return data


def explain_entity(registry: Registry, snapshot: Snapshot, entity_id: str, kind: str) -> list[dict[str, Any]]:
    """The licence status of an entity with the full explanation, for its page."""
    found = assessments_of(snapshot, entity_id, kind)
    if not found:
        return []
    explained = explain_all(registry, found)
    kinds = registry.kinds_of({i for e in explained for i in e.labels})
    return [present_explained(e, kinds) for e in explained]
