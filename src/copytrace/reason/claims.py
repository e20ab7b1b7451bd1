"""Claims ranked by strength: which assessments are best supported, across the whole registry.

Ranking needs the source of every statement behind every assessment (thousands on a large
registry), so the sources come straight from the statement columns here, without building and
hashing full statements; :func:`copytrace.reason.explain.explain_all` then explains the few chosen.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from copytrace.reason.licence import Assessment
from copytrace.reason.sources import Source
from copytrace.reason.strength import Strength, claim_strength
from copytrace.registry import Registry, queries


@dataclass(frozen=True, slots=True)
class Claim:
    """An assessment and how strongly its sources support it."""

    assessment: Assessment
    strength: Strength


def sources_by_id(registry: Registry, ids: Iterable[str]) -> dict[str, Source]:
    """The sources of many statements as the registry holds them now (what ``sources_for`` gives)."""
    out: dict[str, Source] = {}
    for r in queries.statement_sources(registry, ids).values():
        if r.document_id is not None:
            out[r.id] = Source(r.id, "document", r.quote, r.language, r.title, r.publisher, r.published,
                               r.source, r.document_id, r.page, r.span_start, r.span_end, r.origin,
                               r.confidence, r.status, r.recorded_at)
        elif r.citation_title is not None:
            out[r.id] = Source(r.id, "citation", r.note, None, r.citation_title, r.citation_publisher,
                               r.citation_date, r.citation_url, None, None, None, None, r.origin,
                               r.confidence, r.status, r.recorded_at)
    return out


def strongest(registry: Registry, assessments: list[Assessment], *, limit: int | None = 10,
              today: date | None = None) -> list[Claim]:
    """The assessments best supported by their sources, strongest first (ties by product, producer)."""
    sources = sources_by_id(registry, (i for a in assessments for step in a.steps for i in step.statements))
    ranked = [Claim(a, claim_strength(a, sources, today)) for a in assessments]
    ranked.sort(key=lambda c: (-c.strength.score, c.assessment.product, c.assessment.producer or ""))
    return ranked[:limit] if limit is not None else ranked
