"""Vietnamese writes its words in syllables apart, so a word for its kind before the name a phrase of conversion holds
("hoán cải xe tăng chiến đấu T-54 thành ...") runs past a gap of three tokens: the phrase's gap is written twice
("~ ~", six tokens). The name it holds is the original of the name after it, also where the sentence named that
design before (as the design licensed); the year of that licensed making is no year of the original."""

from __future__ import annotations

from tests.extract.conftest import facts_of


def test_conversion_past_a_long_word_of_kind(extractor):
    text = "Ai Cập đã hoán cải xe tăng chiến đấu T-54 thành xe tăng Ramses II."
    facts = facts_of(extractor, text, "vi")
    assert ("Ramses II", "derived_from", "T-54") in facts, facts


def test_conversion_of_a_design_named_before(extractor):
    text = ("Năm 1975, Ai Cập nhận được giấy phép sản xuất xe tăng T-54, sau đó cải biến xe tăng chiến đấu "
            "T-54 thành xe tăng Ramses II.")
    facts = facts_of(extractor, text, "vi")
    assert ("Ramses II", "derived_from", "T-54") in facts, facts
    assert ("T-54", "introduced_year", "1975") not in facts, facts
