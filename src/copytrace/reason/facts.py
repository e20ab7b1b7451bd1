"""The facts reasoning works on: a light, in-memory snapshot of the statements that matter.

Licence reasoning touches few predicates but, for "the status of every product", almost every
statement carrying them. Building full :class:`Statement` objects (hashing, date parsing) for a
million rows costs more than the reasoning itself, so the bulk path selects plain columns into
small :class:`Fact` tuples; the full statement (quote, citation) is fetched only for the few that
end up in an explanation. With ``as_of`` the registry's own knowledge-time query is used, so a
dossier sees exactly the review states the registry had on that day.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select

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


@dataclass(frozen=True, slots=True)
class Fact:
    """One live statement, as much of it as reasoning needs."""

    id: str
    subject: str
    predicate: str
    object: str  # entity id or literal value
    qualifier: str | None
    scope: str | None
    valid_from: str | None
    valid_to: str | None
    start: str | None  # first day valid_from covers (ISO), for comparisons
    end: str | None  # last day valid_to covers (ISO)
    accepted: bool
    origin: str

    def overlaps(self, start: str | None, end: str | None) -> bool:
        """Whether the fact's valid time meets the period [start, end] (None: open)."""
        return (self.end is None or start is None or self.end >= start) and (
            self.start is None or end is None or self.start <= end)


def fact_of(s: Statement) -> Fact:
    return Fact(s.id, s.subject, s.predicate, s.object_text, s.qualifier, s.scope, s.valid_from, s.valid_to,
                range_start(s.valid_from), range_end(s.valid_to), s.status == "accepted", s.origin)


@dataclass(slots=True)
class FactBase:
    """Live facts indexed by subject and predicate, and by object and predicate."""

    kinds: dict[str, str]
    facts: list[Fact]
    by_subject: dict[tuple[str, str], list[Fact]] = field(default_factory=lambda: defaultdict(list))
    by_object: dict[tuple[str, str], list[Fact]] = field(default_factory=lambda: defaultdict(list))

    def __post_init__(self) -> None:
        for f in self.facts:
            self.by_subject[(f.subject, f.predicate)].append(f)
            self.by_object[(f.object, f.predicate)].append(f)

    def out(self, subject: str, predicate: str) -> list[Fact]:
        return self.by_subject.get((subject, predicate), [])

    def into(self, obj: str, predicate: str) -> list[Fact]:
        return self.by_object.get((obj, predicate), [])

    def of_kind(self, kind: str) -> list[str]:
        return sorted(e for e, k in self.kinds.items() if k == kind)

    def true_on(self, day: date) -> FactBase:
        """Only the facts whose valid time includes ``day`` (undated facts hold throughout)."""
        iso = day.isoformat()
        return FactBase(self.kinds, [f for f in self.facts if f.overlaps(iso, iso)])

    @classmethod
    def load(cls, registry: Registry, *, as_of: date | datetime | None = None) -> FactBase:
        """The live reasoning facts of the registry, as it stands or as it was known on ``as_of``."""
        with registry.engine.connect() as conn:
            kinds: dict[str, str] = {r[0]: r[1] for r in conn.execute(select(entities.c.id, entities.c.kind))}
            if as_of is not None:
                found = registry.statements(predicate=REASON_PREDICATES, status=LIVE, as_known_on=as_of,
                                            conn=conn)
                return cls(kinds, [fact_of(s) for s in found])
            c = statements.c
            rows = conn.execute(
                select(c.id, c.subject_id, c.predicate, c.object_id, c.value, c.qualifier, c.scope_id, c.valid_from,
                       c.valid_to, c.valid_start, c.valid_end, c.status, c.origin)
                .where(c.predicate.in_(REASON_PREDICATES), c.status.in_(LIVE))
            )
            facts = [
                Fact(sid, subject, predicate, obj if obj is not None else value, qualifier, scope, vfrom, vto,
                     vstart, vend, status == "accepted", origin)
                for (sid, subject, predicate, obj, value, qualifier, scope, vfrom, vto, vstart, vend, status,
                     origin) in rows
            ]
        return cls(kinds, facts)


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
