"""Round-3 cue words of the zh, ja, ar, fa, ur, he and th language files: deal and with, and a few word senses.

The sentences were written for the tests; each proves that a word reaches its cue class (or no longer does),
never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import lexicon
from copytrace.extract.match import match_fold
from tests.extract.conftest import classes_on


@pytest.mark.parametrize(("lang", "text", "span"), [
    ("zh", "1990年中国与俄罗斯签订了一项协议。", "协议"),
    ("ja", "インドはソ連と協定を結んだ。", "協定"),
    ("ar", "وقعت الهند اتفاقية مع روسيا لإنتاج الدبابة.", "اتفاقية"),
    ("fa", "ایران با روسیه قرارداد بست.", "قرارداد"),
    ("ur", "پاکستان نے چین کے ساتھ معاہدہ کیا۔", "معاہدہ"),
    ("he", "הודו חתמה על הסכם עם רוסיה.", "הסכם"),
    ("th", "ไทยลงนามในข้อตกลงกับรัสเซีย", "ข้อตกลง"),
])
def test_an_agreement_noun_is_a_deal(lang: str, text: str, span: str) -> None:
    assert "deal" in classes_on(lang, text, span)


@pytest.mark.parametrize(("lang", "text", "span"), [
    ("ar", "وقعت الهند اتفاقية مع روسيا لإنتاج الدبابة.", "مع"),
    ("fa", "ایران با روسیه قرارداد بست.", "با"),
    ("ur", "پاکستان نے چین کے ساتھ معاہدہ کیا۔", "کے ساتھ"),
    ("he", "הודו חתמה על הסכם עם רוסיה.", "עם"),
])
def test_with_is_a_word_of_its_own(lang: str, text: str, span: str) -> None:
    assert "with" in classes_on(lang, text, span)


def test_one_character_with_words_are_particles() -> None:
    assert "with" in lexicon.language("zh").particle_classes["与"]
    assert "with" in lexicon.language("ja").particle_classes["と"]


def test_a_thai_with_is_not_read_inside_about() -> None:
    text = "ข่าวเกี่ยวกับรถถังรุ่นนี้"
    assert not any(m.phrase.cls == "with" for m in lexicon.language("th").matcher.find(text, match_fold(text)))


def test_a_decade_is_not_a_contract_in_arabic() -> None:
    assert "deal" not in classes_on("ar", "خلال العقد الماضي ارتفع الإنتاج.", "العقد")


def test_an_urdu_report_is_not_a_copy() -> None:
    assert "copy" not in classes_on("ur", "خبر رساں ادارے نے یہ بات نقل کی ہے۔", "نقل")


@pytest.mark.parametrize(("lang", "text", "span"), [
    ("zh", "只有中国有权生产这种步枪。", "有权生产"),
    ("fa", "جواز تولید این تانک به ایران داده شد.", "جواز تولید"),
])
def test_a_right_to_produce_is_a_licence(lang: str, text: str, span: str) -> None:
    assert "licence" in classes_on(lang, text, span)


def test_lifting_sanctions_is_no_expired_licence_in_chinese() -> None:
    assert "expired" not in classes_on("zh", "解除制裁以后", "解除")
