"""Language detection with lingua, restricted to the configured languages.

lingua costs about a millisecond per kilobyte, so a long document is judged on samples from its
start, middle and end, and per-paragraph detection looks at a bounded number of paragraphs: the
aim is to notice a mixed-language document and say where each language is, not to classify every
byte of a 50 MB file. Paragraphs are judged one by one only where the document looks mixed (its
samples disagree, or its paragraphs are written in more than one script): that was most of the
detection's time, spent on documents in one language.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

_SAMPLE = 1000
_PARAGRAPH_MIN = 40
_PARAGRAPH_MAX_CHARS = 200
_MAX_PARAGRAPHS = 32
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_NON_LATIN = re.compile(r"[^\W\d_A-Za-z\u00C0-\u024F]")


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int
    language: str


def _detect_each(texts: list[str], languages: tuple[str, ...]) -> list[str | None]:
    """The language of each text among ``languages`` (ISO 639-1), None where unsure.

    One detector for the whole project: the extractor's (``copytrace.extract.langdetect``), which
    reads the script first and weighs only the configured languages written in it.
    """
    from copytrace.extract.langdetect import check_codes, detect_language

    check_codes(languages)
    return [detect_language(text, languages, default="") or None for text in texts]


def detect(text: str, languages: tuple[str, ...]) -> str | None:
    """The main language of ``text`` (ISO 639-1), judged on up to three samples; None if unsure."""
    return _detect(text, languages)[0]


def _detect(text: str, languages: tuple[str, ...]) -> tuple[str | None, bool]:
    """The main language, and whether the samples disagreed on it."""
    if len(text) <= 3 * _SAMPLE:
        samples = [text]
    else:
        middle = len(text) // 2
        samples = [text[:_SAMPLE], text[middle: middle + _SAMPLE], text[-_SAMPLE:]]
    votes: Counter[str] = Counter()
    found = _detect_each(samples, languages)
    for sample, code in zip(samples, found, strict=True):
        if code is not None and code in languages:
            votes[code] += len(sample)
    return (votes.most_common(1)[0][0] if votes else None), len(votes) > 1


def _spans(text: str) -> list[tuple[int, int]]:
    """The substantial paragraphs' spans (an even sample of 32 in long documents)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for block in text.split("\n"):
        end = start + len(block)
        if len(block.strip()) >= _PARAGRAPH_MIN:
            spans.append((start, end))
        start = end + 1
    if len(spans) > _MAX_PARAGRAPHS:
        # An even sample over the whole document, so a language change late in it is still seen.
        step = len(spans) / _MAX_PARAGRAPHS
        spans = [spans[int(i * step)] for i in range(_MAX_PARAGRAPHS)]
    return spans


def paragraphs(text: str, languages: tuple[str, ...]) -> list[Paragraph]:
    """Language of each substantial paragraph (an even sample of 32 in long documents), with its span."""
    spans = _spans(text)
    if not spans:
        return []
    chunks = [text[s: min(e, s + _PARAGRAPH_MAX_CHARS)] for s, e in spans]
    detected = _detect_each(chunks, languages)
    found: list[Paragraph] = []
    for (s, e), code in zip(spans, detected, strict=True):
        if code is not None and code in languages:
            found.append(Paragraph(s, e, code))
    return found


def _script(sample: str) -> str:
    """The script most letters of ``sample`` are written in ("LATIN", "CYRILLIC", "CJK"...)."""
    others = _NON_LATIN.findall(sample)
    if len(others) <= len(_LATIN.findall(sample)):
        return "LATIN" if others or _LATIN.search(sample) else ""
    # The script of the commonest letter stands for all: regular expressions and Counter run in C.
    return unicodedata.name(Counter(others).most_common(1)[0][0], "?").split(" ", 1)[0]


def _scripts(text: str) -> set[str]:
    """The scripts the substantial paragraphs are written in (judged on their starts)."""
    return {_script(text[s: min(e, s + _PARAGRAPH_MAX_CHARS)]) for s, e in _spans(text)} - {""}


def languages_of(text: str, languages: tuple[str, ...]) -> tuple[str | None, list[Paragraph]]:
    """The document language and, when paragraphs disagree with it, each paragraph's language."""
    main, disagree = _detect(text, languages)
    if not disagree and len(_scripts(text)) <= 1:
        return main, []
    found = paragraphs(text, languages)
    if all(p.language == main for p in found):
        return main, []
    return main, found
