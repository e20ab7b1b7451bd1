"""Bytes of text in any common encoding, decoded once the same way everywhere (ingest and extract).

UTF-8 (the common case) is tried strictly first because it is unambiguous and fast; only other
bytes go to charset-normalizer, which weighs candidate encodings by how natural the decoded
text looks (this is what tells cp1251 from KOI8-R, or cp1250 from Latin-1).
"""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

import charset_normalizer

from copytrace.datafile import load_yaml
from copytrace.errors import CopytraceError
from copytrace.i18n import lazy_gettext
from copytrace.lazyre import lazy_compile

_BOM_CODECS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
# The encodings our languages are written in. Left to try everything, charset-normalizer reads
# short KOI8-R Russian as Shift-JIS; restricting it to plausible candidates fixes that.
_CANDIDATES = [
    "utf_8", "utf_16", "utf_32", "cp1251", "koi8_r", "koi8_u", "iso8859_5", "mac_cyrillic", "cp866",
    "cp1250", "iso8859_2", "cp1252", "latin_1", "iso8859_15", "cp1253", "cp1254", "cp1255", "iso8859_8",
    "cp1256", "iso8859_6", "gb18030", "big5", "euc_jp", "cp932",
]
# In these, bytes 0x80-0x9F are C1 control characters, never in real text.
_C1_UNUSED = frozenset({"latin_1", "iso8859_2", "iso8859_5", "iso8859_15", "iso8859_6", "iso8859_8"})
_C1 = lazy_compile("[\x80-\x9f]")
# A symbol or punctuation mark between two letters ("lu»oučký"): one letter read in the wrong code page.
_SYMBOL_IN_WORD = lazy_compile(r"(?<=[^\W\d_])[^\w\s.,;:!?'’\-)(/\]\[](?=[^\W\d_])")
# How many bytes of a candidate decoding are weighed (enough to tell the usual pairs apart).
_WEIGHED = 65536
# Decoded text with more replacement-worthy noise than this is not text in that encoding.
_MAX_CHAOS = 0.3


class Undecodable(CopytraceError):
    """No character encoding fits these bytes: skip the file and say so."""


def decode(data: bytes, languages: Iterable[str] = ()) -> tuple[str, str]:
    """The text of ``data`` and the encoding it was read in; Undecodable when no encoding fits.

    ``languages`` (ISO 639-1), when the document's language is known or declared, are tried first
    (``codepages.yaml``): their code pages only, the reading with fewest letters foreign to them.
    """
    for bom, codec in _BOM_CODECS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec.removesuffix("-sig")
            except UnicodeDecodeError as exc:
                raise Undecodable(lazy_gettext("undecodable text: starts with a %(codec)s byte-order mark but "
                                               "%(reason)s at byte %(byte)d", codec=codec, reason=exc.reason,
                                               byte=exc.start)) from None
    bomless = bomless_utf16(data)  # before UTF-8, which ASCII with NULs between would pass
    if bomless is not None:
        return data.decode(bomless), bomless
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    hinted = _hinted(data, tuple(languages))
    if hinted is not None:
        return hinted
    matches = [m for m in charset_normalizer.from_bytes(data, cp_isolation=_CANDIDATES) if m.chaos <= _MAX_CHAOS]
    if not matches:
        raise Undecodable(lazy_gettext("undecodable text: no character encoding fits these bytes"))
    # charset-normalizer ranks cp1250 and ISO-8859-2 (and their Cyrillic and Western kin) alike when
    # the text is plausible in both; the letters it reads as symbols inside words tell them apart.
    best = min(matches[:4], key=lambda match: (_misread(str(match)[:_WEIGHED], match.encoding), matches.index(match)))
    return str(best), best.encoding


def _misread(text: str, encoding: str) -> int:
    """Signs that ``text`` was decoded in the wrong code page: symbols inside words, C1 controls."""
    wrong = len(_SYMBOL_IN_WORD.findall(text))
    if encoding in _C1_UNUSED:
        wrong += 10 * len(_C1.findall(text))
    return wrong


def bomless_utf16(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" for UTF-16 without a byte-order mark (NULs on every other byte), else None."""
    head = data[:4096]
    if len(head) < 4 or len(data) % 2:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    pairs = len(head) // 2
    if odd > pairs * 0.4 and even < pairs * 0.05:
        codec = "utf-16-le"
    elif even > pairs * 0.4 and odd < pairs * 0.05:
        codec = "utf-16-be"
    else:
        return None
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return None
    return codec


@dataclass(frozen=True, slots=True)
class _Language:
    codecs: tuple[str, ...]
    letters: frozenset[str]
    scripts: frozenset[str]


@cache
def _languages() -> dict[str, _Language]:
    raw = load_yaml(resources.files("copytrace").joinpath("codepages.yaml").read_text(encoding="utf-8"))
    return {code: _Language(tuple(entry["codecs"]), frozenset(entry.get("letters", "")),
                            frozenset(entry.get("scripts", ()))) for code, entry in raw.items()}


def _hinted(data: bytes, languages: tuple[str, ...]) -> tuple[str, str] | None:
    """The reading of ``data`` in the code pages of ``languages`` that fits them best; None when none fits.

    A hint that was wrong (Russian bytes in a page declared Polish) leaves most letters foreign, and
    the general detection decides instead.
    """
    known = [_languages()[code] for code in languages if code in _languages()]
    if not known:
        return None
    letters = frozenset().union(*(language.letters for language in known))
    scripts = frozenset().union(*(language.scripts for language in known))
    best: tuple[int, str, str] | None = None
    for codec in dict.fromkeys(codec for language in known for codec in language.codecs):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        sample = text[:_WEIGHED]
        foreign, seen = _foreign(sample, letters, scripts)
        score = foreign + _misread(sample, codec) + _case_flips(sample)
        if score <= seen // 10 and (best is None or score < best[0]):
            best = (score, text, codec)
    return (best[1], best[2]) if best is not None else None


def _foreign(text: str, letters: frozenset[str], scripts: frozenset[str]) -> tuple[int, int]:
    """How many non-ASCII letters of ``text`` are not the language's (C1 controls count ten), and how many there are."""
    foreign = seen = 0
    for char in text:
        if char.isascii():
            continue
        if "\x80" <= char <= "\x9f":
            foreign += 10
        elif char.isalpha():
            seen += 1
            if char.lower() not in letters and unicodedata.name(char, "?").split(" ", 1)[0] not in scripts:
                foreign += 1
    return foreign, seen


def _case_flips(text: str) -> int:
    """Capitals right after a small letter ("бЧФПНБФ": KOI8-R read as cp1251 swaps the cases)."""
    return sum(1 for before, char in itertools.pairwise(text) if char.isupper() and before.islower()
               and not char.isascii())
