"""South Slavic "u/v" + accusative before the verb is where something went: for Yugoslavia, whose name CLDR no
longer gives, and in Serbian Latin text, whose CLDR names are Cyrillic.

Each sentence was written for the test.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "fact"), [
    ("Haubice D-30 su u Jugoslaviju stizale iz SSSR-a.", "hr", ("D-30", "exported_to", "Yugoslavia")),
    ("Тенкове Т-34 су у Југославију испоручивали после рата.", "sr", ("T-34", "exported_to", "Yugoslavia")),
    ("Helikopterje Mi-8 so v Jugoslavijo dobavljali iz Kazana.", "sl", ("Mi-8", "exported_to", "Yugoslavia")),
    ("Puške M70 su u Angolu izvožene tokom sedamdesetih.", "sr", ("Zastava M70", "exported_to", "Angola")),
])
def test_the_place_it_went(extractor: Extractor, text: str, lang: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts_of(extractor, text, lang)
