"""Rich renderings of registry objects, shared by the commands."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from copytrace.model.statement import Statement
from copytrace.reason.lineage import Direction, Link

STATUS_STYLE = {"accepted": "green", "candidate": "yellow", "rejected": "red", "superseded": "dim"}


def valid_time(statement: Statement) -> str:
    if statement.valid_from and statement.valid_to:
        return f"{statement.valid_from}–{statement.valid_to}"
    if statement.valid_from:
        return f"from {statement.valid_from}"
    if statement.valid_to:
        return f"until {statement.valid_to}"
    return ""


def source_text(statement: Statement) -> Text:
    if statement.evidence is not None:
        ev = statement.evidence
        page = f", p. {ev.page}" if ev.page else ""
        return Text(f"“{ev.quote}”\n  doc {ev.document_id[:12]} [{ev.start}:{ev.end}]{page}")
    if statement.citation is not None:
        c = statement.citation
        parts = [c.title, c.publisher, c.date]
        head = ", ".join(p for p in parts if p)
        return Text(f"{head}\n  {c.url}" if c.url else head)
    return Text("(no source)", style="red")


def statements_table(title: str, found: list[Statement], labels: dict[str, str], *, subject_column: bool) -> Table:
    # Scope and valid time ride under the object, so the table fits an 80-column terminal; long
    # quotes and URLs fold rather than truncate, since a cut-off source is useless as evidence.
    table = Table(title=title, show_lines=True, title_justify="left")
    if subject_column:
        table.add_column("subject", overflow="fold")
    table.add_column("predicate", no_wrap=True)
    table.add_column("object", overflow="fold", ratio=1)
    table.add_column("status", no_wrap=True)
    table.add_column("source", overflow="fold", ratio=3)
    for s in found:
        obj = Text(labels.get(s.object_id, s.object_id) if s.object_id else str(s.value))
        if s.scope:
            obj.append(f"\nfor {labels.get(s.scope, s.scope)}", style="dim")
        if valid_time(s):
            obj.append(f"\n{valid_time(s)}", style="dim")
        predicate = f"{s.predicate}\n({s.qualifier.replace('_', ' ')})" if s.qualifier else s.predicate
        row: list[str | Text] = [labels.get(s.subject, s.subject)] if subject_column else []
        status = Text(s.status, style=STATUS_STYLE.get(s.status, ""))
        if s.origin != "curated":
            status.append(f"\n{s.origin}\n{s.confidence:.2f}", style="dim")
        row += [predicate, obj, status, source_text(s)]
        table.add_row(*row)
    return table


def lineage_tree(root_label: str, links: list[Link], direction: Direction, notes: dict[str, str]) -> Tree:
    """A tree of links from the root outwards; ``notes`` adds text (licence statuses) per entity."""
    title = "ancestors" if direction == "ancestors" else "descendants"
    tree = Tree(Text(f"{title} of {root_label}", style="bold"))
    children: dict[str, list[Link]] = {}
    for link in links:
        near = link.child if direction == "ancestors" else link.parent
        children.setdefault(near, []).append(link)
    root = links[0].child if links and direction == "ancestors" else (links[0].parent if links else "")

    def grow(branch: Tree, node: str, path: set[str]) -> None:
        for link in children.get(node, []):
            far = link.far_end(direction)
            name = link.parent_name if direction == "ancestors" else link.child_name
            label = Text(name, style="bold")
            label.append(f"  [{link.kind.replace('_', ' ')}]", style="cyan")
            if link.status != "accepted":
                label.append(f" ({link.status})", style="yellow")
            if far in notes:
                label.append(f"  {notes[far]}", style="magenta")
            sub = branch.add(label)
            if far not in path:
                grow(sub, far, path | {far})

    if links:
        grow(tree, root, {root})
    else:
        tree.add(Text("none recorded", style="dim"))
    return tree
