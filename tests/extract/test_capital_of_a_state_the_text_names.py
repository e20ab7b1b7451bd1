"""A capital that stands for its state is the historical state on its land only where the text names that state and
not the capital's own state: "an Kiew übergeben" in a text that also names Ukraine is Ukraine, though the text calls
the jets Soviet-made.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("lang", "text", "design"), [
    ("de", "Slowakei: Weitere MiG-29 an Kiew abgegeben. Die Slowakei hat MiG-29 aus sowjetischem Bau an die Ukraine "
           "übergeben.", "MiG-29"),
    ("en", "Prague handed its Soviet-built Su-25s to Kyiv. The jets went to Ukraine in spring.", "Su-25"),
])
def test_a_capital_of_a_state_the_text_names_is_that_state(extractor: Extractor, lang: str, text: str,
                                                           design: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert (design, "exported_to", "Soviet Union") not in facts, facts
    assert (design, "exported_to", "Ukraine") in facts, facts
