"""Rich renderings of registry objects, and their JSON shapes, shared by the commands.

The JSON shapes are the web app's (``copytrace.present`` serves both), so that a script may read
either; a test keeps the fields the same.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from copytrace.i18n import gettext as _
from copytrace.i18n import ngettext, translate

if TYPE_CHECKING:
    from copytrace.model.statement import Statement
    from copytrace.reason.lineage import Direction, Link
    from copytrace.registry import Entity

STATUS_STYLE = {"accepted": "green", "candidate": "yellow", "rejected": "red", "superseded": "dim"}
LICENCE_STYLE = {"licensed": "green", "expired": "yellow", "unlicensed": "red", "disputed": "magenta",
                 "unknown": "dim"}
# How many hex digits of an id the tables show: enough to be unique, and accepted wherever an id is.
SHORT_ID = 12


def valid_time(statement: Statement) -> str:
    if statement.valid_from and statement.valid_to:
        return f"{statement.valid_from}–{statement.valid_to}"
    if statement.valid_from:
        return _("from %(date)s") % {"date": statement.valid_from}
    if statement.valid_to:
        return _("until %(date)s") % {"date": statement.valid_to}
    return ""


def source_text(statement: Statement) -> Text:
    if statement.evidence is not None:
        ev = statement.evidence
        page = ", " + _("p. %(page)s") % {"page": ev.page} if ev.page else ""
        document = _("doc %(id)s") % {"id": ev.document_id[:SHORT_ID]}
        return Text(f"“{ev.quote}”\n  {document} [{ev.start}:{ev.end}]{page}")
    if statement.citation is not None:
        c = statement.citation
        parts = [c.title, c.publisher, c.date]
        head = ", ".join(p for p in parts if p)
        return Text(f"{head}\n  {c.url}" if c.url else head)
    return Text(_("(no source)"), style="red")


def statements_table(title: str, found: list[Statement], labels: dict[str, str], *, subject_column: bool) -> Table:
    # Scope and valid time ride under the object, so the table fits an 80-column terminal; long
    # quotes and URLs fold rather than truncate, since a cut-off source is useless as evidence.
    table = Table(title=title, show_lines=True, title_justify="left")
    table.add_column("id", no_wrap=True, style="cyan")
    if subject_column:
        table.add_column(_("subject"), overflow="fold")
    table.add_column(_("predicate"), no_wrap=True)
    table.add_column(_("object"), overflow="fold", ratio=1)
    table.add_column(_("status"), no_wrap=True)
    table.add_column(_("source"), overflow="fold", ratio=3)
    for s in found:
        value = translate(str(s.value)) if s.predicate == "licence_status" else str(s.value)
        obj = Text(labels.get(s.object_id, s.object_id) if s.object_id else value)
        if s.scope:
            obj.append("\n" + _("for %(scope)s") % {"scope": labels.get(s.scope, s.scope)}, style="dim")
        if valid_time(s):
            obj.append(f"\n{valid_time(s)}", style="dim")
        predicate = f"{s.predicate}\n({translate(s.qualifier.replace('_', ' '))})" if s.qualifier else s.predicate
        row: list[str | Text] = [s.id[:SHORT_ID]]
        if subject_column:
            row.append(labels.get(s.subject, s.subject))
        status = Text(translate(s.status), style=STATUS_STYLE.get(s.status, ""))
        if s.origin != "curated":
            status.append(f"\n{translate(s.origin)}\n{s.confidence:.2f}", style="dim")
        row += [predicate, obj, status, source_text(s)]
        table.add_row(*row)
    return table


# -- JSON shapes (the web app's twins: one module, copytrace.present, serves both) ----------------

# -- lineage -------------------------------------------------------------------------------------

Notes = dict[str, list[tuple[str, str]]]   # entity id -> [(licence status, scope label)]


def _note_text(notes: list[tuple[str, str]]) -> Text:
    text = Text()
    # Two sources stating the same status for the same scope read as one note.
    for n, (value, scope) in enumerate(dict.fromkeys(notes)):
        if n:
            text.append("; ")
        text.append(f"{translate(value)} ({scope})", style=LICENCE_STYLE.get(value, "magenta"))
    return text


def lineage_tree(root_label: str, links: list[Link], direction: Direction, notes: Notes,
                 depth: int | None = None) -> Tree:
    """The links from the root outwards, each entity in full once: at its nearest place to the root.

    A design reached again by another path (a shared descendant) is a reference to that place, not a
    second copy of its subtree. ``depth`` keeps links at most that many steps from the root.
    """
    title = _("ancestors of %(name)s") if direction == "ancestors" else _("descendants of %(name)s")
    tree = Tree(Text(title % {"name": root_label}, style="bold"))
    if not links:
        tree.add(Text(_("none recorded"), style="dim"))
        return tree
    root = links[0].child if direction == "ancestors" else links[0].parent
    children: dict[str, list[Link]] = {}
    home: dict[str, Link] = {}
    for link in links:   # nearest first: an entity's home is the first link reaching it
        near = link.child if direction == "ancestors" else link.parent
        children.setdefault(near, []).append(link)
        far = link.far_end(direction)
        if far != root:
            home.setdefault(far, link)
    names = {link.far_end(direction): link.parent_name if direction == "ancestors" else link.child_name
             for link in links}

    def label(link: Link, name: str) -> Text:
        text = Text(name, style="bold")
        text.append(f"  [{translate(link.kind.replace('_', ' '))}]", style="cyan")
        if link.status != "accepted":
            text.append(f" ({translate(link.status)})", style="yellow")
        return text

    def grow(branch: Tree, node: str, steps: int) -> None:
        for link in children.get(node, []):
            far = link.far_end(direction)
            if home.get(far) is not link:
                ref = label(link, names[far])
                placed = home.get(far)
                where = names.get(placed.child if direction == "ancestors" else placed.parent, "") \
                    if placed is not None else root_label
                ref.append("  ↑ " + _("shown under %(name)s") % {"name": where or root_label}, style="dim")
                branch.add(ref)
                continue
            text = label(link, names[far])
            if far in notes:
                text.append("  ")
                text.append_text(_note_text(notes[far]))
            sub = branch.add(text)
            if depth is not None and steps >= depth:
                if children.get(far):
                    more = len(children[far])
                    sub.add(Text("… " + ngettext("%(count)d more link: raise --depth",
                                                 "%(count)d more links: raise --depth", more) % {"count": more},
                                 style="dim"))
                continue
            grow(sub, far, steps + 1)

    grow(tree, root, 1)
    return tree


def lineage_graph(entity: Entity, links: list[Link], kinds: dict[str, str], notes: Notes) -> dict[str, Any]:
    """The lineage as the web app's /lineage/ID.json, each node with its licence notes."""
    from copytrace.present import lineage_graph as graph

    shown = graph(entity, links, kinds)
    for node in shown["nodes"]:
        stated = dict.fromkeys(notes.get(node["id"], []))
        node["licence"] = [{"status": value, "scope": scope} for value, scope in stated]
    return shown
