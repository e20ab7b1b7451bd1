"""A preposition joined to its article takes a short form before a vowel (Italian "sul" and "sulla": "sull'",
"dal": "dall'", "del": "dell'"; French "du": "de l'"; Catalan "del": "de l'"): a cue phrase the language file
writes with the long form reads the short one too ("basato sull'AKM", "l'héritier de l'AK-47")."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("Il lanciarazzi cinese Type 69 deriva dall'RPG-7.", "it", ("Type 69 RPG", "derived_from", "RPG-7")),
    ("Il caccia J-7 è basato sull'aereo sovietico MiG-21.", "it", ("Chengdu J-7", "derived_from", "MiG-21")),
    ("Negli anni Sessanta l'AKM fu il precursore dell'M70 jugoslavo.", "it",
     ("Zastava M70", "derived_from", "AKM")),
    ("Le fusil chinois Type 56 est l'héritier de l'AK-47.", "fr", ("Type 56", "derived_from", "AK-47")),
    ("El fusell romanès PM md. 63 deriva de l'AKM.", "ca", ("PM md. 63", "derived_from", "AKM")),
])
def test_a_cue_ending_in_a_joined_article_reads_its_elided_form(
        extractor: Extractor, text: str, lang: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts_of(extractor, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Le fusil roumain PA md. 86 a été vendu aux États-Unis sous le nom d'Osprey.", "fr"),
    ("El fusell romanès PA md. 86 es va vendre als Estats Units amb el nom d'Osprey.", "ca"),
])
def test_a_name_after_an_elided_preposition_is_the_name_given(extractor: Extractor, text: str, lang: str) -> None:
    assert ("PA md. 86", "alias_of", "Osprey") in facts_of(extractor, text, lang)


@pytest.mark.parametrize(("text", "maker"), [
    ("Per decenni l'AKM fu prodotto dall'Arsenal a Kazanlak.", "Arsenal"),
    ("Il BTR-60 fu prodotto in Romania dall'Uzina Mecanică Moreni.", "Uzina Mecanică Moreni"),
    ("Il T-72 fu assemblato anche dall'Uralvagonzavod.", "Uralvagonzavod"),
])
def test_a_maker_glued_to_an_elided_word_for_by(extractor: Extractor, text: str, maker: str) -> None:
    # ("dall'" is "dalla"/"dallo" cut short before a vowel: the capital glued to it opens the maker's name)
    assert any(r == "manufactured_by" and o == maker for _, r, o in facts_of(extractor, text, "it"))


def test_an_army_glued_to_an_elided_word_for_by_makes_nothing(extractor: Extractor) -> None:
    text = "Il Tipo 56 fu prodotto in Cina e impiegato dall'Esercito popolare."
    assert not any(r == "manufactured_by" for _, r, _ in facts_of(extractor, text, "it"))
