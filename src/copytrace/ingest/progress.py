"""Showing a batch: a Rich progress bar with documents/s and MB/s, and the summary table."""

from __future__ import annotations

from types import TracebackType

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, Task, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from copytrace.i18n import gettext as _
from copytrace.i18n import translate
from copytrace.ingest.report import IngestReport, Outcome
from copytrace.printable import printable


class _RateColumn(ProgressColumn):
    """Documents/s and MB/s over the whole run (steadier than Rich's windowed speed)."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        if elapsed <= 0:
            return Text("")
        megabytes = float(task.fields.get("bytes", 0)) / 1e6
        return Text(_("%(docs)7.1f docs/s %(megabytes)7.1f MB/s") % {"docs": task.completed / elapsed,
                                                                      "megabytes": megabytes / elapsed})


class BatchProgress:
    """A listener for ``Batch``: advances the bar and prints one line per rejected input."""

    def __init__(self, console: Console, total: int | None, *, verbose: bool = False) -> None:
        self.console = console
        self.verbose = verbose
        self.bytes = 0
        self.progress = Progress(
            TextColumn(_("ingest")), BarColumn(), MofNCompleteColumn(), _RateColumn(), TimeElapsedColumn(),
            console=console, transient=True,
        )
        self.task = self.progress.add_task("ingest", total=total, bytes=0)

    def __enter__(self) -> BatchProgress:
        self.progress.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.progress.stop()

    def __call__(self, outcome: Outcome) -> None:
        self.bytes += outcome.size or 0
        self.progress.update(self.task, advance=1, bytes=self.bytes)
        if outcome.status == "rejected" or outcome.extraction_error:
            self.progress.console.print(Text(outcome.line(), style="red"), soft_wrap=True)
        elif self.verbose:
            self.progress.console.print(Text(outcome.line()), soft_wrap=True)


def summary_table(report: IngestReport) -> Table:
    """Ingested, new versions, unchanged, rejected by reason, languages, rates."""
    table = Table("", _("count"), title=_("Ingest summary"), title_justify="left")
    for status in ("added", "new version", "unchanged", "rejected"):
        table.add_row(translate(status), str(report.statuses[status]))
    for reason, count in report.reasons.most_common():
        table.add_row(printable("  " + _("rejected: %(reason)s") % {"reason": reason}), str(count))
    for language, count in report.languages.most_common():
        table.add_row("  " + _("language %(code)s") % {"code": language}, str(count))
    for media_type, count in report.media_types.most_common():
        table.add_row(f"  {media_type}", str(count))
    if report.statements:
        table.add_row(_("candidate statements"), str(report.statements))
    if report.extraction_errors:
        table.add_row(_("language model failed"), str(report.extraction_errors))
    if report.peak_rss_parent or report.peak_rss_workers:
        peaks = [_("%(label)s %(megabytes).0f MB") % {"label": label, "megabytes": peak / 1e6} for label, peak in
                 ((_("this process"), report.peak_rss_parent), (_("largest worker"), report.peak_rss_workers)) if peak]
        table.add_row(_("peak memory"), ", ".join(peaks))
    table.add_row(_("time"), _("%(seconds).1f s") % {"seconds": report.elapsed})
    table.add_row(_("rate"), _("%(docs).1f docs/s, %(megabytes).2f MB/s") % {"docs": report.docs_per_s,
                                                                             "megabytes": report.mb_per_s})
    return table
