"""Licence status on both backends: every status, with its explanation, on the respondent pack."""

from __future__ import annotations

from datetime import UTC, datetime

from copytrace.reason.explain import explain, reasoner, render, select_assessments, status_counts
from copytrace.reason.facts import REASON_PREDICATES, FactBase
from copytrace.reason.licence import Assessment
from tests.reason.conftest import Evidenced


def _status(e: Evidenced, product: str, producer: str) -> Assessment:
    return reasoner(e.registry).assess(product, producer)


def test_licence_covers_a_copy_of_the_licensed_design(evidenced: Evidenced) -> None:
    a = _status(evidenced, "pm-md-63", "cugir-state")
    assert (a.status, [c.licence for c in a.licences]) == ("licensed", ["lic-akm-romania"])


def test_successor_running_the_licensees_plant_after_the_licence_ended_is_expired(evidenced: Evidenced) -> None:
    a = _status(evidenced, "pm-md-65", "romarm")
    assert a.status == "expired"
    assert any("continued after the licence ended (1990)" in s.text for s in a.steps)


def test_operator_of_the_plant_at_the_time_is_the_producer(evidenced: Evidenced) -> None:
    r = reasoner(evidenced.registry)
    assert r.producers("pm-md-65") == ["cugir-state", "romarm"]


def test_contradicting_sources_are_disputed_with_both_sides(evidenced: Evidenced) -> None:
    a = _status(evidenced, "wasr-10", "romarm")
    assert a.status == "disputed"
    assert set(a.sides) == {"licensed", "unlicensed"}


def test_explicit_statement_of_no_licence_from_a_document_decides(evidenced: Evidenced) -> None:
    [item] = explain(evidenced.registry, "pa-md-86", "romarm")
    assert (item.assessment.status, item.assessment.explicit) == ("unlicensed", True)
    assert any(s.quote == "выпускается компанией RomArm без лицензии" for s in item.sources.values())


def test_no_licence_on_record_is_unlicensed(evidenced: Evidenced) -> None:
    a = _status(evidenced, "pm-md-2000", "romarm")
    assert (a.status, a.explicit) == ("unlicensed", False)


def test_candidates_are_pending_evidence_and_do_not_decide(evidenced: Evidenced) -> None:
    a = _status(evidenced, "pm-md-2000", "romarm")
    assert [s.text for s in a.pending] == ["Stated licensed for {romarm}."]


def test_a_look_alike_is_not_called_unlicensed(evidenced: Evidenced) -> None:
    a = _status(evidenced, "vz-58", "czechoslovakia")
    assert a.status == "unknown"


def test_status_counts_over_the_registry(evidenced: Evidenced) -> None:
    counts = status_counts(select_assessments(reasoner(evidenced.registry)))
    assert counts == {"licensed": 3, "expired": 2, "unlicensed": 2, "disputed": 1, "unknown": 1}


def test_as_of_before_a_statement_was_recorded_leaves_it_out(evidenced: Evidenced) -> None:
    then = reasoner(evidenced.registry, as_of=evidenced.before_documents).assess("pa-md-86", "romarm")
    assert (then.status, then.explicit) == ("unlicensed", False)


def test_rejecting_the_licence_record_changes_the_answer(evidenced: Evidenced) -> None:
    reg = evidenced.registry
    [licensee] = reg.statements(subject="lic-akm-romania", predicate="licensee")
    reg.review(licensee.id, "rejected", reviewer="tester", reason="test: wrong licensee")
    assert _status(evidenced, "pm-md-63", "cugir-state").status == "unknown"


def test_steps_name_entities_by_their_names(evidenced: Evidenced) -> None:
    [item] = explain(evidenced.registry, "pm-md-65", "romarm")
    assert render(item.assessment.steps[0].text, item.labels).startswith(
        "Licence AKM licence to Cugir grants AKM to Cugir State Arms Factory (1963–1990)")


def test_as_of_puts_back_the_review_state_of_that_moment(evidenced: Evidenced) -> None:
    reg = evidenced.registry
    [licensee] = reg.statements(subject="lic-akm-romania", predicate="licensee")
    before_review = datetime.now(UTC)
    reg.review(licensee.id, "rejected", reviewer="tester", reason="test: wrong licensee")
    assert reasoner(reg, as_of=before_review).assess("pm-md-63", "cugir-state").status == "licensed"
    assert reasoner(reg, as_of=datetime.now(UTC)).assess("pm-md-63", "cugir-state").status == "unknown"
    # The light load agrees with the registry's own as-known query at every moment.
    for moment in (evidenced.before_documents, before_review, datetime.now(UTC)):
        light = {f.id: f.accepted for f in FactBase.load(reg, as_of=moment).facts}
        full = {s.id: s.status == "accepted"
                for s in reg.statements(predicate=REASON_PREDICATES, status=reg.live_statuses, as_known_on=moment)}
        assert light == full
