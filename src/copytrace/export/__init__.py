"""Exports of the registry for other tools: spreadsheets (csv), pipelines (jsonl), graph tools
(graphml: Gephi, networkx) and the followthemoney ecosystem (ftm: Aleph, OpenSanctions tooling)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from copytrace.errors import CopytraceError
from copytrace.export.ftm import write_ftm
from copytrace.export.graphml import write_graphml
from copytrace.export.tabular import write_csv, write_jsonl
from copytrace.registry import Registry

EXPORTERS: dict[str, Callable[[Registry, TextIO], int]] = {
    "csv": write_csv, "jsonl": write_jsonl, "graphml": write_graphml, "ftm": write_ftm,
}


def export(registry: Registry, fmt: str, out: TextIO) -> int:
    """Write the registry in ``fmt`` to ``out``; return how many records were written."""
    try:
        exporter = EXPORTERS[fmt]
    except KeyError:
        raise CopytraceError(f"unknown export format {fmt!r} (known: {', '.join(EXPORTERS)})") from None
    return exporter(registry, out)


__all__ = ["EXPORTERS", "export"]
