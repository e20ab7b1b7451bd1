"""A design entering the service of a country's own forces came into use there; the phrase ("trafiły do uzbrojenia",
"поступил на вооружение", "se do výzbroje ... dostal") says nothing of a sale to that country. A transfer another
country makes, or one from a named seller, stays an export. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text", "country"), [
    ("cs", "Letoun MiG-21 se až po dlouhém výcviku pilotů dostal do výzbroje maďarského letectva.", "Hungary"),
    ("pl", "Samoloty MiG-21 trafiły do uzbrojenia lotnictwa Bułgarii po długich szkoleniach.", "Bulgaria"),
    ("ru", "Истребитель МиГ-21 поступил на вооружение ВВС Румынии после долгой подготовки.", "Romania"),
])
def test_entry_into_service_sends_nothing(extractor: Extractor, lang: str, text: str, country: str) -> None:
    assert ("MiG-21", "exported_to", country) not in facts_of(extractor, text, lang)


@pytest.mark.parametrize(("lang", "text", "country"), [
    ("ru", "Весной Болгария передала Сербии несколько истребителей МиГ-21 на вооружение её ВВС.", "Serbia"),
    ("cs", "Stroje MiG-21 byly do Maďarska dodány ze SSSR a zařazeny do výzbroje.", "Hungary"),
    ("en", "The first MiG-21s were delivered to the Romanian Air Force.", "Romania"),
])
def test_a_transfer_into_service_stays_an_export(extractor: Extractor, lang: str, text: str, country: str) -> None:
    assert ("MiG-21", "exported_to", country) in facts_of(extractor, text, lang)
