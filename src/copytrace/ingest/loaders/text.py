"""Plain text and Markdown: decode whatever encoding the bytes are in, keep the lines.

UTF-8 (the common case) is tried strictly first because it is unambiguous and fast; only other
bytes go to charset-normalizer, which weighs candidate encodings by how natural the decoded
text looks (this is what tells cp1251 from KOI8-R, or cp1250 from Latin-1).
"""

from __future__ import annotations

import re

import charset_normalizer

from copytrace.ingest import sniff
from copytrace.ingest.config import IngestConfig
from copytrace.ingest.errors import Rejected
from copytrace.ingest.loaders.base import Loaded, Loader, clean_text, first_line

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


def decode(data: bytes) -> tuple[str, str]:
    """The text of ``data`` and the encoding it was read in; Rejected when no encoding fits."""
    for bom, codec in _BOM_CODECS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec.removesuffix("-sig")
            except UnicodeDecodeError as exc:
                raise Rejected(f"undecodable text: starts with a {codec} byte-order mark but {exc.reason} "
                               f"at byte {exc.start}") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data, cp_isolation=_CANDIDATES).best()
    if best is None or best.chaos > _MAX_CHAOS:
        raise Rejected("undecodable text: no character encoding fits these bytes")
    return str(best), best.encoding


class TextLoader(Loader):
    media_type = sniff.TEXT

    def load(self, data: bytes, name: str, config: IngestConfig) -> Loaded:
        text, encoding = decode(data)
        loaded = self.load_text(text, name)
        loaded.meta["encoding"] = encoding
        return loaded

    def load_text(self, text: str, name: str) -> Loaded:
        body = clean_text(text)
        return Loaded(self.media_type, body, title=first_line(body))


_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
_FENCE = re.compile(r"^\s*(```|~~~).*$", re.M)
_HEADING = re.compile(r"^#{1,6}[ \t]+(.*?)[ \t#]*$", re.M)
_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_CODE = re.compile(r"`([^`\n]+)`")
_QUOTE = re.compile(r"^>[ \t]?", re.M)


class MarkdownLoader(TextLoader):
    """Markdown as readable text: the markup that is not words is dropped, each line kept a line."""

    media_type = sniff.MARKDOWN

    def load_text(self, text: str, name: str) -> Loaded:
        text = text.replace("\r\n", "\n")
        fields: dict[str, str] = {}
        front = _FRONT_MATTER.match(text)
        if front:
            for line in front.group(1).splitlines():
                key, sep, value = line.partition(":")
                if sep and value.strip():
                    fields[key.strip().lower()] = value.strip().strip("\"'")
            text = text[front.end():]
        headings = _HEADING.findall(text)
        for pattern, replacement in ((_FENCE, ""), (_HEADING, r"\1"), (_IMAGE, r"\1"), (_LINK, r"\1"),
                                     (_STRONG, r"\2"), (_EMPHASIS, r"\1"), (_CODE, r"\1"), (_QUOTE, "")):
            text = pattern.sub(replacement, text)
        body = clean_text(text)
        title = fields.get("title") or (headings[0].strip() if headings else first_line(body))
        return Loaded(self.media_type, body, title=title, author=fields.get("author"),
                      publisher=fields.get("publisher"), published=fields.get("date"),
                      meta={"front_matter": fields} if fields else {})
