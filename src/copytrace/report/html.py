"""The dossier as one self-contained HTML file: inline CSS and SVG, no external assets.

The same markup feeds the PDF (WeasyPrint reads the @page rules), so print layout lives here too.
Every piece of registry text is escaped; quotes carry their language and text direction. The fixed
words are messages in the current language (copytrace.i18n: the CLI's --lang, the web page's language);
the registry's own text (names, quotes, predicates) is shown as stored.
"""

from __future__ import annotations

from datetime import date
from html import escape

from copytrace import i18n
from copytrace.i18n import gettext as _
from copytrace.i18n import ngettext, translate
from copytrace.reason.explain import Explained
from copytrace.reason.licence import Step
from copytrace.reason.sources import Source
from copytrace.reason.standing import ImportedSource
from copytrace.report.model import Bar, Dossier, LineageLink, ProductSection
from copytrace.report.svg import COLOURS, FONT, lineage_rows, lineage_svg

CSS = """
@page { size: A4; margin: 16mm 14mm 18mm 14mm;
        @bottom-center { content: PAGE_NUMBER; font-size: 8pt; color: #666; } }
body { font-family: FONT; font-size: 10pt; color: #1a1a1a; line-height: 1.35; max-width: 60em; margin: auto; }
h1 { font-size: 18pt; margin-bottom: 0.2em; }
h2 { font-size: 14pt; border-bottom: 1px solid #999; margin-top: 1.4em; page-break-after: avoid; }
h3 { font-size: 11pt; margin-bottom: 0.3em; page-break-after: avoid; }
h4 { font-size: 10pt; margin: 1em 0 0.3em; page-break-after: avoid; }
h4 span { font-weight: normal; }
.meta { color: #555; font-size: 9pt; }
table { border-collapse: collapse; width: 100%; margin: 0.4em 0 0.8em; font-size: 8.5pt; }
th, td { border: 1px solid #bbb; padding: 2px 4px; vertical-align: top; text-align: start; }
th { background: #eceff1; }
tr { page-break-inside: avoid; }
span.hash, span.url, td.hash, td.url { font-family: 'DejaVu Sans Mono', monospace; font-size: 7pt;
                                      overflow-wrap: anywhere; }
table.fixed { table-layout: fixed; }
th.st { width: 6.5em; } th.strength { width: 5em; }
th.num { width: 7%; } th.title, th.url { width: 17%; } th.pub { width: 11%; } th.date { width: 8%; }
th.count { width: 9%; }
p.ev { font-size: 8.5pt; margin: 0 0 0.5em; padding: 1px 0 1px 6px; border-left: 3px solid #bbb;
       page-break-inside: avoid; }
p.ev .src { color: #333; }
.quote { font-style: italic; }
.translation { color: #333; }
.translation .mt { font-size: 7.5pt; font-weight: bold; text-transform: uppercase; color: #8d6e00; }
.status { font-weight: bold; padding: 0 4px; border-radius: 3px; color: #fff; }
.gaps li, .pending li { margin-bottom: 0.2em; }
.pending { color: #8d6e00; }
.product { page-break-before: always; }
svg { max-width: 100%; height: auto; }
div.timeline { font-size: 8pt; margin: 0.3em 0 0.8em; padding: 0 4px; border: 1px solid #ccc;
               border-width: 0 1px; page-break-inside: avoid; }
div.timeline p { margin: 0; line-height: 1.2; }
div.timeline div.bar { height: 5pt; margin-bottom: 3pt; }
div.timeline .meta { color: #555; font-size: 7.5pt; }
div.timeline p.axis { border-top: 1px solid #ccc; text-align-last: justify; }
p.lineage { margin: 0.2em 0; line-height: 2; font-size: 8.5pt; }
p.lineage span { white-space: nowrap; }
p.lineage .n { border: 1px solid #37474f; border-radius: 4px; background: #e3f2fd; padding: 2px 8px; }
p.lineage .own { background: #fff3e0; }
p.lineage .l { color: #555; font-size: 7.5pt; }
p.lineage .pend { border-bottom: 1px dashed #444; }
""".replace("FONT", FONT) + "".join(f".k-{kind} {{ background: {colour}; }}\n" for kind, colour in
                                  {**COLOURS, "other": "#607d8b"}.items())


def _css() -> str:
    """The style sheet, its page footer ("Page 1 of 9") in the current language."""
    page, of = _("Page %(page)s of %(pages)s").split("%(page)s")
    pages_before, pages_after = of.split("%(pages)s")
    # CSS strings: a quote or backslash in a translation must not end the string
    def quoted(text: str) -> str:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'

    footer = f"{quoted(page)} counter(page) {quoted(pages_before)} counter(pages) {quoted(pages_after)}"
    return CSS.replace("PAGE_NUMBER", footer)


