"""Commands for keeping track: watch (sources, rules, runs, the scheduler), alerts and changes."""

from __future__ import annotations

import json
import signal
import threading
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from copytrace.cli.app import app
from copytrace.cli.common import ActorOption, DbOption, actor, console, open_registry
from copytrace.cli.help import Typer
from copytrace.cli.reason_cmds import parse_day
from copytrace.errors import CopytraceError
from copytrace.i18n import N_, translate
from copytrace.i18n import gettext as _
from copytrace.registry import alerts as alert_store
from copytrace.registry import watch as watch_store
from copytrace.watch import RunReport, parse_every, run_once, serve
from copytrace.watch.changes import changes, moment
from copytrace.watch.deliver import digest
from copytrace.watch.rules import KINDS, Rule, load_rules_file
from copytrace.watch.sources import default_name, detect_kind

watch_app = Typer(help=N_("Watch folders, pages and RSS/Atom feeds; alert rules over what they bring."),
                        no_args_is_help=True)
app.add_typer(watch_app, name="watch")
alerts_app = Typer(help=N_("Alerts raised by the rules, and the daily digest."), invoke_without_command=True)
app.add_typer(alerts_app, name="alerts")

SinceOption = Annotated[str | None, typer.Option(
    "--since", help=N_("Only what came after this day (YYYY-MM-DD) or moment (ISO date-time)."), show_default=False)]


@watch_app.command("add")
def watch_add(
    source: Annotated[str, typer.Argument(help=N_("A folder, the URL of a page, or the URL of an RSS or Atom feed."))],
    every: Annotated[str, typer.Option("--every", help=N_("How often to fetch it (30m, 6h, 1d)."))] = "6h",
    name: Annotated[str | None, typer.Option("--name", help=N_("A name for it (default: from the source)."),
                                             show_default=False)] = None,
    kind: Annotated[str | None, typer.Option("--kind", help=N_("folder, page or feed (default: told from the "
                                                               "source)."), show_default=False)] = None,
    allow_private: Annotated[bool, typer.Option(
        "--allow-private", help=N_("Allow fetching it from a private or loopback address."))] = False,
    db: DbOption = None,
    who: ActorOption = None,
) -> None:
    """Watch a folder, page or feed: 'watch run' fetches it when due and ingests what is new."""
    with open_registry(db, create=True) as registry:
        found_kind = kind or detect_kind(source, allow_private)
        location = str(Path(source).expanduser().resolve()) if found_kind == "folder" else source
        added = watch_store.add_source(registry, name or default_name(location, found_kind), found_kind, location,
                                       parse_every(every), allow_private=allow_private, actor=actor(who))
    console.print(Text(_("watching %(name)s: %(kind)s %(location)s every %(every)s") % {
        "name": added.name, "kind": added.kind, "location": added.location, "every": every}))


@watch_app.command("list")
def watch_list(
    as_json: Annotated[bool, typer.Option("--json", help=N_("Print JSON."))] = False,
    db: DbOption = None,
) -> None:
    """Watched sources: kind, interval, last run, next run and the last error."""
    with open_registry(db) as registry:
        found = watch_store.sources(registry)
    if as_json:
        console.print_json(json.dumps([{
            "name": s.name, "kind": s.kind, "location": s.location, "every_s": s.every_s,
            "last_run_at": s.last_run_at, "last_ok_at": s.last_ok_at, "next_run_at": s.next_run_at,
            "failures": s.failures, "last_error": s.last_error} for s in found], ensure_ascii=False))
        return
    table = Table(_("name"), _("kind"), _("location"), _("every"), _("last run"), _("next run"), _("state"),
                  title=_("%(count)d watched sources") % {"count": len(found)}, title_justify="left")
    for s in found:
        state = (Text(_("failing (%(failures)d): %(error)s") % {"failures": s.failures, "error": s.last_error},
                      style="red") if s.failing else Text(_("ok")))
        table.add_row(s.name, s.kind, Text(s.location), f"{s.every_s}s", (s.last_run_at or _("never"))[:19],
                      (s.next_run_at or _("now"))[:19], state)
    console.print(table)


