"""DOCX: paragraphs and tables in document order, read by streaming the document's XML.

The main part is inflated a block at a time within the archive's cap (``archive.Archive``) and
parsed as it comes (``xmlstream``): memory holds the text found, never the document tree, so a
100 MB ``document.xml`` costs about its text, not gigabytes of lxml elements.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from copytrace.i18n import lazy_gettext
from copytrace.ingest import sniff
from copytrace.ingest.config import IngestConfig
from copytrace.ingest.loaders import opc, xmlstream
from copytrace.ingest.loaders.archive import Archive
from copytrace.ingest.loaders.base import Loaded, Loader, clean_text
from copytrace.ingest.loaders.xmlstream import END, START, TEXT, Event

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_P, _T, _TBL, _TR, _TC = W + "p", W + "t", W + "tbl", W + "tr", W + "tc"
# Run content that stands for a character (as python-docx reads it).
_CHARACTERS = {W + "tab": "\t", W + "ptab": "\t", W + "cr": "\n", W + "noBreakHyphen": "-"}
# Subtrees with no text of the paragraph they sit in: properties, deleted text, drawings and text
# boxes (their own paragraphs, anchored anywhere), alternative renderings of the same content.
_SKIPPED = frozenset({W + "pPr", W + "rPr", W + "tblPr", W + "del", W + "moveFrom", W + "drawing",
                      W + "pict", W + "object", _MC + "AlternateContent"})


class DocxLoader(Loader):
    media_type = sniff.DOCX

    def load(self, data: bytes, name: str, config: IngestConfig) -> Loaded:
        with Archive(data, "DOCX", config) as archive:
            main = opc.part_of_type(archive, "", opc.OFFICE_DOCUMENT, "word/document.xml")
            damaged = lazy_gettext("damaged %(label)s document %(part)s", label="DOCX", part=main)
            blocks, tables = body_blocks(xmlstream.events(archive.blocks(main), damaged))
            props = opc.core_properties(archive)
        text = clean_text("\n".join(blocks))
        meta: dict[str, Any] = {"paragraphs": len(blocks) - tables, "tables": tables}
        return Loaded(self.media_type, text, title=props.title, author=props.author, published=props.created,
                      meta=meta)


@dataclass(slots=True)
class _Table:
    row: list[str] = field(default_factory=list)
    cell: list[str] = field(default_factory=list)
    # The grid column the next cell starts at, and each column's last text (for vertically merged cells).
    column: int = 0
    above: dict[int, str] = field(default_factory=dict)
    span: int = 1
    merged: bool = False


def body_blocks(events: Iterable[Event]) -> tuple[list[str], int]:
    """Paragraph texts and table rows (cells joined by tabs, a blank block after each table) in
    document order, and the table count."""
    blocks: list[str] = []
    tables: list[_Table] = []
    count = 0
    paragraph: list[str] | None = None
    skipping = 0
    in_text = False
    for kind, value, attributes in events:
        if skipping:
            skipping += {START: 1, END: -1}.get(kind, 0)
        elif kind == TEXT:
            if in_text and paragraph is not None:
                paragraph.append(value)
        elif kind == START:
            if value in _SKIPPED:
                skipping = 1
            elif value == _T:
                in_text = True
            elif value == _P and paragraph is None:
                paragraph = []
            elif paragraph is not None:
                _run_content(value, attributes, paragraph)
            elif value == _TBL:
                tables.append(_Table())
                count += 1
            elif tables:
                _cell_start(tables[-1], value, attributes)
        elif value == _T:
            in_text = False
        elif value == _P and paragraph is not None:
            (tables[-1].cell if tables else blocks).append("".join(paragraph))
            paragraph = None
        elif tables and value in (_TC, _TR, _TBL):
            _cell_end(tables, value, blocks)
    return blocks, count


def _run_content(element: str, attributes: dict[str, str], paragraph: list[str]) -> None:
    if element == W + "br":
        # A line break is a newline; page and column breaks are nothing (as python-docx reads them).
        if attributes.get(W + "type", "textWrapping") == "textWrapping":
            paragraph.append("\n")
    elif element in _CHARACTERS:
        paragraph.append(_CHARACTERS[element])


def _cell_start(table: _Table, element: str, attributes: dict[str, str]) -> None:
    if element == _TR:
        table.row, table.column = [], 0
    elif element == _TC:
        table.cell, table.span, table.merged = [], 1, False
    elif element == W + "gridBefore":
        table.column = _number(attributes.get(W + "val"))
    elif element == W + "gridSpan":
        table.span = max(_number(attributes.get(W + "val")), 1)
    elif element == W + "vMerge":
        table.merged = attributes.get(W + "val", "continue") == "continue"


def _cell_end(tables: list[_Table], element: str, blocks: list[str]) -> None:
    table = tables[-1]
    if element == _TC:
        # A vertically merged cell shows the text of the cell it continues, once per row.
        text = table.above.get(table.column, "") if table.merged else " ".join("\n".join(table.cell).split())
        table.above[table.column] = text
        table.row.append(text)
        table.column += table.span
    elif element == _TR:
        row = "\t".join(table.row)
        # A table inside a cell: its rows are paragraphs of that cell.
        (tables[-2].cell if len(tables) > 1 else blocks).append(row)
    else:
        tables.pop()
        if not tables:
            blocks.append("")


def _number(value: str | None) -> int:
    try:
        return min(int(value or 0), 1 << 14)
    except ValueError:
        return 0
