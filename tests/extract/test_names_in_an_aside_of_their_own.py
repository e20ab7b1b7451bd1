"""A name inside brackets whose words say something of their own (a word of making or licence before the name, in
the brackets) takes nothing the words before the brackets say: "built under licence at Aero (the works had made the
MiG-15 there before)" licenses the design the sentence speaks of, not the MiG-15. Brackets that only give a name
("built under licence in China (as the Type 59)") still pass the licence to it. Sentences of our own; they prove
behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The last type built under licence at Aero (the works had made the MiG-15 there before) was the MiG-21."),
    ("cs", "Poslední typ, vyráběný v licenci v Aeru (dříve se tam vyráběl také MiG-15), byl MiG-21."),
])
def test_the_name_in_the_aside_is_not_licensed(extractor: Extractor, lang: str, text: str) -> None:
    facts = facts_of(extractor, text, lang)
    assert ("MiG-21", "licence_status", "licensed") in facts
    assert ("MiG-15", "licence_status", "licensed") not in facts


def test_a_name_the_brackets_only_give_is_licensed(extractor: Extractor) -> None:
    facts = facts_of(extractor, "The tank was built under licence in China (as the Type 59).", "en")
    assert ("Type 59", "licence_status", "licensed") in facts
