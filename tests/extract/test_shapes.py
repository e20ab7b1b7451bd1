"""Designations and years found by their shape."""

from __future__ import annotations

import itertools

import pytest

from copytrace.extract.shapes import designations, years


def found(text: str) -> list[tuple[str, str]]:
    """(written text, canonical spelling) of every designation."""
    return [(d.text, d.canonical) for d in designations(text, 0, len(text))]


def year_spans(text: str) -> list[tuple[str, int, bool, bool]]:
    """(written text, value, decade, range_end) of every year."""
    return [(text[y.start:y.end], y.value, y.decade, y.range_end) for y in years(text, 0, len(text))]


# --- designations ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "written", "canonical"), [
    ("The T-72M1 was shown at the parade.", "T-72M1", "T-72M1"),
    ("Завод выпускал танк Т-72 до конца года.", "Т-72", "T-72"),
    ("A MiG-21bis landed at the base.", "MiG-21bis", "MiG-21bis"),
    ("The Y-8F-200 is a freighter.", "Y-8F-200", "Y-8F-200"),   # a version number of three digits
    ("Haubica jest kopią 2C19M1.", "2C19M1", "2S19M1"),   # a Latin C where the Russian index has its С (S)
    ("Ан-124-100 приземлился.", "Ан-124-100", "An-124-100"),
    ("Лётчик поднял МиГ-21 в воздух.", "МиГ-21", "MiG-21"),
    ("The J-7 is a Chinese fighter.", "J-7", "J-7"),
    ("Each soldier carried a Type 56-1 carbine.", "Type 56-1", "Type 56-1"),
    ("Each soldier carried a Type 56 carbine.", "Type 56", "Type 56"),
    ("工厂生产了56式冲锋枪。", "56式", "Type 56"),
    ("Бойцы получили автомат Тип 56 осенью.", "Тип 56", "Type 56"),
    ("The Typ 56 was shown.", "Typ 56", "Type 56"),
    # a type word in lower case, and in the genitive, as running text writes it
    ("Он называет его тип 63 и хвалит.", "тип 63", "Type 63"),
    ("Wojsko kupiło karabinki typu 56 od sąsiada.", "typu 56", "Type 56"),
    ("Los soldados llevaban la carabina tipo 81 al frente.", "tipo 81", "Type 81"),
    ("Romania built the PM md. 63 in Cugir.", "PM md. 63", "PM md. 63"),
    ("The M84AB tank was sold abroad.", "M84AB", "M84AB"),
    ("An RPG-7V was found in the truck.", "RPG-7V", "RPG-7V"),
    ("The vz. 58 is not a Kalashnikov.", "vz. 58", "vz. 58"),
    ("India bought the Su-27SK fighter.", "Su-27SK", "Su-27SK"),
    ("该厂生产歼-7战斗机。", "歼-7", "J-7"),
    ("中国で生産されたMiG-21F-13に似ている。", "MiG-21F-13", "MiG-21F-13"),
    ("Az AMD-65 gépkarabélyt sokáig gyártották.", "AMD-65", "AMD-65"),
    ("该厂仿制了米格-21战斗机。", "米格-21", "MiG-21"),
    ("歼-7仿制自米格-21F-13。", "米格-21F-13", "MiG-21F-13"),
    ("印度生产了米格-21bis。", "米格-21bis", "MiG-21bis"),
    ("该机以轰-6甲为基础。", "轰-6甲", "H-6A"),
    ("The Type 69-II was exported to Iraq.", "Type 69-II", "Type 69-II"),
    ("Die T-72-Version M84 wurde gebaut.", "T-72", "T-72"),                # a word joined by a hyphen
    ("A Szu-27 vadászgép.", "Szu-27", "Su-27"),                            # a bureau spelled in Hungarian
    ("Samolot Jak-52 latał.", "Jak-52", "Yak-52"),
    ("H−5爆撃機は中国で生産された。", "H−5", "H-5"),                         # a minus sign for the dash
    ("歼－7战斗机由成都生产。", "歼－7", "J-7"),                             # a full-width hyphen
    ("苏-27和米-8都在中国服役。", "苏-27", "Su-27"),            # a currency code, with a hyphen
    ("Suomi osti T-72M1-panssarivaunuja.", "T-72M1", "T-72M1"),                  # a compound after a hyphen
    ("工厂仿制了T-72坦克。", "T-72", "T-72"),
    ("该厂生产歼7战斗机。", "歼7", "J-7"),
    ("Several BMP-1s were parked there.", "BMP-1s", "BMP-1"),
    ("A ZU-23-2 stood near the road.", "ZU-23-2", "ZU-23-2"),
    ("The AK-47 became famous.", "AK-47", "AK-47"),
    ("Вертолёт Ка-52 прилетел.", "Ка-52", "Ka-52"),
    ("The Mi-24 flew low.", "Mi-24", "Mi-24"),
    ("中国制造了五四式手枪。", "五四式", "Type 54"),           # the number in Chinese digits
    ("五九式坦克", "五九式", "Type 59"),
    ("中国生产了 59 式坦克。", "59 式", "Type 59"),            # set apart by a space in typeset text
    ("Polska kupiła MiG-a 21 od ZSRR.", "MiG-a 21", "MiG-21"),     # a bureau's prefix declined
    ("Poljska je predala 14 MiG-ova 29.", "MiG-ova 29", "MiG-29"),
    ("Letoun MiGu-21 byl vyráběn v licenci.", "MiGu-21", "MiG-21"),  # the ending glued to the capital
    ("Stroj MiGu-21F-13 nesl dva kanóny.", "MiGu-21F-13", "MiG-21F-13"),  # a version with its own number
    ("Polska zamówiła MiG-a 21MF.", "MiG-a 21MF", "MiG-21MF"),
    ("Выпуск МиГа-21 начался.", "МиГа-21", "MiG-21"),
    ("在中国定型为1953式步骑枪。", "1953式", "Type 53"),        # named for its year, without 年
    ("该厂生产歼击-8战斗机。", "歼击-8", "J-8"),             # the long form of the letter
    ("殲撃-11の生産が始まった。", "殲撃-11", "J-11"),
    ("轰炸-6是一种轰炸机。", "轰炸-6", "H-6"),
    ("孟加拉国引进了歼7BGI战斗机。", "歼7BGI", "J-7BGI"),            # a version of three letters
    ("殲撃八型は中国の戦闘機である。", "殲撃八型", "J-8"),             # the number in Chinese digits after a letter
    ("歼十二是一种新型战斗机。", "歼十二", "J-12"),
    ("轰六甲由西安制造。", "轰六甲", "H-6A"),
    ("运十型由上海制造。", "运十型", "Y-10"),
    ("Súng trường Kiểu 56 của Trung Quốc.", "Kiểu 56", "Type 56"),   # Vietnamese "type"
    ("دخلت دبابة النوع 69 الخدمة.", "النوع 69", "Type 69"),           # Arabic "the type", with its article
    ("The 9K32 was copied widely.", "9K32", "9K32"),                    # Soviet ordnance indices
    ("САУ 2С1 производилась в Польше.", "2С1", "2S1"),
    ("The 9M133-1 missile.", "9M133-1", "9M133-1"),
    ("The 3M-54 cruise missile.", "3M-54", "3M-54"),
    ("The 2A65 howitzer.", "2A65", "2A65"),
    ("The Project 633 submarine.", "Project 633", "Project 633"),       # Soviet project numbers
    ("Подлодки проекта 633 строились в Китае.", "проекта 633", "Project 633"),
    ("The Kh-31P missile.", "Kh-31P", "Kh-31P"),
    ("Letoun Avia Av-14 vznikl v licenci.", "Av-14", "Av-14"),         # mixed-case prefixes of other bureaus
    ("Истребитель Ла-5 и бомбардировщик Пе-2.", "Ла-5", "La-5"),
    ("The Po-2 biplane flew at night.", "Po-2", "Po-2"),
    ("El sistema Tor-M2 entró en servicio.", "Tor-M2", "Tor-M2"),       # a named system, its version letter first
    ("Комплекс Бук-М1-2 поставили в Сирию.", "Бук-М1-2", "Buk-M1-2"),
    ("भारत में सुखोई-30 एमकेआई का उत्पादन होता है।", "सुखोई-30 एमकेआई", "Su-30MKI"),   # letters spelled out, glued
    ("सुखोई-30 के विमान उड़े।", "सुखोई-30", "Su-30"),                # "के" alone is "of", no letter
    ("Танк Т-72 (Объект 172М) выпускался в Польше.", "Объект 172М", "Object 172M"),   # a factory index
    ("Ciągnik ATS-59 (Obiekt 650) budowano w Polsce.", "Obiekt 650", "Object 650"),
    ("भारत ने मिग-21 यूएसएसआर से खरीदा।", "मिग-21", "MiG-21"),       # letters that spell the USSR are no version
    ("The CS/LR4 sniper rifle is sold abroad.", "CS/LR4", "CS/LR4"),   # a maker's letters, a slash, a series
    ("चीन ने टाइप 59 टैंक बेचे।", "टाइप 59", "Type 59"),                 # "Type" in more scripts
    ("Τα τανκς Τύπου 59 πουλήθηκαν.", "Τύπου 59", "Type 59"),
    ("ה-טייפ 56 הסיני.", "טייפ 56", "Type 56"),
    ("Vznikla i cvičná verze SBLim-2.", "SBLim-2", "SBLim-2"),          # a version's capitals before a bureau's
    ("The SKhA-1 was a farm aircraft.", "SKhA-1", "SKhA-1"),            # Cyrillic capitals spelt with a digraph
    ("Polska produkowała zestaw Strzała-2M.", "Strzała-2M", "Strzala-2M"),   # a name with letters of its language
    ("Iran received the TOR-M1 in 2007.", "TOR-M1", "Tor-M1"),          # a name in capitals, a version's letter
    ("Egypt bought Buk-M1s and Strela-2s.", "Buk-M1s", "Buk-M1"),       # an English plural
    ("59D式坦克是改进型。", "59D式", "Type 59D"),                          # a version's letter before 式
    ("এফ-7 বিজিআই যুদ্ধবিমান", "এফ-7 বিজিআই", "F-7BGI"),                   # Bengali letters spelled out
    ("69-II式坦克出口伊拉克。", "69-II式", "Type 69-II"),                   # or a version's numeral
    ("Egypt bought Buk-M1s and Strela-2s.", "Strela-2s", "Strela-2"),
    ("Сирия получила БУК-М2.", "БУК-М2", "Buk-M2"),
    ("Irán megkapta az Sz-300-as rendszert.", "Sz-300", "S-300"),       # Hungarian writes the Russian С as "Sz"
])
def test_a_designation_is_found_with_its_canonical_spelling(text: str, written: str, canonical: str) -> None:
    assert (written, canonical) in found(text)


