"""The registry gateway on a real SQLite file and a real PostgreSQL."""

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from copytrace.errors import AmbiguousName, ConflictError, InvalidStatement, UnknownEntity
from copytrace.model.statement import Citation, Statement
from copytrace.packs import load_pack
from copytrace.registry import Entity, Registry, queries

MINI = str(Path(__file__).parents[1] / "data" / "mini.yaml")
CITE = Citation("Test source", "Test Publisher", "https://example.org/t", "2024")


@pytest.fixture
def loaded(registry: Registry) -> Registry:
    load_pack(registry, MINI, actor="tester")
    return registry


@pytest.mark.parametrize("name", ["AK47", "ak-47", "АК-47", "Автомат Калашникова", "ak 47"])
def test_names_resolve_through_aliases_in_any_script(loaded: Registry, name: str) -> None:
    assert loaded.resolve(name).id == "ak-47"


def test_an_unknown_name_suggests_close_matches(loaded: Registry) -> None:
    with pytest.raises(UnknownEntity) as info:
        loaded.resolve("AKMS")
    assert "AKM" in info.value.suggestions


def test_a_shared_name_is_ambiguous_not_guessed(loaded: Registry) -> None:
    loaded.write([Entity("akm-club", "organization", "AKM Club")],
                 [Statement("akm-club", "alias", value="Kalash", citation=CITE, status="accepted"),
                  Statement("ak-47", "alias", value="Kalash", citation=CITE, status="accepted")], actor="tester")
    with pytest.raises(AmbiguousName) as info:
        loaded.resolve("kalash")
    assert [c[0] for c in info.value.candidates] == ["ak-47", "akm-club"]
    assert "Use the id, or say which kind" in str(info.value)
    assert loaded.resolve("Kalash", "organization").id == "akm-club"  # the kind settles it
    assert loaded.resolve("akm-club").id == "akm-club"  # so does the id
    # A canonical name outranks another entity's alias of the same spelling.
    loaded.add_statements([Statement("akm-club", "alias", value="AKM", citation=CITE, status="accepted")],
                          actor="tester")
    assert loaded.resolve("AKM").id == "akm"


def test_loading_twice_stores_nothing_new(registry: Registry) -> None:
    first = load_pack(registry, MINI, actor="tester")
    second = load_pack(registry, MINI, actor="tester")
    assert first["mini"][1] > 20
    assert second == {"mini": (0, 0)}


def test_query_by_predicate_status_and_subject(loaded: Registry) -> None:
    found = loaded.statements(predicate="licence_status", status="accepted")
    assert {(s.subject, s.value) for s in found} == {("pm-md-63", "licensed"), ("type-56", "unlicensed")}
    assert [s.object_id for s in loaded.statements(subject="akm", predicate="derived_from")] == ["ak-47"]


@pytest.mark.parametrize("entity", ["akm", "ak-47", "romania", "china", "ussr"])
def test_the_statements_naming_an_entity_come_by_role_as_statements_gives_them(loaded: Registry,
                                                                               entity: str) -> None:
    live = ("accepted", "candidate")
    found = queries.statements_naming(loaded, entity, ("subject", "object", "scope"), live, 3)
    assert found == {"subject": loaded.statements(subject=entity, status=live, limit=3),
                     "object": loaded.statements(object_id=entity, status=live, limit=3),
                     "scope": loaded.statements(scope=entity, status=live, limit=3)}
    assert queries.statements_naming(loaded, entity, ("object",), live, 500) == {
        "object": loaded.statements(object_id=entity, status=live)}


def test_as_true_on_uses_valid_time(loaded: Registry) -> None:
    operators = {s.object_id for s in loaded.statements(subject="north-works", predicate="operated_by",
                                                         as_true_on=date(1980, 5, 1))}
    assert operators == {"state-arsenal"}
    later = {s.object_id for s in loaded.statements(subject="north-works", predicate="operated_by",
                                                     as_true_on=date(2005, 1, 1))}
    assert later == {"arsenal-plc"}


