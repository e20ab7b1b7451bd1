"""A word of readiness ("ready to", "prepared to") is a plan: a sale or making a party says it is ready for has not
happened (Persian آماده / آمادگی, Arabic مستعد / على استعداد, Japanese 用意がある / 準備, Korean 준비)."""

from __future__ import annotations

from tests.extract.conftest import facts_of


def _relations(extractor, text, lang):
    return {r for _, r, _ in facts_of(extractor, text, lang)}


def test_persian_ready_to_sell(extractor):
    assert "exported_to" not in _relations(extractor, "روسیه آماده فروش تانک تی-۹۰ به ایران است.", "fa")


def test_persian_ready_to_build_elsewhere(extractor):
    facts = facts_of(extractor, "روسیه آماده تولید تانک تی-۹۰ در ایران است.", "fa")
    assert ("T-90", "made_in_country", "Iran") not in facts


def test_arabic_ready_to_sell(extractor):
    assert "exported_to" not in _relations(extractor, "روسيا مستعدة لبيع دبابات T-90 إلى إيران.", "ar")


def test_arabic_willing_to_build_elsewhere(extractor):
    facts = facts_of(extractor, "روسيا على استعداد لتصنيع دبابات T-90 في إيران.", "ar")
    assert ("T-90", "made_in_country", "Iran") not in facts


def test_japanese_ready_to_export(extractor):
    assert "exported_to" not in _relations(extractor, "ロシアはイランにT-90戦車を輸出する用意がある。", "ja")
