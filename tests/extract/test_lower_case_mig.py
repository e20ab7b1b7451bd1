"""South Slavic news writes the MiG's prefix in lower case as a common noun, declined ("šest migova 29", "lovci
mig-21", "мига 29"): it is the MiG all the same; a word that only starts with the letters is none ("migrant 25").

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from copytrace.extract.shapes import designations
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("written", "canonical"), [
    ("mig-29", "MiG-29"), ("miga-29", "MiG-29"), ("migova 21", "MiG-21"), ("mig-21bis", "MiG-21bis"),
    ("мига 29", "MiG-29"),
])
def test_a_lower_case_prefix_names_the_mig(written: str, canonical: str) -> None:
    text = f"Stigla su četiri {written} iz Rusije."
    assert canonical in {d.canonical for d in designations(text, 0, len(text))}


@pytest.mark.parametrize("text", ["Stiglo je 25 migranata, a ne migrant 25.", "Dao mi je mig 2 puta."])
def test_other_words_are_no_mig(text: str) -> None:
    assert not [d for d in designations(text, 0, len(text)) if d.canonical.startswith("MiG")]


def test_a_gift_of_lower_case_migs_is_read(small_extractor: Extractor) -> None:
    text = 'Srbiji su na dar stigla četiri "miga-29" iz Bjelorusije, dovezena avionom An-124.'
    facts = facts_of(small_extractor, text, "bs")
    assert ("MiG-29", "exported_to", "Serbia") in facts, facts
    assert ("An-124", "exported_to", "Serbia") not in facts, facts