@pytest.mark.parametrize("text", [
    "他们轰五架敌机。",          # a count of things after the number: five (aircraft) bombed
    "轰一声巨响。",              # a count of times: a bang
    "我一直三天没睡。",          # a letter that is a word of its own needs its "型": "直三" is no Z-3
    "运十吨货物。",
    "江苏2019年有3家工厂。",     # 苏 ends Jiangsu: only with its hyphen is it the Sukhoi bureau
])
def test_a_chinese_number_after_a_letter_that_counts_or_lacks_its_type_word_is_no_designation(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize("text", ["Cases of COVID-19 rose.", "The NATO-2 meeting ended."])
def test_a_word_in_capitals_and_a_number_is_no_name(text: str) -> None:
    # (only a version's letter before the number makes a name of a word in capitals: "TOR-M1")
    assert found(text) == []


def test_a_letter_spelled_out_alone_after_a_number_is_a_short_word() -> None:
    assert found("এফ-7 কে দেওয়া হয়") == [("এফ-7", "F-7")]   # (Bengali "কে", to: no F-7K)


@pytest.mark.parametrize(("text", "family"), [
    ("The T-72M1 was shown.", "T"),
    ("A MiG-21bis landed.", "MIG"),
    ("Лётчик поднял МиГ-21 в воздух.", "MIG"),
    ("The Type 56 was shown.", "TYPE"),
    ("该厂生产歼-7战斗机。", "J"),
    ("An RPG-7V was found.", "RPG"),
])
def test_a_designation_knows_its_family(text: str, family: str) -> None:
    assert [d.family for d in designations(text, 0, len(text))] == [family]


@pytest.mark.parametrize(("text", "written"), [
    ("The AKM was made in many countries.", "AKM"),
    ("Снайпер носил СВД на плече.", "СВД"),
])
def test_a_letters_only_designation_is_found(text: str, written: str) -> None:
    assert [w for w, _ in found(text)] == [written]


def test_offsets_index_the_text() -> None:
    text = "Poland made the T-72M1 and the Type 56-1 came from China; Т-72 too."
    spans = designations(text, 0, len(text))
    assert [text[d.start:d.end] for d in spans] == [d.text for d in spans] == ["T-72M1", "Type 56-1", "Т-72"]


def test_only_the_given_range_is_searched() -> None:
    text = "The T-72 and the AK-47 and the Su-27."
    begin = text.index("AK-47")
    assert [d.text for d in designations(text, begin, begin + len("AK-47"))] == ["AK-47"]


def test_designations_do_not_overlap() -> None:
    text = "The PM md. 63 and the MPi-KMS were shown; 歼-7 too."
    spans = designations(text, 0, len(text))
    assert [d.canonical for d in spans] == ["PM md. 63", "MPi-KMS", "J-7"]
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))


