"""A country's adjective on the licence word after Czech "podle", Slovak "podľa" or Polish "według" ("made after a
Soviet licence"): the word of basis those make with the verb of making before them stands on nothing, so the
adjective names who gave the licence.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("cs", "V Bulharsku se granátomet RPG-7 vyráběl podle sovětské licence."),
    ("sk", "V Bulharsku sa granátomet RPG-7 vyrábal podľa sovietskej licencie."),
    ("pl", "W Bułgarii granatnik RPG-7 produkowano według radzieckiej licencji."),
])
def test_an_adjective_on_the_licence_word_after_a_word_of_basis_is_the_licensor(
        extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("RPG-7", "licensed_by", "Soviet Union") in facts, facts


@pytest.mark.parametrize(("lang", "text"), [
    # (an adjective on the copy word is where the copy was made, as before)
    ("pl", "Chińska licencyjna kopia RPG-7 nosi nazwę Type 69."),
    ("cs", "Čínská licenční kopie RPG-7 nese jméno Type 69."),
])
def test_an_adjective_on_a_licensed_copy_is_no_licensor(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert not [f for f in facts if f[1] == "licensed_by" and f[2] == "China"], facts
