"""A generated test corpus: documents of every supported type and encoding, with what ingest should find.

The sentences are written for these tests (public facts, our own words). Each file gets a
distinct product/year mix so that no two files share bytes.
"""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import docx

from tests.ingest.pdfwriter import pdf_bytes

TEMPLATES: dict[str, list[str]] = {
    "en": ["The {p} rifle was made under licence from {y}, according to the factory records we hold.",
           "Later batches of the {p} went abroad, and several armies still list it in their inventories.",
           "Historians still argue about the exact year in which production of the {p} began."],
    "ru": ["Автомат {p} выпускали по лицензии с {y} года, как следует из заводских документов.",
           "Позднее часть партий {p} отправили за границу, и несколько армий до сих пор держат его на складах.",
           "Историки до сих пор спорят о том, в каком именно году началось производство {p}."],
    "uk": ["Автомат {p} виготовляли за ліцензією з {y} року, як свідчать заводські документи.",
           "Згодом частину партій {p} продали за кордон, і кілька армій досі мають його на озброєнні.",
           "Історики й досі сперечаються, у якому саме році почалося виробництво {p}."],
    "id": ["Senapan {p} dibuat dengan lisensi sejak tahun {y}, menurut catatan pabrik yang kami simpan.",
           "Sebagian produksi {p} kemudian dikirim ke luar negeri, dan beberapa angkatan bersenjata masih memakainya.",
           "Para sejarawan masih memperdebatkan tahun pasti dimulainya produksi {p} tersebut."],
    "pl": ["Karabinek {p} produkowano na licencji od {y} roku, co wynika z dokumentów zakładowych.",
           "Później część partii {p} trafiła za granicę, a kilka armii wciąż trzyma go w magazynach.",
           "Historycy nadal spierają się, w którym dokładnie roku ruszyła produkcja {p}."],
    "cs": ["Puška {p} se vyráběla v licenci od roku {y}, jak dokládají záznamy závodu.",
           "Později se část výroby {p} vyvážela a několik armád ji dodnes drží ve skladech.",
           "Historici se dodnes přou, ve kterém přesně roce začala výroba {p}."],
    "de": ["Das Gewehr {p} wurde ab {y} in Lizenz gefertigt, wie die Unterlagen des Werks belegen.",
           "Spätere Lieferungen des {p} gingen ins Ausland, und mehrere Armeen führen es noch heute.",
           "Über das genaue Jahr, in dem die Fertigung des {p} begann, streiten Historiker bis heute."],
    "fr": ["Le fusil {p} a été fabriqué sous licence à partir de {y}, d'après les archives de l'usine.",
           "Plus tard, une partie des lots de {p} a été exportée, et plusieurs armées le conservent encore.",
           "Les historiens débattent toujours de l'année exacte où la fabrication du {p} a commencé."],
    "bg": ["Автоматът {p} се произвеждал по лиценз от {y} година, според документите на завода.",
           "По-късно част от партидите {p} били изнесени в чужбина и няколко армии още го пазят.",
           "Историците и досега спорят в коя точно година е започнало производството на {p}."],
}
PRODUCTS = ["AIM", "Tantal", "M70", "Type 56", "Rk 62", "Galil", "CR-21", "PMK", "AMD-65", "MPi-KM", "Md. 63", "R4"]
# Which encodings each language is written in here (beside UTF-8, which every language gets).
ENCODINGS: dict[str, list[str]] = {
    "ru": ["cp1251", "koi8-r", "utf-16"], "uk": ["cp1251"], "bg": ["cp1251"], "pl": ["cp1250"],
    "cs": ["cp1250"], "de": ["latin-1"], "fr": ["latin-1"], "en": ["utf-16"], "id": [],
}
PDF_LANGUAGES = ("en", "id", "de", "fr")  # the hand-written PDF writer speaks Latin-1 only


