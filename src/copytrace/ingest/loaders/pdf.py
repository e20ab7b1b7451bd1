"""PDF: text page by page with pypdfium2, keeping where each page starts so evidence can cite it."""

from __future__ import annotations

import re
from typing import Any

from copytrace.i18n import lazy_gettext
from copytrace.ingest import sniff
from copytrace.ingest.config import IngestConfig
from copytrace.ingest.errors import Rejected
from copytrace.ingest.loaders.base import Loaded, Loader, clean_text

PAGE_BREAK = "\n\n"
_PDF_DATE = re.compile(r"D?:?(\d{4})(\d{2})?(\d{2})?")


def _pdf_date(value: str) -> str | None:
    match = _PDF_DATE.match(value.strip())
    if not match:
        return None
    return "-".join(part for part in match.groups() if part)


class PdfLoader(Loader):
    media_type = sniff.PDF

    def load(self, data: bytes, name: str, config: IngestConfig) -> Loaded:
        import pypdfium2 as pdfium

        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            message = str(exc)
            if "password" in message.lower():
                raise Rejected(lazy_gettext("encrypted PDF (needs a password)")) from None
            raise Rejected(lazy_gettext("damaged or truncated PDF: %(error)s", error=message)) from None
        try:
            pages: list[int] = []
            parts: list[str] = []
            offset = 0
            for index in range(len(pdf)):
                page = pdf[index]
                textpage = page.get_textpage()
                page_text = clean_text(textpage.get_text_range())
                textpage.close()
                page.close()
                if parts:
                    offset += len(PAGE_BREAK)
                pages.append(offset)
                parts.append(page_text)
                offset += len(page_text)
            info: dict[str, Any] = pdf.get_metadata_dict(skip_empty=True)
        finally:
            pdf.close()
        text = PAGE_BREAK.join(parts)
        if not text.strip():
            raise Rejected(lazy_gettext("PDF without extractable text (scanned images? OCR is not done)"))
        published = _pdf_date(info["CreationDate"]) if "CreationDate" in info else None
        return Loaded(self.media_type, text, title=info.get("Title"), author=info.get("Author"),
                      published=published, meta={"pages": pages, "page_count": len(pages)})


def page_of(pages: list[int], offset: int) -> int:
    """The 1-based page holding character ``offset`` of the text, from the stored page starts."""
    page = 1
    for number, start in enumerate(pages, start=1):
        if start > offset:
            break
        page = number
    return page
