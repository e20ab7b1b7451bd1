"""A model word's number may carry a later year after a slash, which is part of the name ("vz. 52/57", "wz. 1943/52");
after a word for "type" a slash joins two types, and the first is named alone ("Typ 54/55")."""

from __future__ import annotations

from tests.extract.conftest import all_facts


def _subjects(extractor, text, lang):
    return {f.subject for f in all_facts(extractor, text, lang)}


def test_czech_model_with_its_later_year(extractor):
    subjects = _subjects(extractor, "Továrna v Uherském Brodě vyráběla pušky vz. 52/57 od roku 1957.", "cs")
    assert "vz. 52/57" in subjects, subjects


def test_type_word_keeps_the_first_type(extractor):
    subjects = _subjects(extractor, "Die Fabrik baute ab 1960 Panzer vom Typ 54/55 in Serie.", "de")
    assert "vz. 52/57" not in subjects and not any("/" in s for s in subjects), subjects