@dataclass(slots=True)
class Expected:
    path: Path
    media_type: str
    language: str
    paragraphs: list[str]
    title: str | None = None
    exact_text: str | None = None
    absent: list[str] = field(default_factory=list)
    pages: int | None = None
    encoding: str | None = None


def _paragraphs(language: str, rnd: random.Random, count: int) -> list[str]:
    chosen = []
    for _ in range(count):
        product = rnd.choice(PRODUCTS)
        year = rnd.randint(1950, 1995)
        chosen.append(" ".join(t.format(p=product, y=year) for t in TEMPLATES[language]))
    return chosen


def _text(folder: Path, n: int, language: str, encoding: str, rnd: random.Random) -> Expected:
    paragraphs = _paragraphs(language, rnd, rnd.randint(2, 4))
    body = "\n\n".join(paragraphs)
    path = folder / f"{n:04d}_{language}_{encoding}.txt"
    path.write_bytes(body.encode(encoding.replace("utf-16", "utf-16")))
    return Expected(path, "text/plain", language, paragraphs, title=paragraphs[0][:200], exact_text=body,
                    encoding=encoding)


def _markdown(folder: Path, n: int, language: str, rnd: random.Random) -> Expected:
    paragraphs = _paragraphs(language, rnd, 2)
    title = f"Note {n} on {rnd.choice(PRODUCTS)}"
    source = (f"---\ntitle: {title}\nauthor: Test Desk\ndate: 2021-0{1 + n % 9}-15\n---\n# {title}\n\n"
              f"{paragraphs[0]}\n\n## **Sources**\n\n{paragraphs[1]} See [the archive](https://example.org/a{n}).\n")
    path = folder / f"{n:04d}_{language}.md"
    path.write_text(source, encoding="utf-8")
    exact = f"{title}\n\n{paragraphs[0]}\n\nSources\n\n{paragraphs[1]} See the archive."
    return Expected(path, "text/markdown", language, paragraphs, title=title, exact_text=exact,
                    absent=["https://example.org", "**", "---"])


BOILERPLATE = ["Accept all cookies", "Subscribe to our newsletter", "Related articles", "Donate today"]


