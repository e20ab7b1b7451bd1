"""HTML: the main text only (trafilatura drops navigation, cookie bars, appeals and related links).

The raw page is kept byte for byte in the store; the text here is what evidence quotes index.
"""

from __future__ import annotations

import re
from typing import Any

from copytrace.i18n import lazy_gettext
from copytrace.ingest import sniff
from copytrace.ingest.errors import Rejected
from copytrace.ingest.loaders.base import Loaded, clean_text
from copytrace.ingest.loaders.text import TextLoader

# Where the page's <title> is looked for: the head of any sane page fits.
_TITLE_OPEN = re.compile("<title", re.I)
_TITLE_CLOSE = re.compile("</title>", re.I)
_TITLE_WITHIN = 65536


def _page_title(text: str) -> str | None:
    """The text of the first <title> element, found with three searches (a regex would rescan per '<title')."""
    head = text[:_TITLE_WITHIN]
    start = _TITLE_OPEN.search(head)
    opened = head.find(">", start.end()) if start else -1
    end = _TITLE_CLOSE.search(head, opened) if opened != -1 else None
    return head[opened + 1: end.start()] if end else None


class HtmlLoader(TextLoader):
    """Decoded like any text (TextLoader.load); only what is kept of the page differs."""

    media_type = sniff.HTML

    def load_text(self, text: str, name: str) -> Loaded:
        # Imported here so that workers that never see HTML never pay for trafilatura's start-up.
        import trafilatura

        found: Any = trafilatura.bare_extraction(
            text, with_metadata=True, include_comments=False, include_tables=True, include_images=False,
            favor_precision=True,
            # Dates from the page's own markup only: no guessing from the URL or today's date.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
        body = clean_text(found.text or "") if found is not None else ""
        if not body.strip():
            raise Rejected(lazy_gettext("HTML page without readable main text (only scripts, navigation or markup)"))
        page_title = _page_title(text)
        meta: dict[str, Any] = {}
        if page_title:
            meta["html_title"] = clean_text(page_title)
        if found.description:
            meta["description"] = found.description
        if found.url:
            meta["canonical_url"] = found.url
        return Loaded(self.media_type, body, title=found.title or meta.get("html_title"), author=found.author,
                      publisher=found.sitename or found.hostname, published=found.date, meta=meta)
