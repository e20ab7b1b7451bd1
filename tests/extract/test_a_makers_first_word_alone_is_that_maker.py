"""A maker written by the first word of its name alone ("built by Shenyang", "the Shaanxi Y-8 went into production"),
where that word opens the names of one known maker only, is that maker: one organisation, not a second one named
after a province or a town.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _makers(extractor: Extractor, text: str) -> set[str]:
    return {f.object for f in extractor.extract_text(text, "t.txt", "en") if f.relation == "manufactured_by"}


@pytest.mark.parametrize(("text", "maker"), [
    ("The J-6 was built by Shenyang from 1958.", "Shenyang Aircraft Corporation"),
    ("The Y-8 transport was produced by Shaanxi at its Hanzhong works.", "Shaanxi Aircraft Corporation"),
    ("The Shaanxi Y-8 went into production in 1981.", "Shaanxi Aircraft Corporation"),
])
def test_the_first_word_alone_names_the_known_maker(extractor: Extractor, text: str, maker: str) -> None:
    makers = _makers(extractor, text)
    assert maker in makers, makers
    assert maker.split()[0] not in makers, makers
