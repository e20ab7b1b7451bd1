"""An aside in brackets between a design and the copy word that describes it counts as one word: the copy is still
the design's ("Q-77 is a copy, built at one plant (with help from another, older plant), of the MiG-19").

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Самолёт Q-77 представляет собой собранную на одном заводе в провинции (при поддержке другого, более "
     "старого завода) копию советского истребителя МиГ-19.", "ru"),
    ("Літак Q-77 є зібраною на одному заводі у далекій провінції (за підтримки іншого, значно старішого заводу з "
     "півночі) копією радянського винищувача МіГ-19.", "uk"),
])
def test_a_bracketed_aside_does_not_put_the_copy_out_of_reach(extractor: Extractor, text: str, lang: str) -> None:
    assert ("Q-77", "derived_from", "MiG-19") in facts_of(extractor, text, lang)
