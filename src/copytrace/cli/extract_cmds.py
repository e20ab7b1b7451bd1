"""Commands over extraction: extract facts from files, evaluate against a gold file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from copytrace.cli.app import app
from copytrace.cli.common import console
from copytrace.extract import Extractor
from copytrace.extract.evaluate import evaluate, report_lines


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


@app.command("eval")
def eval_command(
    gold: Annotated[Path, typer.Argument(help="Gold facts, one JSON object per line.", exists=True, dir_okay=False)],
    docs: Annotated[Path, typer.Argument(help="Folder holding the documents the gold file names.", exists=True,
                                         file_okay=False)],
    min_p: Annotated[float, typer.Option("--min-p", help="Exit 1 when precision is lower.")] = 0.0,
    min_r: Annotated[float, typer.Option("--min-r", help="Exit 1 when recall is lower.")] = 0.0,
) -> None:
    """Precision and recall of extraction against a gold file, per relation; lists misses and wrong facts."""
    result = evaluate(gold, docs)
    for line in report_lines(result):
        typer.echo(line)
    if result.precision < min_p or result.recall < min_r:
        raise typer.Exit(1)