def test_as_known_on_uses_knowledge_time_and_review_history(loaded: Registry) -> None:
    new = Statement("type-56", "exported_to", object_id="romania", citation=CITE, origin="extracted",
                    confidence=0.7, recorded_at=datetime.now(UTC) + timedelta(days=3))
    loaded.add_statements([new], actor="analyst")
    today = datetime.now(UTC).date()
    assert loaded.statements(subject="type-56", predicate="exported_to", as_known_on=today) == []
    assert len(loaded.statements(subject="type-56", predicate="exported_to",
                                 as_known_on=today + timedelta(days=4))) == 1


def test_review_appends_and_refuses_a_stale_version(loaded: Registry) -> None:
    candidate = Statement("type-56", "exported_to", object_id="romania", citation=CITE, origin="extracted")
    loaded.add_statements([candidate], actor="analyst")
    accepted = loaded.review(candidate.id, "accepted", reviewer="alice", reason="two sources agree",
                             expected_version=0)
    assert (accepted.status, accepted.reviewed_by, accepted.version) == ("accepted", "alice", 1)
    with pytest.raises(ConflictError, match="reviewed by someone else"):
        loaded.review(candidate.id, "rejected", reviewer="bob", reason="doubt", expected_version=0)
    history = loaded.review_history(candidate.id)
    assert [(h["old_status"], h["new_status"], h["reviewer"]) for h in history] == [
        ("candidate", "accepted", "alice")]


def test_edit_supersedes_and_keeps_the_old_statement(loaded: Registry) -> None:
    old = loaded.statements(subject="pm-md-63", predicate="made_in_country")[0]
    fixed = loaded.edit(old.id, old.with_changes(valid_from="1964"), reviewer="alice", reason="date was off")
    assert loaded.statement(old.id).status == "superseded"
    assert (fixed.supersedes, fixed.valid_from, fixed.status) == (old.id, "1964", "accepted")


def test_a_bad_statement_in_a_batch_stores_nothing(loaded: Registry) -> None:
    before = loaded.counts()
    good = Statement("type-56", "exported_to", object_id="romania", citation=CITE)
    bad = Statement("type-56", "exported_to", object_id="akm", citation=CITE)
    with pytest.raises(InvalidStatement, match="object 'akm' is a design"):
        loaded.write([Entity("new-one", "product", "New One")], [good, bad], actor="analyst")
    assert loaded.counts() == before
    assert loaded.entity("new-one") is None


@pytest.mark.parametrize(("query", "expected"), [
    ("Калашникова", "ak-47"),   # a Cyrillic word
    ("56式", "type-56"),        # Chinese, found by trigram
    ("56-1", "type-56"),        # part of a designation
    ("md.63", "pm-md-63"),      # by name key
    ("Roman", "romania"),       # a prefix
])
def test_search_finds_names_in_every_script(loaded: Registry, query: str, expected: str) -> None:
    assert expected in [hit.ref_id for hit in loaded.search(query)]


def test_every_write_is_in_the_audit_log(loaded: Registry) -> None:
    log = loaded.audit_log()
    actions = {entry.action for entry in log}
    assert actions == {"entity.add", "statement.add"}
    assert len(log) == loaded.counts()["statements.accepted"] + sum(
        n for k, n in loaded.counts().items() if k.startswith("entities."))
    assert loaded.verify().ok


def test_a_statement_read_back_is_the_one_written_with_its_content_id(registry: Registry) -> None:
    registry.write([Entity("aim", "product", "AIM"), Entity("romania", "country", "Romania")],
                   [Statement("aim", "made_in_country", object_id="romania", valid_from="1963-06", status="accepted",
                              citation=Citation("AIM", "Wikipedia", None, "2024"), note="n")], actor="test")
    [read] = registry.statements(subject="aim")
    written = Statement("aim", "made_in_country", object_id="romania", valid_from="1963-06", status="accepted",
                        citation=Citation("AIM", "Wikipedia", None, "2024"), note="n")
    assert read.id == written.id
    assert read == written.with_changes(recorded_at=read.recorded_at, recorded_by=read.recorded_by)
