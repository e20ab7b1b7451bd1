"""What a document is, told from its bytes: magic numbers, damaged archives, text that is not text,
and HTML or Markdown told from plain text by content (Hypothesis explores the thresholds)."""

from __future__ import annotations

import io
import zipfile

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from copytrace.ingest import IngestConfig, Rejected
from copytrace.ingest.loaders import load
from copytrace.ingest.sniff import DOCX, HTML, MARKDOWN, PDF, TEXT, looks_binary, sniff_binary, text_kind

CONFIG = IngestConfig(workers=1)
PROSE = "The rifle was made under licence at the state works for two decades, the archive shows. "


def _zip(names: list[str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, "<w:document/>")
    return buffer.getvalue()


def test_an_empty_file_is_refused() -> None:
    with pytest.raises(Rejected, match="empty file"):
        sniff_binary(b"")


@given(offset=st.integers(0, 1200))
@example(offset=1019)
@example(offset=1020)
def test_a_pdf_marker_counts_only_within_the_first_kilobyte(offset: int) -> None:
    data = b" " * offset + b"%PDF-1.4\n" + b"x" * 50
    assert sniff_binary(data) == (PDF if offset + len(b"%PDF-") <= 1024 else None)


def test_a_zip_holding_a_word_document_is_docx() -> None:
    assert sniff_binary(_zip(["[Content_Types].xml", "word/document.xml"])) == DOCX


def test_a_zip_without_a_word_document_is_refused_as_not_docx() -> None:
    with pytest.raises(Rejected, match="a ZIP archive that is not a DOCX, ODT, EPUB or XLSX document"):
        sniff_binary(_zip(["notes.txt"]))


def test_an_empty_zip_is_refused_as_not_docx() -> None:
    empty = _zip([])
    assert empty.startswith(b"PK\x05\x06")
    with pytest.raises(Rejected, match="a ZIP archive that is not a DOCX, ODT, EPUB or XLSX document"):
        sniff_binary(empty)


@pytest.mark.parametrize("data", [b"PK\x03\x04" + b"broken" * 20, _zip(["word/document.xml"])[:60]],
                         ids=["garbage", "truncated"])
def test_a_damaged_zip_is_refused_as_damaged(data: bytes) -> None:
    with pytest.raises(Rejected, match=r"damaged ZIP archive \(not a readable DOCX, ODT, EPUB or XLSX\)"):
        load(data, "report.docx", CONFIG)


@pytest.mark.parametrize(("data", "what"), [
    (b"\x89PNG\r\n\x1a\n" + bytes(40), "a PNG image"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(40), "a JPEG image"),
    (b"GIF87a\x01\x00\x01\x00" + bytes(40), "a GIF image"),
    (b"GIF89a\x01\x00\x01\x00" + bytes(40), "a GIF image"),
    (b"\x1f\x8b\x08\x00" + bytes(40), "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c\x00\x04" + bytes(40), "a 7-Zip archive"),
    (b"Rar!\x1a\x07\x00" + bytes(40), "a RAR archive"),
    (b"\x7fELF\x02\x01\x01" + bytes(40), "an executable \\(ELF\\)"),
    (b"MZ\x90\x00\x03\x00" + bytes(40), "a Windows executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(40), "a legacy Office file"),
    (b"BZh91AY&SY\x00\x01" + bytes(40), "a bzip2 archive"),
    (b"\xfd7zXZ\x00\x00\x04" + bytes(40), "an xz archive"),
])
def test_other_binary_formats_are_refused_by_name(data: bytes, what: str) -> None:
    with pytest.raises(Rejected, match=f"unsupported format: {what}"):
        sniff_binary(data)


@pytest.mark.parametrize("text", [
    "MZKT, the Minsk Wheeled Tractor Plant, built the chassis of many launchers under licence.",
    "BZh is how the archive calls this note; the rest of the line is ordinary prose about rifles.",
    "GIF89a was the name of the file format, and this sentence merely talks about it at length.",
])
def test_text_that_begins_like_a_magic_number_is_still_text(text: str) -> None:
    assert load(text.encode(), "note.txt", CONFIG).text == text


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-be"])
def test_text_with_a_byte_order_mark_is_text_not_binary(encoding: str) -> None:
    data = PROSE.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    assert (sniff_binary(data), looks_binary(data)) == (None, False)


def test_plain_text_is_left_to_the_text_loaders() -> None:
    assert sniff_binary(PROSE.encode()) is None


@given(offset=st.integers(0, 9000))
@example(offset=8191)
@example(offset=8192)
def test_a_nul_byte_makes_data_binary_only_within_the_first_8_kilobytes(offset: int) -> None:
    data = b"a" * offset + b"\x00" + b"a" * 100
    assert looks_binary(data) == (offset < 8192)


@given(length=st.integers(1, 3000), near=st.integers(-2, 2), byte=st.sampled_from([1, 2, 8, 14, 27, 31, 127]))
@example(length=100, near=0, byte=27)
@example(length=99, near=1, byte=27)
def test_a_few_control_bytes_are_tolerated_more_are_binary(length: int, near: int, byte: int) -> None:
    # Up to 1% of the bytes (plus one) may be control characters; try counts around that threshold.
    controls = max(0, min(length, length // 100 + 1 + near))
    sample = bytes([byte]) * controls + b"a" * (length - controls)
    assert looks_binary(sample) == (controls > length // 100 + 1)


@pytest.mark.parametrize("byte", [9, 10, 11, 12, 13, 32])
def test_whitespace_control_characters_are_text(byte: int) -> None:
    assert not looks_binary(bytes([byte]) * 50 + b"text")


@pytest.mark.parametrize("byte", [0x80, 0xA0, 0xFF])
def test_high_bytes_of_legacy_encodings_are_not_control_bytes(byte: int) -> None:
    assert not looks_binary(bytes([byte]) * 50 + b"text")


def test_only_the_first_8_kilobytes_are_counted_for_control_bytes() -> None:
    assert not looks_binary(b"a" * 8192 + b"\x01" * 500)


def test_binary_content_is_refused_with_a_reason() -> None:
    with pytest.raises(Rejected, match="binary content that is neither text nor a supported document format"):
        load(b"\x01\x02\x03\x04" * 50, "blob.txt", CONFIG)


# -- HTML, Markdown or plain text ---------------------------------------------------------------------

@pytest.mark.parametrize("start", [
    "<!DOCTYPE html><p>x</p>", "<html><p>x</p>", "<HEAD><title>x</title>", "<body>x",
    "  \n<?xml version='1.0'?>\n<!-- generated -->\n<html>", "<!-- a --><!-- b --> <body class='x'>",
])
def test_a_document_that_starts_as_html_is_html(start: str) -> None:
    assert text_kind(start + PROSE, "page.txt") == HTML


@given(count=st.integers(0, 6))
def test_three_html_tags_anywhere_near_the_start_make_html(count: int) -> None:
    text = PROSE + "".join(f"<div class='c{i}'>{PROSE}</div>" for i in range(count))
    assert (text_kind(text, "x.txt") == HTML) == (count >= 3)


@pytest.mark.parametrize(("end", "kind"), [(4096, HTML), (4097, TEXT)])
def test_only_html_tags_within_the_first_4096_characters_count(end: int, kind: str) -> None:
    tags = "<div>a</div><p>b</p><section>"
    assert text_kind("x" * (end - len(tags)) + tags + PROSE, "x.txt") == kind


def test_an_html_start_beyond_the_first_4096_characters_does_not_count() -> None:
    assert text_kind(" " * 4100 + "<html><body>" + PROSE, "x.txt") == TEXT


@pytest.mark.parametrize("name", ["notes.md", "NOTES.MD", "notes.markdown", "a.b.Markdown"])
def test_the_markdown_extension_settles_markdown(name: str) -> None:
    assert text_kind(PROSE, name) == MARKDOWN


@pytest.mark.parametrize("name", ["notes.txt", "md", "notes.mdx", "notes.md.txt"])
def test_other_names_say_nothing_about_markdown(name: str) -> None:
    assert text_kind(PROSE, name) == TEXT


def test_an_html_document_named_md_is_still_html() -> None:
    assert text_kind("<!doctype html><html><body>" + PROSE, "page.md") == HTML


FEATURES = ["```\ncode\n```", "- item one", "* item two", "1. first", "> quoted", "[a link](http://x.y)",
            "**bold words**"]


@given(heading=st.booleans(), features=st.lists(st.sampled_from(FEATURES), max_size=4, unique=True))
def test_markdown_needs_a_heading_and_two_features(heading: bool, features: list[str]) -> None:
    lines = (["## Field notes"] if heading else []) + [PROSE, *features]
    found = text_kind("\n\n".join(lines), "notes.txt")
    expected = heading and sum(f.count("```") or 1 for f in features) >= 2
    assert found == (MARKDOWN if expected else TEXT)


@pytest.mark.parametrize("heading", ["####### seven hashes", "#no space", "# "])
def test_a_line_that_is_not_a_heading_does_not_make_markdown(heading: str) -> None:
    assert text_kind(f"{heading}\n\n- one\n- two\n- three", "notes.txt") == TEXT


def test_markdown_is_loaded_as_markdown_by_content() -> None:
    source = "# Field notes\n\n- **AIM** made in Romania\n- [source](http://example.org/a)\n"
    assert load(source.encode(), "notes.txt", CONFIG).media_type == MARKDOWN
