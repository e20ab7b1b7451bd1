"""The reasoning API the CLI, web and reports call: statuses of many products, and full explanations.

Statuses for the whole registry stay on light facts; an explanation adds what a reader needs:
entity names, the full statements with quotes or citations, their sources, claim strength, gaps.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from copytrace.i18n import Message
from copytrace.model.statement import Statement
from copytrace.reason.coverage import Coverage
from copytrace.reason.facts import FactBase, cycle_collection_paused, full_statements
from copytrace.reason.licence import LICENCE_STATUSES, Assessment, Reasoner
from copytrace.reason.local import reasoner_for
from copytrace.reason.rules import load_rules
from copytrace.reason.sources import Source, sources_for
from copytrace.reason.strength import Strength, claim_strength
from copytrace.registry import Registry

_REF = re.compile(r"\{([^{}]+)\}")


def render(text: str, labels: dict[str, str]) -> str:
    """A step's text with entity ids (written ``{id}``) replaced by their names; a ``Message`` stays one."""
    def named(plain: str) -> str:
        return _REF.sub(lambda m: labels.get(m.group(1), m.group(1)), plain)

    return text.map_args(named) if isinstance(text, Message) else named(text)


def reasoner(registry: Registry, *, as_of: date | datetime | None = None, on: date | None = None) -> Reasoner:
    """A reasoner over what the registry knew on ``as_of``, restricted to facts true ``on`` a day."""
    facts = FactBase.load(registry, as_of=as_of)
    return Reasoner(facts.true_on(on) if on else facts)


def reasoner_around(registry: Registry, parties: Callable[[Coverage], Iterable[str]]) -> Reasoner:
    """A reasoner for the products some parties make, loading only their facts (see FactBase.load_around).

    ``parties`` picks the parties from a coverage over every party and licence fact.
    """
    rules = load_rules()
    facts = FactBase.load_around(registry, lambda base: parties(Coverage(base, rules.covering_kinds)),
                                 rules.production_predicates)
    return Reasoner(facts, rules)


def respondent_parties(coverage: Coverage, respondent: str, kind: str) -> set[str]:
    """The respondent and the parties it answers for (predecessors, earlier plant operators).

    A country answers for what is made on its territory; an organization does not answer for the
    country it is located in.
    """
    parties = coverage.parties(respondent)
    if kind == "country":
        return set(parties)
    return {p for p in parties if coverage.facts.kinds.get(p) != "country"}


def respondent_assessments(registry: Registry, respondent: str, kind: str, *,
                           as_of: date | datetime | None = None) -> tuple[Reasoner, list[Assessment]]:
    """Every (product, producer) assessment where the producer is the respondent or answers to it.

    As the registry stands, only the respondent's products and what bears on them are loaded; as
    of a date, the registry's knowledge-time query decides, over every fact.
    """
    r = (reasoner(registry, as_of=as_of) if as_of is not None
         else reasoner_around(registry, lambda coverage: respondent_parties(coverage, respondent, kind)))
    mine = respondent_parties(r.coverage, respondent, kind)
    with cycle_collection_paused():
        return r, [r.assess(product, producer) for product in r.subjects()
                   for producer in r.producers(product) if producer in mine]


def facility_assessments(registry: Registry, facility: str) -> list[Assessment]:
    """The products made at a plant, each assessed for the plant's operators (any producer if none is known)."""
    live = registry.live_statuses
    operators = {s.object_id for s in registry.statements(subject=facility, predicate="operated_by", status=live)}
    products = sorted({s.subject for s in registry.statements(object_id=facility, predicate="manufactured_at",
                                                              status=live)})
    found: list[Assessment] = []
    for product in products:
        r = reasoner_for(registry, product)
        found += [r.assess(product, p) for p in r.producers(product) if not operators or p in operators]
    return found


