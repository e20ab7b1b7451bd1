"""A heading that names a design and, in brackets, another make of it ("MiG-19 (J-6)") heads a text about the design
outside the brackets: "this aircraft" further down points at it, not at a version the text named in passing. Sentences
of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "MiG-19 (J-6)\n\nLe MiG-19 vola dès 1953, et la version MiG-19S parut en 1955. On construisit cet avion "
           "en URSS et en Tchécoslovaquie."),
    ("en", "MiG-19 (J-6)\n\nThe MiG-19 first flew in 1953. Two years later came the MiG-19S version. More than 2,000 "
           "of these aircraft were built in the USSR and Czechoslovakia."),
])
def test_the_name_outside_the_brackets_heads_the_text(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("MiG-19", "made_in_country", "Czechoslovakia") in facts
    assert ("MiG-19S", "made_in_country", "Czechoslovakia") not in facts


def test_the_gloss_is_still_read(extractor: Extractor) -> None:
    text = "MiG-19 (J-6)\n\nThe MiG-19 first flew in 1953."
    assert ("Shenyang J-6", "derived_from", "MiG-19") in facts_of(extractor, text, "en")
