"""Commands over the registry core: init, packs, show, lineage, search, review, audit, verify, demo."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table
from rich.text import Text

from copytrace.cli.app import app
from copytrace.cli.common import (
    ActorOption,
    DbOption,
    actor,
    console,
    err_console,
    open_registry,
    print_json,
)
from copytrace.cli.render import SHORT_ID, Notes, lineage_tree, statements_table
from copytrace.i18n import N_, ngettext, translate
from copytrace.i18n import gettext as _

if TYPE_CHECKING:
    from copytrace.reason.lineage import Link
    from copytrace.registry import Registry


@app.command()
def init(db: DbOption = None) -> None:
    """Create the registry (or bring an existing one up to date)."""
    with open_registry(db, create=True) as registry:
        console.print(_("Registry ready at %(url)s") % {"url": registry.engine.url.render_as_string(
            hide_password=True)}, markup=False, soft_wrap=True)


@app.command("packs")
def packs_command() -> None:
    """List the curated packs shipped with copytrace."""
    from copytrace.packs import available_packs

    for name in available_packs():
        console.print(name)


@app.command("load-pack")
def load_pack_command(
    name: Annotated[str, typer.Argument(
        help=N_("A shipped pack name (see 'copytrace packs'), 'all' for every shipped pack, or a pack file path."))],
    db: DbOption = None,
    who: ActorOption = None,
) -> None:
    """Load a curated pack (and the packs it requires). Loading twice stores nothing new."""
    from copytrace.packs import available_packs, load_pack

    names = available_packs() if name == "all" else [name]
    totals: dict[str, tuple[int, int]] = {}
    with open_registry(db, create=True) as registry:
        for one in names:
            for pack, (new_entities, new_statements) in load_pack(registry, one, actor=actor(who)).items():
                held = totals.get(pack, (0, 0))
                totals[pack] = (held[0] + new_entities, held[1] + new_statements)
    for pack, (new_entities, new_statements) in totals.items():
        console.print(_("%(pack)s: %(entities)d new entities, %(statements)d new statements") % {
            "pack": pack, "entities": new_entities, "statements": new_statements}, markup=False)


@app.command()
def show(
    entity: Annotated[str, typer.Argument(help=N_("A name, alias or id in any script (AK47, АКМ, aim)."))],
    as_json: Annotated[bool, typer.Option("--json", help=N_("Print JSON, as the web page's twin (/product/ID.json): "
                                                            "the entity, its names, licence assessments per "
                                                            "producer, statements and mentions."))] = False,
    db: DbOption = None,
) -> None:
    """Show an entity with every statement about it, its evidence and review status."""
    from copytrace.present import entity_assessments, entity_dict, present_statements

    with open_registry(db, snapshot=True) as registry:
        found = registry.resolve(entity)
        names = registry.names_of(found.id)
        about = registry.statements(involving=found.id)
        # "Type 69" is the RPG's name; the Type 69 tank is one a reader may have meant
        longer = [e for e in registry.named_with_a_word_after(entity) if e.id != found.id]
        if as_json:
            shown = present_statements(registry, about)
            own = [s for s in shown if s["subject"]["id"] == found.id]
            print_json({"entity": entity_dict(found), "names": [{"name": n, "alias": a} for n, a in names],
                        "also_named": [entity_dict(e) for e in longer],
                        "assessments": entity_assessments(registry, found.id, found.kind),
                        "licence": [s for s in own if s["predicate"] == "licence_status"],
                        "statements": [s for s in own if s["predicate"] not in ("name", "alias")],
                        "mentions": [s for s in shown if s["subject"]["id"] != found.id]})
            return
        labels = registry.labels([s.subject for s in about] + [s.object_id or "" for s in about]
                                 + [s.scope or "" for s in about])
    console.print(Text.assemble((found.name, "bold"), f"  ({translate(found.kind)}, id ", (found.id, "cyan"), ")"))
    aliases = [n for n, is_alias in names if is_alias]
    if aliases:
        console.print(_("aliases: %(names)s") % {"names": ", ".join(aliases)}, soft_wrap=True, markup=False)
    if longer:
        console.print(_("also named '%(name)s' with a word after it: %(others)s") % {
            "name": entity, "others": ", ".join(f"{e.name} ({e.id})" for e in longer)}, soft_wrap=True, markup=False)
    own_statements = [s for s in about if s.subject == found.id and s.predicate not in ("name", "alias")]
    incoming = [s for s in about if s.subject != found.id]
    console.print(statements_table(_("Statements about %(name)s") % {"name": found.name}, own_statements, labels,
                                   subject_column=False))
    if incoming:
        console.print(statements_table(_("Statements naming %(name)s") % {"name": found.name}, incoming, labels,
                                       subject_column=True))
    console.print(_("Statement ids: the first %(digits)d hex digits (or any 8 or more) stand for the id, as in "
                    "'copytrace review ID accepted --reason TEXT'.") % {"digits": SHORT_ID}, style="dim",
                  markup=False)


def _licence_notes(registry: Registry, involved: set[str]) -> Notes:
    stated = [s for s in registry.statements(predicate="licence_status", status=("accepted", "candidate"))
              if s.subject in involved]
    labels = registry.labels(s.scope or "" for s in stated)
    notes: Notes = {}
    for s in stated:
        notes.setdefault(s.subject, []).append((str(s.value), labels.get(s.scope or "", s.scope or "")))
    return notes


@app.command("lineage")
def lineage_command(
    name: Annotated[str, typer.Argument(help=N_("A design or product, by name or alias."))],
    to: Annotated[str | None, typer.Option("--to", help=N_("Show only how NAME descends from this ancestor."))] = None,
    depth: Annotated[int | None, typer.Option("--depth", min=1, help=N_("Only links at most this many steps from "
                                              "NAME."), show_default=False)] = None,
    as_json: Annotated[bool, typer.Option("--json", help=N_("Print JSON, as the web's /lineage/ID.json: nodes "
                                                            "(with licence statuses) and edges."))] = False,
    db: DbOption = None,
) -> None:
    """Ancestors and descendants over derived_from, with the kind of each link and licence statuses."""
    from copytrace.cli.render import lineage_graph
    from copytrace.present import entity_dict
    from copytrace.reason.lineage import lineage, path_between

    with open_registry(db, snapshot=True) as registry:
        root = registry.resolve(name)
        if to is not None:
            ancestor = registry.resolve(to)
            _print_path(root.name, ancestor.name, path_between(registry, root.id, ancestor.id))
            return
        ancestors = [link for link in lineage(registry, root.id, "ancestors") if depth is None or link.depth <= depth]
        descendants = [link for link in lineage(registry, root.id, "descendants")
                       if depth is None or link.depth <= depth + 1]
        involved = {root.id} | {link.child for link in descendants} | {link.parent for link in ancestors}
        notes = _licence_notes(registry, involved)
        if as_json:
            links = ancestors + [link for link in descendants if depth is None or link.depth <= depth]
            kinds = registry.kinds_of([n for link in links for n in (link.child, link.parent)])
            print_json({"entity": entity_dict(root), "graph": lineage_graph(root, links, kinds, notes)})
            return
    console.print(lineage_tree(root.name, ancestors, "ancestors", notes, depth))
    console.print(lineage_tree(root.name, descendants, "descendants", notes, depth))


def _print_path(descendant: str, ancestor: str, path: list[Link] | None) -> None:
    if path is None:
        console.print(_("%(descendant)s does not descend from %(ancestor)s in the registry.") % {
            "descendant": descendant, "ancestor": ancestor}, markup=False)
        raise typer.Exit(1)
    console.print(_("How %(descendant)s descends from %(ancestor)s:") % {"descendant": descendant,
                                                                        "ancestor": ancestor}, markup=False)
    for link in path:
        console.print(f"  {link.child_name} —[{translate(link.kind.replace('_', ' '))}]→ {link.parent_name}"
                      + ("" if link.status == "accepted" else f" ({translate(link.status)})"), markup=False)


@app.command()
def search(
    text: Annotated[str, typer.Argument(help=N_("Words, a partial designation, or text in any script."))],
    limit: Annotated[int, typer.Option(help=N_("Most hits to show."))] = 20,
    as_json: Annotated[bool, typer.Option("--json", help=N_("Print JSON, as the web's /search.json."))] = False,
    db: DbOption = None,
) -> None:
    """Search names, aliases and document text."""
    from copytrace.present import search_results

    with open_registry(db, snapshot=True) as registry:
        hits = registry.search(text, limit)
        results = search_results(registry, hits) if as_json else []
    if as_json:
        print_json({"q": text, "results": results})
        raise typer.Exit(0 if hits else 1)
    if not hits:
        console.print(_("Nothing found for %(text)r.") % {"text": text}, markup=False)
        raise typer.Exit(1)
    table = Table(_("type"), "id", _("name"), _("matched"), title=_("Search: %(text)s") % {"text": text},
                  title_justify="left")
    for hit in hits:
        shown_id = hit.ref_id[:SHORT_ID] if hit.ref_type == "document" else hit.ref_id
        table.add_row(translate(hit.ref_type), shown_id, hit.label, f"{hit.field}: {hit.snippet}")
    console.print(table)


@app.command()
def review(
    statement_id: Annotated[str, typer.Argument(
        help=N_("The statement's id, or 8 or more of its first hex digits (see 'copytrace show'); 'list' lists the "
        "candidates waiting for review."))],
    status: Annotated[str | None, typer.Argument(help=N_("accepted, rejected or candidate."),
                                                 show_default=False)] = None,
    reason: Annotated[str | None, typer.Option("--reason", "-r", help=N_("Why: recorded with the decision."),
                                               show_default=False)] = None,
    limit: Annotated[int, typer.Option(help=N_("With 'list': show at most N candidates."))] = 50,
    as_json: Annotated[bool, typer.Option("--json", help=N_("With 'list': print JSON (the candidates as the web's "
                                                            "/review.json shows one, and how many wait)."))] = False,
    db: DbOption = None,
    who: ActorOption = None,
) -> None:
    """Accept or reject a statement, with a reason; 'review list' lists the queue.

    Decisions are appended, never overwritten.
    """
    if statement_id == "list":
        _review_list(db, limit, as_json)
        return
    from copytrace.errors import Invalid
    from copytrace.model.statement import Status
    from copytrace.registry.ids import complete_id

    decisions: dict[str, Status] = {"accepted": "accepted", "rejected": "rejected", "candidate": "candidate"}
    if status is None or reason is None:
        raise typer.BadParameter(_("give the decision and its reason: copytrace review ID accepted --reason TEXT"))
    if status not in decisions:
        raise Invalid(_("the decision must be accepted, rejected or candidate, not %(status)r") % {"status": status})
    with open_registry(db) as registry:
        full_id = complete_id(registry, "statement", statement_id)
        updated = registry.review(full_id, decisions[status], reviewer=actor(who), reason=reason)
    console.print(_("%(id)s: %(status)s by %(reviewer)s (%(reason)s)") % {
        "id": updated.id, "status": translate(updated.status), "reviewer": updated.reviewed_by,
        "reason": updated.review_reason}, markup=False)


def _review_list(db: str | None, limit: int, as_json: bool) -> None:
    from copytrace.present import present_statements
    from copytrace.registry.queue import queue_page

    with open_registry(db, snapshot=True) as registry:
        waiting, found = queue_page(registry, "candidate", limit)
        if as_json:
            print_json({"waiting": waiting, "candidates": present_statements(registry, found)})
            return
        labels = registry.labels([s.subject for s in found] + [s.object_id or "" for s in found]
                                 + [s.scope or "" for s in found])
    title = ngettext("%(count)d candidate waiting for review", "%(count)d candidates waiting for review",
                     waiting) % {"count": waiting}
    if len(found) < waiting:
        title += ", " + _("the oldest %(count)d shown") % {"count": len(found)}
    console.print(statements_table(title, found, labels, subject_column=True))


@app.command("audit")
def audit_command(
    limit: Annotated[int, typer.Option(help=N_("Show the first N entries."))] = 50,
    anchor: Annotated[bool, typer.Option("--anchor", help=N_("Print only the newest entry's SEQ:HASH, to keep "
                                         "elsewhere and check later with 'copytrace verify --anchor'."))] = False,
    as_json: Annotated[bool, typer.Option("--json", help=N_("Print JSON: every entry with its payload and hashes."))
                       ] = False,
    timestamp: Annotated[str | None, typer.Option(
        "--timestamp", metavar="URL", help=N_("Have the RFC 3161 time-stamping authority at URL sign the newest "
        "entry's hash and store its token; 'copytrace verify' checks it offline. Needs the timestamp extra."))
                         ] = None,
    db: DbOption = None,
    who: ActorOption = None,
) -> None:
    """Show the audit log: every write, who made it and when."""
    from copytrace.errors import CopytraceError

    if timestamp is not None:
        from copytrace.registry import timestamps

        with open_registry(db) as registry:
            stamp = timestamps.stamp(registry, timestamp, actor=actor(who))
        console.print(_("timestamp %(id)s: audit entry %(seq)s:%(hash)s stamped at %(time)s by %(url)s (signer: "
                        "%(signer)s)") % {"id": stamp.id, "seq": stamp.audit_seq, "hash": stamp.head_hash,
                                          "time": stamp.tsa_time, "url": stamp.tsa_url, "signer": stamp.signer},
                      soft_wrap=True, markup=False)
        return
    with open_registry(db, snapshot=True) as registry:
        if anchor:
            head = registry.audit_anchor()
            if head is None:
                raise CopytraceError(_("the audit log is empty: nothing to anchor yet; it gets its first entry "
                                       "with the first write (copytrace load-pack NAME)"))
            console.print(str(head), soft_wrap=True)
            return
        entries = registry.audit_log(limit)
    if as_json:
        print_json([{"seq": e.seq, "at": e.at, "actor": e.actor, "action": e.action, "target": e.target,
                     "payload": e.payload, "prev_hash": e.prev_hash, "hash": e.hash} for e in entries])
        return
    table = Table("seq", _("at"), _("actor"), _("action"), _("target"), "hash", title=_("Audit log"),
                  title_justify="left")
    for e in entries:
        table.add_row(str(e.seq), e.at, e.actor, e.action, e.target, e.hash[:16])
    console.print(table)


@app.command()
def verify(
    anchor: Annotated[str | None, typer.Option(help=N_("An anchor printed earlier by 'copytrace audit --anchor' "
                                               "(SEQ:HASH): also check that the log still holds it."))] = None,
    db: DbOption = None,
) -> None:
    """Check the audit chain, every audited row against the newest audit entry that wrote it, every stored
    trusted timestamp (offline), and every stored document against its SHA-256; name the first break (table, id,
    field, audit entry) and every bad timestamp."""
    from copytrace.registry.audit import Anchor

    expected = Anchor.parse(anchor) if anchor is not None else None
    with open_registry(db, snapshot=True) as registry:
        report = registry.verify(expected)
    console.print(_("audit entries checked: %(entries)d; rows checked: %(rows)d; documents checked: "
                    "%(documents)d") % {"entries": report.audit_entries, "rows": report.rows,
                                         "documents": report.documents})
    if report.head is not None:
        console.print(_("anchor: %(anchor)s") % {"anchor": report.head}, soft_wrap=True)
    for stamp in report.timestamps:
        # The signer is whoever the token's own certificate names: whether to trust it is the reader's call.
        console.print(_("timestamp %(id)s: audit entry %(seq)s existed by %(time)s, signed by %(signer)s (%(url)s)")
                      % {"id": stamp.id, "seq": stamp.audit_seq, "time": stamp.tsa_time, "signer": stamp.signer,
                         "url": stamp.tsa_url}, soft_wrap=True, markup=False)
    if report.ok:
        said = (_("the audit chain is intact, every row is what its newest audit entry says, every stored "
                  "timestamp verifies, and every document matches its hash") if report.timestamps else
                _("the audit chain is intact, every row is what its newest audit entry says, and every document "
                  "matches its hash"))
        console.print(Text.assemble(("OK", "green"), ": ", said))
        return
    for problem in report.problems:
        err_console.print(Text.assemble((_("FAILED") + ": ", "bold red"), translate(problem)), soft_wrap=True)
    raise typer.Exit(1)


@app.command()
def demo(
    folder: Annotated[Path, typer.Option(
        "--dir", help=N_("Folder for the demo registry: a new or empty one, or one the demo made before."))] = Path(
        "copytrace-demo"),
) -> None:
    """Build a demo registry in a fresh SQLite file from the shipped packs and show what it holds."""
    from copytrace.demo import DEMO_PACKS, build_demo

    report = build_demo(folder)
    console.print(Text.assemble(("copytrace demo", "bold"), ": ", _("registry at %(path)s") % {"path": report.path}),
                  soft_wrap=True)
    for pack, (new_entities, new_statements) in report.packs.items():
        console.print("  " + _("pack %(pack)s: %(entities)d entities, %(statements)d statements") % {
            "pack": pack, "entities": new_entities, "statements": new_statements}, markup=False)
    table = Table(_("what"), _("count"), title=_("The demo registry"), title_justify="left")
    for key, value in sorted(report.counts.items()):
        table.add_row(key, str(value))
    console.print(table)
    console.print(Text(_("audit chain verified")) if report.verified else
                  Text(_("audit chain FAILED to verify"), style="red"))
    for name, language, media_type, doc_id in report.documents:
        console.print("  " + _("document %(name)s: %(language)s, %(type)s, id %(id)s") % {
            "name": name, "language": language, "type": media_type, "id": doc_id[:12]}, markup=False)
    db = str(report.path)
    console.print(_("Try:"))
    for example in (f"copytrace lineage AKM --db {db}", f"copytrace show AIM --db {db}",
                    f"copytrace search Калашников --db {db}", f"copytrace verify --db {db}",
                    f"copytrace documents --db {db}"):
        console.print(f"  {example}", soft_wrap=True, markup=False)
    console.print(_("Packs: %(packs)s") % {"packs": ", ".join(DEMO_PACKS)}, markup=False)
    if report.dossier is not None:
        console.print(_("Claim dossier written to %(path)s (see also: copytrace status --db %(db)s)") % {
            "path": report.dossier, "db": db}, soft_wrap=True, markup=False)
