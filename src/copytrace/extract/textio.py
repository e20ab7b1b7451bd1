"""Turning a file into the text that facts index, without needing the registry."""

from __future__ import annotations

from pathlib import Path

from charset_normalizer import from_bytes

# A plain-text export may start with a "SOURCE: ..." block ended by a blank line; facts are
# not read from it, because it describes the document rather than stating anything.
_HEADER = "SOURCE:"


def decode(data: bytes) -> str:
    """UTF-8 when it is, else the encoding charset-normalizer finds most likely."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        return str(best) if best is not None else data.decode("utf-8", errors="replace")


def read_text(path: Path) -> str:
    """The text of a plain-text file; newlines normalised so offsets match what a reader sees."""
    text = decode(path.read_bytes())
    return text.replace("\r\n", "\n").replace("\r", "\n")


def body_start(text: str) -> int:
    """Where the document body starts: after a leading SOURCE header block, else 0."""
    if text.startswith(_HEADER):
        cut = text.find("\n\n")
        return len(text) if cut < 0 else cut + 2
    return 0
