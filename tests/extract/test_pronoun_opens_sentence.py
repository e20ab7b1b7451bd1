"""A personal pronoun that opens a sentence ("It is a modernised variant of the T-54") names what the sentence
before spoke of as surely as its name would. Sentences of our own; they prove behaviour, not quality."""

from __future__ import annotations

import pytest

from copytrace.extract import Extractor

from .conftest import facts_of


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The T-55 entered Soviet service in 1958. It is a modernised variant of the T-54."),
    ("fr", "Le T-55 servit longtemps dans l'armée soviétique. Il était une version modernisée du T-54."),
    ("de", "Der T-55 diente lange in der Sowjetarmee. Er ist eine verbesserte Version des T-54."),
    ("ru", "Т-55 — советский средний танк. Он был улучшенной версией Т-54."),
])
def test_a_pronoun_opening_the_sentence_carries_its_subject(extractor: Extractor, lang: str, text: str) -> None:
    assert ("T-55", "derived_from", "T-54") in facts_of(extractor, text, lang)

