"""A word for arms in general ("на вооружении", in the armament of) takes no name after it: the capitalised word
that follows ("Народной армии", of the People's Army) is no design, while a word for one kind of product still
names the design after it. A word of making on arms in general ("производство оружия", "proizvodnja oružja") makes
no design a sentence before spoke of.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _facts(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    return {(f.subject, f.relation, f.object) for f in extractor.extract_text(text, "t.txt", "ru")}


def test_a_capitalised_word_after_a_word_for_arms_is_no_design(extractor: Extractor) -> None:
    facts = _facts(extractor, "Китайский клон РПГ-7 состоит на вооружении Народной милиции Ганы.")
    assert {o for _, r, o in facts if r == "derived_from"} == {"RPG-7"}, facts
    assert not any(s.startswith("Narodn") for s, _, _ in facts), facts


def test_a_word_for_one_kind_still_names_the_design(extractor: Extractor) -> None:
    facts = _facts(extractor, "Завод выпускал по лицензии гранатомёт Вампир, копию советского РПГ-7.")
    assert ("Vampir", "derived_from", "RPG-7") in facts, facts


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Танк Т-55 хорошо знают во многих странах. Позже Иран наладил производство оружия."),
    ("hr", "Tenk T-55 dobro poznaju mnoge zemlje. Kasnije je Iran pokrenuo proizvodnju oružja."),
    ("sr", "Тенк Т-55 добро познају многе земље. Касније је Иран покренуо производњу оружја."),
    ("en", "The T-55 tank is well known in many lands. Later Iran set up the production of weapons."),
])
def test_a_making_of_arms_in_general_says_nothing_of_the_design_before(extractor: Extractor, lang: str,
                                                                       text: str) -> None:
    facts = {(f.subject, f.relation, f.object) for f in extractor.extract_text(text, "t.txt", lang)}
    assert ("T-55", "made_in_country", "Iran") not in facts, facts
