"""Language detection with lingua, restricted to the configured languages.

lingua costs about a millisecond per kilobyte, so a long document is judged on samples from its
start, middle and end, and per-paragraph detection looks at a bounded number of paragraphs: the
aim is to notice a mixed-language document and say where each language is, not to classify every
byte of a 50 MB file.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lingua import LanguageDetector

_SAMPLE = 1000
_PARAGRAPH_MIN = 40
_PARAGRAPH_MAX_CHARS = 200
_MAX_PARAGRAPHS = 32


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int
    language: str


@lru_cache(maxsize=4)
def detector(languages: tuple[str, ...]) -> LanguageDetector:
    """One detector per language set and process (building it is cheap; models load lazily)."""
    from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

    chosen = []
    for code in languages:
        try:
            chosen.append(Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())))
        except (AttributeError, ValueError):
            raise ValueError(f"unknown language code {code!r} in the language setting") from None
    if len(chosen) == 1:
        # lingua needs two candidates; a single configured language is always the answer anyway.
        chosen.append(Language.ENGLISH if chosen[0] != Language.ENGLISH else Language.GERMAN)
    # Low-accuracy mode (trigram models only): loads in 0.4 s and 90 MB instead of 8 s and 450 MB
    # per process, and is as right as the full models on anything sentence-sized or longer.
    return LanguageDetectorBuilder.from_languages(*chosen).with_low_accuracy_mode().build()


def _code(detected: object) -> str | None:
    if detected is None:
        return None
    return str(detected.iso_code_639_1.name.lower())  # type: ignore[attr-defined]


def _detect_each(texts: list[str], languages: tuple[str, ...]) -> list[object]:
    """The language of each text, one after the other in this thread.

    Not lingua's detect_languages_in_parallel_of: its thread pool spins while it waits for work,
    which in a pool worker burns CPU the other workers and the storing parent need (about a
    third more CPU for the same answers).
    """
    model = detector(languages)
    return [model.detect_language_of(text) for text in texts]


def detect(text: str, languages: tuple[str, ...]) -> str | None:
    """The main language of ``text`` (ISO 639-1), judged on up to three samples; None if unsure."""
    if len(text) <= 3 * _SAMPLE:
        samples = [text]
    else:
        middle = len(text) // 2
        samples = [text[:_SAMPLE], text[middle: middle + _SAMPLE], text[-_SAMPLE:]]
    votes: Counter[str] = Counter()
    found = _detect_each(samples, languages)
    for sample, language in zip(samples, found, strict=True):
        code = _code(language)
        if code is not None and code in languages:
            votes[code] += len(sample)
    return votes.most_common(1)[0][0] if votes else None


def paragraphs(text: str, languages: tuple[str, ...]) -> list[Paragraph]:
    """Language of each substantial paragraph (an even sample of 32 in long documents), with its span."""
    spans: list[tuple[int, int]] = []
    start = 0
    for block in text.split("\n"):
        end = start + len(block)
        if len(block.strip()) >= _PARAGRAPH_MIN:
            spans.append((start, end))
        start = end + 1
    if not spans:
        return []
    if len(spans) > _MAX_PARAGRAPHS:
        # An even sample over the whole document, so a language change late in it is still seen.
        step = len(spans) / _MAX_PARAGRAPHS
        spans = [spans[int(i * step)] for i in range(_MAX_PARAGRAPHS)]
    chunks = [text[s: min(e, s + _PARAGRAPH_MAX_CHARS)] for s, e in spans]
    # Plain detection, not confidence values: those cost ten times as much for the same answer.
    detected = _detect_each(chunks, languages)
    found: list[Paragraph] = []
    for (s, e), language in zip(spans, detected, strict=True):
        code = _code(language)
        if code is not None and code in languages:
            found.append(Paragraph(s, e, code))
    return found


def languages_of(text: str, languages: tuple[str, ...]) -> tuple[str | None, list[Paragraph]]:
    """The document language and, when paragraphs disagree with it, each paragraph's language."""
    main = detect(text, languages)
    found = paragraphs(text, languages)
    if all(p.language == main for p in found):
        return main, []
    return main, found
