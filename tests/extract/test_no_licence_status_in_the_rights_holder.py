"""A licence status is said of the country that copies or takes the licence, never of the country that holds the
design's rights: a page on foreign fakes of a Soviet design that also names the Soviet Union (as the design's maker)
or Russia (its press, its successor) makes no unlicensed copy there. The licensee still gets its status. Sentences
of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import all_facts


def _statuses(extractor: Extractor, text: str, lang: str) -> set[tuple[str, str, str | None]]:
    return {(f.subject, f.object, f.scope) for f in all_facts(extractor, text, lang) if f.relation == "licence_status"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Moskova basınına göre Çinli fabrikalar Sovyet tasarımı Su-27 jetinin bir sahtesini üretti.", "tr"),
    ("Russian papers wrote that Chinese engineers had built a fake of the Soviet-made Su-27 fighter.", "en"),
])
def test_no_unlicensed_copy_in_the_rights_holder(extractor: Extractor, text: str, lang: str) -> None:
    scopes = {scope for _, _, scope in _statuses(extractor, text, lang)}
    assert not scopes & {"Soviet Union", "Russia"}, scopes


def test_the_copier_keeps_its_status(extractor: Extractor) -> None:
    text = "Moskova basınına göre Çinli fabrikalar Sovyet tasarımı Su-27 jetinin bir sahtesini üretti."
    assert any(obj == "unlicensed" and scope == "China" for _, obj, scope in _statuses(extractor, text, "tr"))
