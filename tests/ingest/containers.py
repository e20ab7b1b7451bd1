"""Zip documents written in code for the tests: ODT, EPUB and XLSX from their parts, and hostile variants
(a member that lies about its size, an encrypted member, a part replaced by hostile XML)."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape

Parts = list[tuple[str, bytes]]

ODT_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           f'xmlns:text="{ODT_TEXT}" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"')
_SML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
BILLION_LAUGHS = (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
                  + b"".join(b'<!ENTITY lol%d "%s">' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10)
                             for n in range(1, 10))
                  + b"]>\n<lolz>&lol9;</lolz>")
EXTERNAL_ENTITY = b'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]><x>&secret;</x>'


def deep(depth: int) -> bytes:
    return b"<a>" * depth + b"deep" + b"</a>" * depth


def zip_parts(parts: Parts) -> bytes:
    """A zip of ``parts`` in order; "mimetype" stored uncompressed, as OpenDocument and EPUB require."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts:
            archive.writestr(name, data, zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED)
    return out.getvalue()


def replaced(parts: Parts, name: str, data: bytes) -> Parts:
    return [(part, data if part == name else old) for part, old in parts]


# -- ODT ---------------------------------------------------------------------------------------------

def odt_parts(body: str, *, title: str = "Works history", author: str = "Rita Example") -> Parts:
    """An OpenDocument text whose office:text holds ``body`` (ODF markup with the text: and table: prefixes)."""
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {_ODT_NS}>'
               f"<office:automatic-styles><text:p>not text</text:p></office:automatic-styles>"
               f"<office:body><office:text>{body}</office:text></office:body></office:document-content>")
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {_ODT_NS}><office:meta>'
            f"<dc:title>{escape(title)}</dc:title><meta:initial-creator>{escape(author)}</meta:initial-creator>"
            f"<meta:creation-date>1964-05-02T10:00:00</meta:creation-date></office:meta></office:document-meta>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/></manifest:manifest>')
    return [("mimetype", b"application/vnd.oasis.opendocument.text"), ("META-INF/manifest.xml", manifest.encode()),
            ("content.xml", content.encode()), ("meta.xml", meta.encode())]


# -- EPUB --------------------------------------------------------------------------------------------

XHTML_DOCTYPE = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" '
                 '"http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">')


def xhtml(title: str, body: str, *, doctype: str = XHTML_DOCTYPE) -> bytes:
    return (f'<?xml version="1.0" encoding="utf-8"?>\n{doctype}\n<html xmlns="http://www.w3.org/1999/xhtml">'
            f"<head><title>{escape(title)}</title><style>p {{ margin: 0 }}</style></head>"
            f"<body>{body}</body></html>").encode()


def epub_parts(chapters: list[tuple[str, bytes]], spine: list[str], *, title: str = "The Rifle Book",
               author: str = "A. Writer", publisher: str = "Arsenal Press") -> Parts:
    """An EPUB whose manifest lists ``chapters`` (file name under OEBPS/Text, XHTML) in the order given
    and whose spine reads the files named in ``spine``."""
    ids = {name: f"c{n}" for n, (name, _data) in enumerate(chapters)}
    items = "".join(f'<item id="{ids[name]}" href="Text/{name}" media-type="application/xhtml+xml"/>'
                    for name, _data in chapters)
    refs = "".join(f'<itemref idref="{ids[name]}"/>' for name in spine)
    opf = (f'<?xml version="1.0" encoding="utf-8"?>\n<package xmlns="http://www.idpf.org/2007/opf" version="3.0">'
           f'<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{escape(title)}</dc:title>'
           f"<dc:creator>{escape(author)}</dc:creator><dc:publisher>{escape(publisher)}</dc:publisher>"
           f"<dc:date>1971-03-04T00:00:00Z</dc:date><dc:language>en</dc:language></metadata>"
           f'<manifest><item id="css" href="Styles/book.css" media-type="text/css"/>{items}</manifest>'
           f"<spine>{refs}</spine></package>")
    container = ('<?xml version="1.0"?>\n<container version="1.0" '
                 'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
                 '<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
                 "</rootfiles></container>")
    return [("mimetype", b"application/epub+zip"), ("META-INF/container.xml", container.encode()),
            ("OEBPS/content.opf", opf.encode()), ("OEBPS/Styles/book.css", b"p { margin: 0 }"),
            *[(f"OEBPS/Text/{name}", data) for name, data in chapters]]


# -- XLSX --------------------------------------------------------------------------------------------

