"""Commands over the reasoning: status, explain, dossier, export."""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from copytrace.cli.app import app
from copytrace.cli.common import ActorOption, DbOption, actor, console, err_console, open_registry, print_json
from copytrace.errors import CopytraceError
from copytrace.i18n import N_, ngettext, translate
from copytrace.i18n import gettext as _
from copytrace.reason.explain import Explained, explain, reasoner, select_assessments, status_counts
from copytrace.reason.sources import Source
from copytrace.reason.standing import Standing, standing

STATUS_STYLE = {"licensed": "green", "expired": "yellow", "unlicensed": "red", "disputed": "magenta",
                "unknown": "dim"}

AsOfOption = Annotated[
    str | None,
    typer.Option("--as-of", help=N_("Only what the registry knew on this date (YYYY-MM-DD), by recorded_at."),
                 show_default=False),
]


def parse_day(text: str | None) -> date | datetime | None:
    """A day, or an exact moment (ISO 8601 with time) to reproduce a dossier filed that day."""
    if text is None:
        return None
    try:
        return datetime.fromisoformat(text) if "T" in text else date.fromisoformat(text)
    except ValueError:
        raise CopytraceError(_("not a date (want YYYY-MM-DD or an ISO date-time): %(text)r") % {"text": text}
                             ) from None


@app.command()
def status(
    unlicensed: Annotated[bool, typer.Option("--unlicensed", help=N_("Only products made without a licence."))] = False,
    country: Annotated[str | None, typer.Option(help=N_("Only producers in (or standing for) this country."),
                                                show_default=False)] = None,
    design: Annotated[str | None, typer.Option(help=N_("Only products derived from this design."),
                                               show_default=False)] = None,
    as_of: AsOfOption = None,
    as_json: Annotated[bool, typer.Option("--json", help=N_("Print JSON: counts, the registry's products and "
                                                            "families, and every assessment."))] = False,
    db: DbOption = None,
) -> None:
    """Licence status of every product and producer, with counts by status."""
    with open_registry(db, snapshot=True) as registry:
        country_id = registry.resolve(country, "country").id if country else None
        design_id = registry.resolve(design).id if design else None
        r = reasoner(registry, as_of=parse_day(as_of))
        found = select_assessments(r, country=country_id, design=design_id,
                                   status="unlicensed" if unlicensed else None)
        labels = registry.labels([a.product for a in found] + [a.producer or "" for a in found])
        if as_json:
            entities = registry.entities()
            designs = {e.id for e in entities if e.kind == "design"}
            derived = {s.subject for s in registry.statements(predicate="derived_from")}
            summary = {
                "products": sum(1 for e in entities if e.kind in {"design", "product"}),
                "families": len(designs - derived),   # designs derived from nothing: the family roots
                "counts": status_counts(found), "total": len(found),
                "assessments": [{"product": {"id": a.product, "name": labels.get(a.product, a.product)},
                                 "producer": {"id": a.producer, "name": labels.get(a.producer, a.producer)}
                                 if a.producer else None,
                                 "status": a.status, "label": a.label, "basis": a.basis, "pending": len(a.pending)}
                                for a in found],
            }
    if as_json:
        print_json(summary)
        return
    table = Table(_("product"), _("producer"), _("status"), _("basis"), _("pending"), title=_("Licence status"),
                  title_justify="left")
    for a in sorted(found, key=lambda a: (labels.get(a.product, a.product), labels.get(a.producer or "", ""))):
        table.add_row(labels.get(a.product, a.product), labels.get(a.producer or "", a.producer or "—"),
                      Text(translate(a.label), style=STATUS_STYLE[a.status]), translate(a.basis),
                      str(len(a.pending)) if a.pending else "")
    console.print(table)
    counts = status_counts(found)
    console.print("  ".join(f"{translate(name)}: {n}" for name, n in counts.items())
                  + "  (" + _("total %(count)d") % {"count": len(found)} + ")")


def _source_line(src: Source) -> str:
    if src.kind == "document":
        where = f"{src.title or src.location or ''}, {src.publisher or ''} {src.date or ''}".strip(" ,")
        page = ", " + _("p. %(page)s") % {"page": src.page} if src.page else ""
        lang = f" [{src.language}]" if src.language else ""
        return f"“{src.quote}”{lang} — {where}{page}; sha256 {src.sha256}"
    parts = [p for p in (src.title, src.publisher, src.date, src.location) if p]
    return _("cited: %(source)s") % {"source": ", ".join(parts)}


def print_standing(name: str, found: Standing) -> None:
    """Sanctions, owners and other names of a producer, from imported records linked to it."""
    for x in found.sanctions:
        sanction = _("sanction on %(name)s: %(programme)s (%(authority)s), %(period)s; %(dataset)s of %(date)s, "
                     "record %(record)s") % {
            "name": x.sanctioned, "programme": x.programme or "?", "authority": x.authority or "?",
            "period": f"{x.start or '?'}–{x.end or ''}", "dataset": x.source.dataset,
            "date": x.source.dataset_date, "record": x.source.entity_id}
        console.print(Text(f"  {sanction}", style="red"), soft_wrap=True)
    for o in found.ownership:
        share = f" {o.percentage}%" if o.percentage else ""
        owner = _("owner (level %(level)s): %(owner)s owns %(owned)s") % {"level": o.level, "owner": o.owner,
                                                                          "owned": o.owned}
        console.print(Text(f"  {owner}{share}; {o.source.dataset}"), soft_wrap=True)
    if found.other_names:
        names = _("%(name)s also known as: %(names)s") % {"name": name,
                                                          "names": ", ".join(n.name for n in found.other_names)}
        console.print(Text(f"  {names}"), soft_wrap=True)


