"""A line that only names a design heads the text below it: the sentences under it that name no design speak of the
heading's design, not of one the sentence before the heading named ("... was built at Nizhny Tagil. || M-84 ||
Production began in 1984"). Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The T-72 is a Soviet tank. The T-72 was built at Nizhny Tagil.\n\nM-84\nProduction began in 1984. It "
           "was exported to Kuwait."),
    ("de", "Der T-72 war ein Kampfpanzer der Sowjetarmee. Der T-72 wurde in Nischni Tagil gebaut.\n\nM-84\nDie "
           "Serienfertigung begann 1984. Der Panzer wurde nach Kuwait exportiert."),
    ("cs", "T-72 je sovětský tank. T-72 se vyráběl v Nižním Tagilu.\n\nM-84\nSériová výroba začala v roce 1984. "
           "Vyvážel se do Kuvajtu."),
])
def test_the_heading_not_the_design_before_it_is_spoken_of(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("M-84", "introduced_year", "1984") in facts
    assert ("T-72", "introduced_year", "1984") not in facts
