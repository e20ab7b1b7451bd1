"""Cue words of the ar, fa, hi, id, vi and tr language files (round "lexsouth").

The sentences were written for the tests; each proves that a word reaches its cue class (or no longer reaches a
wrong one), never how well extraction does on real text. Each fact was missed before the words were added:
Vietnamese "bán"/"mua"/"nhận" (sell, buy, receive, written exact with their tones: folded "mua" is also "mùa",
season, and "nhận" "nhân"), "chấp nhận sử dụng" (accepted into use); Hindi "प्रति" (copy), "मिले" (received), "से
सेवा में" (in service since); Indonesian "mulai mengoperasikan" (began operating), "diboyong" (brought over) and
the modal "dapat" written exact (simplemma takes "mendapatkan", to obtain, as its form); Turkish "hizmete ... girdi"
with the year between, "yapıldı" (was made) and "sağladığı" (that it supplied); Indonesian "dibikin" (made);
Persian "منتقل کرد" (transferred); Vietnamese "chuyển ... cho" (passed to), "đã giao" (handed over) and
"gia nhập không quân" (joined the air
force); Arabic "اعتمادا على" (relying on), "نقلت" (transferred) and "قد" as "may" only before a present verb
("وقد صدرت": had been exported); Persian "از سال ... در خدمت" (in service since) and Czechoslovakia
written with its zero-width non-joiner.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import classes_on, facts_of


@pytest.mark.parametrize(("lang", "text", "fact"), [
    ('fa', 'تپانچه Makarov از سال 1951 در خدمت ارتش شوروی است.',
     ('Makarov PM', 'introduced_year', '1951')),
    ('hi', 'J-7, MiG-21 की चीनी प्रति है।',
     ('Chengdu J-7', 'derived_from', 'MiG-21')),
    ('hi', 'मिस्र को 1956 में सोवियत संघ से T-54 टैंक मिले।',
     ('T-54', 'exported_to', 'Egypt')),
    ('vi', 'Nga đã bán Su-27 cho Việt Nam.',
     ('Su-27', 'exported_to', 'Vietnam')),
    ('vi', 'Ai Cập nhận xe tăng T-54 từ Liên Xô năm 1956.',
     ('T-54', 'exported_to', 'Egypt')),
    ('vi', 'Súng SKS được Quân đội Liên Xô chấp nhận sử dụng năm 1949.',
     ('SKS', 'introduced_year', '1949')),
    ('vi', 'Iraq mua MiG-21 từ Liên Xô.',
     ('MiG-21', 'exported_to', 'Iraq')),
    ('id', 'TNI AU mulai mengoperasikan Su-27 sejak tahun 2003.',
     ('Su-27', 'introduced_year', '2003')),
    ('id', 'Helikopter Mi-17 diboyong ke Indonesia pada 2003.',
     ('Mi-17', 'exported_to', 'Indonesia')),
    ('tr', 'Su-27 hizmete 1985 yılında girdi.',
     ('Su-27', 'introduced_year', '1985')),
    ('ar', 'نقلت روسيا مروحيات Mi-17 إلى إندونيسيا.',
     ('Mi-17', 'exported_to', 'Indonesia')),
    ('fa', 'چک\u200cاسلواکی BMP-1 را تحت لیسانس شوروی ساخت.',
     ('BMP-1', 'made_in_country', 'Czechoslovakia')),
    ('vi', 'Trung Quốc đã giao J-7 cho Pakistan.',
     ('Chengdu J-7', 'exported_to', 'Pakistan')),
    ('vi', 'MiG-21 gia nhập Không quân Ấn Độ năm 1963.',
     ('MiG-21', 'introduced_year', '1963')),
    ('ar', 'طورت Y-5 اعتمادا على An-2.',
     ('Nanchang Y-5', 'derived_from', 'An-2')),
    ('tr', "Y-5 uçakları Çin'de yapıldı.",
     ('Nanchang Y-5', 'made_in_country', 'China')),
    ('tr', "Sovyetler Birliği'nin Mısır'a sağladığı T-54 tankları",
     ('T-54', 'exported_to', 'Egypt')),
    ('id', 'Pesawat Y-5 dibikin di Tiongkok.',
     ('Nanchang Y-5', 'made_in_country', 'China')),
    ('vi', 'Ai Cập đã chuyển tên lửa Scud cho Triều Tiên.',
     ('Scud', 'exported_to', 'North Korea')),
    ('fa', 'مصر موشک‌های Scud را به کره شمالی منتقل کرد.',
     ('Scud', 'exported_to', 'North Korea')),
])
def test_the_fact_is_read(extractor: Extractor, lang: str, text: str, fact: tuple[str, str, str]) -> None:
    assert fact in facts_of(extractor, text, lang)


def test_to_obtain_is_no_plan_in_indonesian() -> None:
    assert "plan" not in classes_on("id", "Pakistan mendapatkan pesawat J-7 dari Tiongkok.", "mendapatkan")


def test_arabic_qad_before_a_past_verb_is_no_plan() -> None:
    assert "plan" not in classes_on("ar", "طائرات J-7 صينية الصنع وقد صدرت إلى باكستان.", "قد")
    assert "plan" in classes_on("ar", "قد يتم تسليم الطائرات العام المقبل.", "قد يتم")
