""""The export designation of X is Y" with a dash for "is" (Russian, Ukrainian, Polish: "Экспортное обозначение
J-6 — F-6") or German "lautet" (reads) gives another name of X: the dash no longer parts the name from its clause.
Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Для поставок за рубеж обозначение J-6 — F-6."),
    ("pl", "W eksporcie oznaczenie J-6 – F-6."),
    ("de", "Bei der Ausfuhr änderte sich nur eines: die Bezeichnung der J-6 lautete F-6."),
])
def test_the_name_after_the_dash_or_lautet(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert any(s == "Shenyang J-6" and r == "alias_of" and o in {"F-6", "Shenyang F-6"} for s, r, o in facts), facts
