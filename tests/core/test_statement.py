from datetime import UTC, datetime

import pytest

from copytrace.errors import InvalidStatement
from copytrace.model.dates import PartialDate
from copytrace.model.schema import default_schema
from copytrace.model.statement import Citation, Evidence, Statement

CITE = Citation("AKM", "Wikipedia", "https://en.wikipedia.org/wiki/AKM", "2024")
KINDS = {"akm": "design", "ak-47": "design", "romania": "country", "aim": "product", "izhmash": "organization"}


def test_same_content_gives_the_same_id_whatever_the_knowledge_time() -> None:
    first = Statement("akm", "derived_from", object_id="ak-47", qualifier="successor", citation=CITE)
    later = first.with_changes(recorded_at=datetime.now(UTC), status="accepted", confidence=0.5)
    assert first.id == later.id


def test_a_different_span_gives_a_different_id() -> None:
    one = Statement("aim", "made_in_country", object_id="romania", evidence=Evidence("d" * 64, 0, 5, "Roman"))
    two = Statement("aim", "made_in_country", object_id="romania", evidence=Evidence("d" * 64, 6, 11, "Roman"))
    assert one.id != two.id


def test_partial_dates_are_normalised_and_checked() -> None:
    s = Statement("aim", "made_in_country", object_id="romania", valid_from="1963-06",
                  citation=CITE)
    assert s.valid_from == "1963-06"
    assert PartialDate.parse("1963-02").last_day().isoformat() == "1963-02-28"
    with pytest.raises(InvalidStatement, match="not a valid date"):
        Statement("aim", "made_in_country", object_id="romania", valid_from="1963-02-30", citation=CITE)


def test_round_trip_through_a_dict_keeps_everything() -> None:
    s = Statement("aim", "licence_status", value="licensed", scope="romania", citation=CITE,
                  recorded_at=datetime(2024, 1, 1, tzinfo=UTC), recorded_by="pack:test", note="n")
    assert Statement.from_dict(s.to_dict()) == s


@pytest.mark.parametrize(
    ("statement", "message"),
    [
        (Statement("akm", "fired_by", object_id="ak-47", citation=CITE), "unknown predicate 'fired_by'"),
        (Statement("akm", "made_in_country", object_id="izhmash", citation=CITE),
         "object 'izhmash' is a organization, but made_in_country takes country"),
        (Statement("akm", "derived_from", object_id="ak-47", citation=CITE), "needs a kind"),
        (Statement("akm", "derived_from", object_id="ak-47", qualifier="clone", citation=CITE), "unknown kind"),
        (Statement("aim", "licence_status", value="licensed", citation=CITE), "needs a scope"),
        (Statement("aim", "licence_status", value="maybe", scope="romania", citation=CITE), "wants one of"),
        (Statement("aim", "introduced_year", value="63", citation=CITE), "four-digit year"),
        (Statement("aim", "introduced_year", value="1963"), "needs evidence"),
        (Statement("aim", "made_in_country", object_id="atlantis", citation=CITE), "not a known entity"),
    ],
)
def test_check_names_the_problem(statement: Statement, message: str) -> None:
    with pytest.raises(InvalidStatement, match=message):
        statement.check(default_schema(), KINDS)


def test_a_stored_statement_needs_every_field() -> None:
    with pytest.raises(TypeError, match="every field"):
        Statement.stored("0" * 32, subject="aim", predicate="made_in_country", object_id="romania")
