"""Where adjectives follow their noun (Persian, Arabic, Hebrew), a country's adjective right after a copy word is the
copy word's: "the Iranian version of the missile X" with no word of "of" between (the Persian ezafe) says where the
copy is made, as an adjective on the original would stand after the original's own noun. Sentences of our own;
they prove behaviour, not quality."""

from __future__ import annotations

from copytrace.extract import Extractor

from .conftest import facts_of


def test_persian_iranian_version_before_the_original(extractor: Extractor) -> None:
    text = "موشک توسن نسخه ایرانی موشک 9M113 کنکورس است."
    facts = facts_of(extractor, text, "fa")
    assert ("Towsan-1", "made_in_country", "Iran") in facts, facts
    assert ("Towsan-1", "derived_from", "9M113 Konkurs") in facts, facts


def test_persian_rifle_copy_with_the_adjective_on_the_copy(extractor: Extractor) -> None:
    text = "تفنگ KL-7.62 نسخه ایرانی تفنگ AKM است."
    facts = facts_of(extractor, text, "fa")
    assert ("KL-7.62", "made_in_country", "Iran") in facts, facts


def test_adjective_on_the_original_stays_the_originals(extractor: Extractor) -> None:
    # (the adjective stands after the original's noun: the copy is not made in Russia)
    text = "البندقية تبوك نسخة من البندقية الروسية AKM."
    facts = facts_of(extractor, text, "ar")
    assert ("Tabuk", "made_in_country", "Russia") not in facts, facts
