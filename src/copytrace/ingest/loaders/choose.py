"""Sniff the bytes, decode text when they are text, and hand them to the loader for that format."""

from __future__ import annotations

from copytrace.i18n import lazy_gettext
from copytrace.ingest import sniff
from copytrace.ingest.config import IngestConfig
from copytrace.ingest.errors import Rejected
from copytrace.ingest.loaders.base import Loaded, Loader, clean_field
from copytrace.ingest.loaders.docx import DocxLoader
from copytrace.ingest.loaders.epub import EpubLoader
from copytrace.ingest.loaders.html import HtmlLoader
from copytrace.ingest.loaders.odt import OdtLoader
from copytrace.ingest.loaders.pdf import PdfLoader
from copytrace.ingest.loaders.text import MarkdownLoader, TextLoader, decode, language_hints
from copytrace.ingest.loaders.xlsx import XlsxLoader

# Formats told apart after decoding, so they take text rather than bytes.
TEXT_LOADERS: dict[str, TextLoader | HtmlLoader] = {
    loader.media_type: loader for loader in (TextLoader(), MarkdownLoader(), HtmlLoader())
}
LOADERS: dict[str, Loader] = {
    **TEXT_LOADERS,
    **{loader.media_type: loader for loader in (PdfLoader(), DocxLoader(), OdtLoader(), EpubLoader(), XlsxLoader())},
}


def load(data: bytes, name: str, config: IngestConfig) -> Loaded:
    """Text and metadata of one input, by its content; Rejected (with the reason) when it has none."""
    media_type = sniff.sniff_binary(data)
    if media_type is not None:
        loaded = LOADERS[media_type].load(data, name, config)
    else:
        if sniff.looks_binary(data):
            raise Rejected(lazy_gettext("binary content that is neither text nor a supported document format"))
        text, encoding = decode(data, language_hints(data, config))
        loaded = TEXT_LOADERS[sniff.text_kind(text, name)].load_text(text, name)
        loaded.meta["encoding"] = encoding
    if not loaded.text.strip():
        raise Rejected(lazy_gettext("no readable text in this %(type)s document", type=loaded.media_type))
    # Metadata is whatever the document claims: one clean line each, like the text it describes.
    loaded.title, loaded.author = clean_field(loaded.title), clean_field(loaded.author)
    loaded.publisher, loaded.published = clean_field(loaded.publisher), clean_field(loaded.published)
    return loaded
