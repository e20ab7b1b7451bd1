"""A Slavic perfective verb of sending in the present form speaks of the future ("will send", "will hand over"): a
delivery still to come, no export to record; its past form is one.

The sentences were written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Polska wyśle Ukrainie czołgi T-72.", "pl"),
    ("Polska przekaże Ukrainie czołgi T-72.", "pl"),
    ("Польша отправит Украине танки Т-72.", "ru"),
    ("Польща відправить Україні танки Т-72.", "uk"),
    ("Česko pošle Ukrajině tanky T-72.", "cs"),
])
def test_a_delivery_to_come_is_no_export(extractor, text, lang):
    assert ("T-72", "exported_to", "Ukraine") not in facts_of(extractor, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Polska wysłała Ukrainie czołgi T-72.", "pl"),
    ("Польша отправила Украине танки Т-72.", "ru"),
])
def test_a_delivery_done_is_an_export(extractor, text, lang):
    assert ("T-72", "exported_to", "Ukraine") in facts_of(extractor, text, lang)
