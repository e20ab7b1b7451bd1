"""The facts reasoning works on: a light, in-memory snapshot of the statements that matter.

Licence reasoning touches few predicates but, for "the status of every product", almost every
statement carrying them. Building full :class:`Statement` objects (hashing, date parsing) for a
million rows costs more than the reasoning itself, so the bulk path selects plain columns into
small :class:`Fact` tuples; the full statement (quote, citation) is fetched only for the few that
end up in an explanation. With ``as_of`` the registry's own knowledge-time query is used, so a
dossier sees exactly the review states the registry had on that day.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from typing import NamedTuple

from sqlalchemy import func, select

from copytrace.model.dates import range_end, range_start
from copytrace.model.statement import Statement, Status
from copytrace.registry import Registry
from copytrace.registry.tables import entities, statements

# What licence reasoning reads; names and aliases come through Registry.labels when shown.
REASON_PREDICATES: tuple[str, ...] = (
    "derived_from", "manufactured_by", "manufactured_at", "made_in_country", "operated_by", "located_in",
    "successor_of", "rights_holder", "licensor", "licensee", "licensed_design", "licence_status",
)
LIVE: tuple[Status, ...] = ("accepted", "candidate")


class Fact(NamedTuple):
    """One live statement, as much of it as reasoning needs.

    A named tuple rather than a frozen dataclass: the bulk load builds hundreds of thousands of
    these, and a tuple is built several times faster than a frozen dataclass sets its fields.
    """

    id: str
    subject: str
    predicate: str
    object: str  # entity id or literal value
    qualifier: str | None
    scope: str | None
    start: str | None  # first day valid_from covers (ISO), for comparisons
    end: str | None  # last day valid_to covers (ISO)
    accepted: bool

    def overlaps(self, start: str | None, end: str | None) -> bool:
        """Whether the fact's valid time meets the period [start, end] (None: open)."""
        return (self.end is None or start is None or self.end >= start) and (
            self.start is None or end is None or self.start <= end)


def fact_of(s: Statement) -> Fact:
    return Fact(s.id, s.subject, s.predicate, s.object_text, s.qualifier, s.scope, range_start(s.valid_from),
                range_end(s.valid_to), s.status == "accepted")


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """Pause Python's cycle collector while building many long-lived, acyclic objects.

    Facts, indexes, chains and assessments hold no reference cycles, so the collector finds
    nothing in them; but as they pile up (millions for a whole registry) every full collection
    walks all of them again, which doubled the time of "the status of every product".
    Reference counting still frees everything as usual; the collector resumes afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


_Index = dict[str, dict[str, list[Fact]]]  # predicate -> entity -> facts, in load order


class FactBase:
    """Live facts indexed by predicate and subject, and (built on first use) by predicate and object."""

    def __init__(self, kinds: dict[str, str], facts: list[Fact]) -> None:
        self.kinds = kinds
        self.facts = facts
        self._by_subject: _Index = {}
        self._by_object: _Index = {}
        for f in facts:
            by_predicate = self._by_subject.get(f.predicate)
            if by_predicate is None:
                by_predicate = self._by_subject[f.predicate] = {}
            found = by_predicate.get(f.subject)
            if found is None:
                by_predicate[f.subject] = [f]
            else:
                found.append(f)

    def out(self, subject: str, predicate: str) -> list[Fact]:
        return self._by_subject.get(predicate, _NONE).get(subject, [])

    def into(self, obj: str, predicate: str) -> list[Fact]:
        by_predicate = self._by_object.get(predicate)
        if by_predicate is None:
            # Few predicates are followed backwards: index those only, when first asked.
            by_predicate = self._by_object[predicate] = {}
            for f in self.facts:
                if f.predicate == predicate:
                    by_predicate.setdefault(f.object, []).append(f)
        return by_predicate.get(obj, [])

    def with_predicate(self, predicate: str) -> Iterator[Fact]:
        for facts in self._by_subject.get(predicate, _NONE).values():
            yield from facts

    def of_kind(self, kind: str) -> list[str]:
        return sorted(e for e, k in self.kinds.items() if k == kind)

    def true_on(self, day: date) -> FactBase:
        """Only the facts whose valid time includes ``day`` (undated facts hold throughout)."""
        iso = day.isoformat()
        return FactBase(self.kinds, [f for f in self.facts if f.overlaps(iso, iso)])

    @classmethod
    def load(cls, registry: Registry, *, as_of: date | datetime | None = None) -> FactBase:
        """The live reasoning facts of the registry, as it stands or as it was known on ``as_of``."""
        with registry.engine.connect() as conn, cycle_collection_paused():
            kinds: dict[str, str] = {r[0]: r[1] for r in conn.execute(select(entities.c.id, entities.c.kind))}
            if as_of is not None:
                found = registry.statements(predicate=REASON_PREDICATES, status=LIVE, as_known_on=as_of,
                                            conn=conn)
                return cls(kinds, [fact_of(s) for s in found])
            c = statements.c
            rows = conn.execute(
                select(c.id, c.subject_id, c.predicate, func.coalesce(c.object_id, c.value), c.qualifier, c.scope_id,
                       c.valid_start, c.valid_end, c.status)
                .where(c.predicate.in_(REASON_PREDICATES), c.status.in_(LIVE))
            ).all()
            facts = [Fact(sid, subject, predicate, obj, qualifier, scope, start, end, status == "accepted")
                     for sid, subject, predicate, obj, qualifier, scope, start, end, status in rows]
            return cls(kinds, facts)


_NONE: dict[str, list[Fact]] = {}


def full_statements(registry: Registry, ids: Iterable[str], *, as_of: date | datetime | None = None,
                    ) -> dict[str, Statement]:
    """The full statements (with evidence) behind some facts, keyed by id."""
    wanted = sorted(set(ids))
    found: dict[str, Statement] = {}
    with registry.engine.connect() as conn:
        for chunk in _chunks(wanted, 500):
            rows = conn.execute(select(statements.c.subject_id).where(statements.c.id.in_(chunk))).scalars()
            for subject in set(rows):
                for s in registry.statements(subject=subject, as_known_on=as_of, conn=conn):
                    if s.id in chunk:
                        found[s.id] = s
    return found


def _chunks(items: Sequence[str], size: int) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i: i + size]
