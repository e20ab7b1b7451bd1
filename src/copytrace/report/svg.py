"""Inline SVG for dossiers: the lineage from a product up to its protected design.
Plain SVG text, so HTML stays one file and WeasyPrint draws it. (The licence timeline is HTML.)"""

from __future__ import annotations

from html import escape

from copytrace.report.model import LineageLink

FONT = "'Noto Sans', 'DejaVu Sans', 'Noto Sans CJK SC', 'Noto Sans Hebrew', sans-serif"
COLOURS = {"licence": "#2e7d32", "production": "#1565c0", "licensed": "#66bb6a", "expired": "#f9a825",
           "unlicensed": "#c62828", "disputed": "#8e24aa", "unknown": "#9e9e9e"}


def lineage_rows(product: str, links: list[LineageLink]) -> list[list[LineageLink]]:
    """Each path from the product up to a link with no further parent, as rows to draw."""
    by_child: dict[str, list[LineageLink]] = {}
    for link in links:
        by_child.setdefault(link.child, []).append(link)
    rows: list[list[LineageLink]] = []

    def walk(node: str, path: list[LineageLink]) -> None:
        ups = [link for link in by_child.get(node, []) if link not in path]
        if not ups:
            if path:
                rows.append(path)
            return
        for link in ups:
            walk(link.parent, [*path, link])

    walk(product, [])
    return rows


def lineage_svg(product: str, links: list[LineageLink], labels: dict[str, str]) -> str:
    """Boxes from the protected design (left) to the product (right), arrows labelled with the kind."""
    rows = lineage_rows(product, links) or [[]]
    box_w, box_h, gap, row_h = 150, 34, 70, 60
    width = max(len(row) + 1 for row in rows) * (box_w + gap) - gap + 20
    height = len(rows) * row_h + 10
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" font-family="{FONT}" font-size="11" role="img">',
             '<defs><marker id="arrow" markerWidth="8" markerHeight="8" refX="7" refY="4" orient="auto">'
             '<path d="M0,0 L8,4 L0,8 z" fill="#444"/></marker></defs>']
    for r, row in enumerate(rows):
        nodes = [link.parent for link in reversed(row)] + [product]
        kinds = [link for link in reversed(row)]
        y = 5 + r * row_h
        for i, node in enumerate(nodes):
            x = 10 + i * (box_w + gap)
            own = node == product
            fill = "#fff3e0" if own else "#e3f2fd"
            parts.append(f'<rect x="{x}" y="{y}" width="{box_w}" height="{box_h}" rx="5" fill="{fill}" '
                         f'stroke="#37474f"/>')
            parts.append(f'<text x="{x + box_w / 2}" y="{y + box_h / 2 + 4}" text-anchor="middle">'
                         f'{escape(_clip(labels.get(node, node)))}</text>')
            if i < len(kinds):
                link = kinds[i]
                x1, x2 = x + box_w, x + box_w + gap
                dash = "" if link.accepted else ' stroke-dasharray="4 3"'
                parts.append(f'<line x1="{x2}" y1="{y + box_h / 2}" x2="{x1 + 2}" y2="{y + box_h / 2}" '
                             f'stroke="#444" marker-end="url(#arrow)"{dash}/>')
                parts.append(f'<text x="{(x1 + x2) / 2}" y="{y + box_h / 2 - 6}" text-anchor="middle" '
                             f'font-size="9" fill="#555">{escape(link.kind.replace("_", " "))}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _clip(text: str, most: int = 24) -> str:
    return text if len(text) <= most else text[: most - 1] + "…"
