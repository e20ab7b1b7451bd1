"""English writes its "not" into the verb ("didn't", "won't", "hasn't", with a straight or a curly apostrophe): the
contracted forms negate the deal or the making they stand before as "not" does."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


@pytest.mark.parametrize("text", [
    "Russia didn't sell the MiG-29 to Iran.",
    "Moscow won’t deliver the Su-35 to Algeria this year.",
    "Bulgaria doesn't export the AK-74 to Nigeria any more.",
    "Iraq wasn't sold a single T-90 by Russia.",
])
def test_a_contracted_not_negates_the_export(extractor: Extractor, text: str) -> None:
    assert [f for f in extractor.extract_text(text, "t") if f.relation == "exported_to"] == []


def test_a_contracted_not_negates_the_making(extractor: Extractor) -> None:
    facts = extractor.extract_text("India hasn't built the T-90 in Avadi yet.", "t")
    assert not [f for f in facts if f.relation in {"made_in_country", "manufactured_by"}]


def test_the_plain_statement_still_exports(extractor: Extractor) -> None:
    facts = extractor.extract_text("Russia sold the MiG-29 to Iran.", "t")
    assert ("MiG-29", "Iran") in {(f.subject, f.object) for f in facts if f.relation == "exported_to"}
