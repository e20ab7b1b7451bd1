"""A quoted name right after a product noun names a product, also where the kind's abbreviation stands between them
in brackets ("танків (ОБТ) "Вихор-Т"", "tanks (MBT) "Storm""); and in Ukrainian a contract's year, like a deal's,
dates the contract, not the product's introduction.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ('Завод відправив до Єгипту другу партію основних бойових танків (ОБТ) "Вихор-Т".', "uk"),
    ('Завод отправил в Египет вторую партию основных боевых танков (ОБТ) «Вихрь-Т».', "ru"),
])
def test_a_quoted_name_after_the_kind_in_brackets_is_a_product(extractor: Extractor, text: str, lang: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("Vikhor-T" if lang == "uk" else "Vikhr'-T", "exported_to", "Egypt") in facts, facts


def test_a_word_in_capitals_in_brackets_alone_names_nothing(extractor: Extractor) -> None:
    facts = facts_of(extractor, 'Завод отправил в Египет партию танков (ОБТ) и грузовиков.', "ru")
    assert not any(r == "exported_to" for _, r, _ in facts), facts


def test_a_contracts_year_is_no_introduction_in_ukrainian(extractor: Extractor) -> None:
    facts = facts_of(extractor, 'Завод побудував десять танків "Вихор-Т" за складеним у 2015 році контрактом.', "uk")
    assert not any(r == "introduced_year" and o == "2015" for _, r, o in facts), facts