@watch_app.command("remove")
def watch_remove(
    name: Annotated[str, typer.Argument(help=N_("The watched source's name (see 'watch list')."))],
    db: DbOption = None,
    who: ActorOption = None,
) -> None:
    """Stop watching a source (what it brought stays in the registry)."""
    with open_registry(db) as registry:
        removed = watch_store.remove_source(registry, name, actor=actor(who))
    console.print(Text(_("no longer watching %(name)s (%(location)s)") % {"name": removed.name,
                                                                          "location": removed.location}))


def _print_report(report: RunReport) -> None:
    for result in report.sources:
        line = f"{result.name}: {result.status}"
        if result.documents:
            line += ", " + _("%(count)d new documents") % {"count": result.documents}
        if result.skipped:
            line += ", " + _("%(count)d seen before") % {"count": result.skipped}
        if result.error:
            line += f": {translate(result.error)}"
        console.print(Text(line, style="red" if result.status == "failed" else ""))
        for rejected in result.rejected:
            console.print(Text("  " + _("rejected: %(reason)s") % {"reason": translate(rejected)}, style="yellow"))
    for alert in report.alerts:
        console.print(Text(_("alert [%(severity)s] %(rule)s: %(title)s") % {
            "severity": translate(alert.severity), "rule": alert.rule_id, "title": alert.title}))
    for delivery in report.deliveries:
        note = f": {delivery.last_error}" if delivery.last_error else ""
        console.print(Text(_("delivery %(channel)s %(target)s: %(status)s") % {
            "channel": delivery.channel, "target": delivery.target, "status": delivery.status} + note))
    console.print(_("%(sources)d sources run, %(alerts)d new alerts") % {"sources": len(report.sources),
                                                                         "alerts": len(report.alerts)})


@watch_app.command("run")
def watch_run(
    once: Annotated[bool, typer.Option("--once", help=N_("One pass, then exit (else: keep running, as "
                                                         "'watch serve')."))] = False,
    every_source: Annotated[bool, typer.Option("--all", help=N_("Fetch every source now, due or not."))] = False,
    db: DbOption = None,
    who: ActorOption = None,
) -> None:
    """Fetch every source that is due, ingest what is new, raise and deliver alerts.

    Exits 1 if a source or a delivery failed (each failure is recorded with its reason).
    """
    if not once:
        watch_serve(db=db, who=who)
        return
    with open_registry(db, create=True) as registry:
        report = run_once(registry, actor=actor(who), every_source=every_source)
    _print_report(report)
    if not report.ok:
        raise typer.Exit(1)


@watch_app.command("serve")
def watch_serve(db: DbOption = None, who: ActorOption = None) -> None:
    """The scheduler: run a pass whenever a source is due, and send the daily digest, until stopped."""
    stop = threading.Event()

    def finish(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, finish)
    signal.signal(signal.SIGINT, finish)
    console.print(_("watching (stop with Ctrl-C or SIGTERM)"))
    with open_registry(db, create=True) as registry:
        serve(registry, actor=actor(who), stop=stop)


@watch_app.command("rules")
def watch_rules(
    path: Annotated[Path | None, typer.Argument(help=N_("A YAML file of rules to add or update (see docs/watch.md)."),
                                                show_default=False)] = None,
    db: DbOption = None,
    who: ActorOption = None,
) -> None:
    """Load alert rules from a YAML file (checked whole first), or list the rules."""
    with open_registry(db, create=True) as registry:
        if path is not None:
            loaded = load_rules_file(path, registry)
            added, changed = alert_store.save_rules(registry, [r.row() for r in loaded], actor=actor(who))
            console.print(_("%(path)s: %(count)d rules, %(added)d new, %(changed)d changed") % {
                "path": path, "count": len(loaded), "added": added, "changed": changed})
            return
        found = [Rule.from_row(r) for r in alert_store.rules(registry)]
        labels = registry.labels({d for r in found for d in r.designs})
    table = Table("id", _("kind"), _("watches"), _("owner"), _("severity"), _("delivery"), _("state"),
                  title_justify="left", title=_("%(count)d rules") % {"count": len(found)})
    for r in found:
        watches = ", ".join([labels.get(d, d) for d in r.designs] + list(r.names)) or _("every design")
        table.add_row(r.id, r.kind, Text(watches), r.owner, translate(r.severity),
                      Text(", ".join(r.email + r.webhook)), translate("disabled") if r.disabled else _("on"))
    console.print(table)
    console.print(_("kinds: %(kinds)s") % {"kinds": "; ".join(k + ": " + _(v) for k, v in KINDS.items())},
                  soft_wrap=True)


