"""The maker's name the registry's own name of a design opens with, written with a gloss in brackets before the
designation, or after it where adjectives follow their noun: still the design's maker."""

from __future__ import annotations

import pytest

from .conftest import facts_of


@pytest.mark.parametrize("text, lang", [
    ("Trung đoàn từng bay những chiếc Shenyang (Thẩm Dương) J-6 đời đầu.", "vi"),
    ("Trung đoàn từng bay những chiếc J-6 Shenyang đời đầu.", "vi"),
    ("The regiment once flew early Shenyang (SAC) J-6 fighters.", "en"),
])
def test_the_maker_beside_the_designation(extractor, text, lang):
    facts = facts_of(extractor, text, lang)
    assert ("Shenyang J-6", "manufactured_by", "Shenyang Aircraft Corporation") in facts, facts


def test_a_designer_after_the_designation_is_no_maker(extractor):
    facts = facts_of(extractor, "Không quân vẫn bay những chiếc Su-27 Sukhoi cũ.", "vi")
    assert not [f for f in facts if f[1] == "manufactured_by"], facts
