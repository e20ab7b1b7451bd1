"""Words for a country's ministry of defence and its forces, and nouns of buying, found missing with probe sentences.

These sentences were written for the tests: each proves that a word added to one language file reaches the
scorer (a purchase made for a country's ministry of defence or forces buys for that country; a noun of buying
makes the country that makes the purchase the buyer), never how well extraction does on real text (see
test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import all_facts, assert_reaches


@pytest.fixture(scope="module")
def extractor(small_extractor: Extractor) -> Extractor:
    return small_extractor


@pytest.mark.parametrize(("text", "lang", "subject", "relation", "obj"), [
    # force: bought from one country for another's ministry of defence
    ("Два хеликоптера Mi-17 бяха закупени от Русия за Министерството на отбраната на Сърбия.", "bg",
     "Mi-17", "exported_to", "Serbia"),
    ("Dva helikoptera Mi-17 kupljena su od Rusije za Ministarstvo odbrane Srbije.", "bs",
     "Mi-17", "exported_to", "Serbia"),
    ("Dva vrtulníky Mi-17 byly koupeny od Ruska pro ministerstvo obrany Srbska.", "cs",
     "Mi-17", "exported_to", "Serbia"),
    ("To Mi-17-helikoptere blev købt fra Rusland til Serbiens forsvarsministerium.", "da",
     "Mi-17", "exported_to", "Serbia"),
    ("Dva helikoptera Mi-17 kupljena su od Rusije za Ministarstvo obrane Srbije.", "hr",
     "Mi-17", "exported_to", "Serbia"),
    ("Dua helikopter Mi-17 dibeli dari Rusia untuk Kementerian Pertahanan Serbia.", "id",
     "Mi-17", "exported_to", "Serbia"),
    ("Два хеликоптери Mi-17 беа купени од Русија за Министерството за одбрана на Србија.", "mk",
     "Mi-17", "exported_to", "Serbia"),
    ("Dua helikopter Mi-17 dibeli dari Rusia untuk Kementerian Pertahanan Serbia.", "ms",
     "Mi-17", "exported_to", "Serbia"),
    ("To Mi-17-helikoptre ble kjøpt fra Russland til Serbias forsvarsdepartement.", "nb",
     "Mi-17", "exported_to", "Serbia"),
    ("Dwa śmigłowce Mi-17 zostały kupione od Rosji dla Ministerstwa Obrony Serbii.", "pl",
     "Mi-17", "exported_to", "Serbia"),
    ("Două elicoptere Mi-17 au fost cumpărate din Rusia pentru Ministerul Apărării al Serbiei.", "ro",
     "Mi-17", "exported_to", "Serbia"),
    ("Dva vrtuľníky Mi-17 boli kúpené od Ruska pre ministerstvo obrany Srbska.", "sk",
     "Mi-17", "exported_to", "Serbia"),
    ("Dva helikopterja Mi-17 sta bila kupljena od Rusije za ministrstvo za obrambo Srbije.", "sl",
     "Mi-17", "exported_to", "Serbia"),
    ("Dva helikoptera Mi-17 kupljena su od Rusije za Ministarstvo odbrane Srbije.", "sr",
     "Mi-17", "exported_to", "Serbia"),
    ("Två Mi-17-helikoptrar köptes från Ryssland till Serbiens försvarsdepartement.", "sv",
     "Mi-17", "exported_to", "Serbia"),
    ("Hai trực thăng Mi-17 được mua từ Nga cho Bộ Quốc phòng Serbia.", "vi", "Mi-17", "exported_to", "Serbia"),
    # force: a country's ministry of defence buys
    ("The Serbian Department of Defense bought two Mi-17 helicopters from Russia.", "en",
     "Mi-17", "exported_to", "Serbia"),
    ("Das serbische Verteidigungsministerium kaufte zwei Mi-17-Hubschrauber von Russland.", "de",
     "Mi-17", "exported_to", "Serbia"),
    ("Το σερβικό Υπουργείο Άμυνας αγόρασε δύο ελικόπτερα Mi-17 από τη Ρωσία.", "el",
     "Mi-17", "exported_to", "Serbia"),
    ("A szerb védelmi minisztérium két Mi-17-es helikoptert vásárolt Oroszországtól.", "hu",
     "Mi-17", "exported_to", "Serbia"),
    ("Het Servische ministerie van Defensie kocht twee Mi-17-helikopters van Rusland.", "nl",
     "Mi-17", "exported_to", "Serbia"),
    # import: a noun of buying
    ("شملت مشتريات صربيا مروحيتين من طراز Mi-17 من روسيا.", "ar", "Mi-17", "exported_to", "Serbia"),
    ("Сърбия завърши закупката на два хеликоптера Mi-17 от Русия.", "bg", "Mi-17", "exported_to", "Serbia"),
    ("Srbsko dokončilo koupi dvou vrtulníků Mi-17 od Ruska.", "cs", "Mi-17", "exported_to", "Serbia"),
    ("Serbia sfinalizowała kupno dwóch śmigłowców Mi-17 od Rosji.", "pl", "Mi-17", "exported_to", "Serbia"),
    ("Srbsko dokončilo kúpu dvoch vrtuľníkov Mi-17 od Ruska.", "sk", "Mi-17", "exported_to", "Serbia"),
    ("Сербія завершила купівлю двох гелікоптерів Mi-17 з Росії.", "uk", "Mi-17", "exported_to", "Serbia"),
])
def test_a_force_or_purchase_word_reaches_the_fact(extractor: Extractor, text: str, lang: str, subject: str,
                                                   relation: str, obj: str) -> None:
    assert_reaches(all_facts(extractor, text, lang), subject, relation, obj)


@pytest.mark.parametrize(("text", "lang"), [
    # a ministry that speaks of a design, with no word of trade, buys nothing
    ("A spokesman of the Serbian Ministry of Defence said the Mi-17 helicopters performed well.", "en"),
    ("Rzecznik Ministerstwa Obrony Serbii powiedział, że śmigłowce Mi-17 sprawdziły się dobrze.", "pl"),
    ("Ein Sprecher des serbischen Verteidigungsministeriums lobte die Mi-17-Hubschrauber.", "de"),
    ("Juru bicara Kementerian Pertahanan Serbia memuji helikopter Mi-17.", "id"),
    ("Mluvčí ministerstva obrany Srbska pochválil vrtulníky Mi-17.", "cs"),
])
def test_a_ministry_without_a_trade_word_buys_nothing(extractor: Extractor, text: str, lang: str) -> None:
    facts = all_facts(extractor, text, lang)
    assert not any(f.relation == "exported_to" for f in facts), [(f.subject, f.relation, f.object) for f in facts]
