"""The rules a statement enforces when it is built and checked, over the space of inputs (Hypothesis).

An invalid statement must fail where it is made, with a message that names the problem; a valid
one gets an id from its content alone, stable across versions (stored ids must keep matching).
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from copytrace.errors import InvalidStatement
from copytrace.model.schema import default_schema
from copytrace.model.statement import ORIGINS, STATUSES, Citation, Evidence, Statement

CITE = Citation("AKM", "Wikipedia", "https://en.wikipedia.org/wiki/AKM", "2024")
KINDS = {"akm": "design", "ak-47": "design", "romania": "country", "aim": "product", "izhmash": "organization",
         "cugir": "facility"}
names = st.text(min_size=1, max_size=12)


@given(object_id=st.none() | names, value=st.none() | names)
def test_a_statement_takes_exactly_one_of_an_object_or_a_value(object_id: str | None, value: str | None) -> None:
    if (object_id is None) == (value is None):
        with pytest.raises(InvalidStatement, match="give exactly one of an object entity or a value"):
            Statement("aim", "made_in_country", object_id=object_id, value=value, citation=CITE)
    else:
        made = Statement("aim", "made_in_country", object_id=object_id, value=value, citation=CITE)
        assert made.object_text == (object_id if object_id is not None else value)


@given(origin=st.sampled_from(ORIGINS) | names)
def test_only_known_origins_are_accepted(origin: str) -> None:
    if origin in ORIGINS:
        assert Statement("aim", "made_in_country", object_id="romania", origin=origin).origin == origin  # type: ignore[arg-type]
    else:
        with pytest.raises(InvalidStatement, match="unknown origin"):
            Statement("aim", "made_in_country", object_id="romania", origin=origin)  # type: ignore[arg-type]


@given(status=st.sampled_from(STATUSES) | names)
def test_only_known_review_statuses_are_accepted(status: str) -> None:
    if status in STATUSES:
        assert Statement("aim", "made_in_country", object_id="romania", status=status).status == status  # type: ignore[arg-type]
    else:
        with pytest.raises(InvalidStatement, match="unknown status"):
            Statement("aim", "made_in_country", object_id="romania", status=status)  # type: ignore[arg-type]


@given(confidence=st.floats(allow_nan=True, allow_infinity=True))
def test_confidence_must_lie_within_zero_and_one(confidence: float) -> None:
    if 0.0 <= confidence <= 1.0:
        made = Statement("aim", "made_in_country", object_id="romania", confidence=confidence)
        assert made.confidence == confidence
    else:
        with pytest.raises(InvalidStatement, match=r"confidence must be within 0\.\.1"):
            Statement("aim", "made_in_country", object_id="romania", confidence=confidence)


@pytest.mark.parametrize("confidence", [0.0, 1.0])
def test_confidence_bounds_are_inclusive(confidence: float) -> None:
    assert Statement("aim", "made_in_country", object_id="romania", confidence=confidence).confidence == confidence


@given(start=st.integers(-3, 40), end=st.integers(-3, 40))
def test_an_evidence_span_runs_forward_from_zero(start: int, end: int) -> None:
    evidence = Evidence("d" * 64, start, end, "x" * max(end - start, 0))
    if 0 <= start <= end:
        assert Statement("aim", "made_in_country", object_id="romania", evidence=evidence).evidence == evidence
    else:
        with pytest.raises(InvalidStatement, match=rf"bad evidence span {start}\.\.{end}"):
            Statement("aim", "made_in_country", object_id="romania", evidence=evidence)


@given(day=st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31)),
       precision=st.sampled_from([4, 7, 10]))
def test_valid_time_is_kept_as_canonical_partial_dates(day: date, precision: int) -> None:
    text = day.isoformat()[:precision]
    made = Statement("aim", "made_in_country", object_id="romania", valid_from=f" {text} ", valid_to=text,
                     citation=CITE)
    assert (made.valid_from, made.valid_to) == (text, text)


def test_an_empty_date_means_no_date() -> None:
    made = Statement("aim", "made_in_country", object_id="romania", valid_from="", valid_to="  ", citation=CITE)
    assert (made.valid_from, made.valid_to) == (None, None)


def test_a_year_given_as_a_number_is_the_same_statement_as_the_text() -> None:
    as_number = Statement("aim", "made_in_country", object_id="romania", valid_from=1963, citation=CITE)  # type: ignore[arg-type]
    as_text = Statement("aim", "made_in_country", object_id="romania", valid_from="1963", citation=CITE)
    assert as_number.id == as_text.id


def test_a_bad_end_date_is_refused_too() -> None:
    with pytest.raises(InvalidStatement, match="not a valid date"):
        Statement("aim", "made_in_country", object_id="romania", valid_to="1990-13", citation=CITE)


# -- the content id ---------------------------------------------------------------------------------

BASE = Statement("aim", "derived_from", object_id="akm", qualifier="licensed_copy", scope="romania",
                 valid_from="1963", valid_to="1989", evidence=Evidence("d" * 64, 3, 9, "quoted"), citation=CITE)
CONTENT_CHANGES = [
    {"subject": "akm"}, {"predicate": "not_derived_from"}, {"object_id": "ak-47"},
    {"object_id": None, "value": "akm"}, {"qualifier": "copy"}, {"scope": "izhmash"}, {"valid_from": "1964"},
    {"valid_to": "1990"}, {"origin": "extracted"},
    {"evidence": Evidence("e" * 64, 3, 9, "quoted")}, {"evidence": Evidence("d" * 64, 2, 9, "quoted")},
    {"evidence": Evidence("d" * 64, 3, 8, "quoted")}, {"evidence": Evidence("d" * 64, 3, 9, "quote")},
    {"evidence": None},
    {"citation": Citation("AK-47", "Wikipedia", "https://en.wikipedia.org/wiki/AKM", "2024")},
    {"citation": Citation("AKM", "Britannica", "https://en.wikipedia.org/wiki/AKM", "2024")},
    {"citation": Citation("AKM", "Wikipedia", "https://example.org", "2024")},
    {"citation": Citation("AKM", "Wikipedia", "https://en.wikipedia.org/wiki/AKM", "2023")},
    {"citation": None},
]
BOOKKEEPING_CHANGES = [
    {"confidence": 0.3}, {"note": "checked"}, {"status": "accepted"}, {"recorded_at": datetime(2024, 1, 1, tzinfo=UTC)},
    {"recorded_by": "alice"}, {"reviewed_by": "bob"}, {"review_reason": "fits"}, {"supersedes": "x" * 32},
    {"version": 3}, {"evidence": Evidence("d" * 64, 3, 9, "quoted", page=4)},
]


@pytest.mark.parametrize("change", CONTENT_CHANGES, ids=lambda c: ",".join(c))
def test_changing_what_is_claimed_or_its_evidence_changes_the_id(change: dict[str, object]) -> None:
    assert BASE.with_changes(**change).id != BASE.id


@pytest.mark.parametrize("change", BOOKKEEPING_CHANGES, ids=lambda c: ",".join(c))
def test_what_we_did_with_a_fact_does_not_change_its_id(change: dict[str, object]) -> None:
    assert BASE.with_changes(**change).id == BASE.id


def test_the_id_is_stable_across_versions() -> None:
    # Stored statements are found again by this id: changing how it is computed orphans every registry.
    made = Statement("pa-md-86", "licence_status", value="unlicensed", scope="romarm", valid_from="1991",
                     evidence=Evidence("a" * 64, 10, 52, "выпускается компанией RomArm без лицензии"),
                     citation=Citation("Справка", "Оружейное обозрение", None, "2022-05"))
    assert made.id == "75894d7e25f3e21efc814b89188c4ebf"


@given(subject=names, value=names, origin=st.sampled_from(ORIGINS), status=st.sampled_from(STATUSES),
       confidence=st.floats(0, 1), start=st.integers(0, 50), length=st.integers(0, 50),
       page=st.none() | st.integers(1, 9), at=st.none() | st.datetimes(timezones=st.just(UTC)))
def test_round_trip_through_a_dict_keeps_every_field(subject: str, value: str, origin: str, status: str,
                                                      confidence: float, start: int, length: int, page: int | None,
                                                      at: datetime | None) -> None:
    made = Statement(subject, "name", value=value, origin=origin, status=status,  # type: ignore[arg-type]
                     confidence=confidence, evidence=Evidence("f" * 64, start, start + length, "q", page),
                     citation=CITE, recorded_at=at, reviewed_at=at, reviewed_by="bob")
    again = Statement.from_dict(made.to_dict())
    assert (again, again.id) == (made, made.id)


@pytest.mark.parametrize(("value", "name"), [
    (Statement("aim", "made_in_country", object_id="romania", citation=CITE), "subject"), (CITE, "title"),
    (Evidence("d" * 64, 0, 3, "Rom"), "page")], ids=["statement", "citation", "evidence"])
def test_statements_and_their_sources_are_immutable_values(value: object, name: str) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(value, name, "changed")
    assert {value, value} == {value}


def test_an_id_cannot_be_given_only_computed() -> None:
    with pytest.raises(TypeError):
        Statement("aim", "made_in_country", object_id="romania", citation=CITE, id="forged")  # type: ignore[call-arg]


# -- checks against the schema ----------------------------------------------------------------------

def _check(statement: Statement) -> None:
    statement.check(default_schema(), KINDS)


@pytest.mark.parametrize(
    ("statement", "message"),
    [
        (Statement("aim", "made_in_country", value="Romania", citation=CITE),
         "made_in_country: wants an entity as object, got value 'Romania'"),
        (Statement("aim", "introduced_year", object_id="akm", citation=CITE),
         "introduced_year: wants a value, got entity 'akm'"),
        (Statement("romania", "made_in_country", object_id="romania", citation=CITE),
         "subject 'romania' is a country, but made_in_country takes design, product"),
        (Statement("aim", "made_in_country", object_id="romania", qualifier="copy", citation=CITE),
         "made_in_country: takes no kind, got 'copy'"),
        (Statement("aim", "licence_status", value="licensed", scope="akm", citation=CITE),
         "licence_status: scope 'akm' is a design, not allowed"),
        (Statement("aim", "made_in_country", object_id="romania", scope="izhmash", citation=CITE),
         "made_in_country: scope 'izhmash' is a organization, not allowed"),
        (Statement("aim", "licence_status", value="licensed", scope="nowhere", citation=CITE),
         "scope 'nowhere' is not a known entity"),
        (Statement("ghost", "made_in_country", object_id="romania", citation=CITE),
         "subject 'ghost' is not a known entity"),
        (Statement("akm", "derived_from", object_id="ak-47", qualifier="clone", citation=CITE),
         r"unknown kind 'clone' \(known: copy, inspired_by, licensed_copy, successor, variant\)"),
        (Statement("aim", "made_in_country", object_id="romania"),
         "made_in_country: needs evidence \\(a document span\\) or a citation"),
    ],
)
def test_check_refuses_with_a_message_naming_the_problem(statement: Statement, message: str) -> None:
    with pytest.raises(InvalidStatement, match=message):
        _check(statement)


@pytest.mark.parametrize(
    "statement",
    [
        Statement("aim", "made_in_country", object_id="romania", citation=CITE),
        Statement("aim", "made_in_country", object_id="romania", evidence=Evidence("d" * 64, 0, 3, "Rom")),
        Statement("aim", "licence_status", value="unlicensed", scope="izhmash", citation=CITE),
        Statement("aim", "licence_status", value="licensed", scope="romania", citation=CITE),
        Statement("aim", "introduced_year", value="1963", citation=CITE),
        Statement("akm", "derived_from", object_id="ak-47", qualifier="successor", citation=CITE),
        Statement("akm", "not_derived_from", object_id="ak-47", citation=CITE),
        Statement("cugir", "operated_by", object_id="izhmash", citation=CITE),
    ],
    ids=lambda s: s.predicate,
)
def test_check_passes_a_valid_statement(statement: Statement) -> None:
    _check(statement)
