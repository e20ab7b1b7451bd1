"""Everyday words of making, trade and lineage that the en, ar, fa, tr, hu, el, he files lacked (round 13).

These sentences were written for the tests: each proves that a word added to one language file reaches the scorer
("rolling off", "stems from", "rebadged as", Arabic "ابتاعت" (bought), "تزودت" (was supplied), Persian "تحت امتیاز"
(under licence), "تحویل گرفته" (took delivery), Hungarian "szerezte be" (procured), Hebrew "הצטיידה" (equipped
itself)); never how well extraction does on real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang", "fact"), [
    # English: making, lineage, names, trade
    ("T-55 tanks were rolling off the lines in Poland.", "en", ("T-55", "made_in_country", "Poland")),
    ("Poland churns out T-72 tanks.", "en", ("T-72", "made_in_country", "Poland")),
    ("Heavy Vehicles Factory began rolling out the T-72 in 1988.", "en", ("T-72", "introduced_year", "1988")),
    ("The Type 56 stems from the AK-47.", "en", ("Type 56", "derived_from", "AK-47")),
    ("The Lim-5 grew out of the MiG-17F.", "en", ("Lim-5", "derived_from", "MiG-17F")),
    ("The T-55AM is a rebuild of the T-55.", "en", ("T-55AM", "derived_from", "T-55")),
    ("The MiG-21bis is a subtype of the MiG-21.", "en", ("MiG-21bis", "derived_from", "MiG-21")),
    ("In Poland the An-2 was christened Antek.", "en", ("An-2", "alias_of", "Antek")),
    ("The An-2 bears the name Antek in Poland.", "en", ("An-2", "alias_of", "Antek")),
    ("The J-7 was rebadged as the F-7.", "en", ("J-7", "alias_of", "F-7")),
    ("Many Type 56 rifles ended up in Afghanistan.", "en", ("Type 56", "exported_to", "Afghanistan")),
    ("Pakistan indigenised the Type 85 tank at Taxila.", "en", ("Type 85", "made_in_country", "Pakistan")),
    ("The Type 56 is a rip-off of the AK-47.", "en", ("Type 56", "licence_status", "unlicensed")),
    ("China built a copycat of the Su-27.", "en", ("Su-27 (Chinese copy)", "derived_from", "Su-27")),
    ("The MiG-21bis is a spinoff of the MiG-21.", "en", ("MiG-21bis", "derived_from", "MiG-21")),
    ("The Su-27 has the codename Flanker.", "en", ("Su-27", "alias_of", "Flanker")),
    ("Belarus resold the T-72 to Sudan.", "en", ("T-72", "exported_to", "Sudan")),
    ("Poland built the T-72 with Soviet blessing.", "en", ("T-72", "licence_status", "licensed")),
    # Arabic: "made it" with its object pronoun, "bought", "was supplied with", "handed it over"
    ("دبابة T-72 صنعتها بولندا.", "ar", ("T-72", "made_in_country", "Poland")),
    ("ابتاعت مصر دبابات T-72 من روسيا.", "ar", ("T-72", "exported_to", "Egypt")),
    ("تزودت سوريا بدبابات T-72 من الاتحاد السوفيتي.", "ar", ("T-72", "exported_to", "Syria")),
    ("الدبابات T-90 سلمتها روسيا إلى الهند.", "ar", ("T-90", "exported_to", "India")),
    # Persian: "under licence" (concession), "took delivery", "bought"
    ("تانک M47M در ایران و تحت امتیاز ساخته می‌شد.", "fa", ("M47M", "licence_status", "licensed")),
    ("ایران جنگنده Su-35 را از روسیه تحویل گرفته است.", "fa", ("Su-35", "exported_to", "Iran")),
    ("عراق تانک T-72 را از شوروی ابتیاع کرد.", "fa", ("T-72", "exported_to", "Iraq")),
    ("تانک‌های T-72 صادرشده به عراق.", "fa", ("T-72", "exported_to", "Iraq")),
    # Turkish: "is called"
    ("MiG-21 uçağı Balalayka diye anılır.", "tr", ("MiG-21", "alias_of", "Balalayka")),
    ("MiG-21, Balalayka adını aldı.", "tr", ("MiG-21", "alias_of", "Balalayka")),
    # Hungarian: "procured" with its preverb after the verb
    ("A brit védelmi minisztérium AK-63 gépkarabélyokat szerezte be Magyarországról.", "hu",
     ("AKM-63", "exported_to", "United Kingdom")),
    # Hungarian: "előállít" (produce) with its preverb after the verb
    ("Az AK-63-at Magyarországon állították elő.", "hu", ("AKM-63", "made_in_country", "Hungary")),
    ("A FEG állította elő az AK-63-at.", "hu", ("AKM-63", "manufactured_by", "FÉG")),
    # Greek: "received the (plural)" and "armed (a country) with"
    ("Η Ελλάδα έλαβε τα S-300 από την Κύπρο.", "el", ("S-300", "exported_to", "Greece")),
    ("Η Ρωσία εξόπλισε τη Συρία με T-72.", "el", ("T-72", "exported_to", "Syria")),
    # Hebrew: "equipped itself with"
    ("הודו הצטיידה במטוסי Su-30 מרוסיה.", "he", ("Su-30", "exported_to", "India")),
])
def test_everyday_word_reads_fact(small_extractor: Extractor, text: str, lang: str,
                                  fact: tuple[str, str, str]) -> None:
    assert fact in facts_of(small_extractor, text, lang)


@pytest.mark.parametrize(("text", "lang", "fact"), [
    # Persian: "سازی" after a half-space is the ending of a noun of doing ("بهینه‌سازی" optimising, "شبیه‌سازی"
    # simulating), no form of "ساختن" (make)
    ("ایران تانک M47 را بهینه‌سازی کرد.", "fa", ("M47", "made_in_country", "Iran")),
    ("ایران شبیه‌سازی پرواز Su-35 را انجام داد.", "fa", ("Su-35", "made_in_country", "Iran")),
])
def test_everyday_other_sense_reads_no_fact(small_extractor: Extractor, text: str, lang: str,
                                            fact: tuple[str, str, str]) -> None:
    assert fact not in facts_of(small_extractor, text, lang)


@pytest.mark.parametrize(("text", "lang", "fact"), [
    # guard (read before too): "ساختن" now takes only its listed forms; "می‌سازد" (makes) is still read
    ("روسیه تانک T-72 را می‌سازد.", "fa", ("T-72", "made_in_country", "Russia")),
])
def test_persian_making_still_read(small_extractor: Extractor, text: str, lang: str,
                                   fact: tuple[str, str, str]) -> None:
    assert fact in facts_of(small_extractor, text, lang)
