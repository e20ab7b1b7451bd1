"""Alert rules, the alerts they raised, who has read them, and every delivery owed or made.

An alert's id is a hash of its rule and its cause, so inserting it again is a no-op: no alert is
raised (or sent) twice for the same cause. Loading rules and raising alerts are audited.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, select, update

from copytrace.registry import audit, bindings
from copytrace.registry.registry import Registry
from copytrace.registry.tables import alert_deliveries, alert_reads, alert_rules, alerts


@dataclass(frozen=True, slots=True)
class RuleRow:
    id: str
    kind: str
    params: dict[str, Any]
    owner: str
    severity: str
    disabled: bool
    created_at: str


@dataclass(frozen=True, slots=True)
class Alert:
    id: str
    rule_id: str
    kind: str
    severity: str
    owner: str
    title: str
    subject_id: str | None
    detail: dict[str, Any]
    raised_at: str
    read: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "rule": self.rule_id, "kind": self.kind, "severity": self.severity,
                "owner": self.owner, "title": self.title, "subject": self.subject_id, "raised_at": self.raised_at,
                "read": self.read, **self.detail}


@dataclass(frozen=True, slots=True)
class Delivery:
    id: int
    alert_id: str
    channel: str
    target: str
    status: str
    attempts: int
    last_error: str | None
    updated_at: str
    next_attempt_at: str | None = None


def _rule(row: Any) -> RuleRow:
    return RuleRow(row.id, row.kind, json.loads(row.params), row.owner, row.severity, bool(row.disabled),
                   row.created_at)


def _alert(row: Any, read: bool = False) -> Alert:
    return Alert(row.id, row.rule_id, row.kind, row.severity, row.owner, row.title, row.subject_id,
                 json.loads(row.detail), row.raised_at, read)


# -- rules --------------------------------------------------------------------------------

def save_rules(registry: Registry, rules: Sequence[RuleRow], *, actor: str) -> tuple[int, int]:
    """Add new rules and update changed ones (by id); return (added, changed). A rule keeps its creation time."""
    added = changed = 0
    with registry.transaction() as conn:
        for rule in rules:
            values = {"kind": rule.kind, "params": json.dumps(rule.params, sort_keys=True, ensure_ascii=False),
                      "owner": rule.owner, "severity": rule.severity, "disabled": int(rule.disabled)}
            row = conn.execute(select(alert_rules).where(alert_rules.c.id == rule.id)).first()
            if row is None:
                conn.execute(alert_rules.insert().values(id=rule.id, created_at=audit.now(), created_by=actor,
                                                         **values))
                added += 1
            elif any(getattr(row, key) != value for key, value in values.items()):
                conn.execute(update(alert_rules).where(alert_rules.c.id == rule.id).values(**values))
                changed += 1
            else:
                continue
            audit.append(conn, actor, "rule.save", rule.id, values, bindings.of_row(conn, "alert_rules", rule.id))
    return added, changed


def rules(registry: Registry, *, enabled_only: bool = False) -> list[RuleRow]:
    query = select(alert_rules).order_by(alert_rules.c.id)
    if enabled_only:
        query = query.where(alert_rules.c.disabled == 0)
    with registry.reading() as conn:
        return [_rule(r) for r in conn.execute(query)]


# -- alerts -------------------------------------------------------------------------------

def raise_alerts(registry: Registry, new: Sequence[Alert], *, actor: str) -> list[Alert]:
    """Store the alerts not stored before (by id); return those."""
    if not new:
        return []
    with registry.transaction() as conn:
        ids = [a.id for a in new]
        known = set(conn.execute(select(alerts.c.id).where(alerts.c.id.in_(ids))).scalars())
        fresh = list({a.id: a for a in new if a.id not in known}.values())
        if fresh:
            rows = [{"id": a.id, "rule_id": a.rule_id, "kind": a.kind, "severity": a.severity, "owner": a.owner,
                     "title": a.title, "subject_id": a.subject_id, "raised_at": a.raised_at,
                     "detail": json.dumps(a.detail, ensure_ascii=False, sort_keys=True)} for a in fresh]
            conn.execute(alerts.insert(), rows)
            audit.append_many(conn, actor, [("alert.raise", a.id, {"rule": a.rule_id, "title": a.title},
                                             bindings.of_values("alerts", row))
                                            for a, row in zip(fresh, rows, strict=True)])
    return fresh


def alert_list(registry: Registry, *, since: str | None = None, until: str | None = None,
               username: str | None = None, unread_only: bool = False, limit: int | None = None) -> list[Alert]:
    """Alerts raised in (since, until], newest first, each with its read state for ``username``."""
    query = select(alerts).order_by(alerts.c.raised_at.desc(), alerts.c.id)
    if since is not None:
        query = query.where(alerts.c.raised_at > since)
    if until is not None:
        query = query.where(alerts.c.raised_at <= until)
    with registry.reading() as conn:
        read: set[str] = set()
        if username is not None:
            read = set(conn.execute(select(alert_reads.c.alert_id).where(alert_reads.c.username == username))
                       .scalars())
        found = [_alert(r, r.id in read) for r in conn.execute(query)]
    if unread_only:
        found = [a for a in found if not a.read]
    return found[:limit] if limit is not None else found


def get_alert(registry: Registry, alert_id: str) -> Alert | None:
    with registry.reading() as conn:
        row = conn.execute(select(alerts).where(alerts.c.id == alert_id)).first()
    return _alert(row) if row else None


def mark_read(registry: Registry, username: str, alert_ids: Sequence[str]) -> int:
    """Mark alerts read for one user; return how many were unread."""
    at = audit.now()
    with registry.transaction() as conn:
        known = set(conn.execute(select(alerts.c.id).where(alerts.c.id.in_(list(alert_ids)))).scalars())
        done = set(conn.execute(select(alert_reads.c.alert_id).where(
            and_(alert_reads.c.username == username, alert_reads.c.alert_id.in_(list(known))))).scalars())
        fresh = sorted(known - done)
        if fresh:
            conn.execute(alert_reads.insert(), [{"alert_id": i, "username": username, "read_at": at} for i in fresh])
    return len(fresh)


def unread_count(registry: Registry, username: str) -> int:
    with registry.reading() as conn:
        total = conn.execute(select(func.count()).select_from(alerts)).scalar_one()
        read = conn.execute(select(func.count()).select_from(alert_reads)
                            .where(alert_reads.c.username == username)).scalar_one()
    return int(total) - int(read)


# -- deliveries ---------------------------------------------------------------------------

def _delivery(row: Any) -> Delivery:
    return Delivery(row.id, row.alert_id, row.channel, row.target, row.status, row.attempts, row.last_error,
                    row.updated_at, row.next_attempt_at)


def owe_deliveries(registry: Registry, owed: Sequence[tuple[str, str, str]]) -> int:
    """Record (alert id, channel, target) deliveries as pending, once each; return how many were new."""
    added = 0
    at = audit.now()
    with registry.transaction() as conn:
        for alert_id, channel, target in owed:
            exists = conn.execute(select(alert_deliveries.c.id).where(and_(
                alert_deliveries.c.alert_id == alert_id, alert_deliveries.c.channel == channel,
                alert_deliveries.c.target == target))).first()
            if exists is None:
                conn.execute(alert_deliveries.insert().values(
                    alert_id=alert_id, channel=channel, target=target, status="pending", attempts=0,
                    updated_at=at))
                added += 1
    return added


def due_deliveries(registry: Registry, now: str, max_attempts: int) -> list[Delivery]:
    """Deliveries not yet made whose time has come and that have tries left."""
    c = alert_deliveries.c
    query = (select(alert_deliveries).where(and_(
        c.status != "sent", c.attempts < max_attempts,
        (c.next_attempt_at.is_(None)) | (c.next_attempt_at <= now))).order_by(c.id))
    with registry.reading() as conn:
        return [_delivery(r) for r in conn.execute(query)]


def record_delivery(registry: Registry, delivery_id: int, *, sent: bool, attempts: int, error: str | None,
                    next_attempt_at: str | None) -> None:
    with registry.transaction() as conn:
        conn.execute(update(alert_deliveries).where(alert_deliveries.c.id == delivery_id).values(
            status="sent" if sent else "failed", attempts=attempts, last_error=error, updated_at=audit.now(),
            next_attempt_at=next_attempt_at))


def deliveries(registry: Registry, alert_id: str | None = None) -> list[Delivery]:
    query = select(alert_deliveries).order_by(alert_deliveries.c.id)
    if alert_id is not None:
        query = query.where(alert_deliveries.c.alert_id == alert_id)
    with registry.reading() as conn:
        return [_delivery(r) for r in conn.execute(query)]