def xlsx_parts(sheets: list[tuple[str, str]], strings: list[str], *, title: str = "Licences") -> Parts:
    """A workbook of ``sheets`` (name, sheetData markup), in that order, stored in reverse file order so
    that the order shown must come from the workbook; ``strings`` is the shared string table."""
    count = len(sheets)
    files = {n: f"sheet{count - n}.xml" for n in range(count)}
    workbook = (f'<?xml version="1.0" encoding="UTF-8"?>\n<workbook xmlns="{_SML}" xmlns:r="{_REL}"><sheets>'
                + "".join(f'<sheet name="{escape(name)}" sheetId="{n + 1}" r:id="rId{n + 1}"/>'
                          for n, (name, _data) in enumerate(sheets))
                + "</sheets></workbook>")
    rels = (f'<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="{_PKG_REL}">'
            + "".join(f'<Relationship Id="rId{n + 1}" Type="{_REL}/worksheet" Target="worksheets/{files[n]}"/>'
                      for n in range(count))
            + f'<Relationship Id="rIdS" Type="{_REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
    shared = (f'<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="{_SML}" count="{len(strings)}">'
              + "".join(f"<si>{text}</si>" for text in strings) + "</sst>")
    types = ('<?xml version="1.0" encoding="UTF-8"?>\n<Types '
             'xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Override PartName="/xl/workbook.xml" '
             'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>')
    package_rels = (f'<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="{_PKG_REL}">'
                    f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
                    f'<Relationship Id="rId2" Type="{_PKG_REL}/metadata/core-properties" '
                    f'Target="docProps/core.xml"/></Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/'
            'package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:dcterms="http://purl.org/dc/terms/">'
            f"<dc:title>{escape(title)}</dc:title><dc:creator>Rita Example</dc:creator>"
            "<dcterms:created>1988-01-02T03:04:05Z</dcterms:created></cp:coreProperties>")
    parts: Parts = [("[Content_Types].xml", types.encode()), ("_rels/.rels", package_rels.encode()),
                    ("docProps/core.xml", core.encode()), ("xl/workbook.xml", workbook.encode()),
                    ("xl/_rels/workbook.xml.rels", rels.encode()), ("xl/sharedStrings.xml", shared.encode())]
    for n in reversed(range(count)):
        sheet = f'<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="{_SML}"><sheetData>{sheets[n][1]}' \
                f"</sheetData></worksheet>"
        parts.append((f"xl/worksheets/{files[n]}", sheet.encode()))
    return parts


# -- hostile archives --------------------------------------------------------------------------------

def inflating(prefix: bytes, filler: bytes, megabytes: int) -> bytes:
    """A raw deflate stream of ``prefix`` and then ``megabytes`` MB of ``filler``, built in microseconds:
    after a full flush the compressor forgets its history, so each megabyte compresses to the same bytes."""
    squeeze = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = squeeze.compress(prefix) + squeeze.flush(zlib.Z_FULL_FLUSH)
    block = squeeze.compress((filler * ((1 << 20) // len(filler) + 1))[: 1 << 20]) + squeeze.flush(zlib.Z_FULL_FLUSH)
    return head + block * megabytes + b"\x03\x00"


def with_lying_member(parts: Parts, member: str, stream: bytes) -> bytes:
    """``parts`` zipped with ``member`` last, declaring 100 bytes but holding the deflate ``stream``."""
    data = zip_parts([*[(name, body) for name, body in parts if name != member], (member, b"\0" * 100)])
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(member)
    start = info.header_offset + 30 + len(member) + len(info.extra)
    out = bytearray(data[:start] + stream + data[start + info.compress_size:])
    struct.pack_into("<I", out, info.header_offset + 18, len(stream))
    entry = out.index(b"PK\x01\x02", start + len(stream))
    while True:  # the central entry of the last member: patch its compressed size
        name_len = struct.unpack_from("<H", out, entry + 28)[0]
        if bytes(out[entry + 46: entry + 46 + name_len]) == member.encode():
            struct.pack_into("<I", out, entry + 20, len(stream))
            break
        entry = out.index(b"PK\x01\x02", entry + 4)
    eocd = out.rindex(b"PK\x05\x06")
    moved = len(stream) - info.compress_size
    struct.pack_into("<I", out, eocd + 16, struct.unpack_from("<I", out, eocd + 16)[0] + moved)
    return bytes(out)


def with_encrypted_member(parts: Parts, member: str) -> bytes:
    """``parts`` zipped, ``member`` flagged as encrypted in the central directory (as a password-protected zip)."""
    out = bytearray(zip_parts(parts))
    entry = out.index(b"PK\x01\x02")
    while True:
        name_len = struct.unpack_from("<H", out, entry + 28)[0]
        if bytes(out[entry + 46: entry + 46 + name_len]) == member.encode():
            struct.pack_into("<H", out, entry + 8, struct.unpack_from("<H", out, entry + 8)[0] | 1)
            return bytes(out)
        entry = out.index(b"PK\x01\x02", entry + 4)
