"""Slavic languages name a plant by its town's adjective ("харьковский завод", "mielecka wytwórnia", "kragujevačka
tvornica"): the adjective right before a plant word names the plant of that town, its maker, as "<town> plant"; not
a country's adjective, not a region's that a town shares ("уральский"), not where the plant's own name follows."""

from __future__ import annotations

import pytest

from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "product", "maker"), [
    ("Харьковский завод в те годы выпускал танки Т-64.", "ru", "T-64", "Kharkov plant"),
    ("В 1975 году танки Т-64 выпускал харьковский танковый завод.", "ru", "T-64", "Kharkov plant"),
    ("Ижевский завод начал выпуск автоматов АК-74 в 1974 году.", "ru", "AK-74", "Izhevsk plant"),
    ("Минский тракторный завод в те годы собирал танки Т-72.", "ru", "T-72", "Minsk plant"),
    ("Samoloty An-2 przez wiele lat budowała mielecka wytwórnia.", "pl", "An-2", "Mielec plant"),
    ("Śmigłowce Mi-2 produkowała świdnicka wytwórnia.", "pl", "Mi-2", "Świdnik plant"),
    ("Karabinki AK przez lata wytwarzała radomska fabryka.", "pl", "AK", "Radom plant"),
])
def test_a_town_adjective_before_a_plant_word_names_the_maker(extractor, text, lang, product, maker):
    facts = set(facts_of(extractor, text, lang))
    assert any(s.startswith(product) and r == "manufactured_by" and o == maker for s, r, o in facts), facts


@pytest.mark.parametrize(("text", "lang"), [
    ("Уральский завод выпускал танки Т-72.", "ru"),   # (the Urals' adjective, though Uralsk's too)
    ("Советский завод выпускал танки Т-64.", "ru"),   # (a country's adjective)
    ("Czołgi PT-91 powstały w gliwickich Zakładach Mechanicznych Bumar-Łabędy.", "pl"),   # (a name follows)
])
def test_no_town_plant_where_the_adjective_is_no_town_or_a_name_follows(extractor, text, lang):
    facts = set(facts_of(extractor, text, lang))
    assert not any(r == "manufactured_by" and o.endswith(" plant") and o != "Bumar-Łabędy plant"
                   for _, r, o in facts), facts