def print_explained(item: Explained) -> None:
    a = item.assessment
    producer = item.labels.get(a.producer, a.producer) if a.producer else _("no producer on record")
    head = Text(f"{item.labels.get(a.product, a.product)} — {producer}: ", style="bold")
    head.append(translate(a.label), style=STATUS_STYLE[a.status] + " bold")
    head.append("  (" + _("claim strength %(score)s/100, %(basis)s") % {"score": item.strength.score,
                                                                         "basis": translate(a.basis)} + ")")
    console.print(head)
    for n, step in enumerate(a.steps, start=1):
        side = f"[{translate(step.side)}] " if step.side else ""
        console.print(Text(f"  {n}. {side}{translate(item.text(step.text))}"), soft_wrap=True)
        for sid in step.statements:
            if sid in item.sources:
                console.print(Text(f"       {sid[:12]} {_source_line(item.sources[sid])}"), soft_wrap=True)
    if a.pending:
        console.print("  " + _("pending evidence (candidates, not yet deciding):"), style="yellow")
        for step in a.pending:
            console.print(Text(f"   - {translate(item.text(step.text))}"), soft_wrap=True)
            for sid in step.statements:
                if sid in item.sources:
                    console.print(Text(f"       {sid[:12]} {_source_line(item.sources[sid])}"), soft_wrap=True)
    parts = ", ".join(f"{translate(k)} {v:g}" for k, v in item.strength.parts.items())
    if parts:
        console.print("  " + _("strength parts: %(parts)s") % {"parts": parts})
    for gap in item.strength.gaps:
        console.print(Text("  " + _("gap: %(gap)s") % {"gap": translate(gap)}), soft_wrap=True)


@app.command("explain")
def explain_command(
    product: Annotated[str, typer.Argument(help=N_("A product or design, by name or alias."))],
    producer: Annotated[str | None, typer.Option(help=N_("Only this producer (organization or country)."),
                                                 show_default=False)] = None,
    as_of: AsOfOption = None,
    as_json: Annotated[bool, typer.Option("--json", help=N_("Print JSON: each assessment with its explanation, "
                                                            "evidence, and the producer's sanctions and "
                                                            "owners."))] = False,
    db: DbOption = None,
) -> None:
    """Why a product has its licence status: the chain of statements with quotes or citations."""
    with open_registry(db, snapshot=True) as registry:
        found = registry.resolve(product)
        producer_id = registry.resolve(producer).id if producer else None
        day = parse_day(as_of)
        items = explain(registry, found.id, producer_id, as_of=day)
        standings = {p: standing(registry, p, as_of=day) for p in {i.assessment.producer for i in items} if p}
    if as_json:
        print_json([{**item.to_dict(), "producer_standing": standings[p].to_dict()
                     if (p := item.assessment.producer) else None} for item in items])
        return
    for item in items:
        print_explained(item)
        producer_of = item.assessment.producer
        if producer_of and not standings[producer_of].empty:
            print_standing(item.labels.get(producer_of, producer_of), standings[producer_of])


@app.command()
def dossier(
    respondent: Annotated[str, typer.Argument(help=N_("The respondent: an organization or a country."))],
    fmt: Annotated[str, typer.Option("--format", help=N_("html, pdf, docx or json."))] = "html",
    as_of: AsOfOption = None,
    output: Annotated[Path | None, typer.Option("-o", "--output", help=N_("File to write (default: by name)."),
                                                show_default=False)] = None,
    db: DbOption = None,
    who: ActorOption = None,
) -> None:
    """A claim dossier for a respondent: products, lineage, licence history, evidence, exhibits.

    With COPYTRACE_TRANSLATE_URL set, quotes without a translation are machine-translated first.
    """
    from copytrace.report import write_dossier
    from copytrace.translate.client import load_translator

    with open_registry(db) as registry:
        translator = load_translator()
        try:
            path = write_dossier(registry, respondent, fmt, output=output, as_of=parse_day(as_of),
                                 translator=translator, actor=actor(who))
        finally:
            if translator is not None:
                translator.close()
    console.print(_("Dossier written to %(path)s") % {"path": path}, markup=False, soft_wrap=True)


@app.command("export")
def export_command(
    fmt: Annotated[str, typer.Option("--format", help=N_("csv, jsonl, graphml or ftm."))] = "jsonl",
    output: Annotated[Path | None, typer.Option("-o", "--output", help=N_("File to write (default: stdout)."),
                                                show_default=False)] = None,
    db: DbOption = None,
) -> None:
    """Export entities and statements for spreadsheets (csv), graph tools (graphml) or FtM tooling."""
    from copytrace.export import export

    with open_registry(db, snapshot=True) as registry:
        if output is None:
            export(registry, fmt, sys.stdout)
            return
        with output.open("w", encoding="utf-8", newline="") as handle:
            count = export(registry, fmt, handle)
    err_console.print(ngettext("Exported %(num)d record to %(path)s", "Exported %(num)d records to %(path)s",
                               count) % {"num": count, "path": output}, markup=False)
