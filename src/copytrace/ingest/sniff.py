"""Choosing a loader by what the bytes are, not by what the file name claims.

Binary formats are told by their magic bytes (PDF, zip containers: DOCX, ODT, EPUB and XLSX by
what the container says it holds); everything else must decode
as text, and decoded text is then told apart as HTML, Markdown or plain text by its content (the
extension only settles Markdown, which has no reliable signature).
"""

from __future__ import annotations

import re
import zipfile
import zlib
from io import BytesIO

from copytrace.i18n import lazy_gettext
from copytrace.ingest.errors import Rejected
from copytrace.textcodec import bomless_utf16

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ODT = "application/vnd.oasis.opendocument.text"
EPUB = "application/epub+zip"
HTML = "text/html"
MARKDOWN = "text/markdown"
TEXT = "text/plain"

# Formats we recognise only to give a precise reason when refusing them.
_OTHER_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", lazy_gettext("a PNG image")),
    (b"\xff\xd8\xff", lazy_gettext("a JPEG image")),
    (b"GIF87a", lazy_gettext("a GIF image")),
    (b"GIF89a", lazy_gettext("a GIF image")),
    (b"\x1f\x8b", lazy_gettext("a gzip archive")),
    (b"7z\xbc\xaf\x27\x1c", lazy_gettext("a 7-Zip archive")),
    (b"Rar!\x1a\x07", lazy_gettext("a RAR archive")),
    (b"\x7fELF", lazy_gettext("an executable (ELF)")),
    (b"MZ", lazy_gettext("a Windows executable")),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", lazy_gettext("a legacy Office file (.doc/.xls), not supported")),
    (b"BZh", lazy_gettext("a bzip2 archive")),
    (b"\xfd7zXZ\x00", lazy_gettext("an xz archive")),
)
# Bytes that are control characters in every encoding we read as text (not tab, LF, VT, FF, CR).
_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 32), 127])
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_HTML_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)
_HTML_TAGS = re.compile(r"<(html|head|body|div|p|article|section|nav|script|title)\b[^>]*>", re.I)
_MD_HEADING = re.compile(r"^#{1,6} \S", re.M)
_MD_FEATURES = re.compile(r"^(```|\s*[-*+] \S|\s*\d+\. \S|>\s)|\[[^\]\n]+\]\([^)\s]+\)|\*\*[^*\n]+\*\*", re.M)


def sniff_binary(data: bytes) -> str | None:
    """PDF or a zip document by magic bytes; None for anything that may be text. Rejected for other formats."""
    if not data:
        raise Rejected(lazy_gettext("empty file"))
    if data[:1024].find(b"%PDF-") != -1:
        return PDF
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _zip_kind(data)
    if data.startswith(_BOMS):
        return None
    for magic, what in _OTHER_MAGIC:
        # Some magic numbers are also letters a text may begin with ("MZKT", "BZh"): those need binary content.
        if data.startswith(magic) and (not magic.isalnum() or looks_binary(data)):
            raise Rejected(lazy_gettext("unsupported format: %(what)s", what=what))
    return None


# Zip containers that say what they hold: OpenDocument and EPUB in a first "mimetype" member, Office
# Open XML in the main part's content type ([Content_Types].xml). Member names are the fallback.
_MIMETYPES = {ODT.encode(): ODT, EPUB.encode(): EPUB}
_MAIN_TYPES = ((b"wordprocessingml.document.main+xml", DOCX), (b"wordprocessingml.template.main+xml", DOCX),
               (b"document.macroEnabled.main+xml", DOCX), (b"spreadsheetml.sheet.main+xml", XLSX),
               (b"spreadsheetml.template.main+xml", XLSX), (b"sheet.macroEnabled.main+xml", XLSX))
_MEMBERS = (("word/document.xml", DOCX), ("xl/workbook.xml", XLSX), ("META-INF/container.xml", EPUB),
            ("content.xml", ODT))
# Enough of a declaration to find the content type in: bounded, so a bomb in it inflates no further.
_DECLARATION = 1 << 16
_KINDS = "DOCX, ODT, EPUB or XLSX"


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            names = set(archive.namelist())
            mimetype = _member_start(archive, "mimetype", names).strip()
            types = _member_start(archive, "[Content_Types].xml", names)
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError, RuntimeError, zlib.error) as exc:
        raise Rejected(lazy_gettext("damaged ZIP archive (not a readable %(kinds)s): %(error)s", kinds=_KINDS,
                                    error=str(exc))) from None
    if mimetype in _MIMETYPES:
        return _MIMETYPES[mimetype]
    if mimetype.startswith(b"application/vnd.oasis.opendocument."):
        kind = mimetype.rsplit(b".", 1)[-1].decode("ascii", "replace")
        raise Rejected(lazy_gettext("unsupported format: an OpenDocument %(kind)s (only text documents are read)",
                                    kind=kind))
    for content_type, kind in _MAIN_TYPES:
        if content_type in types:
            return kind
    if b"presentationml" in types:
        raise Rejected(lazy_gettext("unsupported format: a PowerPoint presentation (PPTX)"))
    for member, kind in _MEMBERS:
        if member in names:
            return kind
    raise Rejected(lazy_gettext("a ZIP archive that is not a %(kinds)s document", kinds=_KINDS))


def _member_start(archive: zipfile.ZipFile, name: str, names: set[str]) -> bytes:
    if name not in names:
        return b""
    with archive.open(name) as member:
        return member.read(_DECLARATION)


def looks_binary(data: bytes) -> bool:
    """True when the start of the data is not text in any encoding we read (NULs, control bytes)."""
    if data.startswith(_BOMS) or bomless_utf16(data) is not None:
        return False
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls > len(head) // 100 + 1


def text_kind(text: str, name: str) -> str:
    """HTML, Markdown or plain text, told from decoded text (and the name, for Markdown)."""
    head = text[:4096]
    if _HTML_START.match(head.encode("utf-8", "ignore")) or len(_HTML_TAGS.findall(head)) >= 3:
        return HTML
    lowered = name.lower()
    if lowered.endswith((".md", ".markdown")):
        return MARKDOWN
    if _MD_HEADING.search(head) and len(_MD_FEATURES.findall(head)) >= 2:
        return MARKDOWN
    return TEXT
