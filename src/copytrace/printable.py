"""Text safe to print on a terminal: control characters shown as escapes, never sent raw.

File names, titles and reasons come from documents anyone can write. An ANSI escape sequence in a
file name would recolour, move or rewrite what the terminal shows (or, on some terminals, answer
back); a carriage return or a right-to-left override would make one name pass for another; a lone
surrogate (a file name byte that is not UTF-8) cannot be encoded for the terminal at all. Each is
shown as its Python escape instead (``\\x1b``, ``\\r``, ``\\u202e``), so the line stays one line and
says what is there.
"""

from __future__ import annotations

import unicodedata

# Categories never printed raw: controls (C0, C1, DEL), format characters (bidi overrides, zero
# widths), surrogates, line and paragraph separators.
_ESCAPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})


def _escape(char: str) -> str:
    code = ord(char)
    if code < 0x100:
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(char, f"\\x{code:02x}")
    return f"\\u{code:04x}"


def printable(text: str, *, newlines: bool = False) -> str:
    """``text`` with every control, format or surrogate character escaped; ``newlines`` keeps \\n and \\t."""
    if text.isprintable():  # the common case, checked in C
        return text
    kept = "\n\t" if newlines else ""
    return "".join(
        _escape(char) if char not in kept and unicodedata.category(char) in _ESCAPED_CATEGORIES else char
        for char in text
    )
