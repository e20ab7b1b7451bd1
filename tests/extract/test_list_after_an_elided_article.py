"""Two countries joined by "and" and an elided article ("la Syrie et l'Irak", "la Libia e l'Algeria") are one list:
the word of buying after them makes both buyers alike.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le BMP-1 est un blindé soviétique. Plus tard, la Libye et l'Algérie en ont acheté aussi."),
    ("fr", "Le BMP-1 est un blindé soviétique. La Libye et l’Algérie en ont également acquis."),
])
def test_both_members_buy(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    for country in ("Libya", "Algeria"):
        assert ("BMP-1", "exported_to", country) in facts, (country, facts)


@pytest.mark.parametrize(("lang", "text", "product"), [
    ("it", "Il T-62 fu esportato in Egitto, in Siria e nell'Iraq.", "T-62"),
    ("it", "Il BTR-60 fu esportato in Libia, in Etiopia e nell'Angola.", "BTR-60"),
])
def test_a_place_word_elided_before_the_last_name_goes_on_with_the_list(extractor: Extractor, lang: str, text: str,
                                                                       product: str) -> None:
    # ("nell'" glued to the name by its apostrophe is the same word of place as "in" before the first)
    facts = facts_of(extractor, text, lang)
    last = "Iraq" if "Iraq" in text else "Angola"
    assert (product, "exported_to", last) in facts, facts
