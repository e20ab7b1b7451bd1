"""Read-only queries the reasoning layer, the pages and the exports make, inside the gateway.

Each takes the :class:`Registry` and reads through ``registry.reading()``, so inside a caller's
``with registry.reading():`` block they share its connection and snapshot. They return plain
values (tuples, named tuples, statements), never SQLAlchemy objects, so no module outside
``copytrace.registry`` builds or runs SQL.

The statements' light "fact rows" (:data:`FactRow`) are the reasoner's bulk input: plain
columns, no :class:`Statement` built, because a whole-registry load reads a million of them.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from typing import Any, Literal, NamedTuple, cast

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Integer,
    Select,
    String,
    bindparam,
    desc,
    func,
    literal,
    literal_column,
    not_,
    select,
    union_all,
)
from sqlalchemy import cast as sql_cast

from copytrace.model.statement import Statement
from copytrace.registry.registry import Registry
from copytrace.registry.rows import row_statement
from copytrace.registry.tables import audit, documents, entities, names, statements

# Ids per query in an IN list.
CHUNK = 500

# (id, subject, predicate, object id or literal value, qualifier, scope, valid_start, valid_end, status)
FactRow = tuple[str, str, str, str, str | None, str | None, str | None, str | None, str]
# A fact row with its position in the table (SQLite's rowid, PostgreSQL's ctid "(page,item)") last.
PlacedFactRow = tuple[str, str, str, str, str | None, str | None, str | None, str | None, str, str]
Direction = Literal["ancestors", "descendants"]
# What an entity is to a statement naming it.
Role = Literal["subject", "object", "scope"]


class DocumentMeta(NamedTuple):
    """What a source citation shows of a stored document (no text)."""

    id: str
    source: str
    title: str | None
    publisher: str | None
    published: str | None
    language: str | None


class StatementSource(NamedTuple):
    """A statement's evidence columns with its document's metadata (document fields None without one)."""

    id: str
    document_id: str | None
    quote: str | None
    page: int | None
    span_start: int | None
    span_end: int | None
    citation_title: str | None
    citation_publisher: str | None
    citation_url: str | None
    citation_date: str | None
    note: str | None
    origin: str
    confidence: float
    status: str
    recorded_at: str
    source: str | None
    title: str | None
    publisher: str | None
    published: str | None
    language: str | None


class LinkRow(NamedTuple):
    """One derived_from edge of a lineage walk (see :func:`derivation_walk`)."""

    child: str
    parent: str
    kind: str | None
    depth: int
    sid: str
    status: str
    child_name: str
    parent_name: str


def _chunks(items: Sequence[str], size: int = CHUNK) -> Iterator[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i: i + size]


# -- registry state ------------------------------------------------------------------------------

def last_audit_seq(registry: Registry) -> int:
    """The sequence number of the newest audit entry (0 when none): every write changes it."""
    with registry.reading() as conn:
        # One snapshot per reading() block: asked twice in one (a page and the explanations it
        # caches), the answer is the same.
        memo = registry.read_memo()
        if memo is not None and memo.audit_seq is not None:
            return memo.audit_seq
        seq: int | None = conn.execute(_LAST_SEQ).scalar_one()
        if memo is not None:
            memo.audit_seq = seq or 0
    return seq or 0


_LAST_SEQ = select(func.max(audit.c.seq))


# -- entities and names ----------------------------------------------------------------------------

def entity_kinds(registry: Registry) -> dict[str, str]:
    """Every entity's kind, by id."""
    with registry.reading() as conn:
        return {r[0]: r[1] for r in conn.execute(select(entities.c.id, entities.c.kind))}


def name_keys(registry: Registry, kind: str) -> list[tuple[str, str]]:
    """(entity id, name key) of every name and alias of the entities of one kind."""
    query = (select(names.c.entity_id, names.c.key).join(entities, entities.c.id == names.c.entity_id)
             .where(entities.c.kind == kind))
    with registry.reading() as conn:
        return [(r[0], r[1]) for r in conn.execute(query)]


# -- statements for pages ----------------------------------------------------------------------------

def newest_with_status(registry: Registry, status: str, limit: int) -> list[Statement]:
    """The statements with ``status`` recorded last, newest first."""
    query = (select(statements).where(statements.c.status == status)
             .order_by(desc(statements.c.recorded_at), statements.c.id).limit(limit))
    with registry.reading() as conn:
        return [row_statement(r) for r in conn.execute(query)]


