"""``copytrace import-ftm``: read a FollowTheMoney file, store it as imported statements, propose matches."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from copytrace.errors import CopytraceError
from copytrace.ftm.match import Proposal, propose
from copytrace.ftm.read import ReadResult, read_ftm
from copytrace.model.dates import normalize_partial
from copytrace.registry import Registry
from copytrace.registry.imported import ImportResult, record_import


@dataclass(slots=True)
class ImportReport:
    dataset: str
    dataset_date: str
    read: ReadResult
    stored: ImportResult
    proposals: list[Proposal] = field(default_factory=list)
    proposed: int = 0  # new proposals sent to the review queue


def dataset_name(path: Path) -> str:
    """The default dataset name: the file's name up to its first dot (``sanctions.ftm.json`` -> sanctions)."""
    return path.name.split(".", 1)[0] or path.name


def import_ftm(registry: Registry, path: Path, *, actor: str, dataset: str | None = None,
               dataset_date: str | None = None, match: bool = True) -> ImportReport:
    if not path.is_file():
        raise CopytraceError(f"{path}: no such file")
    name = dataset or dataset_name(path)
    if ":" in name:
        raise CopytraceError(f"a dataset name cannot hold ':' ({name!r})")
    read = read_ftm(path, name)
    if dataset_date is not None:
        try:
            when = normalize_partial(dataset_date) or ""
        except CopytraceError as exc:
            raise CopytraceError(f"--date: {exc}") from None
    else:
        when = (read.latest or datetime.now(UTC).date().isoformat())[:10]
    stored = record_import(registry, dataset=name, sha256=read.sha256, source=str(path), dataset_date=when,
                           entities=read.entities, rows=read.statements, actor=actor)
    report = ImportReport(name, when, read, stored)
    if match and stored.record is not None:
        report.proposals, report.proposed = propose(registry, actor=actor, datasets=[name])
    return report
