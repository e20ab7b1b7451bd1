"""The language of a document: lingua over a sample, limited to the languages we have data for."""

from __future__ import annotations

from functools import cache
from typing import Any

from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

_SAMPLE = 700


@cache
def _detector(codes: tuple[str, ...]) -> Any:
    languages = []
    for code in codes:
        iso = getattr(IsoCode639_1, code.upper(), None)
        if iso is not None:
            languages.append(Language.from_iso_code_639_1(iso))
    # Low-accuracy mode loads in a fraction of a second and is reliable on a paragraph of text.
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


def detect_language(text: str, codes: tuple[str, ...], default: str = "en") -> str:
    """ISO 639-1 code of the text's language among ``codes``; ``default`` when unsure."""
    sample = text[:_SAMPLE]
    if not sample.strip():
        return default
    found = _detector(codes).detect_language_of(sample)
    if found is None:
        return default
    return str(found.iso_code_639_1.name).lower()