def queue(registry: Registry, status: str, skip: int = 0) -> tuple[Statement | None, int]:
    """The statement with ``status`` next in line (oldest first, after skipping ``skip``) and how many wait."""
    where = statements.c.status == status
    with registry.reading() as conn:
        waiting = conn.execute(select(func.count()).select_from(statements).where(where)).scalar_one()
        row = conn.execute(select(statements).where(where).order_by(statements.c.recorded_at, statements.c.id)
                           .offset(skip).limit(1)).first()
    return (row_statement(row) if row else None), waiting


@functools.lru_cache(maxsize=8)
def _naming_query(roles: tuple[Role, ...]) -> Select[Any]:
    """One indexed query per role, each in ``Registry.statements``' order and limited, as one UNION ALL."""
    c = statements.c
    column = {"subject": c.subject_id, "object": c.object_id, "scope": c.scope_id}
    order = (c.subject_id, c.predicate, c.valid_start, c.recorded_at, c.id)
    parts = []
    for n, role in enumerate(roles):
        # A subquery each: SQLite takes ORDER BY and LIMIT only once in a compound select.
        part = (select(statements, literal(n, Integer).label("role"))
                .where(column[role] == bindparam("entity"), c.status.in_(bindparam("status", expanding=True)))
                .order_by(*order).limit(bindparam("limit", type_=Integer)).subquery())
        parts.append(select(part))
    both = union_all(*parts).subquery()
    return select(both).order_by(both.c.role, *(both.c[col.name] for col in order))


def statements_naming(registry: Registry, entity_id: str, roles: Sequence[Role], statuses: Sequence[str],
                      limit: int) -> dict[Role, list[Statement]]:
    """For each role, the statements with one of ``statuses`` naming the entity in that role, at
    most ``limit``, in the order of ``Registry.statements``: one round trip for what an entity page
    lists, each role through its own index (an OR of the roles would scan the table)."""
    found: dict[Role, list[Statement]] = {role: [] for role in roles}
    with registry.reading() as conn:
        rows = conn.execute(_naming_query(tuple(roles)),
                            {"entity": entity_id, "status": list(statuses), "limit": limit}).all()
        memo = registry.read_memo()
        shown = memo.statements_of(rows) if memo is not None else [row_statement(r) for r in rows]
    for row, statement in zip(rows, shown, strict=True):
        found[roles[row.role]].append(statement)
    return found


# -- documents ------------------------------------------------------------------------------------

def newest_documents(registry: Registry, limit: int = 10) -> list[dict[str, Any]]:
    """The documents retrieved last: id, title, source, language, media type, size, retrieval time."""
    c = documents.c
    query = (select(c.id, c.title, c.source, c.language, c.media_type, c.size, c.retrieved_at)
             .order_by(desc(c.retrieved_at)).limit(limit))
    with registry.reading() as conn:
        return [dict(r._mapping) for r in conn.execute(query)]


# Built once, with an expanding list: a page asks for a few documents' metadata on every view.
_META = (select(documents.c.id, documents.c.source, documents.c.title, documents.c.publisher,
                documents.c.published, documents.c.language)
         .where(documents.c.id.in_(bindparam("ids", expanding=True))).order_by(documents.c.id))


def document_meta(registry: Registry, ids: Iterable[str]) -> dict[str, DocumentMeta]:
    """The metadata of the stored documents among ``ids``, by id (in id order)."""
    wanted = sorted(set(ids))
    found: dict[str, DocumentMeta] = {}
    with registry.reading() as conn:
        # Read once per reading() block (one snapshot): a page asks for its statements' documents
        # and again for its explanations' documents, mostly the same ones.
        memo = registry.read_memo()
        asked = wanted if memo is None else [i for i in wanted if i not in memo.documents]
        for chunk in _chunks(asked):
            found.update((r.id, DocumentMeta._make(r)) for r in conn.execute(_META, {"ids": list(chunk)}).all())
        if memo is not None:
            memo.documents.update((i, found.get(i)) for i in asked)
            found = {i: meta for i in wanted if (meta := memo.documents[i]) is not None}
    return found


def statement_sources(registry: Registry, ids: Iterable[str]) -> dict[str, StatementSource]:
    """The evidence of many statements with their documents' metadata, by statement id."""
    wanted = sorted(set(ids))
    c = statements.c
    d = documents.c
    query = (select(c.id, c.document_id, c.quote, c.page, c.span_start, c.span_end, c.citation_title,
                    c.citation_publisher, c.citation_url, c.citation_date, c.note, c.origin, c.confidence,
                    c.status, c.recorded_at, d.source, d.title, d.publisher, d.published, d.language)
             .select_from(statements.outerjoin(documents, d.id == c.document_id)))
    out: dict[str, StatementSource] = {}
    with registry.reading() as conn:
        for chunk in _chunks(wanted):
            out.update((r.id, StatementSource._make(r)) for r in conn.execute(query.where(c.id.in_(chunk))))
    return out