@pytest.mark.parametrize("text", [
    "The deal was signed on Nov 13 in Moscow.",
    "The deal was signed on Dec. 5 in Moscow.",
    "The deal was signed on NOV 13 in Moscow.",
    "A ticket costs Rp 3 million there.",
    "Each unit cost USD 100 at the time.",
    "Each unit cost EUR 250 at the time.",
    "About 100 were delivered.",
    "Order No. 132 was signed.",
    "It fires a 7.62 mm cartridge.",
    "It is an AK 7.62 rifle.",
    "The launch was at UTC 300 sharp.",
    "The plant holds ISO 9001 papers.",
    "They met in MAY 1962 at the border.",
    "The road ran for 15 km along the border.",
    "See the chart on page P 12 below.",
    "He said the type 2 form was filed.",      # a lower-case type word takes a number of two digits or more
    "It bore the serial number 1C00-0.",       # an ordnance index never has a number that opens with 0
    "The band Nova-MM played.",                 # a version letter without its number
    "Guards watched an object 172 metres away.",  # a lower-case object is no factory index
    "The Object 1985 plan was dropped.",         # nor a year after it
    "Po 2 latach produkcji zakład stanął.",     # a short word before a number: a designation only with a dash
    "По 2 танка получили обе страны.",
])
def test_a_date_price_count_or_calibre_is_not_a_designation(text: str) -> None:
    assert found(text) == []


