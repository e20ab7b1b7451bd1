"""Korean: upgrading units already built (성능개량, 업그레이드) is work on them, as repair is: a firm or plant that
upgrades tanks, with no word of making, makes nothing, and places no making."""

from __future__ import annotations

from tests.extract.conftest import facts_of


def test_firm_upgrading_stored_tanks(extractor):
    text = "우크라이나 국영 방산업체 우크로보론프롬은 예비로 보관 중인 T-72 전차 300대의 성능개량을 추진하고 있다."
    facts = facts_of(extractor, text, "ko")
    assert ("T-72", "made_in_country", "Ukraine") not in facts


def test_plant_upgraded_tanks(extractor):
    facts = facts_of(extractor, "폴란드의 붐 공장은 T-72 전차를 업그레이드했다.", "ko")
    assert ("T-72", "made_in_country", "Poland") not in facts


def test_version_still_derived(extractor):
    facts = facts_of(extractor, "폴란드는 T-72를 업그레이드하여 PT-91을 만들었다.", "ko")
    assert ("PT-91 Twardy", "derived_from", "T-72") in facts