# -- fact rows for reasoning ---------------------------------------------------------------------

def _fact_columns() -> tuple[ColumnElement[Any], ...]:
    c = statements.c
    return (c.id, c.subject_id, c.predicate, func.coalesce(c.object_id, c.value), c.qualifier, c.scope_id,
            c.valid_start, c.valid_end, c.status)


def fact_rows(registry: Registry, *, predicates: Sequence[str] | None = None,
              subjects: Sequence[str] | None = None) -> list[FactRow]:
    """The fact rows of the live statements, with one of ``predicates`` and about one of
    ``subjects`` where given (a long subject list is read in chunks)."""
    c = statements.c
    base = select(*_fact_columns()).where(c.status.in_(registry.live_statuses))
    if predicates is not None:
        base = base.where(c.predicate.in_(predicates))
    with registry.reading() as conn:
        if subjects is None:
            rows = conn.execute(base).all()
        else:
            rows = [r for chunk in _chunks(subjects) for r in conn.execute(base.where(c.subject_id.in_(chunk)))]
    # Rows unpack like tuples; copying a million of them into tuples would only cost time.
    return cast(list[FactRow], rows)


def fact_rows_as_known(registry: Registry, predicates: Sequence[str], day: date | datetime) -> list[FactRow]:
    """The fact rows as the registry knew them on ``day``: recorded by then, with the review status
    they had then, kept when that status is live (what ``Registry.statements(as_known_on=day)``
    gives, on light rows)."""
    c = statements.c
    statuses = registry.live_statuses
    with registry.reading() as conn:
        rows = conn.execute(select(*_fact_columns())
                            .where(c.predicate.in_(predicates), c.recorded_at <= registry.recorded_until(day)))
        then = registry.statuses_as_known(day, conn)
        found: list[FactRow] = []
        for sid, subject, predicate, obj, qualifier, scope, start, end, status in rows:
            status = then.get(sid, status)
            if status in statuses:
                found.append((sid, subject, predicate, obj, qualifier, scope, start, end, status))
    return found


def subjects_naming(registry: Registry, objects: Sequence[str], predicates: Sequence[str]) -> set[str]:
    """The subjects of live statements with one of ``predicates`` whose object is one of ``objects``."""
    c = statements.c
    found: set[str] = set()
    with registry.reading() as conn:
        for chunk in _chunks(objects):
            found.update(conn.execute(select(c.subject_id).distinct().where(
                c.object_id.in_(chunk), c.predicate.in_(predicates), c.status.in_(registry.live_statuses))).scalars())
    return found


def subjects_scoped(registry: Registry, scopes: Sequence[str], predicate: str) -> set[str]:
    """The subjects of live ``predicate`` statements scoped to one of ``scopes``."""
    c = statements.c
    found: set[str] = set()
    with registry.reading() as conn:
        for chunk in _chunks(scopes):
            found.update(conn.execute(select(c.subject_id).distinct().where(
                c.scope_id.in_(chunk), c.predicate == predicate, c.status.in_(registry.live_statuses))).scalars())
    return found


@functools.lru_cache(maxsize=4)
def _placed_queries(dialect: str, statuses: tuple[str, ...],
                    ) -> tuple[Select[Any], Select[Any], CompoundSelect[Any]]:
    """The placed-fact queries, built once per dialect: facts about subjects, facts naming objects, both."""
    c = statements.c
    # The physical order of rows, which is the order the whole-registry load reads them in.
    order = sql_cast(literal_column("statements.rowid" if dialect == "sqlite" else "statements.ctid"), String)
    columns = (*_fact_columns(), order.label("position"))
    about = select(*columns).where(c.subject_id.in_(bindparam("subjects", expanding=True)), c.status.in_(statuses))
    naming = select(*columns).where(c.object_id.in_(bindparam("objects", expanding=True)),
                                    c.predicate.in_(bindparam("predicates", expanding=True)), c.status.in_(statuses))
    return about, naming, union_all(about, naming)


def placed_facts_about(registry: Registry, subjects: Sequence[str]) -> list[PlacedFactRow]:
    """The placed fact rows of the live statements about ``subjects`` (every predicate: the
    subject index serves it)."""
    with registry.reading() as conn:
        about = _placed_queries(registry.dialect, registry.live_statuses)[0]
        rows = [r for chunk in _chunks(subjects) for r in conn.execute(about, {"subjects": list(chunk)})]
    return cast(list[PlacedFactRow], rows)


