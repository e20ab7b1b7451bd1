"""Designations whose prefix is spelled out in a script other than Latin, Cyrillic or Chinese characters.

Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from copytrace.extract.shapes import designations


def canonicals(text: str) -> list[str]:
    return [d.canonical for d in designations(text, 0, len(text))]


@pytest.mark.parametrize(("text", "canonical"), [
    # Arabic
    ("اشترى الجيش دبابات تي-72 جديدة", "T-72"),
    ("حصلت القوات على بندقية اي كي-47 قديمة", "AK-47"),
    ("وصلت مروحيات إم آي 17 إلى القاعدة", "Mi-17"),
    ("ناقلة الجنود بي تي ار 80 في العرض", "BTR-80"),
    ("عربة بي ام بي-2 تعبر النهر", "BMP-2"),
    ("منظومة إس-300 للدفاع الجوي", "S-300"),
    ("مدفع دي-30 عيار 122 ملم", "D-30"),
    ("راجمة بي إم 21 في الصحراء", "BM-21"),
    ("طائرة جيه اف 17 الباكستانية", "JF-17"),
    ("طائرة النقل إيل-76 هبطت", "Il-76"),
    ("مروحية كا-52 الروسية", "Ka-52"),
    ("مدفع زو-23 المضاد للطائرات", "ZU-23"),
    ("رشاش آر بي كيه 74 خفيف", "RPK-74"),
    # Persian
    ("ارتش تانک‌های تی ۷۲ را خرید", "T-72"),
    ("کارخانه تانک تی ۹۰ را ساخت", "T-90"),
    ("سلاح آکا-۴۷ در کارخانه", "AK-47"),
    ("خودروی بی‌ام‌پی-۲ در رژه", "BMP-2"),
    ("جنگنده سوخوی ۳۰ روسی", "Su-30"),
    ("هواپیمای ایل-۷۶ فرود آمد", "Il-76"),
    ("بالگرد کاموف ۵۲ پرواز کرد", "Ka-52"),
    # Urdu
    ("پاکستان نے ایم آئی 35 ہیلی کاپٹر خریدے", "Mi-35"),
    ("فوجی کے پاس اے کے 47 رائفل تھی", "AK-47"),
    ("جے ایف 17 تھنڈر طیارہ اڑا", "JF-17"),
    ("فوج کے ٹی-80 ٹینک میدان میں", "T-80"),
    ("ایس 400 دفاعی نظام خریدا گیا", "S-400"),
    ("بھارتی ایس یو 30 طیارہ گر گیا", "Su-30"),
    ("چینی زیڈ 10 ہیلی کاپٹر آیا", "Z-10"),
    # Hindi
    ("सेना ने एमआई-17 हेलीकॉप्टर भेजा", "Mi-17"),
    ("टी-90 टैंक का उत्पादन", "T-90"),
    ("वायुसेना के सु-30 विमान", "Su-30"),
    ("सुखोई एसयू-30 विमान उड़ा", "Su-30"),
    ("बीएमपी-2 वाहन तैयार हुआ", "BMP-2"),
    ("एस-400 प्रणाली की डिलीवरी", "S-400"),
    ("एएन-32 विमान लापता हुआ", "An-32"),
    ("एके-203 राइफल का कारखाना", "AK-203"),
    ("चीन के जे-20 विमान", "J-20"),
    # Thai, run into the word before it
    ("ปืนเอเค-47 ของกองทัพ", "AK-47"),
    ("เฮลิคอปเตอร์มิ-17 ลงจอด", "Mi-17"),
    ("รถถัง ที-72 ของกองทัพ", "T-72"),
    ("เครื่องบินขับไล่ เอฟ-16 บินผ่าน", "F-16"),
    # Hebrew, with a hyphen or a maqaf
    ("מסוק מי־24 נחת בבסיס", "Mi-24"),
    ("מטוסי אף-16 המריאו", "F-16"),
    ("מערכת אס-300 הגיעה", "S-300"),
    ("מטוס מיג-21 ישן", "MiG-21"),
    # Greek
    ("Το ελικόπτερο Μι-24 προσγειώθηκε", "Mi-24"),
    ("Τα Μιγκ-29 πέταξαν", "MiG-29"),
    # Georgian
    ("ტანკი ტ-72 გამოჩნდა", "T-72"),
    ("თვითმფრინავი სუ-25 აწყობილია", "Su-25"),
    ("ვერტმფრენი მი-24 დაეშვა", "Mi-24"),
    ("ჯავშანმანქანა ბმპ-2 მოვიდა", "BMP-2"),
    # Armenian
    ("Կործանիչ Սու-30 ժամանեց", "Su-30"),
    ("Տանկ Տ-72 կա", "T-72"),
    ("Ուղղաթիռ Մի-24 վայրէջք կատարեց", "Mi-24"),
    ("Համակարգ Ս-300 տեղադրվեց", "S-300"),
    # Bengali, with Bengali digits
    ("বিমানবাহিনীর মিগ-২৯ উড়েছে", "MiG-29"),
    ("সেনাবাহিনীর টি-৫৪ ট্যাংক", "T-54"),
    ("নৌবাহিনীর এমআই-১৭ হেলিকপ্টার", "Mi-17"),
    ("পুরোনো ইয়াক-১৩০ প্রশিক্ষণ বিমান", "Yak-130"),
    # Japanese and Korean
    ("旧ソ連製ミグ21戦闘機", "MiG-21"),
    ("輸送機アントノフ225が着陸した", "An-225"),
    ("스텔스 전투기 젠-20 공개", "J-20"),
    ("훈련기 야크-130 도입", "Yak-130"),
    # missiles and rockets named by a word and a number
    ("أطلقت صواريخ صقر 45 في التجربة", "Sakr-45"),
    ("موشک شهاب ۳ آزمایش شد", "Shahab-3"),
    ("صواريخ سام-7 المحمولة", "SA-7"),
    ("红箭-73反坦克导弹", "HJ-73"),
    ("東風-11導彈", "DF-11"),
    # Greek capitals that look like Latin ones, and a rho copied from a Cyrillic Р
    ("Τα ΒΜΡ-1 του στρατού", "BMP-1"),
    ("Τα ΒΤΡ-80 του στρατού", "BTR-80"),
])
def test_a_prefix_spelled_in_another_script_is_a_designation(text: str, canonical: str) -> None:
    assert canonicals(text) == [canonical]


@pytest.mark.parametrize(("text", "found"), [
    ("کارخانه تانک تی ۹۰ ـ اس را ساخت", ["T-90S"]),
    ("ارتش تانک تی ۷۲ اس را خرید", ["T-72S"]),
    ("भारत ने टी-90एस टैंक खरीदे", ["T-90S"]),                   # Devanagari, the letter run on
    ("جاءت طائرة ميغ-21 إف جديدة", ["MiG-21F"]),
    ("طائرة ميغ-21 إف-16 معا", ["MiG-21", "F-16"]),           # a designation after another is no suffix
    ("دبابة تي-72 إم آي-17 معا", ["T-72", "Mi-17"]),
    ("تي-72 اسم الدبابة", ["T-72"]),                          # a word that starts like the letter
])
def test_a_letter_spelled_out_after_the_number_is_its_suffix(text: str, found: list[str]) -> None:
    assert canonicals(text) == found


@pytest.mark.parametrize("text", [
    "ذهب إلى السوق في 23 مايو",            # "في" (in) before a number
    "قال إن 70 شخصا حضروا",                 # "إن" (that) before a number
    "أن 26 طالبا نجحوا",                    # "أن" (that)
    "دخلت تو 5 سيارات",                     # two Arabic letters with no hyphen
    "تیپ ۶۵ نیروهای ویژه",                  # Persian "brigade"
    "دیابت نوع ۲ شایع است",                 # Persian "type" of a disease
    "گروه جی ۲۰ در نشست",                   # Persian G, not J
    "پی کے 70 سے امیدوار",                  # Urdu constituency
    "کمپنی کے 51 فیصد حصص",                 # Urdu "of"
    "भारत का 52 प्रतिशत हिस्सा",              # Hindi "of"
    "छोटी 72 किताबें",                      # a vowel sign before "टी": inside a word
    "उसके 40 साल",                          # Hindi "of" after a vowel sign
    "ชุดเซรามิก 3 ชิ้น",                     # a Thai word ending like the MiG, no hyphen
    "ที่ 72 ของรายการ",                      # Thai "at/the" before a number
    "מי 24 אנשים הגיעו",                    # Hebrew "who" with no hyphen
    "אף 16 לא באו",                         # Hebrew "not even" with no hyphen
    "Μι 24 άτομα",                          # Greek letter with no hyphen
    "ან 2 ან 3",                            # Georgian "or"
    "Մի 24 մարդ եկավ",                      # Armenian "a/one"
    "한미 24일 회담",                         # Korean "US" before a date
    "এখানে ২টি ট্যাংক আছে",                  # Bengali counting word after a number
    "টি ৫ জন সৈনিক",                         # Bengali letters with no hyphen
    "তুমি এস ৩ দিনে",                         # Bengali "come"
])
def test_a_word_before_a_number_is_no_designation(text: str) -> None:
    assert canonicals(text) == []


def test_percent_codes_of_an_address_are_no_designations() -> None:
    assert canonicals("https://he.wikipedia.org/wiki/%D7%98%D7%99_%D7%90") == []


@pytest.mark.parametrize(("text", "canonical"), [
    # a letter glued after the number, and a number after it, name the version ("T-72M1"), whether the letter is
    # written with its hamza below or above ("إم", "أم"); a letter a space sets after the number that begins a
    # designation of its own stays one ("تي-72 إم آي-17": the T-72 and the Mi-17)
    ("هي نسخة مطورة عن تي-72أم1 السوفيتية", "T-72M1"),
    ("هي نسخة مطورة عن تي-72إم1 السوفيتية", "T-72M1"),
    # a two-letter prefix apart from its number after a word of the kind of design ("of the Su 33 model")
    ("نسخت الصين طائرة من طراز سو 33", "Su-33"),
    ("وصلت مقاتلة مي 24 إلى المطار", "Mi-24"),
    ("هواپیمای سو ۲۴ فرود آمد", "Su-24"),
])
def test_arabic_script_versions_and_spaced_prefixes(text: str, canonical: str) -> None:
    assert canonical in canonicals(text)


@pytest.mark.parametrize("text", ["تي-72 إم آي-17 في العرض", "اتصل بي اف 16 مرة"])
def test_a_spaced_letter_that_starts_a_designation_or_a_word_is_none(text: str) -> None:
    assert not any(c.startswith(("T-72M", "F-16")) for c in canonicals(text))
