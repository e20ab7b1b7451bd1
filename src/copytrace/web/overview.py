"""Read-only summaries the pages need: newest first, grouped, counted.

The queries behind them live in the gateway (:mod:`copytrace.registry.queries`); each returns
statements or plain rows for ``present`` to label.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from copytrace.model.statement import Statement
from copytrace.registry import Registry, queries


def newest_candidates(registry: Registry, limit: int = 10) -> list[Statement]:
    return queries.newest_with_status(registry, "candidate", limit)


def candidate_queue(registry: Registry, skip: int = 0) -> tuple[Statement | None, int]:
    """The candidate to review next (oldest first, after skipping ``skip``) and how many wait."""
    return queries.queue(registry, "candidate", skip)


def newest_documents(registry: Registry, limit: int = 10) -> list[dict[str, Any]]:
    return queries.newest_documents(registry, limit)


def introductions(registry: Registry) -> dict[str, list[Statement]]:
    """Accepted introduced_year statements grouped by year, oldest year first."""
    by_year: dict[str, list[Statement]] = defaultdict(list)
    for s in registry.statements(predicate="introduced_year", status="accepted"):
        by_year[str(s.value)].append(s)
    return dict(sorted(by_year.items()))
