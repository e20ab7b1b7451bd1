"""Introduction years: which design of a sentence a year belongs to.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("V roce 1955 se začaly vyrábět tanky T-54, od roku 1960 T-54A.", "cs"),
    ("W 1955 roku zaczęto produkować czołgi T-54, od 1960 roku T-54A.", "pl"),
])
def test_a_year_across_a_comma_right_before_a_name_is_that_names(full_extractor: Extractor, text: str,
                                                                  lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert ("T-54A", "introduced_year", "1960") in facts, facts
    assert ("T-54", "introduced_year", "1960") not in facts, facts


def test_a_year_right_after_a_name_is_that_names(full_extractor: Extractor) -> None:
    # guard: the right reading kept (no comma: "the PKM in 1969")
    facts = facts_of(full_extractor, "The PK entered service in 1961 and the PKM in 1969.", "en")
    assert ("PKM", "introduced_year", "1969") in facts, facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Польский танк PT-91 создан на основе Т-72. Т-72 был главным танком Советской армии. Его приняли на вооружение в "
     "1973 году.", "ru"),
    ("Polski czołg PT-91 powstał na bazie T-72. T-72 był głównym czołgiem radzieckim. Wprowadzono go do "
     "uzbrojenia w 1973 roku.", "pl"),
])
def test_a_sentence_with_no_name_after_the_original_is_spoken_of_speaks_of_it(full_extractor: Extractor,
                                                                              text: str, lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert ("T-72", "introduced_year", "1973") in facts, facts
    assert ("PT-91 Twardy", "introduced_year", "1973") not in facts, facts


def test_a_sentence_with_no_name_after_the_copy_is_spoken_of_speaks_of_it(full_extractor: Extractor) -> None:
    # guard: the right reading kept (the copy named last)
    text = ("Т-72 был главным танком Советской армии. Т-72 выпускался в СССР. Польский танк PT-91 создан на основе "
            "Т-72. Его приняли на вооружение в 1995 году.")
    facts = facts_of(full_extractor, text, "ru")
    assert ("PT-91 Twardy", "introduced_year", "1995") in facts, facts


@pytest.mark.parametrize(("text", "lang"), [
    ("In 1952, the Soviet Union stopped making the TT pistol, and about a million of these pistols had been "
     "introduced.", "en"),
    ("Năm 1952, Liên Xô thôi sản xuất súng ngắn Tokarev sau khi đã làm ra hàng triệu khẩu.", "vi"),
])
def test_a_year_opening_the_sentence_is_the_verbs_after_its_subject(full_extractor: Extractor, text: str,
                                                                   lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert not any(r == "introduced_year" for _, r, _ in facts), facts


def test_a_year_opening_the_sentence_of_an_introduction_is_its_year(full_extractor: Extractor) -> None:
    # guard: the right reading kept (the word right after the subject is one of introduction)
    facts = facts_of(full_extractor, "In 1959, the AKM entered service, and the AK-47 was retired later.", "en")
    assert ("AKM", "introduced_year", "1959") in facts, facts


def test_the_hundredth_unit_made_is_a_milestone(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "Im Herbst 1998 verließ die hundertste J-11 das Werk in China.", "de")
    assert not any(r == "introduced_year" for _, r, _ in facts), facts


@pytest.mark.parametrize(("text", "lang"), [
    ("In 1964, the plant began making engines for the MiG-21F-13.", "en"),
    ("The MiG-21 engine went into production in 1960.", "en"),
    ("直-5的新型發動機於1962年投入批生產。", "zh"),
])
def test_the_making_of_a_part_dates_no_introduction_of_the_design(full_extractor: Extractor, text: str,
                                                                  lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert not any(r == "introduced_year" for _, r, _ in facts), facts


def test_a_part_made_in_another_clause_leaves_the_designs_year(full_extractor: Extractor) -> None:
    # guard: the right reading kept (the engines are made in a clause of their own)
    text = "The T-72 went into production in 1973, and its engines were made in Chelyabinsk."
    assert ("T-72", "introduced_year", "1973") in facts_of(full_extractor, text, "en")


@pytest.mark.parametrize("text", [
    "歼6是国产歼击机，于1959年9月30日首飞成功。",
    "沈阳生产的歼6全部在1998年3月退出了现役。",
])
def test_a_word_after_the_rest_of_a_chinese_date_governs_its_year(full_extractor: Extractor, text: str) -> None:
    # (a first flight, an end of service: "1959年9月30日首飞", "1998年3月退出了现役")
    facts = facts_of(full_extractor, text, "zh")
    assert not any(r == "introduced_year" for _, r, _ in facts), facts


def test_a_making_after_the_rest_of_a_chinese_date_is_its_year(full_extractor: Extractor) -> None:
    # guard: the right reading kept (series production began then)
    facts = facts_of(full_extractor, "歼6是国产歼击机，于1959年9月30日投入批量生产。", "zh")
    assert ("Shenyang J-6", "introduced_year", "1959") in facts, facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Series making of the T-72 did not start until 1973.", "en"),
    ("لكن إنتاج دبابات تي-72 لم يبدأ حتى عام 1973", "ar"),
])
def test_a_making_that_did_not_begin_until_a_year_began_then(full_extractor: Extractor, text: str,
                                                             lang: str) -> None:
    assert ("T-72", "introduced_year", "1973") in facts_of(full_extractor, text, lang)


def test_another_verb_not_done_until_a_year_leaves_it_an_end(full_extractor: Extractor) -> None:
    # guard: the right reading kept (the "not ... until" is the export's)
    facts = facts_of(full_extractor, "The T-72 was produced until 1990 and not exported until 1980.", "en")
    assert not any(r == "introduced_year" for _, r, _ in facts), facts


@pytest.mark.parametrize(("text", "lang"), [
    ("The MiG-21 was built in the Soviet Union from 1959. It entered service with the Indian Air Force in 1963.",
     "en"),
    ("MiG-21 se proizvodio od 1959. godine. U naoružanju jugoslovenskog ratnog vazduhoplovstva nalazio se od 1963. "
     "godine.", "sr"),
])
def test_a_buyers_force_taking_a_design_in_dates_its_own_introduction(full_extractor: Extractor, text: str,
                                                                      lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert {("MiG-21", "introduced_year", "1959"), ("MiG-21", "introduced_year", "1963")} <= facts, facts


def test_the_designs_own_force_gives_no_place_of_its_own(full_extractor: Extractor) -> None:
    # guard: the right reading kept (the Russian army is the Soviet design's own: its adoption has no place of its
    # own; the first making and the entry into service are both the design's introduction, as the annotators count)
    text = "The AKM was first made in 1958. It entered service with the Russian army in 1959."
    years = {(f.object, f.scope) for f in full_extractor.extract_text(text, "t.txt", "en")
             if f.relation == "introduced_year"}
    assert years == {("1958", None), ("1959", None)}, years
