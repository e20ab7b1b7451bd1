"""Licence status of a product made by a producer, with the chain of statements behind it.

The rules (docs/reasoning.md, "Licence status"): accepted statements decide, candidates are shown
as pending evidence. In order:

1. Accepted licence_status statements for the product, scoped to the producer or a party standing
   for it (a predecessor, an earlier operator of its plant, its country), are explicit. Values that
   contradict each other over overlapping periods make the status *disputed*, with both sides.
2. An explicit *unlicensed* against an accepted licence record that covers the pair is *disputed*.
3. Otherwise the latest explicit value decides.
4. Without one: an accepted licence covering the pair gives *licensed*, or *expired* when production
   is on record after the licence ended; the producer holding the rights to an ancestor design
   gives *licensed*; accepted evidence of production with no licence on record gives *unlicensed*,
   unless the product derives from nothing or its lineage calls it a licensed copy (then *unknown*).
5. Nothing accepted: *unknown*.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Literal, NamedTuple

from copytrace.i18n import Word, lazy_gettext
from copytrace.reason.coverage import Chain, Coverage, LicenceCover, Production, chain_accepted
from copytrace.reason.facts import Fact, FactBase, cycle_collection_paused
from copytrace.reason.rules import Rules, load_rules

LicenceStatus = Literal["licensed", "expired", "unlicensed", "disputed", "unknown"]
LICENCE_STATUSES: tuple[LicenceStatus, ...] = ("licensed", "expired", "unlicensed", "disputed", "unknown")
# Explicit values that cannot both hold at once; licensed then expired is a history, not a dispute.
_CONFLICTS = {frozenset({"licensed", "unlicensed"}), frozenset({"expired", "unlicensed"})}


class Step(NamedTuple):
    """One link of an explanation: a sentence and the statements it rests on (a tuple: made by the million).

    The sentence is a ``copytrace.i18n.Message``: English as a string (JSON, the registry), translated
    where a person reads it; entity ids in its arguments are written ``{id}`` (``explain.render``)."""

    text: str
    statements: tuple[str, ...]
    side: str | None = None  # for a dispute: the status this step argues for


@dataclass(slots=True)
class Assessment:
    product: str
    producer: str | None
    status: LicenceStatus
    steps: list[Step] = field(default_factory=list)
    pending: list[Step] = field(default_factory=list)
    explicit: bool = False
    licences: list[LicenceCover] = field(default_factory=list)
    productions: list[Production] = field(default_factory=list)
    stated: list[Fact] = field(default_factory=list)  # licence_status facts about the pair

    @property
    def basis(self) -> str:
        """What the status rests on: "stated" (a source says it, or a licence record covers the pair), "no licence
        on record" (unlicensed only because no licence is known), or "inferred" (from the facts around it)."""
        if self.explicit or self.licences:
            return "stated"
        return "no licence on record" if self.status == "unlicensed" else "inferred"

    @property
    def label(self) -> str:
        """The status as a reader should take it: "unlicensed (stated)" is not "no licence on record"."""
        if self.status == "unlicensed":
            return "unlicensed (stated)" if self.basis == "stated" else "no licence on record"
        return self.status

    @property
    def statement_ids(self) -> list[str]:
        """Every statement the answer rests on or mentions, in order of first mention."""
        seen: dict[str, None] = {}
        for step in (*self.steps, *self.pending):
            seen.update(dict.fromkeys(step.statements))
        return list(seen)

    @property
    def sides(self) -> dict[str, list[Step]]:
        out: dict[str, list[Step]] = {}
        for step in self.steps:
            if step.side:
                out.setdefault(step.side, []).append(step)
        return out


