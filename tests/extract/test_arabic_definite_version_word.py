"""Arabic: a word of versions that carries the definite article (النسخة) opens no construct, so a name right after
it, only definite adjectives between, is the version's own name, not its original; a version word without the
article (نسخة ميغ-19, a version of the MiG-19) still owns the name after it."""

from __future__ import annotations

from tests.extract.conftest import facts_of


def test_definite_version_word_names_the_version(extractor):
    text = "أنتج الاتحاد السوفيتي المقاتلة ميغ-19. وأنتجت الصين لاحقا النسخة المطورة \"جيه-6\" بأعداد كبيرة."
    facts = facts_of(extractor, text, "ar")
    assert ("Shenyang J-6", "derived_from", "MiG-19") in facts
    assert ("MiG-19", "derived_from", "Shenyang J-6") not in facts


def test_definite_local_version(extractor):
    facts = facts_of(extractor, "أنتج الاتحاد السوفيتي المقاتلة ميغ-19. وصنعت الصين النسخة المحلية جيه-6.", "ar")
    assert ("Shenyang J-6", "derived_from", "MiG-19") in facts


def test_construct_still_owns_the_name(extractor):
    facts = facts_of(extractor, "المقاتلة جيه-6 هي نسخة ميغ-19 الصينية.", "ar")
    assert ("Shenyang J-6", "derived_from", "MiG-19") in facts
