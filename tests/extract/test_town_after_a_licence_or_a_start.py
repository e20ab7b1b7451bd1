"""A town after a phrase that goes on a word of making is where the design is made, as one right after the word of
making is: a word of licence the making opens ("produkowano na licencji radzieckiej w Radomiu", made under Soviet
licence in Radom) and a phrase of introduction that holds a word of making ("výroba tanku sa začala v Martine",
production of the tank began in Martin). A town after a licence with no making before it stays no place of making.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "product", "country"), [
    ("Karabinki AKMS wytwarzano na licencji radzieckiej w Radomiu.", "pl", "AKMS", "Poland"),
    # (a guard: the town right after the licence word was read before)
    ("Tanky T-34 se vyráběly s licencí v Plzni.", "cs", "T-34", "Czech Republic"),
    ("Licenčná výroba tanku T-55 sa začala v Martine koncom päťdesiatych rokov.", "sk", "T-55", "Slovakia"),
])
def test_town_after_the_phrase_is_the_place_of_making(extractor: Extractor, text: str, lang: str, product: str,
                                                      country: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert (product, "made_in_country", country) in facts, facts


def test_town_after_a_licence_with_no_making_is_no_place(extractor: Extractor) -> None:
    facts = facts_of(extractor, "O licencji na AKMS rozmawiano długo w Radomiu.", "pl")
    assert ("AKMS", "made_in_country", "Poland") not in facts, facts
