"""A country's name the language file lists as a stem ("Suome*") may take a long illative whose doubled vowel is the
stem's own last letter ("Suomeen", to Finland; "Pohjois-Koreaan", to North Korea): the ending begins one letter
inside the stem, and the name is still where the thing went. The genitive "Suomen" stays no destination.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "design", "country"), [
    ("Neuvostoliitto toimitti uusia MiG-21-hävittäjiä Suomeen keväällä.", "MiG-21", "Finland"),
    ("Tehdas lähetti T-55-vaunuja Pohjois-Koreaan.", "T-55", "North Korea"),
])
def test_a_long_illative_on_a_stem_is_the_recipient(extractor: Extractor, text: str, design: str,
                                                    country: str) -> None:
    facts = facts_of(extractor, text, "fi")
    assert (design, "exported_to", country) in facts, facts


def test_the_genitive_of_the_stem_is_no_recipient(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Suomen armeija käytti MiG-21-hävittäjiä pitkään.", "fi")
    assert not any(r == "exported_to" for _, r, _ in facts), facts
