"""A word of versions that opens brackets right after a name ("Ми-24В (экспортный вариант — Ми-35)", "Mi-24W
(wersja eksportowa Mi-35)", "Mi-24V (exportní verze Mi-35)") names, inside them, a version of the name before the
brackets: that name is the original, never the version's derivative. Sentences of our own; they prove behaviour,
not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("ru", "Вертолёт Ми-24В (экспортный вариант — Ми-35) собирали в Ростове и Арсеньеве.", "Mi-24V"),
    ("ru", "Вертолёт Ми-24В (в экспортном варианте Ми-35) собирали в Ростове и Арсеньеве.", "Mi-24V"),
    ("ru", "Вертолёт Ми-24В (модификация Ми-35) собирали в Ростове и Арсеньеве.", "Mi-24V"),
    ("pl", "Śmigłowiec Mi-24W (wersja eksportowa Mi-35) składano w Rostowie i Arsenjewie.", "Mi-24W"),
    ("cs", "Vrtulník Mi-24V (exportní verze Mi-35) se kompletoval v Rostově a Arseňjevu.", "Mi-24V"),
])
def test_the_name_inside_the_brackets_is_the_version(extractor: Extractor, lang: str, text: str, name: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert (name, "derived_from", "Mi-35") not in facts, facts
    assert ("Mi-35", "derived_from", name) in facts, facts
