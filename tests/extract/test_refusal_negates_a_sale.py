"""A word of refusing ("refused to sell", Vietnamese "từ chối", Japanese "拒否", Korean "거부", Indonesian and
Malay "menolak") negates the sale or delivery it governs: no export is read.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("vi", "Năm 1970, Liên Xô từ chối bán Su-7 cho Lào."),
    ("vi", "Liên Xô đã khước từ việc bán Su-7 cho Lào."),
    ("ja", "ソ連はラオスへのSu-7の売却を拒否した。"),
    ("ja", "ソ連はラオスへのSu-7の売却を拒んだ。"),
    ("ko", "소련은 라오스에 Su-7을 판매하는 것을 거부했다."),
    ("ko", "소련은 라오스에 Su-7을 판매하는 것을 거절했다."),
    ("id", "Uni Soviet menolak menjual Su-7 kepada Laos."),
    ("ms", "Kesatuan Soviet menolak menjual Su-7 kepada Laos."),
])
def test_a_refused_sale_is_no_export(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert not [f for f in facts if f[1] == "exported_to"], facts


@pytest.mark.parametrize(("lang", "text"), [
    ("vi", "Năm 1970, Liên Xô bán Su-7 cho Lào."),
    ("id", "Uni Soviet menjual Su-7 kepada Laos."),
])
def test_a_sale_made_is_an_export(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert any(f[1:] == ("exported_to", "Laos") for f in facts), facts
