"""The dossier as DOCX: real headings and tables, so a lawyer can edit it in a word processor.

Word has no inline SVG, so the lineage is written as a table of links and the licence history as
a table of periods; the evidence and exhibits tables match the HTML ones.
"""

from __future__ import annotations

import io

from docx import Document
from docx.shared import Pt

from copytrace.i18n import gettext as _
from copytrace.i18n import ngettext, translate
from copytrace.report.html import dossier_meta, evidence_head, evidence_rows, exhibit_note, strength_breakdown
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
    doc.add_heading(_("Claim dossier: %(name)s") % {"name": r.name}, level=0)
    doc.add_paragraph(dossier_meta(d))
    if d.audit_anchor:
        doc.add_paragraph(_("Registry audit anchor %(anchor)s: check that the registry still holds this history with "
                            "%(command)s") % {"anchor": d.audit_anchor,
                                              "command": f"'copytrace verify --anchor {d.audit_anchor}'"})
    doc.add_heading(_("Respondent"), level=1)
    doc.add_paragraph(f"{r.name} ({translate(r.kind)})"
                      + (", " + _("also %(names)s") % {"names": ", ".join(d.aliases)} if d.aliases else ""))
    for how, what in d.related:
        doc.add_paragraph(f"{translate(how)}: {what}", style="List Bullet")
    doc.add_heading(_("Summary"), level=1)
    _table(doc, [_("Product"), _("Producer"), _("Status"), _("Strength")],
           [[p.name, d.label(item.assessment.producer or ""), translate(item.assessment.status),
             str(item.strength.score)] for p in d.products for item in p.items], size=9)
    for p in d.products:
        doc.add_heading(p.name, level=1)
        if p.aliases:
            doc.add_paragraph(_("Also known as %(names)s") % {"names": ", ".join(p.aliases)})
        protected = ngettext("Protected design:", "Protected designs:", max(1, len(p.protected)))
        doc.add_paragraph(f"{protected} " + (", ".join(d.label(x) for x in p.protected) or _("none on record")))
        doc.add_heading(_("Lineage"), level=2)
        _table(doc, [_("Derived"), _("From"), _("Kind"), _("Reviewed")],
               [[d.label(link.child), d.label(link.parent), translate(link.kind.replace("_", " ")),
                 translate("accepted" if link.accepted else "candidate")] for link in p.lineage], size=9)
        if p.timeline:
            doc.add_heading(_("Licence history"), level=2)
            _table(doc, [_("Period"), _("From"), _("To")],
                   [[translate(b.label), str(b.start or "?"), str(b.end or "")] for b in p.timeline], size=9)
        for item in p.items:
            a = item.assessment
            producer = d.label(a.producer) if a.producer else _("no producer on record")
            doc.add_heading(_("Made by %(producer)s: %(status)s (claim strength %(score)s/100)") % {
                "producer": producer, "status": translate(a.status), "score": item.strength.score}, level=2)
            for step in a.steps:
                side = f"[{translate(step.side)}] " if step.side else ""
                doc.add_paragraph(side + translate(item.text(step.text)) + exhibit_note(d, step.statements),
                                  style="List Number")
            if a.pending:
                doc.add_paragraph(_("Pending evidence (candidate statements, not yet reviewed):"))
                for step in a.pending:
                    doc.add_paragraph(translate(item.text(step.text)), style="List Bullet")
            doc.add_paragraph(_("Claim strength %(score)s/100") % {"score": item.strength.score}
                              + f" ({strength_breakdown(item)})")
            for gap in item.strength.gaps:
                doc.add_paragraph(_("Gap: %(gap)s") % {"gap": translate(gap)}, style="List Bullet")
            doc.add_heading(_("Evidence"), level=3)
            _table(doc, evidence_head(), evidence_rows(d, item))
    doc.add_heading(_("Exhibits"), level=1)
    _table(doc, [_("Exhibit"), _("Source"), _("Publisher"), _("Date"), _("URL or path"), "SHA-256"],
           [[str(e.number), e.source.title or "", e.source.publisher or "", e.source.date or "",
             e.source.location or "", e.source.sha256 or _("(citation)")] for e in d.exhibits])
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
