"""Trusted timestamps of the audit chain's head, stored in the registry and checked by ``verify``.

``stamp`` asks an RFC 3161 time-stamping authority to sign the newest audit entry's hash and stores
the token with the entry it covers, the authority's URL and the time it states; like every write, the
row is bound to an audit entry of its own (``timestamp.add``). ``check`` verifies every stored token
offline (``copytrace.timestamp.check``) and that the head hash it covers is still the hash of that
entry in the chain. The protocol needs the ``timestamp`` extra, imported only when a token is asked
for or one is stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, select

from copytrace.errors import CopytraceError
from copytrace.i18n import lazy_gettext
from copytrace.registry import audit, bindings
from copytrace.registry.tables import audit as chain
from copytrace.registry.tables import timestamps

if TYPE_CHECKING:
    from copytrace.registry.registry import Registry


@dataclass(frozen=True, slots=True)
class Stamp:
    """A stored token: its row id, the audit entry and head hash it covers, where it came from, what it says."""

    id: int
    audit_seq: int
    head_hash: str
    tsa_url: str
    tsa_time: str
    signer: str


def stamp(registry: Registry, url: str, *, actor: str) -> Stamp:
    """Have the TSA at ``url`` sign the chain head; store and return the token (nothing is stored on failure)."""
    from copytrace import timestamp as tsp

    with registry.reading() as conn:
        head = audit.head(conn)
    if head is None:
        raise CopytraceError(lazy_gettext("the audit log is empty: nothing to timestamp yet; it gets its first entry "
                                          "with the first write (copytrace load-pack NAME)"))
    token, checked = tsp.ask(url, head.hash)
    with registry.transaction() as conn:
        still = conn.execute(select(chain.c.hash).where(chain.c.seq == head.seq)).scalar_one_or_none()
        if still != head.hash:
            raise CopytraceError(lazy_gettext("audit entry %(seq)s changed while the time-stamping authority signed "
                                              "it: run 'copytrace verify'", seq=head.seq))
        row: dict[str, Any] = {"audit_seq": head.seq, "head_hash": head.hash, "tsa_url": url,
                               "tsa_time": checked.gen_time, "token": token, "stored_at": audit.now()}
        inserted = conn.execute(timestamps.insert().values(row)).inserted_primary_key
        assert inserted is not None
        stamp_id = int(inserted[0])
        payload = {**row, "token": token.hex()}
        audit.append(conn, actor, "timestamp.add", str(stamp_id), payload,
                     bindings.of_row(conn, "timestamps", stamp_id))
    return Stamp(stamp_id, head.seq, head.hash, url, checked.gen_time, checked.signer)


def count(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(timestamps)).scalar_one())


def check(conn: Connection) -> tuple[list[Stamp], list[str]]:
    """Check every stored token; return those that verify and one problem line per token that does not."""
    if count(conn) == 0:
        return [], []
    from copytrace import timestamp as tsp

    good: list[Stamp] = []
    problems: list[str] = []
    query = (select(timestamps, chain.c.hash.label("entry_hash"))
             .select_from(timestamps.outerjoin(chain, chain.c.seq == timestamps.c.audit_seq))
             .order_by(timestamps.c.id))
    for row in conn.execute(query):
        name = lazy_gettext("timestamp %(id)s (audit entry %(seq)s, %(url)s)", id=row.id, seq=row.audit_seq,
                            url=row.tsa_url)
        if row.entry_hash is None:
            problems.append(lazy_gettext("%(name)s: audit entry %(seq)s is not in the log", name=name,
                                         seq=row.audit_seq))
            continue
        if row.entry_hash != row.head_hash:
            problems.append(lazy_gettext("%(name)s: its head hash %(hash)s is not the hash of audit entry %(seq)s",
                                         name=name, hash=row.head_hash, seq=row.audit_seq))
            continue
        try:
            checked = tsp.check(bytes(row.token), row.head_hash)
        except tsp.BadToken as exc:
            problems.append(lazy_gettext("%(name)s: %(error)s", name=name, error=str(exc)))
            continue
        if checked.gen_time != row.tsa_time:
            problems.append(lazy_gettext("%(name)s: the token states the time %(time)s, not the stored %(stored)s",
                                         name=name, time=checked.gen_time, stored=row.tsa_time))
            continue
        good.append(Stamp(row.id, row.audit_seq, row.head_hash, row.tsa_url, row.tsa_time, checked.signer))
    return good, problems
