"""Who and what a licence reaches: design lineage, producers and the parties standing for them.

Every reach is returned with the chain of facts that makes it, so an answer can show why a licence
granted to one party for one design covers another party making another product. Chains are found
breadth first over accepted facts, then over candidates for what accepted facts do not reach, so a
chain is "accepted" exactly when accepted facts alone make it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from copytrace.reason.facts import Fact, FactBase

Chain = tuple[Fact, ...]


def chain_accepted(chain: Iterable[Fact]) -> bool:
    return all(f.accepted for f in chain)


def reach(start: str, edges: Callable[[str], Iterable[tuple[str, Fact]]]) -> dict[str, Chain]:
    """Every node reachable from ``start`` with the shortest chain, accepted chains preferred."""
    found: dict[str, Chain] = {start: ()}
    for accepted_only in (True, False):
        frontier = list(found)
        while frontier:
            nxt: list[str] = []
            for node in frontier:
                for far, fact in edges(node):
                    if far in found or (accepted_only and not fact.accepted):
                        continue
                    found[far] = (*found[node], fact)
                    nxt.append(far)
            frontier = nxt
    return found


@dataclass(frozen=True, slots=True)
class Production:
    """Evidence that ``producer`` made the product: the chain, and the period it gives."""

    producer: str
    chain: Chain
    start: str | None
    end: str | None

    @property
    def accepted(self) -> bool:
        return chain_accepted(self.chain)


@dataclass(frozen=True, slots=True)
class LicenceCover:
    """A licence that reaches the product and the producer, with the chains that make it so."""

    licence: str
    licensee: str
    design: str
    terms: Chain  # the licence's own licensor / licensee / licensed_design facts
    lineage: Chain  # derived_from facts from the product up to the licensed design
    party: Chain  # facts that make the producer stand for the licensee
    start: str | None
    end: str | None

    @property
    def accepted(self) -> bool:
        return chain_accepted((*self.terms, *self.lineage, *self.party))


class Coverage:
    """Memoised reach queries over one fact base."""

    def __init__(self, facts: FactBase, covering_kinds: frozenset[str]) -> None:
        self.facts = facts
        self.covering_kinds = covering_kinds
        self._ancestors: dict[str, dict[str, Chain]] = {}
        self._all_ancestors: dict[str, dict[str, Chain]] = {}
        self._parties: dict[str, dict[str, Chain]] = {}

    def covering_ancestors(self, product: str) -> dict[str, Chain]:
        """The product and the designs whose licence covers it, with the derived_from chain."""
        if product not in self._ancestors:
            def up(node: str) -> Iterable[tuple[str, Fact]]:
                return ((f.object, f) for f in self.facts.out(node, "derived_from")
                        if f.qualifier in self.covering_kinds)
            self._ancestors[product] = reach(product, up)
        return self._ancestors[product]

    def all_ancestors(self, product: str) -> dict[str, Chain]:
        """Every ancestor over derived_from links of any kind."""
        if product not in self._all_ancestors:
            self._all_ancestors[product] = reach(
                product, lambda node: ((f.object, f) for f in self.facts.out(node, "derived_from")))
        return self._all_ancestors[product]

    def parties(self, producer: str) -> dict[str, Chain]:
        """The parties a licence may name and still cover ``producer``, with the facts that link them.

        The producer itself; its predecessors (successor_of, followed back); earlier operators of
        the facilities it operates (a licence granted to a state factory covers the company that
        runs the plant today); the country each of those is located in and that country's
        predecessors; and, when the producer is a country, the organizations located in it.
        """
        if producer in self._parties:
            return self._parties[producer]

        def lineal(node: str) -> Iterable[tuple[str, Fact]]:
            for f in self.facts.out(node, "successor_of"):
                yield f.object, f
            for mine in self.facts.into(node, "operated_by"):
                for other in self.facts.out(mine.subject, "operated_by"):
                    if other.object != node and _before(other, mine):
                        yield other.object, other

        found = reach(producer, lineal)
        for party, chain in list(found.items()):
            for located in self.facts.out(party, "located_in"):
                for country, more in reach(located.object, lambda n: (
                        (f.object, f) for f in self.facts.out(n, "successor_of"))).items():
                    found.setdefault(country, (*chain, located, *more))
        if self.facts.kinds.get(producer) == "country":
            for located in self.facts.into(producer, "located_in"):
                found.setdefault(located.subject, (located,))
        self._parties[producer] = found
        return found

    def productions(self, product: str, production_predicates: Iterable[str]) -> list[Production]:
        """Every producer the facts say made the product, facility operators resolved over time."""
        out: list[Production] = []
        for predicate in production_predicates:
            for f in self.facts.out(product, predicate):
                if predicate != "manufactured_at":
                    out.append(Production(f.object, (f,), f.start, f.end))
                    continue
                for op in self.facts.out(f.object, "operated_by"):
                    if op.overlaps(f.start, f.end):
                        start = max((d for d in (f.start, op.start) if d), default=None)
                        end = min((d for d in (f.end, op.end) if d), default=None)
                        out.append(Production(op.object, (f, op), start, end))
        return out

    def licences(self, product: str, producer: str) -> list[LicenceCover]:
        """The licences whose design covers the product and whose licensee stands for the producer."""
        ancestors = self.covering_ancestors(product)
        parties = self.parties(producer)
        out: list[LicenceCover] = []
        for design, lineage in ancestors.items():
            for granted in self.facts.into(design, "licensed_design"):
                licence = granted.subject
                for licensee in self.facts.out(licence, "licensee"):
                    if licensee.object not in parties:
                        continue
                    terms = (*self.facts.out(licence, "licensor"), licensee, granted)
                    starts = [f.start for f in terms if f.start]
                    ends = [f.end for f in terms if f.end]
                    out.append(LicenceCover(licence, licensee.object, design, terms, lineage,
                                            parties[licensee.object], min(starts, default=None),
                                            min(ends, default=None)))
        return out

    def rights_held(self, product: str, producer: str) -> list[tuple[str, Chain]]:
        """Ancestor designs whose rights holder stands for the producer: its own designs."""
        parties = self.parties(producer)
        out: list[tuple[str, Chain]] = []
        for design, lineage in self.all_ancestors(product).items():
            for held in self.facts.out(design, "rights_holder"):
                if held.object in parties:
                    out.append((design, (*lineage, held, *parties[held.object])))
        return out


def _before(earlier: Fact, later: Fact) -> bool:
    """Whether ``earlier`` operated the plant before (or while) ``later`` did; undated counts."""
    return earlier.start is None or later.start is None or earlier.start <= later.start
