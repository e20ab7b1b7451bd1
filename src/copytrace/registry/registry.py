"""The one gateway through which every read and write of the registry goes."""

from __future__ import annotations

import functools
import hashlib
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, cast

from rapidfuzz import fuzz, process
from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Connection,
    Engine,
    Integer,
    Row,
    Select,
    and_,
    bindparam,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.pool import QueuePool

from copytrace import settings
from copytrace.errors import (
    AmbiguousName,
    Conflict,
    ConflictError,
    InvalidStatement,
    NotFound,
    RegistryError,
    UnknownEntity,
)
from copytrace.extract.shapes import designation_spelling
from copytrace.i18n import Word, lazy_gettext
from copytrace.model.names import name_key
from copytrace.model.schema import Schema, default_schema
from copytrace.model.statement import Statement, Status
from copytrace.registry import audit, bindings, writes
from copytrace.registry import documents as docstore
from copytrace.registry import engine as engines
from copytrace.registry import timestamps as stamps
from copytrace.registry.rows import row_statement
from copytrace.registry.search import SearchHit, search
from copytrace.registry.tables import documents, entities, names, reviews, statements


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    kind: str
    name: str


@dataclass(slots=True)
class VerifyReport:
    audit_entries: int = 0
    documents: int = 0
    rows: int = 0
    head: audit.Anchor | None = None
    # The stored trusted timestamps whose tokens verify (a bad one is a problem instead).
    timestamps: list[stamps.Stamp] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


# Reads that every page makes, built once: building a SQLAlchemy statement costs several times
# more than SQLite takes to run one of these.
_CHUNK = 500
_ENTITY = select(entities).where(entities.c.id == bindparam("id"))
_ENTITIES = (select(entities.c.id, entities.c.kind, entities.c.name)
             .where(entities.c.id.in_(bindparam("ids", expanding=True))))
_NAMES_OF = (select(names.c.name, names.c.is_alias).where(names.c.entity_id == bindparam("id"))
             .order_by(names.c.is_alias, names.c.name))


@functools.lru_cache(maxsize=128)
def _statements_query(filters: frozenset[str], limited: bool) -> Select[Any]:
    """The query behind ``Registry.statements`` for one combination of filters, values as parameters."""
    c = statements.c
    involving: BindParameter[str] = bindparam("involving")
    as_true_on: BindParameter[str] = bindparam("as_true_on")
    conditions: dict[str, ColumnElement[bool]] = {
        "subject": c.subject_id == bindparam("subject"),
        "predicate": c.predicate.in_(bindparam("predicate", expanding=True)),
        "object_id": c.object_id == bindparam("object_id"),
        "involving": or_(c.subject_id == involving, c.object_id == involving, c.scope_id == involving),
        "scope": c.scope_id == bindparam("scope"),
        "origin": c.origin == bindparam("origin"),
        "document": c.document_id == bindparam("document"),
        "recorded_by": c.recorded_by == bindparam("recorded_by"),
        "ids": c.id.in_(bindparam("ids", expanding=True)),
        "as_true_on": and_(or_(c.valid_start.is_(None), c.valid_start <= as_true_on),
                           or_(c.valid_end.is_(None), c.valid_end >= as_true_on)),
        "as_known_on": c.recorded_at <= bindparam("as_known_on"),
        "status": c.status.in_(bindparam("status", expanding=True)),
    }
    query = (select(statements).where(*(conditions[name] for name in sorted(filters)))
             .order_by(c.subject_id, c.predicate, c.valid_start, c.recorded_at, c.id))
    return query.limit(bindparam("limit", type_=Integer)) if limited else query


def _decided_by(decisions: Sequence[Any], until: str) -> tuple[str, Any, int]:
    """From a statement's review decisions (oldest first): its status at ``until``, the last
    decision made by then (None: none yet) and how many were."""
    before = [d for d in decisions if d.reviewed_at <= until]
    if before:
        return before[-1].new_status, before[-1], len(before)
    return decisions[0].old_status, None, 0


def _day_end(day: date | datetime) -> str:
    """The last instant of a day as stored-time text, so "as known on D" includes all of D."""
    if isinstance(day, datetime):
        return day.astimezone(UTC).isoformat(timespec="microseconds")
    return datetime(day.year, day.month, day.day, 23, 59, 59, 999999, tzinfo=UTC).isoformat()


