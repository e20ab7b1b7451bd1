"""Rows bound to the audit log: every audited row must be exactly what its newest audit entry says.

Each write of an audited table appends an entry carrying a ``Binding``: the row's table, its key
and a SHA-256 of its content as written (``row_hash``). ``verify_rows`` recomputes the hash of
every row and compares it with the newest entry bound to that row, so a row edited, inserted or
deleted in the database directly (or an entry cut from the log) is named: table, key, the audit
entry and, where the entries' payloads tell, the field that differs.

Tables not listed in ``BOUND`` hold no record anyone relies on: derived indexes (``names``,
``search_text``), sessions and throttling counters, the watcher's and deliveries' bookkeeping.
``ftm_statements`` is summarised by digests in its import's entry instead (docs/model.md).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, Connection, Float, Integer, LargeBinary, String, Table, cast, select

from copytrace.i18n import lazy_gettext, lazy_ngettext
from copytrace.model.statement import Statement
from copytrace.registry.audit import Binding
from copytrace.registry.rows import statement_row
from copytrace.registry.tables import (
    alert_rules,
    alerts,
    api_tokens,
    audit,
    documents,
    entities,
    ftm_imports,
    rejections,
    reviews,
    statements,
    timestamps,
    translations,
    users,
    watch_sources,
)

_STREAM = 2000


def _converter(column: Column[Any]) -> Callable[[Any], Any] | None:
    # The same value must hash the same whether it was just written or read back from either backend
    # (a confidence given as 1 is read back as 1.0).
    if isinstance(column.type, Float):
        return lambda v: None if v is None else float(v)
    if isinstance(column.type, Integer):
        return lambda v: None if v is None else int(v)
    if isinstance(column.type, LargeBinary):  # bytes (memoryview from some drivers) as hex; hex text as is
        return lambda v: v.hex() if isinstance(v, bytes | bytearray | memoryview) else v
    return None


@dataclass(frozen=True)
class Bound:
    """An audited table: the columns its row hash covers, in order."""

    table: Table
    columns: tuple[str, ...]

    @property
    def name(self) -> str:
        return self.table.name

    @property
    def key(self) -> Column[Any]:
        [column] = self.table.primary_key.columns
        return column

    @property
    def int_key(self) -> bool:
        return isinstance(self.key.type, Integer)

    def hash(self, values: Mapping[Any, Any]) -> str:
        """The row hash from column values by name."""
        return self.hash_ordered([values[c] for c in self.columns])

    def hash_ordered(self, values: Sequence[Any]) -> str:
        """The row hash from the values of ``columns``, in that order (the fast path for whole tables)."""
        plain = list(values)
        for i, convert in _CONVERTERS[self.name]:
            plain[i] = convert(plain[i])
        body = json.dumps(plain, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _all(table: Table, *left_out: str) -> Bound:
    return Bound(table, tuple(c.name for c in table.columns if c.name not in left_out))


BOUND: dict[str, Bound] = {b.name: b for b in (
    _all(entities), _all(statements), _all(reviews), _all(documents), _all(rejections), _all(users),
    _all(api_tokens),
    # What each run of a source leaves (times, validators, last error) is bookkeeping, not audited.
    _all(watch_sources, "etag", "last_modified", "content_hash", "last_run_at", "last_ok_at", "next_run_at",
         "failures", "last_error"),
    _all(alert_rules), _all(alerts), _all(ftm_imports), _all(translations), _all(timestamps),
)}
# Per table: (position, converter) of the columns whose values need one.
_CONVERTERS: dict[str, list[tuple[int, Callable[[Any], Any]]]] = {
    name: [(i, f) for i, c in enumerate(b.columns) if (f := _converter(b.table.c[c])) is not None]
    for name, b in BOUND.items()}


def of_values(table: str, values: Mapping[Any, Any]) -> Binding:
    """The binding of a row about to be (or just) written, from its full column values."""
    bound = BOUND[table]
    return Binding(table, str(values[bound.key.name]), bound.hash(values))


def of_row(conn: Connection, table: str, key: object) -> Binding:
    """The binding of a stored row, read back in the caller's transaction (defaults filled in)."""
    bound = BOUND[table]
    row = conn.execute(select(bound.table).where(bound.key == key)).one()
    return Binding(table, str(key), bound.hash(row._mapping))


def removed(table: str, key: object) -> Binding:
    """The binding of a write that removed a row: it must be gone."""
    return Binding(table, str(key), None)


# -- checking -----------------------------------------------------------------------------------

def _key_text(bound: Bound) -> Any:
    return cast(bound.key, String) if bound.int_key else bound.key


