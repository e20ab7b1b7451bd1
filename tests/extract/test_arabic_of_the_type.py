"""Arabic names a design after a word of its kind and "of the type" ("مقاتلة روسية من طراز ميغ-29", a Russian fighter
of the type MiG-29): the country adjective on the kind word is the design's, the type word between counting for no
word of a clause; and a two-letter prefix in Arabic letters apart from its number is a design after such a word
though an opening quote stands between ("من طراز \"سو 35\"").

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def test_adjective_on_the_kind_word_before_the_type(extractor: Extractor) -> None:
    facts = facts_of(extractor, "ستتسلم الكويت عشرين مقاتلة روسية من طراز ميغ-29 العام القادم.", "ar")
    assert ("MiG-29", "made_in_country", "Russia") in facts, facts


def test_quoted_spaced_prefix_after_the_type_word(extractor: Extractor) -> None:
    facts = facts_of(extractor, 'تسلمت الكويت مقاتلات من طراز "سو 35" الروسية.', "ar")
    assert ("Su-35", "made_in_country", "Russia") in facts, facts


def test_adjective_after_a_quoted_spaced_name_is_not_the_rivals(extractor: Extractor) -> None:
    text = 'قال الضابط إن الدبابة "صاعقة" تضاهي دبابة من طراز "تي 72 إس" روسية الصنع.'
    facts = facts_of(extractor, text, "ar")
    assert ("T-72S", "made_in_country", "Russia") in facts, facts
    assert not any(r == "made_in_country" and o == "Russia" and s != "T-72S" for s, r, o in facts), facts
