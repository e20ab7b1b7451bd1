"""A town of two names with no word between, both declined ("u Slavonskom Brodu", Slavonski Brod), is where the
design is made, as a town of one name is ("u Kragujevcu"). Each sentence was written for the test."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Tenk M-84 proizveden je u Slavonskom Brodu.", "hr"),
    ("Tenk M-84 razvijen je iz T-72, a proizvodio se u Slavonskom Brodu.", "hr"),
])
def test_a_declined_town_of_two_names_is_its_country(extractor: Extractor, text: str, lang: str) -> None:
    assert ("M-84", "made_in_country", "Croatia") in facts_of(extractor, text, lang)


def test_a_name_after_a_town_of_one_name_leaves_it_alone(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Puška M70 proizvodi se u Kragujevcu Srbija.", "hr")
    assert ("Zastava M70", "made_in_country", "Serbia") in facts
