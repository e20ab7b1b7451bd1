"""Arabic and Persian news name Iran by its state's title alone ("الجمهورية الإسلامية", "جمهوری اسلامی"): the
Islamic Republic is Iran, which holds the licence it obtained. Sentences of our own; they prove behaviour, not
quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import all_facts


@pytest.mark.parametrize(("text", "lang"), [
    ("وقعت الجمهورية الإسلامية سنة 1993 عقدا لإنتاج دبابات T-72 بترخيص.", "ar"),
    ("در سال ۱۹۹۱ جمهوری اسلامی مجوز تولید تانک T-72 را گرفت.", "fa"),
])
def test_the_islamic_republic_holds_the_licence(extractor: Extractor, text: str, lang: str) -> None:
    facts = all_facts(extractor, text, lang)
    assert any(f.relation == "licence_status" and f.object == "licensed" and f.scope == "Iran" for f in facts), facts
