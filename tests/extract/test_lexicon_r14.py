"""Words of introduction and of production papers the files lacked, found with probe sentences (stop 62).

These sentences were written for the tests: each proves that a change to one language file reaches the scorer,
never how well extraction does on real text (see test_quality):
- Polish "przyjęty ... na uzbrojenie" (adopted into service) with a word between, as "ostatecznie" (finally);
- Indonesian "pertama kali beroperasi", "pertama kali digunakan" (first operated, first used): an introduction;
- production plans and drawings (de "Baupläne", en "production plans", it "progetti costruttivi", pl "plany
  produkcyjne", vi "tài liệu kỹ thuật") a word of handing over gives are a licence, as documentation is; and papers a
  name follows right after ("чертежи АК-47") are that design's, not a licensed product;
- Arabic and Hebrew clitics glued before a country's name mark its role: ل, ל (to) the receiver, ب, ב (in) the place,
  מ (from) the source; after ل the Arabic article ال loses its alif ("للهند", to India).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of, objects


@pytest.mark.parametrize(("text", "lang", "year"), [
    ("Karabinek AKM został w 1959 roku przyjęty ostatecznie na uzbrojenie Wojska Polskiego.", "pl", "1959"),
    ("Pistolet TT-33 przyjęto wreszcie na uzbrojenie Armii Czerwonej w 1933 roku.", "pl", "1933"),
    ("Di Uni Soviet, Mi-8 pertama kali beroperasi tahun 1967.", "id", "1967"),
    ("Senapan SS1 pertama kali digunakan pada tahun 1991.", "id", "1991"),
])
def test_an_introduction_read_with_these_words(small_extractor: Extractor, text: str, lang: str, year: str) -> None:
    assert objects(facts_of(small_extractor, text, lang), "introduced_year") == [year]


@pytest.mark.parametrize(("text", "lang"), [
    ("В 1956 году СССР передал Китаю чертежи АК-47.", "ru"),   # (papers a name follows: that design's, handed over)
    ("Die Sowjetunion lieferte China die Baupläne des AK-47.", "de"),
    ("In 1956 the Soviet Union handed China the production plans of the AK-47.", "en"),
    ("Nel 1956 l’URSS consegnò alla Cina i progetti costruttivi dell’AK-47.", "it"),
    ("W 1956 roku ZSRR przekazał Chinom plany produkcyjne AK-47.", "pl"),
    ("Liên Xô đã chuyển giao tài liệu kỹ thuật của AK-47 cho Trung Quốc.", "vi"),
])
def test_production_papers_handed_over_are_a_licence_not_an_export(small_extractor: Extractor, text: str,
                                                                   lang: str) -> None:
    facts = facts_of(small_extractor, text, lang)
    assert ("AK-47", "licensed_by", "Soviet Union") in facts, facts
    assert not objects(facts, "exported_to"), facts


@pytest.mark.parametrize(("text", "lang", "buyer"), [
    ("باعت روسيا لمصر دبابات تي-90 عام 2015.", "ar", "Egypt"),     # (ل, to, glued before the name)
    ("باعت روسيا للهند دبابات تي-90.", "ar", "India"),            # (ل + الهند: the article loses its alif)
    ("רוסיה מכרה למצרים טנקי T-90.", "he", "Egypt"),
])
def test_a_clitic_glued_before_a_name_marks_the_receiver(small_extractor: Extractor, text: str, lang: str,
                                                         buyer: str) -> None:
    # (the seller after the verb is no receiver)
    assert objects(facts_of(small_extractor, text, lang), "exported_to") == [buyer]
