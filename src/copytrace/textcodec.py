"""Bytes of text in any common encoding, decoded once the same way everywhere (ingest and extract).

UTF-8 (the common case) is tried strictly first because it is unambiguous and fast; only other
bytes go to charset-normalizer, which weighs candidate encodings by how natural the decoded
text looks (this is what tells cp1251 from KOI8-R, or cp1250 from Latin-1).
"""

from __future__ import annotations

import charset_normalizer

from copytrace.errors import CopytraceError

_BOM_CODECS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
# The encodings our languages are written in. Left to try everything, charset-normalizer reads
# short KOI8-R Russian as Shift-JIS; restricting it to plausible candidates fixes that.
_CANDIDATES = [
    "utf_8", "utf_16", "utf_32", "cp1251", "koi8_r", "koi8_u", "iso8859_5", "mac_cyrillic", "cp866",
    "cp1250", "iso8859_2", "cp1252", "latin_1", "iso8859_15", "cp1253", "cp1254", "cp1255", "iso8859_8",
    "cp1256", "iso8859_6", "gb18030", "big5",
]
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
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data, cp_isolation=_CANDIDATES).best()
    if best is None or best.chaos > _MAX_CHAOS:
        raise Undecodable("undecodable text: no character encoding fits these bytes")
    return str(best), best.encoding
