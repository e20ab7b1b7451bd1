"""XLSX: each worksheet as lines of text, one per row (its cell values joined by tabs), under the sheet's name.

The shared strings are read first (cells refer to them by number), then each sheet in workbook
order, every part inflated and parsed as a stream. Values are shown as stored: numbers (and
dates, which are numbers with a date style) as written in the file, formulas by their last value.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from copytrace.i18n import lazy_gettext
from copytrace.ingest import sniff
from copytrace.ingest.config import IngestConfig
from copytrace.ingest.loaders import opc, xmlstream
from copytrace.ingest.loaders.archive import Archive
from copytrace.ingest.loaders.base import Loaded, Loader, clean_text
from copytrace.ingest.loaders.xmlstream import END, START, TEXT, Event

_S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
# Text of a rich string: its t elements, except the phonetic guide (rPh) of East Asian text.
_STRING_TEXT, _PHONETIC = _S + "t", _S + "rPh"
_BOOLEANS = {"0": "FALSE", "1": "TRUE"}


class XlsxLoader(Loader):
    media_type = sniff.XLSX

    def load(self, data: bytes, name: str, config: IngestConfig) -> Loaded:
        with Archive(data, "XLSX", config) as archive:
            workbook = opc.part_of_type(archive, "", opc.OFFICE_DOCUMENT, "xl/workbook.xml")
            parts = opc.relationships(archive, workbook)
            strings_part = next((r.target for r in parts.values() if r.type.endswith("/sharedStrings")), None)
            strings: list[str] = []
            if strings_part is not None and strings_part in archive:
                strings = shared_strings(_events(archive, strings_part))
            blocks: list[str] = []
            rows = 0
            sheets = _sheets(archive, workbook, parts)
            for title, part in sheets:
                lines = sheet_rows(_events(archive, part), strings)
                rows += len(lines)
                blocks.extend([title, *lines, ""])
            props = opc.core_properties(archive)
        meta: dict[str, Any] = {"sheets": len(sheets), "rows": rows}
        return Loaded(self.media_type, clean_text("\n".join(blocks)), title=props.title, author=props.author,
                      published=props.created, meta=meta)


def _events(archive: Archive, part: str) -> Iterable[Event]:
    return xmlstream.events(archive.blocks(part),
                            lazy_gettext("damaged %(label)s document %(part)s", label="XLSX", part=part))


def _sheets(archive: Archive, workbook: str, parts: dict[str, opc.Relationship]) -> list[tuple[str, str]]:
    """(name, part) of each worksheet in workbook order (chart sheets hold no cells)."""
    found: list[tuple[str, str]] = []
    for kind, element, attributes in _events(archive, workbook):
        if kind == START and element == _S + "sheet":
            relationship = parts.get(attributes.get(_R + "id", ""))
            if relationship is not None and relationship.type.endswith("/worksheet"):
                found.append((attributes.get("name", ""), relationship.target))
    return found


def shared_strings(events: Iterable[Event]) -> list[str]:
    """The shared string table: the text of each si, in order."""
    strings: list[str] = []
    parts: list[str] = []
    in_text = phonetic = 0
    for kind, value, _attributes in events:
        if kind == TEXT:
            if in_text and not phonetic:
                parts.append(value)
        elif value == _STRING_TEXT:
            in_text += 1 if kind == START else -1
        elif value == _PHONETIC:
            phonetic += 1 if kind == START else -1
        elif value == _S + "si" and kind == END:
            strings.append("".join(parts))
            parts.clear()
    return strings


def sheet_rows(events: Iterable[Event], strings: list[str]) -> list[str]:
    """Each row with a value, its values joined by tabs (empty cells left out)."""
    lines: list[str] = []
    row: list[str] = []
    parts: list[str] = []
    cell_type = ""
    collecting = phonetic = 0
    for kind, value, attributes in events:
        if kind == TEXT:
            if collecting and not phonetic:
                parts.append(value)
        elif value in (_S + "v", _STRING_TEXT):
            collecting += 1 if kind == START else -1
        elif value == _PHONETIC:
            phonetic += 1 if kind == START else -1
        elif value == _S + "c" and kind == START:
            cell_type = attributes.get("t", "n")
            parts.clear()
        elif value == _S + "c":
            text = _cell_text(cell_type, "".join(parts), strings)
            if text:
                row.append(text)
        elif value == _S + "row" and kind == END:
            if row:
                lines.append("\t".join(row))
            row = []
    return lines


def _cell_text(cell_type: str, raw: str, strings: list[str]) -> str:
    if cell_type == "s":
        try:
            index = int(raw)
        except ValueError:
            return ""
        text = strings[index] if 0 <= index < len(strings) else ""
    elif cell_type == "b":
        text = _BOOLEANS.get(raw.strip(), raw)
    else:
        text = raw
    # A cell is one field of its row: its own line breaks and tabs would split or shift the row.
    return " ".join(text.split())
