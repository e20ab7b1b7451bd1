"""The append-only audit log: every write, with who and when, chained by hashes.

Each entry stores the hash of the one before and its own hash over its content and that link, so
changing, removing or reordering any row breaks the chain at that row, and ``verify_chain`` names
the first entry that no longer fits.

An entry that writes a registry row also carries a ``Binding``: the row's table, key and the hash
of its content as written (None when the write removed it), covered by the entry's own hash.
``copytrace.registry.bindings`` checks every row against the newest entry bound to it. The newest
entry's number and hash are also kept in ``audit_head``, so cutting entries from the end of the
log shows even without an anchor kept elsewhere.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, select, text

from copytrace.errors import CopytraceError
from copytrace.i18n import lazy_gettext
from copytrace.registry.tables import audit, audit_head

GENESIS = "0" * 64
# Any constant will do: it names the advisory lock that serialises appends on PostgreSQL.
_PG_AUDIT_LOCK = 0x636F7079
# Set on a connection when it appended entries, so the transaction records the new head at its end.
APPENDED = "copytrace_audit_appended"


@dataclass(frozen=True, slots=True)
class Binding:
    """The row an entry wrote: its table, its key as text, and the hash of its content (None: removed)."""

    table: str
    key: str
    hash: str | None


@dataclass(frozen=True, slots=True)
class AuditEntry:
    seq: int
    at: str
    actor: str
    action: str
    target: str
    payload: dict[str, Any]
    prev_hash: str
    hash: str
    binding: Binding | None = None


Item = tuple[str, str, dict[str, Any]] | tuple[str, str, dict[str, Any], Binding | None]


def now() -> str:
    """The current time in UTC as ISO text, the form every stored time takes."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def entry_hash(seq: int, at: str, actor: str, action: str, target: str, payload: str, prev_hash: str,
               binding: Binding | None = None) -> str:
    # Entries without a binding hash as they always have, so anchors printed before bindings existed hold.
    fields: list[Any] = [seq, at, actor, action, target, payload, prev_hash]
    if binding is not None:
        fields += [binding.table, binding.key, binding.hash]
    body = json.dumps(fields, ensure_ascii=False)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def binding_of(row: Any) -> Binding | None:
    """The binding stored in an ``audit`` row, if it has one."""
    return Binding(row.row_table, row.row_key, row.row_hash) if row.row_table is not None else None


def append(conn: Connection, actor: str, action: str, target: str, payload: dict[str, Any],
           binding: Binding | None = None) -> AuditEntry:
    """Append one entry inside the caller's transaction, so it commits or fails with the write."""
    return append_many(conn, actor, [(action, target, payload, binding)])[0]


def append_many(conn: Connection, actor: str, items: Sequence[Item], at: str | None = None) -> list[AuditEntry]:
    """Append entries (action, target, payload[, binding]) in order, in the caller's transaction.

    ``at``: the time to record, when the write stored it in its rows too (default: now)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_AUDIT_LOCK})
    last = conn.execute(select(audit.c.seq, audit.c.hash).order_by(audit.c.seq.desc()).limit(1)).first()
    seq, prev = (last.seq, last.hash) if last else (0, GENESIS)
    at = at or now()
    made: list[AuditEntry] = []
    rows: list[dict[str, Any]] = []
    for item in items:
        action, target, payload = item[0], item[1], item[2]
        binding = item[3] if len(item) > 3 else None
        seq += 1
        body = json.dumps(payload, ensure_ascii=False, sort_keys=True, default=str)
        digest = entry_hash(seq, at, actor, action, target, body, prev, binding)
        made.append(AuditEntry(seq, at, actor, action, target, payload, prev, digest, binding))
        rows.append({"seq": seq, "at": at, "actor": actor, "action": action, "target": target, "payload": body,
                     "prev_hash": prev, "hash": digest, "row_table": binding.table if binding else None,
                     "row_key": binding.key if binding else None, "row_hash": binding.hash if binding else None})
        prev = digest
    if rows:
        conn.execute(audit.insert(), rows)
        conn.info[APPENDED] = True
    return made


def entries(conn: Connection, limit: int | None = None) -> Iterator[AuditEntry]:
    query = select(audit).order_by(audit.c.seq)
    if limit is not None:
        query = query.limit(limit)
    for row in conn.execute(query):
        yield AuditEntry(row.seq, row.at, row.actor, row.action, row.target, json.loads(row.payload),
                         row.prev_hash, row.hash, binding_of(row))


@dataclass(frozen=True, slots=True)
class Anchor:
    """The newest entry's number and hash, written down outside the registry.

    The chain alone cannot show that its newest entries were cut off: what remains is still a
    valid chain. An anchor kept elsewhere (a ticket, an e-mail, a dossier) can: the entry it
    names must still be there with the same hash.
    """

    seq: int
    hash: str

    def __str__(self) -> str:
        return f"{self.seq}:{self.hash}"

    @classmethod
    def parse(cls, text: str) -> Anchor:
        seq, _, digest = text.strip().partition(":")
        if not seq.isdigit() or int(seq) < 1 or len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            raise CopytraceError(lazy_gettext("%(text)r is not an audit anchor: expected SEQ:HASH, as 'copytrace "
                                              "audit --anchor' prints it (a number, a colon and 64 hex digits)",
                                              text=text))
        return cls(int(seq), digest)


def head(conn: Connection) -> Anchor | None:
    """The anchor of the newest entry, or None while the log is empty."""
    last = conn.execute(select(audit.c.seq, audit.c.hash).order_by(audit.c.seq.desc()).limit(1)).first()
    return Anchor(last.seq, last.hash) if last else None


def stored_head(conn: Connection) -> Anchor | None:
    """The head recorded in ``audit_head`` by the last transaction that appended, if any."""
    row = conn.execute(select(audit_head.c.seq, audit_head.c.hash).where(audit_head.c.id == 1)).first()
    return Anchor(row.seq, row.hash) if row else None


def save_head(conn: Connection) -> Anchor | None:
    """Record the newest entry in ``audit_head``, in the caller's transaction (after its appends)."""
    newest = head(conn)
    if newest is None:
        return None
    done = conn.execute(audit_head.update().where(audit_head.c.id == 1).values(seq=newest.seq, hash=newest.hash))
    if done.rowcount == 0:
        conn.execute(audit_head.insert().values(id=1, seq=newest.seq, hash=newest.hash))
    return newest