def test_a_single_letter_and_a_spaced_number_is_not_a_designation() -> None:
    assert found("Item T 34 on the list.") == []


def test_a_calibre_after_a_designation_is_left_out() -> None:
    assert found("The T-72 carries a 7.62 mm machine gun.") == [("T-72", "T-72")]


# --- years ----------------------------------------------------------------------------------------------------------

def test_a_plain_year_is_found() -> None:
    assert year_spans("The rifle entered service in 1962.") == [("1962", 1962, False, False)]


@pytest.mark.parametrize("text", ["The Springfield M1903 was the rifle it replaced.",
                                  "It replaced the Springfield 1903A4 in 1962."])
def test_a_year_glued_to_the_letters_of_a_designation_is_its_number(text: str) -> None:
    assert [value for _, value, _, _ in year_spans(text)] == ([1962] if "1962" in text else [])


@pytest.mark.parametrize(("text", "written"), [
    ("Production peaked in the 1960s.", "1960"),
    ("Production peaked in the 1960's.", "1960"),
    ("Выпуск достиг пика в 1960-х годах.", "1960"),
    ("В 1980-е годы выпуск упал.", "1980"),
    ("In den 1960er Jahren lief die Fertigung.", "1960"),
    ("Fabrica a lucrat intens în anii 1960.", "1960"),
    ("La producción creció en los años 1960.", "1960"),
    ("1960年代中ごろ以降の生産型。", "1960"),      # a word glued after 年代
    ("1960 年代起开始生产。", "1960"),
    ("1970년대에 수출되었다.", "1970"),             # Korean 년대
    ("У 1970-их танки збирали в Чехословаччині.", "1970"),
    ("1970'lerden beri üretiliyor.", "1970"),        # a Turkish plural with a case ending after it
    ("1960'lı yıllarda üretildi.", "1960"),
    ("Sản xuất từ những năm 1970.", "1970"),
    ("1980 के दशक में उत्पादन हुआ।", "1980"),
])
def test_a_decade_is_flagged(text: str, written: str) -> None:
    assert year_spans(text) == [(written, int(written), True, False)]


@pytest.mark.parametrize("text", ["Diproduksi pada tahun 1970.", "Được sản xuất từ năm 1970.",
                                  "1970 yılında üretildi."])
