"""A licence cancelled or broken off was held, then ended: expired, not missing."""

from __future__ import annotations

import pytest

from tests.extract.conftest import facts_of


@pytest.mark.parametrize(("text", "lang"), [
    ("The J-7 is a Chinese fighter. Moscow cancelled the licence agreement, yet China kept building the J-7.", "en"),
    ("Die J-7 ist ein chinesisches Jagdflugzeug. Moskau kündigte die Lizenz, doch China baute die J-7 weiter.", "de"),
    ("El J-7 es un caza chino. Moscú canceló la licencia, pero China siguió fabricando el J-7.", "es"),
])
def test_a_cancelled_licence_has_expired(extractor, text, lang):
    status = {o for s, r, o in facts_of(extractor, text, lang) if r == "licence_status" and s == "Chengdu J-7"}
    assert "expired" in status
    assert "unlicensed" not in status


def test_a_licence_never_given_stays_missing(extractor):
    text = "The J-7 is a Chinese fighter. China built the J-7 without any licence."
    status = {o for s, r, o in facts_of(extractor, text) if r == "licence_status"}
    assert status == {"unlicensed"}
