"""Lineage over derived_from: ancestors and descendants with the kind of each link.

One recursive CTE per direction, the same SQL on SQLite and PostgreSQL. A path column guards
against cycles (bad data must not hang a query), and a depth limit bounds the walk.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import ColumnElement, Integer, String, cast, literal, not_, select

from copytrace.registry import Registry
from copytrace.registry.tables import entities, statements

Direction = Literal["ancestors", "descendants"]
MAX_DEPTH = 32
LIVE_STATUSES: tuple[str, ...] = ("accepted", "candidate")


@dataclass(frozen=True, slots=True)
class Link:
    """One derived_from edge reached from the root: ``child`` derives from ``parent``."""

    child: str
    parent: str
    kind: str
    depth: int
    statement_id: str
    status: str
    child_name: str
    parent_name: str

    def far_end(self, direction: Direction) -> str:
        return self.parent if direction == "ancestors" else self.child


def lineage(registry: Registry, root: str, direction: Direction,
            statuses: Sequence[str] = LIVE_STATUSES) -> list[Link]:
    """Every derived_from link reachable from ``root`` in one direction, nearest first."""
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
        select(s.subject_id, s.object_id, s.qualifier, cast(seed.c.depth + 1, Integer), s.id, s.status,
               seed.c.path + far + "/", far)
        .where(*links_of(seed.c.frontier), s.status.in_(statuses), seed.c.depth < MAX_DEPTH,
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
        rows = conn.execute(query).all()
    seen: set[tuple[str, str, str]] = set()
    links: list[Link] = []
    for r in rows:
        key = (r.child, r.parent, r.kind or "")
        if key in seen:
            continue
        seen.add(key)
        links.append(Link(r.child, r.parent, r.kind or "", r.depth, r.sid, r.status, r.child_name, r.parent_name))
    return links


def path_between(registry: Registry, descendant: str, ancestor: str) -> list[Link] | None:
    """The shortest chain of links by which ``descendant`` derives from ``ancestor``, if any."""
    links = lineage(registry, descendant, "ancestors")
    by_child: dict[str, list[Link]] = {}
    for link in links:
        by_child.setdefault(link.child, []).append(link)
    frontier: list[tuple[str, list[Link]]] = [(descendant, [])]
    visited = {descendant}
    while frontier:
        nxt: list[tuple[str, list[Link]]] = []
        for node, chain in frontier:
            for link in by_child.get(node, []):
                if link.parent == ancestor:
                    return [*chain, link]
                if link.parent not in visited:
                    visited.add(link.parent)
                    nxt.append((link.parent, [*chain, link]))
        frontier = nxt
    return None
