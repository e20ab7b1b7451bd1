"""Bengali language file (round r10): sentences written for the test in Bengali news style, each with the facts the
extractor must read from it.

They cover production in a country (the locative ending: চীনে, বুলগেরিয়ায়) and by a plant (কর্তৃক, "by";
কারখানায়, "at the works"), licensed production with the licensor in the genitive (সোভিয়েত ইউনিয়নের লাইসেন্সে),
an unlicensed copy (লাইসেন্সবিহীন নকল), derivation (ভিত্তিতে, উপর ভিত্তি করে: "based on"), another name
(নামে পরিচিত: "known as"), sales and gifts to a country marked by the objective ending -কে or by the genitive and
কাছে (পাকিস্তানের কাছে বিক্রি, sold to Pakistan), a purchase from a country (থেকে কিনেছিল), and a year of entering
service (সেনাবাহিনীতে যুক্ত হয়); with plurals (-গুলো), past tenses, the particle -ও ("in Egypt too") and Bengali
digits, in a type word (টাইপ ৫৬) and after a Latin prefix (MiG-২১). They prove that the file's words reach their
classes, not how well extraction does on real text. An alias may be read in either direction.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import assert_states, facts_of

CASES = [
    ('টাইপ ৫৬ রাইফেল চীনে তৈরি করা হয়েছিল।',
     [('Type 56', 'made_in_country', 'China')]),
    ('চীন টাইপ ৫৬ রাইফেল তৈরি করে ভিয়েতনামকে সরবরাহ করেছিল।',
     [('Type 56', 'made_in_country', 'China'), ('Type 56', 'exported_to', 'Vietnam')]),
    ('M70 রাইফেল Zastava কর্তৃক নির্মিত।',
     [('Zastava M70', 'manufactured_by', 'Zastava Arms')]),
    ('MiG-21 বিমানগুলো HAL কারখানায় নির্মিত হয়েছিল।',
     [('MiG-21', 'manufactured_by', 'Hindustan Aeronautics Limited')]),
    ('পোল্যান্ড সোভিয়েত ইউনিয়নের লাইসেন্সে T-72 ট্যাংক উৎপাদন করত।',
     [('T-72', 'made_in_country', 'Poland'),
      ('T-72', 'licensed_by', 'Soviet Union'),
      ('T-72', 'licence_status', 'licensed')]),
    ('Makarov PM পিস্তলটি বুলগেরিয়ায় লাইসেন্সের অধীনে তৈরি হতো।',
     [('Makarov PM', 'made_in_country', 'Bulgaria'), ('Makarov PM', 'licence_status', 'licensed')]),
    ('J-7 হলো MiG-21-এর একটি লাইসেন্সবিহীন চীনা নকল।',
     [('Chengdu J-7', 'derived_from', 'MiG-21'), ('Chengdu J-7', 'licence_status', 'unlicensed')]),
    ('যুগোস্লাভিয়া T-72-এর ভিত্তিতে M-84 ট্যাংক তৈরি করে।',
     [('M-84', 'derived_from', 'T-72'), ('M-84', 'made_in_country', 'Yugoslavia')]),
    ('PT-91 ট্যাংক T-72 এর উপর ভিত্তি করে তৈরি।',
     [('PT-91 Twardy', 'derived_from', 'T-72')]),
    ('চেকোস্লোভাকিয়ায় BMP-1 যানটি BVP-1 নামে পরিচিত ছিল।',
     [('BVP-1', 'alias_of', 'BMP-1')]),
    ('চীন পাকিস্তানের কাছে J-7 যুদ্ধবিমান বিক্রি করেছে।',
     [('Chengdu J-7', 'exported_to', 'Pakistan')]),
    ('ইরাক সোভিয়েত ইউনিয়ন থেকে MiG-21 যুদ্ধবিমান কিনেছিল।',
     [('MiG-21', 'exported_to', 'Iraq')]),
    ('সোভিয়েত ইউনিয়ন ১৯৭৩ সালে বাংলাদেশকে ১২টি MiG-21 বিমান উপহার হিসেবে দিয়েছিল।',
     [('MiG-21', 'exported_to', 'Bangladesh')]),
    ('AKM রাইফেল ১৯৫৯ সালে সোভিয়েত সেনাবাহিনীতে যুক্ত হয়।',
     [('AKM', 'introduced_year', '1959')]),
    ('MiG-২১ বিমান ১৯৫৯ সালে সার্ভিসে আসে।',
     [('MiG-21', 'introduced_year', '1959')]),
    ('RPG-7 লঞ্চারগুলো মিশরেও উৎপাদিত হয়েছে।',
     [('RPG-7', 'made_in_country', 'Egypt')]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[f"bn-{i}" for i in range(len(CASES))])
def test_bengali_file_reads_the_facts(full_extractor: Extractor, text: str,
                                      expected: list[tuple[str, str, str]]) -> None:
    assert_states(facts_of(full_extractor, text, "bn"), expected, text)
