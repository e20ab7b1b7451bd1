"""The world map's shapes: countries across the date line are drawn without a band over the globe."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from copytrace.web.worldmap import across_antimeridian, world_shapes
from tests.web.conftest import TestClient


def _jumps(path: str, width: float) -> int:
    count = 0
    for ring in re.findall(r"M([^MZ]*)Z", path):
        xs = [float(p.split(",")[0]) for p in ring.split("L")]
        count += sum(1 for a, b in itertools.pairwise(xs) if abs(a - b) > width / 2)
    return count


def test_a_ring_across_the_date_line_is_drawn_on_both_sides_without_a_band() -> None:
    # a square from 170°E to 170°W on a 360-unit-wide map: x jumps from 350 to 10 and back
    path = across_antimeridian("M350.0,10.0L10.0,10.0L10.0,20.0L350.0,20.0Z", 360.0)
    rings = re.findall(r"M([^MZ]*)Z", path)
    assert len(rings) == 2
    assert _jumps(path, 360.0) == 0
    lefts = sorted(min(float(p.split(",")[0]) for p in ring.split("L")) for ring in rings)
    assert lefts == [-10.0, 350.0]   # the piece east of the line is drawn at the left edge too


def test_no_shipped_country_draws_a_band_across_the_map() -> None:
    shapes = world_shapes()
    width = float(shapes["viewBox"].split()[2])
    crossing = {c["name"] for c in shapes["countries"] if c["d"].count("M") > 0 and _jumps(c["d"], width)}
    assert crossing == set()
    russia = next(c for c in shapes["countries"] if c["name"] == "Russia")
    assert any(float(p.split(",")[0]) < 0 for ring in re.findall(r"M([^MZ]*)Z", russia["d"])
               for p in ring.split("L"))   # Chukotka, past the date line, comes back in on the left


def test_the_map_page_serves_the_mended_shapes(client_as: Callable[[str], TestClient]) -> None:
    page = client_as("viewer").get("/map").text
    width = float(world_shapes()["viewBox"].split()[2])
    paths = re.findall(r' d="([^"]+)"', page)
    assert paths and all(_jumps(d, width) == 0 for d in paths)
