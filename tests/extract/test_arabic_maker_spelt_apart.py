"""Arabic writes a Russian plant's name as the sounds of its parts, often with a space where Russian runs them
together ("أورال فاغون زافود" beside "أورال فاغونزافود"), and an Egyptian hand writes the hard g as jim. Each of
these spellings is the known maker. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize("name", ["أورال فاغون زافود", "أورال فاجون زافود"])
def test_the_plant_spelt_in_parts_makes_the_tank(extractor: Extractor, name: str) -> None:
    text = f'وتصنع شركة "{name}" الروسية دبابات تي-72 في مدينة نيجني تاغيل منذ عقود.'
    facts = facts_of(extractor, text, "ar")
    assert ("T-72", "manufactured_by", "Uralvagonzavod") in facts, facts
