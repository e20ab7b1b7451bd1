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
    # A list, not a generator: chains are short and this runs for every chain of every assessment.
    return all([f.accepted for f in chain])


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


@dataclass(frozen=True, slots=True)
class _Grant:
    """A licence's terms for one of its designs and one licensee, the same for every product and producer."""

    licence: str
    licensee: str
    terms: Chain
    start: str | None
    end: str | None


class Coverage:
    """Memoised reach queries over one fact base."""

    def __init__(self, facts: FactBase, covering_kinds: frozenset[str]) -> None:
        self.facts = facts
        self.covering_kinds = covering_kinds
        self._ancestors: dict[str, dict[str, Chain]] = {}
        self._all_ancestors: dict[str, dict[str, Chain]] = {}
        self._parties: dict[str, dict[str, Chain]] = {}
        self._productions: dict[str, list[Production]] = {}
        self._grants: dict[str, list[_Grant]] = {}
        self._held: dict[str, list[tuple[str, Chain, Fact]]] = {}
        self._accepted_links: dict[str, list[Fact]] = {}

    def _covering_up(self, node: str) -> list[tuple[str, Fact]]:
        return [(f.object, f) for f in self.facts.out(node, "derived_from") if f.qualifier in self.covering_kinds]

    def _any_up(self, node: str) -> list[tuple[str, Fact]]:
        return [(f.object, f) for f in self.facts.out(node, "derived_from")]

    def covering_ancestors(self, product: str) -> dict[str, Chain]:
        """The product and the designs whose licence covers it, with the derived_from chain."""
        found = self._ancestors.get(product)
        if found is None:
            found = _reach_memoised(product, self._covering_up, self._ancestors)
        return found

    def all_ancestors(self, product: str) -> dict[str, Chain]:
        """Every ancestor over derived_from links of any kind."""
        found = self._all_ancestors.get(product)
        if found is None:
            found = _reach_memoised(product, self._any_up, self._all_ancestors)
        return found

    def accepted_links(self, product: str) -> list[Fact]:
        """The accepted derived_from facts on the product's chains to its ancestors, each once, in order."""
        found = self._accepted_links.get(product)
        if found is None:
            ids: dict[str, Fact] = {}
            for chain in self.all_ancestors(product).values():
                for f in chain:
                    if f.accepted and f.id not in ids:
                        ids[f.id] = f
            found = self._accepted_links[product] = list(ids.values())
        return found

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
        """Every producer the facts say made the product, facility operators resolved over time.

        Memoised per product: callers get the same list and must not change it.
        """
        found = self._productions.get(product)
        if found is None:
            found = self._productions[product] = self._find_productions(product, production_predicates)
        return found

    def _find_productions(self, product: str, production_predicates: Iterable[str]) -> list[Production]:
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

    def _grants_of(self, design: str) -> list[_Grant]:
        """The licences granting ``design``, one entry per licensee, in the order the facts give."""
        found = self._grants.get(design)
        if found is None:
            found = self._grants[design] = []
            for granted in self.facts.into(design, "licensed_design"):
                licence = granted.subject
                for licensee in self.facts.out(licence, "licensee"):
                    terms = (*self.facts.out(licence, "licensor"), licensee, granted)
                    starts = [f.start for f in terms if f.start]
                    ends = [f.end for f in terms if f.end]
                    found.append(_Grant(licence, licensee.object, terms, min(starts, default=None),
                                        min(ends, default=None)))
        return found

    def licences(self, product: str, producer: str) -> list[LicenceCover]:
        """The licences whose design covers the product and whose licensee stands for the producer."""
        parties = self.parties(producer)
        out: list[LicenceCover] = []
        for design, lineage in self.covering_ancestors(product).items():
            for g in self._grants_of(design):
                party = parties.get(g.licensee)
                if party is not None:
                    out.append(LicenceCover(g.licence, g.licensee, design, g.terms, lineage, party, g.start, g.end))
        return out

    def rights_held(self, product: str, producer: str) -> list[tuple[str, Chain]]:
        """Ancestor designs whose rights holder stands for the producer: its own designs."""
        parties = self.parties(producer)
        held = self._held.get(product)
        if held is None:
            held = self._held[product] = [(design, lineage, f)
                                          for design, lineage in self.all_ancestors(product).items()
                                          for f in self.facts.out(design, "rights_holder")]
        return [(design, (*lineage, f, *parties[f.object])) for design, lineage, f in held if f.object in parties]


def _before(earlier: Fact, later: Fact) -> bool:
    """Whether ``earlier`` operated the plant before (or while) ``later`` did; undated counts."""
    return earlier.start is None or later.start is None or earlier.start <= later.start


def _reach_memoised(start: str, edges: Callable[[str], list[tuple[str, Fact]]],
                    memo: dict[str, dict[str, Chain]]) -> dict[str, Chain]:
    """``reach(start, edges)``, memoised in ``memo``, sharing the work along single accepted links.

    When a node's only edge is accepted and the node is not its own ancestor, breadth-first search
    from it meets exactly what the search from its parent meets, in the same order, one link
    further: so its reach is itself, then its parent's reach with that link prepended. Products
    mostly have one parent, so each design's ancestry is searched once instead of once per product.
    Any other node (several parents, a candidate link, a cycle) gets a search of its own.
    """
    path: list[tuple[str, str, Fact]] = []  # (node, its parent, the link), walking up
    seen: set[str] = set()
    node = start
    while node not in memo:
        ups = edges(node)
        if node in seen or len(ups) != 1 or not ups[0][1].accepted:
            memo[node] = reach(node, edges)
            break
        seen.add(node)
        parent, link = ups[0]
        path.append((node, parent, link))
        node = parent
    for node, parent, link in reversed(path):
        if node in memo:  # searched on its own, closing a cycle
            continue
        above = memo[parent]
        if node in above:
            memo[node] = reach(node, edges)
            continue
        found: dict[str, Chain] = {node: ()}
        for far, chain in above.items():
            found[far] = (link, *chain)
        memo[node] = found
    return memo[start]
