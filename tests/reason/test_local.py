"""The local reasoner (one subject's facts) answers exactly as the whole registry's reasoner does."""

from __future__ import annotations

from typing import Any

from copytrace.packs import load_pack
from copytrace.reason.explain import reasoner
from copytrace.reason.licence import Assessment, Reasoner
from copytrace.reason.local import reasoner_for
from copytrace.registry import Registry
from tests.reason.conftest import Evidenced


def _shown(a: Assessment) -> dict[str, Any]:
    """Status, basis and every step with the statements it cites, in order."""
    return {
        "product": a.product, "producer": a.producer, "status": a.status, "explicit": a.explicit,
        "steps": [(s.text, s.statements, s.side) for s in a.steps],
        "pending": [(s.text, s.statements, s.side) for s in a.pending],
        "statement_ids": a.statement_ids,
        "licences": [(c.licence, c.licensee, c.design, c.accepted) for c in a.licences],
        "productions": [(p.producer, p.start, p.end, p.accepted) for p in a.productions],
    }


def _assessed(r: Reasoner, subject: str) -> list[dict[str, Any]]:
    producers = r.producers(subject)
    return [_shown(r.assess(subject, p)) for p in producers] if producers else [_shown(r.assess(subject, None))]


def _check_every_subject(registry: Registry) -> int:
    whole = reasoner(registry)
    subjects = set(whole.subjects()) | set(whole.facts.of_kind("design"))
    assert subjects
    for subject in sorted(subjects):
        local = reasoner_for(registry, subject)
        assert _assessed(local, subject) == _assessed(whole, subject), subject
        assert len(local.facts.facts) < len(whole.facts.facts) or len(subjects) == 1
    return len(subjects)


def test_every_subject_of_the_kalashnikov_pack(registry: Registry) -> None:
    load_pack(registry, "kalashnikov", actor="tester")
    assert _check_every_subject(registry) > 10


def test_every_subject_of_the_respondent_pack_with_documents(evidenced: Evidenced) -> None:
    # Explicit statements from documents, a candidate, a dispute, a successor, a change of plant operator.
    assert _check_every_subject(evidenced.registry) >= 6


def test_after_reviews_move_rows(registry: Registry) -> None:
    # Rejecting and re-opening statements rewrites their rows (PostgreSQL moves them in the table).
    load_pack(registry, "kalashnikov", actor="tester")
    party = registry.statements(predicate=("licensed_design", "licensee", "operated_by", "successor_of",
                                           "located_in", "licence_status"), status=("accepted",))
    for i, s in enumerate(sorted(party, key=lambda s: s.id)):
        if i % 3 == 0:
            registry.review(s.id, "rejected", reviewer="tester", reason="test")
        elif i % 3 == 1:
            registry.review(s.id, "candidate", reviewer="tester", reason="test")
    _check_every_subject(registry)


def test_a_subject_nothing_is_known_about(registry: Registry) -> None:
    load_pack(registry, "kalashnikov", actor="tester")
    assert _assessed(reasoner_for(registry, "no-such-product"), "no-such-product")[0]["status"] == "unknown"