def _status(status: str, label: str | None = None) -> str:
    kind = status if status in COLOURS else "other"
    return f'<span class="status k-{kind}">{escape(translate(label or status))}</span>'


def _years(start: int | None, end: int | None) -> str:
    return f"{start or '?'}–{end or ''}" if start or end else _("undated")


def timeline_html(bars: list[Bar], until: int | None = None) -> str:
    """One row per licence, production period and dated status; open ends run to ``until``.

    Each row is its label and years over a bar sized in percent of the track: plain blocks, neither
    SVG (text inside SVG was the costliest thing WeasyPrint drew) nor a table (a table per product
    cost more to lay out than everything else on its page).
    """
    until = until or date.today().year
    years = [y for b in bars for y in (b.start, b.end) if y]
    if not years:
        return ""
    first, last = min(years) - 1, max(max(years), until) + 1

    def pos(year: float) -> float:
        return (year - first) / (last - first) * 100

    rows = []
    for bar in bars:
        start = bar.start or first + 0.5
        end = (bar.end + 1) if bar.end else until + 1
        kind = bar.kind if bar.kind in COLOURS else "other"
        rows.append(f"<p>{escape(translate(bar.label))} <span class='meta'>{_years(bar.start, bar.end)}</span></p>"
                    f"<div class='bar k-{kind}' style='margin-left:{pos(start):.1f}%;"
                    f"width:{max(0.8, pos(end) - pos(start)):.1f}%'></div>")
    rows.append(f"<p class='axis meta'>{first} {last}</p>")
    return "<div class='timeline'>" + "".join(rows) + "</div>"


def lineage_html(product: str, links: list[LineageLink], labels: dict[str, str]) -> str:
    """The lineage for print: per path, boxed names from the protected design to the product, joined by
    arrows labelled with the kind (dashed underline: not yet reviewed).

    The same rows as the SVG diagram, drawn as text: WeasyPrint lays out a line of HTML text in a
    fraction of the time it takes to draw one SVG text element, and there were nine of those a product.
    """
    out = []
    for row in lineage_rows(product, links) or [[]]:
        cells = []
        for link in reversed(row):
            cells.append(f"<span class='n'>{escape(labels.get(link.parent, link.parent))}</span>")
            kind = translate(link.kind.replace("_", " "))
            cells.append(f"<span class='{'l' if link.accepted else 'l pend'}'>← {escape(kind)} —</span>")
        cells.append(f"<span class='n own'>{escape(labels.get(product, product))}</span>")
        out.append("<p class='lineage'>" + " ".join(cells) + "</p>")
    return "".join(out)


def _quote(src: Source) -> str:
    if src.quote is None:
        return "—"
    lang = f' lang="{escape(src.language)}"' if src.language else ""
    return f'<span class="quote"{lang} dir="auto">“{escape(src.quote)}”</span>'


def _translation(d: Dossier, statement_id: str) -> str:
    """The machine translation of a statement's quote, labelled as one, with engine, model and date."""
    t = d.translations.get(statement_id)
    if t is None:
        return ""
    label = _("Machine translation")
    return (f'<br><span class="translation" lang="{escape(t.target_lang)}"><span class="mt">'
            f'{escape(label)}</span> ({escape(t.source_lang)}→{escape(t.target_lang)}, '
            f'{escape(t.engine)} {escape(t.model)}, '
            f'{escape(t.translated_at[:10])}): “{escape(t.text)}”</span>')


def translation_text(d: Dossier, statement_id: str) -> str:
    """The same as plain text (DOCX)."""
    t = d.translations.get(statement_id)
    if t is None:
        return ""
    label = _("Machine translation")
    return (f"[{label} ({t.source_lang}→{t.target_lang}, {t.engine} {t.model}, "
            f"{t.translated_at[:10]})] {t.text}")


