"""Intake and review on both backends: what a write checks and stores, what a review appends."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from copytrace.errors import ConflictError, InvalidStatement, RegistryError, UnknownEntity
from copytrace.model.statement import Citation, Evidence, Statement
from copytrace.registry import Registry
from copytrace.registry.documents import DocumentRecord, Rejection
from copytrace.registry.registry import Entity
from copytrace.registry.tables import statements
from tests.reason.conftest import add_document

CITE = Citation("Lineages (test source)", "Test Encyclopedia")
ENTITIES = [Entity("akm", "design", "AKM"), Entity("aim", "product", "PM md. 63"),
            Entity("romania", "country", "Romania")]


def fact(subject: str = "aim", obj: str = "romania", **rest: object) -> Statement:
    return Statement(subject, "made_in_country", object_id=obj, citation=CITE, **rest)  # type: ignore[arg-type]


@pytest.fixture
def reg(registry: Registry) -> Registry:
    registry.write(ENTITIES, [], actor="tester")
    return registry


def test_a_write_counts_only_what_is_new(registry: Registry) -> None:
    first = registry.write(ENTITIES, [fact()], actor="tester")
    again = registry.write(ENTITIES, [fact(), fact(valid_from="1963")], actor="tester")
    assert (first, again) == ((3, 1), (0, 1))


def test_the_same_statement_twice_in_one_batch_is_stored_once(reg: Registry) -> None:
    assert reg.add_statements([fact(), fact(), fact(status="accepted")], actor="tester") == 1


def test_an_entity_given_twice_in_one_batch_is_stored_once(registry: Registry) -> None:
    assert registry.write([ENTITIES[0], ENTITIES[0]], [], actor="tester") == (1, 0)


def test_an_entity_cannot_change_its_kind(reg: Registry) -> None:
    with pytest.raises(InvalidStatement, match="entity 'akm' is a design, not a product"):
        reg.write([Entity("akm", "product", "AKM")], [fact(subject="akm")], actor="tester")


def test_one_batch_cannot_give_an_entity_two_kinds(registry: Registry) -> None:
    with pytest.raises(InvalidStatement, match="entity 'x' is a design, not a product"):
        registry.write([Entity("x", "design", "X"), Entity("x", "product", "X")], [], actor="tester")


def test_an_unknown_entity_kind_is_refused(registry: Registry) -> None:
    with pytest.raises(InvalidStatement, match="unknown entity kind 'weapon'"):
        registry.write([Entity("x", "weapon", "X")], [], actor="tester")


def test_a_bad_statement_is_refused_naming_its_subject_and_nothing_is_stored(reg: Registry) -> None:
    with pytest.raises(InvalidStatement, match="statement about 'aim': made_in_country: object 'akm' is a design"):
        reg.write([Entity("izhmash", "organization", "Izhmash")], [fact(), fact(obj="akm")], actor="tester")
    assert (reg.entity("izhmash"), reg.statements(subject="aim")) == (None, [])


def test_statements_may_name_entities_written_in_the_same_batch(registry: Registry) -> None:
    assert registry.write(ENTITIES, [fact()], actor="tester") == (3, 1)


def test_stored_statements_record_who_and_when_unless_given(reg: Registry) -> None:
    before = datetime.now(UTC)
    given = datetime(2020, 5, 1, tzinfo=UTC)
    reg.add_statements([fact(), fact(valid_from="1963", recorded_at=given, recorded_by="pack:x")], actor="alice")
    plain, dated = sorted(reg.statements(subject="aim"), key=lambda s: s.valid_from or "")
    assert plain.recorded_by == "alice" and plain.recorded_at is not None and plain.recorded_at >= before
    assert (dated.recorded_by, dated.recorded_at) == ("pack:x", given)


def test_each_new_statement_and_entity_is_in_the_audit_log(registry: Registry) -> None:
    registry.write(ENTITIES, [fact()], actor="alice")
    log = [(e.actor, e.action, e.target) for e in registry.audit_log()]
    assert log == [("alice", "entity.add", e.id) for e in ENTITIES] + [("alice", "statement.add", fact().id)]


def test_a_write_that_stores_nothing_adds_nothing_to_the_audit_log(reg: Registry) -> None:
    reg.add_statements([fact()], actor="tester")
    before = len(reg.audit_log())
    reg.write(ENTITIES, [fact()], actor="tester")
    assert len(reg.audit_log()) == before


def test_names_and_aliases_are_found_by_resolve(reg: Registry) -> None:
    reg.add_statements([Statement("aim", "alias", value="AIM", citation=CITE)], actor="tester")
    assert (reg.resolve("aim").id, reg.resolve("PM md. 63").id, reg.resolve("AIM").id) == ("aim", "aim", "aim")
    assert reg.names_of("aim") == [("PM md. 63", False), ("AIM", True)]


def test_an_id_wins_over_another_entitys_alias(reg: Registry) -> None:
    reg.add_statements([Statement("aim", "alias", value="akm", citation=CITE)], actor="tester")
    assert reg.resolve("akm").id == "akm"


def test_many_statements_are_stored_in_one_write(reg: Registry) -> None:
    many = [Statement("aim", "alias", value=f"AIM-{i}", citation=CITE) for i in range(1100)]
    assert (reg.add_statements(many, actor="tester"), reg.add_statements(many, actor="tester")) == (1100, 0)


# -- review -------------------------------------------------------------------------------------------

def test_a_review_records_the_decision_and_who_made_it(reg: Registry) -> None:
    reg.add_statements([fact()], actor="tester")
    done = reg.review(fact().id, "accepted", reviewer="bob", reason="matches the source")
    assert (done.status, done.reviewed_by, done.review_reason, done.version) == (
        "accepted", "bob", "matches the source", 1)


def test_every_review_is_kept_in_the_history(reg: Registry) -> None:
    reg.add_statements([fact()], actor="tester")
    reg.review(fact().id, "accepted", reviewer="bob", reason="fits")
    reg.review(fact().id, "rejected", reviewer="carol", reason="retracted")
    history = [(h["old_status"], h["new_status"], h["reviewer"]) for h in reg.review_history(fact().id)]
    assert history == [("candidate", "accepted", "bob"), ("accepted", "rejected", "carol")]


def test_a_review_is_in_the_audit_log(reg: Registry) -> None:
    reg.add_statements([fact()], actor="tester")
    reg.review(fact().id, "accepted", reviewer="bob", reason="fits")
    last = reg.audit_log()[-1]
    assert (last.actor, last.action, last.target, last.payload) == (
        "bob", "statement.review", fact().id, {"from": "candidate", "to": "accepted", "reason": "fits", "version": 1})


def test_a_review_needs_a_known_status(reg: Registry) -> None:
    reg.add_statements([fact()], actor="tester")
    with pytest.raises(InvalidStatement, match="unknown status 'maybe'"):
        reg.review(fact().id, "maybe", reviewer="bob", reason="unsure")  # type: ignore[arg-type]


@pytest.mark.parametrize("reason", ["", "   "])
def test_a_review_needs_a_reason(reg: Registry, reason: str) -> None:
    reg.add_statements([fact()], actor="tester")
    with pytest.raises(InvalidStatement, match="a review needs a reason"):
        reg.review(fact().id, "accepted", reviewer="bob", reason=reason)


def test_reviewing_an_unknown_statement_is_an_error(reg: Registry) -> None:
    with pytest.raises(RegistryError, match="no statement 'nope'"):
        reg.review("nope", "accepted", reviewer="bob", reason="fits")


def test_a_review_from_a_stale_version_is_refused_and_changes_nothing(reg: Registry) -> None:
    reg.add_statements([fact()], actor="tester")
    reg.review(fact().id, "accepted", reviewer="bob", reason="fits", expected_version=0)
    with pytest.raises(ConflictError, match="version 1, you had 0"):
        reg.review(fact().id, "rejected", reviewer="carol", reason="no", expected_version=0)
    assert (reg.statement(fact().id).status, len(reg.review_history(fact().id))) == ("accepted", 1)


def test_an_edit_supersedes_the_old_statement_and_accepts_the_new(reg: Registry) -> None:
    reg.add_statements([fact()], actor="tester")
    new = reg.edit(fact().id, fact(valid_from="1963"), reviewer="bob", reason="date from the register")
    old = reg.statement(fact().id)
    assert (old.status, old.review_reason, new.status, new.supersedes, new.reviewed_by) == (
        "superseded", "edited: date from the register", "accepted", fact().id, "bob")


def test_as_known_on_puts_back_the_status_and_reviewer_of_that_day(reg: Registry) -> None:
    reg.add_statements([fact()], actor="tester")
    reg.review(fact().id, "accepted", reviewer="bob", reason="fits")
    [then] = reg.statements(subject="aim", as_known_on=datetime.now(UTC))
    assert (then.status, then.reviewed_by, then.review_reason, then.version) == ("accepted", "bob", "fits", 1)


def test_before_any_review_the_status_as_known_is_the_original(reg: Registry) -> None:
    before = datetime.now(UTC)
    reg.add_statements([fact(recorded_at=before - timedelta(days=1))], actor="tester")
    reg.review(fact().id, "accepted", reviewer="bob", reason="fits")
    reg.review(fact().id, "rejected", reviewer="carol", reason="no")
    [then] = reg.statements(subject="aim", as_known_on=before)
    assert (then.status, then.reviewed_by, then.version) == ("candidate", None, 0)
    assert reg.statuses_as_known(before) == {fact().id: "candidate"}


def test_as_known_now_the_latest_decision_and_its_reviewer_count(reg: Registry) -> None:
    reg.add_statements([fact()], actor="tester")
    reg.review(fact().id, "accepted", reviewer="bob", reason="fits")
    reg.review(fact().id, "rejected", reviewer="carol", reason="retracted")
    [now] = reg.statements(subject="aim", as_known_on=datetime.now(UTC))
    assert (now.status, now.reviewed_by, now.review_reason, now.version) == ("rejected", "carol", "retracted", 2)


def test_as_known_on_a_day_includes_the_whole_day(reg: Registry) -> None:
    today = datetime.now(UTC)
    reg.add_statements([fact()], actor="tester")
    assert len(reg.statements(subject="aim", as_known_on=date(today.year, today.month, today.day))) == 1


def test_statements_recorded_after_the_day_are_left_out(reg: Registry) -> None:
    reg.add_statements([fact()], actor="tester")
    assert reg.statements(subject="aim", as_known_on=date(2000, 1, 1)) == []


def test_a_status_filter_as_known_uses_the_status_of_that_day(reg: Registry) -> None:
    before = datetime.now(UTC)
    reg.add_statements([fact(recorded_at=before - timedelta(days=1))], actor="tester")
    reg.review(fact().id, "accepted", reviewer="bob", reason="fits")
    assert (reg.statements(subject="aim", as_known_on=before, status="accepted"),
            len(reg.statements(subject="aim", as_known_on=before, status=["candidate"]))) == ([], 1)


def test_unknown_statement_lookup_names_the_id(reg: Registry) -> None:
    with pytest.raises(RegistryError, match="no statement 'nope'"):
        reg.statement("nope")


def test_stored_rows_keep_the_version_a_review_gives(reg: Registry) -> None:
    reg.add_statements([fact()], actor="tester")
    reg.review(fact().id, "accepted", reviewer="bob", reason="fits")
    reg.review(fact().id, "accepted", reviewer="carol", reason="checked again")
    with reg.reading() as conn:
        version = conn.execute(select(statements.c.version).where(statements.c.id == fact().id)).scalar_one()
    assert version == 2


# -- reading back -------------------------------------------------------------------------------------

def test_the_registry_names_its_backend(registry: Registry, db_url: str) -> None:
    assert registry.dialect == ("postgresql" if db_url.startswith("postgresql") else "sqlite")


def test_entities_can_be_listed_by_kind(reg: Registry) -> None:
    assert ([e.id for e in reg.entities(kind="country")], len(reg.entities())) == (["romania"], 3)


def test_a_fact_ending_on_a_day_still_holds_that_day(reg: Registry) -> None:
    reg.add_statements([fact(valid_from="1963", valid_to="1980-05-01")], actor="tester")
    held = [len(reg.statements(subject="aim", as_true_on=day)) for day in (date(1980, 5, 1), date(1980, 5, 2))]
    assert held == [1, 0]


def test_a_fact_starting_on_a_day_holds_that_day(reg: Registry) -> None:
    reg.add_statements([fact(valid_from="1963-06-01")], actor="tester")
    held = [len(reg.statements(subject="aim", as_true_on=day)) for day in (date(1963, 5, 31), date(1963, 6, 1))]
    assert held == [0, 1]


def test_opening_a_file_that_is_not_a_registry_without_creating_says_so(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    sqlite3.connect(path).close()
    with pytest.raises(RegistryError, match=f"^no registry at {re.escape(str(path))}: run 'copytrace init' first"):
        Registry.open(str(path), store=str(tmp_path / "store"), create=False)

@pytest.fixture
def three(reg: Registry) -> Registry:
    """A licence status scoped to Romania, a made_in_country fact and an extracted alias."""
    reg.add_statements([
        fact(), Statement("aim", "licence_status", value="licensed", scope="romania", citation=CITE),
        Statement("akm", "alias", value="АКМ", citation=CITE, origin="extracted")], actor="tester")
    return reg


@pytest.mark.parametrize(("filters", "expected"), [
    ({"object_id": "romania"}, ["made_in_country"]),
    ({"scope": "romania"}, ["licence_status"]),
    ({"involving": "romania"}, ["licence_status", "made_in_country"]),
    ({"origin": "extracted"}, ["alias"]),
    ({"subject": "aim", "predicate": ["licence_status", "alias"]}, ["licence_status"]),
], ids=["object", "scope", "involving", "origin", "subject-predicates"])
def test_statements_are_filtered_by_each_criterion(three: Registry, filters: dict[str, object],
                                                   expected: list[str]) -> None:
    assert [s.predicate for s in three.statements(**filters)] == expected  # type: ignore[arg-type]


def test_statements_can_be_fetched_by_their_ids(three: Registry) -> None:
    wanted = [fact().id, Statement("akm", "alias", value="АКМ", citation=CITE, origin="extracted").id]
    assert sorted(s.id for s in three.statements(ids=wanted)) == sorted(wanted)


def test_suggestions_keep_to_the_kind_asked_for(reg: Registry) -> None:
    reg.write([Entity("aim-2", "design", "AIMS"), Entity("aim-3", "product", "AIMZ")], [], actor="tester")
    with pytest.raises(UnknownEntity) as found:
        reg.resolve("AIMX", kind="design")
    assert found.value.suggestions == ["AIMS"]


def test_at_most_five_suggestions_are_offered(registry: Registry) -> None:
    registry.write([Entity(f"ak-{i}", "design", f"AK-{i}") for i in range(1, 9)], [], actor="tester")
    with pytest.raises(UnknownEntity) as found:
        registry.resolve("AK-0")
    assert len(found.value.suggestions) == 5


def test_as_known_on_a_day_includes_its_last_second(reg: Registry) -> None:
    late = datetime(2020, 5, 1, 23, 59, 59, 900000, tzinfo=UTC)
    reg.add_statements([fact(recorded_at=late)], actor="tester")
    assert (len(reg.statements(subject="aim", as_known_on=date(2020, 5, 1))),
            len(reg.statements(subject="aim", as_known_on=date(2020, 4, 30)))) == (1, 0)


def test_as_known_on_puts_back_reviews_across_many_statements(reg: Registry) -> None:
    many = [Statement("aim", "alias", value=f"AIM-{i:04d}", citation=CITE,
                      recorded_at=datetime(2020, 1, 1, tzinfo=UTC)) for i in range(520)]
    reg.add_statements(many, actor="tester")
    stored = reg.statements(subject="aim", predicate="alias")
    for i in (0, 499, 500):
        reg.review(stored[i].id, "rejected", reviewer="bob", reason="typo")

    def rejected(on: date | datetime) -> list[tuple[str, int]]:
        return [(s.id, s.version) for s in reg.statements(subject="aim", predicate="alias", as_known_on=on)
                if s.status == "rejected"]
    assert (rejected(date(2021, 1, 1)), rejected(datetime.now(UTC))) == (
        [], [(stored[0].id, 1), (stored[499].id, 1), (stored[500].id, 1)])


def test_search_gives_twenty_hits_unless_asked_for_more(registry: Registry) -> None:
    registry.write([Entity(f"tantal-{i}", "product", f"Tantal {i}") for i in range(25)], [], actor="tester")
    assert (len(registry.search("Tantal")), len(registry.search("Tantal", limit=25))) == (20, 25)


def test_a_stored_document_names_where_it_came_from(reg: Registry) -> None:
    doc = add_document(reg, "A short note about the AKM.", title="note", publisher="p", language="en",
                       published="2020")
    assert (reg.document_source(doc.sha256), reg.document_source("0" * 64)) == ("/evidence/note.txt", None)


def test_a_document_is_stored_with_the_statements_drawn_from_it(reg: Registry) -> None:
    text = "PM md. 63 was made in Romania."
    sha = hashlib.sha256(text.encode()).hexdigest()
    reg.blob_path(sha).parent.mkdir(parents=True, exist_ok=True)
    reg.blob_path(sha).write_bytes(text.encode())
    drawn = Statement("aim", "made_in_country", object_id="romania", evidence=Evidence(sha, 22, 29, "Romania"))
    record = DocumentRecord(sha, "/in/note.txt", "text/plain", len(text), text, "2024-01-01T00:00:00+00:00")
    result = reg.add_document(record, actor="tester", new_statements=[drawn])
    assert (result.status, [s.id for s in reg.statements(document=sha)]) == ("added", [drawn.id])


def test_a_rejected_input_is_recorded_once_and_found_again(reg: Registry) -> None:
    refused = Rejection("/in/blob.bin", "b" * 64, 12, "unsupported format: a PNG image", "2024-01-01T00:00:00+00:00")
    recorded = (reg.record_rejection(refused, actor="tester"), reg.record_rejection(refused, actor="tester"))
    assert (recorded, reg.rejection("/in/blob.bin", "b" * 64, 12), reg.rejections()) == ((True, False), refused,
                                                                                          [refused])


def test_verify_counts_the_audit_entries_and_documents_it_checked(reg: Registry) -> None:
    add_document(reg, "A short note about the AKM.", title="note", publisher="p", language="en", published="2020")
    report = reg.verify()
    assert (report.ok, report.audit_entries, report.documents) == (True, len(reg.audit_log()), 1)


def test_verify_names_a_document_whose_bytes_changed(reg: Registry) -> None:
    doc = add_document(reg, "A short note about the AKM.", title="note", publisher="p", language="en",
                       published="2020")
    reg.blob_path(doc.sha256).write_bytes(b"changed")
    assert reg.verify().problems == [
        f"document {doc.sha256} (/evidence/note.txt): stored bytes do not match their SHA-256"]
