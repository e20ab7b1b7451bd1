"""Reasoning about one product or design from the few facts its assessment reads.

An entity page shows the licence status of one subject for each of its producers. The whole
registry's facts (a million rows) are not needed for that: :meth:`Reasoner.assess` and
:meth:`Reasoner.producers` only look at

* the subject's own facts and those of its ancestors over ``derived_from`` (any kind);
* the licences naming one of those designs (``licensed_design``), with all their terms;
* the plants the subject is made at, with their operators;
* the parties each producer stands for, as far as :meth:`Coverage.parties` walks: predecessors
  (``successor_of``), the plants a party operates and their other operators, the countries the
  parties are located in and those countries' predecessors, and, for a producer that is a
  country, the organizations located in it.

:func:`facts_for` loads exactly those, with indexed queries a handful of rows each, walking a
superset of what the reasoner walks (it does not check dates or review states, which the reasoner
does), so every ``out`` and ``into`` lookup the reasoner makes for this subject returns what it
returns over the whole registry. Facts are ordered as the whole-registry load stores them, so
ties (the first chain found, the order of producers and steps) come out the same too.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from copytrace.reason.facts import REASON_PREDICATES, Fact, FactBase, cycle_collection_paused
from copytrace.reason.licence import Reasoner
from copytrace.reason.rules import Rules, load_rules
from copytrace.registry import Registry, queries
from copytrace.registry.queries import PlacedFactRow

_REASONED = frozenset(REASON_PREDICATES)


def reasoner_for(registry: Registry, subject: str, rules: Rules | None = None) -> Reasoner:
    """A reasoner that assesses ``subject`` (a product or design) exactly as the whole registry's would."""
    rules = rules or load_rules()
    return Reasoner(facts_for(registry, subject, rules), rules)


class _Loader:
    """Facts gathered by several queries, each statement once, in the order the registry stores them."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.facts: dict[str, tuple[tuple[int, ...], Fact]] = {}
        self.loaded_subjects: set[str] = set()

    def _rows(self, rows: Iterable[PlacedFactRow]) -> list[Fact]:
        found: list[Fact] = []
        for sid, subject, predicate, obj, qualifier, scope, start, end, status, order in rows:
            if predicate not in _REASONED:
                continue
            f = Fact(sid, subject, predicate, obj, qualifier, scope, start, end, status == "accepted")
            self.facts.setdefault(sid, (_order_key(order), f))  # two lookups may meet: kept once
            found.append(f)
        return found

    def of_subjects(self, subjects: Iterable[str]) -> list[Fact]:
        """Every reasoning fact about these subjects (by the subject index; predicates filtered here)."""
        asked = set(subjects)
        seen = self.known(asked & self.loaded_subjects)
        wanted = sorted(asked - self.loaded_subjects)
        self.loaded_subjects.update(wanted)
        return seen + self._rows(queries.placed_facts_about(self.registry, wanted))

    def naming(self, objects: Iterable[str], predicates: Sequence[str]) -> list[Fact]:
        """The facts with one of ``predicates`` whose object is one of ``objects`` (by the object index)."""
        return self._rows(queries.placed_facts_naming(self.registry, sorted(set(objects)), predicates))

    def around(self, nodes: set[str], backwards: Sequence[str]) -> list[Fact]:
        """The facts about ``nodes``, and those naming them as object with one of the ``backwards`` predicates."""
        seen = self.known(nodes & self.loaded_subjects)
        wanted = sorted(nodes - self.loaded_subjects)
        self.loaded_subjects.update(wanted)
        named = sorted(nodes)
        if not wanted:
            return seen + self.naming(named, backwards)
        return seen + self._rows(queries.placed_facts_around(self.registry, wanted, named, backwards))

    def known(self, subjects: Iterable[str]) -> list[Fact]:
        """The facts already loaded about subjects loaded before (a walk may meet a node twice)."""
        wanted = set(subjects)
        return [f for _, f in self.facts.values() if f.subject in wanted]

    def ordered(self) -> list[Fact]:
        return [f for _, f in sorted(self.facts.values(), key=lambda item: item[0])]


def facts_for(registry: Registry, subject: str, rules: Rules) -> FactBase:
    """The facts assessing ``subject`` for any of its producers reads, and nothing else."""
    with registry.reading(), cycle_collection_paused():
        load = _Loader(registry)
        # The subject and its ancestors, a generation at a time, with the licences granting them.
        lineage: set[str] = set()
        grants: list[Fact] = []
        frontier = {subject}
        while frontier:
            lineage |= frontier
            found = load.around(frontier, ("licensed_design",))
            grants += [f for f in found if f.predicate == "licensed_design" and f.object in frontier]
            frontier = {f.object for f in found if f.predicate == "derived_from" and f.subject in frontier}
            frontier -= lineage
        own = [f for _, f in load.facts.values() if f.subject == subject]
        # The producers Reasoner.producers finds: makers, plant operators, stated scopes, licensees;
        # with the licences' terms and the plants' operators.
        producers: set[str] = set()
        plants: set[str] = set()
        for f in own:
            if f.predicate == "manufactured_at" and f.predicate in rules.production_predicates:
                plants.add(f.object)
            elif f.predicate in rules.production_predicates:
                producers.add(f.object)
            elif f.predicate == "licence_status" and f.scope:
                producers.add(f.scope)
        mine = {f.subject for f in grants if f.object == subject}
        for f in load.of_subjects(plants | {f.subject for f in grants}):
            if (f.predicate == "operated_by" and f.subject in plants) or (
                    f.predicate == "licensee" and f.subject in mine):
                producers.add(f.object)
        # The parties standing for each producer (Coverage.parties), followed without its date checks:
        # predecessors, plants operated and their other operators, countries and their predecessors,
        # and the organizations located in a country (read for every party: one query, not two).
        parties: set[str] = set()
        frontier = set(producers)
        while frontier:
            parties |= frontier
            found = load.around(frontier, ("operated_by", "located_in"))
            operated = {f.subject for f in found if f.predicate == "operated_by" and f.object in frontier}
            found += [f for f in load.of_subjects(operated) if f.predicate == "operated_by"]
            frontier = {f.object for f in found if f.predicate in ("successor_of", "located_in", "operated_by")
                        and f.subject in parties | operated}
            frontier -= parties
        kinds = registry.kinds_of({x for _, f in load.facts.values() for x in (f.subject, f.object, f.scope) if x}
                                  | producers | {subject})
        return FactBase(kinds, load.ordered(), frozenset({subject}))


def _order_key(order: str) -> tuple[int, ...]:
    """A row's position: SQLite's rowid, or PostgreSQL's ctid "(page,item)"."""
    return tuple(int(part) for part in order.strip("()").split(","))

