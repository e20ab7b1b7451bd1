"""The hostile-input suite: over two hundred inputs written to take ingest down, and twenty good ones.

``build_suite`` writes them into a folder and returns, for each file (by its escaped source name),
what must happen to it: ``STORED`` or a word its one-line rejection reason must contain. Names are
bytes here, since some are not UTF-8.
"""

from __future__ import annotations

import io
import os
import random
import zipfile
from pathlib import Path

from tests.ingest.containers import inflating, with_lying_member
from tests.ingest.corpus import zip_bomb
from tests.ingest.pdfwriter import pdf_bytes

STORED = "stored"
SUITE_MAX_SIZE = 4_000_000

MAKERS = ["Zastava Arms", "Norinco", "Cugir", "Fegyver- és Gépgyár", "Valmet", "Radom Works", "Arsenal",
          "Denel", "IMI", "Kalashnikov Concern"]
PRODUCTS = ["M70", "Type 56", "PM md. 63", "AMD-65", "Rk 62", "Tantal", "AMD-63", "R4", "Galil", "AK-103"]
# (encoding, a text in a language written in it) for every encoding the issue names.
ENCODED = [
    ("cp1250", "Karabin został wyprodukowany w zakładach w Radomiu na podstawie licencji. Żółć gęślą jaźń."),
    ("iso-8859-2", "Puška byla vyrobena v závodě v Uherském Brodě. Příliš žluťoučký kůň úpěl ďábelské ódy."),
    ("cp1251", "Автомат был выпущен на заводе в Ижевске по лицензии. Съешь же ещё этих мягких булок."),
    ("koi8-r", "Автомат был выпущен на заводе в Ижевске по лицензии. Съешь же ещё этих мягких булок."),
    ("iso-8859-5", "Автомат был выпущен на заводе в Ижевске по лицензии. Съешь же ещё этих мягких булок."),
    ("euc-jp", "この小銃は工場でライセンス生産された。記録によれば一九七〇年から製造が始まった。"),
    ("shift_jis", "この小銃は工場でライセンス生産された。記録によれば一九七〇年から製造が始まった。"),
    ("gb18030", "这种步枪是在工厂根据许可证生产的。记录显示从一九七〇年开始制造。"),
    ("big5", "這種步槍是在工廠根據許可證生產的。記錄顯示從一九七零年開始製造。"),
    ("utf-16", "The rifle was made under licence at the north works, the records say."),
    ("utf-16-le", "The rifle was made under licence at the north works, the records say."),
    ("utf-16-be", "The rifle was made under licence at the north works, the records say."),
]
MAGIC = [b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff\xe0", b"GIF89a", b"\x1f\x8b\x08", b"7z\xbc\xaf\x27\x1c",
         b"Rar!\x1a\x07\x00", b"\x7fELF\x02\x01", b"MZ\x90\x00", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"BZh9",
         b"\xfd7zXZ\x00"]
ODD_NAMES = [b"line\nbreak", b"carriage\rreturn", b"\x1b[31mred\x1b[0m", b"\x1b]0;owned\x07title", b"bell\x07",
             b"backspace\x08\x08", b"tab\there", b"bad-\xff\xfe", b"lone-\xc3", b"overlong-\xc0\xaf",
             b"surrogate-\xed\xa0\x80", b"latin1-caf\xe9", "rtl-\u202egpj".encode(), "zero\u200bwidth".encode(),
             b"-rf", b"--help", b" leading space", b"trailing space ", b"back\\slash", b"quote\"s'",
             b"semi;colon|pipe", b"dollar$(id)", "ünïcödé".encode(), "日本語".encode(), b"del\x7f",
             b"c1-\xc2\x9b31m", b"x" * 240]


def _good(n: int) -> str:
    product, maker = PRODUCTS[n % len(PRODUCTS)], MAKERS[(n * 3) % len(MAKERS)]
    year = 1950 + n
    return (f"The {product} rifle was made by {maker} from {year}, according to the factory records. "
            f"Document {n} of the good set. The {product} is a copy of the AKM.")


def lying_docx(inflate_mb: int, member: str = "word/media/filler.bin") -> bytes:
    """A real DOCX whose ``member`` declares 100 bytes and inflates to ``inflate_mb`` MB of zeros."""
    real = zipfile.ZipFile(io.BytesIO(_docx("A memo that hides a gigabyte.")))
    parts = [(info.filename, real.read(info)) for info in real.infolist()]
    return with_lying_member(parts, member, inflating(b"", b"\0", inflate_mb))


def _docx(text: str) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _many_entries(count: int) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
        for i in range(count):
            archive.writestr(f"word/media/{i}.bin", b"")
    return out.getvalue()