# A reading() block remembers at most this many statements (an export reading the whole registry
# in one block must not hold all of it): past that, statements are built from their rows as read.
READ_MEMO_STATEMENTS = 10_000


class ReadMemo:
    """What one ``reading()`` block has read, for reads later in the same block.

    The block reads one snapshot, so a row read twice is the same row and what is built from it
    the same value: a page that reads a statement in two queries builds it once. Statements are
    kept by their stored id, as built from their row (values are immutable, so sharing them is safe).
    """

    __slots__ = ("audit_seq", "documents", "statements")

    def __init__(self) -> None:
        self.statements: dict[str, Statement] = {}
        # Document metadata by document id, None for an id not stored (queries.document_meta).
        self.documents: dict[str, Any] = {}
        # The newest audit entry's sequence number, once read (queries.last_audit_seq).
        self.audit_seq: int | None = None

    def statements_of(self, rows: Iterable[Row[Any]]) -> list[Statement]:
        """The statements of some statement rows, each built once per block."""
        known = self.statements
        found: list[Statement] = []
        for row in rows:
            statement = known.get(row.id)
            if statement is None:
                statement = row_statement(row)
                if len(known) < READ_MEMO_STATEMENTS:
                    known[row.id] = statement
            found.append(statement)
        return found

    def known_statements(self, ids: Iterable[str]) -> dict[str, Statement]:
        """The statements among ``ids`` (stored ids) this block has read already, by stored id."""
        known = self.statements
        return {i: known[i] for i in ids if i in known}