def select_assessments(r: Reasoner, *, country: str | None = None, design: str | None = None,
                       status: str | None = None) -> list[Assessment]:
    """Every (product, producer) assessment, filtered by the producer's country and the product's design."""
    products = r.subjects()
    if design is not None:
        products = [p for p in products if design in r.coverage.all_ancestors(p)]
    out: list[Assessment] = []
    with cycle_collection_paused():
        for product in products:
            producers = r.producers(product)
            if country is not None:
                producers = [p for p in producers if country in r.coverage.parties(p)]
                if not producers:
                    continue
            out.extend(r.assess(product, p) for p in producers) if producers else out.append(
                r.assess(product, None))
    if status is not None:
        out = [a for a in out if a.status == status]
    return out


def status_counts(assessments: list[Assessment]) -> dict[str, int]:
    counts = Counter(a.status for a in assessments)
    return {s: counts.get(s, 0) for s in LICENCE_STATUSES}


@dataclass(slots=True)
class Explained:
    """One assessment with everything needed to show and check it."""

    assessment: Assessment
    strength: Strength
    statements: dict[str, Statement]
    sources: dict[str, Source]
    labels: dict[str, str] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)  # of the entities in ``labels``

    def text(self, text: str) -> str:
        return render(text, self.labels)

    def to_dict(self) -> dict[str, Any]:
        a = self.assessment

        def steps(items: list[Any]) -> list[dict[str, Any]]:
            return [{"text": self.text(s.text), "side": s.side, "statements": list(s.statements)} for s in items]

        return {
            "product": {"id": a.product, "name": self.labels.get(a.product, a.product)},
            "producer": {"id": a.producer, "name": self.labels.get(a.producer, a.producer)} if a.producer else None,
            "status": a.status,
            "label": a.label,
            "basis": a.basis,
            "explicit": a.explicit,
            "explanation": steps(a.steps),
            "pending_evidence": steps(a.pending),
            "strength": {"score": self.strength.score, "parts": self.strength.parts,
                         "independent_sources": self.strength.independent_sources,
                         "languages": self.strength.languages},
            "gaps": self.strength.gaps,
            "licences": [{"id": c.licence, "name": self.labels.get(c.licence, c.licence), "design": c.design,
                          "licensee": c.licensee, "start": c.start, "end": c.end, "accepted": c.accepted}
                         for c in a.licences],
            "production": [{"producer": p.producer, "start": p.start, "end": p.end, "accepted": p.accepted}
                           for p in a.productions],
            "evidence": [self.sources[i].to_dict() for i in a.statement_ids if i in self.sources],
        }


def explain_all(registry: Registry, assessments: list[Assessment], *, as_of: date | datetime | None = None,
                today: date | None = None) -> list[Explained]:
    """Full explanations for some assessments, fetching their statements and sources in one go."""
    ids = {i for a in assessments for i in a.statement_ids}
    found = full_statements(registry, ids, as_of=as_of)
    sources = sources_for(registry, found.values())
    names: set[str] = set()
    for a in assessments:
        names |= {a.product, a.producer or ""}
        names |= {c.licence for c in a.licences} | {p.producer for p in a.productions}
        for step in (*a.steps, *a.pending):
            names |= set(_REF.findall(step.text))
    for s in found.values():
        names |= {s.subject, s.object_id or "", s.scope or ""}
    named = registry.entities_by_id(n for n in names if n)
    labels = {i: e.name for i, e in named.items()}
    kinds = {i: e.kind for i, e in named.items()}
    return [Explained(a, claim_strength(a, sources, today), {i: found[i] for i in a.statement_ids if i in found},
                      {i: sources[i] for i in a.statement_ids if i in sources}, labels, kinds) for a in assessments]


def explain(registry: Registry, product: str, producer: str | None = None, *,
            as_of: date | datetime | None = None, on: date | None = None) -> list[Explained]:
    """Explanations for a product (by id), for one producer or for each producer on record."""
    r = reasoner(registry, as_of=as_of, on=on)
    producers = [producer] if producer else r.producers(product)
    assessments = [r.assess(product, p) for p in producers] if producers else [r.assess(product, None)]
    return explain_all(registry, assessments, as_of=as_of)
