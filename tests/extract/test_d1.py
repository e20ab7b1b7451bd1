"""derived_from: a word for the original's kind before a fronted phrase's comma, "both" opening brackets after a
list, and words of basis pointing back (Dutch, German) or in the plural (Czech, Slovak)."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def _derives(facts: set[tuple[str, str, str]], child: str, parent: str) -> bool:
    return any(r == "derived_from" and s.startswith(child) and o.startswith(parent) for s, r, o in facts)


@pytest.mark.parametrize(("text", "lang", "child", "parent"), [
    ("Based on the T-72 tank, the PT-91 was developed in Poland.", "en", "PT-91", "T-72"),
    ("A later offshoot of the MiG-21 fighter, the J-7E, first flew in China.", "en", "J-7E", "MiG-21"),
])
def test_a_kind_word_after_a_fronted_original_keeps_the_next_name_its_derivative(
        full_extractor: Extractor, text: str, lang: str, child: str, parent: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert _derives(facts, child, parent), facts
    assert not _derives(facts, parent, child), facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Two more rifles followed, the Hungarian AMD-65 and the Romanian PM md. 63 (both versions of the AKM).", "en"),
    ("Následovaly maďarská AMD-65 a rumunská PM md. 63 (obě verze AKM).", "cs"),
    ("Es folgten die ungarische AMD-65 und die rumänische PM md. 63 (beide Kopien des AKM).", "de"),
])
def test_both_in_brackets_after_a_list_derives_each_name(full_extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert _derives(facts, "AMD-65", "AKM"), facts
    assert _derives(facts, "PM md. 63", "AKM"), facts


def test_brackets_without_both_stay_the_last_names(full_extractor: Extractor) -> None:
    # guard: a copy word in brackets speaks of the name they stand beside, not of the list before it
    facts = facts_of(full_extractor, "The Type 63, the Type 85 and the ZBD-86 (a copy of the BMP-1) were built.", "en")
    assert not any(r == "derived_from" and s.startswith(("Type 63", "Type 85")) for s, r, _ in facts), facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Polen kocht de T-72 in 1980. Op basis daarvan ontstond later de PT-91.", "nl"),
    ("Polen kaufte den T-72 im Jahr 1980. Auf dieser Basis wurde der PT-91 entwickelt.", "de"),
    ("Tanky PT-91 vycházejí z T-72.", "cs"),
    ("Tanky PT-91 vychádzajú z T-72.", "sk"),
])
def test_words_of_basis_pointing_back_or_in_the_plural(full_extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert _derives(facts, "PT-91", "T-72"), facts


def test_a_version_word_on_units_of_a_design_names_no_version_of_the_topic(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "The T-72 was built at Avadi from 1987. Today that factory also turns out "
                                     "upgraded T-90 tanks.", "en")
    assert not _derives(facts, "T-90", "T-72"), facts


def test_a_version_word_set_beside_a_name_still_names_the_version(full_extractor: Extractor) -> None:
    # guard: no word for the kind after the name, the name is the version of the product spoken of
    facts = facts_of(full_extractor, "The MiG-21 was built in China. The Chinese version J-7 flew in 1966.", "en")
    assert _derives(facts, "Chengdu J-7", "MiG-21"), facts
