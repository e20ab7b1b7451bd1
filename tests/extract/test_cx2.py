"""derived_from and alias_of: versions a possessive owns, lists, and families (sentences written for the tests)."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Под именем Тип 58 китайские заводы стали строить собственную версию Т-34.", "ru"),
    ("Under the name Type 58, China began to build its own version of the T-34.", "en"),
])
def test_a_name_given_before_its_own_version_is_the_version(full_extractor: Extractor, text: str,
                                                             lang: str) -> None:
    facts = facts_of(full_extractor, text, lang)
    derived = {(a, o) for a, r, o in facts if r == "derived_from"}
    assert any(a.startswith("Type 58") and o == "T-34" for a, o in derived), facts
    assert not any(a == "T-34" for a, _ in derived), facts


def test_its_improved_version_names_the_version(full_extractor: Extractor) -> None:
    # guard: the name before the possessive owns the version named right after the word
    facts = facts_of(full_extractor, "The SM-1 and later its improved version, the SM-2, were built.", "en")
    assert any(r == "derived_from" and a.endswith("SM-2") and o.endswith("SM-1") for a, r, o in facts), facts


@pytest.mark.parametrize(("text", "lang"), [
    ("I caccia J-5, J-6 e J-7 nacquero come imitazioni di velivoli sovietici, ossia rispettivamente del MiG-17, "
     "del MiG-19 e del MiG-21.", "it"),
    ("The J-5, J-6 and J-7 began as copies of Soviet jets (respectively the MiG-17, MiG-19 and MiG-21).", "en"),
])
def test_respectively_pairs_copies_and_originals_in_order(full_extractor: Extractor, text: str, lang: str) -> None:
    derived = {(a, o) for a, r, o in facts_of(full_extractor, text, lang) if r == "derived_from"}
    assert {("Shenyang J-5", "MiG-17"), ("Shenyang J-6", "MiG-19"), ("Chengdu J-7", "MiG-21")} <= derived, derived
    assert not any(o.startswith(("Shenyang", "Chengdu")) for _, o in derived), derived


def test_names_a_comma_lists_before_a_copula_are_no_original(full_extractor: Extractor) -> None:
    text = "I J-5, J-6, J-7 erano caccia ormai superati."
    assert not [f for f in facts_of(full_extractor, text, "it") if f[1] == "derived_from"]


def test_a_family_name_said_of_one_model_is_the_models_other_name(full_extractor: Extractor) -> None:
    text = "La nueva planta armará rifles Kalashnikov, también llamados AK-103, para el ejército."
    facts = facts_of(full_extractor, text, "es")
    assert not any(r == "alias_of" and o == "AK-103" for _, r, o in facts), facts
    assert any(a == "AK-103" and r == "alias_of" for a, r, _ in facts), facts
