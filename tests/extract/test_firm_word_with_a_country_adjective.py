"""Where adjectives follow their noun, a country's adjective may stand between the word for a firm and the firm's name
("dalla società bulgara Arsenal", "pela empresa búlgara Arsenal"): the name after it is the maker, and the adjective
its nationality. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Dal 1960 i fucili AK-47 sono costruiti dalla società bulgara Arsenal a Kazanlak."),
    ("pt", "Os fuzis AK-47 eram montados pela empresa búlgara Arsenal."),
])
def test_the_name_after_the_adjective_makes_it(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("AK-47", "manufactured_by", "Arsenal") in facts, facts


def test_an_adjective_with_no_name_after_it_names_no_maker(extractor: Extractor) -> None:
    facts = facts_of(extractor, "I fucili AK-47 sono costruiti da una società bulgara.", "it")
    assert not any(r == "manufactured_by" for _, r, _ in facts), facts