def placed_facts_naming(registry: Registry, objects: Sequence[str], predicates: Sequence[str]) -> list[PlacedFactRow]:
    """The placed fact rows of the live statements with one of ``predicates`` whose object is one of ``objects``."""
    with registry.reading() as conn:
        naming = _placed_queries(registry.dialect, registry.live_statuses)[1]
        rows = [r for chunk in _chunks(objects)
                for r in conn.execute(naming, {"objects": list(chunk), "predicates": list(predicates)})]
    return cast(list[PlacedFactRow], rows)


def placed_facts_around(registry: Registry, subjects: Sequence[str], objects: Sequence[str],
                        predicates: Sequence[str]) -> list[PlacedFactRow]:
    """Both of the above, in one round trip where the lists are short (an OR of the two conditions
    would make SQLite scan the table)."""
    if len(subjects) > CHUNK or len(objects) > CHUNK:
        return placed_facts_about(registry, subjects) + placed_facts_naming(registry, objects, predicates)
    with registry.reading() as conn:
        both = _placed_queries(registry.dialect, registry.live_statuses)[2]
        rows = conn.execute(both, {"subjects": list(subjects), "objects": list(objects),
                                   "predicates": list(predicates)}).all()
    return cast(list[PlacedFactRow], rows)


# -- lineage -----------------------------------------------------------------------------------------

# The derived_from links of some entities, one direction each (statuses are filtered by the caller:
# beside "status IN (...)", SQLite without ANALYZE statistics reads every derived_from statement
# through the (predicate, status) index instead of the entity's own).
_LINKS_OF = {
    direction: select(statements.c.subject_id, statements.c.object_id, statements.c.qualifier, statements.c.id,
                      statements.c.status)
    .where(statements.c.predicate == "derived_from", near.in_(bindparam("near", expanding=True)))
    for direction, near in (("ancestors", statements.c.subject_id), ("descendants", statements.c.object_id))
}


def derivation_walk(registry: Registry, root: str, direction: Direction, statuses: Sequence[str],
                    max_depth: int) -> list[LinkRow]:
    """Every derived_from statement reachable from ``root`` in one direction (with one of
    ``statuses``) within ``max_depth`` links, nearest first, then by the names of the child and of
    the parent, accepted before the other statuses. A link reached by several paths may come once
    per path, at each depth (lineage() keeps the first).

    SQLite walks a generation per query (:func:`_walk_by_generations`); PostgreSQL follows every
    path in one recursive query (:func:`derivation_paths`), which it plans well and runs in the
    server, so the web worker only reads the rows (the walk by generations cost it 5 ms more CPU
    for the thousand descendants of the AKM).
    """
    links = None
    if registry.dialect == "sqlite":
        links = _walk_by_generations(registry, root, direction, statuses, max_depth)
    if links is None:
        links = derivation_paths(registry, root, direction, statuses, max_depth)
    # Names in Python's order (code points, as SQLite's), not PostgreSQL's collation. Where two
    # statements link the same two entities, the accepted one comes first (lineage() keeps the first
    # of a kind of link), then by kind and id: the databases kept such ties in no order of their own.
    links.sort(key=lambda link: (link.depth, link.child_name, link.parent_name, link.status != "accepted",
                                 link.kind or "", link.sid))
    return links


def _walk_by_generations(registry: Registry, root: str, direction: Direction, statuses: Sequence[str],
                         max_depth: int) -> list[LinkRow] | None:
    """The links of :func:`derivation_walk`, each once at its shortest depth, breadth first: one
    indexed query per generation and one for the names. None where the links form a cycle.

    The recursive query costs SQLite twice as much on a large registry (11 ms for the thousand
    descendants of the AKM, against 5 ms): it looks each link up through an id list and each name
    by a query of its own. But in a cycle (bad data) a link whose far end lies on the path that
    reached it is left out, which needs the paths themselves: there the recursive query answers.
    """
    wanted = set(statuses)
    found: list[tuple[str, str, str | None, int, str, str]] = []
    reached = {root}
    frontier = [root]
    ancestors = direction == "ancestors"
    # A link to an entity reached in an earlier generation may close a cycle; one to a new entity
    # (or to one first reached in this generation) cannot, so a tree or a family where every
    # entity is one generation below all its parents needs no search for cycles.
    rejoined = False
    with registry.reading() as conn:
        for depth in range(1, max_depth + 1):
            if not frontier:
                break
            ends: list[str] = []
            for chunk in _chunks(sorted(frontier)):
                for child, parent, kind, sid, status in conn.execute(_LINKS_OF[direction],
                                                                     {"near": list(chunk)}).all():
                    if status in wanted:
                        found.append((child, parent, kind, depth, sid, status))
                        ends.append(parent if ancestors else child)
            rejoined = rejoined or not reached.isdisjoint(ends)
            frontier = [node for node in dict.fromkeys(ends) if node not in reached]
            reached.update(frontier)
        if rejoined and _has_cycle((link[0], link[1]) for link in found):
            return None
        # every link joins two entities reached (foreign keys), and names are NOT NULL
        named = {i: e.name for i, e in registry.entities_by_id(reached, conn).items()}
    return [LinkRow(*link, named[link[0]], named[link[1]]) for link in found]


