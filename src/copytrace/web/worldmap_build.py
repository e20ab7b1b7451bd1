"""Build the vendored world map: Natural Earth 1:110m countries (public domain) as SVG paths.

Run once when updating the map, from the ``world-atlas`` npm package's TopoJSON::

    npm pack world-atlas@2 && tar xzf world-atlas-*.tgz
    python -m copytrace.web.worldmap_build package/countries-110m.json

It writes ``static/world-110m.json``: the SVG view box and one {id, name, d} per country, in an
equirectangular projection. The server only reads that file; nothing is fetched at run time.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

OUTPUT = Path(__file__).parent / "static" / "world-110m.json"
WIDTH = 960.0
SCALE = WIDTH / 360.0
TOP_LAT = 84.0
BOTTOM_LAT = -57.0
# Antarctica makes no products and takes a fifth of the height.
SKIP = {"010"}


def _arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """Decode the delta-encoded, quantised arcs into longitude/latitude points."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    decoded = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        decoded.append(points)
    return decoded


def _ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def _path(rings: list[list[tuple[float, float]]]) -> str:
    parts = []
    for ring in rings:
        coords = [f"{(lon + 180) * SCALE:.1f},{(TOP_LAT - lat) * SCALE:.1f}" for lon, lat in ring]
        parts.append("M" + "L".join(coords) + "Z")
    return "".join(parts)


def build(topology: dict[str, Any]) -> dict[str, Any]:
    arcs = _arcs(topology)
    countries = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        if geometry.get("id") in SKIP or geometry["type"] not in ("Polygon", "MultiPolygon"):
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        rings = [_ring(ring, arcs) for polygon in polygons for ring in polygon]
        countries.append({"id": geometry.get("id", ""), "name": geometry["properties"]["name"], "d": _path(rings)})
    height = (TOP_LAT - BOTTOM_LAT) * SCALE
    return {"source": "Natural Earth 1:110m admin-0 countries, public domain, via world-atlas 2",
            "viewBox": f"0 0 {WIDTH:.0f} {height:.0f}", "countries": countries}


def main(argv: list[str]) -> None:
    topology = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    OUTPUT.write_text(json.dumps(build(topology), ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {OUTPUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
