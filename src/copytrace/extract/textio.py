"""Turning a file into the text that facts index, without needing the registry."""

from __future__ import annotations

from pathlib import Path

from copytrace.textcodec import decode

# A plain-text export may start with a "SOURCE: ..." block ended by a blank line; facts are
# not read from it, because it describes the document rather than stating anything.
_HEADER = "SOURCE:"


def read_text(path: Path) -> str:
    """The text of a plain-text file; newlines normalised so offsets match what a reader sees."""
    text, _ = decode(path.read_bytes())
    return text.replace("\r\n", "\n").replace("\r", "\n")


def body_start(text: str) -> int:
    """Where the document body starts: after a leading SOURCE header block, else 0."""
    if text.startswith(_HEADER):
        cut = text.find("\n\n")
        return len(text) if cut < 0 else cut + 2
    return 0
