"""A minimal PDF writer for test fixtures: one Helvetica text object per line, WinAnsi (Latin-1) text.

Hand-written so that the test corpus needs no PDF library; pdfium reads what it writes. It can
also mark a file encrypted (a Standard security handler whose password check fails), which is
all a test of "encrypted PDF is refused" needs.
"""

from __future__ import annotations


def _escape(line: str) -> bytes:
    raw = line.encode("cp1252", "replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf_bytes(pages: list[list[str]], *, title: str | None = None, author: str | None = None,
              created: str | None = None, encrypted: bool = False) -> bytes:
    """A PDF with one page per list of lines."""
    objects: list[bytes] = []
    page_ids = [4 + 2 * i for i in range(len(pages))]
    kids = b" ".join(b"%d 0 R" % pid for pid in page_ids)
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % len(pages))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for index, lines in enumerate(pages):
        shown = b" ".join(b"(" + _escape(line) + b") Tj T*" for line in lines)
        content = b"BT /F1 11 Tf 14 TL 56 780 Td " + shown + b" ET"
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                       b"/Contents %d 0 R >>" % (page_ids[index] + 1))
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    info_id = None
    info = []
    if title:
        info.append(b"/Title (" + _escape(title) + b")")
    if author:
        info.append(b"/Author (" + _escape(author) + b")")
    if created:
        info.append(b"/CreationDate (D:" + created.encode() + b")")
    if info:
        objects.append(b"<< " + b" ".join(info) + b" >>")
        info_id = len(objects)
    encrypt_id = None
    if encrypted:
        objects.append(b"<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <" + b"11" * 32 + b"> /U <"
                       + b"22" * 32 + b"> >>")
        encrypt_id = len(objects)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    trailer = b"<< /Size %d /Root 1 0 R" % (len(objects) + 1)
    if info_id:
        trailer += b" /Info %d 0 R" % info_id
    if encrypt_id:
        trailer += b" /Encrypt %d 0 R /ID [<" % encrypt_id + b"ab" * 16 + b"> <" + b"ab" * 16 + b">]"
    out += b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)
