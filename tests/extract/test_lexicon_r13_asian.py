"""Everyday words of making, trade, licence and lineage added to the Chinese, Japanese, Korean, Vietnamese,
Indonesian and Hindi files (round 13), found missing with probe sentences.

These sentences were written for the tests: each proves that one added word (or short phrase) reaches the scorer,
and failed before it was added; never how well extraction does on real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "fact"), [
    # zh: help to produce (协助, 帮助) is a licence granted; a descendant (后裔); carried to (运到); entered the
    # inventory (列入装备) or active service (投入现役); by way of authorisation (授权方式); popular name (俗名);
    # the home-made version (国产型); taken as a reference (为参考) or a parent model (为母本)
    ("苏联协助中国生产56式冲锋枪。", "zh", ("Type 56", "licensed_by", "Soviet Union")),
    ("苏联帮助中国生产56式冲锋枪。", "zh", ("Type 56", "licensed_by", "Soviet Union")),
    ("AKM是AK-47的后裔。", "zh", ("AKM", "derived_from", "AK-47")),
    ("中国把56式冲锋枪运到了越南。", "zh", ("Type 56", "exported_to", "Vietnam")),
    ("56式冲锋枪于1956年正式列入装备。", "zh", ("Type 56", "introduced_year", "1956")),
    ("56式冲锋枪1956年投入现役。", "zh", ("Type 56", "introduced_year", "1956")),
    ("印度以授权方式生产AK-47。", "zh", ("AK-47", "licence_status", "licensed")),
    ("56式冲锋枪俗名“五六冲”。", "zh", ("Type 56", "alias_of", "五六冲")),
    ("56式冲锋枪是AK-47的国产型。", "zh", ("Type 56", "derived_from", "AK-47")),
    ("56式冲锋枪以AK-47为参考研制。", "zh", ("Type 56", "derived_from", "AK-47")),
    ("56式冲锋枪是以AK-47为母本研制的。", "zh", ("Type 56", "derived_from", "AK-47")),
    # ja: made by a company (社製); a descendant (子孫); bought (買った); received from (譲り受けた); a licence to
    # assemble (組み立て許可)
    ("AK-47の半数以上はポーランドのFB社製である。", "ja", ("AK-47", "made_in_country", "Poland")),
    ("AKMはAK-47の子孫である。", "ja", ("AKM", "derived_from", "AK-47")),
    ("パキスタンは中国から56式自動歩槍を買った。", "ja", ("Type 56", "exported_to", "Pakistan")),
    ("北朝鮮は中国から56式自動歩槍を譲り受けた。", "ja", ("Type 56", "exported_to", "North Korea")),
    # ja: the home-made version (国産型); sent (送った), handed (渡した), sent in (送り込まれた); received as aid
    # (供与を受けた); obtained (手に入れた); is making (作っている)
    ("56式自動歩槍はAK-47の国産型である。", "ja", ("Type 56", "derived_from", "AK-47")),
    ("中国は56式自動歩槍をベトナムに送った。", "ja", ("Type 56", "exported_to", "Vietnam")),
    ("中国は56式自動歩槍をベトナムに渡した。", "ja", ("Type 56", "exported_to", "Vietnam")),
    ("56式自動歩槍は北ベトナムに大量に送り込まれた。", "ja", ("Type 56", "exported_to", "Vietnam")),
    ("北ベトナムは中国から56式自動歩槍の供与を受けた。", "ja", ("Type 56", "exported_to", "Vietnam")),
    ("北ベトナムは中国から56式自動歩槍を手に入れた。", "ja", ("Type 56", "exported_to", "Vietnam")),
    ("56式自動歩槍はノリンコ社が作っている。", "ja", ("Type 56", "manufactured_by", "Norinco")),
    # ko: made following (따라 만든) or modelled on (본따서, the common spelling of 본떠서); the North Korean version
    # (북한판); under the permission of (허가 아래, 허락 아래); handed over (건넸다); developed from (발전한); based on
    # (기반을 두고)
    ("58식 보총은 AK-47을 따라 만든 소총이다.", "ko", ("Type 58", "derived_from", "AK-47")),
    ("58식 보총은 AK-47을 본따서 만든 소총이다.", "ko", ("Type 58", "derived_from", "AK-47")),
    ("68식 보총은 AKM의 북한판이다.", "ko", ("Type 68", "derived_from", "AKM")),
    ("북한은 소련의 허가 아래 AK-47을 생산했다.", "ko", ("AK-47", "licensed_by", "Soviet Union")),
    ("북한은 소련의 허락 아래 AK-47을 생산했다.", "ko", ("AK-47", "licensed_by", "Soviet Union")),
    ("북한은 이란에 AK-47 소총을 건넸다.", "ko", ("AK-47", "exported_to", "Iran")),
    ("58식 보총은 AK-47에서 발전한 소총이다.", "ko", ("Type 58", "derived_from", "AK-47")),
    ("58식 보총은 AK-47에 기반을 두고 있다.", "ko", ("Type 58", "derived_from", "AK-47")),
    # vi: agreed to let (đồng ý cho) and helped (giúp đỡ) a party produce: a licence granted
    ("Liên Xô đồng ý cho Trung Quốc sản xuất AK-47.", "vi", ("AK-47", "licensed_by", "Soviet Union")),
    ("Liên Xô giúp đỡ Trung Quốc sản xuất AK-47.", "vi", ("AK-47", "licensed_by", "Soviet Union")),
    # id: helped (membantu) a party produce: a licence granted
    ("Uni Soviet membantu Tiongkok memproduksi AK-47.", "id", ("AK-47", "licensed_by", "Soviet Union")),
    # hi: the English loan "version" (वर्जन)
    ("टाइप 56 एके-47 का चीनी वर्जन है।", "hi", ("Type 56", "derived_from", "AK-47")),
])
def test_added_word_reads_its_fact(small_extractor: Extractor, text: str, lang: str,
                                   fact: tuple[str, str, str]) -> None:
    assert fact in facts_of(small_extractor, text, lang)


@pytest.mark.parametrize(("text", "lang", "fact"), [
    # help to produce is a licence held by the party helped, who makes the product, not by the helper
    ("苏联协助中国生产56式冲锋枪。", "zh", ("Type 56", "made_in_country", "Soviet Union")),
    ("Liên Xô giúp đỡ Trung Quốc sản xuất AK-47.", "vi", ("AK-47", "made_in_country", "Soviet Union")),
    ("북한은 소련의 허가 아래 AK-47을 생산했다.", "ko", ("AK-47", "made_in_country", "Soviet Union")),
    ("Uni Soviet membantu Tiongkok memproduksi AK-47.", "id", ("AK-47", "made_in_country", "Soviet Union")),
])
def test_helper_or_licensor_is_no_place_of_making(small_extractor: Extractor, text: str, lang: str,
                                                  fact: tuple[str, str, str]) -> None:
    assert fact not in facts_of(small_extractor, text, lang)


@pytest.mark.parametrize("text", [
    # ja 見送る (to forgo, to shelve): a purchase or adoption forgone is no export
    "インドはAK-47の導入を見送った。",
    "インドはAK-47の購入を見送り、自国で開発した。",
])
def test_forgone_purchase_is_no_export(small_extractor: Extractor, text: str) -> None:
    assert not any(r == "exported_to" for _, r, _ in facts_of(small_extractor, text, "ja"))
