"""Commands over documents: ingest, documents, document."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from copytrace.cli.app import app
from copytrace.cli.common import ActorOption, DbOption, actor, console, err_console, open_registry, print_json
from copytrace.cli.errors import raised_message
from copytrace.cli.extract_cmds import EngineOption, engine_name
from copytrace.cli.help import setting_help
from copytrace.i18n import N_
from copytrace.i18n import gettext as _
from copytrace.ingest import IngestConfig, count_inputs, ingest, read_url_list
from copytrace.ingest.cluster import ingest_on_cluster
from copytrace.ingest.config import (
    LANGUAGES,
    MAX_MEMORY,
    MAX_SIZE,
    TIMEOUT,
    parse_languages,
    parse_memory,
    parse_size,
    parse_timeout,
)
from copytrace.ingest.progress import BatchProgress, summary_table
from copytrace.printable import printable
from copytrace.registry.documents import DocumentStatus


@app.command("ingest")
def ingest_command(
    paths: Annotated[list[Path] | None, typer.Argument(help=N_("Files or folders (searched recursively)."))] = None,
    urls: Annotated[Path | None, typer.Option("--urls", help=N_("A file of URLs to fetch, one per line."))] = None,
    allow_private: Annotated[bool, typer.Option(
        "--allow-private", help=N_("Allow fetching from private and loopback addresses."))] = False,
    workers: Annotated[int | None, typer.Option(
        "--workers", help=N_("Worker processes (default: the number of cores)."), show_default=False)] = None,
    cluster: Annotated[str | None, typer.Option(
        "--cluster", help=N_("Prepare the documents on a Dask cluster: a scheduler address (tcp://host:8786) or "
        "local[:N] for N local worker processes (needs the dask extra; see docs/scale.md)."),
        show_default=False)] = None,
    max_size: Annotated[str | None, typer.Option(
        "--max-size", help=setting_help(MAX_SIZE),
        show_default=False)] = None,
    languages: Annotated[str | None, typer.Option(
        "--languages", help=setting_help(LANGUAGES, default=False), show_default=False)] = None,
    max_memory: Annotated[str | None, typer.Option(
        "--max-memory", help=setting_help(MAX_MEMORY),
        show_default=False)] = None,
    timeout: Annotated[str | None, typer.Option(
        "--timeout", help=setting_help(TIMEOUT),
        show_default=False)] = None,
    follow_symlinks: Annotated[bool, typer.Option(
        "--follow-symlinks",
        help=N_("Read symbolic links inside the input folders (never those pointing out)."))] = False,
    no_extract: Annotated[bool, typer.Option(
        "--no-extract", help=N_("Store documents only; do not extract candidate statements."))] = False,
    engine: EngineOption = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help=N_("Print a line for every input."))] = False,
    db: DbOption = None,
    who: ActorOption = None,
) -> None:
    """Ingest documents (text, HTML, PDF, DOCX, Markdown) and URLs.

    Exits 1 if any input was rejected or the language model failed on a document.
    """
    if not paths and urls is None:
        raise typer.BadParameter(_("give at least one PATH or --urls FILE"))
    try:
        config = IngestConfig.from_settings(
            max_size=parse_size(max_size) if max_size else None,
            languages=parse_languages(languages) if languages else None,
            # 0 (no limit) parses to None, which from_settings reads as "not given": pass 0 on.
            max_memory=(parse_memory(max_memory) or 0) if max_memory else None,
            doc_timeout_s=(parse_timeout(timeout) or 0) if timeout else None,
            workers=workers, allow_private=allow_private, follow_symlinks=follow_symlinks,
            extract=not no_extract, engine=engine_name(engine))
    except ValueError as exc:
        raise typer.BadParameter(raised_message(exc)) from None
    try:
        url_list = read_url_list(urls) if urls is not None else []
    except (OSError, UnicodeDecodeError) as exc:
        raise typer.BadParameter(_("cannot read the URL list %(path)s: %(error)s") % {"path": urls, "error": exc}
                                 ) from None
    inputs = list(paths or [])
    # Progress and rejections go to stderr so that stdout stays the summary alone.
    with (open_registry(db, create=True) as registry,
          BatchProgress(err_console, count_inputs(inputs, url_list, follow_symlinks=follow_symlinks),
                        verbose=verbose) as progress):
        if cluster is None:
            report = ingest(registry, inputs, url_list, config=config, actor=actor(who), listener=progress)
        else:
            report = ingest_on_cluster(registry, cluster, inputs, url_list, config=config, actor=actor(who),
                                       listener=progress)
    console.print(summary_table(report))
    if not report.ok:
        raise typer.Exit(1)


@app.command("documents")
def documents_command(
    language: Annotated[str | None, typer.Option("--language", help=N_("Only this language (ISO 639-1)."))] = None,
    source: Annotated[str | None, typer.Option("--source", help=N_("Only sources containing this text."))] = None,
    status: Annotated[str, typer.Option(
        "--status", help=N_("current (latest version), superseded, all, or rejected (inputs refused)."))] = "current",
    limit: Annotated[int | None, typer.Option("--limit", help=N_("At most this many rows."))] = None,
    as_json: Annotated[bool, typer.Option("--json", help=N_("Print JSON, with the fields of the web's "
                                                            "/documents.json."))] = False,
    db: DbOption = None,
) -> None:
    """List stored documents (or rejected inputs) with their language, type, size and title."""
    if status not in ("current", "superseded", "all", "rejected"):
        raise typer.BadParameter(_("unknown status %(status)r: use current, superseded, all or rejected") % {
            "status": status})
    with open_registry(db) as registry:
        if status == "rejected":
            refused = registry.rejections(source)[:limit]
            if as_json:
                print_json({"rejected": [{"source": r.source, "reason": r.reason, "size": r.size,
                                          "recorded_at": r.recorded_at} for r in refused]})
                return
            table = Table(_("source"), _("reason"), _("size"), _("recorded"),
                          title=_("%(count)d rejected inputs") % {"count": len(refused)}, title_justify="left")
            for rejection in refused:
                table.add_row(printable(rejection.source), printable(rejection.reason), str(rejection.size or ""),
                              rejection.recorded_at[:19])
            console.print(table)
            return
        wanted: DocumentStatus = status  # type: ignore[assignment]
        found = registry.documents(language=language, source=source, status=wanted, limit=limit)
    if as_json:
        print_json({"documents": [{"id": d.id, "title": d.title, "source": d.source, "language": d.language,
                                   "media_type": d.media_type, "size": d.size, "retrieved_at": d.retrieved_at}
                                  for d in found]})
        return
    table = Table("id", _("language"), _("type"), _("size"), _("title"), _("source"),
                  title=_("%(count)d documents") % {"count": len(found)},
                  title_justify="left")
    for doc in found:
        table.add_row(doc.id[:12], doc.language or "?", doc.media_type.split("/")[-1][:20], f"{doc.size:,}",
                      Text(printable(doc.title or "")), Text(printable(os.path.basename(doc.source) or doc.source)))
    console.print(table)


@app.command("document")
def document_command(
    document_id: Annotated[str, typer.Argument(
        help=N_("A document id (SHA-256) or a unique prefix of 6+ characters."))],
    text: Annotated[bool, typer.Option("--text/--no-text", help=N_("Print the extracted text too."))] = True,
    as_json: Annotated[bool, typer.Option("--json", help=N_("Print the record as JSON."))] = False,
    db: DbOption = None,
) -> None:
    """Show one document: its metadata, version link and extracted text."""
    from copytrace.errors import NotFound
    from copytrace.registry.ids import complete_id

    with open_registry(db) as registry:
        doc = registry.document(complete_id(registry, "document", document_id, min_length=6))
    if doc is None:
        raise NotFound(_("no document %(id)r: 'copytrace documents' lists document ids") % {"id": document_id})
    fields = {"id": doc.id, "source": doc.source, "media_type": doc.media_type, "size": doc.size,
              "title": doc.title, "author": doc.author, "publisher": doc.publisher, "published": doc.published,
              "retrieved_at": doc.retrieved_at, "language": doc.language, "previous_id": doc.previous_id}
    if as_json:
        print_json({**fields, "meta": doc.meta, "text": doc.text if text else None})
        return
    for key, value in fields.items():
        if value is not None:
            console.print(Text(printable(f"{key}: {value}")))
    for key in sorted(doc.meta):
        if key not in ("pages", "paragraph_languages", "http"):
            console.print(Text(printable(f"meta.{key}: {doc.meta[key]}")))
    if "pages" in doc.meta:
        console.print(_("pages: %(count)d") % {"count": len(doc.meta["pages"])})
    if "paragraph_languages" in doc.meta:
        spans = doc.meta["paragraph_languages"]
        console.print(_("paragraph languages: %(codes)s") % {"codes": ", ".join(sorted({span[2] for span in spans}))})
    if text:
        console.print()
        console.print(Text(printable(doc.text, newlines=True)), soft_wrap=True)
