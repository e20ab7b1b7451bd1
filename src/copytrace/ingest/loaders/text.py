"""Plain text and Markdown: decode whatever encoding the bytes are in (``copytrace.textcodec``), keep the lines."""

from __future__ import annotations

import re

from copytrace import textcodec
from copytrace.ingest import sniff
from copytrace.ingest.config import IngestConfig
from copytrace.ingest.errors import Rejected
from copytrace.ingest.loaders.base import Loaded, Loader, clean_text, first_line


def decode(data: bytes) -> tuple[str, str]:
    """The text of ``data`` and the encoding it was read in; Rejected when no encoding fits."""
    try:
        return textcodec.decode(data)
    except textcodec.Undecodable as exc:
        raise Rejected(str(exc)) from None


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
