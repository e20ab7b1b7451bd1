"""A word that opens a clause set against the one before ("dok", "док", "medtem ko": while) ends a list of
countries: the country after it is the next clause's subject, not one more maker of what the list made.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text
(see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("lang", "text", "rival"), [
    ("hr", "Tvornica je izvezla bacač RPG-7 u Afriku. Taj bacač danas izrađuju Bugarska i Rumunjska, dok Srbija "
           "tek priprema svoj model.", "Serbia"),
    ("sr", "Фабрика је продала бацач РПГ-7 у Африку. Тај бацач данас израђују Бугарска и Румунија, док Хрватска "
           "тек припрема свој модел.", "Croatia"),
    ("sl", "Tovarna je prodala metalec RPG-7 v Afriko. Ta metalec danes izdelujeta Bolgarija in Romunija, medtem ko "
           "Srbija šele pripravlja svoj model.", "Serbia"),
])
def test_the_country_after_a_contrast_word_makes_nothing(extractor: Extractor, lang: str, text: str,
                                                         rival: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("RPG-7", "made_in_country", "Bulgaria") in facts, facts
    assert ("RPG-7", "made_in_country", "Romania") in facts, facts
    assert ("RPG-7", "made_in_country", rival) not in facts, facts


def test_a_phrase_for_and_also_still_joins_the_list(extractor: Extractor) -> None:
    facts = facts_of(extractor, "Танк Т-72 по лицензии выпускали в Польше, а также в Чехословакии.", "ru")
    assert ("T-72", "made_in_country", "Czechoslovakia") in facts, facts
