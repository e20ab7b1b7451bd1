"""Arabic spells a version's letters as their names, one word each ("سو-30 إم كا آي", the Su-30MKI), and Egyptian
text writes a final yeh as a dotless alif maksura ("تى-72", "مى-17", "سوخوى-35"): each is the design all the same. A
word after the letters is no letter of them ("كاميرا", a camera), nor a prefix that opens the next design
("إم آي-17"). Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from copytrace.extract.shapes import designations

from .conftest import facts_of


def _names(text: str) -> list[str]:
    return [d.canonical for d in designations(text, 0, len(text))]


@pytest.mark.parametrize(("written", "canonical"), [
    ("سو-30 إم كا آي", "Su-30MKI"), ("سو-27 إس كا", "Su-27SK"), ("ميغ-29 إس إم تي", "MiG-29SMT"),
    ("تي-90 إس إم", "T-90SM"),
])
def test_letters_spelled_apart_are_the_version(written: str, canonical: str) -> None:
    assert _names(f"وصلت دفعة من طائرات {written} أمس.") == [canonical]


@pytest.mark.parametrize(("written", "canonical"), [
    ("تى-72", "T-72"), ("مى-17", "Mi-17"), ("سوخوى-35", "Su-35"),
])
def test_a_dotless_final_yeh_spells_the_prefix(written: str, canonical: str) -> None:
    assert _names(f"شاهدنا طراز {written} فى العرض.") == [canonical]


@pytest.mark.parametrize(("text", "names"), [
    ("حملت طائرة سو-27 إس كاميرا حديثة.", ["Su-27S"]),
    ("تقف دبابة تي-72 إس إم آي-17 بجانبها.", ["T-72S", "Mi-17"]),
])
def test_a_word_or_a_prefix_after_the_letters_is_none_of_them(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_the_spelled_version_is_what_was_sold(extractor: Extractor) -> None:
    text = "قبل عشرين عاما اشترت الهند طائرات سو-30 إم كا آي من روسيا."
    facts = facts_of(extractor, text, "ar")
    assert ("Su-30MKI", "exported_to", "India") in facts, facts
