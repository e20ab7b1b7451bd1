"""A longer designation of the design spoken of, in a later sentence that only makes, builds or brings it in, is
not said there to be a version of it: the text states a derivation where it calls the name a version (a word of
versions in the sentence), and only then is one read. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("The T-97 is a Soviet tank. It was designed in Kharkov. From 1971 the plant built the T-97M in large numbers.",
     "en"),
    ("Der T-97 ist ein sowjetischer Panzer. Ab 1971 baute das Werk den T-97M.", "de"),
    ("Czołg T-97 był produkowany w Charkowie. Od 1971 roku fabryka budowała T-97M.", "pl"),
])
def test_a_longer_name_only_made_is_no_version(extractor: Extractor, text: str, lang: str) -> None:
    assert ("T-97M", "derived_from", "T-97") not in facts_of(extractor, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("The T-97 is a Soviet tank. It was designed in Kharkov. In 1971 the plant built a new variant, the T-97M.",
     "en"),
    ("Der T-97 ist ein sowjetischer Panzer. Ab 1971 baute das Werk die Variante T-97M.", "de"),
    ("Czołg T-97 był produkowany w Charkowie. Od 1971 roku fabryka budowała wersję T-97M.", "pl"),
])
def test_a_longer_name_called_a_version_is_one(extractor: Extractor, text: str, lang: str) -> None:
    assert ("T-97M", "derived_from", "T-97") in facts_of(extractor, text, lang)
