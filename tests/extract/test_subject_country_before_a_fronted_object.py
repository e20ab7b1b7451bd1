"""Where the verb of making comes after its object ("Bugarska je sovjetske automate AK-74 proizvodila"), the country
that is its subject made the design, though the design's own adjective stands nearer the verb. Each sentence was
written for the test."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "product", "maker"), [
    ("Bugarska je sovjetske automate AK-74 proizvodila po licenci.", "hr", "AK-74", "Bulgaria"),
    ("Poljska je sovjetske tenkove T-72 proizvodila po licenci.", "hr", "T-72", "Poland"),
])
def test_the_subject_made_it(extractor: Extractor, text: str, lang: str, product: str, maker: str) -> None:
    assert (product, "made_in_country", maker) in facts_of(extractor, text, lang)


def test_a_buyer_before_the_object_makes_nothing(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Jugoslavija je sovjetske tenkove T-72 kupila.", "hr")
    assert ("T-72", "made_in_country", "Yugoslavia") not in facts
