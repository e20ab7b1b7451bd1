"""Commands over imported FollowTheMoney data: import-ftm, match-ftm."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from copytrace.cli.app import app
from copytrace.cli.common import ActorOption, DbOption, actor, console, open_registry, print_error
from copytrace.ftm.importer import import_ftm
from copytrace.ftm.match import Proposal, propose
from copytrace.i18n import N_
from copytrace.i18n import gettext as _


def _proposals_table(title: str, found: list[Proposal]) -> Table:
    table = Table(_("probability"), _("registry entity"), _("imported record"), _("why"), title=title,
                  title_justify="left")
    for p in found:
        table.add_row(f"{p.probability:.3f}", p.entity_name, f"{p.imported_name} ({p.imported})",
                      "; ".join(str(c) for c in p.comparisons))
    return table


@app.command("import-ftm")
def import_ftm_command(
    file: Annotated[Path, typer.Argument(help=N_("FollowTheMoney entities as JSON lines (OpenSanctions, Aleph)."))],
    dataset: Annotated[str | None, typer.Option(help=N_("The dataset's name (default: the file name up to its "
                                                        "first dot)."), show_default=False)] = None,
    date: Annotated[str | None, typer.Option("--date", help=N_("The dataset's date (default: the newest date its "
                                             "records carry, else today)."), show_default=False)] = None,
    match: Annotated[bool, typer.Option(help=N_("Propose matches with the registry's organisations and people "
                                                "for review."))] = True,
    db: DbOption = None,
    who: ActorOption = None,
) -> None:
    """Import sanctions, owners and names from FtM entities, kept apart from our facts; propose matches."""
    with open_registry(db, create=True) as registry:
        report = import_ftm(registry, file, actor=actor(who), dataset=dataset, dataset_date=date, match=match)
    for error in report.read.errors:
        print_error(str(error))
    skipped = ", ".join(f"{name} {n}" for name, n in sorted(report.read.skipped.items()))
    if skipped:
        console.print(_("skipped entities of other schemata: %(counts)s") % {"counts": skipped})
    stored = report.stored
    if stored.record is None:
        why = (_("this file was imported before (%(at)s)") % {"at": stored.previous.imported_at[:19]}
               if stored.previous else _("the dataset already holds exactly these statements"))
        console.print(_("%(dataset)s: nothing new stored: %(why)s") % {"dataset": report.dataset, "why": why})
        return
    console.print(_("%(dataset)s (dataset of %(date)s): %(entities)d entities, %(added)d new statements, "
                    "%(superseded)d superseded") % {
        "dataset": report.dataset, "date": report.dataset_date, "entities": report.read.entities,
        "added": stored.added, "superseded": stored.superseded})
    if match:
        console.print(_("%(count)d new match proposal(s) sent to the review queue (%(total)d in all)") % {
            "count": report.proposed, "total": len(report.proposals)})
        if report.proposals:
            console.print(_proposals_table(_("Proposed matches"), report.proposals))


@app.command("match-ftm")
def match_ftm_command(
    dataset: Annotated[list[str] | None, typer.Option(help=N_("Only this dataset (repeatable)."),
                                                      show_default=False)] = None,
    min_probability: Annotated[float | None, typer.Option(
        help=N_("Propose pairs at least this likely (default: propose_at in comparison.yaml)."),
        show_default=False)] = None,
    as_json: Annotated[bool, typer.Option("--json", help=N_("Print every pair scored, with its comparisons."))] = False,
    db: DbOption = None,
    who: ActorOption = None,
) -> None:
    """Match imported FtM records with the registry again; new proposals go to the review queue."""
    if min_probability is not None and not 0.0 <= min_probability <= 1.0:
        raise typer.BadParameter(_("--min-probability must be within 0..1"))
    with open_registry(db) as registry:
        found, added = propose(registry, actor=actor(who), datasets=dataset, min_probability=min_probability)
    if as_json:
        console.print_json(json.dumps({"proposed": added, "pairs": [p.to_dict() for p in found]},
                                      ensure_ascii=False))
        return
    console.print(_("%(count)d new match proposal(s) sent to the review queue (%(pairs)d pairs at or above the "
                    "threshold)") % {"count": added, "pairs": len(found)})
    if found:
        console.print(_proposals_table(_("Matches"), found))
