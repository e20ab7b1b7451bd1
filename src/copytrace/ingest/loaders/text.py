"""Plain text and Markdown: decode whatever encoding the bytes are in (``copytrace.textcodec``), keep the lines."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from copytrace import textcodec
from copytrace.ingest import sniff
from copytrace.ingest.config import IngestConfig
from copytrace.ingest.errors import Rejected
from copytrace.ingest.loaders.base import Loaded, Loader, clean_text, first_line

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token


# A language the document declares near its start (<html lang="pl">, xml:lang, Content-Language):
# anchored on a literal word, each tried once per position, so linear in the bytes searched.
_DECLARED_LANGUAGE = re.compile(rb"""\b(?:lang|content-language["']?\s{1,20}content)\s{0,20}=\s{0,20}["']?"""
                                rb"""([A-Za-z]{2,3})\b""", re.I)
_DECLARED_WITHIN = 4096
# Configured languages few enough to say what a document is probably written in.
_FEW_LANGUAGES = 3


def language_hints(data: bytes, config: IngestConfig) -> tuple[str, ...]:
    """The languages ``data`` is probably in: those it declares, else the configured ones if only a few."""
    head = data[:_DECLARED_WITHIN]
    declared = [found.group(1).decode("ascii").lower() for found in _DECLARED_LANGUAGE.finditer(head)]
    if declared:
        return tuple(dict.fromkeys(declared))
    return config.languages if len(config.languages) <= _FEW_LANGUAGES else ()


def decode(data: bytes, languages: tuple[str, ...] = ()) -> tuple[str, str]:
    """The text of ``data`` and the encoding it was read in; Rejected when no encoding fits."""
    try:
        return textcodec.decode(data, languages)
    except textcodec.Undecodable as exc:
        raise Rejected(exc.args[0]) from None


class TextLoader(Loader):
    media_type = sniff.TEXT

    def load(self, data: bytes, name: str, config: IngestConfig) -> Loaded:
        text, encoding = decode(data, language_hints(data, config))
        loaded = self.load_text(text, name)
        loaded.meta["encoding"] = encoding
        return loaded

    def load_text(self, text: str, name: str) -> Loaded:
        body = clean_text(text)
        return Loaded(self.media_type, body, title=first_line(body))


# Anchored at the start, tried once: linear however long the text.
_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)
# Inline markup that is not words: dropped, its words (link text, image alt text) kept.
_SKIPPED_INLINE = frozenset({"html_inline"})


class MarkdownLoader(TextLoader):
    """Markdown as readable text: parsed by markdown-it-py (linear in the input, unlike markup regexes),
    the markup dropped, each block its paragraph, each line kept a line."""

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
        blocks, headings = _blocks(_parser().parse(text))
        body = clean_text(blocks)
        title = fields.get("title") or (headings[0].strip() if headings else first_line(body))
        return Loaded(self.media_type, body, title=title, author=fields.get("author"),
                      publisher=fields.get("publisher"), published=fields.get("date"),
                      meta={"front_matter": fields} if fields else {})


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table").enable("strikethrough")


def _blocks(tokens: list[Token]) -> tuple[str, list[str]]:
    """The text of each block: a blank line between blocks, one line per tight list item or table row."""
    out: list[str] = []
    headings: list[str] = []
    row: list[str] | None = None
    in_heading = False
    group: str | None = None  # "list" (tight list items) or "table" (rows): kept on consecutive lines
    last_group: str | None = None
    for token in tokens:
        kind = token.type
        text: str | None = None
        if kind == "heading_open":
            in_heading = True
        elif kind == "heading_close":
            in_heading = False
        elif kind == "paragraph_open":
            group = "list" if token.hidden else None
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close" and row is not None:
            text, group, row = "\t".join(row), "table", None
        elif kind == "inline" and row is not None:
            row.append(" ".join(_inline(token.children or []).split()))
        elif kind == "inline":
            text = _inline(token.children or [])
            if in_heading:
                headings.append(text)
        elif kind in ("fence", "code_block"):
            text, group = token.content.rstrip("\n"), None
        if text is not None:
            if out:
                out.append("\n" if group is not None and group == last_group else "\n\n")
            out.append(text)
            last_group, group = group, None
    return "".join(out), headings


def _inline(children: list[Token]) -> str:
    parts: list[str] = []
    for child in children:
        if child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif child.type == "image":
            parts.append(_inline(child.children or []))
        elif child.type not in _SKIPPED_INLINE:
            parts.append(child.content)
    return "".join(parts)