def test_a_word_for_one_year_makes_no_decade(text: str) -> None:
    assert [(value, decade) for _, value, decade, _ in year_spans(text)] == [(1970, False)]


@pytest.mark.parametrize("text", ["1975'lerde", "1984'lü tüfek", "2019년대비 증가", "1984-es gyártás",
                                  "prodotto per decenni dal 1970"])
def test_no_decade_from_a_year_that_is_not_round_or_a_word_that_only_looks_like_one(text: str) -> None:
    assert not [decade for _, _, decade, _ in year_spans(text) if decade]


def test_a_round_year_after_a_decade_is_one_too() -> None:
    spans = year_spans("Se fabricó en los años 1970 y 1980, y de nuevo en 1995.")
    assert [(value, decade) for _, value, decade, _ in spans] == [(1970, True), (1980, True), (1995, False)]
    assert [decade for _, _, decade, _ in year_spans("It began in 1970 and again in 1980.")] == [False, False]


@pytest.mark.parametrize("text", [
    "It was built from 1982–1990 in Poland.",
    "It was built from 1982-1990 in Poland.",
    "It was built from 1982 - 1990 in Poland.",
])
def test_the_second_year_of_a_range_is_flagged(text: str) -> None:
    assert year_spans(text) == [("1982", 1982, False, False), ("1990", 1990, False, True)]


@pytest.mark.parametrize("text", [
    "It was built from 1982 to 1990 in Poland.",
    "Es wurde von 1982 bis 1990 in Polen gebaut.",
    "Выпускался с 1982 по 1990 год.",
    "Celkem bylo mezi léty 1982 až 1990 vyrobeno mnoho kusů.",
    "Produkowano go od 1982 r. do 1990 r.",
    # "between" before the first year and "and" between them
    "They were delivered between 1982 and 1990.",
    "Fueron entregados entre 1982 y 1990.",
    "Dostarczono je między 1982 a 1990 rokiem.",
    "Поставлены между 1982 и 1990 годами.",
    "Sie wurden zwischen den Jahren 1982 und 1990 geliefert.",
])
def test_a_word_of_span_between_two_years_makes_a_range(text: str) -> None:
    assert [(value, end) for _, value, _, end in year_spans(text)] == [(1982, False), (1990, True)]


@pytest.mark.parametrize("text", [
    "Celkem bylo vyrobeno 1998 kusů tanků.",
    "Wyprodukowano 1998 sztuk czołgów.",
    "Built in large numbers, 1998 units in all.",
])
def test_a_number_that_counts_things_is_no_year(text: str) -> None:
    assert year_spans(text) == []


def test_a_third_year_after_a_span_is_no_part_of_it() -> None:
    spans = year_spans("Fueron entregados entre 1987 y 1991 y de nuevo en 1995.")
    assert [(value, end) for _, value, _, end in spans] == [(1987, False), (1991, True), (1995, False)]


def test_a_year_before_a_word_that_opens_with_the_characters_of_decade_is_a_year() -> None:
    assert year_spans("2013年代表团访问了工厂。") == [("2013", 2013, False, False)]   # 代表团: a delegation


def test_two_years_apart_are_not_a_range() -> None:
    assert year_spans("It was adopted in 1962 and replaced in 1974.") == [
        ("1962", 1962, False, False), ("1974", 1974, False, False)]
    # "and" joins two years without "between": two events
    assert [end for _, _, _, end in year_spans("It was built in 1962 and 1974.")] == [False, False]


@pytest.mark.parametrize("text", [
    "The T-1990 prototype was shown.",
    "The firmware 3.1975 was installed.",
    "It cost 1,1975 units.",
    "Numbers 1750 and 2050 are not years here.",
    "The serial number was 119622.",
])
def test_no_year_inside_another_number_or_a_name(text: str) -> None:
    assert year_spans(text) == []


def test_a_year_before_punctuation_is_found() -> None:
    assert [v for _, v, _, _ in year_spans("It ended in 1991, then in 1999.")] == [1991, 1999]


def test_a_year_right_after_a_comma_without_a_space_is_found_but_not_a_thousands_group() -> None:
    assert [v for _, v, _, _ in year_spans("1958年开始研制,1964年首批交付")] == [1958, 1964]
    assert year_spans("It cost 3,1964 roubles and 2.1964 more, order No.1965.") == []


