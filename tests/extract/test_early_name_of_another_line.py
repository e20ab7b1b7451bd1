"""A text may give a design an early name that the registry holds as another product of another line ("殲撃5 was
first called 56式", and the Type 56 is also the rifle): what the text says of the design stays with the design, not
with the rifle; a later name of one line (the Aero S-103 for the MiG-15bis) still gathers its facts. Sentences of our
own; they prove behaviour, not quality."""

from __future__ import annotations

from copytrace.extract import Extractor

from .conftest import facts_of

J5 = "殲撃5はMiG-17の中国版である。最初は56式と呼ばれたが、のちに殲撃5と改められた。北朝鮮にも輸出された。"


def test_facts_stay_with_the_design_not_the_rifle(extractor: Extractor) -> None:
    facts = facts_of(extractor, J5, "ja")
    assert ("Shenyang J-5", "derived_from", "MiG-17") in facts, facts
    assert not any(s == "Type 56" and r != "alias_of" for s, r, _ in facts), facts


def test_chinese_early_name_of_another_line(extractor: Extractor) -> None:
    text = "歼击5是中国仿制的米格-17,起初叫56式,后来改称歼击5。它还出口到越南。"
    facts = facts_of(extractor, text, "zh")
    assert ("Shenyang J-5", "derived_from", "MiG-17") in facts, facts
    assert not any(s == "Type 56" and r != "alias_of" for s, r, _ in facts), facts


def test_a_local_name_of_one_line_still_gathers(extractor: Extractor) -> None:
    text = "Od roku 1954 stavělo Aero stíhačky MiG-15bis pod místním názvem S-103 pro několik pluků."
    facts = facts_of(extractor, text, "cs")
    assert not any(s == "Aero S-103" and r != "alias_of" for s, r, _ in facts), facts


def test_a_sibling_named_beside_the_copy_keeps_its_facts_apart(extractor: Extractor) -> None:
    text = ("工厂按照AK-47仿制了56式自动步枪。对后来的AKM,中国仿造的同类步枪也一律叫作56式。"
            "1956年,部队定型了56式。")
    facts = facts_of(extractor, text, "zh")
    assert ("Type 56", "derived_from", "AK-47") in facts, facts
    assert not any(s == "AKM" and r in {"introduced_year", "made_in_country"} for s, r, _ in facts), facts
