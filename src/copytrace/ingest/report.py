"""What a batch did: one ``Outcome`` per input, totals for the summary table and the exit status."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Literal

from copytrace.i18n import gettext as _
from copytrace.i18n import translate
from copytrace.printable import printable

OutcomeStatus = Literal["added", "new version", "unchanged", "rejected"]


@dataclass(frozen=True, slots=True)
class Outcome:
    source: str
    status: OutcomeStatus
    size: int | None = None
    document_id: str | None = None
    language: str | None = None
    media_type: str | None = None
    reason: str | None = None
    # A rejection found on record from an earlier run (nothing was retried).
    earlier: bool = False
    statements: int = 0
    # The document was stored, but the language model read nothing in it (timeout, malformed answers...).
    extraction_error: str | None = None

    def line(self) -> str:
        """One line for the console: the input and what happened to it (control characters escaped)."""
        return printable(self._line())

    def _line(self) -> str:
        if self.status == "rejected":
            said = (_("rejected (recorded earlier): %(source)s: %(reason)s") if self.earlier
                    else _("rejected: %(source)s: %(reason)s"))
            return said % {"source": self.source, "reason": translate(self.reason)}
        if self.status == "unchanged":
            if self.reason:
                return _("unchanged: %(source)s (%(note)s)") % {"source": self.source, "note": translate(self.reason)}
            return _("unchanged: %(source)s") % {"source": self.source}
        extra = ", " + _("%(count)d candidate statements") % {"count": self.statements} if self.statements else ""
        if self.extraction_error:
            extra += "; " + _("language model failed: %(error)s") % {"error": self.extraction_error}
        language = self.language or _("language unknown")
        return f"{translate(self.status)}: {self.source} [{self.media_type}, {language}{extra}]"


def reason_kind(reason: str) -> str:
    """The reason without its particulars, for grouping ("zip bomb", "encrypted PDF ...")."""
    return reason.split(":")[0].split(" (")[0].strip()


@dataclass(slots=True)
class IngestReport:
    started: float = field(default_factory=time.monotonic)
    finished: float | None = None
    statuses: Counter[str] = field(default_factory=Counter)
    reasons: Counter[str] = field(default_factory=Counter)
    languages: Counter[str] = field(default_factory=Counter)
    media_types: Counter[str] = field(default_factory=Counter)
    statements: int = 0
    bytes_read: int = 0
    outcomes: int = 0
    extraction_errors: int = 0
    # Peak resident memory in bytes (None: not measured): of the process that ran the batch, over its
    # life so far, and of the largest worker process, as each reported with its results or when killed.
    peak_rss_parent: int | None = None
    peak_rss_workers: int | None = None

    def add(self, outcome: Outcome) -> None:
        self.outcomes += 1
        self.statuses[outcome.status] += 1
        self.bytes_read += outcome.size or 0
        self.statements += outcome.statements
        self.extraction_errors += outcome.extraction_error is not None
        if outcome.status == "rejected":
            # grouped as the reader reads them
            self.reasons[reason_kind(translate(outcome.reason or "unknown"))] += 1
        elif outcome.status in ("added", "new version"):
            self.languages[outcome.language or "unknown"] += 1
            self.media_types[outcome.media_type or "unknown"] += 1

    def close(self) -> None:
        self.finished = time.monotonic()

    @property
    def elapsed(self) -> float:
        return max((self.finished or time.monotonic()) - self.started, 1e-9)

    @property
    def ok(self) -> bool:
        """True when no input was rejected (now or on an earlier run) and the language model read every document."""
        return self.statuses["rejected"] == 0 and self.extraction_errors == 0

    @property
    def docs_per_s(self) -> float:
        return self.outcomes / self.elapsed

    @property
    def mb_per_s(self) -> float:
        return self.bytes_read / 1e6 / self.elapsed
