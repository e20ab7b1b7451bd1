"""Export control is a thing of law, not a sale: a country named after "export control" ("экспортного контроля
России", "експортного контролю України", the name of an office) is the state that controls, no buyer of the design
the text speaks of. A sale the same text tells of still counts.

The sentences were written for these tests: each proves one reading, never how well extraction does on real text.
"""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _exports(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in extractor.extract_text(text, "t", lang) if f.relation == "exported_to"}


@pytest.mark.parametrize(("text", "lang", "seller"), [
    ("В 2012 году Беларусь продала 8 танков Т-72 в Судан. Так сообщила служба экспортного контроля Беларуси.",
     "ru", "Belarus"),
    ("У 2012 році Україна продала 8 танків Т-72 до Судану. Так повідомила служба експортного контролю України.",
     "uk", "Ukraine"),
])
def test_the_office_of_export_control_buys_nothing(extractor: Extractor, text: str, lang: str, seller: str) -> None:
    exports = _exports(extractor, text, lang)
    assert ("T-72", "Sudan") in exports
    assert ("T-72", seller) not in exports
