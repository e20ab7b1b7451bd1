"""Name keys: how "AK-47", "ak 47", "AK47" and "АК-47" come to mean the same name."""

from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii

from copytrace.lazyre import lazy_compile

_NON_ALNUM = lazy_compile(r"[^0-9a-z]+")


def name_key(text: str) -> str:
    """A script-independent matching key: transliterated, case-folded, letters and digits only."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    key = _NON_ALNUM.sub("", anyascii(folded).lower())
    # A name made only of punctuation still needs a key; fall back to the folded text.
    return key or folded.strip()


def slugify(text: str) -> str:
    """A URL-safe id from a name: "PM md. 63" -> "pm-md-63"."""
    ascii_text = anyascii(unicodedata.normalize("NFKC", text)).lower()
    return re.sub(r"[^0-9a-z]+", "-", ascii_text).strip("-") or "entity"
