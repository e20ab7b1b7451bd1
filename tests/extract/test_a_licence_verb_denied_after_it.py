"""Where the verb comes last, a licence word that a verb right after it takes as its object, and a "not" that ends
the verb's clause (a note mark may stand before the clause's end), says the licence was never had: the licence
word alone reads no licence given. A licence word that is a word of making too ("licence-produced") is left to the
making. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text", "product", "country"), [
    ("ja", "冷戦後、ルーマニアはAKMのライセンス料を一度も払っていない。", "AKM", "Romania"),
    ("ja", "エジプトはRPG-7のライセンス料をまだ納めていない[12]。", "RPG-7", "Egypt"),
    ("ja", "エジプトはRPG-7のライセンス料をまだ納めていない〔古い資料による〕。", "RPG-7", "Egypt"),
    ("ko", "이집트는 RPG-7의 라이선스 비용을 내지 않았다.", "RPG-7", "Egypt"),
])
def test_a_licence_a_later_not_denies_is_none(extractor: Extractor, lang: str, text: str, product: str,
                                              country: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert (product, "licence_status", "licensed") not in facts
    assert (product, "licence_status", "unlicensed") in facts


def test_a_licence_word_the_verb_keeps_is_a_licence(extractor: Extractor) -> None:
    facts = facts_of(extractor, "エジプトはRPG-7のライセンスを取得した[12]。", "ja")
    assert ("RPG-7", "licence_status", "licensed") in facts


@pytest.mark.parametrize(("text", "product", "country"), [
    ("罗马尼亚从未取得T-72M1的生产许可证。", "T-72M1", "Romania"),
    ("伊拉克从未获得AK-74M的制造许可。", "AK-74M", "Iraq"),
    ("埃及並沒有購買RPG-7的許可證。", "RPG-7", "Egypt"),
])
def test_a_negation_reaches_a_licence_past_its_owner(extractor: Extractor, text: str, product: str,
                                                     country: str) -> None:
    # where the owner comes first, the design named before the licence word ("X的许可证") stands between the
    # negation and the licence word it negates
    facts = facts_of(extractor, text, "zh")
    assert (product, "licence_status", "licensed") not in facts
    assert (product, "licence_status", "unlicensed") in facts


def test_an_owned_licence_got_is_a_licence(extractor: Extractor) -> None:
    assert ("AKM", "licence_status", "licensed") in facts_of(extractor, "罗马尼亚取得了AKM的生产许可证。", "zh")
