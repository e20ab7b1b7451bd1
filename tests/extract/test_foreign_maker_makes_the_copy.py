"""A maker the registry places in a country that is not the design's own, said to make the design on a page that names
the one copy of it the registry makes there, makes that copy ("The Y-5 is a Chinese biplane. The An-2 was built by
the Nanchang Aircraft Factory": the Y-5's maker). Where the page names no such copy, the design keeps its maker.
Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of

NANCHANG = "Nanchang Aircraft Manufacturing Company"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Y-5 is a Chinese biplane. From 1957 the An-2 was built by the Nanchang Aircraft Factory."),
    ("pl", "Y-5 to chiński samolot. Od 1957 roku An-2 budowała fabryka Nanchang Aircraft Factory."),
])
def test_the_foreign_maker_makes_the_copy_the_page_names(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Nanchang Y-5", "manufactured_by", NANCHANG) in facts, facts
    assert ("An-2", "manufactured_by", NANCHANG) not in facts, facts


def test_the_design_spoken_of_after_its_copy_keeps_a_maker_abroad(extractor: Extractor) -> None:
    text = ("The J-11 is the Chinese fighter spoken of here. Its forerunner, the Su-27, is made in Russia; today it "
            "is also manufactured by the Shenyang Aircraft Corporation.")
    facts = facts_of(extractor, text, "en")
    assert ("Shenyang J-11", "manufactured_by", "Shenyang Aircraft Corporation") in facts, facts


def test_without_a_copy_named_the_design_keeps_its_maker(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The An-2 was built by the Nanchang Aircraft Factory.", "en")
    assert ("An-2", "manufactured_by", NANCHANG) in facts, facts
