"""The extract command: facts from files, without the registry."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from copytrace.cli.app import app
from copytrace.cli.common import console
from copytrace.extract import Extractor


@app.command()
def extract(
    files: Annotated[list[Path], typer.Argument(help="Text files to read facts from.", exists=True, dir_okay=False)],
    fmt: Annotated[str, typer.Option("--format", help="jsonl (one fact per line) or table.")] = "jsonl",
) -> None:
    """Print the facts each file states, each with its verbatim quote and offsets (no registry needed)."""
    if fmt not in ("jsonl", "table"):
        raise typer.BadParameter("--format must be jsonl or table")
    extractor = Extractor()
    if fmt == "jsonl":
        for path in files:
            for fact in extractor.extract_file(path):
                typer.echo(fact.to_json())
        return
    table = Table("doc", "subject", "relation", "object", "scope", "quote")
    for path in files:
        for fact in extractor.extract_file(path):
            table.add_row(fact.doc, fact.subject_text, fact.relation, fact.object, fact.scope or "", fact.quote[:80])
    console.print(table)