class Reasoner:
    """Licence status over one snapshot of the registry's facts."""

    def __init__(self, facts: FactBase, rules: Rules | None = None) -> None:
        self.facts = facts
        self.rules = rules or load_rules()
        self.coverage = Coverage(facts, self.rules.covering_kinds)

    def producers(self, product: str) -> list[str]:
        """Every party the facts tie to making the product, in a stable order."""
        found: dict[str, None] = {}
        for p in self.coverage.productions(product, self.rules.production_predicates):
            found[p.producer] = None
        for f in self.facts.out(product, "licence_status"):
            if f.scope:
                found[f.scope] = None
        for granted in self.facts.into(product, "licensed_design"):
            for licensee in self.facts.out(granted.subject, "licensee"):
                found[licensee.object] = None
        return list(found)

    def subjects(self) -> list[str]:
        """Products, and designs that are themselves made under licence or without one (those in scope)."""
        designs = {f.subject for f in self.facts.with_predicate("licence_status")}
        designs |= {f.subject for predicate in self.rules.production_predicates
                    for f in self.facts.with_predicate(predicate)
                    if self.facts.kinds.get(f.subject) == "design" and self.facts.out(f.subject, "derived_from")}
        found = set(self.facts.of_kind("product")) | designs
        return sorted(found if self.facts.scope is None else found & self.facts.scope)

    def assess_all(self) -> list[Assessment]:
        out: list[Assessment] = []
        with cycle_collection_paused():
            for product in self.subjects():
                producers = self.producers(product)
                out.extend(self.assess(product, p) for p in producers) if producers else out.append(
                    self.assess(product, None))
        return out

    def assess(self, product: str, producer: str | None) -> Assessment:
        if producer is None:
            result = Assessment(product, None, "unknown")
            result.steps.append(Step(lazy_gettext("No producer of this product is on record."), ()))
            return result
        parties = self.coverage.parties(producer)
        stated = [f for f in self.facts.out(product, "licence_status") if f.scope in parties]
        productions = [p for p in self.coverage.productions(product, self.rules.production_predicates)
                       if p.producer in parties]
        licences = self.coverage.licences(product, producer)
        result = Assessment(product, producer, "unknown", licences=licences, productions=productions, stated=stated)
        accepted: list[Fact] = []
        candidate: list[Fact] = []
        for f in stated:
            (accepted if f.accepted and chain_accepted(parties[f.scope or ""]) else candidate).append(f)
        good_licences: list[LicenceCover] = []
        candidate_licences: list[LicenceCover] = []
        for c in licences:
            (good_licences if c.accepted else candidate_licences).append(c)
        self._pending(result, candidate, productions, candidate_licences, parties)
        if accepted:
            self._explicit(result, accepted, parties, good_licences)
        else:
            self._inferred(result, productions, good_licences)
        return result

    # -- the rules ---------------------------------------------------------------------------

    def _explicit(self, result: Assessment, accepted: list[Fact], parties: dict[str, Chain],
                  licences: list[LicenceCover]) -> None:
        result.explicit = True
        values = {f.object for f in accepted}
        clash = [(a, b) for a in accepted for b in accepted
                 if frozenset({a.object, b.object}) in _CONFLICTS and a.overlaps(b.start, b.end)]
        if clash or "disputed" in values:
            result.status = "disputed"
            for f in accepted:
                result.steps.append(_stated_step(f, parties, side=f.object))
            for cover in licences:
                result.steps.append(_licence_step(cover, side="licensed"))
            return
        latest = max(accepted, key=lambda f: (f.start or "", f.end or "9999"))
        against = [c for c in licences if latest.overlaps(c.start, c.end)]
        if latest.object == "unlicensed" and against:
            result.status = "disputed"
            for f in accepted:
                result.steps.append(_stated_step(f, parties, side=f.object))
            for cover in against:
                result.steps.append(_licence_step(cover, side="licensed"))
            return
        result.status = _status(latest.object)
        for f in sorted(accepted, key=lambda f: (f.start or "", f.id)):
            result.steps.append(_stated_step(f, parties))
        for cover in licences:
            result.steps.append(_licence_step(cover))
        for production in result.productions:
            if production.accepted:
                result.steps.append(_production_step(production))

    def _inferred(self, result: Assessment, productions: list[Production], licences: list[LicenceCover]) -> None:
        made = [p for p in productions if p.accepted]
        if licences:
            # The licence that runs longest: a renewal covers what its predecessor no longer does.
            cover = max(licences, key=lambda c: (c.end is None, c.end or ""))
            result.steps.append(_licence_step(cover))
            ended = cover.end
            after = [p for p in made if ended is not None and _runs_past(p, ended)]
            if ended is not None and after:
                result.status = "expired"
                result.steps.extend(_production_step(p) for p in after)
                result.steps.append(Step(lazy_gettext("Production continued after the licence ended (%(year)s).",
                                                       year=ended[:4]), ()))
            else:
                result.status = "licensed"
                result.steps.extend(_production_step(p) for p in made)
            return
        assert result.producer is not None
        held = [(d, chain) for d, chain in self.coverage.rights_held(result.product, result.producer)
                if chain_accepted(chain)]
        if held:
            design, chain = held[0]
            result.status = "licensed"
            result.steps.append(Step(lazy_gettext("The producer holds the rights to %(design)s, an ancestor design.",
                                                  design=_ref(design)), _ids(chain)))
            return
        if not made:
            result.steps.append(Step(lazy_gettext("No accepted evidence of production, licence or licence status."),
                                     ()))
            return
        result.steps.extend(_production_step(p) for p in made)
        links = self.coverage.accepted_links(result.product)
        if not links:
            result.steps.append(Step(lazy_gettext("The product is not on record as derived from any design."), ()))
            return
        if any(f.qualifier == "licensed_copy" for f in links):
            result.steps.append(Step(lazy_gettext("The lineage calls it a licensed copy, but no licence record "
                                                  "names this producer or a party standing for it."),
                                     _ids(f for f in links if f.qualifier == "licensed_copy")))
            return
        result.status = "unlicensed"
        designs = sorted({f.object for f in links})
        derived = lazy_gettext("Derived from %(designs)s.", designs=", ".join(_ref(d) for d in designs))
        result.steps.append(Step(derived, _ids(links)))
        result.steps.append(Step(lazy_gettext("No licence on record covers this producer for the design or any "
                                              "ancestor."), ()))

    def _pending(self, result: Assessment, stated: list[Fact], productions: list[Production],
                 licences: list[LicenceCover], parties: dict[str, Chain]) -> None:
        """Steps for what candidates say: ``stated`` and ``licences`` are those accepted facts do not make."""
        for f in stated:
            result.pending.append(_stated_step(f, parties))
        for cover in licences:
            result.pending.append(_licence_step(cover))
        for p in productions:
            if not p.accepted:
                result.pending.append(_production_step(p))


