"""Derivations and other names: words that qualify a copy word, parts, a country's own version, names joined by "or".

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Le Valmet M76 est une copie légère et robuste de l'AKM.", "fr"),
    ("El Valmet M76 es una copia ligera y muy robusta del AKM.", "es"),
    ("Il Valmet M76 è una copia leggera e molto robusta dell'AKM.", "it"),
])
def test_words_that_qualify_a_copy_word_leave_its_original_in_reach(full_extractor: Extractor, text: str,
                                                                    lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert ("Valmet M76", "derived_from", "AKM") in facts, facts


@pytest.mark.parametrize(("text", "lang"), [
    ("En Pologne l'avion prit le nom de Lim-5, et son moteur, copié lui aussi, reçut le nom RD-9X.", "fr"),
    ("The Poles called the aircraft Lim-5 and its engine, also copied, was renamed RD-9X.", "en"),
])
def test_a_copy_word_said_of_a_part_makes_no_kin_of_the_product(full_extractor: Extractor, text: str,
                                                               lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert not any(r in {"derived_from", "alias_of"} and "RD-9X" in (subject, o) for subject, r, o in facts), facts


@pytest.mark.parametrize(("text", "lang", "original"), [
    ("China built its own version of the AKM.", "en", "AKM"),
    ("La Chine a construit sa propre version du MiG-19.", "fr", "MiG-19"),
    ("China construyó su propia versión del MiG-19.", "es", "MiG-19"),
])
def test_a_country_that_builds_its_own_version_makes_a_product_of_its_own(full_extractor: Extractor, text: str,
                                                                         lang: str, original: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    own = f"{original} (Chinese version)"
    assert (own, "derived_from", original) in facts, facts
    assert (own, "made_in_country", "China") in facts, facts
    assert (original, "made_in_country", "China") not in facts, facts


def test_the_original_makers_own_version_is_no_copy(full_extractor: Extractor) -> None:
    # guard: the right reading kept (a version the design's own country builds is not another country's copy)
    facts = facts_of(full_extractor, "Russia built its own version of the T-72.", "en")
    assert not any(r == "derived_from" for _, r, _ in facts), facts


@pytest.mark.parametrize(("text", "lang"), [
    ("The aircraft was later called Type 62 or J-7.", "en"),
    ("Về sau loại tiêm kích này mang tên Type 62 hay J-7.", "vi"),
])
def test_two_names_an_or_joins_after_a_naming_word_are_one_products(full_extractor: Extractor, text: str,
                                                                     lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert any(r == "alias_of" and {subject, o} == {"Chengdu J-7", "Type 62"} for subject, r, o in facts), facts


def test_a_design_is_no_copy_of_itself_in_its_own_country(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "China made many copies of the J-6 for export.", "en")
    assert not any(r == "derived_from" for _, r, _ in facts), facts
    # guard: the right reading kept (another country's design copied there)
    facts = facts_of(full_extractor, "China made many copies of the MiG-19 for export.", "en")
    assert ("MiG-19 (Chinese copy)", "derived_from", "MiG-19") in facts, facts


@pytest.mark.parametrize(("text", "lang"), [
    ("De Mi-17 / Mi-8MT vliegt nog bij veel luchtmachten.", "nl"),
    ("The Mi-17/Mi-8MT helicopter flew in 1975.", "en"),
])
def test_a_version_given_a_number_of_its_own_after_a_slash_is_one_design(full_extractor: Extractor, text: str,
                                                                         lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    assert ("Mi-17", "alias_of", "Mi-8MT") in facts, facts


def test_a_kind_word_set_off_after_a_name_is_that_name(full_extractor: Extractor) -> None:
    # guard: the right reading kept (an apposition, no word for "and")
    facts = facts_of(full_extractor, "The PT-91, a tank based on the T-72, was shown.", "en")
    assert any(r == "derived_from" and o == "T-72" for _, r, o in facts), facts


def test_a_word_of_versions_on_the_next_word_of_versions_is_its_adjective(full_extractor: Extractor) -> None:
    text = "The T-72 stayed in service for years. Later the modernised variants Type 88 and Type 91 entered service."
    facts = facts_of(full_extractor, text, "en")
    assert ("T-72", "derived_from", "Type 88") not in facts, facts


@pytest.mark.parametrize(("text", "lang"), [
    ("The Valmet M76 is a modified copy of the AKM.", "en"),
    ("Le Valmet M76 est une copie modifiée de l'AKM.", "fr"),
])
def test_a_copy_word_with_a_word_of_versions_on_it_keeps_its_original(full_extractor: Extractor, text: str,
                                                                     lang: str) -> None:
    # guard: the right reading kept (the copy word speaks)
    assert ("Valmet M76", "derived_from", "AKM") in facts_of(full_extractor, text, lang)


def test_a_version_named_after_its_word_and_renamed_takes_the_new_name(full_extractor: Extractor) -> None:
    facts = facts_of(full_extractor, "T-80:n uusin versio T-80UD nimettiin uudelleen T-84:ksi.", "fi")
    assert ("T-80UD", "alias_of", "T-84") in facts, facts
    assert ("T-80UD", "derived_from", "T-80") in facts, facts
