"""Cue words whose everyday sense is another (zh, ja, ko, vi, id, ms, th, hi, bn), found with probe sentences.

These sentences were written for the tests: each shows one everyday use of a word that was listed as a cue (a
mechanism a rifle "uses", 采用 / 採用; a resolution "adopted", 채택; "to admit", thừa nhận; "to hold" an exercise,
mengadakan; a rocket "launched", diluncurkan; "correctly", อย่างถูกต้อง ...) that no longer makes a fact, and guard
cases that the cue's own sense is still read; never how well extraction does on real text (see test_quality).
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import assert_read, facts_of


@pytest.mark.parametrize(("text", "lang", "absent"), [
    # zh: 采用 is mostly "uses" (a mechanism, a calibre), no adoption into service
    ("1985年，中国采用了AK-47的导气原理，研制了一种新步枪。", "zh", ("AK-47", "introduced_year", "1985")),
    # zh: 测绘 is surveying and mapping, 图纸 drawings: neither is a copy or a licence by itself
    ("苏联的测绘部门制作了AK-47的图纸。", "zh", ("AK-47", "licence_status", "licensed")),
    # zh: 国防授权法 (the defence authorisation act) is no licence
    ("美国国会通过了国防授权法案，AKM将继续服役。", "zh", ("AKM", "licence_status", "licensed")),
    # zh: 制作 is making a film or a programme
    ("这部电影由中国制作，讲述了AK-47的故事。", "zh", ("AK-47", "made_in_country", "China")),
    # ja: 採用 with を of a mechanism is "uses"
    ("AK-47はガス圧作動方式を採用しており、1959年に改良が行われた。", "ja", ("AK-47", "introduced_year", "1959")),
    # ja: 図面 (drawings) alone is no licence
    ("ソ連は1960年にAK-47の図面を作成した。", "ja", ("AK-47", "licence_status", "licensed")),
    # ko: 채택했다 of a resolution
    ("유엔은 1990년 결의안을 채택했고 이라크의 AK-47이 문제가 되었다.", "ko", ("AK-47", "introduced_year", "1990")),
    # vi: "nhận" stands in thừa nhận (admit), xác nhận (confirm), nhận định (assess)
    ("Nga thừa nhận rằng Ấn Độ có AK-47.", "vi", ("AK-47", "exported_to", "Russia")),
    ("Việt Nam xác nhận AK-47 vẫn đang hoạt động.", "vi", ("AK-47", "exported_to", "Vietnam")),
    ("Ba Lan nhận định rằng AKM vẫn hữu ích.", "vi", ("AKM", "exported_to", "Poland")),
    # vi: "được trang bị" of a part is "is fitted with"
    ("Năm 1985, AKM được trang bị báng súng mới.", "vi", ("AKM", "introduced_year", "1985")),
    # id: mengadakan is "to hold" (an exercise, a meeting)
    ("Pada tahun 2010 Indonesia mengadakan latihan bersama dengan Rusia, dan AK-47 ikut dipamerkan.", "id",
     ("AK-47", "exported_to", "Indonesia")),
    # id: a rocket "diluncurkan" is fired
    ("Pada tahun 1991 RPG-7 diluncurkan ke arah tank Irak.", "id", ("RPG-7", "introduced_year", "1991")),
    # id: pembangunan is (economic) development
    ("Pembangunan ekonomi Vietnam pada tahun 1990 tidak menghentikan penggunaan AKM.", "id",
     ("AKM", "introduced_year", "1990")),
    # id: memperkuat kerja sama is "to strengthen ties"
    ("Indonesia memperkuat kerja sama dengan Rusia pada tahun 2003 dan membeli AK-47.", "id",
     ("AK-47", "introduced_year", "2003")),
    # ms: a rocket "dilancarkan" is fired
    ("Pada tahun 1991, RPG-7 dilancarkan oleh Iraq ke arah Israel.", "ms", ("RPG-7", "introduced_year", "1991")),
    # hi: शामिल किया गया alone is "was included" (in a list)
    ("2001 में AK-47 को भारत की सूची में शामिल किया गया।", "hi", ("AK-47", "introduced_year", "2001")),
    # th: อย่างถูกต้อง is "correctly"
    ("ทหารต้องใช้ AK-47 อย่างถูกต้อง ตามที่รัสเซียกำหนด", "th", ("AK-47", "licence_status", "licensed")),
    # bn: সিদ্ধান্ত গ্রহণ করে is "takes a decision"
    ("বাংলাদেশ সরকার সিদ্ধান্ত গ্রহণ করে যে AK-47 রাইফেল থাকবে।", "bn", ("AK-47", "exported_to", "Bangladesh")),
])
def test_an_everyday_sense_makes_no_fact(small_extractor: Extractor, text: str, lang: str,
                                          absent: tuple[str, str, str]) -> None:
    assert_read(facts_of(small_extractor, text, lang), None, absent)


# guard cases: the cue's own sense is still read (these pass on the starting lexicons too)
@pytest.mark.parametrize(("text", "lang", "present"), [
    ("1957年，苏联授权中国生产AK-47。", "zh", ("AK-47", "licence_status", "licensed")),
    ("经苏联授权，中国生产了AK-47。", "zh", ("AK-47", "licence_status", "licensed")),
    ("1956年，解放军正式采用AK-47。", "zh", ("AK-47", "introduced_year", "1956")),
    ("AK-47は1949年にソ連軍に採用された。", "ja", ("AK-47", "introduced_year", "1949")),
    ("1985年に登場したAKMは、AK-47をベースに開発された。", "ja", ("AKM", "derived_from", "AK-47")),
    ("AK-47은 1949년 소련군에 정식 채택되었다.", "ko", ("AK-47", "introduced_year", "1949")),
    ("1949년 소련군은 AK-47을 제식소총으로 채택했다.", "ko", ("AK-47", "introduced_year", "1949")),
    ("Năm 1979, Việt Nam nhận 50 khẩu AKM từ Liên Xô.", "vi", ("AKM", "exported_to", "Vietnam")),
    ("Năm 1959, AK-47 được trang bị cho Quân đội Nhân dân Việt Nam.", "vi", ("AK-47", "introduced_year", "1959")),
    ("Indonesia membeli AK-47 dari Uni Soviet pada tahun 1960.", "id", ("AK-47", "exported_to", "Indonesia")),
    ("อินเดียได้รับ AK-47 จากรัสเซียในปี 2001", "th", ("AK-47", "exported_to", "India")),
])
def test_the_cue_sense_is_still_read(small_extractor: Extractor, text: str, lang: str,
                                     present: tuple[str, str, str]) -> None:
    assert_read(facts_of(small_extractor, text, lang), present, None)
