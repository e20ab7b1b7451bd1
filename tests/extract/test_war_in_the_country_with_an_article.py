"""A country after a word of war and a word of place names the war even with an article between ("in den Krieg in
der Ukraine", "naar de oorlog in de Oekraïne", "to the war in the Congo"): no buyer of what was sent there.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Moskau schickte alte T-62 an die Front im Krieg in der Ukraine."),
    ("nl", "Rusland heeft afgedankte T-62's naar de oorlog in de Oekraïne gestuurd."),
    ("en", "The rebels sent their old T-55s to the war in the Congo."),
])
def test_the_war_in_a_country_is_no_buyer(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert not [f for f in facts if f[1] == "exported_to"], facts


def test_sent_into_a_country_still_goes_there(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Russland hat T-62 in die Ukraine geschickt.", "de")
    assert ("T-62", "exported_to", "Ukraine") in facts, facts
