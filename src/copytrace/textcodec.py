"""Bytes of text in any common encoding, decoded once the same way everywhere (ingest and extract).

UTF-8 (the common case) is tried strictly first because it is unambiguous and fast; only other
bytes go to charset-normalizer, which weighs candidate encodings by how natural the decoded
text looks (this is what tells cp1251 from KOI8-R, or cp1250 from Latin-1).
"""

from __future__ import annotations

import re

import charset_normalizer

from copytrace.errors import CopytraceError

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
_C1 = re.compile("[\x80-\x9f]")
# A symbol or punctuation mark between two letters ("lu»oučký"): one letter read in the wrong code page.
_SYMBOL_IN_WORD = re.compile(r"(?<=[^\W\d_])[^\w\s.,;:!?'’\-)(/\]\[](?=[^\W\d_])")
# How many bytes of a candidate decoding are weighed (enough to tell the usual pairs apart).
_WEIGHED = 65536
# Decoded text with more replacement-worthy noise than this is not text in that encoding.
_MAX_CHAOS = 0.3


class Undecodable(CopytraceError):
    """No character encoding fits these bytes: skip the file and say so."""


def decode(data: bytes) -> tuple[str, str]:
    """The text of ``data`` and the encoding it was read in; Undecodable when no encoding fits."""
    for bom, codec in _BOM_CODECS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec.removesuffix("-sig")
            except UnicodeDecodeError as exc:
                raise Undecodable(f"undecodable text: starts with a {codec} byte-order mark but {exc.reason} "
                                  f"at byte {exc.start}") from None
    bomless = bomless_utf16(data)  # before UTF-8, which ASCII with NULs between would pass
    if bomless is not None:
        return data.decode(bomless), bomless
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    matches = [m for m in charset_normalizer.from_bytes(data, cp_isolation=_CANDIDATES) if m.chaos <= _MAX_CHAOS]
    if not matches:
        raise Undecodable("undecodable text: no character encoding fits these bytes")
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
