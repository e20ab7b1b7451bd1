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
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from typing import NamedTuple

from copytrace.model.dates import range_end, range_start
from copytrace.model.statement import Statement
from copytrace.registry import Registry, queries
from copytrace.registry.queries import FactRow

# What licence reasoning reads; names and aliases come through Registry.labels when shown.
REASON_PREDICATES: tuple[str, ...] = (
    "derived_from", "manufactured_by", "manufactured_at", "made_in_country", "operated_by", "located_in",
    "successor_of", "rights_holder", "licensor", "licensee", "licensed_design", "licence_status",
)
# Facts about parties, plants and licences: few, and any product's reasoning may need any of them.
PARTY_PREDICATES: tuple[str, ...] = (
    "operated_by", "located_in", "successor_of", "rights_holder", "licensor", "licensee", "licensed_design",
)
# Facts about one product or design: what a dossier loads only for its products and their ancestors.
SUBJECT_PREDICATES: tuple[str, ...] = tuple(p for p in REASON_PREDICATES if p not in PARTY_PREDICATES)


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


_Index = dict[str, dict[str, list[Fact]]]  # predicate -> entity -> facts


def _candidate(f: Fact) -> bool:
    return not f.accepted


def _ordered(index: dict[str, list[Fact]]) -> None:
    # Accepted facts first, otherwise as stored (a stable sort). The full load reads through the
    # (predicate, status) index and load_around through the subject index: both then agree.
    for found in index.values():
        if len(found) > 1:
            found.sort(key=_candidate)


class FactBase:
    """Live facts indexed by predicate and subject, and (built on first use) by predicate and object.

    ``scope`` is None when the base holds every live fact; otherwise it holds every party and
    licence fact but product facts only for the subjects in ``scope`` (see :meth:`load_around`),
    and only those subjects can be assessed from it.
    """

    def __init__(self, kinds: dict[str, str], facts: list[Fact], scope: frozenset[str] | None = None) -> None:
        self.kinds = kinds
        self.facts = facts
        self.scope = scope
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
        for by_predicate in self._by_subject.values():
            _ordered(by_predicate)

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
            _ordered(by_predicate)
        return by_predicate.get(obj, [])

    def with_predicate(self, predicate: str) -> Iterator[Fact]:
        for facts in self._by_subject.get(predicate, _NONE).values():
            yield from facts

    def of_kind(self, kind: str) -> list[str]:
        return sorted(e for e, k in self.kinds.items() if k == kind)

    def true_on(self, day: date) -> FactBase:
        """Only the facts whose valid time includes ``day`` (undated facts hold throughout)."""
        iso = day.isoformat()
        return FactBase(self.kinds, [f for f in self.facts if f.overlaps(iso, iso)], self.scope)

    @classmethod
    def load(cls, registry: Registry, *, as_of: date | datetime | None = None) -> FactBase:
        """The live reasoning facts of the registry, as it stands or as it was known on ``as_of``."""
        with registry.reading(), cycle_collection_paused():
            kinds = queries.entity_kinds(registry)
            if as_of is not None:
                return cls(kinds, _facts(queries.fact_rows_as_known(registry, REASON_PREDICATES, as_of)))
            return cls(kinds, _facts(queries.fact_rows(registry, predicates=REASON_PREDICATES)))

    @classmethod
    def load_around(cls, registry: Registry, parties: Callable[[FactBase], Iterable[str]],
                    production_predicates: tuple[str, ...]) -> FactBase:
        """Only what reasoning about some parties' products needs, for a dossier of one respondent.

        Every party and licence fact, then ``parties(those facts)``, then the products and designs
        those parties are said to make (the subjects ``Reasoner.producers`` would tie to them), with
        all their facts and those of their ancestors. Assessing any of these subjects for any
        producer gives what the full fact base gives; a few thousand rows instead of a million.
        """
        with registry.reading(), cycle_collection_paused():
            kinds: dict[str, str] = {}
            party_facts = _facts(queries.fact_rows(registry, predicates=PARTY_PREDICATES))
            _add_kinds(registry, kinds, party_facts)
            around = cls(kinds, party_facts, frozenset())
            mine = sorted(set(parties(around)))
            _add_kinds(registry, kinds, [], mine)
            plants = sorted({f.subject for party in mine for f in around.into(party, "operated_by")})
            subjects = {g.object for party in mine for held in around.into(party, "licensee")
                        for g in around.out(held.subject, "licensed_design")}
            # As in Coverage.productions: a plant's products are made by its operators.
            by_party = [p for p in production_predicates if p != "manufactured_at"]
            # One query per index (object, scope): an OR of both makes SQLite scan the table.
            subjects |= queries.subjects_naming(registry, mine, by_party)
            subjects |= queries.subjects_scoped(registry, mine, "licence_status")
            if "manufactured_at" in production_predicates:
                subjects |= queries.subjects_naming(registry, plants, ["manufactured_at"])
            facts = list(around.facts)
            loaded: set[str] = set()
            frontier = sorted(subjects)
            while frontier:  # the subjects, then their ancestors, a generation at a time
                loaded.update(frontier)
                # By subject alone, so the subject index serves it (filtering the predicates in SQL
                # too leads SQLite to scan every product fact through the predicate index).
                found = [f for f in _facts(queries.fact_rows(registry, subjects=frontier))
                         if f.predicate in SUBJECT_PREDICATES]
                facts.extend(found)
                _add_kinds(registry, kinds, found, frontier)
                frontier = sorted({f.object for f in found if f.predicate == "derived_from"} - loaded)
            return cls(kinds, facts, frozenset(loaded))


_NONE: dict[str, list[Fact]] = {}


def _add_kinds(registry: Registry, kinds: dict[str, str], facts: list[Fact], more: Iterable[str] = ()) -> None:
    """The kinds of the entities these facts name (a literal object matches no entity and is skipped)."""
    wanted = {x for f in facts for x in (f.subject, f.object, f.scope) if x is not None}
    wanted.update(more)
    kinds.update(registry.kinds_of(wanted - kinds.keys()))


def _facts(rows: Iterable[FactRow]) -> list[Fact]:
    return [Fact(sid, subject, predicate, obj, qualifier, scope, start, end, status == "accepted")
            for sid, subject, predicate, obj, qualifier, scope, start, end, status in rows]


def full_statements(registry: Registry, ids: Iterable[str], *, as_of: date | datetime | None = None,
                    ) -> dict[str, Statement]:
    """The full statements (with evidence) behind some facts, keyed by id."""
    wanted = sorted(set(ids))
    found: dict[str, Statement] = {}
    with registry.reading():
        memo = registry.read_memo()
        if as_of is None and memo is not None:
            # Those the block has read already (an entity page reads its own statements first): as
            # stored, which is what the query below would give for them.
            known = memo.known_statements(wanted)
            found.update((s.id, s) for s in known.values())
            wanted = [i for i in wanted if i not in known]
        for chunk in _chunks(wanted, 500):
            found.update((s.id, s) for s in registry.statements(ids=chunk, as_known_on=as_of))
    return found


def _chunks(items: Sequence[str], size: int) -> Iterable[Sequence[str]]:
    for i in range(0, len(items), size):
        yield items[i: i + size]
