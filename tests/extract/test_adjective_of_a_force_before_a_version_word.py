"""Where adjectives follow their noun, a country's adjective right after a word for an armed force ("الجيش الإيراني",
the Iranian army) is the army's: a word of versions after it ("... من تطوير دبابات", developing tanks) makes no
version of that country.

The sentences were written for these tests: each proves one reading of the scorer, never how well extraction does on
real text (see test_quality).
"""

from __future__ import annotations

from copytrace.extract import Extractor
from tests.extract.conftest import facts_of


def test_the_armys_adjective_before_developing(extractor: Extractor) -> None:
    facts = facts_of(extractor, 'تمكن المهندسون في الجيش الإيراني من تطوير دبابات "صاعقة".', "ar")
    assert not any("version" in s or "copy" in s for s, _, _ in facts), facts


def test_the_versions_own_adjective_after_it(extractor: Extractor) -> None:
    facts = facts_of(extractor, "قدم الجيش نسخة إيرانية من دبابة تي-72.", "ar")
    assert any(r == "derived_from" and o == "T-72" and "Iranian" in s for s, r, o in facts), facts
