"""An original that a sentence derives a copy from, named right before a participle of trade ("the work began from a
BTR-60 sold to Romania"), is what went there: the export is the original's, not the copy's the text is about
(nor does it make the copy's country an owner's adjective)."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize("text", [
    "The Type 86 is a Chinese vehicle. It was developed from a BMP-1 delivered to China in 1979.",
    "The Type 86 is a Chinese vehicle. It is based on a BMP-1 sold to China by a third country.",
])
def test_the_original_before_the_participle_is_what_went(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "en")
    assert ("BMP-1", "exported_to", "China") in facts
    assert not any(s == "Type 86" and r == "exported_to" for s, r, _ in facts)
    assert ("Type 86", "made_in_country", "China") in facts


def test_a_copy_that_went_somewhere_still_goes_there(extractor: Extractor) -> None:
    # (the copy, the sentence's subject, sent by a verb of its own clause)
    facts = facts_of(extractor, "The Type 59 is a copy of the T-54, and it was exported to Albania.", "en")
    assert ("Type 59 tank", "exported_to", "Albania") in facts
