"""Successors read the right way round, copular versions, organizations by their short forms, no speed traps."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from copytrace.extract.gazetteer import Gazetteer
from tests.extract.conftest import all_facts


def _derived(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in all_facts(extractor, text, lang) if f.relation == "derived_from"}


@pytest.mark.parametrize(("text", "lang"), [
    ("The AKM was adopted in 1959. Its successor is the AK-74.", "en"),
    ("The AKM's successor is the AK-74.", "en"),
    ("The AKM's successor, the AK-74, was adopted in 1974.", "en"),
    ("АКМ принят на вооружение в 1959 году. Его преемником стал АК-74.", "ru"),
    ("L'AKM fut adopté en 1959. Son successeur est l'AK-74.", "fr"),
    ("El AKM fue adoptado en 1959. Su sucesor es el AK-74.", "es"),
    ("The successor of the AKM is the AK-74.", "en"),
])
def test_a_successor_after_a_copula_derives_from_its_owner(extractor: Extractor, text: str, lang: str) -> None:
    assert _derived(extractor, text, lang) == {("AK-74", "AKM")}


def test_a_copular_version_takes_the_topic_as_parent(extractor: Extractor) -> None:
    facts = all_facts(extractor, "Polską wersją AKM był kbk AKMS.", "pl")
    assert ("AKMS", "AKM") in {(f.subject, f.object) for f in facts if f.relation == "derived_from"}
    assert ("AKMS", "Poland") in {(f.subject, f.object) for f in facts if f.relation == "made_in_country"}


@pytest.mark.parametrize(("text", "lang", "maker"), [
    ("The PM md. 63 was made at Cugir from 1963.", "en", "Uzina Mecanică Cugir"),
    ("Автоматът АКК се произвежда от Арсенал.", "bg", "Arsenal AD"),
    ("Застава производи М70.", "sr", "Zastava Arms"),
])
def test_an_organization_is_found_by_its_short_form(extractor: Extractor, text: str, lang: str,
                                                     maker: str) -> None:
    makers = {f.object for f in all_facts(extractor, text, lang) if f.relation == "manufactured_by"}
    assert makers == {maker}


def test_a_short_form_is_matched_only_with_its_capital(extractor: Extractor) -> None:
    facts = all_facts(extractor, "Arms from the last century were made in the arsenal of the AKM's makers.", "en")
    assert not any(f.relation == "manufactured_by" for f in facts)


def test_a_short_form_after_a_maker_is_its_town(extractor: Extractor) -> None:
    text = "Polska produkowała karabinek AKM w Zakładach Metalowych „Łucznik” w Radomiu."
    makers = {f.object for f in all_facts(extractor, text, "pl") if f.relation == "manufactured_by"}
    assert makers == {"Zakłady Metalowe „Łucznik”"}


def test_a_short_cue_word_keeps_its_diacritics() -> None:
    gazetteer = Gazetteer()
    gazetteer.add_cue("intro", "dès", "fr")
    gazetteer.add_cue("unlicensed", "fără licență", "ro")
    assert "des" not in gazetteer.patterns()  # the French article, in every other sentence
    assert "fara licenta" in gazetteer.patterns()


def test_a_block_with_a_cue_and_no_name_skips_the_rules(extractor: Extractor) -> None:
    text = "Le conseil s'est réuni dès lundi.\n\nLe Type 56 est une copie chinoise de l'AK-47."
    facts = all_facts(extractor, text, "fr")
    assert {f.subject for f in facts} == {"Type 56"}
