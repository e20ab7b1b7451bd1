"""The loader extension point: one small class per format, chosen by media type."""

from __future__ import annotations

import re
import unicodedata
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any, ClassVar

from copytrace.ingest.config import IngestConfig

_BLANK_RUNS = re.compile(r"\n{3,}")
_TRAILING = re.compile(r"[ \t]+\n")
# C0 controls other than tab/newline and the BOM carry no text and would break quoting spans.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff]")


@dataclass(slots=True)
class Loaded:
    """What a loader made of one input: the text evidence will index, and metadata about it."""

    media_type: str
    text: str
    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    published: str | None = None
    # Format specifics kept with the document: page offsets, encoding, table count...
    meta: dict[str, Any] = field(default_factory=dict)


class Loader(ABC):
    """Turns the bytes of one format into ``Loaded``; raises ``Rejected`` for bad input."""

    media_type: ClassVar[str]

    @abstractmethod
    def load(self, data: bytes, name: str, config: IngestConfig) -> Loaded: ...


def clean_text(text: str) -> str:
    """NFC, Unix newlines, no control characters, no trailing blanks; line structure kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    text = _TRAILING.sub("\n", text)
    return _BLANK_RUNS.sub("\n\n", text).strip("\n")


def first_line(text: str, limit: int = 200) -> str | None:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:limit]
    return None
