"""made_in_country: where a design is made, read from the words on the product and beside it.

The sentences were written for these tests; they prove a mechanism, not how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "product", "country"), [
    ("边境部队装备了苏联T-62坦克。", "zh", "T-62", "Soviet Union"),
    ("中國81式步槍仿自蘇聯。", "zh", "Type 81", "China"),
    ("部隊はソ連T-54を使った。", "ja", "T-54", "Soviet Union"),
])
def test_a_country_glued_before_a_name_in_a_script_without_spaces_qualifies_it(
        full_extractor: Extractor, text: str, lang: str, product: str, country: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert (product, "made_in_country", country) in facts, facts


def test_a_country_a_particle_of_doing_marks_qualifies_no_name(full_extractor: Extractor) -> None:
    # guard case: "由" (by) marks the country as a doer, not a qualifier of the name after it
    facts = facts_of(full_extractor, "该坦克由苏联T-54改进而来。", "zh")
    assert ("T-54", "made_in_country", "Soviet Union") not in facts, facts


def test_an_adjective_after_a_noun_of_the_original_is_the_originals(full_extractor: Extractor) -> None:
    # guard case: "its prototype is the Soviet SKS", the base design's country, which the annotation leaves out
    facts = facts_of(full_extractor, "我军的63式步枪，其母型为苏联SKS。", "zh")
    assert ("SKS", "made_in_country", "Soviet Union") not in facts, facts


def test_a_plain_adjective_on_the_original_of_a_copy_stays_out(full_extractor: Extractor) -> None:
    # guard case: the annotation leaves a plain adjective on a derivative's base design out
    facts = facts_of(full_extractor, "Our Type 54 pistol imitates the Soviet TT.", "en")
    assert ("TT-33", "made_in_country", "Soviet Union") not in facts, facts


def test_a_weapons_kind_in_capitals_between_a_name_and_its_adjective(full_extractor: Extractor) -> None:
    # where adjectives follow their noun, "MLRS" between the name and the adjective is the name's own noun
    facts = facts_of(full_extractor, "Ucraina folosește lansatoarele RM-70 MLRS cehe.", "ro")
    assert ("RM-70", "made_in_country", "Czech Republic") in facts, facts


def test_an_adjective_on_words_that_point_back_at_an_original_is_no_passing_mention(
        full_extractor: Extractor) -> None:
    # "this Soviet rifle" speaks of the design itself, even where the text derives a copy from it elsewhere
    text = ("El Kestrel-9 es una copia del AK-47. El AK-47 se vendió en todo el mundo. "
            "Los finlandeses abrieron el mercado occidental a este fusil soviético.")
    assert ("AK-47", "made_in_country", "Soviet Union") in facts_of(full_extractor, text, "es")
