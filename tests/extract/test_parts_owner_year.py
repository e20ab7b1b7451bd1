"""Where the only name of a sentence owns the parts assembled, and the subject is left unsaid, the year of making is
the product spoken of before."""

from __future__ import annotations

from tests.extract.conftest import facts_of


def test_unsaid_subject_assembling_an_originals_parts_dates_the_topic(extractor):
    text = "69式戦車は中国の戦車である。最初は輸入されたT-62の部品を組み立てる形で1974年から生産が始まった。"
    years = {(s, o) for s, r, o in facts_of(extractor, text, "ja") if r == "introduced_year"}
    assert any("69" in s and o == "1974" for s, o in years)
    assert not any("T-62" in s for s, _ in years)
