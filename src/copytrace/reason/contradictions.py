"""Contradictions: live statements that cannot all be true, grouped for a reviewer to settle.

Two kinds of disagreement are found:

- a single-valued predicate (``introduced_year``, ``licence_status``) with different values for the
  same subject and scope;
- a ``derived_from`` and a ``not_derived_from`` on the same pair.

Accepted and candidate statements both count: a candidate that contradicts an accepted fact is
exactly what a reviewer should see before deciding it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from copytrace.model.statement import Statement
from copytrace.registry import Registry

# Predicates where two live statements with the same subject (and scope) but different objects disagree.
SINGLE_VALUED: tuple[str, ...] = ("introduced_year", "licence_status")
# A predicate and its negation: both on the same (subject, object) pair disagree.
NEGATIONS: tuple[tuple[str, str], ...] = (("derived_from", "not_derived_from"),)


@dataclass(frozen=True, slots=True)
class Contradiction:
    """Statements about one subject (and scope) that cannot all hold."""

    subject: str
    predicate: str
    scope: str | None
    statements: tuple[Statement, ...]


def contradictions(registry: Registry) -> list[Contradiction]:
    """Every group of live statements that disagree, single-valued predicates first."""
    found: list[Contradiction] = []
    groups: dict[tuple[str, str, str], list[Statement]] = defaultdict(list)
    for s in registry.statements(predicate=SINGLE_VALUED, status=registry.live_statuses):
        groups[(s.subject, s.predicate, s.scope or "")].append(s)
    for (subject, predicate, scope), group in groups.items():
        if len({s.object_text for s in group}) > 1:
            found.append(Contradiction(subject, predicate, scope or None, tuple(group)))
    for positive, negative in NEGATIONS:
        pairs: dict[tuple[str, str], list[Statement]] = defaultdict(list)
        for s in registry.statements(predicate=(positive, negative), status=registry.live_statuses):
            pairs[(s.subject, s.object_text)].append(s)
        for (subject, _obj), group in pairs.items():
            if len({s.predicate for s in group}) > 1:
                found.append(Contradiction(subject, positive, None, tuple(group)))
    return found