@pytest.mark.parametrize(("text", "canonical"), [
    ("اشترت الهند طائرات ميغ-21 من موسكو", "MiG-21"),
    ("بندقية إيه كيه-103 الجديدة", "AK-103"),
    ("भारत ने मिग-21 विमान बनाए", "MiG-21"),
    ("ミグ21戦闘機の派生型", "MiG-21"),
    ("ایران دو فروند جی-۷ خرید", "J-7"),          # Persian J, with its dash
])
def test_a_designation_spelled_in_another_script_gets_its_latin_name(text: str, canonical: str) -> None:
    assert [c for _, c in found(text)] == [canonical]


@pytest.mark.parametrize("written", ["T-72M4CZ", "T-72B3M", "M70AB2"])
def test_a_suffix_of_letters_and_digits_stays_with_its_designation(written: str) -> None:
    assert found(f"The {written} was shown.") == [(written, written)]


@pytest.mark.parametrize(("text", "canonical"), [
    ("МіГ-21 був збудований", "MiG-21"),       # Ukrainian і
    ("Тып 56 быў", "Type 56"),                  # Belarusian type word
    ("Україна має Мі-24", "Mi-24"),              # Ukrainian і in a bureau's prefix
    ("Україна має Іл-76", "Il-76"),
    ("Fotoda Mİ-35M var", "Mi-35M"),             # a bureau's prefix in capitals, Turkish dotted İ too
    ("die SU-27 und", "Su-27"),
    ("МИГ-21 стоит", "MiG-21"),
    ("the MT-LB towed it", "MT-LB"),              # a Soviet design named by letters alone
    ("56식 소총", "Type 56"),                    # Korean type suffix
    ("ה-J-7 הוא", "J-7"),                       # Hebrew article with a hyphen
])
def test_designations_in_more_scripts(text: str, canonical: str) -> None:
    assert [d.canonical for d in designations(text, 0, len(text))] == [canonical]


def test_a_persian_j_without_its_dash_is_no_name() -> None:
    # ("جی ۲۰" with a space is the G20 as often as a J-20)
    text = "سران جی ۲۰ دیدار کردند"
    assert designations(text, 0, len(text)) == []


def test_a_year_after_a_hebrew_one_letter_word() -> None:
    text = "ב-1959 נכנס לשירות"
    assert [y.value for y in years(text, 0, len(text))] == [1959]


def test_a_one_letter_name_with_a_space_counts_where_the_text_writes_it_whole() -> None:
    text = "The T-72 was licensed. Later the T 72 was upgraded. Row A 1 of the table."
    found = [d.canonical for d in designations(text, 0, len(text))]
    assert found.count("T-72") == 2
    assert not any(c.startswith("A") for c in found)
    alone = "Later the T 72 was upgraded."
    assert designations(alone, 0, len(alone)) == []


def test_digits_of_other_scripts_read_as_numbers() -> None:
    text = "از سال ۱۹۴۷ و ١٩٥٦ و १९६२ ... МиГ-٢١"
    assert [y.value for y in years(text, 0, len(text))] == [1947, 1956, 1962]
    found = designations(text, 0, len(text))
    assert [d.canonical for d in found] == ["MiG-21"]
    assert text[found[0].start:found[0].end] == "МиГ-٢١"


def test_a_number_before_a_month_is_a_day_in_any_language() -> None:
    for text in ("Болгарские ВВС 18 декабря простились с МиГ-21.", "Les FAS 12 septembre reçurent le MiG-21.",
                 "Die NVA 3 Oktober übernahm den MiG-21."):
        assert [d.canonical for d in designations(text, 0, len(text))] == ["MiG-21"], text


def test_a_headline_run_into_its_text_parts_at_the_next_name() -> None:
    text = "MiG-21MiG-21はMiG-19の後継機"
    assert [d.canonical for d in designations(text, 0, len(text))] == ["MiG-21", "MiG-21", "MiG-19"]
    assert [d.canonical for d in designations("MiG-21bis", 0, 9)] == ["MiG-21bis"]


def test_a_chinese_type_named_for_its_year_is_that_type() -> None:
    text = "正式被命名为“1959年式中型坦克”，简称59式坦克。1959年10月1日"
    assert [d.canonical for d in designations(text, 0, len(text))] == ["Type 59", "Type 59"]