def html_page(title: str, paragraphs: list[str], *, lang: str = "en", charset: str = "utf-8") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="{charset}"><title>{title} | Example Gazette</title>
<meta name="author" content="Rita Example"><meta property="og:site_name" content="Example Gazette">
<meta property="article:published_time" content="2020-06-1{len(paragraphs) % 9}">
<script>window.tracker = "do-not-index-this-script";</script></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<div id="cookie-banner" class="cookie-consent">We use cookies. <button>Accept all cookies</button></div>
<article><h1>{title}</h1>{body}</article>
<aside class="related"><h2>Related articles</h2><ul><li><a href="/x">A different story on another topic</a></li>
<li><a href="/y">Yet another story people read</a></li></ul></aside>
<div class="donate">Donate today to keep this site running.</div>
<footer><p>Subscribe to our newsletter</p><p>Copyright Example Gazette</p></footer></body></html>"""


def _html(folder: Path, n: int, language: str, rnd: random.Random) -> Expected:
    paragraphs = _paragraphs(language, rnd, 3)
    title = f"Story {n}: {rnd.choice(PRODUCTS)}"
    path = folder / f"{n:04d}_{language}.html"
    path.write_text(html_page(title, paragraphs, lang=language), encoding="utf-8")
    return Expected(path, "text/html", language, paragraphs, title=title,
                    absent=[*BOILERPLATE, "do-not-index-this-script"])


def _pdf(folder: Path, n: int, language: str, rnd: random.Random) -> Expected:
    # One sentence per line (the writer does not wrap), one paragraph per page.
    pages = [_sentences(language, rnd) for _ in range(2)]
    title = f"Report {n}"
    path = folder / f"{n:04d}_{language}.pdf"
    path.write_bytes(pdf_bytes(pages, title=title, author="Test Desk", created="20180102"))
    return Expected(path, "application/pdf", language, [line for page in pages for line in page], title=title,
                    pages=len(pages))


def _sentences(language: str, rnd: random.Random) -> list[str]:
    product = rnd.choice(PRODUCTS)
    year = rnd.randint(1950, 1995)
    return [t.format(p=product, y=year) for t in TEMPLATES[language]]


def _docx(folder: Path, n: int, language: str, rnd: random.Random) -> Expected:
    paragraphs = _paragraphs(language, rnd, 2)
    document = docx.Document()
    document.core_properties.title = f"Memo {n}"
    document.core_properties.author = "Test Desk"
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Product"
    table.cell(0, 1).text = "Licensee"
    table.cell(1, 0).text = rnd.choice(PRODUCTS)
    table.cell(1, 1).text = f"Works No. {n}"
    path = folder / f"{n:04d}_{language}.docx"
    document.save(str(path))
    return Expected(path, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", language,
                    [*paragraphs, f"Works No. {n}"], title=f"Memo {n}")


def build_corpus(folder: Path, seed: int = 7) -> list[Expected]:
    """Write the corpus into ``folder``; return what each file should ingest as."""
    folder.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(seed)
    expected: list[Expected] = []
    n = 0
    for round_ in range(6):
        for language in TEMPLATES:
            for encoding in ["utf-8", *ENCODINGS[language]]:
                n += 1
                expected.append(_text(folder, n, language, encoding, rnd))
            n += 1
            expected.append(_markdown(folder, n, language, rnd))
            n += 1
            expected.append(_html(folder, n, language, rnd))
            n += 1
            expected.append(_docx(folder, n, language, rnd))
            if language in PDF_LANGUAGES and round_ < 4:
                n += 1
                expected.append(_pdf(folder, n, language, rnd))
    return expected


def zip_bomb() -> bytes:
    """A DOCX-shaped archive with a member that inflates a thousandfold (30 MB of zeros)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
        with archive.open("word/media/filler.bin", "w") as member:
            block = b"\0" * (1 << 20)
            for _ in range(30):
                member.write(block)
    return out.getvalue()


def build_hostile(folder: Path) -> dict[str, str]:
    """Hostile inputs; maps each file name to a word its rejection reason must contain."""
    folder.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(99)
    good_pdf = pdf_bytes([["A page of text that will be cut short in the middle of the file."]] * 3)
    damaged_docx = io.BytesIO()
    with zipfile.ZipFile(damaged_docx, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types")
        archive.writestr("word/document.xml", "<w:document><unclosed>")
    files: dict[str, tuple[bytes, str]] = {
        "empty.txt": (b"", "empty"),
        "garbage.bin": (bytes(rnd.randrange(256) for _ in range(4096)), "binary"),
        "truncated.pdf": (good_pdf[: len(good_pdf) // 3], "PDF"),
        "encrypted.pdf": (pdf_bytes([["secret text"]], encrypted=True), "encrypted"),
        "bomb.docx": (zip_bomb(), "zip bomb"),
        "damaged.docx": (damaged_docx.getvalue(), "DOCX"),
        "undecodable.txt": (bytes(rnd.choice(range(0x80, 0x100)) for _ in range(3000)), "undecodable"),
        "scripts-only.html": (b"<!DOCTYPE html><html><head><script>var a = 1; alert('x');</script></head>"
                              b"<body><script>document.write('hi')</script></body></html>", "HTML"),
        "image.png": (b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG"),
        "archive.zip": (_plain_zip(), "not a DOCX"),
        "huge.txt": (b"The rifle was made under licence. " * 40_000, "size limit"),
    }
    for name, (data, _word) in files.items():
        (folder / name).write_bytes(data)
    return {name: word for name, (_data, word) in files.items()}


def _plain_zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("notes.txt", "just a zip")
    return out.getvalue()
