"""Finding model designations nobody has entered yet ("PM md. 63", "M70AB2", "kbk wz. 88").

Shapes come from ``data/designations.yaml``; a shape alone proves little ("COVID-19", "F-16"),
so the pipeline only keeps a discovered designation in a sentence whose cues make it matter,
and resolves it to a known entity when its spelling is close enough.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

import yaml

from copytrace.extract.gazetteer import Entry, Gazetteer

_YEAR = re.compile(r"^(1[89]|20)\d\d$")


@dataclass(frozen=True, slots=True)
class Shapes:
    patterns: tuple[re.Pattern[str], ...]
    reject: tuple[re.Pattern[str], ...]
    units: frozenset[str]


@cache
def load_shapes() -> Shapes:
    path = Path(str(resources.files("copytrace.extract") / "data" / "designations.yaml"))
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return Shapes(tuple(re.compile(p) for p in raw["patterns"]), tuple(re.compile(p) for p in raw["reject"]),
                  frozenset(str(u) for u in raw["units"]))


@dataclass(frozen=True, slots=True)
class Designation:
    start: int
    end: int
    text: str
    entry: Entry | None  # the known entity it resolves to, if any


def _plausible(shapes: Shapes, text: str, after: str) -> bool:
    if any(r.search(text) for r in shapes.reject):
        return False
    number = re.findall(r"\d+", text)
    if number and _YEAR.match(number[-1]) and not re.search(r"(?i)\b(?:wz|md|vz|model|mod)\b", text):
        return False
    unit = after.lstrip()[:5].split(" ")[0].strip(".,;:)").lower()
    return unit not in shapes.units


def discover(text: str, start: int, end: int, gazetteer: Gazetteer) -> list[Designation]:
    """Designation-shaped spans in text[start:end], each resolved where the gazetteer knows it."""
    shapes = load_shapes()
    found: dict[tuple[int, int], Designation] = {}
    window = text[start:end]
    for pattern in shapes.patterns:
        for match in pattern.finditer(window):
            written = match.group().strip()
            a = start + match.start() + (len(match.group()) - len(match.group().lstrip()))
            b = a + len(written)
            if not _plausible(shapes, written, text[b:b + 8]):
                continue
            found[(a, b)] = Designation(a, b, written, gazetteer.resolve(written))
    # Keep the longest of overlapping shapes.
    kept: list[Designation] = []
    for item in sorted(found.values(), key=lambda d: (d.start, -(d.end - d.start))):
        if kept and item.start < kept[-1].end:
            continue
        kept.append(item)
    return kept