class Registry:
    """Entities, statements, documents and the audit log of one database."""

    def __init__(self, engine: Engine, store: Path, schema: Schema | None = None) -> None:
        self.engine = engine
        self.store = store
        self.schema = schema or default_schema()
        # The connection of the innermost ``reading()`` block in this context, if any.
        self._reader: ContextVar[Connection | None] = ContextVar(f"copytrace-reader-{id(self)}", default=None)
        # The entities the outermost ``reading()`` block has looked up (None: not stored). The block
        # reads one snapshot, so they cannot change within it; a page naming them three times asks once.
        self._seen: ContextVar[dict[str, Entity | None] | None] = ContextVar(f"copytrace-seen-{id(self)}",
                                                                             default=None)
        # What else the outermost ``reading()`` block has read: statements, documents' metadata, the
        # audit head. One snapshot: read again, they are the same rows, so they are built once.
        self._read: ContextVar[ReadMemo | None] = ContextVar(f"copytrace-read-{id(self)}", default=None)

    @classmethod
    def open(cls, db: str | None = None, *, store: str | None = None, create: bool = True) -> Registry:
        """Open the registry at ``db`` (a path or URL), creating or upgrading its schema."""
        url = settings.database_url(db)
        missing_file = url.startswith("sqlite:///") and not Path(url.removeprefix("sqlite:///")).exists()
        if not create and missing_file:
            raise RegistryError(lazy_gettext("no registry at %(db)s: run 'copytrace init' first",
                                             db=url.removeprefix("sqlite:///")))
        engine = engines.create(url)
        if not create and not engines.is_initialised(engine):
            engine.dispose()
            raise RegistryError(lazy_gettext("no registry at %(db)s: run 'copytrace init' first", db=db or url))
        engines.migrate(engine)
        return cls(engine, settings.store_path(url, store))

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Registry:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def local_reads_free(self) -> bool:
        """Whether a short read would neither cross the network nor wait for a connection: SQLite with a pooled
        connection free (its WAL reads never wait for a writer)."""
        pool = self.engine.pool
        return self.dialect == "sqlite" and isinstance(pool, QueuePool) and pool.checkedout() < pool.size()

    @property
    def live_statuses(self) -> tuple[Status, ...]:
        """The statuses of the statements reasoning, lineage and exports read (schema.yaml)."""
        return cast(tuple[Status, ...], self.schema.live_statuses)

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One transaction: everything written inside it commits together or not at all."""
        if self._reader.get() is not None:
            # Its snapshot would hide the write from every read after it in the same block.
            raise RegistryError(lazy_gettext("cannot write inside a read-only block (Registry.reading)"))
        with self.engine.begin() as conn:
            yield conn
            if conn.info.pop(audit.APPENDED, False):
                audit.save_head(conn)

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A read-only connection, shared by every registry read inside the block.

        One connection instead of one per query, and one snapshot: a page reads the registry as
        it stood when its first query ran, even while a writer commits (SQLite: a deferred read
        transaction in WAL mode, which never queues behind a writer; PostgreSQL: a read-only
        REPEATABLE READ transaction). Nothing may be written inside the block.
        """
        pinned = self._reader.get()
        if pinned is not None:
            yield pinned
            return
        with self.engine.connect() as conn:
            conn.execution_options(**engines.read_only_options(self.dialect))
            token = self._reader.set(conn)
            seen = self._seen.set({})
            read = self._read.set(ReadMemo())
            try:
                yield conn
            finally:
                self._read.reset(read)
                self._seen.reset(seen)
                self._reader.reset(token)

    def read_memo(self) -> ReadMemo | None:
        """What the ``reading()`` block around the caller has read already (None outside one)."""
        return self._read.get()

    @contextmanager
    def single_read(self) -> Iterator[Connection]:
        """A connection for one read statement, which reads one snapshot by itself.

        On PostgreSQL the statement runs outside a transaction (autocommit: no BEGIN and no ROLLBACK,
        two round trips fewer than ``reading()``); on SQLite it runs without a BEGIN of its own. Inside
        a ``reading()`` block it is that block's connection. Only for a block that runs one statement:
        two statements could see two states of the registry.
        """
        pinned = self._reader.get()
        if pinned is not None:
            yield pinned
            return
        with self.engine.connect() as conn:
            conn.execution_options(**engines.single_read_options(self.dialect))
            yield conn

    # -- entities -------------------------------------------------------------------------

    def entity(self, entity_id: str) -> Entity | None:
        with self.reading() as conn:
            row = conn.execute(_ENTITY, {"id": entity_id}).first()
        return Entity(row.id, row.kind, row.name) if row else None

    def entities(self, kind: str | None = None) -> list[Entity]:
        query = select(entities).order_by(entities.c.kind, entities.c.name)
        if kind is not None:
            query = query.where(entities.c.kind == kind)
        with self.reading() as conn:
            return [Entity(r.id, r.kind, r.name) for r in conn.execute(query)]

    def entities_by_id(self, ids: Iterable[str], conn: Connection | None = None) -> dict[str, Entity]:
        """The stored entities among ``ids``, by id (unknown ids are left out)."""
        asked = set(ids)
        found: dict[str, Entity] = {}
        # Inside a reading() block (and on its connection), what the block looked up already is known.
        seen = self._seen.get() if conn is None or conn is self._reader.get() else None
        if seen is not None:
            known = asked & seen.keys()
            found.update((i, e) for i in known if (e := seen[i]) is not None)
            asked -= known
        wanted = sorted(asked)
        with self._conn(conn) as c:
            for chunk in range(0, len(wanted), _CHUNK):
                for entity_id, kind, name in c.execute(_ENTITIES, {"ids": wanted[chunk: chunk + _CHUNK]}).all():
                    found[entity_id] = Entity(entity_id, kind, name)
        if seen is not None:
            seen.update((i, found.get(i)) for i in wanted)
        return found

    def kinds_of(self, ids: Iterable[str], conn: Connection | None = None) -> dict[str, str]:
        return {i: e.kind for i, e in self.entities_by_id(ids, conn).items()}

    def labels(self, ids: Iterable[str]) -> dict[str, str]:
        """Display names of the given entity ids."""
        return {i: e.name for i, e in self.entities_by_id(ids).items()}

    def names_of(self, entity_id: str) -> list[tuple[str, bool]]:
        """Every name of an entity as (name, is_alias)."""
        with self.reading() as conn:
            return [(r.name, bool(r.is_alias)) for r in conn.execute(_NAMES_OF, {"id": entity_id}).all()]

    def resolve(self, name: str, kind: str | None = None) -> Entity:
        """The entity a name or alias refers to, in any script.

        An id wins outright, then a canonical name, then an alias. When several entities share
        the winning name, AmbiguousName lists them rather than picking one; when none has it,
        UnknownEntity carries close matches.
        """
        key = name_key(name)
        query = (select(entities, names.c.is_alias, (entities.c.id == name).label("by_id"))
                 .join(names, names.c.entity_id == entities.c.id)
                 .where(or_(names.c.key == key, entities.c.id == name)))
        if kind is not None:
            query = query.where(entities.c.kind == kind)
        with self.reading() as conn:
            rows = conn.execute(query).all()
        if rows:
            # Rank: by id, then canonical name, then alias; only the best rank counts.
            best = min((not r.by_id, bool(r.is_alias)) for r in rows)
            found = {r.id: Entity(r.id, r.kind, r.name) for r in rows if (not r.by_id, bool(r.is_alias)) == best}
            if len(found) == 1:
                return next(iter(found.values()))
            raise AmbiguousName(name, sorted((e.id, e.kind, e.name) for e in found.values()))
        spelled = designation_spelling(name)
        if spelled is not None and name_key(spelled) != key:
            # "56式", "Тип 56", "Т-72" are "Type 56", "Type 56", "T-72" written another way
            return self.resolve(spelled, kind)
        raise UnknownEntity(name, self.suggest(name, kind))

    def named_with_a_word_after(self, name: str, limit: int = 5) -> list[Entity]:
        """Other entities with a name that is ``name`` and a word for a kind after it ("Type 69" -> the Type 69 tank,
        where "Type 69" alone names the RPG): a name someone may have meant by the shorter one."""
        key = name_key(name)
        prefix = unicodedata.normalize("NFKC", name).casefold().strip() + " "
        pattern = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = (select(entities, names.c.name.label("named"))
                 .join(names, names.c.entity_id == entities.c.id)
                 .where(names.c.key.like(pattern, escape="\\"), names.c.key != key))
        with self.reading() as conn:
            rows = conn.execute(query).all()
        found: dict[str, Entity] = {}
        for r in rows:
            written = unicodedata.normalize("NFKC", r.named).casefold()
            if written.startswith(prefix) and written[len(prefix):].replace(" ", "").isalpha():
                found.setdefault(r.id, Entity(r.id, r.kind, r.name))
        return sorted(found.values(), key=lambda e: e.name)[:limit]

    def suggest(self, name: str, kind: str | None = None, limit: int = 5) -> list[str]:
        query = select(names.c.name, names.c.key).join(entities, entities.c.id == names.c.entity_id)
        if kind is not None:
            query = query.where(entities.c.kind == kind)
        with self.reading() as conn:
            choices = {r.name: r.key for r in conn.execute(query)}
        matches = process.extract(name_key(name), choices, scorer=fuzz.WRatio, limit=limit, score_cutoff=60)
        return [match[2] for match in matches]

    # -- writes ---------------------------------------------------------------------------

    def write(self, new_entities: Sequence[Entity], new_statements: Sequence[Statement], *, actor: str,
              conn: Connection | None = None) -> tuple[int, int]:
        """Check and store entities and statements in one transaction; return how many were new.

        Everything is checked before anything is written, so a bad statement stores nothing.
        Statements already stored (same content id) are skipped, which makes loads idempotent.
        """
        with self._begin(conn) as c:
            [written] = self.write_parts(c, [(new_entities, new_statements)], actor=actor)
            audit.append_many(c, actor, written.audit)
        return written.entities, written.statements

    def write_parts(self, conn: Connection, parts: Sequence[writes.Part], *, actor: str) -> list[writes.Written]:
        """Store several parts' entities and statements in ``conn``, each as ``write`` would after the ones
        before it; the caller appends each part's audit entries (``Written.audit``) in the same transaction."""
        return writes.write_parts(conn, self.schema, parts, actor, self.kinds_of)

    def add_statements(self, new_statements: Sequence[Statement], *, actor: str) -> int:
        return self.write([], new_statements, actor=actor)[1]

    # -- reads ----------------------------------------------------------------------------

    def statement(self, statement_id: str, conn: Connection | None = None) -> Statement:
        with self._conn(conn) as c:
            row = c.execute(select(statements).where(statements.c.id == statement_id)).first()
        if row is None:
            raise NotFound(lazy_gettext("no statement %(id)r", id=statement_id))
        return row_statement(row)

    def recorded_until(self, day: date | datetime) -> str:
        """The stored-time text of the last instant of ``day``: what "as known on day" includes."""
        return _day_end(day)

    def statements(self, *, subject: str | None = None, predicate: str | Sequence[str] | None = None,
                   object_id: str | None = None, involving: str | None = None, scope: str | None = None,
                   status: Status | Sequence[Status] | None = None, origin: str | None = None,
                   document: str | None = None, recorded_by: str | None = None,
                   as_known_on: date | datetime | None = None, as_true_on: date | None = None,
                   ids: Sequence[str] | None = None, limit: int | None = None,
                   conn: Connection | None = None) -> list[Statement]:
        """Statements matching every filter given.

        ``as_known_on`` uses knowledge time: only what had been recorded by then, with the review
        status it had then. ``as_true_on`` uses valid time: only facts that held on that day
        (facts with no dates are taken to hold throughout). ``ids`` keeps those statement ids.
        """
        params: dict[str, Any] = {
            "subject": subject, "predicate": [predicate] if isinstance(predicate, str) else predicate,
            "object_id": object_id, "involving": involving, "scope": scope, "origin": origin,
            "document": document, "recorded_by": recorded_by, "ids": ids,
            "as_true_on": as_true_on.isoformat() if as_true_on is not None else None,
            "as_known_on": _day_end(as_known_on) if as_known_on is not None else None,
            # As known on a day, the status filter applies to the status then, after the query.
            "status": None if as_known_on is not None or status is None
            else [status] if isinstance(status, str) else status,
        }
        params = {k: list(v) if isinstance(v, (list, tuple)) else v for k, v in params.items() if v is not None}
        limited = limit is not None and as_known_on is None
        if limited:
            params["limit"] = limit
        query = _statements_query(frozenset(params) - {"limit"}, limited)
        # Inside a reading() block (and on its connection), a statement read before is reused.
        memo = self._read.get() if conn is None or conn is self._reader.get() else None
        with self._conn(conn) as c2:
            # fetchall: one call into the driver, not one per row
            rows = c2.execute(query, params).all()
            found = [row_statement(r) for r in rows] if memo is None else memo.statements_of(rows)
            if as_known_on is not None:
                found = self._as_known(c2, found, _day_end(as_known_on))
        if as_known_on is not None and status is not None:
            wanted = {status} if isinstance(status, str) else set(status)
            found = [s for s in found if s.status in wanted]
        return found[:limit] if limit is not None else found

    def _as_known(self, conn: Connection, found: list[Statement], until: str) -> list[Statement]:
        """Put back the review state each statement had at ``until``."""
        ids = [s.id for s in found]
        history: dict[str, list[Any]] = {}
        for chunk in range(0, len(ids), 500):
            rows = conn.execute(select(reviews).where(reviews.c.statement_id.in_(ids[chunk: chunk + 500]))
                                .order_by(reviews.c.id))
            for row in rows:
                history.setdefault(row.statement_id, []).append(row)
        result = []
        for s in found:
            decisions = history.get(s.id, [])
            if not decisions:
                result.append(s)
                continue
            status, last, count = _decided_by(decisions, until)
            if last is not None:
                result.append(s.with_changes(status=status, reviewed_by=last.reviewer,
                                             reviewed_at=datetime.fromisoformat(last.reviewed_at),
                                             review_reason=last.reason, version=count))
            else:
                result.append(s.with_changes(status=status, reviewed_by=None, reviewed_at=None, review_reason=None,
                                             version=0))
        return result

    def statuses_as_known(self, day: date | datetime, conn: Connection | None = None) -> dict[str, str]:
        """The status every reviewed statement had as known on ``day`` (unreviewed ones have their own)."""
        until = _day_end(day)
        history: dict[str, list[Any]] = {}
        with self._conn(conn) as c:
            for row in c.execute(select(reviews.c.statement_id, reviews.c.old_status, reviews.c.new_status,
                                        reviews.c.reviewed_at).order_by(reviews.c.id)):
                history.setdefault(row.statement_id, []).append(row)
        return {sid: _decided_by(decisions, until)[0] for sid, decisions in history.items()}

    def review_history(self, statement_id: str) -> list[dict[str, Any]]:
        with self.reading() as conn:
            rows = conn.execute(select(reviews).where(reviews.c.statement_id == statement_id).order_by(reviews.c.id))
            return [dict(r._mapping) for r in rows]

    # -- review ---------------------------------------------------------------------------

    def review(self, statement_id: str, status: Status, *, reviewer: str, reason: str,
               expected_version: int | None = None, conn: Connection | None = None) -> Statement:
        """Record a decision on a statement. Nothing is deleted: the decision is appended.

        ``expected_version`` guards against two reviewers overwriting each other: if the statement
        changed since the caller read it, ConflictError is raised and nothing is written.
        """
        if status not in self.schema.statuses:
            raise InvalidStatement(lazy_gettext("unknown status %(status)r (known: %(known)s)", status=status,
                                                known=", ".join(self.schema.statuses)))
        if not reason.strip():
            raise InvalidStatement(lazy_gettext("a review needs a reason"))
        with self._begin(conn) as c:
            self._review(c, statement_id, status, reviewer, reason, expected_version)
            return self.statement(statement_id, c)

    def _review(self, conn: Connection, statement_id: str, status: str, reviewer: str, reason: str,
                expected_version: int | None) -> None:
        row = conn.execute(select(statements.c.status, statements.c.version)
                           .where(statements.c.id == statement_id)).first()
        if row is None:
            raise NotFound(lazy_gettext("no statement %(id)r", id=statement_id))
        # A decision made on a stale page is refused as stale first: the reviewer must see what changed.
        if expected_version is not None and row.version != expected_version:
            raise ConflictError(lazy_gettext(
                "statement %(id)s was reviewed by someone else since you loaded it (version %(version)s, you had "
                "%(expected)s); reload and decide again", id=statement_id, version=row.version,
                expected=expected_version))
        # The review state machine (schema.yaml, statuses): closed statements stay closed.
        if status not in self.schema.next_statuses[row.status]:
            raise Conflict(lazy_gettext(
                "statement %(id)s is %(status)s: it cannot become %(new)s. A rejected or superseded statement is "
                "closed; to accept what it says, add it as a new statement (or edit it: the correction is a new "
                "statement)", id=statement_id, status=Word(row.status), new=Word(status)))
        at = audit.now()
        changed = conn.execute(
            update(statements)
            .where(and_(statements.c.id == statement_id, statements.c.version == row.version))
            .values(status=status, reviewed_by=reviewer, reviewed_at=at, review_reason=reason,
                    version=row.version + 1)
        )
        if changed.rowcount != 1:
            raise ConflictError(lazy_gettext("statement %(id)s changed while being reviewed; reload and decide again",
                                             id=statement_id))
        decision = {"statement_id": statement_id, "old_status": row.status, "new_status": status,
                    "reviewer": reviewer, "reviewed_at": at, "reason": reason}
        inserted = conn.execute(reviews.insert().values(**decision)).inserted_primary_key
        assert inserted is not None
        audit.append_many(conn, reviewer, [
            ("review.add", str(inserted[0]), decision, bindings.of_row(conn, "reviews", inserted[0])),
            ("statement.review", statement_id,
             {"from": row.status, "to": status, "reason": reason, "version": row.version + 1},
             bindings.of_row(conn, "statements", statement_id))], at=at)

    def edit(self, statement_id: str, replacement: Statement, *, reviewer: str, reason: str,
             expected_version: int | None = None) -> Statement:
        """Replace a statement by a corrected one: the old is marked superseded, never deleted."""
        new = replacement.with_changes(supersedes=statement_id, status="accepted", reviewed_by=reviewer,
                                       reviewed_at=datetime.now(UTC), review_reason=reason)
        with self.transaction() as conn:
            self._review(conn, statement_id, "superseded", reviewer, f"edited: {reason}", expected_version)
            self.write([], [new], actor=reviewer, conn=conn)
        return self.statement(new.id)

    # -- search, counts, verification ------------------------------------------------------

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        with self.reading() as conn:
            return search(conn, query, limit)

    def counts(self) -> dict[str, int]:
        with self.reading() as conn:
            result = {f"entities.{kind}": n for kind, n in conn.execute(
                select(entities.c.kind, func.count()).group_by(entities.c.kind))}
            result.update({f"statements.{status}": n for status, n in conn.execute(
                select(statements.c.status, func.count()).group_by(statements.c.status))})
            result["documents"] = conn.execute(select(func.count()).select_from(documents)).scalar_one()
        return result

    def audit_log(self, limit: int | None = None) -> list[audit.AuditEntry]:
        with self.reading() as conn:
            return list(audit.entries(conn, limit))

    def audit_anchor(self) -> audit.Anchor | None:
        """The newest audit entry's number and hash, to keep outside the registry (see ``verify``)."""
        with self.reading() as conn:
            return audit.head(conn)

    def verify(self, anchor: audit.Anchor | None = None) -> VerifyReport:
        """Check the audit chain (and that it still holds ``anchor`` and the recorded head), every audited
        row against the newest audit entry that wrote it, every stored trusted timestamp (offline: see
        ``copytrace.registry.timestamps``) and every stored document's bytes."""
        report = VerifyReport()
        with self.reading() as conn:
            report.audit_entries, problem = audit.verify_chain(conn, anchor)
            if problem:
                report.problems.append(problem)
            problem = audit.check_head(conn)
            if problem:
                report.problems.append(problem)
            report.head = audit.head(conn)
            report.rows, problems = bindings.verify_rows(conn)
            report.problems.extend(problems)
            report.timestamps, problems = stamps.check(conn)
            report.problems.extend(problems)
            for doc_id, source in conn.execute(select(documents.c.id, documents.c.source)):
                report.documents += 1
                path = self.blob_path(doc_id)
                if not path.exists():
                    report.problems.append(lazy_gettext("document %(id)s (%(source)s): raw bytes missing from the "
                                                        "store", id=doc_id, source=source))
                    continue
                digest = hashlib.sha256()
                with path.open("rb") as handle:
                    for block in iter(lambda: handle.read(1 << 20), b""):
                        digest.update(block)
                if digest.hexdigest() != doc_id:
                    report.problems.append(lazy_gettext("document %(id)s (%(source)s): stored bytes do not match "
                                                        "their SHA-256", id=doc_id, source=source))
        return report

    def blob_path(self, sha256: str) -> Path:
        """Where the raw bytes with this SHA-256 live in the content-addressed store."""
        return self.store / sha256[:2] / sha256[2:4] / sha256

    # -- helpers --------------------------------------------------------------------------

    @contextmanager
    def _conn(self, conn: Connection | None) -> Iterator[Connection]:
        if conn is not None:
            yield conn
        else:
            with self.reading() as fresh:
                yield fresh

    @contextmanager
    def _begin(self, conn: Connection | None) -> Iterator[Connection]:
        if conn is not None:
            yield conn
        else:
            with self.transaction() as fresh:
                yield fresh

    # -- documents: delegated to copytrace.registry.documents ------------------------------

    def add_document(self, record: docstore.DocumentRecord, *, actor: str, new_entities: Sequence[Entity] = (),
                     new_statements: Sequence[Statement] = (), index_chars: int | None = None,
                     ) -> docstore.AddResult:
        """Store a document (bytes already in the store) and the statements drawn from it, atomically."""
        with self.transaction() as conn:
            result = docstore.add(conn, record, actor, index_chars)
            if result.status == "added" and (new_entities or new_statements):
                self.write(new_entities, new_statements, actor=actor, conn=conn)
        return result

    def document(self, document_id: str) -> docstore.DocumentRecord | None:
        with self.reading() as conn:
            return docstore.get(conn, document_id)

    def documents(self, *, language: str | None = None, source: str | None = None,
                  status: docstore.DocumentStatus = "current", limit: int | None = None,
                  ) -> list[docstore.DocumentRecord]:
        with self.reading() as conn:
            return docstore.listing(conn, language=language, source=source, status=status, limit=limit)

    def document_source(self, document_id: str) -> str | None:
        """Where the bytes with this SHA-256 were first stored from, or None if they are not stored."""
        with self.reading() as conn:
            return conn.execute(select(documents.c.source).where(documents.c.id == document_id)).scalar_one_or_none()

    def record_rejection(self, rejection: docstore.Rejection, *, actor: str) -> bool:
        with self.transaction() as conn:
            return docstore.reject(conn, rejection, actor)

    def rejection(self, source: str, sha256: str | None, size: int | None = None) -> docstore.Rejection | None:
        with self.reading() as conn:
            return docstore.find_rejection(conn, source, sha256, size)

    def rejections(self, source: str | None = None) -> list[docstore.Rejection]:
        with self.reading() as conn:
            return docstore.rejection_list(conn, source)