def standing_html(d: Dossier) -> str:
    """Sanctions, owners and other names from imported records a reviewer linked to the respondent."""
    st = d.standing
    if st is None or st.empty:
        return ""

    def src(source: ImportedSource) -> str:
        return "<small>" + escape(_("%(dataset)s, dataset of %(date)s, record %(record)s") % {
            "dataset": source.dataset, "date": source.dataset_date or "?", "record": source.entity_id}) + "</small>"

    title, imported = _("Sanctions, owners and other names"), _("imported FollowTheMoney records")
    no_programme, no_authority = _("programme not given"), _("authority not given")
    parts = [f"<h2>{escape(title)} <span class='meta'>({escape(imported)})</span></h2>"]
    if st.sanctions:
        parts.append("<h4>" + escape(_("Sanctions")) + "</h4><ul>" + "".join(
            f"<li><b>{escape(x.programme or no_programme)}</b>, "
            f"{escape(x.authority or no_authority)}, {escape(x.start or '?')}–{escape(x.end or '')} "
            + escape(_("on %(name)s") % {"name": x.sanctioned})
            + (f": {escape(x.reason)}" if x.reason else "") + f" · {src(x.source)}</li>" for x in st.sanctions)
            + "</ul>")
    if st.ownership:
        parts.append("<h4>" + escape(_("Ownership")) + "</h4><ul>" + "".join(
            "<li>" + escape(_("level %(level)s: %(owner)s owns %(owned)s") % {
                "level": o.level, "owner": o.owner, "owned": o.owned})
            + (f" ({escape(o.percentage)}%)" if o.percentage else "")
            + (f", {escape(o.start or '?')}–{escape(o.end or '')}" if o.start or o.end else "")
            + f" · {src(o.source)}</li>" for o in st.ownership) + "</ul>")
    if st.other_names:
        parts.append("<h4>" + escape(_("Other names")) + "</h4><ul>" + "".join(
            f"<li><span dir='auto'>{escape(n.name)}</span> ({escape(n.kind)}) · {src(n.source)}</li>"
            for n in st.other_names) + "</ul>")
    return "".join(parts)


def untranslated_html(d: Dossier) -> str:
    if not d.untranslated:
        return ""
    rows = "".join("<li>" + escape(_("Exhibit %(number)s") % {"number": d.exhibit_of(q.statement_id) or "?"})
                   + f" [{escape(q.language)}]: "
                   f"<span class='quote' lang='{escape(q.language)}' dir='auto'>“{escape(q.text)}”</span></li>"
                   for q in d.untranslated)
    note = _("No translation into %(language)s is on record for these quotes.") % {"language": d.translation_target}
    title = _("Quotes needing a human translation")
    return f"<h2>{escape(title)}</h2><p>{escape(note)}</p><ul>{rows}</ul>"


def _steps(d: Dossier, item: Explained, steps: list[Step], css: str = "") -> str:
    out = [f'<ol class="{css}">' if css else "<ol>"]
    for step in steps:
        side = f"<b>[{escape(translate(step.side))}]</b> " if step.side else ""
        text = translate(item.text(step.text)) + exhibit_note(d, step.statements)
        out.append(f"<li>{side}{escape(text)}</li>")
    out.append("</ol>")
    return "".join(out)


def exhibit_note(d: Dossier, statement_ids: tuple[str, ...]) -> str:
    """" (Exhibits 3, 5)" after a step: the exhibits its statements cite (shared with DOCX)."""
    refs = sorted({n for sid in statement_ids if (n := d.exhibit_of(sid)) is not None})
    if not refs:
        return ""
    return " (" + ngettext("Exhibit %(numbers)s", "Exhibits %(numbers)s", len(refs)) % {
        "numbers": ", ".join(str(n) for n in refs), "num": len(refs)} + ")"


def fact_text(d: Dossier, item: Explained, statement_id: str) -> str:
    """What one statement says, in words: "manufactured by RomArm, 1991–"."""
    s = item.statements.get(statement_id)
    if s is None:
        return ""
    obj = d.label(s.object_id) if s.object_id else str(s.value)
    scope = " " + _("for %(scope)s") % {"scope": d.label(s.scope)} if s.scope else ""
    kind = f" ({translate(s.qualifier.replace('_', ' '))})" if s.qualifier else ""
    when = f", {s.valid_from or '?'}–{s.valid_to or ''}" if s.valid_from or s.valid_to else ""
    return f"{d.label(s.subject)} {s.predicate.replace('_', ' ')}{kind} {obj}{scope}{when}"


def evidence_rows(d: Dossier, item: Explained) -> list[list[str]]:
    """Rows of the evidence table as plain text (shared with DOCX)."""
    rows = []
    for sid in item.assessment.statement_ids:
        src = item.sources.get(sid)
        if src is None:
            continue
        quote = "\n".join(x for x in (src.quote or "", translation_text(d, sid)) if x)
        rows.append([str(d.exhibit_of(sid) or ""), fact_text(d, item, sid), quote, src.language or "",
                     src.title or "",
                     src.publisher or "", src.date or "", src.location or "", src.sha256 or "",
                     str(src.page) if src.page else "", translate(src.status)])
    return rows