def _has_cycle(edges: Iterable[tuple[str, str]]) -> bool:
    """Whether the directed edges (child, parent) hold a cycle (a depth-first search, no recursion)."""
    following: dict[str, list[str]] = {}
    for child, parent in edges:
        following.setdefault(child, []).append(parent)
    done: set[str] = set()
    for start in following:
        if start in done:
            continue
        on_path = {start}
        stack = [(start, iter(following.get(start, ())))]
        while stack:
            node, rest = stack[-1]
            step = next(rest, None)
            if step is None:
                stack.pop()
                on_path.discard(node)
                done.add(node)
            elif step in on_path:
                return True
            elif step not in done:
                on_path.add(step)
                stack.append((step, iter(following.get(step, ()))))
    return False


def derivation_paths(registry: Registry, root: str, direction: Direction, statuses: Sequence[str],
                     max_depth: int) -> list[LinkRow]:
    """The links of :func:`derivation_walk`, by a recursive CTE that follows every path: the same SQL
    on SQLite and PostgreSQL. A path column guards against cycles (bad data must not hang a query):
    a link whose far end is on the path that reached it is left out. ``max_depth`` bounds the walk.
    A link reached by several paths comes once per path."""
    s = statements.c
    near, far = (s.subject_id, s.object_id) if direction == "ancestors" else (s.object_id, s.subject_id)
    hop = statements.alias("hop")
    hop_near = hop.c.subject_id if direction == "ancestors" else hop.c.object_id
    # On SQLite the links are found through id lists. For the root: beside "predicate =
    # derived_from AND status IN (...)", SQLite without ANALYZE statistics reads every derived_from
    # statement through the (predicate, status) index (~100 ms at a million statements). For each
    # step: a plain join makes it build a Bloom filter over the whole statements index (~200 ms).
    # PostgreSQL runs a correlated id list as a subplan over every statement (seconds), and plans
    # the plain join well (an index lookup per frontier node): so the two get different SQL.
    by_ids = registry.dialect == "sqlite"

    def links_of(node: ColumnElement[str]) -> list[ColumnElement[bool]]:
        if by_ids:
            return [s.id.in_(select(hop.c.id).where(hop.c.predicate == "derived_from", hop_near == node))]
        return [s.predicate == "derived_from", near == node]

    seed = (
        select(s.subject_id.label("child"), s.object_id.label("parent"), s.qualifier.label("kind"),
               literal(1, Integer).label("depth"), s.id.label("sid"), s.status.label("status"),
               (literal("/", String) + literal(root, String) + "/" + far + "/").label("path"),
               far.label("frontier"))
        .where(*links_of(literal(root, String)), s.status.in_(statuses))
        .cte("walk", recursive=True)
    )
    step = (
        select(s.subject_id, s.object_id, s.qualifier, sql_cast(seed.c.depth + 1, Integer), s.id, s.status,
               seed.c.path + far + "/", far)
        .where(*links_of(seed.c.frontier), s.status.in_(statuses), seed.c.depth < max_depth,
               not_(seed.c.path.contains("/" + far + "/")))
    )
    walk = seed.union_all(step)
    # Names by a lookup per link, not a join: PostgreSQL, guessing the walk at a thousand rows,
    # hashed the whole entities table twice for it (~50 ms of a 0.4 ms walk). Statements name
    # existing entities (foreign keys) and names are NOT NULL, so every link has both names.
    child_name = select(entities.c.name).where(entities.c.id == walk.c.child).scalar_subquery().label("child_name")
    parent_name = select(entities.c.name).where(entities.c.id == walk.c.parent).scalar_subquery().label("parent_name")
    query = (
        select(walk.c.child, walk.c.parent, walk.c.kind, walk.c.depth, walk.c.sid, walk.c.status, child_name,
               parent_name)
        .order_by(walk.c.depth, child_name, parent_name)
    )
    with registry.reading() as conn:
        return [LinkRow._make(r) for r in conn.execute(query)]
