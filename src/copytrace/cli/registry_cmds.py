"""Commands over the registry core: init, packs, show, lineage, search, review, audit, verify, demo."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from copytrace.cli.app import app
from copytrace.cli.common import ActorOption, DbOption, actor, console, err_console, handled, open_registry
from copytrace.cli.render import lineage_tree, statements_table
from copytrace.demo import DEMO_PACKS, build_demo
from copytrace.errors import CopytraceError
from copytrace.model.statement import STATUSES, Status
from copytrace.packs import available_packs, load_pack
from copytrace.reason.lineage import Link, lineage, path_between
from copytrace.registry.audit import Anchor


@app.command()
def init(db: DbOption = None) -> None:
    """Create the registry (or bring an existing one up to date)."""
    with open_registry(db, create=True) as registry:
        console.print(f"Registry ready at [bold]{registry.engine.url.render_as_string(hide_password=True)}[/]")


@app.command("packs")
def packs_command() -> None:
    """List the curated packs shipped with copytrace."""
    for name in available_packs():
        console.print(name)


@app.command("load-pack")
def load_pack_command(
    name: Annotated[str, typer.Argument(
        help="A shipped pack name (see 'copytrace packs'), 'all' for every shipped pack, or a pack file path.")],
    db: DbOption = None,
    who: ActorOption = None,
) -> None:
    """Load a curated pack (and the packs it requires). Loading twice stores nothing new."""
    names = available_packs() if name == "all" else [name]
    totals: dict[str, tuple[int, int]] = {}
    with open_registry(db, create=True) as registry:
        for one in names:
            for pack, (new_entities, new_statements) in load_pack(registry, one, actor=actor(who)).items():
                held = totals.get(pack, (0, 0))
                totals[pack] = (held[0] + new_entities, held[1] + new_statements)
    for pack, (new_entities, new_statements) in totals.items():
        console.print(f"{pack}: {new_entities} new entities, {new_statements} new statements")


@app.command()
def show(
    entity: Annotated[str, typer.Argument(help="A name, alias or id in any script (AK47, АКМ, aim).")],
    db: DbOption = None,
) -> None:
    """Show an entity with every statement about it, its evidence and review status."""
    with open_registry(db, snapshot=True) as registry:
        found = registry.resolve(entity)
        names = registry.names_of(found.id)
        about = registry.statements(involving=found.id)
        labels = registry.labels([s.subject for s in about] + [s.object_id or "" for s in about]
                                 + [s.scope or "" for s in about])
    console.print(f"[bold]{found.name}[/]  ({found.kind}, id [cyan]{found.id}[/])")
    aliases = [n for n, is_alias in names if is_alias]
    if aliases:
        console.print("aliases: " + ", ".join(aliases), soft_wrap=True)
    own = [s for s in about if s.subject == found.id and s.predicate not in ("name", "alias")]
    incoming = [s for s in about if s.subject != found.id]
    console.print(statements_table(f"Statements about {found.name}", own, labels, subject_column=False))
    if incoming:
        console.print(statements_table(f"Statements naming {found.name}", incoming, labels, subject_column=True))


def _licence_notes(registry_statuses: dict[str, list[str]]) -> dict[str, str]:
    # Two sources stating the same status for the same scope read as one note.
    return {entity: "; ".join(dict.fromkeys(values)) for entity, values in registry_statuses.items()}


@app.command("lineage")
def lineage_command(
    name: Annotated[str, typer.Argument(help="A design or product, by name or alias.")],
    to: Annotated[str | None, typer.Option("--to", help="Show only how NAME descends from this ancestor.")] = None,
    db: DbOption = None,
) -> None:
    """Ancestors and descendants over derived_from, with the kind of each link and licence statuses."""
    with open_registry(db, snapshot=True) as registry:
        root = registry.resolve(name)
        if to is not None:
            ancestor = registry.resolve(to)
            _print_path(root.name, ancestor.name, path_between(registry, root.id, ancestor.id))
            return
        ancestors = lineage(registry, root.id, "ancestors")
        descendants = lineage(registry, root.id, "descendants")
        involved = {root.id} | {link.child for link in descendants} | {link.parent for link in ancestors}
        stated = [s for s in registry.statements(predicate="licence_status", status=("accepted", "candidate"))
                  if s.subject in involved]
        labels = registry.labels(s.scope or "" for s in stated)
    statuses: dict[str, list[str]] = {}
    for s in stated:
        statuses.setdefault(s.subject, []).append(f"{s.value} ({labels.get(s.scope or '', s.scope)})")
    notes = _licence_notes(statuses)
    console.print(lineage_tree(root.name, ancestors, "ancestors", notes))
    console.print(lineage_tree(root.name, descendants, "descendants", notes))


def _print_path(descendant: str, ancestor: str, path: list[Link] | None) -> None:
    if path is None:
        console.print(f"{descendant} does not descend from {ancestor} in the registry.")
        raise typer.Exit(1)
    console.print(f"How {descendant} descends from {ancestor}:")
    for link in path:
        console.print(f"  {link.child_name} —[{link.kind.replace('_', ' ')}]→ {link.parent_name}"
                      + ("" if link.status == "accepted" else f" ({link.status})"), markup=False)


@app.command()
def search(
    text: Annotated[str, typer.Argument(help="Words, a partial designation, or text in any script.")],
    limit: Annotated[int, typer.Option(help="Most hits to show.")] = 20,
    db: DbOption = None,
) -> None:
    """Search names, aliases and document text."""
    with open_registry(db, snapshot=True) as registry:
        hits = registry.search(text, limit)
    if not hits:
        console.print(f"Nothing found for {text!r}.")
        raise typer.Exit(1)
    table = Table("type", "id", "name", "matched", title=f"Search: {text}", title_justify="left")
    for hit in hits:
        table.add_row(hit.ref_type, hit.ref_id, hit.label, f"{hit.field}: {hit.snippet}")
    console.print(table)


@app.command()
def review(
    statement_id: Annotated[str, typer.Argument(help="The statement's id (see 'copytrace show').")],
    status: Annotated[str, typer.Argument(help="accepted, rejected or candidate.")],
    reason: Annotated[str, typer.Option("--reason", "-r", help="Why: recorded with the decision.")],
    db: DbOption = None,
    who: ActorOption = None,
) -> None:
    """Accept or reject a statement, with a reason. Decisions are appended, never overwritten."""
    if status not in STATUSES or status == "superseded":
        err_console.print(f"[bold red]error:[/] status must be accepted, rejected or candidate, not {status!r}")
        raise typer.Exit(2)
    decided: Status = "accepted" if status == "accepted" else "rejected" if status == "rejected" else "candidate"
    with open_registry(db) as registry:
        updated = registry.review(statement_id, decided, reviewer=actor(who), reason=reason)
    console.print(f"{updated.id}: {updated.status} by {updated.reviewed_by} ({updated.review_reason})")


@app.command("audit")
def audit_command(
    limit: Annotated[int, typer.Option(help="Show the first N entries.")] = 50,
    anchor: Annotated[bool, typer.Option("--anchor", help="Print only the newest entry's SEQ:HASH, to keep "
                                         "elsewhere and check later with 'copytrace verify --anchor'.")] = False,
    db: DbOption = None,
) -> None:
    """Show the audit log: every write, who made it and when."""
    with open_registry(db, snapshot=True) as registry:
        if anchor:
            head = registry.audit_anchor()
            if head is None:
                raise CopytraceError("the audit log is empty: nothing to anchor yet")
            console.print(str(head), soft_wrap=True)
            return
        entries = registry.audit_log(limit)
    table = Table("seq", "at", "actor", "action", "target", "hash", title="Audit log", title_justify="left")
    for e in entries:
        table.add_row(str(e.seq), e.at, e.actor, e.action, e.target, e.hash[:16])
    console.print(table)


@app.command()
def verify(
    anchor: Annotated[str | None, typer.Option(help="An anchor printed earlier by 'copytrace audit --anchor' "
                                               "(SEQ:HASH): also check that the log still holds it.")] = None,
    db: DbOption = None,
) -> None:
    """Check the audit chain, every audited row against the newest audit entry that wrote it, and every
    stored document against its SHA-256; name the first break (table, id, field, audit entry)."""
    with handled():
        expected = Anchor.parse(anchor) if anchor is not None else None
    with open_registry(db, snapshot=True) as registry:
        report = registry.verify(expected)
    console.print(f"audit entries checked: {report.audit_entries}; rows checked: {report.rows}; "
                  f"documents checked: {report.documents}")
    if report.head is not None:
        console.print(f"anchor: {report.head}", soft_wrap=True)
    if report.ok:
        console.print("[green]OK[/]: the audit chain is intact, every row is what its newest audit entry "
                      "says, and every document matches its hash")
        return
    for problem in report.problems:
        err_console.print(f"[bold red]FAILED:[/] {problem}", soft_wrap=True)
    raise typer.Exit(1)


@app.command()
def demo(
    folder: Annotated[Path, typer.Option(
        "--dir", help="Folder for the demo registry: a new or empty one, or one the demo made before.")] = Path(
        "copytrace-demo"),
) -> None:
    """Build a demo registry in a fresh SQLite file from the shipped packs and show what it holds."""
    with handled():
        report = build_demo(folder)
    console.print(f"[bold]copytrace demo[/]: registry at [cyan]{report.path}[/]")
    for pack, (new_entities, new_statements) in report.packs.items():
        console.print(f"  pack {pack}: {new_entities} entities, {new_statements} statements")
    table = Table("what", "count", title="The demo registry", title_justify="left")
    for key, value in sorted(report.counts.items()):
        table.add_row(key, str(value))
    console.print(table)
    console.print("audit chain verified" if report.verified else "[red]audit chain FAILED to verify[/]")
    for name, language, media_type, doc_id in report.documents:
        console.print(f"  document {name}: {language}, {media_type}, id {doc_id[:12]}")
    db = str(report.path)
    console.print("Try:")
    for example in (f"copytrace lineage AKM --db {db}", f"copytrace show AIM --db {db}",
                    f"copytrace search Калашников --db {db}", f"copytrace verify --db {db}",
                    f"copytrace documents --db {db}"):
        console.print(f"  {example}")
    console.print(f"Packs: {', '.join(DEMO_PACKS)}")
    if report.dossier is not None:
        console.print(f"Claim dossier written to [bold]{report.dossier}[/] (see also: copytrace status --db {db})")
