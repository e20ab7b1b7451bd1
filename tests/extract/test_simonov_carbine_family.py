"""The Simonov carbine is the SKS: texts name it by its designer ("карабин Симонова", "the Simonov carbine") as
they name the Dragunov rifle, so the designer's name in the genitive after a word for the carbine is that design,
not a product of its own called "Simonova".

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


@pytest.mark.parametrize(("text", "lang"), [
    ("Албанский карабин М-561 был лицензионной копией советского карабина Симонова.", "ru"),
    ("The Albanian M-561 carbine was a licensed copy of the Soviet Simonov carbine.", "en"),
])
def test_the_simonov_carbine_is_the_sks(extractor: Extractor, text: str, lang: str) -> None:
    facts = {(f.relation, f.object) for f in extractor.extract_text(text, "t", lang)}
    assert ("derived_from", "SKS") in facts, facts
    assert not any(o.startswith("Simonov") for _, o in facts), facts
