"""Loaders on their own: sniffing by content, encodings, Markdown, HTML boilerplate, PDF pages, DOCX tables."""

from __future__ import annotations

import io

import docx
import pytest

from copytrace.ingest import IngestConfig, Rejected
from copytrace.ingest.config import parse_languages, parse_size
from copytrace.ingest.language import languages_of
from copytrace.ingest.loaders import load
from copytrace.ingest.loaders.pdf import page_of
from tests.ingest.corpus import html_page
from tests.ingest.pdfwriter import pdf_bytes

CONFIG = IngestConfig(workers=1)
RUSSIAN = ("Автомат производили по лицензии на заводе в Болгарии с конца пятидесятых годов. "
           "Позднее выпуск перенесли на другой завод, а документы передали в архив.")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "cp1251", "koi8-r"])
def test_russian_text_decodes_in_every_encoding(encoding: str) -> None:
    loaded = load(RUSSIAN.encode(encoding), "note.txt", CONFIG)
    assert loaded.text == RUSSIAN


def test_text_is_normalised_to_nfc_with_lines_kept() -> None:
    loaded = load("Cafe\u0301 line one\r\nline two\r\n".encode(), "x.txt", CONFIG)
    assert loaded.text == "Café line one\nline two"


def test_format_is_sniffed_from_content_not_the_extension() -> None:
    pdf = pdf_bytes([["The page says hello."]])
    assert load(pdf, "misnamed.txt", CONFIG).media_type == "application/pdf"
    html = html_page("A title", ["A paragraph long enough to be kept as the main text of the page, surely."])
    assert load(html.encode(), "page.txt", CONFIG).media_type == "text/html"


def test_html_keeps_the_article_and_drops_boilerplate_and_scripts() -> None:
    paragraph = "The licensed copy was built at a state works for two decades, the archive shows clearly."
    loaded = load(html_page("Works history", [paragraph, paragraph.replace("two", "three")]).encode(), "p.html",
                  CONFIG)
    assert paragraph in loaded.text
    assert "cookies" not in loaded.text and "do-not-index-this-script" not in loaded.text
    assert (loaded.title, loaded.author, loaded.publisher) == ("Works history", "Rita Example", "Example Gazette")


def test_markdown_front_matter_and_markup() -> None:
    source = "---\ntitle: Field notes\nauthor: A. Writer\n---\n# Heading\n\nSome **bold** and [a link](http://x.y).\n"
    loaded = load(source.encode(), "notes.md", CONFIG)
    expected = ("Heading\n\nSome bold and a link.", "Field notes", "A. Writer")
    assert (loaded.text, loaded.title, loaded.author) == expected


def test_pdf_pages_are_numbered_by_offset() -> None:
    loaded = load(pdf_bytes([["First page."], ["Second page."]], title="Two pages"), "two.pdf", CONFIG)
    second = loaded.text.index("Second")
    assert page_of(loaded.meta["pages"], second) == 2 and page_of(loaded.meta["pages"], 0) == 1


def test_docx_paragraphs_and_tables_in_order() -> None:
    document = docx.Document()
    document.add_paragraph("Before the table.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Licensee"
    table.cell(0, 1).text = "State Works"
    document.add_paragraph("After the table.")
    out = io.BytesIO()
    document.save(out)
    loaded = load(out.getvalue(), "memo.docx", CONFIG)
    assert loaded.text == "Before the table.\nLicensee\tState Works\n\nAfter the table."


def test_mixed_language_document_gets_paragraph_languages() -> None:
    english = "The factory records say the licensed copy was made there for twenty years without a break."
    text = f"{english}\n{RUSSIAN}"
    main, paragraphs = languages_of(text, parse_languages("en,ru,de"))
    assert main in ("en", "ru")
    assert [(p.start, p.language) for p in paragraphs] == [(0, "en"), (len(english) + 1, "ru")]


def test_detection_is_restricted_to_the_configured_languages() -> None:
    main, _ = languages_of(RUSSIAN, ("en", "de"))
    assert main in ("en", "de", None)


@pytest.mark.parametrize(("data", "word"), [(b"", "empty"), (b"GIF89a" + bytes(50), "GIF"),
                                            (b"\xff\xfe\x00\xd8", "undecodable")])
def test_bad_bytes_are_rejected_with_a_reason(data: bytes, word: str) -> None:
    with pytest.raises(Rejected, match=word):
        load(data, "bad", CONFIG)


def test_sizes_parse_with_units() -> None:
    assert (parse_size("50MB"), parse_size("2KiB"), parse_size("10")) == (50_000_000, 2048, 10)
    with pytest.raises(ValueError, match="not a size"):
        parse_size("lots")
