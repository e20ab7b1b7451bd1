"""Where the verb comes last (Korean, Japanese, Turkish): which verb a country or a name belongs to.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.fixture(scope="module")
def extractor(full_extractor: Extractor) -> Extractor:
    return full_extractor


@pytest.mark.parametrize(("lang", "text"), [
    # made under licence in Poland, and exported to Iraq too: the country the sale's verb follows went, it did not make
    ("ko", "T-55는 폴란드에서 면허 생산되었으며 이라크에도 수출되었다."),
    ("ja", "T-55はポーランドでライセンス生産され、イラクにも輸出された。"),
    ("zh", "T-55在波兰特许生产，并出口到伊拉克。"),
])
def test_a_licence_built_product_sold_on_went_where_the_sale_sends_it(extractor: Extractor, lang: str,
                                                                       text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("T-55", "made_in_country", "Poland") in facts, facts
    assert ("T-55", "exported_to", "Iraq") in facts, facts
    assert ("T-55", "made_in_country", "Iraq") not in facts, facts


def test_a_licence_sold_to_a_country_in_the_dative_still_makes_it_the_licensee(extractor: Extractor) -> None:
    # (the first verb after the country is the licence's, not a sale's)
    facts = facts_of(extractor, "소련은 1978년 폴란드에 T-72 면허를 팔았다.", "ko")
    assert ("T-72", "made_in_country", "Poland") in facts, facts


@pytest.mark.parametrize(("lang", "text"), [
    ("ko", "MiG-21은 1967년부터 J-7이라는 이름으로 중국에서 라이선스 생산되었다."),
    ("ja", "MiG-21は1967年からJ-7の名で中国でライセンス生産された。"),
    ("tr", "MiG-21, 1967'den itibaren J-7 adıyla Çin'de lisans altında üretildi."),
])
def test_the_name_given_before_the_making_is_the_copy_made(extractor: Extractor, lang: str, text: str) -> None:
    # "built under licence in China under the name J-7", the naming before the verb of making: the J-7 was made
    facts = facts_of(extractor, text, lang)
    for fact in [("Chengdu J-7", "derived_from", "MiG-21"), ("Chengdu J-7", "made_in_country", "China"),
                 ("Chengdu J-7", "licence_status", "licensed"), ("Chengdu J-7", "introduced_year", "1967")]:
        assert fact in facts, facts
    assert ("MiG-21", "made_in_country", "China") not in facts, facts
    assert ("MiG-21", "derived_from", "Chengdu J-7") not in facts, facts


def test_a_name_given_before_the_verb_of_making_is_what_was_made(extractor: Extractor) -> None:
    # (as "In Czechoslovakia the BMP-1 was produced under the name BVP-1" reads: a product of its own)
    facts = facts_of(extractor, "Çekoslovakya'da BMP-1, BVP-1 adıyla üretildi.", "tr")
    assert ("BVP-1", "derived_from", "BMP-1") in facts, facts
    assert ("BVP-1", "made_in_country", "Czechoslovakia") in facts, facts


def test_a_name_given_then_a_comma_then_a_making_is_another_name(extractor: Extractor) -> None:
    # "called AK, and made in the USSR": the comma ends the naming's clause; the making is the product's own
    facts = facts_of(extractor, "AK-47自動小銃はAKと呼ばれ、ソ連で製造された。", "ja")
    assert ("AK-47", "alias_of", "AK") in facts or ("AK", "alias_of", "AK-47") in facts, facts
    assert ("AK", "derived_from", "AK-47") not in facts, facts


@pytest.mark.parametrize(("lang", "text"), [
    # where the marks are words of their own after the noun, the place's mark may follow it past a space, and the
    # mark before it is the noun's before it (Hindi: the Tu-124 was made in India under licence by HAL)
    ("hi", "Tu-124 को भारत में लाइसेंस के तहत HAL द्वारा बनाया गया था।"),
    ("ur", "Tu-124 کو بھارت میں لائسنس کے تحت HAL نے بنایا تھا۔"),
])
def test_a_spaced_mark_after_a_country_places_the_making(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Tu-124", "made_in_country", "India") in facts, facts


def test_a_licensor_is_no_place_of_making_where_it_is_the_surer_reading(extractor: Extractor) -> None:
    # (Hindi: India took from Russia the licence for the Tu-124's manufacture)
    facts = facts_of(extractor, "भारत ने रूस से Tu-124 के निर्माण का लाइसेंस लिया।", "hi")
    assert ("Tu-124", "licensed_by", "Russia") in facts, facts
    assert ("Tu-124", "made_in_country", "Russia") not in facts, facts
    assert ("Tu-124", "made_in_country", "India") in facts, facts


def test_a_country_in_the_genitive_before_an_original_is_the_originals(extractor: Extractor) -> None:
    # (Bengali: the Tu-124 is a licensed version of Russia's Tu-104)
    facts = facts_of(extractor, "Tu-124 রাশিয়ার Tu-104 এর লাইসেন্সপ্রাপ্ত সংস্করণ।", "bn")
    assert ("Tu-124", "derived_from", "Tu-104") in facts, facts
    assert ("Tu-124", "made_in_country", "Russia") not in facts, facts


def test_an_adjective_past_a_comma_opens_the_next_names_phrase(extractor: Extractor) -> None:
    # (Turkish: the Tu-124 is a licensed copy of the Soviet Tu-104)
    facts = facts_of(extractor, "Tu-124, Sovyet Tu-104'ün lisanslı bir kopyasıdır.", "tr")
    assert ("Tu-124", "derived_from", "Tu-104") in facts, facts
    assert ("Tu-124", "made_in_country", "Soviet Union") not in facts, facts
