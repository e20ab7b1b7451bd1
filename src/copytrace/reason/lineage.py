"""Lineage over derived_from: ancestors and descendants with the kind of each link.

The registry walks the links (a query per generation on SQLite, one recursive query on PostgreSQL:
see :func:`copytrace.registry.queries.derivation_walk`); a link reached by several paths is kept once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from copytrace.registry import Registry, queries
from copytrace.registry.queries import Direction

__all__ = ["MAX_DEPTH", "Direction", "Link", "lineage", "path_between"]

MAX_DEPTH = 32


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
            statuses: Sequence[str] | None = None) -> list[Link]:
    """Every derived_from link reachable from ``root`` in one direction, nearest first (by default
    over the live statements)."""
    if statuses is None:
        statuses = registry.live_statuses
    rows = queries.derivation_walk(registry, root, direction, statuses, MAX_DEPTH)
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
