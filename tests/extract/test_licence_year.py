"""The year a licence was taken or handed over dates the deal, not the making it allows."""

from __future__ import annotations

from tests.extract.conftest import facts_of


def _years(facts: set[tuple[str, str, str]]) -> set[str]:
    return {o for _, r, o in facts if r == "introduced_year"}


def test_year_of_a_licence_bought_is_no_introduction(extractor):
    text = ("The Lim-2 is a Polish jet fighter. The Poles obtained a manufacturing licence in 1951 and built the first"
            " ones in 1952.")
    assert _years(facts_of(extractor, text)) == {"1952"}


def test_year_of_production_rights_obtained_is_no_introduction(extractor):
    text = "The Z-5 is a Chinese helicopter. Harbin bought the licence production rights in 1957."
    assert "1957" not in _years(facts_of(extractor, text))


def test_licensed_production_that_began_keeps_its_year(extractor):
    text = "The Lim-2 is a Polish jet fighter. Licence production of it began in 1952."
    assert "1952" in _years(facts_of(extractor, text))
