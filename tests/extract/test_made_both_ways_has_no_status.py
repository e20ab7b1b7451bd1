"""A licence word and a word of no licence joined by "and" or "or" ("both under licence and illegally", "baik di
bawah lisensi maupun secara ilegal", "hem lisanslı hem de lisanssız") say a design was made either way: no licence
status of its own. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("id", "Senapan SKS kini dibuat di banyak negara, baik di bawah lisensi maupun secara ilegal."),
    ("tr", "SKS tüfeği pek çok ülkede hem lisanslı hem de lisanssız olarak yapıldı."),
])
def test_either_way_is_no_status(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("SKS", "licence_status", "unlicensed") not in facts
    assert ("SKS", "licence_status", "licensed") not in facts


@pytest.mark.parametrize(("lang", "text"), [
    ("id", "Senapan SKS dibuat secara ilegal di Mesir."),
    ("tr", "SKS tüfeği Mısır'da lisanssız olarak yapıldı."),
])
def test_one_way_keeps_its_status(extractor: Extractor, lang: str, text: str) -> None:
    assert ("SKS", "licence_status", "unlicensed") in facts_of(extractor, text, lang)
