"""A copy the document makes in one country only, which the registry places nowhere else, is no import into that
country, though the sentence names a seller; an import of the copy into another country stays.

The sentences were written for these tests.
"""

from __future__ import annotations

from .conftest import facts_of


def test_a_copy_made_at_home_is_no_import_there(extractor) -> None:
    text = "China builds the J-11B, a copy of the Su-27. With the J-11B, China ended a decade of imports from Russia."
    facts = facts_of(extractor, text, "en")
    assert ("J-11B", "made_in_country", "China") in facts, facts
    assert ("J-11B", "exported_to", "China") not in facts, facts


def test_an_import_of_the_copy_elsewhere_stays(extractor) -> None:
    text = "China builds the J-11B, a copy of the Su-27. Later Vietnam imported the J-11B from China."
    facts = facts_of(extractor, text, "en")
    assert ("J-11B", "exported_to", "Vietnam") in facts, facts
