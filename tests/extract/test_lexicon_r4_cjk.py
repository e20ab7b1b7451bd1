"""Cue words of the Chinese, Japanese and Korean language files, found missing with probe sentences.

These sentences were written for the tests: each proves that a word or form added to one language file reaches
the scorer (a licensed version, licence words with a party inside them, export and service verbs, year
particles, plant words, country adjectives), never how well extraction does on real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import all_facts, assert_reaches


@pytest.fixture(scope="module")
def extractor(small_extractor: Extractor) -> Extractor:
    return small_extractor


@pytest.mark.parametrize(("text", "lang", "subject", "relation", "obj"), [
    # zh: a licence-built version, a licence phrase with the licensor inside it, export and making verbs,
    # the country adjective in "-made"
    ("运-5是安-2的许可生产型。", "zh", "Y-5", "derived_from", "An-2"),
    ("中国未经苏联许可仿制了RPG-7。", "zh", "RPG-7", "licence_status", "unlicensed"),
    ("59式坦克被外销到巴基斯坦。", "zh", "Type 59", "exported_to", "Pakistan"),
    ("中國製56式衝鋒槍出口到巴基斯坦。", "zh", "Type 56", "made_in_country", "China"),
    ("59式坦克产自中国。", "zh", "Type 59", "made_in_country", "China"),
    # ja: a plant word, an introduction phrase, an ended licence, "illegally", "by the other name", "had not
    # obtained permission" (no licence, not a licence)
    ("Y-5は南昌飛機製造廠で生産された。", "ja", "Y-5", "manufactured_by", "Nanchang"),
    ("BM-21は1963年にソ連軍で運用が始まった。", "ja", "BM-21", "introduced_year", "1963"),
    ("Su-27のライセンスは2004年に打ち切られた。", "ja", "Su-27", "licence_status", "expired"),
    ("中国はSu-27を違法にコピーし、J-11を製造した。", "ja", "J-11", "licence_status", "unlicensed"),
    ("J-7はF-7という別名を持つ。", "ja", "J-7", "alias_of", "F-7"),
    ("J-7のコピー生産はソ連の許可を得ていなかった。", "ja", "J-7", "licence_status", "unlicensed"),
    # ko: passive delivery, a year with 부터 glued on, 에도, the copula after a copy noun, technology transfer,
    # "illegally copied", "began to be operated", "received production permission", "lost its force"
    ("Mi-17은 베네수엘라에 인도되었다.", "ko", "Mi-17", "exported_to", "Venezuela"),
    ("Mi-8은 1967년부터 운용되었다.", "ko", "Mi-8", "introduced_year", "1967"),
    ("Mi-8은 1967년에 운용되기 시작했다.", "ko", "Mi-8", "introduced_year", "1967"),
    ("59식 전차는 알바니아에도 수출되었다.", "ko", "Type 59", "exported_to", "Albania"),
    ("J-7은 MiG-21의 카피이다.", "ko", "J-7", "derived_from", "MiG-21"),
    ("중국은 소련의 기술 이전을 받아 MiG-21을 생산했다.", "ko", "MiG-21", "licensed_by", "Soviet"),
    ("중국은 Su-27을 불법으로 복제하여 J-11을 만들었다.", "ko", "J-11", "licence_status", "unlicensed"),
    ("이집트는 소련과 협정을 맺고 T-54의 생산 허가를 받았다.", "ko", "T-54", "licence_status", "licensed"),
    ("T-54의 생산 면허 계약은 1990년에 효력을 잃었다.", "ko", "T-54", "licence_status", "expired"),
])
def test_a_cjk_cue_word_reaches_the_fact(extractor: Extractor, text: str, lang: str, subject: str, relation: str,
                                         obj: str) -> None:
    assert_reaches(all_facts(extractor, text, lang), subject, relation, obj)
