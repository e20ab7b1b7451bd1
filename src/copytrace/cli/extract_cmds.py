"""The extract command: facts from files, without the registry."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from copytrace import settings
from copytrace.cli.app import app
from copytrace.cli.common import console, err_console, print_error
from copytrace.cli.errors import raised_message
from copytrace.cli.help import composed
from copytrace.extract import Extractor
from copytrace.extract.llm import ENGINES, Engine, plan
from copytrace.extract.textio import read_text
from copytrace.i18n import N_, lazy_gettext
from copytrace.i18n import gettext as _
from copytrace.textcodec import Undecodable

EngineOption = Annotated[str | None, typer.Option("--engine", help=composed(lazy_gettext(
    "rules (offline), llm (a language-model server: %(llm_url)s) or both. [env: %(env)s; default: %(default)s]",
    llm_url=settings.LLM_URL.env, env=settings.ENGINE.env, default=settings.ENGINE.default)), show_default=False)]


def engine_name(value: str | None) -> str:
    name = value or settings.ENGINE.get()
    if name not in ENGINES:
        raise typer.BadParameter(_("--engine must be one of %(engines)s, not %(name)r") % {
            "engines": ", ".join(ENGINES), "name": name})
    return name


def _error(message: str) -> None:
    print_error(message)


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help=N_("Text files to read facts from."), exists=True,
                                                dir_okay=False)],
    fmt: Annotated[str, typer.Option("--format", help=N_("jsonl (one fact per line) or table."))] = "jsonl",
    engine: EngineOption = None,
    dry_run: Annotated[bool, typer.Option(
        "--dry-run", help=N_("With --engine llm or both: print each chunk's prompt and a token estimate; "
        "send nothing."))] = False,
) -> None:
    """Print the facts each file states, each with its verbatim quote and offsets (no registry needed)."""
    if fmt not in ("jsonl", "table"):
        raise typer.BadParameter(_("--format must be jsonl or table"))
    name = engine_name(engine)
    if dry_run:
        if name == "rules":
            raise typer.BadParameter(_("--dry-run shows the language model's prompts: use it with --engine llm or "
                                       "both"))
        raise typer.Exit(_dry_run(files))
    chosen = Engine(name)
    table = Table(_("doc"), _("subject"), _("relation"), _("object"), _("scope"), _("quote"))
    failed: list[Path] = []

    def readable() -> Iterator[tuple[str, str, None]]:
        for path in files:
            try:
                yield read_text(path), path.name, None
            except (Undecodable, OSError) as exc:
                # One line per file that cannot be read; the other files go on.
                _error(f"{path}: {raised_message(exc)}")
                failed.append(path)

    for found in chosen.extract_many(readable()):
        for fact in found.facts:
            if fmt == "jsonl":
                typer.echo(fact.to_json())
            else:
                table.add_row(fact.doc, fact.subject_text, fact.relation, fact.object, fact.scope or "",
                              fact.quote[:80])
        if found.dropped:
            counts = ", ".join(f"{n} {reason}" for reason, n in found.dropped.most_common())
            err_console.print(_("%(doc)s: model facts dropped: %(counts)s") % {"doc": found.doc, "counts": counts},
                              soft_wrap=True, highlight=False)
        if found.error is not None:
            _error(_("%(doc)s: language model: %(error)s") % {"doc": found.doc, "error": found.error})
            failed.append(Path(found.doc))
    if fmt == "table":
        console.print(table)
    if failed:
        raise typer.Exit(1)


def _dry_run(files: list[Path]) -> int:
    """The prompts the llm engine would send, and their size; nothing is sent."""
    rules = Extractor()
    total = 0
    failed = 0
    for path in files:
        try:
            text = read_text(path)
        except (Undecodable, OSError) as exc:
            _error(f"{path}: {raised_message(exc)}")
            failed += 1
            continue
        code, chunks = plan(rules, text)
        for number, chunk in enumerate(chunks, 1):
            total += chunk.tokens
            typer.echo("=== " + _("%(file)s chunk %(number)d/%(count)d [%(language)s] characters %(start)d-%(end)d, "
                                  "about %(tokens)d tokens") % {
                "file": path.name, "number": number, "count": len(chunks), "language": code, "start": chunk.start,
                "end": chunk.end, "tokens": chunk.tokens})
            for message in chunk.messages:
                typer.echo(f"--- {message['role']}\n{message['content']}")
    typer.echo("=== " + _("about %(tokens)d tokens in all (four characters a token), not sent") % {"tokens": total})
    return 1 if failed else 0