def _moment_text(value: str | None) -> str | None:
    parsed = parse_day(value)
    if parsed is None:
        return None
    return moment(parsed).astimezone(UTC).isoformat(timespec="microseconds")


@alerts_app.callback()
def alerts_command(
    ctx: typer.Context,
    since: SinceOption = None,
    as_json: Annotated[bool, typer.Option("--json", help=N_("Print JSON: every alert with its rule, statements, "
                                                            "quotes and documents."))] = False,
    user: Annotated[str | None, typer.Option("--user", help=N_("Show read state for this user."),
                                             show_default=False)] = None,
    unread: Annotated[bool, typer.Option("--unread", help=N_("Only alerts --user has not read."))] = False,
    db: DbOption = None,
) -> None:
    """List alerts, newest first (with 'digest': the day's summary)."""
    if ctx.invoked_subcommand is not None:
        return
    with open_registry(db) as registry:
        found = alert_store.alert_list(registry, since=_moment_text(since), username=user, unread_only=unread)
    if as_json:
        console.print_json(json.dumps([a.to_dict() for a in found], ensure_ascii=False))
        return
    table = Table(_("raised"), _("severity"), _("rule"), _("alert"), _("quote"),
                  title=_("%(count)d alerts") % {"count": len(found)}, title_justify="left")
    for a in found:
        marker = "" if a.read or user is None else "● "
        table.add_row(a.raised_at[:19], translate(a.severity), a.rule_id, Text(marker + a.title),
                      Text(a.detail.get("quote") or ""))
    console.print(table)


@alerts_app.command("digest")
def alerts_digest(
    day: Annotated[str | None, typer.Option("--day", help=N_("The day (YYYY-MM-DD; default: today, UTC)."),
                                            show_default=False)] = None,
    db: DbOption = None,
) -> None:
    """Print the digest of a day's alerts, most severe first (the scheduler mails yesterday's)."""
    with open_registry(db) as registry:
        try:
            wanted = datetime.fromisoformat(day).date() if day else datetime.now(UTC).date()
        except ValueError:
            raise CopytraceError(_("not a day (want YYYY-MM-DD): %(day)r") % {"day": day}) from None
        text = digest(registry, wanted)
    console.print(Text(text), end="")


@app.command("changes")
def changes_command(
    since: Annotated[str, typer.Option("--since", help=N_("From this day (YYYY-MM-DD) or moment (ISO date-time)."))],
    until: Annotated[str | None, typer.Option("--until", help=N_("Up to this day or moment (default: now)."),
                                              show_default=False)] = None,
    as_json: Annotated[bool, typer.Option("--json", help=N_("Print JSON."))] = False,
    db: DbOption = None,
) -> None:
    """What the registry learned between two knowledge times: licence status changes, new entities,
    new statements with their quotes, review decisions."""
    with open_registry(db, snapshot=True) as registry:
        start = parse_day(since)
        assert start is not None
        found = changes(registry, start, parse_day(until))
    if as_json:
        console.print_json(json.dumps(found.to_dict(), ensure_ascii=False))
        return
    data = found.to_dict()
    console.print(_("changes from %(since)s to %(until)s") % {"since": found.since[:19], "until": found.until[:19]})
    sections = [(_("licence status changes"), [f"{c['product']} / {c['producer'] or '-'}: {c['before']} -> {c['after']}"
                                            for c in data["statuses"]]),
                (_("new entities"), [f"{e['kind']} {e['name']} ({e['id']})" for e in data["entities"]]),
                (_("new statements"), [f"{s['subject']} {s['predicate']} {s['object']}"
                                       + (f" [{s['scope']}]" if s["scope"] else "") + f" ({s['status']})"
                                       + (f': "{s["quote"]}"' if s["quote"] else "") for s in data["statements"]]),
                (_("review decisions"), [_("%(statement)s: %(from)s -> %(to)s by %(reviewer)s (%(reason)s)") % r
                                         for r in data["reviews"]])]
    for title, lines in sections:
        console.print(f"\n[bold]{title}[/] ({len(lines)})")
        for line in lines:
            console.print(Text(f"  {line}"), soft_wrap=True)
