"""What changed between two knowledge times: new entities, new statements, review decisions, and
the licence statuses that came out differently.

Statuses are the reasoning's (``copytrace status``), run twice: over what the registry knew at the
start and at the end. Candidates do not decide a status until reviewed, so a new candidate shows
among the new statements (with its quote) before it moves any status.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any

from copytrace.model.statement import Statement
from copytrace.reason.explain import reasoner
from copytrace.registry import Entity, Registry, history
from copytrace.registry.history import ReviewChange


@dataclass(frozen=True, slots=True)
class StatusChange:
    product: str
    producer: str | None
    before: str
    after: str


@dataclass(slots=True)
class Changes:
    since: str
    until: str
    entities: list[tuple[Entity, str]] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    reviews: list[ReviewChange] = field(default_factory=list)
    statuses: list[StatusChange] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)

    def label(self, entity_id: str | None) -> str:
        return self.labels.get(entity_id or "", entity_id or "")

    def to_dict(self) -> dict[str, Any]:
        return {
            "since": self.since, "until": self.until,
            "entities": [{"id": e.id, "kind": e.kind, "name": e.name, "recorded_at": at} for e, at in self.entities],
            "statements": [{"id": s.id, "subject": self.label(s.subject), "predicate": s.predicate,
                            "object": self.label(s.object_id) if s.object_id else s.value,
                            "scope": self.label(s.scope) if s.scope else None, "status": s.status,
                            "origin": s.origin, "recorded_at": s.recorded_at.isoformat() if s.recorded_at else None,
                            "document": s.evidence.document_id if s.evidence else None,
                            "quote": s.evidence.quote if s.evidence else None} for s in self.statements],
            "reviews": [{"statement": r.statement_id, "from": r.old_status, "to": r.new_status,
                         "reviewer": r.reviewer, "at": r.reviewed_at, "reason": r.reason} for r in self.reviews],
            "statuses": [{"product": self.label(c.product), "producer": self.label(c.producer) or None,
                          "before": c.before, "after": c.after} for c in self.statuses],
        }


def moment(value: date | datetime) -> datetime:
    """A day as its first instant (UTC); a date-time as itself (UTC when it names no zone)."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.combine(value, time.min, tzinfo=UTC)


def changes(registry: Registry, since: date | datetime, until: date | datetime | None = None, *,
            statuses: bool = True) -> Changes:
    """Everything the registry learned after ``since`` and up to ``until`` (default: now)."""
    start = moment(since)
    end = moment(until) if until is not None else datetime.now(UTC)
    after, upto = start.isoformat(timespec="microseconds"), end.isoformat(timespec="microseconds")
    found = Changes(after, upto, history.entities_created(registry, after, upto),
                    history.statements_recorded(registry, after, upto), history.reviews_between(registry, after, upto))
    if statuses:
        found.statuses = status_changes(registry, start, end)
    ids = {e.id for e, _ in found.entities}
    for s in found.statements:
        ids.update(filter(None, (s.subject, s.object_id, s.scope)))
    for c in found.statuses:
        ids.update(filter(None, (c.product, c.producer)))
    found.labels = registry.labels(ids)
    return found


def status_changes(registry: Registry, start: datetime, end: datetime) -> list[StatusChange]:
    """Licence statuses (per product and producer) that differ between the two knowledge times."""
    before = {(a.product, a.producer): a.label for a in reasoner(registry, as_of=start).assess_all()}
    after = {(a.product, a.producer): a.label for a in reasoner(registry, as_of=end).assess_all()}
    out = []
    for key in sorted(set(before) | set(after), key=lambda k: (k[0], k[1] or "")):
        old, new = before.get(key, "(none)"), after.get(key, "(none)")
        if old != new:
            out.append(StatusChange(key[0], key[1], old, new))
    return out
