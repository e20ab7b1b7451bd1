"""Watched sources: what is watched, when it is due, what its last answer said, which feed entries were seen.

Adding and removing a source is audited; the bookkeeping of each run (times, validators, the
last error) is not, since it changes no record anyone relies on and would flood the log.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import and_, delete, or_, select, update

from copytrace.errors import CopytraceError
from copytrace.i18n import lazy_gettext
from copytrace.registry import audit, bindings
from copytrace.registry.registry import Registry
from copytrace.registry.tables import watch_items, watch_sources, watch_state

SourceKind = Literal["folder", "page", "feed"]
SOURCE_KINDS: tuple[str, ...] = ("folder", "page", "feed")


class WatchError(CopytraceError):
    """A watched source cannot be added or found as asked (duplicate or unknown name, bad kind)."""


@dataclass(frozen=True, slots=True)
class Source:
    id: int
    name: str
    kind: SourceKind
    location: str
    every_s: int
    allow_private: bool
    etag: str | None
    last_modified: str | None
    content_hash: str | None
    created_at: str
    last_run_at: str | None
    last_ok_at: str | None
    next_run_at: str | None
    failures: int
    last_error: str | None

    @property
    def failing(self) -> bool:
        return self.last_error is not None


def _source(row: Any) -> Source:
    return Source(row.id, row.name, row.kind, row.location, row.every_s, bool(row.allow_private), row.etag,
                  row.last_modified, row.content_hash, row.created_at, row.last_run_at, row.last_ok_at,
                  row.next_run_at, row.failures, row.last_error)


def add_source(registry: Registry, name: str, kind: str, location: str, every_s: int, *, allow_private: bool,
               actor: str) -> Source:
    if kind not in SOURCE_KINDS:
        raise WatchError(lazy_gettext("unknown source kind %(kind)r (known: %(known)s)", kind=kind,
                                      known=", ".join(SOURCE_KINDS)))
    if every_s <= 0:
        raise WatchError(lazy_gettext("a source needs a positive interval"))
    with registry.transaction() as conn:
        if conn.execute(select(watch_sources.c.id).where(watch_sources.c.name == name)).first():
            raise WatchError(lazy_gettext("a source named %(name)r is already watched (give another --name)",
                                          name=name))
        conn.execute(watch_sources.insert().values(
            name=name, kind=kind, location=location, every_s=every_s, allow_private=int(allow_private),
            created_at=audit.now(), created_by=actor, failures=0))
        row = conn.execute(select(watch_sources).where(watch_sources.c.name == name)).one()
        audit.append(conn, actor, "watch.add", name, {"kind": kind, "location": location, "every_s": every_s,
                                                      "allow_private": allow_private},
                     bindings.of_row(conn, "watch_sources", row.id))
    return _source(row)


def remove_source(registry: Registry, name: str, *, actor: str) -> Source:
    """Stop watching a source; the documents it brought stay in the registry."""
    with registry.transaction() as conn:
        row = conn.execute(select(watch_sources).where(watch_sources.c.name == name)).first()
        if row is None:
            raise WatchError(lazy_gettext("no watched source named %(name)r (see 'copytrace watch list')",
                                          name=name))
        conn.execute(delete(watch_items).where(watch_items.c.source_id == row.id))
        conn.execute(delete(watch_sources).where(watch_sources.c.id == row.id))
        audit.append(conn, actor, "watch.remove", name, {"kind": row.kind, "location": row.location},
                     bindings.removed("watch_sources", row.id))
    return _source(row)


def sources(registry: Registry) -> list[Source]:
    with registry.reading() as conn:
        return [_source(r) for r in conn.execute(select(watch_sources).order_by(watch_sources.c.name))]


def due_sources(registry: Registry, now: str) -> list[Source]:
    """Sources never run, or whose next run time has come."""
    query = select(watch_sources).where(or_(watch_sources.c.next_run_at.is_(None),
                                            watch_sources.c.next_run_at <= now)).order_by(watch_sources.c.id)
    with registry.reading() as conn:
        return [_source(r) for r in conn.execute(query)]


def record_success(registry: Registry, source_id: int, *, at: str, next_run_at: str, etag: str | None = None,
                   last_modified: str | None = None, content_hash: str | None = None,
                   keep_validators: bool = False) -> None:
    """A run that worked: the error is cleared; validators are replaced unless ``keep_validators`` (a 304)."""
    values: dict[str, Any] = {"last_run_at": at, "last_ok_at": at, "next_run_at": next_run_at, "failures": 0,
                              "last_error": None}
    if not keep_validators:
        values.update(etag=etag, last_modified=last_modified, content_hash=content_hash)
    with registry.transaction() as conn:
        conn.execute(update(watch_sources).where(watch_sources.c.id == source_id).values(**values))


def record_failure(registry: Registry, source_id: int, *, at: str, next_run_at: str, error: str) -> None:
    with registry.transaction() as conn:
        conn.execute(update(watch_sources).where(watch_sources.c.id == source_id).values(
            last_run_at=at, next_run_at=next_run_at, failures=watch_sources.c.failures + 1, last_error=error))


def seen_items(registry: Registry, source_id: int, keys: list[str]) -> dict[str, str]:
    """Of these feed entry keys, the ones seen before, with the hash of their content then."""
    found: dict[str, str] = {}
    with registry.reading() as conn:
        for chunk in range(0, len(keys), 500):
            query = select(watch_items.c.key, watch_items.c.content_hash).where(
                and_(watch_items.c.source_id == source_id, watch_items.c.key.in_(keys[chunk:chunk + 500])))
            found.update({row.key: row.content_hash for row in conn.execute(query)})
    return found


def record_item(registry: Registry, source_id: int, key: str, content_hash: str, document_id: str | None,
                at: str) -> None:
    """Remember a feed entry (its latest content), so it is not ingested again."""
    with registry.transaction() as conn:
        done = conn.execute(update(watch_items).where(
            and_(watch_items.c.source_id == source_id, watch_items.c.key == key)).values(
            content_hash=content_hash, document_id=document_id, seen_at=at))
        if done.rowcount == 0:
            conn.execute(watch_items.insert().values(source_id=source_id, key=key, content_hash=content_hash,
                                                     document_id=document_id, seen_at=at))


def get_state(registry: Registry, key: str) -> str | None:
    with registry.reading() as conn:
        return conn.execute(select(watch_state.c.value).where(watch_state.c.key == key)).scalar_one_or_none()


def set_state(registry: Registry, key: str, value: str) -> None:
    with registry.transaction() as conn:
        done = conn.execute(update(watch_state).where(watch_state.c.key == key).values(value=value))
        if done.rowcount == 0:
            conn.execute(watch_state.insert().values(key=key, value=value))
