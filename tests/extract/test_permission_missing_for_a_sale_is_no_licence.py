"""A phrase of "without permission" before a word of selling, in a sentence that makes nothing, is about the sale
("without the state's permission the works may not sell a rifle abroad"): no licence to make was missing, and a
permission missing is never a licence handed over."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor


def _statuses(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str]]:
    return {(f.subject, f.object) for f in extractor.extract_text(text, "t", lang) if f.relation == "licence_status"}


@pytest.mark.parametrize(("text", "lang"), [
    ("The works built the AK-47 for decades. Without the state's permission, the works may not sell a single rifle "
     "abroad.", "en"),
    ("Tvornica je desetljećima proizvodila puške AK-47. Bez dozvole države tvornica danas ne smije prodati nijednu "
     "pušku u inozemstvo.", "hr"),
    ("Fabrika je decenijama proizvodila puške AK-47. Bez odobrenja države fabrika danas ne sme da proda nijednu "
     "pušku u inostranstvo.", "sr"),
    ("Tovarna je desetletja izdelovala puške AK-47. Brez dovoljenja države tovarna danes ne sme prodati nobene puške "
     "v tujino.", "sl"),
])
def test_a_sale_s_permission_is_no_licence_status(extractor: Extractor, text: str, lang: str) -> None:
    assert ("AK-47", "unlicensed") not in _statuses(extractor, text, lang)


def test_a_licence_sold_is_still_a_licence(extractor: Extractor) -> None:
    assert ("AK-47", "licensed") in _statuses(extractor, "The licence for the AK-47 was sold to Egypt.", "en")
