"""A design sent abroad to be mended ("poslala na remont u Rumunjsku", "sent its MiG-21s for overhaul to Romania")
goes to no buyer; one delivered after repair ("isporučila remontirane tenkove", "sold the refurbished tanks") does.
Each sentence was written for the test."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("Hrvatska je 12 aviona MiG-21 poslala na remont u Rumunjsku.", "hr"),
    ("Hrvaška je 12 letal MiG-21 poslala na remont v Romunijo.", "sl"),
    ("Croatia sent its MiG-21s for overhaul to Romania.", "en"),
])
def test_sent_to_be_mended(extractor: Extractor, text: str, lang: str) -> None:
    assert ("MiG-21", "exported_to", "Romania") not in facts_of(extractor, text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Rusija je Srbiji isporučila remontirane tenkove T-72.", "hr"),
    ("Russia sold the refurbished T-72 tanks to Serbia.", "en"),
])
def test_delivered_after_repair(extractor: Extractor, text: str, lang: str) -> None:
    assert ("T-72", "exported_to", "Serbia") in facts_of(extractor, text, lang)
