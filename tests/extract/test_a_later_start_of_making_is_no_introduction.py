"""Where a sentence already gives a product an earlier year of making, a later start of making (series or mass
production after the first units) is a later stage, not its introduction; a lone start of series production still
is one."""

from __future__ import annotations

import pytest

from tests.extract.conftest import facts_of


def test_series_production_after_the_first_units_is_no_introduction(extractor):
    text = ("The T-10 is a Soviet heavy tank. Its first units were built in 1950 and it entered service in 1951, "
            "with series production beginning in 1954.")
    facts = facts_of(extractor, text)
    assert ("T-10", "introduced_year", "1950") in facts
    assert ("T-10", "introduced_year", "1951") in facts
    assert ("T-10", "introduced_year", "1954") not in facts


@pytest.mark.parametrize("text", [
    ("Il T-10 è un carro pesante sovietico. I primi esemplari furono costruiti nel 1950 e fu adottato nel "
     "1951, con la produzione di serie avviata nel 1954."),
    ("Le T-10 est un char lourd soviétique. Les premiers exemplaires ont été produits en 1950, la production "
     "en série commençant en 1954."),
])
def test_in_italian_and_french_the_later_series_start_is_left(extractor, text):
    facts = facts_of(extractor, text)
    assert ("T-10", "introduced_year", "1950") in facts
    assert ("T-10", "introduced_year", "1954") not in facts


def test_a_series_start_after_prototypes_is_the_introduction(extractor):
    text = "The first T-10 prototypes were completed in 1946 and mass production began in 1948."
    assert ("T-10", "introduced_year", "1948") in facts_of(extractor, text)
