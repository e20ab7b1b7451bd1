"""ODT (OpenDocument text): headings, paragraphs and table rows in order, from a streamed content.xml."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from copytrace.i18n import lazy_gettext
from copytrace.ingest import sniff
from copytrace.ingest.config import IngestConfig
from copytrace.ingest.loaders import xmlstream
from copytrace.ingest.loaders.archive import Archive
from copytrace.ingest.loaders.base import Loaded, Loader, clean_text
from copytrace.ingest.loaders.opc import SMALL_PART
from copytrace.ingest.loaders.xmlstream import END, START, TEXT, Event

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_PARAGRAPHS = frozenset({_TEXT + "p", _TEXT + "h"})
_ROW, _CELL = _TABLE + "table-row", _TABLE + "table-cell"
# Not the document's running text: comments, the record of deleted text, footnote numbers.
_SKIPPED = frozenset({_OFFICE + "annotation", _TEXT + "tracked-changes", _TEXT + "note-citation",
                      _OFFICE + "automatic-styles", _OFFICE + "font-face-decls"})
# In ODF, a run of white space in a paragraph is one space; text:s, text:tab and text:line-break spell out more.
_WHITE = re.compile(r"[ \t\r\n]+")
_MAX_SPACES = 1000


class OdtLoader(Loader):
    media_type = sniff.ODT

    def load(self, data: bytes, name: str, config: IngestConfig) -> Loaded:
        with Archive(data, "ODT", config) as archive:
            damaged = lazy_gettext("damaged %(label)s document %(part)s", label="ODT", part="content.xml")
            blocks, tables = text_blocks(xmlstream.events(archive.blocks("content.xml"), damaged))
            fields: dict[str, str] = {}
            if "meta.xml" in archive:
                damaged = lazy_gettext("damaged %(label)s document %(part)s", label="ODT", part="meta.xml")
                events = xmlstream.events([archive.read("meta.xml", SMALL_PART)], damaged)
                fields = xmlstream.first_texts(events, [_DC + "title", _DC + "creator", _META + "initial-creator",
                                                        _META + "creation-date"])
        meta: dict[str, Any] = {"paragraphs": len(blocks), "tables": tables}
        created = fields.get(_META + "creation-date", "")[:10] or None
        return Loaded(self.media_type, clean_text("\n".join(blocks)), title=fields.get(_DC + "title"),
                      author=fields.get(_META + "initial-creator") or fields.get(_DC + "creator"),
                      published=created, meta=meta)


def text_blocks(events: Iterable[Event]) -> tuple[list[str], int]:
    """Each paragraph or heading a block, each table row one block of tab-separated cells; the table count.

    A paragraph inside a paragraph (a footnote's body, a text box) becomes its own block after it.
    """
    blocks: list[str] = []
    open_paragraphs: list[list[str]] = []
    later: list[str] = []  # nested paragraphs, waiting for the one they sit in to end
    cells: list[list[str]] = []  # the paragraphs of each open cell, innermost last
    rows: list[list[str]] = []  # the cells of each open row, innermost last
    tables = 0
    skipping = 0
    for kind, value, attributes in events:
        if skipping:
            skipping += {START: 1, END: -1}.get(kind, 0)
        elif kind == TEXT:
            if open_paragraphs:
                open_paragraphs[-1].append(_WHITE.sub(" ", value))
        elif kind == START:
            if value in _SKIPPED:
                skipping = 1
            elif value in _PARAGRAPHS:
                open_paragraphs.append([])
            elif open_paragraphs:
                _inline(value, attributes, open_paragraphs[-1])
            elif value == _ROW:
                rows.append([])
            elif value == _CELL:
                cells.append([])
            elif value == _TABLE + "table":
                tables += 1
        elif value in _PARAGRAPHS and open_paragraphs:
            text = "".join(open_paragraphs.pop()).strip(" ")
            if open_paragraphs:
                later.append(text)
                continue
            target = cells[-1] if cells else blocks
            target.append(text)
            target.extend(later)
            later.clear()
        elif value == _CELL and cells:
            text = " ".join("\n".join(cells.pop()).split())
            if rows:
                rows[-1].append(text)
        elif value == _ROW and rows:
            (cells[-1] if cells else blocks).append("\t".join(rows.pop()))
        elif value == _TABLE + "table" and not cells:
            blocks.append("")
    return blocks, tables


def _inline(element: str, attributes: dict[str, str], paragraph: list[str]) -> None:
    if element == _TEXT + "s":
        try:
            count = int(attributes.get(_TEXT + "c", "1"))
        except ValueError:
            count = 1
        paragraph.append(" " * max(1, min(count, _MAX_SPACES)))
    elif element == _TEXT + "tab":
        paragraph.append("\t")
    elif element == _TEXT + "line-break":
        paragraph.append("\n")