# -- explanation steps --------------------------------------------------------------------------

def _status(value: str | None) -> LicenceStatus:
    for status in LICENCE_STATUSES:
        if status == value:
            return status
    return "unknown"


def _ref(entity_id: str | None) -> str:
    """An entity in a step's text: ``{id}``, named when shown (``explain.render``)."""
    return "{" + str(entity_id) + "}"


def _ids(facts: Iterable[Fact]) -> tuple[str, ...]:
    ids = [f.id for f in facts]
    return tuple(ids) if len(ids) < 2 else tuple(dict.fromkeys(ids))


# The sentences are whole messages with named placeholders; the optional clauses below are messages
# of their own (with their leading space or semicolon), so that a translation can order its words.

def _period(start: str | None, end: str | None) -> str:
    if start and end:
        return lazy_gettext(" (%(start)s–%(end)s)", start=start[:4], end=end[:4])
    if start:
        return lazy_gettext(" (from %(year)s)", year=start[:4])
    if end:
        return lazy_gettext(" (until %(year)s)", year=end[:4])
    return ""


def _stated_step(f: Fact, parties: dict[str, Chain], side: str | None = None) -> Step:
    via = parties.get(f.scope or "", ())
    link = lazy_gettext(" (a party standing for the producer)") if via else ""
    text = lazy_gettext("Stated %(status)s for %(party)s%(standing)s%(period)s.", status=Word(f.object),
                        party=_ref(f.scope), standing=link, period=_period(f.start, f.end))
    return Step(text, _ids((f, *via)), side)


def _licence_step(cover: LicenceCover, side: str | None = None) -> Step:
    lineage = lazy_gettext("; the product derives from the licensed design") if cover.lineage else ""
    party = lazy_gettext("; the licensee stands for the producer") if cover.party else ""
    text = lazy_gettext("Licence %(licence)s grants %(design)s to %(licensee)s%(period)s%(lineage)s%(party)s.",
                        licence=_ref(cover.licence), design=_ref(cover.design),
                        licensee=_ref(cover.licensee), period=_period(cover.start, cover.end),
                        lineage=lineage, party=party)
    return Step(text, _ids((*cover.terms, *cover.lineage, *cover.party)), side)


def _production_step(p: Production) -> Step:
    if len(p.chain) > 1:
        text = lazy_gettext("Production: made at a plant operated by %(producer)s%(period)s.",
                            producer=_ref(p.producer), period=_period(p.start, p.end))
    else:
        text = lazy_gettext("Production: made by %(producer)s%(period)s.", producer=_ref(p.producer),
                            period=_period(p.start, p.end))
    return Step(text, _ids(p.chain))


def _runs_past(p: Production, end: str) -> bool:
    return (p.end is not None and p.end > end) or (p.start is not None and (p.start > end or p.end is None))


def assess_registry_day(facts: FactBase, on: date | None) -> Reasoner:
    """A reasoner over the facts as they held on ``on`` (valid time), or over all of them."""
    return Reasoner(facts.true_on(on) if on else facts)
