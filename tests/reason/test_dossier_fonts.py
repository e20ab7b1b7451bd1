"""A PDF dossier shows names in Chinese, Cyrillic and Arabic script as glyphs, never as empty boxes.

WeasyPrint takes fonts from fontconfig; where no installed font covers a character, Pango draws a
placeholder box (or a font's .notdef glyph) and the PDF still "contains" the text. The check, with
poppler's ``pdffonts`` on the rendered PDF:

- every font is embedded (``emb`` yes) and none is Type 3 (Pango's hex-box fallback is drawn with one);
- a CJK font (Noto Sans/Serif CJK) is among them: without one, fontconfig has nothing for Chinese
  (Cyrillic and Arabic are in Noto Sans, Noto Sans Arabic or DejaVu Sans);
- and the page text (pdfium, through each font's ToUnicode map) holds every name, so each glyph
  drawn maps back to its character, which a .notdef box does not.

Needs Debian's fonts-noto-core and fonts-noto-cjk (``.ci/run`` installs them) and poppler-utils.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from copytrace.packs import load_pack
from copytrace.registry import Registry
from copytrace.report import build_dossier, render

PACK = Path(__file__).parent.parent / "data" / "scripts.yaml"
NAMES = ("北方工业公司", "五六式自动步枪", "Автомат Калашникова модернизированный", "بندقية خيبر")


def _fonts(pdf: Path) -> list[dict[str, str]]:
    """``pdffonts`` rows as dicts: name, type, emb (the columns are fixed-width under a dashed rule)."""
    lines = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout.splitlines()
    rule = lines[1]
    spans, start = [], 0
    for part in rule.split(" "):
        spans.append((start, start + len(part)))
        start += len(part) + 1
    rows = [[line[a:b].strip() for a, b in spans] for line in lines[2:] if line.strip()]
    return [{"name": r[0], "type": r[1], "emb": r[3]} for r in rows]


def _text(pdf: bytes) -> str:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        return unicodedata.normalize("NFKC", "".join(page.get_textpage().get_text_range() for page in doc))
    finally:
        doc.close()


def test_a_pdf_dossier_sets_every_script_in_a_real_font(tmp_path: Path) -> None:
    pytest.importorskip("weasyprint")
    if shutil.which("pdffonts") is None:
        if os.environ.get("CI"):
            pytest.fail("CI must check PDF fonts, but pdffonts (poppler-utils) is not installed")
        pytest.skip("pdffonts is not installed (apt-get install poppler-utils)")
    with Registry.open(str(tmp_path / "scripts.db")) as registry:
        load_pack(registry, str(PACK), actor="loader")
        pdf = render(build_dossier(registry, "norinco"), "pdf")
    path = tmp_path / "dossier.pdf"
    path.write_bytes(pdf)
    fonts = _fonts(path)
    assert fonts, "the PDF names no font"
    assert [f for f in fonts if f["emb"] != "yes" or f["type"] == "Type 3"] == []
    assert any("CJK" in f["name"] for f in fonts), fonts
    text = "".join(_text(pdf).split())
    missing = [n for n in NAMES if "".join(n.split()) not in text and "".join(reversed(n.replace(" ", ""))) not in text]
    assert missing == []
