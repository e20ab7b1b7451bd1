"""Zip documents (DOCX, ODT, EPUB, XLSX): text read by streaming, and hostile archives refused with one line.

Every document is written in code (tests/ingest/containers.py); the good ones go through the loader
and through `copytrace ingest` next to the hostile ones.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.enum.text import WD_BREAK
from docx.table import Table

from copytrace.ingest import IngestConfig, Rejected
from copytrace.ingest.loaders import load
from copytrace.ingest.sniff import DOCX, EPUB, ODT, XLSX
from tests.ingest.containers import (
    BILLION_LAUGHS,
    EXTERNAL_ENTITY,
    Parts,
    deep,
    epub_parts,
    inflating,
    odt_parts,
    replaced,
    with_encrypted_member,
    with_lying_member,
    xhtml,
    xlsx_parts,
    zip_parts,
)

CONFIG = IngestConfig(workers=1)
# A small cap keeps the bombs quick: what matters is that the bytes produced are counted, not declared.
SMALL_CAP = IngestConfig(workers=1, max_unzipped=8_000_000)
LICENCE = "The M70 rifle was made by Zastava Arms under licence from 1970."

ODT_BODY = (
    "<text:h text:outline-level='1'>Works <text:span>history</text:span></text:h>"
    "<text:p>The M70   rifle<text:s text:c='2'/>was made<text:tab/>at Kragujevac.<text:line-break/>Second line."
    "<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>A footnote.</text:p>"
    "</text:note-body></text:note></text:p>"
    "<text:tracked-changes><text:changed-region><text:deletion><text:p>Deleted text.</text:p></text:deletion>"
    "</text:changed-region></text:tracked-changes>"
    "<table:table><table:table-row><table:table-cell><text:p>Licensee</text:p></table:table-cell>"
    "<table:table-cell><text:p>State</text:p><text:p>Works</text:p></table:table-cell></table:table-row>"
    "</table:table>"
    "<text:list><text:list-item><text:p>A listed point.</text:p></text:list-item></text:list>"
)
ODT_TEXT = ("Works history\nThe M70 rifle  was made\tat Kragujevac.\nSecond line.\nA footnote.\n"
            "Licensee\tState Works\n\nA listed point.")


def _odt(body: str = ODT_BODY) -> Parts:
    return odt_parts(body)


def _epub() -> Parts:
    first = xhtml("One", "<h1>Chapter one</h1><p>The <em>M70</em>&#160;rifle&nbsp;was made<br/>at the works.</p>"
                         "<script>var skipped = 1;</script>")
    second = xhtml("Two", "<h2>Chapter two</h2><table><tr><td><p>Licensee</p></td><td>Zastava Arms</td></tr></table>"
                          "<pre>  kept\n  as is</pre>", doctype="<!DOCTYPE html>")
    # Listed in the manifest as two, one; read in the spine's order: one, two.
    return epub_parts([("two.xhtml", second), ("one.xhtml", first)], ["one.xhtml", "two.xhtml"])


EPUB_TEXT = ("Chapter one\nThe M70 rifle was made\nat the works.\n\n"
             "Chapter two\nLicensee\tZastava Arms\n  kept\n  as is")


def _xlsx() -> Parts:
    strings = ["<t>Product</t>", "<t>Maker</t>", "<r><t>Zastava</t></r><r><t xml:space='preserve'> Arms</t></r>"
               "<rPh><t>ザスタバ</t></rPh>", "<t>M70</t>"]
    makers = ("<row r='1'><c r='A1' t='s'><v>0</v></c><c r='B1' t='s'><v>1</v></c><c r='C1' t='s'><v>9</v></c></row>"
              "<row r='2'><c r='A2' t='s'><v>3</v></c><c r='B2' t='s'><v>2</v></c><c r='C2'><v>1970</v></c>"
              "<c r='D2' t='b'><v>1</v></c><c r='E2'><f>C2+1</f><v>1971</v></c></row>"
              "<row r='3'/>")
    notes = "<row r='1'><c r='A1' t='inlineStr'><is><t>Made under licence\nfrom 1970.</t></is></c></row>"
    return xlsx_parts([("Makers", makers), ("Notes", notes)], strings)


XLSX_TEXT = "Makers\nProduct\tMaker\nM70\tZastava Arms\t1970\tTRUE\t1971\n\nNotes\nMade under licence from 1970."


def _docx_parts() -> Parts:
    import zipfile

    document = docx.Document()
    document.add_paragraph(LICENCE)
    out = io.BytesIO()
    document.save(out)
    archive = zipfile.ZipFile(io.BytesIO(out.getvalue()))
    return [(info.filename, archive.read(info)) for info in archive.infolist()]


# -- good documents ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("parts", "media_type", "text", "title"), [
    (_odt, ODT, ODT_TEXT, "Works history"),
    (_epub, EPUB, EPUB_TEXT, "The Rifle Book"),
    (_xlsx, XLSX, XLSX_TEXT, "Licences"),
], ids=["odt", "epub", "xlsx"])
def test_each_format_gives_its_text_in_reading_order(parts: Any, media_type: str, text: str, title: str) -> None:
    loaded = load(zip_parts(parts()), "document.bin", CONFIG)
    assert (loaded.media_type, loaded.text, loaded.title) == (media_type, text, title)


def test_epub_metadata_comes_from_the_package_document() -> None:
    loaded = load(zip_parts(_epub()), "book.epub", CONFIG)
    assert (loaded.author, loaded.publisher, loaded.published) == ("A. Writer", "Arsenal Press", "1971-03-04")


def test_odt_metadata_comes_from_meta_xml() -> None:
    loaded = load(zip_parts(_odt()), "memo.odt", CONFIG)
    assert (loaded.author, loaded.published, loaded.meta["tables"]) == ("Rita Example", "1964-05-02", 1)


def _python_docx_text(data: bytes) -> str:
    """The text as python-docx reads it (what the DOCX loader gave before it streamed the XML)."""
    blocks: list[str] = []
    for item in docx.Document(io.BytesIO(data)).iter_inner_content():
        if isinstance(item, Table):
            for row in item.rows:
                cells: list[str] = []
                seen: set[int] = set()
                for cell in row.cells:
                    if id(cell._tc) not in seen:
                        seen.add(id(cell._tc))
                        cells.append(" ".join(cell.text.split()))
                blocks.append("\t".join(cells))
            blocks.append("")
        else:
            blocks.append(item.text)
    return "\n".join(blocks).strip("\n")


def test_streamed_docx_text_is_what_python_docx_reads() -> None:
    document = docx.Document()
    document.core_properties.title, document.core_properties.author = "Licence memo", "Rita Example"
    document.add_heading("Licence memo", 1)
    paragraph = document.add_paragraph("Made\tunder ")
    paragraph.add_run("licence").bold = True
    paragraph.add_run().add_break()
    paragraph.add_run("from 1970.")
    paragraph.add_run().add_break(WD_BREAK.PAGE)
    table = document.add_table(rows=3, cols=3)
    for r in range(3):
        for c in range(3):
            table.cell(r, c).text = f"r{r}c{c}"
    table.cell(0, 0).merge(table.cell(0, 1))   # across
    table.cell(1, 2).merge(table.cell(2, 2))   # down: the lower row shows the merged text again
    document.add_paragraph("After the table.")
    out = io.BytesIO()
    document.save(out)
    loaded = load(out.getvalue(), "memo.bin", CONFIG)
    expected = (DOCX, _python_docx_text(out.getvalue()), "Licence memo", "Rita Example")
    assert (loaded.media_type, loaded.text, loaded.title, loaded.author) == expected


# -- hostile archives --------------------------------------------------------------------------------

_ODT_OPEN = (b'<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:'
             b'office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
             b"<text:p>")
_DOCX_OPEN = (b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
              b'main"><w:body><w:p><w:r><w:t>')
_XHTML_OPEN = b'<html xmlns="http://www.w3.org/1999/xhtml"><body><p>'
_SHEET_OPEN = (b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row>'
               b"<c t='inlineStr'><is><t>")
# Each format: its parts, the member holding its text, and how that member's XML opens.
FORMATS: dict[str, tuple[Any, str, bytes]] = {
    "docx": (_docx_parts, "word/document.xml", _DOCX_OPEN),
    "odt": (_odt, "content.xml", _ODT_OPEN),
    "epub": (_epub, "OEBPS/Text/one.xhtml", _XHTML_OPEN),
    "xlsx": (_xlsx, "xl/worksheets/sheet2.xml", _SHEET_OPEN),
}


def _hostile(kind: str, case: str) -> bytes:
    make, member, opening = FORMATS[kind]
    parts: Parts = make()
    if case == "lying-size":
        return with_lying_member(parts, member, inflating(opening, b" ", 1000))
    if case == "declared-inflation":
        return zip_parts([*parts, ("filler.bin", b"\0" * 30_000_000)])
    if case == "encrypted":
        return with_encrypted_member(parts, member)
    if case == "truncated":
        return zip_parts(parts)[:-30]
    hostile = {"billion-laughs": BILLION_LAUGHS, "external-entity": EXTERNAL_ENTITY, "nested": deep(100_000),
               "malformed": opening + b"</unclosed>"}[case]
    return zip_parts(replaced(parts, member, hostile))


REASONS = {
    "lying-size": "damaged {label} archive",
    "declared-inflation": "zip bomb: {label} unpacks to 30,",
    "encrypted": "encrypted {label} (needs a password)",
    "truncated": "damaged ZIP archive (not a readable DOCX, ODT, EPUB or XLSX)",
    "billion-laughs": "XML with an internal DTD (entity declarations are refused)",
    "external-entity": "XML with an internal DTD (entity declarations are refused)",
    "nested": "XML nested more than 512 elements deep",
    "malformed": "malformed XML: mismatched tag",
}
CASES = [(kind, case) for kind in FORMATS for case in REASONS]


@pytest.mark.parametrize(("kind", "case"), CASES, ids=[f"{kind}-{case}" for kind, case in CASES])
def test_hostile_archives_are_refused_with_a_reason(kind: str, case: str) -> None:
    with pytest.raises(Rejected) as refused:
        load(_hostile(kind, case), f"hostile.{kind}", SMALL_CAP)
    assert REASONS[case].format(label=kind.upper()) in refused.value.reason


def test_an_epub_whose_spine_names_a_missing_file_is_refused() -> None:
    parts = [(name, data) for name, data in _epub() if not name.endswith("two.xhtml")]
    with pytest.raises(Rejected, match=r"OEBPS/Text/two\.xhtml is missing from the archive"):
        load(zip_parts(parts), "book.epub", CONFIG)


def test_other_opendocument_kinds_are_refused_by_name() -> None:
    parts = replaced(_odt(), "mimetype", b"application/vnd.oasis.opendocument.spreadsheet")
    with pytest.raises(Rejected, match="unsupported format: an OpenDocument spreadsheet"):
        load(zip_parts(parts), "sheet.ods", CONFIG)


def test_good_and_hostile_archives_in_one_batch(invoke, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "in"
    folder.mkdir()
    for name, parts in (("memo.odt", _odt()), ("book.epub", _epub()), ("licences.xlsx", _xlsx())):
        (folder / name).write_bytes(zip_parts(parts))
    hostile = {f"{kind}-{case}.{kind}": _hostile(kind, case) for kind, case in CASES if case != "lying-size"}
    hostile["odt-lying-size.odt"] = _hostile("odt", "lying-size")   # inflated to the default 200 MB cap
    for name, data in hostile.items():
        (folder / name).write_bytes(data)
    result = invoke("ingest", str(folder), "--workers", "1", "--no-extract", "--verbose")
    lines = result.output.splitlines()
    added = sorted(Path(line.split(": ")[1].split(" [")[0]).name for line in lines if line.startswith("added"))
    rejected = sorted(Path(line.split(": ")[1]).name for line in lines if line.startswith("rejected"))
    assert (result.exit_code, added, rejected) == (1, ["book.epub", "licences.xlsx", "memo.odt"], sorted(hostile))
