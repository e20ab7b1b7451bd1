"""Cue words whose everyday sense is not the cue's (en, ar, fa, tr, hu, el, he), found with probe sentences.

These sentences were written for the tests: each proves that a word narrowed in one language file no longer reads
its other, everyday sense as a fact ("the arsenal" of a state is its stock of arms, no plant; "given the
conditions" gives nothing; Turkish "karar aldı" took a decision and bought nothing), and the guard cases prove that
the word's real sense is still read; never how well extraction does on real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import assert_read, facts_of


@pytest.mark.parametrize(("text", "lang", "absent"), [
    # English: a parliament, a preposition, the noun "ships", "buildup", statements and offers
    ("The buildup of T-72 tanks in Syria worried Israel.", "en", ("T-72", "made_in_country", "Syria")),
    ("The T-72 was discussed in the National Assembly of Egypt.", "en", ("T-72", "made_in_country", "Egypt")),
    ("Given the long winters in Finland, the T-72 needed a heater.", "en", ("T-72", "exported_to", "Finland")),
    ("The T-72 entered service in 1973. The ships of Egypt carried the T-72 in 1980.", "en",
     ("T-72", "exported_to", "Egypt")),
    ("The ministry issued a statement on the T-72 in 2014.", "en", ("T-72", "introduced_year", "2014")),
    ("The army accepted the offer for the T-90 in 2001.", "en", ("T-90", "introduced_year", "2001")),
    # Arabic: "طويل الأمد" (long-term), "مبنى" (a building), "حرب تحرير" (a war of liberation)
    ("أعلنت روسيا عن اتفاق طويل الأمد مع الجزائر بشأن دبابات T-90.", "ar", ("T-90", "exported_to", "Algeria")),
    ("وقع الانفجار قرب مبنى وزارة الدفاع في سوريا حيث تعرض دبابات T-72.", "ar",
     ("T-72", "made_in_country", "Syria")),
    ("ساهم المصنع في حرب تحرير الكويت بدبابات T-72.", "ar", ("T-72", "made_in_country", "Kuwait")),
    # Persian: "گزارشی تهیه کرد" (prepared a report), "تامین امنیت" (providing security)
    ("ایران گزارشی درباره تفنگ AK-47 تهیه کرد.", "fa", ("AK-47", "exported_to", "Iran")),
    ("روسیه برای تامین امنیت سوریه تانک T-90 را به کار گرفت.", "fa", ("T-90", "exported_to", "Syria")),
    # Turkish: took a decision, relayed (news), is regarded as, a gun mounted on a turret, a statement made
    ("Hindistan, T-90 konusunda 2001 yılında karar aldı.", "tr", ("T-90", "exported_to", "India")),
    ("Reuters'ın aktardığına göre T-72 tankları Suriye'de görüldü.", "tr", ("T-72", "exported_to", "Syria")),
    ("T-90, 2005 yılında Hindistan'da en iyi tank olarak kabul edilen bir tasarımdır.", "tr",
     ("T-90", "introduced_year", "2005")),
    ("T-72 kulesine monte edilmiş top Irak'ta test edildi.", "tr", ("T-72", "made_in_country", "Iraq")),
    ("T-72 hakkında Mısır'da açıklama yapıldı.", "tr", ("T-72", "made_in_country", "Egypt")),
    ("Türk yapımcı, AK-47 hakkında Türkiye'de bir film çekti.", "tr", ("AK-47", "made_in_country", "Turkey")),
    # Hungarian: a transport aircraft, took part, a stock of arms
    ("Az An-12 szállító repülőgép Egyiptomba repült.", "hu", ("An-12", "exported_to", "Egypt")),
    ("A Mi-8 szállítóhelikopter Irakban lezuhant.", "hu", ("Mi-8", "exported_to", "Iraq")),
    ("Magyarország katonái részt vettek a T-72 bemutatóján.", "hu", ("T-72", "exported_to", "Hungary")),
    ("Szíria arzenáljában sok Scud rakéta van.", "hu", ("Scud", "made_in_country", "Syria")),
    # Greek: accession (to the EU), secured; Hebrew: complex, his son
    ("Η ένταξη της Ελλάδας στην ΕΕ το 1981 δεν άλλαξε τα BMP-1.", "el", ("BMP-1", "introduced_year", "1981")),
    ("Η Ρωσία εξασφάλισε την ασφάλεια της Συρίας με άρματα T-90.", "el", ("T-90", "exported_to", "Russia")),
    ("המצב בסוריה מורכב והטנקים T-72 עדיין שם.", "he", ("T-72", "made_in_country", "Syria")),
    ("בנו של השר ביקר במצרים וראה מטוסי מיג-21.", "he", ("MiG-21", "made_in_country", "Egypt")),
])
def test_an_everyday_sense_is_no_fact(small_extractor: Extractor, text: str, lang: str,
                                      absent: tuple[str, str, str]) -> None:
    assert_read(facts_of(small_extractor, text, lang), None, absent)


# guard cases: the words' real senses, still read after the narrowing (they passed before it too)
@pytest.mark.parametrize(("text", "lang", "present"), [
    ("The T-72 was assembled in India from kits.", "en", ("T-72", "made_in_country", "India")),
    ("Final assembly of the Su-30MKI took place in India.", "en", ("Su-30MKI", "made_in_country", "India")),
    ("Russia gave Egypt 50 MiG-21 fighters.", "en", ("MiG-21", "exported_to", "Egypt")),
    ("The Soviet Union shipped the T-55 to Egypt in 1967.", "en", ("T-55", "exported_to", "Egypt")),
    ("The AK-47 was issued to Soviet troops in 1949.", "en", ("AK-47", "introduced_year", "1949")),
    ("تم بناء دبابات T-72 في يوغوسلافيا.", "ar", ("T-72", "made_in_country", "Yugoslavia")),
    ("صدرت روسيا دبابات T-90 إلى الجزائر.", "ar", ("T-90", "exported_to", "Algeria")),
    ("ایران تانک T-72 را از روسیه خریداری کرد.", "fa", ("T-72", "exported_to", "Iran")),
    ("Polonya'da T-72 tankları lisansla üretildi.", "tr", ("T-72", "made_in_country", "Poland")),
    ("T-72 tankının yapımı Polonya'da başladı.", "tr", ("T-72", "made_in_country", "Poland")),
    ("Rusya, Hindistan'a T-90 tankları sattı.", "tr", ("T-90", "exported_to", "India")),
    ("Irak, T-72 tanklarını Rusya'dan aldı.", "tr", ("T-72", "exported_to", "Iraq")),
    ("Çin, Mi-17 helikopterlerinin son teslimatını 2014 yılında aldı.", "tr", ("Mi-17", "exported_to", "China")),
    ("1954 yılında Çin ordusu AK-47 tüfeğini kabul etti.", "tr", ("AK-47", "introduced_year", "1954")),
    ("A Szovjetunió T-72 harckocsikat szállított Irakba.", "hu", ("T-72", "exported_to", "Iraq")),
    ("Az AMD-65-öt Magyarországon gyártották.", "hu", ("AMD-65", "made_in_country", "Hungary")),
    ("Η Ελλάδα παρέλαβε τα BMP-1 από τη Γερμανία το 1994.", "el", ("BMP-1", "exported_to", "Greece")),
    ("ברית המועצות מכרה מטוסי מיג-21 למצרים.", "he", ("MiG-21", "exported_to", "Egypt")),
])
def test_the_cue_sense_is_still_read(small_extractor: Extractor, text: str, lang: str,
                                     present: tuple[str, str, str]) -> None:
    assert_read(facts_of(small_extractor, text, lang), present, None)
