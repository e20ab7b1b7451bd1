"""The extract command: facts from files, without the registry."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from copytrace.cli.app import app
from copytrace.cli.common import console, err_console
from copytrace.extract import Extractor
from copytrace.textcodec import Undecodable


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="Text files to read facts from.", exists=True, dir_okay=False)],
    fmt: Annotated[str, typer.Option("--format", help="jsonl (one fact per line) or table.")] = "jsonl",
) -> None:
    """Print the facts each file states, each with its verbatim quote and offsets (no registry needed)."""
    if fmt not in ("jsonl", "table"):
        raise typer.BadParameter("--format must be jsonl or table")
    extractor = Extractor()
    table = Table("doc", "subject", "relation", "object", "scope", "quote")
    failed = 0
    for path in files:
        try:
            facts = extractor.extract_file(path)
        except (Undecodable, OSError) as exc:
            # One line per file that cannot be read; the other files go on.
            err_console.print(f"[bold red]error:[/] {path}: {exc}", soft_wrap=True, markup=True)
            failed += 1
            continue
        for fact in facts:
            if fmt == "jsonl":
                typer.echo(fact.to_json())
            else:
                table.add_row(fact.doc, fact.subject_text, fact.relation, fact.object, fact.scope or "",
                              fact.quote[:80])
    if fmt == "table":
        console.print(table)
    if failed:
        raise typer.Exit(1)
