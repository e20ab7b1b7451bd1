"""Dossiers in every format for a respondent with six products, opened and checked like a reader would."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import docx
import pypdfium2 as pdfium
import pytest

from copytrace.report import build_dossier, render
from tests.reason.conftest import Evidenced

QUOTES = ["выпускается компанией RomArm без лицензии", "RomArm 生产的 PA md. 86", "מיוצר על ידי RomArm ברישיון"]


def test_json_dossier_covers_the_respondent_and_its_predecessor(evidenced: Evidenced) -> None:
    data = json.loads(render(build_dossier(evidenced.registry, "RomArm"), "json"))
    products = {p["name"]: sorted(a["status"] for a in p["assessments"]) for p in data["products"]}
    assert products == {"PA md. 86": ["unlicensed"], "PM md. 2000": ["unlicensed"], "PM md. 63": ["licensed"],
                        "PM md. 65": ["expired", "licensed"], "PM md. 90": ["expired", "licensed"],
                        "WASR-10": ["disputed"]}


def test_dossier_exhibits_hold_every_document_hash(evidenced: Evidenced) -> None:
    data = build_dossier(evidenced.registry, "RomArm").to_dict()
    hashes = {e["sha256"] for e in data["exhibits"]}
    assert {evidenced.ru.sha256, evidenced.zh.sha256, evidenced.he.sha256} <= hashes


def test_dossier_carries_the_audit_anchor_it_was_built_from(evidenced: Evidenced) -> None:
    anchor = evidenced.registry.audit_anchor()
    assert anchor is not None
    dossier = build_dossier(evidenced.registry, "RomArm")
    assert json.loads(render(dossier, "json"))["audit_anchor"] == str(anchor)
    assert f"copytrace verify --anchor {anchor}" in render(dossier, "html").decode()
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(render(dossier, "docx"))).paragraphs)
    assert str(anchor) in text
    assert evidenced.registry.verify(anchor).ok


def test_as_of_before_a_statement_was_recorded_leaves_it_out(evidenced: Evidenced) -> None:
    then = render(build_dossier(evidenced.registry, "RomArm", as_of=evidenced.before_documents), "json")
    now = render(build_dossier(evidenced.registry, "RomArm"), "json")
    assert QUOTES[0] in now.decode() and QUOTES[0] not in then.decode()


def test_html_is_self_contained_with_inline_svg(evidenced: Evidenced) -> None:
    html = render(build_dossier(evidenced.registry, "RomArm"), "html").decode()
    assert html.count("<svg") == html.count('<section class="product"') >= 5  # a lineage diagram per product
    assert not re.search(r"<(script|link|img)\b", html)
    assert all(q in html for q in QUOTES)


def test_docx_has_headings_tables_quotes_hashes_and_statuses(evidenced: Evidenced) -> None:
    doc = docx.Document(io.BytesIO(render(build_dossier(evidenced.registry, "RomArm"), "docx")))
    headings = [p.text for p in doc.paragraphs if p.style is not None and p.style.name.startswith("Heading")]
    cells = " ".join(c.text for t in doc.tables for row in t.rows for c in row.cells)
    assert "PA md. 86" in headings and "Exhibits" in headings
    assert all(q in cells for q in QUOTES) and evidenced.ru.sha256 in cells
    assert all(s in " ".join(headings) for s in ("licensed", "expired", "unlicensed", "disputed"))


@pytest.fixture
def pdf_text(evidenced: Evidenced, tmp_path: Path) -> str:
    pytest.importorskip("weasyprint")
    pdf = pdfium.PdfDocument(render(build_dossier(evidenced.registry, "RomArm"), "pdf"))
    try:
        pages = []
        for page in pdf:
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return "\n".join(pages)
    finally:
        pdf.close()


def test_pdf_holds_quotes_in_every_script_and_statuses(pdf_text: str) -> None:
    # Table cells wrap lines anywhere in CJK text, so compare with the white space taken out.
    compact = re.sub(r"\s+", "", pdf_text)
    assert all(re.sub(r"\s+", "", q) in compact for q in QUOTES[:2])
    # Right-to-left text comes back line by line in visual order: look for each word.
    assert all(word in compact for word in QUOTES[2].split())
    assert all(s in pdf_text for s in ("licensed", "expired", "unlicensed", "disputed"))


def test_pdf_holds_the_document_hashes(pdf_text: str, evidenced: Evidenced) -> None:
    compact = re.sub(r"\s+", "", pdf_text)
    assert evidenced.ru.sha256 in compact and evidenced.he.sha256 in compact


def test_pdf_draws_each_products_lineage(pdf_text: str, evidenced: Evidenced) -> None:
    d = build_dossier(evidenced.registry, "RomArm")
    compact = re.sub(r"\s+", "", pdf_text)
    assert pdf_text.count("Lineage") == len(d.products)
    links = [link for p in d.products for link in p.lineage]
    assert links and all(re.sub(r"\s+", "", d.label(link.parent)) in compact for link in links)
    assert all(f"←{link.kind.replace('_', '')}" in compact for link in links)


def test_dossier_command_writes_each_format(invoke, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.reason.conftest import PACK

    invoke("load-pack", str(PACK))
    for fmt in ("json", "html", "docx"):
        out = tmp_path / f"d.{fmt}"
        result = invoke("dossier", "Romarm SA", "--format", fmt, "-o", str(out))
        assert result.exit_code == 0, result.output
        assert out.stat().st_size > 1000


def test_dossier_refuses_a_product_as_respondent(invoke) -> None:  # type: ignore[no-untyped-def]
    from tests.reason.conftest import PACK

    invoke("load-pack", str(PACK))
    result = invoke("dossier", "WASR-10", "--format", "json")
    assert result.exit_code == 2 and "organization or a country" in result.output
