"""Contradictions: live statements that cannot all be true, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from copytrace.model.statement import Citation, Statement
from copytrace.packs import load_pack
from copytrace.reason.contradictions import contradictions
from copytrace.registry import Registry

MINI_PACK = Path(__file__).parent.parent / "data" / "mini.yaml"
OTHER = Citation("A contradicting list (test source)", "Test Almanac")


@pytest.fixture
def mini(registry: Registry) -> Registry:
    load_pack(registry, str(MINI_PACK), actor="loader")
    return registry


def test_the_consistent_pack_has_none(mini: Registry) -> None:
    assert contradictions(mini) == []


def test_a_candidate_year_disagreeing_with_an_accepted_one(mini: Registry) -> None:
    mini.add_statements([Statement("akm", "introduced_year", value="1961", citation=OTHER)], actor="importer")
    [found] = contradictions(mini)
    assert (found.subject, found.predicate, found.scope) == ("akm", "introduced_year", None)
    assert sorted(s.object_text for s in found.statements) == ["1959", "1961"]


def test_licence_status_disagrees_only_within_one_scope(mini: Registry) -> None:
    mini.add_statements([
        Statement("type-56", "licence_status", value="licensed", scope="romania", citation=OTHER),
    ], actor="importer")
    assert contradictions(mini) == []
    mini.add_statements([
        Statement("type-56", "licence_status", value="licensed", scope="china", citation=OTHER),
    ], actor="importer")
    [found] = contradictions(mini)
    assert (found.predicate, found.scope) == ("licence_status", "china")


def test_derived_from_against_not_derived_from(mini: Registry) -> None:
    mini.add_statements([Statement("vz-58", "derived_from", object_id="ak-47", qualifier="copy", citation=OTHER)],
                        actor="importer")
    [found] = contradictions(mini)
    assert found.subject == "vz-58"
    assert {s.predicate for s in found.statements} == {"derived_from", "not_derived_from"}


def test_rejected_statements_do_not_count(mini: Registry) -> None:
    statement = Statement("akm", "introduced_year", value="1961", citation=OTHER)
    mini.add_statements([statement], actor="importer")
    mini.review(statement.id, "rejected", reviewer="reviewer", reason="unreliable")
    assert contradictions(mini) == []