def test_a_capitalised_word_and_a_number_joined_by_a_hyphen_is_a_name() -> None:
    text = "The Safir-74 tank, the Fajr-5 rocket and the Тапир-2; not the 1980-1990 years."
    assert [d.canonical for d in designations(text, 0, len(text))] == ["Safir-74", "Fajr-5", "Tapir-2"]
    spaced = "Page 12 and Chapter 3"
    assert designations(spaced, 0, len(spaced)) == []


@pytest.mark.parametrize("text", ["The project 1985 was cancelled.", "Leopard 2A4 tanks", "a 4K screen",
                                  "about 3M dollars", "the M1A2 tank"])
def test_no_ordnance_index_or_project_where_there_is_none(text: str) -> None:
    assert not any(d.canonical in {"Project 1985", "2A4", "4K", "3M", "1A2"} for d in designations(text, 0, len(text)))


@pytest.mark.parametrize("text", ["shown at IDEF-2009 in Istanbul", "the MAKS-2019 air show", "during DEFEX-2014"])
def test_a_fair_or_exercise_of_a_year_is_no_designation(text: str) -> None:
    assert designations(text, 0, len(text)) == []


@pytest.mark.parametrize(("text", "written"), [("the RPG-2000 launcher", "RPG-2000"), ("a UKM-2000P", "UKM-2000P")])
def test_a_short_prefix_with_a_number_like_a_year_is_a_designation(text: str, written: str) -> None:
    assert [d.text for d in designations(text, 0, len(text))] == [written]


def test_a_type_mark_after_a_longer_number_is_no_type() -> None:
    assert found("于21959式之后") == []   # (not the "Type 959")


def test_a_declined_prefix_needs_a_bureau_and_a_number() -> None:
    assert found("Su-a T-72 i kotu-a 21") == [("T-72", "T-72")]   # (no bureau: no name; "Su-a T-72" has no number)


@pytest.mark.parametrize(("text", "canonicals"), [
    ("the MiG-17 and -19 were built", ["MiG-17", "MiG-19"]),        # a joining word, a dash, the next number
    ("Ту-22 и -95", ["Tu-22", "Tu-95"]),
    ("T-54, -55 и -62", ["T-54", "T-55", "T-62"]),
    ("T-72 and 20 BMP-1", ["T-72", "BMP-1"]),                      # (a count takes no dash: no name)
    ("from 1960 - 1970", []),
])
def test_a_dash_and_a_number_after_a_joining_word_names_the_next_design(text: str, canonicals: list[str]) -> None:
    assert [canonical for _, canonical in found(text)] == canonicals


@pytest.mark.parametrize(("text", "canonical"), [
    ("Czechoslovak-built T-72M1s were sold to Iraq.", "T-72M1"),
    ("Egypt bought 300 Type 56s from China.", "Type 56"),
    ("The BMP-1s arrived.", "BMP-1"),
])
def test_an_english_plural_ending_a_name_is_no_part_of_it(text: str, canonical: str) -> None:
    found = designations(text, 0, len(text))
    assert [d.canonical for d in found] == [canonical]
    assert found[0].text.endswith("s")


@pytest.mark.parametrize("text", ["Harganya sekitar Rp 15 juta.", "Cena wynosiła zł 300.", "Kostet Kč 20 000."])
def test_a_price_after_a_currency_symbol_of_letters_is_not_a_designation(text: str) -> None:
    assert designations(text, 0, len(text)) == []


def test_the_currency_symbols_are_cldrs() -> None:
    import babel

    from copytrace.extract.shapes import _currency_symbols
    assert {babel.Locale.parse("id").currency_symbols["IDR"], babel.Locale.parse("pl").currency_symbols["PLN"]} \
        <= set(_currency_symbols())


@pytest.mark.parametrize(("text", "written"), [
    ("Tipul 56 este o copie chinezească a AK-47.", "Tipul 56"),   # (Romanian, the word with its article)
    ("Tyyppi 56 on kiinalainen kopio AK-47:stä.", "Tyyppi 56"),
    ("Kiväärin tyypin 56 kopio valmistettiin Kiinassa.", "tyypin 56"),   # (Finnish genitive)
    ("Tüüp 56 on Hiina koopia AK-47-st.", "Tüüp 56"),
])
def test_the_word_for_type_in_romanian_finnish_and_estonian_makes_a_type_name(text: str, written: str) -> None:
    assert (written, "Type 56") in found(text)
