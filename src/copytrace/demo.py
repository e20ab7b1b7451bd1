"""The demo: a fresh SQLite registry built from the shipped packs, to explore at once."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

from copytrace.errors import CopytraceError
from copytrace.ingest import IngestConfig, Outcome, ingest
from copytrace.packs import load_pack
from copytrace.registry import Registry

DEMO_PACKS = ("kalashnikov", "rpg7")
# A folder the demo made holds this file; only such a folder is reused, and only the demo's own files in it replaced.
MARKER = ".copytrace-demo"
_OUTPUTS = ("registry.db", "registry.db-wal", "registry.db-shm", "registry.db-journal", "registry.db.store")
# Sample documents written for the demo, in five languages and every loader's format.
SAMPLES = Path(__file__).parent / "samples"


@dataclass(slots=True)
class DemoReport:
    path: Path
    packs: dict[str, tuple[int, int]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    verified: bool = False
    dossier: Path | None = None
    # (file name, language, media type, document id) of each sample document ingested.
    documents: list[tuple[str, str, str, str]] = field(default_factory=list)
    rejected: int = 0


def sample_documents() -> list[Path]:
    return sorted(p for p in SAMPLES.iterdir() if p.is_file() and p.name != "README.md")


def build_demo(folder: Path, actor: str = "demo") -> DemoReport:
    """Build the demo registry in ``folder`` and return what was built.

    The folder is created, or reused when the demo made it before (its marker file says so): then the demo's own
    files in it are replaced and nothing else is touched. Any other folder with something in it is refused.
    """
    _prepare(folder)
    path = folder / "registry.db"
    report = DemoReport(path)
    with Registry.open(str(path)) as registry:
        for name in DEMO_PACKS:
            for pack, (entities, statements) in load_pack(registry, name, actor=actor).items():
                # A required pack is visited again by each pack needing it: add, don't overwrite.
                before = report.packs.get(pack, (0, 0))
                report.packs[pack] = (before[0] + entities, before[1] + statements)
        report.rejected = _ingest_samples(registry, report, actor)
        report.counts = registry.counts()
        report.verified = registry.verify().ok
        # The demo ends with what users are paid for: a claim dossier for one respondent.
        from copytrace.report import write_demo_dossier

        report.dossier = write_demo_dossier(registry, folder)
    return report


def _prepare(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise CopytraceError(f"{folder}: not a folder; give --dir a folder for the demo")
    if folder.exists() and (folder / MARKER).is_file():
        for name in _OUTPUTS:
            old = folder / name
            if old.is_dir() and not old.is_symlink():
                shutil.rmtree(old)
            elif old.exists() or old.is_symlink():
                old.unlink()
        for old in folder.glob("dossier-*.html"):
            old.unlink()   # the demo's dossier (the demo writes one per run)
    elif folder.exists() and any(folder.iterdir()):
        raise CopytraceError(f"{folder}: the folder is not empty and the demo did not make it; "
                             "give --dir a new or empty folder (nothing was changed)")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / MARKER).write_text("This folder was made by `copytrace demo`; it replaces its own files here.\n",
                                 encoding="utf-8")


def _ingest_samples(registry: Registry, report: DemoReport, actor: str) -> int:
    """Ingest the sample documents, noting each in ``report``; return how many were rejected."""

    def note(outcome: Outcome) -> None:
        if outcome.status != "rejected":
            report.documents.append((Path(outcome.source).name, outcome.language or "?",
                                     outcome.media_type or "?", outcome.document_id or ""))

    # One process is plenty for five small files, and it starts at once.
    config = IngestConfig.from_settings(workers=1)
    return ingest(registry, sample_documents(), config=config, actor=actor, listener=note).statuses["rejected"]
