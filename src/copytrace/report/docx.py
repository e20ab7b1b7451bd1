"""The dossier as DOCX: real headings and tables, so a lawyer can edit it in a word processor.

Word has no inline SVG, so the lineage is written as a table of links and the licence history as
a table of periods; the evidence and exhibits tables match the HTML ones.
"""

from __future__ import annotations

import io

from docx import Document
from docx.shared import Pt

from copytrace.report.html import EVIDENCE_HEAD, evidence_rows
from copytrace.report.model import Dossier


def _table(doc: object, head: list[str], rows: list[list[str]], size: float = 7.5) -> None:
    table = doc.add_table(rows=1, cols=len(head))  # type: ignore[attr-defined]
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, head, strict=True):
        cell.text = text
        cell.paragraphs[0].runs[0].bold = True
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    for row in table.rows:
        for cell in row.cells:
            for para in cell.paragraphs:
                for run in para.runs:
                    run.font.size = Pt(size)


def render_docx(d: Dossier) -> bytes:
    doc = Document()
    r = d.respondent
    doc.add_heading(f"Claim dossier: {r.name}", level=0)
    doc.add_paragraph(f"{r.kind} · {'as known on ' + d.as_of if d.as_of else 'as currently known'} · "
                      f"generated {d.generated_at} by copytrace")
    if d.audit_anchor:
        doc.add_paragraph(f"Registry audit anchor {d.audit_anchor}: check that the registry still holds this "
                          f"history with 'copytrace verify --anchor {d.audit_anchor}'")
    doc.add_heading("Respondent", level=1)
    doc.add_paragraph(f"{r.name} ({r.kind})" + (f", also {', '.join(d.aliases)}" if d.aliases else ""))
    for how, what in d.related:
        doc.add_paragraph(f"{how}: {what}", style="List Bullet")
    doc.add_heading("Summary", level=1)
    _table(doc, ["Product", "Producer", "Status", "Strength"],
           [[p.name, d.label(item.assessment.producer or ""), item.assessment.status, str(item.strength.score)]
            for p in d.products for item in p.items], size=9)
    for p in d.products:
        doc.add_heading(p.name, level=1)
        if p.aliases:
            doc.add_paragraph("Also known as " + ", ".join(p.aliases))
        doc.add_paragraph("Protected design(s): " + (", ".join(d.label(x) for x in p.protected) or "none on record"))
        doc.add_heading("Lineage", level=2)
        _table(doc, ["Derived", "From", "Kind", "Reviewed"],
               [[d.label(link.child), d.label(link.parent), link.kind.replace("_", " "),
                 "accepted" if link.accepted else "candidate"] for link in p.lineage], size=9)
        if p.timeline:
            doc.add_heading("Licence history", level=2)
            _table(doc, ["Period", "From", "To"],
                   [[b.label, str(b.start or "?"), str(b.end or "")] for b in p.timeline], size=9)
        for item in p.items:
            a = item.assessment
            producer = d.label(a.producer) if a.producer else "no producer on record"
            doc.add_heading(f"Made by {producer}: {a.status} (claim strength {item.strength.score}/100)", level=2)
            for step in a.steps:
                side = f"[{step.side}] " if step.side else ""
                refs = sorted({n for sid in step.statements if (n := d.exhibit_of(sid)) is not None})
                cite = f" (Exhibit {', '.join(map(str, refs))})" if refs else ""
                doc.add_paragraph(side + item.text(step.text) + cite, style="List Number")
            if a.pending:
                doc.add_paragraph("Pending evidence (candidate statements, not yet reviewed):")
                for step in a.pending:
                    doc.add_paragraph(item.text(step.text), style="List Bullet")
            parts = ", ".join(f"{k} {v:g}" for k, v in item.strength.parts.items())
            doc.add_paragraph(f"Claim strength {item.strength.score}/100 ({parts}; "
                              f"{item.strength.independent_sources} independent source(s))")
            for gap in item.strength.gaps:
                doc.add_paragraph("Gap: " + gap, style="List Bullet")
            doc.add_heading("Evidence", level=3)
            _table(doc, EVIDENCE_HEAD, evidence_rows(d, item))
    doc.add_heading("Exhibits", level=1)
    _table(doc, ["Exhibit", "Source", "Publisher", "Date", "URL or path", "SHA-256"],
           [[str(e.number), e.source.title or "", e.source.publisher or "", e.source.date or "",
             e.source.location or "", e.source.sha256 or "(citation)"] for e in d.exhibits])
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
