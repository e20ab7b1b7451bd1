"""Russian, Ukrainian and Belarusian "незаконный" / "нелегальный" (illegal) say a copy was made without a licence
only of a copy or of making ("незаконная копия", "незаконное производство", "незаконно выпускали"); the adjective
on anything else (illegal armed groups, illegal migrants) says nothing of a licence.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _statuses(extractor: Extractor, text: str, lang: str) -> set[str]:
    return {f.object for f in extractor.extract_text(text, "t", lang) if f.relation == "licence_status"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Гаубицу Д-30 видели у незаконных вооружённых групп на севере страны.", "ru"),
    ("Гаубицю Д-30 бачили в незаконних збройних групах на півночі країни.", "uk"),
    ("Гаубіцу Д-30 бачылі ў незаконных узброеных групах на поўначы краіны.", "be"),
])
def test_illegal_armed_groups_say_nothing_of_a_licence(extractor: Extractor, text: str, lang: str) -> None:
    assert _statuses(extractor, text, lang) == set()


@pytest.mark.parametrize(("text", "lang"), [
    ("В Пакистане гаубицу Д-30 выпускали незаконно.", "ru"),
    ("Пакистанская гаубица Д-30 была незаконной копией советского орудия.", "ru"),
    ("В Пакистане наладили незаконное производство гаубицы Д-30.", "ru"),
    ("У Пакистані гаубицю Д-30 випускали незаконно.", "uk"),
    ("У Пакистані налагодили незаконне виробництво гаубиці Д-30.", "uk"),
])
def test_an_illegal_copy_or_making_is_unlicensed(extractor: Extractor, text: str, lang: str) -> None:
    assert "unlicensed" in _statuses(extractor, text, lang)
