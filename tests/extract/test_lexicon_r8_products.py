"""Words for kinds of product beyond rifles and tanks (ships, missiles, artillery, aircraft, armoured vehicles),
found missing with probe sentences.

These sentences were written for the tests: each proves that a word added to one language file reaches the
scorer (a product the copula equates with a country's kind of product is that country's) or, where a language's
copula is not read that way, that the matcher takes the word for a kind of product; never how well extraction
does on real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import all_facts, assert_reaches, classes_on


@pytest.fixture(scope="module")
def extractor(full_extractor: Extractor) -> Extractor:
    return full_extractor   # (the ships, missiles and aircraft are known only to the full packs)


SU = "Soviet Union"


@pytest.mark.parametrize(("text", "lang", "subject"), [
    ("The 9K32 Strela-2 is a Soviet portable air-defence missile.", "en", "Strela-2"),
    ("The MT-LB is a Soviet armoured tractor.", "en", "MT-LB"),
    ("Le PT-76 est un char amphibie soviétique.", "fr", "PT-76"),
    ("Le 2S1 Gvozdika est un obusier automoteur soviétique.", "fr", "2S1"),
    ("Le projet 613 est un sous-marin soviétique.", "fr", "Whiskey"),
    ("Le Tu-16 est un bombardier soviétique.", "fr", "Tu-16"),
    ("Le 9M14 Malyutka est un missile antichar soviétique.", "fr", "Malyutka"),
    ("El BM-21 es un lanzacohetes múltiple soviético.", "es", "BM-21"),
    ("El Proyecto 613 es un submarino soviético.", "es", "Whiskey"),
    ("El P-15 Termit es un misil antibuque soviético.", "es", "P-15"),
    ("El ZU-23-2 es un cañón antiaéreo soviético.", "es", "ZU-23-2"),
    ("El Tu-16 es un bombardero soviético.", "es", "Tu-16"),
    ("Il BM-21 è un lanciarazzi multiplo sovietico.", "it", "BM-21"),
    ("Il Progetto 613 è un sottomarino sovietico.", "it", "Whiskey"),
    ("Il 2S1 è un obice semovente sovietico.", "it", "2S1"),
    ("Il Tu-16 è un bombardiere sovietico.", "it", "Tu-16"),
    ("O 2S1 é um obuseiro autopropulsado soviético.", "pt", "2S1"),
    ("O Projeto 613 é um submarino soviético.", "pt", "Whiskey"),
    ("O R-17 é um míssil balístico soviético.", "pt", "R-17"),
    ("O Tu-16 é um bombardeiro soviético.", "pt", "Tu-16"),
    ("2S1 este un obuzier autopropulsat sovietic.", "ro", "2S1"),
    ("PT-76 este un tanc amfibiu sovietic.", "ro", "PT-76"),
    ("RPK este o mitralieră ușoară sovietică.", "ro", "RPK"),
    ("Die 2S1 ist eine sowjetische Panzerhaubitze.", "de", "2S1"),
    ("Das Projekt 613 ist ein sowjetisches U-Boot.", "de", "Whiskey"),
    ("Die P-15 Termit ist ein sowjetischer Seezielflugkörper.", "de", "P-15"),
    ("Die Tu-16 ist ein sowjetischer Bomber.", "de", "Tu-16"),
    ("Der PT-76 ist ein sowjetischer Schwimmpanzer.", "de", "PT-76"),
    ("De M-46 is een Sovjet-veldkanon.", "nl", "M-46"),
    ("De RPK is een Sovjet lichte mitrailleur.", "nl", "RPK"),
    ("Tu-16 er et sovjetisk bombefly.", "da", "Tu-16"),
    ("Projekt 613 er en sovjetisk ubåd.", "da", "Whiskey"),
    ("P-15 Termit er et sovjetisk antiskibsmissil.", "da", "P-15"),
    ("An-26 er et sovjetisk transportfly.", "da", "An-26"),
    ("Tu-16 er et sovjetisk bombefly.", "nb", "Tu-16"),
    ("P-15 Termit er et sovjetisk antiskipsmissil.", "nb", "P-15"),
    ("Mi-24 er et sovjetisk kamphelikopter.", "nb", "Mi-24"),
    ("Tu-16 är ett sovjetiskt bombflygplan.", "sv", "Tu-16"),
    ("Projekt 613 är en sovjetisk ubåt.", "sv", "Whiskey"),
    ("Mi-24 är en sovjetisk attackhelikopter.", "sv", "Mi-24"),
    ("P-15 Termit är en sovjetisk sjömålsrobot.", "sv", "P-15"),
    ("Tu-16 on neuvostoliittolainen pommikone.", "fi", "Tu-16"),
    ("Projekti 613 on neuvostoliittolainen sukellusvene.", "fi", "Whiskey"),
    ("2S1 on neuvostoliittolainen panssarihaupitsi.", "fi", "2S1"),
    ("An-26 on neuvostoliittolainen kuljetuskone.", "fi", "An-26"),
    ("Tu-16 on Nõukogude pommitaja.", "et", "Tu-16"),
    ("Projekt 613 on Nõukogude allveelaev.", "et", "Whiskey"),
    ("PT-76 on Nõukogude amfiibtank.", "et", "PT-76"),
    ("Projekt 613 to radziecki okręt podwodny.", "pl", "Whiskey"),
    ("MT-LB to radziecki ciągnik opancerzony.", "pl", "MT-LB"),
    ("9K32 Strela-2 to radziecki przenośny przeciwlotniczy zestaw rakietowy.", "pl", "Strela-2"),
    ("BRDM-2 je sovětský obrněný automobil.", "cs", "BRDM-2"),
    ("Projekt 613 je sovětská ponorka.", "cs", "Whiskey"),
    ("MT-LB je sovětský obrněný tahač.", "cs", "MT-LB"),
    ("P-15 Termit je sovětská protilodní střela.", "cs", "P-15"),
    ("BRDM-2 je sovietsky obrnený automobil.", "sk", "BRDM-2"),
    ("Projekt 613 je sovietska ponorka.", "sk", "Whiskey"),
    ("P-15 Termit je sovietska protilodná strela.", "sk", "P-15"),
    ("BRDM-2 je sovjetski oklepni avtomobil.", "sl", "BRDM-2"),
    ("Projekt 613 je sovjetska podmornica.", "sl", "Whiskey"),
    ("BRDM-2 je sovjetski oklopni automobil.", "hr", "BRDM-2"),
    ("Projekt 613 je sovjetska podmornica.", "hr", "Whiskey"),
    ("BRDM-2 je sovjetski oklopni automobil.", "bs", "BRDM-2"),
    ("Projekat 613 je sovjetska podmornica.", "bs", "Whiskey"),
    ("BRDM-2 je sovjetski oklopni automobil.", "sr", "BRDM-2"),
    ("Projekat 613 je sovjetska podmornica.", "sr", "Whiskey"),
    ("BRDM-2 е советски оклопен автомобил.", "mk", "BRDM-2"),
    ("Project 613 е советска подморница.", "mk", "Whiskey"),
    ("Project 613 е съветска подводница.", "bg", "Whiskey"),
    ("Tu-16 yra sovietinis bombonešis.", "lt", "Tu-16"),
    ("MiG-21 yra sovietinis perėmėjas.", "lt", "MiG-21"),
    ("Tu-16 ir padomju bumbvedējs.", "lv", "Tu-16"),
    ("MiG-21 ir padomju pārtvērējs.", "lv", "MiG-21"),
    ("BRDM-2 ir padomju bruņuautomobilis.", "lv", "BRDM-2"),
    ("Το Tu-16 είναι ένα σοβιετικό βομβαρδιστικό.", "el", "Tu-16"),
    ("Το Project 613 είναι ένα σοβιετικό υποβρύχιο.", "el", "Whiskey"),
    ("An-26 هي طائرة نقل سوفيتية.", "ar", "An-26"),
    ("Mi-8 هي مروحية نقل سوفيتية.", "ar", "Mi-8"),
    ("R-17 هو صاروخ باليستي سوفيتي.", "ar", "R-17"),
    ("R-17 adalah rudal balistik Soviet.", "id", "R-17"),
    ("P-15 Termit adalah rudal antikapal Soviet.", "id", "P-15"),
    ("PT-76 adalah tank ringan Soviet.", "id", "PT-76"),
    ("M-46 adalah meriam lapangan Soviet.", "id", "M-46"),
    ("R-17 ialah peluru berpandu balistik Soviet.", "ms", "R-17"),
    ("M-46 ialah meriam medan Soviet.", "ms", "M-46"),
    ("Mi-8 ialah helikopter pengangkut Soviet.", "ms", "Mi-8"),
])
def test_a_kind_of_product_makes_the_adjective_the_makers(extractor: Extractor, text: str, lang: str,
                                                          subject: str) -> None:
    assert_reaches(all_facts(extractor, text, lang), subject, "made_in_country", SU)


@pytest.mark.parametrize(("lang", "text", "span"), [
    # languages whose copula the scorer does not read this way (or whose older stems already carried the reading):
    # the word is taken for a kind of product
    ("ru", "Эсминец проекта 56 вступил в строй в 1955 году.", "Эсминец"),
    ("ru", "В 1962 году на Кубу прибыли подводные лодки.", "подводные лодки"),
    ("ru", "Авианосец был построен в Николаеве.", "Авианосец"),
    ("uk", "Підводний човен проєкту 613 збудували в Горькому.", "Підводний човен"),
    ("uk", "Есмінець увійшов до складу флоту в 1955 році.", "Есмінець"),
    ("be", "Падводная лодка была пабудавана ў 1955 годзе.", "Падводная лодка"),
    ("az", "Sualtı qayıq 1955-ci ildə istifadəyə verildi.", "Sualtı qayıq"),
    ("uz", "Suv osti kemasi 1955 yilda qurilgan.", "Suv osti kemasi"),
    ("he", "הצוללת נבנתה בברית המועצות.", "צוללת"),
    ("he", "המשחתת נכנסה לשירות ב-1955.", "משחתת"),
    ("fa", "این زیردریایی در شوروی ساخته شد.", "زیردریایی"),
    ("fa", "ایران پهپاد را به روسیه فروخت.", "پهپاد"),
    ("hi", "यह पनडुब्बी सोवियत संघ में बनी थी।", "पनडुब्बी"),
    ("hi", "भारत ने रडार खरीदा।", "रडार"),
    ("ur", "یہ آبدوز سوویت یونین میں بنی تھی۔", "آبدوز"),
    ("ca", "El submarí es va construir a la Unió Soviètica.", "submarí"),
    ("ca", "La fragata va entrar en servei el 1955.", "fragata"),
    ("vi", "Tàu ngầm này được đóng tại Liên Xô.", "Tàu ngầm"),
    ("vi", "Máy bay ném bom này được sản xuất tại Trung Quốc.", "Máy bay ném bom"),
    ("th", "เรือดำน้ำลำนี้สร้างในสหภาพโซเวียต", "เรือดำน้ำ"),
    ("th", "เรดาร์นี้ผลิตในจีน", "เรดาร์"),
    ("zh", "该雷达由中国生产。", "雷达"),
    ("zh", "这艘航空母舰在乌克兰建造。", "航空母舰"),
    ("ja", "このレーダーは中国で生産された。", "レーダー"),
    ("ja", "この航空母艦はウクライナで建造された。", "航空母艦"),
    ("ko", "이 레이더는 중국에서 생산되었다.", "레이더는"),
    ("ko", "이 폭격기는 중국에서 생산되었다.", "폭격기는"),
    ("tr", "Kruvazör 1955 yılında hizmete girdi.", "Kruvazör"),
    ("tr", "Çıkarma gemisi Sovyetler Birliği'nde inşa edildi.", "Çıkarma gemisi"),
    ("hu", "A tengeralattjárót 1955-ben állították szolgálatba.", "tengeralattjárót"),
    ("hu", "A BM-21 rakéta-sorozatvetőt Kínában is gyártották.", "rakéta-sorozatvetőt"),
    ("fr", "La frégate est entrée en service en 1955.", "frégate"),
    ("de", "Die Fregatte wurde 1955 in Dienst gestellt.", "Fregatte"),
    ("pl", "Fregata weszła do służby w 1955 roku.", "Fregata"),
])
def test_a_word_for_a_kind_of_product_is_one(lang: str, text: str, span: str) -> None:
    assert "product_noun" in classes_on(lang, text, span), span
