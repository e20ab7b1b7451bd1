"""A plant "named after" someone is one name with the word that says so, in Ukrainian ("заводі імені ...") as in
Russian, and with that word cut short ("им.", "ім."): the known maker in any case. Sentences of our own; they prove
behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of, objects


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Танки Т-80УД собирали на заводе им. Малышева."),
    ("ru", "Первые Т-64 были построены заводом им. Малышева."),
    ("uk", "Танки Т-80УД виготовляли на заводі імені Малишева."),
    ("uk", "Нову машину Т-84 вироблено на Заводі ім. Малишева."),
])
def test_a_plant_named_after_someone_is_the_maker(extractor: Extractor, lang: str, text: str) -> None:
    makers = objects(facts_of(extractor, text, lang), "manufactured_by")
    assert makers == ["Malyshev Factory"], makers


def test_the_full_word_still_reads(extractor: Extractor) -> None:
    # (the Russian name written out was read before: it stays)
    makers = objects(facts_of(extractor, "Танки Т-80УД собирали на заводе имени Малышева.", "ru"), "manufactured_by")
    assert makers == ["Malyshev Factory"], makers
