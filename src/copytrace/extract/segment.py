"""Paragraphs, sentences and the document's language.

Sentences come from spaCy's blank pipelines (tokenizer + sentencizer, nothing downloaded),
mended where designations with dots ("kbk wz. 88", "Rk. 62") fooled the sentencizer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

import spacy

_LINE = re.compile(r"\n")
_ABBREV = re.compile(r"(?:\b(?:wz|md|vz|Vz|Rk|rk|No|Nr|nr|e\.g|i\.e|St|Dr|Mr|tzw|np|ok|ca|approx|bzw|z\.B|Jr|vs|"
                     r"etc|cf|Inc|Ltd|Co|Corp|Gen|Col|Lt|Sgt|г|гг|т\.е|т\.н|пр|ul|al|tj|tzn|itd|dll|dsb|mis|"
                     r"Mod|mod|Art|sv|kbk)|\b[A-ZА-Я])\.\s*$")
_MAX_CHUNK = 4000
_SPACY_LANGS = {"en", "ru", "id", "pl", "ro", "bg", "de", "fr", "es", "sr", "hr", "hu", "cs", "fi", "uk", "zh",
                "sk", "sl", "it", "pt", "nl", "ms"}


@cache
def pipeline(lang: str) -> Any:
    """A blank spaCy pipeline with a sentencizer, one per language (no model to download)."""
    nlp = spacy.blank(lang if lang in _SPACY_LANGS else "xx")
    nlp.add_pipe("sentencizer")
    return nlp


def paragraphs(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Line-based blocks; a line broken mid-sentence (next line starts lower-case) stays joined."""
    block_start = start
    for match in _LINE.finditer(text, start, end):
        cut = match.start()
        nxt = text[cut + 1:cut + 2]
        prev = text[cut - 1:cut]
        if nxt and nxt.islower() and (prev.isalnum() or prev in ",;-"):
            continue
        if cut > block_start:
            yield block_start, cut
        block_start = cut + 1
    if end > block_start:
        yield block_start, end


def _soft_break(text: str, cut: int) -> bool:
    """A newline inside a sentence: the next line starts lower-case after a word or a comma."""
    nxt = text[cut + 1:cut + 2]
    prev = text[cut - 1:cut]
    return bool(nxt) and nxt.islower() and (prev.isalnum() or prev in ",;-")


def paragraph_around(text: str, pos: int, start: int, end: int) -> tuple[int, int]:
    """The line-based block holding ``pos`` (the same blocks as ``paragraphs``), found in C-speed string calls."""
    a = text.rfind("\n", start, pos)
    while a >= start and _soft_break(text, a):
        a = text.rfind("\n", start, a)
    a = start if a < start else a + 1
    b = text.find("\n", pos, end)
    while 0 <= b < end and _soft_break(text, b):
        b = text.find("\n", b + 1, end)
    return a, end if b < 0 else b


def _chunks(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Very long blocks are cut at a sentence end before spaCy sees them."""
    while end - start > _MAX_CHUNK:
        cut = text.rfind(". ", start, start + _MAX_CHUNK)
        cut = cut + 2 if cut > start else start + _MAX_CHUNK
        yield start, cut
        start = cut
    yield start, end


_INNER_STOP = re.compile(r"[.!?;。！？]\s")


def sentences(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """Sentence spans of text[start:end], trimmed of surrounding whitespace."""
    if _INNER_STOP.search(text, start, end) is None:
        # No sentence end inside: the block is one sentence, and spaCy has nothing to add.
        s, e = start, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        return [(s, e)] if e > s else []
    nlp = pipeline(lang)
    spans: list[tuple[int, int]] = []
    for a, b in _chunks(text, start, end):
        doc = nlp(text[a:b])
        for sent in doc.sents:
            s, e = a + sent.start_char, a + sent.end_char
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e <= s:
                continue
            if spans and _continues(text, spans[-1], s):
                spans[-1] = (spans[-1][0], e)
            else:
                spans.append((s, e))
    return spans


def _continues(text: str, previous: tuple[int, int], start: int) -> bool:
    head = text[start:start + 1]
    if head.isdigit() or head.islower():
        return True
    return _ABBREV.search(text[max(previous[0], previous[1] - 12):previous[1]]) is not None
