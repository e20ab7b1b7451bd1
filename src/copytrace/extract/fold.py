"""Length-preserving text folding and the spelling variants a name is matched under.

Every offset a fact reports indexes the original text, so the folded text that the
automaton scans must have exactly the same length: each fold maps one character to one.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

from anyascii import anyascii

# One-to-one replacements applied before lower-casing: typographic look-alikes of ASCII
# punctuation, and the Russian ё that many writers spell е.
_ONE_TO_ONE = {
    "\xa0": " ", "\u2009": " ", "\u202f": " ", "\u2019": "'", "\u2018": "'", "\u02bc": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "ё": "е", "Ё": "Е", "ş": "ș", "Ş": "Ș", "ţ": "ț", "Ţ": "Ț",
}
_TABLE = str.maketrans(_ONE_TO_ONE)


def fold(text: str) -> str:
    """Lower-cased, punctuation-normalised text of exactly the same length."""
    folded = text.translate(_TABLE).lower()
    if len(folded) == len(text):
        return folded
    # A few characters (Turkish İ) lower-case to two; keep those as they are.
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text.translate(_TABLE))


def strip_marks(text: str) -> str:
    """Diacritics removed (Romanian written without them, "fara licenta"); ł and ß kept apart."""
    out = []
    for char in text:
        base = unicodedata.normalize("NFD", char)[0]
        out.append(base if len(base) == 1 else char)
    return "".join(out).replace("ł", "l")


_PIECES = re.compile(r"[^\W_]+", re.UNICODE)
_SPLIT_DIGITS = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")
_JOINERS = ("", " ", "-", ".", ". ")
_MAX_VARIANTS = 48


def _designation_gaps(name: str) -> list[tuple[str, bool]]:
    """Alphanumeric pieces of a name, each with whether a flexible joiner may precede it."""
    pieces: list[tuple[str, bool]] = []
    last_end = 0
    for match in _PIECES.finditer(name):
        gap = name[last_end:match.start()]
        for n, part in enumerate(_SPLIT_DIGITS.split(match.group())):
            # Words separated by plain spaces stay so ("Galil ACE"); letter/digit seams and
            # punctuation ("AK-47", "Rk.62", "wz. 88") are written every which way.
            flexible = n > 0 or (bool(pieces) and gap.strip() != "")
            if not pieces and n == 0:
                flexible = False
            elif n == 0 and gap.strip() == "" and pieces:
                flexible = _SPLIT_DIGITS.search(pieces[-1][0][-1] + part[0]) is not None
            pieces.append((part, flexible))
        last_end = match.end()
    return pieces


def spelling_variants(name: str) -> set[str]:
    """Folded forms a name may take in running text: "AK-47" -> ak-47, ak47, ak 47, ak.47..."""
    base = fold(name.strip())
    out = {base, strip_marks(base)}
    pieces = _designation_gaps(base)
    if len(pieces) > 1:
        # A lone letter after a number is a suffix ("Type 56-I", "AK-74M"), never a separate word.
        slots = [(("", "-") if len(p) == 1 and p.isalpha() else _JOINERS) if flexible else (" ", "-")
                 for p, flexible in pieces[1:]]
        for combo in itertools.islice(itertools.product(*slots), _MAX_VARIANTS):
            joined = pieces[0][0] + "".join(j + p for j, (p, _) in zip(combo, pieces[1:], strict=True))
            out.add(joined)
    if any(ord(c) > 127 for c in base) and not _is_cjk(base):
        # Cyrillic and Latin meet: "Калашников" is also found as "kalashnikov".
        out.add(fold(anyascii(base)))
    return {v for v in out if v.strip()}


def _is_cjk(text: str) -> bool:
    return any("\u3000" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" for c in text)


def is_cjk_char(char: str) -> bool:
    return "\u3000" <= char <= "\u9fff" or "\uac00" <= char <= "\ud7af"


def to_cyrillic(name: str, table: dict[str, str]) -> str | None:
    """A Latin designation spelled in Cyrillic ("AKM" -> "акм"), or None when it is not Latin."""
    folded = fold(name)
    if not folded.isascii() or not any(c.isalpha() for c in folded):
        return None
    out: list[str] = []
    i = 0
    keys = sorted(table, key=len, reverse=True)
    while i < len(folded):
        for key in keys:
            if folded.startswith(key, i):
                out.append(table[key])
                i += len(key)
                break
        else:
            out.append(folded[i])
            i += 1
    return "".join(out)
