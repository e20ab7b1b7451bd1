"""A sale approved only in principle, a purchase a country has set its sights on or still thinks over, a delivery
it asks for: plans and wishes, no exports yet. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "俄罗斯原则上批准出售苏-35战斗机给印度尼西亚。"),
    ("en", "Russia approved in principle the sale of Su-35 fighters to Indonesia."),
])
def test_a_sale_approved_in_principle_is_none_yet(extractor: Extractor, lang: str, text: str) -> None:
    assert ("Su-35", "exported_to", "Indonesia") not in facts_of(extractor, text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("ar", "وضعت مصر نصب عينيها شراء مقاتلات سو-35 الروسية."),
    ("en", "Egypt has set its sights on buying Su-35 fighters from Russia."),
])
def test_a_purchase_set_in_sight_is_none_yet(extractor: Extractor, lang: str, text: str) -> None:
    assert ("Su-35", "exported_to", "Egypt") not in facts_of(extractor, text, lang)


def test_a_sale_done_stays(extractor: Extractor) -> None:
    facts = facts_of(extractor, "俄罗斯向印度尼西亚出售了苏-35战斗机。", "zh")
    assert ("Su-35", "exported_to", "Indonesia") in facts


@pytest.mark.parametrize(("lang", "text"), [
    ("hr", "Tenkove M-84 dobili su Kuvajt i Libija, a Indija tek razmišlja o kupnji."),
    ("sr", "Тенкове М-84 добили су Кувајт и Либија, а Индија тек размишља о куповини."),
    ("bs", "Tenkove M-84 dobili su Kuvajt i Libija, a Indija tek razmišlja o kupovini."),
])
def test_a_purchase_still_thought_over_is_none_yet(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("M-84", "exported_to", "Kuwait") in facts, facts
    assert ("M-84", "exported_to", "India") not in facts, facts


@pytest.mark.parametrize(("lang", "text"), [
    ("hr", "Slovenija želi vratiti Rusiji dva helikoptera Mi-17 i traži da joj isporuči dva nova."),
    ("sr", "Словенија жели да врати Русији два хеликоптера Ми-17 и тражи да јој испоручи два нова."),
    ("hr", "Slovenija želi vratiti Rusiji dva helikoptera Mi-17 i traži od ruske vlade da joj isporuči dva nova."),
])
def test_a_delivery_asked_for_is_none_yet(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert not [f for f in facts if f[1] == "exported_to"], facts
