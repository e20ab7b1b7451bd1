"""Paragraph languages are looked for only where a document looks mixed, and found there."""

from __future__ import annotations

from copytrace.ingest.config import parse_languages
from copytrace.ingest.language import languages_of
from tests.ingest.corpus import TEMPLATES

LANGUAGES = parse_languages("en,de,pl,ru")


def _paragraphs(language: str, count: int) -> list[str]:
    return [" ".join(line.format(p=f"M{n}", y=1950 + n) for line in TEMPLATES[language]) for n in range(count)]


def test_a_document_in_one_language_gets_no_paragraph_languages() -> None:
    main, paragraphs = languages_of("\n".join(_paragraphs("pl", 12)), LANGUAGES)
    assert (main, paragraphs) == ("pl", [])


def test_languages_in_one_script_are_told_apart_by_paragraph() -> None:
    english, german = _paragraphs("en", 8), _paragraphs("de", 8)
    text = "\n".join(english + german)
    main, paragraphs = languages_of(text, LANGUAGES)
    assert main in ("en", "de")
    assert [p.language for p in paragraphs] == ["en"] * 8 + ["de"] * 8
    assert paragraphs[8].start == text.index(german[0])
