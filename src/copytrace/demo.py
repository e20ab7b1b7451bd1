"""The demo: a fresh SQLite registry built from the shipped packs, to explore at once."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

from copytrace.packs import load_pack
from copytrace.registry import Registry

DEMO_PACKS = ("kalashnikov", "rpg7")


@dataclass(slots=True)
class DemoReport:
    path: Path
    packs: dict[str, tuple[int, int]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    verified: bool = False
    dossier: Path | None = None


def build_demo(folder: Path, actor: str = "demo") -> DemoReport:
    """Build the demo registry in ``folder`` (emptied first) and return what was built."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    path = folder / "registry.db"
    report = DemoReport(path)
    with Registry.open(str(path)) as registry:
        for name in DEMO_PACKS:
            for pack, (entities, statements) in load_pack(registry, name, actor=actor).items():
                # A required pack is visited again by each pack needing it: add, don't overwrite.
                before = report.packs.get(pack, (0, 0))
                report.packs[pack] = (before[0] + entities, before[1] + statements)
        report.counts = registry.counts()
        report.verified = registry.verify().ok
        # The demo ends with what users are paid for: a claim dossier for one respondent.
        from copytrace.report import write_demo_dossier

        report.dossier = write_demo_dossier(registry, folder)
    return report
