"""Copies of pages break lines where a link or a column ended, inside a sentence: a line that ends in an article, a
preposition or "and", or one that itself went on in lower case and ends in a word, goes on into the next line
whatever its case. A line that ends as a heading does ("History") still heads what follows. Sentences of our own;
they prove behaviour, not quality."""

from __future__ import annotations

from copytrace.extract import Extractor
from copytrace.extract.segment import paragraphs

from .conftest import facts_of


def test_a_line_ending_in_a_preposition_and_article_goes_on(extractor: Extractor) -> None:
    text = "Early on, the Y-5 biplane was assembled by the\nNanchang Aircraft Company for the air force."
    assert ("Nanchang Y-5", "manufactured_by", "Nanchang Aircraft Company") in facts_of(extractor, text, "en")


def test_a_line_that_went_on_in_lower_case_goes_on_past_a_capital(extractor: Extractor) -> None:
    text = ("The Type 59 tank\nwas really a Chinese\nlicensed copy of the Soviet\nT-54A tank. "
            "The first of them were built in 1958.")
    facts = facts_of(extractor, text, "en")
    assert ("Type 59 tank", "derived_from", "T-54A") in facts
    assert ("Type 59 tank", "introduced_year", "1958") in facts
    assert ("T-54A", "introduced_year", "1958") not in facts


def test_a_heading_still_ends_its_line() -> None:
    text = "History\nThe tank was built in China.\nOperators\nPakistan and Iraq"
    assert [text[a:b] for a, b in paragraphs(text, 0, len(text), frozenset({"the", "of", "by"}))] == [
        "History", "The tank was built in China.", "Operators", "Pakistan and Iraq"]


def test_a_country_after_countries_and_a_word_of_example_is_a_buyer(extractor: Extractor) -> None:
    text = ("First licensed in 1957, the Y-5 was then built by the Nanchang Aircraft Company and sold to several "
            "countries including Albania and Vietnam.")
    facts = facts_of(extractor, text, "en")
    assert ("Nanchang Y-5", "exported_to", "Albania") in facts
    assert ("Nanchang Y-5", "made_in_country", "Albania") not in facts
