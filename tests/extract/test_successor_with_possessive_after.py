"""Romanian sets "its" after the noun it owns ("urmașa sa", its successor; "urmașa acesteia", the successor of this
one): a successor so marked, named right after, is the successor of the design the text spoke of before, as "its
successor, the AKM" is in English or "su sucesor, el AKM" in Spanish. The conjunction "să" and "sau" (or) are no
possessive. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize("possessive", ["sa", "acesteia"])
def test_the_name_after_is_the_successor(extractor: Extractor, possessive: str) -> None:
    text = (f"AK-47 a fost o pușcă de mare succes. Mai ușoară a fost urmașa {possessive}, "
            "AKM, fabricată din 1959.")
    facts = facts_of(extractor, text, "ro")
    assert ("AKM", "derived_from", "AK-47") in facts
    assert ("AKM", "introduced_year", "1959") in facts
    assert ("AK-47", "introduced_year", "1959") not in facts


def test_sau_joins_two_names(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Pușca AK-47 sau AKM a fost produsă în România.", "ro")
    assert {("AK-47", "made_in_country", "Romania"), ("AKM", "made_in_country", "Romania")} <= facts
