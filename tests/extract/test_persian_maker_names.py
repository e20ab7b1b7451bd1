"""Persian texts write Russian makers' names by sound ("کازان هلیکوپترز", Kazan Helicopters): the registry's
Persian names find the maker.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def test_kazan_written_in_persian(extractor: Extractor) -> None:
    facts = facts_of(extractor, "بالگرد Mi-17 توسط کازان هلیکوپترز در روسیه ساخته می‌شود.", "fa")
    assert ("Mi-17", "manufactured_by", "Kazan Helicopter Plant") in facts, facts


def test_kazan_plant_written_in_persian(extractor: Extractor) -> None:
    facts = facts_of(extractor, "بالگرد Mi-8 در کارخانه هلیکوپترسازی کازان ساخته شد.", "fa")
    assert ("Mi-8", "manufactured_by", "Kazan Helicopter Plant") in facts, facts