def build_suite(folder: Path) -> dict[str, str]:
    """Write the suite into ``folder``; map each file's name (escaped as ingest shows it) to its fate."""
    folder.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(13)
    files: dict[bytes, tuple[bytes, str]] = {}

    for n in range(20):
        files[b"good-%02d.txt" % n] = (_good(n).encode(), STORED)
    for ext in (b"txt", b"md", b"html", b"pdf", b"docx"):
        files[b"empty." + ext] = (b"", "empty file")
    for n, blank in enumerate([b" ", b"\n\n\n", b"\t \r\n", b"# \n", b"<html></html>"]):
        files[b"blank-%d.txt" % n] = (blank, [*["no readable text"] * 3, STORED, "HTML"][n])
    for n in range(37):
        noise = bytes(rnd.randrange(256) for _ in range(2048)) + b"\0"
        files[b"binary-%02d.bin" % n] = (noise, "binary")
    for n in range(8):
        high = bytes(rnd.choice(range(0x80, 0x100)) for _ in range(3000))
        files[b"undecodable-%d.txt" % n] = (high, "undecodable")
    for n, magic in enumerate(MAGIC):
        for ext in (b"bin", b"txt", b"pdf"):
            files[b"magic-%02d.%s" % (n, ext)] = (magic + bytes(64), "unsupported format")

    pdf = pdf_bytes([[f"A page of text, page {i}, cut short somewhere in the file."] for i in range(3)])
    for n in range(1, 20):
        files[b"truncated-%02d.pdf" % n] = (pdf[: len(pdf) * n // 20], "PDF")
    for n in range(3):
        files[b"encrypted-%d.pdf" % n] = (pdf_bytes([[f"secret text {n}"]], encrypted=True), "encrypted")
    files[b"ten-thousand-empty-pages.pdf"] = (pdf_bytes([[]] * 10_000), "without extractable text")

    docx = _docx("A short memo about the licence.")
    for n in range(1, 16):
        files[b"truncated-%02d.docx" % n] = (docx[: len(docx) * n // 16], "DOCX")
    files[b"bomb-ratio.docx"] = (zip_bomb(), "zip bomb")
    # Inflated as declared (100 bytes), the lie costs nothing: the memo itself is read.
    files[b"bomb-lying-media.docx"] = (lying_docx(1200), STORED)
    files[b"bomb-lying-document.docx"] = (lying_docx(1200, "word/document.xml"), "DOCX")
    files[b"bomb-entries.docx"] = (_many_entries(6000), "zip bomb")
    files[b"no-content-types.docx"] = (_many_entries(0), "DOCX")

    nested = b"<html><body>" + b"<div>" * 100_000 + b"deep text" + b"</div>" * 100_000 + b"</body></html>"
    files[b"nested-100000.html"] = (nested, "HTML")
    files[b"nested-bold.html"] = (b"<html><body><p>" + b"<b>" * 100_000 + b"bold</p></body></html>", "HTML")
    files[b"scripts-only.html"] = (b"<!DOCTYPE html><html><head><script>alert(1)</script></head><body>"
                                   b"<script>document.write('x')</script></body></html>", "HTML")
    files[b"titles.html"] = (b"<html><head>" + b"<title>" * 50_000 + b"</head><body><p>" + _good(90).encode()
                             + b"</p></body></html>", "HTML")
    files[b"comment.html"] = (b"<!DOCTYPE html><html><!--" * 20_000, "HTML")

    unit = 256 * 1024
    for n, pattern in enumerate([b"![", b"[", b"[a](", b"**a", b"__a", b"`a", b"<", b"*a\n", b"> ", b"- ", b"#",
                                 b"&#", b"|a", b"*_`[!<"]):
        body = (pattern * (unit // len(pattern) + 1))[:unit]
        files[b"pathological-%02d.md" % n] = (b"# Pathological\n\n" + body, STORED)

    for n, (encoding, text) in enumerate(ENCODED):
        files[b"encoding-%02d-%s.txt" % (n, encoding.encode())] = (f"{text}\n{text}\n".encode(encoding), STORED)
    for n, name in enumerate(ODD_NAMES):
        files[name + b".txt"] = (f"{_good(100 + n)}\n".encode(), STORED)
    for n, junk in enumerate([b"\x1b[2J\x1b[H", b"\x9b31m", b"\x1b]0;title\x07", b"\r\r\r"]):
        files[b"ansi-text-%d.txt" % n] = (junk + (_good(200 + n) * 5).encode() + junk, STORED)
    files[b"just-over.txt"] = (b"a" * (SUITE_MAX_SIZE + 1), "size limit")

    raw = os.fsencode(folder)
    for name, (data, _fate) in files.items():
        with open(raw + b"/" + name, "wb") as handle:
            handle.write(data)
    fates = {name: fate for name, (_data, fate) in files.items()}
    fates.update(_special(folder))
    return {os.fsencode(name).decode("utf-8", "backslashreplace"): fate
            for name, fate in ((os.fsdecode(n), f) for n, f in fates.items())}


def _special(folder: Path) -> dict[bytes, str]:
    """FIFOs, links and sparse giants: files that are not what their names say, or not files at all."""
    fates: dict[bytes, str] = {}
    for n in range(3):
        os.mkfifo(folder / f"fifo-{n}.txt")
        fates[b"fifo-%d.txt" % n] = "FIFO"
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "shadow.txt").symlink_to("/etc/shadow")
    (folder / "inside-link.txt").symlink_to(folder / "good-00.txt")
    (folder / "dangling.txt").symlink_to(folder / "no-such-file")
    (folder / "self-loop.txt").symlink_to(folder / "self-loop.txt")
    fates.update(dict.fromkeys([b"zero.txt", b"shadow.txt", b"inside-link.txt", b"dangling.txt", b"self-loop.txt"],
                               "symbolic link"))
    for n, ext in enumerate(("txt", "pdf", "docx")):
        with open(folder / f"sparse-1gb-{n}.{ext}", "wb") as handle:
            handle.truncate(1 << 30)
        fates[f"sparse-1gb-{n}.{ext}".encode()] = "size limit"
    return fates
