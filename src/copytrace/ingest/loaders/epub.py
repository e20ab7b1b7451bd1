"""EPUB: the book's XHTML documents in spine (reading) order, as text, each parsed as a stream.

META-INF/container.xml names the package document (OPF); its manifest maps ids to files, its
spine lists them in reading order, and its metadata gives title, author, publisher and date.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from copytrace.i18n import lazy_gettext
from copytrace.ingest import sniff
from copytrace.ingest.config import IngestConfig
from copytrace.ingest.errors import Rejected
from copytrace.ingest.loaders import xmlstream
from copytrace.ingest.loaders.archive import Archive, resolve
from copytrace.ingest.loaders.base import Loaded, Loader, clean_text
from copytrace.ingest.loaders.opc import SMALL_PART
from copytrace.ingest.loaders.xmlstream import END, START, TEXT, Event

_CONTAINER = "META-INF/container.xml"
_ROOTFILE = "{urn:oasis:names:tc:opendocument:xmlns:container}rootfile"
_OPF = "{http://www.idpf.org/2007/opf}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_XHTML_TYPES = frozenset({"application/xhtml+xml", "text/html"})
# HTML elements that start a new line of text.
_BLOCKS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre",
                     "section", "article", "header", "footer", "aside", "nav", "figure", "figcaption", "table",
                     "ul", "ol", "dl", "hr", "caption", "address", "main", "tr", "body"})
_CELLS = frozenset({"td", "th"})
_SKIPPED = frozenset({"head", "script", "style", "template"})


class EpubLoader(Loader):
    media_type = sniff.EPUB

    def load(self, data: bytes, name: str, config: IngestConfig) -> Loaded:
        with Archive(data, "EPUB", config) as archive:
            package = _package(archive)
            chapters: list[str] = []
            for chapter in package.spine:
                what = lazy_gettext("damaged %(label)s document %(part)s", label="EPUB", part=chapter)
                chapters.append("\n".join(xhtml_lines(xmlstream.events(archive.blocks(chapter), what))))
        meta: dict[str, Any] = {"chapters": len(chapters)}
        if package.language:
            meta["declared_language"] = package.language
        return Loaded(self.media_type, clean_text("\n\n".join(chapters)), title=package.title,
                      author=package.author, publisher=package.publisher, published=package.date, meta=meta)


@dataclass(slots=True)
class _Package:
    spine: list[str] = field(default_factory=list)
    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    date: str | None = None
    language: str | None = None


def _package(archive: Archive) -> _Package:
    """The reading order and metadata from the package document the container points to."""
    container = xmlstream.events([archive.read(_CONTAINER, SMALL_PART)],
                                 lazy_gettext("damaged %(label)s document %(part)s", label="EPUB", part=_CONTAINER))
    opf = next((attributes.get("full-path", "") for kind, element, attributes in container
                if kind == START and element == _ROOTFILE), "")
    if not opf:
        raise Rejected(lazy_gettext("damaged EPUB document: %(part)s names no package document", part=_CONTAINER))
    events = list(xmlstream.events([archive.read(opf, SMALL_PART)],
                                   lazy_gettext("damaged %(label)s document %(part)s", label="EPUB", part=opf)))
    manifest: dict[str, str] = {}
    order: list[str] = []
    for kind, element, attributes in events:
        if kind != START:
            continue
        if element == _OPF + "item" and attributes.get("media-type") in _XHTML_TYPES:
            manifest[attributes.get("id", "")] = resolve(opf, attributes.get("href", ""))
        elif element == _OPF + "itemref":
            order.append(attributes.get("idref", ""))
    texts = xmlstream.first_texts(events, [_DC + "title", _DC + "creator", _DC + "publisher", _DC + "date",
                                           _DC + "language"])
    date = texts.get(_DC + "date")
    return _Package(spine=[manifest[idref] for idref in order if idref in manifest], title=texts.get(_DC + "title"),
                    author=texts.get(_DC + "creator"), publisher=texts.get(_DC + "publisher"),
                    date=date.split("T", 1)[0] if date else None, language=texts.get(_DC + "language"))


def xhtml_lines(events: Iterable[Event]) -> list[str]:
    """The text of an XHTML document's body, a line per block (paragraph, heading, list item, table row)."""
    lines: list[str] = []
    parts: list[str] = []
    cells: list[str] = []
    skipping = 0
    preformatted = 0
    in_cell = 0

    def flush() -> None:
        text = "".join(parts)
        parts.clear()
        text = text.strip("\n") if preformatted else " ".join(text.split())
        if cells:
            cells.append(text)
            text = "\t".join(cells).strip("\t")
            cells.clear()
        if text:
            lines.append(text)

    for kind, value, _attributes in events:
        if skipping:
            skipping += {START: 1, END: -1}.get(kind, 0)
            continue
        if kind == TEXT:
            # White space between blocks is one space, however much of it a file holds.
            if preformatted or not value.isspace():
                parts.append(value)
            elif not parts or parts[-1] != " ":
                parts.append(" ")
            continue
        local = value.rpartition("}")[2]
        if kind == START and local in _SKIPPED:
            skipping = 1
        elif local in _BLOCKS and in_cell and local not in ("tr", "table"):
            parts.append(" ")  # a paragraph inside a table cell: the cell stays one cell of its row
        elif local in _BLOCKS:
            flush()
            if local == "pre":
                preformatted += 1 if kind == START else -1
        elif local == "br" and kind == START:
            flush()
        elif local in _CELLS and kind == START:
            in_cell += 1
        elif local in _CELLS:
            in_cell -= 1
            cells.append(" ".join("".join(parts).split()))
            parts.clear()
    flush()
    return lines
