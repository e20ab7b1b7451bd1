"""A country where a design is used, or the one whose design it copies, is neither where it was made nor who took
the licence.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import all_facts, facts_of


@pytest.fixture(scope="module")
def extractor(small_extractor: Extractor) -> Extractor:
    return small_extractor


@pytest.mark.parametrize("text", [
    "The Type 56 (used mostly in Canada) was a licence-built copy of the Soviet AK-47.",
    "The Type 56, used mainly in Canada, is a licensed version of the AK-47.",
])
def test_a_country_of_use_is_no_place_of_making(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "en")
    assert not [f for f in facts if f[1] == "made_in_country" and f[2] == "Canada"], facts


@pytest.mark.parametrize("text", [
    "The Type 56 (used mostly in Canada) was a licence-built copy of the Soviet AK-47.",
    "The Type 56, used mainly in Canada, is a licensed version of the AK-47.",
])
def test_a_country_of_use_takes_no_licence(extractor: Extractor, text: str) -> None:
    scopes = {f.scope for f in all_facts(extractor, text, "en") if f.relation == "licence_status"}
    assert scopes and "Canada" not in scopes, scopes


@pytest.mark.parametrize("text", [
    "The Type 56 (used mostly in Canada) was a licence-built copy of the Soviet AK-47.",
    "Production rights for the AK-47 were handed over, and foreign designers improved the Soviet rifles.",
    "The licence for the AK-47 was sold abroad, which later improved Soviet weapons.",
])
def test_the_adjective_of_the_rights_holder_is_no_licensee(extractor: Extractor, text: str) -> None:
    scopes = {f.scope for f in all_facts(extractor, text, "en") if f.relation == "licence_status"}
    assert "Soviet Union" not in scopes, scopes


def test_a_licensee_named_in_the_sentence_stays(extractor: Extractor) -> None:
    text = "The Type 56 was a licence-built copy of the Soviet AK-47, made in China."
    scopes = {f.scope for f in all_facts(extractor, text, "en") if f.relation == "licence_status"}
    assert "China" in scopes, scopes


@pytest.mark.parametrize(("lang", "text"), [
    ("vi", "Năm 2001, một công ty vũ khí của Nga và nhà máy ở Cáp Nhĩ Tân đã ký hợp đồng sản xuất theo giấy phép "
           "súng AKM."),
    ("en", "In 2001 an arms firm of Russia and a works in Harbin agreed to make AKM rifles under licence."),
])
def test_the_country_of_a_firm_is_no_licensee(extractor: Extractor, lang: str, text: str) -> None:
    scopes = {f.scope for f in all_facts(extractor, text, lang) if f.relation == "licence_status"}
    assert scopes and "Russia" not in scopes, scopes
