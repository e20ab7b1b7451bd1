"""The licence-status rules one at a time (docs/reasoning.md, "Licence status"), with the exact
explanation a dossier prints, and Hypothesis over licence and production periods.

Each test builds a small world of statements and reasons over it in memory: statements are made
with ``Statement`` and turned into the facts reasoning reads, as the registry does when it loads.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from copytrace.model.statement import Citation, Statement
from copytrace.reason.facts import FactBase, fact_of
from copytrace.reason.licence import Assessment, Reasoner, Step, assess_registry_day

CITE = Citation("Register (test source)", "Test Gazette")
KINDS = {"base": "design", "des": "design", "prod": "product", "other-prod": "product", "maker": "organization",
         "old-maker": "organization", "rival": "organization", "lic": "licence", "lic2": "licence",
         "state": "country", "plant": "facility"}
years = st.none() | st.integers(1950, 2020)


def said(subject: str, predicate: str, obj: str | None = None, *, value: str | None = None,
         start: int | str | None = None, end: int | str | None = None, status: str = "accepted",
         **rest: str) -> Statement:
    return Statement(subject, predicate, object_id=obj, value=value, citation=CITE, status=status,  # type: ignore[arg-type]
                     valid_from=None if start is None else str(start), valid_to=None if end is None else str(end),
                     **rest)


def reasoner(*statements: Statement) -> Reasoner:
    return Reasoner(FactBase(dict(KINDS), [fact_of(s) for s in statements]))


def assess(*statements: Statement, producer: str | None = "maker") -> Assessment:
    return reasoner(*statements).assess("prod", producer)


def texts(steps: list[Step]) -> list[str]:
    return [s.text for s in steps]


def licence(start: int | str | None = 1963, end: int | str | None = 1990, *, name: str = "lic", licensee: str = "maker",
            status: str = "accepted") -> list[Statement]:
    return [said(name, "licensor", "state"), said(name, "licensee", licensee, start=start, end=end, status=status),
            said(name, "licensed_design", "des")]


COPY = said("prod", "derived_from", "des", qualifier="copy")
DESIGN_LINE = said("des", "derived_from", "base", qualifier="successor")


def made(start: int | str | None = None, end: int | str | None = None, status: str = "accepted") -> Statement:
    return said("prod", "manufactured_by", "maker", start=start, end=end, status=status)


def stated(value: str, start: int | None = None, end: int | None = None, *, scope: str = "maker",
           status: str = "accepted") -> Statement:
    return said("prod", "licence_status", value=value, scope=scope, start=start, end=end, status=status)


# -- without an explicit status -----------------------------------------------------------------------

def test_a_covering_licence_gives_licensed_with_the_licence_and_the_production() -> None:
    a = assess(COPY, made(1965, 1980), *licence())
    assert (a.status, a.label, a.basis, texts(a.steps)) == ("licensed", "licensed", "stated", [
        "Licence {lic} grants {des} to {maker} (1963–1990); the product derives from the licensed design.",
        "Production: made by {maker} (1965–1980)."])


def test_a_licence_for_the_product_itself_does_not_mention_lineage() -> None:
    grant = [said("lic", "licensee", "maker"), said("lic", "licensed_design", "prod")]
    a = assess(made(1965), *grant)
    assert texts(a.steps)[0] == "Licence {lic} grants {prod} to {maker}."


@given(licence_end=years, start=years, length=st.none() | st.integers(0, 30))
def test_production_running_past_the_licence_end_is_expired(licence_end: int | None, start: int | None,
                                                           length: int | None) -> None:
    end = None if length is None else (start or 1960) + length
    a = assess(COPY, made(start, end), *licence(1950, licence_end))
    runs_past = licence_end is not None and (
        (end is not None and end > licence_end) or (start is not None and (start > licence_end or end is None)))
    continued = f"Production continued after the licence ended ({licence_end})."
    assert (a.status, continued in texts(a.steps)) == (("expired", True) if runs_past else ("licensed", False))


def test_an_expired_licence_lists_only_the_production_after_its_end() -> None:
    a = assess(COPY, made(1970, 1985), made(1988, 1995), *licence(1963, 1990))
    assert texts(a.steps)[1:] == ["Production: made by {maker} (1988–1995).",
                                  "Production continued after the licence ended (1990)."]


def test_production_on_the_last_day_of_the_licence_is_still_licensed() -> None:
    assert assess(COPY, made("1990-06-30", "1990-06-30"), *licence(1963, "1990-06-30")).status == "licensed"


def test_production_from_the_day_after_the_licence_ended_is_expired() -> None:
    assert assess(COPY, made("1990-07-01", "1990-07-01"), *licence(1963, "1990-06-30")).status == "expired"


def test_production_of_unknown_dates_does_not_make_a_licence_expired() -> None:
    assert assess(COPY, made(), *licence(1963, 1990)).status == "licensed"


def test_an_open_ended_licence_is_preferred_over_one_that_ended() -> None:
    a = assess(COPY, made(1991, 2000), *licence(1963, 1990), *licence(1995, None, name="lic2"))
    assert (a.status, a.steps[0].text.startswith("Licence {lic2}")) == ("licensed", True)


def test_a_renewed_licence_covers_production_after_the_first_one_ended() -> None:
    a = assess(COPY, made(1965, 1989), *licence(1981, 1990, name="lic2"), *licence(1963, 1980))
    assert (a.status, a.steps[0].text.startswith("Licence {lic2}")) == ("licensed", True)


def test_production_past_the_end_of_every_licence_is_expired_from_the_last_end() -> None:
    a = assess(COPY, made(1965, 1995), *licence(1963, 1980), *licence(1981, 1990, name="lic2"))
    assert (a.status, a.steps[-1].text) == ("expired", "Production continued after the licence ended (1990).")


def test_production_under_a_candidate_licence_is_not_licensed() -> None:
    a = assess(COPY, made(1965), *licence(status="candidate"))
    assert (a.status, texts(a.pending)) == ("unlicensed", [
        "Licence {lic} grants {des} to {maker} (1963–1990); the product derives from the licensed design."])


def test_a_licence_to_a_predecessor_says_the_licensee_stands_for_the_producer() -> None:
    succession = said("maker", "successor_of", "old-maker")
    a = assess(COPY, made(1965), succession, *licence(licensee="old-maker"))
    assert a.steps[0].text.endswith("; the licensee stands for the producer.")
    assert succession.id in a.steps[0].statements


def test_holding_the_rights_to_an_ancestor_design_is_licensed() -> None:
    rights = said("base", "rights_holder", "maker")
    a = assess(COPY, DESIGN_LINE, made(1965), rights)
    assert (a.status, texts(a.steps)) == ("licensed", ["The producer holds the rights to {base}, an ancestor design."])
    assert a.steps[0].statements == (COPY.id, DESIGN_LINE.id, rights.id)


def test_rights_on_record_only_as_a_candidate_do_not_make_it_licensed() -> None:
    a = assess(COPY, DESIGN_LINE, made(1965), said("base", "rights_holder", "maker", status="candidate"))
    assert a.status == "unlicensed"


def test_without_accepted_evidence_of_production_the_status_is_unknown() -> None:
    a = assess(COPY, made(1965, status="candidate"))
    assert (a.status, texts(a.steps), texts(a.pending)) == (
        "unknown", ["No accepted evidence of production, licence or licence status."],
        ["Production: made by {maker} (from 1965)."])


def test_a_product_derived_from_nothing_is_not_called_unlicensed() -> None:
    a = assess(made(1965))
    assert (a.status, texts(a.steps)) == ("unknown", [
        "Production: made by {maker} (from 1965).", "The product is not on record as derived from any design."])


def test_a_licensed_copy_without_a_licence_record_is_unknown() -> None:
    link = said("prod", "derived_from", "des", qualifier="licensed_copy")
    a = assess(link, DESIGN_LINE, made(1965))
    assert (a.status, a.steps[-1]) == ("unknown", Step(
        "The lineage calls it a licensed copy, but no licence record names this producer or a party standing "
        "for it.", (link.id,)))


def test_production_with_no_licence_on_record_is_unlicensed_naming_every_ancestor() -> None:
    a = assess(COPY, DESIGN_LINE, made(1965))
    assert (a.status, a.label, a.basis, a.explicit) == ("unlicensed", "no licence on record", "no licence on record",
                                                        False)
    assert a.steps == [Step("Production: made by {maker} (from 1965).", (made(1965).id,)),
                       Step("Derived from {base}, {des}.", (COPY.id, DESIGN_LINE.id)),
                       Step("No licence on record covers this producer for the design or any ancestor.", ())]


def test_production_at_a_plant_names_the_operator() -> None:
    at = said("prod", "manufactured_at", "plant", start=1970)
    operator = said("plant", "operated_by", "maker", start=1960)
    a = assess(COPY, at, operator)
    assert a.steps[0] == Step("Production: made at a plant operated by {maker} (from 1970).", (at.id, operator.id))


def test_without_a_producer_the_status_is_unknown() -> None:
    a = assess(COPY, producer=None)
    assert (a.producer, a.status, texts(a.steps)) == (None, "unknown", ["No producer of this product is on record."])


# -- explicit statements ------------------------------------------------------------------------------

def test_an_accepted_statement_decides_and_reads_as_stated() -> None:
    s = stated("unlicensed", 1991)
    a = assess(COPY, made(1991), *licence(1963, 1990), s)
    assert (a.status, a.label, a.basis, a.explicit) == ("unlicensed", "unlicensed (stated)", "stated", True)
    assert a.steps[0] == Step("Stated unlicensed for {maker} (from 1991).", (s.id,))


@pytest.mark.parametrize(("start", "end", "period"), [
    (1963, 1990, " (1963–1990)"), (1963, None, " (from 1963)"), (None, 1990, " (until 1990)"), (None, None, "")])
def test_a_stated_step_gives_the_period_in_years(start: int | None, end: int | None, period: str) -> None:
    a = assess(COPY, made(1965), stated("licensed", start, end))
    assert a.steps[0].text == f"Stated licensed for {{maker}}{period}."


def test_a_statement_about_a_predecessor_names_it_as_standing_for_the_producer() -> None:
    succession = said("maker", "successor_of", "old-maker")
    s = stated("licensed", scope="old-maker")
    a = assess(COPY, made(1965), succession, s)
    assert (a.status, a.steps[0]) == ("licensed", Step(
        "Stated licensed for {old-maker} (a party standing for the producer).", (s.id, succession.id)))


def test_a_statement_through_a_candidate_link_is_only_pending() -> None:
    a = assess(COPY, made(1965), said("maker", "successor_of", "old-maker", status="candidate"),
               stated("licensed", scope="old-maker"))
    assert (a.status, a.explicit, texts(a.pending)) == (
        "unlicensed", False, ["Stated licensed for {old-maker} (a party standing for the producer)."])


def test_a_statement_about_another_producer_does_not_count() -> None:
    a = assess(COPY, made(1965), stated("licensed", scope="rival"))
    assert (a.status, a.stated) == ("unlicensed", [])


@given(first=st.tuples(years, years), second=st.tuples(years, years))
def test_licensed_and_unlicensed_over_overlapping_periods_are_disputed(first: tuple[int | None, int | None],
                                                                       second: tuple[int | None, int | None]) -> None:
    (s1, e1), (s2, e2) = sorted(first, key=lambda y: y or 0), sorted(second, key=lambda y: y or 0)
    if s1 is None and e1 is not None:
        s1, e1 = e1, None
    if s2 is None and e2 is not None:
        s2, e2 = e2, None
    a = assess(COPY, made(1965), stated("licensed", s1, e1), stated("unlicensed", s2, e2))
    overlap = (e1 is None or s2 is None or e1 >= s2) and (s1 is None or e2 is None or s1 <= e2)
    if overlap:
        assert (a.status, sorted(a.sides)) == ("disputed", ["licensed", "unlicensed"])
    else:
        assert a.status == ("licensed" if (s1 or 0) > (s2 or 0) else "unlicensed")


def test_a_dispute_shows_each_side_with_its_statements() -> None:
    yes, no = stated("licensed", 1990), stated("unlicensed", 1995)
    a = assess(COPY, made(1965), yes, no)
    assert a.sides == {"licensed": [Step("Stated licensed for {maker} (from 1990).", (yes.id,), "licensed")],
                       "unlicensed": [Step("Stated unlicensed for {maker} (from 1995).", (no.id,), "unlicensed")]}


def test_expired_against_unlicensed_is_a_dispute_too() -> None:
    assert assess(COPY, made(1965), stated("expired", 1991), stated("unlicensed", 1995)).status == "disputed"


def test_a_dispute_lists_the_licence_on_the_licensed_side() -> None:
    a = assess(COPY, made(1965), *licence(), stated("licensed", 1990), stated("unlicensed", 1990))
    assert [s.side for s in a.steps] == ["licensed", "unlicensed", "licensed"]


def test_licensed_then_expired_is_a_history_not_a_dispute() -> None:
    a = assess(COPY, made(1965), stated("licensed", 1963, 1990), stated("expired", 1991))
    assert (a.status, texts(a.steps)[:2]) == ("expired", ["Stated licensed for {maker} (1963–1990).",
                                                          "Stated expired for {maker} (from 1991)."])


def test_a_source_calling_it_disputed_makes_it_disputed() -> None:
    a = assess(COPY, made(1965), stated("disputed", 2000))
    assert (a.status, a.steps[0].side) == ("disputed", "disputed")


def test_of_two_statements_from_the_same_year_the_open_ended_one_is_the_latest() -> None:
    a = assess(COPY, made(1965), stated("expired", 1991), stated("licensed", 1991, 1995))
    assert a.status == "expired"


def test_stated_unlicensed_while_a_licence_covers_that_time_is_disputed() -> None:
    a = assess(COPY, made(1965), *licence(1963, 1990), stated("unlicensed", 1985))
    assert (a.status, [s.side for s in a.steps]) == ("disputed", ["unlicensed", "licensed"])


def test_stated_unlicensed_after_the_licence_ended_is_not_disputed() -> None:
    a = assess(COPY, made(1965), *licence(1963, 1990), stated("unlicensed", 1991))
    assert a.status == "unlicensed"


def test_explicit_steps_list_statements_by_date_then_licences_then_accepted_production() -> None:
    late, early = stated("licensed", 1980), stated("licensed", 1970)
    a = assess(COPY, made(1965), made(1966, status="candidate"), *licence(), late, early)
    assert texts(a.steps) == [
        "Stated licensed for {maker} (from 1970).", "Stated licensed for {maker} (from 1980).",
        "Licence {lic} grants {des} to {maker} (1963–1990); the product derives from the licensed design.",
        "Production: made by {maker} (from 1965)."]


# -- pending evidence and what an assessment offers ----------------------------------------------------

def test_candidates_are_pending_and_do_not_decide() -> None:
    a = assess(COPY, made(1965), stated("licensed", status="candidate"), *licence(status="candidate"))
    assert (a.status, texts(a.pending)) == ("unlicensed", [
        "Stated licensed for {maker}.",
        "Licence {lic} grants {des} to {maker} (1963–1990); the product derives from the licensed design."])


def test_statement_ids_are_every_step_and_pending_statement_once_in_order() -> None:
    candidate = made(1966, status="candidate")
    a = assess(COPY, DESIGN_LINE, made(1965), candidate)
    assert a.statement_ids == [made(1965).id, COPY.id, DESIGN_LINE.id, candidate.id]


def test_only_steps_that_argue_a_side_have_one() -> None:
    assert assess(COPY, made(1965), *licence()).sides == {}


# -- producers, subjects, all assessments -------------------------------------------------------------

def test_producers_are_makers_then_stated_scopes_then_licensees_of_the_product() -> None:
    r = reasoner(made(1965), stated("licensed", scope="rival"), said("lic", "licensed_design", "prod"),
                 said("lic", "licensee", "old-maker"), said("other-prod", "manufactured_by", "state"))
    assert r.producers("prod") == ["maker", "rival", "old-maker"]


def test_subjects_are_products_and_designs_made_as_copies() -> None:
    r = reasoner(said("des", "manufactured_by", "maker"), DESIGN_LINE, said("base", "manufactured_by", "maker"),
                 said("base", "licence_status", value="licensed", scope="maker"))
    assert r.subjects() == ["base", "des", "other-prod", "prod"]


def test_subjects_of_a_partial_fact_base_are_only_those_in_its_scope() -> None:
    facts = FactBase(dict(KINDS), [fact_of(made(1965))], frozenset({"prod"}))
    assert Reasoner(facts).subjects() == ["prod"]


def test_assess_all_gives_each_product_with_each_producer_or_none() -> None:
    r = reasoner(COPY, made(1965), stated("licensed", scope="rival"))
    found = [(a.product, a.producer, a.status) for a in r.assess_all()]
    assert found == [("other-prod", None, "unknown"), ("prod", "maker", "unlicensed"), ("prod", "rival", "licensed")]


def test_the_status_on_a_day_uses_only_the_facts_true_that_day() -> None:
    facts = FactBase(dict(KINDS), [fact_of(s) for s in (COPY, made(1965, 1985), made(1992), *licence(1963, 1990))])
    on = {day: assess_registry_day(facts, day).assess("prod", "maker").status
          for day in (date(1980, 6, 1), date(1993, 6, 1))}
    assert (on, assess_registry_day(facts, None).assess("prod", "maker").status) == (
        {date(1980, 6, 1): "licensed", date(1993, 6, 1): "unlicensed"}, "expired")