def evidence_head() -> list[str]:
    """The evidence table's column heads (DOCX), in the current language."""
    return [_("Ex."), _("Statement"), _("Quote (original language)"), _("Lang"), _("Document / source"),
            _("Publisher"), _("Date"), _("URL or path"), "SHA-256", _("Page"), _("Status")]


def _source(src: Source) -> str:
    """Document or citation, publisher, date, location, hash and page, on one line."""
    untitled = _("(untitled)")
    lines = [f"<i>{escape(src.title or untitled)}</i>",
             escape(", ".join(x for x in (src.publisher, src.date) if x)),
             f'<span class="url">{escape(src.location)}</span>' if src.location else "",
             f'SHA-256 <span class="hash">{escape(src.sha256)}</span>' if src.sha256 else "",
             escape(_("page %(page)s") % {"page": src.page}) if src.page else ""]
    return " · ".join(line for line in lines if line)


def _evidence(d: Dossier, item: Explained) -> str:
    # One paragraph per exhibit cited, not a table: a table cell is a layout context of its own, and
    # five cells a row were the largest part of the PDF's layout time. The columns read in order:
    # exhibit and statement, the quote in its language, then the source's details on one line.
    out = []
    for sid in item.assessment.statement_ids:
        src = item.sources.get(sid)
        if src is None:
            continue
        lang = f" <small>[{escape(src.language)}]</small>" if src.language else ""
        quote = f"<br>{_quote(src)}{lang}{_translation(d, sid)}" if src.quote is not None else ""
        exhibit = _("Exhibit %(number)s") % {"number": d.exhibit_of(sid) or "?"}
        out.append(f"<p class='ev'><b>{escape(exhibit)}</b> · {escape(fact_text(d, item, sid))} "
                   f"({escape(translate(src.status))}){quote}<br><span class='src'>{_source(src)}</span></p>")
    return "".join(out)


def _assessment(d: Dossier, item: Explained) -> str:
    a = item.assessment
    producer = d.label(a.producer) if a.producer else _("no producer on record")
    made_by = _("Made by %(producer)s") % {"producer": producer}
    strength = _("claim strength %(score)s/100, %(basis)s") % {"score": item.strength.score,
                                                                "basis": translate(a.basis)}
    parts = [f"<h3>{escape(made_by)}: {_status(a.status, a.label)} <small>{escape(strength)}</small></h3>",
             "<h4>" + escape(_("Why")) + "</h4>", _steps(d, item, a.steps)]
    if a.pending:
        pending, unreviewed = _("Pending evidence"), _("candidate statements, not yet reviewed")
        parts += [f"<h4 class='pending'>{escape(pending)} <span>({escape(unreviewed)})</span></h4>",
                  _steps(d, item, a.pending, "pending")]
    score = _("Claim strength %(score)s/100") % {"score": item.strength.score}
    parts.append(f"<p><b>{escape(score)}</b> ({escape(strength_breakdown(item))})</p>")
    if item.strength.gaps:
        gaps, helps = _("Gaps"), _("evidence that would most strengthen the claim")
        parts.append(f"<h4>{escape(gaps)} <span>({escape(helps)})</span></h4><ul class='gaps'>"
                     + "".join(f"<li>{escape(translate(g))}</li>" for g in item.strength.gaps) + "</ul>")
    parts += ["<h4>" + escape(_("Evidence")) + "</h4>", _evidence(d, item)]
    return "".join(parts)


def strength_breakdown(item: Explained) -> str:
    """The parts of a claim's strength and the count of sources: "sources 30, explicit 20; 2 independent sources"."""
    breakdown = ", ".join(f"{translate(k)} {v:g}" for k, v in item.strength.parts.items())
    n = item.strength.independent_sources
    return f"{breakdown}; " + ngettext("%(num)d independent source", "%(num)d independent sources", n) % {"num": n}


def _product(d: Dossier, p: ProductSection, until: int | None, for_print: bool) -> str:
    also = _("also %(names)s") % {"names": ", ".join(p.aliases)}
    aliases = f" <span class='meta'>{escape(also)}</span>" if p.aliases else ""
    designs = ", ".join(escape(d.label(x)) for x in p.protected) or escape(_("none on record"))
    protected = ngettext("Protected design:", "Protected designs:", max(1, len(p.protected)))
    parts = [f'<section class="product" id="p-{escape(p.id)}"><h2>{escape(p.name)}{aliases}</h2>',
             f"<p><b>{escape(protected)}</b> {designs}</p>",
             "<h4>" + escape(_("Lineage")) + " <span>(" + escape(_("dashed: not yet reviewed")) + ")</span></h4>",
             (lineage_html if for_print else lineage_svg)(p.id, p.lineage, d.labels)]
    timeline = timeline_html(p.timeline, until)
    if timeline:
        parts += ["<h4>" + escape(_("Licence history")) + "</h4>", timeline]
    parts += [_assessment(d, item) for item in p.items]
    parts.append("</section>")
    return "".join(parts)


