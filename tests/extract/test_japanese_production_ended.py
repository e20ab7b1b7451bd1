"""Japanese says a production ended with 終了 after the year ("1978年に終了"): that year is no introduction, and a bare
終了 ends a making, not a licence ("製造を終了した" is no expired licence). Sentences of our own; they prove
behaviour, not quality."""

from __future__ import annotations

from copytrace.extract import Extractor

from .conftest import facts_of


def test_the_year_production_ended_is_no_start(extractor: Extractor) -> None:
    facts = facts_of(extractor, "T-62の生産は1978年に終了し、部隊での改修だけが続いた。", "ja")
    assert not any(r == "introduced_year" and o == "1978" for _, r, o in facts), facts


def test_a_start_in_the_same_form_still_reads(extractor: Extractor) -> None:
    facts = facts_of(extractor, "T-62は1961年に生産が始まった。", "ja")
    assert ("T-62", "introduced_year", "1961") in facts, facts


def test_production_ended_is_no_expired_licence(extractor: Extractor) -> None:
    text = "ソ連の工場は1969年にPKの製造を終了したが、ブルガリアのライセンス生産は続いた。"
    facts = facts_of(extractor, text, "ja")
    assert not any(r == "licence_status" and o == "expired" for _, r, o in facts), facts


def test_a_licence_that_ended_is_still_expired(extractor: Extractor) -> None:
    text = "ブルガリアのPKは1995年にライセンス契約が終了した後も生産が続いた。"
    facts = facts_of(extractor, text, "ja")
    assert any(r == "licence_status" and o == "expired" for _, r, o in facts), facts


def test_an_era_gloss_between_the_year_and_its_sign(extractor: Extractor) -> None:
    # "1978(昭和53)年": the era's year in brackets stands between the year and 年; the ending still closes it
    facts = facts_of(extractor, "T-62の生産は1978(昭和53)年に終了していますが、改修型の製造は続きました。", "ja")
    assert not any(r == "introduced_year" and o == "1978" for _, r, o in facts), facts


def test_a_start_with_an_era_gloss_still_reads(extractor: Extractor) -> None:
    facts = facts_of(extractor, "T-62は1961(昭和36)年に生産が始まった。", "ja")
    assert ("T-62", "introduced_year", "1961") in facts, facts
