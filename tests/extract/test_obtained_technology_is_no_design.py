"""A word of obtaining whose object is technology or papers (a country's, where the owner comes first: "ドイツの技術",
"德国的技术") brought the know-how, not a design: the owner is neither buyer nor recipient, and the design the
sentence goes on to build was not imported."""

from __future__ import annotations

from tests.extract.conftest import facts_of


def _exports(extractor, text, lang):
    return {(s, o) for s, r, o in facts_of(extractor, text, lang) if r == "exported_to"}


def test_japanese_obtained_foreign_technology(extractor):
    assert not _exports(extractor, "ソ連はドイツの先端技術を手に入れ、MiG-15を開発した。", "ja")


def test_japanese_relative_clause_of_obtaining(extractor):
    assert not _exports(extractor, "手に入れたドイツの先端技術を入れることで性能が向上し、MiG-15は量産された。", "ja")


def test_chinese_obtained_foreign_technology(extractor):
    assert not _exports(extractor, "苏联获得了德国的先进技术,研制了米格-15。", "zh")


def test_design_imported_still_read(extractor):
    assert ("MiG-21", "India") in _exports(extractor, "インドはソ連からMiG-21を輸入した。", "ja")
    assert ("MiG-21", "China") in _exports(extractor, "中国从苏联引进了米格-21。", "zh")
