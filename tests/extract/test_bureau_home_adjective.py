"""An adjective of a country of the design bureau whose prefix opens a design's name (``bureau_homes``: Antonov's
Ukraine) is the design's own, not a user's, even where the registry makes the design's line elsewhere."""

from __future__ import annotations

from .conftest import facts_of


def test_the_bureaus_country_is_kept(extractor):
    facts = facts_of(extractor, "Українські літаки Ан-2 досі літають над полями.", "uk")
    assert ("An-2", "made_in_country", "Ukraine") in facts, facts


def test_a_users_adjective_is_still_dropped(extractor):
    facts = facts_of(extractor, "A Ukrainian MiG-29 landed on a field near the village.", "en")
    assert ("MiG-29", "made_in_country", "Ukraine") not in facts, facts
