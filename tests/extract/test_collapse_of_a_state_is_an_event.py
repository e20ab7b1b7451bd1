"""A state's collapse ("ソ連崩壊後", "苏联解体后", "소련 붕괴 후", "runtuhnya Uni Soviet") names an event, as a war
does: the state it names is no party of the licence the sentence speaks of, which its successor sold. Sentences of
our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("ja", "ソ連崩壊後、ロシアは1992年にMiG-29のライセンス生産権をインドに売却した。"),
    ("zh", "苏联解体后，俄罗斯于1992年向印度出售了米格-29的生产许可证。"),
    ("ko", "소련 붕괴 후 러시아는 1992년에 MiG-29의 면허 생산권을 인도에 팔았다."),
    ("vi", "Năm 1992, sau sự sụp đổ của Liên Xô, Nga bán cho Ấn Độ giấy phép sản xuất MiG-29."),
    ("id", "Setelah runtuhnya Uni Soviet, Rusia menjual lisensi produksi MiG-29 kepada India pada tahun 1992."),
])
def test_the_successor_not_the_fallen_state_grants_the_licence(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("MiG-29", "licensed_by", "Russia") in facts
    assert ("MiG-29", "licensed_by", "Soviet Union") not in facts


def test_the_state_itself_still_grants_a_licence(extractor: Extractor) -> None:
    facts = facts_of(extractor, "ソ連はMiG-29のライセンス生産権をインドに与えた。", "ja")
    assert ("MiG-29", "licensed_by", "Soviet Union") in facts