def _check_rows(conn: Connection, bound: Bound) -> tuple[int, str | None]:
    """Every row against its newest bound entry; return rows checked and the first problem."""
    newest = audit.alias("newest")
    probe = audit.alias("probe")
    latest = (select(probe.c.seq).where(probe.c.row_table == bound.name, probe.c.row_key == _key_text(bound))
              .order_by(probe.c.seq.desc()).limit(1).scalar_subquery())
    columns = [bound.table.c[c] for c in bound.columns]
    query = (select(*columns, newest.c.seq.label("bound_seq"), newest.c.row_hash.label("bound_hash"))
             .select_from(bound.table.outerjoin(newest, newest.c.seq == latest))
             .execution_options(yield_per=_STREAM))
    with conn.execute(query) as result:  # closed on the first problem too: a streamed cursor must not linger
        return _first_problem(conn, bound, result)


def _first_problem(conn: Connection, bound: Bound, result: Iterable[Any]) -> tuple[int, str | None]:
    checked = 0
    key_name = bound.key.name
    width = len(bound.columns)
    for row in result:
        checked += 1
        if row.bound_hash is not None and bound.hash_ordered(row[:width]) == row.bound_hash:
            continue
        values = row._mapping
        if row.bound_seq is None:
            return checked, lazy_gettext("%(table)s %(key)s: no audit entry wrote this row (inserted directly?)",
                                         table=bound.name, key=values[key_name])
        if row.bound_hash is None:
            return checked, lazy_gettext("%(table)s %(key)s: audit entry %(seq)s removed this row, but it is there",
                                         table=bound.name, key=values[key_name], seq=row.bound_seq)
        if bound.hash(values) != row.bound_hash:
            fields = _differing(conn, bound, str(values[key_name]), values)
            return checked, lazy_gettext("%(table)s %(key)s: the row differs from what audit entry %(seq)s recorded "
                                         "(%(fields)s)", table=bound.name, key=values[key_name], seq=row.bound_seq,
                                         fields=fields)
    return checked, None


def _check_entries(conn: Connection, bound: Bound) -> str | None:
    """The first bound entry, newest for its row, whose row is missing."""
    entry = audit.alias("entry")
    later = audit.alias("later")
    key = cast(entry.c.row_key, Integer) if bound.int_key else entry.c.row_key
    newer = select(later.c.seq).where(later.c.row_table == bound.name, later.c.row_key == entry.c.row_key,
                                      later.c.seq > entry.c.seq).exists()
    present = select(bound.key).where(bound.key == key).exists()
    found = conn.execute(select(entry.c.seq, entry.c.row_key)
                         .where(entry.c.row_table == bound.name, entry.c.row_hash.is_not(None), ~newer, ~present)
                         .order_by(entry.c.seq).limit(1)).first()
    if found is None:
        return None
    return lazy_gettext("%(table)s %(key)s: the row audit entry %(seq)s wrote is missing (deleted directly?)",
                        table=bound.name, key=found.row_key, seq=found.seq)


def verify_rows(conn: Connection, tables: Iterable[str] | None = None) -> tuple[int, list[str]]:
    """Check every row of the audited tables; return how many rows were checked and the problems
    (the first one per table)."""
    checked = 0
    problems: list[str] = []
    for name in tables or BOUND:
        bound = BOUND[name]
        count, problem = _check_rows(conn, bound)
        checked += count
        if problem is None:
            problem = _check_entries(conn, bound)
        if problem is not None:
            problems.append(problem)
    return checked, problems


# -- naming the field ---------------------------------------------------------------------------

def _expected(conn: Connection, bound: Bound, key: str) -> dict[str, Any]:
    """What the audit entries bound to a row say of its columns, replayed oldest first."""
    expected: dict[str, Any] = {}
    rows = conn.execute(select(audit).where(audit.c.row_table == bound.name, audit.c.row_key == key)
                        .order_by(audit.c.seq))
    for entry in rows:
        payload = json.loads(entry.payload)
        if entry.action == "statement.add":
            expected.update(statement_row(Statement.from_dict(payload)))
        elif entry.action == "statement.review":
            expected.update(status=payload["to"], review_reason=payload["reason"], version=payload["version"],
                            reviewed_by=entry.actor, reviewed_at=entry.at)
        else:
            expected.update({k: v for k, v in payload.items() if k in bound.columns})
    return expected


def _differing(conn: Connection, bound: Bound, key: str, values: Mapping[Any, Any]) -> str:
    try:
        expected = _expected(conn, bound, key)
    except (ValueError, KeyError, TypeError):
        expected = {}
    position = {c: i for i, c in enumerate(bound.columns)}
    expected_row = [expected.get(c) for c in bound.columns]
    actual_row = [values[c] for c in bound.columns]
    for i, convert in _CONVERTERS[bound.name]:
        expected_row[i], actual_row[i] = convert(expected_row[i]), convert(actual_row[i])
    differ = [c for c in expected if c in position and expected_row[position[c]] != actual_row[position[c]]]
    if not differ:
        return lazy_gettext("the audit entries do not record which field")
    return lazy_ngettext("field %(names)s", "fields %(names)s", len(differ), names=", ".join(differ))