def check_head(conn: Connection) -> str | None:
    """Whether the log still ends where ``audit_head`` says it does: entries cut from its end show here."""
    recorded, newest = stored_head(conn), head(conn)
    if recorded is None:
        return None if newest is None else lazy_gettext(
            "the audit log has %(count)s entries but no recorded head: the head row was removed", count=newest.seq)
    if newest is None or newest.seq < recorded.seq:
        ends = newest.seq if newest else 0
        return lazy_gettext("the audit log ends at entry %(ends)s, but the head recorded in the database names entry "
                            "%(head)s: %(removed)s entries were removed from its end", ends=ends, head=recorded.seq,
                            removed=recorded.seq - ends)
    if newest.seq > recorded.seq:
        return lazy_gettext("the audit log ends at entry %(ends)s, but the head recorded in the database names entry "
                            "%(head)s: entries after it were added outside the registry", ends=newest.seq,
                            head=recorded.seq)
    if newest.hash != recorded.hash:
        return lazy_gettext("audit entry %(seq)s is not the head recorded in the database: the history up to it was "
                            "rewritten", seq=newest.seq)
    return None


def verify_chain(conn: Connection, anchor: Anchor | None = None) -> tuple[int, str | None]:
    """Walk the chain; return how many entries were checked and the first problem, if any.

    With an ``anchor``, the entry it names must also still be there with the same hash.
    """
    prev = GENESIS
    expected_seq = 1
    checked = 0
    for row in conn.execute(select(audit).order_by(audit.c.seq)).yield_per(1000):
        if row.seq != expected_seq:
            return checked, lazy_gettext("audit entry %(seq)s is missing (next entry is %(next)s)", seq=expected_seq,
                                         next=row.seq)
        if row.prev_hash != prev:
            return checked, lazy_gettext("audit entry %(seq)s (%(action)s %(target)s) does not link to entry "
                                         "%(previous)s", seq=row.seq, action=row.action, target=row.target,
                                         previous=row.seq - 1)
        digest = entry_hash(row.seq, row.at, row.actor, row.action, row.target, row.payload, row.prev_hash,
                            binding_of(row))
        if digest != row.hash:
            return checked, lazy_gettext("audit entry %(seq)s (%(action)s %(target)s) was altered: its hash does not "
                                         "match", seq=row.seq, action=row.action, target=row.target)
        if anchor is not None and row.seq == anchor.seq and row.hash != anchor.hash:
            return checked, lazy_gettext("audit entry %(seq)s is not the one the anchor names: the history up to it "
                                         "was rewritten", seq=row.seq)
        prev = row.hash
        expected_seq += 1
        checked += 1
    if anchor is not None and checked < anchor.seq:
        return checked, lazy_gettext("the audit log ends at entry %(ends)s, but the anchor names entry %(anchor)s: "
                                     "%(removed)s entries were removed from its end", ends=checked, anchor=anchor.seq,
                                     removed=anchor.seq - checked)
    return checked, None
