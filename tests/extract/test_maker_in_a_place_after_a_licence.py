"""A maker a word of place sets after a licence word ("na licencji radzieckiej w Hucie Stalowa Wola", under a Soviet
licence at the Stalowa Wola works) is where the design was made, not who gave the licence; and the works' Polish case
forms are its name ("Huta" is too short a word for the rule that reads an organisation's name in another case, and its
locative changes the stem).

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def test_a_maker_after_a_licence_and_a_word_of_place_makes_and_gives_no_licence(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Samobieżne haubice 2S1 wytwarzano na licencji radzieckiej w Hucie Stalowa Wola.", "pl")
    assert [f for f in facts if f[1] == "manufactured_by" and f[2] == "Huta Stalowa Wola"], facts
    assert not [f for f in facts if f[1] == "licensed_by" and f[2] == "Huta Stalowa Wola"], facts


@pytest.mark.parametrize("text", [
    "Haubice 2S1 powstawały w zakładach Huty Stalowa Wola.",
    "Od 1971 roku haubice 2S1 montowano w Hucie Stalowa Wola.",
])
def test_the_works_in_another_case_is_the_known_maker(extractor: Extractor, text: str) -> None:
    facts = facts_of(extractor, text, "pl")
    assert [f for f in facts if f[1] == "manufactured_by" and f[2] == "Huta Stalowa Wola"], facts


@pytest.mark.parametrize(("text", "lang", "maker"), [
    ("Puška M70 proizvodila se po licenci u tvornici Zastava u Kragujevcu.", "hr", "Zastava Arms"),
    ("Puška vz. 58 se vyráběla v licenci v závodě Zbrojovka Brno.", "cs", "Zbrojovka Brno"),
])
def test_a_one_letter_word_of_place_before_the_word_for_the_works_makes_it_the_maker(
        extractor: Extractor, text: str, lang: str, maker: str) -> None:
    # ("u tvornici Zastava": in the Zastava works; the works made it under the licence, they gave none)
    facts = facts_of(extractor, text, lang)
    assert [f for f in facts if f[1] == "manufactured_by" and f[2] == maker], facts
    assert not [f for f in facts if f[1] == "licensed_by" and f[2] == maker], facts