def render_html(d: Dossier, *, for_print: bool = False) -> str:
    """The dossier as one HTML page; ``for_print`` draws the lineage as text for WeasyPrint, not as SVG."""
    until = int(d.as_of[:4]) if d.as_of else None
    r = d.respondent
    # Fixed layouts: an automatic one measures every cell's text twice before laying it out.
    product, producer, status, strength = (escape(w) for w in (_("Product"), _("Producer"), _("Status"),
                                                                 _("Strength")))
    summary = [f"<table class='fixed'><tr><th>{product}</th><th>{producer}</th>"
               f"<th class='st'>{status}</th><th class='strength'>{strength}</th></tr>"]
    for p in d.products:
        for item in p.items:
            a = item.assessment
            summary.append(f"<tr><td><a href='#p-{escape(p.id)}'>{escape(p.name)}</a></td>"
                           f"<td>{escape(d.label(a.producer or ''))}</td><td>{_status(a.status)}</td>"
                           f"<td>{item.strength.score}</td></tr>")
    summary.append("</table>")
    related = "".join(f"<li>{escape(translate(how))}: {escape(what)}</li>" for how, what in d.related)
    exhibit, source, publisher, day, url, statements, citation = (escape(w) for w in (
        _("Exhibit"), _("Source"), _("Publisher"), _("Date"), _("URL or path"), _("Statements"), _("(citation)")))
    exhibits = [f"<table class='fixed'><tr><th class='num'>{exhibit}</th>"
                f"<th class='title'>{source}</th><th class='pub'>{publisher}</th>"
                f"<th class='date'>{day}</th><th class='url'>{url}</th>"
                f"<th class='hash'>SHA-256</th><th class='count'>{statements}</th></tr>"]
    for e in d.exhibits:
        s = e.source
        exhibits.append(f"<tr><td>{e.number}</td><td>{escape(s.title or '')}</td><td>{escape(s.publisher or '')}</td>"
                        f"<td>{escape(s.date or '')}</td><td class='url'>{escape(s.location or '')}</td>"
                        f"<td class='hash'>{escape(s.sha256) if s.sha256 else citation}</td>"
                        f"<td>{len(e.statement_ids)}</td></tr>")
    exhibits.append("</table>")
    title = escape(_("Claim dossier: %(name)s") % {"name": r.name})
    code = escape(d.audit_anchor or "")
    anchor = escape(_("Registry audit anchor %(anchor)s: check that the registry still holds this history with "
                      "%(command)s")) % {"anchor": f"<code class='hash'>{code}</code>",
                                         "command": f"<code>copytrace verify --anchor {code}</code>"}
    n = len(d.products)
    body = [f"<h1>{title}</h1>",
            f"<p class='meta'>{escape(dossier_meta(d))}</p>",
            f"<p class='meta'>{anchor}</p>" if d.audit_anchor else "",
            "<h2>" + escape(_("Respondent")) + "</h2>",
            f"<p><b>{escape(r.name)}</b> ({escape(translate(r.kind))})"
            + (", " + escape(_("also %(names)s") % {"names": ", ".join(d.aliases)}) if d.aliases else "") + "</p>",
            f"<ul>{related}</ul>" if related else "",
            standing_html(d),
            "<h2>" + escape(_("Summary")) + "</h2><p>"
            + escape(ngettext("%(num)d product.", "%(num)d products.", n) % {"num": n}) + "</p>", "".join(summary),
            *(_product(d, p, until, for_print) for p in d.products),
            "<h2 class='product'>" + escape(_("Exhibits")) + "</h2>", "".join(exhibits), untranslated_html(d)]
    return (f"<!DOCTYPE html><html lang='{escape(i18n.language())}'><head><meta charset='utf-8'>"
            f"<title>{title}</title><style>{_css()}</style></head><body>"
            + "".join(body) + "</body></html>")


def dossier_meta(d: Dossier) -> str:
    """The line under the title: "organization · as currently known · generated … by copytrace"."""
    as_of = _("as known on %(date)s") % {"date": d.as_of} if d.as_of else _("as currently known")
    generated = _("generated %(time)s by copytrace") % {"time": d.generated_at}
    return f"{translate(d.respondent.kind)} · {as_of} · {generated}"
