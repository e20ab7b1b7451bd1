"""Claim strength (0-100) and the gaps that would most strengthen a claim.

The formula is documented in docs/reasoning.md and its weights live in rules.yaml. In short:
independent sources + an explicit statement + the quality of the statements' origins +
corroboration across languages + recency of the newest source, capped when the claim is disputed.
Each part is reported separately so a reader can see where the number comes from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from copytrace.i18n import lazy_gettext, lazy_ngettext
from copytrace.reason.licence import Assessment
from copytrace.reason.rules import StrengthWeights, load_rules
from copytrace.reason.sources import Source


@dataclass(slots=True)
class Strength:
    score: int
    parts: dict[str, float] = field(default_factory=dict)
    independent_sources: int = 0
    languages: list[str] = field(default_factory=list)
    gaps: list[str] = field(default_factory=list)  # copytrace.i18n.Message: English, translated where shown


def independent_count(sources: list[Source]) -> int:
    """Distinct publishers, counting one story reprinted by several publishers once."""
    groups: list[set[str]] = []
    for src in sources:
        keys = {src.independence_key} | ({"story:" + src.story_key} if src.story_key else set())
        joined = [g for g in groups if g & keys]
        merged = keys.union(*joined)
        groups = [g for g in groups if not g & keys] + [merged]
    return len(groups)


def _year(text: str | None) -> int | None:
    return int(text[:4]) if text and text[:4].isdigit() else None


def claim_strength(assessment: Assessment, sources: dict[str, Source], today: date | None = None,
                   weights: StrengthWeights | None = None) -> Strength:
    """How well the sources support the assessment's status, with the parts and the gaps."""
    w = weights or load_rules().strength
    today = today or date.today()
    if assessment.status == "unknown":
        return Strength(0, gaps=_gaps(assessment, [], 0, []))
    ids = [i for step in assessment.steps for i in step.statements]
    support = [sources[i] for i in dict.fromkeys(ids) if i in sources and sources[i].status == "accepted"]
    independent = independent_count(support)
    languages = sorted({s.language for s in support if s.language})
    parts: dict[str, float] = {}
    parts["sources"] = min(w.max_sources, (w.first_source + w.more_sources * (independent - 1)) if independent else 0)
    parts["explicit"] = w.explicit if assessment.explicit or assessment.licences else 0.0
    if support:
        quality = sum(w.origin_weight.get(s.origin, 0.0) * s.confidence for s in support) / len(support)
        parts["origin"] = round(w.origin_points * quality, 1)
    else:
        parts["origin"] = 0.0
    parts["languages"] = min(w.max_languages, w.per_extra_language * max(0, len(languages) - 1))
    newest = max((y for y in (_year(s.date) for s in support) if y), default=None)
    parts["recency"] = (round(w.recency * max(0.0, 1 - (today.year - newest) / w.decay_years), 1)
                        if newest else 0.0)
    score = sum(parts.values())
    if assessment.status == "disputed":
        score = min(score, w.disputed_cap)
    result = Strength(round(min(100.0, score)), parts, independent, languages)
    result.gaps = _gaps(assessment, support, independent, languages)
    return result


def _gaps(a: Assessment, support: list[Source], independent: int, languages: list[str]) -> list[str]:
    """The missing evidence, the most valuable first (the order follows the formula's weights)."""
    gaps: list[str] = []
    if a.status == "unknown":
        gaps.append(lazy_gettext("No accepted evidence decides the status: a source stating who makes it and "
                                 "under which licence (or none)"))
    if a.status == "disputed":
        gaps.append(lazy_gettext("The sources disagree: a source that settles which side is right (a licence "
                                 "agreement, a court or government record)"))
    if a.status != "unknown" and independent < 2:
        gaps.append(lazy_gettext("Only one independent source: a second publisher (not a reprint of the same "
                                 "story)"))
    if a.status in ("unlicensed", "expired") and not a.explicit:
        gaps.append(lazy_gettext("No source states the licence status outright: the status rests on no licence "
                                 "being on record") if a.status == "unlicensed"
                    else lazy_gettext("No source states the licence status outright"))
    if a.productions and not any(p.start or p.end for p in a.productions if p.accepted):
        gaps.append(lazy_gettext("No production date: a source dating when production began (and ended)"))
    if not a.productions and a.status != "unknown":
        gaps.append(lazy_gettext("No evidence of production by this producer"))
    for cover in a.licences:
        if cover.end is None:
            gaps.append(lazy_gettext("Licence end date unknown: a source giving when the licence ended or whether it "
                                     "runs"))
            break
    if any(c.start is None for c in a.licences):
        gaps.append(lazy_gettext("Licence start date unknown"))
    if support and not any(s.kind == "document" for s in support):
        gaps.append(lazy_gettext("Rests on citations only: a stored document with a verbatim quote and a hash"))
    if support and len(languages) < 2:
        gaps.append(lazy_gettext("No corroboration in a second language (e.g. a source from the producer's "
                                 "country)"))
    if a.pending:
        gaps.append(lazy_ngettext("%(num)d pending statement awaiting review",
                                  "%(num)d pending statements awaiting review", len(a.pending)))
    return gaps
