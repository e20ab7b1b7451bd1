"""A year the founding of a plant or a firm governs ("The plant was founded in 1951") is no introduction year of the
design spoken of, though a word of building follows it; founding words sit with the words of design (class `design`),
as German "gegründet" did. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The T-72M was produced in Poland. The plant was founded in 1951 and was built with Soviet help."),
    ("pl", "T-72M produkowano w Polsce. Zakład założono w 1951 roku i budowano go z pomocą radziecką."),
    ("ru", "Т-72М выпускался в Польше. Завод был основан в 1951 году и строился при советской помощи."),
    ("uk", "Т-72М вироблявся в Польщі. Завод було засновано в 1951 році і збудовано за радянської допомоги."),
])
def test_the_founding_year_is_no_introduction(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("T-72M", "made_in_country", "Poland") in facts
    assert ("T-72M", "introduced_year", "1951") not in facts


def test_based_on_still_derives_and_dates(extractor: Extractor) -> None:
    # ("основан на", based on, is a longer phrase of lineage than the founding word inside it)
    facts = facts_of(extractor, "Т-90 основан на Т-72 и выпускается с 1992 года.", "ru")
    assert {("T-90", "derived_from", "T-72"), ("T-90", "introduced_year", "1992")} <= facts
