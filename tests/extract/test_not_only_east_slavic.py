"""Russian, Ukrainian and Belarusian phrases whose "не" negates nothing: "not only" ("не только", "не тільки",
"не толькі") and "no more than" / "no less than" ("не более чем", "не більше ніж", "не больш"). A licensed copy
said to be "no more than a licensed copy" is still licensed; a plain "не" before the verb still negates.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _statuses(extractor: Extractor, text: str, lang: str) -> set[str]:
    return {f.object for f in extractor.extract_text(text, "t", lang)
            if f.relation == "licence_status" and f.subject == "PT-91 Twardy"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Польский танк PT-91 был не более чем лицензионной копией Т-72.", "ru"),
    ("Польский танк PT-91 не только лицензионная копия Т-72, но и более защищённая машина.", "ru"),
    ("Польский танк PT-91 был не менее чем лицензионной копией Т-72.", "ru"),
    ("Польський танк PT-91 був не більше ніж ліцензійною копією Т-72.", "uk"),
    ("Польський танк PT-91 не тільки ліцензійна копія Т-72, а й краще захищена машина.", "uk"),
    ("Польскі танк PT-91 быў не больш чым ліцэнзійнай копіяй Т-72.", "be"),
    ("Польскі танк PT-91 не толькі ліцэнзійная копія Т-72, але і лепш абаронены.", "be"),
])
def test_no_more_than_a_licensed_copy_is_licensed(extractor: Extractor, text: str, lang: str) -> None:
    assert _statuses(extractor, text, lang) == {"licensed"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Польский танк PT-91 не был лицензионной копией Т-72.", "ru"),
    ("Польський танк PT-91 не був ліцензійною копією Т-72.", "uk"),
])
def test_a_plain_not_still_negates_the_licence(extractor: Extractor, text: str, lang: str) -> None:
    assert "licensed" not in _statuses(extractor, text, lang)
