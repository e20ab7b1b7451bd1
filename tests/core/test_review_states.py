"""The review state machine: rejected and superseded statements are closed; only a new statement reopens them."""

from __future__ import annotations

import pytest

from copytrace.errors import Conflict
from copytrace.model.statement import Citation, Statement, Status
from copytrace.registry import Registry
from copytrace.registry.registry import Entity

CITE = Citation("Lineages (test source)", "Test Encyclopedia")
FACT = Statement("aim", "made_in_country", object_id="romania", citation=CITE)


@pytest.fixture
def reg(registry: Registry) -> Registry:
    registry.write([Entity("aim", "product", "PM md. 63"), Entity("romania", "country", "Romania")], [FACT],
                   actor="tester")
    return registry


@pytest.mark.parametrize(("closed", "then"), [
    ("rejected", "accepted"), ("rejected", "candidate"),
    ("superseded", "accepted"), ("superseded", "candidate"), ("superseded", "rejected"),
])
def test_a_closed_statement_cannot_be_reopened(reg: Registry, closed: Status, then: Status) -> None:
    reg.review(FACT.id, closed, reviewer="bob", reason="first decision")
    with pytest.raises(Conflict, match=f"is {closed}: it cannot become {then}"):
        reg.review(FACT.id, then, reviewer="carol", reason="second thoughts")
    assert (reg.statement(FACT.id).status, len(reg.review_history(FACT.id))) == (closed, 1)


@pytest.mark.parametrize(("first", "then"), [
    ("accepted", "rejected"), ("accepted", "candidate"), ("candidate", "accepted"), ("accepted", "superseded"),
])
def test_an_open_statement_may_move_on(reg: Registry, first: Status, then: Status) -> None:
    reg.review(FACT.id, first, reviewer="bob", reason="first decision")
    assert reg.review(FACT.id, then, reviewer="carol", reason="second decision").status == then


def test_a_rejected_statement_is_accepted_only_as_a_new_statement(reg: Registry) -> None:
    reg.review(FACT.id, "rejected", reviewer="bob", reason="wrong date")
    corrected = reg.edit(FACT.id, FACT.with_changes(valid_from="1963"), reviewer="carol", reason="right date")
    assert (reg.statement(FACT.id).status, corrected.status, corrected.supersedes, corrected.id != FACT.id) == (
        "superseded", "accepted", FACT.id, True)


def test_the_cli_refuses_to_accept_a_rejected_statement(invoke, db_url: str) -> None:  # type: ignore[no-untyped-def]
    with Registry.open(db_url) as registry:
        registry.write([Entity("aim", "product", "PM md. 63"), Entity("romania", "country", "Romania")], [FACT],
                       actor="tester")
        registry.review(FACT.id, "rejected", reviewer="bob", reason="wrong")
    result = invoke("review", FACT.id, "accepted", "--reason", "on reflection")
    assert (result.exit_code, "is rejected: it cannot become accepted" in result.output) == (2, True), result.output
